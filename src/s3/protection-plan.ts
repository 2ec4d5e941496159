/**
 * Plans bucket protection like lifecycle rules (same plan model, same PR comment, same
 * drift handling): reads each bucket's live versioning, replication and Object Lock, checks
 * what only AWS knows (a destination without versioning, Object Lock on a bucket not created
 * with it) as errors located in the config, and adds one action per difference — versioning
 * first, then the replication rules, then the copy of existing objects. A scheduled run
 * reports differences as drift and puts them back.
 */
import { HeadObjectCommand, PutBucketReplicationCommand, PutBucketVersioningCommand, PutObjectLockConfigurationCommand } from '@aws-sdk/client-s3';
import type { ObjectLockRule, S3Client } from '@aws-sdk/client-s3';
import { awsErrorCode } from '../aws/errors.js';
import { readProblem } from '../lifecycle/apply.js';
import type { ClientsFor } from '../lifecycle/apply.js';
import { PlanBuilder } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import { mapSettled } from '../util/concurrency.js';
import { STATE_PREFIX, backfillProgress, readCheckpoint, runBackfill } from './backfill.js';
import { coverageMarkdown, coverageWarnings } from './coverage.js';
import type { BucketCoverage } from './coverage.js';
import { readLiveProtection, readVersioning } from './protection-reads.js';
import type { LiveProtection } from './protection-reads.js';
import { describeReplicationDiff, diffReplication, normalizeDeclared, toAwsReplication } from './replication-shape.js';
import type { ProtectedBucket } from './resolve.js';
import { listCurrentObjectsWithDates } from './versions.js';

export const PROTECTION_SECTION = 's3-protection';

export interface PlanProtectionOptions {
  scheduled?: boolean;
  now: Date;
  log(line: string): void;
  concurrency?: number;
}

function lockRule(lock: NonNullable<ProtectedBucket['objectLock']>): ObjectLockRule {
  const mode = lock.mode === 'compliance' ? 'COMPLIANCE' : 'GOVERNANCE';
  return { DefaultRetention: { Mode: mode, ...(lock.days !== undefined ? { Days: lock.days } : { Years: lock.years! }) } };
}

const sameLock = (a: ObjectLockRule | undefined, b: ObjectLockRule): boolean =>
  a?.DefaultRetention?.Mode === b.DefaultRetention?.Mode && a?.DefaultRetention?.Days === b.DefaultRetention?.Days && a?.DefaultRetention?.Years === b.DefaultRetention?.Years;

function describeLock(rule: ObjectLockRule | undefined): string {
  const r = rule?.DefaultRetention;
  if (!r) return 'no default retention';
  return `${r.Mode} for ${r.Days !== undefined ? `${r.Days} day(s)` : `${r.Years} year(s)`}`;
}

/** Objects whose replication status is sampled for the coverage report. */
const STATUS_SAMPLE = 3;
/** Listing pages (1,000 keys each) searched for the newest objects: a bounded read per run. */
export const STATUS_PAGES = 10;

/** Keys of the newest objects whose replication FAILED (S3 reports status per object only). */
async function failedReplications(s3: S3Client, bucket: string): Promise<string[]> {
  let newest: { key: string; lastModified: number }[] = [];
  let pages = 0;
  for await (const page of listCurrentObjectsWithDates(s3, bucket, '')) {
    const mine = page.filter((o) => !o.key.startsWith(STATE_PREFIX));
    newest = [...newest, ...mine].sort((a, b) => b.lastModified - a.lastModified).slice(0, STATUS_SAMPLE);
    if (++pages >= STATUS_PAGES) break;
  }
  const heads = await Promise.all(newest.map((o) => s3.send(new HeadObjectCommand({ Bucket: bucket, Key: o.key }))));
  return newest.filter((_, i) => heads[i]!.ReplicationStatus === 'FAILED').map((o) => o.key);
}

interface BucketRead {
  live: LiveProtection;
  failedKeys: string[];
  /** Problems with a destination, located in the config. */
  destinationErrors: string[];
  destinationWarnings: string[];
}

