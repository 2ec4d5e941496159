/**
 * ARNs, DNS names and name rules of ELBv2 resources, in AWS's formats, with deterministic
 * ids from the sim's id sequence.
 */
import type { LbType } from './elbv2-defaults.js';
import { hashedId } from './service-state.js';
import type { SimContext } from './types.js';

function arnPrefix(region: string, account: string): string {
  return `arn:aws:elasticloadbalancing:${region}:${account}`;
}

export function newLbArn(sim: SimContext, region: string, account: string, type: LbType, name: string): string {
  return `${arnPrefix(region, account)}:loadbalancer/${type === 'network' ? 'net' : 'app'}/${name}/${hashedId(sim, 'elbv2-lb', 16)}`;
}
export function newListenerArn(sim: SimContext, lbArn: string): string {
  return lbArn.replace(':loadbalancer/', ':listener/') + `/${hashedId(sim, 'elbv2-listener', 16)}`;
}
export function newRuleArn(sim: SimContext, listenerArn: string): string {
  return listenerArn.replace(':listener/', ':listener-rule/') + `/${hashedId(sim, 'elbv2-rule', 16)}`;
}
export function newTgArn(sim: SimContext, region: string, account: string, name: string): string {
  return `${arnPrefix(region, account)}:targetgroup/${name}/${hashedId(sim, 'elbv2-tg', 16)}`;
}

export function dnsName(sim: SimContext, type: LbType, name: string, region: string, scheme: string | undefined): string {
  const prefix = scheme === 'internal' ? 'internal-' : '';
  if (type === 'network') return `${prefix}${name}-${hashedId(sim, 'elbv2-dns', 16)}.elb.${region}.amazonaws.com`;
  return `${prefix}${name}-${hashedId(sim, 'elbv2-dns', 10, true)}.${region}.elb.amazonaws.com`;
}

export const NAME_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/;
