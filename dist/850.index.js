export const id = 850;
export const ids = [850];
export const modules = {

/***/ 8720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ mergePlans),
/* harmony export */   LR: () => (/* binding */ PlanBuilder),
/* harmony export */   Yr: () => (/* binding */ ResourceGoneError),
/* harmony export */   lt: () => (/* binding */ compareKinds),
/* harmony export */   s: () => (/* binding */ findDuplicateId),
/* harmony export */   wS: () => (/* binding */ planSections),
/* harmony export */   y0: () => (/* binding */ planAction)
/* harmony export */ });
/* unused harmony exports ACTION_KINDS, emptyPlan, defaultActionId, isEmptyPlan, summarisePlan */
/**
 * The Plan model. Every command first builds a Plan from read-only calls — what it will
 * create, copy, delete, change or write, and why — and only then applies it (unless dry-run).
 * The same plan feeds the job summary, the PR comment and the JSON report, so each action
 * carries a human label and a reason next to the function that performs it.
 */
/** Display and counting order of kinds: constructive first, destructive last. */
const ACTION_KINDS = [
    'create',
    'snapshot',
    'copy',
    'restore',
    'write',
    'mirror',
    'update',
    'tag',
    'archive',
    'commit',
    'push',
    'pull-request',
    'replace',
    'delete',
    'remove',
];
/** Kinds that lose or overwrite something unless the caller says otherwise. */
const DESTRUCTIVE_BY_DEFAULT = new Set(['delete', 'remove', 'replace']);
/**
 * Thrown by an apply function whose target was deleted since the plan read it (e.g. a volume
 * removed between inventory and snapshot): the action is skipped with a warning, not failed.
 */
class ResourceGoneError extends Error {
    name = 'ResourceGoneError';
}
function emptyPlan() {
    return { actions: [], warnings: [], errors: [] };
}
/** The default id: stable because it is made only of what the action changes. */
function defaultActionId(section, kind, target) {
    return `${section}/${kind}/${target}`;
}
function planAction(section, input) {
    const action = {
        id: input.id ?? defaultActionId(section, input.kind, input.target),
        section,
        kind: input.kind,
        target: input.target,
        reason: input.reason,
        destructive: input.destructive ?? DESTRUCTIVE_BY_DEFAULT.has(input.kind),
        apply: input.apply,
    };
    if (input.details && Object.keys(input.details).length > 0)
        action.details = { ...input.details };
    if (input.dependsOn && input.dependsOn.length > 0)
        action.dependsOn = [...input.dependsOn];
    return action;
}
/**
 * Collects one section's actions, warnings and errors. Planning code for a feature gets a
 * builder, adds what it found, and returns `build()`; plans from features are then merged.
 */
