/**
 * Finding ELBv2 resources of a call's region by ARN (the API's NotFound errors otherwise),
 * and what is derived from them: which load balancers use a target group, a listener's rules.
 */
import type { Rule, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { forwardedTgs } from './elbv2-actions.js';
import type { Call, V2LoadBalancer, V2Listener, V2Region, V2Rule, V2TargetGroup } from './elbv2-state.js';
import { SimError } from './types.js';

export function findLb(call: Call, arn: unknown): V2LoadBalancer {
  const lb = call.region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerArn === arn);
  if (!lb) throw new SimError('LoadBalancerNotFound', `Load balancer '${String(arn)}' not found`);
  return lb;
}
export function findListener(call: Call, arn: unknown): V2Listener {
  const listener = call.region.listeners.find((l) => l.listener.ListenerArn === arn);
  if (!listener) throw new SimError('ListenerNotFound', `Listener '${String(arn)}' not found`);
  return listener;
}
export function findTg(call: Call, arn: unknown): V2TargetGroup {
  const tg = call.region.targetGroups.find((t) => t.targetGroup.TargetGroupArn === arn);
  if (!tg) throw new SimError('TargetGroupNotFound', `Target groups '${String(arn)}' not found`);
  return tg;
}
export function findRule(call: Call, arn: unknown): { listener: V2Listener; rule?: V2Rule } {
  for (const listener of call.region.listeners) {
    if (listener.defaultRuleArn === arn) return { listener };
    const rule = listener.rules.find((r) => r.rule.RuleArn === arn);
    if (rule) return { listener, rule };
  }
  throw new SimError('RuleNotFound', `One or more rules not found: '${String(arn)}'`);
}

export function lbOfListener(call: Call, listener: V2Listener): V2LoadBalancer {
  return findLb(call, listener.listener.LoadBalancerArn);
}

/** Load balancers whose listeners or rules forward to a target group (TargetGroup.LoadBalancerArns). */
export function lbsOfTg(region: V2Region, tgArn: string): string[] {
  const lbs = new Set<string>();
  for (const l of region.listeners) {
    const actions = [l.listener.DefaultActions, ...l.rules.map((r) => r.rule.Actions)];
    if (actions.some((a) => forwardedTgs(a).includes(tgArn))) lbs.add(l.listener.LoadBalancerArn!);
  }
  return [...lbs];
}

export function describeTg(region: V2Region, tg: V2TargetGroup): TargetGroup {
  return { ...tg.targetGroup, LoadBalancerArns: lbsOfTg(region, tg.targetGroup.TargetGroupArn!) };
}

export function defaultRule(listener: V2Listener): Rule {
  return { RuleArn: listener.defaultRuleArn, Priority: 'default', Conditions: [], Actions: listener.listener.DefaultActions, IsDefault: true };
}

export function sortedRules(listener: V2Listener): Rule[] {
  const rules = [...listener.rules].sort((a, b) => Number(a.rule.Priority) - Number(b.rule.Priority)).map((r) => r.rule);
  return [...rules, defaultRule(listener)];
}
