/**
 * The calls of a restore (or drill) from a vault copy that need the copy shared: the vault
 * shares it with the restoring account only around the call that reads it, and always takes
 * the share back. For a DB instance AWS restores a shared encrypted snapshot only through a
 * copy in the restoring account ("Sharing a DB snapshot": you can't restore a DB instance from
 * a DB snapshot that is both shared and encrypted; copy it and restore from the copy), so the
 * share lasts for that copy; an Aurora cluster is restored from the shared snapshot itself,
 * so the share lasts until the cluster is available.
 */
import { CopyDBSnapshotCommand, DeleteDBSnapshotCommand, type RDSClient } from '@aws-sdk/client-rds';
import type { AwsClients } from '../aws/clients.js';
import { awsErrorCode } from '../aws/errors.js';
import type { SnapshotKind } from '../snapshots/inventory.js';
import { tagList, type Tags } from '../snapshots/tags.js';
import { setShare } from '../snapshots/vault-calls.js';
import { describeDbSnapshot } from './rds-lookup.js';
import { waitOrThrow, type Probe, type WaitTiming } from './wait.js';

/** A snapshot in the vault that a restore reads from another account. */
export interface VaultSnapshot {
  kind: SnapshotKind;
  region: string;
  /** Its id in the vault (EBS snapshot id, DB snapshot or cluster snapshot identifier). */
  id: string;
  /** RDS: its ARN, how another account names it. */
  arn?: string;
  /** The restoring account. */
  sharedWith: string;
}

/** Runs `use` while the vault shares the snapshot with the restoring account; the share is removed afterwards, also when `use` fails. */
export async function whileShared<T>(vault: AwsClients, snapshot: VaultSnapshot, use: () => Promise<T>): Promise<T> {
  const share = (open: boolean) => setShare(vault, snapshot.kind, snapshot.region, snapshot.id, snapshot.sharedWith, open);
  await share(true);
  try {
    return await use();
  } finally {
    await share(false);
  }
}

/** `vault-restore-<target>`: the restoring account's copy of a shared DB snapshot (the restore and drill roles may delete only these names). */
export const VAULT_COPY_PREFIX = 'vault-restore-';
export const vaultCopyId = (target: string) => `${VAULT_COPY_PREFIX}${target}`;

/** Copies the shared DB snapshot (by ARN) into the restoring account, re-encrypted with `kmsKey` there; waits until it is available. */
export async function copySharedDbSnapshot(rds: RDSClient, snapshot: VaultSnapshot, copyId: string, kmsKey: string | undefined, tags: Tags, timing: WaitTiming, log: (line: string) => void): Promise<void> {
  // A copy made by an earlier, interrupted run of the same request is used as it is.
  if (!(await describeDbSnapshot(rds, copyId))) {
    await rds.send(
      new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: snapshot.arn ?? snapshot.id, TargetDBSnapshotIdentifier: copyId, ...(kmsKey && { KmsKeyId: kmsKey }), Tags: tagList(tags) }),
    );
  }
  await waitOrThrow(dbSnapshotProbe(rds, copyId), { label: `DB snapshot ${copyId}`, goal: 'available', timing, log });
}

export function dbSnapshotProbe(rds: RDSClient, id: string): Probe {
  return async () => {
    const status = (await describeDbSnapshot(rds, id))?.Status ?? 'not visible yet';
    if (status === 'available') return { state: 'done', status };
    if (status === 'failed' || status === 'deleting') return { state: 'failed', status };
    return { state: 'pending', status };
  };
}

/** Deletes the restoring account's copy; one already gone is fine. */
export async function deleteVaultCopy(rds: RDSClient, copyId: string): Promise<void> {
  try {
    await rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: copyId }));
  } catch (error) {
    if (!['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'].includes(awsErrorCode(error) ?? '')) throw error;
  }
}
