/**
 * Plans the lifecycle section: reads each bucket's live rules, diffs them with the declared
 * ones and adds one action per bucket that differs (PutBucketLifecycleConfiguration, or
 * DeleteBucketLifecycle when the repository declares no rules). Buckets are independent: one
 * that cannot be read is a plan error naming it, and the others still plan and apply.
 */
import {
  DeleteBucketLifecycleCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketVersioningCommand,
  PutBucketLifecycleConfigurationCommand,
} from '@aws-sdk/client-s3';
import type { S3Client, TransitionDefaultMinimumObjectSize } from '@aws-sdk/client-s3';
import type { AwsClients } from '../aws/clients.js';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import { PlanBuilder } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import { mapSettled } from '../util/concurrency.js';
import { countChanges, describeChanges, diffRules } from './diff.js';
import { expiryImpacts } from './expiry-impact.js';
import { normalizeLiveRules, toAwsRule } from './normalize.js';
import type { NormalRule } from './normalize.js';
import type { LifecycleBucket } from './resolve.js';

export const LIFECYCLE_SECTION = 'lifecycle';

export type ClientsFor = (account: { name: string; roleArn?: string; externalId?: string }) => AwsClients;

export interface PlanLifecycleOptions {
  /**
   * A scheduled run: the repository was applied when it merged, so any difference was made
   * outside it and is reported as drift (and put back when the plan is applied).
   */
  scheduled?: boolean;
  /** Buckets read at once (default 4). */
  concurrency?: number;
}

export interface LiveLifecycle {
  rules: NormalRule[];
  /** Kept on write, so applying rules never resets the bucket's small-object setting. */
  minimumObjectSize?: TransitionDefaultMinimumObjectSize;
}

/** The bucket's live rules; no lifecycle configuration at all is no rules. */
export async function readLiveLifecycle(s3: S3Client, bucket: string): Promise<LiveLifecycle> {
  try {
    const out = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }));
    return {
      rules: normalizeLiveRules(out.Rules ?? []),
      ...(out.TransitionDefaultMinimumObjectSize && { minimumObjectSize: out.TransitionDefaultMinimumObjectSize }),
    };
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchLifecycleConfiguration') return { rules: [] };
    throw error;
  }
}

function bucketRegionOf(error: unknown): string | undefined {
  const e = error as { Region?: string; $response?: { headers?: Record<string, string> } };
  return e.$response?.headers?.['x-amz-bucket-region'] ?? e.Region;
}

/** What a read failure message names: the bucket, where it was looked for, where it is declared. */
export interface BucketPlace {
  bucket: string;
  region: string;
  account: string;
  /** Where the bucket is listed, for the fix. */
  listedIn: string;
}

/** Why a bucket could not be read, and how to fix it. */
export function readProblem(error: unknown, place: BucketPlace): string {
  const code = awsErrorCode(error);
  const where = `account ${place.account}, region ${place.region}`;
  if (code === 'NoSuchBucket') {
    return `bucket does not exist (${where}); create it, correct its name, or remove it from ${place.listedIn}`;
  }
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
    const actual = bucketRegionOf(error);
    return actual
      ? `the bucket is in region ${actual}, not ${place.region}; give region ${actual} for it in ${place.listedIn}`
      : `the bucket is not in region ${place.region}; give the bucket's region for it in ${place.listedIn}`;
  }
  return describeAwsError(error, { family: 's3', account: place.account, region: place.region, resource: `bucket ${place.bucket}` });
}

function usesNoncurrentVersions(rules: readonly NormalRule[]): string[] {
  return rules.filter((r) => r.noncurrentTransitions.length > 0 || r.noncurrentExpiration !== undefined).map((r) => r.id);
}

export async function planLifecycle(buckets: readonly LifecycleBucket[], clientsFor: ClientsFor, options: PlanLifecycleOptions = {}): Promise<Plan> {
  const builder = new PlanBuilder(LIFECYCLE_SECTION);
  const s3For = (bucket: LifecycleBucket): S3Client => clientsFor(bucket.account).s3(bucket.region);

  const read = await mapSettled(buckets, options.concurrency ?? 4, async (bucket) => {
    const s3 = s3For(bucket);
    const live = await readLiveLifecycle(s3, bucket.name);
    const noncurrent = usesNoncurrentVersions(bucket.rules);
    let versioning: string | undefined;
    if (noncurrent.length > 0) {
      versioning = (await s3.send(new GetBucketVersioningCommand({ Bucket: bucket.name }))).Status;
    }
    return { live, noncurrent, versioning };
  });

  buckets.forEach((bucket, index) => {
    const item = `s3://${bucket.name}`;
    const result = read[index]!;
    if (!result.ok) {
      builder.error(item, readProblem(result.error, { bucket: bucket.name, region: bucket.region, account: bucket.account.name, listedIn: `lifecycle.buckets (${bucket.source})` }));
      return;
    }
    const { live, noncurrent, versioning } = result.value;
    if (noncurrent.length > 0 && versioning !== 'Enabled' && versioning !== 'Suspended') {
      builder.warn(
        item,
        `versioning is not enabled, so the noncurrent-version actions of ${noncurrent.map((id) => `rule "${id}"`).join(', ')} never apply; enable versioning on the bucket or remove those actions`,
      );
    }
    const changes = diffRules(bucket.rules, live.rules);
    if (changes.length === 0) return;

    const counts = countChanges(changes);
    const drift = options.scheduled === true;
    if (drift) {
      builder.warn(item, `drift: the live lifecycle rules were changed outside the repo (${describeChanges(changes)}); applying this plan restores the declared rules`);
    }
    const removeAll = bucket.rules.length === 0;
    const s3 = s3For(bucket);
    // A rule that expires objects sooner than today deletes data: destructive, as a deletion is.
    const expiring = expiryImpacts(changes, bucket.rules, live.rules, Date.now());
    builder.add({
      kind: removeAll ? 'delete' : 'update',
      target: `${item} (${bucket.region})`,
      reason: `${drift ? 'drift: changed outside the repo — ' : ''}${describeChanges(changes)}${expiring.length > 0 ? ` — S3 will delete sooner: ${expiring.join('; ')}` : ''}`,
      destructive: counts.removed > 0 || expiring.length > 0,
      details: { added: counts.added, changed: counts.changed, removed: counts.removed, rules: bucket.rules.length, ...(expiring.length > 0 && { 'expires-sooner': expiring.length }) },
      apply: async () => {
        if (removeAll) {
          await s3.send(new DeleteBucketLifecycleCommand({ Bucket: bucket.name }));
          return `removed ${live.rules.length} live rule${live.rules.length === 1 ? '' : 's'}`;
        }
        await s3.send(
          new PutBucketLifecycleConfigurationCommand({
            Bucket: bucket.name,
            LifecycleConfiguration: { Rules: bucket.rules.map(toAwsRule) },
            ...(live.minimumObjectSize && { TransitionDefaultMinimumObjectSize: live.minimumObjectSize }),
          }),
        );
        return `wrote ${bucket.rules.length} rule${bucket.rules.length === 1 ? '' : 's'}`;
      },
    });
  });
  return builder.build();
}
