/**
 * The source side of vault copies, per backed-up account: before anything is shared, which
 * selected resources cannot go to the vault because of their KMS key (one check per key), and
 * afterwards the shares an earlier run left open (a run that died mid-copy), taken back: EBS
 * ones listed here, RDS ones matched against what the vault role saw shared with it.
 */
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError } from '../aws/errors.js';
import type { ResolvedAccount } from '../config/schema.js';
import { planAction } from '../plan/plan.js';
import { resourceRef } from './coverage.js';
import type { RegionInventory, SnapshotKind } from './inventory.js';
import { SNAPSHOTS_SECTION, type PlanContext, type VaultScope } from './plan-context.js';
import type { Selection } from './selection.js';
import { isToolOwned } from './tags.js';
import { listOpenEbsShares, setShare } from './vault-calls.js';
import { checkSourceKey, type SourceKeyCheck } from './vault-keys.js';

const hasVaultCopies = (sel: Selection) => sel.policy.copies.some((c) => c.account === 'vault');

/** Resource ref → why it cannot be copied into the vault. */
export async function checkVaultSources(clients: AwsClients, selected: readonly Selection[], byRegion: Map<string, RegionInventory>, vault: VaultScope): Promise<Map<string, string>> {
  const checks = new Map<string, Promise<SourceKeyCheck>>();
  const check = (region: string, key: string) => {
    const id = `${region}|${key}`;
    let found = checks.get(id);
    if (!found) checks.set(id, (found = checkSourceKey(clients, region, key, vault.config.id)));
    return found;
  };
  const problems = new Map<string, string>();
  await Promise.all(
    selected.filter(hasVaultCopies).map(async ({ resource }) => {
      // An instance's snapshots are its volumes': each volume's key counts.
      const keys =
        resource.type === 'ec2-instance'
          ? (resource.volumes ?? []).map((v) => byRegion.get(resource.region)?.resources.find((r) => r.type === 'ebs-volume' && r.id === v.id)?.kmsKeyId)
          : [resource.kmsKeyId];
      for (const key of new Set(keys.filter((k): k is string => Boolean(k)))) {
        const result = await check(resource.region, key);
        if (!result.ok) {
          problems.set(resourceRef(resource.account, resource.region, resource.id), result.problem);
          return;
        }
      }
    }),
  );
  return problems;
}

/** A source snapshot of the tool's still shared with the vault. */
export interface OpenShare {
  region: string;
  kind: SnapshotKind;
  id: string;
}

/** The tool's EBS snapshots still shared with the vault, in each region whose EBS snapshots go there (listed while planning). */
export async function readOpenEbsShares(ctx: PlanContext, clients: AwsClients, account: ResolvedAccount, vault: VaultScope): Promise<OpenShare[]> {
  const out: OpenShare[] = [];
  if (!ctx.vaultKinds.has('ebs')) return out;
  await Promise.all(
    account.regions.map(async (region) => {
      try {
        for (const id of await listOpenEbsShares(clients.ec2(region), vault.config.id)) out.push({ region, kind: 'ebs', id });
      } catch (error) {
        ctx.warn(SNAPSHOTS_SECTION, `shares with the vault in ${ctx.where(account.name, region)}`, `cannot list them: ${describeAwsError(error, { region })}; a share left open by an earlier run is removed by a later one`);
      }
    }),
  );
  return out;
}

/**
 * The tool's own manual RDS snapshots of this account that the vault role saw shared with the
 * vault (matched by ARN, so a snapshot of another account or not the tool's is never touched).
 */
export function openRdsShares(inventories: readonly RegionInventory[], vault: VaultScope): OpenShare[] {
  const out: OpenShare[] = [];
  for (const inv of inventories) {
    const shared = vault.sharedRds.get(inv.region);
    if (!shared) continue;
    for (const s of inv.snapshots) {
      if (s.kind !== 'ebs' && !s.automated && s.arn && shared.has(s.arn) && isToolOwned(s.tags)) out.push({ region: inv.region, kind: s.kind, id: s.id });
    }
  }
  return out;
}

/** Takes back every open share no vault copy of this run needs. */
export function planOpenShareRemovals(ctx: PlanContext, clients: AwsClients, account: ResolvedAccount, vault: VaultScope, open: readonly OpenShare[]): void {
  for (const { region, kind, id } of open) {
    if (vault.sharing.has(id)) continue;
    ctx.push(
      ctx.creates,
      planAction(SNAPSHOTS_SECTION, {
        id: `${SNAPSHOTS_SECTION}/unshare/${account.name}/${region}/${id}`,
        kind: 'update',
        target: `${ctx.where(account.name, region)}/${id}`,
        reason: `still shared with the vault account ${vault.config.id} by an earlier run; the share is taken back`,
        details: { account: account.name, region, snapshot: id, 'shared-with': vault.config.id },
        apply: () => ctx.runtime.call(clients, region, kind === 'ebs' ? 'ec2' : 'rds', () => setShare(clients, kind, region, id, vault.config.id, false)),
      }),
      kind,
    );
  }
}
