/**
 * Commits the export folder and publishes it: straight onto the current branch (`push` mode)
 * or onto the tool's own branch with one pull request that later runs update (`pull-request`).
 * Nothing changed → no commit, no push, no GitHub call. Dry-run → only says what it would do.
 */
import { posix } from 'node:path';
import type { GitHubClient } from '../github/client.js';
import { BOT_NAME, Git, GitError } from './git.js';

export type CommitMode = 'push' | 'pull-request';

export const DEFAULT_EXPORT_BRANCH = 'aws-backup/export';
const DEFAULT_PUSH_ATTEMPTS = 4;

export type PullRequestApi = Pick<
  GitHubClient,
  'getDefaultBranch' | 'findOpenPullRequest' | 'createPullRequest' | 'updatePullRequest'
>;

export interface PublishOptions {
  /** Root of the git work tree. */
  repoRoot: string;
  /** What to commit: paths relative to the repo root (the export folder), nothing else. */
  paths: string[];
  /** Commit message; its subject is the pull request title. */
  message: { subject: string; text: string };
  mode: CommitMode;
  /** Branch for `pull-request` mode; it belongs to the tool and is force-pushed. */
  branch?: string;
  dryRun: boolean;
  /**
   * Repo-relative paths the export would change. In dry-run nothing was written, so git cannot
   * see these changes; they are added to what `git status` reports.
   */
  plannedChanges?: string[];
  /** Needed in `pull-request` mode. */
  github?: PullRequestApi;
  /** Pull request body; defaults to the commit message body. */
  pullRequestBody?: string;
  maxPushAttempts?: number;
  /** Environment for git (tests isolate HOME and the global config). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface PublishResult {
  /** Whether there was anything to commit. */
  changed: boolean;
  dryRun: boolean;
  /** Repo-relative paths that are (or would be) committed. */
  files: string[];
  /** What was done, or in dry-run what would be done, one sentence each. */
  steps: string[];
  commit?: string;
  branch?: string;
  pushAttempts?: number;
  pullRequest?: { number: number; url: string; created: boolean };
}

export class PublishError extends Error {
  override name = 'PublishError';
}

export async function publishExports(options: PublishOptions): Promise<PublishResult> {
  const git = new Git(options.repoRoot, options.env);
  const paths = options.paths.map(checkRepoPath);
  const log = options.log ?? (() => undefined);

  const pending = new Set(await git.pendingChanges(paths));
  if (options.dryRun) for (const path of options.plannedChanges ?? []) pending.add(path);
  const files = [...pending].sort();
  const result: PublishResult = { changed: files.length > 0, dryRun: options.dryRun, files, steps: [] };
  const step = (line: string): void => {
    result.steps.push(line);
    log(line);
  };
  if (!result.changed) {
    step(`No changes under ${paths.join(', ')}: nothing to commit.`);
    return result;
  }

  if (options.mode === 'push') await publishByPush(git, paths, options, result, step);
  else await publishByPullRequest(git, paths, options, result, step);
  return result;
}

async function publishByPush(
  git: Git,
  paths: string[],
  options: PublishOptions,
  result: PublishResult,
  step: (line: string) => void,
): Promise<void> {
  const branch = await git.currentBranch();
  if (!branch) {
    throw new PublishError(
      'commit mode "push" needs a checked-out branch, but HEAD is detached (pull_request workflows check out a merge commit). ' +
        'Run the export on schedule/push/workflow_dispatch, or set `commit: { mode: pull-request }` in the config.',
    );
  }
  result.branch = branch;
  const would = options.dryRun ? 'Would ' : '';
  if (options.dryRun) {
    step(`${would}commit ${plural(result.files.length, 'file')} on ${branch} as ${BOT_NAME}: ${options.message.subject}`);
    step(`${would}push ${branch} to origin (rebasing onto it if it moved).`);
    return;
  }

  result.commit = await git.commitPaths(paths, options.message.text);
  step(`Committed ${plural(result.files.length, 'file')} on ${branch} as ${result.commit.slice(0, 12)}.`);

  const attempts = options.maxPushAttempts ?? DEFAULT_PUSH_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    const outcome = await git.push(branch);
    if (outcome.ok) {
      result.pushAttempts = attempt;
      result.commit = await git.headCommit();
      step(`Pushed ${branch} to origin${attempt > 1 ? ` after ${attempt - 1} rebase(s)` : ''}.`);
      return;
    }
    if (attempt >= attempts) {
      throw new PublishError(
        `pushing ${branch} to origin was rejected ${attempts} times because the remote kept moving; the export commit ${result.commit.slice(0, 12)} is only local. Re-run the job.`,
      );
    }
    step(`origin/${branch} moved since checkout; rebasing the export commit onto it.`);
    try {
      await git.rebaseOntoRemote(branch);
    } catch (error) {
      throw new PublishError(
        `could not rebase the export commit onto origin/${branch} (someone else changed the same export files?): ${
          error instanceof GitError ? error.stderr.trim() : String(error)
        }. Re-run the job to export again from the new state.`,
      );
    }
  }
}

