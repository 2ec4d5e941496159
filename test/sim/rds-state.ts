/**
 * State of the simulated RDS per account and region, in the SDK's shapes: DB instances,
 * Aurora clusters, DB and cluster snapshots (manual and automated), subnet groups; the
 * clock-driven parts (creating → available, deleting → gone, snapshot progress, the daily
 * automated snapshots inside the backup retention period) and the copy counters.
 */
import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot, DBSubnetGroup, Tag } from '@aws-sdk/client-rds';
import type { CopyStats } from './ec2-state.js';
import { fixtureRegions, hashedId, serviceSlice, toDate } from './elb.js';
import type { FixtureAccount, SimContext } from './types.js';

/** Knobs from `startSim({ serviceOptions: { rds: {...} } })`. */
export interface RdsOptions {
  /** Simulated ms a new or restored instance/cluster stays `creating` (default 300 000). */
  createMs?: number;
  /** Simulated ms a deleted instance/cluster stays `deleting` before it is gone (default 60 000). */
  deleteMs?: number;
  /** Simulated ms every snapshot takes at least (default 120 000). */
  snapshotBaseMs?: number;
  /** Simulated ms per GiB of allocated storage (default 1 000). */
  snapshotMsPerGiB?: number;
  /** A copy takes this many times as long (default 3). */
  copyDurationFactor?: number;
  /** Cross-region DB snapshot copies in progress per destination region (default 20). */
  instanceCopyLimit?: number;
  /** Cross-region cluster snapshot copies in progress per destination region (default 5). */
  clusterCopyLimit?: number;
  /** Manual DB snapshots per region, and separately manual cluster snapshots (default 100). */
  manualSnapshotQuota?: number;
  /** How far LatestRestorableTime trails the clock (default 5 minutes). */
  restoreLagMs?: number;
}

export function rdsOptions(sim: SimContext): Required<RdsOptions> {
  const o = (sim.serviceOptions?.['rds'] ?? {}) as RdsOptions;
  return {
    createMs: o.createMs ?? 300_000,
    deleteMs: o.deleteMs ?? 60_000,
    snapshotBaseMs: o.snapshotBaseMs ?? 120_000,
    snapshotMsPerGiB: o.snapshotMsPerGiB ?? 1_000,
    copyDurationFactor: o.copyDurationFactor ?? 3,
    instanceCopyLimit: o.instanceCopyLimit ?? 20,
    clusterCopyLimit: o.clusterCopyLimit ?? 5,
    manualSnapshotQuota: o.manualSnapshotQuota ?? 100,
    restoreLagMs: o.restoreLagMs ?? 300_000,
  };
}

/** Lifecycle timing shared by every RDS resource. */
export interface Timed {
  readyAt: number;
  /** Set once deletion started; the resource disappears at this instant. */
  goneAt?: number;
}
export interface SimDbInstance extends Timed {
  instance: DBInstance;
}
export interface SimDbCluster extends Timed {
  cluster: DBCluster;
}
export interface SimSnapshotTiming extends Timed {
  startedAt: number;
  /** Cross-region copies count against the destination's concurrent copy limit. */
  crossRegionCopy: boolean;
  /** Accounts in the snapshot's `restore` attribute (ModifyDB[Cluster]SnapshotAttribute). */
  sharedWith?: Set<string>;
}
export interface SimDbSnapshot extends SimSnapshotTiming {
  snapshot: DBSnapshot;
}
export interface SimClusterSnapshot extends SimSnapshotTiming {
  snapshot: DBClusterSnapshot;
}

export interface RdsRegion {
  name: string;
  instances: Map<string, SimDbInstance>;
  clusters: Map<string, SimDbCluster>;
  snapshots: Map<string, SimDbSnapshot>;
  clusterSnapshots: Map<string, SimClusterSnapshot>;
  subnetGroups: Map<string, DBSubnetGroup>;
  copies: { instance: CopyStats; cluster: CopyStats };
  /** Simulated minute each instance's / cluster's automated snapshots were last brought up to date. */
  automatedMinute: Map<string, number>;
}
export interface RdsState {
  regions: Record<string, RdsRegion>;
}

export function rdsRegion(sim: SimContext, account: string, region: string): RdsRegion {
  const state = serviceSlice<RdsState>(sim, account, 'rds', () => ({ regions: {} }));
  return (state.regions[region] ??= {
    name: region,
    instances: new Map(),
    clusters: new Map(),
    snapshots: new Map(),
    clusterSnapshots: new Map(),
    subnetGroups: new Map(),
    copies: { instance: { started: 0, peak: 0, refused: 0 }, cluster: { started: 0, peak: 0, refused: 0 } },
    automatedMinute: new Map(),
  });
}

