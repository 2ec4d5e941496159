/**
 * Simulated S3 objects with versioning: every write and delete of a versioned bucket keeps
 * the older versions (deletes add a delete marker), an unversioned or suspended bucket keeps
 * one "null" version per key. GetObject/HeadObject/DeleteObject with `versionId`,
 * CopyObject (from a version, keeping or replacing metadata), ListObjectVersions paging with
 * KeyMarker/VersionIdMarker (1000 entries at most).
 */
import { S3Error, compareKeys, computeChecksum, defined, header, md5Of, newObject, objectHeaders, ok, payload, requireIntegrity, sizeOf, withContent, XMLNS } from './s3-core.js';
import type { Call, Operation, S3Bucket, S3Object } from './s3-core.js';
import { checkDeletable, requestedRetention } from './s3-lock.js';
import type { SimContext, SimResponse } from './types.js';
import { XML_DECLARATION, escapeXml, newRequestId } from './xml.js';

/** The newest entry of a key: a version or a delete marker. */
export function latestOf(bucket: S3Bucket, key: string): S3Object | undefined {
  return bucket.versions.get(key)?.at(-1);
}

function refreshCurrent(bucket: S3Bucket, key: string): void {
  const latest = latestOf(bucket, key);
  if (latest && !latest.IsDeleteMarker) bucket.objects.set(key, latest);
  else bucket.objects.delete(key);
}

const keyOrder = new WeakMap<S3Bucket, { size: number; generation: number; keys: string[] }>();
const generations = new WeakMap<S3Bucket, number>();
const bump = (bucket: S3Bucket): void => {
  generations.set(bucket, (generations.get(bucket) ?? 0) + 1);
};

/** The bucket's keys (with any version) in S3's order, cached until a key comes or goes. */
export function sortedKeys(bucket: S3Bucket): string[] {
  const generation = generations.get(bucket) ?? 0;
  const cached = keyOrder.get(bucket);
  if (cached && cached.generation === generation && cached.size === bucket.versions.size) return cached.keys;
  const keys = [...bucket.versions.keys()].sort(compareKeys);
  keyOrder.set(bucket, { size: bucket.versions.size, generation, keys });
  return keys;
}

/**
 * Adds `entry` as the newest version of its key: a new version id when versioning is enabled,
 * otherwise it replaces the key's null version (deleting a null version obeys Object Lock).
 */
export function storeVersion(sim: SimContext, bucket: S3Bucket, entry: S3Object, keepVersionId = false): S3Object {
  let versions = bucket.versions.get(entry.Key);
  if (!versions) {
    versions = [];
    bucket.versions.set(entry.Key, versions);
    bump(bucket);
  }
  if (!keepVersionId) {
    if (bucket.Versioning?.Status === 'Enabled') entry.VersionId = sim.newId('s3-version-');
    else {
      delete entry.VersionId;
      const nullIndex = versions.findIndex((v) => v.VersionId === undefined);
      if (nullIndex >= 0) versions.splice(nullIndex, 1);
    }
  }
  versions.push(entry);
  refreshCurrent(bucket, entry.Key);
  return entry;
}

/** Removes one version for good (S3's versioned delete), after the Object Lock check. */
function removeVersion(call: Call, versionId: string): S3Object | undefined {
  const versions = call.bucket.versions.get(call.key) ?? [];
  const index = versions.findIndex((v) => (v.VersionId ?? 'null') === versionId);
  if (index < 0) return undefined; // deleting a missing version succeeds, like S3
  checkDeletable(versions[index]!, call.req, call.sim.now());
  const [removed] = versions.splice(index, 1);
  if (versions.length === 0) {
    call.bucket.versions.delete(call.key);
    bump(call.bucket);
  }
  refreshCurrent(call.bucket, call.key);
  return removed;
}

export function metadataOf(call: Call): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(call.req.headers)) {
    if (name.startsWith('x-amz-meta-') && typeof value === 'string') metadata[name.slice('x-amz-meta-'.length)] = value;
  }
  return metadata;
}

export function versionHeader(v: S3Object): Record<string, string> {
  return v.VersionId ? { 'x-amz-version-id': v.VersionId } : {};
}

