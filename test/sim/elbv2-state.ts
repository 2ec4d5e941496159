/**
 * State of the simulated ELBv2 (ALB, NLB), kept in the API's own shapes per account and
 * region, and the call its operations receive.
 */
import type { Certificate, Listener, LoadBalancer, LoadBalancerAttribute, Rule, Tag, TargetGroup, TargetGroupAttribute, TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { RegionNetwork } from './elb-network.js';
import type { ElbCall, ElbOperation } from './elb-query.js';
import { serviceSlice } from './service-state.js';
import type { SimContext } from './types.js';

export interface V2LoadBalancer {
  loadBalancer: LoadBalancer;
  attributes: LoadBalancerAttribute[];
  tags: Tag[];
}
export interface V2Rule {
  rule: Rule;
  tags: Tag[];
}
export interface V2Listener {
  /** `Certificates` holds only the default certificate, as DescribeListeners shows it. */
  listener: Listener;
  /** Non-default certificates (AddListenerCertificates). */
  extraCertificates: Certificate[];
  defaultRuleArn: string;
  rules: V2Rule[];
  tags: Tag[];
}
export interface V2TargetGroup {
  /** `LoadBalancerArns` is derived from the listeners and rules that forward to it. */
  targetGroup: Omit<TargetGroup, 'LoadBalancerArns'>;
  attributes: TargetGroupAttribute[];
  tags: Tag[];
  targets: TargetHealthDescription[];
}
export interface V2Region {
  loadBalancers: V2LoadBalancer[];
  listeners: V2Listener[];
  targetGroups: V2TargetGroup[];
  network: RegionNetwork;
}
export interface Elbv2State {
  regions: Record<string, V2Region>;
}

export function elbv2State(sim: SimContext, account: string): Elbv2State {
  return serviceSlice(sim, account, 'elbv2', () => ({ regions: {} }));
}

export function regionState(sim: SimContext, account: string, region: string): V2Region {
  const state = elbv2State(sim, account);
  return (state.regions[region] ??= { loadBalancers: [], listeners: [], targetGroups: [], network: {} });
}

export type Call = ElbCall<V2Region>;
export type Operation = ElbOperation<V2Region>;