class PlanBuilder {
    section;
    plan = emptyPlan();
    ids = new Set();
    constructor(section) {
        this.section = section;
    }
    /** Adds an action and returns its id (for `dependsOn` of later actions). */
    add(input) {
        const action = planAction(this.section, input);
        if (this.ids.has(action.id)) {
            throw new Error(`Plan section '${this.section}' has two actions with id '${action.id}'; give one an explicit id.`);
        }
        this.ids.add(action.id);
        this.plan.actions.push(action);
        return action.id;
    }
    warn(item, message) {
        this.plan.warnings.push({ section: this.section, item, message });
    }
    error(item, message) {
        this.plan.errors.push({ section: this.section, item, message });
    }
    build() {
        return {
            actions: [...this.plan.actions],
            warnings: [...this.plan.warnings],
            errors: [...this.plan.errors],
        };
    }
}
/** Concatenates plans in order. Duplicate action ids are a bug in the planner and throw. */
function mergePlans(...plans) {
    const merged = {
        actions: plans.flatMap((p) => p.actions),
        warnings: plans.flatMap((p) => p.warnings),
        errors: plans.flatMap((p) => p.errors),
    };
    const duplicate = findDuplicateId(merged.actions);
    if (duplicate !== undefined) {
        throw new Error(`Merged plan has two actions with id '${duplicate}'; action ids must be unique.`);
    }
    return merged;
}
function findDuplicateId(actions) {
    const seen = new Set();
    for (const action of actions) {
        if (seen.has(action.id))
            return action.id;
        seen.add(action.id);
    }
    return undefined;
}
function isEmptyPlan(plan) {
    return plan.actions.length === 0 && plan.warnings.length === 0 && plan.errors.length === 0;
}
/** Section names in order of first appearance (actions, then warnings, then errors). */
function planSections(plan) {
    const names = new Set();
    for (const action of plan.actions)
        names.add(action.section);
    for (const issue of [...plan.warnings, ...plan.errors])
        if (issue.section !== undefined)
            names.add(issue.section);
    return [...names];
}
/** Sorts kinds by ACTION_KINDS, unknown kinds (from later extensions) alphabetically after. */
function compareKinds(a, b) {
    const rank = (kind) => {
        const index = ACTION_KINDS.indexOf(kind);
        return index === -1 ? ACTION_KINDS.length : index;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function countKinds(actions) {
    const kinds = [...new Set(actions.map((a) => a.kind))].sort(compareKinds);
    const byKind = {};
    for (const kind of kinds)
        byKind[kind] = actions.filter((a) => a.kind === kind).length;
    return { total: actions.length, destructive: actions.filter((a) => a.destructive).length, byKind };
}
/** Counts per kind, overall and per section. */
function summarisePlan(plan) {
    const bySection = {};
    for (const section of planSections(plan)) {
        bySection[section] = countKinds(plan.actions.filter((a) => a.section === section));
    }
    return {
        ...countKinds(plan.actions),
        bySection,
        warnings: plan.warnings.length,
        errors: plan.errors.length,
    };
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_FORMAT_VERSION: () => (/* binding */ REPORT_FORMAT_VERSION),
/* harmony export */   actionLabel: () => (/* binding */ actionLabel),
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   exitCode: () => (/* binding */ exitCode),
/* harmony export */   failureLines: () => (/* binding */ failureLines),
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   toJson: () => (/* binding */ toJson),
/* harmony export */   writeJsonReport: () => (/* binding */ writeJsonReport)
/* harmony export */ });
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5105);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8720);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3731);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _s3_coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(794);
/**
 * The run's Report: the plan, what happened to each action, and what failed — built once and
 * shown everywhere (job summary, PR comment, JSON file, log, exit status).
 */





/**
 * The JSON report's format version, the `version` field; schema/report.schema.json describes
 * it. Bump when the shape changes incompatibly (a field removed, renamed or retyped); adding a
 * field does not bump it.
 */
const REPORT_FORMAT_VERSION = 1;
function outcomeOf(result) {
    const { id: _id, ...outcome } = result;
    return outcome;
}
/** The label a failed action is known by in failure lines, e.g. `delete snap-0abc`. */
function actionLabel(action) {
    return `${action.kind} ${action.target}`;
}
function buildReport(input) {
    const { plan } = input;
    const resultById = new Map(input.results.map((r) => [r.id, r]));
    const actions = plan.actions.map((action) => {
        const result = resultById.get(action.id);
        if (result === undefined)
            throw new Error(`No apply result for action '${action.id}'; pass every result of applyPlan.`);
        const reportAction = {
            id: action.id,
            kind: action.kind,
            target: action.target,
            reason: action.reason,
            destructive: action.destructive,
            outcome: outcomeOf(result),
        };
        if (action.details)
            reportAction.details = { ...action.details };
        if (action.dependsOn)
            reportAction.dependsOn = [...action.dependsOn];
        return { section: action.section, action: reportAction };
    });
    const sections = (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planSections */ .wS)(plan).map((name) => ({
        name,
        actions: actions.filter((a) => a.section === name).map((a) => a.action),
        warnings: plan.warnings.filter((w) => w.section === name),
        errors: plan.errors.filter((e) => e.section === name),
    }));
    const failures = [
        ...plan.errors.map((e) => withSection(e.section, { item: e.item, reason: e.message })),
        ...actions.flatMap(({ section, action }) => action.outcome.status === 'failed'
            ? [withSection(section, { item: actionLabel(action), reason: action.outcome.error })]
            : []),
    ];
    // A resource deleted since the inventory is not a backup failure: a warning says what happened.
    const gone = actions.flatMap(({ section, action }) => action.outcome.status === 'skipped' && action.outcome.skipped === 'resource-gone'
        ? [{ section, item: actionLabel(action), message: action.outcome.error }]
        : []);
    for (const issue of gone)
        sections.find((s) => s.name === issue.section)?.warnings.push(issue);
    const warnings = [...plan.warnings, ...gone];
    const outcomes = actions.map((a) => a.action.outcome);
    const counts = {
        planned: actions.length,
        destructive: actions.filter((a) => a.action.destructive).length,
        applied: outcomes.filter((o) => o.status === 'applied').length,
        failed: outcomes.filter((o) => o.status === 'failed').length,
        skipped: outcomes.filter((o) => o.status === 'skipped').length,
        warnings: warnings.length,
        planningErrors: plan.errors.length,
    };
    return {
        command: input.command,
        dryRun: input.dryRun,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        sections,
        failures,
        warnings,
        changed: input.dryRun ? counts.planned > 0 : counts.applied > 0,
        counts,
        ...(input.coverage && { coverage: [...input.coverage] }),
    };
}
function withSection(section, failure) {
    return section === undefined ? failure : { section, ...failure };
}
/** 0 when nothing failed (planning or applying), 1 otherwise. */
function exitCode(report) {
    return report.failures.length === 0 ? 0 : 1;
}
/** `item — reason`, one per failure, newlines inside a reason folded so each stays one line. */
function failureLines(report) {
    return report.failures.map((f) => `${f.item} — ${f.reason}`.replace(/\s*\r?\n\s*/g, ' '));
}
/**
 * The text for the final log line, `core.setFailed` (the action) or stderr (the CLI);
 * empty when nothing failed.
 */
