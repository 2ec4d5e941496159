/**
 * Restore of a classic load balancer from its export: a missing one is re-created with its
 * listeners, health check, attributes, policies (and their attachment to listeners and
 * back-end ports) and tags; an existing one gets drifted attributes, health check, tags,
 * security groups, listener certificates, missing listeners and policies (lb-classic-policies.ts)
 * put back, and listeners the export does not have deleted; what it cannot change in place (scheme, subnets, other listener settings) is a
 * "not restored" note.
 */
import {
  AddTagsCommand,
  ApplySecurityGroupsToLoadBalancerCommand,
  ConfigureHealthCheckCommand,
  CreateLoadBalancerCommand,
  CreateLoadBalancerListenersCommand,
  CreateLoadBalancerPolicyCommand,
  DeleteLoadBalancerListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ModifyLoadBalancerAttributesCommand,
  RemoveTagsCommand,
  SetLoadBalancerListenerSSLCertificateCommand,
  SetLoadBalancerPoliciesForBackendServerCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
  type ElasticLoadBalancingClient,
  type Listener,
  type LoadBalancerAttributes,
  type LoadBalancerDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import { awsErrorCode } from '../aws/errors.js';
import { canonical, compareText, keyValueList, keyValueMap, type ClassicLoadBalancerDocument } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { planClassicPolicyDrift, PREDEFINED_POLICY } from './lb-classic-policies.js';
import { notRestored } from './lb-not-restored.js';
import type { LoadBalancerSource } from './lb-source.js';


export async function planClassicLoadBalancer(
  builder: PlanBuilder,
  client: ElasticLoadBalancingClient,
  source: LoadBalancerSource & { doc: ClassicLoadBalancerDocument },
): Promise<void> {
  const label = `${source.targetRegion}/classic/${source.name}`;
  const live = await findClassic(client, source.name);
  if (!live) {
    planCreate(builder, client, label, source);
    return;
  }
  await planDrift(builder, client, label, source, live);
}

async function findClassic(client: ElasticLoadBalancingClient, name: string): Promise<LoadBalancerDescription | undefined> {
  try {
    return (await client.send(new DescribeLoadBalancersCommand({ LoadBalancerNames: [name] }))).LoadBalancerDescriptions?.[0];
  } catch (error) {
    if (awsErrorCode(error) === 'LoadBalancerNotFound' || awsErrorCode(error) === 'AccessPointNotFound') return undefined;
    throw error;
  }
}

function listenerInputs(source: LoadBalancerSource & { doc: ClassicLoadBalancerDocument }): Listener[] {
  return source.doc.Listeners.map(({ PolicyNames: _policies, ...listener }) => ({
    ...listener,
    ...(listener.SSLCertificateId ? { SSLCertificateId: source.certificates.get(listener.SSLCertificateId) ?? listener.SSLCertificateId } : {}),
  }));
}

function attributesInput(doc: ClassicLoadBalancerDocument): LoadBalancerAttributes {
  const { AdditionalAttributes, ...rest } = doc.Attributes;
  return { ...rest, ...(AdditionalAttributes ? { AdditionalAttributes: keyValueList(AdditionalAttributes) } : {}) };
}

function planCreate(
  builder: PlanBuilder,
  client: ElasticLoadBalancingClient,
  label: string,
  source: LoadBalancerSource & { doc: ClassicLoadBalancerDocument },
): void {
  const { doc, name } = source;
  const lb = doc.LoadBalancer;
  const custom = doc.Policies.filter((p) => !PREDEFINED_POLICY.test(p.PolicyName));
  builder.add({
    kind: 'create',
    target: label,
    reason: `missing in ${source.targetRegion}: re-created from ${source.path} with ${doc.Listeners.length} listener(s), its health check, attributes, ${custom.length} policy(ies) and tags`,
    details: { subnets: source.subnets.join(', '), 'security-groups': source.securityGroups.join(', ') },
    apply: async () => {
      const zones = source.subnets.length ? {} : { AvailabilityZones: (lb.AvailabilityZones ?? []).map((z) => (source.crossRegion ? z.replace(source.sourceRegion, source.targetRegion) : z)) };
      await client.send(
        new CreateLoadBalancerCommand({
          LoadBalancerName: name,
          Listeners: listenerInputs(source),
          ...(source.subnets.length ? { Subnets: source.subnets } : zones),
          ...(source.securityGroups.length ? { SecurityGroups: source.securityGroups } : {}),
          ...(lb.Scheme === 'internal' ? { Scheme: 'internal' } : {}),
          ...(Object.keys(doc.Tags).length ? { Tags: keyValueList(doc.Tags) } : {}),
        }),
      );
      if (lb.HealthCheck) await client.send(new ConfigureHealthCheckCommand({ LoadBalancerName: name, HealthCheck: lb.HealthCheck }));
      await client.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerName: name, LoadBalancerAttributes: attributesInput(doc) }));
      for (const policy of custom) {
        await client.send(
          new CreateLoadBalancerPolicyCommand({
            LoadBalancerName: name,
            PolicyName: policy.PolicyName,
            PolicyTypeName: policy.PolicyTypeName,
            PolicyAttributes: policy.PolicyAttributes,
          }),
        );
      }
      for (const listener of doc.Listeners) {
        if (!listener.PolicyNames?.length) continue;
        await client.send(
          new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, PolicyNames: listener.PolicyNames }),
        );
      }
      for (const backend of doc.BackendServerDescriptions) {
        await client.send(
          new SetLoadBalancerPoliciesForBackendServerCommand({ LoadBalancerName: name, InstancePort: backend.InstancePort, PolicyNames: backend.PolicyNames ?? [] }),
        );
      }
    },
  });
}

