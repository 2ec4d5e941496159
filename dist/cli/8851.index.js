export const id = 8851;
export const ids = [8851];
export const modules = {

/***/ 8851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  stickyMarker: () => (/* binding */ stickyMarker)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * Turns GitHub API failures into one message that says what failed, where, and how to fix it.
 * Most failures a user can cause are missing workflow permissions of GITHUB_TOKEN.
 */

const WHAT = {
    'read-repository': 'reading the repository',
    'list-pull-requests': 'listing pull requests',
    'create-pull-request': 'creating a pull request',
    'update-pull-request': 'updating a pull request',
    'list-comments': 'listing pull request comments',
    'create-comment': 'creating a pull request comment',
    'update-comment': 'updating a pull request comment',
};
/** The job-level `permissions:` entry each operation needs. */
const PERMISSION = {
    'read-repository': 'contents: read',
    'list-pull-requests': 'pull-requests: read',
    'create-pull-request': 'pull-requests: write',
    'update-pull-request': 'pull-requests: write',
    'list-comments': 'pull-requests: read',
    'create-comment': 'pull-requests: write',
    'update-comment': 'pull-requests: write',
};
class GitHubApiError extends Error {
    status;
    operation;
    name = 'GitHubApiError';
    constructor(message, status, operation) {
        super(message);
        this.status = status;
        this.operation = operation;
    }
}
function describeGitHubError(error, operation, repository) {
    const status = statusOf(error);
    const detail = apiMessage(error);
    const what = `GitHub API: ${WHAT[operation]} in ${repository} failed`;
    const permission = PERMISSION[operation];
    let hint;
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
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function apiMessage(error) {
    const data = error?.response?.data;
    if (data && typeof data === 'object') {
        const { message, errors } = data;
        const extra = Array.isArray(errors)
            ? errors
                .map((e) => (typeof e === 'object' && e && 'message' in e ? String(e.message) : ''))
                .filter(Boolean)
            : [];
        if (typeof message === 'string')
            return [message, ...extra].join('; ');
    }
    return (0,concurrency/* errorMessage */.gJ)(error);
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * GitHub REST adapter: the few calls the tool makes (pull request for exports, sticky comment).
 * The API base URL comes from the runner's GITHUB_API_URL (GitHub Enterprise Server sets it),
 * owner/repo from GITHUB_REPOSITORY.
 */


function stickyMarker(marker) {
    if (!/^[\w.:-]+$/.test(marker))
        throw new Error(`sticky comment marker "${marker}" may only use letters, digits and . _ : -`);
    return `<!-- aws-backup-gitops:${marker} -->`;
}
function createGitHubClient(options) {
    const env = options.env ?? process.env;
    if (!options.token) {
        throw new Error('No GitHub token: pass one in the `github-token` input (its default `${{ github.token }}` works) or set GITHUB_TOKEN for the CLI.');
    }
    const repository = options.repository ?? env['GITHUB_REPOSITORY'] ?? '';
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length) {
        throw new Error(`GITHUB_REPOSITORY must look like "owner/repo" but is "${repository}". It is set by the Actions runner; for the CLI set it yourself.`);
    }
    const baseUrl = (options.baseUrl ?? env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
    const octokit = (0,github/* getOctokit */.Q)(options.token, { baseUrl });
    const fullName = `${owner}/${repo}`;
    const call = async (operation, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw describeGitHubError(error, operation, fullName);
        }
    };
    return {
        owner,
        repo,
        getDefaultBranch: () => call('read-repository', async () => (await octokit.rest.repos.get({ owner, repo })).data.default_branch),
        findOpenPullRequest: (branch) => call('list-pull-requests', async () => {
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
        createPullRequest: (input) => call('create-pull-request', async () => toPullRequest((await octokit.rest.pulls.create({ owner, repo, ...input })).data)),
        updatePullRequest: (number, input) => call('update-pull-request', async () => toPullRequest((await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...input })).data)),
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
                    if (found)
                        return found;
                }
                return undefined;
            });
            if (existing) {
                const { data } = await call('update-comment', () => octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: fullBody }));
                return { id: data.id, url: data.html_url, body: data.body ?? '', created: false };
            }
            const { data } = await call('create-comment', () => octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: fullBody }));
            return { id: data.id, url: data.html_url, body: data.body ?? '', created: true };
        },
    };
}
function toPullRequest(pr) {
    return { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', head: pr.head.ref, base: pr.base.ref };
}


/***/ })

};
