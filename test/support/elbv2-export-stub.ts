/**
 * A stubbed ELBv2 client for the export tests: it answers from a World two items per page,
 * optionally in a shuffled order or failing chosen calls, and records every call it got.
 */
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { parse } from 'yaml';
import type { exportLoadBalancersV2 } from '../../src/export/elbv2.js';
import { REGION, type World } from './elbv2-export-world.js';
import { shuffled } from './shuffled.js';

export interface Call {
  op: string;
  input: Record<string, unknown>;
}

/** A client whose `send` answers from `world`, two items per page, optionally failing some calls. */
export function stubClient(
  world: World,
  opts: { seed?: number; fail?: (call: Call) => Error | undefined } = {},
): { client: ElasticLoadBalancingV2Client; calls: Call[] } {
  const client = new ElasticLoadBalancingV2Client({ region: REGION });
  const calls: Call[] = [];
  const mix = <T>(v: T): T => (opts.seed === undefined ? v : shuffled(v, opts.seed));
  const paged = <K extends string, T>(key: K, items: T[] | undefined, marker: unknown): Record<string, unknown> => {
    const start = Number(marker ?? 0);
    const all = mix(items ?? []);
    const next = start + 2 < all.length ? String(start + 2) : undefined;
    return { [key]: all.slice(start, start + 2), NextMarker: next };
  };
  client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const call = { op: command.constructor.name.replace(/Command$/, ''), input: command.input };
    calls.push(call);
    const error = opts.fail?.(call);
    if (error) throw error;
    const i = call.input;
    switch (call.op) {
      case 'DescribeLoadBalancers':
        return paged('LoadBalancers', world.loadBalancers, i.Marker);
      case 'DescribeTargetGroups':
        return paged('TargetGroups', world.targetGroups, i.Marker);
      case 'DescribeLoadBalancerAttributes':
        return { Attributes: mix(world.lbAttributes[i.LoadBalancerArn as string] ?? []) };
      case 'DescribeListeners':
        return paged('Listeners', world.listeners[i.LoadBalancerArn as string], i.Marker);
      case 'DescribeRules':
        return paged('Rules', world.rules[i.ListenerArn as string], i.Marker);
      case 'DescribeListenerCertificates':
        return paged('Certificates', world.certificates[i.ListenerArn as string], i.Marker);
      case 'DescribeTargetGroupAttributes':
        return { Attributes: mix(world.tgAttributes[i.TargetGroupArn as string] ?? []) };
      case 'DescribeTargetHealth':
        return { TargetHealthDescriptions: mix(world.health[i.TargetGroupArn as string] ?? []) };
      case 'DescribeTags':
        return {
          TagDescriptions: mix((i.ResourceArns as string[]).map((arn) => ({ ResourceArn: arn, Tags: world.tags[arn] ?? [] }))),
        };
      default:
        throw new Error(`unexpected call ${call.op}`);
    }
  }) as unknown as ElasticLoadBalancingV2Client['send'];
  return { client, calls };
}

export const count = (calls: Call[], op: string): number => calls.filter((c) => c.op === op).length;
export const fileOf = (result: Awaited<ReturnType<typeof exportLoadBalancersV2>>, path: string): Record<string, any> => {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}; files: ${result.files.map((f) => f.path).join(', ')}`);
  return parse(file.content) as Record<string, any>;
};

export const WEB_PATH = `load-balancers/${REGION}/application/web.yaml`;
export const TCP_PATH = `load-balancers/${REGION}/network/tcp.yaml`;
