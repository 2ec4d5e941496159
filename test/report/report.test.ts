import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/plan/apply.js';
import { PlanBuilder, emptyPlan, mergePlans } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { buildReport, exitCode, failureLines, failureMessage, toJson, writeJsonReport } from '../../src/report/report.js';
import type { Report } from '../../src/report/report.js';
import type { RateBudgetStats } from '../../src/aws/rate-budget.js';
import packageJson from '../../package.json' with { type: 'json' };

const STARTED = new Date('2024-05-01T02:00:00.000Z');
const FINISHED = new Date('2024-05-01T02:00:12.500Z');

const ok = async (): Promise<void> => {};

/** Route 53 exports (one removal fails), a snapshot policy with a DR copy, a lifecycle warning and a planning error. */
function mixedPlan(): Plan {
  const route53 = new PlanBuilder('route53');
  route53.add({ kind: 'write', target: 'example.com. (public)', reason: '2 records changed', details: { records: 14 }, apply: ok });
  route53.add({
    kind: 'remove',
    target: 'old.example.com. (private)',
    reason: 'zone no longer exists',
    apply: async () => {
      throw new Error('EACCES: permission denied');
    },
  });
  route53.error('route53 zone broken.example. (Z0042)', 'AccessDenied: not authorized to perform route53:ListResourceRecordSets');

  const snapshots = new PlanBuilder('snapshots:daily');
  const snap = snapshots.add({ kind: 'snapshot', target: 'vol-0a1 (web-data)', reason: 'daily snapshot due', apply: async () => 'snap-0f00' });
  snapshots.add({ kind: 'copy', target: 'snap-0f00 → eu-west-1', reason: 'DR copy', dependsOn: [snap], apply: ok });
  snapshots.add({ kind: 'delete', target: 'snap-0old', reason: 'older than 7 daily', details: { age: '9 days' }, apply: ok });

  const lifecycle = new PlanBuilder('lifecycle');
  lifecycle.warn('bucket logs-archive', 'rule "tmp" has no filter and applies to the whole bucket');
  return mergePlans(route53.build(), snapshots.build(), lifecycle.build());
}

async function reportOf(plan: Plan, command: string, dryRun: boolean): Promise<Report> {
  const results = await applyPlan(plan, { dryRun, concurrency: 4 });
  return buildReport({ command, dryRun, startedAt: STARTED, finishedAt: FINISHED, plan, results });
}

describe('buildReport', () => {
  it('groups actions by section with their outcomes and counts them', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    expect(report.sections.map((s) => [s.name, s.actions.length, s.warnings.length, s.errors.length])).toEqual([
      ['route53', 2, 0, 1],
      ['snapshots:daily', 3, 0, 0],
      ['lifecycle', 0, 1, 0],
    ]);
    expect(report.sections[1]?.actions[0]?.outcome).toEqual({ status: 'applied', note: 'snap-0f00' });
    expect(report.counts).toEqual({ planned: 5, destructive: 2, applied: 4, failed: 1, skipped: 0, warnings: 1, planningErrors: 1 });
    expect(report.startedAt).toBe('2024-05-01T02:00:00.000Z');
    expect(report.changed).toBe(true);
  });

  it('lists planning errors then failed actions, one `item — reason` line each', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    expect(failureLines(report)).toEqual([
      'route53 zone broken.example. (Z0042) — AccessDenied: not authorized to perform route53:ListResourceRecordSets',
      'remove old.example.com. (private) — EACCES: permission denied',
    ]);
    expect(exitCode(report)).toBe(1);
    expect(failureMessage(report)).toBe(
      [
        'run: 2 items failed:',
        '  route53 zone broken.example. (Z0042) — AccessDenied: not authorized to perform route53:ListResourceRecordSets',
        '  remove old.example.com. (private) — EACCES: permission denied',
      ].join('\n'),
    );
  });

  it('folds multi-line reasons into one line', () => {
    const plan = emptyPlan();
    plan.errors.push({ item: 'elbv2 us-east-1', message: 'Throttling\n   Rate exceeded' });
    const report = buildReport({ command: 'run', dryRun: false, startedAt: STARTED, finishedAt: FINISHED, plan, results: [] });
    expect(failureLines(report)).toEqual(['elbv2 us-east-1 — Throttling Rate exceeded']);
    expect(failureMessage(report)).toBe('run: 1 item failed:\n  elbv2 us-east-1 — Throttling Rate exceeded');
  });

  it('exits 0 with no failure text when nothing failed', async () => {
    const plan = mixedPlan();
    plan.errors = [];
    plan.actions = plan.actions.filter((a) => a.kind !== 'remove');
    const report = await reportOf(plan, 'run', false);
    expect(exitCode(report)).toBe(0);
    expect(failureLines(report)).toEqual([]);
    expect(failureMessage(report)).toBe('');
  });

  it('sets `changed` from what was applied, or in dry-run from what would be', async () => {
    const failing = emptyPlan();
    failing.actions.push({ ...mixedPlan().actions[1]!, dependsOn: undefined });
    expect((await reportOf(failing, 'run', false)).changed).toBe(false);
    expect((await reportOf(failing, 'plan', true)).changed).toBe(true);
    expect((await reportOf(emptyPlan(), 'plan', true)).changed).toBe(false);
    expect((await reportOf(mixedPlan(), 'run', false)).changed).toBe(true);
  });

  it('refuses results that do not cover every action', () => {
    expect(() =>
      buildReport({ command: 'run', dryRun: false, startedAt: STARTED, finishedAt: FINISHED, plan: mixedPlan(), results: [] }),
    ).toThrow(/No apply result for action 'route53\/write\/example.com. \(public\)'/);
  });
});

