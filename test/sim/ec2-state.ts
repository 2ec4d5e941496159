/**
 * State of the simulated EC2 (EBS side): volumes, instances, snapshots and AMIs per account
 * and region, kept in the SDK's own shapes, plus the clock-driven parts — snapshots go
 * `pending` → `completed` with `Progress` advancing, volumes `creating` → `available`,
 * archive-tier changes land after a delay — and the counters tests read.
 */
import type { Image, Instance, Snapshot, Tag, Volume } from '@aws-sdk/client-ec2';
import { fixtureRegions, serviceSlice, toDate } from './service-state.js';
import { fixtureNetwork, type RegionNetwork } from './elb-network.js';
import type { FixtureAccount, SimContext } from './types.js';

/** Knobs from `startSim({ serviceOptions: { ec2: {...} } })`. */
export interface Ec2Options {
  /** Simulated ms every snapshot takes at least (default 60 000). */
  snapshotBaseMs?: number;
  /** Simulated ms added per GiB of volume (default 2 000). */
  snapshotMsPerGiB?: number;
  /** A copy takes this many times as long as the snapshot itself (default 3). */
  copyDurationFactor?: number;
  /** Copies in progress allowed per destination region; one more is ResourceLimitExceeded (default 20). */
  concurrentCopyLimit?: number;
  /** Snapshots allowed per region; one more is SnapshotLimitExceeded (default 100 000). */
  snapshotLimit?: number;
  /** Simulated ms a new volume stays `creating` (default 30 000). */
  volumeCreateMs?: number;
  /** Simulated ms until ModifySnapshotTier's move to the archive tier is done (default 24 h). */
  archiveMs?: number;
}

export function ec2Options(sim: SimContext): Required<Ec2Options> {
  const o = (sim.serviceOptions?.['ec2'] ?? {}) as Ec2Options;
  return {
    snapshotBaseMs: o.snapshotBaseMs ?? 60_000,
    snapshotMsPerGiB: o.snapshotMsPerGiB ?? 2_000,
    copyDurationFactor: o.copyDurationFactor ?? 3,
    concurrentCopyLimit: o.concurrentCopyLimit ?? 20,
    snapshotLimit: o.snapshotLimit ?? 100_000,
    volumeCreateMs: o.volumeCreateMs ?? 30_000,
    archiveMs: o.archiveMs ?? 24 * 3600_000,
  };
}

export interface SnapshotTiering {
  status: 'archival-in-progress' | 'archival-completed';
  startedAt: number;
  completesAt: number;
}

export interface SimSnapshot {
  snapshot: Snapshot;
  /** Simulated ms when the snapshot (or copy) reaches `completed` (or `error`). */
  completesAt: number;
  startedAt: number;
  /** A copy counts against its destination region's concurrent copy limit while pending. */
  isCopy: boolean;
  /** Set when the copy will end in `error` (e.g. its KMS key cannot be used). */
  failure?: string;
  /** The last archive operation (ModifySnapshotTier), kept after it ends as DescribeSnapshotTierStatus reports it. */
  tiering?: SnapshotTiering;
  /** Accounts given createVolumePermission (ModifySnapshotAttribute). */
  sharedWith?: Set<string>;
  /** EC2 LockSnapshot settings; the state is worked out from the clock (lockState). */
  lock?: SnapshotLock;
}

export interface SnapshotLock {
  mode: 'compliance' | 'governance';
  createdOn: number;
  durationStart: number;
  expiresOn: number;
  /** Days, when locked with LockDuration. */
  durationDays?: number;
  coolOffHours?: number;
  coolOffExpiresOn?: number;
}

/** compliance-cooloff, governance, compliance or expired, as DescribeLockedSnapshots reports it. */
export function lockState(lock: SnapshotLock, now: number): 'compliance-cooloff' | 'governance' | 'compliance' | 'expired' {
  if (now >= lock.expiresOn) return 'expired';
  if (lock.mode === 'governance') return 'governance';
  return lock.coolOffExpiresOn !== undefined && now < lock.coolOffExpiresOn ? 'compliance-cooloff' : 'compliance';
}

