/**
 * Replication rules in three shapes: as declared (resolved), as S3 takes them
 * (PutBucketReplication), and a normal form both are compared in — so a plan shows only real
 * differences, rule by rule, and an immediate re-run after apply shows none.
 */
import type { ReplicationConfiguration, ReplicationRule } from '@aws-sdk/client-s3';
import { partitionOf } from '../config/regions.js';
import { canonicalJson } from '../util/canonical-json.js';
import type { ResolvedReplicationRule } from './resolve.js';

/** S3 Replication Time Control's only threshold: 15 minutes. */
const RTC_MINUTES = 15;

export interface NormalReplicationRule {
  id: string;
  priority: number;
  enabled: boolean;
  prefix: string;
  deleteMarkers: boolean;
  bucketArn: string;
  account?: string;
  storageClass?: string;
  ownerDestination: boolean;
  kmsKey?: string;
  replicationTime: boolean;
}

export function normalizeDeclared(rule: ResolvedReplicationRule): NormalReplicationRule {
  const d = rule.destination;
  return {
    id: rule.id,
    priority: rule.priority,
    enabled: rule.enabled,
    prefix: rule.prefix,
    deleteMarkers: rule.deleteMarkers,
    bucketArn: `arn:${partitionOf(d.region)}:s3:::${d.bucket}`,
    ...(d.crossAccount && d.account.accountId !== undefined && { account: d.account.accountId }),
    ...(d.storageClass !== undefined && { storageClass: d.storageClass }),
    ownerDestination: d.replicaOwner === 'destination',
    ...(d.kmsKey !== undefined && { kmsKey: d.kmsKey }),
    replicationTime: d.replicationTime,
  };
}

export function normalizeLive(rule: ReplicationRule): NormalReplicationRule {
  const d = rule.Destination ?? { Bucket: '' };
  return {
    id: rule.ID ?? '',
    priority: rule.Priority ?? 0,
    enabled: rule.Status === 'Enabled',
    prefix: rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix ?? '',
    deleteMarkers: rule.DeleteMarkerReplication?.Status === 'Enabled',
    bucketArn: d.Bucket ?? '',
    ...(d.Account !== undefined && { account: d.Account }),
    ...(d.StorageClass !== undefined && { storageClass: d.StorageClass }),
    ownerDestination: d.AccessControlTranslation?.Owner === 'Destination',
    ...(d.EncryptionConfiguration?.ReplicaKmsKeyID !== undefined && { kmsKey: d.EncryptionConfiguration.ReplicaKmsKeyID }),
    replicationTime: d.ReplicationTime?.Status === 'Enabled',
  };
}

export function toAwsRule(rule: NormalReplicationRule): ReplicationRule {
  return {
    ID: rule.id,
    Priority: rule.priority,
    Status: rule.enabled ? 'Enabled' : 'Disabled',
    Filter: { Prefix: rule.prefix },
    DeleteMarkerReplication: { Status: rule.deleteMarkers ? 'Enabled' : 'Disabled' },
    ...(rule.kmsKey !== undefined && { SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } } }),
    Destination: {
      Bucket: rule.bucketArn,
      ...(rule.account !== undefined && { Account: rule.account }),
      ...(rule.storageClass !== undefined && { StorageClass: rule.storageClass as NonNullable<ReplicationRule['Destination']>['StorageClass'] }),
      ...(rule.ownerDestination && { AccessControlTranslation: { Owner: 'Destination' } }),
      ...(rule.kmsKey !== undefined && { EncryptionConfiguration: { ReplicaKmsKeyID: rule.kmsKey } }),
      // Replication Time Control needs replication metrics on as well.
      ...(rule.replicationTime && {
        ReplicationTime: { Status: 'Enabled', Time: { Minutes: RTC_MINUTES } },
        Metrics: { Status: 'Enabled', EventThreshold: { Minutes: RTC_MINUTES } },
      }),
    },
  };
}

export function toAwsReplication(role: string, rules: readonly NormalReplicationRule[]): ReplicationConfiguration {
  return { Role: role, Rules: rules.map(toAwsRule) };
}

const same = (a: NormalReplicationRule, b: NormalReplicationRule): boolean => canonicalJson(a) === canonicalJson(b);

export interface ReplicationDiff {
  added: string[];
  changed: string[];
  removed: string[];
  roleChanged: boolean;
}

/** What differs between the declared and live replication configuration; undefined: nothing. */
export function diffReplication(
  declared: { role: string; rules: readonly NormalReplicationRule[] },
  live: { role: string; rules: readonly NormalReplicationRule[] } | undefined,
): ReplicationDiff | undefined {
  const liveById = new Map((live?.rules ?? []).map((r) => [r.id, r]));
  const declaredIds = new Set(declared.rules.map((r) => r.id));
  const diff: ReplicationDiff = {
    added: declared.rules.filter((r) => !liveById.has(r.id)).map((r) => r.id),
    changed: declared.rules.filter((r) => liveById.has(r.id) && !same(r, liveById.get(r.id)!)).map((r) => r.id),
    removed: (live?.rules ?? []).filter((r) => !declaredIds.has(r.id)).map((r) => r.id),
    roleChanged: live !== undefined && live.role !== declared.role,
  };
  const empty = !diff.added.length && !diff.changed.length && !diff.removed.length && !diff.roleChanged;
  return empty ? undefined : diff;
}

export function describeReplicationDiff(diff: ReplicationDiff): string {
  const parts: string[] = [];
  const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');
  if (diff.added.length) parts.push(`add rule ${list(diff.added)}`);
  if (diff.changed.length) parts.push(`change rule ${list(diff.changed)}`);
  if (diff.removed.length) parts.push(`remove rule ${list(diff.removed)}`);
  if (diff.roleChanged) parts.push('change the replication role');
  return parts.join('; ');
}
