/**
 * The simulated RDS's restores: a DB instance from a DB snapshot or to a point in time, and an
 * Aurora cluster from a cluster snapshot or to a point in time (its members come from CreateDBInstance).
 */
import type { DBCluster } from '@aws-sdk/client-rds';
import { checkIdentifier, checkSubnetGroup, findCluster, findClusterSnapshot, findInstance, findSnapshot, parseArn, required, usableKey, type Call, type Operation } from './rds-helpers.js';
import { rdsOptions } from './rds-model.js';
import { restoreWindow } from './rds-clock.js';
import { addInstance, createStyle, instanceSettings, withoutUndefined } from './rds-new-instance.js';
import { newDbCluster, tagsOf } from './rds-shapes.js';
import { SimError } from './types.js';

/** The identifier of the cluster a restore adds: valid, not taken, with its subnet group in this region. */
function newClusterId(call: Call): string {
  const id = checkIdentifier(required(call.input, 'DBClusterIdentifier'), 'DBClusterIdentifier');
  if (call.region.clusters.has(id)) throw new SimError('DBClusterAlreadyExistsFault', 'DB Cluster already exists');
  checkSubnetGroup(call, call.input.DBSubnetGroupName);
  return id;
}

/** Adds a restored cluster, `creating` for `createMs` of simulated time, as addInstance does an instance. */
function addCluster(call: Call, fields: Parameters<typeof newDbCluster>[3]): DBCluster {
  const now = call.sim.now();
  const cluster = newDbCluster(call.sim, call.region, call.account, fields, new Date(now));
  call.region.clusters.set(fields.DBClusterIdentifier!, { cluster, readyAt: now + rdsOptions(call.sim).createMs });
  return cluster;
}

