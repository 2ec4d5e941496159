/**
 * The policies of an existing classic load balancer in a restore: custom policies missing
 * from it are created (the returned action ids: what attaching them must wait for), and the policies attached to each listener and back-end port are put
 * back as exported. A policy that exists with other settings cannot be changed in place (AWS
 * has no modify call): it is said as "not restored", with what to do by hand.
 */
import {
  CreateLoadBalancerPolicyCommand,
  DescribeLoadBalancerPoliciesCommand,
  SetLoadBalancerPoliciesForBackendServerCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
  type ElasticLoadBalancingClient,
  type LoadBalancerDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import { canonicalKey, classicPolicyDocument, type ClassicLoadBalancerDocument } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { notRestored } from './lb-not-restored.js';

/** AWS's own policies are referenced by name, never created. */
export const PREDEFINED_POLICY = /^(ELBSecurityPolicy-|ELBSample-)/;

const sortedNames = (names: readonly string[] | undefined): string => [...(names ?? [])].sort().join(',');

export async function planClassicPolicyDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingClient,
  label: string,
  doc: ClassicLoadBalancerDocument,
  live: LoadBalancerDescription,
): Promise<string[]> {
  const name = doc.LoadBalancer.LoadBalancerName as string;
  const livePolicies = new Map(
    ((await client.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name }))).PolicyDescriptions ?? []).map((p) => [
      p.PolicyName ?? '',
      classicPolicyDocument(p),
    ]),
  );
  const missing = doc.Policies.filter((p) => !PREDEFINED_POLICY.test(p.PolicyName) && !livePolicies.has(p.PolicyName));
  for (const p of doc.Policies) {
    const current = livePolicies.get(p.PolicyName);
    if (current && !PREDEFINED_POLICY.test(p.PolicyName) && canonicalKey(current) !== canonicalKey(p)) {
      builder.warn(
        label,
        notRestored(
          `policy ${p.PolicyName} as exported (the live one has other settings)`,
          'a classic policy cannot be changed in place: detach it, delete it (DeleteLoadBalancerPolicy) and run the restore again',
        ),
      );
    }
  }
  const create = missing.length
    ? builder.add({
        kind: 'create',
        target: `${label} policies ${missing.map((p) => p.PolicyName).join(', ')}`,
        reason: 'missing: created as exported',
        apply: async () => {
          for (const p of missing) {
            await client.send(
              new CreateLoadBalancerPolicyCommand({ LoadBalancerName: name, PolicyName: p.PolicyName, PolicyTypeName: p.PolicyTypeName, PolicyAttributes: p.PolicyAttributes }),
            );
          }
        },
      })
    : undefined;
  const dependsOn = create ? [create] : [];

  const liveListeners = new Map((live.ListenerDescriptions ?? []).map((d) => [d.Listener?.LoadBalancerPort, d]));
  for (const listener of doc.Listeners) {
    const current = liveListeners.get(listener.LoadBalancerPort);
    if (!current) continue; // created with its policies by the listener action
    const where = `${label} listener ${listener.Protocol}:${listener.LoadBalancerPort}`;
    if (sortedNames(listener.PolicyNames) !== sortedNames(current.PolicyNames)) {
      builder.add({
        kind: 'update',
        target: `${where} policies`,
        reason: `are ${sortedNames(current.PolicyNames) || 'none'}, the export has ${sortedNames(listener.PolicyNames) || 'none'}`,
        dependsOn,
        apply: async () => {
          await client.send(
            new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, PolicyNames: listener.PolicyNames ?? [] }),
          );
        },
      });
    }
  }

  const wantedBackends = new Map(doc.BackendServerDescriptions.map((b) => [b.InstancePort, b.PolicyNames ?? []]));
  const liveBackends = new Map((live.BackendServerDescriptions ?? []).map((b) => [b.InstancePort, b.PolicyNames ?? []]));
  for (const port of new Set([...wantedBackends.keys(), ...liveBackends.keys()])) {
    const wanted = wantedBackends.get(port) ?? [];
    if (sortedNames(wanted) === sortedNames(liveBackends.get(port))) continue;
    builder.add({
      kind: 'update',
      target: `${label} back-end port ${port} policies`,
      reason: `are ${sortedNames(liveBackends.get(port)) || 'none'}, the export has ${sortedNames(wanted) || 'none'}`,
      dependsOn,
      apply: async () => {
        await client.send(new SetLoadBalancerPoliciesForBackendServerCommand({ LoadBalancerName: name, InstancePort: port, PolicyNames: wanted }));
      },
    });
  }
  return dependsOn;
}
