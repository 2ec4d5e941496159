/**
 * Simulated RDS (AWS query protocol 2014-10-31): DB instances, Aurora clusters, manual and
 * automated snapshots, cross-region copies with AWS's concurrency limits and manual-snapshot
 * quota, tags, and the restores (from a snapshot, to a point in time, cluster from a cluster
 * snapshot plus CreateDBInstance for its members). Wire (de)serialisation comes from the
 * SDK's own schemas (ec2-codec.ts, `query` flavour).
 */
import * as sdk from '@aws-sdk/client-rds';
import type { DBClusterSnapshot, DBInstance, DBSnapshot, Tag } from '@aws-sdk/client-rds';
import { decodeInput, encodeOutput, operationSchemas } from './ec2-codec.js';
import { applyFilters, withTags, type Filter } from './ec2-filters.js';
import { findKmsKey } from './kms.js';
import { rdsSharingOperations, sharedRdsSnapshot } from './rds-sharing.js';
import {
  clusterSnapshotOf,
  dbSnapshotOf,
  inProgressCopies,
  manualCount,
  newDbCluster,
  newDbInstance,
  rdsArn,
  rdsOptions,
  rdsRegion,
  restoreWindow,
  seedRds,
  tagsOf,
  tickRds,
  type RdsRegion,
  type SimClusterSnapshot,
  type SimDbCluster,
  type SimDbInstance,
  type SimDbSnapshot,
} from './rds-state.js';
import { SimError } from './types.js';
import type { ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { errorResponse, queryParams, queryResponse } from './xml.js';

export const RDS_VERSION = '2014-10-31';
const XMLNS = 'http://rds.amazonaws.com/doc/2014-10-31/';

interface Call {
  input: Record<string, any>;
  region: RdsRegion;
  account: string;
  sim: SimContext;
}
type Operation = (call: Call) => Record<string, unknown>;

// ---------------------------------------------------------------- helpers

function required<T = string>(input: Record<string, unknown>, name: string): T {
  const value = input[name];
  if (value === undefined || value === '') {
    throw new SimError('InvalidParameterValue', `The parameter ${name} must be provided and must not be blank.`);
  }
  return value as T;
}

/** `arn:aws:rds:<region>:<account>:<type>:<id>` → its parts. */
function parseArn(value: string): { region: string; account: string; type: string; id: string } | undefined {
  const m = /^arn:aws:rds:([^:]+):(\d{12}):(db|cluster|snapshot|cluster-snapshot|subgrp):(.+)$/.exec(value);
  return m ? { region: m[1]!, account: m[2]!, type: m[3]!, id: m[4]! } : undefined;
}

/** An identifier or ARN naming something in the calling region. */
function localId(call: Call, value: string, type: string): string {
  const arn = parseArn(value);
  if (!arn) return value;
  if (arn.type !== type || arn.region !== call.region.name || arn.account !== call.account) {
    throw new SimError('InvalidParameterValue', `${value} is not a ${type} ARN of this account in ${call.region.name}.`);
  }
  return arn.id;
}

function findInstance(call: Call, ref: string): SimDbInstance {
  const id = localId(call, ref, 'db');
  const r = call.region.instances.get(id);
  if (!r) throw new SimError('DBInstanceNotFound', `DBInstance ${id} not found.`, 404);
  return r;
}

function findCluster(call: Call, ref: string): SimDbCluster {
  const id = localId(call, ref, 'cluster');
  const c = call.region.clusters.get(id);
  if (!c) throw new SimError('DBClusterNotFoundFault', `DBCluster ${id} not found.`, 404);
  return c;
}

function findSnapshot(call: Call, ref: string): SimDbSnapshot {
  const arn = parseArn(ref);
  if (arn?.type === 'snapshot' && arn.account !== call.account && arn.region === call.region.name) return sharedRdsSnapshot(call.sim, call.account, arn, 'snapshot', true);
  const id = localId(call, ref, 'snapshot');
  const s = call.region.snapshots.get(id);
  if (!s) throw new SimError('DBSnapshotNotFound', `DBSnapshot ${id} not found.`, 404);
  return s;
}

function findClusterSnapshot(call: Call, ref: string): SimClusterSnapshot {
  const arn = parseArn(ref);
  if (arn?.type === 'cluster-snapshot' && arn.account !== call.account && arn.region === call.region.name) return sharedRdsSnapshot(call.sim, call.account, arn, 'cluster-snapshot', true);
  const id = localId(call, ref, 'cluster-snapshot');
  const s = call.region.clusterSnapshots.get(id);
  if (!s) throw new SimError('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${id} not found.`, 404);
  return s;
}

function checkIdentifier(id: string, what: string): string {
  if (!/^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/.test(id) || id.length > 255) {
    throw new SimError('InvalidParameterValue', `The parameter ${what} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.`);
  }
  return id;
}

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

function checkManualQuota(call: Call, snapshots: Iterable<{ snapshot: { SnapshotType?: string } }>): void {
  const quota = rdsOptions(call.sim).manualSnapshotQuota;
  if (manualCount(snapshots) >= quota) throw new SimError('SnapshotQuotaExceeded', `Cannot create more than ${quota} manual snapshots`);
}

/** The KMS key a copy or restore in this region encrypts with; AWS's error when it cannot be used. */
function usableKey(call: Call, keyRef: string): string {
  const key = findKmsKey(call.sim, call.account, call.region.name, keyRef);
  if (!key || key.KeyState !== 'Enabled') {
    throw new SimError('KMSKeyNotAccessibleFault', `The target KMS key [${keyRef}] does not exist, is not enabled or you do not have permissions to access it.`);
  }
  return key.Arn!;
}

function snapshotDuration(call: Call, storageGiB: number, copy: boolean): number {
  const o = rdsOptions(call.sim);
  const base = o.snapshotBaseMs + o.snapshotMsPerGiB * storageGiB;
  return copy ? base * o.copyDurationFactor : base;
}

function instanceSettings(call: Call, input: Record<string, any>): Partial<DBInstance> {
  const out: Partial<DBInstance> = {};
  if (input.DBSubnetGroupName) {
    const group = call.region.subnetGroups.get(input.DBSubnetGroupName);
    if (!group) throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${input.DBSubnetGroupName}' not found in ${call.region.name}.`, 404);
  }
  for (const key of ['DBInstanceClass', 'MultiAZ', 'AvailabilityZone', 'StorageType', 'CopyTagsToSnapshot', 'DeletionProtection', 'PubliclyAccessible'] as const) {
    if (input[key] !== undefined) (out as Record<string, unknown>)[key] = input[key];
  }
  return out;
}

/** Fields a new instance takes from Create/Restore inputs, in the fixture's Create-style form. */
function createStyle(input: Record<string, any>): { DBSubnetGroupName?: string; VpcSecurityGroupIds?: string[]; DBParameterGroupName?: string; OptionGroupName?: string } {
  return {
    DBSubnetGroupName: input.DBSubnetGroupName,
    VpcSecurityGroupIds: input.VpcSecurityGroupIds,
    DBParameterGroupName: input.DBParameterGroupName,
    OptionGroupName: input.OptionGroupName,
  };
}

function addInstance(call: Call, fields: Parameters<typeof newDbInstance>[3]): DBInstance {
  const id = checkIdentifier(fields.DBInstanceIdentifier!, 'DBInstanceIdentifier');
  if (call.region.instances.has(id)) throw new SimError('DBInstanceAlreadyExists', `DB instance already exists`);
  const now = call.sim.now();
  const instance = newDbInstance(call.sim, call.region, call.account, fields, new Date(now));
  call.region.instances.set(id, { instance, readyAt: now + rdsOptions(call.sim).createMs });
  return instance;
}

/** Where a taggable resource's tags live, by ARN. */
function tagged(call: Call, resourceName: string): { TagList?: Tag[] } {
  const arn = parseArn(resourceName);
  if (!arn) throw new SimError('InvalidParameterValue', `The specified resource name does not match an RDS resource in this region: ${resourceName}`);
  if (arn.region !== call.region.name || arn.account !== call.account) {
    throw new SimError('InvalidParameterValue', `The resource ${resourceName} is not in this account and region (${call.region.name}).`);
  }
  switch (arn.type) {
    case 'db':
      return findInstance(call, arn.id).instance;
    case 'cluster':
      return findCluster(call, arn.id).cluster;
    case 'snapshot':
      return findSnapshot(call, arn.id).snapshot;
    case 'cluster-snapshot':
      return findClusterSnapshot(call, arn.id).snapshot;
    default: {
      const group = call.region.subnetGroups.get(arn.id);
      if (!group) throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${arn.id}' not found.`, 404);
      return group as { TagList?: Tag[] };
    }
  }
}

function sortedById<T>(items: Iterable<T>, id: (t: T) => string | undefined): T[] {
  return [...items].sort((a, b) => ((id(a) ?? '') < (id(b) ?? '') ? -1 : 1));
}

// ---------------------------------------------------------------- operations

const operations: Record<string, Operation> = {
  ...rdsSharingOperations,

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
    if (input.DBInstanceIdentifier) all = all.filter((s) => s.DBInstanceIdentifier === input.DBInstanceIdentifier);
    if (input.SnapshotType) all = all.filter((s) => s.SnapshotType === input.SnapshotType);
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
    if (input.DBClusterIdentifier) all = all.filter((s) => s.DBClusterIdentifier === input.DBClusterIdentifier);
    if (input.SnapshotType) all = all.filter((s) => s.SnapshotType === input.SnapshotType);
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

  CopyDBSnapshot(call) {
    const { input } = call;
    const target = checkIdentifier(required(input, 'TargetDBSnapshotIdentifier'), 'TargetDBSnapshotIdentifier');
    const sourceRef = required(input, 'SourceDBSnapshotIdentifier');
    const { source, sourceRegion, crossAccount } = copySource(call, sourceRef, 'snapshot', (region, id) => region.snapshots.get(id), 'DBSnapshotNotFound', 'DBSnapshot');
    if (source.snapshot.Status !== 'available') throw new SimError('InvalidDBSnapshotState', `Snapshot ${sourceRef} is not in available state (it is ${source.snapshot.Status}).`);
    if (call.region.snapshots.has(target)) throw new SimError('DBSnapshotAlreadyExists', `Cannot copy the snapshot because a snapshot with the identifier ${target} already exists.`);
    const crossRegion = sourceRegion !== call.region.name;
    const kmsKeyId = copyKey(call, source.snapshot.Encrypted === true, crossRegion || crossAccount === true, input.KmsKeyId, source.snapshot.KmsKeyId);
    const limit = rdsOptions(call.sim).instanceCopyLimit;
    if (crossRegion && inProgressCopies(call.region.snapshots.values()) >= limit) {
      call.region.copies.instance.refused += 1;
      throw new SimError('SnapshotQuotaExceeded', `Cannot copy more than ${limit} snapshots across regions`);
    }
    checkManualQuota(call, call.region.snapshots.values());
    const now = call.sim.now();
    const snapshot: DBSnapshot = {
      ...structuredClone(source.snapshot),
      DBSnapshotIdentifier: target,
      DBSnapshotArn: rdsArn(call.region.name, call.account, 'snapshot', target),
      SnapshotType: 'manual',
      Status: 'pending',
      PercentProgress: 0,
      SnapshotCreateTime: new Date(now),
      OriginalSnapshotCreateTime: source.snapshot.OriginalSnapshotCreateTime ?? source.snapshot.SnapshotCreateTime,
      ...(crossRegion ? { SourceRegion: sourceRegion } : {}),
      SourceDBSnapshotIdentifier: source.snapshot.DBSnapshotArn,
      KmsKeyId: kmsKeyId,
      OptionGroupName: input.OptionGroupName ?? source.snapshot.OptionGroupName,
      TagList: mergeTags(input.CopyTags ? source.snapshot.TagList ?? [] : [], tagsOf(input.Tags)),
    };
    if (!kmsKeyId) delete snapshot.KmsKeyId;
    call.region.snapshots.set(target, { snapshot, startedAt: now, readyAt: now + snapshotDuration(call, snapshot.AllocatedStorage ?? 0, true), crossRegionCopy: crossRegion });
    if (crossRegion) countCopy(call.region.copies.instance, inProgressCopies(call.region.snapshots.values()));
    return { DBSnapshot: snapshot };
  },

  CopyDBClusterSnapshot(call) {
    const { input } = call;
    const target = checkIdentifier(required(input, 'TargetDBClusterSnapshotIdentifier'), 'TargetDBClusterSnapshotIdentifier');
    const sourceRef = required(input, 'SourceDBClusterSnapshotIdentifier');
    const { source, sourceRegion, crossAccount } = copySource(call, sourceRef, 'cluster-snapshot', (region, id) => region.clusterSnapshots.get(id), 'DBClusterSnapshotNotFoundFault', 'DBClusterSnapshot');
    if (source.snapshot.Status !== 'available') throw new SimError('InvalidDBClusterSnapshotStateFault', `Cluster snapshot ${sourceRef} is not in available state (it is ${source.snapshot.Status}).`);
    if (call.region.clusterSnapshots.has(target)) throw new SimError('DBClusterSnapshotAlreadyExistsFault', `Cannot copy the cluster snapshot because one with the identifier ${target} already exists.`);
    const crossRegion = sourceRegion !== call.region.name;
    const kmsKeyId = copyKey(call, source.snapshot.StorageEncrypted === true, crossRegion || crossAccount === true, input.KmsKeyId, source.snapshot.KmsKeyId);
    const limit = rdsOptions(call.sim).clusterCopyLimit;
    if (crossRegion && inProgressCopies(call.region.clusterSnapshots.values()) >= limit) {
      call.region.copies.cluster.refused += 1;
      throw new SimError('SnapshotQuotaExceeded', `Cannot copy more than ${limit} cluster snapshots across regions`);
    }
    checkManualQuota(call, call.region.clusterSnapshots.values());
    const now = call.sim.now();
    const snapshot: DBClusterSnapshot = {
      ...structuredClone(source.snapshot),
      DBClusterSnapshotIdentifier: target,
      DBClusterSnapshotArn: rdsArn(call.region.name, call.account, 'cluster-snapshot', target),
      SnapshotType: 'manual',
      Status: 'copying',
      PercentProgress: 0,
      SnapshotCreateTime: new Date(now),
      SourceDBClusterSnapshotArn: source.snapshot.DBClusterSnapshotArn,
      KmsKeyId: kmsKeyId,
      TagList: mergeTags(input.CopyTags ? source.snapshot.TagList ?? [] : [], tagsOf(input.Tags)),
    };
    if (!kmsKeyId) delete snapshot.KmsKeyId;
    call.region.clusterSnapshots.set(target, { snapshot, startedAt: now, readyAt: now + snapshotDuration(call, 10, true), crossRegionCopy: crossRegion });
    if (crossRegion) countCopy(call.region.copies.cluster, inProgressCopies(call.region.clusterSnapshots.values()));
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

  AddTagsToResource(call) {
    const resource = tagged(call, required(call.input, 'ResourceName'));
    resource.TagList = mergeTags(resource.TagList ?? [], tagsOf(required(call.input, 'Tags')));
    return {};
  },

  RemoveTagsFromResource(call) {
    const resource = tagged(call, required(call.input, 'ResourceName'));
    const keys = new Set(required<string[]>(call.input, 'TagKeys'));
    resource.TagList = (resource.TagList ?? []).filter((t) => !keys.has(t.Key!));
    return {};
  },

  ListTagsForResource(call) {
    return { TagList: tagged(call, required(call.input, 'ResourceName')).TagList ?? [] };
  },

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
    const id = checkIdentifier(required(input, 'DBClusterIdentifier'), 'DBClusterIdentifier');
    if (call.region.clusters.has(id)) throw new SimError('DBClusterAlreadyExistsFault', 'DB Cluster already exists');
    if (input.DBSubnetGroupName && !call.region.subnetGroups.has(input.DBSubnetGroupName)) {
      throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${input.DBSubnetGroupName}' not found in ${call.region.name}.`, 404);
    }
    const kmsKeyId = source.StorageEncrypted ? (input.KmsKeyId ? usableKey(call, input.KmsKeyId) : source.KmsKeyId) : undefined;
    const now = call.sim.now();
    const cluster = newDbCluster(
      call.sim,
      call.region,
      call.account,
      {
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
      },
      new Date(now),
    );
    call.region.clusters.set(id, { cluster, readyAt: now + rdsOptions(call.sim).createMs });
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
    const id = checkIdentifier(required(input, 'DBClusterIdentifier'), 'DBClusterIdentifier');
    if (call.region.clusters.has(id)) throw new SimError('DBClusterAlreadyExistsFault', 'DB Cluster already exists');
    if (input.DBSubnetGroupName && !call.region.subnetGroups.has(input.DBSubnetGroupName)) {
      throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${input.DBSubnetGroupName}' not found in ${call.region.name}.`, 404);
    }
    const now = call.sim.now();
    const cluster = newDbCluster(
      call.sim,
      call.region,
      call.account,
      {
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
      },
      new Date(now),
    );
    call.region.clusters.set(id, { cluster, readyAt: now + rdsOptions(call.sim).createMs });
    return { DBCluster: cluster };
  },

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

function withoutUndefined(input: Record<string, unknown>): Record<string, any> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const merged = new Map(existing.map((t) => [t.Key, t]));
  for (const tag of added) {
    if (tag.Key?.startsWith('aws:') || tag.Key?.startsWith('rds:')) {
      throw new SimError('InvalidParameterValue', `Tag keys cannot start with the reserved prefixes 'aws:' or 'rds:' (got '${tag.Key}').`);
    }
    merged.set(tag.Key, tag);
  }
  if (merged.size > 50) throw new SimError('TagQuotaPerResourceExceeded', 'The quota of 50 tags per resource has been exceeded.');
  return [...merged.values()];
}

/** The source of a copy: in this region by id or ARN, or in another region of this account by ARN. */
function copySource<T>(
  call: Call,
  ref: string,
  type: string,
  lookup: (region: RdsRegion, id: string) => T | undefined,
  notFound: string,
  what: string,
): { source: T; sourceRegion: string; crossAccount?: boolean } {
  const arn = parseArn(ref);
  if (arn && arn.type !== type) throw new SimError('InvalidParameterValue', `${ref} is not a ${what} ARN.`);
  const sourceRegion = arn?.region ?? call.region.name;
  if (arn && arn.account !== call.account) {
    return { source: sharedRdsSnapshot(call.sim, call.account, arn, type === 'snapshot' ? 'snapshot' : 'cluster-snapshot', true) as T, sourceRegion, crossAccount: true };
  }
  const region = rdsRegion(call.sim, call.account, sourceRegion);
  tickRds(call.sim, call.account, region, call.sim.now());
  const source = lookup(region, arn?.id ?? ref);
  if (!source) throw new SimError(notFound, `${what} ${arn?.id ?? ref} not found.`, 404);
  return { source, sourceRegion };
}

/** The key a copy ends up encrypted with; AWS's errors for a missing or unusable one. */
function copyKey(call: Call, encrypted: boolean, crossRegion: boolean, requested: string | undefined, sourceKey: string | undefined): string | undefined {
  if (!encrypted) {
    if (requested) throw new SimError('InvalidParameterValue', 'KmsKeyId can only be specified when copying an encrypted snapshot.');
    return undefined;
  }
  if (!requested) {
    if (crossRegion) throw new SimError('InvalidParameterValue', 'Must specify new KMS key for cross region encrypted snapshot copy.');
    return sourceKey;
  }
  return usableKey(call, requested);
}

function countCopy(stats: { started: number; peak: number }, inProgress: number): void {
  stats.started += 1;
  stats.peak = Math.max(stats.peak, inProgress);
}

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

// ---------------------------------------------------------------- handler

export const rdsHandler: ServiceHandler = {
  service: 'rds',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const params = queryParams(req.query, req.body);
    return params.get('Version') === RDS_VERSION ? (params.get('Action') ?? 'Unknown') : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const op = operations[req.operation];
    const schemas = operationSchemas(sdk as unknown as Record<string, unknown>, req.operation);
    if (!op || !schemas) throw new SimError('InvalidAction', `Could not find operation ${req.operation} for version ${RDS_VERSION} (the simulator does not implement it).`);
    const input = decodeInput('query', schemas.input, queryParams(req.query, req.body));
    sim.log.push({ operation: req.operation, service: 'rds', region: req.region, account: req.account, params: input });
    const region = rdsRegion(sim, req.account, req.region);
    tickRds(sim, req.account, region, sim.now());
    const result = op({ input, region, account: req.account, sim });
    return queryResponse(req.operation, XMLNS, encodeOutput('query', schemas.output, result));
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    return errorResponse(err, XMLNS);
  },

  seed: seedRds,
};
