/**
 * Reads one region's EBS side: volumes, instances, the account's own snapshots and which of
 * them back an AMI. Thin adapter over the EC2 client; turns answers into inventory records.
 */
import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeSnapshotTierStatusCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type Snapshot,
} from '@aws-sdk/client-ec2';
import { paginate, collectItems } from '../aws/paginate.js';
import type { SnapshotRecord, SnapshotState, SourceResource } from './inventory.js';
import { tagRecord } from './tags.js';
import type { StatusReading } from './waiting.js';

export function ebsState(state: string | undefined): SnapshotState {
  if (state === 'completed') return 'completed';
  if (state === 'error') return 'failed';
  return 'pending'; // pending, recoverable, recovering: never deleted, waited for
}

export function ebsSnapshotRecord(s: Snapshot, account: string, region: string, now: number): SnapshotRecord {
  const record: SnapshotRecord = {
    kind: 'ebs',
    account,
    region,
    id: s.SnapshotId ?? '',
    createdAt: s.StartTime?.getTime() ?? now,
    state: ebsState(s.State),
    status: s.State ?? 'unknown',
    tags: tagRecord(s.Tags),
    storageTier: s.StorageTier === 'archive' ? 'archive' : 'standard',
  };
  if (s.VolumeId) record.resourceId = s.VolumeId;
  if (s.Progress) record.progress = s.Progress;
  if (s.Encrypted !== undefined) record.encrypted = s.Encrypted;
  return record;
}

/**
 * Tier changes under way or a temporary restore: the snapshots ModifySnapshotTier must not be
 * called on again. DescribeSnapshots still says `standard` while an archive runs (the snapshot
 * stays usable until it completes); only DescribeSnapshotTierStatus tells.
 */
const TIERING_BUSY = ['archival-in-progress', 'temporary-restore-in-progress', 'temporary-restore-completed', 'permanent-restore-in-progress'];

/** Snapshot id → its last tiering operation status, for snapshots whose tier is changing (TIERING_BUSY). */
export async function listTieringSnapshots(ec2: EC2Client): Promise<Map<string, string>> {
  const statuses = await collectItems(
    paginate(
      (NextToken: string | undefined) =>
        ec2.send(new DescribeSnapshotTierStatusCommand({ Filters: [{ Name: 'last-tiering-operation', Values: TIERING_BUSY }], MaxResults: 1000, ...(NextToken && { NextToken }) })),
      (page) => page.NextToken,
    ),
    (page) => page.SnapshotTierStatuses,
  );
  return new Map(statuses.filter((s) => s.SnapshotId && s.LastTieringOperationStatus).map((s) => [s.SnapshotId!, s.LastTieringOperationStatus!]));
}

export async function listEbsSnapshots(ec2: EC2Client, account: string, region: string, now: number): Promise<SnapshotRecord[]> {
  const snapshots = await collectItems(
    paginate(
      (NextToken: string | undefined) => ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, ...(NextToken && { NextToken }) })),
      (page) => page.NextToken,
    ),
    (page) => page.Snapshots,
  );
  return snapshots.map((s) => ebsSnapshotRecord(s, account, region, now));
}

/** Snapshot id → the AMI it backs (such snapshots cannot be deleted). */
export async function listAmiSnapshots(ec2: EC2Client): Promise<Map<string, string>> {
  const images = await collectItems(
    paginate(
      (NextToken: string | undefined) => ec2.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, ...(NextToken && { NextToken }) })),
      (page) => page.NextToken,
    ),
    (page) => page.Images,
  );
  const used = new Map<string, string>();
  for (const image of images) {
    for (const mapping of image.BlockDeviceMappings ?? []) {
      const id = mapping.Ebs?.SnapshotId;
      if (id && image.ImageId) used.set(id, image.ImageId);
    }
  }
  return used;
}

export async function listEbsResources(ec2: EC2Client, account: string, region: string): Promise<SourceResource[]> {
  const [volumes, reservations] = await Promise.all([
    collectItems(
      paginate(
        (NextToken: string | undefined) => ec2.send(new DescribeVolumesCommand({ MaxResults: 500, ...(NextToken && { NextToken }) })),
        (page) => page.NextToken,
      ),
      (page) => page.Volumes,
    ),
    collectItems(
      paginate(
        (NextToken: string | undefined) => ec2.send(new DescribeInstancesCommand({ MaxResults: 1000, ...(NextToken && { NextToken }) })),
        (page) => page.NextToken,
      ),
      (page) => page.Reservations,
    ),
  ]);
  const resources: SourceResource[] = [];
  for (const v of volumes) {
    if (!v.VolumeId || v.State === 'deleting' || v.State === 'deleted') continue;
    const resource: SourceResource = { type: 'ebs-volume', account, region, id: v.VolumeId, tags: tagRecord(v.Tags) };
    const attached = (v.Attachments ?? []).map((a) => a.InstanceId).filter((id): id is string => Boolean(id));
    if (attached.length > 0) resource.attachedTo = attached;
    if (v.Encrypted) resource.encrypted = true;
    if (v.Encrypted && v.KmsKeyId) resource.kmsKeyId = v.KmsKeyId;
    if (v.State === 'creating' || v.State === 'error') resource.unavailable = `volume state is ${v.State}`;
    resources.push(resource);
  }
  for (const instance of reservations.flatMap((r) => r.Instances ?? [])) {
    const state = instance.State?.Name;
    if (!instance.InstanceId || state === 'terminated' || state === 'shutting-down') continue;
    const resource: SourceResource = {
      type: 'ec2-instance',
      account,
      region,
      id: instance.InstanceId,
      tags: tagRecord(instance.Tags),
      volumes: (instance.BlockDeviceMappings ?? [])
        .filter((m) => m.Ebs?.VolumeId)
        .map((m) => ({ id: m.Ebs!.VolumeId!, device: m.DeviceName ?? '', boot: m.DeviceName === instance.RootDeviceName })),
    };
    if (state === 'pending') resource.unavailable = 'instance is still starting (state pending)';
    else if (!resource.volumes?.length) resource.unavailable = 'instance has no EBS volumes';
    resources.push(resource);
  }
  return resources;
}

/** Status of EBS snapshots by id; the `snapshot-id` filter (unlike SnapshotIds) never fails on a missing id. */
export function ebsStatusFetcher(ec2: EC2Client): (ids: readonly string[]) => Promise<Map<string, StatusReading>> {
  return async (ids) => {
    const out = new Map<string, StatusReading>();
    const snapshots = await collectItems(
      paginate(
        (NextToken: string | undefined) =>
          ec2.send(new DescribeSnapshotsCommand({ Filters: [{ Name: 'snapshot-id', Values: [...ids] }], ...(NextToken && { NextToken }) })),
        (page) => page.NextToken,
      ),
      (page) => page.Snapshots,
    );
    for (const s of snapshots) {
      if (!s.SnapshotId) continue;
      const reading: StatusReading = { state: ebsState(s.State), status: s.State ?? 'unknown' };
      if (s.Progress) reading.progress = s.Progress;
      out.set(s.SnapshotId, reading);
    }
    return out;
  };
}
