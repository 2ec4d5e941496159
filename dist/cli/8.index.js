export const id = 8;
export const ids = [8];
export const modules = {

/***/ 3008:
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
// EXTERNAL MODULE: ./src/config/schema.ts + 4 modules
var schema = __webpack_require__(7086);
// EXTERNAL MODULE: ./src/export/route53.ts
var export_route53 = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/export/elb.ts + 1 modules
var elb = __webpack_require__(3349);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/export/lb-canonical.ts
var lb_canonical = __webpack_require__(2205);
// EXTERNAL MODULE: ./src/export/lb-format.ts
var lb_format = __webpack_require__(7504);
// EXTERNAL MODULE: ./src/export/lb-format-actions.ts
var lb_format_actions = __webpack_require__(3294);
;// CONCATENATED MODULE: ./src/export/lb-format-v2.ts


function loadBalancerV2Document(src) {
    const lb = src.loadBalancer;
    const loadBalancer = (0,lb_canonical/* ordered */.Sj)({
        ...lb,
        AvailabilityZones: lb.AvailabilityZones &&
            sortAvailabilityZones(lb.AvailabilityZones.map((az) => (0,lb_canonical/* ordered */.Sj)({
                ...az,
                LoadBalancerAddresses: az.LoadBalancerAddresses && (0,lb_canonical/* sortByCanonical */.eJ)(az.LoadBalancerAddresses.map(lb_canonical/* canonical */.$N)),
                SourceNatIpv6Prefixes: (0,lb_canonical/* sortedStrings */.MA)(az.SourceNatIpv6Prefixes),
            }, ['ZoneName', 'SubnetId', 'OutpostId', 'LoadBalancerAddresses', 'SourceNatIpv6Prefixes']))),
        SecurityGroups: (0,lb_canonical/* sortedStrings */.MA)(lb.SecurityGroups),
    }, [
        'LoadBalancerName',
        'LoadBalancerArn',
        'Type',
        'Scheme',
        'IpAddressType',
        'VpcId',
        'AvailabilityZones',
        'SecurityGroups',
        'CustomerOwnedIpv4Pool',
        'DNSName',
        'CanonicalHostedZoneId',
    ], ['CreatedTime', 'State']);
    const listeners = src.listeners
        .map((l) => listenerDocument(l, src.targetGroupNames))
        .sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0) || (0,lb_canonical/* compareText */.n6)(a.Protocol ?? '', b.Protocol ?? ''));
    const targetGroups = src.targetGroups
        .map((tg) => targetGroupDocument(tg))
        .sort((a, b) => (0,lb_canonical/* compareText */.n6)(a.TargetGroupName ?? '', b.TargetGroupName ?? '') ||
        (0,lb_canonical/* compareText */.n6)(a.TargetGroupArn ?? '', b.TargetGroupArn ?? ''));
    return {
        Kind: 'elbv2',
        Region: src.region,
        LoadBalancer: loadBalancer,
        Attributes: (0,lb_canonical/* keyValueMap */.Ji)(src.attributes),
        Tags: (0,lb_canonical/* keyValueMap */.Ji)(src.tags),
        Listeners: listeners,
        TargetGroups: targetGroups,
    };
}
/** By zone, then subnet (an Outpost zone may repeat); the rest only breaks ties. */
function sortAvailabilityZones(zones) {
    const key = (z) => [String(z.ZoneName ?? ''), String(z.SubnetId ?? ''), (0,lb_canonical/* canonicalKey */.yk)(z)];
    return [...zones].sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return (0,lb_canonical/* compareText */.n6)(ka[0], kb[0]) || (0,lb_canonical/* compareText */.n6)(ka[1], kb[1]) || (0,lb_canonical/* compareText */.n6)(ka[2], kb[2]);
    });
}
function listenerDocument(src, names) {
    const l = src.listener;
    const defaultArns = new Set((l.Certificates ?? []).map((c) => c.CertificateArn));
    const additional = src.certificates
        .filter((c) => !c.IsDefault && c.CertificateArn !== undefined && !defaultArns.has(c.CertificateArn))
        .map((c) => c.CertificateArn);
    const rules = src.rules
        .filter((r) => !r.IsDefault && r.Priority !== 'default')
        .map((r) => ruleDocument(r, names))
        .sort((a, b) => a.Priority - b.Priority);
    const doc = (0,lb_canonical/* ordered */.Sj)({
        ...l,
        Certificates: l.Certificates && (0,lb_canonical/* sortByCanonical */.eJ)(l.Certificates.map(lb_canonical/* canonical */.$N)),
        MutualAuthentication: l.MutualAuthentication && (0,lb_canonical/* ordered */.Sj)(l.MutualAuthentication, [], ['TrustStoreAssociationStatus']),
        DefaultActions: (0,lb_format_actions/* actionDocuments */.dv)(l.DefaultActions ?? [], names),
        AdditionalCertificates: additional.length
            ? [...new Set(additional)].sort(lb_canonical/* compareText */.n6).map((CertificateArn) => ({ CertificateArn }))
            : undefined,
        Rules: rules,
    }, [
        'ListenerArn',
        'Port',
        'Protocol',
        'SslPolicy',
        'Certificates',
        'AdditionalCertificates',
        'AlpnPolicy',
        'MutualAuthentication',
        'DefaultActions',
        'Rules',
    ], ['LoadBalancerArn']);
    return doc;
}
function ruleDocument(r, names) {
    const priority = Number(r.Priority);
    if (!Number.isInteger(priority)) {
        throw new Error(`rule ${r.RuleArn ?? '(no ARN)'} has an unexpected priority ${JSON.stringify(r.Priority)}`);
    }
    return (0,lb_canonical/* ordered */.Sj)({
        ...r,
        Priority: priority,
        Conditions: (0,lb_canonical/* sortByCanonical */.eJ)((r.Conditions ?? []).map(conditionDocument)),
        Actions: (0,lb_format_actions/* actionDocuments */.dv)(r.Actions ?? [], names),
        // Transforms apply in order: kept as AWS lists them.
        Transforms: r.Transforms && r.Transforms.length ? (0,lb_canonical/* canonical */.$N)(r.Transforms) : undefined,
    }, ['Priority', 'RuleArn', 'Conditions', 'Actions', 'Transforms'], ['IsDefault']);
}
const CONDITION_CONFIG_KEYS = [
    'HostHeaderConfig',
    'PathPatternConfig',
    'HttpHeaderConfig',
    'QueryStringConfig',
    'HttpRequestMethodConfig',
    'SourceIpConfig',
];
/** Values within a condition are alternatives (OR): sorted. */
function conditionDocument(c) {
    const out = { ...c };
    for (const key of CONDITION_CONFIG_KEYS) {
        const config = c[key];
        if (!config)
            continue;
        const values = key === 'QueryStringConfig'
            ? config.Values && (0,lb_canonical/* sortByCanonical */.eJ)(config.Values.map(lb_canonical/* canonical */.$N))
            : (0,lb_canonical/* sortedStrings */.MA)(config.Values);
        out[key] = (0,lb_canonical/* canonical */.$N)({ ...config, Values: values, RegexValues: (0,lb_canonical/* sortedStrings */.MA)(config.RegexValues) });
    }
    // AWS echoes host-header/path-pattern values both in `Values` and in the config; the config
    // is the current form, so the legacy copy is dropped when it holds the same values.
    const legacy = (0,lb_canonical/* sortedStrings */.MA)(c.Values);
    const configValues = CONDITION_CONFIG_KEYS.map((k) => out[k]?.Values).find((v) => v !== undefined);
    out.Values = legacy && (0,lb_canonical/* canonicalKey */.yk)(legacy) === (0,lb_canonical/* canonicalKey */.yk)(configValues) ? undefined : legacy;
    out.RegexValues = (0,lb_canonical/* sortedStrings */.MA)(c.RegexValues);
    return (0,lb_canonical/* ordered */.Sj)(out, ['Field', 'Values', 'RegexValues', ...CONDITION_CONFIG_KEYS]);
}
function targetGroupDocument(src) {
    const tg = src.targetGroup;
    const doc = (0,lb_canonical/* ordered */.Sj)({
        ...tg,
        Matcher: tg.Matcher && (0,lb_canonical/* canonical */.$N)(tg.Matcher),
        Attributes: (0,lb_canonical/* keyValueMap */.Ji)(src.attributes),
        Tags: (0,lb_canonical/* keyValueMap */.Ji)(src.tags),
        Targets: src.targets &&
            src.targets
                .filter((t) => t.Id !== undefined)
                .map((t) => (0,lb_canonical/* ordered */.Sj)({ Id: t.Id, Port: t.Port, AvailabilityZone: t.AvailabilityZone }, ['Id', 'Port', 'AvailabilityZone']))
                .sort((a, b) => (0,lb_canonical/* compareText */.n6)(String(a.Id), String(b.Id)) || Number(a.Port ?? 0) - Number(b.Port ?? 0)),
    }, [
        'TargetGroupName',
        'TargetGroupArn',
        'TargetType',
        'Protocol',
        'ProtocolVersion',
        'Port',
        'VpcId',
        'IpAddressType',
        'HealthCheckEnabled',
        'HealthCheckProtocol',
        'HealthCheckPort',
        'HealthCheckPath',
        'HealthCheckIntervalSeconds',
        'HealthCheckTimeoutSeconds',
        'HealthyThresholdCount',
        'UnhealthyThresholdCount',
        'Matcher',
        'Attributes',
        'Tags',
        'Targets',
    ], 
    // Which load balancers use a group changes with other load balancers: not part of this one.
    ['LoadBalancerArns']);
    return doc;
}

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
            const doc = loadBalancerV2Document({
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

/***/ 3349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $5: () => (/* binding */ DEFAULT_LB_CONCURRENCY),
  Rt: () => (/* binding */ LB_FILE_PATTERN),
  VY: () => (/* binding */ LB_PAGE_SIZE),
  V_: () => (/* binding */ collectMarkerPages),
  sR: () => (/* binding */ exportClassicLoadBalancers),
  rw: () => (/* binding */ fetchTagsInBatches),
  yQ: () => (/* binding */ renderDocument),
  PM: () => (/* binding */ step)
});

