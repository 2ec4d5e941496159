/**
 * The simulated RDS's cross-region snapshot copies through the real SDK client: the destination's
 * KMS key, tags only on request, longer than a snapshot, and AWS's concurrent copy limits.
 */
import { CopyDBClusterSnapshotCommand, CopyDBSnapshotCommand, CreateDBClusterSnapshotCommand, CreateDBSnapshotCommand } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { rdsCopyStats } from './rds-state.js';
import type { Sim } from './server.js';
import { ACCOUNT, DR_KEY_ARN, FAST, client, snapshotStatus, sourceArn, withSim } from '../support/rds-sim.js';
import { rejection } from '../support/rejection.js';

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