async function planDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingClient,
  label: string,
  source: LoadBalancerSource & { doc: ClassicLoadBalancerDocument },
  live: LoadBalancerDescription,
): Promise<void> {
  const { doc, name } = source;
  const attrs = (await client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name }))).LoadBalancerAttributes ?? {};
  const liveAttributes = { ...attrs, AdditionalAttributes: attrs.AdditionalAttributes && keyValueMap(attrs.AdditionalAttributes) };
  const differing = Object.keys(doc.Attributes).filter(
    (k) => key((doc.Attributes as Record<string, unknown>)[k]) !== key((liveAttributes as Record<string, unknown>)[k]),
  );
  if (differing.length) {
    builder.add({
      kind: 'update',
      target: `${label} attributes`,
      reason: `differ from the export: ${differing.join(', ')}`,
      apply: async () => {
        await client.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerName: name, LoadBalancerAttributes: attributesInput(doc) }));
      },
    });
  }
  const health = doc.LoadBalancer.HealthCheck;
  if (health && key(health) !== key(live.HealthCheck)) {
    builder.add({
      kind: 'update',
      target: `${label} health check`,
      reason: 'differs from the export',
      apply: async () => {
        await client.send(new ConfigureHealthCheckCommand({ LoadBalancerName: name, HealthCheck: health }));
      },
    });
  }
  const wantedGroups = [...source.securityGroups].sort(compareText);
  const liveGroups = [...(live.SecurityGroups ?? [])].sort(compareText);
  if (wantedGroups.length && wantedGroups.join(',') !== liveGroups.join(',')) {
    builder.add({
      kind: 'update',
      target: `${label} security groups`,
      reason: `are ${liveGroups.join(', ') || 'none'}, the export has ${wantedGroups.join(', ')}`,
      apply: async () => {
        await client.send(new ApplySecurityGroupsToLoadBalancerCommand({ LoadBalancerName: name, SecurityGroups: wantedGroups }));
      },
    });
  }
  const tags = keyValueMap((await client.send(new DescribeTagsCommand({ LoadBalancerNames: [name] }))).TagDescriptions?.[0]?.Tags);
  const add = Object.entries(doc.Tags).filter(([k, v]) => tags[k] !== v);
  const remove = Object.keys(tags).filter((k) => !(k in doc.Tags));
  if (add.length || remove.length) {
    builder.add({
      kind: 'tag',
      target: `${label} tags`,
      reason: 'differ from the export',
      details: { add: add.length, remove: remove.length },
      apply: async () => {
        if (add.length) await client.send(new AddTagsCommand({ LoadBalancerNames: [name], Tags: add.map(([Key, Value]) => ({ Key, Value })) }));
        if (remove.length) await client.send(new RemoveTagsCommand({ LoadBalancerNames: [name], Tags: remove.map((Key) => ({ Key })) }));
      },
    });
  }
  // Listeners as the target region sees them (mapped certificates) for the policy and listener comparison.
  const inputs = listenerInputs(source);
  const mapped = { ...doc, Listeners: doc.Listeners.map((l, i) => ({ ...l, ...inputs[i] })) };
  const policiesCreated = await planClassicPolicyDrift(builder, client, label, mapped, live);
  if (doc.LoadBalancer.Scheme && live.Scheme && doc.LoadBalancer.Scheme !== live.Scheme) {
    builder.warn(label, notRestored(`scheme ${doc.LoadBalancer.Scheme} (live: ${live.Scheme})`, 'the scheme is set when a load balancer is created: delete it and run the restore again to re-create it'));
  }
  const wantedSubnets = [...source.subnets].sort(compareText).join(', ');
  const liveSubnets = [...(live.Subnets ?? [])].sort(compareText).join(', ');
  if (wantedSubnets && wantedSubnets !== liveSubnets) {
    builder.warn(
      label,
      notRestored(`subnets ${wantedSubnets} (live: ${liveSubnets || 'none'})`, 'change them by hand with AttachLoadBalancerToSubnets / DetachLoadBalancerFromSubnets'),
    );
  }
  planListenerDrift(builder, client, label, mapped.Listeners, live);
  const livePorts = new Set((live.ListenerDescriptions ?? []).map((d) => d.Listener?.LoadBalancerPort));
  const missing = listenerInputs(source).filter((l) => !livePorts.has(l.LoadBalancerPort));
  if (missing.length) {
    builder.add({
      kind: 'create',
      target: `${label} listeners ${missing.map((l) => `${l.Protocol}:${l.LoadBalancerPort}`).join(', ')}`,
      reason: 'missing: created as exported, with their policies',
      dependsOn: policiesCreated,
      apply: async () => {
        await client.send(new CreateLoadBalancerListenersCommand({ LoadBalancerName: name, Listeners: missing }));
        for (const listener of doc.Listeners.filter((l) => missing.some((m) => m.LoadBalancerPort === l.LoadBalancerPort))) {
          if (!listener.PolicyNames?.length) continue;
          await client.send(
            new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, PolicyNames: listener.PolicyNames }),
          );
        }
      },
    });
  }
  const wantedPorts = new Set(doc.Listeners.map((l) => l.LoadBalancerPort));
  const extra = (live.ListenerDescriptions ?? []).map((d) => d.Listener).filter((l): l is Listener => l !== undefined && !wantedPorts.has(l.LoadBalancerPort));
  if (extra.length) {
    builder.add({
      kind: 'delete',
      target: `${label} listeners ${extra.map((l) => `${l.Protocol}:${l.LoadBalancerPort}`).join(', ')}`,
      reason: 'the live load balancer has listeners the export does not',
      apply: async () => {
        await client.send(new DeleteLoadBalancerListenersCommand({ LoadBalancerName: name, LoadBalancerPorts: extra.map((l) => l.LoadBalancerPort as number) }));
      },
    });
  }
}