export interface SimVolume {
  volume: Volume;
  availableAt: number;
  /** CreateVolume's ClientToken and the parameters it was first used with. */
  clientToken?: { token: string; params: string };
}

export interface CopyStats {
  /** Copies started into this region. */
  started: number;
  /** Most copies in progress at once. */
  peak: number;
  /** Copies refused because the limit was reached. */
  refused: number;
}

export interface Ec2Region {
  volumes: Map<string, SimVolume>;
  instances: Map<string, Instance>;
  snapshots: Map<string, SimSnapshot>;
  images: Map<string, Image>;
  network: RegionNetwork;
  availabilityZones: string[];
  copies: CopyStats;
}

export interface Ec2State {
  regions: Record<string, Ec2Region>;
}

export function ec2State(sim: SimContext, account: string): Ec2State {
  return serviceSlice(sim, account, 'ec2', () => ({ regions: {} }));
}

export function ec2Region(sim: SimContext, account: string, region: string): Ec2Region {
  const state = ec2State(sim, account);
  return (state.regions[region] ??= {
    volumes: new Map(),
    instances: new Map(),
    snapshots: new Map(),
    images: new Map(),
    network: {},
    availabilityZones: [`${region}a`, `${region}b`, `${region}c`],
    copies: { started: 0, peak: 0, refused: 0 },
  });
}

/** Copy counters of the EBS snapshots copied into `region` of `account`. */
export function ec2CopyStats(sim: SimContext, account: string, region: string): CopyStats {
  return ec2Region(sim, account, region).copies;
}

export function pendingCopies(region: Ec2Region): number {
  let n = 0;
  for (const s of region.snapshots.values()) if (s.isCopy && s.snapshot.State === 'pending') n += 1;
  return n;
}

export { snapshotDuration } from './service-state.js';

/** Brings every time-driven state of a region up to `now`. Called before each request. */
export function tick(region: Ec2Region, now: number): void {
  for (const s of region.snapshots.values()) {
    if (s.snapshot.State === 'pending') {
      if (now >= s.completesAt) {
        s.snapshot.State = s.failure ? 'error' : 'completed';
        s.snapshot.Progress = s.failure ? s.snapshot.Progress : '100%';
        if (s.failure) s.snapshot.StateMessage = s.failure;
        else s.snapshot.CompletionTime = new Date(s.completesAt);
      } else {
        const fraction = (now - s.startedAt) / Math.max(1, s.completesAt - s.startedAt);
        s.snapshot.Progress = `${Math.min(99, Math.floor(fraction * 100))}%`;
      }
    }
    // The snapshot stays usable (standard tier) until the archive completes (EBS user guide, "Archive a snapshot").
    if (s.tiering?.status === 'archival-in-progress' && now >= s.tiering.completesAt) {
      s.snapshot.StorageTier = 'archive';
      s.tiering.status = 'archival-completed';
    }
  }
  for (const v of region.volumes.values()) {
    if (v.volume.State === 'creating' && now >= v.availableAt) {
      v.volume.State = v.volume.Attachments?.length ? 'in-use' : 'available';
    }
  }
}

// ---------------------------------------------------------------- fixture

/**
 * `regions.<region>.ec2` of a fixture account: `volumes` (Volume shapes), `instances`
 * (Instance shapes whose BlockDeviceMappings name the volumes; the volumes' attachments are
 * derived from them), `snapshots` (Snapshot shapes) and `images` (Image shapes). The
 * region's `subnets` / `security-groups` are the ones ELB reads too.
 */
interface Ec2Fixture {
  volumes?: (Omit<Volume, 'CreateTime'> & { CreateTime?: string })[];
  instances?: (Omit<Instance, 'LaunchTime'> & { LaunchTime?: string })[];
  snapshots?: (Omit<Snapshot, 'StartTime'> & { StartTime?: string })[];
  images?: Image[];
}

