/**
 * Reads one region's RDS side: DB instances, DB clusters, their snapshots (manual and
 * automated; tags come with them) and the manual-snapshot quotas. Thin adapter.
 */
import {
  DescribeAccountAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  type DBClusterSnapshot,
  type DBSnapshot,
  type RDSClient,
} from '@aws-sdk/client-rds';
import { paginate, collectItems } from '../aws/paginate.js';
import type { RdsQuota, SnapshotRecord, SnapshotState, SourceResource } from './inventory.js';
import { tagRecord } from './tags.js';
import { settingsFromCluster, settingsFromInstance, settingsTags } from '../restore/rds-settings.js';
import type { StatusReading } from './waiting.js';

export function rdsState(status: string | undefined): SnapshotState {
  if (status === 'available') return 'completed';
  if (status === 'failed' || status?.startsWith('incompatible')) return 'failed';
  return 'pending'; // creating, copying, deleting, …: never deleted again, waited for
}

/** DB statuses in which CreateDBSnapshot / CreateDBClusterSnapshot cannot work. */
const CANNOT_SNAPSHOT = /^(creating|deleting|failed|inaccessible-encryption-credentials.*|incompatible-.*|restore-error|starting|stopping)$/;

export function dbSnapshotRecord(s: DBSnapshot, account: string, region: string, now: number): SnapshotRecord {
  const record: SnapshotRecord = {
    kind: 'rds-instance',
    account,
    region,
    id: s.DBSnapshotIdentifier ?? '',
    createdAt: (s.SnapshotCreateTime ?? s.OriginalSnapshotCreateTime)?.getTime() ?? now,
    state: rdsState(s.Status),
    status: s.Status ?? 'unknown',
    tags: tagRecord(s.TagList),
    automated: s.SnapshotType !== undefined && s.SnapshotType !== 'manual',
  };
  if (s.DBSnapshotArn) record.arn = s.DBSnapshotArn;
  if (s.DBInstanceIdentifier) record.resourceId = s.DBInstanceIdentifier;
  if (s.PercentProgress !== undefined) record.progress = `${s.PercentProgress}%`;
  if (s.Encrypted !== undefined) record.encrypted = s.Encrypted;
  return record;
}

export function clusterSnapshotRecord(s: DBClusterSnapshot, account: string, region: string, now: number): SnapshotRecord {
  const record: SnapshotRecord = {
    kind: 'rds-cluster',
    account,
    region,
    id: s.DBClusterSnapshotIdentifier ?? '',
    createdAt: s.SnapshotCreateTime?.getTime() ?? now,
    state: rdsState(s.Status),
    status: s.Status ?? 'unknown',
    tags: tagRecord(s.TagList),
    automated: s.SnapshotType !== undefined && s.SnapshotType !== 'manual',
  };
  if (s.DBClusterSnapshotArn) record.arn = s.DBClusterSnapshotArn;
  if (s.DBClusterIdentifier) record.resourceId = s.DBClusterIdentifier;
  if (s.PercentProgress !== undefined) record.progress = `${s.PercentProgress}%`;
  if (s.StorageEncrypted !== undefined) record.encrypted = s.StorageEncrypted;
  return record;
}

/** Which snapshots a listing asks for: the caller's own (default), or those `shared` with it. */
export interface RdsSnapshotListing {
  shared?: boolean;
  /** Leave out DB snapshots or cluster snapshots (default: both listed). */
  instances?: boolean;
  clusters?: boolean;
}

/** Every DB snapshot and DB cluster snapshot a listing asks for, all pages. */
export async function describeRdsSnapshots(rds: RDSClient, listing: RdsSnapshotListing = {}): Promise<{ instances: DBSnapshot[]; clusters: DBClusterSnapshot[] }> {
  const filter = listing.shared ? { SnapshotType: 'shared', IncludeShared: true } : {};
  const [instances, clusters] = await Promise.all([
    listing.instances === false
      ? []
      : collectItems(
          paginate(
            (Marker: string | undefined) => rds.send(new DescribeDBSnapshotsCommand({ ...filter, MaxRecords: 100, ...(Marker && { Marker }) })),
            (page) => page.Marker,
          ),
          (page) => page.DBSnapshots,
        ),
    listing.clusters === false
      ? []
      : collectItems(
          paginate(
            (Marker: string | undefined) => rds.send(new DescribeDBClusterSnapshotsCommand({ ...filter, MaxRecords: 100, ...(Marker && { Marker }) })),
            (page) => page.Marker,
          ),
          (page) => page.DBClusterSnapshots,
        ),
  ]);
  return { instances, clusters };
}

export async function listRdsSnapshots(rds: RDSClient, account: string, region: string, now: number): Promise<SnapshotRecord[]> {
  const { instances: instanceSnapshots, clusters: clusterSnapshots } = await describeRdsSnapshots(rds);
  return [
    ...instanceSnapshots.map((s) => dbSnapshotRecord(s, account, region, now)),
    ...clusterSnapshots.map((s) => clusterSnapshotRecord(s, account, region, now)),
  ];
}

