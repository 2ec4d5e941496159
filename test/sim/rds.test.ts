/**
 * The simulated RDS through the real SDK client: the fixture's instances and Aurora cluster,
 * automated snapshots within the retention period, manual snapshots over simulated time,
 * cross-region copies with AWS's limits and quota, point-in-time windows, and restores.
 */
import {
  AddTagsToResourceCommand,
  CopyDBClusterSnapshotCommand,
  DescribeAccountAttributesCommand,
  CopyDBSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DeleteDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DescribeDBSubnetGroupsCommand,
  ListTagsForResourceCommand,
  RDSClient,
  RestoreDBClusterFromSnapshotCommand,
  RestoreDBInstanceFromDBSnapshotCommand,
  RestoreDBInstanceToPointInTimeCommand,
  paginateDescribeDBSnapshots,
} from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { kmsHandler } from './kms.js';
import { rdsHandler } from './rds.js';
import { rdsCopyStats, type RdsOptions } from './rds-state.js';
import { SIM_EPOCH, startSim, type Sim, type SimOptions } from './server.js';
import { rejection } from '../support/rejection.js';

const FIXTURE = 'test/fixtures/sample-snapshots.yaml';
const ACCOUNT = '111111111111';
const DAY = 86_400_000;
const DR_KEY_ARN = `arn:aws:kms:us-west-2:${ACCOUNT}:key/2b2b2b2b-2222-4222-8222-222222222222`;

/** Snapshots take 1 s + 10 ms per GiB (orders-db, 200 GiB: 3 s; its copy 9 s); creates 2 s. */
const FAST: RdsOptions = { snapshotBaseMs: 1000, snapshotMsPerGiB: 10, copyDurationFactor: 3, createMs: 2000, deleteMs: 1000 };

async function withSim<T>(fn: (sim: Sim) => Promise<T>, rds: RdsOptions = FAST, extra: Partial<SimOptions> = {}): Promise<T> {
  const sim = await startSim({ fixtures: [FIXTURE], handlers: [rdsHandler, kmsHandler], clock: { frozen: true }, serviceOptions: { rds: { ...rds } }, ...extra });
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}

const client = (sim: Sim, region = 'us-east-1') =>
  new RDSClient({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

async function snapshotStatus(sim: Sim, id: string, region = 'us-east-1'): Promise<string | undefined> {
  const out = await client(sim, region).send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: id }));
  return out.DBSnapshots![0]!.Status;
}

const sourceArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`;

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

describe('cross-region copies', () => {
  async function availableSnapshot(sim: Sim, id: string, tags = [{ Key: 'team', Value: 'orders' }]): Promise<void> {
    await client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: id, Tags: tags }));
    sim.advance(3000);
  }
  const copy = (sim: Sim, source: string, target: string, extra: Record<string, unknown> = {}) =>
    client(sim, 'us-west-2').send(
      new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: sourceArn(source), TargetDBSnapshotIdentifier: target, KmsKeyId: 'alias/backup-dr', ...extra }),
    );

  it('copies into the destination region with its key, tags only with CopyTags, and takes longer', async () => {
    await withSim(async (sim) => {
      await availableSnapshot(sim, 'orders-1');
      const plain = await copy(sim, 'orders-1', 'orders-1-dr');
      expect(plain.DBSnapshot).toMatchObject({
        Status: 'pending',
        KmsKeyId: DR_KEY_ARN,
        SourceRegion: 'us-east-1',
        SourceDBSnapshotIdentifier: sourceArn('orders-1'),
        DBSnapshotArn: `arn:aws:rds:us-west-2:${ACCOUNT}:snapshot:orders-1-dr`,
        TagList: [],
      });
      const tagged = await copy(sim, 'orders-1', 'orders-1-dr-tagged', { CopyTags: true, Tags: [{ Key: 'copy', Value: 'dr' }] });
      expect(tagged.DBSnapshot!.TagList).toEqual([{ Key: 'team', Value: 'orders' }, { Key: 'copy', Value: 'dr' }]);
      sim.advance(3000);
      expect(await snapshotStatus(sim, 'orders-1-dr', 'us-west-2')).toBe('pending');
      sim.advance(6000);
      expect(await snapshotStatus(sim, 'orders-1-dr', 'us-west-2')).toBe('available');
    });
  });

  it('needs a usable KMS key in the destination for an encrypted snapshot', async () => {
    await withSim(async (sim) => {
      await availableSnapshot(sim, 'orders-1');
      const noKey = await rejection(copy(sim, 'orders-1', 'x1', { KmsKeyId: undefined }));
      expect(noKey).toMatchObject({ name: 'InvalidParameterValue', message: 'Must specify new KMS key for cross region encrypted snapshot copy.' });
      const disabled = await rejection(copy(sim, 'orders-1', 'x2', { KmsKeyId: 'alias/backup-dr-old' }));
      expect(disabled.name).toBe('KMSKeyNotAccessibleFault');
      const otherRegion = await rejection(copy(sim, 'orders-1', 'x3', { KmsKeyId: 'alias/backup-primary' }));
      expect(otherRegion.name).toBe('KMSKeyNotAccessibleFault');
      const notReady = await client(sim).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-2' }));
      expect(notReady.DBSnapshot!.Status).toBe('creating');
      expect((await rejection(copy(sim, 'orders-2', 'x4'))).name).toBe('InvalidDBSnapshotStateFault');
    });
  });

  it('limits concurrent copies per destination region (instances and clusters apart) and counts the peak', async () => {
    await withSim(
      async (sim) => {
        await availableSnapshot(sim, 'orders-1');
        await copy(sim, 'orders-1', 'c1');
        await copy(sim, 'orders-1', 'c2');
        const refused = await rejection(copy(sim, 'orders-1', 'c3'));
        expect(refused).toMatchObject({ name: 'SnapshotQuotaExceededFault', message: 'Cannot copy more than 2 snapshots across regions' });
        // Same-region copies are not cross-region copies.
        await client(sim).send(new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: 'orders-1', TargetDBSnapshotIdentifier: 'local-copy' }));

        await client(sim).send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inv-1' }));
        sim.advance(2000);
        const clusterCopy = (target: string) =>
          client(sim, 'us-west-2').send(
            new CopyDBClusterSnapshotCommand({
              SourceDBClusterSnapshotIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:inv-1`,
              TargetDBClusterSnapshotIdentifier: target,
              KmsKeyId: 'alias/backup-dr',
            }),
          );
        await clusterCopy('inv-1-dr');
        expect((await rejection(clusterCopy('inv-1-dr2'))).name).toBe('SnapshotQuotaExceededFault');

        sim.advance(10_000);
        await copy(sim, 'orders-1', 'c3');
        await clusterCopy('inv-1-dr2');
        expect(rdsCopyStats(sim.ctx, ACCOUNT, 'us-west-2', 'instance')).toEqual({ started: 3, peak: 2, refused: 1 });
        expect(rdsCopyStats(sim.ctx, ACCOUNT, 'us-west-2', 'cluster')).toEqual({ started: 2, peak: 1, refused: 1 });
      },
      { ...FAST, instanceCopyLimit: 2, clusterCopyLimit: 1 },
    );
  });
});

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
