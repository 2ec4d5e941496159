/**
 * Plans one selected resource: its snapshot when due, its copies (plan-copies.ts), and
 * retention on every side of its chains with this run's snapshot and copies counted in.
 */
import { planAction } from '../plan/plan.js';
import { snapshotApply } from './actions.js';
import { resourceRef } from './coverage.js';
import { DRIVERS, rdsSnapshotName } from './drivers.js';
import { snapshotDue } from './due.js';
import { chainKeyOf, isCopy, pointInTime, SNAPSHOT_KIND_OF, type SnapshotRecord } from './inventory.js';
import { policySection, type AccountScope, type PlanContext, type ResourcePlan } from './plan-context.js';
import { planCopies } from './plan-copies.js';
import { planChainRetention } from './plan-retention.js';
import { planVaultCopies } from './plan-vault.js';
import { instanceVolumes, TYPE_LABEL, type Selection } from './selection.js';
import { mergeTags, toolTags, userTags } from './tags.js';

export function planResource(ctx: PlanContext, scope: AccountScope, sel: Selection): void {
  const { clients, account, chains } = scope;
  const { policy, resource } = sel;
  const kind = SNAPSHOT_KIND_OF[resource.type];
  const region = resource.region;
  const section = policySection(policy.name);
  const label = `${ctx.where(account.name, region)}/${resource.id}`;
  const volumes = resource.type === 'ec2-instance' ? instanceVolumes(sel).map((v) => v.id) : [resource.id];
  const chainIds = resource.type === 'ec2-instance' ? [...new Set([...volumes, ...chainVolumes(chains, region, policy.name, resource.id)])] : [resource.id];
  const sourceChain = (volume: string) => (chains.get(`${region}|${chainKeyOf(policy.name, region, resource.id, volume)}`) ?? []).filter((s) => !isCopy(s));
  const existing = chainIds.flatMap(sourceChain);
  const due = snapshotDue(policy.schedule, existing.filter((s) => s.state !== 'failed').map(pointInTime), ctx.now);
  const rp: ResourcePlan = {
    policy,
    resource,
    kind,
    driver: DRIVERS[kind],
    section,
    label,
    ref: resourceRef(account.name, region, resource.id),
    volumes,
    chainIds,
    sourceChain,
    snapshotId: undefined,
    handle: { snapshots: [] },
  };

  if (due.due) {
    const sourceUserTags = policy['copy-tags'] ? userTags(resource.tags) : {};
    const own = toolTags({ policy: policy.name, tier: due.tier, source: resource.id, sourceRegion: region });
    const tags = resource.type === 'ec2-instance' ? own : mergeTags(mergeTags(own, resource.restoreSettings ?? {}), sourceUserTags);
    const rdsKind = kind === 'ebs' ? undefined : kind;
    rp.snapshotId = `${section}/snapshot/${account.name}/${region}/${resource.id}`;
    ctx.snapshotPlanned.add(rp.ref);
    // An instance set snapshots its volumes too: they count as planned in the coverage.
    if (resource.type === 'ec2-instance') for (const v of volumes) ctx.snapshotPlanned.add(resourceRef(account.name, region, v));
    ctx.push(
      ctx.creates,
      planAction(section, {
        id: rp.snapshotId,
        kind: 'snapshot',
        target: `${TYPE_LABEL[resource.type]} ${label}${resource.type === 'ec2-instance' ? ` (${volumes.length} volume${volumes.length === 1 ? '' : 's'})` : ''}`,
        reason: due.reason,
        details: { account: account.name, region, resource: resource.id, tier: due.tier },
        apply: snapshotApply({
          runtime: ctx.runtime,
          clients,
          driver: rp.driver,
          handle: rp.handle,
          request: {
            resourceId: resource.id,
            region,
            ...(resource.type === 'ec2-instance' && {
              instance: { excludeBootVolume: policy.resources['exclude-boot-volume'] ?? false, copyVolumeTags: policy['copy-tags'] },
            }),
            tags,
            name: rdsKind ? rdsSnapshotName(rdsKind, resource.id, policy.name, ctx.now) : '',
            description: `aws-backup-gitops ${policy.name} ${resource.id}`,
            now: ctx.now,
          },
        }),
      }),
      kind,
    );
  }

  const { copyIds, copiedVolumes } = planCopies(ctx, scope, rp);
  if (scope.vault) planVaultCopies(ctx, scope, rp, scope.vault);

  // Retention on both sides, with the snapshots and copies this run makes counted in.
  for (const volume of chainIds) {
    const chainKeyValue = chainKeyOf(policy.name, region, resource.id, volume);
    const planned = rp.snapshotId && volumes.includes(volume) ? rp.snapshotId : undefined;
    const common = { clients, account: account.name, policy, kind, source: resource.id };
    scope.handled.add(`${region}|${chainKeyValue}`);
    planChainRetention(ctx, {
      ...common,
      region,
      records: chains.get(`${region}|${chainKeyValue}`)?.filter((s) => !isCopy(s)) ?? [],
      rules: policy.retention,
      copySide: false,
      plannedBy: planned,
      archiveAfterDays: policy['archive-after-days'],
    });
    for (const copy of policy.copies) {
      if (copy.region === region || copy.account === 'vault') continue;
      scope.handled.add(`${copy.region}|${chainKeyValue}`);
      const copiesVolume = rp.snapshotId ? volumes.includes(volume) : (copiedVolumes.get(copy.region)?.has(volume) ?? false);
      planChainRetention(ctx, {
        ...common,
        region: copy.region,
        records: (chains.get(`${copy.region}|${chainKeyValue}`) ?? []).filter(isCopy),
        rules: copy.retention ?? policy.retention,
        copySide: true,
        plannedBy: copiesVolume ? copyIds.get(copy.region) : undefined,
        archiveAfterDays: copy['archive-after-days'] ?? policy['archive-after-days'],
      });
    }
  }
}

/** Volumes an instance's existing snapshots were taken of (volumes may have been detached since). */
function chainVolumes(chains: Map<string, SnapshotRecord[]>, region: string, policy: string, instance: string): string[] {
  const prefix = `${region}|${chainKeyOf(policy, region, instance, '')}`;
  return [...chains.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).filter(Boolean);
}
