/**
 * Which policy protects which resource. Pure. A resource matched by two policies of the same
 * type is an error naming both (never a silent double snapshot); a volume selected both on
 * its own and as part of an instance is reported, and both policies run.
 */
import type { ResourceType, SnapshotPolicy } from '../config/snapshots-schema.js';
import type { SourceResource } from './inventory.js';

export interface Selection {
  policy: SnapshotPolicy;
  resource: SourceResource;
}

export interface SelectionResult {
  selected: Selection[];
  /** Same resource, several policies of its type: none of them snapshots it. */
  conflicts: { resource: SourceResource; policies: string[] }[];
  /** Matched but cannot be snapshotted by this policy (Aurora member, unavailable). */
  skipped: { policy: string; resource: SourceResource; reason: string }[];
  /** A volume snapshotted both by an ebs-volume policy and with its instance. */
  overlaps: { volume: string; account: string; region: string; volumePolicy: string; instancePolicy: string; instance: string }[];
}

export function matchesPolicy(policy: SnapshotPolicy, resource: SourceResource): boolean {
  const sel = policy.resources;
  if (sel.type !== resource.type) return false;
  if (sel.regions && !sel.regions.includes(resource.region as never)) return false;
  const byId = sel.ids?.includes(resource.id) ?? false;
  const tags = sel.tags;
  const byTags =
    tags !== undefined &&
    Object.keys(tags).length > 0 &&
    Object.entries(tags).every(([key, value]) => (value === '*' ? key in resource.tags : resource.tags[key] === value));
  return byId || byTags;
}

const resourceKey = (r: SourceResource) => `${r.account}|${r.region}|${r.type}|${r.id}`;

export function selectResources(policies: readonly SnapshotPolicy[], resources: readonly SourceResource[]): SelectionResult {
  const result: SelectionResult = { selected: [], conflicts: [], skipped: [], overlaps: [] };
  const sorted = [...resources].sort((a, b) => (resourceKey(a) < resourceKey(b) ? -1 : resourceKey(a) > resourceKey(b) ? 1 : 0));
  for (const resource of sorted) {
    const matching = policies.filter((p) => matchesPolicy(p, resource));
    if (matching.length === 0) continue;
    if (matching.length > 1) {
      result.conflicts.push({ resource, policies: matching.map((p) => p.name) });
      continue;
    }
    const policy = matching[0] as SnapshotPolicy;
    const reason = skipReason(resource);
    if (reason) result.skipped.push({ policy: policy.name, resource, reason });
    else result.selected.push({ policy, resource });
  }
  // Volumes snapshotted twice: once alone, once with their instance.
  const volumePolicy = new Map<string, string>();
  for (const s of result.selected) {
    if (s.resource.type === 'ebs-volume') volumePolicy.set(`${s.resource.account}|${s.resource.region}|${s.resource.id}`, s.policy.name);
  }
  for (const s of result.selected) {
    if (s.resource.type !== 'ec2-instance') continue;
    for (const volume of instanceVolumes(s)) {
      const other = volumePolicy.get(`${s.resource.account}|${s.resource.region}|${volume.id}`);
      if (other) {
        result.overlaps.push({ volume: volume.id, account: s.resource.account, region: s.resource.region, volumePolicy: other, instancePolicy: s.policy.name, instance: s.resource.id });
      }
    }
  }
  return result;
}

/** The volumes an instance policy snapshots (the boot volume left out when asked). */
export function instanceVolumes(selection: Selection): { id: string; device: string; boot: boolean }[] {
  const volumes = selection.resource.volumes ?? [];
  return selection.policy.resources['exclude-boot-volume'] ? volumes.filter((v) => !v.boot) : volumes;
}

function skipReason(resource: SourceResource): string | undefined {
  if (resource.type === 'rds-instance' && resource.clusterId) {
    return `is a member of DB cluster ${resource.clusterId}; its data is snapshotted with the cluster — select the cluster with type rds-cluster instead`;
  }
  if (resource.unavailable) return `cannot be snapshotted now: ${resource.unavailable}`;
  return undefined;
}

export const TYPE_LABEL: Record<ResourceType, string> = {
  'ebs-volume': 'EBS volume',
  'ec2-instance': 'EC2 instance',
  'rds-instance': 'DB instance',
  'rds-cluster': 'DB cluster',
};