describe('toJson', () => {
  it('has no functions and reads back as the report data', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    const json = toJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toMatch(/"apply"|=>|async/);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual([
      'version', 'tool', 'command', 'dryRun', 'startedAt', 'finishedAt', 'changed', 'exitCode', 'counts', 'failures', 'warnings', 'sections',
    ]);
    expect(parsed.exitCode).toBe(1);
    expect(parsed.tool).toEqual({ name: 'aws-backup-gitops', version: packageJson.version });
    expect(parsed.sections[1].actions[0]).toEqual({
      id: 'snapshots:daily/snapshot/vol-0a1 (web-data)',
      kind: 'snapshot',
      target: 'vol-0a1 (web-data)',
      reason: 'daily snapshot due',
      destructive: false,
      outcome: { status: 'applied', note: 'snap-0f00' },
    });
    expect(parsed.sections[1].actions[1].dependsOn).toEqual(['snapshots:daily/snapshot/vol-0a1 (web-data)']);
    expect(parsed.failures[1]).toEqual({ section: 'route53', item: 'remove old.example.com. (private)', reason: 'EACCES: permission denied' });
  });

  it('does not depend on the order keys were set in', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    const reorder = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const shuffled: Report = {
      ...reorder(report),
      counts: reorder(report.counts),
      sections: report.sections.map((s) => ({
        ...reorder(s),
        actions: s.actions.map((a) => ({ ...reorder(a), ...(a.details ? { details: reorder(a.details) } : {}) })),
      })),
    };
    const withDetails = report.sections[0]!.actions[0]!;
    withDetails.details = { records: 14, changed: 2 };
    shuffled.sections[0]!.actions[0]!.details = { changed: 2, records: 14 };
    expect(toJson(shuffled)).toBe(toJson(report));
    expect(toJson(report).indexOf('"changed": 2')).toBeLessThan(toJson(report).indexOf('"records": 14'));
  });
});

describe('toJson with API call statistics', () => {
  it('appends them last with sorted keys, and leaves them out when not given', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    const stats = {
      throttled: 1,
      calls: 7,
      operations: [{ operation: 'ListHostedZones', family: 'route53', throttled: 1, calls: 7 }],
    } as const satisfies RateBudgetStats;
    const parsed = JSON.parse(toJson(report, { apiCalls: stats, peakRssBytes: 123 }));
    expect(Object.keys(parsed).slice(-2)).toEqual(['apiCalls', 'process']);
    expect(parsed.process).toEqual({ peakRssBytes: 123 });
    expect(Object.keys(parsed.apiCalls)).toEqual(['calls', 'operations', 'throttled']);
    expect(Object.keys(parsed.apiCalls.operations[0])).toEqual(['calls', 'family', 'operation', 'throttled']);
    expect(parsed.apiCalls.calls).toBe(7);
    expect('apiCalls' in JSON.parse(toJson(report))).toBe(false);
  });
});

describe('writeJsonReport', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates missing folders, replaces an old report and leaves no temporary file', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    const path = join(dir, 'out', 'nested', 'report.json');
    await writeJsonReport(path, await reportOf(emptyPlan(), 'plan', true));
    const stats = { apiCalls: { calls: 2, throttled: 0, operations: [] } satisfies RateBudgetStats, peakRssBytes: 1 };
    await writeJsonReport(path, report, stats);
    expect(await readFile(path, 'utf8')).toBe(toJson(report, stats));
    expect(await readdir(join(dir, 'out', 'nested'))).toEqual(['report.json']);
  });

  it('says where and how to fix it when the folder cannot be created, and leaves nothing behind', async () => {
    await writeFile(join(dir, 'blocker'), 'a file, not a folder');
    const path = join(dir, 'blocker', 'report.json');
    await expect(writeJsonReport(path, await reportOf(emptyPlan(), 'plan', true))).rejects.toThrow(
      new RegExp(`Could not write the JSON report to ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*choose another report path`),
    );
    expect(await readdir(dir)).toEqual(['blocker']);
  });
});