/** Writes to this call's bucket; s3.ts hands `written` to replication. */
export function written(call: Call, v: S3Object): S3Object {
  (call.written ??= []).push(v);
  return v;
}

/** The version a GET/HEAD names; S3's answers for delete markers and missing versions. */
function readVersion(call: Call): S3Object {
  const id = call.req.query.get('versionId');
  if (id === null) {
    const latest = latestOf(call.bucket, call.key);
    if (!latest || latest.IsDeleteMarker) {
      const extra = latest ? { 'x-amz-delete-marker': 'true', ...versionHeader(latest) } : {};
      throw new S3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: call.key }, extra);
    }
    return latest;
  }
  const v = call.bucket.versions.get(call.key)?.find((x) => (x.VersionId ?? 'null') === id);
  if (!v) throw new S3Error('NoSuchVersion', 'The specified version does not exist.', 404, { Key: call.key, VersionId: id });
  if (v.IsDeleteMarker) {
    throw new S3Error('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, {}, { 'x-amz-delete-marker': 'true', ...versionHeader(v) });
  }
  return v;
}

function readHeaders(call: Call, v: S3Object): Record<string, string> {
  return {
    'x-amz-request-id': newRequestId(),
    ...objectHeaders(v, header(call.req, 'x-amz-checksum-mode') === 'ENABLED'),
    ...(v.StorageClass !== 'STANDARD' ? { 'x-amz-storage-class': v.StorageClass } : {}),
    ...(v.ReplicationStatus ? { 'x-amz-replication-status': v.ReplicationStatus } : {}),
    ...(v.ServerSideEncryption ? { 'x-amz-server-side-encryption': v.ServerSideEncryption } : {}),
    ...(v.Retention
      ? { 'x-amz-object-lock-mode': v.Retention.Mode, 'x-amz-object-lock-retain-until-date': v.Retention.RetainUntilDate.toISOString() }
      : {}),
  };
}

/** `x-amz-copy-source`: `[/]bucket/url-encoded-key[?versionId=…]`. */
function copySource(call: Call): { bucket: string; key: string; versionId?: string } {
  const raw = header(call.req, 'x-amz-copy-source') ?? '';
  const [path = '', query = ''] = raw.replace(/^\//, '').split('?');
  const slash = path.indexOf('/');
  if (slash <= 0) throw new S3Error('InvalidArgument', 'Copy Source must mention the source bucket and key: sourcebucket/sourcekey', 400);
  const versionId = new URLSearchParams(query).get('versionId') ?? undefined;
  return { bucket: decodeURIComponent(path.slice(0, slash)), key: decodeURIComponent(path.slice(slash + 1)), ...(versionId !== undefined ? { versionId } : {}) };
}

/** CopyObject's largest source (5 GB); larger objects are copied with UploadPartCopy. */
export const COPY_OBJECT_MAX = 5 * 1024 ** 3;

export type SourceBucketLookup = (call: Call, name: string) => S3Bucket;

/** The version `x-amz-copy-source` names (CopyObject, UploadPartCopy), with S3's errors. */
export function copySourceVersion(call: Call, sourceBucket: SourceBucketLookup) {
  const src = copySource(call);
  const from = sourceBucket(call, src.bucket);
  const versions = from.versions.get(src.key) ?? [];
  const v = src.versionId === undefined ? versions.at(-1) : versions.find((x) => (x.VersionId ?? 'null') === src.versionId);
  if (!v) {
    if (src.versionId !== undefined) throw new S3Error('NoSuchVersion', 'The specified version does not exist.', 404);
    throw new S3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: src.key });
  }
  if (v.IsDeleteMarker) {
    if (src.versionId === undefined) throw new S3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: src.key });
    throw new S3Error('InvalidRequest', 'The source of a copy request may not specifically refer to a delete marker by version id.', 400);
  }
  return { from, src, versions, v };
}

