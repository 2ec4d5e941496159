import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/plan/apply.js';
import { PlanBuilder, emptyPlan, mergePlans } from '../../src/plan/plan.js';
import type { ActionKind, Plan } from '../../src/plan/plan.js';
import { GITHUB_COMMENT_MAX_LENGTH, escapeMarkdown, renderMarkdown, renderText } from '../../src/report/render.js';
import { buildReport } from '../../src/report/report.js';
import type { Report } from '../../src/report/report.js';
import packageJson from '../../package.json' with { type: 'json' };

const STARTED = new Date('2024-05-01T02:00:00.000Z');
const FINISHED = new Date('2024-05-01T02:00:12.500Z');
const ok = async (): Promise<void> => {};

function mixedPlan(): Plan {
  const route53 = new PlanBuilder('route53');
  route53.add({ kind: 'write', target: 'example.com. (public)', reason: '2 records changed', details: { records: 14 }, apply: ok });
  route53.add({
    kind: 'remove',
    target: 'old|example.com. (private)',
    reason: 'zone no longer exists',
    apply: async () => {
      throw new Error('EACCES: permission denied');
    },
  });
  route53.error('route53 zone broken.example. (Z0042)', 'AccessDenied: not authorized to perform route53:ListResourceRecordSets');
  const snapshots = new PlanBuilder('snapshots:daily');
  const snap = snapshots.add({ kind: 'snapshot', target: 'vol-0a1 (web-data)', reason: 'daily snapshot due', apply: async () => 'snap-0f00' });
  snapshots.add({ kind: 'copy', target: 'snap-0f00 → eu-west-1', reason: 'DR copy', dependsOn: [snap], apply: ok });
  snapshots.add({ kind: 'delete', target: 'snap-0old', reason: 'older than 7 daily', apply: ok });
  const lifecycle = new PlanBuilder('lifecycle');
  lifecycle.warn('bucket logs-archive', 'rule <tmp> has no filter; ping @ops');
  return mergePlans(route53.build(), snapshots.build(), lifecycle.build());
}

async function reportOf(plan: Plan, command: string, dryRun: boolean): Promise<Report> {
  const results = await applyPlan(plan, { dryRun, concurrency: 4 });
  return buildReport({ command, dryRun, startedAt: STARTED, finishedAt: FINISHED, plan, results });
}

