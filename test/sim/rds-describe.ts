/**
 * The simulated RDS's describe actions: DB instances, clusters, DB and cluster snapshots (other
 * accounts' snapshots shared with the caller too, as SnapshotType/IncludeShared ask), subnet
 * groups and the account's snapshot quota, with RDS's filters and MaxRecords/Marker paging.
 */
import { applyFilters, withTags, type Filter } from './ec2-filters.js';
import { findCluster, findClusterSnapshot, findInstance, findSnapshot, type Operation } from './rds-helpers.js';
import { manualCount, rdsOptions, type Call } from './rds-model.js';
import { clusterSnapshotsSharedWith, dbSnapshotsSharedWith } from './rds-sharing.js';
import { SimError } from './types.js';

/** MaxRecords (20..100, default 100) / Marker paging. */
function page<T>(items: T[], input: Record<string, unknown>): { items: T[]; Marker?: string } {
  const size = input.MaxRecords === undefined ? 100 : Number(input.MaxRecords);
  if (!Number.isInteger(size) || size < 20 || size > 100) {
    throw new SimError('InvalidParameterValue', `Invalid value ${String(input.MaxRecords)} for MaxRecords. Must be between 20 and 100`);
  }
  const start = typeof input.Marker === 'string' ? Number(Buffer.from(input.Marker, 'base64').toString('utf8').replace(/^at:/, '')) : 0;
  if (!Number.isInteger(start) || start < 0) throw new SimError('InvalidParameterValue', 'The marker is not valid.');
  const slice = items.slice(start, start + size);
  return start + size < items.length ? { items: slice, Marker: Buffer.from(`at:${start + size}`).toString('base64') } : { items: slice };
}

/**
 * Which snapshots a DescribeDB[Cluster]Snapshots lists: `shared` only those other accounts
 * share with the caller; no type, the caller's own plus, with IncludeShared, the shared ones;
 * `manual`/`automated` the caller's own of that type (IncludeShared does not apply to them).
 */
function ownAndShared<T extends { SnapshotType?: string | undefined }>(call: Call, own: T[], shared: () => T[]): T[] {
  const type = call.input.SnapshotType as string | undefined;
  if (type === 'shared') return shared();
  if (type) return own.filter((s) => s.SnapshotType === type);
  return call.input.IncludeShared === true ? [...own, ...shared()] : own;
}

function sortedById<T>(items: Iterable<T>, id: (t: T) => string | undefined): T[] {
  return [...items].sort((a, b) => ((id(a) ?? '') < (id(b) ?? '') ? -1 : 1));
}

export const describeOperations: Record<string, Operation> = {
  DescribeDBInstances(call) {
    const all = call.input.DBInstanceIdentifier ? [findInstance(call, call.input.DBInstanceIdentifier)] : [...call.region.instances.values()];
    const instances = applyFilters(sortedById(all.map((r) => r.instance), (i) => i.DBInstanceIdentifier), call.input.Filters as Filter[], (i) =>
      withTags(i, {
        'db-instance-id': [i.DBInstanceIdentifier, i.DBInstanceArn],
        'db-cluster-id': [i.DBClusterIdentifier],
        'dbi-resource-id': [i.DbiResourceId],
        engine: [i.Engine],
      }),
    );
    const { items, Marker } = page(instances, call.input);
    return { DBInstances: items, Marker };
  },

  DescribeDBClusters(call) {
    const all = call.input.DBClusterIdentifier ? [findCluster(call, call.input.DBClusterIdentifier)] : [...call.region.clusters.values()];
    const clusters = applyFilters(sortedById(all.map((c) => c.cluster), (c) => c.DBClusterIdentifier), call.input.Filters as Filter[], (c) =>
      withTags(c, { 'db-cluster-id': [c.DBClusterIdentifier, c.DBClusterArn], engine: [c.Engine], 'db-cluster-resource-id': [c.DbClusterResourceId] }),
    );
    const { items, Marker } = page(clusters, call.input);
    return { DBClusters: items, Marker };
  },

  DescribeDBSnapshots(call) {
    const { input } = call;
    let all = input.DBSnapshotIdentifier ? [findSnapshot(call, input.DBSnapshotIdentifier).snapshot] : [...call.region.snapshots.values()].map((s) => s.snapshot);
    all = ownAndShared(call, all, () => dbSnapshotsSharedWith(call.sim, call.account, call.region.name));
    if (input.DBInstanceIdentifier) all = all.filter((s) => s.DBInstanceIdentifier === input.DBInstanceIdentifier);
    const snapshots = applyFilters(sortedById(all, (s) => s.DBSnapshotIdentifier), input.Filters as Filter[], (s) =>
      withTags(s, {
        'db-instance-id': [s.DBInstanceIdentifier],
        'db-snapshot-id': [s.DBSnapshotIdentifier],
        'dbi-resource-id': [s.DbiResourceId],
        'snapshot-type': [s.SnapshotType],
        engine: [s.Engine],
      }),
    );
    const { items, Marker } = page(snapshots, input);
    return { DBSnapshots: items, Marker };
  },

  DescribeDBClusterSnapshots(call) {
    const { input } = call;
    let all = input.DBClusterSnapshotIdentifier
      ? [findClusterSnapshot(call, input.DBClusterSnapshotIdentifier).snapshot]
      : [...call.region.clusterSnapshots.values()].map((s) => s.snapshot);
    all = ownAndShared(call, all, () => clusterSnapshotsSharedWith(call.sim, call.account, call.region.name));
    if (input.DBClusterIdentifier) all = all.filter((s) => s.DBClusterIdentifier === input.DBClusterIdentifier);
    const snapshots = applyFilters(sortedById(all, (s) => s.DBClusterSnapshotIdentifier), input.Filters as Filter[], (s) =>
      withTags(s, {
        'db-cluster-id': [s.DBClusterIdentifier],
        'db-cluster-snapshot-id': [s.DBClusterSnapshotIdentifier],
        'snapshot-type': [s.SnapshotType],
        engine: [s.Engine],
      }),
    );
    const { items, Marker } = page(snapshots, input);
    return { DBClusterSnapshots: items, Marker };
  },

  DescribeAccountAttributes(call) {
    // Only the quota the snapshot planner reads: manual DB snapshots per region.
    const quota = rdsOptions(call.sim).manualSnapshotQuota;
    return {
      AccountQuotas: [{ AccountQuotaName: 'ManualSnapshots', Used: manualCount(call.region.snapshots.values()), Max: quota }],
    };
  },

  DescribeDBSubnetGroups(call) {
    const name = call.input.DBSubnetGroupName;
    const groups = name ? [call.region.subnetGroups.get(name)] : [...call.region.subnetGroups.values()];
    if (groups.some((g) => !g)) throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${name}' not found.`, 404);
    const { items, Marker } = page(groups, call.input);
    return { DBSubnetGroups: items, Marker };
  },
};
