export const id = 541;
export const ids = [541];
export const modules = {

/***/ 4541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planPublish: () => (/* binding */ planPublish)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/git/commit-message.ts
var commit_message = __webpack_require__(9393);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * Thin adapter over the real `git` binary (execFile, no shell). It relies on whatever
 * credentials the checkout left behind (actions/checkout persists an http extraheader in the
 * local config), so remotes are never rewritten and `git push origin` just works.
 */

/** The identity GitHub shows for commits made by workflows. */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** Passed as `-c` options on commands that create commits, so the user's config is never changed. */
const BOT_CONFIG = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`, '-c', 'commit.gpgsign=false'];
class GitError extends Error {
    args;
    exitCode;
    stderr;
    name = 'GitError';
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || '(no output)'}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
class Git {
    cwd;
    env;
    constructor(cwd, 
    /** Environment for git; defaults to this process's. */
    env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    run(args) {
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)('git', args, 
            // LC_ALL=C: push rejections are recognised by git's English output.
            { cwd: this.cwd, env: { ...this.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
                if (error) {
                    const code = typeof error.code === 'number' ? error.code : null;
                    if (error.code === 'ENOENT')
                        reject(new Error('git is not installed or not on PATH'));
                    else
                        reject(new GitError(args, code, stderr || error.message));
                }
                else {
                    resolve({ stdout, stderr });
                }
            });
        });
    }
    /** The checked-out branch name, or undefined when HEAD is detached. */
    async currentBranch() {
        try {
            const { stdout } = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
            return stdout.trim() || undefined;
        }
        catch (error) {
            if (error instanceof GitError && error.exitCode === 1)
                return undefined;
            throw error;
        }
    }
    async headCommit() {
        return (await this.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** Paths (repo-relative) with uncommitted changes under `pathspecs`, including untracked files. */
    async pendingChanges(pathspecs) {
        const { stdout } = await this.run([
            'status',
            '--porcelain=v1',
            '-z',
            '--untracked-files=all',
            '--',
            ...pathspecs,
        ]);
        const paths = [];
        const entries = stdout.split('\0');
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i] ?? '';
            if (entry.length < 4)
                continue;
            paths.push(entry.slice(3));
            // Renames/copies are followed by their source path as a separate entry.
            if (entry[0] === 'R' || entry[0] === 'C')
                i++;
        }
        return paths.sort();
    }
    /** Stages and commits exactly `pathspecs` (other staged changes stay out) as the bot. */
    async commitPaths(pathspecs, message) {
        await this.run(['add', '--all', '--', ...pathspecs]);
        await this.run([...BOT_CONFIG, 'commit', '--quiet', '--no-verify', '-m', message, '--only', '--', ...pathspecs]);
        return this.headCommit();
    }
    /** Pushes HEAD to `branch` on origin; a rejection because the remote moved is an outcome, not an error. */
    async push(branch, options = {}) {
        const refspec = `${options.force ? '+' : ''}HEAD:refs/heads/${branch}`;
        try {
            await this.run(['push', 'origin', refspec]);
            return { ok: true };
        }
        catch (error) {
            if (error instanceof GitError && isRejectedBecauseRemoteMoved(error.stderr)) {
                return { ok: false, rejected: true, stderr: error.stderr };
            }
            throw error;
        }
    }
    /** Fetches `branch` from origin and rebases the current branch onto it. */
    async rebaseOntoRemote(branch) {
        const remoteRef = `refs/remotes/origin/${branch}`;
        await this.run(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:${remoteRef}`]);
        try {
            await this.run([...BOT_CONFIG, 'rebase', '--quiet', '--autostash', remoteRef]);
        }
        catch (error) {
            await this.run(['rebase', '--abort']).catch(() => undefined);
            throw error;
        }
    }
    /** Creates or resets `branch` to HEAD and switches to it, carrying work-tree changes along. */
    async switchToFreshBranch(branch) {
        await this.run(['checkout', '--quiet', '-B', branch]);
    }
    /** Checks out a branch name or (for a detached start) a commit. */
    async checkout(target) {
        await this.run(['checkout', '--quiet', target]);
    }
}
/**
 * git reports "! [rejected] HEAD -> main (fetch first)" or "(non-fast-forward)" and the hint
 * "Updates were rejected because the remote contains work that you do not have" when the
 * remote has commits we do not.
 */
