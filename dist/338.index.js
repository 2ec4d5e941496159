export const id = 338;
export const ids = [338,699];
export const modules = {

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accountFolder: () => (/* binding */ accountFolder),
  collectExports: () => (/* binding */ collectExports),
  exportAccount: () => (/* binding */ exportAccount),
  planExportActions: () => (/* binding */ planExportActions)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
// EXTERNAL MODULE: ./src/export/route53.ts
var export_route53 = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/export/elb.ts
var elb = __webpack_require__(835);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/export/lb-canonical.ts
var lb_canonical = __webpack_require__(2205);
// EXTERNAL MODULE: ./src/export/lb-format.ts
var lb_format = __webpack_require__(7504);
// EXTERNAL MODULE: ./src/export/lb-format-v2.ts
var lb_format_v2 = __webpack_require__(5077);
// EXTERNAL MODULE: ./src/export/lb-format-actions.ts
var lb_format_actions = __webpack_require__(3294);
;// CONCATENATED MODULE: ./src/export/elbv2.ts
/**
 * Exports application, network and gateway load balancers of one region, one YAML file each:
 * `load-balancers/<region>/<application|network|gateway>/<name>.yaml`.
 *
 * Calls: DescribeLoadBalancers and DescribeTargetGroups (all pages, once per region); per load
 * balancer DescribeLoadBalancerAttributes and DescribeListeners; per listener DescribeRules
 * (application load balancers only: the others have just the default rule, which is the
 * listener's default actions) and DescribeListenerCertificates (HTTPS/TLS listeners only); per
 * target group used DescribeTargetGroupAttributes (and DescribeTargetHealth when targets are
 * included); DescribeTags for up to 20 load balancer and target group ARNs per call.
 */




/** Constant, so files stay byte-identical for the same state. */
const FILE_HEADER = ['Load balancer exported by aws-backup-gitops. Format: docs/export-format.md'];
/** Listener protocols that carry certificates. */
const CERTIFICATE_PROTOCOLS = new Set(['HTTPS', 'TLS']);
async function exportLoadBalancersV2(client, region, options) {
    const concurrency = options.concurrency ?? elb/* DEFAULT_LB_CONCURRENCY */.$5;
    const result = { files: [], failures: [], completeScopes: [] };
    let listed;
    try {
        listed = await (0,elb/* step */.PM)('DescribeLoadBalancers', () => (0,elb/* collectMarkerPages */.V_)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeLoadBalancersCommand({ Marker, PageSize: elb/* LB_PAGE_SIZE */.VY })), (page) => page.LoadBalancers));
    }
    catch (error) {
        result.failures.push({ item: `elbv2 ${region}`, error: (0,util_concurrency/* errorMessage */.gJ)(error), keepPaths: [] });
        return result;
    }
    const loadBalancers = listed
        .filter((lb) => lb.LoadBalancerArn !== undefined && lb.LoadBalancerName !== undefined)
        .sort((a, b) => (0,lb_canonical/* compareText */.n6)(String(a.Type), String(b.Type)) || (0,lb_canonical/* compareText */.n6)(a.LoadBalancerName, b.LoadBalancerName));
    // Target groups are listed once for the region rather than once per load balancer.
    let targetGroups;
    try {
        targetGroups = await (0,elb/* step */.PM)('DescribeTargetGroups', () => (0,elb/* collectMarkerPages */.V_)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTargetGroupsCommand({ Marker, PageSize: elb/* LB_PAGE_SIZE */.VY })), (page) => page.TargetGroups));
    }
    catch (error) {
        // Without target groups no file would be complete: keep every existing one.
        result.failures.push({
            item: `elbv2 ${region}`,
            error: (0,util_concurrency/* errorMessage */.gJ)(error),
            keepPaths: loadBalancers.flatMap((lb) => (isKnownType(lb.Type) ? [(0,lb_format/* loadBalancerV2Path */.oL)(region, lb.Type, lb.LoadBalancerName)] : [])),
        });
        return result;
    }
    for (const type of lb_format/* LOAD_BALANCER_V2_TYPES */.d3) {
        result.completeScopes.push({ prefix: (0,lb_format/* loadBalancerV2Folder */.Xw)(region, type), pattern: elb/* LB_FILE_PATTERN */.Rt });
    }
    const targetGroupByArn = new Map(targetGroups.filter((tg) => tg.TargetGroupArn !== undefined).map((tg) => [tg.TargetGroupArn, tg]));
    const targetGroupNames = new Map([...targetGroupByArn].filter(([, tg]) => tg.TargetGroupName !== undefined).map(([arn, tg]) => [arn, tg.TargetGroupName]));
    const details = await (0,util_concurrency/* mapSettled */.AW)(loadBalancers, concurrency, (lb) => describeLoadBalancer(client, lb, targetGroups));
    // Attributes (and targets) of every target group a described load balancer uses, once each.
    const usedArns = [
        ...new Set(details.flatMap((d) => (d.ok ? d.value.targetGroupArns : []))),
    ].filter((arn) => targetGroupByArn.has(arn)).sort(lb_canonical/* compareText */.n6);
    const targetGroupDetails = new Map();
    const tgSettled = await (0,util_concurrency/* mapSettled */.AW)(usedArns, concurrency, (arn) => describeTargetGroup(client, arn, options.includeTargets));
    tgSettled.forEach((s, i) => {
        targetGroupDetails.set(usedArns[i], s.ok ? s.value : new Error((0,util_concurrency/* errorMessage */.gJ)(s.error)));
    });
    const tagKeys = [
        ...loadBalancers.filter((_, i) => details[i]?.ok).map((lb) => lb.LoadBalancerArn),
        ...usedArns.filter((arn) => !(targetGroupDetails.get(arn) instanceof Error)),
    ];
    const tags = await (0,elb/* fetchTagsInBatches */.rw)(tagKeys, concurrency, async (ResourceArns) => {
        const out = await client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTagsCommand({ ResourceArns }));
        return (out.TagDescriptions ?? []).map((t) => ({ key: t.ResourceArn, tags: t.Tags }));
    });
    loadBalancers.forEach((lb, i) => {
        const name = lb.LoadBalancerName;
        const label = `${region}/${lb.Type}/${name}`;
        const item = `elbv2 ${label}`;
        if (!isKnownType(lb.Type)) {
            result.failures.push({ item, error: `unsupported load balancer type ${JSON.stringify(lb.Type)}`, keepPaths: [] });
            return;
        }
        const path = (0,lb_format/* loadBalancerV2Path */.oL)(region, lb.Type, name);
        const fail = (error) => {
            result.failures.push({ item, error, keepPaths: [path] });
        };
        const detail = details[i];
        if (!detail || !detail.ok)
            return fail((0,util_concurrency/* errorMessage */.gJ)(detail?.error));
        const problems = [];
        const groups = detail.value.targetGroupArns.flatMap((arn) => {
            const tg = targetGroupByArn.get(arn);
            if (!tg)
                return [];
            const tgDetails = targetGroupDetails.get(arn);
            if (!tgDetails || tgDetails instanceof Error) {
                problems.push(`target group ${tg.TargetGroupName ?? arn}: ${tgDetails?.message ?? 'not described'}`);
                return [];
            }
            const tagError = tags.errors.get(arn);
            if (tagError !== undefined)
                problems.push(`target group ${tg.TargetGroupName ?? arn}: DescribeTags: ${tagError}`);
            return [{ targetGroup: tg, attributes: tgDetails.attributes, tags: tags.tags.get(arn) ?? [], targets: tgDetails.targets }];
        });
        const lbTagError = tags.errors.get(lb.LoadBalancerArn);
        if (lbTagError !== undefined)
            problems.unshift(`DescribeTags: ${lbTagError}`);
        if (problems.length)
            return fail(problems.join('; '));
        try {
            const doc = (0,lb_format_v2/* loadBalancerV2Document */.Wd)({
                region,
                loadBalancer: lb,
                attributes: detail.value.attributes,
                tags: tags.tags.get(lb.LoadBalancerArn) ?? [],
                listeners: detail.value.listeners,
                targetGroups: groups,
                targetGroupNames,
            });
            result.files.push({ path, content: (0,elb/* renderDocument */.yQ)(doc, FILE_HEADER), kind: 'elbv2', label });
        }
        catch (error) {
            fail((0,util_concurrency/* errorMessage */.gJ)(error));
        }
    });
    return result;
}
function isKnownType(type) {
    return lb_format/* LOAD_BALANCER_V2_TYPES */.d3.includes(type);
}
async function describeLoadBalancer(client, lb, targetGroups) {
    const LoadBalancerArn = lb.LoadBalancerArn;
    const attributes = await (0,elb/* step */.PM)('DescribeLoadBalancerAttributes', () => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })));
    const listeners = await (0,elb/* step */.PM)('DescribeListeners', () => (0,elb/* collectMarkerPages */.V_)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeListenersCommand({ LoadBalancerArn, Marker, PageSize: elb/* LB_PAGE_SIZE */.VY })), (page) => page.Listeners));
    // Listeners one after another: the concurrency limit counts load balancers, not calls.
    const sources = [];
    for (const listener of listeners)
        sources.push(await describeListener(client, lb, listener));
    const arns = new Set(targetGroups
        .filter((tg) => tg.TargetGroupArn && tg.LoadBalancerArns?.includes(LoadBalancerArn))
        .map((tg) => tg.TargetGroupArn));
    for (const source of sources) {
        for (const arn of (0,lb_format_actions/* referencedTargetGroupArns */.Ao)(source.listener.DefaultActions ?? []))
            arns.add(arn);
        for (const rule of source.rules)
            for (const arn of (0,lb_format_actions/* referencedTargetGroupArns */.Ao)(rule.Actions ?? []))
                arns.add(arn);
    }
    return {
        attributes: attributes.Attributes ?? [],
        listeners: sources,
        targetGroupArns: [...arns].sort(lb_canonical/* compareText */.n6),
    };
}
async function describeListener(client, lb, listener) {
    const ListenerArn = listener.ListenerArn;
    const where = `listener ${listener.Protocol ?? ''}:${listener.Port ?? ''}`;
    const rules = lb.Type === 'application' && ListenerArn
        ? await (0,elb/* step */.PM)(`DescribeRules (${where})`, () => (0,elb/* collectMarkerPages */.V_)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeRulesCommand({ ListenerArn, Marker, PageSize: elb/* LB_PAGE_SIZE */.VY })), (page) => page.Rules))
        : [];
    const certificates = ListenerArn && CERTIFICATE_PROTOCOLS.has(listener.Protocol ?? '')
        ? await (0,elb/* step */.PM)(`DescribeListenerCertificates (${where})`, () => (0,elb/* collectMarkerPages */.V_)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeListenerCertificatesCommand({ ListenerArn, Marker, PageSize: elb/* LB_PAGE_SIZE */.VY })), (page) => page.Certificates))
        : [];
    return { listener, rules, certificates };
}
async function describeTargetGroup(client, TargetGroupArn, includeTargets) {
    const attributes = await (0,elb/* step */.PM)('DescribeTargetGroupAttributes', () => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTargetGroupAttributesCommand({ TargetGroupArn })));
    const details = { attributes: attributes.Attributes ?? [] };
    if (includeTargets) {
        const health = await (0,elb/* step */.PM)('DescribeTargetHealth', () => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTargetHealthCommand({ TargetGroupArn })));
        // Only who is registered; health state changes all the time and is not exported.
        details.targets = (health.TargetHealthDescriptions ?? [])
            .map((d) => d.Target)
            .filter((t) => t !== undefined);
    }
    return details;
}

