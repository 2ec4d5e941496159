/** S3 drill planning, pure: which rules are drilled, which keys are sampled. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { PlanBuilder } from '../../src/plan/plan.js';
import { S3_DRILL_PREFIX, s3DrillTargets } from '../../src/s3/drill.js';
import { SampleKeeper } from '../../src/s3/drill-sample.js';
import { S3_DRILL_SCRATCH } from '../../src/iam/statements.js';

const bucket = (name: string, extra: string) => `    - name: ${name}
      region: eu-west-1
      versioning: enabled
${extra}`;
const rule = (id: string, dest: string, more = '') => `      replication:
        role: arn:aws:iam::111111111111:role/r
        rules:
          - { id: ${id}, destination: { bucket: ${dest}${more} } }`;

describe('S3 drill planning', () => {
  it('drills each enabled replication rule; warns about buckets it cannot drill and rules that would replicate the scratch copies', () => {
    const config = parseConfig(
      `version: 1\nregions: [eu-west-1]\ndr-region: eu-north-1\nlifecycle:\n  buckets:\n${[
        bucket('plain-data', rule('dr', 'plain-data-dr')),
        bucket('kms-data', rule('dr', 'kms-data-dr', ', kms-key: arn:aws:kms:eu-north-1:111111111111:key/k')),
        bucket('locked-data', `${rule('dr', 'locked-data-dr')}\n      object-lock: { mode: governance, days: 1 }`),
        bucket('no-replication', ''),
      ].join('\n')}\n`,
      'aws-backup.yml',
    );
    const plan = new PlanBuilder('drill');
    const targets = s3DrillTargets(config, { name: 'default', regions: ['eu-west-1'] }, 'default', plan);
    expect(targets.map((t) => `${t.bucket}→${t.replica.bucket}@${t.replica.region}`)).toEqual(['plain-data→plain-data-dr@eu-north-1', 'kms-data→kms-data-dr@eu-north-1']);
    const warnings = plan.build().warnings.map((w) => `${w.item}: ${w.message}`);
    expect(warnings).toEqual([
      expect.stringMatching(/^s3:\/\/kms-data: rule "dr" replicates SSE-KMS objects under "", so S3 also copies the drill's scratch copies/),
      expect.stringMatching(/^s3:\/\/locked-data: no S3 drill: Object Lock would keep its scratch copies/),
    ]);
    // Another account's buckets are that account's drill.
    expect(s3DrillTargets(config, { name: 'other', regions: ['eu-west-1'] }, 'default', new PlanBuilder('drill'))).toEqual([]);
  });

  it('samples keys spread over the listing, the same for the same seed, others for another', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k/${String(i).padStart(5, '0')}`);
    const pick = (seed: string) => {
      const keeper = new SampleKeeper(seed, 10);
      for (const k of keys) keeper.add(k, 1);
      return keeper.candidates().map((c) => c.key);
    };
    const today = pick('20260301/app-data/dr');
    expect(today).toHaveLength(10);
    expect(pick('20260301/app-data/dr')).toEqual(today);
    expect(pick('20260302/app-data/dr')).not.toEqual(today);
    // Not the first keys of the listing: spread over it.
    expect(today.filter((k) => k < 'k/01000').length).toBeLessThan(10);
    expect(today.some((k) => k >= 'k/02500')).toBe(true);
  });

  it('the IAM scratch prefix is the drill\'s', () => {
    expect(S3_DRILL_SCRATCH).toBe(S3_DRILL_PREFIX);
  });
});
