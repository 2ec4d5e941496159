/**
 * Server-side copies of one object version: CopyObject up to S3's 5 GB copy limit, past it a
 * multipart upload of UploadPartCopy ranges (CopyObject refuses larger sources), aborted when
 * a part fails so no incomplete upload is left to bill. Used by restores and by the copy of
 * existing objects; no object byte passes through the runner.
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type { HeadObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';

/** S3's largest CopyObject source (5 GB). */
export const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;
/** Part size of a multipart copy: 512 MiB keeps a 5 TB object under S3's 10,000 parts (and above its 5 MiB minimum). */
export const COPY_PART_SIZE = 512 * 1024 ** 2;

/** A CopySource: bucket, URL-encoded key (slashes kept), version. */
export function copySource(bucket: string, key: string, versionId: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}?versionId=${encodeURIComponent(versionId)}`;
}

/** The headers a copy writes again when it replaces metadata (a multipart copy always does). */
export function contentHeaders(head: Pick<HeadObjectCommandOutput, 'ContentType' | 'Metadata' | 'CacheControl' | 'ContentEncoding' | 'ContentDisposition'>) {
  return {
    ...(head.ContentType !== undefined && { ContentType: head.ContentType }),
    ...(head.Metadata !== undefined && { Metadata: head.Metadata }),
    ...(head.CacheControl !== undefined && { CacheControl: head.CacheControl }),
    ...(head.ContentEncoding !== undefined && { ContentEncoding: head.ContentEncoding }),
    ...(head.ContentDisposition !== undefined && { ContentDisposition: head.ContentDisposition }),
  };
}

export interface VersionCopy {
  /** Where the copy goes. */
  bucket: string;
  key: string;
  /** The version copied. */
  from: { bucket: string; key: string; versionId: string; size: number };
}

/** A multipart copy in `partSize` ranges; `head` gives the new object's type and metadata. */
export async function copyInParts(s3: S3Client, copy: VersionCopy, head: Parameters<typeof contentHeaders>[0], partSize = COPY_PART_SIZE): Promise<void> {
  const { bucket, key, from } = copy;
  const upload = await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ...contentHeaders(head) }));
  const uploadId = upload.UploadId!;
  try {
    const parts = [];
    for (let start = 0, n = 1; start < from.size; start += partSize, n++) {
      const end = Math.min(start + partSize, from.size) - 1;
      const out = await s3.send(
        new UploadPartCopyCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: n, CopySource: copySource(from.bucket, from.key, from.versionId), CopySourceRange: `bytes=${start}-${end}` }),
      );
      parts.push({ PartNumber: n, ETag: out.CopyPartResult!.ETag! });
    }
    await s3.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
  } catch (error) {
    await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
    throw error;
  }
}

/** CopyObject of a version, keeping its type and metadata (the default COPY directive). */
export async function copyVersion(s3: S3Client, copy: VersionCopy): Promise<void> {
  await s3.send(new CopyObjectCommand({ Bucket: copy.bucket, Key: copy.key, CopySource: copySource(copy.from.bucket, copy.from.key, copy.from.versionId) }));
}