// UNUSED EXPORTS: TAGS_BATCH_SIZE

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing/dist-cjs/index.js
var dist_cjs = __webpack_require__(9165);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/export/lb-format.ts
var lb_format = __webpack_require__(7504);
// EXTERNAL MODULE: ./src/export/lb-canonical.ts
var lb_canonical = __webpack_require__(2205);
;// CONCATENATED MODULE: ./src/export/lb-format-classic.ts

/**
 * AWS's predefined policies (security policies, samples). They show up among a load balancer's
 * policies once referenced; they are worth keeping only while something uses them.
 */
const PREDEFINED_CLASSIC_POLICY = /^(ELBSecurityPolicy-|ELBSample-)/;
function classicLoadBalancerDocument(src) {
    const d = src.description;
    const listeners = [...(d.ListenerDescriptions ?? [])]
        .map((ld) => ({
        ...(0,lb_canonical/* ordered */.Sj)(ld.Listener ?? {}, ['Protocol', 'LoadBalancerPort', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId']),
        ...(ld.PolicyNames ? { PolicyNames: (0,lb_canonical/* sortedStrings */.MA)(ld.PolicyNames) } : {}),
    }))
        .sort((a, b) => Number(a.LoadBalancerPort ?? 0) - Number(b.LoadBalancerPort ?? 0) ||
        (0,lb_canonical/* compareText */.n6)(String(a.Protocol ?? ''), String(b.Protocol ?? '')));
    const backends = [...(d.BackendServerDescriptions ?? [])]
        .map((b) => (0,lb_canonical/* ordered */.Sj)({ ...b, PolicyNames: (0,lb_canonical/* sortedStrings */.MA)(b.PolicyNames) }, ['InstancePort', 'PolicyNames']))
        .sort((a, b) => Number(a.InstancePort ?? 0) - Number(b.InstancePort ?? 0));
    const attached = new Set([
        ...listeners.flatMap((l) => l.PolicyNames ?? []),
        ...backends.flatMap((b) => b.PolicyNames ?? []),
    ]);
    const policies = src.policies
        .filter((p) => p.PolicyName !== undefined)
        .filter((p) => !PREDEFINED_CLASSIC_POLICY.test(p.PolicyName) || attached.has(p.PolicyName))
        .map((p) => classicPolicyDocument(p))
        .sort((a, b) => (0,lb_canonical/* compareText */.n6)(a.PolicyName, b.PolicyName));
    const loadBalancer = (0,lb_canonical/* ordered */.Sj)({
        ...d,
        AvailabilityZones: (0,lb_canonical/* sortedStrings */.MA)(d.AvailabilityZones),
        Subnets: (0,lb_canonical/* sortedStrings */.MA)(d.Subnets),
        SecurityGroups: (0,lb_canonical/* sortedStrings */.MA)(d.SecurityGroups),
        SourceSecurityGroup: d.SourceSecurityGroup && (0,lb_canonical/* canonical */.$N)(d.SourceSecurityGroup),
        HealthCheck: d.HealthCheck && (0,lb_canonical/* ordered */.Sj)(d.HealthCheck, ['Target', 'Interval', 'Timeout', 'UnhealthyThreshold', 'HealthyThreshold']),
    }, [
        'LoadBalancerName',
        'Scheme',
        'VPCId',
        'AvailabilityZones',
        'Subnets',
        'SecurityGroups',
        'SourceSecurityGroup',
        'HealthCheck',
        'DNSName',
        'CanonicalHostedZoneName',
        'CanonicalHostedZoneNameID',
    ], ['CreatedTime', 'Instances', 'ListenerDescriptions', 'Policies', 'BackendServerDescriptions']);
    const attrs = src.attributes ?? {};
    const attributes = (0,lb_canonical/* ordered */.Sj)({
        ...attrs,
        CrossZoneLoadBalancing: attrs.CrossZoneLoadBalancing && (0,lb_canonical/* canonical */.$N)(attrs.CrossZoneLoadBalancing),
        AccessLog: attrs.AccessLog && (0,lb_canonical/* canonical */.$N)(attrs.AccessLog),
        ConnectionDraining: attrs.ConnectionDraining && (0,lb_canonical/* canonical */.$N)(attrs.ConnectionDraining),
        ConnectionSettings: attrs.ConnectionSettings && (0,lb_canonical/* canonical */.$N)(attrs.ConnectionSettings),
        AdditionalAttributes: attrs.AdditionalAttributes && (0,lb_canonical/* keyValueMap */.Ji)(attrs.AdditionalAttributes),
    }, ['CrossZoneLoadBalancing', 'AccessLog', 'ConnectionDraining', 'ConnectionSettings', 'AdditionalAttributes']);
    const doc = {
        Kind: 'elb',
        Region: src.region,
        LoadBalancer: loadBalancer,
        Listeners: listeners,
        BackendServerDescriptions: backends,
        Attributes: attributes,
        Policies: policies,
        Tags: (0,lb_canonical/* keyValueMap */.Ji)(src.tags),
    };
    if (src.includeInstances) {
        doc.Instances = (d.Instances ?? [])
            .map((i) => i.InstanceId)
            .filter((id) => id !== undefined)
            .sort(lb_canonical/* compareText */.n6);
    }
    return doc;
}
function classicPolicyDocument(p) {
    // Sorted by name; a stable sort keeps repeated names (e.g. PublicKeyPolicyName) in AWS order.
    const attributes = [...(p.PolicyAttributeDescriptions ?? [])]
        .map((a) => (0,lb_canonical/* ordered */.Sj)(a, ['AttributeName', 'AttributeValue']))
        .sort((a, b) => (0,lb_canonical/* compareText */.n6)(String(a.AttributeName ?? ''), String(b.AttributeName ?? '')));
    return {
        PolicyName: p.PolicyName,
        ...(p.PolicyTypeName !== undefined ? { PolicyTypeName: p.PolicyTypeName } : {}),
        PolicyAttributes: attributes,
    };
}

// EXTERNAL MODULE: ./src/export/yaml.ts
var yaml = __webpack_require__(3311);
// EXTERNAL MODULE: ./src/util/chunk.ts
var chunk = __webpack_require__(377);
;// CONCATENATED MODULE: ./src/export/elb.ts
/**
 * Exports classic load balancers of one region, one YAML file each:
 * `load-balancers/<region>/classic/<name>.yaml`.
 *
 * Calls: DescribeLoadBalancers (all pages), then per load balancer DescribeLoadBalancerAttributes
 * and DescribeLoadBalancerPolicies, and DescribeTags for up to 20 names per call.
 */





/** Constant, so files stay byte-identical for the same state. */
const FILE_HEADER = ['Classic load balancer exported by aws-backup-gitops. Format: docs/export-format.md'];
const DEFAULT_LB_CONCURRENCY = 8;
/** DescribeTags accepts at most 20 load balancer names (classic) or resource ARNs (v2). */
const TAGS_BATCH_SIZE = 20;
/** Largest page the Describe* calls of both ELB APIs accept. */
const LB_PAGE_SIZE = 400;
/** Files a load-balancer folder manages; anything else in it is left alone. */
const LB_FILE_PATTERN = /\.yaml$/;
async function exportClassicLoadBalancers(client, region, options) {
    const concurrency = options.concurrency ?? DEFAULT_LB_CONCURRENCY;
    const result = { files: [], failures: [], completeScopes: [] };
    let descriptions;
    try {
        descriptions = await collectMarkerPages((Marker) => client.send(new dist_cjs.DescribeLoadBalancersCommand({ Marker, PageSize: LB_PAGE_SIZE })), (page) => page.LoadBalancerDescriptions);
    }
    catch (error) {
        result.failures.push({ item: `elb ${region}`, error: `DescribeLoadBalancers: ${(0,util_concurrency/* errorMessage */.gJ)(error)}`, keepPaths: [] });
        return result;
    }
    result.completeScopes.push({ prefix: (0,lb_format/* classicFolder */.xv)(region), pattern: LB_FILE_PATTERN });
    const loadBalancers = descriptions
        .filter((d) => d.LoadBalancerName !== undefined)
        .sort((a, b) => (0,lb_canonical/* compareText */.n6)(a.LoadBalancerName, b.LoadBalancerName));
    const details = await (0,util_concurrency/* mapSettled */.AW)(loadBalancers, concurrency, async (d) => {
        const LoadBalancerName = d.LoadBalancerName;
        const attributes = await step('DescribeLoadBalancerAttributes', () => client.send(new dist_cjs.DescribeLoadBalancerAttributesCommand({ LoadBalancerName })));
        const policies = await step('DescribeLoadBalancerPolicies', () => client.send(new dist_cjs.DescribeLoadBalancerPoliciesCommand({ LoadBalancerName })));
        return {
            attributes: attributes.LoadBalancerAttributes,
            policies: (policies.PolicyDescriptions ?? []),
        };
    });
    const described = loadBalancers.map((d) => d.LoadBalancerName).filter((_, i) => details[i]?.ok);
    const tags = await fetchTagsInBatches(described, concurrency, async (LoadBalancerNames) => {
        const out = await client.send(new dist_cjs.DescribeTagsCommand({ LoadBalancerNames }));
        return (out.TagDescriptions ?? []).map((t) => ({ key: t.LoadBalancerName, tags: t.Tags }));
    });
    loadBalancers.forEach((description, i) => {
        const name = description.LoadBalancerName;
        const path = (0,lb_format/* classicLoadBalancerPath */.QI)(region, name);
        const item = `elb ${region}/classic/${name}`;
        const detail = details[i];
        if (!detail || !detail.ok) {
            result.failures.push({ item, error: (0,util_concurrency/* errorMessage */.gJ)(detail?.error), keepPaths: [path] });
            return;
        }
        const tagError = tags.errors.get(name);
        if (tagError !== undefined) {
            result.failures.push({ item, error: `DescribeTags: ${tagError}`, keepPaths: [path] });
            return;
        }
        const doc = classicLoadBalancerDocument({
            region,
            description,
            attributes: detail.value.attributes,
            policies: detail.value.policies,
            tags: tags.tags.get(name) ?? [],
            includeInstances: options.includeTargets,
        });
        result.files.push({ path, content: renderDocument(doc, FILE_HEADER), kind: 'elb', label: `${region}/classic/${name}` });
    });
    return result;
}
// ---------------------------------------------------------------------------------------------
// Shared by the classic and v2 exporters
/** The documents hold only strings, numbers, booleans, lists and maps, all valid YAML values. */
function renderDocument(doc, header) {
    return (0,yaml/* renderYaml */.Wd)(doc, { header });
}
/** Runs `call` and prefixes a failure with the API operation, so the summary says which call failed. */
async function step(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw new Error(`${operation}: ${(0,util_concurrency/* errorMessage */.gJ)(error)}`, { cause: error });
    }
}
/** Follows `Marker`/`NextMarker` pages (the pagination of both ELB APIs) and concatenates them. */
async function collectMarkerPages(fetchPage, items) {
    const all = [];
    const seen = new Set();
    let marker;
    do {
        const page = await fetchPage(marker);
        all.push(...(items(page) ?? []));
        marker = page.NextMarker || undefined;
        if (marker !== undefined) {
            // A marker handed back twice would loop forever.
            if (seen.has(marker))
                throw new Error(`pagination returned marker ${marker} twice`);
            seen.add(marker);
        }
    } while (marker !== undefined);
    return all;
}
/**
 * Reads tags for `keys` (names or ARNs) in batches of 20. A batch fails as a whole when one of
 * its resources was deleted since the listing; such a batch is retried one key at a time so
 * only the vanished resource fails. Keys missing from an answer have no tags.
 */
async function fetchTagsInBatches(keys, concurrency, describe) {
    const lookup = { tags: new Map(), errors: new Map() };
    const unique = [...new Set(keys)].sort(lb_canonical/* compareText */.n6);
    const record = (batch, answer) => {
        for (const key of batch)
            lookup.tags.set(key, []);
        for (const entry of answer)
            if (entry.key !== undefined && batch.includes(entry.key))
                lookup.tags.set(entry.key, entry.tags ?? []);
    };
    const batches = (0,chunk/* chunk */.i)(unique, TAGS_BATCH_SIZE);
    const settled = await (0,util_concurrency/* mapSettled */.AW)(batches, concurrency, (batch) => describe(batch));
    const retry = [];
    settled.forEach((s, i) => {
        const batch = batches[i];
        if (s.ok)
            record(batch, s.value);
        else if (batch.length > 1 && isNotFound(s.error))
            retry.push(...batch);
        else
            for (const key of batch)
                lookup.errors.set(key, (0,util_concurrency/* errorMessage */.gJ)(s.error));
    });
    const single = await (0,util_concurrency/* mapSettled */.AW)(retry, concurrency, (key) => describe([key]));
    single.forEach((s, i) => {
        const key = retry[i];
        if (s.ok)
            record([key], s.value);
        else
            lookup.errors.set(key, (0,util_concurrency/* errorMessage */.gJ)(s.error));
    });
    return lookup;
}
function isNotFound(error) {
    const e = error;
    return /NotFound/.test(String(e?.name ?? '')) || /NotFound/.test(String(e?.Code ?? ''));
}


/***/ }),

