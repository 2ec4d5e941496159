/**
 * The S3 restore drill. For each replication rule of a bucket in the drilled account: a sample
 * of the objects the rule has replicated is restored from the replica (DR region or vault)
 * into a scratch prefix of the bucket, `.aws-backup/drill/<run>/`, by a server-side copy of the
 * same version (replication keeps version ids). S3 computes the SHA-256 of each copy
 * (`ChecksumAlgorithm`); it must equal the source version's — its stored full-object SHA-256
 * when it was uploaded with one, else its bytes hashed as they stream (an ETag is no content
 * hash for multipart or SSE-KMS objects). Then every version under the drill's scratch prefix
 * is deleted — only drills write there — also when the comparison failed.
 *
 * The scratch copies are written with SSE-KMS (the account's `aws/s3` key): S3 does not
 * replicate SSE-KMS objects unless a rule selects them, so a rule covering the whole bucket
 * does not carry the scratch copies into a locked replica the tool could not clean up.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { AwsClients } from '../aws/clients.js';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import type { PlanBuilder } from '../plan/plan.js';
import { errorMessage } from '../util/concurrency.js';
import { STATE_PREFIX } from './backfill.js';
import { copySource } from './copy.js';
import { SampleKeeper } from './drill-sample.js';
import { listCurrentObjects, listVersionEntries } from './versions.js';

/** Where drills put their scratch copies; nothing else writes there. */
export const S3_DRILL_PREFIX = `${STATE_PREFIX}drill/`;
/** Keys checked per replication rule. */
export const S3_DRILL_SAMPLE = 10;
/** Larger objects are not sampled (a source without a stored SHA-256 is downloaded to hash it). */
export const S3_DRILL_MAX_BYTES = 100 * 1024 ** 2;
/** Listing pages read for candidates: 10,000 keys. */
const CANDIDATE_PAGES = 10;
/** S3's longest key. */
const MAX_KEY_BYTES = 1024;

export interface S3DrillTarget {
  bucket: string;
  region: string;
  rule: string;
  prefix: string;
  replica: { bucket: string; region: string; account: string };
}

/** The replication rules of the account's declared buckets, each a drill; problems as plan issues. */
export function s3DrillTargets(config: Config, account: ResolvedAccount, defaultAccount: string, plan: PlanBuilder): S3DrillTarget[] {
  const targets: S3DrillTarget[] = [];
  for (const entry of config.lifecycle?.buckets ?? []) {
    if (!entry.replication || (entry.account ?? defaultAccount) !== account.name) continue;
    const region = entry.region ?? account.regions[0]!;
    if (entry['object-lock']) {
      plan.warn(`s3://${entry.name}`, 'no S3 drill: Object Lock would keep its scratch copies; the drill checks buckets without it');
      continue;
    }
    for (const rule of entry.replication.rules) {
      if (rule.status !== 'enabled') continue;
      const replicaRegion = rule.destination.region ?? config['dr-region'];
      if (!replicaRegion) {
        plan.error(`s3://${entry.name}`, `rule "${rule.id}": the replica's region is unknown; set destination.region or dr-region`);
        continue;
      }
      // A rule that replicates SSE-KMS objects and covers the scratch prefix carries the scratch copies too.
      if (rule.destination['kms-key'] !== undefined && S3_DRILL_PREFIX.startsWith(rule.prefix)) {
        plan.warn(`s3://${entry.name}`, `rule "${rule.id}" replicates SSE-KMS objects under "${rule.prefix}", so S3 also copies the drill's scratch copies to s3://${rule.destination.bucket}; they stay there until its lifecycle rules expire them`);
      }
      targets.push({
        bucket: entry.name,
        region,
        rule: rule.id,
        prefix: rule.prefix,
        replica: { bucket: rule.destination.bucket, region: replicaRegion, account: rule.destination.account ?? entry.account ?? defaultAccount },
      });
    }
  }
  return targets;
}

/** Adds one drill action per replication rule of the account's buckets. */
export function planS3Drills(config: Config, account: ResolvedAccount, defaultAccount: string, clients: AwsClients, plan: PlanBuilder, now: Date, log: (line: string) => void): void {
  for (const target of s3DrillTargets(config, account, defaultAccount, plan)) {
    plan.add({
      kind: 'restore',
      target: `s3://${target.bucket}/${target.prefix} (${target.region}) ← replica s3://${target.replica.bucket} (${target.replica.account}, ${target.replica.region})`,
      reason: `restore drill: restore up to ${S3_DRILL_SAMPLE} sampled keys from the replica into s3://${target.bucket}/${S3_DRILL_PREFIX}, compare their SHA-256 with the source, delete the scratch copies`,
      details: { account: account.name, bucket: target.bucket, rule: target.rule, replica: target.replica.bucket, replicaRegion: target.replica.region },
      apply: () => runS3Drill(clients.s3(target.region), target, now, log),
    });
  }
}

