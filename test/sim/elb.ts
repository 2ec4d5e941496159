/**
 * Simulated Classic Load Balancing (API 2012-06-01, query protocol). State is kept in the
 * API's own shapes so the fixture YAML, the describe calls and the create calls agree.
 * Also home of what classic and v2 share: the region's network (subnets, security groups),
 * canonical hosted zone ids, and the per-region slice helper.
 */
import { createHash } from 'node:crypto';
import type {
  HealthCheck,
  Instance,
  InstanceState,
  Listener,
  LoadBalancerAttributes,
  LoadBalancerDescription,
  Policies,
  PolicyAttribute,
  PolicyDescription,
  Tag,
} from '@aws-sdk/client-elastic-load-balancing';
import { checkCertificateRegion } from './elb-certificates.js';
import { checkLogBucket } from './elb-logs.js';
import { listParam as list, page, parseQueryBody, queryResult, tooManyMembers, typed } from './query.js';
import { errorResponse } from './xml.js';
import type { QueryTypes } from './query.js';
import { SimError } from './types.js';
import type { FixtureAccount, ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';

export const ELB_VERSION = '2012-06-01';
const XMLNS = 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/';

// ---------------------------------------------------------------- shared with elbv2.ts

export interface SimSubnet {
  SubnetId: string;
  VpcId?: string;
  AvailabilityZone?: string;
}
export interface SimSecurityGroup {
  GroupId: string;
  GroupName?: string;
  VpcId?: string;
}
/** The region's subnets and security groups, when the fixture lists them (else nothing is validated). */
export interface RegionNetwork {
  subnets?: Map<string, SimSubnet>;
  securityGroups?: Map<string, SimSecurityGroup>;
}

/** Canonical hosted zone ids of the ELB endpoints, per region (ALB and classic share one; NLB has its own). */
const ALB_ZONES: Record<string, string> = {
  'us-east-1': 'Z35SXDOTRQ7X7K',
  'us-east-2': 'Z3AADJGX6KTTL2',
  'us-west-1': 'Z368ELLRRE2KJ0',
  'us-west-2': 'Z1H1FL5HABSF5',
  'eu-west-1': 'Z32O12XQLNTSW2',
  'eu-central-1': 'Z215JYRZR1TBD5',
};
const NLB_ZONES: Record<string, string> = {
  'us-east-1': 'Z26RNL4JYFTOTI',
  'us-east-2': 'ZLMOA37VPKANP',
  'us-west-1': 'Z24FKFUX50B4VW',
  'us-west-2': 'Z18D5FSROUN65G',
  'eu-west-1': 'Z2IFOLAFXWLO4F',
  'eu-central-1': 'Z3F0SRJ5LGBH90',
};
export function canonicalZoneId(region: string, kind: 'application' | 'network' | 'classic'): string {
  const table = kind === 'network' ? NLB_ZONES : ALB_ZONES;
  return table[region] ?? (kind === 'network' ? 'Z0000000000NLB' : 'Z0000000000ELB');
}

/** A deterministic, realistic-looking token (hex or digits) derived from the sim's id sequence. */
export function hashedId(sim: SimContext, prefix: string, length: number, digits = false): string {
  const hex = createHash('sha256').update(sim.newId(prefix)).digest('hex');
  if (!digits) return hex.slice(0, length);
  return BigInt(`0x${hex.slice(0, 24)}`).toString().padStart(length, '0').slice(-length);
}

/** The state slice a service keeps in one account, created on first use. */
export function serviceSlice<T>(sim: SimContext, account: string, name: string, init: () => T): T {
  const acct = (sim.state.accounts[account] ??= { services: {} });
  return (acct.services[name] ??= init()) as T;
}

/** Reads `regions.<region>.subnets` and `regions.<region>.security-groups` of a fixture account. */
export function fixtureNetwork(regionFixture: Record<string, unknown>): RegionNetwork {
  const network: RegionNetwork = {};
  if (Array.isArray(regionFixture.subnets)) {
    network.subnets = new Map(
      regionFixture.subnets.map((s: unknown) => {
        const subnet: SimSubnet = typeof s === 'string' ? { SubnetId: s } : (s as SimSubnet);
        return [subnet.SubnetId, subnet];
      }),
    );
  }
  const groups = regionFixture['security-groups'];
  if (Array.isArray(groups)) {
    network.securityGroups = new Map(
      groups.map((g: unknown) => {
        const group: SimSecurityGroup = typeof g === 'string' ? { GroupId: g } : (g as SimSecurityGroup);
        return [group.GroupId, group];
      }),
    );
  }
  return network;
}

/** The regions of a fixture account (`regions: {<region>: {...}}`). */
export function fixtureRegions(fixture: FixtureAccount): [string, Record<string, unknown>][] {
  const regions = (fixture.regions ?? {}) as Record<string, Record<string, unknown> | null>;
  return Object.entries(regions).map(([region, data]) => [region, data ?? {}]);
}

/** Rejects subnets the region's fixture does not list (only when it lists any). */
export function checkSubnets(network: RegionNetwork, subnetIds: string[], code = 'SubnetNotFound'): SimSubnet[] {
  return subnetIds.map((id) => {
    if (!network.subnets) return { SubnetId: id };
    const subnet = network.subnets.get(id);
    if (!subnet) throw new SimError(code, `The subnet ID '${id}' is not valid`);
    return subnet;
  });
}

export function checkSecurityGroups(network: RegionNetwork, groupIds: string[], code = 'InvalidSecurityGroup'): SimSecurityGroup[] {
  return groupIds.map((id) => {
    if (!network.securityGroups) return { GroupId: id };
    const group = network.securityGroups.get(id);
    if (!group) throw new SimError(code, `One or more security groups are invalid: '${id}' does not exist`);
    return group;
  });
}

/** Fixture YAML gives timestamps as strings (or Dates); state keeps Dates. */
export function toDate(value: unknown, fallback: number): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') return new Date(value);
  return new Date(fallback);
}

