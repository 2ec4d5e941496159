/**
 * `npm run bench`: benchmarks against the simulated account, with the latency and rate limits
 * of the real APIs. Prints the figures the issues ask for; targets are printed beside them.
 */
import { benchSnapshots } from './snapshots.js';
import { benchVault } from './vault.js';
import { benchRoute53Export, benchRoute53Restore } from './route53.js';
import { benchStartup } from './startup.js';
import { benchIncrementalExport } from './incremental.js';
import { benchS3Restore } from './s3.js';

function row(name: string, value: string, target = ''): void {
  process.stdout.write(`  ${name.padEnd(34)} ${value.padStart(14)}   ${target}\n`);
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
  if (!only || only === 's3') {
    const keys = quick ? 10_000 : 100_000;
    process.stdout.write(`\nS3 point-in-time restore: a prefix of ${keys} keys × 3 versions back to T (one version each), planned then applied through the action; ${20} ms latency\n`);
    for (const [name, value] of Object.entries(await benchS3Restore(keys))) row(name, value);
  }
  if (!only || only === 'route53') {
    await benchRoute53Export(quick ? { zones: 50, recordsPerZone: 200, healthChecks: 10 } : { zones: 500, recordsPerZone: 200, healthChecks: 20 }, row);
  }
  if (!only || only === 'incremental') {
    await benchIncrementalExport(quick ? { zones: 50, recordsPerZone: 200, healthChecks: 10 } : { zones: 500, recordsPerZone: 200, healthChecks: 20 }, row);
  }
  if (!only || only === 'route53-restore') await benchRoute53Restore(quick ? 1500 : 5000, row);
  if (!only || only === 'startup') await benchStartup(row);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
