/**
 * Restore drills against the simulated account through the real SDK clients: every protected
 * resource is restored to a scratch resource, checked, timed and deleted; nothing is left
 * behind (checked with describe calls afterwards), also when a check fails; leftovers of an
 * earlier drill are swept; Route 53 zones are compared with the committed export.
 *
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CreateSnapshotCommand, CreateVolumeCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { CreateDBClusterSnapshotCommand, CreateDBSnapshotCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { ChangeResourceRecordSetsCommand, ListHostedZonesCommand } from '@aws-sdk/client-route-53';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts, type Config } from '../../src/config/schema.js';
import { exportRoute53 } from '../../src/export/route53.js';
import { applyPlan } from '../../src/plan/apply.js';
import { renderMarkdown, renderText } from '../../src/report/render.js';
import { buildReport } from '../../src/report/report.js';
import { planDrill, scratchName } from '../../src/restore/drill.js';
import { RESTORE_TAG } from '../../src/restore/snapshot-source.js';
import { tagList, toolTags } from '../../src/snapshots/tags.js';
import { ec2Region } from '../sim/ec2-state.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const VOLUME = 'vol-0a1b2c3d4e5f60002';
const MINUTE = 60_000;


let sim: Sim | undefined;
let clients: AwsClients | undefined;
let repo: string | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  if (repo) await rm(repo, { recursive: true, force: true });
  sim = undefined;
  clients = undefined;
  repo = undefined;
  vi.unstubAllEnvs();
});

function config(policies: string): Config {
  return parseConfig(`version: 1\nregions: [us-east-1]\ndr-region: us-west-2\nsnapshots:\n  policies:\n${policies.replace(/^/gm, '    ')}\n`, 'aws-backup.yml');
}

const ALL = `- name: daily-ebs
  resources: { type: ebs-volume, ids: [${VOLUME}] }
  retention: { daily: 7 }
- name: databases
  resources: { type: rds-instance, ids: [orders-db] }
  retention: { daily: 7 }
- name: clusters
  resources: { type: rds-cluster, ids: [inventory] }
  retention: { daily: 7 }`;

async function setup(rdsCreateMs = 20): Promise<Sim> {
  sim = await startSim({
    fixtures: ['test/fixtures/sample-snapshots.yaml', 'test/fixtures/sample-route53.yaml'],
    serviceOptions: {
      ec2: { snapshotBaseMs: 1000, snapshotMsPerGiB: 0, volumeCreateMs: 20 },
      rds: { createMs: rdsCreateMs, deleteMs: 20, snapshotBaseMs: 1000, snapshotMsPerGiB: 0 },
    },
  });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts: 2, rateLimits: { ec2: 1000, rds: 1000, route53: 1000 } });
  const tags = (policy: string, source: string) => tagList({ ...toolTags({ policy, tier: 'daily', source, sourceRegion: 'us-east-1' }), backup: 'daily' });
  await clients.ec2('us-east-1').send(new CreateSnapshotCommand({ VolumeId: VOLUME, TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags('daily-ebs', VOLUME) }] }));
  const rds = clients.rds('us-east-1');
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-db-databases-20260101-0000', Tags: tags('databases', 'orders-db') }));
  await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inventory-clusters-20260101-0000', Tags: tags('clusters', 'inventory') }));
  sim.advance(10 * MINUTE);
  return sim;
}

/** Commits the current Route 53 export into a temporary repository. */
async function commitExport(): Promise<string> {
  repo = await mkdtemp(join(tmpdir(), 'drill-'));
  const result = await exportRoute53(clients!.route53(), { healthChecks: true });
  for (const file of result.files) {
    const path = join(repo, 'exports', 'default', file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  return repo;
}

async function drill(cfg: Config, now: Date, timing = { pollMs: 5, progressEveryMs: 60_000, budgetMs: 5_000 }) {
  const lines: string[] = [];
  const plan = await planDrill({ config: cfg, accounts: resolveAccounts(cfg), clientsFor: () => clients!, repoRoot: repo ?? (await commitExport()), now, log: (l) => lines.push(l), timing });
  const results = await applyPlan(plan, { dryRun: false, concurrency: 8 });
  return { plan, results, lines };
}

/** What is left of drills, read with describe calls. */
async function leftovers(): Promise<string[]> {
  const volumes = (await clients!.ec2('us-east-1').send(new DescribeVolumesCommand({ Filters: [{ Name: `tag:${RESTORE_TAG.drill}`, Values: ['true'] }] }))).Volumes ?? [];
  const instances = (await clients!.rds('us-east-1').send(new DescribeDBInstancesCommand({}))).DBInstances ?? [];
  const clusters = (await clients!.rds('us-east-1').send(new DescribeDBClustersCommand({}))).DBClusters ?? [];
  return [
    ...volumes.map((v) => v.VolumeId!),
    ...instances.map((i) => i.DBInstanceIdentifier!).filter((id) => id.startsWith('drill-')),
    ...clusters.map((c) => c.DBClusterIdentifier!).filter((id) => id.startsWith('drill-')),
  ];
}

describe('restore drills', () => {
  it('restores every protected resource, reports its recovery time and leaves nothing behind', async () => {
    const s = await setup();
    const now = new Date(s.ctx.now());
    const { plan, results } = await drill(config(ALL), now);
    expect(plan.errors).toEqual([]);
    const stamp = now.toISOString().slice(0, 10).replace(/-/g, '');
    expect(plan.actions.map((a) => a.target)).toEqual([
      'Route 53 zones = exports/default/route53/zones/',
      `EBS volume ${VOLUME} (us-east-1) → drill-${VOLUME}-${stamp}`,
      `DB cluster inventory (us-east-1) → drill-inventory-${stamp}`,
      `DB instance orders-db (us-east-1) → drill-orders-db-${stamp}`,
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    for (const action of plan.actions.slice(1)) {
      expect(action.details?.rtoSeconds).toEqual(expect.any(Number));
      expect(action.details?.rtoSeconds as number).toBeGreaterThanOrEqual(0);
    }
    for (const result of results.slice(1)) expect(result).toMatchObject({ note: expect.stringMatching(/^recovery time \d+ (ms|s); scratch deleted$/) });

    // The scratch resources really existed, carried the drill tag, and are gone.
    const created = s.ctx.log.filter((l) => ['CreateVolume', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBClusterFromSnapshot', 'CreateDBInstance'].includes(l.operation));
    expect(created.map((c) => c.operation).sort()).toEqual(['CreateDBInstance', 'CreateDBInstance', 'CreateVolume', 'RestoreDBClusterFromSnapshot', 'RestoreDBInstanceFromDBSnapshot']);
    for (const call of created) {
      const p = call.params as { TagSpecifications?: { Tags: { Key: string; Value: string }[] }[]; Tags?: { Key: string; Value: string }[] };
      const tags = p.Tags ?? p.TagSpecifications?.[0]?.Tags ?? [];
      expect(tags).toContainEqual({ Key: RESTORE_TAG.drill, Value: 'true' });
      // Source tags such as backup=daily are left off, so no snapshot policy picks the scratch up.
      expect(tags.find((t) => t.Key === 'backup')).toBeUndefined();
    }
    expect(await leftovers()).toEqual([]);
    // The sources are untouched.
    expect(ec2Region(s.ctx, ACCOUNT, 'us-east-1').volumes.has(VOLUME)).toBe(true);
  });

  it('deletes the scratch database even when its check fails, and fails the drill', async () => {
    // Databases take 10 simulated minutes to become available, far beyond the budget.
    const s = await setup(10 * MINUTE);
    const cfg = config(`- name: databases\n  resources: { type: rds-instance, ids: [orders-db] }\n  retention: { daily: 7 }`);
    const { plan, results } = await drill(cfg, new Date(s.ctx.now()), { pollMs: 5, progressEveryMs: 60_000, budgetMs: 150 });
    const drillResult = results[plan.actions.findIndex((a) => a.target.startsWith('DB instance'))]!;
    expect(drillResult).toMatchObject({ status: 'failed', error: expect.stringMatching(/scratch DB instance drill-orders-db-\d{8} was not available within the wait budget .*; the scratch resource was deleted$/) });
    expect(plan.actions.find((a) => a.target.startsWith('DB instance'))!.details?.rtoSeconds).toBeUndefined();
    expect(s.ctx.log.filter((l) => l.operation === 'DeleteDBInstance')).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it('sweeps scratch volumes left by an earlier drill, and never deletes an untagged volume', async () => {
    const s = await setup();
    const ec2 = clients!.ec2('us-east-1');
    const left = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1c', Size: 1, TagSpecifications: [{ ResourceType: 'volume', Tags: tagList({ [RESTORE_TAG.drill]: 'true' }) }] }));
    const unrelated = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1c', Size: 1, TagSpecifications: [{ ResourceType: 'volume', Tags: tagList({ Name: 'drill-lookalike' }) }] }));
    s.advance(MINUTE);
    const cfg = config(`- name: daily-ebs\n  resources: { type: ebs-volume, ids: [${VOLUME}] }\n  retention: { daily: 7 }`);
    const { plan, results } = await drill(cfg, new Date(s.ctx.now()));
    const sweep = plan.actions.find((a) => a.kind === 'delete');
    expect(sweep).toMatchObject({ target: `EBS volume ${left.VolumeId} (us-east-1)`, reason: expect.stringContaining('left by an earlier restore drill') });
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    expect(await leftovers()).toEqual([]);
    const volumes = ec2Region(s.ctx, ACCOUNT, 'us-east-1').volumes;
    expect(volumes.has(left.VolumeId!)).toBe(false);
    expect(volumes.has(unrelated.VolumeId!)).toBe(true);
  });

  it('drills a volume once when both a volume policy and an instance policy select it', async () => {
    const s = await setup();
    // vol-…0002 is attached to i-…0001: the instance policy selects it again (with the instance's other volumes).
    const cfg = config(`- name: daily-ebs\n  resources: { type: ebs-volume, ids: [${VOLUME}] }\n  retention: { daily: 7 }\n- name: web\n  resources: { type: ec2-instance, ids: [i-0a1b2c3d4e5f60001] }\n  retention: { daily: 7 }`);
    const { plan, results } = await drill(cfg, new Date(s.ctx.now()));
    const volumeDrills = plan.actions.filter((a) => a.target.startsWith(`EBS volume ${VOLUME} `));
    expect(volumeDrills).toHaveLength(1);
    // The other volumes of the instance have no snapshot yet: plan errors, not a crash.
    expect(plan.errors.filter((e) => e.item.includes(VOLUME))).toEqual([]);
    expect(plan.errors.map((e) => e.item).sort()).toEqual(['EBS volume vol-0a1b2c3d4e5f60001 (us-east-1)', 'EBS volume vol-0a1b2c3d4e5f60003 (us-east-1)']);
    expect(volumeDrills[0]!.details).toMatchObject({ policy: 'daily-ebs, web' });
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    expect(s.ctx.log.filter((l) => l.operation === 'CreateVolume')).toHaveLength(1);
    expect(await leftovers()).toEqual([]);
  });

  it('reports a resource without a backup as a plan error and drills the others', async () => {
    const s = await setup();
    const cfg = config(`- name: daily-ebs\n  resources: { type: ebs-volume, ids: [${VOLUME}, vol-0a1b2c3d4e5f60006] }\n  retention: { daily: 7 }`);
    const { plan } = await drill(cfg, new Date(s.ctx.now()));
    expect(plan.errors).toEqual([
      { section: 'drill', item: 'EBS volume vol-0a1b2c3d4e5f60006 (us-east-1)', message: 'no completed snapshot made by aws-backup-gitops (policy daily-ebs) to drill with; the next snapshot run makes one' },
    ]);
    expect(plan.actions.filter((a) => a.target.startsWith('EBS volume'))).toHaveLength(1);
  });

  it('fails the Route 53 drill when a live zone differs from the committed export', async () => {
    const s = await setup();
    await commitExport();
    const r53 = clients!.route53();
    const zone = (await r53.send(new ListHostedZonesCommand({}))).HostedZones!.find((z) => z.Name === 'example.com.' && !z.Config?.PrivateZone)!;
    await r53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zone.Id,
        ChangeBatch: { Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: 'stray.example.com.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.99' }] } }] },
      }),
    );
    const { plan, results } = await drill(config(`- name: daily-ebs\n  resources: { type: ebs-volume, ids: [${VOLUME}] }\n  retention: { daily: 7 }`), new Date(s.ctx.now()));
    const route53 = results[plan.actions.findIndex((a) => a.target.startsWith('Route 53'))]!;
    expect(route53).toMatchObject({ status: 'failed', error: expect.stringMatching(/^1 difference: route53\/zones\/example\.com\.yaml differs from the export — run the export/) });
  });

  it('says what a passing Route 53 check checked, and the headline counts checks passed, not changes applied', async () => {
    const s = await setup();
    const committed = await exportRoute53(clients!.route53(), { healthChecks: true });
    const zones = committed.files.filter((f) => f.kind === 'route53-zone');
    const records = zones.reduce((n, f) => n + f.items!, 0);
    const checks = committed.files.find((f) => f.kind === 'route53-health-checks')!.items!;
    const cfg = config(`- name: daily-ebs\n  resources: { type: ebs-volume, ids: [${VOLUME}] }\n  retention: { daily: 7 }`);
    const { plan, results } = await drill(cfg, new Date(s.ctx.now()));
    const route53 = results[plan.actions.findIndex((a) => a.target.startsWith('Route 53'))]!;
    expect(zones.length).toBeGreaterThan(1);
    expect(route53).toEqual({
      id: expect.any(String),
      status: 'applied',
      note: `${zones.length} live zones match their committed files byte for byte (${records} record sets); so do the health checks (${checks})`,
    });
    const report = buildReport({ command: 'drill', dryRun: false, startedAt: new Date(0), finishedAt: new Date(1000), plan, results });
    expect(renderText(report).split('\n')[0]).toBe('aws-backup-gitops: drill — 2 checks passed');
    const dry = buildReport({ command: 'drill', dryRun: true, startedAt: new Date(0), finishedAt: new Date(1000), plan, results: await applyPlan(plan, { dryRun: true, concurrency: 1 }) });
    expect(renderMarkdown(dry).split('\n')[0]).toBe('## aws-backup-gitops: drill (dry run) — 📝 2 checks planned');
  });

  it('names scratch resources drill-<source>-<yyyymmdd> within RDS limits', () => {
    const now = new Date('2026-03-04T05:06:07Z');
    expect(scratchName('orders-db', now)).toBe('drill-orders-db-20260304');
    const long = scratchName('a'.repeat(80), now);
    expect(long).toHaveLength(63);
    expect(long.endsWith('-20260304')).toBe(true);
  });
});
