/**
 * The simulated RDS's manual snapshots: CreateDBSnapshot / CreateDBClusterSnapshot (progress over
 * simulated time, the manual snapshot quota) and deleting them again.
 */
import {
  checkIdentifier,
  checkManualQuota,
  findCluster,
  findClusterSnapshot,
  findInstance,
  findSnapshot,
  mergeTags,
  required,
  snapshotDuration,
  type Operation,
} from './rds-helpers.js';
import { clusterSnapshotOf, dbSnapshotOf, tagsOf } from './rds-shapes.js';
import { SimError } from './types.js';

export const snapshotOperations: Record<string, Operation> = {
  CreateDBSnapshot(call) {
    const id = checkIdentifier(required(call.input, 'DBSnapshotIdentifier'), 'DBSnapshotIdentifier');
    const db = findInstance(call, required(call.input, 'DBInstanceIdentifier')).instance;
    if (db.DBClusterIdentifier) {
      throw new SimError('InvalidParameterValue', 'The specified instance is a member of a cluster and a snapshot cannot be created directly. Please use the CreateDBClusterSnapshot API instead.');
    }
    if (db.DBInstanceStatus !== 'available') throw new SimError('InvalidDBInstanceState', `DB instance ${db.DBInstanceIdentifier} is not in available state (it is ${db.DBInstanceStatus}).`);
    if (call.region.snapshots.has(id)) throw new SimError('DBSnapshotAlreadyExists', `Cannot create the snapshot because a snapshot with the identifier ${id} already exists.`);
    checkManualQuota(call, call.region.snapshots.values());
    const now = call.sim.now();
    const snapshot = dbSnapshotOf(db, call.region.name, call.account, id, 'manual', now, call.sim);
    snapshot.TagList = mergeTags(snapshot.TagList ?? [], tagsOf(call.input.Tags));
    call.region.snapshots.set(id, { snapshot, startedAt: now, readyAt: now + snapshotDuration(call, db.AllocatedStorage ?? 0, false), crossRegionCopy: false });
    return { DBSnapshot: snapshot };
  },

  CreateDBClusterSnapshot(call) {
    const id = checkIdentifier(required(call.input, 'DBClusterSnapshotIdentifier'), 'DBClusterSnapshotIdentifier');
    const cluster = findCluster(call, required(call.input, 'DBClusterIdentifier')).cluster;
    if (cluster.Status !== 'available') throw new SimError('InvalidDBClusterStateFault', `DBCluster ${cluster.DBClusterIdentifier} is not in available state (it is ${cluster.Status}).`);
    if (call.region.clusterSnapshots.has(id)) throw new SimError('DBClusterSnapshotAlreadyExistsFault', `Cannot create the cluster snapshot because one with the identifier ${id} already exists.`);
    checkManualQuota(call, call.region.clusterSnapshots.values());
    const now = call.sim.now();
    const snapshot = clusterSnapshotOf(cluster, call.region.name, call.account, id, 'manual', now);
    snapshot.TagList = mergeTags(snapshot.TagList ?? [], tagsOf(call.input.Tags));
    call.region.clusterSnapshots.set(id, { snapshot, startedAt: now, readyAt: now + snapshotDuration(call, 10, false), crossRegionCopy: false });
    return { DBClusterSnapshot: snapshot };
  },

  DeleteDBSnapshot(call) {
    const s = findSnapshot(call, required(call.input, 'DBSnapshotIdentifier'));
    if (s.snapshot.SnapshotType !== 'manual') throw new SimError('InvalidDBSnapshotState', 'Only manual snapshots may be deleted.');
    if (s.snapshot.Status !== 'available' && s.snapshot.Status !== 'failed') {
      throw new SimError('InvalidDBSnapshotState', `Cannot delete the snapshot because it is not in available state (it is ${s.snapshot.Status}).`);
    }
    call.region.snapshots.delete(s.snapshot.DBSnapshotIdentifier!);
    return { DBSnapshot: { ...s.snapshot, Status: 'deleted' } };
  },

  DeleteDBClusterSnapshot(call) {
    const s = findClusterSnapshot(call, required(call.input, 'DBClusterSnapshotIdentifier'));
    if (s.snapshot.SnapshotType !== 'manual') throw new SimError('InvalidDBClusterSnapshotStateFault', 'Only manual cluster snapshots may be deleted.');
    if (s.snapshot.Status !== 'available' && s.snapshot.Status !== 'failed') {
      throw new SimError('InvalidDBClusterSnapshotStateFault', `Cannot delete the cluster snapshot because it is not in available state (it is ${s.snapshot.Status}).`);
    }
    call.region.clusterSnapshots.delete(s.snapshot.DBClusterSnapshotIdentifier!);
    return { DBClusterSnapshot: { ...s.snapshot, Status: 'deleted' } };
  },
};
