/**
 * Simulated Amazon S3 (REST-XML, path-style `http://host/bucket/key`): buckets with a home
 * region, objects, ListObjectsV2 paging, versioning and lifecycle configuration. A request
 * signed for another region than the bucket's gets S3's redirect error, so wrong-region
 * mistakes show up in tests; a bucket of another account answers AccessDenied.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type {
  BucketVersioningStatus,
  LifecycleRule,
  LifecycleRuleFilter,
  MFADeleteStatus,
  NoncurrentVersionTransition,
  Tag,
  Transition,
} from '@aws-sdk/client-s3';
import { fixtureRegions, serviceSlice, toDate } from './elb.js';
import { SimError } from './types.js';
import type { FixtureAccount, ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { XML_DECLARATION, escapeXml, isRecord, list, newRequestId, parseXmlBody, text } from './xml.js';

const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const TRANSITION_MINIMUM = 'all_storage_classes_128K';

// ---------------------------------------------------------------- state

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
}
export interface S3Bucket {
  Name: string;
  BucketRegion: string;
  CreationDate: Date;
  Versioning?: { Status?: BucketVersioningStatus; MFADelete?: MFADeleteStatus };
  /** Rules as PutBucketLifecycleConfiguration sent them, in the SDK's shape; undefined when none. */
  LifecycleRules?: LifecycleRule[];
  objects: Map<string, S3Object>;
}
export interface S3State {
  buckets: Map<string, S3Bucket>;
}

export function s3State(sim: SimContext, account: string): S3State {
  return serviceSlice(sim, account, 's3', () => ({ buckets: new Map<string, S3Bucket>() }));
}

/**
 * `s3.buckets` of a fixture account: `{Name, BucketRegion (default us-east-1), CreationDate?,
 * Versioning?: {Status}, LifecycleRules?: [LifecycleRule], Objects?: [{Key, Body, ContentType?}]}`.
 * A bucket may also be listed under `regions.<region>.s3.buckets`, which sets its region.
 */
export interface S3FixtureBucket {
  Name: string;
  BucketRegion?: string;
  CreationDate?: string | Date;
  Versioning?: S3Bucket['Versioning'];
  LifecycleRules?: LifecycleRule[];
  Objects?: { Key: string; Body?: string; ContentType?: string }[];
}

export function seedS3(account: string, fixture: FixtureAccount, sim: SimContext): void {
  const state = s3State(sim, account);
  const add = (b: S3FixtureBucket, region: string | undefined) => {
    const bucket: S3Bucket = {
      Name: b.Name,
      BucketRegion: b.BucketRegion ?? region ?? 'us-east-1',
      CreationDate: toDate(b.CreationDate, sim.now()),
      ...(b.Versioning ? { Versioning: b.Versioning } : {}),
      ...(b.LifecycleRules ? { LifecycleRules: b.LifecycleRules } : {}),
      objects: new Map(),
    };
    for (const o of b.Objects ?? []) {
      const body = Buffer.from(o.Body ?? '');
      bucket.objects.set(o.Key, newObject(o.Key, body, o.ContentType ?? 'binary/octet-stream', {}, {}, new Date(sim.now())));
    }
    state.buckets.set(bucket.Name, bucket);
  };
  const s3 = (fixture.s3 ?? {}) as { buckets?: S3FixtureBucket[] };
  for (const b of s3.buckets ?? []) add(b, undefined);
  for (const [region, data] of fixtureRegions(fixture)) {
    for (const b of ((data.s3 ?? {}) as { buckets?: S3FixtureBucket[] }).buckets ?? []) add(b, region);
  }
}

function newObject(
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

function noSuchBucket(name: string): S3Error {
  return new S3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: name });
}

function malformedXml(): S3Error {
  return new S3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);
}

// ---------------------------------------------------------------- request routing

interface Target {
  bucket?: string;
  key?: string;
}