// EXTERNAL MODULE: ./src/git/write-exports.ts
var write_exports = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(5105);
// EXTERNAL MODULE: ./src/git/commit-message.ts
var commit_message = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/commands/export-mode.ts + 3 modules
var export_mode = __webpack_require__(6870);
// EXTERNAL MODULE: ./src/commands/mirror.ts
var commands_mirror = __webpack_require__(9699);
;// CONCATENATED MODULE: ./src/commands/export.ts
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
            run: () => (0,export_route53/* exportRoute53 */.O2)(clients.route53(), {
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
                jobs.push({ item: `elb ${region}`, run: () => (0,elb/* exportClassicLoadBalancers */.sR)(clients.elb(region), region, { includeTargets }) });
            }
            if (lbs.v2) {
                jobs.push({ item: `elbv2 ${region}`, run: () => exportLoadBalancersV2(clients.elbv2(region), region, { includeTargets }) });
            }
        }
    }
    const settled = await (0,util_concurrency/* mapSettled */.AW)(jobs, jobs.length, (job) => job.run());
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
        }
        else {
            // Nothing is known about this exporter's files: no scope is complete, nothing is removed.
            merged.failures.push({ item: jobs[i].item, error: (0,errors/* describeAwsError */.Pp)(outcome.error), keepPaths: [] });
        }
    });
    return merged;
}
/** The account's folder inside the repository, e.g. `exports/prod`. */
function accountFolder(config, account) {
    return external_node_path_.posix.join(config.export.path, account.name);
}
function sectionOf(file, path) {
    const kind = file?.kind;
    if (kind === 'route53-zone' || kind === 'route53-health-checks' || path.startsWith('route53/'))
        return 'route53';
    return 'load-balancers';
}
/** Exports every account and compares with the repository: one entry per account. */
async function collectExports(ctx) {
    const accounts = (0,schema/* resolveAccounts */.LC)(ctx.config);
    const settled = await (0,util_concurrency/* mapSettled */.AW)(accounts, accounts.length, async (account) => {
        const folder = accountFolder(ctx.config, account);
        const existing = await (0,write_exports/* readExportFolder */.H2)((0,external_node_path_.join)(ctx.repoRoot, folder));
        const mode = await (0,export_mode/* prepareExportMode */.Ji)(ctx, account, folder, existing);
        const result = await exportAccount(ctx.config, account, ctx.clientsFor(account), mode.route53);
        const state = (0,export_mode/* stateAfter */.W_)(mode, result);
        const modeText = (0,export_mode/* describeMode */.vQ)(mode, result);
        return { account, folder, result, changes: (0,write_exports/* planExportFiles */.$e)(existing, result), mode, modeText, ...(state ? { state } : {}) };
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
        const lines = new Map((0,commit_message/* describeChanges */.DT)(changes).map((line) => [line.path, line.line]));
        const byPath = changes.files;
        const builders = new Map();
        const builder = (section) => {
            let b = builders.get(section);
            if (!b)
                builders.set(section, (b = new plan/* PlanBuilder */.LR(section)));
            return b;
        };
        const root = (0,external_node_path_.join)(ctx.repoRoot, folder);
        for (const path of [...changes.added, ...changes.changed]) {
            const file = byPath.get(path);
            const added = changes.added.includes(path);
            const writeId = `export/write/${folder}/${path}`;
            builder(sectionOf(file, path)).add({
                id: writeId,
                kind: 'write',
                target: `${prefix}${file.label}`,
                reason: lines.get(path) ?? (added ? 'new in AWS' : 'changed in AWS'),
                details: { file: external_node_path_.posix.join(folder, path) },
                apply: () => (0,atomic_write/* writeFileAtomic */.Z)((0,external_node_path_.join)(root, path), file.content),
            });
            if (mirror) {
                const key = `${mirror.prefix}${external_node_path_.posix.join(folder, path)}`;
                builder('mirror').add({
                    id: `export/mirror/${folder}/${path}`,
                    kind: 'mirror',
                    target: `s3://${mirror.bucket}/${key}`,
                    reason: `copy of ${external_node_path_.posix.join(folder, path)} in ${mirror.region}`,
                    dependsOn: [writeId],
                    apply: async () => {
                        const s3 = (0,commands_mirror.mirrorClients)(ctx, account).s3(mirror.region);
                        await s3.send(new dist_cjs.PutObjectCommand({
                            Bucket: mirror.bucket,
                            Key: key,
                            Body: file.content,
                            ContentType: 'application/yaml',
                            // S3 refuses an upload to an Object Lock bucket without an integrity checksum.
                            ...(mirror['object-lock'] && { ChecksumAlgorithm: 'CRC32' }),
                        }));
                    },
                });
            }
        }
        for (const path of changes.removed) {
            builder(sectionOf(undefined, path)).add({
                id: `export/remove/${folder}/${path}`,
                kind: 'remove',
                target: `${prefix}${external_node_path_.posix.join(folder, path)}`,
                reason: `${lines.get(path) ?? path}: gone from AWS (its listing completed without it)`,
                details: { file: external_node_path_.posix.join(folder, path) },
                apply: () => (0,promises_.rm)((0,external_node_path_.join)(root, path)),
            });
        }
        for (const failure of result.failures) {
            builder(failure.item.startsWith('route53') ? 'route53' : 'load-balancers').error(`${prefix}${failure.item}`, failure.error);
        }
        plans.push(...[...builders.values()].map((b) => b.build()));
    }
    return plans;
}


/***/ }),

