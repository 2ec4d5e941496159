/**
 * Existing objects: S3 replicates only what is written after a rule exists. The tool copies
 * each older object onto itself (a server-side CopyObject with its own Content-Type and
 * metadata), which makes a new version that the rule then replicates like any write — to
 * another region, account or the vault, with the rule's storage class, ownership and KMS
 * key. Chosen over S3 Batch Replication because it needs no Batch Operations job, manifest
 * or extra role, works with the run role and the simulator, and its state is simple: a
 * checkpoint object under `.aws-backup/` in the bucket says when the copy began (objects
 * modified since then were replicated by the rule) and the last key done, so a re-run
 * continues where the last one stopped and the plan says how far it is.
 */
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { awsErrorCode } from '../aws/errors.js';
import { mapSettled } from '../util/concurrency.js';
import { COPY_OBJECT_LIMIT, contentHeaders, copyInParts, copySource } from './copy.js';
import { listCurrentObjectsWithDates } from './versions.js';

/** Where the tool keeps its own state in a bucket; never copied, never replicated on purpose. */
export const STATE_PREFIX = '.aws-backup/';
export const BACKFILL_CONCURRENCY = 32;

export interface Checkpoint {
  /** Objects last modified before this instant (ms) are copied; later ones the rule replicated. */
  startedAt: number;
  /** Keys up to and including this one are done. */
  lastKey?: string;
  copied: number;
  done: boolean;
}

export const checkpointKey = (ruleId: string): string => `${STATE_PREFIX}replication-backfill/${encodeURIComponent(ruleId)}.json`;

export async function readCheckpoint(s3: S3Client, bucket: string, ruleId: string): Promise<Checkpoint | undefined> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: checkpointKey(ruleId) }));
    return JSON.parse(await out.Body!.transformToString()) as Checkpoint;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchKey') return undefined;
    throw error;
  }
}

async function writeCheckpoint(s3: S3Client, bucket: string, ruleId: string, checkpoint: Checkpoint): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: checkpointKey(ruleId), Body: JSON.stringify(checkpoint), ContentType: 'application/json' }));
}

export interface BackfillProgress {
  /** Existing objects in all (before the copy began). */
  total: number;
  /** Of those, already copied. */
  done: number;
}

const existing = (o: { key: string; lastModified: number }, startedAt: number): boolean => !o.key.startsWith(STATE_PREFIX) && o.lastModified < startedAt;

/**
 * How far the copy of existing objects under `prefix` is (reads the bucket's listing). An
 * object copied onto itself is modified after the copy began, so it drops out of the listing's
 * "existing" objects: done is what the checkpoint counted, total that plus what is left.
 */
export async function backfillProgress(s3: S3Client, bucket: string, prefix: string, checkpoint: Checkpoint | undefined, now: number): Promise<BackfillProgress> {
  const startedAt = checkpoint?.startedAt ?? now;
  const done = checkpoint?.copied ?? 0;
  let left = 0;
  for await (const page of listCurrentObjectsWithDates(s3, bucket, prefix)) left += page.filter((o) => existing(o, startedAt)).length;
  return { total: done + left, done };
}

/** Copies the rest, page by page, saving the checkpoint after each page. Returns how many it copied. */
export async function runBackfill(
  s3: S3Client,
  bucket: string,
  rule: { id: string; prefix: string },
  checkpoint: Checkpoint | undefined,
  now: number,
  log: (line: string) => void,
): Promise<number> {
  const state: Checkpoint = checkpoint ?? { startedAt: now, copied: 0, done: false };
  let copied = 0;
  for await (const page of listCurrentObjectsWithDates(s3, bucket, rule.prefix, state.lastKey)) {
    const todo = page.filter((o) => existing(o, state.startedAt));
    const settled = await mapSettled(todo, BACKFILL_CONCURRENCY, async (o) => {
      const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: o.key }));
      const versionId = head.VersionId ?? 'null';
      if (o.size > COPY_OBJECT_LIMIT) {
        await copyInParts(s3, { bucket, key: o.key, from: { bucket, key: o.key, versionId, size: o.size } }, head);
        return;
      }
      // Copying an object onto itself needs REPLACE; its own type and metadata go back unchanged.
      await s3.send(new CopyObjectCommand({ Bucket: bucket, Key: o.key, CopySource: copySource(bucket, o.key, versionId), MetadataDirective: 'REPLACE', ...contentHeaders(head) }));
    });
    const ok = settled.filter((r) => r.ok).length;
    copied += ok;
    state.copied += ok;
    // A page with a failed copy is listed again next time; its copied objects no longer count as existing.
    const failed = settled.find((r) => !r.ok);
    if (!failed && page.length > 0) state.lastKey = page.at(-1)!.key;
    await writeCheckpoint(s3, bucket, rule.id, state);
    if (ok > 0) log(`s3://${bucket}: ${state.copied} existing object(s) copied for replication rule "${rule.id}" so far`);
    if (failed && !failed.ok) throw failed.error;
  }
  state.done = true;
  await writeCheckpoint(s3, bucket, rule.id, state);
  return copied;
}
