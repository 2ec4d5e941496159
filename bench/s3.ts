/**
 * S3 point-in-time restore benchmark: a prefix of N keys × 3 versions (the third written after
 * T), planned through the bundled action (ListObjectVersions calls against the minimum, peak
 * RSS of the action's process), then applied against the simulator with 20 ms latency (keys
 * restored per second, 64 keys at a time). Every response of the simulator waits 20 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3_OBJECT_WRITES } from '../src/aws/rate-limits.js';
import { newObject } from '../test/sim/s3-core.js';
import { s3State } from '../test/sim/s3.js';
import { storeVersion } from '../test/sim/s3-versions.js';
import { startSim } from '../test/sim/server.js';
import { createWorkspace, runAction } from '../test/support/action.js';

const ACCOUNT = '111111111111';
const BUCKET = 'bench-data';
const LATENCY_MS = 20;
const S3_SIM_OPERATIONS = Object.fromEntries(['CopyObject', 'DeleteObject', 'UploadPartCopy'].map((op) => [op, S3_OBJECT_WRITES]));

export interface S3BenchResult {
  [name: string]: string;
}

export async function benchS3Restore(keys: number): Promise<S3BenchResult> {
  const root = await mkdtemp(join(tmpdir(), 'abg-bench-s3-'));
  const sim = await startSim({
    fixtures: [{ accounts: [{ id: ACCOUNT, s3: { buckets: [{ Name: BUCKET, BucketRegion: 'us-east-1', Versioning: { Status: 'Enabled' } }] } }] }],
    clock: { frozen: true },
    latencyMs: LATENCY_MS,
    // S3's documented request rates (per prefix), enforced by the simulator like AWS would.
    rateLimits: { s3: { rate: 5500, burst: 5500, operations: S3_SIM_OPERATIONS } },
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
      // The product's own S3 budgets (src/aws/rate-limits.ts), no override.
      { 'aws-backup.yml': ['version: 1', 'regions: [us-east-1]', 'export:', '  route53: { enabled: false }', '  load-balancers: { enabled: false }', ''].join('\n') },
      { root: join(root, 'ws') },
    );
    const inputs = { command: 'restore', 'restore-kind': 's3-prefix', 'restore-source': `${BUCKET}/p/`, 'restore-point-in-time': t, force: 'true' };

    sim.resetStats();
    const plan = await runAction({ workspace: ws, inputs, awsEnv: sim.env() });
    if (plan.code !== 0) throw new Error(`the plan failed:\n${plan.stdout}\n${plan.stderr}`);
    const listCalls = sim.stats.calls['s3:ListObjectVersions'] ?? 0;
    const minimum = Math.ceil((keys * 3) / 1000);
    const rssMb = plan.report.process.peakRssBytes / 2 ** 20;

    sim.resetStats();
    const started = performance.now();
    const simCpu = process.cpuUsage();
    const applied = await runAction({ workspace: ws, inputs: { ...inputs, apply: 'true' }, awsEnv: sim.env() });
    const seconds = (performance.now() - started) / 1000;
    // The simulator runs in this process, the action in its own: the simulator's CPU share shows it is not the bottleneck.
    const simSeconds = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(simCpu));
    const throttled = sim.stats.throttled;
    if (applied.code !== 0) throw new Error(`the restore failed:\n${applied.stdout}\n${applied.stderr}`);
    const restored = bucket.objects.size;
    const wrong = [...bucket.objects.values()].filter((o) => !o.Body.toString().startsWith('generation 2 ')).length;
    return {
      'keys × versions': `${keys} × 3`,
      'ListObjectVersions calls (plan)': `${listCalls}   minimum ${minimum}${listCalls === minimum ? ' ✓' : ' ✗'}`,
      'peak RSS of the plan': `${rssMb.toFixed(0)} MB   target ≤ 300 MB${rssMb <= 300 ? ' ✓' : ' ✗'}`,
      'apply wall time (plan + copies)': `${seconds.toFixed(1)} s`,
      'keys restored per second': `${(keys / seconds).toFixed(0)}   target ≥ 500${keys / seconds >= 500 ? ' ✓' : ' ✗'} (${LATENCY_MS} ms latency)`,
      'simulator CPU during the apply': `${simSeconds.toFixed(1)} s   ${((100 * simSeconds) / seconds).toFixed(0)}% of one core`,
      'requests throttled (SlowDown)': `${throttled}`,
      'keys not back at T afterwards': `${wrong} of ${restored}`,
    };
  } finally {
    await sim.close();
    await rm(root, { recursive: true, force: true });
  }
}
