import {
  DeleteBucketLifecycleCommand,
  DeleteObjectCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutBucketLifecycleConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
  type LifecycleRule,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAwsChunked, s3Handler } from './s3.js';
import { startSim, type Sim } from './server.js';
import { rejection } from '../support/rejection.js';

const FIXTURE = 'test/fixtures/sample-load-balancers.yaml';
const ACCOUNT = '111111111111';
const DR_BUCKET = 'dr-mirror-111111111111';
const ASSETS = 'app-assets-111111111111';

let sim: Sim;
const client = (region = 'us-west-2', extra: Record<string, unknown> = {}) =>
  new S3Client({ endpoint: sim.url, region, forcePathStyle: true, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1, ...extra });

beforeAll(async () => {
  sim = await startSim({
    fixtures: [FIXTURE, { accounts: [{ id: '222222222222', s3: { buckets: [{ Name: 'someone-elses-bucket', BucketRegion: 'us-west-2' }] } }] }],
    handlers: [s3Handler],
  });
});
afterAll(() => sim.close());

describe('S3 buckets', () => {
  it('ListBuckets lists the account’s buckets with their regions', async () => {
    const out = await client('us-east-1').send(new ListBucketsCommand({}));
    expect(out.Buckets!.map((b) => [b.Name, b.BucketRegion])).toEqual([
      [ASSETS, 'us-east-1'],
      [DR_BUCKET, 'us-west-2'],
    ]);
    expect(out.Buckets![1]!.CreationDate).toEqual(new Date('2024-03-01T09:00:00.000Z'));
  });

  it('HeadBucket and GetBucketLocation', async () => {
    const head = await client().send(new HeadBucketCommand({ Bucket: DR_BUCKET }));
    expect(head.BucketRegion).toBe('us-west-2');
    // GetBucketLocation answers from any region; us-east-1 is the empty constraint.
    expect((await client('us-east-1').send(new GetBucketLocationCommand({ Bucket: DR_BUCKET }))).LocationConstraint).toBe('us-west-2');
    expect((await client('us-east-1').send(new GetBucketLocationCommand({ Bucket: ASSETS }))).LocationConstraint).toBeUndefined();
  });

  it('a bucket in another region answers with S3’s redirect error', async () => {
    const get = await rejection(client('us-east-1').send(new GetObjectCommand({ Bucket: DR_BUCKET, Key: 'x' })));
    expect(get).toMatchObject({ name: 'PermanentRedirect', status: 301 });
    expect(get.error.Endpoint).toBe(`${DR_BUCKET}.s3.us-west-2.amazonaws.com`);
    const head = await rejection(client('us-east-1').send(new HeadBucketCommand({ Bucket: DR_BUCKET })));
    expect(head.status).toBe(301);
  });

  it('AuthorizationHeaderMalformed instead, when the sim is configured so', async () => {
    const other = await startSim({ fixtures: [FIXTURE], handlers: [s3Handler], serviceOptions: { s3: { wrongRegion: 'AuthorizationHeaderMalformed' } } });
    try {
      const c = new S3Client({ endpoint: other.url, region: 'eu-west-1', forcePathStyle: true, credentials: other.credentialsFor(ACCOUNT), maxAttempts: 1 });
      const err = await rejection(c.send(new ListObjectsV2Command({ Bucket: DR_BUCKET })));
      expect(err).toMatchObject({ name: 'AuthorizationHeaderMalformed', status: 400 });
      expect(err.error.Region).toBe('us-west-2');
    } finally {
      await other.close();
    }
  });

  it('NoSuchBucket, and AccessDenied for another account’s bucket', async () => {
    expect(await rejection(client().send(new ListObjectsV2Command({ Bucket: 'no-such-bucket-anywhere' })))).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    expect(await rejection(client().send(new ListObjectsV2Command({ Bucket: 'someone-elses-bucket' })))).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect((await rejection(client().send(new HeadBucketCommand({ Bucket: 'no-such-bucket-anywhere' })))).status).toBe(404);
  });

  it('versioning: as seeded, then suspended', async () => {
    expect((await client().send(new GetBucketVersioningCommand({ Bucket: DR_BUCKET }))).Status).toBe('Enabled');
    expect((await client('us-east-1').send(new GetBucketVersioningCommand({ Bucket: ASSETS }))).Status).toBeUndefined();
    await client().send(new PutBucketVersioningCommand({ Bucket: DR_BUCKET, VersioningConfiguration: { Status: 'Suspended' } }));
    expect((await client().send(new GetBucketVersioningCommand({ Bucket: DR_BUCKET }))).Status).toBe('Suspended');
    await client().send(new PutBucketVersioningCommand({ Bucket: DR_BUCKET, VersioningConfiguration: { Status: 'Enabled' } }));
  });
});

