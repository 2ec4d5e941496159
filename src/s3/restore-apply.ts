/**
 * Applies a point-in-time restore key by key, many keys at once: a server-side CopyObject of
 * the version current at T (UploadPartCopy in parts past S3's 5 GB copy limit), which keeps
 * Content-Type and user metadata; a plain DeleteObject (a delete marker, never a versioned
 * delete) for keys that did not exist at T. Every key is independent: a failure is counted
 * and named, the others go on, and a re-run skips the keys already back at T.
 */
import { DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { errorMessage, mapSettled } from '../util/concurrency.js';
import { COPY_OBJECT_LIMIT, COPY_PART_SIZE, copyInParts, copyVersion } from './copy.js';
import type { KeyAction } from './point-in-time.js';

export interface RestoreTarget {
  s3: S3Client;
  bucket: string;
  /** Bucket the versions come from: the same bucket, or its replica. */
  sourceBucket: string;
}

export interface ApplyOptions {
  concurrency: number;
  log(line: string): void;
  /** Objects above this size are copied in parts (tests lower it). */
  copyLimit?: number;
  partSize?: number;
}

export interface ApplyResult {
  copied: number;
  hidden: number;
  bytes: number;
  failed: { key: string; error: string }[];
}

export async function applyKeyActions(target: RestoreTarget, actions: readonly KeyAction[], options: ApplyOptions): Promise<ApplyResult> {
  const result: ApplyResult = { copied: 0, hidden: 0, bytes: 0, failed: [] };
  const limit = options.copyLimit ?? COPY_OBJECT_LIMIT;
  const step = Math.max(1000, Math.ceil(actions.length / 10));
  let done = 0;
  const settled = await mapSettled(actions, options.concurrency, async (action) => {
    if (action.kind === 'hide') {
      await target.s3.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: action.key }));
      result.hidden += 1;
    } else {
      const copy = { bucket: target.bucket, key: action.key, from: { bucket: target.sourceBucket, key: action.key, versionId: action.from.versionId, size: action.from.size } };
      if (action.from.size > limit) {
        // A multipart copy sets type and metadata at its start: read them from the version.
        const head = await target.s3.send(new HeadObjectCommand({ Bucket: target.sourceBucket, Key: action.key, VersionId: action.from.versionId }));
        await copyInParts(target.s3, copy, head, options.partSize ?? COPY_PART_SIZE);
      } else await copyVersion(target.s3, copy);
      result.copied += 1;
      result.bytes += action.from.size;
    }
    done += 1;
    if (done % step === 0 && done < actions.length) options.log(`s3://${target.bucket}: ${done} of ${actions.length} keys restored`);
  });
  settled.forEach((s, i) => {
    if (!s.ok) result.failed.push({ key: actions[i]!.key, error: errorMessage(s.error) });
  });
  return result;
}
