import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetBucketReplicationCommand,
  GetObjectCommand,
  GetObjectLockConfigurationCommand,
  GetObjectRetentionCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutObjectLockConfigurationCommand,
  PutObjectRetentionCommand,
  S3Client,
  type ReplicationRule,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainReplication, s3Handler, s3State } from './s3.js';
import { startSim, type Sim } from './server.js';
import { stsHandler } from './sts.js';
import { newObject } from './s3-core.js';
import { storeVersion } from './s3-versions.js';
import { rejection } from '../support/rejection.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
let sim: Sim;

const client = (account = SOURCE, region = 'eu-west-1') =>
  new S3Client({ endpoint: sim.url, region, forcePathStyle: true, credentials: sim.credentialsFor(account), maxAttempts: 1 });

beforeAll(async () => {
  sim = await startSim({
    fixtures: [
      {
        accounts: [
          {
            id: SOURCE,
            s3: {
              buckets: [
                { Name: 'data', BucketRegion: 'eu-west-1', Versioning: { Status: 'Enabled' } },
                { Name: 'plain', BucketRegion: 'eu-west-1', Objects: [{ Key: 'a', Body: 'old' }] },
                { Name: 'dr-copy', BucketRegion: 'eu-central-1', Versioning: { Status: 'Enabled' } },
                { Name: 'unversioned-dest', BucketRegion: 'eu-central-1' },
              ],
            },
          },
          {
            id: VAULT,
            s3: {
              buckets: [
                {
                  Name: 'vault-locked',
                  BucketRegion: 'eu-north-1',
                  ObjectLockEnabled: true,
                  ObjectLockRule: { Mode: 'COMPLIANCE', Days: 30 },
                  Policy: {
                    Statement: [
                      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:role/replication` }, Action: ['s3:ReplicateObject', 's3:ReplicateDelete'] },
                      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['s3:GetObjectVersion', 's3:ListBucketVersions'] },
                    ],
                  },
                },
                { Name: 'vault-no-policy', BucketRegion: 'eu-north-1', Versioning: { Status: 'Enabled' } },
              ],
            },
          },
        ],
      },
    ],
    handlers: [s3Handler, stsHandler],
    clock: { frozen: true },
  });
});
afterAll(() => sim.close());

const put = (bucket: string, key: string, body: string, extra: Record<string, unknown> = {}) =>
  client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ...extra }));
const read = async (bucket: string, key: string, versionId?: string, account = SOURCE, region = 'eu-west-1') =>
  (await client(account, region).send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }))).Body!.transformToString();

describe('S3 versioning', () => {
  it('keeps every version; a delete adds a marker, GET then answers NoSuchKey', async () => {
    const v1 = await put('data', 'k', 'one');
    sim.advance(1000);
    const v2 = await put('data', 'k', 'two');
    expect(v1.VersionId).toBeDefined();
    expect(v2.VersionId).not.toBe(v1.VersionId);
    expect(await read('data', 'k')).toBe('two');
    expect(await read('data', 'k', v1.VersionId)).toBe('one');
    const del = await client().send(new DeleteObjectCommand({ Bucket: 'data', Key: 'k' }));
    expect(del.DeleteMarker).toBe(true);
    const gone = await rejection(client().send(new GetObjectCommand({ Bucket: 'data', Key: 'k' })));
    expect(gone.name).toBe('NoSuchKey');
    const onMarker = await rejection(client().send(new GetObjectCommand({ Bucket: 'data', Key: 'k', VersionId: del.VersionId })));
    expect(onMarker.status).toBe(405);
    const listed = await client().send(new ListObjectVersionsCommand({ Bucket: 'data', Prefix: 'k' }));
    expect(listed.Versions!.map((v) => [v.VersionId, v.IsLatest])).toEqual([
      [v2.VersionId, false],
      [v1.VersionId, false],
    ]);
    expect(listed.DeleteMarkers!.map((m) => [m.VersionId, m.IsLatest])).toEqual([[del.VersionId, true]]);
    // Removing the marker (a versioned delete) brings the key back.
    await client().send(new DeleteObjectCommand({ Bucket: 'data', Key: 'k', VersionId: del.VersionId }));
    expect(await read('data', 'k')).toBe('two');
  });

  it('an unversioned bucket keeps one null version', async () => {
    await put('plain', 'a', 'new');
    const listed = await client().send(new ListObjectVersionsCommand({ Bucket: 'plain' }));
    expect(listed.Versions!.map((v) => [v.Key, v.VersionId])).toEqual([['a', 'null']]);
    expect(listed.DeleteMarkers).toBeUndefined();
  });

  it('ListObjectVersions pages by KeyMarker and VersionIdMarker, at most 1000 entries a page', async () => {
    const bucket = s3State(sim.ctx, SOURCE).buckets.get('data')!;
    for (let i = 0; i < 700; i++) {
      const key = `page/${String(i).padStart(4, '0')}`;
      for (const body of ['a', 'b']) storeVersion(sim.ctx, bucket, newObject(key, Buffer.from(body), 'text/plain', {}, {}, new Date(sim.ctx.now())));
    }
    const seen: string[] = [];
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    let pages = 0;
    for (;;) {
      const out = await client().send(new ListObjectVersionsCommand({ Bucket: 'data', Prefix: 'page/', KeyMarker: keyMarker, VersionIdMarker: versionIdMarker, MaxKeys: 5000 }));
      pages += 1;
      expect((out.Versions ?? []).length).toBeLessThanOrEqual(1000);
      seen.push(...(out.Versions ?? []).map((v) => `${v.Key}@${v.VersionId}`));
      if (!out.IsTruncated) break;
      keyMarker = out.NextKeyMarker;
      versionIdMarker = out.NextVersionIdMarker;
    }
    expect(pages).toBe(2);
    expect(seen).toHaveLength(1400);
    expect(new Set(seen).size).toBe(1400);
    // A page can end in the middle of a key's versions and the next one continues there.
    const first = await client().send(new ListObjectVersionsCommand({ Bucket: 'data', Prefix: 'page/', MaxKeys: 3 }));
    expect(first.NextKeyMarker).toBe('page/0001');
    const second = await client().send(
      new ListObjectVersionsCommand({ Bucket: 'data', Prefix: 'page/', MaxKeys: 3, KeyMarker: first.NextKeyMarker, VersionIdMarker: first.NextVersionIdMarker }),
    );
    expect(second.Versions![0]!.Key).toBe('page/0001');
    expect(second.Versions![0]!.IsLatest).toBe(false);
  });

  it('CopyObject from a version keeps content type and metadata; copying onto itself unchanged is refused', async () => {
    const old = await put('data', 'doc', 'first', { ContentType: 'text/csv', Metadata: { owner: 'ops' } });
    await put('data', 'doc', 'second', { ContentType: 'text/plain' });
    const copied = await client().send(new CopyObjectCommand({ Bucket: 'data', Key: 'doc', CopySource: `data/doc?versionId=${old.VersionId}` }));
    expect(copied.CopySourceVersionId).toBe(old.VersionId);
    const head = await client().send(new HeadObjectCommand({ Bucket: 'data', Key: 'doc' }));
    expect([head.ContentType, head.Metadata, head.ETag, head.VersionId]).toEqual(['text/csv', { owner: 'ops' }, old.ETag, copied.VersionId]);
    const self = await rejection(client().send(new CopyObjectCommand({ Bucket: 'data', Key: 'doc', CopySource: 'data/doc' })));
    expect(self.name).toBe('InvalidRequest');
    await client().send(new CopyObjectCommand({ Bucket: 'data', Key: 'doc', CopySource: 'data/doc', MetadataDirective: 'REPLACE', ContentType: 'text/csv', Metadata: { owner: 'ops' } }));
  });
});

describe('S3 Object Lock', () => {
  it('a bucket created with Object Lock is versioned; default retention locks new versions against deletion', async () => {
    const vault = client(VAULT, 'eu-north-1');
    await vault.send(new CreateBucketCommand({ Bucket: 'new-locked', ObjectLockEnabledForBucket: true, CreateBucketConfiguration: { LocationConstraint: 'eu-north-1' } }));
    await vault.send(new PutObjectLockConfigurationCommand({ Bucket: 'new-locked', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } } }));
    const got = await vault.send(new GetObjectLockConfigurationCommand({ Bucket: 'new-locked' }));
    expect(got.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1 } } });
    const v = await vault.send(new PutObjectCommand({ Bucket: 'new-locked', Key: 'x', Body: 'x' }));
    const refused = await rejection(vault.send(new DeleteObjectCommand({ Bucket: 'new-locked', Key: 'x', VersionId: v.VersionId })));
    expect([refused.name, refused.status]).toEqual(['AccessDenied', 403]);
    // A simple delete only adds a marker, which Object Lock allows.
    await vault.send(new DeleteObjectCommand({ Bucket: 'new-locked', Key: 'x' }));
    const suspend = await rejection(vault.send(new PutBucketVersioningCommand({ Bucket: 'new-locked', VersioningConfiguration: { Status: 'Suspended' } })));
    expect(suspend.name).toBe('InvalidBucketState');
    sim.advance(86_400_000 + 1000);
    await vault.send(new DeleteObjectCommand({ Bucket: 'new-locked', Key: 'x', VersionId: v.VersionId }));
  });

  it('PutObjectRetention extends a lock but never shortens COMPLIANCE', async () => {
    const vault = client(VAULT, 'eu-north-1');
    const v = await vault.send(new PutObjectCommand({ Bucket: 'vault-locked', Key: 'r', Body: 'r' }));
    const now = sim.ctx.now();
    const current = await vault.send(new GetObjectRetentionCommand({ Bucket: 'vault-locked', Key: 'r', VersionId: v.VersionId }));
    expect(current.Retention!.Mode).toBe('COMPLIANCE');
    expect(current.Retention!.RetainUntilDate!.getTime()).toBe(now + 30 * 86_400_000);
    await vault.send(new PutObjectRetentionCommand({ Bucket: 'vault-locked', Key: 'r', VersionId: v.VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date(now + 60 * 86_400_000) } }));
    const shorter = await rejection(
      vault.send(new PutObjectRetentionCommand({ Bucket: 'vault-locked', Key: 'r', VersionId: v.VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date(now + 86_400_000) } })),
    );
    expect(shorter.name).toBe('AccessDenied');
  });

  it('GetObjectLockConfiguration of a bucket without Object Lock: ObjectLockConfigurationNotFoundError', async () => {
    const err = await rejection(client().send(new GetObjectLockConfigurationCommand({ Bucket: 'data' })));
    expect(err.name).toBe('ObjectLockConfigurationNotFoundError');
  });
});

function rule(id: string, bucket: string, extra: Partial<ReplicationRule> = {}): ReplicationRule {
  return { ID: id, Priority: 1, Status: 'Enabled', Filter: { Prefix: 'rep/' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: `arn:aws:s3:::${bucket}` }, ...extra };
}

describe('S3 replication', () => {
  const role = `arn:aws:iam::${SOURCE}:role/replication`;

  it('refuses configurations S3 refuses', async () => {
    const cases: [ReplicationRule[], string][] = [
      [[rule('self', 'data')], 'Destination bucket cannot be the same as the source bucket.'],
      [[rule('unversioned', 'unversioned-dest')], 'Destination bucket must have versioning enabled.'],
      [[rule('rtc', 'dr-copy', { Destination: { Bucket: 'arn:aws:s3:::dr-copy', ReplicationTime: { Status: 'Enabled', Time: { Minutes: 15 } } } })], 'Replication Time Control must be used in conjunction with metrics.'],
    ];
    for (const [rules, message] of cases) {
      const err = await rejection(client().send(new PutBucketReplicationCommand({ Bucket: 'data', ReplicationConfiguration: { Role: role, Rules: rules } })));
      expect([err.name, err.message]).toEqual(['InvalidRequest', message]);
    }
    const unversioned = await rejection(client().send(new PutBucketReplicationCommand({ Bucket: 'plain', ReplicationConfiguration: { Role: role, Rules: [rule('x', 'dr-copy')] } })));
    expect(unversioned.message).toMatch(/Versioning must be 'Enabled'/);
  });

  it('copies new versions asynchronously: PENDING, then COMPLETED at the source and REPLICA in the locked vault', async () => {
    await put('data', 'rep/existing', 'before the rule');
    const config = {
      Role: role,
      Rules: [
        rule('to-vault', 'vault-locked', {
          DeleteMarkerReplication: { Status: 'Enabled' },
          Destination: { Bucket: 'arn:aws:s3:::vault-locked', Account: VAULT, StorageClass: 'GLACIER_IR', AccessControlTranslation: { Owner: 'Destination' } },
        }),
      ],
    };
    await client().send(new PutBucketReplicationCommand({ Bucket: 'data', ReplicationConfiguration: config }));
    expect((await client().send(new GetBucketReplicationCommand({ Bucket: 'data' }))).ReplicationConfiguration).toEqual(config);

    sim.ctx.serviceOptions!.s3 = { replicationDelayMs: 60_000 };
    const v = await put('data', 'rep/new', 'after the rule', { ContentType: 'text/plain' });
    expect((await client().send(new HeadObjectCommand({ Bucket: 'data', Key: 'rep/new' }))).ReplicationStatus).toBe('PENDING');
    sim.advance(60_000);
    expect((await client().send(new HeadObjectCommand({ Bucket: 'data', Key: 'rep/new' }))).ReplicationStatus).toBe('COMPLETED');
    const replica = await client(VAULT, 'eu-north-1').send(new HeadObjectCommand({ Bucket: 'vault-locked', Key: 'rep/new', VersionId: v.VersionId }));
    expect([replica.ReplicationStatus, replica.StorageClass, replica.ContentType, replica.ObjectLockMode]).toEqual(['REPLICA', 'GLACIER_IR', 'text/plain', 'COMPLIANCE']);
    // The source account may read versions of the replica (the vault's bucket policy says so).
    expect(await read('vault-locked', 'rep/new', v.VersionId, SOURCE, 'eu-north-1')).toBe('after the rule');
    // Objects from before the rule stay where they are.
    const existing = await rejection(client(VAULT, 'eu-north-1').send(new HeadObjectCommand({ Bucket: 'vault-locked', Key: 'rep/existing' })));
    expect(existing.status).toBe(404);

    await client().send(new DeleteObjectCommand({ Bucket: 'data', Key: 'rep/new' }));
    drainReplication(sim.ctx, true);
    const latest = s3State(sim.ctx, VAULT).buckets.get('vault-locked')!.versions.get('rep/new')!.at(-1)!;
    expect(latest.IsDeleteMarker).toBe(true);
    sim.ctx.serviceOptions!.s3 = {};
  });

  it('marks versions FAILED when the destination account’s policy does not allow replication', async () => {
    await client(SOURCE, 'eu-central-1').send(
      new PutBucketReplicationCommand({ Bucket: 'dr-copy', ReplicationConfiguration: { Role: role, Rules: [rule('no-policy', 'vault-no-policy', { Destination: { Bucket: 'arn:aws:s3:::vault-no-policy', Account: VAULT } })] } }),
    );
    await client(SOURCE, 'eu-central-1').send(new PutObjectCommand({ Bucket: 'dr-copy', Key: 'rep/x', Body: 'x' }));
    drainReplication(sim.ctx, true);
    expect((await client(SOURCE, 'eu-central-1').send(new HeadObjectCommand({ Bucket: 'dr-copy', Key: 'rep/x' }))).ReplicationStatus).toBe('FAILED');
  });
});
