/**
 * The restore command: picks the planner for the request's kind and the account it names.
 * A request that cannot be satisfied fails here, before anything changes.
 */
import { resolveAccounts } from '../config/schema.js';
import { vaultAccount, VAULT_ACCOUNT } from '../config/vault-account.js';
import { fromVault } from '../restore/vault-option.js';
import { RestoreInputError, type RestoreKind, type RestorePlanner, type RestoreRequest } from '../restore/types.js';
import type { ServiceName } from '../aws/aws-services.js';
import type { Plan } from '../plan/plan.js';
import type { CommandContext } from './context.js';

type LoadPlanner = () => Promise<RestorePlanner>;

/** Instances and clusters restore from vault copies through the same planner. */
const loadVaultRdsPlanner: LoadPlanner = async () => (await import('../restore/vault-rds.js')).planVaultRdsRestore;

/**
 * Per kind: the AWS services its planners call (loaded before the first call) and its
 * planners, imported when asked for, so a zone restore never loads the EC2 or RDS SDK.
 * Snapshot kinds may read a vault account's copies (`from=vault`: STS, KMS).
 */
const KINDS: Record<RestoreKind, { services: readonly ServiceName[]; planner: LoadPlanner; vaultPlanner?: LoadPlanner }> = {
  'route53-zone': { services: ['route53'], planner: async () => (await import('../restore/route53.js')).planRoute53Restore },
  'load-balancer': { services: ['elb', 'elbv2', 'ec2'], planner: async () => (await import('../restore/load-balancer.js')).planLoadBalancerRestore },
  'ebs-volume': {
    services: ['ec2', 'kms', 'sts'],
    planner: async () => (await import('../restore/ebs.js')).planEbsRestore,
    vaultPlanner: async () => (await import('../restore/vault-restore.js')).planVaultEbsRestore,
  },
  'rds-instance': {
    services: ['rds', 'ec2', 'kms', 'sts'],
    planner: async () => (await import('../restore/rds.js')).planRdsInstanceRestore,
    vaultPlanner: loadVaultRdsPlanner,
  },
  'rds-cluster': {
    services: ['rds', 'ec2', 'kms', 'sts'],
    planner: async () => (await import('../restore/rds.js')).planRdsClusterRestore,
    vaultPlanner: loadVaultRdsPlanner,
  },
  's3-prefix': { services: ['s3'], planner: async () => (await import('../s3/restore.js')).planS3PrefixRestore },
};

/** The AWS services a restore of this kind calls. */
export function restoreServices(kind: RestoreKind): readonly ServiceName[] {
  return KINDS[kind].services;
}

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
  const loadPlanner = request.kind !== 's3-prefix' && fromVault(request) ? KINDS[request.kind].vaultPlanner : KINDS[request.kind].planner;
  if (!loadPlanner) throw new RestoreInputError(`option from=vault is not supported for a ${request.kind} restore; it restores ebs-volume, rds-instance and rds-cluster from vault copies`);
  const planner = await loadPlanner();
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
