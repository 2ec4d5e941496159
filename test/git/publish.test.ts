/**
 * Real `git` against a temporary bare remote; the work tree is a clone of it, like the
 * checkout a workflow gets. HOME and the system config are isolated so the machine's git
 * configuration cannot leak in.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult, ExportedFile } from '../../src/export/types.js';
import { buildCommitMessage } from '../../src/git/commit-message.js';
import { BOT_EMAIL, BOT_NAME } from '../../src/git/git.js';
import { publishExports, PublishError, type CommitMode, type PublishOptions } from '../../src/git/publish.js';
import { applyExportFiles } from '../../src/git/write-exports.js';
import { createGitHubClient } from '../../src/github/client.js';
import { startGitHubSim, type GitHubSim } from '../sim/github.js';

const run = promisify(execFile);

let base: string;
let env: NodeJS.ProcessEnv;
let remote: string;
let work: string;

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, env });
  return stdout.trim();
}

/** Commits in a second clone as a human and pushes: the remote moves on. */
async function commitElsewhere(path: string, content: string, branch = 'main'): Promise<string> {
  const other = await mkdtemp(join(base, 'other-'));
  await git(base, 'clone', '--quiet', '--branch', branch, remote, other);
  await mkdir(join(other, path, '..'), { recursive: true });
  await writeFile(join(other, path), content);
  await git(other, 'add', '--all');
  await git(other, '-c', 'user.name=Alice', '-c', 'user.email=alice@example.com', 'commit', '--quiet', '-m', `edit ${path}`);
  await git(other, 'push', '--quiet', 'origin', branch);
  return git(other, 'rev-parse', 'HEAD');
}

const zone = (name: string, values: string[]): ExportedFile => ({
  path: `route53/zones/${name}.yaml`,
  content: `zone:\n  name: ${name}.\n  private: false\nrecords:\n${values
    .map((v, i) => `  - name: r${i}.${name}.\n    type: A\n    ttl: 300\n    values: [${v}]\n`)
    .join('')}`,
  kind: 'route53-zone',
  label: `${name}. (public)`,
});

const scopes = [{ prefix: 'route53/zones/', pattern: /\.yaml$/ }];

/** One full export run: write files, build the message, publish. */
async function exportRun(
  files: ExportedFile[],
  mode: CommitMode,
  extra: Partial<PublishOptions> = {},
): Promise<Awaited<ReturnType<typeof publishExports>>> {
  const result: ExportResult = { files, failures: [], completeScopes: scopes };
  const dryRun = extra.dryRun ?? false;
  const changes = await applyExportFiles(join(work, 'exports', 'prod'), result, { dryRun });
  const message = buildCommitMessage([{ account: 'prod', changes }]);
  const planned = [...changes.added, ...changes.changed, ...changes.removed].map((p) => `exports/prod/${p}`);
  return publishExports({
    repoRoot: work,
    paths: ['exports'],
    message,
    mode,
    dryRun,
    plannedChanges: planned,
    env,
    ...extra,
  });
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'publish-test-'));
  await mkdir(join(base, 'home'));
  env = {
    PATH: process.env['PATH'],
    HOME: join(base, 'home'),
    XDG_CONFIG_HOME: join(base, 'home'),
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
  };
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(async () => {
  const dir = await mkdtemp(join(base, 'case-'));
  remote = join(dir, 'remote.git');
  await git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  const seed = join(dir, 'seed');
  await git(dir, 'clone', '--quiet', remote, seed);
  await git(seed, 'checkout', '--quiet', '-b', 'main');
  await writeFile(join(seed, 'README.md'), '# infra\n');
  await git(seed, 'add', 'README.md');
  await git(seed, '-c', 'user.name=Seed', '-c', 'user.email=seed@example.com', 'commit', '--quiet', '-m', 'initial');
  await git(seed, 'push', '--quiet', 'origin', 'main');
  work = join(dir, 'work');
  await git(dir, 'clone', '--quiet', remote, work);
});

