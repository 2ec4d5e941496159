/**
 * Seeds the simulated ELBv2 from `regions.<region>.elbv2` of a fixture account, filling in
 * what AWS would (defaults, ARNs, DNS names) where the fixture leaves it out.
 */
import type { Action, Listener, LoadBalancer, LoadBalancerAttribute, Rule, Tag, TargetGroup, TargetGroupAttribute, TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { canonicalZoneId, fixtureNetwork } from './elb-network.js';
import { normaliseActions } from './elbv2-actions.js';
import { attributeList, DEFAULT_LB_ATTRIBUTES, DEFAULT_TG_ATTRIBUTES, tgFamily } from './elbv2-defaults.js';
import type { LbType } from './elbv2-defaults.js';
import { dnsName, newLbArn, newListenerArn, newRuleArn, newTgArn } from './elbv2-names.js';
import { regionState } from './elbv2-state.js';
import { fixtureRegions, toDate } from './service-state.js';
import type { FixtureAccount, SimContext } from './types.js';

/**
 * `regions.<region>.elbv2` of a fixture account:
 * - `load-balancers`: LoadBalancer shapes plus `Attributes`, `Tags` and `Listeners` (Listener
 *   shapes whose `Certificates` list the default first or marked `IsDefault`, plus `Rules`
 *   (Rule shapes without the default rule) and `Tags`);
 * - `target-groups`: TargetGroup shapes plus `Attributes`, `Tags`, `TargetHealthDescriptions`.
 * ARNs may be left out (generated); a `TargetGroupArn` in an action may name the group instead.
 */
export interface Elbv2Fixture {
  'load-balancers'?: (Omit<LoadBalancer, 'CreatedTime'> & {
    CreatedTime?: string | Date;
    Attributes?: LoadBalancerAttribute[];
    Tags?: Tag[];
    Listeners?: (Listener & { Rules?: (Rule & { Tags?: Tag[] })[]; Tags?: Tag[] })[];
  })[];
  'target-groups'?: (Omit<TargetGroup, 'LoadBalancerArns'> & {
    Attributes?: TargetGroupAttribute[];
    Tags?: Tag[];
    TargetHealthDescriptions?: TargetHealthDescription[];
  })[];
}

export function seedElbv2(account: string, fixture: FixtureAccount, sim: SimContext): void {
  for (const [region, data] of fixtureRegions(fixture)) {
    const state = regionState(sim, account, region);
    state.network = fixtureNetwork(data);
    const v2 = (data.elbv2 ?? {}) as Elbv2Fixture;
    for (const { Attributes, Tags, TargetHealthDescriptions, ...tg } of v2['target-groups'] ?? []) {
      const name = tg.TargetGroupName!;
      state.targetGroups.push({
        targetGroup: { ...tg, TargetGroupArn: tg.TargetGroupArn ?? newTgArn(sim, region, account, name) },
        attributes: attributeList(DEFAULT_TG_ATTRIBUTES[tgFamily(tg.Protocol)], Attributes),
        tags: Tags ?? [],
        targets: TargetHealthDescriptions ?? [],
      });
    }
    const resolveTg = (ref: string | undefined): string | undefined => {
      if (ref === undefined || ref.startsWith('arn:')) return ref;
      const found = state.targetGroups.find((t) => t.targetGroup.TargetGroupName === ref);
      if (!found) throw new Error(`Fixture: target group '${ref}' named in a listener action is not in ${region}'s elbv2.target-groups.`);
      return found.targetGroup.TargetGroupArn;
    };
    const resolveActions = (actions: Action[] | undefined): Action[] =>
      normaliseActions(
        (actions ?? []).map((a) => ({
          ...a,
          ...(a.TargetGroupArn ? { TargetGroupArn: resolveTg(a.TargetGroupArn) } : {}),
          ...(a.ForwardConfig
            ? {
                ForwardConfig: {
                  ...a.ForwardConfig,
                  TargetGroups: (a.ForwardConfig.TargetGroups ?? []).map((t) => ({ ...t, TargetGroupArn: resolveTg(t.TargetGroupArn) })),
                },
              }
            : {}),
        })),
      );
    for (const { Attributes, Tags, Listeners, CreatedTime, ...lb } of v2['load-balancers'] ?? []) {
      const type: LbType = lb.Type === 'network' ? 'network' : 'application';
      const name = lb.LoadBalancerName!;
      const arn = lb.LoadBalancerArn ?? newLbArn(sim, region, account, type, name);
      state.loadBalancers.push({
        loadBalancer: {
          Type: type,
          Scheme: 'internet-facing',
          IpAddressType: 'ipv4',
          State: { Code: 'active' },
          AvailabilityZones: [],
          ...(type === 'application' ? { SecurityGroups: [] } : {}),
          ...lb,
          LoadBalancerArn: arn,
          DNSName: lb.DNSName ?? dnsName(sim, type, name, region, lb.Scheme),
          CanonicalHostedZoneId: lb.CanonicalHostedZoneId ?? canonicalZoneId(region, type),
          CreatedTime: toDate(CreatedTime, sim.now()),
        },
        attributes: attributeList(DEFAULT_LB_ATTRIBUTES[type], Attributes),
        tags: Tags ?? [],
      });
      for (const { Rules, Tags: listenerTags, Certificates, ...listener } of Listeners ?? []) {
        const listenerArn = listener.ListenerArn ?? newListenerArn(sim, arn);
        const certificates = Certificates ?? [];
        const defaultCert = certificates.find((c) => c.IsDefault) ?? certificates[0];
        state.listeners.push({
          listener: {
            ...listener,
            ListenerArn: listenerArn,
            LoadBalancerArn: arn,
            ...(defaultCert ? { Certificates: [{ CertificateArn: defaultCert.CertificateArn }] } : {}),
            DefaultActions: resolveActions(listener.DefaultActions),
          },
          extraCertificates: certificates.filter((c) => c !== defaultCert).map((c) => ({ CertificateArn: c.CertificateArn, IsDefault: false })),
          defaultRuleArn: newRuleArn(sim, listenerArn),
          rules: (Rules ?? []).map(({ Tags: ruleTags, ...rule }) => ({
            rule: {
              ...rule,
              RuleArn: rule.RuleArn ?? newRuleArn(sim, listenerArn),
              Priority: String(rule.Priority),
              Conditions: rule.Conditions ?? [],
              Actions: resolveActions(rule.Actions),
              IsDefault: false,
            },
            tags: ruleTags ?? [],
          })),
          tags: listenerTags ?? [],
        });
      }
    }
  }
}
