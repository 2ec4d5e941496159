/**
 * A resource deleted between the inventory (plan) and the snapshot call (apply) is not a
 * backup failure: the action is skipped with a warning, tried once. Other errors still fail,
 * named once with their account and region.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { buildReport, exitCode } from '../../src/report/report.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../../src/snapshots/plan.js';
import { ec2Handler } from '../sim/ec2.js';
import { ec2Region } from '../sim/ec2-state.js';
import { kmsHandler } from '../sim/kms.js';
import { rdsHandler } from '../sim/rds.js';
import { rdsRegion } from '../sim/rds-state.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};
const CONFIG = parseConfig(
  `version: 1
regions: [us-east-1]
snapshots:
  wait-minutes: 0
  policies:
    - { name: vols, resources: { type: ebs-volume, ids: [vol-0a1b2c3d4e5f60006] }, retention: { daily: 7 } }
    - { name: servers, resources: { type: ec2-instance, ids: [i-0a1b2c3d4e5f60002] }, retention: { daily: 7 } }
    - { name: dbs, resources: { type: rds-instance, ids: [orders-db] }, retention: { daily: 7 } }
    - { name: clusters, resources: { type: rds-cluster, ids: [inventory] }, retention: { daily: 7 } }
`,
  'aws-backup.yml',
);

let sim: Sim | undefined;
let clients: AwsClients | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  vi.unstubAllEnvs();
});

async function plan() {
  sim = await startSim({ fixtures: ['test/fixtures/sample-snapshots.yaml'], handlers: [ec2Handler, rdsHandler, kmsHandler], serviceOptions: FAST });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, rateLimits: { ec2: 1000, rds: 1000, kms: 1000 } });
  return planSnapshots({ config: CONFIG, accounts: resolveAccounts(CONFIG), clientsFor: () => clients!, now: new Date(sim.ctx.now()), log: () => undefined, pollMs: 10, limitDelayMs: 20 });
}

describe('a resource deleted between inventory and apply', () => {
  it('skips its snapshot with a warning, for volumes, instances, DB instances and clusters, each tried once', async () => {
    const planned = await plan();
    expect(planned.plan.actions.filter((a) => a.kind === 'snapshot')).toHaveLength(4);
    // Someone deletes all four after the plan read them.
    ec2Region(sim!.ctx, ACCOUNT, 'us-east-1').volumes.delete('vol-0a1b2c3d4e5f60006');
    ec2Region(sim!.ctx, ACCOUNT, 'us-east-1').instances.delete('i-0a1b2c3d4e5f60002');
    rdsRegion(sim!.ctx, ACCOUNT, 'us-east-1').instances.delete('orders-db');
    rdsRegion(sim!.ctx, ACCOUNT, 'us-east-1').clusters.delete('inventory');
    sim!.resetStats();
    const startedAt = new Date();
    const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY });
    const report = buildReport({ command: 'run', dryRun: false, startedAt, finishedAt: new Date(), plan: planned.plan, results });

    expect(results.map((r) => (r.status === 'skipped' ? r.skipped : r.status))).toEqual(['resource-gone', 'resource-gone', 'resource-gone', 'resource-gone']);
    expect(report.failures).toEqual([]);
    expect(exitCode(report)).toBe(0);
    const gone = report.warnings.filter((w) => w.message.includes('was deleted after this run listed it'));
    expect(gone.map((w) => /\((\S+?):/.exec(w.message)?.[1]).sort()).toEqual(['DBClusterNotFoundFault', 'DBInstanceNotFound', 'InvalidInstanceID.NotFound', 'InvalidVolume.NotFound']);
    expect(report.sections.find((s) => s.name === 'snapshots:vols')!.warnings).toHaveLength(1);
    expect(report.counts.warnings).toBe(report.warnings.length);
    // No retries: one call each.
    const calls = sim!.stats.calls;
    expect([calls['ec2:CreateSnapshot'], calls['ec2:CreateSnapshots'], calls['rds:CreateDBSnapshot'], calls['rds:CreateDBClusterSnapshot']]).toEqual([1, 1, 1, 1]);
  });

  it('still fails on other errors, naming the resource, account and region once', async () => {
    const planned = await plan();
    sim!.addFault({ service: 'ec2', operation: 'CreateSnapshot', kind: { code: 'InvalidParameterValue', status: 400, message: 'Value is not valid.' } });
    const results = await applyPlan({ ...planned.plan, actions: planned.plan.actions.filter((a) => a.section === 'snapshots:vols') }, { dryRun: false, concurrency: 4 });
    const failed = results.find((r) => r.status === 'failed');
    expect(failed && failed.status === 'failed' && failed.error).toBe(
      'ec2 CreateSnapshot for vol-0a1b2c3d4e5f60006 (account default, region us-east-1) failed: InvalidParameterValue: Value is not valid.',
    );
  });
});