export function seedEc2(account: string, fixture: FixtureAccount, sim: SimContext): void {
  const now = sim.now();
  for (const [regionName, data] of fixtureRegions(fixture)) {
    const region = ec2Region(sim, account, regionName);
    region.network = fixtureNetwork(data);
    const zones = [...new Set([...(region.network.subnets?.values() ?? [])].map((s) => s.AvailabilityZone).filter((z): z is string => !!z))];
    if (zones.length) region.availabilityZones = zones.sort();
    const ec2 = (data.ec2 ?? {}) as Ec2Fixture;
    for (const v of ec2.volumes ?? []) {
      const volume: Volume = {
        VolumeType: 'gp3',
        Encrypted: false,
        MultiAttachEnabled: false,
        Attachments: [],
        Tags: [],
        ...v,
        State: 'available',
        CreateTime: toDate(v.CreateTime, now),
      };
      region.volumes.set(v.VolumeId!, { volume, availableAt: now });
    }
    for (const i of ec2.instances ?? []) seedInstance(region, i, regionName, now);
    for (const s of ec2.snapshots ?? []) {
      const snapshot: Snapshot = {
        OwnerId: account,
        State: 'completed',
        Progress: '100%',
        StorageTier: 'standard',
        Encrypted: false,
        Tags: [],
        ...s,
        StartTime: toDate(s.StartTime, now),
      };
      region.snapshots.set(s.SnapshotId!, { snapshot, startedAt: now, completesAt: now, isCopy: false });
    }
    for (const image of ec2.images ?? []) {
      region.images.set(image.ImageId!, { OwnerId: account, State: 'available', ImageType: 'machine', RootDeviceType: 'ebs', ...image });
    }
  }
}

function seedInstance(region: Ec2Region, raw: Omit<Instance, 'LaunchTime'> & { LaunchTime?: string }, regionName: string, now: number): void {
  const launchTime = toDate(raw.LaunchTime, now);
  const az = raw.Placement?.AvailabilityZone ?? `${regionName}a`;
  const instance: Instance = {
    InstanceType: 't3.micro',
    State: { Code: 16, Name: 'running' },
    RootDeviceType: 'ebs',
    RootDeviceName: '/dev/xvda',
    Tags: [],
    ...raw,
    Placement: { AvailabilityZone: az, ...raw.Placement },
    LaunchTime: launchTime,
    BlockDeviceMappings: (raw.BlockDeviceMappings ?? []).map((m) => ({
      DeviceName: m.DeviceName,
      Ebs: { Status: 'attached', AttachTime: launchTime, DeleteOnTermination: m.DeviceName === (raw.RootDeviceName ?? '/dev/xvda'), ...m.Ebs },
    })),
  };
  for (const mapping of instance.BlockDeviceMappings!) {
    const volume = region.volumes.get(mapping.Ebs!.VolumeId!);
    if (!volume) throw new Error(`EC2 fixture: instance ${raw.InstanceId} in ${regionName} maps ${mapping.DeviceName} to volume ${mapping.Ebs?.VolumeId}, which the fixture's volumes do not list.`);
    volume.volume.State = 'in-use';
    volume.volume.AvailabilityZone ??= az;
    volume.volume.Attachments = [
      { VolumeId: volume.volume.VolumeId, InstanceId: raw.InstanceId, Device: mapping.DeviceName, State: 'attached', AttachTime: launchTime, DeleteOnTermination: mapping.Ebs!.DeleteOnTermination },
    ];
  }
  region.instances.set(raw.InstanceId!, instance);
}

/** Tags as a new resource gets them from `TagSpecifications` for `resourceType`. */
export function specifiedTags(specs: { ResourceType?: string; Tags?: Tag[] }[] | undefined, resourceType: string): Tag[] {
  return (specs ?? []).filter((s) => s.ResourceType === resourceType).flatMap((s) => s.Tags ?? []);
}
