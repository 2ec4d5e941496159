/** RDS manual snapshot quota per region: warn before a run would reach it. */
import type { PlanAction } from '../plan/plan.js';
import type { RegionInventory } from './inventory.js';
import { SNAPSHOTS_SECTION, type PlanContext } from './plan-context.js';

export function checkQuotas(ctx: PlanContext, account: string, inventories: RegionInventory[]): void {
  for (const inv of inventories) {
    for (const [kind, quota, what] of [
      ['rds-instance', inv.quotas.instanceSnapshots, 'manual DB snapshots'],
      ['rds-cluster', inv.quotas.clusterSnapshots, 'manual DB cluster snapshots'],
    ] as const) {
      if (!quota) continue;
      const inRegion = (a: PlanAction) => a.details?.account === account && (a.kind === 'copy' ? a.details?.destination : a.details?.region) === inv.region;
      const ofKind = (a: PlanAction) => ctx.kindOfAction(a) === kind;
      const adds = ctx.creates.filter((a) => inRegion(a) && ofKind(a)).length;
      const removes = ctx.deletes.filter((a) => inRegion(a) && ofKind(a)).length;
      if (adds === 0 && quota.used < quota.max * 0.9) continue;
      const peak = quota.used + adds;
      const after = peak - removes;
      const item = `RDS quota in ${ctx.where(account, inv.region)}`;
      const fix = 'lower the retention counts, delete unneeded manual snapshots, or request a quota increase (Service Quotas: "Manual DB instance snapshots")';
      if (peak > quota.max) {
        ctx.warn(SNAPSHOTS_SECTION, item, `${quota.used} of ${quota.max} ${what} are used; this run adds ${adds} and deletes ${removes} afterwards, so it reaches the quota and new snapshots wait for deletes: ${fix}`);
      } else if (after >= quota.max * 0.9) {
        ctx.warn(SNAPSHOTS_SECTION, item, `${after} of ${quota.max} ${what} will be used after this run (${Math.round((after / quota.max) * 100)}%): ${fix}`);
      }
    }
  }
}
