/**
 * The read side of the simulated ELBv2: the Describe* operations the export pages through
 * (tags are in elbv2-tagging.ts).
 */
import type { Certificate, Rule, TargetDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { required } from './elb-query.js';
import { defaultRule, describeTg, findLb, findListener, findRule, findTg, lbsOfTg, sortedRules } from './elbv2-lookups.js';
import type { Operation, V2Listener } from './elbv2-state.js';
import { listParam as list, page } from './query.js';
import { SimError } from './types.js';

export const describeOperations: Record<string, Operation> = {
  DescribeLoadBalancers(call) {
    const arns = list<string>(call.params.LoadBalancerArns);
    const names = list<string>(call.params.Names);
    if (arns.length && names.length) throw new SimError('ValidationError', 'Load balancer names and load balancer ARNs cannot be specified at the same time');
    let lbs = call.region.loadBalancers;
    if (arns.length) lbs = arns.map((a) => findLb(call, a));
    if (names.length) {
      lbs = names.map((n) => {
        const lb = call.region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === n);
        if (!lb) throw new SimError('LoadBalancerNotFound', `Load balancers '[${n}]' not found`);
        return lb;
      });
    }
    const { items, nextMarker } = page(lbs, call.params.Marker, call.params.PageSize);
    return { LoadBalancers: items.map((l) => l.loadBalancer), NextMarker: nextMarker };
  },

  DescribeLoadBalancerAttributes(call) {
    return { Attributes: findLb(call, required(call.params, 'LoadBalancerArn')).attributes };
  },

  DescribeListeners(call) {
    const arns = list<string>(call.params.ListenerArns);
    let listeners: V2Listener[];
    if (arns.length) listeners = arns.map((a) => findListener(call, a));
    else if (call.params.LoadBalancerArn) {
      const lb = findLb(call, call.params.LoadBalancerArn);
      listeners = call.region.listeners.filter((l) => l.listener.LoadBalancerArn === lb.loadBalancer.LoadBalancerArn);
    } else throw new SimError('ValidationError', 'You must specify either listener ARNs or a load balancer ARN');
    const { items, nextMarker } = page(listeners, call.params.Marker, call.params.PageSize);
    return { Listeners: items.map((l) => l.listener), NextMarker: nextMarker };
  },

  DescribeListenerCertificates(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    const all: Certificate[] = [
      ...(listener.listener.Certificates ?? []).map((c) => ({ CertificateArn: c.CertificateArn, IsDefault: true })),
      ...listener.extraCertificates,
    ];
    const { items, nextMarker } = page(all, call.params.Marker, call.params.PageSize);
    return { Certificates: items, NextMarker: nextMarker };
  },

  DescribeRules(call) {
    const arns = list<string>(call.params.RuleArns);
    let rules: Rule[];
    if (arns.length) {
      rules = arns.map((a) => {
        const { listener, rule } = findRule(call, a);
        return rule ? rule.rule : defaultRule(listener);
      });
    } else if (call.params.ListenerArn) {
      rules = sortedRules(findListener(call, call.params.ListenerArn));
    } else throw new SimError('ValidationError', 'You must specify either listener ARN or rule ARNs');
    const { items, nextMarker } = page(rules, call.params.Marker, call.params.PageSize);
    return { Rules: items, NextMarker: nextMarker };
  },

  DescribeTargetGroups(call) {
    const arns = list<string>(call.params.TargetGroupArns);
    const names = list<string>(call.params.Names);
    let tgs = call.region.targetGroups;
    if (arns.length) tgs = arns.map((a) => findTg(call, a));
    else if (names.length) {
      tgs = names.map((n) => {
        const tg = call.region.targetGroups.find((t) => t.targetGroup.TargetGroupName === n);
        if (!tg) throw new SimError('TargetGroupNotFound', `One or more target groups not found: '${n}'`);
        return tg;
      });
    } else if (call.params.LoadBalancerArn) {
      const lbArn = findLb(call, call.params.LoadBalancerArn).loadBalancer.LoadBalancerArn!;
      tgs = tgs.filter((t) => lbsOfTg(call.region, t.targetGroup.TargetGroupArn!).includes(lbArn));
    }
    const { items, nextMarker } = page(tgs, call.params.Marker, call.params.PageSize);
    return { TargetGroups: items.map((t) => describeTg(call.region, t)), NextMarker: nextMarker };
  },

  DescribeTargetGroupAttributes(call) {
    return { Attributes: findTg(call, required(call.params, 'TargetGroupArn')).attributes };
  },

  DescribeTargetHealth(call) {
    const tg = findTg(call, required(call.params, 'TargetGroupArn'));
    const wanted = list<TargetDescription>(call.params.Targets);
    if (!wanted.length) return { TargetHealthDescriptions: tg.targets };
    return {
      TargetHealthDescriptions: wanted.map(
        (w) =>
          tg.targets.find((t) => t.Target?.Id === w.Id && (w.Port === undefined || t.Target?.Port === w.Port)) ?? {
            Target: w,
            TargetHealth: { State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' },
          },
      ),
    };
  },
};
