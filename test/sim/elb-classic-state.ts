/**
 * State of the simulated Classic Load Balancing, kept in the API's own shapes, and how the
 * fixture seeds it; the defaults a new load balancer gets live here so seed and create agree.
 */
import type { InstanceState, LoadBalancerAttributes, LoadBalancerDescription, PolicyDescription, Tag } from '@aws-sdk/client-elastic-load-balancing';
import { canonicalZoneId, fixtureNetwork } from './elb-network.js';
import type { RegionNetwork } from './elb-network.js';
import type { ElbCall, ElbOperation } from './elb-query.js';
import { fixtureRegions, hashedId, serviceSlice, toDate } from './service-state.js';
import type { FixtureAccount, SimContext } from './types.js';

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

export type Call = ElbCall<ClassicRegion>;
export type Operation = ElbOperation<ClassicRegion>;

export function classicElbState(sim: SimContext, account: string): ClassicElbState {
  return serviceSlice(sim, account, 'elb', () => ({ regions: {} }));
}

export function regionState(sim: SimContext, account: string, region: string): ClassicRegion {
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

export const DEFAULT_ATTRIBUTES: LoadBalancerAttributes = {
  CrossZoneLoadBalancing: { Enabled: false },
  AccessLog: { Enabled: false },
  ConnectionDraining: { Enabled: false, Timeout: 300 },
  ConnectionSettings: { IdleTimeout: 60 },
  AdditionalAttributes: [{ Key: 'elb.http.desyncmitigationmode', Value: 'defensive' }],
};

export function classicDnsName(sim: SimContext, name: string, region: string, scheme: string | undefined): string {
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