export function checkTagKeys(tags: Tag[] | { Key?: string }[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    if (!tag.Key) throw new SimError('ValidationError', 'A tag key is required');
    if (seen.has(tag.Key)) throw new SimError('DuplicateTagKeys', `Tag key '${tag.Key}' specified more than once`);
    seen.add(tag.Key);
  }
}

/** Adds or overwrites tags; more than `max` distinct keys is TooManyTags like AWS. */
export function mergeTags(existing: Tag[], added: Tag[], max: number, resource: string): Tag[] {
  const merged = new Map(existing.map((t) => [t.Key!, t]));
  for (const tag of added) merged.set(tag.Key!, { Key: tag.Key, Value: tag.Value ?? '' });
  if (merged.size > max) throw new SimError('TooManyTags', `The quota for the number of tags that can be assigned to '${resource}' has been reached (${max})`);
  return [...merged.values()];
}

// ---------------------------------------------------------------- classic state

/** One classic load balancer: the describe shape (its `Policies` are derived) plus side data. */
export interface ClassicLoadBalancer {
  description: Omit<LoadBalancerDescription, 'Policies'>;
  attributes: LoadBalancerAttributes;
  tags: Tag[];
  policies: PolicyDescription[];
  instanceStates: InstanceState[];
}
export interface ClassicRegion {
  loadBalancers: ClassicLoadBalancer[];
  network: RegionNetwork;
}
export interface ClassicElbState {
  regions: Record<string, ClassicRegion>;
}

export function classicElbState(sim: SimContext, account: string): ClassicElbState {
  return serviceSlice(sim, account, 'elb', () => ({ regions: {} }));
}

function regionState(sim: SimContext, account: string, region: string): ClassicRegion {
  const state = classicElbState(sim, account);
  return (state.regions[region] ??= { loadBalancers: [], network: {} });
}

/**
 * One entry of `regions.<region>.elb.load-balancers` in the fixture: a LoadBalancerDescription
 * plus `Attributes` (LoadBalancerAttributes), `Tags`, `PolicyDescriptions` and `InstanceStates`.
 */
export type ClassicFixtureLoadBalancer = Omit<LoadBalancerDescription, 'Policies' | 'CreatedTime'> & {
  CreatedTime?: string | Date;
  Attributes?: LoadBalancerAttributes;
  Tags?: Tag[];
  PolicyDescriptions?: PolicyDescription[];
  InstanceStates?: InstanceState[];
};

