/**
 * The copy of existing objects (objects from before a replication rule) is resumable: a run
 * that fails half-way leaves a checkpoint, the plan says how far the copy is, and the next run
 * copies only what is left — never an object twice.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backfillProgress, readCheckpoint, runBackfill } from '../../src/s3/backfill.js';
import { s3Handler, s3State } from '../sim/s3.js';
import { startSim, type Sim } from '../sim/server.js';
import { stsHandler } from '../sim/sts.js';
import { BUCKET, SOURCE, body, protectedBucketsFixture, toolClients, writeInSim } from './fixture.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fixtures: [protectedBucketsFixture()], handlers: [s3Handler, stsHandler], clock: { frozen: true } });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sim.close();
});

const RULE = { id: 'to-vault', prefix: 'old/' };
const KEYS = Array.from({ length: 2500 }, (_, i) => `old/${String(i).padStart(5, '0')}.bin`);
const versionsOf = (key: string) => s3State(sim.ctx, SOURCE).buckets.get(BUCKET)!.versions.get(key)!.length;

describe('copy of existing objects', () => {
  it('fails half-way, reports its progress, and a re-run copies only what is left', async () => {
    writeInSim(sim, KEYS.map((k) => [k, body()]));
    sim.advance(5000);
    const s3 = toolClients(sim).s3('eu-west-1');
    const started = sim.ctx.now();
    expect(await backfillProgress(s3, BUCKET, RULE.prefix, undefined, started)).toEqual({ total: 2500, done: 0 });

    // The 1,501st copy (on the second page of 1,000) is refused: that page is not finished.
    sim.addFault({ service: 's3', operation: 'CopyObject', kind: { code: 'AccessDenied', status: 403, message: 'Access Denied' }, after: 1500, times: 1 });
    await expect(runBackfill(s3, BUCKET, RULE, undefined, started, () => undefined)).rejects.toThrow(/Access Denied/);
    const checkpoint = await readCheckpoint(s3, BUCKET, RULE.id);
    expect(checkpoint).toEqual({ startedAt: started, lastKey: 'old/00999.bin', copied: 1999, done: false });

    sim.advance(60_000);
    expect(await backfillProgress(s3, BUCKET, RULE.prefix, checkpoint, sim.ctx.now())).toEqual({ total: 2500, done: 1999 });

    sim.resetStats();
    const copied = await runBackfill(s3, BUCKET, RULE, checkpoint, sim.ctx.now(), () => undefined);
    expect([copied, sim.stats.calls['s3:CopyObject']]).toEqual([501, 501]);
    expect(await readCheckpoint(s3, BUCKET, RULE.id)).toMatchObject({ copied: 2500, done: true });
    // Each object copied exactly once: its original version and its copy.
    expect(KEYS.filter((k) => versionsOf(k) !== 2)).toEqual([]);
  });
});
