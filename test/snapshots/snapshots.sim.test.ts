/**
 * Snapshot policies end to end through the real SDK clients against the simulated account
 * (sample-snapshots.yaml: us-east-1 primary, us-west-2 DR): first run, idempotent re-run,
 * 40 simulated days of GFS retention on both sides, failures that stay contained, and the
 * per-destination copy limit.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts, type Config } from '../../src/config/schema.js';
import { applyPlan, type ActionResult } from '../../src/plan/apply.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY, type SnapshotPlanResult } from '../../src/snapshots/plan.js';
import { TAG } from '../../src/snapshots/tags.js';
import { settingsFromTags } from '../../src/restore/rds-settings.js';
import { ec2Handler } from '../sim/ec2.js';
import { ec2Region } from '../sim/ec2-state.js';
import { kmsHandler } from '../sim/kms.js';
import { rdsHandler } from '../sim/rds.js';
import { rdsRegion } from '../sim/rds-state.js';
import { startSim, type Sim, type SimOptions } from '../sim/server.js';

const FIXTURE = 'test/fixtures/sample-snapshots.yaml';
const ACCOUNT = '111111111111';
const DAY = 86_400_000;

const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};

/** The client-side budgets would pace these small tests; the simulator applies no limits here. */
const FAST_RATES = { ec2: 1000, rds: 1000, kms: 1000 };

let sim: Sim | undefined;
let clients: AwsClients | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  sim = undefined;
  clients = undefined;
  vi.unstubAllEnvs();
});

async function start(options: SimOptions = {}, maxAttempts = 3): Promise<Sim> {
  sim = await startSim({ fixtures: [FIXTURE], handlers: [ec2Handler, rdsHandler, kmsHandler], serviceOptions: FAST, ...options });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts, rateLimits: FAST_RATES });
  return sim;
}

function config(snapshots: string): Config {
  return parseConfig(`version: 1\nregions: [us-east-1]\nsnapshots:\n${snapshots.replace(/^/gm, '  ')}\n`, 'aws-backup.yml');
}

const FULL = `
wait-minutes: 1
policies:
  - name: daily-ebs
    resources: { type: ebs-volume, tags: { backup: daily } }
    retention: { daily: 7, weekly: 4, monthly: 12 }
    copies:
      - region: us-west-2
        kms-key: alias/backup-dr
        retention: { daily: 2, weekly: 3 }
  - name: web-servers
    resources: { type: ec2-instance, tags: { backup: instance }, exclude-boot-volume: true }
    retention: { daily: 3 }
  - name: databases
    resources: { type: rds-instance, tags: { backup: daily } }
    retention: { daily: 7, weekly: 4 }
    copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
  - name: clusters
    resources: { type: rds-cluster, tags: { backup: daily } }
    retention: { daily: 7 }
    copies: [{ region: us-west-2, kms-key: alias/backup-dr }]`;

async function run(cfg: Config, extra: Partial<Parameters<typeof planSnapshots>[0]> = {}): Promise<{ planned: SnapshotPlanResult; results: ActionResult[]; lines: string[] }> {
  const lines: string[] = [];
  const planned = await planSnapshots({
    config: cfg,
    accounts: resolveAccounts(cfg),
    clientsFor: () => clients!,
    now: new Date(sim!.ctx.now()),
    log: (line) => lines.push(line),
    pollMs: 10,
    limitDelayMs: 20,
    ...extra,
  });
  const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY, log: (line) => lines.push(line) });
  return { planned, results, lines };
}

const summary = (r: SnapshotPlanResult) => r.plan.actions.map((a) => `${a.kind} ${a.target}`).sort();
const tagsOf = (list: { Key?: string; Value?: string }[] | undefined) => Object.fromEntries((list ?? []).map((t) => [t.Key, t.Value]));

function ebsSnapshotsOf(region: string, source: string, policy: string) {
  return [...ec2Region(sim!.ctx, ACCOUNT, region).snapshots.values()]
    .map((s) => s.snapshot)
    .filter((s) => tagsOf(s.Tags)[TAG.source] === source && tagsOf(s.Tags)[TAG.policy] === policy);
}