function isRejectedBecauseRemoteMoved(stderr) {
    return /\[rejected\]|\(fetch first\)|\(non-fast-forward\)|updates were rejected/i.test(stderr);
}

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
    const git = new Git(options.repoRoot, options.env);
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
        step(`${would}commit ${plural(result.files.length, 'file')} on ${branch} as ${BOT_NAME}: ${options.message.subject}`);
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
            throw new PublishError(`could not rebase the export commit onto origin/${branch} (someone else changed the same export files?): ${error instanceof GitError ? error.stderr.trim() : String(error)}. Re-run the job to export again from the new state.`);
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
    const message = (0,commit_message/* buildCommitMessage */.vL)(changed.map((e) => ({ account: e.account.name, changes: e.changes })), commit.message);
    const planned = changed.flatMap((e) => [...e.changes.added, ...e.changes.changed, ...e.changes.removed].map((p) => external_node_path_.posix.join(e.folder, p)));
    const mode = commit.mode;
    const branch = mode === 'pull-request' ? commit.branch : ((await new Git(ctx.repoRoot, ctx.env).currentBranch()) ?? 'HEAD');
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
                ...(ctx.github ? { github: ctx.github() } : {}),
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


/***/ }),

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   vL: () => (/* binding */ buildCommitMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_COMMIT_PREFIX, compareRecords, compareHealthChecks */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _write_exports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);
/**
 * The commit message (and pull-request title/body) describing export changes. Pure.
 *
 *   chore(aws-backup): export: 2 zones, 1 load balancer changed
 *
 *   route53 example.com. (public): records +3 −1 ~2
 *   route53 example.com. (private) added (42 records)
 *   route53 health checks: +1 −0 ~1
 *   load balancer us-east-1/my-alb changed
 *
 * Records are identified by (name, type, set-identifier); "~" counts records with the same
 * identity whose other fields differ. Health checks are identified by `name`.
 */


