/**
 * Simulated Amazon S3 (REST-XML, path-style `http://host/bucket/key`): buckets with a home
 * region, versioned objects and delete markers (s3-versions.ts), ListObjectsV2 paging,
 * lifecycle (s3-lifecycle.ts), Object Lock (s3-lock.ts), replication (s3-replication.ts) and
 * bucket policies that let another account read or replicate (s3-policy.ts). A request
 * signed for another region than the bucket's gets S3's redirect error, so wrong-region
 * mistakes show up in tests; a bucket of another account answers AccessDenied unless its
 * policy allows the call.
 */
import { createHash } from 'node:crypto';
import type { LifecycleRule, ReplicationConfiguration } from '@aws-sdk/client-s3';
import { fixtureRegions, toDate } from './service-state.js';
import { S3Error, XMLNS, compareKeys, defined, malformedXml, newObject, noSuchBucket, ok, payload, s3State, sizeOf, xmlBody } from './s3-core.js';
import type { Call, ObjectLockState, Operation, S3Bucket, S3Object } from './s3-core.js';
import { lifecycleOperations } from './s3-lifecycle.js';
import { lockOperations } from './s3-lock.js';
import { multipartOperations } from './s3-multipart.js';
import { policyAllows } from './s3-policy.js';
import { drainReplication, enqueueReplication, replicationOperations } from './s3-replication.js';
import { objectOperations, sortedKeys, storeVersion } from './s3-versions.js';
import type { FixtureAccount, ServiceHandler, SimContext, SimError, SimRequest, SimResponse } from './types.js';
import { XML_DECLARATION, escapeXml, newRequestId, parseXmlBody, text } from './xml.js';
import type { MFADeleteStatus } from '@aws-sdk/client-s3';

export { decodeAwsChunked, s3State } from './s3-core.js';
export type { S3Bucket, S3Object, S3State } from './s3-core.js';
export { drainReplication } from './s3-replication.js';

// ---------------------------------------------------------------- fixtures

/**
 * `s3.buckets` of a fixture account: `{Name, BucketRegion (default us-east-1), CreationDate?,
 * Versioning?: {Status}, LifecycleRules?: [LifecycleRule], ObjectLockEnabled?, ObjectLockRule?,
 * Replication?, Policy?, Objects?: [{Key, Body, ContentType?}]}`. A bucket may also be listed
 * under `regions.<region>.s3.buckets`, which sets its region. Object Lock implies versioning.
 */
export interface S3FixtureBucket {
  Name: string;
  BucketRegion?: string;
  CreationDate?: string | Date;
  Versioning?: S3Bucket['Versioning'];
  LifecycleRules?: LifecycleRule[];
  ObjectLockEnabled?: boolean;
  ObjectLockRule?: ObjectLockState['Rule'];
  Replication?: ReplicationConfiguration;
  Policy?: string | Record<string, unknown>;
  Objects?: { Key: string; Body?: string; ContentType?: string }[];
}

function emptyBucket(name: string, region: string, created: Date): S3Bucket {
  return { Name: name, BucketRegion: region, CreationDate: created, objects: new Map(), versions: new Map() };
}