/**
 * Listeners on the export's ports whose settings differ: a new certificate is set in place
 * (SetLoadBalancerListenerSSLCertificate); anything else cannot be modified on a classic
 * listener, which the plan says.
 */
function planListenerDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingClient,
  label: string,
  listeners: ClassicLoadBalancerDocument['Listeners'],
  live: LoadBalancerDescription,
): void {
  const name = live.LoadBalancerName as string;
  const liveListeners = new Map((live.ListenerDescriptions ?? []).map((d): [number | undefined, Listener] => [d.Listener?.LoadBalancerPort, d.Listener ?? ({} as Listener)]));
  for (const listener of listeners) {
    const current = liveListeners.get(listener.LoadBalancerPort);
    if (!current) continue;
    const where = `${label} listener ${listener.Protocol}:${listener.LoadBalancerPort}`;
    const differs = (['Protocol', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId'] as const).filter(
      (k) => String(listener[k] ?? '').toUpperCase() !== String(current[k] ?? '').toUpperCase(),
    );
    if (differs.length === 1 && differs[0] === 'SSLCertificateId' && listener.SSLCertificateId) {
      const certificate = listener.SSLCertificateId;
      builder.add({
        kind: 'update',
        target: `${where} certificate`,
        reason: `is ${current.SSLCertificateId ?? 'none'}, the export has ${certificate}`,
        apply: async () => {
          await client.send(new SetLoadBalancerListenerSSLCertificateCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, SSLCertificateId: certificate }));
        },
      });
    } else if (differs.length) {
      builder.warn(
        label,
        notRestored(
          `${where} as exported (live ${differs.map((k) => `${k} ${current[k] ?? 'none'}`).join(', ')})`,
          'a classic listener cannot be modified: delete it (DeleteLoadBalancerListeners) and run the restore again, which re-creates it',
        ),
      );
    }
  }
}

function key(value: unknown): string {
  return JSON.stringify(canonical(value ?? null));
}
