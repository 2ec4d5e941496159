/**
 * Shared pieces of the simulated S3: bucket and object state, S3's error shape, request
 * bodies with their checksums, and S3's flattened XML. The operations live in s3*.ts.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { BucketVersioningStatus, LifecycleRule, MFADeleteStatus, ReplicationConfiguration } from '@aws-sdk/client-s3';
import { serviceSlice } from './service-state.js';
import { SimError } from './types.js';
import type { SimContext, SimRequest, SimResponse } from './types.js';
import { XML_DECLARATION, escapeXml, newRequestId, text } from './xml.js';

export const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

// ---------------------------------------------------------------- state

export type ReplicationStatus = 'PENDING' | 'COMPLETED' | 'FAILED' | 'REPLICA';

/** One version of a key (or a delete marker); `VersionId` undefined is S3's "null" version. */
export interface S3Object {
  Key: string;
  Body: Buffer;
  ETag: string;
  LastModified: Date;
  ContentType: string;
  Metadata: Record<string, string>;
  /** `x-amz-checksum-*` headers the object was uploaded with (verified), echoed on GetObject. */
  Checksums: Record<string, string>;
  StorageClass: string;
  VersionId?: string;
  IsDeleteMarker?: boolean;
  ReplicationStatus?: ReplicationStatus;
  /** Object Lock retention of this version. */
  Retention?: { Mode: 'GOVERNANCE' | 'COMPLIANCE'; RetainUntilDate: Date };
  /** `x-amz-server-side-encryption` asked for at write (`aws:kms`: not replicated unless a rule selects SSE-KMS objects). */
  ServerSideEncryption?: string;
  /** Content too large to hold (then `Body` is empty): see `Piece`. */
  Virtual?: Piece[];
}

/**
 * A run of an object's content. Objects of gigabytes are simulated without their bytes: a
 * pattern piece stands for `length` bytes at `offset` of the pattern named `seed`. Range copies
 * (UploadPartCopy) cut pieces, and adjacent runs of one pattern merge again, so a complete
 * copy in parts has exactly its source's pieces, and a wrong range shows as different pieces.
 */
export type Piece = { bytes: Buffer } | { seed: string; offset: number; length: number };

export const pieceLength = (p: Piece): number => ('bytes' in p ? p.bytes.length : p.length);

/** The object's size in bytes. */
export function sizeOf(o: S3Object): number {
  return o.Virtual ? o.Virtual.reduce((n, p) => n + pieceLength(p), 0) : o.Body.length;
}

/** Bytes [start, end) of an object's content, as pieces. */
export function contentRange(o: S3Object, start: number, end: number): Piece[] {
  const pieces = o.Virtual ?? [{ bytes: o.Body }];
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    const len = pieceLength(p);
    const from = Math.max(start, at);
    const to = Math.min(end, at + len);
    if (from < to) out.push('bytes' in p ? { bytes: p.bytes.subarray(from - at, to - at) } : { seed: p.seed, offset: p.offset + from - at, length: to - from });
    at += len;
  }
  return out;
}

/** Joins pieces, merging neighbours (bytes with bytes, a pattern with its own continuation). */
export function joinPieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && 'bytes' in last && 'bytes' in p) out[out.length - 1] = { bytes: Buffer.concat([last.bytes, p.bytes]) };
    else if (last && !('bytes' in last) && !('bytes' in p) && last.seed === p.seed && last.offset + last.length === p.offset) out[out.length - 1] = { ...last, length: last.length + p.length };
    else if (pieceLength(p) > 0) out.push(p);
  }
  return out;
}

/** MD5 of content: of the bytes, or of the pattern pieces' description (the simulator never makes their bytes). */
export function md5Of(pieces: readonly Piece[]): Buffer {
  if (pieces.length === 1 && 'bytes' in pieces[0]!) return createHash('md5').update(pieces[0].bytes).digest();
  const hash = createHash('md5');
  for (const p of pieces) hash.update('bytes' in p ? p.bytes : `[${p.seed}:${p.offset}+${p.length}]`);
  return hash.digest();
}

