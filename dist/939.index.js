export const id = 939;
export const ids = [939,835];
export const modules = {

/***/ 835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LB_CONCURRENCY: () => (/* binding */ DEFAULT_LB_CONCURRENCY),
/* harmony export */   LB_FILE_PATTERN: () => (/* binding */ LB_FILE_PATTERN),
/* harmony export */   LB_PAGE_SIZE: () => (/* binding */ LB_PAGE_SIZE),
/* harmony export */   TAGS_BATCH_SIZE: () => (/* binding */ TAGS_BATCH_SIZE),
/* harmony export */   collectMarkerPages: () => (/* binding */ collectMarkerPages),
/* harmony export */   exportClassicLoadBalancers: () => (/* binding */ exportClassicLoadBalancers),
/* harmony export */   fetchTagsInBatches: () => (/* binding */ fetchTagsInBatches),
/* harmony export */   renderDocument: () => (/* binding */ renderDocument),
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9165);
/* harmony import */ var _aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3731);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7504);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2205);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5373);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3311);
/* harmony import */ var _util_chunk_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(377);
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
        descriptions = await collectMarkerPages((Marker) => client.send(new _aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1__.DescribeLoadBalancersCommand({ Marker, PageSize: LB_PAGE_SIZE })), (page) => page.LoadBalancerDescriptions);
    }
    catch (error) {
        result.failures.push({ item: `elb ${region}`, error: `DescribeLoadBalancers: ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, keepPaths: [] });
        return result;
    }
    result.completeScopes.push({ prefix: (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_3__/* .classicFolder */ .xv)(region), pattern: LB_FILE_PATTERN });
    const loadBalancers = descriptions
        .filter((d) => d.LoadBalancerName !== undefined)
        .sort((a, b) => (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6)(a.LoadBalancerName, b.LoadBalancerName));
    const details = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSettled */ .AW)(loadBalancers, concurrency, async (d) => {
        const LoadBalancerName = d.LoadBalancerName;
        const attributes = await step('DescribeLoadBalancerAttributes', () => client.send(new _aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1__.DescribeLoadBalancerAttributesCommand({ LoadBalancerName })));
        const policies = await step('DescribeLoadBalancerPolicies', () => client.send(new _aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1__.DescribeLoadBalancerPoliciesCommand({ LoadBalancerName })));
        return {
            attributes: attributes.LoadBalancerAttributes,
            policies: (policies.PolicyDescriptions ?? []),
        };
    });
    const described = loadBalancers.map((d) => d.LoadBalancerName).filter((_, i) => details[i]?.ok);
    const tags = await fetchTagsInBatches(described, concurrency, async (LoadBalancerNames) => {
        const out = await client.send(new _aws_sdk_client_elastic_load_balancing__WEBPACK_IMPORTED_MODULE_1__.DescribeTagsCommand({ LoadBalancerNames }));
        return (out.TagDescriptions ?? []).map((t) => ({ key: t.LoadBalancerName, tags: t.Tags }));
    });
    loadBalancers.forEach((description, i) => {
        const name = description.LoadBalancerName;
        const path = (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_3__/* .classicLoadBalancerPath */ .QI)(region, name);
        const item = `elb ${region}/classic/${name}`;
        const detail = details[i];
        if (!detail || !detail.ok) {
            result.failures.push({ item, error: (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(detail?.error), keepPaths: [path] });
            return;
        }
        const tagError = tags.errors.get(name);
        if (tagError !== undefined) {
            result.failures.push({ item, error: `DescribeTags: ${tagError}`, keepPaths: [path] });
            return;
        }
        const doc = (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_5__/* .classicLoadBalancerDocument */ .W)({
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
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .renderYaml */ .Wd)(doc, { header });
}
/** Runs `call` and prefixes a failure with the API operation, so the summary says which call failed. */
async function step(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw new Error(`${operation}: ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { cause: error });
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
    const unique = [...new Set(keys)].sort(_lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6);
    const record = (batch, answer) => {
        for (const key of batch)
            lookup.tags.set(key, []);
        for (const entry of answer)
            if (entry.key !== undefined && batch.includes(entry.key))
                lookup.tags.set(entry.key, entry.tags ?? []);
    };
    const batches = (0,_util_chunk_js__WEBPACK_IMPORTED_MODULE_6__/* .chunk */ .i)(unique, TAGS_BATCH_SIZE);
    const settled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSettled */ .AW)(batches, concurrency, (batch) => describe(batch));
    const retry = [];
    settled.forEach((s, i) => {
        const batch = batches[i];
        if (s.ok)
            record(batch, s.value);
        else if (batch.length > 1 && isNotFound(s.error))
            retry.push(...batch);
        else
            for (const key of batch)
                lookup.errors.set(key, (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(s.error));
    });
    const single = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSettled */ .AW)(retry, concurrency, (key) => describe([key]));
    single.forEach((s, i) => {
        const key = retry[i];
        if (s.ok)
            record([key], s.value);
        else
            lookup.errors.set(key, (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(s.error));
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

/***/ 5373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ classicLoadBalancerDocument),
/* harmony export */   Y: () => (/* binding */ classicPolicyDocument)
/* harmony export */ });
/* harmony import */ var _lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2205);

