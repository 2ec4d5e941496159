/**
 * The read side of the simulated Classic Load Balancing: the Describe* operations, as the
 * export uses them (paging, named lookups, AWS's sample policies when no name is given).
 */
import type { Instance, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';
import { describe, findLb } from './elb-classic-checks.js';
import type { Operation } from './elb-classic-state.js';
import { required } from './elb-query.js';
import { listParam as list, page, tooManyMembers } from './query.js';
import { SimError } from './types.js';

/** What DescribeLoadBalancerPolicies returns without a load balancer name: AWS's sample policies (abridged). */
const SAMPLE_POLICIES: PolicyDescription[] = [
  {
    PolicyName: 'ELBSecurityPolicy-2016-08',
    PolicyTypeName: 'SSLNegotiationPolicyType',
    PolicyAttributeDescriptions: [
      { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
      { AttributeName: 'Server-Defined-Cipher-Order', AttributeValue: 'true' },
      { AttributeName: 'ECDHE-RSA-AES128-GCM-SHA256', AttributeValue: 'true' },
    ],
  },
  {
    PolicyName: 'ELBSecurityPolicy-TLS-1-2-2017-01',
    PolicyTypeName: 'SSLNegotiationPolicyType',
    PolicyAttributeDescriptions: [
      { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
      { AttributeName: 'Server-Defined-Cipher-Order', AttributeValue: 'true' },
      { AttributeName: 'ECDHE-ECDSA-AES128-GCM-SHA256', AttributeValue: 'true' },
    ],
  },
];

export const describeOperations: Record<string, Operation> = {
  DescribeLoadBalancers(call) {
    const names = list<string>(call.params.LoadBalancerNames);
    const lbs = names.length ? names.map((n) => findLb(call, n)) : call.region.loadBalancers;
    const { items, nextMarker } = page(lbs, call.params.Marker, call.params.PageSize);
    return { LoadBalancerDescriptions: items.map(describe), NextMarker: nextMarker };
  },

  DescribeLoadBalancerAttributes(call) {
    return { LoadBalancerAttributes: findLb(call, required(call.params, 'LoadBalancerName')).attributes };
  },

  DescribeLoadBalancerPolicies(call) {
    const wanted = list<string>(call.params.PolicyNames);
    const name = call.params.LoadBalancerName;
    const policies = name ? findLb(call, name).policies : SAMPLE_POLICIES;
    if (!wanted.length) return { PolicyDescriptions: policies };
    return {
      PolicyDescriptions: wanted.map((w) => {
        const p = policies.find((q) => q.PolicyName === w);
        if (!p) throw new SimError('PolicyNotFound', `There is no policy with name ${w} for load balancer ${String(name ?? '')}`);
        return p;
      }),
    };
  },

  DescribeTags(call) {
    const names = list<string>(required(call.params, 'LoadBalancerNames'));
    if (names.length > 20) throw tooManyMembers('LoadBalancerNames', names.length, 20);
    return { TagDescriptions: names.map((n) => ({ LoadBalancerName: n, Tags: findLb(call, n).tags })) };
  },

  DescribeInstanceHealth(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const wanted = list<Instance>(call.params.Instances);
    if (!wanted.length) return { InstanceStates: lb.instanceStates };
    return {
      InstanceStates: wanted.map((w) => {
        const state = lb.instanceStates.find((s) => s.InstanceId === w.InstanceId);
        if (!state) throw new SimError('InvalidInstance', `Could not find EC2 instance ${w.InstanceId} registered with ${lb.description.LoadBalancerName}`);
        return state;
      }),
    };
  },
};
