/**
 * S3 point-in-time restore benchmark: a prefix of N keys × 3 versions (the third written after
 * T), planned through the bundled action (ListObjectVersions calls against the minimum, peak
 * RSS of the action's process), then applied against the simulator with 20 ms latency (keys
 * restored per second, 64 keys at a time). Every response of the simulator waits 20 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newObject } from '../test/sim/s3-core.js';
import { s3State } from '../test/sim/s3.js';
import { storeVersion } from '../test/sim/s3-versions.js';
import { startSim } from '../test/sim/server.js';
import { createWorkspace, runAction } from '../test/support/action.js';

const ACCOUNT = '111111111111';
const BUCKET = 'bench-data';
const LATENCY_MS = 20;

export interface S3BenchResult {
  [name: string]: string;
}

export async function benchS3Restore(keys: number): Promise<S3BenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'abg-bench-s3-'));
  const sim = await startSim({
    fixtures: [{ accounts: [{ id: ACCOUNT, s3: { buckets: [{ Name: BUCKET, BucketRegion: 'us-east-1', Versioning: { Status: 'Enabled' } }] } }] }],
    clock: { frozen: true },
    latencyMs: LATENCY_MS,
  });
  try {
    const bucket = s3State(sim.ctx, ACCOUNT).buckets.get(BUCKET)!;
    const write = (generation: number) => {
      for (let i = 0; i < keys; i++) {
        const key = `p/${String(i).padStart(7, '0')}`;
        storeVersion(sim.ctx, bucket, newObject(key, Buffer.from(`generation ${generation} of ${key}`), 'text/plain', {}, {}, new Date(sim.ctx.now())));
      }
      sim.advance(10_000);
    };
    write(1);
    write(2);
    const t = new Date(sim.ctx.now() - 1000).toISOString();
    write(3);

    const ws = await createWorkspace(
      { 'aws-backup.yml': ['version: 1', 'regions: [us-east-1]', 'export:', '  route53: { enabled: false }', '  load-balancers: { enabled: false }', 'rate-limits:', '  s3: 5000', ''].join('\n') },
      { root: join(root, 'ws') },
    );
    const inputs = { command: 'restore', 'restore-kind': 's3-prefix', 'restore-source': `${BUCKET}/p/`, 'restore-point-in-time': t, force: 'true' };

    sim.resetStats();
    const plan = await runAction({ workspace: ws, inputs, awsEnv: sim.env() });
    if (plan.code !== 0) throw new Error(`the plan failed:\n${plan.stdout}\n${plan.stderr}`);
    const listCalls = sim.stats.calls['s3:ListObjectVersions'] ?? 0;
    const minimum = Math.ceil((keys * 3) / 1000);
    const rssMb = plan.report.process.peakRssBytes / 2 ** 20;

    const started = performance.now();
    const applied = await runAction({ workspace: ws, inputs: { ...inputs, apply: 'true' }, awsEnv: sim.env() });
    const seconds = (performance.now() - started) / 1000;
    if (applied.code !== 0) throw new Error(`the restore failed:\n${applied.stdout}\n${applied.stderr}`);
    const restored = bucket.objects.size;
    const wrong = [...bucket.objects.values()].filter((o) => !o.Body.toString().startsWith('generation 2 ')).length;
    return {
      'keys × versions': `${keys} × 3`,
      'ListObjectVersions calls (plan)': `${listCalls}   minimum ${minimum}${listCalls === minimum ? ' ✓' : ' ✗'}`,
      'peak RSS of the plan': `${rssMb.toFixed(0)} MB   target ≤ 300 MB${rssMb <= 300 ? ' ✓' : ' ✗'}`,
      'apply wall time (plan + copies)': `${seconds.toFixed(1)} s`,
      'keys restored per second': `${(keys / seconds).toFixed(0)}   target ≥ 500${keys / seconds >= 500 ? ' ✓' : ' ✗'} (${LATENCY_MS} ms latency)`,
      'keys not back at T afterwards': `${wrong} of ${restored}`,
    };
  } finally {
    await sim.close();
    await rm(root, { recursive: true, force: true });
  }
}