/**
 * AWS's predefined policies (security policies, samples). They show up among a load balancer's
 * policies once referenced; they are worth keeping only while something uses them.
 */
const PREDEFINED_CLASSIC_POLICY = /^(ELBSecurityPolicy-|ELBSample-)/;
function classicLoadBalancerDocument(src) {
    const d = src.description;
    const listeners = [...(d.ListenerDescriptions ?? [])]
        .map((ld) => ({
        ...(0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)(ld.Listener ?? {}, ['Protocol', 'LoadBalancerPort', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId']),
        ...(ld.PolicyNames ? { PolicyNames: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(ld.PolicyNames) } : {}),
    }))
        .sort((a, b) => Number(a.LoadBalancerPort ?? 0) - Number(b.LoadBalancerPort ?? 0) ||
        (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(String(a.Protocol ?? ''), String(b.Protocol ?? '')));
    const backends = [...(d.BackendServerDescriptions ?? [])]
        .map((b) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({ ...b, PolicyNames: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(b.PolicyNames) }, ['InstancePort', 'PolicyNames']))
        .sort((a, b) => Number(a.InstancePort ?? 0) - Number(b.InstancePort ?? 0));
    const attached = new Set([
        ...listeners.flatMap((l) => l.PolicyNames ?? []),
        ...backends.flatMap((b) => b.PolicyNames ?? []),
    ]);
    const policies = src.policies
        .filter((p) => p.PolicyName !== undefined)
        .filter((p) => !PREDEFINED_CLASSIC_POLICY.test(p.PolicyName) || attached.has(p.PolicyName))
        .map((p) => classicPolicyDocument(p))
        .sort((a, b) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.PolicyName, b.PolicyName));
    const loadBalancer = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...d,
        AvailabilityZones: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(d.AvailabilityZones),
        Subnets: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(d.Subnets),
        SecurityGroups: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(d.SecurityGroups),
        SourceSecurityGroup: d.SourceSecurityGroup && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(d.SourceSecurityGroup),
        HealthCheck: d.HealthCheck && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)(d.HealthCheck, ['Target', 'Interval', 'Timeout', 'UnhealthyThreshold', 'HealthyThreshold']),
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
    const attributes = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...attrs,
        CrossZoneLoadBalancing: attrs.CrossZoneLoadBalancing && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(attrs.CrossZoneLoadBalancing),
        AccessLog: attrs.AccessLog && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(attrs.AccessLog),
        ConnectionDraining: attrs.ConnectionDraining && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(attrs.ConnectionDraining),
        ConnectionSettings: attrs.ConnectionSettings && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(attrs.ConnectionSettings),
        AdditionalAttributes: attrs.AdditionalAttributes && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueMap */ .Ji)(attrs.AdditionalAttributes),
    }, ['CrossZoneLoadBalancing', 'AccessLog', 'ConnectionDraining', 'ConnectionSettings', 'AdditionalAttributes']);
    const doc = {
        Kind: 'elb',
        Region: src.region,
        LoadBalancer: loadBalancer,
        Listeners: listeners,
        BackendServerDescriptions: backends,
        Attributes: attributes,
        Policies: policies,
        Tags: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueMap */ .Ji)(src.tags),
    };
    if (src.includeInstances) {
        doc.Instances = (d.Instances ?? [])
            .map((i) => i.InstanceId)
            .filter((id) => id !== undefined)
            .sort(_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6);
    }
    return doc;
}
function classicPolicyDocument(p) {
    // Sorted by name; a stable sort keeps repeated names (e.g. PublicKeyPolicyName) in AWS order.
    const attributes = [...(p.PolicyAttributeDescriptions ?? [])]
        .map((a) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)(a, ['AttributeName', 'AttributeValue']))
        .sort((a, b) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(String(a.AttributeName ?? ''), String(b.AttributeName ?? '')));
    return {
        PolicyName: p.PolicyName,
        ...(p.PolicyTypeName !== undefined ? { PolicyTypeName: p.PolicyTypeName } : {}),
        PolicyAttributes: attributes,
    };
}


