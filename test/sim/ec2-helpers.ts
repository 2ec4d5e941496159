/**
 * What the simulated EC2's operation modules share: the call context and the lookups and
 * checks every operation uses (AWS's own NotFound codes and tag rules).
 */
import type { Instance, Tag, Volume } from '@aws-sdk/client-ec2';
import { ec2Options, type Ec2Region, type SimSnapshot } from './ec2-state.js';
import { hashedId } from './service-state.js';
import { SimError, type SimContext } from './types.js';

export interface Call {
  input: Record<string, any>;
  region: Ec2Region;
  regionName: string;
  account: string;
  sim: SimContext;
}
export type Operation = (call: Call) => Record<string, unknown>;

export function required<T>(input: Record<string, unknown>, name: string): T {
  const value = input[name];
  if (value === undefined || value === '') throw new SimError('MissingParameter', `The request must contain the parameter ${name}`);
  return value as T;
}

/** Hex ids like AWS's (`vol-0` + 16 hex), deterministic from the simulator's id sequence. */
export function newResourceId(sim: SimContext, prefix: string): string {
  return `${prefix}-0${hashedId(sim, prefix, 16)}`;
}

export function findSnapshot(region: Ec2Region, id: string): SimSnapshot {
  const s = region.snapshots.get(id);
  if (!s) throw new SimError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);
  return s;
}

export function findVolume(region: Ec2Region, id: string): Volume {
  const v = region.volumes.get(id);
  if (!v) throw new SimError('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
  return v.volume;
}

export function findInstance(region: Ec2Region, id: string): Instance {
  const i = region.instances.get(id);
  if (!i) throw new SimError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
  return i;
}

/** The objects named by ids, or all of them; an unknown id is the resource's NotFound error. */
export function selected<T>(all: Iterable<T>, ids: string[] | undefined, find: (id: string) => T): T[] {
  return ids?.length ? ids.map(find) : [...all];
}

export function checkSnapshotLimit(call: Call, adding: number): void {
  const { snapshotLimit } = ec2Options(call.sim);
  if (call.region.snapshots.size + adding > snapshotLimit) {
    throw new SimError('SnapshotLimitExceeded', `The maximum number of snapshots (${snapshotLimit}) has been reached in ${call.regionName}.`);
  }
}

export function checkTags(tags: Tag[]): Tag[] {
  for (const tag of tags) {
    if (!tag.Key) throw new SimError('InvalidParameterValue', 'Tag keys must not be empty.');
    if (tag.Key.toLowerCase().startsWith('aws:')) throw new SimError('InvalidParameterValue', `Tag keys starting with 'aws:' are reserved for internal use (got '${tag.Key}').`);
  }
  return tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
}

export function mergeTags(existing: Tag[] | undefined, added: Tag[]): Tag[] {
  const merged = new Map((existing ?? []).map((t) => [t.Key, t]));
  for (const tag of added) merged.set(tag.Key, tag);
  if (merged.size > 50) throw new SimError('TagLimitExceeded', 'The maximum number of tags (50) for a resource has been reached.');
  return [...merged.values()];
}
