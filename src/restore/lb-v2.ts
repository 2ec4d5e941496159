/**
 * Restore of an application or network load balancer from its export: a missing one is
 * re-created with its target groups (created when missing), attributes, tags, listeners,
 * certificates and rules; an existing one gets drifted settings put back (attributes, tags,
 * security groups, listener settings and default actions, certificates, rules, target-group
 * health checks and attributes). Target groups are re-linked by name (actionsToApi).
 */
import {
  AddListenerCertificatesCommand,
  AddTagsCommand,
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DeleteListenerCommand,
  DeleteRuleCommand,
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  ModifyListenerCommand,
  ModifyLoadBalancerAttributesCommand,
  ModifyRuleCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  RemoveTagsCommand,
  SetSecurityGroupsCommand,
  type Action,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type LoadBalancer,
  type RuleCondition,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsErrorCode } from '../aws/errors.js';
import { collectMarkerPages, LB_PAGE_SIZE } from '../export/elb.js';
import {
  actionsToApi,
  canonical,
  compareText,
  keyValueList,
  keyValueMap,
  type ListenerDocument,
  type LoadBalancerV2Document,
  type RuleDocument,
  type TargetGroupDocument,
} from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import type { LoadBalancerSource } from './lb-source.js';

interface State {
  lbArn?: string;
  /** Target group name → ARN in the target region (known at plan time or once created). */
  tgArns: Map<string, string>;
  listenerArns: Map<number, string>;
}

const HEALTH_FIELDS = [
  'HealthCheckProtocol',
  'HealthCheckPort',
  'HealthCheckEnabled',
  'HealthCheckPath',
  'HealthCheckIntervalSeconds',
  'HealthCheckTimeoutSeconds',
  'HealthyThresholdCount',
  'UnhealthyThresholdCount',
  'Matcher',
] as const;

const TAG_BATCH = 20;