export const restoreOperations: Record<string, Operation> = {
  RestoreDBInstanceFromDBSnapshot(call) {
    const { input } = call;
    const source = findSnapshot(call, required(input, 'DBSnapshotIdentifier')).snapshot;
    if (source.Status !== 'available') throw new SimError('InvalidDBSnapshotState', `Snapshot ${source.DBSnapshotIdentifier} is not in available state (it is ${source.Status}).`);
    // RDS User Guide, "Sharing a DB snapshot": a DB instance is never restored from a snapshot both shared and encrypted; copy it first.
    if (source.Encrypted && parseArn(String(input.DBSnapshotIdentifier))?.account !== undefined && parseArn(String(input.DBSnapshotIdentifier))?.account !== call.account) {
      throw new SimError('InvalidParameterCombination', `You can't restore a DB instance from DB snapshot ${source.DBSnapshotIdentifier}, which is both shared and encrypted; copy it into this account and restore from the copy.`);
    }
    const instance = addInstance(call, {
      DBInstanceIdentifier: required(input, 'DBInstanceIdentifier'),
      DBInstanceClass: input.DBInstanceClass ?? 'db.t3.micro',
      Engine: input.Engine ?? source.Engine,
      EngineVersion: source.EngineVersion,
      AllocatedStorage: input.AllocatedStorage ?? source.AllocatedStorage,
      MasterUsername: source.MasterUsername,
      StorageEncrypted: source.Encrypted,
      ...(source.Encrypted ? { KmsKeyId: source.KmsKeyId } : {}),
      BackupRetentionPeriod: input.BackupRetentionPeriod ?? 1,
      ...instanceSettings(call, input),
      ...createStyle({ OptionGroupName: source.OptionGroupName, ...withoutUndefined(input) }),
      TagList: tagsOf(input.Tags),
    });
    return { DBInstance: instance };
  },

  RestoreDBInstanceToPointInTime(call) {
    const { input } = call;
    const sourceId = required(input, 'SourceDBInstanceIdentifier');
    const source = findInstance(call, sourceId).instance;
    const retention = source.BackupRetentionPeriod ?? 0;
    if (retention === 0) {
      throw new SimError('PointInTimeRestoreNotEnabled', `Point-in-time restore is not enabled for DB instance ${sourceId}: its backup retention period is 0 days.`);
    }
    const window = restoreWindow(source.InstanceCreateTime, retention, call.sim.now(), rdsOptions(call.sim).restoreLagMs);
    if (input.UseLatestRestorableTime && input.RestoreTime) {
      throw new SimError('InvalidParameterCombination', 'Cannot specify both RestoreTime and UseLatestRestorableTime.');
    }
    const restoreTime: Date = input.UseLatestRestorableTime ? window.latest : required<Date>(input, 'RestoreTime');
    if (restoreTime < window.earliest || restoreTime > window.latest) {
      throw new SimError(
        'InvalidRestoreFault',
        `Restore time ${restoreTime.toISOString()} is outside the restorable window of DB instance ${sourceId} (${window.earliest.toISOString()} to ${window.latest.toISOString()}).`,
      );
    }
    const instance = addInstance(call, {
      DBInstanceIdentifier: required(input, 'TargetDBInstanceIdentifier'),
      DBInstanceClass: input.DBInstanceClass ?? source.DBInstanceClass,
      Engine: source.Engine,
      EngineVersion: source.EngineVersion,
      AllocatedStorage: source.AllocatedStorage,
      MasterUsername: source.MasterUsername,
      StorageEncrypted: source.StorageEncrypted,
      ...(source.StorageEncrypted ? { KmsKeyId: source.KmsKeyId } : {}),
      BackupRetentionPeriod: input.BackupRetentionPeriod ?? source.BackupRetentionPeriod,
      ...instanceSettings(call, input),
      ...createStyle({
        DBSubnetGroupName: source.DBSubnetGroup?.DBSubnetGroupName,
        VpcSecurityGroupIds: source.VpcSecurityGroups?.map((g) => g.VpcSecurityGroupId),
        ...withoutUndefined(input),
      }),
      TagList: tagsOf(input.Tags),
    });
    return { DBInstance: instance };
  },

  RestoreDBClusterFromSnapshot(call) {
    const { input } = call;
    const source = findClusterSnapshot(call, required(input, 'SnapshotIdentifier')).snapshot;
    const engine = required(input, 'Engine');
    if (engine !== source.Engine) throw new SimError('InvalidParameterValue', `Engine ${engine} does not match the snapshot's engine ${source.Engine}.`);
    if (source.Status !== 'available') throw new SimError('InvalidDBClusterSnapshotStateFault', `Cluster snapshot ${source.DBClusterSnapshotIdentifier} is not available (it is ${source.Status}).`);
    const id = newClusterId(call);
    const kmsKeyId = source.StorageEncrypted ? (input.KmsKeyId ? usableKey(call, input.KmsKeyId) : source.KmsKeyId) : undefined;
    const cluster = addCluster(call, {
      DBClusterIdentifier: id,
      Engine: engine,
      EngineVersion: input.EngineVersion ?? source.EngineVersion,
      EngineMode: source.EngineMode,
      MasterUsername: source.MasterUsername,
      StorageEncrypted: source.StorageEncrypted,
      ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
      DBSubnetGroup: input.DBSubnetGroupName,
      VpcSecurityGroupIds: input.VpcSecurityGroupIds,
      DBClusterParameterGroup: input.DBClusterParameterGroupName ?? `default.${engine}`,
      BackupRetentionPeriod: input.BackupRetentionPeriod ?? 1,
      Port: input.Port,
      CopyTagsToSnapshot: input.CopyTagsToSnapshot,
      DeletionProtection: input.DeletionProtection,
      TagList: tagsOf(input.Tags),
    });
    return { DBCluster: cluster };
  },

  /** Aurora: a new cluster from the source cluster's automated backups, in the source's region; members come from CreateDBInstance. */
  RestoreDBClusterToPointInTime(call) {
    const { input } = call;
    const sourceId = required(input, 'SourceDBClusterIdentifier');
    const source = findCluster(call, sourceId).cluster;
    if (input.UseLatestRestorableTime && input.RestoreToTime) {
      throw new SimError('InvalidParameterCombination', 'Cannot specify both RestoreToTime and UseLatestRestorableTime.');
    }
    const window = restoreWindow(source.ClusterCreateTime, source.BackupRetentionPeriod ?? 1, call.sim.now(), rdsOptions(call.sim).restoreLagMs);
    const restoreTime: Date = input.UseLatestRestorableTime ? window.latest : required<Date>(input, 'RestoreToTime');
    if (restoreTime < window.earliest || restoreTime > window.latest) {
      throw new SimError(
        'InvalidRestoreFault',
        `Restore time ${restoreTime.toISOString()} is outside the restorable window of DB cluster ${sourceId} (${window.earliest.toISOString()} to ${window.latest.toISOString()}).`,
      );
    }
    const id = newClusterId(call);
    const cluster = addCluster(call, {
      DBClusterIdentifier: id,
      Engine: source.Engine,
      EngineVersion: source.EngineVersion,
      EngineMode: source.EngineMode,
      MasterUsername: source.MasterUsername,
      StorageEncrypted: source.StorageEncrypted,
      ...(source.StorageEncrypted ? { KmsKeyId: input.KmsKeyId ? usableKey(call, input.KmsKeyId) : source.KmsKeyId } : {}),
      DBSubnetGroup: input.DBSubnetGroupName ?? source.DBSubnetGroup,
      // AWS: "created with the default DB security group" unless given.
      VpcSecurityGroupIds: input.VpcSecurityGroupIds,
      DBClusterParameterGroup: input.DBClusterParameterGroupName ?? `default.${source.Engine}`,
      BackupRetentionPeriod: source.BackupRetentionPeriod,
      Port: source.Port,
      TagList: tagsOf(input.Tags),
    });
    return { DBCluster: cluster };
  },
};