const DEFAULT_COMMIT_PREFIX = 'chore(aws-backup): export';
const ZONES_DIR = 'route53/zones/';
const HEALTH_CHECKS_FILE = 'route53/health-checks.yaml';
const LOAD_BALANCER_PATH = /^load-balancers\/([^/]+)\/([^/]+)\/([^/]+)\.yaml$/;
function buildCommitMessage(accounts, prefix = DEFAULT_COMMIT_PREFIX) {
    const changed = accounts.filter(({ changes }) => (0,_write_exports_js__WEBPACK_IMPORTED_MODULE_1__/* .hasFileChanges */ .eZ)(changes));
    const showAccount = changed.length > 1;
    const counts = { zone: 0, 'health-checks': 0, 'load-balancer': 0, other: 0 };
    const lines = [];
    for (const { account, changes } of changed) {
        const items = describeChanges(changes);
        for (const item of items) {
            counts[item.category]++;
            lines.push(showAccount ? `${account}: ${item.line}` : item.line);
        }
    }
    const parts = [];
    if (counts.zone)
        parts.push(plural(counts.zone, 'zone'));
    if (counts['load-balancer'])
        parts.push(plural(counts['load-balancer'], 'load balancer'));
    if (counts['health-checks'])
        parts.push('health checks');
    if (counts.other)
        parts.push(plural(counts.other, 'other file'));
    const subject = `${prefix}: ${parts.length ? `${parts.join(', ')} changed` : 'no changes'}`;
    const text = lines.length ? `${subject}\n\n${lines.join('\n')}\n` : `${subject}\n`;
    return { subject, lines, text };
}
const described = new WeakMap();
/** One line per changed file of one account, zones first, then health checks, load balancers, others. */
function describeChanges(changes) {
    // The plan and the commit message both describe the same changes: parse the YAML once.
    const cached = described.get(changes);
    if (cached)
        return cached;
    const items = [];
    const add = (path, status) => {
        items.push({ path, ...describeFile(path, status, changes) });
    };
    for (const path of changes.added)
        add(path, 'added');
    for (const path of changes.changed)
        add(path, 'changed');
    for (const path of changes.removed)
        add(path, 'removed');
    const order = ['zone', 'health-checks', 'load-balancer', 'other'];
    items.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || compare(a.sortKey, b.sortKey));
    described.set(changes, items);
    return items;
}
function describeFile(path, status, changes) {
    // Each side is parsed at most once, and only when a line needs it (zone files can be large).
    const before = lazyYaml(changes.before.get(path));
    const after = lazyYaml(changes.after.get(path));
    const label = changes.files.get(path)?.label;
    const kind = changes.files.get(path)?.kind;
    // An added file's count is known from the export; only removed files are parsed for it.
    const addedCount = status === 'added' ? changes.files.get(path)?.items : undefined;
    if (kind === 'route53-health-checks' || path === HEALTH_CHECKS_FILE) {
        const line = status === 'changed'
            ? `route53 health checks: ${formatCounts(compareKeyed(listOf(before(), 'health-checks'), listOf(after(), 'health-checks'), healthCheckKey))}`
            : `route53 health checks ${status} (${addedCount ?? countItems((status === 'added' ? after : before)(), 'health-checks') ?? '?'})`;
        return { category: 'health-checks', line, sortKey: path };
    }
    if (kind === 'route53-zone' || (!kind && path.startsWith(ZONES_DIR) && path.endsWith('.yaml'))) {
        const name = label ?? zoneLabel((status === 'added' ? after : before)()) ?? path.slice(ZONES_DIR.length);
        let line;
        if (status === 'changed') {
            const records = compareKeyed(listOf(before(), 'records'), listOf(after(), 'records'), recordKey);
            const settings = zoneSettingsChanged(before(), after());
            const recordsChanged = !records || records.added + records.removed + records.changed > 0;
            const detail = [
                recordsChanged || !settings ? `records ${formatCounts(records)}` : undefined,
                settings ? 'settings changed' : undefined,
            ]
                .filter(Boolean)
                .join(', ');
            line = `route53 ${name}: ${detail}`;
        }
        else {
            const count = addedCount ?? countItems((status === 'added' ? after : before)(), 'records');
            line = `route53 ${name} ${status}${count === undefined ? '' : ` (${plural(count, 'record')})`}`;
        }
        return { category: 'zone', line, sortKey: name };
    }
    const lb = LOAD_BALANCER_PATH.exec(path);
    if (kind === 'elb' || kind === 'elbv2' || (!kind && lb)) {
        const name = label ?? (lb ? `${lb[1]}/${lb[3]}` : path);
        return { category: 'load-balancer', line: `load balancer ${name} ${status}`, sortKey: name };
    }
    return { category: 'other', line: `${path} ${status}`, sortKey: path };
}
/** Record counts between two zone files, or undefined when either cannot be read. */
function compareRecords(before, after) {
    return compareKeyed(listOf(readYaml(before), 'records'), listOf(readYaml(after), 'records'), recordKey);
}
function compareHealthChecks(before, after) {
    return compareKeyed(listOf(readYaml(before), 'health-checks'), listOf(readYaml(after), 'health-checks'), healthCheckKey);
}
function healthCheckKey(item) {
    return JSON.stringify([field(item, 'name')]);
}
function recordKey(record) {
    return JSON.stringify([field(record, 'name'), field(record, 'type'), field(record, 'set-identifier') ?? null]);
}
function compareKeyed(before, after, key) {
    if (!before || !after)
        return undefined;
    const old = new Map(before.map((item) => [key(item), canonical(item)]));
    const counts = { added: 0, removed: 0, changed: 0 };
    const seen = new Set();
    for (const item of after) {
        const id = key(item);
        seen.add(id);
        const previous = old.get(id);
        if (previous === undefined)
            counts.added++;
        else if (previous !== canonical(item))
            counts.changed++;
    }
    for (const id of old.keys())
        if (!seen.has(id))
            counts.removed++;
    return counts;
}
function formatCounts(counts) {
    if (!counts)
        return 'changed';
    return `+${counts.added} \u2212${counts.removed} ~${counts.changed}`;
}
function zoneSettingsChanged(before, after) {
    return canonical(field(before, 'zone')) !== canonical(field(after, 'zone'));
}
/** `example.com. (private)` from the file's `zone:` block (used for removed files, which have no label). */
function zoneLabel(doc) {
    const zone = field(doc, 'zone');
    const name = field(zone, 'name');
    if (typeof name !== 'string')
        return undefined;
    const fqdn = name.endsWith('.') ? name : `${name}.`;
    return `${fqdn} (${field(zone, 'private') === true ? 'private' : 'public'})`;
}
function countItems(doc, key) {
    return listOf(doc, key)?.length;
}
/** The list under `key` of a parsed file; undefined when the file could not be read. */
function listOf(doc, key) {
    if (doc === undefined)
        return undefined;
    const list = field(doc, key);
    if (list === undefined || list === null)
        return [];
    return Array.isArray(list) ? list : undefined;
}
function lazyYaml(content) {
    let parsed;
    return () => (parsed ??= { doc: readYaml(content) }).doc;
}
function readYaml(content) {
    if (content === undefined)
        return undefined;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(content);
    }
    catch {
        return undefined;
    }
}
function field(value, key) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value[key]
        : undefined;
}
/** JSON with sorted keys, so that key order does not count as a change. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compare(a, b)))
        : v) ?? 'undefined';
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 6241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ planExportFiles),
/* harmony export */   H2: () => (/* binding */ readExportFolder),
/* harmony export */   eZ: () => (/* binding */ hasFileChanges)
/* harmony export */ });
/* unused harmony exports isManagedBy, applyExportFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5105);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Turns an ExportResult into file changes in an account's export folder.
 *
 * Paths: every path in `ExportFileChanges` is posix and relative to the account's export
 * folder (`<export.path>/<account>/`), exactly like `ExportedFile.path`. Callers that need
 * repository paths (git, the commit message) join them with that folder's repo-relative path.
 *
 * Rules ("nothing lost"):
 * - a file of the result is written only when its bytes differ (identical files are not touched);
 * - an existing file is removed only when it lies directly in a complete scope's folder, its name
 *   matches the scope's pattern, it is not among the result's files and no failure keeps it;
 * - anything else in the folder (a README, files of failed listings) is left alone.
 */