export function objectOperations(sourceBucket: SourceBucketLookup): Record<string, Operation> {
  return {
    PutObject: (call) => {
      const { data, checksums } = payload(call.req);
      const retention = requestedRetention(call);
      // S3 API reference (PutObject): an upload that gets an Object Lock retention needs Content-MD5 or a checksum.
      if (retention) requireIntegrity(call.req, checksums);
      const o = newObject(call.key, data, header(call.req, 'content-type') ?? 'binary/octet-stream', metadataOf(call), checksums, new Date(call.sim.now()));
      if (retention) o.Retention = retention;
      const sse = header(call.req, 'x-amz-server-side-encryption');
      if (sse !== undefined) o.ServerSideEncryption = sse;
      const v = written(call, storeVersion(call.sim, call.bucket, o));
      return ok({ etag: v.ETag, ...checksums, ...versionHeader(v) });
    },

    GetObject: (call) => {
      const v = readVersion(call);
      if (v.Virtual) throw new S3Error('NotImplemented', 'The simulator holds no bytes of this object (simulated size only); HEAD it or copy it.', 501);
      return { status: 200, headers: readHeaders(call, v), body: v.Body };
    },

    HeadObject: (call) => {
      const v = readVersion(call);
      // The server sends no body for HEAD: it takes the Content-Length header, or the body's length.
      return { status: 200, headers: { ...readHeaders(call, v), ...(v.Virtual && { 'content-length': String(sizeOf(v)) }) }, body: v.Body };
    },

    DeleteObject: (call) => {
      const versionId = call.req.query.get('versionId');
      if (versionId !== null) {
        const removed = removeVersion(call, versionId);
        return ok({ 'x-amz-version-id': versionId, ...(removed?.IsDeleteMarker ? { 'x-amz-delete-marker': 'true' } : {}) }, 204);
      }
      const status = call.bucket.Versioning?.Status;
      if (status === undefined) {
        const current = latestOf(call.bucket, call.key);
        if (current) removeVersion(call, 'null');
        return ok({}, 204);
      }
      const marker = newObject(call.key, Buffer.alloc(0), '', {}, {}, new Date(call.sim.now()));
      marker.IsDeleteMarker = true;
      const v = written(call, storeVersion(call.sim, call.bucket, marker));
      return ok({ 'x-amz-delete-marker': 'true', ...versionHeader(v) }, 204);
    },

    CopyObject: (call) => {
      const { from, src, versions, v } = copySourceVersion(call, sourceBucket);
      if (sizeOf(v) > COPY_OBJECT_MAX) {
        throw new S3Error('InvalidRequest', 'The specified copy source is larger than the maximum allowable size for a copy source: 5368709120', 400);
      }
      const replace = header(call.req, 'x-amz-metadata-directive') === 'REPLACE';
      const storageClass = header(call.req, 'x-amz-storage-class');
      if (from === call.bucket && src.key === call.key && v === versions.at(-1) && !replace && storageClass === undefined) {
        throw new S3Error(
          'InvalidRequest',
          "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
          400,
        );
      }
      const contentType = replace ? (header(call.req, 'content-type') ?? 'binary/octet-stream') : v.ContentType;
      const o = newObject(call.key, v.Body, contentType, replace ? metadataOf(call) : { ...v.Metadata }, { ...v.Checksums }, new Date(call.sim.now()));
      if (v.Virtual) {
        withContent(o, v.Virtual);
        o.ETag = `"${md5Of(v.Virtual).toString('hex')}"`;
      }
      // x-amz-checksum-algorithm: S3 computes that checksum of the copy (else the source's are kept).
      const algorithm = header(call.req, 'x-amz-checksum-algorithm')?.toLowerCase();
      if (algorithm !== undefined) {
        const value = computeChecksum(algorithm, v.Body);
        if (value === undefined) throw new S3Error('InvalidRequest', `Checksum algorithm ${algorithm.toUpperCase()} is not supported by the simulator.`, 400);
        o.Checksums = { [`x-amz-checksum-${algorithm}`]: value };
      }
      const sse = header(call.req, 'x-amz-server-side-encryption');
      if (sse !== undefined) o.ServerSideEncryption = sse;
      if (storageClass) o.StorageClass = storageClass;
      const retention = requestedRetention(call);
      if (retention) o.Retention = retention;
      const stored = written(call, storeVersion(call.sim, call.bucket, o));
      const checksums = Object.entries(stored.Checksums).map(([name, value]) => {
        const element = `Checksum${name.slice('x-amz-checksum-'.length).toUpperCase()}`;
        return `<${element}>${escapeXml(value)}</${element}>`;
      });
      const body = `${XML_DECLARATION}<CopyObjectResult xmlns="${XMLNS}"><LastModified>${stored.LastModified.toISOString()}</LastModified><ETag>${escapeXml(stored.ETag)}</ETag>${checksums.join('')}</CopyObjectResult>`;
      return {
        status: 200,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': newRequestId(), ...versionHeader(stored), ...(v.VersionId ? { 'x-amz-copy-source-version-id': v.VersionId } : {}) },
        body,
      };
    },

    ListObjectVersions: (call) => listVersions(call),
  };
}

