/**
 * Simulated RDS snapshot sharing across the simulator's accounts: the `restore` attribute of
 * manual DB and DB cluster snapshots (ModifyDB[Cluster]SnapshotAttribute,
 * DescribeDB[Cluster]SnapshotAttributes), and the lookup that lets another account copy or
 * restore a snapshot shared with it (by ARN). A snapshot encrypted with the AWS managed key
 * (aws/rds) cannot be shared; an encrypted one can only be shared with account ids, not `all`.
 */
import { keyByArn, keyUsableBy } from './kms-policy.js';
import { rdsRegion, tickRds, type RdsRegion, type RdsState, type SimClusterSnapshot, type SimDbSnapshot } from './rds-state.js';
import { SNAPSHOT_NOT_FOUND, snapshotIn, snapshotNotFound, type Call, type SnapshotKind } from './rds-model.js';
import { SimError, type SimContext } from './types.js';

/**
 * The snapshot an ARN of another account names, when that account shared it with `caller`;
 * AWS's not-found error for anything else. `useKey`: the caller reads the data, so an
 * encrypted snapshot's key policy must let the caller's account use it.
 */
export function sharedRdsSnapshot<T extends SimDbSnapshot | SimClusterSnapshot>(sim: SimContext, caller: string, arn: { region: string; account: string; id: string }, kind: SnapshotKind, useKey: boolean): T {
  const region = sim.state.accounts[arn.account] ? rdsRegion(sim, arn.account, arn.region) : undefined;
  if (region) tickRds(sim, arn.account, region, sim.now());
  const s = region && snapshotIn(region, kind, arn.id);
  if (!s || !s.sharedWith?.has(caller)) throw snapshotNotFound(kind, arn.id, `it is not shared with account ${caller}`);
  const key = s.snapshot.KmsKeyId;
  if (useKey && key && !keyUsableBy(sim, key, caller)) {
    throw new SimError('KMSKeyNotAccessibleFault', `The KMS key ${key} of ${SNAPSHOT_NOT_FOUND[kind][1]} ${arn.id} does not grant account ${caller}; its key policy must allow this account to use it.`);
  }
  return s as T;
}

/** Other accounts' manual snapshots in `region` shared with `caller`, picked from each owner's region state. */
function sharedWith<T extends SimDbSnapshot | SimClusterSnapshot>(sim: SimContext, caller: string, region: string, pick: (state: RdsRegion) => Iterable<T>): T[] {
  const out: T[] = [];
  for (const owner of Object.keys(sim.state.accounts)) {
    // Only accounts that have RDS state in the region: listing must not create any.
    const state = owner === caller ? undefined : (sim.state.accounts[owner]?.services.rds as RdsState | undefined)?.regions[region];
    if (!state) continue;
    tickRds(sim, owner, state, sim.now());
    for (const s of pick(state)) if (s.sharedWith?.has(caller) && s.snapshot.SnapshotType === 'manual') out.push(s);
  }
  return out;
}

/**
 * What DescribeDB[Cluster]Snapshots shows `caller` of other accounts' snapshots shared with it
 * (SnapshotType `shared`, or IncludeShared): the identifier is the snapshot's ARN, the type
 * `shared`, and the owner's tags are not shown.
 */
export function dbSnapshotsSharedWith(sim: SimContext, caller: string, region: string): SimDbSnapshot['snapshot'][] {
  return sharedWith(sim, caller, region, (r) => r.snapshots.values()).map(({ snapshot: { TagList: _ownerTags, ...shown } }) => ({ ...shown, DBSnapshotIdentifier: shown.DBSnapshotArn, SnapshotType: 'shared' }));
}

export function clusterSnapshotsSharedWith(sim: SimContext, caller: string, region: string): SimClusterSnapshot['snapshot'][] {
  return sharedWith(sim, caller, region, (r) => r.clusterSnapshots.values()).map(({ snapshot: { TagList: _ownerTags, ...shown } }) => ({
    ...shown,
    DBClusterSnapshotIdentifier: shown.DBClusterSnapshotArn,
    SnapshotType: 'shared',
  }));
}

/** The caller's own snapshot the attribute operations name (by identifier), or AWS's not-found error. */
function ownSnapshot(call: Call, kind: SnapshotKind, idParam: string): { id: string; s: SimDbSnapshot | SimClusterSnapshot } {
  const id = String(call.input[idParam] ?? '');
  const s = snapshotIn(call.region, kind, id);
  if (!s) throw snapshotNotFound(kind, id);
  return { id, s };
}

function modify(call: Call, kind: SnapshotKind, idParam: string): Record<string, unknown> {
  const { id, s } = ownSnapshot(call, kind, idParam);
  if (call.input.AttributeName !== 'restore') throw new SimError('InvalidParameterValue', `Attribute ${String(call.input.AttributeName)} cannot be modified; use restore.`);
  if (s.snapshot.SnapshotType !== 'manual') throw new SimError(kind === 'snapshot' ? 'InvalidDBSnapshotState' : 'InvalidDBClusterSnapshotStateFault', 'Only manual snapshots can be shared.');
  const add: string[] = call.input.ValuesToAdd ?? [];
  const remove: string[] = call.input.ValuesToRemove ?? [];
  const encrypted = kind === 'snapshot' ? (s as SimDbSnapshot).snapshot.Encrypted : (s as SimClusterSnapshot).snapshot.StorageEncrypted;
  if (add.includes('all') && encrypted) throw new SimError('InvalidParameterValue', 'An encrypted snapshot can be shared only with account ids, not all.');
  if (add.length && encrypted && keyByArn(call.sim, s.snapshot.KmsKeyId ?? '')?.key.KeyManager === 'AWS') {
    throw new SimError('InvalidParameterValue', "Snapshots encrypted with the default KMS key (aws/rds) can't be shared; copy the snapshot with a customer managed key and share the copy.");
  }
  for (const a of add) if (a !== 'all' && !/^\d{12}$/.test(a)) throw new SimError('InvalidParameterValue', `Invalid account id ${a}.`);
  const shared = (s.sharedWith ??= new Set());
  for (const a of add) shared.add(a);
  for (const a of remove) shared.delete(a);
  return attributes(kind, id, shared);
}

function attributes(kind: SnapshotKind, id: string, shared: Set<string> | undefined): Record<string, unknown> {
  const result = { [kind === 'snapshot' ? 'DBSnapshotIdentifier' : 'DBClusterSnapshotIdentifier']: id, [kind === 'snapshot' ? 'DBSnapshotAttributes' : 'DBClusterSnapshotAttributes']: [{ AttributeName: 'restore', AttributeValues: [...(shared ?? [])].sort() }] };
  return { [kind === 'snapshot' ? 'DBSnapshotAttributesResult' : 'DBClusterSnapshotAttributesResult']: result };
}

function describe(call: Call, kind: SnapshotKind, idParam: string): Record<string, unknown> {
  const { id, s } = ownSnapshot(call, kind, idParam);
  return attributes(kind, id, s.sharedWith);
}

export const rdsSharingOperations: Record<string, (call: Call) => Record<string, unknown>> = {
  ModifyDBSnapshotAttribute: (call) => modify(call, 'snapshot', 'DBSnapshotIdentifier'),
  ModifyDBClusterSnapshotAttribute: (call) => modify(call, 'cluster-snapshot', 'DBClusterSnapshotIdentifier'),
  DescribeDBSnapshotAttributes: (call) => describe(call, 'snapshot', 'DBSnapshotIdentifier'),
  DescribeDBClusterSnapshotAttributes: (call) => describe(call, 'cluster-snapshot', 'DBClusterSnapshotIdentifier'),
};
