export const id = 930;
export const ids = [930];
export const modules = {

/***/ 6930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   accountFolder: () => (/* binding */ accountFolder),
/* harmony export */   collectExports: () => (/* binding */ collectExports),
/* harmony export */   exportAccount: () => (/* binding */ exportAccount),
/* harmony export */   planExportActions: () => (/* binding */ planExportActions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6952);
/* harmony import */ var _export_route53_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7489);
/* harmony import */ var _git_write_exports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6241);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5105);
/* harmony import */ var _git_commit_message_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9393);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9378);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3731);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8720);
/* harmony import */ var _export_mode_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5419);
/**
 * The export command's planning: run every enabled exporter for every account, compare with
 * the files in the repository, and turn the difference into plan actions (write, remove,
 * mirror). Exporters never touch files; only the plan's actions do.
 */











/** Runs the exporters of one account side by side; an exporter that throws becomes a failure. */
async function exportAccount(config, account, clients, incremental) {
    const jobs = [];
    const { route53, 'load-balancers': lbs } = config.export;
    if (route53.enabled) {
        jobs.push({
            item: 'route53',
            run: () => (0,_export_route53_js__WEBPACK_IMPORTED_MODULE_3__/* .exportRoute53 */ .O2)(clients.route53(), {
                zones: route53.zones,
                healthChecks: route53['health-checks'],
                ...(incremental ? { incremental } : {}),
            }),
        });
    }
    if (lbs.enabled) {
        const includeTargets = lbs['include-targets'];
        for (const region of account.regions) {
            if (lbs.classic) {
                // Each exporter (and its SDK package) is loaded only when its export is on.
                jobs.push({
                    item: `elb ${region}`,
                    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(165), __webpack_require__.e(835)]).then(__webpack_require__.bind(__webpack_require__, 835))).exportClassicLoadBalancers(clients.elb(region), region, { includeTargets }),
                });
            }
            if (lbs.v2) {
                jobs.push({
                    item: `elbv2 ${region}`,
                    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(165), __webpack_require__.e(586), __webpack_require__.e(939), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 9003))).exportLoadBalancersV2(clients.elbv2(region), region, { includeTargets }),
                });
            }
        }
    }
    const settled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .mapSettled */ .AW)(jobs, jobs.length, (job) => job.run());
    const merged = { files: [], failures: [], completeScopes: [] };
    settled.forEach((outcome, i) => {
        if (outcome.ok) {
            merged.files.push(...outcome.value.files);
            merged.failures.push(...outcome.value.failures);
            merged.completeScopes.push(...outcome.value.completeScopes);
            if (outcome.value.kept)
                (merged.kept ??= []).push(...outcome.value.kept);
            if (outcome.value.relisted)
                merged.relisted = outcome.value.relisted;
            if (outcome.value.changeHistory)
                merged.changeHistory = outcome.value.changeHistory;
        }
        else {
            // Nothing is known about this exporter's files: no scope is complete, nothing is removed.
            merged.failures.push({ item: jobs[i].item, error: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .describeAwsError */ .Pp)(outcome.error), keepPaths: [] });
        }
    });
    return merged;
}
/** The account's folder inside the repository, e.g. `exports/prod`. */
function accountFolder(config, account) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(config.export.path, account.name);
}
function sectionOf(file, path) {
    const kind = file?.kind;
    if (kind === 'route53-zone' || kind === 'route53-health-checks' || path.startsWith('route53/'))
        return 'route53';
    return 'load-balancers';
}
/** Exports every account and compares with the repository: one entry per account. */
async function collectExports(ctx) {
    const accounts = (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAccounts */ .LC)(ctx.config);
    const settled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .mapSettled */ .AW)(accounts, accounts.length, async (account) => {
        const folder = accountFolder(ctx.config, account);
        const existing = await (0,_git_write_exports_js__WEBPACK_IMPORTED_MODULE_4__/* .readExportFolder */ .H2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.repoRoot, folder));
        const mode = await (0,_export_mode_js__WEBPACK_IMPORTED_MODULE_9__/* .prepareExportMode */ .Ji)(ctx, account, folder, existing);
        const result = await exportAccount(ctx.config, account, ctx.clientsFor(account), mode.route53);
        (0,_export_mode_js__WEBPACK_IMPORTED_MODULE_9__/* .absorbChangeHistory */ .m6)(mode, result);
        const state = (0,_export_mode_js__WEBPACK_IMPORTED_MODULE_9__/* .stateAfter */ .W_)(mode, result);
        const modeText = (0,_export_mode_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMode */ .vQ)(mode, result);
        return { account, folder, result, changes: (0,_git_write_exports_js__WEBPACK_IMPORTED_MODULE_4__/* .planExportFiles */ .$e)(existing, result), mode, modeText, ...(state ? { state } : {}) };
    });
    return settled.map((s) => {
        if (!s.ok)
            throw s.error; // only local I/O can fail here; exporter failures are in the result
        return s.value;
    });
}
/**
 * Turns the compared exports into plan actions: write/remove each file, mirror it to S3 —
 * unless the mirror bucket failed its Object Lock check (`mirrorCheck.uploads` false).
 */
function planExportActions(ctx, exports, mirrorCheck) {
    const plans = [];
    const mirror = mirrorCheck?.uploads === false ? undefined : ctx.config.export.mirror;
    for (const { account, folder, result, changes } of exports) {
        const prefix = exports.length > 1 ? `${account.name}: ` : '';
        const lines = new Map((0,_git_commit_message_js__WEBPACK_IMPORTED_MODULE_6__/* .describeChanges */ .DT)(changes).map((line) => [line.path, line.line]));
        const byPath = changes.files;
        const builders = new Map();
        const builder = (section) => {
            let b = builders.get(section);
            if (!b)
                builders.set(section, (b = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .PlanBuilder */ .LR(section)));
            return b;
        };
        const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(ctx.repoRoot, folder);
        for (const path of [...changes.added, ...changes.changed]) {
            const file = byPath.get(path);
            const added = changes.added.includes(path);
            const writeId = `export/write/${folder}/${path}`;
            builder(sectionOf(file, path)).add({
                id: writeId,
                kind: 'write',
                target: `${prefix}${file.label}`,
                reason: lines.get(path) ?? (added ? 'new in AWS' : 'changed in AWS'),
                details: { file: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path) },
                apply: () => (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, path), file.content),
            });
            if (mirror) {
                const key = `${mirror.prefix}${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path)}`;
                builder('mirror').add({
                    id: `export/mirror/${folder}/${path}`,
                    kind: 'mirror',
                    target: `s3://${mirror.bucket}/${key}`,
                    reason: `copy of ${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path)} in ${mirror.region}`,
                    dependsOn: [writeId],
                    apply: async () => (await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(699)]).then(__webpack_require__.bind(__webpack_require__, 9699))).uploadMirrorCopy(ctx, account, key, file.content),
                });
            }
        }
        for (const path of changes.removed) {
            builder(sectionOf(undefined, path)).add({
                id: `export/remove/${folder}/${path}`,
                kind: 'remove',
                target: `${prefix}${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path)}`,
                reason: `${lines.get(path) ?? path}: gone from AWS (its listing completed without it)`,
                details: { file: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(folder, path) },
                apply: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, path)),
            });
        }
        for (const failure of result.failures) {
            builder(failure.item.startsWith('route53') ? 'route53' : 'load-balancers').error(`${prefix}${failure.item}`, failure.error);
        }
        plans.push(...[...builders.values()].map((b) => b.build()));
    }
    return plans;
}


/***/ })

};
