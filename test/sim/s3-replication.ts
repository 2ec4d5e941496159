/**
 * Simulated S3 replication: Put/Get/DeleteBucketReplication with S3's checks, and the
 * asynchronous copy of new versions to the destination bucket. A version written while a
 * rule covers it gets ReplicationStatus PENDING; once its due time passes (serviceOptions
 * `s3.replicationDelayMs`, simulated ms, default 0) the next S3 request — or
 * `drainReplication` — copies it: same version id, content, metadata and LastModified,
 * status REPLICA on the destination (storage class and default retention of the rule and
 * bucket), COMPLETED at the source, or FAILED when the destination is missing, unversioned
 * or (in another account) its bucket policy does not let the source account replicate.
 * Delete markers follow the rule's DeleteMarkerReplication; versioned deletes, objects that
 * existed before the rule and SSE-KMS objects a rule does not select (SourceSelectionCriteria)
 * are never replicated, as on AWS.
 */
import type { ReplicationConfiguration, ReplicationRule, StorageClass } from '@aws-sdk/client-s3';
import { S3Error, defined, malformedXml, num, ok, payload, requireIntegrity, s3State, xmlBody } from './s3-core.js';
import type { Call, Operation, S3Bucket, S3Object } from './s3-core.js';
import { defaultRetention } from './s3-lock.js';
import { policyAllows } from './s3-policy.js';
import { storeVersion } from './s3-versions.js';
import type { SimContext } from './types.js';
import { isRecord, list, parseXmlBody, text } from './xml.js';

interface Pending {
  account: string;
  bucket: string;
  key: string;
  version: S3Object;
  dueAt: number;
}

const queues = new WeakMap<SimContext, Pending[]>();
function queueOf(sim: SimContext): Pending[] {
  let queue = queues.get(sim);
  if (!queue) queues.set(sim, (queue = []));
  return queue;
}

