/**
 * RDS restores end to end through the real RDS client against the simulated account
 * (sample-snapshots.yaml): a DB instance from the tool's snapshot and from its DR copy, to a
 * point in time, an Aurora cluster with its members in both regions, and every
 * unsatisfiable input refused before any change.
 */
import {
  CopyDBClusterSnapshotCommand,
  CopyDBSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
} from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { createRdsClusterRestorePlanner, createRdsInstanceRestorePlanner, parsePointInTime } from '../../src/restore/rds.js';
import { layerSettings, settingsFromTags, settingsTags } from '../../src/restore/rds-settings.js';
import { RESTORE_TAG } from '../../src/restore/snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from '../../src/restore/types.js';
import { TAG, tagList, tagRecord, toolTags } from '../../src/snapshots/tags.js';
import { ec2Handler } from '../sim/ec2.js';
import { kmsHandler } from '../sim/kms.js';
import { rdsHandler } from '../sim/rds.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const MINUTE = 60_000;
const TIMING = { pollMs: 5, progressEveryMs: 60_000, budgetMs: 10_000 };
const planInstance = createRdsInstanceRestorePlanner(TIMING);
const planCluster = createRdsClusterRestorePlanner(TIMING);

const CONFIG = parseConfig(
  `version: 1
regions: [us-east-1]
dr-region: us-west-2
snapshots:
  policies:
    - name: databases
      resources: { type: rds-instance, ids: [orders-db] }
      retention: { daily: 7 }
      copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
    - name: clusters
      resources: { type: rds-cluster, ids: [inventory] }
      retention: { daily: 7 }
      copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
`,
  'aws-backup.yml',
);

let sim: Sim | undefined;
let clients: AwsClients | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  sim = undefined;
  clients = undefined;
  vi.unstubAllEnvs();
});

interface Setup {
  sim: Sim;
  ctx: RestoreContext;
}

async function setup(): Promise<Setup> {
  sim = await startSim({
    fixtures: ['test/fixtures/sample-snapshots.yaml'],
    handlers: [ec2Handler, rdsHandler, kmsHandler],
    serviceOptions: { rds: { createMs: 20, deleteMs: 20, snapshotBaseMs: 1000, snapshotMsPerGiB: 0, copyDurationFactor: 1 } },
  });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts: 2, rateLimits: { ec2: 1000, rds: 1000 } });
  const east = clients.rds('us-east-1');
  const west = clients.rds('us-west-2');
  const dbTags = { ...toolTags({ policy: 'databases', tier: 'daily', source: 'orders-db', sourceRegion: 'us-east-1' }), team: 'orders' };
  const db = await east.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-db-databases-20260101-0000', Tags: tagList(dbTags) }));
  const clusterTags = { ...toolTags({ policy: 'clusters', tier: 'daily', source: 'inventory', sourceRegion: 'us-east-1' }), team: 'inventory' };
  const cluster = await east.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inventory-clusters-20260101-0000', Tags: tagList(clusterTags) }));
  sim.advance(10 * MINUTE);
  await west.send(new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: db.DBSnapshot!.DBSnapshotArn, TargetDBSnapshotIdentifier: 'orders-db-databases-20260101-0000', KmsKeyId: 'alias/backup-dr', Tags: tagList(dbTags) }));
  await west.send(new CopyDBClusterSnapshotCommand({ SourceDBClusterSnapshotIdentifier: cluster.DBClusterSnapshot!.DBClusterSnapshotArn, TargetDBClusterSnapshotIdentifier: 'inventory-clusters-20260101-0000', KmsKeyId: 'alias/backup-dr', Tags: tagList(clusterTags) }));
  sim.advance(10 * MINUTE);
  const ctx: RestoreContext = { config: CONFIG, account: resolveAccounts(CONFIG)[0]!, clients, repoRoot: '.', now: new Date(sim.ctx.now()), log: () => {} };
  return { sim, ctx };
}

const instanceRequest = (fields: Partial<RestoreRequest>): RestoreRequest => ({ kind: 'rds-instance', source: 'latest:orders-db', force: false, options: {}, ...fields });
const clusterRequest = (fields: Partial<RestoreRequest>): RestoreRequest => ({ kind: 'rds-cluster', source: 'latest:inventory', force: false, options: {}, ...fields });

const RESTORE_CALLS = ['RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime', 'RestoreDBClusterFromSnapshot', 'RestoreDBClusterToPointInTime', 'CreateDBInstance'];
const changingCalls = (s: Sim) => s.ctx.log.filter((l) => RESTORE_CALLS.includes(l.operation));