export async function planLoadBalancerV2(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  source: LoadBalancerSource & { doc: LoadBalancerV2Document },
  vpcId: string | undefined,
): Promise<void> {
  const { doc, name, targetRegion: region } = source;
  const label = `${region}/${doc.LoadBalancer.Type}/${name}`;
  const state: State = { tgArns: new Map(), listenerArns: new Map() };
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

// ---------------------------------------------------------------------------------------------
// Load balancer

function planCreateLoadBalancer(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  source: LoadBalancerSource & { doc: LoadBalancerV2Document },
  state: State,
): string {
  const lb = source.doc.LoadBalancer;
  // Elastic IPs belong to the source region: only a restore in place keeps them.
  const mappings = !source.crossRegion
    ? (lb.AvailabilityZones ?? []).map((z) => ({
        SubnetId: z.SubnetId,
        ...(z.LoadBalancerAddresses?.[0]?.AllocationId ? { AllocationId: z.LoadBalancerAddresses[0].AllocationId } : {}),
      }))
    : [];
  const withEips = mappings.some((m) => 'AllocationId' in m);
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

async function planLoadBalancerDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  source: LoadBalancerSource & { doc: LoadBalancerV2Document },
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

async function planTagDrift(
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

// ---------------------------------------------------------------------------------------------
// Target groups

function planCreateTargetGroup(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  group: TargetGroupDocument,
  vpcId: string | undefined,
  state: State,
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

async function planTargetGroupDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  group: TargetGroupDocument,
  live: TargetGroup,
): Promise<void> {
  const arn = live.TargetGroupArn as string;
  const name = group.TargetGroupName ?? '';
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

// ---------------------------------------------------------------------------------------------
// Listeners and rules

type Resolve = (ref: { TargetGroupName?: string | undefined }) => string | undefined;

function listenerInput(listener: ListenerDocument, source: LoadBalancerSource, resolve: Resolve) {
  const defaultCert = listener.Certificates?.[0]?.CertificateArn;
  return {
    Port: listener.Port,
    Protocol: listener.Protocol,
    ...(listener.SslPolicy ? { SslPolicy: listener.SslPolicy } : {}),
    ...(defaultCert ? { Certificates: [{ CertificateArn: source.certificates.get(defaultCert) ?? defaultCert }] } : {}),
    ...(listener.AlpnPolicy?.length ? { AlpnPolicy: listener.AlpnPolicy } : {}),
    ...(listener.MutualAuthentication ? { MutualAuthentication: listener.MutualAuthentication } : {}),
    DefaultActions: actionsToApi(listener.DefaultActions, resolve),
  };
}

function additionalCertificates(listener: ListenerDocument, source: LoadBalancerSource): string[] {
  return (listener.AdditionalCertificates ?? []).map((c) => source.certificates.get(c.CertificateArn) ?? c.CertificateArn);
}

function ruleInput(rule: RuleDocument, resolve: Resolve) {
  return {
    Priority: rule.Priority,
    Conditions: rule.Conditions,
    Actions: actionsToApi(rule.Actions, resolve),
    ...(rule.Transforms?.length ? { Transforms: rule.Transforms } : {}),
  };
}

function planCreateListener(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  listener: ListenerDocument,
  source: LoadBalancerSource,
  state: State,
  resolve: Resolve,
  dependsOn: string[],
): void {
  const extra = additionalCertificates(listener, source);
  builder.add({
    kind: 'create',
    target: `${label} listener ${listener.Protocol}:${listener.Port}`,
    reason: `missing: created with its default actions${listener.Rules.length ? `, ${listener.Rules.length} rule(s)` : ''}${extra.length ? ` and ${extra.length} extra certificate(s)` : ''}`,
    dependsOn,
    apply: async () => {
      const out = await client.send(new CreateListenerCommand({ LoadBalancerArn: state.lbArn, ...listenerInput(listener, source, resolve) }));
      const arn = out.Listeners?.[0]?.ListenerArn;
      if (!arn) throw new Error('CreateListener returned no ARN');
      state.listenerArns.set(listener.Port ?? 0, arn);
      if (extra.length) {
        await client.send(new AddListenerCertificatesCommand({ ListenerArn: arn, Certificates: extra.map((CertificateArn) => ({ CertificateArn })) }));
      }
      for (const rule of listener.Rules) await client.send(new CreateRuleCommand({ ListenerArn: arn, ...ruleInput(rule, resolve) }));
      return arn;
    },
  });
}

async function planListenerDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  listener: ListenerDocument,
  live: Listener,
  source: LoadBalancerSource,
  resolve: Resolve,
  groupActions: string[],
): Promise<void> {
  const arn = live.ListenerArn as string;
  const where = `${label} listener ${listener.Protocol}:${listener.Port}`;
  const wanted = listenerInput(listener, source, resolve);
  const differs: string[] = [];
  if (wanted.Protocol !== live.Protocol) differs.push('protocol');
  if ((wanted.SslPolicy ?? '') !== (live.SslPolicy ?? '') && wanted.SslPolicy) differs.push('ssl policy');
  if ((wanted.Certificates?.[0]?.CertificateArn ?? '') !== (live.Certificates?.[0]?.CertificateArn ?? '')) differs.push('certificate');
  if (key(wanted.AlpnPolicy ?? []) !== key(live.AlpnPolicy ?? [])) differs.push('ALPN policy');
  // A target group still to be created cannot match: its ARN does not exist yet.
  if (groupActions.length || !sameActions(wanted.DefaultActions, live.DefaultActions ?? [])) differs.push('default actions');
  if (differs.length) {
    builder.add({
      kind: 'update',
      target: where,
      reason: `differs from the export: ${differs.join(', ')}`,
      dependsOn: groupActions,
      apply: async () => {
        await client.send(new ModifyListenerCommand({ ListenerArn: arn, ...listenerInput(listener, source, resolve) }));
      },
    });
  }
  const extra = additionalCertificates(listener, source);
  if (extra.length) {
    const certs = await collectMarkerPages(
      (Marker) => client.send(new DescribeListenerCertificatesCommand({ ListenerArn: arn, Marker, PageSize: LB_PAGE_SIZE })),
      (page) => page.Certificates,
    );
    const present = new Set(certs.map((c) => c.CertificateArn));
    const missing = extra.filter((c) => !present.has(c));
    if (missing.length) {
      builder.add({
        kind: 'update',
        target: `${where} certificates`,
        reason: `missing certificate(s) ${missing.join(', ')}`,
        apply: async () => {
          await client.send(new AddListenerCertificatesCommand({ ListenerArn: arn, Certificates: missing.map((CertificateArn) => ({ CertificateArn })) }));
        },
      });
    }
  }
  if (!listener.Rules.length && live.Protocol !== 'HTTP' && live.Protocol !== 'HTTPS') return;
  const rules = (await collectMarkerPages(
    (Marker) => client.send(new DescribeRulesCommand({ ListenerArn: arn, Marker, PageSize: LB_PAGE_SIZE })),
    (page) => page.Rules,
  )).filter((r) => !r.IsDefault && r.Priority !== 'default');
  const byPriority = new Map(rules.map((r) => [Number(r.Priority), r]));
  for (const rule of listener.Rules) {
    const current = byPriority.get(rule.Priority);
    const groups = groupActions;
    if (!current) {
      builder.add({
        kind: 'create',
        target: `${where} rule ${rule.Priority}`,
        reason: 'missing: created as exported',
        dependsOn: groups,
        apply: async () => {
          await client.send(new CreateRuleCommand({ ListenerArn: arn, ...ruleInput(rule, resolve) }));
        },
      });
    } else if (groups.length || !sameConditions(rule.Conditions, current.Conditions ?? []) || !sameActions(actionsToApi(rule.Actions, resolve), current.Actions ?? [])) {
      builder.add({
        kind: 'update',
        target: `${where} rule ${rule.Priority}`,
        reason: 'conditions or actions differ from the export',
        dependsOn: groups,
        apply: async () => {
          const { Priority: _priority, ...input } = ruleInput(rule, resolve);
          await client.send(new ModifyRuleCommand({ RuleArn: current.RuleArn, ...input }));
        },
      });
    }
  }
  const wantedPriorities = new Set(listener.Rules.map((r) => r.Priority));
  for (const rule of rules.filter((r) => !wantedPriorities.has(Number(r.Priority)))) {
    builder.add({
      kind: 'delete',
      target: `${where} rule ${rule.Priority}`,
      reason: 'the live listener has a rule the export does not',
      apply: async () => {
        await client.send(new DeleteRuleCommand({ RuleArn: rule.RuleArn }));
      },
    });
  }
}

function key(value: unknown): string {
  return JSON.stringify(canonical(value ?? null));
}

/** Actions as AWS stores them: a forward lists its groups (weight 1 by default) in ForwardConfig. */
function normalisedActions(actions: readonly Action[]): unknown {
  return [...actions]
    .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
    .map((a) => {
      if (a.Type !== 'forward') return canonical(a);
      const groups = a.ForwardConfig?.TargetGroups ?? (a.TargetGroupArn ? [{ TargetGroupArn: a.TargetGroupArn }] : []);
      const { TargetGroupArn: _single, ForwardConfig: _config, ...rest } = a;
      return canonical({
        ...rest,
        groups: groups.map((g) => `${g.TargetGroupArn}=${g.Weight ?? 1}`).sort(),
        stickiness: a.ForwardConfig?.TargetGroupStickinessConfig ?? { Enabled: false },
      });
    });
}

export function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  return JSON.stringify(normalisedActions(a)) === JSON.stringify(normalisedActions(b));
}

/** Conditions compare as sets; a legacy `Values` copy of the config's values does not count. */
export function sameConditions(a: readonly RuleCondition[], b: readonly RuleCondition[]): boolean {
  const norm = (conditions: readonly RuleCondition[]) =>
    conditions
      .map((c) => {
        const config = c.HostHeaderConfig ?? c.PathPatternConfig;
        const { Values, ...rest } = c;
        const keepValues = Values && !(config && key([...(config.Values ?? [])].sort()) === key([...Values].sort()));
        return key(sortConditionValues({ ...rest, ...(keepValues ? { Values } : {}) }));
      })
      .sort();
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

function sortConditionValues(c: RuleCondition): RuleCondition {
  const out: Record<string, unknown> = { ...c };
  for (const [k, v] of Object.entries(c)) {
    const values = (v as { Values?: unknown[] } | undefined)?.Values;
    if (k.endsWith('Config') && Array.isArray(values)) out[k] = { ...(v as object), Values: [...values].map((x) => key(x)).sort() };
  }
  if (Array.isArray(c.Values)) out.Values = [...c.Values].sort();
  return out as RuleCondition;
}