/***/ 9699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkMirror: () => (/* binding */ checkMirror),
/* harmony export */   mirrorAccount: () => (/* binding */ mirrorAccount),
/* harmony export */   mirrorCheckMarkdown: () => (/* binding */ mirrorCheckMarkdown),
/* harmony export */   mirrorCheckPlan: () => (/* binding */ mirrorCheckPlan),
/* harmony export */   mirrorClients: () => (/* binding */ mirrorClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6952);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8720);
/**
 * The export mirror's bucket: which credentials write to it (each exported account's own, a
 * named account's, or the vault role's with `account: vault`), and, for a bucket declared with
 * `object-lock: true`, the check made before any upload — Object Lock enabled
 * (GetObjectLockConfiguration) and versioning on (GetBucketVersioning). A bucket that fails
 * the check gets one plan error and no upload at all; the result is said in the job summary
 * and the JSON report either way.
 */




/** The account whose credentials write the mirror objects of `exported`'s files. */
function mirrorAccount(ctx, exported) {
    const named = ctx.config.export.mirror?.account;
    if (named === undefined)
        return exported;
    const vault = ctx.config.vault;
    if (named === 'vault' && vault) {
        // The same client set as the snapshot copies into the vault (execute.ts).
        return { name: 'Vault', accountId: vault.id, roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) };
    }
    return (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAccounts */ .LC)(ctx.config).find((a) => a.name === named) ?? exported;
}
function mirrorClients(ctx, exported) {
    return ctx.clientsFor(mirrorAccount(ctx, exported));
}
/**
 * Reads the declared-locked mirror bucket's Object Lock and versioning before anything is
 * uploaded. Undefined when the config has no mirror or does not declare it locked.
 */
