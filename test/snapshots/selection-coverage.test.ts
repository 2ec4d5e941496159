/** Which policy selects what (conflicts named, Aurora members redirected) and the coverage report. */
import { describe, expect, it } from 'vitest';
import { snapshotsSchema, type SnapshotPolicy } from '../../src/config/snapshots-schema.js';
import { buildCoverage, renderCoverageMarkdown } from '../../src/snapshots/coverage.js';
import type { SnapshotRecord, SourceResource } from '../../src/snapshots/inventory.js';
import { selectResources } from '../../src/snapshots/selection.js';
import { TAG } from '../../src/snapshots/tags.js';

const policies = (raw: unknown[]): SnapshotPolicy[] => snapshotsSchema.parse({ policies: raw }).policies;
const base = (type: SourceResource['type'], id: string, tags: Record<string, string> = {}): SourceResource => ({ type, account: 'default', region: 'us-east-1', id, tags });

describe('selectResources', () => {
  const ps = policies([
    { name: 'daily', resources: { type: 'ebs-volume', tags: { Backup: 'daily' } }, retention: { daily: 7 } },
    { name: 'critical', resources: { type: 'ebs-volume', ids: ['vol-2'] }, retention: { daily: 7 } },
    { name: 'servers', resources: { type: 'ec2-instance', tags: { Backup: '*' }, 'exclude-boot-volume': true }, retention: { daily: 7 } },
    { name: 'dbs', resources: { type: 'rds-instance', tags: { Backup: 'daily' } }, retention: { daily: 7 } },
  ]);
  const resources: SourceResource[] = [
    base('ebs-volume', 'vol-1', { Backup: 'daily' }),
    base('ebs-volume', 'vol-2', { Backup: 'daily' }),
    base('ebs-volume', 'vol-3', { Backup: 'weekly' }),
    { ...base('ec2-instance', 'i-1', { Backup: 'x' }), volumes: [{ id: 'vol-0', device: '/dev/xvda', boot: true }, { id: 'vol-1', device: '/dev/sdf', boot: false }] },
    { ...base('rds-instance', 'aurora-1', { Backup: 'daily' }), clusterId: 'aurora' },
    base('rds-instance', 'pg', { Backup: 'daily' }),
  ];
  const result = selectResources(ps, resources);

  it('selects by tags (all must match, "*" any value) or ids', () => {
    expect(result.selected.map((s) => `${s.policy.name}:${s.resource.id}`).sort()).toEqual(['daily:vol-1', 'dbs:pg', 'servers:i-1']);
  });

  it('makes a resource matched by two policies of its type an error naming both, and snapshots it with neither', () => {
    expect(result.conflicts.map((c) => [c.resource.id, c.policies])).toEqual([['vol-2', ['daily', 'critical']]]);
  });

  it('redirects an Aurora member to its cluster and reports a volume selected alone and with its instance', () => {
    expect(result.skipped[0]).toMatchObject({ policy: 'dbs', resource: { id: 'aurora-1' } });
    expect(result.skipped[0]!.reason).toContain('select the cluster with type rds-cluster');
    expect(result.overlaps).toEqual([{ volume: 'vol-1', account: 'default', region: 'us-east-1', volumePolicy: 'daily', instancePolicy: 'servers', instance: 'i-1' }]);
  });

  it('covers every resource: unprotected, conflict, excluded boot volume, stale, automated backups off', () => {
    const now = Date.parse('2026-01-10T00:00:00Z');
    const snapshots: SnapshotRecord[] = [
      { kind: 'ebs', account: 'default', region: 'us-east-1', id: 'snap-1', resourceId: 'vol-1', createdAt: now - 72 * 3600_000, state: 'completed', status: 'completed', tags: { [TAG.source]: 'vol-1', [TAG.sourceRegion]: 'us-east-1', [TAG.createdBy]: 'aws-backup-gitops', [TAG.policy]: 'daily' } },
    ];
    const withVol0 = [...resources, base('ebs-volume', 'vol-0'), { ...base('rds-instance', 'nobackup'), backupRetentionDays: 0 }];
    const coverage = buildCoverage({
      resources: withVol0,
      selection: selectResources(ps, withVol0),
      snapshots,
      snapshotPlanned: new Set(['default|us-east-1|pg']),
      copyPlanned: new Set(),
      policyCopies: new Map(),
      staleAfterHours: 36,
      now,
    });
    const status = Object.fromEntries(coverage.rows.map((r) => [r.id, r.status]));
    expect(status).toEqual({
      'vol-0': 'excluded',
      'vol-1': 'stale',
      'vol-2': 'conflict',
      'vol-3': 'unprotected',
      'i-1': 'stale',
      'aurora-1': 'unprotected',
      pg: 'protected',
      nobackup: 'unprotected',
    });
    expect(coverage.rows.find((r) => r.id === 'vol-1')!.newestSnapshotAgeHours).toBe(72);
    const messages = coverage.warnings.map((w) => `${w.item}: ${w.message}`);
    expect(messages).toContain('EBS volume vol-1 (us-east-1): stale: newest snapshot is 72 h old (stale after 36 h) — check earlier runs for failures');
    expect(messages).toContain('EBS volume vol-3 (us-east-1): unprotected: no snapshot policy selects it; tag it for a policy (e.g. Backup: daily) or list its id');
    expect(messages.some((m) => m.startsWith('DB instance nobackup') && m.includes('backup retention 0 days'))).toBe(true);
    const markdown = renderCoverageMarkdown(coverage.rows);
    expect(markdown).toContain('| default | us-east-1 | EBS volume | 4 | 0 | 1 | 1 | 2 |');
    expect(markdown).toContain('| unprotected | EBS volume `vol-3` | us-east-1 | — | none | none | no policy selects it |');
  });
});

describe('snapshots schema', () => {
  it('rejects mistakes with a message that says how to fix them', () => {
    const issues = (raw: unknown) => snapshotsSchema.safeParse(raw).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ policies: [{ name: 'x', resources: { type: 'ebs-volume', tags: { a: 'b' } }, retention: {} }] })).toEqual([
      'policies.0.retention: retention keeps nothing: set at least one of hourly, daily, weekly, monthly, yearly above 0, or max-age-days (e.g. { daily: 7, weekly: 4, monthly: 12 })',
    ]);
    expect(issues({ policies: [{ name: 'x', resources: { type: 'rds-instance' }, retention: { daily: 1 }, 'archive-after-days': 90 }] })).toEqual([
      'policies.0.resources: select resources with tags (e.g. tags: { Backup: daily }) and/or ids',
      'policies.0.archive-after-days: archive-after-days applies only to EBS snapshots (ebs-volume, ec2-instance), not rds-instance; remove it',
    ]);
    expect(issues({ policies: [{ name: 'x', resources: { type: 'ebs-volume', ids: ['v'] }, retention: { daily: 1 }, copies: [{ region: 'us-west-2', 'kms-key': 'arn:aws:kms:us-east-1:111111111111:key/abc' }] }] })).toEqual([
      'policies.0.copies.0.kms-key: kms-key is in us-east-1 but the copies go to us-west-2; use a key (or alias) in us-west-2',
    ]);
  });
});