const DEFAULT_ATTRIBUTES: LoadBalancerAttributes = {
  CrossZoneLoadBalancing: { Enabled: false },
  AccessLog: { Enabled: false },
  ConnectionDraining: { Enabled: false, Timeout: 300 },
  ConnectionSettings: { IdleTimeout: 60 },
  AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'defensive' }],
};

function classicDnsName(sim: SimContext, name: string, region: string, scheme: string | undefined): string {
  const prefix = scheme === 'internal' ? 'internal-' : '';
  return `${prefix}${name}-${hashedId(sim, 'elb-dns', 10, true)}.${region}.elb.amazonaws.com`;
}

export function seedClassicElb(account: string, fixture: FixtureAccount, sim: SimContext): void {
  for (const [region, data] of fixtureRegions(fixture)) {
    const state = regionState(sim, account, region);
    state.network = fixtureNetwork(data);
    const elb = (data.elb ?? {}) as { 'load-balancers'?: ClassicFixtureLoadBalancer[] };
    for (const lb of elb['load-balancers'] ?? []) {
      const { Attributes, Tags, PolicyDescriptions, InstanceStates, CreatedTime, ...description } = lb;
      const dnsName = description.DNSName ?? classicDnsName(sim, description.LoadBalancerName!, region, description.Scheme);
      state.loadBalancers.push({
        description: {
          CanonicalHostedZoneName: dnsName,
          CanonicalHostedZoneNameID: canonicalZoneId(region, 'classic'),
          ListenerDescriptions: [],
          BackendServerDescriptions: [],
          AvailabilityZones: [],
          Subnets: [],
          Instances: [],
          SecurityGroups: [],
          SourceSecurityGroup: { OwnerAlias: account, GroupName: 'default' },
          Scheme: 'internet-facing',
          ...description,
          DNSName: dnsName,
          CreatedTime: toDate(CreatedTime, sim.now()),
        },
        attributes: { ...structuredClone(DEFAULT_ATTRIBUTES), ...Attributes },
        tags: Tags ?? [],
        policies: PolicyDescriptions ?? [],
        instanceStates:
          InstanceStates ??
          (description.Instances ?? []).map((i) => ({ InstanceId: i.InstanceId, State: 'InService', ReasonCode: 'N/A', Description: 'N/A' })),
      });
    }
  }
}

// ---------------------------------------------------------------- operations

const TYPES: QueryTypes = {
  numbers: new Set([
    'PageSize', 'LoadBalancerPort', 'InstancePort', 'Interval', 'Timeout', 'UnhealthyThreshold',
    'HealthyThreshold', 'EmitInterval', 'CookieExpirationPeriod', 'IdleTimeout', 'LoadBalancerPorts',
  ]),
  booleans: new Set(['Enabled']),
};

interface Call {
  params: Record<string, unknown>;
  region: ClassicRegion;
  regionName: string;
  account: string;
  sim: SimContext;
}
type Operation = (call: Call) => Record<string, unknown> | void;

const POLICY_TYPES = new Set([
  'SSLNegotiationPolicyType',
  'LBCookieStickinessPolicyType',
  'AppCookieStickinessPolicyType',
  'BackendServerAuthenticationPolicyType',
  'PublicKeyPolicyType',
  'ProxyProtocolPolicyType',
]);
const LISTENER_PROTOCOLS = new Set(['HTTP', 'HTTPS', 'TCP', 'SSL']);

function findLb(call: Call, name: unknown): ClassicLoadBalancer {
  const lb = call.region.loadBalancers.find((l) => l.description.LoadBalancerName === name);
  if (!lb) throw new SimError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${String(name)}'`);
  return lb;
}