async function publishByPullRequest(
  git: Git,
  paths: string[],
  options: PublishOptions,
  result: PublishResult,
  step: (line: string) => void,
): Promise<void> {
  const branch = options.branch ?? DEFAULT_EXPORT_BRANCH;
  const github = options.github;
  if (!github && !options.dryRun) {
    throw new PublishError('commit mode "pull-request" needs GitHub API access (a token) to open the pull request.');
  }
  const original = await git.currentBranch();
  if (original === branch) {
    throw new PublishError(
      `commit mode "pull-request" writes to its own branch "${branch}", but that branch is checked out. Run the workflow on the default branch, or choose another \`commit.branch\`.`,
    );
  }
  const returnTo = original ?? (await git.headCommit());
  const base = original ?? (github ? await github.getDefaultBranch() : 'the default branch');
  result.branch = branch;
  const title = options.message.subject;
  const body = options.pullRequestBody ?? pullRequestBody(options.message.text);

  if (options.dryRun) {
    step(`Would commit ${plural(result.files.length, 'file')} on ${branch} (from ${base}) as ${BOT_NAME}: ${title}`);
    step(`Would force-push ${branch} to origin.`);
    const existing = github ? await github.findOpenPullRequest(branch) : undefined;
    step(existing ? `Would update pull request #${existing.number}.` : `Would open a pull request ${branch} → ${base}.`);
    return;
  }

  try {
    await git.switchToFreshBranch(branch);
    result.commit = await git.commitPaths(paths, options.message.text);
    step(`Committed ${plural(result.files.length, 'file')} on ${branch} as ${result.commit.slice(0, 12)}.`);
    const outcome = await git.push(branch, { force: true });
    if (!outcome.ok) throw new PublishError(`force-pushing ${branch} to origin was rejected: ${outcome.stderr.trim()}`);
    result.pushAttempts = 1;
    step(`Force-pushed ${branch} to origin.`);
  } finally {
    await git.checkout(returnTo);
  }

  const api = github as PullRequestApi;
  const existing = await api.findOpenPullRequest(branch);
  if (existing) {
    const updated = await api.updatePullRequest(existing.number, { title, body });
    result.pullRequest = { number: updated.number, url: updated.url, created: false };
    step(`Updated pull request #${updated.number}.`);
  } else {
    const created = await api.createPullRequest({ head: branch, base, title, body });
    result.pullRequest = { number: created.number, url: created.url, created: true };
    step(`Opened pull request #${created.number}.`);
  }
}

/** The commit message without its subject line, plus a note on how the branch is handled. */
export function pullRequestBody(messageText: string): string {
  const lines = messageText.split('\n').slice(1).join('\n').trim();
  const list = lines
    .split('\n')
    .filter(Boolean)
    .map((line) => `- ${line}`)
    .join('\n');
  return `${list ? `${list}\n\n` : ''}_Updated by aws-backup-gitops on every run that finds changes; the branch is force-pushed, so do not commit to it._\n`;
}

function checkRepoPath(path: string): string {
  const normalised = posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (normalised === '' || normalised === '.' || normalised.startsWith('/') || normalised.split('/').includes('..')) {
    throw new PublishError(`export path "${path}" must be a folder inside the repository (relative, without "..").`);
  }
  return normalised;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
