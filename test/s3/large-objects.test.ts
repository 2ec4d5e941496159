/**
 * Objects over CopyObject's 5 GB limit, in the simulator (sizes simulated, no bytes
 * allocated): a point-in-time restore and the copy of existing objects copy them with a
 * multipart UploadPartCopy in 512 MiB ranges, keep their type and metadata, leave no upload
 * open when a part fails, and a re-run finishes the job.
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyPlan } from '../../src/plan/apply.js';
import { runBackfill } from '../../src/s3/backfill.js';
import { planS3PrefixRestore } from '../../src/s3/restore.js';
import { virtualObject } from '../sim/s3-core.js';
import { openUploads } from '../sim/s3-multipart.js';
import { s3Handler, s3State } from '../sim/s3.js';
import { storeVersion } from '../sim/s3-versions.js';
import { startSim, type Sim } from '../sim/server.js';
import { stsHandler } from '../sim/sts.js';
import { BUCKET, SOURCE, protectedBucketsFixture, rawClient, restoreContext, toolClients } from './fixture.js';

const GiB = 1024 ** 3;
let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fixtures: [protectedBucketsFixture()], handlers: [s3Handler, stsHandler], clock: { frozen: true } });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sim.close();
});

const bucket = () => s3State(sim.ctx, SOURCE).buckets.get(BUCKET)!;
const put = (key: string, size: number, seed: string) =>
  storeVersion(sim.ctx, bucket(), virtualObject(key, size, seed, 'application/x-tar', { origin: seed }, new Date(sim.ctx.now())));

describe('objects over 5 GB', () => {
  it('a point-in-time restore copies them back in 512 MiB parts; a failed part aborts the upload and a re-run finishes', async () => {
    const original = put('big/archive.tar', 6 * GiB + 12345, 'tuesday');
    sim.advance(5000);
    const t = new Date(sim.ctx.now());
    sim.advance(5000);
    put('big/archive.tar', 7 * GiB, 'ransomware');
    sim.advance(5000);

    const clients = toolClients(sim);
    const request = { kind: 's3-prefix' as const, source: `${BUCKET}/big/`, pointInTime: t.toISOString(), force: true, options: {} };
    sim.addFault({ service: 's3', operation: 'UploadPartCopy', kind: { code: 'InternalError', status: 500, message: 'We encountered an internal error.' }, after: 4, times: 2 });
    sim.resetStats();
    const [failed] = await applyPlan(await planS3PrefixRestore(request, restoreContext(sim, clients)), { dryRun: false, concurrency: 1 });
    expect(failed!.status).toBe('failed');
    expect(sim.stats.calls['s3:AbortMultipartUpload']).toBe(1);
    expect(openUploads(bucket())).toEqual([]);
    expect(bucket().objects.get('big/archive.tar')!.Virtual).not.toEqual(original.Virtual);

    sim.advance(1000);
    sim.resetStats();
    const [done] = await applyPlan(await planS3PrefixRestore(request, restoreContext(sim, clients)), { dryRun: false, concurrency: 1 });
    expect(done!.status).toBe('applied');
    expect(sim.stats.calls['s3:CopyObject']).toBeUndefined();
    expect(sim.stats.calls['s3:UploadPartCopy']).toBe(13); // 6 GiB + 12,345 bytes in 512 MiB parts
    expect(sim.stats.calls['s3:CompleteMultipartUpload']).toBe(1);
    const restored = bucket().objects.get('big/archive.tar')!;
    expect(restored.Virtual).toEqual(original.Virtual);
    expect(restored.ETag).toMatch(/-13"$/);
    const head = await rawClient(sim, SOURCE, 'eu-west-1').send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'big/archive.tar' }));
    expect([head.ContentLength, head.ContentType, head.Metadata]).toEqual([6 * GiB + 12345, 'application/x-tar', { origin: 'tuesday' }]);
    expect(openUploads(bucket())).toEqual([]);
  });

  it('the copy of existing objects copies a large object onto itself in parts, and a small one with CopyObject', async () => {
    const large = put('old/disk.img', 5 * GiB + 1, 'disk');
    storeVersion(sim.ctx, bucket(), virtualObject('old/small.bin', 1024, 'small', 'text/plain', {}, new Date(sim.ctx.now())));
    sim.advance(5000);
    sim.resetStats();
    const copied = await runBackfill(toolClients(sim).s3('eu-west-1'), BUCKET, { id: 'to-vault', prefix: 'old/' }, undefined, sim.ctx.now(), () => undefined);
    expect(copied).toBe(2);
    expect(sim.stats.calls['s3:UploadPartCopy']).toBe(11);
    expect(sim.stats.calls['s3:CopyObject']).toBe(1);
    const versions = bucket().versions.get('old/disk.img')!;
    expect(versions).toHaveLength(2);
    expect(versions[1]!.Virtual).toEqual(large.Virtual);
    expect([versions[1]!.ContentType, versions[1]!.Metadata]).toEqual(['application/x-tar', { origin: 'disk' }]);
  });
});
