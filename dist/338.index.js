export const id = 338;
export const ids = [338];
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
// EXTERNAL MODULE: ./src/config/schema.ts + 2 modules
var schema = __webpack_require__(4765);
// EXTERNAL MODULE: ./src/export/route53.ts
var export_route53 = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/export/elb.ts
var elb = __webpack_require__(835);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/export/lb-format.ts
var lb_format = __webpack_require__(7504);
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
        .sort((a, b) => (0,lb_format/* compareText */.n6)(String(a.Type), String(b.Type)) || (0,lb_format/* compareText */.n6)(a.LoadBalancerName, b.LoadBalancerName));
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
    ].filter((arn) => targetGroupByArn.has(arn)).sort(lb_format/* compareText */.n6);
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
            const doc = (0,lb_format/* loadBalancerV2Document */.Wd)({
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
        for (const arn of (0,lb_format/* referencedTargetGroupArns */.Ao)(source.listener.DefaultActions ?? []))
            arns.add(arn);
        for (const rule of source.rules)
            for (const arn of (0,lb_format/* referencedTargetGroupArns */.Ao)(rule.Actions ?? []))
                arns.add(arn);
    }
    return {
        attributes: attributes.Attributes ?? [],
        listeners: sources,
        targetGroupArns: [...arns].sort(lb_format/* compareText */.n6),
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
;// CONCATENATED MODULE: ./src/commands/export.ts
/**
 * The export command's planning: run every enabled exporter for every account, compare with
 * the files in the repository, and turn the difference into plan actions (write, remove,
 * mirror). Exporters never touch files; only the plan's actions do.
 */













/** Runs the exporters of one account side by side; an exporter that throws becomes a failure. */
async function exportAccount(config, account, clients) {
    const jobs = [];
    const { route53, 'load-balancers': lbs } = config.export;
    if (route53.enabled) {
        jobs.push({
            item: 'route53',
            run: () => (0,export_route53/* exportRoute53 */.O2)(clients.route53(), { zones: route53.zones, healthChecks: route53['health-checks'] }),
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
        const result = await exportAccount(ctx.config, account, ctx.clientsFor(account));
        const folder = accountFolder(ctx.config, account);
        const existing = await (0,write_exports/* readExportFolder */.H2)((0,external_node_path_.join)(ctx.repoRoot, folder));
        return { account, folder, result, changes: (0,write_exports/* planExportFiles */.$e)(existing, result) };
    });
    return settled.map((s) => {
        if (!s.ok)
            throw s.error; // only local I/O can fail here; exporter failures are in the result
        return s.value;
    });
}
/** Turns the compared exports into plan actions: write/remove each file, mirror it to S3. */
function planExportActions(ctx, exports) {
    const plans = [];
    const mirror = ctx.config.export.mirror;
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
                        const s3 = ctx.clientsFor(account).s3(mirror.region);
                        await s3.send(new dist_cjs.PutObjectCommand({ Bucket: mirror.bucket, Key: key, Body: file.content, ContentType: 'application/yaml' }));
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
