/**
 * `npm run bench`: benchmarks against the simulated account, with the latency and rate limits
 * of the real APIs. Prints the figures the issues ask for; targets are printed beside them.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim } from '../test/sim/server.js';
import { ACTION_ENTRY, createWorkspace, runAction } from '../test/support/action.js';
import { benchSnapshots } from './snapshots.js';
import { benchVault } from './vault.js';
import { benchIncrementalExport } from './incremental.js';
import { minimumRoute53Calls, route53BenchFixture, type Route53BenchShape } from './route53-fixture.js';

const LATENCY_MS = 30;
const ROUTE53_RATE = 5;
const ROUTE53_BURST = 10;

function row(name: string, value: string, target = ''): void {
  process.stdout.write(`  ${name.padEnd(34)} ${value.padStart(14)}   ${target}\n`);
}

async function benchRoute53Export(shape: Route53BenchShape): Promise<void> {
  process.stdout.write(
    `\nRoute 53 export: ${shape.zones} zones, ${shape.zones * shape.recordsPerZone} record sets, ${shape.healthChecks} health checks; ` +
      `${LATENCY_MS} ms latency, Route 53 bucket ${ROUTE53_RATE} req/s (burst ${ROUTE53_BURST})\n`,
  );
  const fixtureDir = await mkdtemp(join(tmpdir(), 'abg-bench-'));
  const fixturePath = join(fixtureDir, 'fixture.json');
  await writeFile(fixturePath, JSON.stringify(route53BenchFixture(shape)));
  const sim = await startSim({
    fixtures: [fixturePath],
    latencyMs: LATENCY_MS,
    rateLimits: { route53: { rate: ROUTE53_RATE, burst: ROUTE53_BURST } },
  });
  try {
    const ws = await createWorkspace({
      'aws-backup.yml': [
        'version: 1',
        'regions: [us-east-1]',
        'export:',
        '  load-balancers: { enabled: false }',
        'rate-limits:',
        `  route53: ${ROUTE53_RATE}`,
        '',
      ].join('\n'),
    }, { root: join(fixtureDir, 'ws') });
    const started = performance.now();
    const result = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env() });
    const wallMs = performance.now() - started;
    if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
    const calls = result.report.apiCalls.calls as number;
    const minimum = minimumRoute53Calls(shape);
    const floorMs = (minimum / ROUTE53_RATE) * 1000;
    row('wall time', `${(wallMs / 1000).toFixed(1)} s`);
    row('API calls', String(calls), `minimum ${minimum}${calls === minimum ? ' ✓' : ' ✗'}`);
    row('floor (minimum calls ÷ rate)', `${(floorMs / 1000).toFixed(1)} s`);
    row('wall / floor', (wallMs / floorMs).toFixed(3), `target ≤ 1.15${wallMs / floorMs <= 1.15 ? ' ✓' : ' ✗'}`);
    row('throttling errors met', String(result.report.apiCalls.throttled), `simulator counted ${sim.stats.throttled}`);
    const rssMb = result.report.process.peakRssBytes / 2 ** 20;
    row('peak RSS', `${rssMb.toFixed(0)} MB`, `target ≤ 300 MB${rssMb <= 300 ? ' ✓' : ' ✗'}`);
    row('dist/index.js size', `${((await stat(ACTION_ENTRY)).size / 2 ** 20).toFixed(2)} MB`);
    row('process start → first AWS call', `${Math.round(result.report.apiCalls.firstCallAt)} ms`);
  } finally {
    await sim.close();
    await rm(fixtureDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  // Snapshots first: that benchmark runs in this process (planner and simulator together), so
  // its peak RSS must not include the large Route 53 simulator of the other one.
  if (!only || only === 'snapshots') {
    process.stdout.write('\nSnapshots: 2,000 EBS volumes and 200 DB instances, snapshotted and copied to a DR region; EC2/RDS token buckets, copy limits and durations in the simulator\n');
    for (const [name, value] of Object.entries(await benchSnapshots())) row(name, String(value));
  }
  if (!only || only === 'vault') {
    process.stdout.write('\nVault: 2,000 EBS volumes and 200 DB instances copied into a vault account in another region (shared, copied, locked, unshared)\n');
    for (const [name, value] of Object.entries(await benchVault())) row(name, String(value));
  }
  if (!only || only === 'route53') {
    await benchRoute53Export(quick ? { zones: 50, recordsPerZone: 200, healthChecks: 10 } : { zones: 500, recordsPerZone: 200, healthChecks: 20 });
  }
  if (!only || only === 'incremental') {
    await benchIncrementalExport(quick ? { zones: 50, recordsPerZone: 200, healthChecks: 10 } : { zones: 500, recordsPerZone: 200, healthChecks: 20 }, row);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
