export const id = 280;
export const ids = [280];
export const modules = {

/***/ 6280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planPublish: () => (/* binding */ planPublish)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/commit-message.ts
var commit_message = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/git/publish.ts
/**
 * Commits the export folder and publishes it: straight onto the current branch (`push` mode)
 * or onto the tool's own branch with one pull request that later runs update (`pull-request`).
 * Nothing changed → no commit, no push, no GitHub call. Dry-run → only says what it would do.
 */


const DEFAULT_EXPORT_BRANCH = 'aws-backup/export';
const DEFAULT_PUSH_ATTEMPTS = 4;
class PublishError extends Error {
    name = 'PublishError';
}
async function publishExports(options) {
    const git = new git_git/* Git */.TU(options.repoRoot, options.env);
    const paths = options.paths.map(checkRepoPath);
    const log = options.log ?? (() => undefined);
    const pending = new Set(await git.pendingChanges(paths));
    if (options.dryRun)
        for (const path of options.plannedChanges ?? [])
            pending.add(path);
    const files = [...pending].sort();
    const result = { changed: files.length > 0, dryRun: options.dryRun, files, steps: [] };
    const step = (line) => {
        result.steps.push(line);
        log(line);
    };
    if (!result.changed) {
        step(`No changes under ${paths.join(', ')}: nothing to commit.`);
        return result;
    }
    if (options.mode === 'push')
        await publishByPush(git, paths, options, result, step);
    else
        await publishByPullRequest(git, paths, options, result, step);
    return result;
}
async function publishByPush(git, paths, options, result, step) {
    const branch = await git.currentBranch();
    if (!branch) {
        throw new PublishError('commit mode "push" needs a checked-out branch, but HEAD is detached (pull_request workflows check out a merge commit). ' +
            'Run the export on schedule/push/workflow_dispatch, or set `commit: { mode: pull-request }` in the config.');
    }
    result.branch = branch;
    const would = options.dryRun ? 'Would ' : '';
    if (options.dryRun) {
        step(`${would}commit ${plural(result.files.length, 'file')} on ${branch} as ${git_git/* BOT_NAME */.Wm}: ${options.message.subject}`);
        step(`${would}push ${branch} to origin (rebasing onto it if it moved).`);
        return;
    }
    result.commit = await git.commitPaths(paths, options.message.text);
    step(`Committed ${plural(result.files.length, 'file')} on ${branch} as ${result.commit.slice(0, 12)}.`);
    const attempts = options.maxPushAttempts ?? DEFAULT_PUSH_ATTEMPTS;
    for (let attempt = 1;; attempt++) {
        const outcome = await git.push(branch);
        if (outcome.ok) {
            result.pushAttempts = attempt;
            result.commit = await git.headCommit();
            step(`Pushed ${branch} to origin${attempt > 1 ? ` after ${attempt - 1} rebase(s)` : ''}.`);
            return;
        }
        if (attempt >= attempts) {
            throw new PublishError(`pushing ${branch} to origin was rejected ${attempts} times because the remote kept moving; the export commit ${result.commit.slice(0, 12)} is only local. Re-run the job.`);
        }
        step(`origin/${branch} moved since checkout; rebasing the export commit onto it.`);
        try {
            await git.rebaseOntoRemote(branch);
        }
        catch (error) {
            throw new PublishError(`could not rebase the export commit onto origin/${branch} (someone else changed the same export files?): ${error instanceof git_git/* GitError */.XS ? error.stderr.trim() : String(error)}. Re-run the job to export again from the new state.`);
        }
    }
}
async function publishByPullRequest(git, paths, options, result, step) {
    const branch = options.branch ?? DEFAULT_EXPORT_BRANCH;
    const github = options.github;
    if (!github && !options.dryRun) {
        throw new PublishError('commit mode "pull-request" needs GitHub API access (a token) to open the pull request.');
    }
    const original = await git.currentBranch();
    if (original === branch) {
        throw new PublishError(`commit mode "pull-request" writes to its own branch "${branch}", but that branch is checked out. Run the workflow on the default branch, or choose another \`commit.branch\`.`);
    }
    const returnTo = original ?? (await git.headCommit());
    const base = original ?? (github ? await github.getDefaultBranch() : 'the default branch');
    result.branch = branch;
    const title = options.message.subject;
    const body = options.pullRequestBody ?? pullRequestBody(options.message.text);
    if (options.dryRun) {
        step(`Would commit ${plural(result.files.length, 'file')} on ${branch} (from ${base}) as ${git_git/* BOT_NAME */.Wm}: ${title}`);
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
        if (!outcome.ok)
            throw new PublishError(`force-pushing ${branch} to origin was rejected: ${outcome.stderr.trim()}`);
        result.pushAttempts = 1;
        step(`Force-pushed ${branch} to origin.`);
    }
    finally {
        await git.checkout(returnTo);
    }
    const api = github;
    const existing = await api.findOpenPullRequest(branch);
    if (existing) {
        const updated = await api.updatePullRequest(existing.number, { title, body });
        result.pullRequest = { number: updated.number, url: updated.url, created: false };
        step(`Updated pull request #${updated.number}.`);
    }
    else {
        const created = await api.createPullRequest({ head: branch, base, title, body });
        result.pullRequest = { number: created.number, url: created.url, created: true };
        step(`Opened pull request #${created.number}.`);
    }
}
/** The commit message without its subject line, plus a note on how the branch is handled. */
function pullRequestBody(messageText) {
    const lines = messageText.split('\n').slice(1).join('\n').trim();
    const list = lines
        .split('\n')
        .filter(Boolean)
        .map((line) => `- ${line}`)
        .join('\n');
    return `${list ? `${list}\n\n` : ''}_Updated by aws-backup-gitops on every run that finds changes; the branch is force-pushed, so do not commit to it._\n`;
}
function checkRepoPath(path) {
    const normalised = external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (normalised === '' || normalised === '.' || normalised.startsWith('/') || normalised.split('/').includes('..')) {
        throw new PublishError(`export path "${path}" must be a folder inside the repository (relative, without "..").`);
    }
    return normalised;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/git/write-exports.ts
var write_exports = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/commands/export-mode.ts + 1 modules
var export_mode = __webpack_require__(5419);
// EXTERNAL MODULE: ./src/export/export-mode.ts
var export_export_mode = __webpack_require__(64);
;// CONCATENATED MODULE: ./src/commands/publish.ts
/**
 * The git phase of an export: one commit for every account's changed files, pushed to the
 * current branch or proposed as one pull request. Planned after the files, applied after them.
 */








async function planPublish(ctx, exports) {
    const builder = new plan/* PlanBuilder */.LR('git');
    const changed = exports.filter((e) => (0,write_exports/* hasFileChanges */.eZ)(e.changes));
    if (changed.length === 0 || ctx.config.commit.mode === 'none')
        return builder.build();
    const { commit } = ctx.config;
    const message = (0,commit_message/* buildCommitMessage */.vL)(changed.map((e) => ({
        account: e.account.name,
        changes: e.changes,
        authors: (0,export_mode/* attributeChanges */.a8)(e.mode, e.changes),
        trailers: e.state ? [(0,export_export_mode/* formatStateTrailer */.en)(e.account.name, e.state)] : [],
    })), commit.message);
    const planned = changed.flatMap((e) => [...e.changes.added, ...e.changes.changed, ...e.changes.removed].map((p) => external_node_path_.posix.join(e.folder, p)));
    const mode = commit.mode;
    const branch = mode === 'pull-request' ? commit.branch : ((await new git_git/* Git */.TU(ctx.repoRoot, ctx.env).currentBranch()) ?? 'HEAD');
    builder.add({
        id: 'git/publish',
        kind: mode === 'pull-request' ? 'pull-request' : 'push',
        target: branch,
        reason: message.subject,
        details: { files: planned.length },
        apply: async () => {
            const result = await publishExports({
                repoRoot: ctx.repoRoot,
                paths: [ctx.config.export.path],
                message,
                mode,
                branch: commit.branch,
                dryRun: false,
                ...(ctx.github ? { github: await ctx.github() } : {}),
                ...(ctx.env ? { env: ctx.env } : {}),
                log: ctx.log,
            });
            if (!result.changed)
                return 'nothing to commit';
            const pr = result.pullRequest;
            if (pr)
                return `${pr.created ? 'opened' : 'updated'} pull request #${pr.number} (${result.commit?.slice(0, 7)})`;
            return `committed ${result.commit?.slice(0, 7)} and pushed to ${result.branch}`;
        },
    });
    return builder.build();
}


/***/ })

};
