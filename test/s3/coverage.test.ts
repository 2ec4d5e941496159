import { describe, expect, it } from 'vitest';
import { coverageMarkdown, coverageWarnings, type BucketCoverage } from '../../src/s3/coverage.js';

const row = (extra: Partial<BucketCoverage>): BucketCoverage => ({
  account: 'prod',
  bucket: 'b',
  region: 'eu-west-1',
  versioning: 'Enabled',
  replicates: true,
  offAccount: true,
  objectLock: false,
  receivesReplicas: false,
  failedKeys: [],
  ...extra,
});

describe('S3 bucket coverage', () => {
  it('warns about each gap, and nothing for a versioned bucket replicated into another account', () => {
    expect(coverageWarnings(row({}))).toEqual([]);
    expect(coverageWarnings(row({ versioning: 'off' }))[0]).toMatch(/versioning is off/);
    expect(coverageWarnings(row({ replicates: false, offAccount: false }))).toEqual([expect.stringMatching(/no replication/)]);
    expect(coverageWarnings(row({ offAccount: false }))).toEqual([expect.stringMatching(/no copy outside this account/)]);
    expect(coverageWarnings(row({ failedKeys: ['a', 'b'] }))).toEqual([expect.stringMatching(/replication is failing \(status FAILED for a, b\)/)]);
    // A bucket that only receives replicas needs none of its own; failures and versioning still count.
    expect(coverageWarnings(row({ receivesReplicas: true, replicates: false, offAccount: false }))).toEqual([]);
    expect(coverageWarnings(row({ receivesReplicas: true, replicates: false, versioning: 'off', failedKeys: ['k'] }))).toHaveLength(2);
  });

  it('renders one table row per bucket', () => {
    const md = coverageMarkdown([row({}), row({ bucket: 'c', versioning: 'Suspended', replicates: false, offAccount: false, failedKeys: ['k'] })]);
    expect(md).toContain('### S3 bucket coverage');
    expect(md).toContain('| b (eu-west-1) | ✅ Enabled | ✅ | ✅ | — | ✅ |');
    expect(md).toContain('| c (eu-west-1) | ⚠️ Suspended | ⚠️ | ⚠️ | — | ⚠️ 1 failed |');
    expect(coverageMarkdown([])).toBe('');
  });
});
