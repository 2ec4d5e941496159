/**
 * Simulated EBS snapshot archiving (EC2 API reference: ModifySnapshotTier,
 * DescribeSnapshotTierStatus; EBS user guide, "Archive Amazon EBS snapshots"). Only a completed
 * snapshot in the standard tier with no archive in progress can be archived. While the archive
 * runs the snapshot stays usable: DescribeSnapshots still says `StorageTier: standard`, and only
 * DescribeSnapshotTierStatus tells that it is `archival-in-progress`. When it completes (after
 * `ec2.archiveMs` of simulated time) the tier is `archive` and the status `archival-completed`.
 */
import type { SnapshotTierStatus } from '@aws-sdk/client-ec2';
import { findSnapshot, required, type Operation } from './ec2-helpers.js';
import { applyFilters, pageByToken, withTags, type Filter } from './ec2-filters.js';
import { ec2Options, type SimSnapshot } from './ec2-state.js';
import { SimError } from './types.js';

function tierStatus(s: SimSnapshot, now: number): SnapshotTierStatus {
  const t = s.tiering;
  const done = t?.status === 'archival-completed';
  return {
    SnapshotId: s.snapshot.SnapshotId,
    VolumeId: s.snapshot.VolumeId,
    Status: s.snapshot.State,
    OwnerId: s.snapshot.OwnerId,
    Tags: s.snapshot.Tags,
    StorageTier: s.snapshot.StorageTier,
    ...(t && {
      LastTieringStartTime: new Date(t.startedAt),
      LastTieringProgress: done ? 100 : Math.min(99, Math.floor(((now - t.startedAt) / Math.max(1, t.completesAt - t.startedAt)) * 100)),
      LastTieringOperationStatus: t.status,
      ...(done && { ArchivalCompleteTime: new Date(t.completesAt) }),
    }),
  };
}

export const tieringOperations: Record<string, Operation> = {
  ModifySnapshotTier({ input, region, sim }) {
    const id = required<string>(input, 'SnapshotId');
    const s = findSnapshot(region, id);
    const tier = input.StorageTier ?? 'archive';
    if (tier !== 'archive') throw new SimError('InvalidParameterValue', `StorageTier '${tier}' is not valid; the only value is 'archive'.`);
    if (s.snapshot.State !== 'completed') {
      throw new SimError('IncorrectState', `Snapshot ${id} is in state '${s.snapshot.State}'; only completed snapshots can be archived.`);
    }
    if (s.snapshot.StorageTier === 'archive' || s.tiering?.status === 'archival-in-progress') {
      throw new SimError('IncorrectState', `Snapshot ${id} is already in the archive tier or being archived.`);
    }
    const now = sim.now();
    s.tiering = { status: 'archival-in-progress', startedAt: now, completesAt: now + ec2Options(sim).archiveMs };
    return { SnapshotId: id, TieringStartTime: new Date(now) };
  },

  /** The caller's own snapshots in the region; filters snapshot-id, volume-id, last-tiering-operation. */
  DescribeSnapshotTierStatus({ input, region, sim }) {
    const now = sim.now();
    const statuses = [...region.snapshots.values()].map((s) => tierStatus(s, now));
    const filtered = applyFilters(statuses, input.Filters as Filter[], (s) =>
      withTags(s, {
        'snapshot-id': [s.SnapshotId],
        'volume-id': [s.VolumeId],
        'last-tiering-operation': [s.LastTieringOperationStatus],
      }),
    );
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return { SnapshotTierStatuses: items, NextToken };
  },
};
