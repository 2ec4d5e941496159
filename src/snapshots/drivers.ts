/**
 * The AWS calls behind snapshot actions, one driver per snapshot kind: create (EBS volume,
 * EC2 instance set, DB instance, DB cluster), copy into a destination region, delete, and
 * (EBS) archive. Thin: no decisions here beyond mapping AWS answers.
 */
import { createHash } from 'node:crypto';
import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  CreateSnapshotsCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  ModifySnapshotTierCommand,
} from '@aws-sdk/client-ec2';
import {
  CopyDBClusterSnapshotCommand,
  CopyDBSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DeleteDBClusterSnapshotCommand,
  DeleteDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import type { AwsClients } from '../aws/clients.js';
import type { SnapshotKind } from './inventory.js';
import { TAG, tagList, type Tags } from './tags.js';

/** A snapshot just made (or an existing one to copy). */
export interface SourceSnapshot {
  id: string;
  /** RDS: the ARN a cross-region copy is made from. */
  arn?: string;
  /** EBS instance sets: which volume. */
  volumeId?: string;
  takenAt: number;
  tags: Tags;
  /** Known to be completed already (an existing snapshot). */
  completed?: boolean;
  /** RDS: a KMS key is passed only for encrypted sources (AWS rejects it otherwise for clusters). */
  encrypted?: boolean;
  /**
   * This run's snapshot only: the newest completed snapshot the destination has no copy of,
   * copied instead when this one does not complete within the wait budget.
   */
  fallback?: SourceSnapshot;
}

export interface CreateRequest {
  resourceId: string;
  region: string;
  /** ec2-instance: snapshot all volumes at once (crash-consistent). */
  instance?: { excludeBootVolume: boolean; copyVolumeTags: boolean };
  tags: Tags;
  /** RDS identifier of the new snapshot. */
  name: string;
  description: string;
  /** Fallback point in time when AWS does not say (RDS answers before the snapshot time is set). */
  now: number;
}

export interface CopyRequest {
  source: SourceSnapshot;
  sourceRegion: string;
  destination: string;
  /** KMS key ARN in the destination (from DescribeKey). */
  kmsKeyArn?: string;
  optionGroup?: string;
  tags: Tags;
  description: string;
}

export interface SnapshotDriver {
  kind: SnapshotKind;
  create(clients: AwsClients, request: CreateRequest): Promise<SourceSnapshot[]>;
  /** Starts the copy in the destination; returns the copy's id there. */
  copy(clients: AwsClients, request: CopyRequest): Promise<string>;
  remove(clients: AwsClients, region: string, id: string): Promise<void>;
}

const snapshotTags = (tags: Tags) => [{ ResourceType: 'snapshot' as const, Tags: tagList(tags) }];

export const ebsDriver: SnapshotDriver = {
  kind: 'ebs',
  async create(clients, request) {
    const ec2 = clients.ec2(request.region);
    if (request.instance) {
      const answer = await ec2.send(
        new CreateSnapshotsCommand({
          InstanceSpecification: { InstanceId: request.resourceId, ExcludeBootVolume: request.instance.excludeBootVolume },
          Description: request.description,
          TagSpecifications: snapshotTags(request.tags),
          ...(request.instance.copyVolumeTags && { CopyTagsFromSource: 'volume' as const }),
        }),
      );
      const created = (answer.Snapshots ?? []).map((s) => ({
        id: s.SnapshotId ?? '',
        ...(s.VolumeId && { volumeId: s.VolumeId }),
        takenAt: s.StartTime?.getTime() ?? request.now,
        tags: s.VolumeId ? { ...request.tags, [TAG.volume]: s.VolumeId } : request.tags,
      }));
      // TagSpecifications are the same for every snapshot of the set; the volume tag differs per snapshot.
      await Promise.all(
        created.filter((s) => s.volumeId).map((s) => ec2.send(new CreateTagsCommand({ Resources: [s.id], Tags: tagList({ [TAG.volume]: s.volumeId! }) }))),
      );
      return created;
    }
    const answer = await ec2.send(
      new CreateSnapshotCommand({ VolumeId: request.resourceId, Description: request.description, TagSpecifications: snapshotTags(request.tags) }),
    );
    return [{ id: answer.SnapshotId ?? '', volumeId: request.resourceId, takenAt: answer.StartTime?.getTime() ?? request.now, tags: request.tags }];
  },
  async copy(clients, request) {
    const answer = await clients.ec2(request.destination).send(
      new CopySnapshotCommand({
        SourceRegion: request.sourceRegion,
        SourceSnapshotId: request.source.id,
        Description: request.description,
        ...(request.kmsKeyArn && { Encrypted: true, KmsKeyId: request.kmsKeyArn }),
        TagSpecifications: snapshotTags(request.tags),
      }),
    );
    if (!answer.SnapshotId) throw new Error(`CopySnapshot of ${request.source.id} into ${request.destination} returned no snapshot id`);
    return answer.SnapshotId;
  },
  async remove(clients, region, id) {
    await clients.ec2(region).send(new DeleteSnapshotCommand({ SnapshotId: id }));
  },
};

export async function archiveEbsSnapshot(clients: AwsClients, region: string, id: string): Promise<void> {
  await clients.ec2(region).send(new ModifySnapshotTierCommand({ SnapshotId: id, StorageTier: 'archive' }));
}

export const rdsInstanceDriver: SnapshotDriver = {
  kind: 'rds-instance',
  async create(clients, request) {
    const answer = await clients.rds(request.region).send(
      new CreateDBSnapshotCommand({ DBInstanceIdentifier: request.resourceId, DBSnapshotIdentifier: request.name, Tags: tagList(request.tags) }),
    );
    const s = answer.DBSnapshot;
    return [{ id: s?.DBSnapshotIdentifier ?? request.name, ...(s?.DBSnapshotArn && { arn: s.DBSnapshotArn }), takenAt: s?.SnapshotCreateTime?.getTime() ?? request.now, tags: request.tags }];
  },
  async copy(clients, request) {
    // The SDK presigns the cross-region request itself when the source is an ARN of another region.
    const answer = await clients.rds(request.destination).send(
      new CopyDBSnapshotCommand({
        SourceDBSnapshotIdentifier: request.source.arn ?? request.source.id,
        TargetDBSnapshotIdentifier: request.source.id,
        ...(request.kmsKeyArn && request.source.encrypted && { KmsKeyId: request.kmsKeyArn }),
        ...(request.optionGroup && { OptionGroupName: request.optionGroup }),
        Tags: tagList(request.tags),
      }),
    );
    return answer.DBSnapshot?.DBSnapshotIdentifier ?? request.source.id;
  },
  async remove(clients, region, id) {
    await clients.rds(region).send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: id }));
  },
};

