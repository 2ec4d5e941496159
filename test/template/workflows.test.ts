/**
 * The template's workflows: structurally valid (workflow-schema.ts), minimal permissions, one
 * concurrency group per account for everything that changes it, restores behind a protected
 * environment with typed inputs, and no AWS credentials for pull requests from forks.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RESTORE_KINDS } from '../../src/restore/types.js';
import { PROJECT_ROOT } from '../support/action.js';
import { checkWorkflow } from './workflow-schema.js';

const DIR = join(PROJECT_ROOT, 'template/.github/workflows');
const OWN_ACTION = 'aws-backup-gitops/aws-backup-gitops';

async function actionInputs(): Promise<Set<string>> {
  const action = parse(await readFile(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  return new Set(Object.keys(action.inputs));
}

async function workflows(): Promise<Map<string, { text: string; wf: any }>> {
  const out = new Map<string, { text: string; wf: any }>();
  for (const name of (await readdir(DIR)).filter((f) => f.endsWith('.yml')).sort()) {
    const text = await readFile(join(DIR, name), 'utf8');
    out.set(name, { text, wf: parse(text) });
  }
  return out;
}

const usesAws = (job: any) =>
  job.permissions?.['id-token'] === 'write' || (job.steps ?? []).some((s: any) => String(s.uses ?? '').startsWith('aws-actions/configure-aws-credentials@'));

/**
 * Evaluates a job's `if:` for a given context. Only the guard form `<path> == <path>` is
 * understood; anything else fails the test, which keeps the guards simple to review.
 */
function evaluateGuard(expression: string, context: Record<string, unknown>): boolean {
  const m = /^\s*(?:\$\{\{)?\s*([\w.]+)\s*==\s*([\w.]+)\s*(?:\}\})?\s*$/.exec(expression);
  if (!m) throw new Error(`guard "${expression}" is not of the form a == b`);
  const get = (path: string) => path.split('.').reduce<any>((v, k) => (v == null ? undefined : v[k]), context);
  const [left, right] = [get(m[1]!), get(m[2]!)];
  return left !== undefined && left === right;
}

const FORK_EVENT = {
  github: {
    repository: 'example-team/aws-backup',
    event_name: 'pull_request',
    event: { pull_request: { number: 7, head: { repo: { full_name: 'stranger/aws-backup' } }, base: { repo: { full_name: 'example-team/aws-backup' } } } },
  },
};
const SAME_REPO_EVENT = {
  github: { ...FORK_EVENT.github, event: { pull_request: { number: 8, head: { repo: { full_name: 'example-team/aws-backup' } } } } },
};

/** Events a fork (or anybody without write access) can trigger. */
const FORK_TRIGGERABLE = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment', 'issues', 'discussion', 'fork', 'watch', 'workflow_run'];

