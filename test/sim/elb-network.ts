/**
 * Where a load balancer (classic or v2) sits in its region: the subnets and security groups
 * the fixture lists, checked on create, and the canonical hosted zone its DNS name is in.
 */
import { SimError } from './types.js';

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
