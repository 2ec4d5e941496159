/**
 * The simulated RDS's create and delete actions for DB instances (an Aurora member joins its
 * cluster) and clusters: deletion protection, final snapshots, and what deleting takes with it.
 */
import type { DBSnapshot } from '@aws-sdk/client-rds';
import { checkIdentifier, checkManualQuota, findCluster, findInstance, required, snapshotDuration, type Call, type Operation } from './rds-helpers.js';
import { rdsOptions, type SimDbCluster } from './rds-model.js';
import { addInstance, createStyle, instanceSettings, withoutUndefined } from './rds-new-instance.js';
import { clusterSnapshotOf, dbSnapshotOf, tagsOf } from './rds-shapes.js';
import { SimError } from './types.js';

/** DeleteDBInstance's final DB snapshot unless SkipFinalSnapshot, checked like any manual snapshot. */
function finalSnapshot(call: Call, make: () => DBSnapshot): void {
  if (call.input.SkipFinalSnapshot) return;
  const id = call.input.FinalDBSnapshotIdentifier;
  if (!id) throw new SimError('InvalidParameterCombination', 'FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.');
  checkIdentifier(id, 'FinalDBSnapshotIdentifier');
  if (call.region.snapshots.has(id)) throw new SimError('DBSnapshotAlreadyExists', `Cannot create the snapshot because a snapshot with the identifier ${id} already exists.`);
  checkManualQuota(call, call.region.snapshots.values());
  const snapshot = make();
  const now = call.sim.now();
  call.region.snapshots.set(id, { snapshot, startedAt: now, readyAt: now + snapshotDuration(call, snapshot.AllocatedStorage ?? 0, false), crossRegionCopy: false });
}

export const lifecycleOperations: Record<string, Operation> = {
  CreateDBInstance(call) {
    const { input } = call;
    let cluster: SimDbCluster | undefined;
    if (input.DBClusterIdentifier) {
      cluster = findCluster(call, input.DBClusterIdentifier);
      if (input.Engine !== cluster.cluster.Engine) {
        throw new SimError('InvalidParameterCombination', `The engine ${input.Engine} of the new instance does not match the engine ${cluster.cluster.Engine} of DB cluster ${input.DBClusterIdentifier}.`);
      }
    } else if (input.AllocatedStorage === undefined) {
      throw new SimError('InvalidParameterValue', 'AllocatedStorage must be provided for an instance outside a DB cluster.');
    }
    const instance = addInstance(call, {
      DBInstanceIdentifier: required(input, 'DBInstanceIdentifier'),
      DBInstanceClass: required(input, 'DBInstanceClass'),
      Engine: required(input, 'Engine'),
      EngineVersion: input.EngineVersion ?? cluster?.cluster.EngineVersion,
      AllocatedStorage: input.AllocatedStorage ?? cluster?.cluster.AllocatedStorage,
      MasterUsername: input.MasterUsername ?? cluster?.cluster.MasterUsername,
      DBName: input.DBName,
      StorageEncrypted: cluster?.cluster.StorageEncrypted ?? input.StorageEncrypted ?? false,
      ...(cluster?.cluster.KmsKeyId ? { KmsKeyId: cluster.cluster.KmsKeyId } : {}),
      ...(cluster ? { DBClusterIdentifier: cluster.cluster.DBClusterIdentifier } : { BackupRetentionPeriod: input.BackupRetentionPeriod ?? 1 }),
      ...instanceSettings(call, input),
      ...createStyle({ DBSubnetGroupName: cluster?.cluster.DBSubnetGroup, ...withoutUndefined(input) }),
      TagList: tagsOf(input.Tags),
    });
    if (cluster) {
      const members = (cluster.cluster.DBClusterMembers ??= []);
      members.push({ DBInstanceIdentifier: instance.DBInstanceIdentifier, IsClusterWriter: members.length === 0, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 });
    }
    return { DBInstance: instance };
  },

  DeleteDBInstance(call) {
    const r = findInstance(call, required(call.input, 'DBInstanceIdentifier'));
    const db = r.instance;
    if (db.DeletionProtection) throw new SimError('InvalidParameterCombination', `Cannot delete protected DB Instance ${db.DBInstanceIdentifier}, please disable deletion protection and try again.`);
    if (r.goneAt !== undefined) throw new SimError('InvalidDBInstanceState', `DB instance ${db.DBInstanceIdentifier} is already being deleted.`);
    if (!db.DBClusterIdentifier) finalSnapshot(call, () => dbSnapshotOf(db, call.region.name, call.account, String(call.input.FinalDBSnapshotIdentifier), 'manual', call.sim.now(), call.sim));
    db.DBInstanceStatus = 'deleting';
    r.goneAt = call.sim.now() + rdsOptions(call.sim).deleteMs;
    const cluster = db.DBClusterIdentifier ? call.region.clusters.get(db.DBClusterIdentifier) : undefined;
    if (cluster) cluster.cluster.DBClusterMembers = (cluster.cluster.DBClusterMembers ?? []).filter((m) => m.DBInstanceIdentifier !== db.DBInstanceIdentifier);
    if (call.input.DeleteAutomatedBackups !== false) {
      for (const [id, s] of call.region.snapshots) {
        if (s.snapshot.SnapshotType === 'automated' && s.snapshot.DBInstanceIdentifier === db.DBInstanceIdentifier) call.region.snapshots.delete(id);
      }
    }
    // Automated snapshots are not taken any more.
    db.BackupRetentionPeriod = 0;
    return { DBInstance: db };
  },

  DeleteDBCluster(call) {
    const c = findCluster(call, required(call.input, 'DBClusterIdentifier'));
    const cluster = c.cluster;
    if (cluster.DeletionProtection) throw new SimError('InvalidParameterCombination', `Cannot delete protected Cluster, please disable deletion protection and try again.`);
    if (cluster.DBClusterMembers?.length) {
      throw new SimError('InvalidDBClusterStateFault', 'Cluster cannot be deleted, it still contains DB instances in non-deleting state.');
    }
    if (c.goneAt !== undefined) throw new SimError('InvalidDBClusterStateFault', `DB cluster ${cluster.DBClusterIdentifier} is already being deleted.`);
    const finalId = call.input.FinalDBSnapshotIdentifier;
    if (!call.input.SkipFinalSnapshot) {
      if (!finalId) throw new SimError('InvalidParameterValue', 'FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.');
      const now = call.sim.now();
      const snapshot = clusterSnapshotOf(cluster, call.region.name, call.account, checkIdentifier(finalId, 'FinalDBSnapshotIdentifier'), 'manual', now);
      call.region.clusterSnapshots.set(finalId, { snapshot, startedAt: now, readyAt: now + snapshotDuration(call, 10, false), crossRegionCopy: false });
    }
    cluster.Status = 'deleting';
    c.goneAt = call.sim.now() + rdsOptions(call.sim).deleteMs;
    for (const [id, s] of call.region.clusterSnapshots) {
      if (s.snapshot.SnapshotType === 'automated' && s.snapshot.DBClusterIdentifier === cluster.DBClusterIdentifier) call.region.clusterSnapshots.delete(id);
    }
    cluster.BackupRetentionPeriod = 0;
    return { DBCluster: cluster };
  },
};