describe('publishExports in push mode', () => {
  it('commits only the export folder as the bot and pushes; an identical second run does nothing', async () => {
    // A user's unrelated work-tree change must stay out of the commit.
    await writeFile(join(work, 'README.md'), '# infra (edited locally)\n');
    const first = await exportRun([zone('a.com', ['1.1.1.1']), zone('b.com', ['2.2.2.2'])], 'push');
    expect(first).toMatchObject({ changed: true, branch: 'main', pushAttempts: 1 });
    expect(first.files).toEqual(['exports/prod/route53/zones/a.com.yaml', 'exports/prod/route53/zones/b.com.yaml']);

    const remoteHead = await git(remote, 'rev-parse', 'main');
    expect(remoteHead).toBe(first.commit);
    expect(await git(remote, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', 'main')).toBe(
      `${BOT_NAME} <${BOT_EMAIL}>|${BOT_NAME} <${BOT_EMAIL}>`,
    );
    expect(await git(remote, 'log', '-1', '--format=%s', 'main')).toBe('chore(aws-backup): export: 2 zones changed');
    expect(await git(remote, 'show', '--name-only', '--format=', 'main')).toBe(first.files.join('\n'));
    expect(await git(work, 'status', '--porcelain')).toBe('M README.md');
    // The user's config was not touched.
    expect(await git(work, 'config', '--get', 'user.name').catch(() => '')).toBe('');

    const second = await exportRun([zone('a.com', ['1.1.1.1']), zone('b.com', ['2.2.2.2'])], 'push');
    expect(second).toMatchObject({ changed: false, files: [] });
    expect(second.commit).toBeUndefined();
    expect(await git(remote, 'rev-parse', 'main')).toBe(remoteHead);

    // b.com is gone from AWS: its file is removed in the next commit.
    const third = await exportRun([zone('a.com', ['1.1.1.1'])], 'push');
    expect(third.files).toEqual(['exports/prod/route53/zones/b.com.yaml']);
    expect(await git(remote, 'show', '--name-status', '--format=%s', 'main')).toBe(
      'chore(aws-backup): export: 1 zone changed\n\nD\texports/prod/route53/zones/b.com.yaml',
    );
  });

  it('rebases onto a remote that moved and pushes again, from a shallow checkout', async () => {
    await exportRun([zone('a.com', ['1.1.1.1'])], 'push');
    // actions/checkout fetches with depth 1 by default.
    work = `${work}-shallow`;
    await git(base, 'clone', '--quiet', '--depth=1', `file://${remote}`, work);
    expect(await git(work, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const theirs = await commitElsewhere('docs/notes.md', 'someone else was here\n');

    const result = await exportRun([zone('a.com', ['9.9.9.9'])], 'push');
    expect(result.pushAttempts).toBe(2);
    expect(result.steps.join('\n')).toContain('rebasing');
    const log = (await git(remote, 'log', '--format=%H %s', 'main')).split('\n');
    expect(log[0]).toBe(`${result.commit} chore(aws-backup): export: 1 zone changed`);
    expect(log[1]).toBe(`${theirs} edit docs/notes.md`);
    expect(await git(remote, 'show', 'main:exports/prod/route53/zones/a.com.yaml')).toContain('[9.9.9.9]');
  });

  it('stops with a clear message when the rebase conflicts, leaving no rebase in progress', async () => {
    await exportRun([zone('a.com', ['1.1.1.1'])], 'push');
    // Someone else committed a different version of the same export file meanwhile.
    await commitElsewhere('exports/prod/route53/zones/a.com.yaml', 'hand edited\n');
    const error = await exportRun([zone('a.com', ['9.9.9.9'])], 'push').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(/could not rebase the export commit onto origin\/main.*Re-run the job/s);
    expect(await git(work, 'status', '--porcelain')).toBe('');
    expect(await git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });

  it('refuses a detached HEAD with a clear message and commits nothing', async () => {
    await git(work, 'checkout', '--quiet', '--detach');
    const head = await git(work, 'rev-parse', 'HEAD');
    const error = await exportRun([zone('a.com', ['1.1.1.1'])], 'push').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as Error).message).toMatch(/"push" needs a checked-out branch.*detached.*pull-request/);
    expect(await git(work, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('in dry-run only says what it would do', async () => {
    const remoteHead = await git(remote, 'rev-parse', 'main');
    const result = await exportRun([zone('a.com', ['1.1.1.1'])], 'push', { dryRun: true });
    expect(result).toMatchObject({ changed: true, dryRun: true, files: ['exports/prod/route53/zones/a.com.yaml'] });
    expect(result.steps).toEqual([
      `Would commit 1 file on main as ${BOT_NAME}: chore(aws-backup): export: 1 zone changed`,
      'Would push main to origin (rebasing onto it if it moved).',
    ]);
    expect(await git(remote, 'rev-parse', 'main')).toBe(remoteHead);
    expect(await git(work, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});

describe('publishExports in pull-request mode', () => {
  let sim: GitHubSim;
  beforeEach(async () => {
    sim = await startGitHubSim();
    sim.addRepo('octo/infra', { defaultBranch: 'main' });
  });
  afterEach(async () => {
    await sim.close();
  });

  const github = () => createGitHubClient({ token: 'tok', baseUrl: sim.url, repository: 'octo/infra' });

  it('opens one pull request, updates it on later runs, force-pushes the branch and returns to main', async () => {
    const mainHead = await git(work, 'rev-parse', 'HEAD');
    const first = await exportRun([zone('a.com', ['1.1.1.1'])], 'pull-request', { github: github() });
    expect(first.pullRequest).toMatchObject({ number: 1, created: true });
    expect(await git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(await git(work, 'rev-parse', 'HEAD')).toBe(mainHead);
    expect(await git(remote, 'rev-parse', 'main')).toBe(mainHead);
    expect(await git(remote, 'rev-parse', 'aws-backup/export^')).toBe(mainHead);
    const pulls = () => sim.state.repos.get('octo/infra')!.pulls;
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]).toMatchObject({
      head: 'aws-backup/export',
      base: 'main',
      title: 'chore(aws-backup): export: 1 zone changed',
    });
    expect(pulls()[0]!.body).toContain('- route53 a.com. (public) added (1 record)');

    const firstExportCommit = await git(remote, 'rev-parse', 'aws-backup/export');
    const second = await exportRun([zone('a.com', ['1.1.1.1', '2.2.2.2']), zone('b.com', [])], 'pull-request', {
      github: github(),
    });
    expect(second.pullRequest).toEqual({ number: 1, url: first.pullRequest!.url, created: false });
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]!.title).toBe('chore(aws-backup): export: 2 zones changed');
    expect(pulls()[0]!.body).toContain('- route53 a.com. (public) added (2 records)');
    // Force-pushed: the new export commit sits on main again, the old one is no longer an ancestor.
    expect(await git(remote, 'rev-parse', 'aws-backup/export^')).toBe(mainHead);
    expect(await git(remote, 'rev-parse', 'aws-backup/export')).not.toBe(firstExportCommit);
    expect(await git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(sim.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(sim.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('works from a detached checkout, using the repository default branch as base', async () => {
    await git(work, 'checkout', '--quiet', '--detach');
    const head = await git(work, 'rev-parse', 'HEAD');
    const result = await exportRun([zone('a.com', ['1.1.1.1'])], 'pull-request', { github: github() });
    expect(result.pullRequest?.created).toBe(true);
    expect(sim.state.repos.get('octo/infra')!.pulls[0]!.base).toBe('main');
    expect(await git(work, 'rev-parse', 'HEAD')).toBe(head);
    expect(await git(work, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('HEAD');
  });

  it('makes no commit, push or API call when nothing changed', async () => {
    await exportRun([zone('a.com', ['1.1.1.1'])], 'push');
    const result = await exportRun([zone('a.com', ['1.1.1.1'])], 'pull-request', { github: github() });
    expect(result.changed).toBe(false);
    expect(sim.requests).toHaveLength(0);
    await expect(git(remote, 'rev-parse', '--verify', '--quiet', 'aws-backup/export')).rejects.toThrow();
  });

  it('in dry-run looks the pull request up but changes nothing', async () => {
    sim.addPullRequest('octo/infra', { title: 'old', head: 'aws-backup/export', base: 'main' });
    const result = await exportRun([zone('a.com', ['1.1.1.1'])], 'pull-request', { github: github(), dryRun: true });
    expect(result.steps.at(-1)).toBe('Would update pull request #1.');
    expect(sim.requests.map((r) => r.method)).toEqual(['GET']);
    await expect(git(remote, 'rev-parse', '--verify', '--quiet', 'aws-backup/export')).rejects.toThrow();
    expect(await git(work, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
