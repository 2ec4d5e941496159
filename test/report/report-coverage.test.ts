/** The JSON report carries every snapshot coverage row, not only the summary's first 100, and the S3 bucket rows. */
import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../src/plan/plan.js';
import { buildReport, toJson } from '../../src/report/report.js';
import { renderCoverageMarkdown, type CoverageRow } from '../../src/snapshots/coverage.js';
import { reportSchemaErrors } from '../support/report-schema.js';

const rows: CoverageRow[] = Array.from({ length: 150 }, (_, i) => ({
  account: 'default',
  region: 'us-east-1',
  type: 'ebs-volume',
  id: `vol-${String(i).padStart(17, '0')}`,
  policies: [],
  status: 'unprotected',
  notes: ['no policy selects it'],
  ...(i === 0 && { name: 'data', policies: ['daily'], status: 'stale', newestSnapshotAgeHours: 40.5, notes: ['newest snapshot is 40.5 h old (stale after 36 h)'] }),
}));

describe('coverage in the JSON report', () => {
  const at = new Date('2026-01-10T00:00:00Z');
  it('lists every row with its fields in a fixed order', () => {
    const report = buildReport({ command: 'run', dryRun: false, startedAt: at, finishedAt: at, plan: emptyPlan(), results: [], coverage: rows });
    const json = JSON.parse(toJson(report));
    expect(json.coverage).toHaveLength(150);
    expect(Object.keys(json.coverage[0])).toEqual(['account', 'region', 'type', 'id', 'name', 'status', 'policies', 'newestSnapshotAgeHours', 'notes']);
    expect(json.coverage[0]).toEqual({
      account: 'default',
      region: 'us-east-1',
      type: 'ebs-volume',
      id: 'vol-00000000000000000',
      name: 'data',
      status: 'stale',
      policies: ['daily'],
      newestSnapshotAgeHours: 40.5,
      notes: ['newest snapshot is 40.5 h old (stale after 36 h)'],
    });
    expect(json.coverage[149]).toEqual({ account: 'default', region: 'us-east-1', type: 'ebs-volume', id: 'vol-00000000000000149', status: 'unprotected', policies: [], notes: ['no policy selects it'] });
    // The summary stays capped.
    expect(renderCoverageMarkdown(rows)).toContain('…and 50 more resources that need attention.');
  });

  it('has no coverage key when snapshots are not configured', () => {
    const report = buildReport({ command: 'run', dryRun: false, startedAt: at, finishedAt: at, plan: emptyPlan(), results: [] });
    expect(JSON.parse(toJson(report))).not.toHaveProperty('coverage');
  });

  it('lists S3 bucket rows with the warnings they give as notes', () => {
    const report = buildReport({ command: 'run', dryRun: false, startedAt: at, finishedAt: at, plan: emptyPlan(), results: [] });
    report.bucketCoverage = [
      { account: 'prod', bucket: 'app-data', region: 'eu-west-1', versioning: 'Enabled', replicates: true, offAccount: false, objectLock: false, receivesReplicas: false, failedKeys: ['k'] },
    ];
    const json = JSON.parse(toJson(report));
    expect(Object.keys(json.bucketCoverage[0])).toEqual(['account', 'region', 'bucket', 'versioning', 'replicates', 'offAccount', 'objectLock', 'receivesReplicas', 'failedKeys', 'notes']);
    expect(json.bucketCoverage[0].notes).toEqual([expect.stringMatching(/^no copy outside this account/), expect.stringMatching(/^replication is failing \(status FAILED for k\)/)]);
    expect(reportSchemaErrors(json)).toEqual([]);
    expect(JSON.parse(toJson(buildReport({ command: 'run', dryRun: false, startedAt: at, finishedAt: at, plan: emptyPlan(), results: [] })))).not.toHaveProperty('bucketCoverage');
  });
});