/** `|` that separate cells: not escaped by an odd run of backslashes. */
function cellCount(line: string): number {
  let count = 0;
  let backslashes = 0;
  for (const char of line) {
    if (char === '|' && backslashes % 2 === 0) count++;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return count - 1;
}

/** Structural checks GitHub's renderer relies on; returns the problems found. */
function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const opened = markdown.match(/<details>/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details>`);
  if (/<details>(?:(?!<\/details>)[\s\S])*<details>/.test(markdown)) problems.push('nested or unclosed <details>');
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    let end = i;
    while (lines[end + 1]?.startsWith('|')) end++;
    if (i > 0 && lines[i - 1] !== '') problems.push(`table at line ${i + 1} does not follow a blank line`);
    if (end + 1 < lines.length && lines[end + 1] !== '') problems.push(`table at line ${i + 1} is not followed by a blank line`);
    if (!/^\|(:?-+:?\|)+$/.test(lines[i + 1] ?? '')) problems.push(`table at line ${i + 1} has no separator row`);
    const width = cellCount(lines[i]!);
    for (let j = i; j <= end; j++) {
      if (cellCount(lines[j]!) !== width) problems.push(`line ${j + 1} has ${cellCount(lines[j]!)} cells, header ${width}`);
    }
  }
  return problems;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('renderMarkdown', () => {
  it('says "No changes" for an empty plan, with no tables', async () => {
    const markdown = renderMarkdown(await reportOf(emptyPlan(), 'plan', true));
    expect(markdown.split('\n')[0]).toBe('## aws-backup-gitops: plan (dry run) — ✅ No changes');
    expect(markdown).toContain('**No changes.**');
    expect(markdown).not.toContain('|');
    expect(markdown).not.toMatch(/Failures|Warnings/);
  });

  it('renders a mixed run: headline, summary table, failures, warnings and per-section tables', async () => {
    const markdown = renderMarkdown(await reportOf(mixedPlan(), 'run', false));
    expect(markdown.split('\n')[0]).toBe('## aws-backup-gitops: run — ❌ 2 failures, 4 changes applied');
    expect(markdown).toContain('| route53 |  |  | 1 |  | 1 | ⚠️ 1 | 2 |');
    expect(markdown).toContain('| **Total** | 1 | 1 | 1 | 1 | 1 | ⚠️ 2 | 5 |');
    expect(markdown).toContain('- **remove old\\|example.com. (private)** — EACCES: permission denied');
    expect(markdown).toContain('| **⚠️ remove** | `old\\|example.com. (private)` | zone no longer exists |  | ❌ failed: EACCES: permission denied |');
    // No raw HTML or mentions from data.
    expect(markdown).toContain('rule \\<tmp\\> has no filter; ping \\@ops');
    expect(markdownProblems(markdown)).toEqual([]);
    // The version is today's package.json version; the snapshot shows where it goes.
    expect(markdown.replace(` · aws-backup-gitops ${packageJson.version}</sub>`, ' · aws-backup-gitops X.Y.Z</sub>')).toMatchInlineSnapshot(`
      "## aws-backup-gitops: run — ❌ 2 failures, 4 changes applied
      <sub>Started 2024-05-01T02:00:00.000Z · took 12.5 s · aws-backup-gitops X.Y.Z</sub>

      | Section | snapshot | copy | write | delete | remove | Destructive | Total |
      |:--|--:|--:|--:|--:|--:|--:|--:|
      | route53 |  |  | 1 |  | 1 | ⚠️ 1 | 2 |
      | snapshots:daily | 1 | 1 |  | 1 |  | ⚠️ 1 | 3 |
      | **Total** | 1 | 1 | 1 | 1 | 1 | ⚠️ 2 | 5 |

      Applied 4 · failed 1 · skipped 0

      ### ❌ Failures (2)

      - **route53 zone broken.example. (Z0042)** — AccessDenied: not authorized to perform route53:ListResourceRecordSets
      - **remove old\\|example.com. (private)** — EACCES: permission denied

      ### ⚠️ Warnings (1)

      - **bucket logs-archive** — rule \\<tmp\\> has no filter; ping \\@ops

      ### route53 — 2 actions, ⚠️ 1 destructive

      | Kind | Target | Reason | Details | Result |
      |---|---|---|---|---|
      | write | \`example.com. (public)\` | 2 records changed | records: 14 | ✅ applied |
      | **⚠️ remove** | \`old\\|example.com. (private)\` | zone no longer exists |  | ❌ failed: EACCES: permission denied |

      ### snapshots:daily — 3 actions, ⚠️ 1 destructive

      | Kind | Target | Reason | Result |
      |---|---|---|---|
      | snapshot | \`vol-0a1 (web-data)\` | daily snapshot due | ✅ applied: snap-0f00 |
      | copy | \`snap-0f00 → eu-west-1\` | DR copy | ✅ applied |
      | **⚠️ delete** | \`snap-0old\` | older than 7 daily | ✅ applied |
      "
    `);
  });

  it('in dry-run shows what would happen, without a result column', async () => {
    const plan = mixedPlan();
    plan.errors = [];
    const markdown = renderMarkdown(await reportOf(plan, 'plan', true));
    expect(markdown.split('\n')[0]).toBe('## aws-backup-gitops: plan (dry run) — 📝 5 changes planned');
    expect(markdown).toContain('| Kind | Target | Reason |\n');
    expect(markdown).not.toMatch(/Result|applied|Failures/);
    expect(markdown).toContain('### snapshots:daily — 3 actions, ⚠️ 1 destructive');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('collapses sections larger than collapseAbove into <details>', async () => {
    const builder = new PlanBuilder('snapshots:weekly');
    for (let i = 0; i < 4; i++) builder.add({ kind: 'delete', target: `snap-${i}`, reason: 'expired', apply: ok });
    const small = new PlanBuilder('git');
    small.add({ kind: 'commit', target: 'exports', reason: 'files changed', apply: ok });
    const report = await reportOf(mergePlans(builder.build(), small.build()), 'plan', true);
    const markdown = renderMarkdown(report, { collapseAbove: 3 });
    expect(markdown).toContain('<details>\n<summary><b>snapshots:weekly</b> — 4 actions, ⚠️ 4 destructive</summary>\n\n| Kind |');
    expect(markdown).toContain('### git — 1 action\n');
    expect(markdownProblems(markdown)).toEqual([]);
    expect(renderMarkdown(report)).not.toContain('<details>');
  });

  it('escapes Markdown and HTML in data', () => {
    expect(escapeMarkdown('a*b_c`d|e<f>g[h]i@j\nk')).toBe('a\\*b\\_c\\`d\\|e\\<f\\>g\\[h\\]i\\@j k');
  });
});