describe('template workflows', () => {
  it('are the four the README describes', async () => {
    expect([...(await workflows()).keys()]).toEqual(['aws-backup-drill.yml', 'aws-backup-plan.yml', 'aws-backup-restore.yml', 'aws-backup.yml']);
  });

  it('pass the structural workflow check', async () => {
    const inputs = await actionInputs();
    for (const [name, { text }] of await workflows()) expect(checkWorkflow(name, text, inputs, OWN_ACTION)).toEqual([]);
  });

  it('give no AWS credentials to a pull request from a fork', async () => {
    for (const [name, { wf }] of await workflows()) {
      const events = Object.keys(wf.on);
      expect(events, name).not.toContain('pull_request_target');
      const forkable = events.filter((e) => FORK_TRIGGERABLE.includes(e));
      for (const [jobId, job] of Object.entries<any>(wf.jobs)) {
        if (!usesAws(job) || forkable.length === 0) continue;
        expect(forkable, `${name} ${jobId}`).toEqual(['pull_request']);
        expect(typeof job.if, `${name} ${jobId} has no fork guard`).toBe('string');
        expect(evaluateGuard(job.if, FORK_EVENT), `${name} ${jobId} runs for a fork`).toBe(false);
        expect(evaluateGuard(job.if, SAME_REPO_EVENT), `${name} ${jobId} never runs`).toBe(true);
      }
      // Nor may any job of such a workflow reach credentials through secrets.
      if (forkable.length > 0) expect(JSON.stringify(wf), name).not.toContain('secrets.');
    }
  });

  it('ask for the minimal permissions, per job', async () => {
    const all = await workflows();
    for (const [name, { wf }] of all) expect(wf.permissions, name).toEqual({});
    const perms = (file: string, job: string) => all.get(file)!.wf.jobs[job].permissions;
    expect(perms('aws-backup.yml', 'run')).toEqual({ contents: 'write', 'id-token': 'write' });
    expect(perms('aws-backup-plan.yml', 'plan')).toEqual({ contents: 'read', 'id-token': 'write', 'pull-requests': 'write' });
    expect(perms('aws-backup-restore.yml', 'restore')).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(perms('aws-backup-drill.yml', 'drill')).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  it('never let two scheduled runs change an account at once, and never let a scheduled run displace a restore or drill', async () => {
    const groups = new Map<string, string>();
    for (const [name, { wf }] of await workflows()) {
      for (const [jobId, job] of Object.entries<any>(wf.jobs)) {
        const step = job.steps.find((s: any) => String(s.uses).startsWith(`${OWN_ACTION}@`));
        const command = step?.with?.command;
        if (command === 'plan') continue; // read-only role
        // No cancel-in-progress: a running job that changes AWS is never interrupted.
        expect(job.concurrency, `${name} ${jobId}`).toEqual({ group: expect.any(String), 'cancel-in-progress': false });
        groups.set(command, job.concurrency.group);
      }
    }
    // GitHub keeps one pending run per group and cancels the older pending one when another is
    // queued: a restore or drill sharing the scheduled run's group could be silently replaced.
    expect(Object.fromEntries(groups)).toEqual({
      run: 'aws-backup-account-123456789012',
      restore: 'aws-backup-restore-123456789012',
      drill: 'aws-backup-drill-123456789012',
    });
  });

  it('assume the role of their duty, each trusted only for that workflow', async () => {
    const all = await workflows();
    const role = (file: string) => {
      const job: any = Object.values(all.get(file)!.wf.jobs)[0];
      return job.steps.find((s: any) => String(s.uses).startsWith('aws-actions/configure-aws-credentials@')).with['role-to-assume'];
    };
    expect(role('aws-backup.yml')).toBe('arn:aws:iam::123456789012:role/aws-backup-gitops-run');
    expect(role('aws-backup-plan.yml')).toBe('arn:aws:iam::123456789012:role/aws-backup-gitops-plan');
    expect(role('aws-backup-restore.yml')).toBe('arn:aws:iam::123456789012:role/aws-backup-gitops-restore');
    expect(role('aws-backup-drill.yml')).toBe('arn:aws:iam::123456789012:role/aws-backup-gitops-drill');
    // The restore and drill roles trust only their environment's subject: the jobs must name it.
    expect(all.get('aws-backup-restore.yml')!.wf.jobs.restore.environment).toBe('aws-restore');
    expect(all.get('aws-backup-drill.yml')!.wf.jobs.drill.environment).toBe('aws-drill');
    expect(all.get('aws-backup.yml')!.wf.jobs.run.environment).toBeUndefined();
  });

  it('pin every third-party action to a full commit SHA, with its version in a comment', async () => {
    let checked = 0;
    for (const [name, { text, wf }] of await workflows()) {
      for (const job of Object.values<any>(wf.jobs)) {
        for (const step of job.steps) {
          const uses = String(step.uses ?? '');
          if (!uses || uses.startsWith(`${OWN_ACTION}@`)) continue;
          checked += 1;
          expect(uses, `${name}: ${uses}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
          // The comment names the release, so a reviewer (and Dependabot) can tell which it is.
          const line = text.split('\n').find((l) => l.includes(uses))!;
          expect(line, `${name}: ${uses}`).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
        }
      }
    }
    expect(checked).toBe(8);
  });

  it('keep the checkout credentials only in the job that pushes', async () => {
    for (const [name, { wf }] of await workflows()) {
      for (const [jobId, job] of Object.entries<any>(wf.jobs)) {
        const checkout = job.steps.find((s: any) => String(s.uses).startsWith('actions/checkout@'));
        const pushes = job.permissions?.contents === 'write';
        expect(checkout.with?.['persist-credentials'], `${name} ${jobId}`).toBe(pushes);
      }
    }
  });

  it('come with a Dependabot config that keeps the pinned actions current', async () => {
    const config = parse(await readFile(join(PROJECT_ROOT, 'template/.github/dependabot.yml'), 'utf8'));
    expect(config.version).toBe(2);
    expect(config.updates).toEqual([expect.objectContaining({ 'package-ecosystem': 'github-actions', directory: '/', schedule: { interval: expect.any(String) } })]);
  });

  it('offer restores as typed inputs behind the protected environment, plan only unless apply is ticked', async () => {
    const { wf } = (await workflows()).get('aws-backup-restore.yml')!;
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
    const inputs = wf.on.workflow_dispatch.inputs;
    expect(inputs.kind).toMatchObject({ type: 'choice', required: true, options: [...RESTORE_KINDS] });
    // The account is a choice of the config's account names (the template's one: default).
    expect(inputs.account).toMatchObject({ type: 'choice', required: true, options: ['default'] });
    expect(inputs.source).toMatchObject({ type: 'string', required: true });
    expect(inputs.apply).toMatchObject({ type: 'boolean', default: false });
    expect(inputs.force).toMatchObject({ type: 'boolean', default: false });
    for (const name of ['region', 'target', 'point-in-time']) expect(inputs[name]).toMatchObject({ type: 'string', required: false });
    const job = wf.jobs.restore;
    expect(job.environment).toBe('aws-restore');
    const step = job.steps.find((s: any) => String(s.uses).startsWith(`${OWN_ACTION}@`));
    expect(step.with).toMatchObject({
      command: 'restore',
      'restore-account': '${{ inputs.account }}',
      'restore-kind': '${{ inputs.kind }}',
      'restore-source': '${{ inputs.source }}',
      apply: '${{ inputs.apply }}',
      force: '${{ inputs.force }}',
    });
  });

  it('run on the triggers the README describes', async () => {
    const all = await workflows();
    expect(Object.keys(all.get('aws-backup.yml')!.wf.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(all.get('aws-backup.yml')!.wf.on.push.branches).toEqual(['main']);
    expect(Object.keys(all.get('aws-backup-plan.yml')!.wf.on)).toEqual(['pull_request']);
    // Monthly: a fixed day of the month, every month.
    expect(all.get('aws-backup-drill.yml')!.wf.on.schedule[0].cron).toMatch(/^\d+ \d+ \d+ \* \*$/);
  });
});

describe('the structural check catches the mistakes a linter would', () => {
  const inputs = new Set(['command', 'dry-run']);
  const base = `on:
  workflow_dispatch:
    inputs:
      apply: { type: boolean, default: false }
permissions: {}
jobs:
  run:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - id: first
        run: echo hi
      - uses: ${OWN_ACTION}@v1
        with:
          command: run
          dry-run: \${{ !inputs.apply }}
`;
  it('accepts the valid base', () => expect(checkWorkflow('w.yml', base, inputs, OWN_ACTION)).toEqual([]));
  it.each([
    ['a permission typo', base.replace('id-token: write', 'id-token: writ'), /permission id-token: "writ"/],
    ['an unknown scope', base.replace('id-token: write', 'id_token: write'), /unknown permission scope "id_token"/],
    ['an unknown input', base.replace('inputs.apply', 'inputs.aply'), /inputs.aply is not a workflow_dispatch input/],
    ['an input our action lacks', base.replace('command: run', 'comand: run'), /has no input "comand"/],
    ['an unknown step key', base.replace('- id: first', '- ids: first'), /unknown step key "ids"/],
    ['a step with uses and run', base.replace('run: echo hi', 'run: echo hi\n        uses: actions/checkout@v5'), /exactly one of uses and run/],
    ['an unpinned action', base.replace(`${OWN_ACTION}@v1`, OWN_ACTION), /must be owner\/repo@ref/],
    ['a YAML error', base.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu latest: x'), /w\.yml:\d+: /],
    ['an unknown event', base.replace('workflow_dispatch:', 'workflow-dispatch:'), /unknown event "workflow-dispatch"/],
    ['an expression in run', base.replace('echo hi', 'echo ${{ github.event.pull_request.title }}'), /pass them through env/],
    ['a missing step id', base.replace('${{ !inputs.apply }}', '${{ steps.second.outputs.x }}'), /steps.second: no earlier step/],
  ])('%s', (_what, text, message) => {
    expect(checkWorkflow('w.yml', text, inputs, OWN_ACTION).join('\n')).toMatch(message);
  });
});