export const rdsClusterDriver: SnapshotDriver = {
  kind: 'rds-cluster',
  async create(clients, request) {
    const answer = await clients.rds(request.region).send(
      new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: request.resourceId, DBClusterSnapshotIdentifier: request.name, Tags: tagList(request.tags) }),
    );
    const s = answer.DBClusterSnapshot;
    return [
      { id: s?.DBClusterSnapshotIdentifier ?? request.name, ...(s?.DBClusterSnapshotArn && { arn: s.DBClusterSnapshotArn }), takenAt: s?.SnapshotCreateTime?.getTime() ?? request.now, tags: request.tags },
    ];
  },
  async copy(clients, request) {
    // The SDK presigns the cross-region request itself when the source is an ARN of another region.
    const answer = await clients.rds(request.destination).send(
      new CopyDBClusterSnapshotCommand({
        SourceDBClusterSnapshotIdentifier: request.source.arn ?? request.source.id,
        TargetDBClusterSnapshotIdentifier: request.source.id,
        ...(request.kmsKeyArn && request.source.encrypted && { KmsKeyId: request.kmsKeyArn }),
        Tags: tagList(request.tags),
      }),
    );
    return answer.DBClusterSnapshot?.DBClusterSnapshotIdentifier ?? request.source.id;
  },
  async remove(clients, region, id) {
    await clients.rds(region).send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: id }));
  },
};

export const DRIVERS: Record<SnapshotKind, SnapshotDriver> = {
  ebs: ebsDriver,
  'rds-instance': rdsInstanceDriver,
  'rds-cluster': rdsClusterDriver,
};

/** RDS identifier limits: DB snapshots 255 characters, cluster snapshots 63. */
const NAME_LIMIT: Record<'rds-instance' | 'rds-cluster', number> = { 'rds-instance': 255, 'rds-cluster': 63 };

/**
 * Every RDS snapshot the tool names starts with this: the IAM policies let the tool's roles
 * tag only snapshots named so (rds:AddTagsToResource has no create-only condition), so no role
 * can put the ownership tag on somebody else's snapshot (src/iam/statements.ts).
 */
export const RDS_SNAPSHOT_PREFIX = 'abg-';

/**
 * `abg-<db>-<policy>-<yyyymmdd>-<hhmm>`: unique per policy and minute (a policy snapshots a
 * resource at most once per hour). Too long for the limit: the front is shortened and a hash
 * keeps it unique.
 */
export function rdsSnapshotName(kind: 'rds-instance' | 'rds-cluster', resourceId: string, policy: string, now: number): string {
  const iso = new Date(now).toISOString();
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
  const front = `${RDS_SNAPSHOT_PREFIX}${resourceId}-${policy}`;
  const limit = NAME_LIMIT[kind];
  if (front.length + 1 + stamp.length <= limit) return `${front}-${stamp}`;
  const hash = createHash('sha256').update(front).digest('hex').slice(0, 8);
  const room = limit - stamp.length - hash.length - 2;
  const cut = front.slice(0, room).replace(/-+$/, '');
  return `${cut}-${hash}-${stamp}`;
}