describe('S3 objects', () => {
  it('put, head, get and delete an object with metadata', async () => {
    const c = client();
    const put = await c.send(
      new PutObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml', Body: 'name: example.com\n', ContentType: 'application/yaml', Metadata: { commit: 'abc123' } }),
    );
    expect(put.ETag).toBe('"' + (await import('node:crypto')).createHash('md5').update('name: example.com\n').digest('hex') + '"');
    expect(put.VersionId).toBeDefined();
    const head = await c.send(new HeadObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml' }));
    expect(head).toMatchObject({ ContentLength: 18, ContentType: 'application/yaml', Metadata: { commit: 'abc123' }, ETag: put.ETag });
    const got = await c.send(new GetObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml' }));
    expect(await got.Body!.transformToString()).toBe('name: example.com\n');
    await c.send(new DeleteObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml' }));
    expect(await rejection(c.send(new GetObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml' })))).toMatchObject({ name: 'NoSuchKey', status: 404 });
    expect(await rejection(c.send(new HeadObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml' })))).toMatchObject({ name: 'NotFound', status: 404 });
    // Deleting a missing key succeeds, like S3.
    await c.send(new DeleteObjectCommand({ Bucket: DR_BUCKET, Key: 'zones/example.com.yaml' }));
  });

  it('keys with spaces and unicode survive the round trip', async () => {
    const key = 'exports/zone file ü+%.yaml';
    await client().send(new PutObjectCommand({ Bucket: DR_BUCKET, Key: key, Body: 'x' }));
    const listed = await client().send(new ListObjectsV2Command({ Bucket: DR_BUCKET, Prefix: 'exports/' }));
    expect(listed.Contents!.map((o) => o.Key)).toEqual([key]);
    expect(await (await client().send(new GetObjectCommand({ Bucket: DR_BUCKET, Key: key }))).Body!.transformToString()).toBe('x');
  });

  it('a corrupted checksum is BadDigest', async () => {
    const c = client();
    c.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { headers: Record<string, string> };
        if (request.headers['x-amz-checksum-crc32']) request.headers['x-amz-checksum-crc32'] = 'AAAAAA==';
        return next(args);
      },
      { step: 'finalizeRequest', name: 'corruptChecksum', priority: 'high' },
    );
    expect(await rejection(c.send(new PutObjectCommand({ Bucket: DR_BUCKET, Key: 'bad', Body: 'payload' })))).toMatchObject({ name: 'BadDigest', status: 400 });
  });

  it('decodes aws-chunked bodies with trailing checksums', () => {
    const body = Buffer.from('5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n');
    expect(decodeAwsChunked(body)).toEqual({ data: Buffer.from('hello world'), trailers: { 'x-amz-checksum-crc32': 'DUoRhQ==' } });
  });

  describe('ListObjectsV2', () => {
    const keys = Array.from({ length: 25 }, (_, i) => `list/obj-${String(i).padStart(2, '0')}.yaml`);

    beforeAll(async () => {
      for (const key of [...keys].reverse()) await client().send(new PutObjectCommand({ Bucket: DR_BUCKET, Key: key, Body: key }));
      await client().send(new PutObjectCommand({ Bucket: DR_BUCKET, Key: 'list/sub/a.yaml', Body: 'a' }));
      await client().send(new PutObjectCommand({ Bucket: DR_BUCKET, Key: 'list/sub/b.yaml', Body: 'b' }));
    });

    it('pages with continuation tokens in key order', async () => {
      const pages: string[][] = [];
      for await (const page of paginateListObjectsV2({ client: client(), pageSize: 10 }, { Bucket: DR_BUCKET, Prefix: 'list/obj-' })) {
        pages.push(page.Contents!.map((o) => o.Key!));
        expect(page.KeyCount).toBe(page.Contents!.length);
      }
      expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
      expect(pages.flat()).toEqual(keys);
    });

    it('reports sizes and truncation, and groups by delimiter', async () => {
      const first = await client().send(new ListObjectsV2Command({ Bucket: DR_BUCKET, Prefix: 'list/', MaxKeys: 2 }));
      expect(first.IsTruncated).toBe(true);
      expect(first.NextContinuationToken).toBeTruthy();
      expect(first.Contents![0]).toMatchObject({ Key: keys[0], Size: keys[0]!.length, StorageClass: 'STANDARD' });
      const grouped = await client().send(new ListObjectsV2Command({ Bucket: DR_BUCKET, Prefix: 'list/', Delimiter: '/' }));
      expect(grouped.Contents).toHaveLength(25);
      expect(grouped.CommonPrefixes).toEqual([{ Prefix: 'list/sub/' }]);
      expect(grouped.KeyCount).toBe(26);
      const bad = await rejection(client().send(new ListObjectsV2Command({ Bucket: DR_BUCKET, ContinuationToken: 'nonsense' })));
      expect(bad).toMatchObject({ name: 'InvalidArgument', status: 400 });
    });
  });
});

describe('S3 lifecycle configuration', () => {
  const rules: LifecycleRule[] = [
    {
      ID: 'exports-to-glacier',
      Filter: { Prefix: 'exports/' },
      Status: 'Enabled',
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER_IR' },
        { Days: 180, StorageClass: 'DEEP_ARCHIVE' },
      ],
      Expiration: { Days: 730 },
      NoncurrentVersionTransitions: [{ NoncurrentDays: 30, StorageClass: 'GLACIER', NewerNoncurrentVersions: 3 }],
      NoncurrentVersionExpiration: { NoncurrentDays: 365, NewerNoncurrentVersions: 5 },
    },
    {
      ID: 'tagged-large',
      Filter: { And: { Prefix: 'snap/', Tags: [{ Key: 'tier', Value: 'cold' }, { Key: 'owner', Value: 'backup' }], ObjectSizeGreaterThan: 131072, ObjectSizeLessThan: 10485760 } },
      Status: 'Disabled',
      Transitions: [{ Date: new Date('2027-01-01T00:00:00.000Z'), StorageClass: 'GLACIER' }],
    },
    { ID: 'multipart', Filter: {}, Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Expiration: { ExpiredObjectDeleteMarker: true } },
    { ID: 'single-tag', Filter: { Tag: { Key: 'temp', Value: 'yes' } }, Status: 'Enabled', Expiration: { Days: 1 } },
  ];

  it('returns the seeded rules', async () => {
    const out = await client('us-east-1').send(new GetBucketLifecycleConfigurationCommand({ Bucket: ASSETS }));
    expect(out.Rules).toEqual([
      {
        ID: 'logs-to-glacier',
        Filter: { Prefix: 'logs/' },
        Status: 'Enabled',
        Transitions: [
          { Days: 30, StorageClass: 'STANDARD_IA' },
          { Days: 90, StorageClass: 'GLACIER' },
        ],
        Expiration: { Days: 365 },
      },
    ]);
  });

  it('NoSuchLifecycleConfiguration, then put/get round trip equality, then delete', async () => {
    const c = client();
    expect(await rejection(c.send(new GetBucketLifecycleConfigurationCommand({ Bucket: DR_BUCKET })))).toMatchObject({ name: 'NoSuchLifecycleConfiguration', status: 404 });
    const put = await c.send(new PutBucketLifecycleConfigurationCommand({ Bucket: DR_BUCKET, LifecycleConfiguration: { Rules: rules } }));
    expect(put.TransitionDefaultMinimumObjectSize).toBe('all_storage_classes_128K');
    const got = await c.send(new GetBucketLifecycleConfigurationCommand({ Bucket: DR_BUCKET }));
    expect(got.Rules).toEqual(rules);
    expect(got.TransitionDefaultMinimumObjectSize).toBe('all_storage_classes_128K');
    await c.send(new DeleteBucketLifecycleCommand({ Bucket: DR_BUCKET }));
    expect((await rejection(c.send(new GetBucketLifecycleConfigurationCommand({ Bucket: DR_BUCKET })))).name).toBe('NoSuchLifecycleConfiguration');
  });

  it('rejects what S3 rejects', async () => {
    const put = (r: LifecycleRule[]) => rejection(client().send(new PutBucketLifecycleConfigurationCommand({ Bucket: DR_BUCKET, LifecycleConfiguration: { Rules: r } })));
    expect(await put([{ ID: 'ia', Filter: { Prefix: '' }, Status: 'Enabled', Transitions: [{ Days: 10, StorageClass: 'STANDARD_IA' }] }])).toMatchObject({
      name: 'InvalidArgument',
      status: 400,
    });
    expect(await put([{ ID: 'none', Filter: { Prefix: '' }, Status: 'Enabled' }])).toMatchObject({ name: 'InvalidRequest' });
    expect(
      await put([
        { ID: 'dup', Filter: { Prefix: 'a' }, Status: 'Enabled', Expiration: { Days: 1 } },
        { ID: 'dup', Filter: { Prefix: 'b' }, Status: 'Enabled', Expiration: { Days: 1 } },
      ]),
    ).toMatchObject({ name: 'InvalidArgument' });
    expect(await put([{ ID: 'no-filter', Status: 'Enabled', Expiration: { Days: 1 } }])).toMatchObject({ name: 'MalformedXML' });
  });

  it('requires an integrity header (Content-MD5 or x-amz-checksum-*)', async () => {
    const c = client();
    c.middlewareStack.add(
      (next) => async (args) => {
        const headers = (args.request as { headers: Record<string, string> }).headers;
        for (const name of Object.keys(headers)) if (name.startsWith('x-amz-checksum-') || name === 'content-md5') delete headers[name];
        return next(args);
      },
      { step: 'finalizeRequest', name: 'dropIntegrityHeaders', priority: 'high' },
    );
    const err = await rejection(c.send(new PutBucketLifecycleConfigurationCommand({ Bucket: DR_BUCKET, LifecycleConfiguration: { Rules: [rules[3]!] } })));
    expect(err).toMatchObject({ name: 'InvalidRequest', status: 400 });
    expect(err.message).toContain('Content-MD5');
  });
});

describe('S3 throttling', () => {
  it('answers a rate-limited call with SlowDown (HTTP 503)', async () => {
    const limited = await startSim({ fixtures: [FIXTURE], handlers: [s3Handler], rateLimits: { s3: { rate: 0.001, burst: 1 } } });
    try {
      const c = new S3Client({ endpoint: limited.url, region: 'us-west-2', forcePathStyle: true, credentials: limited.credentialsFor(ACCOUNT), maxAttempts: 1 });
      await c.send(new ListBucketsCommand({}));
      expect(await rejection(c.send(new ListBucketsCommand({})))).toMatchObject({ name: 'SlowDown', status: 503 });
    } finally {
      await limited.close();
    }
  });
});