/***/ 2205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   BS: () => (/* binding */ keyValueList),
/* harmony export */   Ji: () => (/* binding */ keyValueMap),
/* harmony export */   MA: () => (/* binding */ sortedStrings),
/* harmony export */   Sj: () => (/* binding */ ordered),
/* harmony export */   eJ: () => (/* binding */ sortByCanonical),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   yk: () => (/* binding */ canonicalKey)
/* harmony export */ });
/**
 * Canonical forms shared by the load-balancer documents (lb-format*.ts) and the restores that
 * compare them with live settings: sorted keys, sorted unordered lists, key/value maps.
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortedStrings(values) {
    return values ? [...values].sort(compareText) : undefined;
}
/** Deep copy with object keys sorted and undefined values dropped; arrays keep their order. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value instanceof Date)
        return value.toISOString();
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort(compareText)) {
            const v = value[key];
            if (v !== undefined)
                out[key] = canonical(v);
        }
        return out;
    }
    return value;
}
/** Sort key for lists of objects whose order AWS does not define. */
function canonicalKey(value) {
    return JSON.stringify(canonical(value));
}
function sortByCanonical(values) {
    return values
        .map((v) => ({ v, k: canonicalKey(v) }))
        .sort((a, b) => compareText(a.k, b.k))
        .map((e) => e.v);
}
/**
 * Copies `source` with the `first` keys in that order, then any other keys (fields AWS may add
 * later) sorted, minus `omit`. Values of listed keys are taken as they are (callers shape them);
 * values of other keys are made canonical.
 */
