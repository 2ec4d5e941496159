/**
 * The simulated RDS through the real SDK client: the fixture's instances and Aurora cluster,
 * automated snapshots within the retention period, throttling and the snapshot quota it reports.
 * Manual snapshots, copies and restores are in rds-snapshots, rds-copies and rds-restores.test.ts.
 */
import {
  DeleteDBSnapshotCommand,
  DescribeAccountAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DescribeDBSubnetGroupsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { SIM_EPOCH, startSim } from './server.js';
import { ACCOUNT, DAY, FAST, client, withSim } from '../support/rds-sim.js';
import { rejection } from '../support/rejection.js';

describe('describe calls return the fixture', () => {
  it('DescribeDBInstances: settings, subnet group, security groups; cluster members carry their cluster', async () => {
    await withSim(async (sim) => {
      const all = await client(sim).send(new DescribeDBInstancesCommand({}));
      expect(all.DBInstances!.map((i) => i.DBInstanceIdentifier)).toEqual(['inventory-1', 'inventory-2', 'legacy-db', 'orders-db']);
      const orders = all.DBInstances!.find((i) => i.DBInstanceIdentifier === 'orders-db')!;
      expect(orders).toMatchObject({
        DBInstanceStatus: 'available',
        Engine: 'postgres',
        AllocatedStorage: 200,
        BackupRetentionPeriod: 7,
        StorageEncrypted: true,
        MultiAZ: true,
        DBInstanceArn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-db`,
        VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0a1a1a1a1a1a1a1a1', Status: 'active' }],
        DBParameterGroups: [{ DBParameterGroupName: 'orders-pg16', ParameterApplyStatus: 'in-sync' }],
        OptionGroupMemberships: [{ OptionGroupName: 'default:postgres-16', Status: 'in-sync' }],
        TagList: [{ Key: 'backup', Value: 'daily' }, { Key: 'team', Value: 'orders' }],
        Endpoint: { Port: 5432 },
      });
      expect(orders.DBSubnetGroup!.Subnets!.map((s) => s.SubnetAvailabilityZone!.Name)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
      expect(orders.LatestRestorableTime).toEqual(new Date(SIM_EPOCH - 300_000));
      const members = await client(sim).send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: ['inventory'] }] }));
      expect(members.DBInstances!.map((i) => [i.DBInstanceIdentifier, i.DBClusterIdentifier])).toEqual([
        ['inventory-1', 'inventory'],
        ['inventory-2', 'inventory'],
      ]);
      const missing = await rejection(client(sim).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'ghost' })));
      expect(missing).toMatchObject({ name: 'DBInstanceNotFoundFault', status: 404 });
    });
  });

  it('DescribeDBClusters: members with the writer first, restore window from the retention period', async () => {
    await withSim(async (sim) => {
      const out = await client(sim).send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'inventory' }));
      const cluster = out.DBClusters![0]!;
      expect(cluster.DBClusterMembers!.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([
        ['inventory-1', true],
        ['inventory-2', false],
      ]);
      expect(cluster).toMatchObject({ Status: 'available', Engine: 'aurora-postgresql', BackupRetentionPeriod: 14, DBSubnetGroup: 'app-db', Port: 5432 });
      expect(cluster.EarliestRestorableTime).toEqual(new Date(SIM_EPOCH - 14 * DAY));
      const groups = await client(sim, 'us-west-2').send(new DescribeDBSubnetGroupsCommand({}));
      expect(groups.DBSubnetGroups!.map((g) => g.DBSubnetGroupName)).toEqual(['app-db-dr']);
    });
  });

  it('automated snapshots cover the retention period, move with the clock, and none exist without backups', async () => {
    await withSim(async (sim) => {
      const automated = async () =>
        (await client(sim).send(new DescribeDBSnapshotsCommand({ SnapshotType: 'automated' }))).DBSnapshots!.map((s) => s.DBSnapshotIdentifier);
      // Retention 7 days, backup window 03:00: the last seven 03:00 instants before 2026-01-01T00:00.
      expect(await automated()).toEqual(['25', '26', '27', '28', '29', '30', '31'].map((d) => `rds:orders-db-2025-12-${d}-03-00`));
      sim.advance(DAY);
      expect(await automated()).toEqual(['26', '27', '28', '29', '30', '31'].map((d) => `rds:orders-db-2025-12-${d}-03-00`).concat('rds:orders-db-2026-01-01-03-00'));
      const legacy = await client(sim).send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: 'legacy-db' }));
      expect(legacy.DBSnapshots).toEqual([]);
      const cluster = await client(sim).send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: 'inventory', SnapshotType: 'automated' }));
      expect(cluster.DBClusterSnapshots).toHaveLength(14);
      // Automated snapshots are not the user's to delete.
      const del = await rejection(client(sim).send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: 'rds:orders-db-2026-01-01-03-00' })));
      expect(del.name).toBe('InvalidDBSnapshotStateFault');
    });
  });
});

it('throttles with Throttling (400)', async () => {
  await withSim(
    async (sim) => {
      const err = await rejection(
        (async () => {
          for (let i = 0; i < 5; i++) await client(sim).send(new DescribeDBInstancesCommand({}));
        })(),
      );
      expect(err).toMatchObject({ name: 'Throttling', status: 400 });
    },
    FAST,
    { rateLimits: { rds: { rate: 1, burst: 2 } } },
  );
});

describe('DescribeAccountAttributes', () => {
  it('reports the manual snapshot quota and how much of it is used', async () => {
    const sim = await startSim({ fixtures: ['test/fixtures/sample-snapshots.yaml'], serviceOptions: { rds: { manualSnapshotQuota: 42 } } });
    try {
      const rds = new RDSClient({ region: 'us-east-1', endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });
      const out = await rds.send(new DescribeAccountAttributesCommand({}));
      const quota = out.AccountQuotas?.find((q) => q.AccountQuotaName === 'ManualSnapshots');
      expect(quota?.Max).toBe(42);
      expect(quota?.Used).toBeGreaterThanOrEqual(0);
      rds.destroy();
    } finally {
      await sim.close();
    }
  });
});
