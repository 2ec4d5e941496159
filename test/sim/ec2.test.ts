/**
 * The simulated EC2 (EBS side) through the real SDK client: what the fixture says comes back,
 * snapshots and volumes move through their states over simulated time, copies respect the
 * per-destination limit and do not copy tags, and AWS's errors come back as AWS sends them.
 */
import {
  AttachVolumeCommand,
  CopySnapshotCommand,
  CreateSnapshotCommand,
  CreateSnapshotsCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  DescribeAvailabilityZonesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  EC2Client,
  ModifySnapshotTierCommand,
  DescribeSnapshotTierStatusCommand,
  paginateDescribeVolumes,
  type Snapshot,
} from '@aws-sdk/client-ec2';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ec2Handler } from './ec2.js';
import { ec2CopyStats, type Ec2Options } from './ec2-state.js';
import { kmsHandler } from './kms.js';
import { startSim, type Sim, type SimOptions } from './server.js';
import { rejection } from '../support/rejection.js';

const FIXTURE = 'test/fixtures/sample-snapshots.yaml';
const ACCOUNT = '111111111111';
const fixtureEc2 = parse(readFileSync(FIXTURE, 'utf8')).accounts[0].regions['us-east-1'].ec2;

async function withSim<T>(fn: (sim: Sim) => Promise<T>, ec2: Ec2Options = {}, extra: Partial<SimOptions> = {}): Promise<T> {
  const sim = await startSim({ fixtures: [FIXTURE], handlers: [ec2Handler, kmsHandler], clock: { frozen: true }, serviceOptions: { ec2: { ...ec2 } }, ...extra });
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}

const client = (sim: Sim, region = 'us-east-1') =>
  new EC2Client({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

async function snapshot(sim: Sim, id: string, region = 'us-east-1'): Promise<Snapshot> {
  const out = await client(sim, region).send(new DescribeSnapshotsCommand({ SnapshotIds: [id] }));
  return out.Snapshots![0]!;
}

/** 1 s + 10 ms per GiB: a 100 GiB snapshot takes 2 s, its copy 6 s. */
const FAST: Ec2Options = { snapshotBaseMs: 1000, snapshotMsPerGiB: 10, copyDurationFactor: 3, volumeCreateMs: 500, archiveMs: 10_000 };

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
