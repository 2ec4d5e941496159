/**
 * What the planner reads with the vault role before planning vault copies: per region the
 * vault account's own snapshots (with their locks) and its KMS key, and per source region the
 * RDS snapshots shared with the vault (a share a killed run left open); and, with each source
 * account's role, whether the keys of the sources let the vault copy them (vault-keys.ts).
 */
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError } from '../aws/errors.js';
import type { VaultConfig } from '../config/vault-schema.js';
import { listEbsSnapshots } from './ec2-inventory.js';
import { chainKey, SNAPSHOT_KIND_OF, type SnapshotRecord } from './inventory.js';
import { checkCopyKey } from './kms.js';
import { SNAPSHOTS_SECTION, type PlanContext, type VaultScope } from './plan-context.js';
import { listRdsSnapshots } from './rds-inventory.js';
import { isToolOwned, TAG } from './tags.js';
import { listLocks, listRdsSharedWithMe } from './vault-calls.js';

/** The account label of vault actions and messages. */
export const VAULT_LABEL = 'vault';

export const vaultChainKey = (region: string, account: string, key: string) => `${region}|${account}|${key}`;

/**
 * A pull request's plan without the read-only vault plan role (`vault.plan-role-arn`): the
 * vault is not read (the plan never assumes the vault role), and the plan says so. The source
 * side — whether each source key lets the vault copy — is still checked.
 */
export function unreadVault(ctx: PlanContext, config: VaultConfig): VaultScope {
  ctx.warn(
    SNAPSHOTS_SECTION,
    `vault ${config.id}`,
    'not read by this plan: no read-only vault plan role is configured, and a pull request never assumes the vault role; the vault copies, their retention and locks are not shown (the source keys are still checked) — create the vault plan role (iam-policy writes vault-plan-policy.json, docs/vault.md) and set vault.plan-role-arn',
  );
  return { config, clients: undefined, chains: new Map(), failed: new Set(), keys: new Map(), sharing: new Set(), sharedRds: new Map() };
}

export async function readVault(ctx: PlanContext, config: VaultConfig, clients: AwsClients): Promise<VaultScope> {
  const scope: VaultScope = { config, clients, chains: new Map(), failed: new Set(), keys: new Map(), sharing: new Set(), sharedRds: new Map() };
  const wanted = new Map<string, Set<'ebs' | 'rds'>>();
  for (const p of ctx.config.policies) {
    for (const c of p.copies) {
      if (c.account !== 'vault') continue;
      const kinds = wanted.get(c.region) ?? new Set();
      kinds.add(SNAPSHOT_KIND_OF[p.resources.type] === 'ebs' ? 'ebs' : 'rds');
      wanted.set(c.region, kinds);
    }
  }
  const add = (records: SnapshotRecord[]) => {
    for (const s of records) {
      if (!isToolOwned(s.tags) || s.automated) continue;
      const key = vaultChainKey(s.region, s.tags[TAG.sourceAccount] ?? '', chainKey(s));
      scope.chains.set(key, [...(scope.chains.get(key) ?? []), s]);
    }
  };
  const sharedRds = readSharedRds(ctx, scope, clients);
  await Promise.all(
    [...wanted.entries()].map(async ([region, kinds]) => {
      const keyRef = config['kms-keys'][region]!;
      const [key] = await Promise.all([
        checkCopyKey(clients, region, keyRef),
        kinds.has('ebs') ? readEbs(ctx, scope, clients, region).then(add) : undefined,
        kinds.has('rds') ? readRds(ctx, scope, clients, region).then(add) : undefined,
      ]);
      scope.keys.set(region, key);
      if (!key.ok) ctx.error(SNAPSHOTS_SECTION, `vault copies to ${region}`, `${key.message} (vault.kms-keys.${region}); nothing is copied into the vault in ${region} until it is fixed`);
    }),
  );
  await sharedRds;
  return scope;
}

/**
 * In every source region whose DB instances or Aurora clusters are copied into the vault: the
 * RDS snapshots shared with the vault there. Those of a source account's own tool snapshots
 * that no copy of this run needs are shares a killed run left open (vault-sources.ts).
 */
async function readSharedRds(ctx: PlanContext, scope: VaultScope, clients: AwsClients): Promise<void> {
  const kinds = { instances: ctx.vaultKinds.has('rds-instance'), clusters: ctx.vaultKinds.has('rds-cluster') };
  if (!kinds.instances && !kinds.clusters) return;
  const regions = new Set(ctx.input.accounts.flatMap((a) => a.regions));
  await Promise.all(
    [...regions].map(async (region) => {
      try {
        scope.sharedRds.set(region, await listRdsSharedWithMe(clients.rds(region), kinds));
      } catch (error) {
        ctx.warn(SNAPSHOTS_SECTION, `RDS shares with the vault in ${region}`, `cannot list them with the vault role: ${describeAwsError(error, { region })}; a share left open by an earlier run is removed by a later one`);
      }
    }),
  );
}

async function readEbs(ctx: PlanContext, scope: VaultScope, clients: AwsClients, region: string): Promise<SnapshotRecord[]> {
  const ec2 = clients.ec2(region);
  try {
    const [snapshots, locks] = await Promise.all([listEbsSnapshots(ec2, VAULT_LABEL, region, ctx.now), listLocks(ec2)]);
    for (const s of snapshots) {
      const until = locks.get(s.id);
      if (until !== undefined) s.lockedUntil = until;
    }
    return snapshots;
  } catch (error) {
    scope.failed.add(`${region}|ebs`);
    ctx.error(SNAPSHOTS_SECTION, `vault EC2/EBS in ${region}`, `${describeAwsError(error, { region })}; no EBS copies are made or deleted in the vault there in this run`);
    return [];
  }
}

async function readRds(ctx: PlanContext, scope: VaultScope, clients: AwsClients, region: string): Promise<SnapshotRecord[]> {
  try {
    return await listRdsSnapshots(clients.rds(region), VAULT_LABEL, region, ctx.now);
  } catch (error) {
    scope.failed.add(`${region}|rds`);
    ctx.error(SNAPSHOTS_SECTION, `vault RDS in ${region}`, `${describeAwsError(error, { region })}; no RDS copies are made or deleted in the vault there in this run`);
    return [];
  }
}