function required(params: Record<string, unknown>, name: string): unknown {
  const value = params[name];
  if (value === undefined || value === '') {
    throw new SimError('ValidationError', `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

/** Policies as DescribeLoadBalancers shows them: derived from the LB's policy descriptions. */
function derivedPolicies(lb: ClassicLoadBalancer): Policies {
  const attr = (p: PolicyDescription, name: string) => p.PolicyAttributeDescriptions?.find((a) => a.AttributeName === name)?.AttributeValue;
  const policies: Policies = { AppCookieStickinessPolicies: [], LBCookieStickinessPolicies: [], OtherPolicies: [] };
  for (const p of lb.policies) {
    if (p.PolicyTypeName === 'LBCookieStickinessPolicyType') {
      const period = attr(p, 'CookieExpirationPeriod');
      policies.LBCookieStickinessPolicies!.push({ PolicyName: p.PolicyName, ...(period ? { CookieExpirationPeriod: Number(period) } : {}) });
    } else if (p.PolicyTypeName === 'AppCookieStickinessPolicyType') {
      policies.AppCookieStickinessPolicies!.push({ PolicyName: p.PolicyName, CookieName: attr(p, 'CookieName') });
    } else {
      policies.OtherPolicies!.push(p.PolicyName!);
    }
  }
  return policies;
}

function describe(lb: ClassicLoadBalancer): LoadBalancerDescription {
  return { ...lb.description, Policies: derivedPolicies(lb) };
}

function checkListener(listener: Listener): Listener {
  const protocol = String(listener.Protocol ?? '').toUpperCase();
  if (!LISTENER_PROTOCOLS.has(protocol)) {
    throw new SimError('ValidationError', `Invalid protocol '${listener.Protocol}': must be one of HTTP, HTTPS, TCP, SSL`);
  }
  const instanceProtocol = String(listener.InstanceProtocol ?? protocol).toUpperCase();
  if ((protocol === 'HTTPS' || protocol === 'SSL') && !listener.SSLCertificateId) {
    throw new SimError('ValidationError', `A listener with protocol ${protocol} on port ${listener.LoadBalancerPort} requires an SSLCertificateId`);
  }
  return {
    Protocol: protocol,
    LoadBalancerPort: listener.LoadBalancerPort,
    InstanceProtocol: instanceProtocol,
    InstancePort: listener.InstancePort,
    ...(listener.SSLCertificateId ? { SSLCertificateId: listener.SSLCertificateId } : {}),
  };
}

function addListeners(lb: ClassicLoadBalancer, listeners: Listener[], region: string): void {
  const descriptions = (lb.description.ListenerDescriptions ??= []);
  for (const raw of listeners) {
    const listener = checkListener(raw);
    if (listener.SSLCertificateId) checkCertificateRegion(listener.SSLCertificateId, region);
    const existing = descriptions.find((d) => d.Listener?.LoadBalancerPort === listener.LoadBalancerPort);
    if (existing) {
      if (JSON.stringify(existing.Listener) === JSON.stringify(listener)) continue;
      throw new SimError('DuplicateListener', `A listener already exists for ${lb.description.LoadBalancerName} with LoadBalancerPort ${listener.LoadBalancerPort}, but with a different InstancePort, Protocol, or SSLCertificateId`);
    }
    descriptions.push({ Listener: listener, PolicyNames: [] });
  }
}

function checkHealthCheck(hc: HealthCheck): HealthCheck {
  if (!/^(TCP|SSL):\d+$|^(HTTP|HTTPS):\d+\/.*$/.test(hc.Target ?? '')) {
    throw new SimError('ValidationError', `HealthCheck Target '${hc.Target}' must be PROTOCOL:PORT (TCP, SSL) or PROTOCOL:PORT/PATH (HTTP, HTTPS)`);
  }
  if ((hc.Timeout ?? 0) >= (hc.Interval ?? 0)) {
    throw new SimError('ValidationError', 'HealthCheck Timeout must be less than Interval');
  }
  return { Target: hc.Target, Interval: hc.Interval, Timeout: hc.Timeout, UnhealthyThreshold: hc.UnhealthyThreshold, HealthyThreshold: hc.HealthyThreshold };
}

const operations: Record<string, Operation> = {
  DescribeLoadBalancers(call) {
    const names = list<string>(call.params.LoadBalancerNames);
    const lbs = names.length ? names.map((n) => findLb(call, n)) : call.region.loadBalancers;
    const { items, nextMarker } = page(lbs, call.params.Marker, call.params.PageSize);
    return { LoadBalancerDescriptions: items.map(describe), NextMarker: nextMarker };
  },

  DescribeLoadBalancerAttributes(call) {
    return { LoadBalancerAttributes: findLb(call, required(call.params, 'LoadBalancerName')).attributes };
  },

  DescribeLoadBalancerPolicies(call) {
    const wanted = list<string>(call.params.PolicyNames);
    const name = call.params.LoadBalancerName;
    const policies = name ? findLb(call, name).policies : SAMPLE_POLICIES;
    if (!wanted.length) return { PolicyDescriptions: policies };
    return {
      PolicyDescriptions: wanted.map((w) => {
        const p = policies.find((q) => q.PolicyName === w);
        if (!p) throw new SimError('PolicyNotFound', `There is no policy with name ${w} for load balancer ${String(name ?? '')}`);
        return p;
      }),
    };
  },

  DescribeTags(call) {
    const names = list<string>(required(call.params, 'LoadBalancerNames'));
    if (names.length > 20) throw tooManyMembers('LoadBalancerNames', names.length, 20);
    return { TagDescriptions: names.map((n) => ({ LoadBalancerName: n, Tags: findLb(call, n).tags })) };
  },

  DescribeInstanceHealth(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const wanted = list<Instance>(call.params.Instances);
    if (!wanted.length) return { InstanceStates: lb.instanceStates };
    return {
      InstanceStates: wanted.map((w) => {
        const state = lb.instanceStates.find((s) => s.InstanceId === w.InstanceId);
        if (!state) throw new SimError('InvalidInstance', `Could not find EC2 instance ${w.InstanceId} registered with ${lb.description.LoadBalancerName}`);
        return state;
      }),
    };
  },

  CreateLoadBalancer(call) {
    const name = String(required(call.params, 'LoadBalancerName'));
    if (!/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/.test(name)) {
      throw new SimError('ValidationError', `LoadBalancerName '${name}' must be 1-32 letters, digits or hyphens and must not begin or end with a hyphen`);
    }
    if (call.region.loadBalancers.some((l) => l.description.LoadBalancerName === name)) {
      throw new SimError('DuplicateLoadBalancerName', `Load Balancer named '${name}' already exists`);
    }
    const subnets = checkSubnets(call.region.network, list<string>(call.params.Subnets), 'SubnetNotFound');
    const groups = checkSecurityGroups(call.region.network, list<string>(call.params.SecurityGroups), 'InvalidSecurityGroup');
    const zones = list<string>(call.params.AvailabilityZones);
    if (!subnets.length && !zones.length) {
      throw new SimError('ValidationError', 'Either AvailabilityZones or SubnetIds must be specified');
    }
    const vpcs = new Set(subnets.map((s) => s.VpcId).filter(Boolean));
    if (vpcs.size > 1) throw new SimError('InvalidConfigurationRequest', 'All subnets must belong to the same VPC');
    const scheme = (call.params.Scheme as string | undefined) ?? 'internet-facing';
    if (scheme !== 'internet-facing' && scheme !== 'internal') throw new SimError('InvalidScheme', `Invalid scheme '${scheme}'`);
    const tags = list<Tag>(call.params.Tags);
    checkTagKeys(tags);
    const dnsName = classicDnsName(call.sim, name, call.regionName, scheme);
    const listeners = list<Listener>(required(call.params, 'Listeners'));
    const lb: ClassicLoadBalancer = {
      description: {
        LoadBalancerName: name,
        DNSName: dnsName,
        CanonicalHostedZoneName: dnsName,
        CanonicalHostedZoneNameID: canonicalZoneId(call.regionName, 'classic'),
        ListenerDescriptions: [],
        BackendServerDescriptions: [],
        AvailabilityZones: subnets.length ? [...new Set(subnets.map((s) => s.AvailabilityZone ?? `${call.regionName}a`))] : zones,
        Subnets: subnets.map((s) => s.SubnetId),
        ...(vpcs.size ? { VPCId: [...vpcs][0] } : {}),
        Instances: [],
        HealthCheck: {
          Target: `TCP:${listeners[0]?.InstancePort ?? 80}`,
          Interval: 30,
          Timeout: 5,
          UnhealthyThreshold: 2,
          HealthyThreshold: 10,
        },
        SourceSecurityGroup: { OwnerAlias: call.account, GroupName: groups[0]?.GroupName ?? 'default' },
        SecurityGroups: groups.map((g) => g.GroupId),
        CreatedTime: new Date(call.sim.now()),
        Scheme: scheme,
      },
      attributes: structuredClone(DEFAULT_ATTRIBUTES),
      tags: mergeTags([], tags, 50, name),
      policies: [],
      instanceStates: [],
    };
    addListeners(lb, listeners, call.regionName);
    call.region.loadBalancers.push(lb);
    return { DNSName: dnsName };
  },

  DeleteLoadBalancer(call) {
    const name = required(call.params, 'LoadBalancerName');
    // Deleting a load balancer that does not exist succeeds, like AWS.
    call.region.loadBalancers = call.region.loadBalancers.filter((l) => l.description.LoadBalancerName !== name);
  },

  ConfigureHealthCheck(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    lb.description.HealthCheck = checkHealthCheck(required(call.params, 'HealthCheck') as HealthCheck);
    return { HealthCheck: lb.description.HealthCheck };
  },

  ModifyLoadBalancerAttributes(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const changes = required(call.params, 'LoadBalancerAttributes') as LoadBalancerAttributes;
    if (changes.AccessLog?.Enabled && !changes.AccessLog.S3BucketName) {
      throw new SimError('InvalidConfigurationRequest', 'AccessLog requires S3BucketName when enabled');
    }
    if (changes.AccessLog?.Enabled) checkLogBucket(call.sim, call.account, call.regionName, changes.AccessLog.S3BucketName);
    if (changes.AdditionalAttributes) {
      const merged = new Map((lb.attributes.AdditionalAttributes ?? []).map((a) => [a.Key, a]));
      for (const a of list<{ Key: string; Value: string }>(changes.AdditionalAttributes)) merged.set(a.Key, a);
      lb.attributes.AdditionalAttributes = [...merged.values()];
    }
    const { AdditionalAttributes: _ignored, ...rest } = changes;
    Object.assign(lb.attributes, rest);
    return { LoadBalancerName: lb.description.LoadBalancerName, LoadBalancerAttributes: changes };
  },

  CreateLoadBalancerPolicy(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const policyName = String(required(call.params, 'PolicyName'));
    const type = String(required(call.params, 'PolicyTypeName'));
    if (!POLICY_TYPES.has(type)) throw new SimError('PolicyTypeNotFound', `There is no policy type named '${type}'`);
    if (lb.policies.some((p) => p.PolicyName === policyName)) {
      throw new SimError('DuplicatePolicyName', `Policy with name '${policyName}' already exists for load balancer ${lb.description.LoadBalancerName}`);
    }
    lb.policies.push({
      PolicyName: policyName,
      PolicyTypeName: type,
      PolicyAttributeDescriptions: list<PolicyAttribute>(call.params.PolicyAttributes).map((a) => ({
        AttributeName: a.AttributeName,
        AttributeValue: a.AttributeValue,
      })),
    });
  },

  SetLoadBalancerPoliciesOfListener(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const port = Number(required(call.params, 'LoadBalancerPort'));
    const listener = lb.description.ListenerDescriptions?.find((d) => d.Listener?.LoadBalancerPort === port);
    if (!listener) throw new SimError('ListenerNotFound', `There is no listener on port ${port} for load balancer ${lb.description.LoadBalancerName}`);
    listener.PolicyNames = checkPolicyNames(lb, list<string>(call.params.PolicyNames));
  },

  SetLoadBalancerListenerSSLCertificate(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const port = Number(required(call.params, 'LoadBalancerPort'));
    const certificate = String(required(call.params, 'SSLCertificateId'));
    const listener = lb.description.ListenerDescriptions?.find((d) => d.Listener?.LoadBalancerPort === port)?.Listener;
    if (!listener) throw new SimError('ListenerNotFound', `There is no listener on port ${port} for load balancer ${lb.description.LoadBalancerName}`);
    if (listener.Protocol !== 'HTTPS' && listener.Protocol !== 'SSL') {
      throw new SimError('UnsupportedProtocol', `The listener on port ${port} uses ${listener.Protocol}; only HTTPS and SSL listeners have a certificate`);
    }
    checkCertificateRegion(certificate, call.regionName);
    listener.SSLCertificateId = certificate;
  },

  SetLoadBalancerPoliciesForBackendServer(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const port = Number(required(call.params, 'InstancePort'));
    const names = checkPolicyNames(lb, list<string>(call.params.PolicyNames));
    const backends = (lb.description.BackendServerDescriptions ?? []).filter((b) => b.InstancePort !== port);
    if (names.length) backends.push({ InstancePort: port, PolicyNames: names });
    lb.description.BackendServerDescriptions = backends.sort((a, b) => (a.InstancePort ?? 0) - (b.InstancePort ?? 0));
  },

  AddTags(call) {
    const names = list<string>(required(call.params, 'LoadBalancerNames'));
    const tags = list<Tag>(required(call.params, 'Tags'));
    checkTagKeys(tags);
    for (const name of names) {
      const lb = findLb(call, name);
      lb.tags = mergeTags(lb.tags, tags, 50, name);
    }
  },

  RegisterInstancesWithLoadBalancer(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const instances = (lb.description.Instances ??= []);
    for (const { InstanceId } of list<Instance>(required(call.params, 'Instances'))) {
      if (!InstanceId || !/^i-[0-9a-f]{8,17}$/.test(InstanceId)) {
        throw new SimError('InvalidInstance', `EC2 instance ${String(InstanceId)} is not valid`);
      }
      if (instances.some((i) => i.InstanceId === InstanceId)) continue;
      instances.push({ InstanceId });
      lb.instanceStates.push({ InstanceId, State: 'OutOfService', ReasonCode: 'ELB', Description: 'Instance registration is still in progress.' });
    }
    return { Instances: instances };
  },

  CreateLoadBalancerListeners(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    addListeners(lb, list<Listener>(required(call.params, 'Listeners')), call.regionName);
  },

  DeleteLoadBalancerListeners(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const ports = new Set(list<number>(required(call.params, 'LoadBalancerPorts')));
    lb.description.ListenerDescriptions = (lb.description.ListenerDescriptions ?? []).filter(
      (d) => !ports.has(d.Listener?.LoadBalancerPort ?? -1),
    );
  },
};

function checkPolicyNames(lb: ClassicLoadBalancer, names: string[]): string[] {
  for (const name of names) {
    if (!lb.policies.some((p) => p.PolicyName === name)) {
      throw new SimError('PolicyNotFound', `There is no policy with name ${name} for load balancer ${lb.description.LoadBalancerName}`);
    }
  }
  return names;
}

/** What DescribeLoadBalancerPolicies returns without a load balancer name: AWS's sample policies (abridged). */
const SAMPLE_POLICIES: PolicyDescription[] = [
  {
    PolicyName: 'ELBSecurityPolicy-2016-08',
    PolicyTypeName: 'SSLNegotiationPolicyType',
    PolicyAttributeDescriptions: [
      { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
      { AttributeName: 'Server-Defined-Cipher-Order', AttributeValue: 'true' },
      { AttributeName: 'ECDHE-RSA-AES128-GCM-SHA256', AttributeValue: 'true' },
    ],
  },
  {
    PolicyName: 'ELBSecurityPolicy-TLS-1-2-2017-01',
    PolicyTypeName: 'SSLNegotiationPolicyType',
    PolicyAttributeDescriptions: [
      { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
      { AttributeName: 'Server-Defined-Cipher-Order', AttributeValue: 'true' },
      { AttributeName: 'ECDHE-ECDSA-AES128-GCM-SHA256', AttributeValue: 'true' },
    ],
  },
];

// ---------------------------------------------------------------- handler

export const classicElbHandler: ServiceHandler = {
  service: 'elasticloadbalancing',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const { action, version } = parseQueryBody(req.body);
    return version === ELB_VERSION ? (action ?? 'Unknown') : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const { action, params } = parseQueryBody(req.body);
    const op = action ? operations[action] : undefined;
    if (!op) throw new SimError('InvalidAction', `Could not find operation ${String(action)} for version ${ELB_VERSION}`);
    const typedParams = typed(params, TYPES);
    sim.log.push({ operation: action!, service: req.service, region: req.region, account: req.account, params: typedParams });
    const result = op({ params: typedParams, region: regionState(sim, req.account, req.region), regionName: req.region, account: req.account, sim });
    return queryResult(action!, XMLNS, result ?? {});
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    return errorResponse(err);
  },

  seed: seedClassicElb,
};
