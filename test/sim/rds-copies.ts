/**
 * The simulated RDS's snapshot copies: CopyDBSnapshot / CopyDBClusterSnapshot within a region,
 * from another region by ARN, or from a snapshot another account shared, with AWS's KMS rules,
 * cross-region copy limits per destination and the manual snapshot quota.
 */
import type { DBClusterSnapshot, DBSnapshot } from '@aws-sdk/client-rds';
import { checkIdentifier, checkManualQuota, mergeTags, parseArn, required, snapshotDuration, usableKey, type Call, type Operation } from './rds-helpers.js';
import type { CopyStats } from './ec2-state.js';
import {
  inProgressCopies,
  rdsArn,
  rdsOptions,
  rdsRegion,
  SNAPSHOT_NOT_FOUND,
  snapshotIn,
  snapshotNotFound,
  type SimClusterSnapshot,
  type SimDbSnapshot,
  type SnapshotKind,
} from './rds-model.js';
import { tickRds } from './rds-clock.js';
import { tagsOf } from './rds-shapes.js';
import { sharedRdsSnapshot } from './rds-sharing.js';
import { SimError } from './types.js';

/** The source of a copy: in this region by id or ARN, in another region of this account by ARN, or shared by another account (by ARN). */
function copySource<T extends SimDbSnapshot | SimClusterSnapshot>(call: Call, ref: string, kind: SnapshotKind): { source: T; sourceRegion: string; crossAccount?: boolean } {
  const arn = parseArn(ref);
  if (arn && arn.type !== kind) throw new SimError('InvalidParameterValue', `${ref} is not a ${SNAPSHOT_NOT_FOUND[kind][1]} ARN.`);
  const sourceRegion = arn?.region ?? call.region.name;
  if (arn && arn.account !== call.account) return { source: sharedRdsSnapshot<T>(call.sim, call.account, arn, kind, true), sourceRegion, crossAccount: true };
  const region = rdsRegion(call.sim, call.account, sourceRegion);
  tickRds(call.sim, call.account, region, call.sim.now());
  const source = snapshotIn(region, kind, arn?.id ?? ref) as T | undefined;
  if (!source) throw snapshotNotFound(kind, arn?.id ?? ref);
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

/** AWS refuses a cross-region copy while `limit` are in progress into the destination region. */
function checkCopyLimit(stats: CopyStats, inProgress: number, limit: number, what: string): void {
  if (inProgress < limit) return;
  stats.refused += 1;
  throw new SimError('SnapshotQuotaExceeded', `Cannot copy more than ${limit} ${what} across regions`);
}

/** Counts a cross-region copy started into this region, and the most in progress at once. */
function countCopy(stats: { started: number; peak: number }, inProgress: number): void {
  stats.started += 1;
  stats.peak = Math.max(stats.peak, inProgress);
}

export const copyOperations: Record<string, Operation> = {
  CopyDBSnapshot(call) {
    const { input } = call;
    const target = checkIdentifier(required(input, 'TargetDBSnapshotIdentifier'), 'TargetDBSnapshotIdentifier');
    const sourceRef = required(input, 'SourceDBSnapshotIdentifier');
    const { source, sourceRegion, crossAccount } = copySource<SimDbSnapshot>(call, sourceRef, 'snapshot');
    if (source.snapshot.Status !== 'available') throw new SimError('InvalidDBSnapshotState', `Snapshot ${sourceRef} is not in available state (it is ${source.snapshot.Status}).`);
    if (call.region.snapshots.has(target)) throw new SimError('DBSnapshotAlreadyExists', `Cannot copy the snapshot because a snapshot with the identifier ${target} already exists.`);
    const crossRegion = sourceRegion !== call.region.name;
    const kmsKeyId = copyKey(call, source.snapshot.Encrypted === true, crossRegion || crossAccount === true, input.KmsKeyId, source.snapshot.KmsKeyId);
    if (crossRegion) checkCopyLimit(call.region.copies.instance, inProgressCopies(call.region.snapshots.values()), rdsOptions(call.sim).instanceCopyLimit, 'snapshots');
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
    const { source, sourceRegion, crossAccount } = copySource<SimClusterSnapshot>(call, sourceRef, 'cluster-snapshot');
    if (source.snapshot.Status !== 'available') throw new SimError('InvalidDBClusterSnapshotStateFault', `Cluster snapshot ${sourceRef} is not in available state (it is ${source.snapshot.Status}).`);
    if (call.region.clusterSnapshots.has(target)) throw new SimError('DBClusterSnapshotAlreadyExistsFault', `Cannot copy the cluster snapshot because one with the identifier ${target} already exists.`);
    const crossRegion = sourceRegion !== call.region.name;
    const kmsKeyId = copyKey(call, source.snapshot.StorageEncrypted === true, crossRegion || crossAccount === true, input.KmsKeyId, source.snapshot.KmsKeyId);
    if (crossRegion) checkCopyLimit(call.region.copies.cluster, inProgressCopies(call.region.clusterSnapshots.values()), rdsOptions(call.sim).clusterCopyLimit, 'cluster snapshots');
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
};
