/**
 * The prerequisites of bucket protection that the config alone shows, checked before any
 * call: replication needs versioning on the bucket and on a destination declared here, a
 * destination must not be the source itself, Object Lock needs versioning, replica ownership
 * needs another account. Pure: entries in, problems (path + message) out. What only AWS
 * knows — a destination declared elsewhere without versioning, Object Lock on a bucket not
 * created with it — the plan checks from read-only calls.
 */
import type { ProtectedBucketEntry } from '../config/protection-schema.js';

export interface Problem {
  path: (string | number)[];
  message: string;
}

export function protectionProblems(buckets: readonly ProtectedBucketEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byName = new Map(buckets.map((b) => [b.name, b]));
  buckets.forEach((bucket, index) => {
    const who = `bucket "${bucket.name}"`;
    if (bucket['object-lock'] && bucket.versioning !== 'enabled') {
      problems.push({ path: [index, 'object-lock'], message: `${who}: Object Lock works only with versioning; add versioning: enabled (a bucket with Object Lock cannot suspend it)` });
    }
    const replication = bucket.replication;
    if (!replication) return;
    if (bucket.versioning !== 'enabled') {
      problems.push({ path: [index, 'replication'], message: `${who}: S3 replicates only from a versioned bucket; add versioning: enabled to this bucket` });
    }
    replication.rules.forEach((rule, r) => {
      const at = [index, 'replication', 'rules', r, 'destination'];
      const dest = rule.destination;
      const sameAccount = (dest.account ?? bucket.account) === bucket.account;
      if (dest.bucket === bucket.name && sameAccount) {
        problems.push({ path: [...at, 'bucket'], message: `${who}, rule "${rule.id}": the destination is the bucket itself; replicate to another bucket (DR region or vault)` });
        return;
      }
      const declared = byName.get(dest.bucket);
      if (declared && declared.versioning !== 'enabled') {
        problems.push({
          path: [...at, 'bucket'],
          message: `${who}, rule "${rule.id}": the destination bucket "${dest.bucket}" has no versioning: enabled in its entry, and S3 replicates only into a versioned bucket; add versioning: enabled to "${dest.bucket}"`,
        });
      }
      if (dest['replica-owner'] === 'destination' && sameAccount) {
        problems.push({ path: [...at, 'replica-owner'], message: `${who}, rule "${rule.id}": replica-owner: destination only applies to another account; set destination.account or remove replica-owner` });
      }
    });
  });
  return problems;
}
