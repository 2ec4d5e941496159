/**
 * Reading a bucket's history: ListObjectVersions pages (1000 entries each, the most S3 sends)
 * turned into one stream of entries in S3's order — keys in UTF-8 order, each key's versions
 * and delete markers newest first — and current objects from ListObjectsV2. Streams, so a
 * prefix of millions of versions is never held in memory at once.
 */
import { ListObjectVersionsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { ListObjectVersionsCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { paginate } from '../aws/paginate.js';

/** S3's page maximum for both listings. */
export const S3_MAX_KEYS = 1000;

export interface VersionEntry {
  key: string;
  /** "null" for the version of an unversioned write. */
  versionId: string;
  lastModified: number;
  isDeleteMarker: boolean;
  isLatest: boolean;
  etag?: string;
  size: number;
}

/** What a key holds now (a current object), as ListObjectsV2 reports it. */
export interface CurrentObject {
  key: string;
  etag: string;
  size: number;
}

export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * One page's versions and delete markers in listing order. The SDK returns them as two
 * lists; both are in key order with each key newest first, so a merge restores the order
 * (LastModified decides within a key, the latest entry first on a tie).
 */
export function mergeVersionPage(page: Pick<ListObjectVersionsCommandOutput, 'Versions' | 'DeleteMarkers'>): VersionEntry[] {
  const versions: VersionEntry[] = (page.Versions ?? []).map((v) => ({
    key: v.Key!,
    versionId: v.VersionId ?? 'null',
    lastModified: v.LastModified?.getTime() ?? 0,
    isDeleteMarker: false,
    isLatest: v.IsLatest === true,
    ...(v.ETag !== undefined && { etag: v.ETag }),
    size: v.Size ?? 0,
  }));
  const markers: VersionEntry[] = (page.DeleteMarkers ?? []).map((m) => ({
    key: m.Key!,
    versionId: m.VersionId ?? 'null',
    lastModified: m.LastModified?.getTime() ?? 0,
    isDeleteMarker: true,
    isLatest: m.IsLatest === true,
    size: 0,
  }));
  if (markers.length === 0) return versions;
  const out: VersionEntry[] = [];
  let i = 0;
  let j = 0;
  const before = (a: VersionEntry, b: VersionEntry): boolean => {
    const byKey = compareKeys(a.key, b.key);
    if (byKey !== 0) return byKey < 0;
    if (a.isLatest !== b.isLatest) return a.isLatest;
    return a.lastModified >= b.lastModified;
  };
  while (i < versions.length || j < markers.length) {
    if (j >= markers.length || (i < versions.length && before(versions[i]!, markers[j]!))) out.push(versions[i++]!);
    else out.push(markers[j++]!);
  }
  return out;
}

/** Every version and delete marker under `prefix`, page by page, in listing order. */
export async function* listVersionEntries(s3: S3Client, bucket: string, prefix: string): AsyncGenerator<VersionEntry[]> {
  type Marker = { key: string; versionId?: string };
  const pages = paginate<ListObjectVersionsCommandOutput, Marker>(
    (marker) =>
      s3.send(
        new ListObjectVersionsCommand({
          Bucket: bucket,
          Prefix: prefix,
          MaxKeys: S3_MAX_KEYS,
          ...(marker && { KeyMarker: marker.key, ...(marker.versionId !== undefined && { VersionIdMarker: marker.versionId }) }),
        }),
      ),
    (page) => (page.IsTruncated ? { key: page.NextKeyMarker!, ...(page.NextVersionIdMarker !== undefined && { versionId: page.NextVersionIdMarker }) } : undefined),
  );
  for await (const page of pages) yield mergeVersionPage(page);
}

/** The current objects under `prefix`, page by page. */
export async function* listCurrentObjects(s3: S3Client, bucket: string, prefix: string): AsyncGenerator<CurrentObject[]> {
  const pages = paginate(
    (token: string | undefined) => s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: S3_MAX_KEYS, ...(token && { ContinuationToken: token }) })),
    (page) => (page.IsTruncated ? page.NextContinuationToken : undefined),
  );
  for await (const page of pages) yield (page.Contents ?? []).map((o) => ({ key: o.Key!, etag: o.ETag ?? '', size: o.Size ?? 0 }));
}

/** Current objects with their modification time (ms), from `startAfter` on. */
export async function* listCurrentObjectsWithDates(
  s3: S3Client,
  bucket: string,
  prefix: string,
  startAfter?: string,
): AsyncGenerator<{ key: string; lastModified: number; size: number }[]> {
  const pages = paginate(
    (token: string | undefined) =>
      s3.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          Prefix: prefix,
          MaxKeys: S3_MAX_KEYS,
          ...(token ? { ContinuationToken: token } : startAfter !== undefined ? { StartAfter: startAfter } : {}),
        }),
      ),
    (page) => (page.IsTruncated ? page.NextContinuationToken : undefined),
  );
  for await (const page of pages) yield (page.Contents ?? []).map((o) => ({ key: o.Key!, lastModified: o.LastModified?.getTime() ?? 0, size: o.Size ?? 0 }));
}
