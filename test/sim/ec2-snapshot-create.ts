/**
 * The simulated EC2's own snapshots of volumes: CreateSnapshot, CreateSnapshots (a
 * crash-consistent set of an instance's volumes) and DescribeSnapshots, which also lists what
 * other accounts shared. Copies, sharing and locks are in ec2-snapshots.ts.
 */
import type { Snapshot, SnapshotInfo, Tag, Volume } from '@aws-sdk/client-ec2';
import { applyFilters, pageByToken, withTags, type Filter } from './ec2-filters.js';
import { checkSnapshotLimit, checkTags, findInstance, findVolume, mergeTags, newResourceId, required, selected, type Call, type Operation } from './ec2-helpers.js';
import { readableSnapshot, snapshotsSharedWith } from './ec2-snapshots.js';
import { ec2Options, snapshotDuration, specifiedTags, type SimSnapshot } from './ec2-state.js';

/** Starts a snapshot of `volume`; the caller stores it. */
function startSnapshot(call: Call, volume: Volume, description: string | undefined, tags: Tag[], startTime: number): SimSnapshot {
  const duration = snapshotDuration(ec2Options(call.sim), volume.Size ?? 0, false);
  const snapshot: Snapshot = {
    SnapshotId: newResourceId(call.sim, 'snap'),
    VolumeId: volume.VolumeId,
    VolumeSize: volume.Size,
    State: 'pending',
    Progress: '0%',
    StartTime: new Date(startTime),
    OwnerId: call.account,
    Description: description ?? '',
    Encrypted: volume.Encrypted ?? false,
    ...(volume.Encrypted ? { KmsKeyId: volume.KmsKeyId } : {}),
    StorageTier: 'standard',
    AvailabilityZone: volume.AvailabilityZone,
    Tags: tags,
  };
  return { snapshot, startedAt: startTime, completesAt: startTime + duration, isCopy: false };
}

function snapshotInfo(s: Snapshot): SnapshotInfo {
  return {
    Description: s.Description,
    Tags: s.Tags,
    Encrypted: s.Encrypted,
    VolumeId: s.VolumeId,
    State: s.State,
    VolumeSize: s.VolumeSize,
    StartTime: s.StartTime,
    Progress: s.Progress,
    OwnerId: s.OwnerId,
    SnapshotId: s.SnapshotId,
    AvailabilityZone: s.AvailabilityZone,
  };
}

export const snapshotCreateOperations: Record<string, Operation> = {
  DescribeSnapshots({ input, region, account, sim, regionName }) {
    // Snapshots of other accounts: only those shared with this one (createVolumePermission).
    const shared = snapshotsSharedWith(sim, account, regionName, input.OwnerIds, input.RestorableByUserIds);
    const snapshots = shared ?? selected(
      [...region.snapshots.values()].map((s) => s.snapshot),
      input.SnapshotIds,
      (id) => readableSnapshot(sim, account, regionName, id).snapshot,
    );
    const filtered = applyFilters(snapshots, input.Filters as Filter[], (s) =>
      withTags(s, {
        'snapshot-id': [s.SnapshotId],
        status: [s.State],
        'volume-id': [s.VolumeId],
        'owner-id': [s.OwnerId],
        'storage-tier': [s.StorageTier],
        encrypted: [String(s.Encrypted)],
        description: [s.Description],
        progress: [s.Progress],
      }),
    );
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return { Snapshots: items, NextToken };
  },

  CreateSnapshot(call) {
    const volume = findVolume(call.region, required(call.input, 'VolumeId'));
    checkSnapshotLimit(call, 1);
    const s = startSnapshot(call, volume, call.input.Description, checkTags(specifiedTags(call.input.TagSpecifications, 'snapshot')), call.sim.now());
    call.region.snapshots.set(s.snapshot.SnapshotId!, s);
    return { ...s.snapshot };
  },

  CreateSnapshots(call) {
    const spec = required<{ InstanceId?: string; ExcludeBootVolume?: boolean; ExcludeDataVolumeIds?: string[] }>(call.input, 'InstanceSpecification');
    const instance = findInstance(call.region, spec.InstanceId ?? '');
    const excluded = new Set(spec.ExcludeDataVolumeIds ?? []);
    const volumes = (instance.BlockDeviceMappings ?? [])
      .filter((m) => !(spec.ExcludeBootVolume && m.DeviceName === instance.RootDeviceName))
      .map((m) => findVolume(call.region, m.Ebs!.VolumeId!))
      .filter((v) => !excluded.has(v.VolumeId!));
    checkSnapshotLimit(call, volumes.length);
    const tags = checkTags(specifiedTags(call.input.TagSpecifications, 'snapshot'));
    // Crash-consistent: every volume's snapshot is taken at the same instant.
    const at = call.sim.now();
    const snapshots = volumes.map((volume) => {
      const own = call.input.CopyTagsFromSource === 'volume' ? (volume.Tags ?? []).filter((t) => !t.Key?.startsWith('aws:')) : [];
      const s = startSnapshot(call, volume, call.input.Description, mergeTags(own, tags), at);
      call.region.snapshots.set(s.snapshot.SnapshotId!, s);
      return snapshotInfo(s.snapshot);
    });
    return { Snapshots: snapshots };
  },
};
