/**
 * The copy actions of one resource, one per destination: of this run's new snapshot, or of
 * the newest existing snapshot a destination does not have yet (copyDue).
 */
import type { CopyConfig, SnapshotPolicy } from '../config/snapshots-schema.js';
import { planAction } from '../plan/plan.js';
import { copyApply } from './actions.js';
import type { SourceSnapshot } from './drivers.js';
import { resourceRef } from './coverage.js';
import { copyDue } from './due.js';
import { chainKeyOf, isCopy, pointInTime, type RegionInventory, type SnapshotRecord, type SourceResource } from './inventory.js';
import type { AccountScope, PlanContext, ResourcePlan } from './plan-context.js';
import { TYPE_LABEL } from './selection.js';
import { TAG, userTags, type Tags } from './tags.js';

export interface PlannedCopies {
  /** Destination region → the copy action's id. */
  copyIds: Map<string, string>;
  /** Destination region → volumes whose existing snapshot is copied in this run. */
  copiedVolumes: Map<string, Set<string>>;
}

export function planCopies(ctx: PlanContext, scope: AccountScope, rp: ResourcePlan): PlannedCopies {
  const { clients, account, byRegion, keys, chains } = scope;
  const { policy, resource, kind, driver, section, label, snapshotId } = rp;
  const region = resource.region;
  const copyIds = new Map<string, string>();
  const copiedVolumes = new Map<string, Set<string>>();
  for (const copy of policy.copies) {
    if (copy.region === region || copy.account === 'vault') continue;
    const dest = byRegion.get(copy.region);
    const target = `${label} → ${copy.region}`;
    if (dest?.failures.some((f) => f.what === (kind === 'ebs' ? 'ebs' : 'rds'))) continue; // reported with the listing
    const key = copy['kms-key'] ? keys.get(`${copy.region}|${copy['kms-key']}`) : undefined;
    if (key && !key.ok) continue; // one error per policy and destination, reported by checkKeys
    const problem = copyProblem(resource, copy);
    if (problem) {
      ctx.error(section, `${TYPE_LABEL[resource.type]} ${label}`, problem);
      continue;
    }
    const { sources, reason, volumes } = pickSources(scope, rp, 'DR copy of the new snapshot', (volume) => (chains.get(`${copy.region}|${chainKeyOf(policy.name, region, resource.id, volume)}`) ?? []).filter(isCopy));
    if (volumes.size > 0) copiedVolumes.set(copy.region, volumes);
    if (sources) {
      const id = `${section}/copy/${account.name}/${copy.region}/${resource.id}`;
      copyIds.set(copy.region, id);
      ctx.copyPlanned.add(rp.ref);
      if (resource.type === 'ec2-instance') {
        for (const v of snapshotId ? rp.volumes : (copiedVolumes.get(copy.region) ?? [])) ctx.copyPlanned.add(resourceRef(account.name, region, v));
      }
      ctx.push(
        ctx.creates,
        planAction(section, {
          id,
          kind: 'copy',
          target,
          reason,
          details: { account: account.name, region, destination: copy.region, resource: resource.id, ...(key?.ok && { 'kms-key': key.arn }) },
          ...(snapshotId && { dependsOn: [snapshotId] }),
          apply: copyApply({
            runtime: ctx.runtime,
            clients,
            driver,
            sources,
            sourceRegion: region,
            destination: copy.region,
            ...(key?.ok && { kmsKeyArn: key.arn }),
            ...(copy['option-group'] && { optionGroup: copy['option-group'] }),
            copySourceTags: policy['copy-tags'],
          }),
        }),
        kind,
      );
    }
  }
  return { copyIds, copiedVolumes };
}

export interface PickedSources {
  /** The snapshots to copy (read when the action runs), or undefined when nothing is due. */
  sources: (() => SourceSnapshot[]) | undefined;
  reason: string;
  /** Volumes whose existing snapshot is copied (catch-up copies). */
  volumes: Set<string>;
  /** Existing snapshots the action may copy (catch-up or fallback): they are shared while it runs. */
  existing: SourceSnapshot[];
}

