/**
 * The simulated EC2 (EBS side) through the real SDK client: what the fixture says comes back,
 * and AWS's wire behaviour (throttling, retries, DryRun). Snapshots over time, copies and
 * volumes are in ec2-snapshot-lifecycle, ec2-copies and ec2-volumes.test.ts.
 */
import {
  CreateSnapshotCommand,
  DescribeAvailabilityZonesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  EC2Client,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ec2Handler } from './ec2.js';
import { kmsHandler } from './kms.js';
import { startSim } from './server.js';
import { ACCOUNT, FIXTURE, client, withSim } from '../support/ec2-sim.js';
import { rejection } from '../support/rejection.js';

const fixtureEc2 = parse(readFileSync(FIXTURE, 'utf8')).accounts[0].regions['us-east-1'].ec2;

describe('describe calls return the fixture', () => {
  it('DescribeVolumes filters by tag, tag key and id, and pages with MaxResults', async () => {
    await withSim(async (sim) => {
      const ec2 = client(sim);
      const daily = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'tag:backup', Values: ['daily'] }] }));
      const dailyIds = fixtureEc2.volumes.filter((v: { Tags?: { Key: string; Value: string }[] }) => v.Tags?.some((t) => t.Key === 'backup' && t.Value === 'daily')).map((v: { VolumeId: string }) => v.VolumeId);
      expect(daily.Volumes!.map((v) => v.VolumeId)).toEqual(dailyIds);
      const tagged = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'tag-key', Values: ['backup'] }] }));
      expect(tagged.Volumes!.map((v) => v.VolumeId)).toEqual(['vol-0a1b2c3d4e5f60002', 'vol-0a1b2c3d4e5f60005', 'vol-0a1b2c3d4e5f60006']);
      const one = await ec2.send(new DescribeVolumesCommand({ VolumeIds: ['vol-0a1b2c3d4e5f60002'] }));
      const fixtureVolume = fixtureEc2.volumes[1];
      expect(one.Volumes![0]).toMatchObject({
        Size: fixtureVolume.Size,
        Encrypted: true,
        KmsKeyId: fixtureVolume.KmsKeyId,
        State: 'in-use',
        CreateTime: new Date(fixtureVolume.CreateTime),
        Tags: fixtureVolume.Tags,
        Attachments: [{ InstanceId: 'i-0a1b2c3d4e5f60001', Device: '/dev/sdf', State: 'attached' }],
      });
      const untagged = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: ['vol-0a1b2c3d4e5f60007'] }] }));
      expect(untagged.Volumes![0]!.Tags ?? []).toEqual([]);

      const pages: string[][] = [];
      for await (const page of paginateDescribeVolumes({ client: ec2, pageSize: 5 }, {})) pages.push(page.Volumes!.map((v) => v.VolumeId!));
      expect(pages.map((p) => p.length)).toEqual([5, 2]);
      expect(pages.flat()).toEqual(fixtureEc2.volumes.map((v: { VolumeId: string }) => v.VolumeId));
      expect((await rejection(ec2.send(new DescribeVolumesCommand({ VolumeIds: ['vol-0000000000000dead'] })))).name).toBe('InvalidVolume.NotFound');
    });
  });

  it('DescribeInstances gives block device mappings and filters by tag and id', async () => {
    await withSim(async (sim) => {
      const out = await client(sim).send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:backup', Values: ['instance'] }] }));
      const instances = out.Reservations!.flatMap((r) => r.Instances!);
      expect(instances.map((i) => i.InstanceId)).toEqual(['i-0a1b2c3d4e5f60001']);
      expect(instances[0]!.RootDeviceName).toBe('/dev/xvda');
      expect(instances[0]!.BlockDeviceMappings!.map((m) => [m.DeviceName, m.Ebs!.VolumeId, m.Ebs!.Status])).toEqual([
        ['/dev/xvda', 'vol-0a1b2c3d4e5f60001', 'attached'],
        ['/dev/sdf', 'vol-0a1b2c3d4e5f60002', 'attached'],
        ['/dev/sdg', 'vol-0a1b2c3d4e5f60003', 'attached'],
      ]);
      const byId = await client(sim).send(new DescribeInstancesCommand({ InstanceIds: ['i-0a1b2c3d4e5f60002'] }));
      expect(byId.Reservations![0]!.Instances![0]!.Placement!.AvailabilityZone).toBe('us-east-1b');
      expect((await rejection(client(sim).send(new DescribeInstancesCommand({ InstanceIds: ['i-00000000000000bad'] })))).name).toBe('InvalidInstanceID.NotFound');
    });
  });

  it('DescribeSnapshots (OwnerIds self) filters by tag, id and status; DescribeImages shows the AMI', async () => {
    await withSim(async (sim) => {
      const ec2 = client(sim);
      const all = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
      expect(all.Snapshots!.map((s) => s.SnapshotId)).toEqual(fixtureEc2.snapshots.map((s: { SnapshotId: string }) => s.SnapshotId));
      expect(all.Snapshots!.every((s) => s.StorageTier === 'standard' && s.State === 'completed' && s.OwnerId === ACCOUNT)).toBe(true);
      const tool = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'tag:aws-backup-gitops:policy', Values: ['web-*'] }] }));
      expect(tool.Snapshots!.map((s) => s.SnapshotId)).toEqual(['snap-0a1b2c3d4e5f6a002']);
      const pending = await ec2.send(new DescribeSnapshotsCommand({ Filters: [{ Name: 'status', Values: ['pending'] }] }));
      expect(pending.Snapshots).toEqual([]);
      const images = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }));
      expect(images.Images!.map((i) => [i.ImageId, i.BlockDeviceMappings![0]!.Ebs!.SnapshotId])).toEqual([['ami-0a1b2c3d4e5f6b001', 'snap-0a1b2c3d4e5f6a001']]);
      expect((await rejection(ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: ['snap-0000000000000dead'] })))).name).toBe('InvalidSnapshot.NotFound');
    });
  });

  it('availability zones, subnets and security groups come from the region fixture', async () => {
    await withSim(async (sim) => {
      const zones = await client(sim, 'us-west-2').send(new DescribeAvailabilityZonesCommand({}));
      expect(zones.AvailabilityZones!.map((z) => z.ZoneName)).toEqual(['us-west-2a', 'us-west-2b', 'us-west-2c']);
      const subnets = await client(sim).send(new DescribeSubnetsCommand({ Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] }));
      expect(subnets.Subnets!.map((s) => s.SubnetId)).toEqual(['subnet-0e1b1b1b1b1b1b1b1']);
      const groups = await client(sim).send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-0a1a1a1a1a1a1a1a1'] }));
      expect(groups.SecurityGroups![0]).toMatchObject({ GroupName: 'web-alb', VpcId: 'vpc-0a1b2c3d4e5f60718' });
      expect((await rejection(client(sim).send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-0000000000000000f'] })))).name).toBe('InvalidGroup.NotFound');
    });
  });
});

