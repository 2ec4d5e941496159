/**
 * The restore command: picks the planner for the request's kind and the account it names.
 * A request that cannot be satisfied fails here, before anything changes.
 */
import { resolveAccounts } from '../config/schema.js';
import { planRoute53Restore } from '../restore/route53.js';
import { planLoadBalancerRestore } from '../restore/load-balancer.js';
import { planEbsRestore } from '../restore/ebs.js';
import { planRdsClusterRestore, planRdsInstanceRestore } from '../restore/rds.js';
import { RestoreInputError, type RestoreKind, type RestorePlanner, type RestoreRequest } from '../restore/types.js';
import type { Plan } from '../plan/plan.js';
import type { CommandContext } from './context.js';

const PLANNERS: Record<RestoreKind, RestorePlanner> = {
  'route53-zone': planRoute53Restore,
  'load-balancer': planLoadBalancerRestore,
  'ebs-volume': planEbsRestore,
  'rds-instance': planRdsInstanceRestore,
  'rds-cluster': planRdsClusterRestore,
};

export async function planRestore(ctx: CommandContext, request: RestoreRequest): Promise<Plan> {
  const accounts = resolveAccounts(ctx.config);
  const account = request.account ? accounts.find((a) => a.name === request.account) : accounts[0];
  if (!account) {
    throw new RestoreInputError(
      `restore account '${request.account}' is not in the config; accounts: ${accounts.map((a) => a.name).join(', ')}.`,
    );
  }
  return PLANNERS[request.kind](request, {
    config: ctx.config,
    account,
    clients: ctx.clientsFor(account),
    repoRoot: ctx.repoRoot,
    now: new Date(),
    log: ctx.log,
  });
}
