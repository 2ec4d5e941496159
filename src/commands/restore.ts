/**
 * The restore command: picks the planner for the request's kind and the account it names.
 * A request that cannot be satisfied fails here, before anything changes.
 */
import { resolveAccounts } from '../config/schema.js';
import { planRoute53Restore } from '../restore/route53.js';
import { planLoadBalancerRestore } from '../restore/load-balancer.js';
import { planEbsRestore } from '../restore/ebs.js';
import { planRdsClusterRestore, planRdsInstanceRestore } from '../restore/rds.js';
import { fromVault, planVaultEbsRestore, VAULT_ACCOUNT, vaultAccount } from '../restore/vault-restore.js';
import { planVaultRdsRestore } from '../restore/vault-rds.js';
import { planS3PrefixRestore } from '../s3/restore.js';
import { RestoreInputError, type RestoreKind, type RestorePlanner, type RestoreRequest } from '../restore/types.js';
import type { Plan } from '../plan/plan.js';
import type { CommandContext } from './context.js';

const PLANNERS: Record<RestoreKind, RestorePlanner> = {
  'route53-zone': planRoute53Restore,
  'load-balancer': planLoadBalancerRestore,
  'ebs-volume': planEbsRestore,
  'rds-instance': planRdsInstanceRestore,
  'rds-cluster': planRdsClusterRestore,
  's3-prefix': planS3PrefixRestore,
};

const VAULT_PLANNERS: Partial<Record<RestoreKind, RestorePlanner>> = { 'ebs-volume': planVaultEbsRestore, 'rds-instance': planVaultRdsRestore, 'rds-cluster': planVaultRdsRestore };

export async function planRestore(ctx: CommandContext, request: RestoreRequest): Promise<Plan> {
  // The vault is an account a restore can target too (with the vault role), when the config has one.
  const vault = vaultAccount(ctx.config);
  const accounts = [...resolveAccounts(ctx.config), ...(vault && !ctx.config.accounts.some((a) => a.name === VAULT_ACCOUNT) ? [vault] : [])];
  const account = request.account ? accounts.find((a) => a.name === request.account) : accounts[0];
  if (!account) {
    throw new RestoreInputError(
      `restore account '${request.account}' is not in the config; accounts: ${accounts.map((a) => a.name).join(', ')}.`,
    );
  }
  // An s3-prefix restore's `from` names the replica bucket to read (src/s3/restore.ts), not the vault.
  const planner = request.kind !== 's3-prefix' && fromVault(request) ? VAULT_PLANNERS[request.kind] : PLANNERS[request.kind];
  if (!planner) throw new RestoreInputError(`option from=vault is not supported for a ${request.kind} restore; it restores ebs-volume, rds-instance and rds-cluster from vault copies`);
  return planner(request, {
    config: ctx.config,
    account,
    clients: ctx.clientsFor(account),
    ...(vault && { vaultClients: () => ctx.clientsFor(vault) }),
    repoRoot: ctx.repoRoot,
    now: ctx.now?.() ?? new Date(),
    log: ctx.log,
  });
}
