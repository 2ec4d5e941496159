/**
 * Target groups in an ALB/NLB restore: a missing one is created (health check, attributes,
 * tags; targets are registered by the user's deployment), an existing one gets its drifted
 * health check, attributes and tags put back.
 */
import {
  CreateTargetGroupCommand,
  DescribeTargetGroupAttributesCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  type ElasticLoadBalancingV2Client,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { keyValueList, keyValueMap, TARGET_GROUP_HEALTH_CHECK_FIELDS, type TargetGroupDocument } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { planTagDrift, type V2State } from './lb-v2-balancer.js';
import { key } from './lb-v2-compare.js';
import { notRestored } from './lb-not-restored.js';

const HEALTH_FIELDS = TARGET_GROUP_HEALTH_CHECK_FIELDS;
/** What ModifyTargetGroup cannot change (the VPC is mapped in another region, so not compared). */
const FIXED_FIELDS = ['TargetType', 'Protocol', 'ProtocolVersion', 'Port', 'IpAddressType'] as const;

export function planCreateTargetGroup(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  group: TargetGroupDocument,
  vpcId: string | undefined,
  state: V2State,
): string {
  const name = group.TargetGroupName ?? '';
  return builder.add({
    kind: 'create',
    target: `${label} target group ${name}`,
    reason: 'missing: re-created with its health check, attributes and tags (targets are registered by your deployment)',
    apply: async () => {
      const health = Object.fromEntries(HEALTH_FIELDS.filter((f) => group[f] !== undefined).map((f) => [f, group[f]]));
      const out = await client.send(
        new CreateTargetGroupCommand({
          Name: name,
          ...(group.Protocol ? { Protocol: group.Protocol } : {}),
          ...(group.ProtocolVersion ? { ProtocolVersion: group.ProtocolVersion } : {}),
          ...(group.Port !== undefined ? { Port: group.Port } : {}),
          ...(vpcId ? { VpcId: vpcId } : {}),
          ...(group.TargetType ? { TargetType: group.TargetType } : {}),
          ...(group.IpAddressType ? { IpAddressType: group.IpAddressType } : {}),
          ...health,
          ...(Object.keys(group.Tags).length ? { Tags: keyValueList(group.Tags) } : {}),
        }),
      );
      const arn = out.TargetGroups?.[0]?.TargetGroupArn;
      if (!arn) throw new Error('CreateTargetGroup returned no ARN');
      state.tgArns.set(name, arn);
      if (Object.keys(group.Attributes).length) {
        await client.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: arn, Attributes: keyValueList(group.Attributes) }));
      }
      return arn;
    },
  });
}

export async function planTargetGroupDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  group: TargetGroupDocument,
  live: TargetGroup,
): Promise<void> {
  const arn = live.TargetGroupArn as string;
  const name = group.TargetGroupName ?? '';
  const fixed = FIXED_FIELDS.filter((f) => group[f] !== undefined && live[f] !== undefined && key(group[f]) !== key(live[f]));
  if (fixed.length) {
    builder.warn(
      `${label} target group ${name}`,
      notRestored(
        `target group ${name} ${fixed.map((f) => `${f} ${String(group[f])} (live: ${String(live[f])})`).join(', ')}`,
        'these are set when a target group is created: create a group with the exported settings under a new name, or delete this one and run the restore again',
      ),
    );
  }
  const health = HEALTH_FIELDS.filter((f) => group[f] !== undefined && key(group[f]) !== key(live[f]));
  if (health.length) {
    builder.add({
      kind: 'update',
      target: `${label} target group ${name} health check`,
      reason: `differs from the export: ${health.join(', ')}`,
      apply: async () => {
        await client.send(new ModifyTargetGroupCommand({ TargetGroupArn: arn, ...Object.fromEntries(health.map((f) => [f, group[f]])) }));
      },
    });
  }
  const attributes = keyValueMap((await client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }))).Attributes);
  const changed = Object.entries(group.Attributes).filter(([k, v]) => attributes[k] !== v);
  if (changed.length) {
    builder.add({
      kind: 'update',
      target: `${label} target group ${name} attributes`,
      reason: `differ from the export: ${changed.map(([k, v]) => `${k} ${attributes[k] ?? '(unset)'} → ${v}`).join(', ')}`,
      apply: async () => {
        await client.send(new ModifyTargetGroupAttributesCommand({ TargetGroupArn: arn, Attributes: changed.map(([Key, Value]) => ({ Key, Value })) }));
      },
    });
  }
  await planTagDrift(builder, client, `${label} target group ${name} tags`, arn, group.Tags);
}