/** Copy counters of RDS snapshots copied into `region`: `instance` (DB snapshots) or `cluster`. */
export function rdsCopyStats(sim: SimContext, account: string, region: string, kind: 'instance' | 'cluster'): CopyStats {
  return rdsRegion(sim, account, region).copies[kind];
}

export function rdsArn(region: string, account: string, type: 'db' | 'cluster' | 'snapshot' | 'cluster-snapshot' | 'subgrp', id: string): string {
  return `arn:aws:rds:${region}:${account}:${type}:${id}`;
}

export function inProgressCopies(snapshots: Iterable<SimSnapshotTiming & { snapshot: { Status?: string } }>): number {
  let n = 0;
  for (const s of snapshots) if (s.crossRegionCopy && s.snapshot.Status !== 'available' && s.snapshot.Status !== 'failed') n += 1;
  return n;
}

export function manualCount(snapshots: Iterable<{ snapshot: { SnapshotType?: string } }>): number {
  let n = 0;
  for (const s of snapshots) if (s.snapshot.SnapshotType === 'manual') n += 1;
  return n;
}

// ---------------------------------------------------------------- time

const DAY = 86_400_000;

/** The PITR window of an instance or cluster with backups on: [earliest, latest]. */
export function restoreWindow(created: Date | undefined, retentionDays: number, now: number, lagMs: number): { earliest: Date; latest: Date } {
  const earliest = Math.max(created?.getTime() ?? now, now - retentionDays * DAY);
  return { earliest: new Date(earliest), latest: new Date(Math.max(earliest, now - lagMs)) };
}

/** Instants of the daily automated snapshots at the backup window's start within the retention period. */
function automatedTimes(window: string | undefined, created: Date | undefined, retentionDays: number, now: number): number[] {
  if (retentionDays <= 0) return [];
  const [h, m] = /^(\d\d):(\d\d)/.exec(window ?? '03:00')?.slice(1).map(Number) ?? [3, 0];
  const from = Math.max(created?.getTime() ?? now, now - retentionDays * DAY);
  const times: number[] = [];
  const first = new Date(from);
  let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate(), h, m);
  if (t < from) t += DAY;
  for (; t <= now; t += DAY) times.push(t);
  return times;
}

function stamp(t: number): string {
  return new Date(t).toISOString().slice(0, 16).replace(/[T:]/g, '-');
}

/**
 * Whether `key`'s automated snapshots need recomputing: they change at most once a minute,
 * and rescanning every snapshot on every request would make large benchmarks quadratic.
 */
function automatedDue(region: RdsRegion, key: string, now: number): boolean {
  const minute = Math.floor(now / 60_000);
  if (region.automatedMinute.get(key) === minute) return false;
  region.automatedMinute.set(key, minute);
  return true;
}

/** Brings a region up to `now`: progress, state changes, automated snapshots, restore times. */
export function tickRds(sim: SimContext, account: string, region: RdsRegion, now: number): void {
  const options = rdsOptions(sim);
  for (const [id, r] of region.instances) {
    if (r.goneAt !== undefined && now >= r.goneAt) {
      region.instances.delete(id);
      continue;
    }
    if (r.instance.DBInstanceStatus === 'creating' && now >= r.readyAt) r.instance.DBInstanceStatus = 'available';
    const retention = r.instance.BackupRetentionPeriod ?? 0;
    if (r.instance.DBInstanceStatus === 'available' && retention > 0 && !r.instance.DBClusterIdentifier) {
      r.instance.LatestRestorableTime = restoreWindow(r.instance.InstanceCreateTime, retention, now, options.restoreLagMs).latest;
      if (automatedDue(region, `db:${id}`, now)) automatedInstanceSnapshots(sim, account, region, r.instance, retention, now);
    }
  }
  for (const [id, c] of region.clusters) {
    if (c.goneAt !== undefined && now >= c.goneAt) {
      region.clusters.delete(id);
      continue;
    }
    if (c.cluster.Status === 'creating' && now >= c.readyAt) c.cluster.Status = 'available';
    const retention = c.cluster.BackupRetentionPeriod ?? 1;
    if (c.cluster.Status === 'available') {
      const window = restoreWindow(c.cluster.ClusterCreateTime, retention, now, options.restoreLagMs);
      c.cluster.EarliestRestorableTime = window.earliest;
      c.cluster.LatestRestorableTime = window.latest;
      if (automatedDue(region, `cluster:${id}`, now)) automatedClusterSnapshots(account, region, c.cluster, retention, now);
    }
  }
  for (const s of [...region.snapshots.values(), ...region.clusterSnapshots.values()]) advanceSnapshot(s, now);
}