describe('wire behaviour', () => {
  it('throttles with RequestLimitExceeded (503) past the rate limit', async () => {
    await withSim(
      async (sim) => {
        const err = await rejection(
          (async () => {
            for (let i = 0; i < 5; i++) await client(sim).send(new DescribeVolumesCommand({}));
          })(),
        );
        expect(err).toMatchObject({ name: 'RequestLimitExceeded', status: 503 });
        expect(sim.stats.throttled).toBe(1);
      },
      {},
      { rateLimits: { ec2: { rate: 1, burst: 2 } } },
    );
  });

  it('the SDK retries RequestLimitExceeded in the EC2 error format', async () => {
    await withSim(async (sim) => {
      sim.addFault({ service: 'ec2', operation: 'DescribeVolumes', kind: { code: 'RequestLimitExceeded', status: 503, message: 'Request limit exceeded.' }, times: 2 });
      const retrying = new EC2Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 5, retryMode: 'standard' });
      const out = await retrying.send(new DescribeVolumesCommand({ VolumeIds: ['vol-0a1b2c3d4e5f60001'] }));
      expect(out.Volumes).toHaveLength(1);
      expect(out.$metadata.attempts).toBe(3);
    });
  });

  it('DryRun answers DryRunOperation', async () => {
    await withSim(async (sim) => {
      const err = await rejection(client(sim).send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60001', DryRun: true })));
      expect(err).toMatchObject({ name: 'DryRunOperation', status: 412 });
    });
  });
});

it('loads together with the load-balancer fixture and the default handlers', async () => {
  const { defaultHandlers } = await import('./handlers.js');
  const { rdsHandler } = await import('./rds.js');
  const sim = await startSim({
    fixtures: ['test/fixtures/sample-load-balancers.yaml', FIXTURE],
    handlers: [...defaultHandlers, ec2Handler, rdsHandler, kmsHandler],
    clock: { frozen: true },
  });
  try {
    const subnets = await client(sim).send(new DescribeSubnetsCommand({}));
    expect(subnets.Subnets).toHaveLength(3);
    const volumes = await client(sim).send(new DescribeVolumesCommand({}));
    expect(volumes.Volumes).toHaveLength(fixtureEc2.volumes.length);
  } finally {
    await sim.close();
  }
});
