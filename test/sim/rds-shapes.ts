/**
 * The SDK shapes new RDS resources start as: a DBInstance or DBCluster from Create-style fields
 * (as the fixture and the create/restore calls give them), and DB and cluster snapshots of them.
 */
import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot, Tag } from '@aws-sdk/client-rds';
import { hashedId } from './service-state.js';
import { rdsArn, type RdsRegion } from './rds-model.js';
import type { SimContext } from './types.js';

/** A DBInstance with the Create call's names instead of the described sub-objects. */
export type FixtureInstance = Omit<DBInstance, 'InstanceCreateTime'> & {
  InstanceCreateTime?: string | Date;
  DBSubnetGroupName?: string;
  VpcSecurityGroupIds?: string[];
  DBParameterGroupName?: string;
  OptionGroupName?: string;
};
export type FixtureCluster = Omit<DBCluster, 'ClusterCreateTime'> & { ClusterCreateTime?: string; VpcSecurityGroupIds?: string[]; Members?: string[] };

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
