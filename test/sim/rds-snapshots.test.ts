/**
 * The simulated RDS's manual snapshots through the real SDK client: creating → available over
 * simulated time, AWS's refusals, the manual snapshot quota, paging, and tags by ARN.
 */
import {
  AddTagsToResourceCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DeleteDBSnapshotCommand,
  DescribeDBSnapshotsCommand,
  ListTagsForResourceCommand,
  paginateDescribeDBSnapshots,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, FAST, client, snapshotStatus, withSim } from '../support/rds-sim.js';
import { rejection } from '../support/rejection.js';

describe('manual snapshots', () => {
  it('CreateDBSnapshot goes creating → available over simulated time', async () => {
    await withSim(async (sim) => {
      const out = await client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-1', Tags: [{ Key: 'tier', Value: 'daily' }] }));
      expect(out.DBSnapshot).toMatchObject({ Status: 'creating', SnapshotType: 'manual', Encrypted: true, TagList: [{ Key: 'tier', Value: 'daily' }], PercentProgress: 0 });
      sim.advance(1500);
      const half = await client(sim).send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: 'orders-1' }));
      expect(half.DBSnapshots![0]).toMatchObject({ Status: 'creating', PercentProgress: 50 });
      sim.advance(1500);
      expect(await snapshotStatus(sim, 'orders-1')).toBe('available');
      const dup = await rejection(client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-1' })));
      expect(dup.name).toBe('DBSnapshotAlreadyExistsFault');
    });
  });

  it('refuses CreateDBSnapshot on an Aurora member, like AWS', async () => {
    await withSim(async (sim) => {
      const err = await rejection(client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'inventory-1', DBSnapshotIdentifier: 'nope' })));
      expect(err).toMatchObject({ name: 'InvalidParameterValue', status: 400 });
      expect(err.message).toContain('Please use the CreateDBClusterSnapshot API instead');
      const ok = await client(sim).send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inventory-1' }));
      expect(ok.DBClusterSnapshot).toMatchObject({ Status: 'creating', SnapshotType: 'manual', StorageEncrypted: true });
    });
  });

  it('the manual snapshot quota gives SnapshotQuotaExceeded until a snapshot is deleted', async () => {
    await withSim(
      async (sim) => {
        const rds = client(sim);
        await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'q1' }));
        await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'legacy-db', DBSnapshotIdentifier: 'q2' }));
        const err = await rejection(rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'q3' })));
        expect(err).toMatchObject({ name: 'SnapshotQuotaExceededFault', message: 'Cannot create more than 2 manual snapshots' });
        // Automated snapshots do not count; the cluster snapshot quota is separate.
        await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'c1' }));
        const inProgress = await rejection(rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: 'q1' })));
        expect(inProgress.name).toBe('InvalidDBSnapshotStateFault');
        sim.advance(3000);
        const deleted = await rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: 'q1' }));
        expect(deleted.DBSnapshot!.Status).toBe('deleted');
        await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'q3' }));
      },
      { ...FAST, manualSnapshotQuota: 2 },
    );
  });

  it('pages DescribeDBSnapshots with MaxRecords and Marker', async () => {
    await withSim(async (sim) => {
      for (let i = 0; i < 25; i++) {
        await client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'legacy-db', DBSnapshotIdentifier: `legacy-${String(i).padStart(2, '0')}` }));
      }
      const pages: number[] = [];
      const ids: string[] = [];
      for await (const page of paginateDescribeDBSnapshots({ client: client(sim), pageSize: 20 }, { SnapshotType: 'manual' })) {
        pages.push(page.DBSnapshots!.length);
        ids.push(...page.DBSnapshots!.map((s) => s.DBSnapshotIdentifier!));
      }
      expect(pages).toEqual([20, 5]);
      expect(new Set(ids).size).toBe(25);
      const bad = await rejection(client(sim).send(new DescribeDBSnapshotsCommand({ MaxRecords: 5 })));
      expect(bad.name).toBe('InvalidParameterValue');
    });
  });

  it('tags are added and listed by ARN', async () => {
    await withSim(async (sim) => {
      const arn = `arn:aws:rds:us-east-1:${ACCOUNT}:db:legacy-db`;
      await client(sim).send(new AddTagsToResourceCommand({ ResourceName: arn, Tags: [{ Key: 'backup', Value: 'weekly' }] }));
      const out = await client(sim).send(new ListTagsForResourceCommand({ ResourceName: arn }));
      expect(out.TagList).toEqual([{ Key: 'Name', Value: 'legacy' }, { Key: 'backup', Value: 'weekly' }]);
      const other = await rejection(client(sim, 'us-west-2').send(new ListTagsForResourceCommand({ ResourceName: arn })));
      expect(other.name).toBe('InvalidParameterValue');
    });
  });
});
