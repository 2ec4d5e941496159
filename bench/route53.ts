/**
 * Route 53 benchmarks through the bundled action, against the simulator with Route 53's
 * documented buckets (account 50 / 10 per second, a bucket per operation, the change
 * budget) and 30 ms latency: a full export of a big account, and a restore of 5,000 records
 * into an empty zone.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROUTE53_ACCOUNT_BUCKET, ROUTE53_CHANGE_BUCKET } from '../src/aws/rate-limits.js';
import { ROUTE53_DOCUMENTED } from '../test/sim/rate-limits.js';
import { startSim } from '../test/sim/server.js';
import { ACTION_ENTRY, createWorkspace, runAction } from '../test/support/action.js';
import { minimumRoute53Calls, route53BenchFixture, type Route53BenchShape } from './route53-fixture.js';

export const LATENCY_MS = 30;

export type Row = (name: string, value: string, target?: string) => void;

const CONFIG = ['version: 1', 'regions: [us-east-1]', 'export:', '  load-balancers: { enabled: false }', ''].join('\n');

const mark = (ok: boolean) => (ok ? ' ✓' : ' ✗');

/** Seconds to spend `n` tokens from a full bucket: the first `burst` at once, the rest at the refill rate. */
export function floorSeconds(n: number, bucket: { burst: number; rate: number }): number {
  return Math.max(0, n - bucket.burst) / bucket.rate;
}

export interface ExportFigures {
  wallMs: number;
  calls: number;
  throttled: number;
  firstCallAt: number;
}

export async function benchRoute53Export(shape: Route53BenchShape, row: Row): Promise<ExportFigures> {
  process.stdout.write(
    `\nRoute 53 full export: ${shape.zones} zones, ${shape.zones * shape.recordsPerZone} record sets, ${shape.healthChecks} health checks; ` +
      `${LATENCY_MS} ms latency, Route 53 buckets as documented (account ${ROUTE53_ACCOUNT_BUCKET.burst} burst, ${ROUTE53_ACCOUNT_BUCKET.rate}/s; per operation)\n`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'abg-bench-'));
  const fixturePath = join(dir, 'fixture.json');
  await writeFile(fixturePath, JSON.stringify(route53BenchFixture(shape)));
  const sim = await startSim({ fixtures: [fixturePath], latencyMs: LATENCY_MS, rateLimits: { route53: ROUTE53_DOCUMENTED } });
  try {
    const ws = await createWorkspace({ 'aws-backup.yml': CONFIG }, { root: join(dir, 'ws') });
    const started = performance.now();
    const result = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env() });
    const wallMs = performance.now() - started;
    if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
    const calls = result.report.apiCalls.calls as number;
    const throttled = result.report.apiCalls.throttled as number;
    const minimum = minimumRoute53Calls(shape);
    const floorMs = floorSeconds(calls, ROUTE53_ACCOUNT_BUCKET) * 1000;
    row('wall time', `${(wallMs / 1000).toFixed(1)} s`);
    row('API calls', String(calls), `minimum ${minimum}${mark(calls === minimum)}`);
    row('floor ((calls − burst) ÷ refill)', `${(floorMs / 1000).toFixed(1)} s`);
    row('wall / floor', (wallMs / floorMs).toFixed(3), `target ≤ 1.05${mark(wallMs / floorMs <= 1.05)}`);
    row('throttling errors met', String(throttled), `target 0, simulator counted ${sim.stats.throttled}${mark(throttled === 0)}`);
    const rssMb = result.report.process.peakRssBytes / 2 ** 20;
    row('peak RSS', `${rssMb.toFixed(0)} MB`, `target ≤ 300 MB${mark(rssMb <= 300)}`);
    row('dist/index.js size', `${((await stat(ACTION_ENTRY)).size / 2 ** 20).toFixed(2)} MB`);
    row('process start → first AWS call', `${Math.round(result.report.apiCalls.firstCallAt)} ms`);
    return { wallMs, calls, throttled, firstCallAt: result.report.apiCalls.firstCallAt };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const RESTORE_ZONE = 'restore.example.org.';

