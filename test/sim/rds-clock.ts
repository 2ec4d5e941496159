/**
 * The clock-driven parts of the simulated RDS: creating → available, deleting → gone, snapshot
 * progress, restore windows, and the daily automated snapshots inside the backup retention period.
 */
import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import { rdsOptions, type RdsRegion, type SimClusterSnapshot, type SimDbSnapshot } from './rds-model.js';
import { clusterSnapshotOf, dbSnapshotOf } from './rds-shapes.js';
import type { SimContext } from './types.js';

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
