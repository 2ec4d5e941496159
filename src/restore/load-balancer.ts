/**
 * Load-balancer restore: a classic ELB or an ALB/NLB put back from its export file, in its own
 * region or in the DR region. Before anything is planned, every dependency in the target
 * region (subnets, security groups, certificates) is checked; what is missing is one
 * RestoreInputError listing all of it, never a half-built load balancer.
 *
 * Options (`request.options`): `subnets=subnet-a,subnet-b` and `security-groups=sg-1,…`
 * (required in another region than the export's), `certificates=<exported ARN>=<ARN>,…`
 * (ACM certificates are regional: required in another region for HTTPS/TLS listeners),
 * `log-bucket=<bucket>` (access logs go only to a bucket of the load balancer's region),
 * `trust-stores=<exported ARN>=<ARN>,…` (mutual-TLS trust stores are regional).
 * What a restore cannot put back is a plan warning "not restored: …", never dropped silently.
 */
import type { ClassicLoadBalancerDocument, LoadBalancerV2Document } from '../export/lb-format.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import { classicNotes, v2Notes } from './lb-audit.js';
import { planClassicLoadBalancer } from './lb-classic.js';
import { checkNetwork } from './lb-network.js';
import { loadLoadBalancerSource, type LoadBalancerSource } from './lb-source.js';
import { planLoadBalancerV2 } from './lb-v2.js';
import { RESTORE_SECTION } from './route53.js';
import { RestoreInputError, type RestorePlanner } from './types.js';

export const planLoadBalancerRestore: RestorePlanner = async (request, ctx): Promise<Plan> => {
  const source = await loadLoadBalancerSource(request, ctx);
  const network = await checkNetwork(ctx.clients.ec2(source.targetRegion), source.targetRegion, source.subnets, source.securityGroups);
  if (network.problems.length) {
    throw new RestoreInputError(
      `load-balancer restore of ${source.name} into ${source.targetRegion} (from ${source.path}) cannot go ahead; nothing was changed:\n- ${network.problems.join('\n- ')}`,
    );
  }
  const builder = new PlanBuilder(RESTORE_SECTION);
  if (source.crossRegion) {
    builder.warn(
      source.name,
      `restored into ${source.targetRegion}, not its export region ${source.sourceRegion}: it gets a new DNS name, so point DNS (e.g. a Route 53 alias) at it`,
    );
  }
  const audit = source.doc.Kind === 'elb' ? classicNotes(source.doc, source) : v2Notes(source.doc, source);
  for (const note of [...source.notes, ...audit]) builder.warn(source.name, note);
  if (source.doc.Kind === 'elb') {
    await planClassicLoadBalancer(builder, ctx.clients.elb(source.targetRegion), source as LoadBalancerSource & { doc: ClassicLoadBalancerDocument });
  } else {
    await planLoadBalancerV2(
      builder,
      ctx.clients.elbv2(source.targetRegion),
      source as LoadBalancerSource & { doc: LoadBalancerV2Document },
      network.vpcId,
    );
  }
  return builder.build();
};