function advanceSnapshot(s: SimDbSnapshot | SimClusterSnapshot, now: number): void {
  const snapshot = s.snapshot;
  if (snapshot.Status === 'available' || snapshot.Status === 'failed') return;
  if (now >= s.readyAt) {
    snapshot.Status = 'available';
    snapshot.PercentProgress = 100;
  } else {
    snapshot.PercentProgress = Math.min(99, Math.floor(((now - s.startedAt) / Math.max(1, s.readyAt - s.startedAt)) * 100));
  }
}

function automatedInstanceSnapshots(sim: SimContext, account: string, region: RdsRegion, db: DBInstance, retention: number, now: number): void {
  const prefix = `rds:${db.DBInstanceIdentifier}-`;
  const wanted = new Map(automatedTimes(db.PreferredBackupWindow, db.InstanceCreateTime, retention, now).map((t) => [`${prefix}${stamp(t)}`, t]));
  for (const [id, s] of region.snapshots) {
    if (s.snapshot.SnapshotType === 'automated' && id.startsWith(prefix) && !wanted.has(id)) region.snapshots.delete(id);
  }
  for (const [id, t] of wanted) {
    if (region.snapshots.has(id)) continue;
    const snapshot = dbSnapshotOf(db, region.name, account, id, 'automated', t, sim);
    snapshot.Status = 'available';
    snapshot.PercentProgress = 100;
    region.snapshots.set(id, { snapshot, startedAt: t, readyAt: t, crossRegionCopy: false });
  }
}

function automatedClusterSnapshots(account: string, region: RdsRegion, cluster: DBCluster, retention: number, now: number): void {
  const prefix = `rds:${cluster.DBClusterIdentifier}-`;
  const wanted = new Map(automatedTimes(cluster.PreferredBackupWindow, cluster.ClusterCreateTime, retention, now).map((t) => [`${prefix}${stamp(t)}`, t]));
  for (const [id, s] of region.clusterSnapshots) {
    if (s.snapshot.SnapshotType === 'automated' && id.startsWith(prefix) && !wanted.has(id)) region.clusterSnapshots.delete(id);
  }
  for (const [id, t] of wanted) {
    if (region.clusterSnapshots.has(id)) continue;
    const snapshot = clusterSnapshotOf(cluster, region.name, account, id, 'automated', t);
    snapshot.Status = 'available';
    snapshot.PercentProgress = 100;
    region.clusterSnapshots.set(id, { snapshot, startedAt: t, readyAt: t, crossRegionCopy: false });
  }
}

/** A new DB snapshot of `db` (status `creating`). */
export function dbSnapshotOf(db: DBInstance, region: string, account: string, id: string, type: string, at: number, sim: SimContext): DBSnapshot {
  return {
    DBSnapshotIdentifier: id,
    DBInstanceIdentifier: db.DBInstanceIdentifier,
    SnapshotCreateTime: new Date(at),
    OriginalSnapshotCreateTime: new Date(at),
    Engine: db.Engine,
    EngineVersion: db.EngineVersion,
    AllocatedStorage: db.AllocatedStorage,
    Status: 'creating',
    PercentProgress: 0,
    Port: db.Endpoint?.Port,
    AvailabilityZone: db.AvailabilityZone,
    VpcId: db.DBSubnetGroup?.VpcId,
    InstanceCreateTime: db.InstanceCreateTime,
    MasterUsername: db.MasterUsername,
    LicenseModel: db.LicenseModel,
    SnapshotType: type,
    OptionGroupName: db.OptionGroupMemberships?.[0]?.OptionGroupName,
    StorageType: db.StorageType,
    Encrypted: db.StorageEncrypted ?? false,
    ...(db.StorageEncrypted ? { KmsKeyId: db.KmsKeyId } : {}),
    DBSnapshotArn: rdsArn(region, account, 'snapshot', id),
    DbiResourceId: db.DbiResourceId ?? `db-${hashedId(sim, 'dbi', 26).toUpperCase()}`,
    IAMDatabaseAuthenticationEnabled: false,
    TagList: type === 'automated' || db.CopyTagsToSnapshot ? [...(db.TagList ?? [])] : [],
  };
}

