/**
 * The simulated EC2's network lookups a restore needs: availability zones, subnets and security
 * groups, all read from the region fixture (the ones the load-balancer simulators read too).
 */
import { applyFilters, withTags, type Filter } from './ec2-filters.js';
import { selected, type Operation } from './ec2-helpers.js';
import { SimError } from './types.js';

export const networkOperations: Record<string, Operation> = {
  DescribeAvailabilityZones({ input, region, regionName }) {
    const zones = region.availabilityZones.map((name, i) => ({
      ZoneName: name,
      ZoneId: `${regionName.split('-').map((p) => p[0]).join('')}${regionName.replace(/\D/g, '')}-az${i + 1}`,
      State: 'available',
      RegionName: regionName,
      ZoneType: 'availability-zone',
      OptInStatus: 'opt-in-not-required',
      GroupName: regionName,
      NetworkBorderGroup: regionName,
      Messages: [],
    }));
    const named: string[] = input.ZoneNames ?? [];
    for (const name of named) {
      if (!region.availabilityZones.includes(name)) throw new SimError('InvalidParameterValue', `The zone '${name}' does not exist in ${regionName}.`);
    }
    const picked = named.length ? zones.filter((z) => named.includes(z.ZoneName)) : zones;
    return { AvailabilityZones: applyFilters(picked, input.Filters as Filter[], (z) => (n) => ({ 'zone-name': [z.ZoneName], state: [z.State], 'zone-id': [z.ZoneId] })[n]) };
  },

  DescribeSubnets({ input, region }) {
    const all = [...(region.network.subnets?.values() ?? [])].map((s) => ({ State: 'available', ...s }));
    const subnets = selected(all, input.SubnetIds, (id) => {
      const s = all.find((x) => x.SubnetId === id);
      if (!s) throw new SimError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
      return s;
    });
    const filtered = applyFilters(subnets, input.Filters as Filter[], (s) =>
      withTags(s, { 'subnet-id': [s.SubnetId], 'vpc-id': [s.VpcId], 'availability-zone': [s.AvailabilityZone], state: [s.State] }),
    );
    return { Subnets: filtered };
  },

  DescribeSecurityGroups({ input, region }) {
    const all = [...(region.network.securityGroups?.values() ?? [])];
    let groups = selected(all, input.GroupIds, (id) => {
      const g = all.find((x) => x.GroupId === id);
      if (!g) throw new SimError('InvalidGroup.NotFound', `The security group '${id}' does not exist`);
      return g;
    });
    const names: string[] = input.GroupNames ?? [];
    if (names.length) {
      groups = names.map((name) => {
        const g = groups.find((x) => x.GroupName === name);
        if (!g) throw new SimError('InvalidGroup.NotFound', `The security group '${name}' does not exist in default VPC`);
        return g;
      });
    }
    const filtered = applyFilters(groups, input.Filters as Filter[], (g) =>
      withTags(g, { 'group-id': [g.GroupId], 'group-name': [g.GroupName], 'vpc-id': [g.VpcId] }),
    );
    return { SecurityGroups: filtered.map((g) => ({ Description: g.GroupName ?? '', ...g })) };
  },
};
