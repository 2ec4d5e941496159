import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPlan } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { actionsAnnotator, annotateReport, streamAnnotator } from '../../src/report/annotations.js';
import type { Annotator } from '../../src/report/annotations.js';
import { buildReport } from '../../src/report/report.js';
import type { Report } from '../../src/report/report.js';

function reportWith(warnings: number, errors: number): Report {
  const plan: Plan = emptyPlan();
  for (let i = 0; i < warnings; i++) plan.warnings.push({ section: 'snapshots:daily', item: `vol-${i}`, message: `untagged volume ${i}` });
  for (let i = 0; i < errors; i++) plan.errors.push({ section: 'route53', item: `zone z${i}.example.`, message: `AccessDenied ${i}` });
  return buildReport({ command: 'run', dryRun: false, startedAt: new Date(0), finishedAt: new Date(0), plan, results: [] });
}

function recorder(): Annotator & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    warning: (message, title) => calls.push(`warning [${title}] ${message}`),
    error: (message, title) => calls.push(`error [${title}] ${message}`),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('annotateReport', () => {
  it('turns warnings into warnings and failures into errors, titled by the item', () => {
    const annotator = recorder();
    annotateReport(reportWith(2, 1), annotator);
    expect(annotator.calls).toEqual([
      'warning [vol-0] untagged volume 0',
      'warning [vol-1] untagged volume 1',
      'error [zone z0.example.] AccessDenied 0',
    ]);
  });

  it('stays within GitHub’s 10 per kind (one error kept for setFailed) and says how many more there are', () => {
    const annotator = recorder();
    annotateReport(reportWith(15, 10), annotator);
    const warnings = annotator.calls.filter((c) => c.startsWith('warning'));
    const errors = annotator.calls.filter((c) => c.startsWith('error'));
    expect(warnings).toHaveLength(10);
    expect(warnings[8]).toBe('warning [vol-8] untagged volume 8');
    expect(warnings[9]).toBe('warning [6 more warnings] 6 more warnings not annotated here; the job summary and the JSON report list them all.');
    expect(errors).toHaveLength(9);
    expect(errors[7]).toBe('error [zone z7.example.] AccessDenied 7');
    expect(errors[8]).toBe('error [2 more failures] 2 more failures not annotated here; the job summary and the JSON report list them all.');

    const exact = recorder();
    annotateReport(reportWith(10, 9), exact);
    expect(exact.calls.filter((c) => c.includes('more'))).toEqual([]);
    expect(exact.calls).toHaveLength(19);
  });

  it('emits everything when given no limit (the CLI)', () => {
    const annotator = recorder();
    annotateReport(reportWith(15, 0), annotator, { limit: Infinity });
    expect(annotator.calls).toHaveLength(15);
  });
});

describe('annotators', () => {
  it('actionsAnnotator issues workflow commands with a title', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    actionsAnnotator.warning('rule has no filter', 'bucket logs');
    actionsAnnotator.error('AccessDenied: not allowed\nsecond line', 'zone a.example.');
    vi.restoreAllMocks();
    expect(lines.map((l) => l.trimEnd())).toEqual([
      '::warning title=bucket logs::rule has no filter',
      '::error title=zone a.example.::AccessDenied: not allowed%0Asecond line',
    ]);
  });

  it('streamAnnotator prints one prefixed line each', () => {
    const chunks: string[] = [];
    const annotator = streamAnnotator({ write: (chunk: string) => chunks.push(chunk) });
    annotateReport(reportWith(1, 1), annotator);
    expect(chunks.join('')).toBe('warning: vol-0 — untagged volume 0\nerror: zone z0.example. — AccessDenied 0\n');
  });
});