/** A new object holding `pieces`: real bytes when they all are, else virtual. */
export function withContent(o: S3Object, pieces: readonly Piece[]): S3Object {
  const joined = joinPieces(pieces);
  if (joined.every((p) => 'bytes' in p)) {
    o.Body = joined.length === 0 ? Buffer.alloc(0) : (joined[0] as { bytes: Buffer }).bytes;
    delete o.Virtual;
  } else {
    o.Body = Buffer.alloc(0);
    o.Virtual = joined;
  }
  return o;
}

export interface ObjectLockState {
  /** Default retention applied to every new version, when set. */
  Rule?: { Mode: 'GOVERNANCE' | 'COMPLIANCE'; Days?: number; Years?: number };
}

export interface S3Bucket {
  Name: string;
  BucketRegion: string;
  CreationDate: Date;
  Versioning?: { Status?: BucketVersioningStatus; MFADelete?: MFADeleteStatus };
  /** Rules as PutBucketLifecycleConfiguration sent them, in the SDK's shape; undefined when none. */
  LifecycleRules?: LifecycleRule[];
  /** Present once Object Lock is enabled on the bucket (it can never be turned off). */
  ObjectLock?: ObjectLockState;
  /** The replication configuration as PutBucketReplication sent it (SDK shape). */
  Replication?: ReplicationConfiguration;
  /** The bucket policy document (JSON text), when one is set. */
  Policy?: string;
  /** The current, non-deleted version of each key. */
  objects: Map<string, S3Object>;
  /** Every version and delete marker of each key, oldest first. */
  versions: Map<string, S3Object[]>;
}
export interface S3State {
  buckets: Map<string, S3Bucket>;
}

export function s3State(sim: SimContext, account: string): S3State {
  return serviceSlice(sim, account, 's3', () => ({ buckets: new Map<string, S3Bucket>() }));
}

export function newObject(
  key: string,
  body: Buffer,
  contentType: string,
  metadata: Record<string, string>,
  checksums: Record<string, string>,
  now: Date,
  versionId?: string,
): S3Object {
  return {
    Key: key,
    Body: body,
    ETag: `"${createHash('md5').update(body).digest('hex')}"`,
    LastModified: new Date(Math.floor(now.getTime() / 1000) * 1000),
    ContentType: contentType,
    Metadata: metadata,
    Checksums: checksums,
    StorageClass: 'STANDARD',
    ...(versionId ? { VersionId: versionId } : {}),
  };
}

// ---------------------------------------------------------------- errors

/** An S3 error: extra elements go into `<Error>`, extra headers onto the response. */
export class S3Error extends SimError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly extra: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message, status, status < 500);
  }
}

export function noSuchBucket(name: string): S3Error {
  return new S3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: name });
}

export function malformedXml(): S3Error {
  return new S3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
}

export interface Call {
  req: SimRequest;
  sim: SimContext;
  bucket: S3Bucket;
  key: string;
  /** Versions and delete markers the operation wrote, for replication. */
  written?: S3Object[];
}

export type Operation = (call: Call) => SimResponse;

// ---------------------------------------------------------------- bodies and checksums

/** Decodes an `aws-chunked` body (`<hex size>[;chunk-signature=…]\r\n<data>\r\n … 0\r\n<trailers>\r\n\r\n`). */
export function decodeAwsChunked(body: Buffer): { data: Buffer; trailers: Record<string, string> } {
  const chunks: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let pos = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', pos);
    if (eol < 0) throw new S3Error('IncompleteBody', 'The request body terminated unexpectedly', 400);
    const size = parseInt(body.subarray(pos, eol).toString('latin1').split(';')[0]!, 16);
    if (!Number.isFinite(size)) throw new S3Error('InvalidChunkSizeError', 'Only the last chunk is allowed to have a size less than 8192 bytes', 400);
    pos = eol + 2;
    if (size === 0) break;
    chunks.push(body.subarray(pos, pos + size));
    pos += size + 2;
  }
  for (const line of body.subarray(pos).toString('latin1').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { data: Buffer.concat(chunks), trailers };
}