describe('renderMarkdown under maxLength', () => {
  const kinds: ActionKind[] = ['write', 'delete', 'copy'];

  async function bigReport(perSection: number, targetPrefix = 'resource'): Promise<Report> {
    const plans = ['route53', 'snapshots:daily', 'git'].map((section, s) => {
      const builder = new PlanBuilder(section);
      for (let i = 0; i < perSection; i++) {
        builder.add({
          kind: kinds[s]!,
          target: `${targetPrefix}-${section}-${i}`,
          reason: `because reason number ${i} is long enough to take some room in the table`,
          apply: ok,
        });
      }
      return builder.build();
    });
    const plan = mergePlans(...plans);
    for (let i = 0; i < 30; i++) plan.warnings.push({ section: 'route53', item: `zone w${i}.example.`, message: 'large zone' });
    for (let i = 0; i < 5; i++) plan.errors.push({ section: 'git', item: `item ${i}`, message: 'AccessDenied' });
    return reportOf(plan, 'plan', true);
  }

  const actionRows = (markdown: string): number => markdown.split('\n').filter((l) => /^\| (\*\*⚠️ )?(write|delete|copy)/.test(l)).length;
  const warningRows = (markdown: string): number => markdown.split('\n').filter((l) => l.startsWith('- **zone w')).length;

  it('stays within the limit, keeps every failure, and counts exactly what it left out', async () => {
    const report = await bigReport(400);
    const markdown = renderMarkdown(report, { maxLength: 20_000 });
    expect(bytes(markdown)).toBeLessThanOrEqual(20_000);
    expect(bytes(markdown)).toBeGreaterThan(18_000); // uses the room it has
    expect(markdownProblems(markdown)).toEqual([]);
    for (let i = 0; i < 5; i++) expect(markdown).toContain(`- **item ${i}** — AccessDenied`);
    expect(warningRows(markdown)).toBe(30);
    const shown = actionRows(markdown);
    // A huge first section does not crowd out the others: each keeps a few rows.
    for (const kind of kinds) {
      expect(markdown.split('\n').filter((l) => l.startsWith(`| ${kind} |`) || l.startsWith(`| **⚠️ ${kind}**`)).length).toBeGreaterThanOrEqual(5);
    }
    expect(markdown).toContain(`> Shortened to fit 20000 characters; not shown: ${1200 - shown} of 1200 actions.`);
    // Each cut table says how many rows it dropped; together that is everything not shown.
    const perTable = [...markdown.matchAll(/_(?:…and )?(\d+) (?:more )?actions? not shown \(output limit\)\._/g)].map((m) => Number(m[1]));
    expect(perTable.reduce((a, b) => a + b, 0)).toBe(1200 - shown);
  });

  it('cuts warnings after failures when room is short', async () => {
    const report = await bigReport(10);
    const full = renderMarkdown(report);
    const failuresEnd = full.indexOf('### ⚠️ Warnings');
    const markdown = renderMarkdown(report, { maxLength: failuresEnd + 600 });
    expect(bytes(markdown)).toBeLessThanOrEqual(failuresEnd + 600);
    const warnings = warningRows(markdown);
    expect(warnings).toBeLessThan(30);
    expect(markdown).toMatch(new RegExp(`not shown: ${30 - warnings} of 30 warnings, 30 of 30 actions\\.`));
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('fits a PR comment with thousands of actions and multi-byte targets', async () => {
    const report = await bigReport(3000, 'ゾーン🚀');
    const markdown = renderMarkdown(report, { maxLength: GITHUB_COMMENT_MAX_LENGTH });
    expect(bytes(markdown)).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH);
    expect(markdown).toContain('not shown:');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('falls back to the headline and a note when even the summary does not fit', async () => {
    const report = await bigReport(5);
    const markdown = renderMarkdown(report, { maxLength: 400 });
    expect(bytes(markdown)).toBeLessThanOrEqual(400);
    expect(markdown).toMatch(/^## aws-backup-gitops: plan \(dry run\) — ❌ 5 failures/);
    expect(markdown).toContain('too large to show within 400 characters');
    expect(bytes(renderMarkdown(report, { maxLength: 30 }))).toBeLessThanOrEqual(30);
  });

  it('changes nothing when the report fits', async () => {
    const report = await reportOf(mixedPlan(), 'run', false);
    const full = renderMarkdown(report);
    expect(renderMarkdown(report, { maxLength: bytes(full) })).toBe(full);
    expect(renderMarkdown(report, { maxLength: bytes(full) - 1 })).not.toBe(full);
  });
});

describe('renderText', () => {
  it('prints one line per action with destructive ones marked, then warnings and failures', async () => {
    const text = renderText(await reportOf(mixedPlan(), 'run', false));
    expect(text).toMatchInlineSnapshot(`
      "aws-backup-gitops: run — 2 failures, 4 changes applied

      route53:
          write   example.com. (public) — 2 records changed [applied]
        ! remove  old|example.com. (private) — zone no longer exists [FAILED: EACCES: permission denied]

      snapshots:daily:
          snapshot  vol-0a1 (web-data) — daily snapshot due [applied: snap-0f00]
          copy      snap-0f00 → eu-west-1 — DR copy [applied]
        ! delete    snap-0old — older than 7 daily [applied]

      Warnings (1):
        - bucket logs-archive — rule <tmp> has no filter; ping @ops

      Failures (2):
        - route53 zone broken.example. (Z0042) — AccessDenied: not authorized to perform route53:ListResourceRecordSets
        - remove old|example.com. (private) — EACCES: permission denied
      "
    `);
    expect(text).not.toMatch(/\*\*|\\|<sub>/);
    expect(text.split('\n').filter((l) => l.startsWith('  ! ')).map((l) => l.split(/\s+/)[2])).toEqual(['remove', 'delete']);
  });
});
