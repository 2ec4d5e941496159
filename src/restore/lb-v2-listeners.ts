/**
 * Listeners and rules in an ALB/NLB restore: a missing listener is created with its default
 * actions, extra certificates and rules; an existing one gets drifted settings, default
 * actions, missing certificates and rules put back, and rules the export lacks deleted.
 */
import {
  CreateListenerCommand,
  CreateRuleCommand,
  DeleteRuleCommand,
  DescribeRulesCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type MutualAuthenticationAttributes,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { collectMarkerPages, LB_PAGE_SIZE } from '../export/elb.js';
import { actionsToApi, type ListenerDocument, type RuleDocument } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import type { V2State } from './lb-v2-balancer.js';
import { addCertificates, additionalCertificates, planCertificateDrift } from './lb-v2-certificates.js';
import { key, sameActions, sameConditions } from './lb-v2-compare.js';
import type { LoadBalancerSource } from './lb-source.js';

export type Resolve = (ref: { TargetGroupName?: string | undefined }) => string | undefined;

function listenerInput(listener: ListenerDocument, source: LoadBalancerSource, resolve: Resolve) {
  const defaultCert = listener.Certificates?.[0]?.CertificateArn;
  return {
    Port: listener.Port,
    Protocol: listener.Protocol,
    ...(listener.SslPolicy ? { SslPolicy: listener.SslPolicy } : {}),
    ...(defaultCert ? { Certificates: [{ CertificateArn: source.certificates.get(defaultCert) ?? defaultCert }] } : {}),
    ...(listener.AlpnPolicy?.length ? { AlpnPolicy: listener.AlpnPolicy } : {}),
    ...(listener.MutualAuthentication ? { MutualAuthentication: mutualAuthentication(listener.MutualAuthentication, source) } : {}),
    DefaultActions: actionsToApi(listener.DefaultActions, resolve),
  };
}

/** The listener's mutual TLS as ModifyListener takes it: the trust store mapped, AWS's status left out. */
function mutualAuthentication(value: MutualAuthenticationAttributes, source: LoadBalancerSource): MutualAuthenticationAttributes {
  const { TrustStoreAssociationStatus: _status, ...rest } = value;
  return rest.TrustStoreArn ? { ...rest, TrustStoreArn: source.trustStores.get(rest.TrustStoreArn) ?? rest.TrustStoreArn } : rest;
}

/** Mutual TLS compared as it acts: off when absent, and nothing else counts when off. */
function mutualKey(value: MutualAuthenticationAttributes | undefined): string {
  if (!value || (value.Mode ?? 'off') === 'off') return key({ Mode: 'off' });
  const { TrustStoreAssociationStatus: _status, ...rest } = value;
  return key({ IgnoreClientCertificateExpiry: false, ...rest });
}

function ruleInput(rule: RuleDocument, resolve: Resolve) {
  return {
    Priority: rule.Priority,
    Conditions: rule.Conditions,
    Actions: actionsToApi(rule.Actions, resolve),
    ...(rule.Transforms?.length ? { Transforms: rule.Transforms } : {}),
  };
}

export function planCreateListener(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  label: string,
  listener: ListenerDocument,
  source: LoadBalancerSource,
  state: V2State,
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
      await addCertificates(client, arn, extra);
      for (const rule of listener.Rules) await client.send(new CreateRuleCommand({ ListenerArn: arn, ...ruleInput(rule, resolve) }));
      return arn;
    },
  });
}

export async function planListenerDrift(
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
  // A listener exported without mutual TLS settings says nothing about them: nothing to compare.
  if (wanted.MutualAuthentication && mutualKey(wanted.MutualAuthentication) !== mutualKey(live.MutualAuthentication)) differs.push('mutual authentication');
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
  await planCertificateDrift(builder, client, where, listener, live, source);
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