function entryXml(v: S3Object, latest: boolean): string {
  const common = `<Key>${escapeXml(v.Key)}</Key><VersionId>${v.VersionId ?? 'null'}</VersionId><IsLatest>${latest}</IsLatest><LastModified>${v.LastModified.toISOString()}</LastModified>`;
  if (v.IsDeleteMarker) return `<DeleteMarker>${common}</DeleteMarker>`;
  return `<Version>${common}<ETag>${escapeXml(v.ETag)}</ETag><Size>${sizeOf(v)}</Size><StorageClass>${v.StorageClass}</StorageClass></Version>`;
}

/** First index in sorted `keys` whose key is ≥ `key` (binary search). */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keys[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function listVersions(call: Call): SimResponse {
  const q = call.req.query;
  const prefix = q.get('prefix') ?? '';
  const keyMarker = q.get('key-marker') ?? '';
  const versionIdMarker = q.get('version-id-marker') ?? '';
  const maxKeys = q.has('max-keys') ? Number(q.get('max-keys')) : 1000;
  if (!Number.isInteger(maxKeys) || maxKeys < 0) throw new S3Error('InvalidArgument', 'Provided max-keys not an integer or within integer range', 400);
  if (versionIdMarker && !keyMarker) throw new S3Error('InvalidArgument', 'A version-id marker cannot be specified without a key marker.', 400);
  const limit = Math.min(maxKeys, 1000);
  const keys = sortedKeys(call.bucket);
  const entries: string[] = [];
  let next: { key: string; versionId: string } | undefined;
  let truncated = false;
  let i = lowerBound(keys, keyMarker && keyMarker > prefix ? keyMarker : prefix);
  outer: for (; i < keys.length; i++) {
    const key = keys[i]!;
    if (!key.startsWith(prefix)) break;
    const versions = call.bucket.versions.get(key)!;
    // Newest first; with only a key marker, the whole marker key was listed already.
    let start = versions.length - 1;
    if (keyMarker && key === keyMarker) {
      if (!versionIdMarker) continue;
      const at = versions.findIndex((v) => (v.VersionId ?? 'null') === versionIdMarker);
      if (at < 0) throw new S3Error('InvalidArgument', 'Invalid version id specified', 400);
      start = at - 1;
    }
    for (let j = start; j >= 0; j--) {
      if (entries.length >= limit) {
        truncated = true;
        break outer;
      }
      const v = versions[j]!;
      entries.push(entryXml(v, j === versions.length - 1));
      next = { key, versionId: v.VersionId ?? 'null' };
    }
  }
  const head = defined({
    Name: call.bucket.Name,
    Prefix: prefix,
    KeyMarker: keyMarker,
    VersionIdMarker: versionIdMarker,
    NextKeyMarker: truncated ? next?.key : undefined,
    NextVersionIdMarker: truncated ? next?.versionId : undefined,
    MaxKeys: String(maxKeys),
    IsTruncated: String(truncated),
  });
  const headXml = Object.entries(head).map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`).join('');
  return {
    status: 200,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': newRequestId() },
    body: `${XML_DECLARATION}<ListVersionsResult xmlns="${XMLNS}">${headXml}${entries.join('')}</ListVersionsResult>`,
  };
}
