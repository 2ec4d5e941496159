/**
 * Plans the `snapshots:` section: reads every configured region (read-only calls), decides
 * per resource what is due, which DR copies are missing and what retention deletes or
 * archives, and returns a Plan (sections `snapshots:<policy>`) whose actions do the AWS
 * calls, plus the coverage report. The decisions themselves are the pure modules (selection,
 * due, retention, coverage); plan-read gathers their inputs, plan-resource, plan-copies and
 * plan-retention turn decisions into actions, plan-quotas checks RDS quotas.
 */
import { describeAwsError } from '../aws/errors.js';
import type { SnapshotsConfig } from '../config/snapshots-schema.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import { mapSettled } from '../util/concurrency.js';
import { buildCoverage, renderCoverageMarkdown } from './coverage.js';
import { chainKey, SNAPSHOT_KIND_OF, type SnapshotKind, type SnapshotRecord } from './inventory.js';
import { PlanContext, policySection, SNAPSHOTS_SECTION, type PlanSnapshotsInput, type SnapshotPlanResult, type VaultScope } from './plan-context.js';
import { planLeftoverChains } from './plan-retention.js';
import { checkQuotas } from './plan-quotas.js';
import { checkKeys, readRegion } from './plan-read.js';
import { planResource } from './plan-resource.js';
import { SnapshotRuntime } from './runtime.js';
import { selectResources, TYPE_LABEL } from './selection.js';
import { isToolOwned, TAG } from './tags.js';
import { readVault, unreadVault } from './vault-read.js';
import { checkVaultSources, openRdsShares, planOpenShareRemovals, readOpenEbsShares } from './vault-sources.js';

export { policySection, SNAPSHOTS_SECTION, type PlanSnapshotsInput, type SnapshotPlanResult } from './plan-context.js';

/** Actions that mostly wait (snapshots, copies): the apply loop should run this many at once. */
export const SNAPSHOT_APPLY_CONCURRENCY = 512;

/** The top-level config as far as this module reads it (the key is added to the schema by the lead). */
type ConfigWithSnapshots = Config & { snapshots?: SnapshotsConfig };

export async function planSnapshots(input: PlanSnapshotsInput): Promise<SnapshotPlanResult> {
  const section = (input.config as ConfigWithSnapshots).snapshots;
  const runtime = new SnapshotRuntime({
    waitBudgetMs: input.waitBudgetMs ?? (section?.['wait-minutes'] ?? 20) * 60_000,
    pollMs: input.pollMs ?? 15_000,
    progressEveryMs: input.progressEveryMs ?? 60_000,
    limitDelayMs: input.limitDelayMs ?? 30_000,
    log: input.log,
    ...(input.copyLimits && { copyLimits: input.copyLimits }),
  });
  if (!section) return { plan: { actions: [], warnings: [], errors: [] }, coverage: [], coverageMarkdown: '', runtime };

  const ctx = new PlanContext(section, input, runtime, input.now.getTime());
  const vault = input.vault && ctx.vaultKinds.size > 0 ? await (input.vault.clients ? readVault(ctx, input.vault.config, input.vault.clients) : unreadVault(ctx, input.vault.config)) : undefined;
  const accounts = await mapSettled(input.accounts, 4, (account) => planAccount(ctx, account, vault));
  accounts.forEach((result, i) => {
    if (!result.ok) ctx.error(SNAPSHOTS_SECTION, `account ${input.accounts[i]!.name}`, `planning failed: ${describeAwsError(result.error)}`);
  });
  return finish(ctx);
}

