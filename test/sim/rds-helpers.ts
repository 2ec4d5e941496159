/**
 * What the simulated RDS's operation modules share: the call context, ARN parsing, lookups by
 * identifier or ARN (a snapshot shared by another account included), and the checks several
 * actions make (identifiers, the manual snapshot quota, KMS keys, subnet groups, tags).
 */
import type { Tag } from '@aws-sdk/client-rds';
import { findKmsKey } from './kms.js';
import {
  manualCount,
  rdsOptions,
  snapshotIn,
  snapshotNotFound,
  type Call,
  type SimClusterSnapshot,
  type SimDbCluster,
  type SimDbInstance,
  type SimDbSnapshot,
  type SnapshotKind,
} from './rds-model.js';
import { sharedRdsSnapshot } from './rds-sharing.js';
import { snapshotDuration as sharedSnapshotDuration } from './service-state.js';
import { SimError } from './types.js';

export type { Call } from './rds-model.js';
export type Operation = (call: Call) => Record<string, unknown>;

export function required<T = string>(input: Record<string, unknown>, name: string): T {
  const value = input[name];
  if (value === undefined || value === '') {
    throw new SimError('InvalidParameterValue', `The parameter ${name} must be provided and must not be blank.`);
  }
  return value as T;
}

/** `arn:aws:rds:<region>:<account>:<type>:<id>` → its parts. */
export function parseArn(value: string): { region: string; account: string; type: string; id: string } | undefined {
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

export function findInstance(call: Call, ref: string): SimDbInstance {
  const id = localId(call, ref, 'db');
  const r = call.region.instances.get(id);
  if (!r) throw new SimError('DBInstanceNotFound', `DBInstance ${id} not found.`, 404);
  return r;
}

export function findCluster(call: Call, ref: string): SimDbCluster {
  const id = localId(call, ref, 'cluster');
  const c = call.region.clusters.get(id);
  if (!c) throw new SimError('DBClusterNotFoundFault', `DBCluster ${id} not found.`, 404);
  return c;
}

/** A snapshot of `kind` by identifier or ARN: the caller's own in its region, or one another account shared with it (by ARN). */
function findRdsSnapshot(call: Call, ref: string, kind: SnapshotKind): SimDbSnapshot | SimClusterSnapshot {
  const arn = parseArn(ref);
  if (arn?.type === kind && arn.account !== call.account && arn.region === call.region.name) return sharedRdsSnapshot(call.sim, call.account, arn, kind, true);
  const id = localId(call, ref, kind);
  const s = snapshotIn(call.region, kind, id);
  if (!s) throw snapshotNotFound(kind, id);
  return s;
}

export function findSnapshot(call: Call, ref: string): SimDbSnapshot {
  return findRdsSnapshot(call, ref, 'snapshot') as SimDbSnapshot;
}

export function findClusterSnapshot(call: Call, ref: string): SimClusterSnapshot {
  return findRdsSnapshot(call, ref, 'cluster-snapshot') as SimClusterSnapshot;
}

export function checkIdentifier(id: string, what: string): string {
  if (!/^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/.test(id) || id.length > 255) {
    throw new SimError('InvalidParameterValue', `The parameter ${what} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.`);
  }
  return id;
}

/** A subnet group a new instance or cluster names must exist in the calling region. */
export function checkSubnetGroup(call: Call, name: string | undefined): void {
  if (name && !call.region.subnetGroups.has(name)) {
    throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${name}' not found in ${call.region.name}.`, 404);
  }
}

export function checkManualQuota(call: Call, snapshots: Iterable<{ snapshot: { SnapshotType?: string } }>): void {
  const quota = rdsOptions(call.sim).manualSnapshotQuota;
  if (manualCount(snapshots) >= quota) throw new SimError('SnapshotQuotaExceeded', `Cannot create more than ${quota} manual snapshots`);
}

/** The KMS key a copy or restore in this region encrypts with; AWS's error when it cannot be used. */
export function usableKey(call: Call, keyRef: string): string {
  const key = findKmsKey(call.sim, call.account, call.region.name, keyRef);
  if (!key || key.KeyState !== 'Enabled') {
    throw new SimError('KMSKeyNotAccessibleFault', `The target KMS key [${keyRef}] does not exist, is not enabled or you do not have permissions to access it.`);
  }
  return key.Arn!;
}

export function snapshotDuration(call: Call, storageGiB: number, copy: boolean): number {
  return sharedSnapshotDuration(rdsOptions(call.sim), storageGiB, copy);
}

export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
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