/** `/bucket/some/key` → bucket and key (path-style addressing). */
function target(path: string): Target {
  const trimmed = path.replace(/^\//, '');
  if (!trimmed) return {};
  const slash = trimmed.indexOf('/');
  if (slash < 0) return { bucket: trimmed };
  const key = trimmed.slice(slash + 1);
  return key ? { bucket: trimmed.slice(0, slash), key } : { bucket: trimmed.slice(0, slash) };
}

function operationOf(req: Omit<SimRequest, 'operation'>): string | undefined {
  const { bucket, key } = target(req.path);
  const q = req.query;
  const m = req.method;
  if (!bucket) return m === 'GET' ? 'ListBuckets' : undefined;
  if (key !== undefined) {
    if (req.headers['x-amz-copy-source'] || q.has('uploads') || q.has('uploadId') || q.has('tagging') || q.has('acl')) return undefined;
    return ({ PUT: 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' } as Record<string, string>)[m];
  }
  if (q.has('location')) return m === 'GET' ? 'GetBucketLocation' : undefined;
  if (q.has('versioning')) return ({ GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' } as Record<string, string>)[m];
  if (q.has('lifecycle')) {
    return ({ GET: 'GetBucketLifecycleConfiguration', PUT: 'PutBucketLifecycleConfiguration', DELETE: 'DeleteBucketLifecycle' } as Record<string, string>)[m];
  }
  if (m === 'HEAD') return 'HeadBucket';
  if (m === 'GET' && q.get('list-type') === '2') return 'ListObjectsV2';
  return undefined;
}

interface Call {
  req: SimRequest;
  sim: SimContext;
  bucket: S3Bucket;
  key: string;
}

/** Finds the bucket a request names: NoSuchBucket, AccessDenied (another account's), or wrong region. */
function resolveBucket(req: SimRequest, sim: SimContext, name: string, anyRegion = false): S3Bucket {
  const own = s3State(sim, req.account).buckets.get(name);
  if (!own) {
    const elsewhere = Object.keys(sim.state.accounts).some((a) => a !== req.account && s3State(sim, a).buckets.has(name));
    if (elsewhere) throw new S3Error('AccessDenied', 'Access Denied', 403);
    throw noSuchBucket(name);
  }
  if (!anyRegion && own.BucketRegion !== req.region) throw wrongRegion(req, sim, own);
  return own;
}

function wrongRegion(req: SimRequest, sim: SimContext, bucket: S3Bucket): S3Error {
  const headers = { 'x-amz-bucket-region': bucket.BucketRegion };
  if (sim.serviceOptions?.s3?.wrongRegion === 'AuthorizationHeaderMalformed') {
    return new S3Error(
      'AuthorizationHeaderMalformed',
      `The authorization header is malformed; the region '${req.region}' is wrong; expecting '${bucket.BucketRegion}'`,
      400,
      { Region: bucket.BucketRegion },
      headers,
    );
  }
  return new S3Error(
    'PermanentRedirect',
    'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
    301,
    { Bucket: bucket.Name, Endpoint: `${bucket.Name}.s3.${bucket.BucketRegion}.amazonaws.com` },
    headers,
  );
}

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

function header(req: SimRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The payload and the checksums it came with (headers or aws-chunked trailers), verified like S3 does. */
function payload(req: SimRequest): { data: Buffer; checksums: Record<string, string> } {
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
function computeChecksum(algorithm: string, data: Buffer): string | undefined {
  if (algorithm === 'crc32') {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(crc32(data) >>> 0);
    return b.toString('base64');
  }
  if (algorithm === 'sha1' || algorithm === 'sha256') return createHash(algorithm).update(data).digest('base64');
  return undefined;
}

/** Bucket configuration calls that S3 requires an integrity header for. */
function requireIntegrity(req: SimRequest, checksums: Record<string, string>): void {
  if (header(req, 'content-md5') === undefined && !Object.keys(checksums).length) {
    throw new S3Error('InvalidRequest', 'Missing required header for this request: Content-MD5 or x-amz-checksum-*', 400);
  }
}

// ---------------------------------------------------------------- XML rendering

/** Renders S3 XML where a list is a run of repeated elements (S3's flattened lists). */
function flatXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => flatXml(name, v)).join('');
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>).map(([k, v]) => flatXml(k, v)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function xmlBody(root: string, content: Record<string, unknown>, headers: Record<string, string> = {}): SimResponse {
  const inner = Object.entries(content).map(([k, v]) => flatXml(k, v)).join('');
  return {
    status: 200,
    headers: { 'content-type': 'application/xml', 'x-amz-request-id': newRequestId(), ...headers },
    body: `${XML_DECLARATION}<${root} xmlns="${XMLNS}">${inner}</${root}>`,
  };
}

function ok(headers: Record<string, string> = {}, status = 200): SimResponse {
  return { status, headers: { 'x-amz-request-id': newRequestId(), ...headers } };
}

// ---------------------------------------------------------------- lifecycle shapes

function num(value: unknown): number | undefined {
  const t = text(value);
  return t === undefined || t === '' ? undefined : Number(t);
}

function defined<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

function tagFromXml(node: unknown): Tag {
  const n = isRecord(node) ? node : {};
  return { Key: text(n.Key), Value: text(n.Value) ?? '' };
}

function filterFromXml(node: unknown): LifecycleRuleFilter {
  const n = isRecord(node) ? node : {};
  const and = isRecord(n.And) ? n.And : undefined;
  return defined({
    Prefix: text(n.Prefix),
    Tag: n.Tag !== undefined ? tagFromXml(n.Tag) : undefined,
    ObjectSizeGreaterThan: num(n.ObjectSizeGreaterThan),
    ObjectSizeLessThan: num(n.ObjectSizeLessThan),
    And: and
      ? defined({
          Prefix: text(and.Prefix),
          Tags: and.Tag !== undefined ? list(and.Tag).map(tagFromXml) : undefined,
          ObjectSizeGreaterThan: num(and.ObjectSizeGreaterThan),
          ObjectSizeLessThan: num(and.ObjectSizeLessThan),
        })
      : undefined,
  });
}

/** One `<Rule>` of a PutBucketLifecycleConfiguration body in the SDK's LifecycleRule shape. */
export function lifecycleRuleFromXml(node: unknown): LifecycleRule {
  if (!isRecord(node)) throw malformedXml();
  const expiration = isRecord(node.Expiration) ? node.Expiration : undefined;
  const nve = isRecord(node.NoncurrentVersionExpiration) ? node.NoncurrentVersionExpiration : undefined;
  const abort = isRecord(node.AbortIncompleteMultipartUpload) ? node.AbortIncompleteMultipartUpload : undefined;
  return defined({
    ID: text(node.ID),
    Prefix: text(node.Prefix),
    Filter: node.Filter !== undefined ? filterFromXml(node.Filter) : undefined,
    Status: text(node.Status) as LifecycleRule['Status'],
    Expiration: expiration
      ? defined({
          Date: text(expiration.Date) !== undefined ? new Date(text(expiration.Date)!) : undefined,
          Days: num(expiration.Days),
          ExpiredObjectDeleteMarker: text(expiration.ExpiredObjectDeleteMarker) !== undefined ? text(expiration.ExpiredObjectDeleteMarker) === 'true' : undefined,
        })
      : undefined,
    Transitions:
      node.Transition !== undefined
        ? list<Record<string, unknown>>(node.Transition).map(
            (t): Transition =>
              defined({
                Date: text(t.Date) !== undefined ? new Date(text(t.Date)!) : undefined,
                Days: num(t.Days),
                StorageClass: text(t.StorageClass) as Transition['StorageClass'],
              }),
          )
        : undefined,
    NoncurrentVersionTransitions:
      node.NoncurrentVersionTransition !== undefined
        ? list<Record<string, unknown>>(node.NoncurrentVersionTransition).map(
            (t): NoncurrentVersionTransition =>
              defined({
                NoncurrentDays: num(t.NoncurrentDays),
                StorageClass: text(t.StorageClass) as NoncurrentVersionTransition['StorageClass'],
                NewerNoncurrentVersions: num(t.NewerNoncurrentVersions),
              }),
          )
        : undefined,
    NoncurrentVersionExpiration: nve
      ? defined({ NoncurrentDays: num(nve.NoncurrentDays), NewerNoncurrentVersions: num(nve.NewerNoncurrentVersions) })
      : undefined,
    AbortIncompleteMultipartUpload: abort ? defined({ DaysAfterInitiation: num(abort.DaysAfterInitiation) }) : undefined,
  });
}

/** A LifecycleRule as the `<Rule>` element of GetBucketLifecycleConfiguration (flattened lists renamed). */
function lifecycleRuleToXml(rule: LifecycleRule): Record<string, unknown> {
  const filter = rule.Filter
    ? defined({
        Prefix: rule.Filter.Prefix,
        Tag: rule.Filter.Tag,
        ObjectSizeGreaterThan: rule.Filter.ObjectSizeGreaterThan,
        ObjectSizeLessThan: rule.Filter.ObjectSizeLessThan,
        And: rule.Filter.And
          ? defined({
              Prefix: rule.Filter.And.Prefix,
              Tag: rule.Filter.And.Tags,
              ObjectSizeGreaterThan: rule.Filter.And.ObjectSizeGreaterThan,
              ObjectSizeLessThan: rule.Filter.And.ObjectSizeLessThan,
            })
          : undefined,
      })
    : undefined;
  return defined({
    Expiration: rule.Expiration,
    ID: rule.ID,
    Prefix: rule.Prefix,
    Filter: filter,
    Status: rule.Status,
    Transition: rule.Transitions,
    NoncurrentVersionTransition: rule.NoncurrentVersionTransitions,
    NoncurrentVersionExpiration: rule.NoncurrentVersionExpiration,
    AbortIncompleteMultipartUpload: rule.AbortIncompleteMultipartUpload,
  });
}

const MIN_TRANSITION_DAYS: Record<string, number> = { STANDARD_IA: 30, ONEZONE_IA: 30 };

/** The checks S3 makes on a lifecycle configuration, with its error codes. */
export function checkLifecycleRules(rules: LifecycleRule[]): void {
  if (!rules.length || rules.length > 1000) throw malformedXml();
  const ids = new Set<string>();
  for (const rule of rules) {
    const where = rule.ID ? `rule '${rule.ID}'` : 'a rule';
    if (rule.ID !== undefined) {
      if (rule.ID.length > 255) throw new S3Error('InvalidArgument', 'ID length should not exceed allowed limit of 255', 400);
      if (ids.has(rule.ID)) throw new S3Error('InvalidArgument', 'Rule ID must be unique. Found same ID for more than one rule', 400);
      ids.add(rule.ID);
    }
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
    if ((rule.Filter === undefined) === (rule.Prefix === undefined)) throw malformedXml();
    const hasAction =
      rule.Expiration || rule.Transitions?.length || rule.NoncurrentVersionTransitions?.length || rule.NoncurrentVersionExpiration || rule.AbortIncompleteMultipartUpload;
    if (!hasAction) throw new S3Error('InvalidRequest', `At least one action needs to be specified in ${where}`, 400);
    for (const t of rule.Transitions ?? []) {
      const min = MIN_TRANSITION_DAYS[t.StorageClass ?? ''];
      if (min !== undefined && t.Days !== undefined && t.Days < min) {
        throw new S3Error('InvalidArgument', `'Days' in Transition action must be greater than or equal to ${min} for storageClass '${t.StorageClass}'`, 400);
      }
      if (rule.Expiration?.Days !== undefined && t.Days !== undefined && rule.Expiration.Days <= t.Days) {
        throw new S3Error('InvalidArgument', `'Days' in the Expiration action for ${where} must be greater than 'Days' in the Transition action`, 400);
      }
    }
    const tagged = rule.Filter?.Tag !== undefined || (rule.Filter?.And?.Tags?.length ?? 0) > 0;
    if (tagged && rule.Expiration?.ExpiredObjectDeleteMarker) {
      throw new S3Error('InvalidArgument', 'ExpiredObjectDeleteMarker cannot be specified with tags.', 400);
    }
    if (tagged && rule.AbortIncompleteMultipartUpload) {
      throw new S3Error('InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Tags.', 400);
    }
  }
}

// ---------------------------------------------------------------- operations

function objectHeaders(o: S3Object, withChecksums: boolean): Record<string, string> {
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

function findObject(call: Call): S3Object {
  const o = call.bucket.objects.get(call.key);
  if (!o) throw new S3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: call.key });
  return o;
}

type Operation = (call: Call) => SimResponse;

const bucketOperations: Record<string, Operation> = {
  HeadBucket: (call) => ok({ 'x-amz-bucket-region': call.bucket.BucketRegion, 'x-amz-access-point-alias': 'false' }),

  GetBucketLocation: (call) => {
    // us-east-1 is the empty LocationConstraint, as S3 has always answered.
    const region = call.bucket.BucketRegion === 'us-east-1' ? '' : call.bucket.BucketRegion;
    return {
      status: 200,
      headers: { 'content-type': 'application/xml', 'x-amz-request-id': newRequestId() },
      body: `${XML_DECLARATION}<LocationConstraint xmlns="${XMLNS}">${escapeXml(region)}</LocationConstraint>`,
    };
  },

  GetBucketVersioning: (call) => xmlBody('VersioningConfiguration', { ...call.bucket.Versioning }),

  PutBucketVersioning: (call) => {
    const { data } = payload(call.req);
    const { root, content } = parseXmlBody(data);
    const status = text(content.Status);
    if (root !== 'VersioningConfiguration' || (status !== 'Enabled' && status !== 'Suspended')) throw malformedXml();
    const mfa = text(content.MfaDelete);
    call.bucket.Versioning = { Status: status, ...(mfa ? { MFADelete: mfa as MFADeleteStatus } : {}) };
    return ok();
  },

  GetBucketLifecycleConfiguration: (call) => {
    const rules = call.bucket.LifecycleRules;
    if (!rules) {
      throw new S3Error('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404, { BucketName: call.bucket.Name });
    }
    return xmlBody('LifecycleConfiguration', { Rule: rules.map(lifecycleRuleToXml) }, { 'x-amz-transition-default-minimum-object-size': TRANSITION_MINIMUM });
  },

  PutBucketLifecycleConfiguration: (call) => {
    const { data, checksums } = payload(call.req);
    requireIntegrity(call.req, checksums);
    let parsed: ReturnType<typeof parseXmlBody>;
    try {
      parsed = parseXmlBody(data);
    } catch {
      throw malformedXml();
    }
    if (parsed.root !== 'LifecycleConfiguration') throw malformedXml();
    const rules = list(parsed.content.Rule).map(lifecycleRuleFromXml);
    checkLifecycleRules(rules);
    call.bucket.LifecycleRules = rules;
    return ok({ 'x-amz-transition-default-minimum-object-size': TRANSITION_MINIMUM });
  },

  DeleteBucketLifecycle: (call) => {
    delete call.bucket.LifecycleRules;
    return ok({}, 204);
  },

  ListObjectsV2: (call) => {
    const q = call.req.query;
    const prefix = q.get('prefix') ?? '';
    const delimiter = q.get('delimiter') ?? '';
    const maxKeys = q.has('max-keys') ? Number(q.get('max-keys')) : 1000;
    if (!Number.isInteger(maxKeys) || maxKeys < 0) throw new S3Error('InvalidArgument', 'Provided max-keys not an integer or within integer range', 400);
    const token = q.get('continuation-token');
    let after = q.get('start-after') ?? '';
    if (token !== null) {
      const decoded = Buffer.from(token, 'base64').toString('utf8');
      if (!decoded.startsWith('k:')) throw new S3Error('InvalidArgument', 'The continuation token provided is incorrect', 400);
      after = decoded.slice(2);
    }
    const keys = [...call.bucket.objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort(compareKeys);
    const contents: S3Object[] = [];
    const prefixes: string[] = [];
    let last = '';
    let truncated = false;
    for (const key of keys) {
      const rest = key.slice(prefix.length);
      const cut = delimiter ? rest.indexOf(delimiter) : -1;
      const common = cut >= 0 ? prefix + rest.slice(0, cut + delimiter.length) : undefined;
      if (common !== undefined && prefixes.includes(common)) continue;
      if (contents.length + prefixes.length >= Math.min(maxKeys, 1000)) {
        truncated = true;
        break;
      }
      if (common !== undefined) prefixes.push(common);
      else contents.push(call.bucket.objects.get(key)!);
      // Resume after the whole common prefix, not inside it.
      last = common !== undefined ? `${common}\uffff` : key;
    }
    return xmlBody('ListBucketResult', defined({
      Name: call.bucket.Name,
      Prefix: prefix,
      ...(delimiter ? { Delimiter: delimiter } : {}),
      MaxKeys: maxKeys,
      KeyCount: contents.length + prefixes.length,
      IsTruncated: truncated,
      ContinuationToken: token ?? undefined,
      NextContinuationToken: truncated ? Buffer.from(`k:${last}`).toString('base64') : undefined,
      StartAfter: q.get('start-after') ?? undefined,
      Contents: contents.map((o) => ({ Key: o.Key, LastModified: o.LastModified, ETag: o.ETag, Size: o.Body.length, StorageClass: o.StorageClass })),
      CommonPrefixes: prefixes.map((p) => ({ Prefix: p })),
    }));
  },

  PutObject: (call) => {
    const { data, checksums } = payload(call.req);
    const metadata: Record<string, string> = {};
    for (const [name, value] of Object.entries(call.req.headers)) {
      if (name.startsWith('x-amz-meta-') && typeof value === 'string') metadata[name.slice('x-amz-meta-'.length)] = value;
    }
    const versionId = call.bucket.Versioning?.Status === 'Enabled' ? call.sim.newId('s3-version-') : undefined;
    const o = newObject(call.key, data, header(call.req, 'content-type') ?? 'binary/octet-stream', metadata, checksums, new Date(call.sim.now()), versionId);
    call.bucket.objects.set(call.key, o);
    return ok({ etag: o.ETag, ...checksums, ...(versionId ? { 'x-amz-version-id': versionId } : {}) });
  },

  GetObject: (call) => {
    const o = findObject(call);
    const withChecksums = header(call.req, 'x-amz-checksum-mode') === 'ENABLED';
    return { status: 200, headers: { 'x-amz-request-id': newRequestId(), ...objectHeaders(o, withChecksums) }, body: o.Body };
  },

  HeadObject: (call) => {
    const o = findObject(call);
    const withChecksums = header(call.req, 'x-amz-checksum-mode') === 'ENABLED';
    // The server sends no body for HEAD but derives Content-Length from the body it was given.
    return { status: 200, headers: { 'x-amz-request-id': newRequestId(), ...objectHeaders(o, withChecksums) }, body: o.Body };
  },

  DeleteObject: (call) => {
    // Deleting a missing key succeeds, like S3.
    call.bucket.objects.delete(call.key);
    return ok({}, 204);
  },
};

/** S3 lists keys in UTF-8 binary order. */
function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function listBuckets(req: SimRequest, sim: SimContext): SimResponse {
  const buckets = [...s3State(sim, req.account).buckets.values()].sort((a, b) => compareKeys(a.Name, b.Name));
  return xmlBody('ListAllMyBucketsResult', {
    Buckets: { Bucket: buckets.map((b) => ({ Name: b.Name, CreationDate: b.CreationDate, BucketRegion: b.BucketRegion })) },
    Owner: { DisplayName: `account-${req.account}`, ID: createHash('sha256').update(req.account).digest('hex') },
  });
}

// ---------------------------------------------------------------- handler

export const s3Handler: ServiceHandler = {
  service: 's3',
  throttleError: { code: 'SlowDown', status: 503, message: 'Please reduce your request rate.' },

  operation: operationOf,

  handle(req: SimRequest, sim: SimContext): SimResponse {
    sim.log.push({ operation: req.operation, service: req.service, region: req.region, account: req.account });
    if (req.operation === 'ListBuckets') return listBuckets(req, sim);
    const { bucket, key } = target(req.path);
    const op = bucketOperations[req.operation];
    if (!op || !bucket) throw new S3Error('NotImplemented', `The simulator does not implement ${req.method} ${req.path}`, 501);
    // GetBucketLocation is how clients discover a bucket's region, so it answers from any region.
    const resolved = resolveBucket(req, sim, bucket, req.operation === 'GetBucketLocation');
    return op({ req, sim, bucket: resolved, key: key ?? '' });
  },

  error(req: SimRequest, err: SimError): SimResponse {
    const extra = err instanceof S3Error ? err.extra : {};
    const headers = { 'content-type': 'application/xml', 'x-amz-request-id': newRequestId(), ...(err instanceof S3Error ? err.headers : {}) };
    // HEAD responses carry no body; the SDK maps their status to NotFound / Forbidden / ...
    if (req.method === 'HEAD') return { status: err.status, headers };
    const fields = Object.entries(extra).map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`).join('');
    const body =
      `${XML_DECLARATION}<Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message>${fields}` +
      `<RequestId>${headers['x-amz-request-id']}</RequestId><HostId>${createHash('sha256').update(headers['x-amz-request-id']).digest('base64')}</HostId></Error>`;
    return { status: err.status, headers, body };
  },

  seed: seedS3,
};