export function seedS3(account: string, fixture: FixtureAccount, sim: SimContext): void {
  const state = s3State(sim, account);
  const add = (b: S3FixtureBucket, region: string | undefined) => {
    const bucket = emptyBucket(b.Name, b.BucketRegion ?? region ?? 'us-east-1', toDate(b.CreationDate, sim.now()));
    if (b.Versioning) bucket.Versioning = b.Versioning;
    if (b.LifecycleRules) bucket.LifecycleRules = b.LifecycleRules;
    if (b.ObjectLockEnabled) {
      bucket.Versioning = { Status: 'Enabled' };
      bucket.ObjectLock = b.ObjectLockRule ? { Rule: b.ObjectLockRule } : {};
    }
    if (b.Replication) bucket.Replication = b.Replication;
    if (b.Policy) bucket.Policy = typeof b.Policy === 'string' ? b.Policy : JSON.stringify(b.Policy);
    for (const o of b.Objects ?? []) {
      storeVersion(sim, bucket, newObject(o.Key, Buffer.from(o.Body ?? ''), o.ContentType ?? 'binary/octet-stream', {}, {}, new Date(sim.now())));
    }
    state.buckets.set(bucket.Name, bucket);
  };
  const s3 = (fixture.s3 ?? {}) as { buckets?: S3FixtureBucket[] };
  for (const b of s3.buckets ?? []) add(b, undefined);
  for (const [region, data] of fixtureRegions(fixture)) {
    for (const b of ((data.s3 ?? {}) as { buckets?: S3FixtureBucket[] }).buckets ?? []) add(b, region);
  }
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

const pick = (m: string, ops: Record<string, string>): string | undefined => ops[m];

function operationOf(req: Omit<SimRequest, 'operation'>): string | undefined {
  const { bucket, key } = target(req.path);
  const q = req.query;
  const m = req.method;
  if (!bucket) return m === 'GET' ? 'ListBuckets' : undefined;
  if (key !== undefined) {
    if (q.has('uploads')) return m === 'POST' ? 'CreateMultipartUpload' : undefined;
    if (q.has('uploadId')) {
      if (req.headers['x-amz-copy-source']) return m === 'PUT' ? 'UploadPartCopy' : undefined;
      return pick(m, { POST: 'CompleteMultipartUpload', DELETE: 'AbortMultipartUpload' });
    }
    if (q.has('tagging') || q.has('acl')) return undefined;
    if (req.headers['x-amz-copy-source']) return m === 'PUT' ? 'CopyObject' : undefined;
    if (q.has('retention')) return pick(m, { GET: 'GetObjectRetention', PUT: 'PutObjectRetention' });
    return pick(m, { PUT: 'PutObject', GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' });
  }
  if (q.has('location')) return m === 'GET' ? 'GetBucketLocation' : undefined;
  if (q.has('versioning')) return pick(m, { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' });
  if (q.has('lifecycle')) return pick(m, { GET: 'GetBucketLifecycleConfiguration', PUT: 'PutBucketLifecycleConfiguration', DELETE: 'DeleteBucketLifecycle' });
  if (q.has('versions')) return m === 'GET' ? 'ListObjectVersions' : undefined;
  if (q.has('object-lock')) return pick(m, { GET: 'GetObjectLockConfiguration', PUT: 'PutObjectLockConfiguration' });
  if (q.has('replication')) return pick(m, { GET: 'GetBucketReplication', PUT: 'PutBucketReplication', DELETE: 'DeleteBucketReplication' });
  if (q.has('policy')) return pick(m, { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' });
  if (m === 'HEAD') return 'HeadBucket';
  if (m === 'GET' && q.get('list-type') === '2') return 'ListObjectsV2';
  if (m === 'PUT' && [...q.keys()].length === 0) return 'CreateBucket';
  return undefined;
}

/** Finds the bucket a request names: NoSuchBucket, AccessDenied (another account's), or wrong region. */
function resolveBucket(req: SimRequest, sim: SimContext, name: string, anyRegion = false): S3Bucket {
  const own = s3State(sim, req.account).buckets.get(name) ?? foreignBucket(sim, req.account, name, crossAccountAction(req));
  if (!own) throw noSuchBucket(name);
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


// ---------------------------------------------------------------- bucket operations

/** The IAM action a cross-account call needs in the bucket policy; undefined: never allowed. */
function crossAccountAction(req: SimRequest): string | undefined {
  const versioned = req.query.has('versionId');
  return (
    {
      GetObject: versioned ? 's3:GetObjectVersion' : 's3:GetObject',
      HeadObject: versioned ? 's3:GetObjectVersion' : 's3:GetObject',
      ListObjectVersions: 's3:ListBucketVersions',
      ListObjectsV2: 's3:ListBucket',
      HeadBucket: 's3:ListBucket',
      GetBucketVersioning: 's3:GetBucketVersioning',
      GetObjectLockConfiguration: 's3:GetBucketObjectLockConfiguration',
      PutObject: 's3:PutObject',
    } as Record<string, string>
  )[req.operation];
}

/** Another account's bucket that `account` may use for `action` under its policy. */
function foreignBucket(sim: SimContext, account: string, name: string, action: string | undefined): S3Bucket | undefined {
  for (const other of Object.keys(sim.state.accounts)) {
    if (other === account) continue;
    const bucket = s3State(sim, other).buckets.get(name);
    if (!bucket) continue;
    if (action !== undefined && policyAllows(bucket, account, action)) return bucket;
    throw new S3Error('AccessDenied', 'Access Denied', 403);
  }
  return undefined;
}

const baseOperations: Record<string, Operation> = {
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
    if (call.bucket.ObjectLock && status === 'Suspended') {
      throw new S3Error('InvalidBucketState', 'An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.', 409);
    }
    call.bucket.Versioning = { Status: status, ...(mfa ? { MFADelete: mfa as MFADeleteStatus } : {}) };
    return ok();
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
    const keys = sortedKeys(call.bucket).filter((k) => k.startsWith(prefix) && k > after && call.bucket.objects.has(k));
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
      Contents: contents.map((o) => ({ Key: o.Key, LastModified: o.LastModified, ETag: o.ETag, Size: sizeOf(o), StorageClass: o.StorageClass })),
      CommonPrefixes: prefixes.map((p) => ({ Prefix: p })),
    }));
  },

  GetBucketPolicy: (call) => {
    if (!call.bucket.Policy) throw new S3Error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404, { BucketName: call.bucket.Name });
    return { status: 200, headers: { 'content-type': 'application/json', 'x-amz-request-id': newRequestId() }, body: call.bucket.Policy };
  },

  PutBucketPolicy: (call) => {
    const { data } = payload(call.req);
    try {
      JSON.parse(data.toString('utf8'));
    } catch {
      throw new S3Error('MalformedPolicy', 'Policies must be valid JSON and the first byte must be \'{\'', 400);
    }
    call.bucket.Policy = data.toString('utf8');
    return ok({}, 204);
  },

  DeleteBucketPolicy: (call) => {
    delete call.bucket.Policy;
    return ok({}, 204);
  },
};

/** PutBucket: CreateBucketConfiguration's LocationConstraint must be the signing region. */
function createBucket(req: SimRequest, sim: SimContext, name: string): SimResponse {
  if (s3State(sim, req.account).buckets.has(name)) {
    throw new S3Error('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { BucketName: name });
  }
  if (Object.keys(sim.state.accounts).some((a) => s3State(sim, a).buckets.has(name))) {
    throw new S3Error('BucketAlreadyExists', 'The requested bucket name is not available.', 409, { BucketName: name });
  }
  const { data } = payload(req);
  const constraint = data.length ? text(parseXmlBody(data).content.LocationConstraint) : undefined;
  if ((constraint ?? 'us-east-1') !== req.region) {
    throw new S3Error('IllegalLocationConstraintException', `The ${constraint ?? 'unspecified'} location constraint is incompatible for the region specific endpoint this request was sent to.`, 400);
  }
  const bucket = emptyBucket(name, req.region, new Date(sim.now()));
  if (req.headers['x-amz-bucket-object-lock-enabled'] === 'true') {
    // Object Lock at creation turns versioning on for good.
    bucket.Versioning = { Status: 'Enabled' };
    bucket.ObjectLock = {};
  }
  s3State(sim, req.account).buckets.set(name, bucket);
  return ok({ location: `/${name}` });
}

function listBuckets(req: SimRequest, sim: SimContext): SimResponse {
  const buckets = [...s3State(sim, req.account).buckets.values()].sort((a, b) => compareKeys(a.Name, b.Name));
  return xmlBody('ListAllMyBucketsResult', {
    Buckets: { Bucket: buckets.map((b) => ({ Name: b.Name, CreationDate: b.CreationDate, BucketRegion: b.BucketRegion })) },
    Owner: { DisplayName: `account-${req.account}`, ID: createHash('sha256').update(req.account).digest('hex') },
  });
}

// ---------------------------------------------------------------- handler

/** A CopyObject source: own bucket, or another account's that lets this one read it. */
function copySourceBucket(call: Call, name: string): S3Bucket {
  const own = s3State(call.sim, call.req.account).buckets.get(name);
  const versioned = /[?&]versionId=/.test(String(call.req.headers['x-amz-copy-source'] ?? ''));
  const bucket = own ?? foreignBucket(call.sim, call.req.account, name, versioned ? 's3:GetObjectVersion' : 's3:GetObject');
  if (!bucket) throw noSuchBucket(name);
  return bucket;
}

const operations: Record<string, Operation> = {
  ...baseOperations,
  ...lifecycleOperations,
  ...objectOperations(copySourceBucket),
  ...multipartOperations(copySourceBucket),
  ...lockOperations,
  ...replicationOperations,
};

export const s3Handler: ServiceHandler = {
  service: 's3',
  throttleError: { code: 'SlowDown', status: 503, message: 'Please reduce your request rate.' },

  operation: operationOf,

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const { bucket, key } = target(req.path);
    // The bucket and key name the resource an IAM policy is checked against (test/s3/protection-calls.test.ts).
    sim.log.push({ operation: req.operation, service: req.service, region: req.region, account: req.account, params: { Bucket: bucket, Key: key } });
    // Replication runs in the background on AWS; here it catches up before each request.
    drainReplication(sim);
    if (req.operation === 'ListBuckets') return listBuckets(req, sim);
    if (req.operation === 'CreateBucket' && bucket) return createBucket(req, sim, bucket);
    const op = operations[req.operation];
    if (!op || !bucket) throw new S3Error('NotImplemented', `The simulator does not implement ${req.method} ${req.path}`, 501);
    // GetBucketLocation is how clients discover a bucket's region, so it answers from any region.
    const resolved = resolveBucket(req, sim, bucket, req.operation === 'GetBucketLocation');
    const call: Call = { req, sim, bucket: resolved, key: key ?? '' };
    const response = op(call);
    enqueueReplication(call);
    return response;
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