async function checkMirror(ctx) {
    const mirror = ctx.config.export.mirror;
    if (!mirror?.['object-lock'])
        return undefined;
    const writer = mirrorAccount(ctx, (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAccounts */ .LC)(ctx.config)[0]);
    const region = mirror.region;
    const s3 = ctx.clientsFor(writer).s3(region);
    const base = {
        bucket: mirror.bucket,
        region,
        account: mirror.account ?? writer.name,
        ...(writer.accountId !== undefined && { accountId: writer.accountId }),
    };
    const where = `s3://${mirror.bucket} (${region}, account ${base.account}${writer.accountId ? ` ${writer.accountId}` : ''})`;
    let lock = 'unknown';
    let versioning = 'unknown';
    let defaultRetention;
    try {
        const [lockAnswer, versioningAnswer] = await Promise.all([
            s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetObjectLockConfigurationCommand({ Bucket: mirror.bucket })).catch((error) => {
                // S3's answer for a bucket created without Object Lock.
                if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(error) === 'ObjectLockConfigurationNotFoundError')
                    return undefined;
                throw error;
            }),
            s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetBucketVersioningCommand({ Bucket: mirror.bucket })),
        ]);
        const config = lockAnswer?.ObjectLockConfiguration;
        lock = config?.ObjectLockEnabled === 'Enabled' ? 'enabled' : 'not-enabled';
        const rule = config?.Rule?.DefaultRetention;
        if (rule?.Mode)
            defaultRetention = { mode: rule.Mode, ...(rule.Days !== undefined && { days: rule.Days }), ...(rule.Years !== undefined && { years: rule.Years }) };
        versioning = versioningAnswer.Status === 'Enabled' || versioningAnswer.Status === 'Suspended' ? versioningAnswer.Status : 'off';
    }
    catch (error) {
        const problem = `cannot check the mirror bucket ${where}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, { region })}; nothing is uploaded until the check passes`;
        return { ...base, objectLock: lock, versioning, uploads: false, problem };
    }
    const problems = [];
    if (lock !== 'enabled') {
        problems.push('Object Lock is not enabled on it (create the bucket with Object Lock, e.g. `aws s3api create-bucket --object-lock-enabled-for-bucket`, and point the mirror there, or remove object-lock: true)');
    }
    if (versioning !== 'Enabled')
        problems.push(`versioning is ${versioning === 'off' ? 'off' : 'suspended'} (enable it: \`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled\`)`);
    const result = { ...base, objectLock: lock, ...(defaultRetention && { defaultRetention }), versioning, uploads: problems.length === 0 };
    if (problems.length > 0) {
        result.problem = `export.mirror declares object-lock: true, but on ${where} ${problems.join(', and ')}; nothing is uploaded`;
    }
    return result;
}
/** The plan error of a failed check (section `mirror`), or an empty plan. */
function mirrorCheckPlan(check) {
    const builder = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanBuilder */ .LR('mirror');
    if (check && !check.uploads)
        builder.error(`s3://${check.bucket}`, check.problem);
    return builder.build();
}
function describeRetention(r) {
    const n = r.days ?? r.years ?? 0;
    const unit = r.days !== undefined ? 'day' : 'year';
    return `${r.mode.toLowerCase()} default retention of ${n} ${unit}${n === 1 ? '' : 's'}`;
}
/** One paragraph for the job summary. */
function mirrorCheckMarkdown(check) {
    const account = `account ${check.account}${check.accountId ? ` (${check.accountId})` : ''}`;
    const lock = check.objectLock === 'enabled'
        ? `Object Lock enabled${check.defaultRetention ? ` (${describeRetention(check.defaultRetention)})` : ' (no default retention)'}`
        : check.objectLock === 'not-enabled'
            ? 'Object Lock **not** enabled'
            : 'Object Lock unknown';
    const versioning = check.versioning === 'Enabled' ? 'versioning on' : check.versioning === 'unknown' ? 'versioning unknown' : `versioning **${check.versioning === 'off' ? 'off' : 'suspended'}**`;
    const verdict = check.uploads ? '✅ checked before any upload' : '❌ nothing uploaded';
    return ['### Export mirror', '', `\`s3://${check.bucket}\` in ${check.region}, ${account}: ${lock}, ${versioning} — ${verdict}.`].join('\n');
}