function ordered(source, first, omit = []) {
    const record = source;
    const out = {};
    for (const key of first) {
        if (record[key] !== undefined)
            out[key] = record[key];
    }
    for (const key of Object.keys(record).sort(compareText)) {
        if (first.includes(key) || omit.includes(key) || record[key] === undefined)
            continue;
        out[key] = canonical(record[key]);
    }
    return out;
}
/** `[{Key, Value}]` → `{Key: Value}` sorted by key (attributes and tags). */
function keyValueMap(entries) {
    const out = {};
    const sorted = [...(entries ?? [])].sort((a, b) => compareText(a.Key ?? '', b.Key ?? ''));
    for (const entry of sorted) {
        if (entry.Key !== undefined)
            out[entry.Key] = entry.Value ?? '';
    }
    return out;
}
/** Inverse of `keyValueMap`: the list shape Modify*Attributes and AddTags take. */
function keyValueList(map) {
    return Object.keys(map)
        .sort(compareText)
        .map((Key) => ({ Key, Value: map[Key] }));
}


/***/ }),

/***/ 3294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ referencedTargetGroupArns),
/* harmony export */   Tq: () => (/* binding */ actionsToApi),
/* harmony export */   dv: () => (/* binding */ actionDocuments)
/* harmony export */ });
/* harmony import */ var _lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2205);

