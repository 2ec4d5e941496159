/**
 * Classic load balancers (Elastic Load Balancing API) → the exported `Kind: elb` document; see
 * lb-format.ts for the mapping rules.
 */
import type * as Elb from '@aws-sdk/client-elastic-load-balancing';
import { canonical, compareText, keyValueMap, ordered, sortedStrings } from './lb-canonical.js';

export interface ClassicPolicyDocument {
  PolicyName: string;
  PolicyTypeName?: string;
  /** As CreateLoadBalancerPolicy takes them (DescribeLoadBalancerPolicies calls them PolicyAttributeDescriptions). */
  PolicyAttributes: { AttributeName?: string; AttributeValue?: string }[];
}

export interface ClassicLoadBalancerDocument {
  Kind: 'elb';
  Region: string;
  LoadBalancer: Omit<
    Elb.LoadBalancerDescription,
    'CreatedTime' | 'Instances' | 'ListenerDescriptions' | 'Policies' | 'BackendServerDescriptions'
  >;
  /** Listener fields plus the names of the policies attached to it. */
  Listeners: (Elb.Listener & { PolicyNames?: string[] })[];
  BackendServerDescriptions: Elb.BackendServerDescription[];
  /** ModifyLoadBalancerAttributes shape, except AdditionalAttributes as a map. */
  Attributes: Omit<Elb.LoadBalancerAttributes, 'AdditionalAttributes'> & {
    AdditionalAttributes?: Record<string, string>;
  };
  Policies: ClassicPolicyDocument[];
  Tags: Record<string, string>;
  /** Registered instance ids, only when targets are included. */
  Instances?: string[];
}

export interface ClassicLoadBalancerSource {
  region: string;
  description: Elb.LoadBalancerDescription;
  attributes: Elb.LoadBalancerAttributes | undefined;
  policies: readonly Elb.PolicyDescription[];
  tags: readonly Elb.Tag[];
  includeInstances: boolean;
}

/**
 * AWS's predefined policies (security policies, samples). They show up among a load balancer's
 * policies once referenced; they are worth keeping only while something uses them.
 */
const PREDEFINED_CLASSIC_POLICY = /^(ELBSecurityPolicy-|ELBSample-)/;

export function classicLoadBalancerDocument(src: ClassicLoadBalancerSource): ClassicLoadBalancerDocument {
  const d = src.description;
  const listeners = [...(d.ListenerDescriptions ?? [])]
    .map((ld) => ({
      ...ordered(ld.Listener ?? {}, ['Protocol', 'LoadBalancerPort', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId']),
      ...(ld.PolicyNames ? { PolicyNames: sortedStrings(ld.PolicyNames) } : {}),
    }) as ClassicLoadBalancerDocument['Listeners'][number])
    .sort(
      (a, b) =>
        Number(a.LoadBalancerPort ?? 0) - Number(b.LoadBalancerPort ?? 0) ||
        compareText(String(a.Protocol ?? ''), String(b.Protocol ?? '')),
    );

  const backends = [...(d.BackendServerDescriptions ?? [])]
    .map((b) => ordered({ ...b, PolicyNames: sortedStrings(b.PolicyNames) }, ['InstancePort', 'PolicyNames']))
    .sort((a, b) => Number(a.InstancePort ?? 0) - Number(b.InstancePort ?? 0)) as Elb.BackendServerDescription[];

  const attached = new Set<string>([
    ...listeners.flatMap((l) => l.PolicyNames ?? []),
    ...backends.flatMap((b) => b.PolicyNames ?? []),
  ]);
  const policies = src.policies
    .filter((p) => p.PolicyName !== undefined)
    .filter((p) => !PREDEFINED_CLASSIC_POLICY.test(p.PolicyName as string) || attached.has(p.PolicyName as string))
    .map((p) => classicPolicyDocument(p))
    .sort((a, b) => compareText(a.PolicyName, b.PolicyName));

  const loadBalancer = ordered(
    {
      ...d,
      AvailabilityZones: sortedStrings(d.AvailabilityZones),
      Subnets: sortedStrings(d.Subnets),
      SecurityGroups: sortedStrings(d.SecurityGroups),
      SourceSecurityGroup: d.SourceSecurityGroup && canonical(d.SourceSecurityGroup),
      HealthCheck: d.HealthCheck && ordered(d.HealthCheck, ['Target', 'Interval', 'Timeout', 'UnhealthyThreshold', 'HealthyThreshold']),
    },
    [
      'LoadBalancerName',
      'Scheme',
      'VPCId',
      'AvailabilityZones',
      'Subnets',
      'SecurityGroups',
      'SourceSecurityGroup',
      'HealthCheck',
      'DNSName',
      'CanonicalHostedZoneName',
      'CanonicalHostedZoneNameID',
    ],
    ['CreatedTime', 'Instances', 'ListenerDescriptions', 'Policies', 'BackendServerDescriptions'],
  );

  const attrs = src.attributes ?? {};
  const attributes = ordered(
    {
      ...attrs,
      CrossZoneLoadBalancing: attrs.CrossZoneLoadBalancing && canonical(attrs.CrossZoneLoadBalancing),
      AccessLog: attrs.AccessLog && canonical(attrs.AccessLog),
      ConnectionDraining: attrs.ConnectionDraining && canonical(attrs.ConnectionDraining),
      ConnectionSettings: attrs.ConnectionSettings && canonical(attrs.ConnectionSettings),
      AdditionalAttributes: attrs.AdditionalAttributes && keyValueMap(attrs.AdditionalAttributes),
    },
    ['CrossZoneLoadBalancing', 'AccessLog', 'ConnectionDraining', 'ConnectionSettings', 'AdditionalAttributes'],
  );

  const doc: ClassicLoadBalancerDocument = {
    Kind: 'elb',
    Region: src.region,
    LoadBalancer: loadBalancer as ClassicLoadBalancerDocument['LoadBalancer'],
    Listeners: listeners,
    BackendServerDescriptions: backends,
    Attributes: attributes as ClassicLoadBalancerDocument['Attributes'],
    Policies: policies,
    Tags: keyValueMap(src.tags),
  };
  if (src.includeInstances) {
    doc.Instances = (d.Instances ?? [])
      .map((i) => i.InstanceId)
      .filter((id): id is string => id !== undefined)
      .sort(compareText);
  }
  return doc;
}

export function classicPolicyDocument(p: Elb.PolicyDescription): ClassicPolicyDocument {
  // Sorted by name; a stable sort keeps repeated names (e.g. PublicKeyPolicyName) in AWS order.
  const attributes = [...(p.PolicyAttributeDescriptions ?? [])]
    .map((a) => ordered(a, ['AttributeName', 'AttributeValue']))
    .sort((a, b) => compareText(String(a.AttributeName ?? ''), String(b.AttributeName ?? '')));
  return {
    PolicyName: p.PolicyName as string,
    ...(p.PolicyTypeName !== undefined ? { PolicyTypeName: p.PolicyTypeName } : {}),
    PolicyAttributes: attributes,
  };
}
