/**
 * The AWS calls of vault copies beside the copy itself: sharing a snapshot with the vault for
 * as long as its copy needs it (EBS createVolumePermission, RDS `restore` attribute), locking
 * EBS copies (LockSnapshot), and reading the locks and the shares a run may have left open
 * (EBS from the source side; RDS from the vault side, which lists what is shared with it).
 */
import { DescribeLockedSnapshotsCommand, DescribeSnapshotsCommand, LockSnapshotCommand, ModifySnapshotAttributeCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { ModifyDBClusterSnapshotAttributeCommand, ModifyDBSnapshotAttributeCommand, type RDSClient } from '@aws-sdk/client-rds';
import type { AwsClients } from '../aws/clients.js';
import { collectItems, paginate } from '../aws/paginate.js';
import type { LOCK_MODES } from '../config/snapshots-schema.js';
import type { SnapshotKind } from './inventory.js';
import { describeRdsSnapshots } from './rds-inventory.js';
import { isToolOwned, tagRecord } from './tags.js';

/** Adds (or removes) `account` to the snapshot's share list in `region`. */
export async function setShare(clients: AwsClients, kind: SnapshotKind, region: string, snapshotId: string, account: string, share: boolean): Promise<void> {
  if (kind === 'ebs') {
    await clients.ec2(region).send(
      new ModifySnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission', CreateVolumePermission: { [share ? 'Add' : 'Remove']: [{ UserId: account }] } }),
    );
  } else if (kind === 'rds-instance') {
    await clients.rds(region).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: snapshotId, AttributeName: 'restore', [share ? 'ValuesToAdd' : 'ValuesToRemove']: [account] }));
  } else {
    await clients.rds(region).send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: snapshotId, AttributeName: 'restore', [share ? 'ValuesToAdd' : 'ValuesToRemove']: [account] }));
  }
}

export interface LockSettings {
  mode: (typeof LOCK_MODES)[number];
  'cool-off-hours'?: number | undefined;
}

/** Locks (or extends the lock of) an EBS snapshot until `until`; returns a note for the report. */
export async function lockEbsSnapshot(ec2: EC2Client, snapshotId: string, lock: LockSettings, until: number, first: boolean): Promise<string> {
  const answer = await ec2.send(
    new LockSnapshotCommand({
      SnapshotId: snapshotId,
      LockMode: lock.mode,
      ExpirationDate: new Date(until),
      // The cooling-off period is set once; AWS refuses it when extending a compliance lock.
      ...(first && lock.mode === 'compliance' && lock['cool-off-hours'] !== undefined && { CoolOffPeriod: lock['cool-off-hours'] }),
    }),
  );
  return `locked (${answer.LockState ?? lock.mode}) until ${new Date(until).toISOString()}`;
}

/** Snapshot id → when its lock ends, for the locked snapshots (not expired) of a region. */
export async function listLocks(ec2: EC2Client): Promise<Map<string, number>> {
  const locked = await collectItems(
    paginate(
      (NextToken: string | undefined) => ec2.send(new DescribeLockedSnapshotsCommand({ MaxResults: 1000, ...(NextToken && { NextToken }) })),
      (page) => page.NextToken,
    ),
    (page) => page.Snapshots,
  );
  const out = new Map<string, number>();
  for (const l of locked) if (l.SnapshotId && l.LockState !== 'expired' && l.LockExpiresOn) out.set(l.SnapshotId, l.LockExpiresOn.getTime());
  return out;
}

/** The tool's EBS snapshots of this account still shared with `account` (a share a run left open). */
export async function listOpenEbsShares(ec2: EC2Client, account: string): Promise<string[]> {
  const shared = await collectItems(
    paginate(
      (NextToken: string | undefined) => ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], RestorableByUserIds: [account], MaxResults: 1000, ...(NextToken && { NextToken }) })),
      (page) => page.NextToken,
    ),
    (page) => page.Snapshots,
  );
  return shared.filter((s) => s.SnapshotId && isToolOwned(tagRecord(s.Tags))).map((s) => s.SnapshotId!);
}

/**
 * ARNs of the manual DB (cluster) snapshots other accounts share with the caller in this
 * region: read with the vault role, they are the RDS shares a source run may have left open.
 * RDS keeps no share list on the snapshot itself, so only the receiving side can list them.
 */
export async function listRdsSharedWithMe(rds: RDSClient, kinds: { instances: boolean; clusters: boolean }): Promise<Set<string>> {
  const { instances, clusters } = await describeRdsSnapshots(rds, { shared: true, ...kinds });
  return new Set([...instances.map((s) => s.DBSnapshotArn), ...clusters.map((s) => s.DBClusterSnapshotArn)].filter((arn): arn is string => Boolean(arn)));
}
