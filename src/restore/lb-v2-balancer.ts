/**
 * The load balancer itself in an ALB/NLB restore: created when missing (with attributes and
 * tags), or its drifted attributes, tags and security groups put back; what cannot be changed
 * in place (type, scheme, subnets) is a "not restored" note.
 */
import {
  AddTagsCommand,
  CreateLoadBalancerCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeTagsCommand,
  ModifyLoadBalancerAttributesCommand,
  RemoveTagsCommand,
  SetSecurityGroupsCommand,
  type ElasticLoadBalancingV2Client,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { compareText, keyValueList, keyValueMap, type LoadBalancerV2Document } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { notRestored } from './lb-not-restored.js';
import type { LoadBalancerSource } from './lb-source.js';

export type V2Source = LoadBalancerSource & { doc: LoadBalancerV2Document };

/** What apply learns: ARNs of what it creates, and of what existed at plan time. */
export interface V2State {
  lbArn?: string;
  /** Target group name → ARN in the target region (known at plan time or once created). */
  tgArns: Map<string, string>;
  listenerArns: Map<number, string>;
}

const TAG_BATCH = 20;

export function planCreateLoadBalancer(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  source: V2Source,
  state: V2State,
): string {
  const lb = source.doc.LoadBalancer;
  // Elastic IPs and fixed private addresses belong to the source region: only a restore in
  // place keeps them (a restore elsewhere says so: lb-audit.ts).
  const mappings = !source.crossRegion
    ? (lb.AvailabilityZones ?? []).map((z) => {
        const address = z.LoadBalancerAddresses?.[0];
        return {
          SubnetId: z.SubnetId,
          ...(address?.AllocationId ? { AllocationId: address.AllocationId } : {}),
          ...(address?.PrivateIPv4Address ? { PrivateIPv4Address: address.PrivateIPv4Address } : {}),
          ...(address?.IPv6Address ? { IPv6Address: address.IPv6Address } : {}),
        };
      })
    : [];
  const withEips = mappings.some((m) => Object.keys(m).length > 1);
  return builder.add({
    kind: 'create',
    target: label,
    reason: `missing in ${source.targetRegion}: re-created from ${source.path} with its attributes and tags`,
    details: { subnets: source.subnets.join(', '), 'security-groups': source.securityGroups.join(', ') },
    apply: async () => {
      const out = await client.send(
        new CreateLoadBalancerCommand({
          Name: source.name,
          ...(lb.Type ? { Type: lb.Type } : {}),
          ...(lb.Scheme ? { Scheme: lb.Scheme } : {}),
          ...(lb.IpAddressType ? { IpAddressType: lb.IpAddressType } : {}),
          ...(withEips ? { SubnetMappings: mappings } : { Subnets: source.subnets }),
          ...(source.securityGroups.length ? { SecurityGroups: source.securityGroups } : {}),
          ...(!source.crossRegion && lb.CustomerOwnedIpv4Pool ? { CustomerOwnedIpv4Pool: lb.CustomerOwnedIpv4Pool } : {}),
          ...(Object.keys(source.doc.Tags).length ? { Tags: keyValueList(source.doc.Tags) } : {}),
        }),
      );
      const arn = out.LoadBalancers?.[0]?.LoadBalancerArn;
      if (!arn) throw new Error('CreateLoadBalancer returned no ARN');
      state.lbArn = arn;
      if (Object.keys(source.doc.Attributes).length) {
        await client.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: keyValueList(source.doc.Attributes) }));
      }
      return arn;
    },
  });
}

export async function planLoadBalancerDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  source: V2Source,
  live: LoadBalancer,
): Promise<void> {
  const arn = live.LoadBalancerArn as string;
  const attributes = keyValueMap((await client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }))).Attributes);
  const changed = Object.entries(source.doc.Attributes).filter(([k, v]) => attributes[k] !== v);
  if (changed.length) {
    builder.add({
      kind: 'update',
      target: `${label} attributes`,
      reason: `differ from the export: ${changed.map(([k, v]) => `${k} ${attributes[k] ?? '(unset)'} → ${v}`).join(', ')}`,
      apply: async () => {
        await client.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: changed.map(([Key, Value]) => ({ Key, Value })) }));
      },
    });
  }
  await planTagDrift(builder, client, `${label} tags`, arn, source.doc.Tags);
  const lb = source.doc.LoadBalancer;
  const fixed = (['Type', 'Scheme', 'IpAddressType'] as const).filter((k) => lb[k] !== undefined && live[k] !== undefined && lb[k] !== live[k]);
  if (fixed.length) {
    builder.warn(
      label,
      notRestored(
        fixed.map((k) => `${k} ${lb[k]} (live: ${live[k]})`).join(', '),
        fixed.every((k) => k === 'IpAddressType')
          ? 'set it by hand with SetIpAddressType'
          : 'these are set when a load balancer is created: delete it and run the restore again to re-create it',
      ),
    );
  }
  const wantedSubnets = [...source.subnets].sort(compareText).join(', ');
  const liveSubnets = (live.AvailabilityZones ?? []).map((z) => z.SubnetId ?? '').sort(compareText).join(', ');
  if (wantedSubnets && wantedSubnets !== liveSubnets) {
    builder.warn(label, notRestored(`subnets ${wantedSubnets} (live: ${liveSubnets || 'none'})`, 'change them by hand with SetSubnets'));
  }
  const wanted = [...source.securityGroups].sort(compareText);
  const current = [...(live.SecurityGroups ?? [])].sort(compareText);
  if (wanted.length && wanted.join(',') !== current.join(',')) {
    builder.add({
      kind: 'update',
      target: `${label} security groups`,
      reason: `are ${current.join(', ') || 'none'}, the export has ${wanted.join(', ')}`,
      apply: async () => {
        await client.send(new SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: wanted }));
      },
    });
  }
}

export async function planTagDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  target: string,
  arn: string,
  wanted: Readonly<Record<string, string>>,
): Promise<void> {
  const tags = keyValueMap((await client.send(new DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.[0]?.Tags);
  const add = Object.entries(wanted).filter(([k, v]) => tags[k] !== v);
  const remove = Object.keys(tags).filter((k) => !(k in wanted));
  if (!add.length && !remove.length) return;
  builder.add({
    kind: 'tag',
    target,
    reason: 'differ from the export',
    details: { add: add.length, remove: remove.length },
    apply: async () => {
      for (let i = 0; i < add.length; i += TAG_BATCH) {
        await client.send(new AddTagsCommand({ ResourceArns: [arn], Tags: add.slice(i, i + TAG_BATCH).map(([Key, Value]) => ({ Key, Value })) }));
      }
      if (remove.length) await client.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: remove }));
    },
  });
}

