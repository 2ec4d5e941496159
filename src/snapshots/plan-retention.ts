/**
 * Retention actions of one chain side (a resource's snapshots in its region, or its copies in
 * one destination): the pure decisions of retention.ts turned into delete and archive actions,
 * and retention for chains whose resource is gone or no longer selected.
 */
import type { AwsClients } from '../aws/clients.js';
import type { RetentionRules, SnapshotPolicy } from '../config/snapshots-schema.js';
import type { ResolvedAccount } from '../config/schema.js';
import { planAction } from '../plan/plan.js';
import { archiveApply, deleteApply } from './actions.js';
import { resourceRef } from './coverage.js';
import { DRIVERS } from './drivers.js';
import { isCopy, pointInTime, type RegionInventory, type SnapshotKind, type SnapshotRecord } from './inventory.js';
import { policySection, type PlanContext } from './plan-context.js';
import { describeRules, planRetention, type RetentionDecision, type RetentionItem } from './retention.js';
import { baseRules, shortenedBy } from './retention-change.js';
import { VAULT_LABEL } from './vault-read.js';
import { isToolOwned, TAG } from './tags.js';

export interface ChainSide {
  clients: AwsClients;
  account: string;
  policy: SnapshotPolicy;
  kind: SnapshotKind;
  region: string;
  records: readonly SnapshotRecord[];
  rules: RetentionRules;
  /** The copies side: the newest completed copy is always kept. */
  copySide: boolean;
  /** The action of this run that adds a snapshot to the chain, if any. */
  plannedBy: string | undefined;
  source: string;
  archiveAfterDays: number | undefined;
}

export function planChainRetention(ctx: PlanContext, side: ChainSide): void {
  const { clients, account, policy, kind, region, records, rules, copySide, plannedBy, source, archiveAfterDays } = side;
  if (records.length === 0) return;
  const section = policySection(policy.name);
  const items: RetentionItem[] = records.map((s) => ({
    id: s.id,
    takenAt: pointInTime(s),
    state: s.state,
    owned: isToolOwned(s.tags),
    ...(s.inUse && { inUse: s.inUse }),
    ...(s.storageTier && { storageTier: s.storageTier }),
    ...(s.tiering && { tiering: s.tiering }),
    ...(s.lockedUntil !== undefined && { lockedUntil: s.lockedUntil }),
  }));
  const archive = kind === 'ebs' ? archiveAfterDays : undefined;
  const common = { rules, now: ctx.now, keepNewestCompleted: copySide, ...(archive !== undefined && { archiveAfterDays: archive }) };
  const baseline = planRetention({ ...common, items });
  let decisions: RetentionDecision[] = baseline;
  let counted = items;
  if (plannedBy) {
    // The snapshot made in this run counts too; what it pushes out is deleted only once it exists.
    const NEW = '\u0000new';
    counted = [...items, { id: NEW, takenAt: ctx.now, state: 'completed', owned: true }];
    decisions = planRetention({ ...common, items: counted }).filter((d) => d.id !== NEW);
  }
  // On a pull request: which of these deletions the change's shorter retention causes.
  const rulesAtBase = baseRules(ctx.input.base, { policy: policy.name, copySide, region, vault: account === VAULT_LABEL });
  const shortened = shortenedBy({ ...common, items: counted }, decisions, rulesAtBase);
  if (shortened.size > 0) {
    ctx.warn(section, `retention of ${source} (${ctx.where(account, region)})`, `shortened by this change: deletes ${[...shortened.keys()].sort().join(', ')}, which the base branch's retention (${describeRules(rulesAtBase!)}) keeps`);
  }
  const deletedBefore = new Set(baseline.filter((d) => d.action === 'delete').map((d) => d.id));
  const byId = new Map(records.map((r) => [r.id, r]));
  const driver = DRIVERS[kind];
  for (const d of decisions) {
    const record = byId.get(d.id)!;
    const target = `${ctx.where(account, region)}/${d.id} (${source})`;
    const details = { account, region, snapshot: d.id, resource: source, 'taken-at': new Date(pointInTime(record)).toISOString() };
    if (d.action === 'delete') {
      ctx.push(
        ctx.deletes,
        planAction(section, {
          id: `${section}/delete/${account}/${region}/${d.id}`,
          kind: 'delete',
          target,
          reason: `${copySide ? 'DR copy ' : ''}${d.reason}${shortened.has(d.id) ? ` — ${shortened.get(d.id)}` : ''}`,
          details: shortened.has(d.id) ? { ...details, 'retention-shortened': true } : details,
          ...(plannedBy && !deletedBefore.has(d.id) && { dependsOn: [plannedBy] }),
          apply: deleteApply(ctx.runtime, clients, driver, region, d.id),
        }),
        kind,
      );
    } else if (d.action === 'archive') {
      ctx.push(
        ctx.archives,
        planAction(section, {
          id: `${section}/archive/${account}/${region}/${d.id}`,
          kind: 'archive',
          target,
          reason: d.reason,
          details,
          apply: archiveApply(ctx.runtime, clients, region, d.id),
        }),
        kind,
      );
    } else if (d.protectedBy === 'in-use') {
      ctx.warn(section, `snapshot ${d.id} (${ctx.where(account, region)})`, d.reason);
    }
    if (record.state === 'failed' && record.tags[TAG.createdBy]) {
      ctx.warn(section, `snapshot ${d.id} (${ctx.where(account, region)})`, `is in state ${record.status}; it is kept for inspection — delete it by hand once the cause is known`);
    }
  }
}

/** Chains of tool snapshots whose resource is gone or no longer selected: retention still applies. */
export function planLeftoverChains(ctx: PlanContext, clients: AwsClients, account: ResolvedAccount, chains: Map<string, SnapshotRecord[]>, byRegion: Map<string, RegionInventory>, handled: Set<string>): void {
  const policies = new Map(ctx.config.policies.map((p) => [p.name, p]));
  const conflicted = new Set(ctx.selection.conflicts.map((c) => resourceRef(c.resource.account, c.resource.region, c.resource.id)));
  for (const key of [...chains.keys()].sort()) {
    if (handled.has(key)) continue;
    const records = chains.get(key)!;
    const first = records[0]!;
    const policy = policies.get(first.tags[TAG.policy]!)!;
    const sourceRegion = first.tags[TAG.sourceRegion]!;
    const source = first.tags[TAG.source]!;
    // A resource selected by two policies is an error; its snapshots are left alone until resolved.
    if (conflicted.has(resourceRef(account.name, sourceRegion, source))) continue;
    if (!byRegion.has(first.region)) continue;
    const copySide = isCopy(first);
    const copy = policy.copies.find((c) => c.region === first.region && c.account !== 'vault');
    const common = { clients, account: account.name, policy, kind: first.kind, region: first.region, plannedBy: undefined, source };
    if (copySide && !copy) {
      // Copies in a region the policy no longer copies to: kept, but keep the newest.
      planChainRetention(ctx, { ...common, records: records.filter(isCopy), rules: policy.retention, copySide: true, archiveAfterDays: undefined });
      continue;
    }
    const rules: RetentionRules = copySide ? (copy?.retention ?? policy.retention) : policy.retention;
    const archiveAfterDays = copySide ? (copy?.['archive-after-days'] ?? policy['archive-after-days']) : policy['archive-after-days'];
    planChainRetention(ctx, { ...common, records: records.filter((r) => isCopy(r) === copySide), rules, copySide, archiveAfterDays });
  }
}