/** SHA-256 (base64, as S3 writes checksums) of a version's bytes, hashed as they stream. */
async function hashVersion(s3: S3Client, bucket: string, key: string, versionId: string): Promise<string> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
  const hash = createHash('sha256');
  for await (const chunk of out.Body as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest('base64');
}

interface Comparison {
  checked: number;
  findings: string[];
  /** Candidates whose replication is still pending (or that were never replicated). */
  notReplicated: number;
  candidates: number;
}

async function compareSample(s3: S3Client, target: S3DrillTarget, scratch: string, seed: string): Promise<Comparison> {
  const { bucket } = target;
  const keeper = new SampleKeeper(seed, S3_DRILL_SAMPLE * 3);
  let pages = 0;
  for await (const page of listCurrentObjects(s3, bucket, target.prefix)) {
    for (const o of page) {
      if (!o.key.startsWith(STATE_PREFIX) && o.size <= S3_DRILL_MAX_BYTES && Buffer.byteLength(scratch + o.key) <= MAX_KEY_BYTES) keeper.add(o.key, o.size);
    }
    if (++pages >= CANDIDATE_PAGES) break;
  }
  const result: Comparison = { checked: 0, findings: [], notReplicated: 0, candidates: keeper.candidates().length };
  for (const { key } of keeper.candidates()) {
    if (result.checked >= S3_DRILL_SAMPLE) break;
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }));
    if (head.ReplicationStatus === 'FAILED') {
      result.checked += 1;
      result.findings.push(`${key}: its replication FAILED`);
      continue;
    }
    if (head.ReplicationStatus !== 'COMPLETED' || head.VersionId === undefined) {
      result.notReplicated += 1;
      continue;
    }
    const versionId = head.VersionId;
    result.checked += 1;
    let restored: string | undefined;
    try {
      const copy = await s3.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: `${scratch}${key}`,
          CopySource: copySource(target.replica.bucket, key, versionId),
          ChecksumAlgorithm: 'SHA256',
          ServerSideEncryption: 'aws:kms',
        }),
      );
      restored = copy.CopyObjectResult?.ChecksumSHA256;
    } catch (error) {
      const code = awsErrorCode(error);
      if (code !== 'NoSuchVersion' && code !== 'NoSuchKey') throw error;
      result.findings.push(`${key} (version ${versionId}) is missing from the replica`);
      continue;
    }
    const source = head.ChecksumSHA256 !== undefined && head.ChecksumType !== 'COMPOSITE' ? head.ChecksumSHA256 : await hashVersion(s3, bucket, key, versionId);
    if (restored !== source) result.findings.push(`${key} (version ${versionId}): the copy restored from the replica differs from the source (SHA-256 ${restored ?? 'none'} ≠ ${source})`);
  }
  return result;
}

/** Deletes every version under the drills' scratch prefix (this run's and leftovers of interrupted ones). */
async function deleteScratch(s3: S3Client, bucket: string): Promise<number> {
  let deleted = 0;
  for await (const page of listVersionEntries(s3, bucket, S3_DRILL_PREFIX)) {
    for (const v of page) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: v.key, VersionId: v.versionId }));
      deleted += 1;
    }
  }
  return deleted;
}

export async function runS3Drill(s3: S3Client, target: S3DrillTarget, now: Date, log: (line: string) => void): Promise<string> {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const scratch = `${S3_DRILL_PREFIX}${day}-${randomBytes(4).toString('hex')}/`;
  let outcome: string | undefined;
  let failure: unknown;
  try {
    const c = await compareSample(s3, target, scratch, `${day}/${target.bucket}/${target.rule}`);
    const replica = `s3://${target.replica.bucket} (${target.replica.region})`;
    if (c.findings.length > 0) {
      failure = new Error(`${c.findings.length} of ${c.checked} sampled key(s) do not match the replica ${replica}: ${c.findings.join('; ')}`);
    } else if (c.checked === 0 && c.candidates > 0) {
      failure = new Error(`none of the ${c.notReplicated} sampled object(s) under "${target.prefix}" has been replicated to ${replica} yet (replication status not COMPLETED); check the rule, or copy existing objects (copy-existing)`);
    } else {
      outcome = c.checked === 0 ? `no object under "${target.prefix}" to sample` : `${c.checked} key(s) restored from the replica ${replica} and equal to the source (SHA-256)`;
    }
  } catch (error) {
    failure = new Error(`the drill failed: ${describeAwsError(error)}`);
  }
  let cleanup: string;
  try {
    const deleted = await deleteScratch(s3, target.bucket);
    cleanup = `scratch copies deleted (${deleted} version(s))`;
  } catch (error) {
    cleanup = `deleting the scratch copies under s3://${target.bucket}/${S3_DRILL_PREFIX} failed: ${describeAwsError(error)} — the next drill deletes them`;
    failure ??= new Error(cleanup);
  }
  log(`S3 drill s3://${target.bucket}/${target.prefix}: ${outcome ?? errorMessage(failure)}; ${cleanup}`);
  if (failure) throw new Error(`${errorMessage(failure)}; ${cleanup}`);
  return `${outcome}; ${cleanup}`;
}
