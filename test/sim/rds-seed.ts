/**
 * Seeds the simulated RDS from a fixture account's `regions.<region>.rds`, every resource
 * already available at the simulator's start.
 */
import type { DBSubnetGroup } from '@aws-sdk/client-rds';
import { fixtureRegions, toDate } from './service-state.js';
import { rdsArn, rdsRegion } from './rds-model.js';
import { newDbCluster, newDbInstance, type FixtureCluster, type FixtureInstance } from './rds-shapes.js';
import type { FixtureAccount, SimContext } from './types.js';

type FixtureSubnetGroup = DBSubnetGroup & { SubnetIds?: string[] };

/**
 * `regions.<region>.rds` of a fixture account: `db-subnet-groups` (with `SubnetIds`),
 * `db-instances` (DBInstance shapes with the Create call's `DBSubnetGroupName`,
 * `VpcSecurityGroupIds`, `DBParameterGroupName`, `OptionGroupName`), and `db-clusters`
 * (DBCluster shapes with `VpcSecurityGroupIds` and `Members`, the first the writer).
 */
export function seedRds(account: string, fixture: FixtureAccount, sim: SimContext): void {
  const now = sim.now();
  for (const [regionName, data] of fixtureRegions(fixture)) {
    const region = rdsRegion(sim, account, regionName);
    const rds = (data.rds ?? {}) as { 'db-subnet-groups'?: FixtureSubnetGroup[]; 'db-instances'?: FixtureInstance[]; 'db-clusters'?: FixtureCluster[] };
    const subnets = new Map(((data.subnets ?? []) as { SubnetId: string; AvailabilityZone?: string }[]).map((s) => [s.SubnetId, s]));
    for (const g of rds['db-subnet-groups'] ?? []) {
      const { SubnetIds, ...group } = g;
      region.subnetGroups.set(g.DBSubnetGroupName!, {
        SubnetGroupStatus: 'Complete',
        DBSubnetGroupArn: rdsArn(regionName, account, 'subgrp', g.DBSubnetGroupName!),
        ...group,
        Subnets: (SubnetIds ?? []).map((id) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: subnets.get(id)?.AvailabilityZone }, SubnetStatus: 'Active' })),
      });
    }
    for (const raw of rds['db-instances'] ?? []) {
      const instance = newDbInstance(sim, region, account, raw, toDate(raw.InstanceCreateTime, now));
      instance.DBInstanceStatus = 'available';
      region.instances.set(instance.DBInstanceIdentifier!, { instance, readyAt: now });
    }
    for (const raw of rds['db-clusters'] ?? []) {
      const { Members, ...rest } = raw;
      const cluster = newDbCluster(sim, region, account, rest, toDate(raw.ClusterCreateTime, now));
      cluster.Status = 'available';
      cluster.DBClusterMembers = (Members ?? []).map((id, i) => ({ DBInstanceIdentifier: id, IsClusterWriter: i === 0, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 }));
      region.clusters.set(cluster.DBClusterIdentifier!, { cluster, readyAt: now });
    }
  }
}