function rec(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function status(node: unknown): { Status: 'Enabled' | 'Disabled' } | undefined {
  const s = text(rec(node)?.Status);
  return s === undefined ? undefined : { Status: s as 'Enabled' | 'Disabled' };
}

function ruleFromXml(node: unknown): ReplicationRule {
  const r = rec(node);
  const dest = rec(r?.Destination);
  if (!r || !dest) throw malformedXml();
  const filter = rec(r.Filter);
  const and = rec(filter?.And);
  const sse = rec(rec(r.SourceSelectionCriteria)?.SseKmsEncryptedObjects);
  const rtc = rec(dest.ReplicationTime);
  const metrics = rec(dest.Metrics);
  return defined({
    ID: text(r.ID),
    Priority: num(r.Priority),
    Prefix: text(r.Prefix),
    Filter: filter
      ? defined({ Prefix: text(filter.Prefix) ?? (and ? undefined : ''), And: and ? defined({ Prefix: text(and.Prefix) }) : undefined })
      : undefined,
    Status: text(r.Status) as ReplicationRule['Status'],
    SourceSelectionCriteria: sse ? { SseKmsEncryptedObjects: status(sse) as { Status: 'Enabled' | 'Disabled' } } : undefined,
    DeleteMarkerReplication: r.DeleteMarkerReplication !== undefined ? status(r.DeleteMarkerReplication) : undefined,
    Destination: defined({
      Bucket: text(dest.Bucket) ?? '',
      Account: text(dest.Account),
      StorageClass: text(dest.StorageClass) as StorageClass | undefined,
      AccessControlTranslation: rec(dest.AccessControlTranslation) ? { Owner: 'Destination' as const } : undefined,
      EncryptionConfiguration: rec(dest.EncryptionConfiguration) ? { ReplicaKmsKeyID: text(rec(dest.EncryptionConfiguration)!.ReplicaKmsKeyID) } : undefined,
      ReplicationTime: rtc ? { Status: text(rtc.Status) as 'Enabled', Time: { Minutes: num(rec(rtc.Time)?.Minutes) } } : undefined,
      Metrics: metrics ? defined({ Status: text(metrics.Status) as 'Enabled', EventThreshold: rec(metrics.EventThreshold) ? { Minutes: num(rec(metrics.EventThreshold)!.Minutes) } : undefined }) : undefined,
    }),
  }) as ReplicationRule;
}

const invalid = (message: string): S3Error => new S3Error('InvalidRequest', message, 400);

/** Where a destination ARN (`arn:aws:s3:::name`) points in the simulated accounts. */
function findDestination(sim: SimContext, arn: string): { account: string; bucket: S3Bucket } | undefined {
  const name = arn.replace(/^arn:[^:]+:s3:::/, '');
  for (const account of Object.keys(sim.state.accounts)) {
    const bucket = s3State(sim, account).buckets.get(name);
    if (bucket) return { account, bucket };
  }
  return undefined;
}

/** The checks S3 makes on PutBucketReplication (with its messages). */
function checkConfiguration(call: Call, config: ReplicationConfiguration): void {
  if (call.bucket.Versioning?.Status !== 'Enabled') throw invalid("Versioning must be 'Enabled' on the bucket to apply a replication configuration");
  const rules = config.Rules ?? [];
  if (!config.Role || rules.length === 0 || rules.length > 1000) throw malformedXml();
  const ids = new Set<string>();
  const priorities = new Set<number>();
  for (const rule of rules) {
    if (rule.ID !== undefined && (ids.has(rule.ID) || rule.ID.length > 255)) throw new S3Error('InvalidArgument', 'Rule Id must be unique and at most 255 characters', 400);
    if (rule.ID !== undefined) ids.add(rule.ID);
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
    if (rule.Filter !== undefined) {
      if (rule.DeleteMarkerReplication === undefined) throw invalid('DeleteMarkerReplication must be specified for this version of Cross Region Replication configuration schema.');
      if (rule.Priority === undefined) throw invalid('Priority must be specified for this version of Cross Region Replication configuration schema.');
      if (priorities.has(rule.Priority)) throw invalid('Found duplicate priority ' + rule.Priority + ' in replication rules.');
      priorities.add(rule.Priority);
    }
    const dest = rule.Destination!;
    const name = dest.Bucket!.replace(/^arn:[^:]+:s3:::/, '');
    if (!dest.Bucket!.startsWith('arn:')) throw invalid('Invalid Destination bucket ARN');
    if (name === call.bucket.Name) throw invalid('Destination bucket cannot be the same as the source bucket.');
    const found = findDestination(call.sim, dest.Bucket!);
    if (!found) throw invalid('Destination bucket must exist.');
    if (found.bucket.Versioning?.Status !== 'Enabled') throw invalid('Destination bucket must have versioning enabled.');
    if (dest.AccessControlTranslation && !dest.Account) throw invalid('Account must be specified when AccessControlTranslation is specified.');
    const sse = rule.SourceSelectionCriteria?.SseKmsEncryptedObjects?.Status === 'Enabled';
    if (sse !== (dest.EncryptionConfiguration?.ReplicaKmsKeyID !== undefined)) {
      throw invalid('ReplicaKmsKeyID must be specified if SseKmsEncryptedObjects tag is present, and only then.');
    }
    if (dest.ReplicationTime?.Status === 'Enabled' && dest.Metrics?.Status !== 'Enabled') throw invalid('Replication Time Control must be used in conjunction with metrics.');
  }
}

function ruleToXml(rule: ReplicationRule): Record<string, unknown> {
  return defined({
    ID: rule.ID,
    Priority: rule.Priority,
    Prefix: rule.Prefix,
    Filter: rule.Filter,
    Status: rule.Status,
    SourceSelectionCriteria: rule.SourceSelectionCriteria,
    DeleteMarkerReplication: rule.DeleteMarkerReplication,
    Destination: rule.Destination,
  });
}

export const replicationOperations: Record<string, Operation> = {
  PutBucketReplication: (call) => {
    const { data, checksums } = payload(call.req);
    requireIntegrity(call.req, checksums);
    const { root, content } = parseXmlBody(data);
    if (root !== 'ReplicationConfiguration') throw malformedXml();
    const config: ReplicationConfiguration = { Role: text(content.Role) ?? '', Rules: list(content.Rule).map(ruleFromXml) };
    checkConfiguration(call, config);
    call.bucket.Replication = config;
    return ok();
  },
  GetBucketReplication: (call) => {
    const config = call.bucket.Replication;
    if (!config) throw new S3Error('ReplicationConfigurationNotFoundError', 'The replication configuration was not found', 404, { BucketName: call.bucket.Name });
    return xmlBody('ReplicationConfiguration', { Role: config.Role, Rule: (config.Rules ?? []).map(ruleToXml) });
  },
  DeleteBucketReplication: (call) => {
    delete call.bucket.Replication;
    return ok({}, 204);
  },
};

function prefixOf(rule: ReplicationRule): string {
  return rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix ?? '';
}

/** The enabled rule with the highest priority that covers `key`. */
function ruleFor(bucket: S3Bucket, key: string): ReplicationRule | undefined {
  const rules = (bucket.Replication?.Rules ?? []).filter((r) => r.Status === 'Enabled' && key.startsWith(prefixOf(r)));
  return rules.sort((a, b) => (b.Priority ?? 0) - (a.Priority ?? 0))[0];
}

/** After a write: queue what the bucket's rules replicate (replicas themselves are not). */
export function enqueueReplication(call: Call): void {
  for (const version of call.written ?? []) {
    if (version.ReplicationStatus === 'REPLICA') continue;
    const rule = ruleFor(call.bucket, version.Key);
    if (!rule) continue;
    if (version.IsDeleteMarker && rule.Filter !== undefined && rule.DeleteMarkerReplication?.Status !== 'Enabled') continue;
    // SSE-KMS objects are replicated only when the rule selects them.
    if (version.ServerSideEncryption === 'aws:kms' && rule.SourceSelectionCriteria?.SseKmsEncryptedObjects?.Status !== 'Enabled') continue;
    if (!version.IsDeleteMarker) version.ReplicationStatus = 'PENDING';
    const delay = Number(call.sim.serviceOptions?.s3?.replicationDelayMs ?? 0);
    queueOf(call.sim).push({ account: call.req.account, bucket: call.bucket.Name, key: version.Key, version, dueAt: call.sim.now() + delay });
  }
}

function replicate(sim: SimContext, item: Pending): void {
  const source = s3State(sim, item.account).buckets.get(item.bucket);
  const stillThere = source?.versions.get(item.key)?.includes(item.version);
  const rule = source && stillThere ? ruleFor(source, item.key) : undefined;
  if (!source || !rule) return;
  const found = findDestination(sim, rule.Destination!.Bucket!);
  const allowed =
    found !== undefined &&
    found.bucket.Versioning?.Status === 'Enabled' &&
    (found.account === item.account || policyAllows(found.bucket, item.account, item.version.IsDeleteMarker ? 's3:ReplicateDelete' : 's3:ReplicateObject'));
  if (!allowed) {
    if (!item.version.IsDeleteMarker) item.version.ReplicationStatus = 'FAILED';
    return;
  }
  const dest = found.bucket;
  if (dest.versions.get(item.key)?.some((v) => v.VersionId === item.version.VersionId)) return;
  const replica: S3Object = { ...item.version, Metadata: { ...item.version.Metadata }, Checksums: { ...item.version.Checksums } };
  if (!replica.IsDeleteMarker) {
    replica.ReplicationStatus = 'REPLICA';
    replica.StorageClass = rule.Destination!.StorageClass ?? item.version.StorageClass;
    const retention = item.version.Retention ?? defaultRetention(dest, sim.now());
    if (retention) replica.Retention = retention;
    item.version.ReplicationStatus = 'COMPLETED';
  } else {
    delete replica.ReplicationStatus;
  }
  storeVersion(sim, dest, replica, true);
}

/** Copies every queued version that is due (all of them with `all`). */
export function drainReplication(sim: SimContext, all = false): void {
  const queue = queueOf(sim);
  const now = sim.now();
  const due = all ? queue.splice(0) : queue.filter((p) => p.dueAt <= now);
  if (!all) {
    const rest = queue.filter((p) => p.dueAt > now);
    queue.splice(0, queue.length, ...rest);
  }
  for (const item of due) replicate(sim, item);
}