async function planAccount(ctx: PlanContext, account: ResolvedAccount, vault: VaultScope | undefined): Promise<void> {
  const clients = ctx.input.clientsFor(account);
  const policies = ctx.config.policies;
  const sourceRegions: string[] = [...account.regions];
  const copyRegions = (kinds: SnapshotKind[]) =>
    new Set(policies.filter((p) => kinds.includes(SNAPSHOT_KIND_OF[p.resources.type])).flatMap((p) => p.copies.filter((c) => c.account !== 'vault').map((c) => c.region as string)));
  const ebsDest = copyRegions(['ebs']);
  const rdsDest = copyRegions(['rds-instance', 'rds-cluster']);
  const regions = [...new Set([...sourceRegions, ...ebsDest, ...rdsDest])];

  const [inventories, keys, openEbsShares] = await Promise.all([
    Promise.all(regions.map((region) => readRegion(ctx, clients, account.name, region, { source: sourceRegions.includes(region), ebsDest: ebsDest.has(region), rdsDest: rdsDest.has(region) }))),
    checkKeys(ctx, clients, account.name),
    vault ? readOpenEbsShares(ctx, clients, account, vault) : undefined,
  ]);
  const byRegion = new Map(inventories.map((inv) => [inv.region, inv]));
  for (const inv of inventories) {
    ctx.resources.push(...inv.resources);
    ctx.allSnapshots.push(...inv.snapshots);
    for (const failure of inv.failures) {
      ctx.error(SNAPSHOTS_SECTION, `${failure.what === 'ebs' ? 'EC2/EBS' : 'RDS'} in ${ctx.where(account.name, inv.region)}`, `${failure.message}; nothing is snapshotted, copied or deleted there in this run`);
    }
  }

  const selection = selectResources(policies, inventories.flatMap((inv) => inv.resources));
  ctx.selection.selected.push(...selection.selected);
  ctx.selection.conflicts.push(...selection.conflicts);
  ctx.selection.skipped.push(...selection.skipped);
  for (const c of selection.conflicts) {
    ctx.error(
      SNAPSHOTS_SECTION,
      `${TYPE_LABEL[c.resource.type]} ${c.resource.id} (${ctx.where(account.name, c.resource.region)})`,
      `selected by ${c.policies.length} policies of type ${c.resource.type} (${c.policies.join(' and ')}); it is not snapshotted until exactly one policy selects it — narrow the tags or ids of one policy`,
    );
  }
  for (const o of selection.overlaps) {
    ctx.warn(
      policySection(o.instancePolicy),
      `EBS volume ${o.volume} (${ctx.where(account.name, o.region)})`,
      `snapshotted twice: by policy ${o.volumePolicy} (ebs-volume) and with instance ${o.instance} by policy ${o.instancePolicy}; select it in one of them only`,
    );
  }

  // Tool snapshots per side and chain.
  const chains = new Map<string, SnapshotRecord[]>();
  const orphans = new Map<string, number>();
  const known = new Set(policies.map((p) => p.name));
  for (const inv of inventories) {
    for (const s of inv.snapshots) {
      if (!isToolOwned(s.tags) || s.automated) continue;
      if (!known.has(s.tags[TAG.policy]!)) {
        orphans.set(s.tags[TAG.policy]!, (orphans.get(s.tags[TAG.policy]!) ?? 0) + 1);
        continue;
      }
      const key = `${s.region}|${chainKey(s)}`;
      chains.set(key, [...(chains.get(key) ?? []), s]);
    }
  }
  for (const [policy, count] of [...orphans.entries()].sort()) {
    ctx.warn(SNAPSHOTS_SECTION, `policy ${policy}${ctx.multiAccount ? ` (account ${account.name})` : ''}`, `${count} snapshot(s) carry policy "${policy}", which is not in the config; they are kept untouched — add the policy back to manage them, or delete them by hand`);
  }

  const vaultProblems = vault ? await checkVaultSources(clients, selection.selected, byRegion, vault) : new Map<string, string>();
  const scope = { clients, account, chains, byRegion, keys, handled: new Set<string>(), ...(vault && { vault }), vaultProblems };
  for (const sel of selection.selected) planResource(ctx, scope, sel);
  planLeftoverChains(ctx, clients, account, chains, byRegion, scope.handled);
  if (vault) {
    const sourceInventories = inventories.filter((inv) => sourceRegions.includes(inv.region));
    planOpenShareRemovals(ctx, clients, account, vault, [...(openEbsShares ?? []), ...openRdsShares(sourceInventories, vault)]);
  }
  checkQuotas(ctx, account.name, inventories);
}

function finish(ctx: PlanContext): SnapshotPlanResult {
  const policyCopies = new Map(ctx.config.policies.map((p) => [p.name, p.copies.length > 0]));
  const coverage = buildCoverage({
    resources: ctx.resources,
    selection: ctx.selection,
    snapshots: ctx.allSnapshots,
    snapshotPlanned: ctx.snapshotPlanned,
    copyPlanned: ctx.copyPlanned,
    policyCopies,
    staleAfterHours: ctx.config.coverage['stale-after-hours'],
    now: ctx.now,
  });
  for (const w of coverage.warnings) ctx.warn(SNAPSHOTS_SECTION, w.item, w.message);
  return {
    plan: { actions: [...ctx.creates, ...ctx.archives, ...ctx.deletes], warnings: ctx.warnings, errors: ctx.errors },
    coverage: coverage.rows,
    coverageMarkdown: renderCoverageMarkdown(coverage.rows),
    runtime: ctx.runtime,
  };
}
