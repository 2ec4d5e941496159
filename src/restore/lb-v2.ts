/**
 * Restore of an application or network load balancer from its export: a missing one is
 * re-created with its target groups (created when missing), attributes, tags, listeners,
 * certificates and rules; an existing one gets drifted settings put back (attributes, tags,
 * security groups, listener settings and default actions, certificates, rules, target-group
 * health checks and attributes). Target groups are re-linked by name (actionsToApi).
 */
import {
  DeleteListenerCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsErrorCode } from '../aws/errors.js';
import { collectMarkerPages, LB_PAGE_SIZE } from '../export/elb.js';
import type { ListenerDocument } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { planCreateLoadBalancer, planLoadBalancerDrift, type V2Source, type V2State } from './lb-v2-balancer.js';
import { planCreateListener, planListenerDrift } from './lb-v2-listeners.js';
import { planCreateTargetGroup, planTargetGroupDrift } from './lb-v2-target-groups.js';

export async function planLoadBalancerV2(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  source: V2Source,
  vpcId: string | undefined,
): Promise<void> {
  const { doc, name, targetRegion: region } = source;
  const label = `${region}/${doc.LoadBalancer.Type}/${name}`;
  const state: V2State = { tgArns: new Map(), listenerArns: new Map() };
  const live = await findLoadBalancer(client, name);
  if (live?.LoadBalancerArn) state.lbArn = live.LoadBalancerArn;

  const liveGroups = await collectMarkerPages(
    (Marker) => client.send(new DescribeTargetGroupsCommand({ Marker, PageSize: LB_PAGE_SIZE })),
    (page) => page.TargetGroups,
  );
  const liveByName = new Map(liveGroups.map((g) => [g.TargetGroupName ?? '', g]));
  const tgActions = new Map<string, string>();
  for (const group of doc.TargetGroups) {
    const groupName = group.TargetGroupName ?? '';
    const existing = liveByName.get(groupName);
    if (existing?.TargetGroupArn) {
      state.tgArns.set(groupName, existing.TargetGroupArn);
      await planTargetGroupDrift(builder, client, label, group, existing);
    } else {
      tgActions.set(groupName, planCreateTargetGroup(builder, client, label, group, vpcId ?? group.VpcId, state));
    }
  }

  let lbAction: string | undefined;
  let liveListeners: Listener[] = [];
  if (!live) {
    lbAction = planCreateLoadBalancer(builder, client, label, source, state);
  } else {
    await planLoadBalancerDrift(builder, client, label, source, live);
    liveListeners = await collectMarkerPages(
      (Marker) => client.send(new DescribeListenersCommand({ LoadBalancerArn: live.LoadBalancerArn, Marker, PageSize: LB_PAGE_SIZE })),
      (page) => page.Listeners,
    );
  }

  const resolve = (ref: { TargetGroupName?: string | undefined }) => (ref.TargetGroupName ? state.tgArns.get(ref.TargetGroupName) : undefined);
  const needsGroups = (actions: readonly ListenerDocument['DefaultActions'][number][]): string[] => {
    const names = actions.flatMap((a) => [a.TargetGroupName, ...(a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupName)]);
    return [...new Set(names.map((n) => (n ? tgActions.get(n) : undefined)).filter((id): id is string => id !== undefined))];
  };

  const livePorts = new Map(liveListeners.map((l) => [l.Port ?? 0, l]));
  for (const listener of doc.Listeners) {
    const port = listener.Port ?? 0;
    const groupsNeeded = [...needsGroups(listener.DefaultActions), ...listener.Rules.flatMap((r) => needsGroups(r.Actions))];
    const existing = livePorts.get(port);
    const deps = [...(lbAction ? [lbAction] : []), ...groupsNeeded];
    if (!existing) planCreateListener(builder, client, label, listener, source, state, resolve, deps);
    else await planListenerDrift(builder, client, label, listener, existing, source, resolve, [...new Set(groupsNeeded)]);
  }
  const wantedPorts = new Set(doc.Listeners.map((l) => l.Port ?? 0));
  for (const extra of liveListeners.filter((l) => !wantedPorts.has(l.Port ?? 0))) {
    builder.add({
      kind: 'delete',
      target: `${label} listener ${extra.Protocol}:${extra.Port}`,
      reason: 'the live load balancer has a listener the export does not',
      apply: async () => {
        await client.send(new DeleteListenerCommand({ ListenerArn: extra.ListenerArn }));
      },
    });
  }
}

async function findLoadBalancer(client: ElasticLoadBalancingV2Client, name: string): Promise<LoadBalancer | undefined> {
  try {
    return (await client.send(new DescribeLoadBalancersCommand({ Names: [name] }))).LoadBalancers?.[0];
  } catch (error) {
    if (awsErrorCode(error) === 'LoadBalancerNotFound') return undefined;
    throw error;
  }
}