/**
 * What one destination gets: this run's new snapshot (read from the snapshot action's handle),
 * or per volume the newest existing snapshot it has no copy of yet (copyDue). The new snapshot
 * falls back to that existing one when it does not complete within the wait budget: otherwise
 * a schedule whose snapshots outlast `wait-minutes` would never get a copy.
 */
export function pickSources(scope: AccountScope, rp: ResourcePlan, newReason: string, copiesOf: (volume: string) => SnapshotRecord[]): PickedSources {
  const { policy, resource, snapshotId, handle } = rp;
  const catchUp = catchUpSources(rp, copiesOf);
  if (snapshotId) {
    const fallbacks = new Map([...catchUp.byVolume].filter(([, s]) => s.completed));
    const sources = () =>
      handle.snapshots.map((s) => {
        const fallback = fallbacks.get(resource.type === 'ec2-instance' ? (s.volumeId ?? '') : resource.id);
        return {
          ...s,
          ...(resource.encrypted !== undefined && { encrypted: resource.encrypted }),
          tags: { ...sourceUserTagsFor(resource, s.volumeId, scope.byRegion, policy), ...s.tags },
          ...(fallback && { fallback }),
        };
      });
    return { sources, reason: newReason, volumes: new Set(), existing: [...fallbacks.values()] };
  }
  const pending = [...catchUp.byVolume.values()];
  return { sources: pending.length > 0 ? () => pending : undefined, reason: catchUp.reasons.join('; '), volumes: new Set(catchUp.byVolume.keys()), existing: pending };
}

/** Per volume, the newest existing snapshot the destination has no copy of (copyDue). */
function catchUpSources(rp: ResourcePlan, copiesOf: (volume: string) => SnapshotRecord[]): { byVolume: Map<string, SourceSnapshot>; reasons: string[] } {
  const byVolume = new Map<string, SourceSnapshot>();
  const reasons: string[] = [];
  for (const volume of rp.chainIds) {
    const decision = copyDue(
      rp.sourceChain(volume).map((s) => ({ id: s.id, takenAt: pointInTime(s), state: s.state })),
      copiesOf(volume).map((c) => ({ id: c.id, takenAt: pointInTime(c), state: c.state, ...(c.tags[TAG.sourceSnapshot] && { sourceSnapshot: c.tags[TAG.sourceSnapshot] }) })),
    );
    const record = decision.snapshot && rp.sourceChain(volume).find((s) => s.id === decision.snapshot!.id);
    if (!record) continue;
    byVolume.set(volume, {
      id: record.id,
      ...(record.arn && { arn: record.arn }),
      ...(record.resourceId && { volumeId: record.resourceId }),
      takenAt: pointInTime(record),
      tags: record.tags,
      completed: record.state === 'completed',
      ...(record.encrypted !== undefined && { encrypted: record.encrypted }),
    });
    reasons.push(decision.reason);
  }
  return { byVolume, reasons };
}

export function copyProblem(resource: SourceResource, copy: CopyConfig): string | undefined {
  if (resource.type === 'rds-instance' && resource.optionGroup && !copy['option-group']) {
    return `uses option group ${resource.optionGroup}, so its snapshot copies to ${copy.region} need an option group there: set copies option-group for ${copy.region} (e.g. an option group created in ${copy.region} for ${resource.engine ?? 'the engine'})`;
  }
  if ((resource.type === 'rds-instance' || resource.type === 'rds-cluster') && resource.encrypted && !copy['kms-key']) {
    return `is encrypted, and RDS copies encrypted snapshots across regions only with a KMS key of the destination: set kms-key for the copies to ${copy.region}`;
  }
  return undefined;
}

/** Instance sets: a snapshot's tags include its volume's own tags (CopyTagsFromSource), so its copy gets them too. */
function sourceUserTagsFor(resource: SourceResource, volumeId: string | undefined, byRegion: Map<string, RegionInventory>, policy: SnapshotPolicy): Tags {
  if (!policy['copy-tags'] || resource.type !== 'ec2-instance' || !volumeId) return {};
  const volume = byRegion.get(resource.region)?.resources.find((r) => r.type === 'ebs-volume' && r.id === volumeId);
  return volume ? userTags(volume.tags) : {};
}