/** Actions run in `Order`: sorted by it, never alphabetically. */
function actionDocuments(actions, names) {
    return [...actions]
        .map((action, index) => ({ action, index }))
        .sort((a, b) => (a.action.Order ?? Infinity) - (b.action.Order ?? Infinity) || a.index - b.index)
        .map(({ action }) => actionDocument(action, names));
}
function actionDocument(a, names) {
    const forward = a.ForwardConfig;
    const forwardDoc = forward &&
        (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
            ...forward,
            TargetGroups: forward.TargetGroups &&
                forward.TargetGroups.map((t) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({ ...t, TargetGroupName: t.TargetGroupArn && names.get(t.TargetGroupArn) }, ['TargetGroupName', 'TargetGroupArn', 'Weight'])).sort((x, y) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(String(x.TargetGroupName ?? ''), String(y.TargetGroupName ?? '')) ||
                    (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(String(x.TargetGroupArn ?? ''), String(y.TargetGroupArn ?? ''))),
            TargetGroupStickinessConfig: forward.TargetGroupStickinessConfig && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(forward.TargetGroupStickinessConfig),
        }, ['TargetGroups', 'TargetGroupStickinessConfig']);
    const jwt = a.JwtValidationConfig;
    return (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...a,
        TargetGroupName: a.TargetGroupArn && names.get(a.TargetGroupArn),
        ForwardConfig: forwardDoc,
        JwtValidationConfig: jwt &&
            (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)({
                ...jwt,
                AdditionalClaims: jwt.AdditionalClaims && [...jwt.AdditionalClaims].sort((x, y) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(x.Name ?? '', y.Name ?? '')),
            }),
    }, ['Type', 'Order', 'TargetGroupName', 'TargetGroupArn', 'ForwardConfig']);
}
/**
 * Inverse of `actionDocuments` for a restore: drops the `TargetGroupName` fields and points
 * each reference at the ARN `resolve` returns for it (e.g. the re-created group with that
 * name); when `resolve` returns undefined the exported ARN is kept.
 */