async function instance(ctx: RestoreContext, region: string, id: string) {
  return (await ctx.clients.rds(region).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances![0]!;
}

describe('RDS instance restore', () => {
  it('restores the latest snapshot in the source region with the source instance settings', async () => {
    const { ctx } = await setup();
    const plan = await planInstance(instanceRequest({ target: 'orders-restored' }), ctx);
    expect(plan.errors).toEqual([]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({ kind: 'restore', target: 'DB instance orders-restored (us-east-1)' });
    expect(plan.actions[0]!.details).toMatchObject({ region: 'us-east-1', snapshot: 'orders-db-databases-20260101-0000', subnetGroup: 'app-db', securityGroups: 'sg-0a1a1a1a1a1a1a1a1', parameterGroup: 'orders-pg16', instanceClass: 'db.r6g.large' });

    const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
    expect(results[0]).toMatchObject({ status: 'applied', note: expect.stringContaining('DB instance orders-restored available after') });
    const db = await instance(ctx, 'us-east-1', 'orders-restored');
    expect(db).toMatchObject({ DBInstanceStatus: 'available', DBInstanceClass: 'db.r6g.large', Engine: 'postgres', StorageEncrypted: true });
    expect(db.DBSubnetGroup?.DBSubnetGroupName).toBe('app-db');
    expect(db.VpcSecurityGroups?.map((g) => g.VpcSecurityGroupId)).toEqual(['sg-0a1a1a1a1a1a1a1a1']);
    expect(db.DBParameterGroups?.[0]?.DBParameterGroupName).toBe('orders-pg16');
    const tags = tagRecord(db.TagList);
    expect(tags).toMatchObject({ team: 'orders', [RESTORE_TAG.restoredFrom]: 'orders-db-databases-20260101-0000' });
    expect(tags[TAG.policy]).toBeUndefined();

    // Same request again: found by its token, nothing new.
    const again = await planInstance(instanceRequest({ target: 'orders-restored' }), ctx);
    expect(again.actions).toEqual([]);
    expect(again.warnings[0]?.message).toMatch(/already restored by the same request/);
  });

  it('restores the DR copy in us-west-2 with the DR settings from options, and refuses without them', async () => {
    const { ctx, sim: s } = await setup();
    const missing = await planInstance(instanceRequest({ region: 'us-west-2' }), ctx).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RestoreInputError);
    expect((missing as Error).message).toBe(
      'restoring DB instance orders-db from orders-db-databases-20260101-0000 in us-west-2 needs subnet-group, security-groups, which are missing ' +
        '(the source no longer exists there and the snapshot carries no captured settings); set options.subnet-group and options.security-groups to resources of us-west-2',
    );
    expect(changingCalls(s)).toEqual([]);

    const plan = await planInstance(instanceRequest({ region: 'us-west-2', options: { 'subnet-group': 'app-db-dr', 'security-groups': 'sg-0d3a3a3a3a3a3a3a3', 'instance-class': 'db.r6g.xlarge' } }), ctx);
    expect(plan.actions[0]!.details).toMatchObject({ region: 'us-west-2', settingsFrom: 'subnetGroup: options, securityGroups: options, instanceClass: options' });
    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^parameter-group not known: AWS uses the engine's default parameter group/)]);
    await applyPlan(plan, { dryRun: false, concurrency: 4 });
    const db = await instance(ctx, 'us-west-2', 'orders-db');
    expect(db).toMatchObject({ DBInstanceStatus: 'available', DBInstanceClass: 'db.r6g.xlarge' });
    expect(db.KmsKeyId).toContain(':us-west-2:');
    expect(db.DBSubnetGroup?.DBSubnetGroupName).toBe('app-db-dr');
    expect(changingCalls(s).map((c) => `${c.operation} ${c.region}`)).toEqual(['RestoreDBInstanceFromDBSnapshot us-west-2']);
  });

  it('restores to a point in time inside the restorable window, and to the latest restorable time', async () => {
    const { ctx, sim: s } = await setup();
    const at = new Date(s.ctx.now() - 2 * 86_400_000).toISOString();
    const plan = await planInstance(instanceRequest({ source: 'orders-db', pointInTime: at, target: 'orders-two-days-ago' }), ctx);
    expect(plan.actions[0]!.details).toMatchObject({ sourceInstance: 'orders-db', pointInTime: at });
    await applyPlan(plan, { dryRun: false, concurrency: 4 });
    const call = changingCalls(s)[0]!;
    expect(call.operation).toBe('RestoreDBInstanceToPointInTime');
    expect((call.params as { RestoreTime: Date }).RestoreTime.toISOString()).toBe(at);
    expect(await instance(ctx, 'us-east-1', 'orders-two-days-ago')).toMatchObject({ DBInstanceStatus: 'available', DBInstanceClass: 'db.r6g.large' });

    const latest = await planInstance(instanceRequest({ source: 'latest:orders-db', pointInTime: 'latest' }), ctx);
    expect(latest.actions[0]!.target).toMatch(/^DB instance orders-db-pitr-\d{8}-\d{4} \(us-east-1\)$/);
    await applyPlan(latest, { dryRun: false, concurrency: 4 });
    expect((changingCalls(s)[1]!.params as { UseLatestRestorableTime: boolean }).UseLatestRestorableTime).toBe(true);
  });

  describe('refuses unsatisfiable inputs before any change', () => {
    const cases: [string, (s: Setup) => Partial<RestoreRequest>, RegExp][] = [
      ['an unknown snapshot', () => ({ source: 'orders-db-nope' }), /^DB snapshot orders-db-nope was not found in us-east-1, us-west-2; check the name/],
      ['a snapshot ARN of another region', () => ({ source: 'arn:aws:rds:us-east-1:111111111111:snapshot:orders-db-databases-20260101-0000', region: 'us-west-2' }), /is in us-east-1 \(its ARN says so\) but the restore region is us-west-2/],
      ['a snapshot that is only in another region', () => ({ source: 'rds:nothing', region: 'us-west-2' }), /was not found in us-west-2/],
      ['a subnet group that does not exist', () => ({ target: 'x1', options: { 'subnet-group': 'no-such-group' } }), /DB subnet group "no-such-group" \(subnet-group, option\) does not exist in us-east-1/],
      ['security groups of another VPC', () => ({ region: 'us-west-2', options: { 'subnet-group': 'app-db-dr', 'security-groups': 'sg-0a1a1a1a1a1a1a1a1' } }), /security group sg-0a1a1a1a1a1a1a1a1 \(security-groups, option\) not found in us-west-2/],
      ['a target that exists', () => ({}), /^DB instance orders-db already exists in us-east-1; set target to a new name/],
      ['an invalid target name', () => ({ target: 'orders_restored' }), /target "orders_restored" is not a valid RDS identifier/],
      ['a point in time before the window', () => ({ source: 'orders-db', pointInTime: '2025-06-01T00:00:00Z' }), /pointInTime 2025-06-01T00:00:00.000Z is outside the restorable window of DB instance orders-db in us-east-1: 2025-12-2\d.* to 2026-01-01T/],
      ['a point in time in the future', (s) => ({ source: 'orders-db', pointInTime: new Date(s.sim.ctx.now() + 3600_000).toISOString() }), /is outside the restorable window/],
      ['a point in time without backups', () => ({ source: 'legacy-db', pointInTime: 'latest', target: 'legacy-restored' }), /legacy-db in us-east-1 has automated backups off \(backup retention 0 days\)/],
      ['a point in time that is not a date', () => ({ source: 'orders-db', pointInTime: 'yesterday' }), /pointInTime "yesterday" is not an ISO 8601 instant/],
      ['a point in time of an Aurora member', () => ({ source: 'inventory-1', pointInTime: 'latest' }), /member of DB cluster inventory; restore the cluster instead \(kind rds-cluster\)/],
    ];
    it.each(cases)('%s', async (_name, fields, message) => {
      const s = await setup();
      const error = await planInstance(instanceRequest(fields(s)), s.ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreInputError);
      expect((error as Error).message).toMatch(message);
      expect(changingCalls(s.sim)).toEqual([]);
    });
  });
});

describe('Aurora cluster restore', () => {
  async function cluster(ctx: RestoreContext, region: string, id: string) {
    const c = (await ctx.clients.rds(region).send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters![0]!;
    const members = (await ctx.clients.rds(region).send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: [id] }] }))).DBInstances!;
    return { cluster: c, members };
  }

  it('restores the cluster with as many members of the same classes as the source', async () => {
    const { ctx, sim: s } = await setup();
    const plan = await planCluster(clusterRequest({ target: 'inventory-restored' }), ctx);
    expect(plan.actions.map((a) => [a.kind, a.target])).toEqual([
      ['restore', 'DB cluster inventory-restored (us-east-1)'],
      ['create', 'DB instance inventory-restored-1 in cluster inventory-restored (us-east-1)'],
      ['create', 'DB instance inventory-restored-2 in cluster inventory-restored (us-east-1)'],
    ]);
    expect(plan.actions[1]!.dependsOn).toEqual([plan.actions[0]!.id]);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const { cluster: c, members } = await cluster(ctx, 'us-east-1', 'inventory-restored');
    expect(c).toMatchObject({ Status: 'available', Engine: 'aurora-postgresql', DBSubnetGroup: 'app-db' });
    expect(c.DBClusterMembers?.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([
      ['inventory-restored-1', true],
      ['inventory-restored-2', false],
    ]);
    expect(members.map((m) => m.DBInstanceClass)).toEqual(['db.r6g.large', 'db.r6g.large']);
    expect(tagRecord(c.TagList)).toMatchObject({ team: 'inventory', [RESTORE_TAG.restoredFrom]: 'inventory-clusters-20260101-0000' });
    expect(changingCalls(s).map((c2) => c2.operation)).toEqual(['RestoreDBClusterFromSnapshot', 'CreateDBInstance', 'CreateDBInstance']);
  });

  it('restores the DR copy in us-west-2 with members from the options', async () => {
    const { ctx } = await setup();
    const missing = await planCluster(clusterRequest({ region: 'us-west-2' }), ctx).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/needs subnet-group, security-groups, instance-class, which are missing/);
    const plan = await planCluster(
      clusterRequest({ region: 'us-west-2', options: { 'subnet-group': 'app-db-dr', 'security-groups': 'sg-0d3a3a3a3a3a3a3a3', 'instance-class': 'db.r6g.xlarge', instances: '3' } }),
      ctx,
    );
    expect(plan.actions.filter((a) => a.kind === 'create')).toHaveLength(3);
    await applyPlan(plan, { dryRun: false, concurrency: 4 });
    const { cluster: c, members } = await cluster(ctx, 'us-west-2', 'inventory');
    expect(c).toMatchObject({ Status: 'available', DBSubnetGroup: 'app-db-dr' });
    expect(c.KmsKeyId).toContain(':us-west-2:');
    expect(members.map((m) => [m.DBInstanceIdentifier, m.DBInstanceClass])).toEqual([
      ['inventory-1', 'db.r6g.xlarge'],
      ['inventory-2', 'db.r6g.xlarge'],
      ['inventory-3', 'db.r6g.xlarge'],
    ]);
  });

  it('restores the cluster to a point in time, then its members with the source classes once it is available', async () => {
    const { ctx, sim: s } = await setup();
    const at = new Date(s.ctx.now() - 3 * 86_400_000).toISOString();
    const plan = await planCluster(clusterRequest({ source: 'inventory', pointInTime: at, target: 'inventory-3d' }), ctx);
    expect(plan.actions.map((a) => [a.kind, a.target])).toEqual([
      ['restore', 'DB cluster inventory-3d (us-east-1)'],
      ['create', 'DB instance inventory-3d-1 in cluster inventory-3d (us-east-1)'],
      ['create', 'DB instance inventory-3d-2 in cluster inventory-3d (us-east-1)'],
    ]);
    expect(plan.actions[0]!.reason).toBe(`restore inventory to ${at}`);
    expect(plan.actions[0]!.details).toMatchObject({ sourceCluster: 'inventory', pointInTime: at, subnetGroup: 'app-db', memberClasses: 'db.r6g.large db.r6g.large' });
    const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const calls = changingCalls(s);
    expect(calls.map((c2) => c2.operation)).toEqual(['RestoreDBClusterToPointInTime', 'CreateDBInstance', 'CreateDBInstance']);
    const params = calls[0]!.params as { SourceDBClusterIdentifier: string; RestoreToTime: Date; VpcSecurityGroupIds: string[] };
    expect(params.SourceDBClusterIdentifier).toBe('inventory');
    expect(params.RestoreToTime.toISOString()).toBe(at);
    // The source's security groups are passed: AWS would otherwise use the VPC's default group.
    expect(params.VpcSecurityGroupIds).toEqual(['sg-0a1a1a1a1a1a1a1a1']);
    const { cluster: c, members } = await cluster(ctx, 'us-east-1', 'inventory-3d');
    expect(c).toMatchObject({ Status: 'available', Engine: 'aurora-postgresql', DBSubnetGroup: 'app-db' });
    expect(members.map((m) => [m.DBInstanceIdentifier, m.DBInstanceClass])).toEqual([
      ['inventory-3d-1', 'db.r6g.large'],
      ['inventory-3d-2', 'db.r6g.large'],
    ]);
    expect(tagRecord(c.TagList)).toMatchObject({ team: 'inventory', [RESTORE_TAG.restoredFrom]: `inventory@${at}` });

    const again = await planCluster(clusterRequest({ source: 'inventory', pointInTime: at, target: 'inventory-3d' }), ctx);
    expect(again.actions).toEqual([]);
    const latest = await planCluster(clusterRequest({ source: 'inventory', pointInTime: 'latest' }), ctx);
    expect(latest.actions[0]!.target).toMatch(/^DB cluster inventory-pitr-\d{8}-\d{4} \(us-east-1\)$/);
  });

  it.each([
    ['an existing target', {}, /^DB cluster inventory already exists in us-east-1/],
    ['an unknown cluster snapshot', { source: 'nope' }, /DB cluster snapshot nope was not found in us-east-1, us-west-2/],
    ['a bad member count', { options: { 'instance-class': 'db.r6g.large', instances: '0' } }, /option instances must be a whole number from 1 to 16/],
    ['a point in time before the window', { source: 'inventory', pointInTime: '2025-01-01T00:00:00Z' }, /pointInTime 2025-01-01T00:00:00.000Z is outside the restorable window of DB cluster inventory in us-east-1/],
    ['a point in time of an unknown cluster', { source: 'nope', pointInTime: 'latest' }, /DB cluster nope was not found in us-east-1, us-west-2/],
    [
      'a point in time in the DR region (AWS restores Aurora to a point in time only in its own region)',
      { source: 'inventory', pointInTime: 'latest', region: 'us-west-2', options: { 'subnet-group': 'app-db-dr', 'security-groups': 'sg-0d3a3a3a3a3a3a3a3', 'instance-class': 'db.r6g.large' } },
      /^DB cluster inventory is in us-east-1: AWS restores an Aurora cluster to a point in time only in its own region .* in us-west-2 restore the DR copy of its latest cluster snapshot \(source latest:inventory, region us-west-2, no pointInTime\)$/,
    ],
  ] as [string, Partial<RestoreRequest>, RegExp][])('refuses %s before any change', async (_name, fields, message) => {
    const s = await setup();
    const error = await planCluster(clusterRequest(fields), s.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreInputError);
    expect((error as Error).message).toMatch(message);
    expect(changingCalls(s.sim)).toEqual([]);
  });
});