/***/ }),

/***/ 5077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ TARGET_GROUP_HEALTH_CHECK_FIELDS),
/* harmony export */   Wd: () => (/* binding */ loadBalancerV2Document),
/* harmony export */   yM: () => (/* binding */ listedCertificates)
/* harmony export */ });
/* harmony import */ var _lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2205);
/* harmony import */ var _lb_format_actions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3294);


function loadBalancerV2Document(src) {
    const lb = src.loadBalancer;
    const loadBalancer = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...lb,
        AvailabilityZones: lb.AvailabilityZones &&
            sortAvailabilityZones(lb.AvailabilityZones.map((az) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
                ...az,
                LoadBalancerAddresses: az.LoadBalancerAddresses && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByCanonical */ .eJ)(az.LoadBalancerAddresses.map(_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)),
                SourceNatIpv6Prefixes: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(az.SourceNatIpv6Prefixes),
            }, ['ZoneName', 'SubnetId', 'OutpostId', 'LoadBalancerAddresses', 'SourceNatIpv6Prefixes']))),
        SecurityGroups: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(lb.SecurityGroups),
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
        .sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0) || (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.Protocol ?? '', b.Protocol ?? ''));
    const targetGroups = src.targetGroups
        .map((tg) => targetGroupDocument(tg))
        .sort((a, b) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.TargetGroupName ?? '', b.TargetGroupName ?? '') ||
        (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(a.TargetGroupArn ?? '', b.TargetGroupArn ?? ''));
    return {
        Kind: 'elbv2',
        Region: src.region,
        LoadBalancer: loadBalancer,
        Attributes: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueMap */ .Ji)(src.attributes),
        Tags: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueMap */ .Ji)(src.tags),
        Listeners: listeners,
        TargetGroups: targetGroups,
    };
}
/** By zone, then subnet (an Outpost zone may repeat); the rest only breaks ties. */
function sortAvailabilityZones(zones) {
    const key = (z) => [String(z.ZoneName ?? ''), String(z.SubnetId ?? ''), (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(z)];
    return [...zones].sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(ka[0], kb[0]) || (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(ka[1], kb[1]) || (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(ka[2], kb[2]);
    });
}
function listenerDocument(src, names) {
    const l = src.listener;
    const additional = listedCertificates(src.certificates, l.Certificates ?? []);
    const rules = src.rules
        .filter((r) => !r.IsDefault && r.Priority !== 'default')
        .map((r) => ruleDocument(r, names))
        .sort((a, b) => a.Priority - b.Priority);
    const doc = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...l,
        Certificates: l.Certificates && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByCanonical */ .eJ)(l.Certificates.map(_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)),
        MutualAuthentication: l.MutualAuthentication && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)(l.MutualAuthentication, [], ['TrustStoreAssociationStatus']),
        DefaultActions: (0,_lb_format_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .actionDocuments */ .dv)(l.DefaultActions ?? [], names),
        AdditionalCertificates: additional.length
            ? [...new Set(additional)].sort(_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6).map((CertificateArn) => ({ CertificateArn }))
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
/**
 * The listener's certificate list: DescribeListenerCertificates without its default entry.
 * The default certificate may be in the list as well (the console adds it there); AWS then
 * shows it twice, once with IsDefault false, and only that explicit entry counts as listed.
 */