function actionsToApi(actions, resolve = () => undefined) {
    const relink = (ref) => resolve(ref) ?? ref.TargetGroupArn;
    return actions.map((doc) => {
        const { TargetGroupName, ForwardConfig, ...rest } = doc;
        const action = { ...rest };
        if (doc.TargetGroupArn !== undefined || TargetGroupName !== undefined) {
            action.TargetGroupArn = relink({ TargetGroupArn: doc.TargetGroupArn, TargetGroupName });
        }
        if (ForwardConfig) {
            const { TargetGroups, ...forwardRest } = ForwardConfig;
            action.ForwardConfig = { ...forwardRest };
            if (TargetGroups) {
                action.ForwardConfig.TargetGroups = TargetGroups.map(({ TargetGroupName: name, ...tuple }) => ({
                    ...tuple,
                    TargetGroupArn: relink({ TargetGroupArn: tuple.TargetGroupArn, TargetGroupName: name }),
                }));
            }
        }
        return action;
    });
}
/** Every target group ARN an action list refers to. */
function referencedTargetGroupArns(actions) {
    const arns = [];
    for (const a of actions) {
        if (a.TargetGroupArn)
            arns.push(a.TargetGroupArn);
        for (const t of a.ForwardConfig?.TargetGroups ?? [])
            if (t.TargetGroupArn)
                arns.push(t.TargetGroupArn);
    }
    return arns;
}


