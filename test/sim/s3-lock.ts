/**
 * Simulated S3 Object Lock: the bucket's Object Lock configuration and default retention,
 * per-version retention, and the rule that a version under retention cannot be deleted
 * (AccessDenied, as S3 answers). GOVERNANCE retention yields to
 * `x-amz-bypass-governance-retention: true`; COMPLIANCE never does and cannot be shortened.
 */
import { S3Error, defined, header, malformedXml, ok, payload, requireIntegrity, xmlBody } from './s3-core.js';
import type { Call, Operation, S3Bucket, S3Object } from './s3-core.js';
import { parseXmlBody, text, isRecord } from './xml.js';

type Mode = 'GOVERNANCE' | 'COMPLIANCE';
const DAY_MS = 86_400_000;

function mode(value: string | undefined): Mode {
  if (value !== 'GOVERNANCE' && value !== 'COMPLIANCE') throw malformedXml();
  return value;
}

/** The retention a new version gets from the bucket's default rule, if any. */
export function defaultRetention(bucket: S3Bucket, now: number): S3Object['Retention'] | undefined {
  const rule = bucket.ObjectLock?.Rule;
  if (!rule) return undefined;
  const until = new Date(now);
  if (rule.Days !== undefined) until.setTime(now + rule.Days * DAY_MS);
  else until.setUTCFullYear(until.getUTCFullYear() + (rule.Years ?? 0));
  return { Mode: rule.Mode, RetainUntilDate: until };
}

/** Throws S3's AccessDenied when `version` may not be deleted yet. */
export function checkDeletable(version: S3Object, req: Call['req'], now: number): void {
  const r = version.Retention;
  if (!r || r.RetainUntilDate.getTime() <= now) return;
  if (r.Mode === 'GOVERNANCE' && header(req, 'x-amz-bypass-governance-retention') === 'true') return;
  throw new S3Error('AccessDenied', 'Access Denied because object protected by object lock.', 403);
}

/** `x-amz-object-lock-mode` and `-retain-until-date` of a PutObject, checked against the bucket. */
export function requestedRetention(call: Call): S3Object['Retention'] | undefined {
  const m = header(call.req, 'x-amz-object-lock-mode');
  const until = header(call.req, 'x-amz-object-lock-retain-until-date');
  if (m === undefined && until === undefined) return defaultRetention(call.bucket, call.sim.now());
  if (!call.bucket.ObjectLock) throw new S3Error('InvalidRequest', 'Bucket is missing Object Lock Configuration', 400);
  if (m === undefined || until === undefined) {
    throw new S3Error('InvalidRequest', 'x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied', 400);
  }
  return { Mode: mode(m), RetainUntilDate: new Date(until) };
}

function findVersion(call: Call): S3Object {
  const versions = call.bucket.versions.get(call.key) ?? [];
  const id = call.req.query.get('versionId');
  const v = id === null ? versions.at(-1) : versions.find((x) => (x.VersionId ?? 'null') === id);
  if (!v || v.IsDeleteMarker) throw new S3Error(id === null ? 'NoSuchKey' : 'NoSuchVersion', 'The specified version does not exist.', 404);
  return v;
}

export const lockOperations: Record<string, Operation> = {
  GetObjectLockConfiguration: (call) => {
    const lock = call.bucket.ObjectLock;
    if (!lock) {
      throw new S3Error('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', 404, { BucketName: call.bucket.Name });
    }
    return xmlBody('ObjectLockConfiguration', defined({ ObjectLockEnabled: 'Enabled', Rule: lock.Rule ? { DefaultRetention: lock.Rule } : undefined }));
  },

  PutObjectLockConfiguration: (call) => {
    const { data, checksums } = payload(call.req);
    requireIntegrity(call.req, checksums);
    const { root, content } = parseXmlBody(data);
    if (root !== 'ObjectLockConfiguration') throw malformedXml();
    const enabled = text(content.ObjectLockEnabled);
    if (!call.bucket.ObjectLock) {
      // Since 2023 S3 turns Object Lock on for an existing bucket, but only a versioned one.
      if (enabled !== 'Enabled') throw new S3Error('InvalidBucketState', 'Object Lock configuration cannot be enabled on existing buckets', 409);
      if (call.bucket.Versioning?.Status !== 'Enabled') {
        throw new S3Error('InvalidBucketState', "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration", 409);
      }
    }
    const rule = isRecord(content.Rule) && isRecord(content.Rule.DefaultRetention) ? content.Rule.DefaultRetention : undefined;
    let parsed: S3Bucket['ObjectLock'] = {};
    if (rule) {
      const days = text(rule.Days);
      const years = text(rule.Years);
      if ((days === undefined) === (years === undefined)) throw malformedXml();
      const n = Number(days ?? years);
      if (!Number.isInteger(n) || n <= 0) throw new S3Error('InvalidArgument', 'Default retention period must be a positive integer value.', 400);
      parsed = { Rule: { Mode: mode(text(rule.Mode)), ...(days !== undefined ? { Days: n } : { Years: n }) } };
    }
    call.bucket.ObjectLock = parsed;
    return ok();
  },

  GetObjectRetention: (call) => {
    const v = findVersion(call);
    if (!call.bucket.ObjectLock) throw new S3Error('InvalidRequest', 'Bucket is missing Object Lock Configuration', 400);
    if (!v.Retention) throw new S3Error('NoSuchObjectLockConfiguration', 'The specified object does not have a ObjectLock configuration', 404);
    return xmlBody('Retention', { Mode: v.Retention.Mode, RetainUntilDate: v.Retention.RetainUntilDate });
  },

  PutObjectRetention: (call) => {
    if (!call.bucket.ObjectLock) throw new S3Error('InvalidRequest', 'Bucket is missing Object Lock Configuration', 400);
    const v = findVersion(call);
    const { data, checksums } = payload(call.req);
    requireIntegrity(call.req, checksums);
    const { root, content } = parseXmlBody(data);
    if (root !== 'Retention') throw malformedXml();
    const next = { Mode: mode(text(content.Mode)), RetainUntilDate: new Date(text(content.RetainUntilDate) ?? '') };
    if (Number.isNaN(next.RetainUntilDate.getTime())) throw malformedXml();
    const current = v.Retention;
    const active = current && current.RetainUntilDate.getTime() > call.sim.now();
    const weaker = active && (next.RetainUntilDate < current.RetainUntilDate || (current.Mode === 'COMPLIANCE' && next.Mode !== 'COMPLIANCE'));
    if (weaker && (current.Mode === 'COMPLIANCE' || header(call.req, 'x-amz-bypass-governance-retention') !== 'true')) {
      throw new S3Error('AccessDenied', 'Access Denied because object protected by object lock.', 403);
    }
    v.Retention = next;
    return ok();
  },
};