function listedCertificates(certificates, defaults) {
    const defaultArns = new Set(defaults.map((c) => c.CertificateArn));
    return certificates
        .filter((c) => c.IsDefault !== true && c.CertificateArn !== undefined && (c.IsDefault === false || !defaultArns.has(c.CertificateArn)))
        .map((c) => c.CertificateArn);
}
function ruleDocument(r, names) {
    const priority = Number(r.Priority);
    if (!Number.isInteger(priority)) {
        throw new Error(`rule ${r.RuleArn ?? '(no ARN)'} has an unexpected priority ${JSON.stringify(r.Priority)}`);
    }
    return (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...r,
        Priority: priority,
        Conditions: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByCanonical */ .eJ)((r.Conditions ?? []).map(conditionDocument)),
        Actions: (0,_lb_format_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .actionDocuments */ .dv)(r.Actions ?? [], names),
        // Transforms apply in order: kept as AWS lists them.
        Transforms: r.Transforms && r.Transforms.length ? (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(r.Transforms) : undefined,
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
            ? config.Values && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByCanonical */ .eJ)(config.Values.map(_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N))
            : (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(config.Values);
        out[key] = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)({ ...config, Values: values, RegexValues: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(config.RegexValues) });
    }
    // AWS echoes host-header/path-pattern values both in `Values` and in the config; the config
    // is the current form, so the legacy copy is dropped when it holds the same values.
    const legacy = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(c.Values);
    const configValues = CONDITION_CONFIG_KEYS.map((k) => out[k]?.Values).find((v) => v !== undefined);
    out.Values = legacy && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(legacy) === (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKey */ .yk)(configValues) ? undefined : legacy;
    out.RegexValues = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedStrings */ .MA)(c.RegexValues);
    return (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)(out, ['Field', 'Values', 'RegexValues', ...CONDITION_CONFIG_KEYS]);
}
/** A target group's health-check settings: exported in this order, put back by ModifyTargetGroup. */
const TARGET_GROUP_HEALTH_CHECK_FIELDS = [
    'HealthCheckEnabled',
    'HealthCheckProtocol',
    'HealthCheckPort',
    'HealthCheckPath',
    'HealthCheckIntervalSeconds',
    'HealthCheckTimeoutSeconds',
    'HealthyThresholdCount',
    'UnhealthyThresholdCount',
    'Matcher',
];
function targetGroupDocument(src) {
    const tg = src.targetGroup;
    const doc = (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({
        ...tg,
        Matcher: tg.Matcher && (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonical */ .$N)(tg.Matcher),
        Attributes: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueMap */ .Ji)(src.attributes),
        Tags: (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .keyValueMap */ .Ji)(src.tags),
        Targets: src.targets &&
            src.targets
                .filter((t) => t.Id !== undefined)
                .map((t) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .ordered */ .Sj)({ Id: t.Id, Port: t.Port, AvailabilityZone: t.AvailabilityZone }, ['Id', 'Port', 'AvailabilityZone']))
                .sort((a, b) => (0,_lb_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .compareText */ .n6)(String(a.Id), String(b.Id)) || Number(a.Port ?? 0) - Number(b.Port ?? 0)),
    }, [
        'TargetGroupName',
        'TargetGroupArn',
        'TargetType',
        'Protocol',
        'ProtocolVersion',
        'Port',
        'VpcId',
        'IpAddressType',
        ...TARGET_GROUP_HEALTH_CHECK_FIELDS,
        'Attributes',
        'Tags',
        'Targets',
    ], 
    // Which load balancers use a group changes with other load balancers: not part of this one.
    ['LoadBalancerArns']);
    return doc;
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


/***/ })

};
