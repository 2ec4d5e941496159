export const id = 6270;
export const ids = [6270];
export const modules = {

/***/ 6270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeCommand: () => (/* binding */ executeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var aws_clients = __webpack_require__(5343);
// EXTERNAL MODULE: ./src/aws/aws-services.ts
var aws_services = __webpack_require__(8165);
// EXTERNAL MODULE: ./src/aws/rate-budget.ts + 1 modules
var rate_budget = __webpack_require__(9832);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(8720);
;// CONCATENATED MODULE: ./src/plan/apply.ts
/**
 * Applies a Plan: runs every action whose dependencies succeeded, independent actions in
 * parallel up to a limit, and records one result per action. A failed action never stops the
 * others — only the actions that depend on it are skipped — so the run fails at the end with
 * everything else done. In dry-run nothing runs at all.
 */


function checkLimit(name, value) {
    if (!Number.isInteger(value) || value < 1) {
        throw new RangeError(`${name} must be a whole number of at least 1 (got ${value}).`);
    }
}
/**
 * Plan bugs found before anything runs: a dependency on an id that is not in the plan, or a
 * dependency cycle. Such actions fail (in dry-run too, so a PR plan shows the bug).
 */
function findInvalidActions(actions) {
    const byId = new Map(actions.map((a) => [a.id, a]));
    const invalid = new Map();
    for (const action of actions) {
        const unknown = (action.dependsOn ?? []).filter((dep) => !byId.has(dep));
        if (unknown.length > 0) {
            invalid.set(action.id, `depends on unknown action ${unknown.map((d) => `'${d}'`).join(', ')} (a bug in the planner)`);
        }
    }
    // Kahn's algorithm: whatever never reaches in-degree 0 is in a cycle or behind one.
    const indegree = new Map(actions.map((a) => [a.id, (a.dependsOn ?? []).filter((d) => byId.has(d)).length]));
    const dependents = new Map();
    for (const action of actions) {
        for (const dep of action.dependsOn ?? [])
            dependents.set(dep, [...(dependents.get(dep) ?? []), action.id]);
    }
    const ready = actions.filter((a) => indegree.get(a.id) === 0).map((a) => a.id);
    while (ready.length > 0) {
        const id = ready.pop();
        for (const next of dependents.get(id) ?? []) {
            const left = indegree.get(next) - 1;
            indegree.set(next, left);
            if (left === 0)
                ready.push(next);
        }
    }
    const stuck = new Set(actions.filter((a) => indegree.get(a.id) > 0).map((a) => a.id));
    const reachesItself = (start) => {
        const seen = new Set();
        const stack = [...(byId.get(start)?.dependsOn ?? [])];
        while (stack.length > 0) {
            const id = stack.pop();
            if (id === start)
                return true;
            if (seen.has(id) || !stuck.has(id))
                continue;
            seen.add(id);
            stack.push(...(byId.get(id)?.dependsOn ?? []));
        }
        return false;
    };
    for (const id of stuck) {
        // Actions merely behind a cycle are skipped later as "dependency failed".
        if (reachesItself(id))
            invalid.set(id, 'is part of a dependency cycle (a bug in the planner)');
    }
    return invalid;
}
function describe(action) {
    return `[${action.section}] ${action.kind} ${action.target}`;
}
async function applyPlan(plan, options) {
    checkLimit('concurrency', options.concurrency);
    for (const [section, limit] of Object.entries(options.sectionConcurrency ?? {})) {
        checkLimit(`sectionConcurrency['${section}']`, limit);
    }
    const duplicate = (0,plan_plan/* findDuplicateId */.s)(plan.actions);
    if (duplicate !== undefined)
        throw new Error(`Plan has two actions with id '${duplicate}'; action ids must be unique.`);
    const log = options.log ?? (() => { });
    const results = new Map();
    const settle = (action, result) => {
        results.set(action.id, result);
        if (result.status === 'applied')
            log(`applied: ${describe(action)}${result.note ? ` (${result.note})` : ''}`);
        else if (result.status === 'failed')
            log(`FAILED: ${describe(action)} — ${result.error}`);
        else if (result.skipped === 'dry-run')
            log(`would ${action.kind}: [${action.section}] ${action.target} — ${action.reason}`);
        else
            log(`skipped: ${describe(action)} — ${result.error}`);
    };
    const invalid = findInvalidActions(plan.actions);
    const pending = new Set();
    for (const action of plan.actions) {
        const problem = invalid.get(action.id);
        if (problem !== undefined)
            settle(action, { id: action.id, status: 'failed', error: problem });
        else if (options.dryRun)
            settle(action, { id: action.id, status: 'skipped', skipped: 'dry-run' });
        else
            pending.add(action);
    }
    const running = new Map();
    const runningPerSection = new Map();
    const sectionLimit = (section) => options.sectionConcurrency?.[section] ?? Infinity;
    const start = (action) => {
        pending.delete(action);
        runningPerSection.set(action.section, (runningPerSection.get(action.section) ?? 0) + 1);
        const run = (async () => {
            try {
                const note = await action.apply();
                settle(action, note ? { id: action.id, status: 'applied', note } : { id: action.id, status: 'applied' });
            }
            catch (error) {
                if (error instanceof plan_plan/* ResourceGoneError */.Yr)
                    settle(action, { id: action.id, status: 'skipped', skipped: 'resource-gone', error: error.message });
                else
                    settle(action, { id: action.id, status: 'failed', error: (0,concurrency/* errorMessage */.gJ)(error) });
            }
        })();
        // Bookkeeping in a continuation, not in the body: an apply that throws synchronously
        // finishes the body before `running.set` below, and would otherwise stay "running" forever.
        running.set(action.id, run.then(() => {
            running.delete(action.id);
            runningPerSection.set(action.section, runningPerSection.get(action.section) - 1);
        }));
    };
    /** Skips actions whose dependency did not succeed; repeats so skips cascade down chains. */
    const skipBlocked = () => {
        let skippedAny = true;
        while (skippedAny) {
            skippedAny = false;
            for (const action of pending) {
                const blocker = (action.dependsOn ?? []).find((dep) => {
                    const result = results.get(dep);
                    return result !== undefined && result.status !== 'applied';
                });
                if (blocker === undefined)
                    continue;
                pending.delete(action);
                const why = results.get(blocker)?.status === 'failed' ? 'failed' : 'was skipped';
                settle(action, { id: action.id, status: 'skipped', skipped: 'dependency-failed', error: `not run: '${blocker}' ${why}` });
                skippedAny = true;
            }
        }
    };
    const startReady = () => {
        for (const action of pending) {
            if (running.size >= options.concurrency)
                return;
            if ((runningPerSection.get(action.section) ?? 0) >= sectionLimit(action.section))
                continue;
            if ((action.dependsOn ?? []).every((dep) => results.get(dep)?.status === 'applied'))
                start(action);
        }
    };
    for (;;) {
        skipBlocked();
        startReady();
        if (running.size === 0)
            break;
        await Promise.race(running.values());
    }
    // Unreachable when the checks above are right; kept so no action is ever left without a result.
    for (const action of pending) {
        settle(action, { id: action.id, status: 'failed', error: 'never became ready to run (a bug in the apply loop)' });
    }
    return plan.actions.map((action) => results.get(action.id));
}

// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
;// CONCATENATED MODULE: ./src/commands/services.ts
/**
 * Which AWS services a command will call, from the command and the config, so exactly their
 * SDK packages are loaded before the first call (aws-services.ts). A feature that starts
 * calling another service adds it here; using a service that was not loaded fails at once
 * with a message naming this file.
 */


function servicesFor(command, config) {
    // A restore or drill may touch any kind of resource.
    if (command === 'restore' || command === 'drill')
        return [...aws_services.SERVICE_NAMES];
    const services = new Set();
    // Accounts with an id, and the vault account, are checked with STS GetCallerIdentity first.
    if ((0,schema/* resolveAccounts */.LC)(config).some((a) => a.accountId !== undefined) || config.vault)
        services.add('sts');
    if (config.export.route53.enabled)
        services.add('route53');
    // Incremental exports read the change feed (CloudTrail event history).
    if (config.export.incremental.enabled)
        services.add('cloudtrail');
    if (config.export['load-balancers'].enabled) {
        services.add('elb');
        services.add('elbv2');
    }
    if (config.export.mirror)
        services.add('s3');
    if (command !== 'export') {
        if (config.lifecycle)
            services.add('s3');
        if (config.snapshots)
            for (const s of ['ec2', 'rds', 'kms'])
                services.add(s);
    }
    return [...services];
}

;// CONCATENATED MODULE: ./src/commands/export-mode-report.ts
function exportModeRows(exports) {
    return exports.map((e) => ({ account: e.account.name, mode: e.mode.mode.mode, reason: e.modeText }));
}
function exportModeMarkdown(rows) {
    const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
    return [
        '### Export mode',
        '',
        '| Account | Mode | Why |',
        '| --- | --- | --- |',
        ...rows.map((r) => `| ${cell(r.account)} | ${r.mode} | ${cell(r.reason)} |`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/commands/execute.ts
/**
 * The AWS part of a command, after the config is loaded and checked: create the clients, load
 * the SDK packages the command needs (services.ts), verify the accounts, then plan and apply
 * each feature. Feature modules are imported when their feature is on, so a run that only
 * exports Route 53 never loads the EC2 or RDS SDK.
 */









/** Actions in flight at once while applying (file writes, uploads). */
const APPLY_CONCURRENCY = 8;
/** Collects each applied plan and its results, in the order they ran. */
class Runner {
    dryRun;
    log;
    plans = [];
    results = [];
    summaryExtras = [];
    exportModes = [];
    /** Snapshot coverage rows for the JSON report. */
    coverage;
    bucketCoverage;
    /** The export mirror's Object Lock check, when the bucket is declared locked. */
    mirror;
    constructor(dryRun, log) {
        this.dryRun = dryRun;
        this.log = log;
    }
    async apply(plan, concurrency = APPLY_CONCURRENCY) {
        this.plans.push(plan);
        this.results.push(...(await applyPlan(plan, { dryRun: this.dryRun, concurrency, log: this.log })));
    }
}
async function executeCommand(options) {
    const { config, repoRoot, dryRun } = options;
    const env = options.env ?? process.env;
    const budgets = new rate_budget/* RateBudgets */.vc({ limits: config['rate-limits'] });
    const clients = new Map();
    const logger = { debug: () => undefined, warn: options.log };
    let github;
    const ctx = {
        command: options.command,
        config,
        repoRoot,
        dryRun,
        budgets,
        clientsFor: (requested) => {
            const account = planSafe(options.command, config, requested);
            let c = clients.get(account.name);
            if (!c) {
                c = (0,aws_clients.createAwsClients)({
                    account: account.name,
                    budgets,
                    logger,
                    ...(account.roleArn ? { roleArn: account.roleArn } : {}),
                    ...(account.externalId ? { externalId: account.externalId } : {}),
                    ...(options.env ? { env: options.env } : {}),
                });
                clients.set(account.name, c);
            }
            return c;
        },
        log: options.log,
        ...(options.env ? { env: options.env } : {}),
        ...(options.fullExport ? { fullExport: true } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.githubToken
            ? {
                // Octokit is loaded only by the runs that talk to GitHub.
                github: () => (github ??= Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(8851)]).then(__webpack_require__.bind(__webpack_require__, 8851)).then(({ createGitHubClient }) => createGitHubClient({ token: options.githubToken, ...(options.env ? { env: options.env } : {}) }))),
            }
            : {}),
    };
    const runner = new Runner(dryRun, options.log);
    try {
        await (0,aws_services.loadAwsServices)(servicesFor(options.command, config));
        // Wrong credentials stop the run before anything is read or written under this account's name.
        const withIds = (0,schema/* resolveAccounts */.LC)(config).filter((a) => a.accountId !== undefined);
        const vault = config.vault && vaultClients(ctx);
        if (withIds.length > 0 || vault) {
            const { verifyAccount } = await Promise.all(/* import() */[__webpack_require__.e(1695), __webpack_require__.e(6367)]).then(__webpack_require__.bind(__webpack_require__, 6367));
            await Promise.all([
                ...withIds.map((a) => verifyAccount(ctx.clientsFor(a), a.accountId, a.regions[0])),
                ...(vault ? [verifyAccount(vault, config.vault.id, config.regions[0])] : []),
            ]);
        }
        if (options.command === 'restore') {
            if (!options.restore)
                throw new Error('restore needs a restore request (kind and source).');
            const { planRestore } = await Promise.all(/* import() */[__webpack_require__.e(8621), __webpack_require__.e(3711), __webpack_require__.e(5193), __webpack_require__.e(7202), __webpack_require__.e(2632), __webpack_require__.e(9165), __webpack_require__.e(1695), __webpack_require__.e(586), __webpack_require__.e(2055), __webpack_require__.e(9700), __webpack_require__.e(7489), __webpack_require__.e(4432), __webpack_require__.e(4939), __webpack_require__.e(667)]).then(__webpack_require__.bind(__webpack_require__, 667));
            await runner.apply(await planRestore(ctx, options.restore));
        }
        else if (options.command === 'drill') {
            const { planDrill, DRILL_APPLY_CONCURRENCY } = await Promise.all(/* import() */[__webpack_require__.e(8621), __webpack_require__.e(3711), __webpack_require__.e(5193), __webpack_require__.e(7202), __webpack_require__.e(2632), __webpack_require__.e(1695), __webpack_require__.e(2055), __webpack_require__.e(9700), __webpack_require__.e(7489), __webpack_require__.e(4432), __webpack_require__.e(9212)]).then(__webpack_require__.bind(__webpack_require__, 9212));
            const plan = await planDrill({
                config,
                accounts: (0,schema/* resolveAccounts */.LC)(config),
                clientsFor: ctx.clientsFor,
                repoRoot,
                now: new Date(),
                log: options.log,
                ...(vault && { vaultClients: () => vault }),
            });
            await runner.apply(plan, DRILL_APPLY_CONCURRENCY);
        }
        else {
            await runBackup(ctx, runner, {
                lifecycleBuckets: options.lifecycleBuckets,
                protectedBuckets: options.protectedBuckets,
                scheduled: env.GITHUB_EVENT_NAME === 'schedule',
                configPath: (0,external_node_path_.resolve)(repoRoot, options.configPath),
            });
        }
    }
    finally {
        for (const c of clients.values())
            c.destroy();
    }
    return { plans: runner.plans, results: runner.results, stats: budgets.stats(), summaryExtras: runner.summaryExtras, exportModes: runner.exportModes, ...(runner.coverage && { coverage: runner.coverage }), ...(runner.bucketCoverage && { bucketCoverage: runner.bucketCoverage }), ...(runner.mirror && { mirror: runner.mirror }) };
}
/** run / plan / export: exports, snapshots and lifecycle rules, then one commit. */
async function runBackup(ctx, runner, options) {
    const { config, command } = ctx;
    const withSnapshots = command !== 'export' && config.snapshots !== undefined;
    // A pull request's plan compares with the base branch's config (a shortened retention is called out).
    const base = command === 'plan' && withSnapshots ? await (await __webpack_require__.e(/* import() */ 4824).then(__webpack_require__.bind(__webpack_require__, 4824))).readBaseConfig(ctx.repoRoot, options.configPath, ctx.env ?? process.env) : undefined;
    if (base && 'problem' in base)
        runner.plans.push({ actions: [], warnings: [{ section: 'snapshots', item: 'retention changes', message: base.problem }], errors: [] });
    // The mirror bucket is checked only where files are uploaded (run, export), before any upload.
    const checksMirror = command !== 'plan' && config.export.mirror?.['object-lock'] === true;
    const [exportsModule, lifecycleModule, snapshotsModule, protectionModule, mirrorModule] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8621), __webpack_require__.e(2055), __webpack_require__.e(7489), __webpack_require__.e(1403), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 6930)),
        options.lifecycleBuckets.length > 0 ? Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(1529)]).then(__webpack_require__.bind(__webpack_require__, 1529)) : undefined,
        withSnapshots ? Promise.all(/* import() */[__webpack_require__.e(8621), __webpack_require__.e(5193), __webpack_require__.e(7202), __webpack_require__.e(2632), __webpack_require__.e(6331)]).then(__webpack_require__.bind(__webpack_require__, 9685)) : undefined,
        options.protectedBuckets.length > 0 ? Promise.all(/* import() */[__webpack_require__.e(8621), __webpack_require__.e(3711), __webpack_require__.e(7676)]).then(__webpack_require__.bind(__webpack_require__, 7676)) : undefined,
        checksMirror ? Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(9699)]).then(__webpack_require__.bind(__webpack_require__, 9699)) : undefined,
    ]);
    // Read-only planning of every feature first, side by side; then apply.
    const [exports, lifecycle, snapshots, protection, mirrorCheck] = await Promise.all([
        exportsModule.collectExports(ctx),
        lifecycleModule?.planLifecycle(options.lifecycleBuckets, ctx.clientsFor, { scheduled: options.scheduled }),
        snapshotsModule?.planSnapshots({
            config,
            accounts: (0,schema/* resolveAccounts */.LC)(config),
            clientsFor: ctx.clientsFor,
            now: new Date(),
            log: ctx.log,
            ...(config.vault && { vault: { config: config.vault, clients: vaultClients(ctx) } }),
            ...(base && 'config' in base && base.config.snapshots && { base: base.config.snapshots }),
        }),
        protectionModule?.planProtection(options.protectedBuckets, ctx.clientsFor, { scheduled: options.scheduled, now: new Date(), log: ctx.log }),
        mirrorModule?.checkMirror(ctx),
    ]);
    if (mirrorCheck) {
        runner.mirror = mirrorCheck;
        runner.summaryExtras.push(mirrorModule.mirrorCheckMarkdown(mirrorCheck));
    }
    if (protection?.coverageMarkdown)
        runner.summaryExtras.push(protection.coverageMarkdown);
    if (protection?.coverage.length)
        runner.bucketCoverage = protection.coverage;
    runner.exportModes.push(...exportModeRows(exports));
    if (exports.length > 0)
        runner.summaryExtras.push(exportModeMarkdown(runner.exportModes));
    if (snapshots) {
        runner.summaryExtras.push(snapshots.coverageMarkdown);
        runner.coverage = snapshots.coverage;
    }
    // Snapshot actions mostly wait on AWS (the module caps its own calls), so they run wide,
    // beside the quick file and lifecycle actions.
    await Promise.all([
        runner.apply((0,plan_plan/* mergePlans */.Je)(...exportsModule.planExportActions(ctx, exports, mirrorCheck), ...(mirrorCheck ? [mirrorModule.mirrorCheckPlan(mirrorCheck)] : []), ...(lifecycle ? [lifecycle] : []), ...(protection ? [protection.plan] : []))),
        snapshots ? runner.apply(snapshots.plan, snapshotsModule.SNAPSHOT_APPLY_CONCURRENCY) : undefined,
    ]);
    if (command !== 'plan') {
        const { planPublish } = await Promise.all(/* import() */[__webpack_require__.e(2055), __webpack_require__.e(1403), __webpack_require__.e(6280)]).then(__webpack_require__.bind(__webpack_require__, 6280));
        await runner.apply(await planPublish(ctx, exports));
    }
}
/**
 * Clients acting in the vault account (`vault:`): with the vault role, or in a pull request's
 * plan with the read-only vault plan role — undefined when none is configured (the plan then
 * does not read the vault). The names cannot be account names (those are lower case).
 */
function vaultClients(ctx) {
    const vault = ctx.config.vault;
    if (ctx.command === 'plan' && vault['plan-role-arn'] === undefined)
        return undefined;
    // In a plan, planSafe turns this into the vault plan role.
    return ctx.clientsFor({ name: 'Vault', roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) });
}
/**
 * A pull request's plan runs the pull request's code, so it never assumes the vault role (which
 * can delete unlocked vault copies): whatever it reads in the vault, it reads with the
 * read-only vault plan role, or it gets one clear error.
 */
function planSafe(command, config, account) {
    const vault = config.vault;
    if (command !== 'plan' || !vault || account.roleArn !== vault['role-arn'])
        return account;
    const planRole = vault['plan-role-arn'];
    if (planRole === undefined) {
        throw new Error(`a pull request's plan does not assume the vault role ${vault['role-arn']}, which can change the vault; create the read-only vault plan role (docs/vault.md) and set vault.plan-role-arn to let plans read the vault`);
    }
    return { name: 'VaultPlan', roleArn: planRole, ...(account.externalId !== undefined && { externalId: account.externalId }) };
}


/***/ })

};