async function readBucket(bucket: ProtectedBucket, clientsFor: ClientsFor): Promise<BucketRead> {
  const s3 = clientsFor(bucket.account).s3(bucket.region);
  // Replication is read even when not declared: coverage must not call a bucket unreplicated that is.
  const live = await readLiveProtection(s3, bucket.name, { replication: true, objectLock: bucket.objectLock !== undefined });
  const destinationErrors: string[] = [];
  const destinationWarnings: string[] = [];
  for (const [r, rule] of (bucket.replication?.rules ?? []).entries()) {
    const d = rule.destination;
    // A destination declared in this config gets its versioning from its own entry.
    if (bucket.declared(d.bucket)) continue;
    try {
      const versioning = await readVersioning(clientsFor(d.account).s3(d.region), d.bucket);
      if (versioning !== 'Enabled') {
        destinationErrors.push(
          bucket.locate(
            ['replication', 'rules', r, 'destination', 'bucket'],
            `rule "${rule.id}": the destination bucket "${d.bucket}" (account ${d.account.name}, ${d.region}) has versioning ${versioning ?? 'off'}; S3 replicates only into a versioned bucket, so enable versioning on it (or declare it here with versioning: enabled)`,
          ),
        );
      }
    } catch (error) {
      const code = awsErrorCode(error);
      destinationWarnings.push(`rule "${rule.id}": could not check the destination bucket "${d.bucket}" (${code ?? 'error'}); make sure it exists and has versioning enabled`);
    }
  }
  const failedKeys = live.replication ? await failedReplications(s3, bucket.name) : [];
  return { live, failedKeys, destinationErrors, destinationWarnings };
}

export interface ProtectionPlan {
  plan: Plan;
  /** The S3 bucket coverage table for the job summary. */
  coverageMarkdown: string;
  /** Its rows, for the JSON report. */
  coverage: BucketCoverage[];
}