function failureMessage(report) {
    const lines = failureLines(report);
    if (lines.length === 0)
        return '';
    const head = `${report.command}: ${lines.length} ${lines.length === 1 ? 'item' : 'items'} failed`;
    return [head + ':', ...lines.map((l) => `  ${l}`)].join('\n');
}
// ---- JSON report ----------------------------------------------------------------------
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function issueJson(issue) {
    return issue.section === undefined
        ? { item: issue.item, message: issue.message }
        : { section: issue.section, item: issue.item, message: issue.message };
}
function outcomeJson(outcome) {
    switch (outcome.status) {
        case 'applied':
            return outcome.note === undefined ? { status: 'applied' } : { status: 'applied', note: outcome.note };
        case 'failed':
            return { status: 'failed', error: outcome.error };
        case 'skipped':
            return outcome.skipped === 'dry-run' ? { status: 'skipped', skipped: 'dry-run' } : { status: 'skipped', skipped: outcome.skipped, error: outcome.error };
    }
}
function actionJson(action) {
    const json = {
        id: action.id,
        kind: action.kind,
        target: action.target,
        reason: action.reason,
        destructive: action.destructive,
    };
    if (action.details)
        json['details'] = sortedRecord(action.details);
    if (action.dependsOn)
        json['dependsOn'] = [...action.dependsOn];
    json['outcome'] = outcomeJson(action.outcome);
    return json;
}
/** A coverage row with its keys in a fixed order; absent ages are left out. */
function coverageJson(row) {
    return {
        account: row.account,
        region: row.region,
        type: row.type,
        id: row.id,
        ...(row.name !== undefined && { name: row.name }),
        status: row.status,
        policies: [...row.policies],
        ...(row.newestSnapshotAgeHours !== undefined && { newestSnapshotAgeHours: row.newestSnapshotAgeHours }),
        ...(row.newestCopyAgeHours !== undefined && { newestCopyAgeHours: row.newestCopyAgeHours }),
        notes: [...row.notes],
    };
}
/** A bucket coverage row with its keys in a fixed order, and the warnings it gives as notes. */
function bucketCoverageJson(row) {
    return {
        account: row.account,
        region: row.region,
        bucket: row.bucket,
        versioning: row.versioning,
        replicates: row.replicates,
        offAccount: row.offAccount,
        objectLock: row.objectLock,
        receivesReplicas: row.receivesReplicas,
        failedKeys: [...row.failedKeys],
        notes: (0,_s3_coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .coverageWarnings */ .s)(row),
    };
}
/** Plain data with object keys sorted at every level, so extra blocks serialise stably too. */
function sortedDeep(value) {
    if (Array.isArray(value))
        return value.map(sortedDeep);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([, v]) => v !== undefined && typeof v !== 'function')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortedDeep(v)]));
    }
    return value;
}
function toJson(report, stats) {
    const c = report.counts;
    const json = {
        version: REPORT_FORMAT_VERSION,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w },
        command: report.command,
        dryRun: report.dryRun,
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        changed: report.changed,
        exitCode: exitCode(report),
        counts: {
            planned: c.planned,
            destructive: c.destructive,
            applied: c.applied,
            failed: c.failed,
            skipped: c.skipped,
            warnings: c.warnings,
            planningErrors: c.planningErrors,
        },
        failures: report.failures.map((f) => f.section === undefined ? { item: f.item, reason: f.reason } : { section: f.section, item: f.item, reason: f.reason }),
        warnings: report.warnings.map(issueJson),
        sections: report.sections.map((s) => ({
            name: s.name,
            actions: s.actions.map(actionJson),
            warnings: s.warnings.map(issueJson),
            errors: s.errors.map(issueJson),
        })),
        ...(report.exportModes ? { exportModes: report.exportModes } : {}),
        ...(report.coverage && { coverage: report.coverage.map(coverageJson) }),
        ...(report.bucketCoverage && { bucketCoverage: report.bucketCoverage.map(bucketCoverageJson) }),
        ...(report.mirror && { mirror: report.mirror }),
        ...(stats === undefined ? {} : { apiCalls: sortedDeep(stats.apiCalls), process: { peakRssBytes: stats.peakRssBytes } }),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
/**
 * Writes the JSON report atomically: a temporary file in the same folder, then a rename, so
 * a reader never sees half a report and a failed write leaves the previous one intact.
 */
async function writeJsonReport(path, report, stats) {
    try {
        await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(path, toJson(report, stats));
    }
    catch (error) {
        throw new Error(`Could not write the JSON report to ${path}: ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}. Check that the folder is writable or choose another report path.`);
    }
}


/***/ }),

