/**
 * The simulated RDS's state model: its options, the records kept per resource (SDK shape plus
 * lifecycle timing), each account-region's slice and copy counters. Every other RDS module builds on it.
 */
import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot, DBSubnetGroup } from '@aws-sdk/client-rds';
import type { CopyStats } from './ec2-state.js';
import { serviceSlice } from './service-state.js';
import { SimError, type SimContext } from './types.js';

/** Knobs from `startSim({ serviceOptions: { rds: {...} } })`. */
export interface RdsOptions {
  /** Simulated ms a new or restored instance/cluster stays `creating` (default 300 000). */
  createMs?: number;
  /** Simulated ms a deleted instance/cluster stays `deleting` before it is gone (default 60 000). */
  deleteMs?: number;
  /** Simulated ms every snapshot takes at least (default 120 000). */
  snapshotBaseMs?: number;
  /** Simulated ms per GiB of allocated storage (default 1 000). */
  snapshotMsPerGiB?: number;
  /** A copy takes this many times as long (default 3). */
  copyDurationFactor?: number;
  /** Cross-region DB snapshot copies in progress per destination region (default 20). */
  instanceCopyLimit?: number;
  /** Cross-region cluster snapshot copies in progress per destination region (default 5). */
  clusterCopyLimit?: number;
  /** Manual DB snapshots per region, and separately manual cluster snapshots (default 100). */
  manualSnapshotQuota?: number;
  /** How far LatestRestorableTime trails the clock (default 5 minutes). */
  restoreLagMs?: number;
}

export function rdsOptions(sim: SimContext): Required<RdsOptions> {
  const o = (sim.serviceOptions?.['rds'] ?? {}) as RdsOptions;
  return {
    createMs: o.createMs ?? 300_000,
    deleteMs: o.deleteMs ?? 60_000,
    snapshotBaseMs: o.snapshotBaseMs ?? 120_000,
    snapshotMsPerGiB: o.snapshotMsPerGiB ?? 1_000,
    copyDurationFactor: o.copyDurationFactor ?? 3,
    instanceCopyLimit: o.instanceCopyLimit ?? 20,
    clusterCopyLimit: o.clusterCopyLimit ?? 5,
    manualSnapshotQuota: o.manualSnapshotQuota ?? 100,
    restoreLagMs: o.restoreLagMs ?? 300_000,
  };
}

/** Lifecycle timing shared by every RDS resource. */
export interface Timed {
  readyAt: number;
  /** Set once deletion started; the resource disappears at this instant. */
  goneAt?: number;
}
export interface SimDbInstance extends Timed {
  instance: DBInstance;
}
export interface SimDbCluster extends Timed {
  cluster: DBCluster;
}
export interface SimSnapshotTiming extends Timed {
  startedAt: number;
  /** Cross-region copies count against the destination's concurrent copy limit. */
  crossRegionCopy: boolean;
  /** Accounts in the snapshot's `restore` attribute (ModifyDB[Cluster]SnapshotAttribute). */
  sharedWith?: Set<string>;
}
export interface SimDbSnapshot extends SimSnapshotTiming {
  snapshot: DBSnapshot;
}
export interface SimClusterSnapshot extends SimSnapshotTiming {
  snapshot: DBClusterSnapshot;
}

export interface RdsRegion {
  name: string;
  instances: Map<string, SimDbInstance>;
  clusters: Map<string, SimDbCluster>;
  snapshots: Map<string, SimDbSnapshot>;
  clusterSnapshots: Map<string, SimClusterSnapshot>;
  subnetGroups: Map<string, DBSubnetGroup>;
  copies: { instance: CopyStats; cluster: CopyStats };
  /** Simulated minute each instance's / cluster's automated snapshots were last brought up to date. */
  automatedMinute: Map<string, number>;
}
export interface RdsState {
  regions: Record<string, RdsRegion>;
}

export function rdsRegion(sim: SimContext, account: string, region: string): RdsRegion {
  const state = serviceSlice<RdsState>(sim, account, 'rds', () => ({ regions: {} }));
  return (state.regions[region] ??= {
    name: region,
    instances: new Map(),
    clusters: new Map(),
    snapshots: new Map(),
    clusterSnapshots: new Map(),
    subnetGroups: new Map(),
    copies: { instance: { started: 0, peak: 0, refused: 0 }, cluster: { started: 0, peak: 0, refused: 0 } },
    automatedMinute: new Map(),
  });
}

/** Copy counters of RDS snapshots copied into `region`: `instance` (DB snapshots) or `cluster`. */
export function rdsCopyStats(sim: SimContext, account: string, region: string, kind: 'instance' | 'cluster'): CopyStats {
  return rdsRegion(sim, account, region).copies[kind];
}

/** The two kinds of RDS snapshot, as their ARNs name them. */
export type SnapshotKind = 'snapshot' | 'cluster-snapshot';

/** Per kind: AWS's not-found error code and the noun its messages use. */
export const SNAPSHOT_NOT_FOUND: Record<SnapshotKind, readonly [code: string, noun: string]> = {
  snapshot: ['DBSnapshotNotFound', 'DBSnapshot'],
  'cluster-snapshot': ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshot'],
};

/** AWS's error for a snapshot of `kind` that is not there (`detail`: why, in parentheses). */
export function snapshotNotFound(kind: SnapshotKind, id: string, detail?: string): SimError {
  const [code, noun] = SNAPSHOT_NOT_FOUND[kind];
  return new SimError(code, `${noun} ${id} not found${detail ? ` (${detail})` : ''}.`, 404);
}

/** The region's own snapshot of `kind` with identifier `id`. */
export function snapshotIn(region: RdsRegion, kind: SnapshotKind, id: string): SimDbSnapshot | SimClusterSnapshot | undefined {
  return kind === 'snapshot' ? region.snapshots.get(id) : region.clusterSnapshots.get(id);
}

export function rdsArn(region: string, account: string, type: 'db' | 'cluster' | 'snapshot' | 'cluster-snapshot' | 'subgrp', id: string): string {
  return `arn:aws:rds:${region}:${account}:${type}:${id}`;
}

export function inProgressCopies(snapshots: Iterable<SimSnapshotTiming & { snapshot: { Status?: string } }>): number {
  let n = 0;
  for (const s of snapshots) if (s.crossRegionCopy && s.snapshot.Status !== 'available' && s.snapshot.Status !== 'failed') n += 1;
  return n;
}

export function manualCount(snapshots: Iterable<{ snapshot: { SnapshotType?: string } }>): number {
  let n = 0;
  for (const s of snapshots) if (s.snapshot.SnapshotType === 'manual') n += 1;
  return n;
}

/** What every RDS operation is called with. */
export interface Call {
  input: Record<string, any>;
  region: RdsRegion;
  account: string;
  sim: SimContext;
}
