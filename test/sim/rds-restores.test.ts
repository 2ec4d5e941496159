/**
 * The simulated RDS's restores through the real SDK client: point-in-time windows, an instance
 * from a snapshot copied into the DR region, an Aurora cluster and its members, and teardown.
 */
import {
  CopyDBSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBInstanceFromDBSnapshotCommand,
  RestoreDBInstanceToPointInTimeCommand,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { SIM_EPOCH } from './server.js';
import { DAY, DR_KEY_ARN, client, sourceArn, withSim } from '../support/rds-sim.js';
import { rejection } from '../support/rejection.js';

describe('restores', () => {
  it('point in time: inside the window restores; outside, or without backups, is the AWS error', async () => {
    await withSim(async (sim) => {
      const rds = client(sim);
      const at = (ms: number) => new Date(SIM_EPOCH + ms);
      const ok = await rds.send(
        new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: 'orders-db', TargetDBInstanceIdentifier: 'orders-pitr', RestoreTime: at(-2 * DAY) }),
      );
      expect(ok.DBInstance).toMatchObject({ DBInstanceStatus: 'creating', Engine: 'postgres', DBInstanceClass: 'db.r6g.large', StorageEncrypted: true });
      expect(ok.DBInstance!.DBSubnetGroup!.DBSubnetGroupName).toBe('app-db');
      const tooOld = await rejection(
        rds.send(new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: 'orders-db', TargetDBInstanceIdentifier: 'x', RestoreTime: at(-8 * DAY) })),
      );
      expect(tooOld.name).toBe('InvalidRestoreFault');
      const tooNew = await rejection(
        rds.send(new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: 'orders-db', TargetDBInstanceIdentifier: 'x', RestoreTime: at(-60_000) })),
      );
      expect(tooNew.name).toBe('InvalidRestoreFault');
      const latest = await rds.send(
        new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: 'orders-db', TargetDBInstanceIdentifier: 'orders-latest', UseLatestRestorableTime: true }),
      );
      expect(latest.DBInstance!.DBInstanceIdentifier).toBe('orders-latest');
      const noBackups = await rejection(
        rds.send(new RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: 'legacy-db', TargetDBInstanceIdentifier: 'x', UseLatestRestorableTime: true })),
      );
      expect(noBackups.name).toBe('PointInTimeRestoreNotEnabledFault');
      sim.advance(2000);
      const restored = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders-pitr' }));
      expect(restored.DBInstances![0]!.DBInstanceStatus).toBe('available');
    });
  });

  it('an instance from a snapshot in the DR region, checked subnet group, then deleted', async () => {
    await withSim(async (sim) => {
      await client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-1' }));
      sim.advance(3000);
      await client(sim, 'us-west-2').send(
        new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: sourceArn('orders-1'), TargetDBSnapshotIdentifier: 'orders-1-dr', KmsKeyId: DR_KEY_ARN }),
      );
      sim.advance(9000);
      const dr = client(sim, 'us-west-2');
      const wrongGroup = await rejection(
        dr.send(new RestoreDBInstanceFromDBSnapshotCommand({ DBInstanceIdentifier: 'orders-restored', DBSnapshotIdentifier: 'orders-1-dr', DBSubnetGroupName: 'app-db' })),
      );
      expect(wrongGroup).toMatchObject({ name: 'DBSubnetGroupNotFoundFault', status: 404 });
      const out = await dr.send(
        new RestoreDBInstanceFromDBSnapshotCommand({
          DBInstanceIdentifier: 'orders-restored',
          DBSnapshotIdentifier: 'orders-1-dr',
          DBSubnetGroupName: 'app-db-dr',
          DBInstanceClass: 'db.r6g.large',
          VpcSecurityGroupIds: ['sg-0d3a3a3a3a3a3a3a3'],
        }),
      );
      expect(out.DBInstance).toMatchObject({ DBInstanceStatus: 'creating', KmsKeyId: DR_KEY_ARN, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0d3a3a3a3a3a3a3a3', Status: 'active' }] });
      sim.advance(2000);
      const noFinal = await rejection(dr.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'orders-restored' })));
      expect(noFinal.name).toBe('InvalidParameterCombination');
      const deleting = await dr.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'orders-restored', SkipFinalSnapshot: true }));
      expect(deleting.DBInstance!.DBInstanceStatus).toBe('deleting');
      sim.advance(1000);
      expect((await rejection(dr.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders-restored' })))).name).toBe('DBInstanceNotFoundFault');
    });
  });

  it('an Aurora cluster from a cluster snapshot, its instances, and the teardown order AWS enforces', async () => {
    await withSim(async (sim) => {
      const rds = client(sim);
      await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inv-1' }));
      sim.advance(2000);
      const wrongEngine = await rejection(rds.send(new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: 'inv-drill', SnapshotIdentifier: 'inv-1', Engine: 'aurora-mysql' })));
      expect(wrongEngine.name).toBe('InvalidParameterValue');
      const cluster = await rds.send(
        new RestoreDBClusterFromSnapshotCommand({ DBClusterIdentifier: 'inv-drill', SnapshotIdentifier: 'inv-1', Engine: 'aurora-postgresql', DBSubnetGroupName: 'app-db' }),
      );
      expect(cluster.DBCluster).toMatchObject({ Status: 'creating', DBClusterMembers: [], StorageEncrypted: true });
      await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'inv-drill-1', DBClusterIdentifier: 'inv-drill', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large' }));
      await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'inv-drill-2', DBClusterIdentifier: 'inv-drill', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large' }));
      sim.advance(2000);
      const described = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'inv-drill' }));
      expect(described.DBClusters![0]!.Status).toBe('available');
      expect(described.DBClusters![0]!.DBClusterMembers!.map((m) => [m.DBInstanceIdentifier, m.IsClusterWriter])).toEqual([
        ['inv-drill-1', true],
        ['inv-drill-2', false],
      ]);
      const busy = await rejection(rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: 'inv-drill', SkipFinalSnapshot: true })));
      expect(busy.name).toBe('InvalidDBClusterStateFault');
      await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'inv-drill-1' }));
      await rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'inv-drill-2' }));
      await rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: 'inv-drill', SkipFinalSnapshot: true }));
      sim.advance(1000);
      const left = await rds.send(new DescribeDBClustersCommand({}));
      expect(left.DBClusters!.map((c) => c.DBClusterIdentifier)).toEqual(['inventory']);
    });
  });
});
