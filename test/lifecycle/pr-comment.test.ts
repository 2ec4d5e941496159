/** The plan's sticky pull-request comment, through the real GitHub adapter and the simulated API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, stickyMarker, type GitHubClient } from '../../src/github/client.js';
import { PlanBuilder } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { GITHUB_COMMENT_MAX_LENGTH } from '../../src/report/render.js';
import { PLAN_COMMENT_MARKER, planCommentBody, postPlanComment } from '../../src/report/pr-comment.js';
import { buildReport } from '../../src/report/report.js';
import type { Report } from '../../src/report/report.js';
import { startGitHubSim, type GitHubSim } from '../sim/github.js';

let sim: GitHubSim;
let github: GitHubClient;
let pr: number;

beforeEach(async () => {
  sim = await startGitHubSim({ tokens: ['t'] });
  sim.addRepo('octo/backups');
  pr = sim.addPullRequest('octo/backups', { title: 'lifecycle', head: 'rules', base: 'main' }).number;
  sim.addComment('octo/backups', pr, 'a human review comment', 'alice');
  github = createGitHubClient({ token: 't', baseUrl: sim.url, repository: 'octo/backups', env: {} });
});
afterEach(() => sim.close());

function planReport(plan: Plan): Report {
  const at = new Date('2026-01-01T00:00:00Z');
  return buildReport({
    command: 'plan',
    dryRun: true,
    startedAt: at,
    finishedAt: at,
    plan,
    results: plan.actions.map((a) => ({ id: a.id, status: 'skipped' as const, skipped: 'dry-run' as const })),
  });
}

function lifecyclePlan(buckets: number, reason = 'rule "logs" added'): Plan {
  const builder = new PlanBuilder('lifecycle');
  for (let i = 0; i < buckets; i++) {
    builder.add({ kind: 'update', target: `s3://bucket-${i} (eu-west-1)`, reason, apply: async () => undefined });
  }
  return builder.build();
}

const comments = () => sim.state.repos.get('octo/backups')!.comments.filter((c) => c.issueNumber === pr);

describe('postPlanComment', () => {
  it('creates one comment, then edits it in place on the next run', async () => {
    const first = await postPlanComment(github, pr, planReport(lifecyclePlan(1)));
    expect(first.created).toBe(true);
    expect(comments()).toHaveLength(2);
    expect(first.body.startsWith(`${stickyMarker(PLAN_COMMENT_MARKER)}\n`)).toBe(true);
    expect(first.body).toContain('rule "logs" added');

    const second = await postPlanComment(github, pr, planReport(lifecyclePlan(0)));
    expect(second).toMatchObject({ created: false, id: first.id });
    expect(comments()).toHaveLength(2);
    const updated = comments().find((c) => c.id === first.id)!;
    expect(updated.body).toContain('No changes');
    expect(updated.body).not.toContain('rule "logs" added');
    expect(comments().find((c) => c.user === 'alice')!.body).toBe('a human review comment');
  });

  it('stays within GitHub’s comment limit when the plan is huge, saying what it left out', async () => {
    const report = planReport(lifecyclePlan(3000, `rule "logs" changed: ${'x'.repeat(200)}`));
    const body = planCommentBody(report);
    const marker = `${stickyMarker(PLAN_COMMENT_MARKER)}\n`;
    expect(Buffer.byteLength(marker + body, 'utf8')).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH);
    expect(body).toMatch(/not shown \(output limit\)/);
    const posted = await postPlanComment(github, pr, report);
    expect(Buffer.byteLength(posted.body, 'utf8')).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH);
  });
});
