export const id = 4824;
export const ids = [4824];
export const modules = {

/***/ 4824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBaseConfig: () => (/* binding */ readBaseConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(6136);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/event.ts
/** What the workflow run is about, read from the runner's event payload. */

/** The pull request number of a `pull_request`/`pull_request_target` run, else undefined. */
function pullRequestNumber(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            const event = JSON.parse(readFileSync(path, 'utf8'));
            const n = event.pull_request?.number;
            if (typeof n === 'number')
                return n;
        }
        catch {
            // fall back to the ref below
        }
    }
    const m = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return m ? Number(m[1]) : undefined;
}
/** The base commit of a pull request run (`pull_request.base.sha`), else undefined. */
function pullRequestBaseSha(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        const sha = event.pull_request?.base?.sha;
        return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/commands/base-config.ts
/**
 * The config as it is on a pull request's base branch, so the plan can say what the change
 * itself destroys (a shortened snapshot retention). Read from git: the event's
 * `pull_request.base.sha`, or the first parent of the merge commit `pull_request` workflows
 * check out (present with `fetch-depth: 2`). Nothing is fetched.
 */





/** Undefined outside a pull request; a problem when the base cannot be read. */
async function readBaseConfig(repoRoot, configPath, env) {
    const sha = pullRequestBaseSha(env);
    if (sha === undefined && env.GITHUB_EVENT_NAME !== 'pull_request')
        return undefined;
    const git = new git_git/* Git */.TU(repoRoot, env);
    const path = (0,external_node_path_.relative)(repoRoot, configPath).split(external_node_path_.sep).join('/');
    const candidates = [...(sha ? [sha] : []), 'HEAD^1'];
    for (const ref of candidates) {
        try {
            await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        }
        catch {
            continue; // not in this checkout (shallow clone) or HEAD is no merge commit
        }
        let text;
        try {
            text = (await git.run(['show', `${ref}:${path}`])).stdout;
        }
        catch {
            return undefined; // the pull request adds the config: nothing to compare with
        }
        try {
            return { config: (0,load.parseConfig)(text, `${path} at ${ref.slice(0, 12)}`), ref };
        }
        catch (error) {
            return { problem: `the config on the base branch (${ref.slice(0, 12)}) does not load: ${(0,concurrency/* errorMessage */.gJ)(error)}` };
        }
    }
    return { problem: `cannot read ${path} at the base of the pull request${sha ? ` (${sha.slice(0, 12)})` : ''}; check out with fetch-depth: 2 so the plan can show what a shortened retention deletes` };
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   Wm: () => (/* binding */ BOT_NAME),
/* harmony export */   XS: () => (/* binding */ GitError)
/* harmony export */ });
/* unused harmony exports BOT_EMAIL, isRejectedBecauseRemoteMoved */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
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
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, 
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


/***/ })

};