export async function planProtection(buckets: readonly ProtectedBucket[], clientsFor: ClientsFor, options: PlanProtectionOptions): Promise<ProtectionPlan> {
  const builder = new PlanBuilder(PROTECTION_SECTION);
  const coverage: BucketCoverage[] = [];
  const reads = await mapSettled(buckets, options.concurrency ?? 4, (bucket) => readBucket(bucket, clientsFor));
  const drift = options.scheduled === true;
  const versioningIds = new Map<string, string>();

  const planned = buckets.map((bucket, index) => {
    const item = `s3://${bucket.name}`;
    const read = reads[index]!;
    if (!read.ok) {
      builder.error(item, readProblem(read.error, { bucket: bucket.name, region: bucket.region, account: bucket.account.name, listedIn: 'lifecycle.buckets' }));
      return undefined;
    }
    const { live, failedKeys, destinationErrors, destinationWarnings } = read.value;
    for (const w of destinationWarnings) builder.warn(item, w);
    // Coverage as it will be once this plan is applied: what the repo declares, else what is live.
    const rules = bucket.replication?.rules.filter((r) => r.enabled) ?? [];
    const row: BucketCoverage = {
      account: bucket.account.name,
      bucket: bucket.name,
      region: bucket.region,
      versioning: bucket.versioning ?? live.versioning ?? 'off',
      replicates: bucket.replication ? rules.length > 0 : (live.replication?.rules.some((r) => r.enabled) ?? false),
      offAccount: bucket.replication ? rules.some((r) => r.destination.crossAccount) : (live.replication?.rules.some((r) => r.account !== undefined) ?? false),
      objectLock: live.objectLock !== undefined,
      receivesReplicas: buckets.some((b) => b.replication?.rules.some((r) => r.destination.bucket === bucket.name)),
      failedKeys,
    };
    coverage.push(row);
    for (const w of coverageWarnings(row)) builder.warn(item, w);
    for (const e of destinationErrors) builder.error(item, e);
    const s3 = clientsFor(bucket.account).s3(bucket.region);
    const say = (what: string) => (drift ? `drift: changed outside the repo — ${what}` : what);

    if (bucket.versioning && live.versioning !== bucket.versioning) {
      const want = bucket.versioning;
      if (drift) builder.warn(item, `drift: versioning is ${live.versioning ?? 'off'} but the repo says ${want}; applying this plan puts it back`);
      const id = builder.add({
        kind: 'update',
        target: `${item} versioning (${bucket.region})`,
        reason: say(`versioning ${live.versioning ?? 'off'} → ${want}`),
        // Suspending stops keeping the versions that protect against overwrites and deletes.
        destructive: want === 'Suspended',
        apply: async () => {
          await s3.send(new PutBucketVersioningCommand({ Bucket: bucket.name, VersioningConfiguration: { Status: want } }));
          return `versioning ${want}`;
        },
      });
      versioningIds.set(bucket.name, id);
    }

    if (bucket.objectLock) {
      const want = lockRule(bucket.objectLock);
      if (!live.objectLock) {
        builder.error(
          item,
          bucket.locate(
            ['object-lock'],
            `bucket "${bucket.name}" was not created with Object Lock; the tool does not turn Object Lock on for an existing bucket (it can never be turned off again, and objects already there stay unlocked). Create a new bucket with Object Lock enabled and replicate into it, or remove object-lock`,
          ),
        );
      } else if (!sameLock(live.objectLock.rule, want)) {
        if (drift) builder.warn(item, `drift: the Object Lock default retention is ${describeLock(live.objectLock.rule)}, the repo says ${describeLock(want)}; applying this plan puts it back`);
        builder.add({
          kind: 'update',
          target: `${item} object-lock (${bucket.region})`,
          reason: say(`default retention ${describeLock(live.objectLock.rule)} → ${describeLock(want)}`),
          apply: async () => {
            await s3.send(new PutObjectLockConfigurationCommand({ Bucket: bucket.name, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: want } }));
            return `default retention ${describeLock(want)}`;
          },
        });
      }
    }
    return { bucket, live, blocked: destinationErrors.length > 0, s3 };
  });

  // Replication after every versioning action, so a destination's versioning comes first.
  for (const entry of planned) {
    if (!entry?.bucket.replication || entry.blocked) continue;
    const { bucket, live, s3 } = entry;
    const item = `s3://${bucket.name}`;
    const declared = { role: bucket.replication!.role, rules: bucket.replication!.rules.map(normalizeDeclared) };
    const diff = diffReplication(declared, live.replication);
    let replicationId: string | undefined;
    if (diff) {
      const what = live.replication ? describeReplicationDiff(diff) : `turn on replication: ${bucket.replication!.rules.map((r) => `"${r.id}" → s3://${r.destination.bucket} (${r.destination.account.name}, ${r.destination.region})`).join(', ')}`;
      if (drift) builder.warn(item, `drift: the live replication configuration was changed outside the repo (${what}); applying this plan restores the declared rules`);
      const dependsOn = [bucket.name, ...bucket.replication!.rules.map((r) => r.destination.bucket)].flatMap((b) => (versioningIds.has(b) ? [versioningIds.get(b)!] : []));
      replicationId = builder.add({
        kind: 'update',
        target: `${item} replication (${bucket.region})`,
        reason: drift ? `drift: changed outside the repo — ${what}` : what,
        destructive: diff.removed.length > 0,
        details: { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, rules: declared.rules.length },
        dependsOn,
        apply: async () => {
          await s3.send(new PutBucketReplicationCommand({ Bucket: bucket.name, ReplicationConfiguration: toAwsReplication(declared.role, declared.rules) }));
          return `wrote ${declared.rules.length} replication rule(s)`;
        },
      });
    }
    for (const rule of bucket.replication!.rules) {
      if (!rule.copyExisting || !rule.enabled) continue;
      const checkpoint = await readCheckpoint(s3, bucket.name, rule.id);
      if (checkpoint?.done) continue;
      const progress = await backfillProgress(s3, bucket.name, rule.prefix, checkpoint, options.now.getTime());
      if (progress.total === 0 && checkpoint === undefined) continue;
      const share = progress.total === 0 ? 100 : Math.floor((100 * progress.done) / progress.total);
      builder.add({
        kind: 'copy',
        target: `${item}/${rule.prefix} existing objects → s3://${rule.destination.bucket}`,
        reason: `${progress.done} of ${progress.total} objects that existed before rule "${rule.id}" copied so far (${share}%); each is copied onto itself so the rule replicates it, and the next run continues from the last key`,
        details: { done: progress.done, total: progress.total, percent: share },
        ...(replicationId && { dependsOn: [replicationId] }),
        apply: async () => {
          const copied = await runBackfill(s3, bucket.name, rule, checkpoint, options.now.getTime(), options.log);
          return `copied ${copied} existing object(s); ${progress.total} of ${progress.total} done (100%)`;
        },
      });
    }
  }
  return { plan: builder.build(), coverageMarkdown: coverageMarkdown(coverage), coverage };
}
