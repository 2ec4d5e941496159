import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EOL } from 'node:os';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPlan } from '../../src/plan/apply.js';
import { PlanBuilder } from '../../src/plan/plan.js';
import { JOB_SUMMARY_MAX_LENGTH, renderMarkdown, renderText } from '../../src/report/render.js';
import { buildReport } from '../../src/report/report.js';
import type { Report } from '../../src/report/report.js';
import { jobSummarySink, streamSummarySink, writeJobSummary } from '../../src/report/summary.js';

async function sampleReport(actions = 3): Promise<Report> {
  const builder = new PlanBuilder('route53');
  for (let i = 0; i < actions; i++) {
    builder.add({ kind: 'write', target: `zone-${i}.example.`, reason: `records changed in zone ${i}`, apply: async () => {} });
  }
  builder.warn('zone big.example.', 'more than 10 000 records');
  const plan = builder.build();
  const results = await applyPlan(plan, { dryRun: true, concurrency: 2 });
  return buildReport({ command: 'plan', dryRun: true, startedAt: new Date(0), finishedAt: new Date(1000), plan, results });
}

// One summary file for the whole file, emptied before each test.
let dir: string;
let summaryPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summary-'));
  summaryPath = join(dir, 'step_summary');
  await writeFile(summaryPath, '');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await truncate(summaryPath, 0);
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryPath);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('writeJobSummary', () => {
  it('appends the rendered Markdown to the step summary file', async () => {
    const report = await sampleReport();
    expect(await writeJobSummary(report)).toBe(true);
    const written = await readFile(summaryPath, 'utf8');
    expect(written).toBe(renderMarkdown(report) + EOL);
    expect(written).toContain('## aws-backup-gitops: plan (dry run) — 📝 3 changes planned');

    await writeJobSummary(report, { title: 'second' });
    expect(await readFile(summaryPath, 'utf8')).toBe(renderMarkdown(report) + EOL + renderMarkdown(report, { title: 'second' }) + EOL);
  });

  it('does nothing outside GitHub Actions', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    expect(await writeJobSummary(await sampleReport())).toBe(false);
    await jobSummarySink().write(await sampleReport());
    expect(await readFile(summaryPath, 'utf8')).toBe('');
  });

  it('shortens the report to what is left of the 1 MiB step limit', async () => {
    const earlier = 'x'.repeat(JOB_SUMMARY_MAX_LENGTH - 3000) + '\n';
    await writeFile(summaryPath, earlier);
    await writeJobSummary(await sampleReport(200));
    const written = await readFile(summaryPath);
    expect(written.length).toBeLessThanOrEqual(JOB_SUMMARY_MAX_LENGTH);
    expect(written.toString('utf8')).toContain('not shown: ');
  });

  it('writes through the sink the action uses', async () => {
    const report = await sampleReport();
    await jobSummarySink().write(report);
    expect(await readFile(summaryPath, 'utf8')).toBe(renderMarkdown(report) + EOL);
  });
});

describe('streamSummarySink', () => {
  it('prints Markdown or plain text for the CLI', async () => {
    const report = await sampleReport();
    const chunks: string[] = [];
    const stream = { write: (chunk: string) => chunks.push(chunk) };
    await streamSummarySink(stream, 'markdown').write(report);
    await streamSummarySink(stream, 'text').write(report);
    expect(chunks).toEqual([renderMarkdown(report), renderText(report)]);
    expect(chunks[1]).toContain('route53:\n    write  zone-0.example. — records changed in zone 0\n');
  });
});
