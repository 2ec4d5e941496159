/**
 * Applies a point-in-time restore key by key, many keys at once: a server-side CopyObject of
 * the version current at T (UploadPartCopy in parts past S3's 5 GB copy limit), which keeps
 * Content-Type and user metadata; a plain DeleteObject (a delete marker, never a versioned
 * delete) for keys that did not exist at T. Every key is independent: a failure is counted
 * and named, the others go on, and a re-run skips the keys already back at T.
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  HeadObjectCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { errorMessage, mapSettled } from '../util/concurrency.js';
import type { KeyAction } from './point-in-time.js';

/** S3's largest single CopyObject source. */
export const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;
/** Part size of a multipart copy: 512 MiB keeps a 5 TB object under S3's 10,000 parts. */
export const COPY_PART_SIZE = 512 * 1024 ** 2;

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

/** A CopySource: bucket, URL-encoded key (slashes kept), version. */
export function copySource(bucket: string, key: string, versionId: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}?versionId=${encodeURIComponent(versionId)}`;
}

async function copyInParts(target: RestoreTarget, key: string, versionId: string, size: number, partSize: number): Promise<void> {
  const { s3 } = target;
  const head = await s3.send(new HeadObjectCommand({ Bucket: target.sourceBucket, Key: key, VersionId: versionId }));
  const upload = await s3.send(
    new CreateMultipartUploadCommand({
      Bucket: target.bucket,
      Key: key,
      ...(head.ContentType !== undefined && { ContentType: head.ContentType }),
      ...(head.Metadata !== undefined && { Metadata: head.Metadata }),
    }),
  );
  try {
    const parts = [];
    for (let start = 0, n = 1; start < size; start += partSize, n++) {
      const end = Math.min(start + partSize, size) - 1;
      const out = await s3.send(
        new UploadPartCopyCommand({
          Bucket: target.bucket,
          Key: key,
          UploadId: upload.UploadId!,
          PartNumber: n,
          CopySource: copySource(target.sourceBucket, key, versionId),
          CopySourceRange: `bytes=${start}-${end}`,
        }),
      );
      parts.push({ PartNumber: n, ETag: out.CopyPartResult!.ETag! });
    }
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: target.bucket, Key: key, UploadId: upload.UploadId!, MultipartUpload: { Parts: parts } }));
  } catch (error) {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: target.bucket, Key: key, UploadId: upload.UploadId! })).catch(() => undefined);
    throw error;
  }
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
    } else if (action.from.size > limit) {
      await copyInParts(target, action.key, action.from.versionId, action.from.size, options.partSize ?? COPY_PART_SIZE);
      result.copied += 1;
      result.bytes += action.from.size;
    } else {
      await target.s3.send(new CopyObjectCommand({ Bucket: target.bucket, Key: action.key, CopySource: copySource(target.sourceBucket, action.key, action.from.versionId) }));
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