/***/ }),

/***/ 7504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ classicLoadBalancerPath),
/* harmony export */   Xw: () => (/* binding */ loadBalancerV2Folder),
/* harmony export */   d3: () => (/* binding */ LOAD_BALANCER_V2_TYPES),
/* harmony export */   oL: () => (/* binding */ loadBalancerV2Path),
/* harmony export */   p$: () => (/* binding */ LB_EXPORT_ROOT),
/* harmony export */   xv: () => (/* binding */ classicFolder)
/* harmony export */ });
/**
 * Field mapping between the Elastic Load Balancing APIs and the exported YAML documents.
 *
 * The documents keep AWS's own field names and shapes (the inputs of the Create/Modify calls a
 * restore makes), so the mapping is reversible by construction; the few places that differ are
 * listed here with their inverse:
 * - key/value lists (attributes, tags) become maps sorted by key → `keyValueList`;
 * - actions carry `TargetGroupName` next to every `TargetGroupArn`, so a restore can re-link
 *   re-created target groups by name → `actionsToApi`;
 * - rule priorities are numbers and the default rule is the listener's `DefaultActions`;
 * - redundant legacy condition `Values` are dropped when the condition's config holds them.
 * Volatile fields (CreatedTime, State, health) are dropped; unknown fields AWS adds later are
 * kept (keys sorted) so nothing is silently lost. Lists whose order AWS does not define are
 * sorted; lists whose order matters (actions by Order, rule transforms) keep it.
 *
 * This module holds the paths; the documents are built in lb-format-classic.ts and
 * lb-format-v2.ts (actions in lb-format-actions.ts), on the canonical forms of lb-canonical.ts.
 */




const LB_EXPORT_ROOT = 'load-balancers';
const LOAD_BALANCER_V2_TYPES = ['application', 'network', 'gateway'];
function classicFolder(region) {
    return `${LB_EXPORT_ROOT}/${region}/classic/`;
}
function classicLoadBalancerPath(region, name) {
    return `${classicFolder(region)}${name}.yaml`;
}
function loadBalancerV2Folder(region, type) {
    return `${LB_EXPORT_ROOT}/${region}/${type}/`;
}
function loadBalancerV2Path(region, type, name) {
    return `${loadBalancerV2Folder(region, type)}${name}.yaml`;
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
    return { ok: true, checks: named };
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
