/**
 * Simulated S3 multipart copies: CreateMultipartUpload, UploadPartCopy (a byte range of a
 * source version, `x-amz-copy-source-range`), CompleteMultipartUpload and AbortMultipartUpload,
 * with S3's documented limits (part numbers 1–10,000, a part at most 5 GiB, every part but the
 * last at least 5 MiB, parts listed in ascending order with their ETags). The completed object
 * gets the multipart ETag (MD5 of the parts' MD5s, `-N`) and the Content-Type and metadata of
 * the create call. Content is kept as pieces (s3-core.ts), so objects of gigabytes cost nothing.
 */
import { S3Error, contentRange, header, md5Of, newObject, ok, payload, sizeOf, withContent, xmlBody } from './s3-core.js';
import type { Call, Operation, Piece, S3Bucket } from './s3-core.js';
import { requestedRetention } from './s3-lock.js';
import { copySourceVersion, metadataOf, storeVersion, versionHeader, written } from './s3-versions.js';
import type { SourceBucketLookup } from './s3-versions.js';
import { isRecord, list, parseXmlBody, text } from './xml.js';

export const MIN_PART_SIZE = 5 * 1024 ** 2;
export const MAX_PART_SIZE = 5 * 1024 ** 3;
export const MAX_PARTS = 10_000;

interface Part {
  pieces: Piece[];
  etag: string;
  size: number;
}

interface Upload {
  key: string;
  contentType: string;
  metadata: Record<string, string>;
  sse?: string;
  parts: Map<number, Part>;
}

const uploads = new WeakMap<S3Bucket, Map<string, Upload>>();
function uploadsOf(bucket: S3Bucket): Map<string, Upload> {
  let map = uploads.get(bucket);
  if (!map) uploads.set(bucket, (map = new Map()));
  return map;
}

/** Multipart uploads begun and neither completed nor aborted (tests check none is left). */
export function openUploads(bucket: S3Bucket): string[] {
  return [...uploadsOf(bucket).values()].map((u) => u.key);
}

function uploadOf(call: Call): { id: string; upload: Upload } {
  const id = call.req.query.get('uploadId') ?? '';
  const upload = uploadsOf(call.bucket).get(id);
  if (!upload || upload.key !== call.key) {
    throw new S3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', 404, { UploadId: id });
  }
  return { id, upload };
}

/** `bytes=first-last` (inclusive) within a source of `size` bytes. */
function parseRange(range: string | undefined, size: number): [number, number] {
  if (range === undefined) return [0, size];
  const m = /^bytes=(\d+)-(\d+)$/.exec(range);
  if (!m) throw new S3Error('InvalidArgument', 'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy', 400);
  const first = Number(m[1]);
  const last = Number(m[2]);
  if (first > last || last >= size) throw new S3Error('InvalidRange', `Range specified is not valid for source object of size: ${size}`, 416);
  return [first, last + 1];
}

export function multipartOperations(sourceBucket: SourceBucketLookup): Record<string, Operation> {
  return {
    CreateMultipartUpload: (call) => {
      const id = call.sim.newId('upload-');
      const sse = header(call.req, 'x-amz-server-side-encryption');
      uploadsOf(call.bucket).set(id, {
        key: call.key,
        contentType: header(call.req, 'content-type') ?? 'binary/octet-stream',
        metadata: metadataOf(call),
        ...(sse !== undefined && { sse }),
        parts: new Map(),
      });
      return xmlBody('InitiateMultipartUploadResult', { Bucket: call.bucket.Name, Key: call.key, UploadId: id });
    },

    UploadPartCopy: (call) => {
      const { upload } = uploadOf(call);
      const n = Number(call.req.query.get('partNumber'));
      if (!Number.isInteger(n) || n < 1 || n > MAX_PARTS) throw new S3Error('InvalidArgument', `Part number must be an integer between 1 and ${MAX_PARTS}, inclusive`, 400);
      const { v } = copySourceVersion(call, sourceBucket);
      const [start, end] = parseRange(header(call.req, 'x-amz-copy-source-range'), sizeOf(v));
      if (end - start > MAX_PART_SIZE) throw new S3Error('InvalidRequest', 'The specified copy range is larger than the maximum allowable size for a part: 5368709120', 400);
      const pieces = contentRange(v, start, end);
      const part: Part = { pieces, etag: `"${md5Of(pieces).toString('hex')}"`, size: end - start };
      upload.parts.set(n, part);
      const now = new Date(Math.floor(call.sim.now() / 1000) * 1000);
      return xmlBody('CopyPartResult', { LastModified: now, ETag: part.etag }, v.VersionId ? { 'x-amz-copy-source-version-id': v.VersionId } : {});
    },

    CompleteMultipartUpload: (call) => {
      const { id, upload } = uploadOf(call);
      const { content } = parseXmlBody(payload(call.req).data);
      const listed = list(isRecord(content) ? content.Part : undefined).map((p) => ({ n: Number(text(isRecord(p) ? p.PartNumber : undefined)), etag: text(isRecord(p) ? p.ETag : undefined) }));
      if (listed.length === 0) throw new S3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
      const parts: Part[] = [];
      listed.forEach(({ n, etag }, i) => {
        if (i > 0 && n <= listed[i - 1]!.n) throw new S3Error('InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.', 400);
        const part = upload.parts.get(n);
        if (!part || part.etag !== etag) throw new S3Error('InvalidPart', 'One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part\'s entity tag.', 400);
        if (i < listed.length - 1 && part.size < MIN_PART_SIZE) throw new S3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.', 400, { PartNumber: String(n) });
        parts.push(part);
      });
      const o = newObject(call.key, Buffer.alloc(0), upload.contentType, upload.metadata, {}, new Date(call.sim.now()));
      withContent(o, parts.flatMap((p) => p.pieces));
      const md5s = Buffer.concat(parts.map((p) => Buffer.from(p.etag.replace(/"/g, ''), 'hex')));
      o.ETag = `"${md5Of([{ bytes: md5s }]).toString('hex')}-${parts.length}"`;
      if (upload.sse !== undefined) o.ServerSideEncryption = upload.sse;
      const retention = requestedRetention(call);
      if (retention) o.Retention = retention;
      uploadsOf(call.bucket).delete(id);
      const v = written(call, storeVersion(call.sim, call.bucket, o));
      return xmlBody('CompleteMultipartUploadResult', { Location: `/${call.bucket.Name}/${call.key}`, Bucket: call.bucket.Name, Key: call.key, ETag: v.ETag }, versionHeader(v));
    },

    AbortMultipartUpload: (call) => {
      const { id } = uploadOf(call);
      uploadsOf(call.bucket).delete(id);
      return ok({}, 204);
    },
  };
}

