/**
 * Incremental export benchmark: the Route 53 account of the export benchmark exported in full,
 * then 3 zones changed, then an incremental export through the bundled action. Prints calls
 * and wall time of both and their ratios (targets: ≤ 5 % of the calls, ≤ 10 % of the wall time).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { startSim } from '../test/sim/server.js';
import { ROUTE53_DOCUMENTED } from '../test/sim/rate-limits.js';
import { createWorkspace, runAction } from '../test/support/action.js';
import { route53BenchFixture, type Route53BenchShape } from './route53-fixture.js';

const LATENCY_MS = 30;

export async function benchIncrementalExport(shape: Route53BenchShape, row: (name: string, value: string, target?: string) => void): Promise<void> {
  process.stdout.write(
    `\nIncremental Route 53 export: ${shape.zones} zones, ${shape.zones * shape.recordsPerZone} record sets, 3 zones changed; ` +
      `${LATENCY_MS} ms latency, Route 53 buckets as documented, CloudTrail 2 req/s\n`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'abg-bench-inc-'));
  const fixturePath = join(dir, 'fixture.json');
  await writeFile(fixturePath, JSON.stringify(route53BenchFixture(shape)));
  const sim = await startSim({ fixtures: [fixturePath], latencyMs: LATENCY_MS, rateLimits: { route53: ROUTE53_DOCUMENTED }, clock: { start: Date.now() } });
  try {
    // The client's own budgets are the documented defaults, the same buckets the simulator enforces.
    const config = ['version: 1', 'regions: [us-east-1]', 'export:', '  load-balancers: { enabled: false }', '  incremental: { enabled: true }', ''];
    const ws = await createWorkspace({ 'aws-backup.yml': config.join('\n') }, { root: join(dir, 'ws') });
    const timed = async () => {
      const started = performance.now();
      const result = await runAction({ workspace: ws, inputs: { command: 'export' }, awsEnv: sim.env() });
      if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
      return { wallMs: performance.now() - started, calls: result.report.apiCalls.calls as number, mode: result.report.exportModes[0] };
    };
    const full = await timed();
    const env = sim.env();
    const client = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY } });
    for (const z of [7, Math.floor(shape.zones / 4), shape.zones - 1]) {
      const name = `zone${String(z).padStart(4, '0')}.example.org.`;
      await client.send(new ChangeResourceRecordSetsCommand({
        HostedZoneId: `ZBENCH${String(z).padStart(8, '0')}`,
        ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: `host0.${name}`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '198.51.100.1' }] } }] },
      }));
    }
    client.destroy();
    const incremental = await timed();
    row('full export: calls / wall', `${full.calls} / ${(full.wallMs / 1000).toFixed(1)} s`, full.mode.mode);
    row('incremental: calls / wall', `${incremental.calls} / ${(incremental.wallMs / 1000).toFixed(1)} s`, incremental.mode.mode);
    const callShare = incremental.calls / full.calls;
    const wallShare = incremental.wallMs / full.wallMs;
    row('incremental ÷ full, calls', `${(callShare * 100).toFixed(1)} %`, `target ≤ 5 %${callShare <= 0.05 ? ' ✓' : ' ✗'}`);
    row('incremental ÷ full, wall time', `${(wallShare * 100).toFixed(1)} %`, `target ≤ 10 %${wallShare <= 0.1 ? ' ✓' : ' ✗'}`);
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}
