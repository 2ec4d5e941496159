/**
 * The simulated EBS CopySnapshot into the DR region through the real SDK client: re-encryption
 * with the destination's key, no tags unless given, longer than a snapshot, failed keys, and
 * the concurrent copy limit per destination region.
 */
import { CopySnapshotCommand, CreateSnapshotCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ec2CopyStats } from './ec2-state.js';
import type { Sim } from './server.js';
import { ACCOUNT, FAST, client, snapshot, withSim } from '../support/ec2-sim.js';
import { rejection } from '../support/rejection.js';

describe('CopySnapshot into the DR region', () => {
  const copyToDr = (sim: Sim, tags?: { Key: string; Value: string }[], keyId = 'alias/backup-dr') =>
    client(sim, 'us-west-2').send(
      new CopySnapshotCommand({
        SourceRegion: 'us-east-1',
        SourceSnapshotId: 'snap-0a1b2c3d4e5f6a002',
        Encrypted: true,
        KmsKeyId: keyId,
        ...(tags ? { TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] } : {}),
      }),
    );

  it('re-encrypts with the DR key, takes longer than a snapshot, and copies no tags unless given', async () => {
    await withSim(async (sim) => {
      const plain = await copyToDr(sim);
      const copy = await snapshot(sim, plain.SnapshotId!, 'us-west-2');
      expect(copy).toMatchObject({
        State: 'pending',
        Encrypted: true,
        KmsKeyId: 'arn:aws:kms:us-west-2:111111111111:key/2b2b2b2b-2222-4222-8222-222222222222',
        VolumeSize: 100,
        Description: '[Copied snap-0a1b2c3d4e5f6a002 from us-east-1]',
      });
      // The source has three tags; the copy has none.
      expect(copy.Tags ?? []).toEqual([]);
      const tagged = await copyToDr(sim, [{ Key: 'source', Value: 'snap-0a1b2c3d4e5f6a002' }]);
      expect(tagged.Tags).toEqual([{ Key: 'source', Value: 'snap-0a1b2c3d4e5f6a002' }]);
      expect((await snapshot(sim, tagged.SnapshotId!, 'us-west-2')).Tags).toEqual([{ Key: 'source', Value: 'snap-0a1b2c3d4e5f6a002' }]);

      // 100 GiB: 2 s for a snapshot, 6 s for a copy.
      sim.advance(3000);
      expect(await snapshot(sim, plain.SnapshotId!, 'us-west-2')).toMatchObject({ State: 'pending', Progress: '50%' });
      sim.advance(3000);
      expect((await snapshot(sim, plain.SnapshotId!, 'us-west-2')).State).toBe('completed');
      // The copy lives only in the destination region.
      expect((await rejection(client(sim).send(new DescribeSnapshotsCommand({ SnapshotIds: [plain.SnapshotId!] })))).name).toBe('InvalidSnapshot.NotFound');
    }, FAST);
  });

  it('a copy with a disabled or missing key ends in the error state', async () => {
    await withSim(async (sim) => {
      const disabled = await copyToDr(sim, undefined, 'alias/backup-dr-old');
      const missing = await copyToDr(sim, undefined, 'alias/backup-primary');
      sim.advance(6000);
      const [d, m] = [await snapshot(sim, disabled.SnapshotId!, 'us-west-2'), await snapshot(sim, missing.SnapshotId!, 'us-west-2')];
      expect(d.State).toBe('error');
      expect(d.StateMessage).toContain('not enabled');
      expect(m.State).toBe('error');
      expect(m.StateMessage).toContain("'alias/backup-primary' does not exist in us-west-2");
    }, FAST);
  });

  it('enforces the concurrent copy limit per destination region and counts the peak', async () => {
    await withSim(
      async (sim) => {
        for (let i = 0; i < 3; i++) await copyToDr(sim);
        const refused = await rejection(copyToDr(sim));
        expect(refused).toMatchObject({ name: 'ResourceLimitExceeded', status: 400 });
        expect(refused.message).toBe('Too many snapshot copies in progress. The limit is 3 for this destination region.');
        // Copies into another region have their own limit.
        await client(sim, 'us-east-2').send(new CopySnapshotCommand({ SourceRegion: 'us-east-1', SourceSnapshotId: 'snap-0a1b2c3d4e5f6a001' }));
        sim.advance(6000);
        await copyToDr(sim);
        expect(ec2CopyStats(sim.ctx, ACCOUNT, 'us-west-2')).toEqual({ started: 4, peak: 3, refused: 1 });
        expect(ec2CopyStats(sim.ctx, ACCOUNT, 'us-east-2')).toEqual({ started: 1, peak: 1, refused: 0 });
      },
      { ...FAST, concurrentCopyLimit: 3 },
    );
  });

  it('refuses to copy a snapshot that is not completed yet', async () => {
    await withSim(async (sim) => {
      const fresh = await client(sim).send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60006' }));
      const err = await rejection(client(sim, 'us-west-2').send(new CopySnapshotCommand({ SourceRegion: 'us-east-1', SourceSnapshotId: fresh.SnapshotId })));
      expect(err.name).toBe('IncorrectState');
    }, FAST);
  });
});
