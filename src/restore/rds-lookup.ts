/**
 * Read-only RDS (and EC2 security group) lookups a restore plans with: snapshots by name or
 * the newest one the tool made of a resource, instances, clusters, subnet groups. "Not
 * found" is `undefined`, never an exception, so the planner can word the error itself.
 */
import {
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DescribeDBSubnetGroupsCommand,
  type DBCluster,
  type DBClusterSnapshot,
  type DBInstance,
  type DBSnapshot,
  type DBSubnetGroup,
  type RDSClient,
} from '@aws-sdk/client-rds';
import { DescribeSecurityGroupsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { awsErrorCode } from '../aws/errors.js';
import { paginate, collectItems } from '../aws/paginate.js';
import { tagRecord } from '../snapshots/tags.js';
import { isToolSnapshotOf, takenAt } from './snapshot-source.js';

const NOT_FOUND = new Set([
  'DBSnapshotNotFound',
  'DBSnapshotNotFoundFault',
  'DBClusterSnapshotNotFoundFault',
  'DBClusterSnapshotNotFound',
  'DBInstanceNotFound',
  'DBInstanceNotFoundFault',
  'DBClusterNotFoundFault',
  'DBClusterNotFound',
  'DBSubnetGroupNotFoundFault',
  'DBSubnetGroupNotFound',
]);

async function orUndefined<T>(call: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (NOT_FOUND.has(awsErrorCode(error) ?? '')) return undefined;
    throw error;
  }
}

export function describeDbSnapshot(rds: RDSClient, id: string): Promise<DBSnapshot | undefined> {
  return orUndefined(async () => (await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: id }))).DBSnapshots?.[0]);
}

export function describeDbClusterSnapshot(rds: RDSClient, id: string): Promise<DBClusterSnapshot | undefined> {
  return orUndefined(async () => (await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: id }))).DBClusterSnapshots?.[0]);
}

export function describeDbInstance(rds: RDSClient, id: string): Promise<DBInstance | undefined> {
  return orUndefined(async () => (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances?.[0]);
}

export function describeDbCluster(rds: RDSClient, id: string): Promise<DBCluster | undefined> {
  return orUndefined(async () => (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters?.[0]);
}

export function describeSubnetGroup(rds: RDSClient, name: string): Promise<DBSubnetGroup | undefined> {
  return orUndefined(async () => (await rds.send(new DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: name }))).DBSubnetGroups?.[0]);
}

/** Member instances of a cluster. */
export async function clusterInstances(rds: RDSClient, clusterId: string): Promise<DBInstance[]> {
  return collectItems(
    paginate(
      (Marker: string | undefined) =>
        rds.send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: [clusterId] }], ...(Marker && { Marker }) })),
      (page) => page.Marker,
    ),
    (page) => page.DBInstances,
  );
}

/** The newest available manual DB snapshot the tool made of a DB instance. */
export async function latestDbSnapshot(rds: RDSClient, dbId: string): Promise<DBSnapshot | undefined> {
  const all = await collectItems(
    paginate(
      (Marker: string | undefined) => rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, ...(Marker && { Marker }) })),
      (page) => page.Marker,
    ),
    (page) => page.DBSnapshots,
  );
  const mine = all.filter((s) => s.Status === 'available' && isToolSnapshotOf(tagRecord(s.TagList), dbId));
  return mine.sort((a, b) => takenAt(tagRecord(b.TagList), b.SnapshotCreateTime) - takenAt(tagRecord(a.TagList), a.SnapshotCreateTime))[0];
}

/** The newest available manual cluster snapshot the tool made of a DB cluster. */
export async function latestDbClusterSnapshot(rds: RDSClient, clusterId: string): Promise<DBClusterSnapshot | undefined> {
  const all = await collectItems(
    paginate(
      (Marker: string | undefined) => rds.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, ...(Marker && { Marker }) })),
      (page) => page.Marker,
    ),
    (page) => page.DBClusterSnapshots,
  );
  const mine = all.filter((s) => s.Status === 'available' && isToolSnapshotOf(tagRecord(s.TagList), clusterId));
  return mine.sort((a, b) => takenAt(tagRecord(b.TagList), b.SnapshotCreateTime) - takenAt(tagRecord(a.TagList), a.SnapshotCreateTime))[0];
}

/** Security group id → its VPC, for the ids that exist; the rest are missing. */
export async function securityGroupVpcs(ec2: EC2Client, ids: readonly string[]): Promise<Map<string, string>> {
  const answer = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [...ids] }] }));
  return new Map((answer.SecurityGroups ?? []).filter((g) => g.GroupId).map((g) => [g.GroupId as string, g.VpcId ?? '']));
}