export function clusterSnapshotOf(cluster: DBCluster, region: string, account: string, id: string, type: string, at: number): DBClusterSnapshot {
  return {
    AvailabilityZones: cluster.AvailabilityZones,
    DBClusterSnapshotIdentifier: id,
    DBClusterIdentifier: cluster.DBClusterIdentifier,
    SnapshotCreateTime: new Date(at),
    Engine: cluster.Engine,
    EngineMode: cluster.EngineMode,
    EngineVersion: cluster.EngineVersion,
    AllocatedStorage: cluster.AllocatedStorage,
    Status: 'creating',
    Port: cluster.Port,
    ClusterCreateTime: cluster.ClusterCreateTime,
    MasterUsername: cluster.MasterUsername,
    LicenseModel: cluster.Engine?.startsWith('aurora-postgresql') ? 'postgresql-license' : 'amazon-aurora',
    SnapshotType: type,
    PercentProgress: 0,
    StorageEncrypted: cluster.StorageEncrypted ?? false,
    ...(cluster.StorageEncrypted ? { KmsKeyId: cluster.KmsKeyId } : {}),
    DBClusterSnapshotArn: rdsArn(region, account, 'cluster-snapshot', id),
    IAMDatabaseAuthenticationEnabled: false,
    TagList: type === 'automated' || cluster.CopyTagsToSnapshot ? [...(cluster.TagList ?? [])] : [],
  };
}

// ---------------------------------------------------------------- fixture

type FixtureInstance = Omit<DBInstance, 'InstanceCreateTime'> & {
  InstanceCreateTime?: string | Date;
  DBSubnetGroupName?: string;
  VpcSecurityGroupIds?: string[];
  DBParameterGroupName?: string;
  OptionGroupName?: string;
};
type FixtureCluster = Omit<DBCluster, 'ClusterCreateTime'> & { ClusterCreateTime?: string; VpcSecurityGroupIds?: string[]; Members?: string[] };
type FixtureSubnetGroup = DBSubnetGroup & { SubnetIds?: string[] };

/**
 * `regions.<region>.rds` of a fixture account: `db-subnet-groups` (with `SubnetIds`),
 * `db-instances` (DBInstance shapes with the Create call's `DBSubnetGroupName`,
 * `VpcSecurityGroupIds`, `DBParameterGroupName`, `OptionGroupName`), and `db-clusters`
 * (DBCluster shapes with `VpcSecurityGroupIds` and `Members`, the first the writer).
 */
export function seedRds(account: string, fixture: FixtureAccount, sim: SimContext): void {
  const now = sim.now();
  for (const [regionName, data] of fixtureRegions(fixture)) {
    const region = rdsRegion(sim, account, regionName);
    const rds = (data.rds ?? {}) as { 'db-subnet-groups'?: FixtureSubnetGroup[]; 'db-instances'?: FixtureInstance[]; 'db-clusters'?: FixtureCluster[] };
    const subnets = new Map(((data.subnets ?? []) as { SubnetId: string; AvailabilityZone?: string }[]).map((s) => [s.SubnetId, s]));
    for (const g of rds['db-subnet-groups'] ?? []) {
      const { SubnetIds, ...group } = g;
      region.subnetGroups.set(g.DBSubnetGroupName!, {
        SubnetGroupStatus: 'Complete',
        DBSubnetGroupArn: rdsArn(regionName, account, 'subgrp', g.DBSubnetGroupName!),
        ...group,
        Subnets: (SubnetIds ?? []).map((id) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: subnets.get(id)?.AvailabilityZone }, SubnetStatus: 'Active' })),
      });
    }
    for (const raw of rds['db-instances'] ?? []) {
      const instance = newDbInstance(sim, region, account, raw, toDate(raw.InstanceCreateTime, now));
      instance.DBInstanceStatus = 'available';
      region.instances.set(instance.DBInstanceIdentifier!, { instance, readyAt: now });
    }
    for (const raw of rds['db-clusters'] ?? []) {
      const { Members, ...rest } = raw;
      const cluster = newDbCluster(sim, region, account, rest, toDate(raw.ClusterCreateTime, now));
      cluster.Status = 'available';
      cluster.DBClusterMembers = (Members ?? []).map((id, i) => ({ DBInstanceIdentifier: id, IsClusterWriter: i === 0, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 }));
      region.clusters.set(cluster.DBClusterIdentifier!, { cluster, readyAt: now });
    }
  }
}