export async function listRdsResources(rds: RDSClient, account: string, region: string): Promise<SourceResource[]> {
  const [instances, clusters] = await Promise.all([
    collectItems(
      paginate(
        (Marker: string | undefined) => rds.send(new DescribeDBInstancesCommand({ MaxRecords: 100, ...(Marker && { Marker }) })),
        (page) => page.Marker,
      ),
      (page) => page.DBInstances,
    ),
    collectItems(
      paginate(
        (Marker: string | undefined) => rds.send(new DescribeDBClustersCommand({ MaxRecords: 100, ...(Marker && { Marker }) })),
        (page) => page.Marker,
      ),
      (page) => page.DBClusters,
    ),
  ]);
  const resources: SourceResource[] = [];
  for (const db of instances) {
    if (!db.DBInstanceIdentifier) continue;
    const resource: SourceResource = { type: 'rds-instance', account, region, id: db.DBInstanceIdentifier, tags: tagRecord(db.TagList) };
    if (db.DBClusterIdentifier) resource.clusterId = db.DBClusterIdentifier;
    const optionGroup = db.OptionGroupMemberships?.map((m) => m.OptionGroupName).find((name) => name && !name.startsWith('default:'));
    if (optionGroup) resource.optionGroup = optionGroup;
    if (db.BackupRetentionPeriod !== undefined) resource.backupRetentionDays = db.BackupRetentionPeriod;
    if (db.Engine) resource.engine = db.Engine;
    if (db.DBInstanceArn) resource.arn = db.DBInstanceArn;
    if (db.StorageEncrypted !== undefined) resource.encrypted = db.StorageEncrypted;
    if (db.StorageEncrypted && db.KmsKeyId) resource.kmsKeyId = db.KmsKeyId;
    if (!db.DBClusterIdentifier) resource.restoreSettings = settingsTags(settingsFromInstance(db));
    if (db.DBInstanceStatus && CANNOT_SNAPSHOT.test(db.DBInstanceStatus)) resource.unavailable = `status is ${db.DBInstanceStatus}`;
    resources.push(resource);
  }
  for (const cluster of clusters) {
    if (!cluster.DBClusterIdentifier) continue;
    const resource: SourceResource = { type: 'rds-cluster', account, region, id: cluster.DBClusterIdentifier, tags: tagRecord(cluster.TagList) };
    if (cluster.BackupRetentionPeriod !== undefined) resource.backupRetentionDays = cluster.BackupRetentionPeriod;
    if (cluster.Engine) resource.engine = cluster.Engine;
    if (cluster.DBClusterArn) resource.arn = cluster.DBClusterArn;
    if (cluster.StorageEncrypted !== undefined) resource.encrypted = cluster.StorageEncrypted;
    if (cluster.StorageEncrypted && cluster.KmsKeyId) resource.kmsKeyId = cluster.KmsKeyId;
    const members = instances.filter((db) => db.DBClusterIdentifier === cluster.DBClusterIdentifier);
    resource.restoreSettings = settingsTags(settingsFromCluster(cluster, members));
    if (cluster.Status && CANNOT_SNAPSHOT.test(cluster.Status)) resource.unavailable = `status is ${cluster.Status}`;
    resources.push(resource);
  }
  return resources;
}

export async function readRdsQuotas(rds: RDSClient): Promise<{ instanceSnapshots?: RdsQuota; clusterSnapshots?: RdsQuota }> {
  const answer = await rds.send(new DescribeAccountAttributesCommand({}));
  const quota = (name: string): RdsQuota | undefined => {
    const q = answer.AccountQuotas?.find((a) => a.AccountQuotaName === name);
    return q && q.Max !== undefined ? { used: q.Used ?? 0, max: q.Max } : undefined;
  };
  const out: { instanceSnapshots?: RdsQuota; clusterSnapshots?: RdsQuota } = {};
  const instance = quota('ManualSnapshots');
  const cluster = quota('ManualClusterSnapshots');
  if (instance) out.instanceSnapshots = instance;
  if (cluster) out.clusterSnapshots = cluster;
  return out;
}

/** Status of DB (cluster) snapshots by identifier, filtered server-side. */
export function rdsStatusFetcher(rds: RDSClient, kind: 'rds-instance' | 'rds-cluster'): (ids: readonly string[]) => Promise<Map<string, StatusReading>> {
  return async (ids) => {
    const out = new Map<string, StatusReading>();
    const put = (id: string | undefined, status: string | undefined, percent: number | undefined) => {
      if (!id) return;
      const reading: StatusReading = { state: rdsState(status), status: status ?? 'unknown' };
      if (percent !== undefined) reading.progress = `${percent}%`;
      out.set(id, reading);
    };
    if (kind === 'rds-instance') {
      const snapshots = await collectItems(
        paginate(
          (Marker: string | undefined) =>
            rds.send(new DescribeDBSnapshotsCommand({ Filters: [{ Name: 'db-snapshot-id', Values: [...ids] }], ...(Marker && { Marker }) })),
          (page) => page.Marker,
        ),
        (page) => page.DBSnapshots,
      );
      for (const s of snapshots) put(s.DBSnapshotIdentifier, s.Status, s.PercentProgress);
    } else {
      const snapshots = await collectItems(
        paginate(
          (Marker: string | undefined) =>
            rds.send(new DescribeDBClusterSnapshotsCommand({ Filters: [{ Name: 'db-cluster-snapshot-id', Values: [...ids] }], ...(Marker && { Marker }) })),
          (page) => page.Marker,
        ),
        (page) => page.DBClusterSnapshots,
      );
      for (const s of snapshots) put(s.DBClusterSnapshotIdentifier, s.Status, s.PercentProgress);
    }
    return out;
  };
}