function hasFileChanges(changes) {
    return changes.added.length + changes.changed.length + changes.removed.length > 0;
}
/** Pure planning: compares the existing files (path → content) with the export result. */
function planExportFiles(existing, result) {
    const changes = {
        added: [],
        changed: [],
        removed: [],
        unchanged: [],
        before: new Map(),
        after: new Map(),
        files: new Map(),
    };
    for (const file of result.files) {
        assertSafeRelativePath(file.path);
        if (changes.files.has(file.path)) {
            throw new Error(`export result lists the file ${file.path} twice`);
        }
        changes.files.set(file.path, file);
        const old = existing.get(file.path);
        if (old === undefined) {
            changes.added.push(file.path);
            changes.after.set(file.path, file.content);
        }
        else if (old === file.content) {
            changes.unchanged.push(file.path);
        }
        else {
            changes.changed.push(file.path);
            changes.before.set(file.path, old);
            changes.after.set(file.path, file.content);
        }
    }
    const kept = new Set(result.failures.flatMap((failure) => failure.keepPaths));
    for (const [path, content] of existing) {
        if (changes.files.has(path) || kept.has(path))
            continue;
        if (!result.completeScopes.some((scope) => isManagedBy(scope, path)))
            continue;
        changes.removed.push(path);
        changes.before.set(path, content);
    }
    for (const list of [changes.added, changes.changed, changes.removed, changes.unchanged])
        list.sort();
    return changes;
}
/**
 * A scope manages the files directly in its folder whose name matches its pattern. Subfolders
 * are not included on purpose: the `route53/` scope (health checks) must never reach into
 * `route53/zones/`, whose listing may have failed.
 */
function isManagedBy(scope, path) {
    if (!path.startsWith(scope.prefix))
        return false;
    const name = path.slice(scope.prefix.length);
    if (name === '' || name.includes('/'))
        return false;
    if (!scope.pattern)
        return true;
    // A copy without g/y flags: RegExp.test on those keeps state between calls.
    return new RegExp(scope.pattern.source, scope.pattern.flags.replace(/[gy]/g, '')).test(name);
}
function assertSafeRelativePath(path) {
    const normalised = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(path);
    if (path === '' || path.startsWith('/') || normalised !== path || path.split('/').includes('..')) {
        throw new Error(`export file path "${path}" must be a normalised relative posix path`);
    }
}
/** Reads every file below `root` (recursively) as UTF-8; a missing folder is empty. */
async function readExportFolder(root) {
    const files = new Map();
    const walk = async (relative) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT' && relative === '')
                return;
            throw error;
        }
        for (const entry of entries) {
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                files.set(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path), 'utf8'));
        }
    };
    await walk('');
    return files;
}
/** Plans the changes for the export folder `root` and, unless dry-run, performs them. */
async function applyExportFiles(root, result, options) {
    const changes = planExportFiles(await readExportFolder(root), result);
    if (options.dryRun)
        return changes;
    for (const [path, content] of changes.after)
        await writeFileAtomic(join(root, path), content);
    for (const path of changes.removed)
        await rm(join(root, path));
    return changes;
}


/***/ })

};