/***/ 794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ coverageWarnings),
/* harmony export */   w: () => (/* binding */ coverageMarkdown)
/* harmony export */ });
function coverageWarnings(row) {
    const warnings = [];
    if (row.versioning !== 'Enabled')
        warnings.push(`versioning is ${row.versioning}: an overwrite or delete loses the object for good; add versioning: enabled`);
    if (!row.receivesReplicas) {
        if (!row.replicates)
            warnings.push('no replication: a region outage or a deleted bucket loses the data; add a replication rule to the DR region or the vault');
        else if (!row.offAccount)
            warnings.push('no copy outside this account: whoever holds its admin rights can delete bucket and replica together; replicate into the vault (destination.account: vault)');
    }
    if (row.failedKeys.length > 0)
        warnings.push(`replication is failing (status FAILED for ${row.failedKeys.join(', ')}); check the replication role and the destination bucket policy`);
    return warnings;
}
const mark = (ok) => (ok ? '✅' : '⚠️');
function coverageMarkdown(rows) {
    if (rows.length === 0)
        return '';
    const lines = [
        '### S3 bucket coverage',
        '',
        '| bucket | versioning | replication | off-account copy | Object Lock | replication status |',
        '|---|---|---|---|---|---|',
        ...rows.map((r) => `| ${r.bucket} (${r.region}) | ${mark(r.versioning === 'Enabled')} ${r.versioning} | ${mark(r.replicates)} | ${mark(r.offAccount)} | ${r.objectLock ? '🔒' : '—'} | ${r.failedKeys.length > 0 ? `⚠️ ${r.failedKeys.length} failed` : r.replicates ? '✅' : '—'} |`),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 5105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Atomic file writes: exports, the JSON report and anything else a reader must never see half-written. */



/**
 * Writes `content` so that `path` holds either the old or the new bytes, never a mix:
 * a temp file in the same directory (same filesystem), fsync, then rename over the target.
 */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.aws-backup-tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(content, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await syncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
/** Makes the rename itself durable; not every platform allows opening a directory. */
async function syncDirectory(dir) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Best effort (e.g. Windows cannot fsync a directory); the file itself is already synced.
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8330);
/**
 * The tool's name and version, read from package.json at build time: ncc inlines the JSON
 * into both bundles, so the action and the CLI report the version they were built as.
 */

const TOOL_NAME = _package_json__WEBPACK_IMPORTED_MODULE_0__/* .name */ .UU;
const TOOL_VERSION = _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE;


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"UU":"aws-backup-gitops","rE":"0.1.0"}');

/***/ })

};