export function header(req: SimRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The payload and the checksums it came with (headers or aws-chunked trailers), verified like S3 does. */
export function payload(req: SimRequest): { data: Buffer; checksums: Record<string, string> } {
  const chunked = (header(req, 'content-encoding') ?? '').split(',').map((s) => s.trim()).includes('aws-chunked');
  const { data, trailers } = chunked ? decodeAwsChunked(req.body) : { data: req.body, trailers: {} };
  const checksums: Record<string, string> = {};
  for (const source of [req.headers as Record<string, unknown>, trailers]) {
    for (const [name, value] of Object.entries(source)) {
      if (name.startsWith('x-amz-checksum-') && name !== 'x-amz-checksum-type' && typeof value === 'string') checksums[name] = value;
    }
  }
  for (const [name, expected] of Object.entries(checksums)) {
    const algorithm = name.slice('x-amz-checksum-'.length);
    const actual = computeChecksum(algorithm, data);
    if (actual !== undefined && actual !== expected) {
      throw new S3Error('BadDigest', `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`, 400);
    }
  }
  const md5 = header(req, 'content-md5');
  if (md5 !== undefined && md5 !== createHash('md5').update(data).digest('base64')) {
    throw new S3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400);
  }
  return { data, checksums };
}

/** Base64 checksum S3 would compute; undefined for algorithms the simulator does not verify (crc32c, crc64nvme). */
export function computeChecksum(algorithm: string, data: Buffer): string | undefined {
  if (algorithm === 'crc32') {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(crc32(data) >>> 0);
    return b.toString('base64');
  }
  if (algorithm === 'sha1' || algorithm === 'sha256') return createHash(algorithm).update(data).digest('base64');
  return undefined;
}

/** Bucket configuration calls that S3 requires an integrity header for. */
export function requireIntegrity(req: SimRequest, checksums: Record<string, string>): void {
  if (header(req, 'content-md5') === undefined && !Object.keys(checksums).length) {
    throw new S3Error('InvalidRequest', 'Missing required header for this request: Content-MD5 or x-amz-checksum-*', 400);
  }
}

// ---------------------------------------------------------------- XML rendering

/** Renders S3 XML where a list is a run of repeated elements (S3's flattened lists). */
export function flatXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => flatXml(name, v)).join('');
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>).map(([k, v]) => flatXml(k, v)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function xmlBody(root: string, content: Record<string, unknown>, headers: Record<string, string> = {}): SimResponse {
  const inner = Object.entries(content).map(([k, v]) => flatXml(k, v)).join('');
  return {
    status: 200,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': newRequestId(), ...headers },
    body: `${XML_DECLARATION}<${root} xmlns="${XMLNS}">${inner}</${root}>`,
  };
}

export function ok(headers: Record<string, string> = {}, status = 200): SimResponse {
  return { status, headers: { 'x-amz-request-id': newRequestId(), ...headers } };
}

// ---------------------------------------------------------------- small helpers

export function num(value: unknown): number | undefined {
  const t = text(value);
  return t === undefined || t === '' ? undefined : Number(t);
}

export function defined<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------- objects

export function objectHeaders(o: S3Object, withChecksums: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': o.ContentType,
    etag: o.ETag,
    'last-modified': o.LastModified.toUTCString(),
    'accept-ranges': 'bytes',
    ...(o.VersionId ? { 'x-amz-version-id': o.VersionId } : {}),
  };
  for (const [k, v] of Object.entries(o.Metadata)) headers[`x-amz-meta-${k}`] = v;
  if (withChecksums) Object.assign(headers, o.Checksums);
  return headers;
}

/** S3 lists keys in UTF-8 binary order. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** An object of `size` simulated bytes (the pattern `seed`), for sizes no test can allocate. */
export function virtualObject(key: string, size: number, seed: string, contentType: string, metadata: Record<string, string>, now: Date): S3Object {
  const o = withContent(newObject(key, Buffer.alloc(0), contentType, metadata, {}, now), [{ seed, offset: 0, length: size }]);
  o.ETag = `"${md5Of(o.Virtual!).toString('hex')}"`;
  return o;
}