describe('snapshot policies against the simulated account', () => {
  it('first run snapshots every selected resource and copies to the DR region; a second run changes nothing', async () => {
    await start();
    const cfg = config(FULL);
    const first = await run(cfg);
    expect(first.planned.plan.errors).toEqual([]);
    expect(summary(first.planned)).toEqual([
      'copy us-east-1/inventory → us-west-2',
      'copy us-east-1/orders-db → us-west-2',
      'copy us-east-1/vol-0a1b2c3d4e5f60002 → us-west-2',
      'copy us-east-1/vol-0a1b2c3d4e5f60005 → us-west-2',
      'snapshot DB cluster us-east-1/inventory',
      'snapshot DB instance us-east-1/orders-db',
      'snapshot EBS volume us-east-1/vol-0a1b2c3d4e5f60002',
      'snapshot EBS volume us-east-1/vol-0a1b2c3d4e5f60005',
      'snapshot EC2 instance us-east-1/i-0a1b2c3d4e5f60001 (2 volumes)',
    ]);
    expect(first.results.filter((r) => r.status !== 'applied')).toEqual([]);
    expect(first.lines.some((l) => l.startsWith('applied: [snapshots:daily-ebs] copy') && l.includes('completed'))).toBe(true);

    // Tool tags and the volume's own tags on the source snapshot; CopySnapshot got them explicitly.
    const [source] = ebsSnapshotsOf('us-east-1', 'vol-0a1b2c3d4e5f60002', 'daily-ebs');
    expect(tagsOf(source!.Tags)).toMatchObject({ [TAG.createdBy]: 'aws-backup-gitops', [TAG.tier]: 'yearly', [TAG.sourceRegion]: 'us-east-1', team: 'web', Name: 'web-1-data' });
    const [copy] = ebsSnapshotsOf('us-west-2', 'vol-0a1b2c3d4e5f60002', 'daily-ebs');
    expect(copy).toMatchObject({ State: 'completed', Encrypted: true, KmsKeyId: `arn:aws:kms:us-west-2:${ACCOUNT}:key/2b2b2b2b-2222-4222-8222-222222222222` });
    expect(tagsOf(copy!.Tags)).toMatchObject({ [TAG.sourceSnapshot]: source!.SnapshotId, team: 'web', [TAG.takenAt]: source!.StartTime!.toISOString() });
    // The instance set skips the boot volume; the old hand-tagged snapshot (no created-by) is untouched.
    expect(ebsSnapshotsOf('us-east-1', 'i-0a1b2c3d4e5f60001', 'web-servers').map((s) => s.VolumeId).sort()).toEqual(['vol-0a1b2c3d4e5f60002', 'vol-0a1b2c3d4e5f60003']);
    expect(ec2Region(sim!.ctx, ACCOUNT, 'us-east-1').snapshots.has('snap-0a1b2c3d4e5f6a002')).toBe(true);
    // RDS copies made in the destination from the source ARN, encrypted with the DR key.
    const dbCopy = [...rdsRegion(sim!.ctx, ACCOUNT, 'us-west-2').snapshots.values()].map((s) => s.snapshot).find((s) => s.DBInstanceIdentifier === 'orders-db');
    expect(dbCopy).toMatchObject({ Status: 'available', SourceRegion: 'us-east-1' });
    expect(dbCopy!.KmsKeyId).toContain('2b2b2b2b-2222');
    // What a restore needs is captured on the source snapshot, for when the database is gone.
    const dbSource = [...rdsRegion(sim!.ctx, ACCOUNT, 'us-east-1').snapshots.values()]
      .map((s) => s.snapshot)
      .find((s) => s.DBInstanceIdentifier === 'orders-db' && tagsOf(s.TagList)[TAG.createdBy]);
    const settings = settingsFromTags(tagsOf(dbSource!.TagList) as Record<string, string>, 'us-east-1', 'us-east-1');
    expect(settings.subnetGroup).toBeTruthy();
    expect(settings.securityGroups?.length).toBeGreaterThan(0);
    expect(settings.instanceClass).toMatch(/^db\./);

    // Coverage: the untagged volume is unprotected, the legacy DB has no automated backups.
    const coverage = Object.fromEntries(first.planned.coverage.map((r) => [r.id, r.status]));
    expect(coverage['vol-0a1b2c3d4e5f60007']).toBe('unprotected');
    expect(coverage['vol-0a1b2c3d4e5f60001']).toBe('excluded');
    const warnings = first.planned.plan.warnings.map((w) => `${w.item}: ${w.message}`);
    expect(warnings.some((w) => w.startsWith('DB instance legacy-db') && w.includes('backup retention 0 days'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('EBS volume vol-0a1b2c3d4e5f60002') && w.includes('snapshotted twice'))).toBe(true);
    expect(first.planned.coverageMarkdown).toContain('| default | us-east-1 | EBS volume | 7 |');

    const second = await run(cfg);
    expect(second.planned.plan.actions).toEqual([]);
    expect(second.planned.plan.errors).toEqual([]);
  });

  it('after 40 simulated days of daily runs exactly the GFS set is left on both sides', async () => {
    await start({ clock: { start: '2026-01-01T00:00:00Z' } });
    const cfg = config(FULL.split('  - name: web-servers')[0]!); // the EBS policy alone keeps this test fast
    for (let day = 0; day <= 40; day += 1) {
      if (day > 0) sim!.advance(DAY);
      const { results, planned } = await run(cfg);
      expect(planned.plan.errors).toEqual([]);
      expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
    }
    const dates = (region: string) =>
      ebsSnapshotsOf(region, 'vol-0a1b2c3d4e5f60002', 'daily-ebs')
        .map((s) => (tagsOf(s.Tags)[TAG.takenAt] ?? s.StartTime!.toISOString()).slice(0, 10))
        .sort();
    // 7 daily (Feb 4–10), 4 weekly (newest of ISO weeks 4–7: Jan 25, Feb 1, Feb 8, Feb 10), 12 monthly (Jan 31, Feb 10).
    expect(dates('us-east-1')).toEqual(['2026-01-25', '2026-01-31', '2026-02-01', '2026-02-04', '2026-02-05', '2026-02-06', '2026-02-07', '2026-02-08', '2026-02-09', '2026-02-10']);
    // DR: 2 daily (Feb 9, 10) and 3 weekly (Feb 1, Feb 8, Feb 10).
    expect(dates('us-west-2')).toEqual(['2026-02-01', '2026-02-08', '2026-02-09', '2026-02-10']);
  }, 60_000);

  it('a bad KMS key, a throttled volume and a volume deleted mid-run do not stop the others, and are named', async () => {
    await start({}, 2);
    const cfg = config(`
wait-minutes: 1
policies:
  - name: daily-ebs
    resources: { type: ebs-volume, tags: { backup: daily } }
    retention: { daily: 7 }
    copies: [{ region: us-west-2, kms-key: alias/backup-dr-old }]
  - name: weekly-ebs
    resources: { type: ebs-volume, tags: { backup: weekly } }
    retention: { weekly: 4 }
  - name: web-servers
    resources: { type: ec2-instance, tags: { Name: web-2 } }
    retention: { daily: 3 }
  - name: databases
    resources: { type: rds-instance, tags: { backup: daily } }
    retention: { daily: 7 }
    copies: [{ region: us-west-2, kms-key: alias/backup-dr }]`);
    sim!.addFault({ service: 'ec2', operation: 'CreateSnapshot', match: (req) => req.body.toString().includes('vol-0a1b2c3d4e5f60005'), kind: { code: 'RequestLimitExceeded', status: 503, message: 'Request limit exceeded.' }, times: Infinity });
    const lines: string[] = [];
    const planned = await planSnapshots({ config: cfg, accounts: resolveAccounts(cfg), clientsFor: () => clients!, now: new Date(sim!.ctx.now()), log: (l) => lines.push(l), pollMs: 10, limitDelayMs: 20 });
    expect(planned.plan.errors).toEqual([
      {
        section: 'snapshots:daily-ebs',
        item: 'copies to us-west-2',
        message: expect.stringMatching(/^KMS key alias\/backup-dr-old in us-west-2 is Disabled; .*copies\[0\]\.kms-key\); no copies to us-west-2 are made for this policy until it is fixed$/),
      },
    ]);
    expect(planned.plan.actions.filter((a) => a.kind === 'copy').map((a) => a.target)).toEqual(['us-east-1/orders-db → us-west-2']);
    // Deleted between plan and apply.
    ec2Region(sim!.ctx, ACCOUNT, 'us-east-1').volumes.delete('vol-0a1b2c3d4e5f60006');
    const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY });
    const byTarget = Object.fromEntries(planned.plan.actions.map((a, i) => [`${a.kind} ${a.target}`, results[i]!]));
    expect(byTarget['snapshot EBS volume us-east-1/vol-0a1b2c3d4e5f60005']).toMatchObject({ status: 'failed', error: expect.stringContaining('RequestLimitExceeded') });
    // Deleted is not a backup failure: skipped with a warning (test/snapshots/resource-gone.sim.test.ts).
    expect(byTarget['snapshot EBS volume us-east-1/vol-0a1b2c3d4e5f60006']).toMatchObject({ status: 'skipped', skipped: 'resource-gone', error: expect.stringContaining('InvalidVolume.NotFound') });
    expect(byTarget['snapshot EBS volume us-east-1/vol-0a1b2c3d4e5f60002']!.status).toBe('applied');
    expect(byTarget['snapshot EC2 instance us-east-1/i-0a1b2c3d4e5f60002 (2 volumes)']!.status).toBe('applied');
    expect(byTarget['snapshot DB instance us-east-1/orders-db']!.status).toBe('applied');
    expect(byTarget['copy us-east-1/orders-db → us-west-2']!.status).toBe('applied');
  });

  it('never has more copies in progress into a region than the limit, and queues the rest', async () => {
    const volumes = Array.from({ length: 9 }, (_, i) => ({ VolumeId: `vol-${String(i).padStart(17, '0')}`, Size: 1, AvailabilityZone: 'us-east-1a', Tags: [{ Key: 'backup', Value: 'daily' }] }));
    await start({
      fixtures: [{ accounts: [{ id: ACCOUNT, regions: { 'us-east-1': { ec2: { volumes } }, 'us-west-2': {} } }] }],
      serviceOptions: { ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 20, concurrentCopyLimit: 3 } },
    });
    const cfg = config(`
policies:
  - name: daily-ebs
    resources: { type: ebs-volume, tags: { backup: daily } }
    retention: { daily: 7 }
    copies: [{ region: us-west-2 }]`);
    const { results, planned } = await run(cfg, { copyLimits: { ebs: 3 } });
    expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
    const stats = ec2Region(sim!.ctx, ACCOUNT, 'us-west-2').copies;
    expect(stats).toMatchObject({ started: 9, refused: 0 });
    expect(stats.peak).toBe(3);
    expect(planned.runtime.peakCopies()).toEqual({ 'default|us-west-2|ebs': 3 });
  });
});
