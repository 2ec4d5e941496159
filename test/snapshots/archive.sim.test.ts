/**
 * The archive tier through the real SDK clients against the simulator: a snapshot kept only
 * as a monthly and old enough is archived once (ModifySnapshotTier). While AWS archives it the
 * snapshot still reads `StorageTier: standard` (DescribeSnapshots), so a run in that window
 * must learn from DescribeSnapshotTierStatus that it is `archival-in-progress` and leave it be:
 * a second ModifySnapshotTier is refused with IncorrectState.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateSnapshotCommand, EC2Client } from '@aws-sdk/client-ec2';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../../src/snapshots/plan.js';
import { tagList, toolTags } from '../../src/snapshots/tags.js';
import { ec2Handler } from '../sim/ec2.js';
import { ec2Region } from '../sim/ec2-state.js';
import { kmsHandler } from '../sim/kms.js';
import { rdsHandler } from '../sim/rds.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const VOLUME = 'vol-0a1b2c3d4e5f60002';
const DAY = 86_400_000;
const FAST = { ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 } };

const CONFIG = parseConfig(
  `version: 1
regions: [us-east-1]
export: { route53: { enabled: false }, load-balancers: { enabled: false } }
snapshots:
  wait-minutes: 1
  policies:
    - name: monthly-ebs
      resources: { type: ebs-volume, ids: [${VOLUME}] }
      retention: { daily: 1, monthly: 12 }
      archive-after-days: 30
`,
  'aws-backup.yml',
);

let sim: Sim | undefined;
let clients: AwsClients | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  sim = undefined;
  vi.unstubAllEnvs();
});

async function run() {
  const planned = await planSnapshots({
    config: CONFIG,
    accounts: resolveAccounts(CONFIG),
    clientsFor: () => clients!,
    now: new Date(sim!.ctx.now()),
    log: () => undefined,
    pollMs: 10,
    limitDelayMs: 20,
  });
  const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY, log: () => undefined });
  return { plan: planned.plan, results };
}

const archives = (plan: { actions: { kind: string; details?: Record<string, unknown> }[] }) =>
  plan.actions.filter((a) => a.kind === 'archive').map((a) => a.details!.snapshot as string).sort();

describe('archiving EBS snapshots', () => {
  it('archives each monthly-only snapshot once; a run while the archive is under way does not archive it again', async () => {
    sim = await startSim({ fixtures: ['test/fixtures/sample-snapshots.yaml'], handlers: [ec2Handler, rdsHandler, kmsHandler], serviceOptions: FAST, clock: { start: Date.UTC(2026, 0, 5, 3) } });
    vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
    clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts: 1, rateLimits: { ec2: 1000, rds: 1000, kms: 1000 } });

    // Snapshots the tool took on 5 January, 14 February and 16 March; now it is 15 April.
    const ec2 = new EC2Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(ACCOUNT) });
    const seeded: string[] = [];
    for (const gap of [0, 40, 30]) {
      sim.advance(gap * DAY);
      const tags = tagList(toolTags({ policy: 'monthly-ebs', tier: 'monthly', source: VOLUME, sourceRegion: 'us-east-1' }));
      seeded.push((await ec2.send(new CreateSnapshotCommand({ VolumeId: VOLUME, TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] }))).SnapshotId!);
    }
    ec2.destroy();
    sim.advance(30 * DAY);

    const first = await run();
    expect(first.plan.errors).toEqual([]);
    expect(archives(first.plan)).toEqual([...seeded].sort());
    expect(first.results.filter((r) => r.status !== 'applied')).toEqual([]);

    // An hour later AWS is still archiving them (a day in the simulator): nothing to archive.
    sim.advance(3_600_000);
    const standard = seeded.map((id) => ec2Region(sim!.ctx, ACCOUNT, 'us-east-1').snapshots.get(id)!.snapshot.StorageTier);
    expect(standard).toEqual(['standard', 'standard', 'standard']);
    const second = await run();
    expect(archives(second.plan)).toEqual([]);
    expect(second.results.filter((r) => r.status === 'failed')).toEqual([]);
    const tierCalls = sim.ctx.log.filter((l) => l.operation === 'ModifySnapshotTier');
    expect(tierCalls).toHaveLength(3);
    expect(sim.ctx.log.some((l) => l.operation === 'DescribeSnapshotTierStatus')).toBe(true);

    // Once archived (the next day) they are in the archive tier, and still not archived again.
    sim.advance(DAY);
    const third = await run();
    expect(archives(third.plan)).toEqual([]);
    expect(seeded.map((id) => ec2Region(sim!.ctx, ACCOUNT, 'us-east-1').snapshots.get(id)!.snapshot.StorageTier)).toEqual(['archive', 'archive', 'archive']);
    expect(sim.ctx.log.filter((l) => l.operation === 'ModifySnapshotTier')).toHaveLength(3);
  });
});