/** One public zone: SOA, NS and `records` A records (plain values, so 1,000 fit in a batch). */
function restoreFixture(records: number): object {
  const rrsets: object[] = [
    { Name: RESTORE_ZONE, Type: 'SOA', TTL: 900, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400' }] },
    { Name: RESTORE_ZONE, Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com.' }, { Value: 'ns-2.awsdns-00.net.' }] },
  ];
  for (let i = 0; i < records; i++) {
    rrsets.push({ Name: `h${i}.${RESTORE_ZONE}`, Type: 'A', TTL: 300, ResourceRecords: [{ Value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }] });
  }
  const zone = { Id: 'ZRESTOREBENCH', Name: RESTORE_ZONE, Config: { PrivateZone: false }, ResourceRecordSets: rrsets };
  return { accounts: [{ id: '111111111111', route53: { hostedZones: [zone], healthChecks: [] } }] };
}

export interface RestoreFigures {
  wallMs: number;
  floorMs: number;
  throttled: number;
}

/**
 * Exports a 5,000-record zone from one simulated account, then restores the file into the
 * same zone, emptied, in another that enforces the documented buckets: 5,000 creates.
 */
export async function benchRoute53Restore(records: number, row: Row): Promise<RestoreFigures> {
  process.stdout.write(
    `\nRoute 53 restore: ${records} records into an empty zone; ${LATENCY_MS} ms latency, Route 53 buckets as documented ` +
      `(change throughput ${ROUTE53_CHANGE_BUCKET.burst} burst, ${ROUTE53_CHANGE_BUCKET.rate} changes/s)\n`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'abg-bench-'));
  const full = join(dir, 'full.json');
  const empty = join(dir, 'empty.json');
  await writeFile(full, JSON.stringify(restoreFixture(records)));
  await writeFile(empty, JSON.stringify(restoreFixture(0)));
  const source = await startSim({ fixtures: [full] });
  const ws = await createWorkspace({ 'aws-backup.yml': CONFIG }, { root: join(dir, 'ws') });
  try {
    const exported = await runAction({ workspace: ws, inputs: { command: 'export' }, awsEnv: source.env() });
    if (exported.code !== 0) throw new Error(`the export failed:\n${exported.stdout}\n${exported.stderr}`);
  } finally {
    await source.close();
  }
  const sim = await startSim({ fixtures: [empty], latencyMs: LATENCY_MS, rateLimits: { route53: ROUTE53_DOCUMENTED } });
  try {
    const inputs = { command: 'restore', 'restore-kind': 'route53-zone', 'restore-source': RESTORE_ZONE, 'restore-options': 'private=false', apply: 'true' };
    const started = performance.now();
    const result = await runAction({ workspace: ws, inputs, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });
    const wallMs = performance.now() - started;
    if (result.code !== 0) throw new Error(`the restore failed:\n${result.stdout}\n${result.stderr}`);
    const changes = sim.ctx.log
      .filter((e) => e.operation === 'ChangeResourceRecordSets')
      .map((e) => e.params as { accepted?: boolean; changes?: number })
      .reduce((n, p) => n + (p.accepted ? (p.changes ?? 0) : 0), 0);
    const batches = sim.stats.calls['route53:ChangeResourceRecordSets'] ?? 0;
    const floorMs = floorSeconds(records, ROUTE53_CHANGE_BUCKET) * 1000;
    const throttled = result.report.apiCalls.throttled as number;
    row('wall time', `${(wallMs / 1000).toFixed(1)} s`);
    row('record changes applied', String(changes), `${records}${mark(changes === records)}`);
    row('change batches', String(batches));
    row('floor ((changes − burst) ÷ refill)', `${(floorMs / 1000).toFixed(1)} s`);
    row('wall / floor', (wallMs / floorMs).toFixed(3), `target ≤ 1.10${mark(wallMs / floorMs <= 1.1)}`);
    row('throttling errors met', String(throttled), `target 0, simulator counted ${sim.stats.throttled}${mark(throttled === 0)}`);
    return { wallMs, floorMs, throttled };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}
