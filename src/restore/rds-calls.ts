/**
 * The changing RDS calls of restores and drills, and the probes that wait on them. Thin: the
 * decisions were made by the resolvers (rds.ts); these only send what a spec says.
 */
import {
  CreateDBInstanceCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBClusterToPointInTimeCommand,
  RestoreDBInstanceFromDBSnapshotCommand,
  RestoreDBInstanceToPointInTimeCommand,
  type RDSClient,
} from '@aws-sdk/client-rds';
import { awsErrorCode } from '../aws/errors.js';
import { tagList, type Tags } from '../snapshots/tags.js';
import { describeDbCluster, describeDbInstance } from './rds-lookup.js';
import type { DbSettings } from './rds-settings.js';
import { sleep } from '../util/polling.js';
import type { Probe, WaitTiming } from './wait.js';

export interface DbInstanceRestoreSpec {
  account: string;
  region: string;
  target: string;
  from: { snapshotId: string } | { sourceInstance: string; restoreTime?: Date };
  settings: DbSettings;
  tags: Tags;
  token: string;
}

export interface DbClusterRestoreSpec {
  account: string;
  region: string;
  target: string;
  /** From a cluster snapshot, or (pointInTime) from an existing cluster's automated backups. */
  snapshotId?: string;
  pointInTime?: { sourceCluster: string; restoreTime?: Date };
  engine: string;
  engineVersion?: string;
  /** The key the restored cluster is encrypted with, when not the snapshot's (a vault copy's restore). */
  kmsKeyId?: string;
  settings: DbSettings;
  /** Member instances to create, writer first. */
  members: { id: string; instanceClass: string }[];
  tags: Tags;
  token: string;
}

export async function startDbInstanceRestore(rds: RDSClient, spec: DbInstanceRestoreSpec): Promise<void> {
  const s = spec.settings;
  const common = {
    ...(s.subnetGroup && { DBSubnetGroupName: s.subnetGroup }),
    ...(s.securityGroups?.length && { VpcSecurityGroupIds: s.securityGroups }),
    ...(s.parameterGroup && { DBParameterGroupName: s.parameterGroup }),
    ...(s.optionGroup && { OptionGroupName: s.optionGroup }),
    ...(s.instanceClass && { DBInstanceClass: s.instanceClass }),
    Tags: tagList(spec.tags),
  };
  if ('snapshotId' in spec.from) {
    await rds.send(new RestoreDBInstanceFromDBSnapshotCommand({ DBInstanceIdentifier: spec.target, DBSnapshotIdentifier: spec.from.snapshotId, ...common }));
    return;
  }
  const when = spec.from.restoreTime ? { RestoreTime: spec.from.restoreTime } : { UseLatestRestorableTime: true };
  await rds.send(new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: spec.from.sourceInstance, TargetDBInstanceIdentifier: spec.target, ...when, ...common }));
}

export async function startDbClusterRestore(rds: RDSClient, spec: DbClusterRestoreSpec): Promise<void> {
  const s = spec.settings;
  const common = {
    DBClusterIdentifier: spec.target,
    ...(s.subnetGroup && { DBSubnetGroupName: s.subnetGroup }),
    ...(s.securityGroups?.length && { VpcSecurityGroupIds: s.securityGroups }),
    ...(s.parameterGroup && { DBClusterParameterGroupName: s.parameterGroup }),
    Tags: tagList(spec.tags),
  };
  if (spec.pointInTime) {
    const { sourceCluster, restoreTime } = spec.pointInTime;
    const when = restoreTime ? { RestoreToTime: restoreTime } : { UseLatestRestorableTime: true };
    await rds.send(new RestoreDBClusterToPointInTimeCommand({ SourceDBClusterIdentifier: sourceCluster, ...when, ...common }));
    return;
  }
  await rds.send(
    new RestoreDBClusterFromSnapshotCommand({
      SnapshotIdentifier: spec.snapshotId,
      Engine: spec.engine,
      ...(spec.engineVersion && { EngineVersion: spec.engineVersion }),
      ...(spec.kmsKeyId && { KmsKeyId: spec.kmsKeyId }),
      ...common,
    }),
  );
}

/** A member instance of a restored cluster; the first one created becomes the writer. */
export async function createClusterMember(rds: RDSClient, spec: DbClusterRestoreSpec, member: { id: string; instanceClass: string }): Promise<void> {
  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: member.id,
      DBClusterIdentifier: spec.target,
      Engine: spec.engine,
      DBInstanceClass: member.instanceClass,
      Tags: tagList(spec.tags),
    }),
  );
}

const FAILED = /^(failed|incompatible-.*|restore-error|storage-full|inaccessible-encryption-credentials.*|inaccessible-encryption-credentials-recoverable)$/;

function dbProbe(read: () => Promise<{ status?: string } | undefined>, goal: 'available' | 'gone'): Probe {
  return async () => {
    const found = await read();
    if (goal === 'gone') return found ? { state: 'pending', status: found.status ?? 'unknown' } : { state: 'done', status: 'deleted' };
    // Just created: describe calls may not show it for a moment.
    if (!found) return { state: 'pending', status: 'not visible yet' };
    const status = found.status ?? 'unknown';
    if (status === 'available') return { state: 'done', status };
    if (FAILED.test(status) || status === 'deleting') return { state: 'failed', status };
    return { state: 'pending', status };
  };
}

export function dbInstanceProbe(rds: RDSClient, id: string, goal: 'available' | 'gone'): Probe {
  return dbProbe(async () => {
    const db = await describeDbInstance(rds, id);
    return db && { status: db.DBInstanceStatus ?? 'unknown' };
  }, goal);
}

export function dbClusterProbe(rds: RDSClient, id: string, goal: 'available' | 'gone'): Probe {
  return dbProbe(async () => {
    const cluster = await describeDbCluster(rds, id);
    return cluster && { status: cluster.Status ?? 'unknown' };
  }, goal);
}

const GONE = new Set(['DBInstanceNotFound', 'DBInstanceNotFoundFault', 'DBClusterNotFoundFault', 'DBClusterNotFound']);
const WRONG_STATE = new Set(['InvalidDBInstanceState', 'InvalidDBInstanceStateFault', 'InvalidDBClusterStateFault']);

/**
 * Deletes without a final snapshot (scratch resources only). A resource still being created
 * cannot always be deleted yet: that is retried until the budget runs out.
 */
async function deleteScratch(call: () => Promise<unknown>, isDeleting: () => Promise<boolean>, timing: WaitTiming): Promise<void> {
  const deadline = Date.now() + timing.budgetMs;
  for (;;) {
    try {
      await call();
      return;
    } catch (error) {
      const code = awsErrorCode(error) ?? '';
      if (GONE.has(code)) return;
      if (!WRONG_STATE.has(code)) throw error;
      if (await isDeleting()) return;
      if (Date.now() >= deadline) throw error;
      await sleep(Math.min(timing.pollMs, deadline - Date.now()));
    }
  }
}

export function deleteDbInstance(rds: RDSClient, id: string, timing: WaitTiming): Promise<void> {
  return deleteScratch(
    () => rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: id, SkipFinalSnapshot: true, DeleteAutomatedBackups: true })),
    async () => (await describeDbInstance(rds, id))?.DBInstanceStatus === 'deleting',
    timing,
  );
}

export function deleteDbCluster(rds: RDSClient, id: string, timing: WaitTiming): Promise<void> {
  return deleteScratch(
    () => rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: id, SkipFinalSnapshot: true })),
    async () => (await describeDbCluster(rds, id))?.Status === 'deleting',
    timing,
  );
}
