/**
 * What the planner knows about one account and region: the resources that can be protected
 * and the snapshots that exist. Plain data, filled by the EC2 and RDS readers
 * (ec2-inventory.ts, rds-inventory.ts) and consumed by the pure planners.
 */
import type { ResourceType } from '../config/snapshots-schema.js';
import { TAG, type Tags } from './tags.js';

export type SnapshotKind = 'ebs' | 'rds-instance' | 'rds-cluster';

export type SnapshotState = 'completed' | 'pending' | 'failed';

export interface InstanceVolume {
  id: string;
  device: string;
  boot: boolean;
}

export interface SourceResource {
  type: ResourceType;
  account: string;
  region: string;
  id: string;
  tags: Tags;
  /** Why no snapshot can be taken now (e.g. `status deleting`). */
  unavailable?: string;
  /** ec2-instance: its EBS volumes. */
  volumes?: InstanceVolume[];
  /** ebs-volume: instances it is attached to. */
  attachedTo?: string[];
  /** rds-instance: the Aurora (or Multi-AZ) cluster it belongs to; those are snapshotted as a cluster. */
  clusterId?: string;
  /** rds-instance: its option group when not a default one (copies across regions need a mapping). */
  optionGroup?: string;
  /** RDS: automated backup retention in days (0 = off). */
  backupRetentionDays?: number;
  engine?: string;
  arn?: string;
  /** Storage encrypted (RDS cross-region copies then need a KMS key in the destination). */
  encrypted?: boolean;
  /** The KMS key (ARN) an encrypted volume or database is encrypted with: vault copies need it shareable. */
  kmsKeyId?: string;
  /**
   * RDS: what a restore needs (subnet group, security groups, parameter/option groups, instance
   * class) as tags, put on each snapshot so a restore works after the source is gone.
   */
  restoreSettings?: Tags;
}

export interface SnapshotRecord {
  kind: SnapshotKind;
  account: string;
  region: string;
  /** snap-… for EBS, the DB (cluster) snapshot identifier for RDS. */
  id: string;
  arn?: string;
  /** The volume (EBS) or DB instance/cluster identifier AWS reports for it. */
  resourceId?: string;
  /** When AWS created this snapshot (a copy: when the copy was made). */
  createdAt: number;
  state: SnapshotState;
  /** AWS's own state word (pending, completed, creating, available, copying, …). */
  status: string;
  /** EBS Progress ("45%"), RDS PercentProgress. */
  progress?: string;
  tags: Tags;
  storageTier?: 'standard' | 'archive';
  /** EBS: a tier change under way (`archival-in-progress`, a restore), from DescribeSnapshotTierStatus. */
  tiering?: string;
  /** Why it must not be deleted, e.g. `registered to AMI ami-1`. */
  inUse?: string;
  /** RDS: automated snapshots are AWS's, never the tool's. */
  automated?: boolean;
  encrypted?: boolean;
  /** Vault copies (EBS): when the snapshot's lock ends, if locked (DescribeLockedSnapshots). */
  lockedUntil?: number;
}

export interface RdsQuota {
  used: number;
  max: number;
}

export interface RegionInventory {
  account: string;
  region: string;
  resources: SourceResource[];
  snapshots: SnapshotRecord[];
  /** RDS manual snapshot quotas of the region (DescribeAccountAttributes). */
  quotas: { instanceSnapshots?: RdsQuota; clusterSnapshots?: RdsQuota };
  /** Listings that failed: no resources of these kinds are planned, and nothing is deleted. */
  failures: { what: 'ebs' | 'rds'; message: string }[];
}

/** The point in time a snapshot stands for: a copy carries its source's time in a tag. */
export function pointInTime(snapshot: SnapshotRecord): number {
  const tagged = snapshot.tags[TAG.takenAt];
  const parsed = tagged === undefined ? NaN : Date.parse(tagged);
  return Number.isNaN(parsed) ? snapshot.createdAt : parsed;
}

export function isCopy(snapshot: SnapshotRecord): boolean {
  return snapshot.tags[TAG.sourceSnapshot] !== undefined;
}

/**
 * The chain a tool snapshot belongs to: one resource (one volume of an instance) under one
 * policy. Retention runs per chain and side (region).
 */
export function chainKey(snapshot: SnapshotRecord): string {
  const source = snapshot.tags[TAG.source] ?? '';
  const volume = snapshot.tags[TAG.volume] ?? (source.startsWith('i-') ? snapshot.resourceId ?? '' : source);
  return chainKeyOf(snapshot.tags[TAG.policy] ?? '', snapshot.tags[TAG.sourceRegion] ?? '', source, volume);
}

export function chainKeyOf(policy: string, sourceRegion: string, source: string, volume = source): string {
  return `${policy}|${sourceRegion}|${source}|${volume}`;
}

export const SNAPSHOT_KIND_OF: Record<ResourceType, SnapshotKind> = {
  'ebs-volume': 'ebs',
  'ec2-instance': 'ebs',
  'rds-instance': 'rds-instance',
  'rds-cluster': 'rds-cluster',
};
