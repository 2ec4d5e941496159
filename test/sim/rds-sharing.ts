/**
 * Simulated RDS snapshot sharing across the simulator's accounts: the `restore` attribute of
 * manual DB and DB cluster snapshots (ModifyDB[Cluster]SnapshotAttribute,
 * DescribeDB[Cluster]SnapshotAttributes), and the lookup that lets another account copy or
 * restore a snapshot shared with it (by ARN). A snapshot encrypted with the AWS managed key
 * (aws/rds) cannot be shared; an encrypted one can only be shared with account ids, not `all`.
 */
import { keyByArn, keyUsableBy } from './kms-policy.js';
import { rdsRegion, tickRds, type RdsRegion, type RdsState, type SimClusterSnapshot, type SimDbSnapshot } from './rds-state.js';
import type { Call } from './rds-model.js';
import { SimError, type SimContext } from './types.js';


type Kind = 'snapshot' | 'cluster-snapshot';

const NOT_FOUND: Record<Kind, [string, string]> = { snapshot: ['DBSnapshotNotFound', 'DBSnapshot'], 'cluster-snapshot': ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshot'] };

function lookup(region: RdsRegion, kind: Kind, id: string): SimDbSnapshot | SimClusterSnapshot | undefined {
  return kind === 'snapshot' ? region.snapshots.get(id) : region.clusterSnapshots.get(id);
}

/**
 * The snapshot an ARN of another account names, when that account shared it with `caller`;
 * undefined for anything else. `useKey`: the caller reads the data, so an encrypted
 * snapshot's key policy must let the caller's account use it.
 */
export function sharedRdsSnapshot<T extends SimDbSnapshot | SimClusterSnapshot>(sim: SimContext, caller: string, arn: { region: string; account: string; id: string }, kind: Kind, useKey: boolean): T {
  const [code, what] = NOT_FOUND[kind];
  const region = sim.state.accounts[arn.account] ? rdsRegion(sim, arn.account, arn.region) : undefined;
  if (region) tickRds(sim, arn.account, region, sim.now());
  const s = region && lookup(region, kind, arn.id);
  if (!s || !s.sharedWith?.has(caller)) throw new SimError(code, `${what} ${arn.id} not found (it is not shared with account ${caller}).`, 404);
  const key = s.snapshot.KmsKeyId;
  if (useKey && key && !keyUsableBy(sim, key, caller)) {
    throw new SimError('KMSKeyNotAccessibleFault', `The KMS key ${key} of ${what} ${arn.id} does not grant account ${caller}; its key policy must allow this account to use it.`);
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

function modify(call: Call, kind: Kind, idParam: string): Record<string, unknown> {
  const [code, what] = NOT_FOUND[kind];
  const id = String(call.input[idParam] ?? '');
  const s = lookup(call.region, kind, id);
  if (!s) throw new SimError(code, `${what} ${id} not found.`, 404);
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

function attributes(kind: Kind, id: string, shared: Set<string> | undefined): Record<string, unknown> {
  const result = { [kind === 'snapshot' ? 'DBSnapshotIdentifier' : 'DBClusterSnapshotIdentifier']: id, [kind === 'snapshot' ? 'DBSnapshotAttributes' : 'DBClusterSnapshotAttributes']: [{ AttributeName: 'restore', AttributeValues: [...(shared ?? [])].sort() }] };
  return { [kind === 'snapshot' ? 'DBSnapshotAttributesResult' : 'DBClusterSnapshotAttributesResult']: result };
}

function describe(call: Call, kind: Kind, idParam: string): Record<string, unknown> {
  const [code, what] = NOT_FOUND[kind];
  const id = String(call.input[idParam] ?? '');
  const s = lookup(call.region, kind, id);
  if (!s) throw new SimError(code, `${what} ${id} not found.`, 404);
  return attributes(kind, id, s.sharedWith);
}

export const rdsSharingOperations: Record<string, (call: Call) => Record<string, unknown>> = {
  ModifyDBSnapshotAttribute: (call) => modify(call, 'snapshot', 'DBSnapshotIdentifier'),
  ModifyDBClusterSnapshotAttribute: (call) => modify(call, 'cluster-snapshot', 'DBClusterSnapshotIdentifier'),
  DescribeDBSnapshotAttributes: (call) => describe(call, 'snapshot', 'DBSnapshotIdentifier'),
  DescribeDBClusterSnapshotAttributes: (call) => describe(call, 'cluster-snapshot', 'DBClusterSnapshotIdentifier'),
};