/***/ }),

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ exportRoute53),
/* harmony export */   Z4: () => (/* binding */ listNamedHealthChecks)
/* harmony export */ });
/* unused harmony export zoneSelected */
/* harmony import */ var _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8621);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8268);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3731);
/* harmony import */ var _health_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9982);
/* harmony import */ var _route53_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6927);
/* harmony import */ var _route53_incremental_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1294);
/* harmony import */ var _util_chunk_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(377);
/**
 * Route 53 export: lists the account's hosted zones, records and health checks with the
 * fewest calls the API allows, and turns them into zone files and the health-check file.
 *
 * Calls, and nothing else: ListHostedZones (all pages); ListReusableDelegationSets, then
 * ListHostedZones?delegationsetid=… per set (which zones use a reusable set); GetHostedZone
 * for private zones only (VPC associations); ListTagsForResources per 10 zones / 10 health
 * checks; ListResourceRecordSets at 300 per page; ListHealthChecks at 1000 per page.
 * Rate limits are the client middleware's job; here we only bound how many zones are in
 * flight.
 */








const MAX_ZONES_PER_PAGE = 100;
const MAX_DELEGATION_SETS_PER_PAGE = 100;
const MAX_RECORD_SETS_PER_PAGE = 300;
const MAX_HEALTH_CHECKS_PER_PAGE = 1000;
const TAG_BATCH = 10;
const DEFAULT_CONCURRENCY = 8;
const FAMILY = 'route53';
async function exportRoute53(client, options) {
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    const pageCap = (max) => Math.min(max, options.maxItems ?? max);
    const incremental = options.incremental;
    const listHealthChecks = () => options.healthChecks ? exportHealthChecks(client, pageCap(MAX_HEALTH_CHECKS_PER_PAGE), concurrency) : undefined;
    const listDelegation = () => delegationSetsByZone(client, pageCap(MAX_ZONES_PER_PAGE), pageCap(MAX_DELEGATION_SETS_PER_PAGE));
    // Independent listings run side by side; an incremental run first learns which zones to
    // re-list and lists the rest only when some zone (or a health check) needs it.
    const [zoneListing, earlyDelegation, earlyHealthChecks] = await Promise.all([
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listHostedZones */ .X1)(client, { maxItems: pageCap(MAX_ZONES_PER_PAGE) }),
        incremental ? undefined : listDelegation(),
        incremental ? undefined : listHealthChecks(),
    ]);
    const result = { files: [], failures: [], completeScopes: [] };
    const kept = [];
    if (incremental)
        result.kept = kept;
    if (!zoneListing.complete) {
        // Without the full list no zone file may be written or removed.
        result.failures.push({
            item: 'route53 hosted zones',
            error: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(zoneListing.error, { family: FAMILY, operation: 'ListHostedZones' }),
            keepPaths: [],
        });
    }
    const allZones = zoneListing.complete ? zoneListing.items.map(zoneIdentity) : [];
    const paths = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .zoneFilePaths */ .DI)(allZones);
    const pathOf = (zone) => paths.get((0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? ''));
    const listed = zoneListing.complete ? zoneListing.items : [];
    const inScope = listed.filter((zone) => zoneSelected(zone.Name ?? '', options.zones));
    const selection = incremental ? (0,_route53_incremental_js__WEBPACK_IMPORTED_MODULE_3__/* .selectZones */ .Y)(inScope, pathOf, incremental) : undefined;
    const selected = selection ? selection.relist : inScope;
    if (selection) {
        kept.push(...selection.kept);
        result.relisted = selected.map((zone) => ({
            zone: zone.Name ?? '',
            why: selection.why.get((0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '')) ?? '',
        }));
    }
    const needHealthChecks = !incremental || incremental.healthChecksChanged || selected.length > 0;
    const [delegation, healthChecks] = incremental
        ? await Promise.all([selected.length > 0 ? listDelegation() : undefined, needHealthChecks ? listHealthChecks() : undefined])
        : [earlyDelegation, earlyHealthChecks];
    if (healthChecks) {
        if (healthChecks.ok) {
            result.files.push(healthChecks.file);
            result.completeScopes.push({ prefix: 'route53/', pattern: /^health-checks\.yaml$/ });
        }
        else {
            result.failures.push({ item: 'route53 health checks', error: healthChecks.error, keepPaths: [_health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .HEALTH_CHECKS_PATH */ .tC] });
        }
    }
    else if (options.healthChecks) {
        kept.push(_health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .HEALTH_CHECKS_PATH */ .tC);
    }
    if (!zoneListing.complete)
        return sortResult(result);
    result.completeScopes.push({ prefix: _route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .ZONES_FOLDER */ .Xx, pattern: /\.yaml$/ });
    const failZone = (zone, error) => ({
        item: `route53 zone ${zone.Name} (${(0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '')})`,
        error,
        keepPaths: [pathOf(zone)],
    });
    if (selected.length === 0)
        return sortResult(result);
    if (!delegation?.ok) {
        // The delegation set is part of every zone file: without it, keep the last good files.
        for (const zone of selected)
            result.failures.push(failZone(zone, delegation?.error ?? 'delegation sets were not listed'));
        return sortResult(result);
    }
    const healthCheckNames = healthChecks?.ok ? healthChecks.names : undefined;
    const healthCheckError = healthChecks && !healthChecks.ok ? healthChecks.error : undefined;
    const [tags, zones] = await Promise.all([
        listTags(client, 'hostedzone', selected.map((zone) => (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '')), concurrency),
        (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .AW)(selected, concurrency, (zone) => fetchZone(client, zone, pageCap(MAX_RECORD_SETS_PER_PAGE))),
    ]);
    selected.forEach((zone, index) => {
        const id = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '');
        const fetched = zones[index];
        const zoneTags = tags.get(id);
        if (!fetched?.ok)
            return result.failures.push(failZone(zone, messageOf(fetched?.error, 'ListResourceRecordSets', zone)));
        if (!zoneTags?.ok)
            return result.failures.push(failZone(zone, zoneTags?.error ?? 'tags were not listed'));
        const { records, vpcs } = fetched.value;
        if (healthCheckError !== undefined && records.some((r) => r.HealthCheckId !== undefined)) {
            // Writing ids instead of names would churn the file; keep the last good one.
            return result.failures.push(failZone(zone, `its records refer to health checks, whose listing failed: ${healthCheckError}`));
        }
        const settings = zoneSettings(zone, zoneTags.tags, vpcs, delegation.setOf.get(id));
        const content = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .renderZoneFile */ .lS)({ zone: settings, records }, healthCheckNames ? { healthCheckNames } : {});
        const label = `${zone.Name} (${settings.PrivateZone ? 'private' : 'public'})`;
        return result.files.push({ path: pathOf(zone), content, kind: 'route53-zone', label, items: records.length, resourceId: id });
    });
    return sortResult(result);
}
function zoneIdentity(zone) {
    return { id: (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? ''), name: zone.Name ?? '', privateZone: zone.Config?.PrivateZone === true };
}
function zoneSettings(zone, tags, vpcs, delegationSetId) {
    const settings = {
        Name: zone.Name ?? '',
        Id: (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? ''),
        PrivateZone: zone.Config?.PrivateZone === true,
        Tags: tags,
    };
    if (zone.Config?.Comment !== undefined)
        settings.Comment = zone.Config.Comment;
    if (vpcs)
        settings.VPCs = vpcs;
    if (delegationSetId)
        settings.DelegationSetId = delegationSetId;
    if (zone.LinkedService)
        settings.LinkedService = zone.LinkedService;
    if (zone.Features?.AcceleratedRecoveryStatus)
        settings.AcceleratedRecoveryStatus = zone.Features.AcceleratedRecoveryStatus;
    return settings;
}
/** Shell-style glob on the zone name, case-insensitive, trailing dot optional. */
function zoneSelected(zoneName, filter) {
    if (!filter)
        return true;
    const name = zoneName.replace(/\.$/, '').toLowerCase();
    const matches = (pattern) => globToRegExp(pattern.replace(/\.$/, '').toLowerCase()).test(name);
    return filter.include.some(matches) && !filter.exclude.some(matches);
}
function globToRegExp(glob) {
    const body = [...glob]
        .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`);
}
// ---------------------------------------------------------------------------------------
// Per-zone calls
async function fetchZone(client, zone, maxItems) {
    const id = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '');
    // VPC associations are only in GetHostedZone, and only private zones have them.
    let vpcs;
    if (zone.Config?.PrivateZone) {
        try {
            vpcs = (await client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_6__.GetHostedZoneCommand({ Id: id }))).VPCs ?? [];
        }
        catch (error) {
            throw new DescribedError(messageOf(error, 'GetHostedZone', zone));
        }
    }
    const listing = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listResourceRecordSets */ .JS)(client, id, { maxItems });
    if (!listing.complete) {
        const seen = `after ${listing.pages} page(s), ${listing.items.length} record(s)`;
        throw new DescribedError(`${messageOf(listing.error, 'ListResourceRecordSets', zone)} (${seen}; the last export is kept)`);
    }
    return { records: listing.items, vpcs };
}
/** An error whose message already says what, where and how to fix. */
class DescribedError extends Error {
}
function messageOf(error, operation, zone) {
    if (error instanceof DescribedError)
        return error.message;
    const resource = `zone ${zone.Name} (${(0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '')})`;
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { family: FAMILY, operation, resource });
}
/**
 * Which zones use a reusable delegation set: the zone listing does not say, so list the
 * sets and, per set, the zones using it.
 */
async function delegationSetsByZone(client, zonesPerPage, setsPerPage) {
    const sets = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listAll */ ._w)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .paginate */ .En)((Marker) => client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_6__.ListReusableDelegationSetsCommand({ MaxItems: setsPerPage, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.DelegationSets);
    const why = 'could not learn which zones use a reusable delegation set';
    if (!sets.complete) {
        return { ok: false, error: `${why}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(sets.error, { family: FAMILY, operation: 'ListReusableDelegationSets' })}` };
    }
    const setOf = new Map();
    for (const set of sets.items) {
        const setId = (set.Id ?? '').replace(/^\/delegationset\//, '');
        const zones = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listAll */ ._w)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .paginate */ .En)((Marker) => client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_6__.ListHostedZonesCommand({ DelegationSetId: setId, MaxItems: zonesPerPage, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.HostedZones);
        if (!zones.complete) {
            const resource = `delegation set ${setId}`;
            return { ok: false, error: `${why}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(zones.error, { family: FAMILY, operation: 'ListHostedZones', resource })}` };
        }
        for (const zone of zones.items)
            setOf.set((0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? ''), setId);
    }
    return { ok: true, setOf };
}
/** ListTagsForResources takes at most 10 ids per call. */
async function listTags(client, type, ids, concurrency) {
    const batches = (0,_util_chunk_js__WEBPACK_IMPORTED_MODULE_7__/* .chunk */ .i)(ids, TAG_BATCH);
    const settled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .AW)(batches, concurrency, (ResourceIds) => client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_6__.ListTagsForResourcesCommand({ ResourceType: type, ResourceIds })));
    const out = new Map();
    batches.forEach((batch, index) => {
        const outcome = settled[index];
        if (!outcome?.ok) {
            const error = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(outcome?.error, { family: FAMILY, operation: 'ListTagsForResources' });
            for (const id of batch)
                out.set(id, { ok: false, error });
            return;
        }
        for (const id of batch)
            out.set(id, { ok: true, tags: [] });
        for (const set of outcome.value.ResourceTagSets ?? []) {
            if (set.ResourceId)
                out.set(set.ResourceId, { ok: true, tags: set.Tags ?? [] });
        }
    });
    return out;
}
// ---------------------------------------------------------------------------------------
// Health checks
async function exportHealthChecks(client, perPage, concurrency) {
    const listed = await listNamedHealthChecks(client, { perPage, concurrency });
    if (!listed.ok)
        return listed;
    const file = {
        path: _health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .HEALTH_CHECKS_PATH */ .tC,
        content: (0,_health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHealthChecksFile */ .Ux)(listed.checks),
        kind: 'route53-health-checks',
        label: 'Route 53 health checks',
        items: listed.checks.length,
    };
    return { ok: true, file, names: new Map(listed.checks.map((c) => [c.healthCheck.Id, c.name])) };
}
/**
 * The account's health checks with their tags and stable names (`assignHealthCheckNames`):
 * what the export writes, and what a restore matches the file's checks against by name.
 * ListHealthChecks (all pages), then ListTagsForResources per 10 checks.
 */
async function listNamedHealthChecks(client, options = {}) {
    const perPage = Math.min(MAX_HEALTH_CHECKS_PER_PAGE, options.perPage ?? MAX_HEALTH_CHECKS_PER_PAGE);
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    const listing = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .listAll */ ._w)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .paginate */ .En)((Marker) => client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_6__.ListHealthChecksCommand({ MaxItems: perPage, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.HealthChecks);
    if (!listing.complete) {
        return { ok: false, error: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(listing.error, { family: FAMILY, operation: 'ListHealthChecks' }) };
    }
    const checks = listing.items;
    const tags = await listTags(client, 'healthcheck', checks.map((c) => c.Id ?? ''), concurrency);
    const failedTags = [...tags.values()].find((t) => !t.ok);
    if (failedTags && !failedTags.ok)
        return { ok: false, error: failedTags.error };
    const withTags = checks.map((healthCheck) => {
        const entry = tags.get(healthCheck.Id ?? '');
        return { healthCheck, tags: entry?.ok ? entry.tags : [] };
    });
    const names = (0,_health_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .assignHealthCheckNames */ .aB)(withTags);
    const named = withTags.map(({ healthCheck, tags: checkTags }) => ({
        name: names.get(healthCheck.Id ?? ''),
        healthCheck: exportedFields(healthCheck),
        tags: checkTags,
    }));
    // Not exported (it changes on every update), but a restore's UpdateHealthCheck passes it back.
    const versions = new Map(checks.flatMap((c) => (c.Id && c.HealthCheckVersion !== undefined ? [[c.Id, c.HealthCheckVersion]] : [])));
    return { ok: true, checks: named, versions };
}
/** Drops what changes without a change of configuration (the id goes when the file is written). */
function exportedFields(check) {
    const { CallerReference, HealthCheckVersion, Id, ...kept } = check;
    return { ...kept, Id: Id ?? '' };
}
function sortResult(result) {
    result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return result;
}


/***/ }),

/***/ 377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ chunk)
/* harmony export */ });
/** Splits a list into consecutive batches of at most `size` (API calls that take N ids at a time). */
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ })

};
