/**
 * GitHub REST adapter: the few calls the tool makes (pull request for exports, sticky comment).
 * The API base URL comes from the runner's GITHUB_API_URL (GitHub Enterprise Server sets it),
 * owner/repo from GITHUB_REPOSITORY.
 */
import { getOctokit } from '@actions/github';
import { describeGitHubError, type GitHubOperation } from './errors.js';

export interface PullRequestInfo {
  number: number;
  url: string;
  title: string;
  body: string;
  /** Branch name of the head (without `owner:`). */
  head: string;
  base: string;
}

export interface CommentInfo {
  id: number;
  url: string;
  body: string;
}

export interface GitHubClient {
  readonly owner: string;
  readonly repo: string;
  getDefaultBranch(): Promise<string>;
  /** The open pull request whose head is `branch` in this repository, if any. */
  findOpenPullRequest(branch: string): Promise<PullRequestInfo | undefined>;
  createPullRequest(input: { head: string; base: string; title: string; body: string }): Promise<PullRequestInfo>;
  updatePullRequest(number: number, input: { title: string; body: string }): Promise<PullRequestInfo>;
  /**
   * Finds the comment carrying `<!-- aws-backup-gitops:<marker> -->` on the issue or pull
   * request (all pages) and updates it in place, or creates it. The marker is added to `body`.
   */
  upsertStickyComment(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<CommentInfo & { created: boolean }>;
}

export interface GitHubClientOptions {
  token: string;
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  /** `owner/repo`; defaults to GITHUB_REPOSITORY. */
  repository?: string;
  env?: NodeJS.ProcessEnv;
}

export function stickyMarker(marker: string): string {
  if (!/^[\w.:-]+$/.test(marker)) throw new Error(`sticky comment marker "${marker}" may only use letters, digits and . _ : -`);
  return `<!-- aws-backup-gitops:${marker} -->`;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const env = options.env ?? process.env;
  if (!options.token) {
    throw new Error(
      'No GitHub token: pass one in the `github-token` input (its default `${{ github.token }}` works) or set GITHUB_TOKEN for the CLI.',
    );
  }
  const repository = options.repository ?? env['GITHUB_REPOSITORY'] ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) {
    throw new Error(
      `GITHUB_REPOSITORY must look like "owner/repo" but is "${repository}". It is set by the Actions runner; for the CLI set it yourself.`,
    );
  }
  const baseUrl = (options.baseUrl ?? env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
  const octokit = getOctokit(options.token, { baseUrl });
  const fullName = `${owner}/${repo}`;

  const call = async <T>(operation: GitHubOperation, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw describeGitHubError(error, operation, fullName);
    }
  };

  return {
    owner,
    repo,

    getDefaultBranch: () =>
      call('read-repository', async () => (await octokit.rest.repos.get({ owner, repo })).data.default_branch),

    findOpenPullRequest: (branch) =>
      call('list-pull-requests', async () => {
        const { data } = await octokit.rest.pulls.list({
          owner,
          repo,
          state: 'open',
          head: `${owner}:${branch}`,
          per_page: 100,
        });
        // Check the head again: the API's head filter has been seen returning other pull requests.
        const match = data.find((pr) => pr.head.ref === branch && pr.head.repo?.full_name === fullName);
        return match ? toPullRequest(match) : undefined;
      }),

    createPullRequest: (input) =>
      call('create-pull-request', async () =>
        toPullRequest((await octokit.rest.pulls.create({ owner, repo, ...input })).data),
      ),

    updatePullRequest: (number, input) =>
      call('update-pull-request', async () =>
        toPullRequest((await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...input })).data),
      ),

    upsertStickyComment: async (issueNumber, marker, body) => {
      const tag = stickyMarker(marker);
      const fullBody = body.includes(tag) ? body : `${tag}\n${body}`;
      const existing = await call('list-comments', async () => {
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issueNumber,
          per_page: 100,
        });
        for await (const page of pages) {
          const found = page.data.find((comment) => comment.body?.includes(tag));
          if (found) return found;
        }
        return undefined;
      });
      if (existing) {
        const { data } = await call('update-comment', () =>
          octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: fullBody }),
        );
        return { id: data.id, url: data.html_url, body: data.body ?? '', created: false };
      }
      const { data } = await call('create-comment', () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: fullBody }),
      );
      return { id: data.id, url: data.html_url, body: data.body ?? '', created: true };
    },
  };
}

interface PullLike {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  head: { ref: string };
  base: { ref: string };
}

function toPullRequest(pr: PullLike): PullRequestInfo {
  return { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', head: pr.head.ref, base: pr.base.ref };
}
