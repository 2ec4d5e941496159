/**
 * A declared replication rule with every option (another account, storage class, replica
 * ownership, KMS, Replication Time Control, delete markers) becomes the rule S3 takes, and what
 * S3 gives back compares equal to the declaration: an immediate re-run plans nothing.
 */
import { GetBucketReplicationCommand, PutBucketReplicationCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedReplicationRule } from '../../src/s3/resolve.js';
import { diffReplication, normalizeDeclared, normalizeLive, toAwsReplication } from '../../src/s3/replication-shape.js';
import { s3Handler } from '../sim/s3.js';
import { startSim, type Sim } from '../sim/server.js';
import { stsHandler } from '../sim/sts.js';
import { BUCKET, REPLICATION_ROLE, SOURCE, VAULT, protectedBucketsFixture, rawClient } from './fixture.js';

const KEY = `arn:aws:kms:eu-north-1:${VAULT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const declared: ResolvedReplicationRule[] = [
  {
    id: 'to-vault',
    priority: 1,
    enabled: true,
    prefix: 'uploads/',
    deleteMarkers: true,
    copyExisting: true,
    destination: {
      bucket: 'app-data-vault',
      region: 'eu-north-1',
      account: { name: 'vault', accountId: VAULT },
      crossAccount: true,
      storageClass: 'GLACIER_IR',
      replicaOwner: 'destination',
      kmsKey: KEY,
      replicationTime: true,
    },
  },
  {
    id: 'to-dr',
    priority: 2,
    enabled: false,
    prefix: '',
    deleteMarkers: false,
    copyExisting: false,
    destination: { bucket: 'app-data-dr', region: 'eu-north-1', account: { name: 'prod', accountId: SOURCE }, crossAccount: false, replicaOwner: 'source', replicationTime: false },
  },
];

let sim: Sim;
beforeAll(async () => {
  const fixture = protectedBucketsFixture();
  (fixture.accounts[0]!.s3.buckets as object[]).push({ Name: 'app-data-dr', BucketRegion: 'eu-north-1', Versioning: { Status: 'Enabled' } });
  sim = await startSim({ fixtures: [fixture], handlers: [s3Handler, stsHandler], clock: { frozen: true } });
});
afterAll(async () => {
  await sim.close();
});

describe('replication rules: declared, as S3 takes them, and back', () => {
  it('writes every option the way S3 documents it', () => {
    const aws = toAwsReplication(REPLICATION_ROLE, declared.map(normalizeDeclared));
    expect(aws.Rules![0]).toEqual({
      ID: 'to-vault',
      Priority: 1,
      Status: 'Enabled',
      Filter: { Prefix: 'uploads/' },
      DeleteMarkerReplication: { Status: 'Enabled' },
      // SSE-KMS objects are replicated only when a rule selects them, re-encrypted with the destination's key.
      SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
      Destination: {
        Bucket: 'arn:aws:s3:::app-data-vault',
        Account: VAULT,
        StorageClass: 'GLACIER_IR',
        AccessControlTranslation: { Owner: 'Destination' },
        EncryptionConfiguration: { ReplicaKmsKeyID: KEY },
        ReplicationTime: { Status: 'Enabled', Time: { Minutes: 15 } },
        Metrics: { Status: 'Enabled', EventThreshold: { Minutes: 15 } },
      },
    });
    expect(aws.Rules![1]).toEqual({
      ID: 'to-dr',
      Priority: 2,
      Status: 'Disabled',
      Filter: { Prefix: '' },
      DeleteMarkerReplication: { Status: 'Disabled' },
      Destination: { Bucket: 'arn:aws:s3:::app-data-dr' },
    });
  });

  it('reads back from S3 as equal, and a changed option as one changed rule', async () => {
    const s3 = rawClient(sim, SOURCE, 'eu-west-1');
    const rules = declared.map(normalizeDeclared);
    await s3.send(new PutBucketReplicationCommand({ Bucket: BUCKET, ReplicationConfiguration: toAwsReplication(REPLICATION_ROLE, rules) }));
    const live = (await s3.send(new GetBucketReplicationCommand({ Bucket: BUCKET }))).ReplicationConfiguration!;
    const back = { role: live.Role!, rules: live.Rules!.map(normalizeLive) };
    expect(diffReplication({ role: REPLICATION_ROLE, rules }, back)).toBeUndefined();
    const drifted = { ...back, rules: back.rules.map((r) => (r.id === 'to-vault' ? { ...r, replicationTime: false } : r)) };
    expect(diffReplication({ role: REPLICATION_ROLE, rules }, drifted)).toEqual({ added: [], changed: ['to-vault'], removed: [], roleChanged: false });
  });
});