/** A DBInstance from Create-style fields (subnet group name, security group ids, ...). */
export function newDbInstance(sim: SimContext, region: RdsRegion, account: string, raw: FixtureInstance, created: Date): DBInstance {
  const { DBSubnetGroupName, VpcSecurityGroupIds, DBParameterGroupName, OptionGroupName, InstanceCreateTime: _created, ...fields } = raw;
  const id = raw.DBInstanceIdentifier!;
  const port = raw.Endpoint?.Port ?? defaultPort(raw.Engine);
  return {
    DBInstanceStatus: 'creating',
    MultiAZ: false,
    StorageType: 'gp3',
    StorageEncrypted: false,
    BackupRetentionPeriod: 1,
    PreferredBackupWindow: '03:00-03:30',
    LicenseModel: raw.Engine?.startsWith('mysql') ? 'general-public-license' : 'postgresql-license',
    CopyTagsToSnapshot: false,
    DeletionProtection: false,
    TagList: [],
    ...fields,
    Endpoint: { Address: `${id}.${hashedId(sim, 'rds-dns', 12)}.${region.name}.rds.amazonaws.com`, Port: port, HostedZoneId: 'Z2R2ITUGPM61AM' },
    DBSubnetGroup: DBSubnetGroupName ? region.subnetGroups.get(DBSubnetGroupName) ?? { DBSubnetGroupName } : undefined,
    VpcSecurityGroups: (VpcSecurityGroupIds ?? []).map((g) => ({ VpcSecurityGroupId: g, Status: 'active' })),
    DBParameterGroups: [{ DBParameterGroupName: DBParameterGroupName ?? `default.${raw.Engine}`, ParameterApplyStatus: 'in-sync' }],
    OptionGroupMemberships: [{ OptionGroupName: OptionGroupName ?? `default:${raw.Engine}`, Status: 'in-sync' }],
    InstanceCreateTime: created,
    DBInstanceArn: rdsArn(region.name, account, 'db', id),
    DbiResourceId: raw.DbiResourceId ?? `db-${hashedId(sim, 'dbi', 26).toUpperCase()}`,
  };
}

export function newDbCluster(sim: SimContext, region: RdsRegion, account: string, raw: Omit<FixtureCluster, 'Members'>, created: Date): DBCluster {
  const { VpcSecurityGroupIds, ClusterCreateTime: _created, ...fields } = raw;
  const id = raw.DBClusterIdentifier!;
  const host = hashedId(sim, 'rds-dns', 12);
  const subnetGroup = raw.DBSubnetGroup ? region.subnetGroups.get(raw.DBSubnetGroup) : undefined;
  return {
    Status: 'creating',
    EngineMode: 'provisioned',
    MultiAZ: false,
    BackupRetentionPeriod: 1,
    PreferredBackupWindow: '03:00-03:30',
    StorageEncrypted: false,
    CopyTagsToSnapshot: false,
    DeletionProtection: false,
    AllocatedStorage: 1,
    TagList: [],
    DBClusterMembers: [],
    AvailabilityZones: [...new Set((subnetGroup?.Subnets ?? []).map((s) => s.SubnetAvailabilityZone?.Name).filter((z): z is string => !!z))].slice(0, 3),
    ...fields,
    Port: raw.Port ?? defaultPort(raw.Engine),
    Endpoint: `${id}.cluster-${host}.${region.name}.rds.amazonaws.com`,
    ReaderEndpoint: `${id}.cluster-ro-${host}.${region.name}.rds.amazonaws.com`,
    VpcSecurityGroups: (VpcSecurityGroupIds ?? []).map((g) => ({ VpcSecurityGroupId: g, Status: 'active' })),
    ClusterCreateTime: created,
    DBClusterArn: rdsArn(region.name, account, 'cluster', id),
    DbClusterResourceId: raw.DbClusterResourceId ?? `cluster-${hashedId(sim, 'cluster', 26).toUpperCase()}`,
  };
}

function defaultPort(engine: string | undefined): number {
  if (engine?.includes('postgres')) return 5432;
  if (engine?.startsWith('sqlserver')) return 1433;
  if (engine?.startsWith('oracle')) return 1521;
  return 3306;
}

export function tagsOf(tags: Tag[] | undefined): Tag[] {
  return (tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
}