describe('restore settings (pure)', () => {
  it('round-trips captured settings through snapshot tags; regional ones only count in their own region', () => {
    const tags = { ...settingsTags({ subnetGroup: 'app-db', securityGroups: ['sg-1', 'sg-2'], parameterGroup: 'pg', instanceClass: 'db.r6g.large', memberClasses: ['db.r6g.large', 'db.r6g.xlarge'] }), [TAG.sourceRegion]: 'us-east-1' };
    for (const value of Object.values(tags)) expect(value).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u);
    expect(settingsFromTags(tags, 'us-east-1', 'us-east-1')).toEqual({ subnetGroup: 'app-db', securityGroups: ['sg-1', 'sg-2'], parameterGroup: 'pg', instanceClass: 'db.r6g.large', memberClasses: ['db.r6g.large', 'db.r6g.xlarge'] });
    expect(settingsFromTags(tags, 'us-west-2', 'us-west-2')).toEqual({ instanceClass: 'db.r6g.large', memberClasses: ['db.r6g.large', 'db.r6g.xlarge'] });
  });

  it('takes each setting from the first layer that has it', () => {
    const resolved = layerSettings([
      { origin: 'options', settings: { subnetGroup: 'opt' } },
      { origin: 'snapshot tags', settings: { subnetGroup: 'tag', instanceClass: 'db.t3.small' } },
      { origin: 'source', settings: { securityGroups: ['sg-src'], instanceClass: 'db.r6g.large' } },
    ]);
    expect(resolved).toEqual({
      settings: { subnetGroup: 'opt', securityGroups: ['sg-src'], instanceClass: 'db.t3.small' },
      origins: { subnetGroup: 'options', securityGroups: 'source', instanceClass: 'snapshot tags' },
    });
  });

  it('reads pointInTime as latest or an ISO instant with a zone', () => {
    expect(parsePointInTime(' LATEST ')).toBe('latest');
    expect(parsePointInTime('2026-01-01T12:30:00+02:00')).toEqual(new Date('2026-01-01T10:30:00Z'));
    expect(() => parsePointInTime('2026-01-01 12:30')).toThrow(RestoreInputError);
    expect(() => parsePointInTime('2026-13-01T00:00:00Z')).toThrow(/not an ISO 8601 instant/);
  });
});
