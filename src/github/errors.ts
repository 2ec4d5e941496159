/**
 * Turns GitHub API failures into one message that says what failed, where, and how to fix it.
 * Most failures a user can cause are missing workflow permissions of GITHUB_TOKEN.
 */
import { errorMessage } from '../util/concurrency.js';

export type GitHubOperation =
  | 'read-repository'
  | 'list-pull-requests'
  | 'create-pull-request'
  | 'update-pull-request'
  | 'list-comments'
  | 'create-comment'
  | 'update-comment';

const WHAT: Record<GitHubOperation, string> = {
  'read-repository': 'reading the repository',
  'list-pull-requests': 'listing pull requests',
  'create-pull-request': 'creating a pull request',
  'update-pull-request': 'updating a pull request',
  'list-comments': 'listing pull request comments',
  'create-comment': 'creating a pull request comment',
  'update-comment': 'updating a pull request comment',
};

/** The job-level `permissions:` entry each operation needs. */
const PERMISSION: Record<GitHubOperation, string> = {
  'read-repository': 'contents: read',
  'list-pull-requests': 'pull-requests: read',
  'create-pull-request': 'pull-requests: write',
  'update-pull-request': 'pull-requests: write',
  'list-comments': 'pull-requests: read',
  'create-comment': 'pull-requests: write',
  'update-comment': 'pull-requests: write',
};

export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly operation: GitHubOperation,
  ) {
    super(message);
  }
}

export function describeGitHubError(error: unknown, operation: GitHubOperation, repository: string): GitHubApiError {
  const status = statusOf(error);
  const detail = apiMessage(error);
  const what = `GitHub API: ${WHAT[operation]} in ${repository} failed`;
  const permission = PERMISSION[operation];
  let hint: string;
  switch (status) {
    case 401:
      hint =
        'the token was rejected (missing, expired or revoked). Pass a valid token in the `github-token` input (the default `${{ github.token }}` works).';
      break;
    case 403:
      hint =
        operation === 'create-pull-request'
          ? `the token may not create pull requests. Add \`permissions: { contents: write, ${permission} }\` to the job, and enable "Allow GitHub Actions to create and approve pull requests" in the repository (or organisation) Settings → Actions → General.`
          : `the token lacks permission. Add \`permissions: { contents: write, ${permission} }\` to the job in the workflow file.`;
      break;
    case 404:
      hint = `${repository} was not found or the token cannot see it. Check GITHUB_REPOSITORY and that the token has \`${permission}\` (GitHub answers 404 instead of 403 for resources a token may not read).`;
      break;
    case 422:
      hint = 'GitHub refused the request as invalid (for example the branch does not exist on the remote, or there are no commits between the branches).';
      break;
    default:
      hint = status && status >= 500 ? 'GitHub had a server error; re-run the job.' : 'see the error below.';
  }
  const message = `${what}${status ? ` (HTTP ${status})` : ''}: ${hint}${detail ? ` GitHub said: ${detail}` : ''}`;
  return new GitHubApiError(message, status, operation);
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  if (data && typeof data === 'object') {
    const { message, errors } = data as { message?: unknown; errors?: unknown };
    const extra = Array.isArray(errors)
      ? errors
          .map((e) => (typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : ''))
          .filter(Boolean)
      : [];
    if (typeof message === 'string') return [message, ...extra].join('; ');
  }
  return errorMessage(error);
}
