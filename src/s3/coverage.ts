/**
 * S3 buckets in the coverage report: per declared bucket, whether versioning is on, whether
 * it replicates, whether a copy lives in another account, whether Object Lock guards it, and
 * whether replication is failing (the replication status of its newest objects). Gaps are
 * warnings; the table goes into the job summary beside the snapshot coverage, the rows into
 * the JSON report. Pure.
 */
export interface BucketCoverage {
  /** The account name from the config. */
  account: string;
  bucket: string;
  region: string;
  versioning: 'Enabled' | 'Suspended' | 'off';
  replicates: boolean;
  offAccount: boolean;
  objectLock: boolean;
  /** Another declared bucket replicates into this one: it needs no replication of its own. */
  receivesReplicas: boolean;
  /** Keys whose newest version's replication status is FAILED (a sample). */
  failedKeys: string[];
}

export function coverageWarnings(row: BucketCoverage): string[] {
  const warnings: string[] = [];
  if (row.versioning !== 'Enabled') warnings.push(`versioning is ${row.versioning}: an overwrite or delete loses the object for good; add versioning: enabled`);
  if (!row.receivesReplicas) {
    if (!row.replicates) warnings.push('no replication: a region outage or a deleted bucket loses the data; add a replication rule to the DR region or the vault');
    else if (!row.offAccount) warnings.push('no copy outside this account: whoever holds its admin rights can delete bucket and replica together; replicate into the vault (destination.account: vault)');
  }
  if (row.failedKeys.length > 0) warnings.push(`replication is failing (status FAILED for ${row.failedKeys.join(', ')}); check the replication role and the destination bucket policy`);
  return warnings;
}

const mark = (ok: boolean): string => (ok ? '✅' : '⚠️');

export function coverageMarkdown(rows: readonly BucketCoverage[]): string {
  if (rows.length === 0) return '';
  const lines = [
    '### S3 bucket coverage',
    '',
    '| bucket | versioning | replication | off-account copy | Object Lock | replication status |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.bucket} (${r.region}) | ${mark(r.versioning === 'Enabled')} ${r.versioning} | ${mark(r.replicates)} | ${mark(r.offAccount)} | ${r.objectLock ? '🔒' : '—'} | ${r.failedKeys.length > 0 ? `⚠️ ${r.failedKeys.length} failed` : r.replicates ? '✅' : '—'} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
