/**
 * Validation of ELBv2 create and modify input, as AWS answers it: actions, rule conditions
 * and priorities, listener protocols and certificates, subnets, health checks, attributes.
 */
import type { Action, AvailabilityZone, Certificate, RuleCondition, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { checkSubnets } from './elb-network.js';
import { forwardedTgs, normaliseActions } from './elbv2-actions.js';
import { ACTION_TYPES, CONDITION_FIELDS, LISTENER_PROTOCOLS, lbType, tgFamily } from './elbv2-defaults.js';
import type { LbType } from './elbv2-defaults.js';
import { findTg, lbsOfTg } from './elbv2-lookups.js';
import type { Call, V2Listener, V2LoadBalancer } from './elbv2-state.js';
import { listParam as list } from './query.js';
import { SimError } from './types.js';

export function checkActions(call: Call, lb: V2LoadBalancer, raw: unknown, forRule: boolean): Action[] {
  const actions = list<Action>(raw);
  if (!actions.length) throw new SimError('ValidationError', `At least one ${forRule ? 'action' : 'default action'} must be specified`);
  actions.forEach((a, i) => {
    if (!ACTION_TYPES.has(String(a.Type))) throw new SimError('ValidationError', `Action type '${String(a.Type)}' must be one of ${[...ACTION_TYPES].join(', ')}`);
    if (a.Type === 'forward') {
      if (!a.TargetGroupArn && !a.ForwardConfig?.TargetGroups?.length) {
        throw new SimError('ValidationError', 'A forward action must specify TargetGroupArn or ForwardConfig.TargetGroups');
      }
      const configured = a.ForwardConfig?.TargetGroups ?? [];
      if (a.TargetGroupArn && configured.length && (configured.length !== 1 || configured[0]!.TargetGroupArn !== a.TargetGroupArn)) {
        throw new SimError('ValidationError', 'You cannot specify both a target group ARN and a forward config with different target groups');
      }
    }
    if (a.Type === 'redirect' && !/^HTTP_30[12]$/.test(String(a.RedirectConfig?.StatusCode))) {
      throw new SimError('ValidationError', 'A redirect action needs RedirectConfig.StatusCode HTTP_301 or HTTP_302');
    }
    if (a.Type === 'fixed-response' && !/^[245]\d\d$/.test(String(a.FixedResponseConfig?.StatusCode))) {
      throw new SimError('ValidationError', 'A fixed-response action needs FixedResponseConfig.StatusCode 2XX, 4XX or 5XX');
    }
    const terminal = a.Type === 'forward' || a.Type === 'redirect' || a.Type === 'fixed-response';
    if (terminal && i !== actions.length - 1) throw new SimError('InvalidLoadBalancerAction', `The ${a.Type} action must be the last action`);
  });
  for (const arn of forwardedTgs(actions)) {
    const tg = findTg(call, arn);
    const family = lbType(lb.loadBalancer) === 'network' ? 'tcp' : 'http';
    if (tg.targetGroup.TargetType !== 'lambda' && tgFamily(tg.targetGroup.Protocol) !== family) {
      throw new SimError('IncompatibleProtocols', `The target group '${arn}' uses protocol ${tg.targetGroup.Protocol}, which a ${lb.loadBalancer.Type} load balancer cannot forward to`);
    }
    const others = lbsOfTg(call.region, arn).filter((a) => a !== lb.loadBalancer.LoadBalancerArn);
    if (others.length) {
      throw new SimError('TargetGroupAssociationLimit', `The following target groups cannot be associated with more than one load balancer: ${arn}`);
    }
  }
  return normaliseActions(actions);
}

export function checkConditions(raw: unknown): RuleCondition[] {
  const conditions = list<RuleCondition>(raw);
  if (!conditions.length) throw new SimError('ValidationError', 'A rule must have at least one condition');
  for (const c of conditions) {
    if (!CONDITION_FIELDS.has(String(c.Field))) throw new SimError('ValidationError', `Condition field '${String(c.Field)}' must be one of ${[...CONDITION_FIELDS].join(', ')}`);
    const config = c.HostHeaderConfig ?? c.PathPatternConfig;
    if (c.Values && config) throw new SimError('ValidationError', `A condition cannot specify both Values and a ${c.Field} config`);
  }
  return conditions;
}

export function checkPriority(listener: V2Listener, priority: number, ignoreRule?: string): void {
  if (!Number.isInteger(priority) || priority < 1 || priority > 50000) {
    throw new SimError('ValidationError', `Priority '${priority}' must be between 1 and 50000`);
  }
  if (listener.rules.some((r) => r.rule.Priority === String(priority) && r.rule.RuleArn !== ignoreRule)) {
    throw new SimError('PriorityInUse', `Priority '${priority}' is currently in use`);
  }
}

export function checkListenerSettings(lb: V2LoadBalancer, protocol: string, certificates: Certificate[]): void {
  const type = lbType(lb.loadBalancer);
  if (!LISTENER_PROTOCOLS[type].has(protocol)) {
    throw new SimError('UnsupportedProtocol', `Listener protocol '${protocol}' is not supported with a load balancer of type '${type}'`);
  }
  if ((protocol === 'HTTPS' || protocol === 'TLS') && !certificates.length) {
    throw new SimError('CertificateNotFound', `A certificate must be specified for ${protocol} listeners`);
  }
  if (certificates.length > 1) throw new SimError('ValidationError', 'A listener can have only one default certificate');
}

export function networkOf(call: Call, subnetIds: string[], mappings: { SubnetId?: string; AllocationId?: string }[], type: LbType): AvailabilityZone[] {
  const ids = subnetIds.length ? subnetIds : mappings.map((m) => m.SubnetId!);
  const subnets = checkSubnets(call.region.network, ids);
  if (!subnets.length) throw new SimError('ValidationError', 'At least one subnet must be specified');
  const zones = subnets.map((s) => s.AvailabilityZone);
  if (new Set(zones).size !== zones.length && zones.every(Boolean)) {
    throw new SimError('InvalidConfigurationRequest', 'A load balancer cannot be attached to multiple subnets in the same Availability Zone');
  }
  if (type === 'application' && zones.every(Boolean) && call.region.network.subnets && new Set(zones).size < 2) {
    throw new SimError('ValidationError', 'At least two subnets in two different Availability Zones must be specified');
  }
  const vpcs = new Set(subnets.map((s) => s.VpcId).filter(Boolean));
  if (vpcs.size > 1) throw new SimError('InvalidConfigurationRequest', 'All subnets must belong to the same VPC');
  return subnets.map((s) => ({
    ZoneName: s.AvailabilityZone ?? `${call.regionName}a`,
    SubnetId: s.SubnetId,
    LoadBalancerAddresses: [],
  }));
}

export const TG_HEALTH_FIELDS = [
  'HealthCheckProtocol', 'HealthCheckPort', 'HealthCheckPath', 'HealthCheckEnabled', 'HealthCheckIntervalSeconds',
  'HealthCheckTimeoutSeconds', 'HealthyThresholdCount', 'UnhealthyThresholdCount', 'Matcher',
] as const;

export function checkTgHealth(tg: Omit<TargetGroup, 'LoadBalancerArns'>): void {
  const interval = tg.HealthCheckIntervalSeconds ?? 30;
  const timeout = tg.HealthCheckTimeoutSeconds ?? 5;
  if (interval < 5 || interval > 300) throw new SimError('ValidationError', 'HealthCheckIntervalSeconds must be between 5 and 300');
  if (timeout < 2 || timeout > 120) throw new SimError('ValidationError', 'HealthCheckTimeoutSeconds must be between 2 and 120');
  if (timeout >= interval) throw new SimError('ValidationError', 'Health check timeout must be smaller than the interval');
  for (const [field, value] of [['HealthyThresholdCount', tg.HealthyThresholdCount], ['UnhealthyThresholdCount', tg.UnhealthyThresholdCount]] as const) {
    if (value !== undefined && (value < 2 || value > 10)) throw new SimError('ValidationError', `${field} must be between 2 and 10`);
  }
}

export function checkAttributes(keys: Set<string>, changes: { Key?: string; Value?: string }[]): void {
  for (const c of changes) {
    if (!c.Key || !keys.has(c.Key)) throw new SimError('ValidationError', `Attribute key '${String(c.Key)}' is not recognized`);
  }
}
