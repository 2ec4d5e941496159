/**
 * The simulated EBS snapshots over simulated time through the real SDK client: pending →
 * completed in proportion to the volume size, crash-consistent sets, the archive tier, a
 * snapshot an AMI uses, the snapshot quota, and tags.
 */
import {
  CreateSnapshotCommand,
  CreateSnapshotsCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  DescribeSnapshotsCommand,
  DescribeSnapshotTierStatusCommand,
  DescribeVolumesCommand,
  ModifySnapshotTierCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { FAST, client, snapshot, withSim } from '../support/ec2-sim.js';
import { rejection } from '../support/rejection.js';

describe('snapshots over simulated time', () => {
  it('CreateSnapshot goes pending → completed with Progress advancing in proportion to the volume size', async () => {
    await withSim(async (sim) => {
      const created = await client(sim).send(
        new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60002', Description: 'daily', TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'tier', Value: 'daily' }] }] }),
      );
      expect(created).toMatchObject({ State: 'pending', Progress: '0%', VolumeSize: 100, Encrypted: true, Tags: [{ Key: 'tier', Value: 'daily' }] });
      sim.advance(1000);
      expect(await snapshot(sim, created.SnapshotId!)).toMatchObject({ State: 'pending', Progress: '50%' });
      sim.advance(1000);
      const done = await snapshot(sim, created.SnapshotId!);
      expect(done).toMatchObject({ State: 'completed', Progress: '100%' });
      expect(done.CompletionTime!.getTime() - done.StartTime!.getTime()).toBe(2000);

      // An 8 GiB volume finishes sooner than a 100 GiB one.
      const small = await client(sim).send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60001' }));
      sim.advance(1080);
      expect((await snapshot(sim, small.SnapshotId!)).State).toBe('completed');
    }, FAST);
  });

  it('CreateSnapshots takes a crash-consistent set, excluding the boot volume, with source tags on request', async () => {
    await withSim(async (sim) => {
      const out = await client(sim).send(
        new CreateSnapshotsCommand({
          InstanceSpecification: { InstanceId: 'i-0a1b2c3d4e5f60001', ExcludeBootVolume: true },
          TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'policy', Value: 'web' }] }],
          CopyTagsFromSource: 'volume',
        }),
      );
      expect(out.Snapshots!.map((s) => s.VolumeId)).toEqual(['vol-0a1b2c3d4e5f60002', 'vol-0a1b2c3d4e5f60003']);
      expect(new Set(out.Snapshots!.map((s) => s.StartTime!.getTime())).size).toBe(1);
      expect(out.Snapshots![0]!.Tags).toEqual([
        { Key: 'Name', Value: 'web-1-data' },
        { Key: 'backup', Value: 'daily' },
        { Key: 'team', Value: 'web' },
        { Key: 'policy', Value: 'web' },
      ]);
      const all = await client(sim).send(new CreateSnapshotsCommand({ InstanceSpecification: { InstanceId: 'i-0a1b2c3d4e5f60002' } }));
      expect(all.Snapshots!.map((s) => [s.VolumeId, s.Tags ?? []])).toEqual([
        ['vol-0a1b2c3d4e5f60004', []],
        ['vol-0a1b2c3d4e5f60005', []],
      ]);
    }, FAST);
  });

  it('ModifySnapshotTier archives only completed snapshots, and the tier changes after a delay', async () => {
    await withSim(async (sim) => {
      const ec2 = client(sim);
      const fresh = await ec2.send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60006' }));
      const early = await rejection(ec2.send(new ModifySnapshotTierCommand({ SnapshotId: fresh.SnapshotId, StorageTier: 'archive' })));
      expect(early.name).toBe('IncorrectState');
      const out = await ec2.send(new ModifySnapshotTierCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a002', StorageTier: 'archive' }));
      expect(out.TieringStartTime).toEqual(new Date(Date.UTC(2026, 0, 1)));
      expect((await snapshot(sim, 'snap-0a1b2c3d4e5f6a002')).StorageTier).toBe('standard');
      // Still usable and still "standard", but DescribeSnapshotTierStatus says it is being archived; a second archive is refused.
      const busy = await ec2.send(new DescribeSnapshotTierStatusCommand({ Filters: [{ Name: 'last-tiering-operation', Values: ['archival-in-progress'] }] }));
      expect(busy.SnapshotTierStatuses!.map((s) => [s.SnapshotId, s.StorageTier, s.LastTieringOperationStatus])).toEqual([['snap-0a1b2c3d4e5f6a002', 'standard', 'archival-in-progress']]);
      expect((await rejection(ec2.send(new ModifySnapshotTierCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a002', StorageTier: 'archive' })))).name).toBe('IncorrectState');
      sim.advance(10_000);
      const done = await ec2.send(new DescribeSnapshotTierStatusCommand({ Filters: [{ Name: 'snapshot-id', Values: ['snap-0a1b2c3d4e5f6a002'] }] }));
      expect(done.SnapshotTierStatuses![0]).toMatchObject({ StorageTier: 'archive', LastTieringOperationStatus: 'archival-completed', LastTieringProgress: 100 });
      const archived = await ec2.send(new DescribeSnapshotsCommand({ Filters: [{ Name: 'storage-tier', Values: ['archive'] }] }));
      expect(archived.Snapshots!.map((s) => s.SnapshotId)).toEqual(['snap-0a1b2c3d4e5f6a002']);
      // An archived snapshot cannot become a volume until it is restored.
      const volume = await rejection(ec2.send(new CreateVolumeCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a002', AvailabilityZone: 'us-east-1a' })));
      expect(volume.name).toBe('IncorrectState');
    }, FAST);
  });

  it('DeleteSnapshot refuses a snapshot registered to an AMI until the AMI is gone', async () => {
    await withSim(async (sim) => {
      const ec2 = client(sim);
      const inUse = await rejection(ec2.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a001' })));
      expect(inUse).toMatchObject({ name: 'InvalidSnapshot.InUse', status: 400 });
      expect(inUse.message).toContain('ami-0a1b2c3d4e5f6b001');
      await ec2.send(new DeregisterImageCommand({ ImageId: 'ami-0a1b2c3d4e5f6b001' }));
      await ec2.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a001' }));
      expect((await rejection(ec2.send(new DeleteSnapshotCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a001' })))).name).toBe('InvalidSnapshot.NotFound');
    });
  });

  it('the snapshot quota gives SnapshotLimitExceeded', async () => {
    await withSim(
      async (sim) => {
        // The fixture holds 2 snapshots; the limit is 3.
        await client(sim).send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60001' }));
        const err = await rejection(client(sim).send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60001' })));
        expect(err.name).toBe('SnapshotLimitExceeded');
        const multi = await rejection(client(sim).send(new CreateSnapshotsCommand({ InstanceSpecification: { InstanceId: 'i-0a1b2c3d4e5f60002' } })));
        expect(multi.name).toBe('SnapshotLimitExceeded');
      },
      { snapshotLimit: 3 },
    );
  });

  it('tags are added and removed with CreateTags / DeleteTags', async () => {
    await withSim(async (sim) => {
      const ec2 = client(sim);
      await ec2.send(new CreateTagsCommand({ Resources: ['snap-0a1b2c3d4e5f6a002', 'vol-0a1b2c3d4e5f60007'], Tags: [{ Key: 'owner', Value: 'ops' }] }));
      expect((await snapshot(sim, 'snap-0a1b2c3d4e5f6a002')).Tags).toContainEqual({ Key: 'owner', Value: 'ops' });
      await ec2.send(new DeleteTagsCommand({ Resources: ['snap-0a1b2c3d4e5f6a002'], Tags: [{ Key: 'owner', Value: 'someone-else' }, { Key: 'backup' }] }));
      const tags = (await snapshot(sim, 'snap-0a1b2c3d4e5f6a002')).Tags!.map((t) => t.Key);
      expect(tags).toContain('owner');
      expect(tags).not.toContain('backup');
      const volume = await ec2.send(new DescribeVolumesCommand({ VolumeIds: ['vol-0a1b2c3d4e5f60007'] }));
      expect(volume.Volumes![0]!.Tags).toEqual([{ Key: 'owner', Value: 'ops' }]);
      const reserved = await rejection(ec2.send(new CreateTagsCommand({ Resources: ['vol-0a1b2c3d4e5f60007'], Tags: [{ Key: 'aws:x', Value: '1' }] })));
      expect(reserved.name).toBe('InvalidParameterValue');
    });
  });
});
