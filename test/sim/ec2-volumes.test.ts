/**
 * The simulated EBS volumes from snapshots through the real SDK client: CreateVolume's
 * ClientToken, creating → available, attaching in the instance's zone, and AWS's refusals.
 */
import { AttachVolumeCommand, CreateVolumeCommand, DescribeInstancesCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { FAST, client, withSim } from '../support/ec2-sim.js';
import { rejection } from '../support/rejection.js';

describe('volumes from snapshots', () => {
  it('CreateVolume is idempotent by ClientToken, goes creating → available, and attaches in the same AZ', async () => {
    await withSim(async (sim) => {
      const ec2 = client(sim);
      const request = {
        SnapshotId: 'snap-0a1b2c3d4e5f6a002',
        AvailabilityZone: 'us-east-1a',
        ClientToken: 'restore-1',
        TagSpecifications: [{ ResourceType: 'volume' as const, Tags: [{ Key: 'Name', Value: 'restored' }] }],
      };
      const first = await ec2.send(new CreateVolumeCommand(request));
      expect(first).toMatchObject({ State: 'creating', Size: 100, Encrypted: true, SnapshotId: 'snap-0a1b2c3d4e5f6a002', Tags: [{ Key: 'Name', Value: 'restored' }] });
      const again = await ec2.send(new CreateVolumeCommand(request));
      expect(again.VolumeId).toBe(first.VolumeId);
      const mismatch = await rejection(ec2.send(new CreateVolumeCommand({ ...request, AvailabilityZone: 'us-east-1b' })));
      expect(mismatch.name).toBe('IdempotentParameterMismatch');

      const early = await rejection(ec2.send(new AttachVolumeCommand({ VolumeId: first.VolumeId, InstanceId: 'i-0a1b2c3d4e5f60001', Device: '/dev/sdh' })));
      expect(early.name).toBe('IncorrectState');
      sim.advance(500);
      const described = await ec2.send(new DescribeVolumesCommand({ VolumeIds: [first.VolumeId!] }));
      expect(described.Volumes![0]!.State).toBe('available');
      const wrongZone = await rejection(ec2.send(new AttachVolumeCommand({ VolumeId: first.VolumeId, InstanceId: 'i-0a1b2c3d4e5f60002', Device: '/dev/sdh' })));
      expect(wrongZone.name).toBe('InvalidVolume.ZoneMismatch');
      const attached = await ec2.send(new AttachVolumeCommand({ VolumeId: first.VolumeId, InstanceId: 'i-0a1b2c3d4e5f60001', Device: '/dev/sdh' }));
      expect(attached.State).toBe('attaching');
      const instance = await ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-0a1b2c3d4e5f60001'] }));
      expect(instance.Reservations![0]!.Instances![0]!.BlockDeviceMappings!.map((m) => m.Ebs!.VolumeId)).toContain(first.VolumeId);

      const badZone = await rejection(ec2.send(new CreateVolumeCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a002', AvailabilityZone: 'us-west-2a' })));
      expect(badZone.name).toBe('InvalidZone.NotFound');
      const tooSmall = await rejection(ec2.send(new CreateVolumeCommand({ SnapshotId: 'snap-0a1b2c3d4e5f6a002', AvailabilityZone: 'us-east-1a', Size: 50 })));
      expect(tooSmall.name).toBe('InvalidParameterValue');
    }, FAST);
  });
});
