/**
 * The simulator's multipart copy against S3's documented behaviour, through the real SDK:
 * CopyObject refuses a source over 5 GB, UploadPartCopy copies byte ranges of a version, and
 * CompleteMultipartUpload checks part order, ETags and the 5 MiB minimum part size. Objects of
 * gigabytes are simulated (no bytes allocated).
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  S3Client,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Handler, s3State } from './s3.js';
import { virtualObject } from './s3-core.js';
import { openUploads } from './s3-multipart.js';
import { storeVersion } from './s3-versions.js';
import { startSim, type Sim } from './server.js';

const ACCOUNT = '111111111111';
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
let sim: Sim;
let s3: S3Client;
let versionId: string;

beforeAll(async () => {
  sim = await startSim({ fixtures: [{ accounts: [{ id: ACCOUNT, s3: { buckets: [{ Name: 'big-data', BucketRegion: 'eu-west-1', Versioning: { Status: 'Enabled' } }] } }] }], handlers: [s3Handler] });
  s3 = new S3Client({ endpoint: sim.url, region: 'eu-west-1', forcePathStyle: true, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });
  const bucket = s3State(sim.ctx, ACCOUNT).buckets.get('big-data')!;
  versionId = storeVersion(sim.ctx, bucket, virtualObject('disk.img', 6 * GiB, 'disk', 'application/octet-stream', { origin: 'backup' }, new Date(sim.ctx.now()))).VersionId!;
});
afterAll(async () => {
  s3.destroy();
  await sim.close();
});

const bucketState = () => s3State(sim.ctx, ACCOUNT).buckets.get('big-data')!;

async function start(key: string): Promise<string> {
  return (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'big-data', Key: key, ContentType: 'application/x-raw-disk-image', Metadata: { origin: 'copy' } }))).UploadId!;
}

const part = (key: string, uploadId: string, n: number, first: number, last: number) =>
  s3.send(new UploadPartCopyCommand({ Bucket: 'big-data', Key: key, UploadId: uploadId, PartNumber: n, CopySource: `big-data/disk.img?versionId=${versionId}`, CopySourceRange: `bytes=${first}-${last}` }));

describe('simulated S3 multipart copy', () => {
  it('refuses CopyObject of a source over 5 GB, as S3 does', async () => {
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'big-data', Key: 'disk.img' }));
    expect(head.ContentLength).toBe(6 * GiB);
    await expect(s3.send(new CopyObjectCommand({ Bucket: 'big-data', Key: 'copy.img', CopySource: `big-data/disk.img?versionId=${versionId}` }))).rejects.toMatchObject({
      name: 'InvalidRequest',
      message: expect.stringMatching(/larger than the maximum allowable size for a copy source: 5368709120/),
    });
  });

  it('copies a 6 GiB version in ranges; the completed object has the same content, the upload’s type and metadata, and a multipart ETag', async () => {
    const uploadId = await start('copy.img');
    const size = 6 * GiB;
    const partSize = 2 * GiB;
    const parts = [];
    for (let n = 1, at = 0; at < size; n++, at += partSize) {
      const out = await part('copy.img', uploadId, n, at, Math.min(at + partSize, size) - 1);
      parts.push({ PartNumber: n, ETag: out.CopyPartResult!.ETag! });
    }
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'big-data', Key: 'copy.img', UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    expect(done.ETag).toMatch(/^"[0-9a-f]{32}-3"$/);
    expect(done.VersionId).toBeDefined();
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'big-data', Key: 'copy.img' }));
    expect([head.ContentLength, head.ContentType, head.Metadata]).toEqual([size, 'application/x-raw-disk-image', { origin: 'copy' }]);
    const b = bucketState();
    expect(b.objects.get('copy.img')!.Virtual).toEqual(b.objects.get('disk.img')!.Virtual);
    const listed = await s3.send(new ListObjectVersionsCommand({ Bucket: 'big-data', Prefix: 'copy.img' }));
    expect(listed.Versions![0]!.Size).toBe(size);
    expect(openUploads(b)).toEqual([]);
  });

  it('a part from the wrong range makes different content', async () => {
    const uploadId = await start('shifted.img');
    const first = await part('shifted.img', uploadId, 1, 0, 3 * GiB - 1);
    const second = await part('shifted.img', uploadId, 2, 3 * GiB - 1, 6 * GiB - 2);
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'big-data', Key: 'shifted.img', UploadId: uploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: first.CopyPartResult!.ETag! }, { PartNumber: 2, ETag: second.CopyPartResult!.ETag! }] } }));
    const b = bucketState();
    expect(b.objects.get('shifted.img')!.Virtual).not.toEqual(b.objects.get('disk.img')!.Virtual);
  });

  it('checks ranges, part sizes, order and ETags, and forgets an aborted upload', async () => {
    const uploadId = await start('bad.img');
    await expect(part('bad.img', uploadId, 1, 0, 6 * GiB)).rejects.toMatchObject({ name: 'InvalidRange' });
    await expect(part('bad.img', uploadId, 1, 0, 6 * GiB - 1)).rejects.toMatchObject({ name: 'InvalidRequest', message: expect.stringMatching(/maximum allowable size for a part/) });
    await expect(part('bad.img', uploadId, 10_001, 0, MiB)).rejects.toMatchObject({ name: 'InvalidArgument' });
    const small = await part('bad.img', uploadId, 1, 0, MiB - 1);
    const rest = await part('bad.img', uploadId, 2, MiB, 10 * MiB - 1);
    const complete = (parts: { PartNumber: number; ETag: string }[]) => s3.send(new CompleteMultipartUploadCommand({ Bucket: 'big-data', Key: 'bad.img', UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    await expect(complete([{ PartNumber: 1, ETag: small.CopyPartResult!.ETag! }, { PartNumber: 2, ETag: rest.CopyPartResult!.ETag! }])).rejects.toMatchObject({ name: 'EntityTooSmall' });
    await expect(complete([{ PartNumber: 2, ETag: rest.CopyPartResult!.ETag! }, { PartNumber: 1, ETag: small.CopyPartResult!.ETag! }])).rejects.toMatchObject({ name: 'InvalidPartOrder' });
    await expect(complete([{ PartNumber: 1, ETag: rest.CopyPartResult!.ETag! }])).rejects.toMatchObject({ name: 'InvalidPart' });
    expect(openUploads(bucketState())).toEqual(['bad.img']);
    await s3.send(new AbortMultipartUploadCommand({ Bucket: 'big-data', Key: 'bad.img', UploadId: uploadId }));
    expect(openUploads(bucketState())).toEqual([]);
    await expect(part('bad.img', uploadId, 3, 0, MiB)).rejects.toMatchObject({ name: 'NoSuchUpload' });
  });
});
