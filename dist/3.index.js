export const id = 3;
export const ids = [3];
export const modules = {

/***/ 9003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportLoadBalancersV2: () => (/* binding */ exportLoadBalancersV2)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(586);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3731);
/* harmony import */ var _elb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(835);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2205);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7504);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5077);
/* harmony import */ var _lb_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3294);
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
    const concurrency = options.concurrency ?? _elb_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_LB_CONCURRENCY;
    const result = { files: [], failures: [], completeScopes: [] };
    let listed;
    try {
        listed = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)('DescribeLoadBalancers', () => (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.collectMarkerPages)((Marker) => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeLoadBalancersCommand({ Marker, PageSize: _elb_js__WEBPACK_IMPORTED_MODULE_0__.LB_PAGE_SIZE })), (page) => page.LoadBalancers));
    }
    catch (error) {
        result.failures.push({ item: `elbv2 ${region}`, error: (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error), keepPaths: [] });
        return result;
    }
    const loadBalancers = listed
        .filter((lb) => lb.LoadBalancerArn !== undefined && lb.LoadBalancerName !== undefined)
        .sort((a, b) => (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(String(a.Type), String(b.Type)) || (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a.LoadBalancerName, b.LoadBalancerName));
    // Target groups are listed once for the region rather than once per load balancer.
    let targetGroups;
    try {
        targetGroups = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)('DescribeTargetGroups', () => (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.collectMarkerPages)((Marker) => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeTargetGroupsCommand({ Marker, PageSize: _elb_js__WEBPACK_IMPORTED_MODULE_0__.LB_PAGE_SIZE })), (page) => page.TargetGroups));
    }
    catch (error) {
        // Without target groups no file would be complete: keep every existing one.
        result.failures.push({
            item: `elbv2 ${region}`,
            error: (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error),
            keepPaths: loadBalancers.flatMap((lb) => (isKnownType(lb.Type) ? [(0,_lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBalancerV2Path */ .oL)(region, lb.Type, lb.LoadBalancerName)] : [])),
        });
        return result;
    }
    for (const type of _lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .LOAD_BALANCER_V2_TYPES */ .d3) {
        result.completeScopes.push({ prefix: (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBalancerV2Folder */ .Xw)(region, type), pattern: _elb_js__WEBPACK_IMPORTED_MODULE_0__.LB_FILE_PATTERN });
    }
    const targetGroupByArn = new Map(targetGroups.filter((tg) => tg.TargetGroupArn !== undefined).map((tg) => [tg.TargetGroupArn, tg]));
    const targetGroupNames = new Map([...targetGroupByArn].filter(([, tg]) => tg.TargetGroupName !== undefined).map(([arn, tg]) => [arn, tg.TargetGroupName]));
    const details = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSettled */ .AW)(loadBalancers, concurrency, (lb) => describeLoadBalancer(client, lb, targetGroups));
    // Attributes (and targets) of every target group a described load balancer uses, once each.
    const usedArns = [
        ...new Set(details.flatMap((d) => (d.ok ? d.value.targetGroupArns : []))),
    ].filter((arn) => targetGroupByArn.has(arn)).sort(_lb_format_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6);
    const targetGroupDetails = new Map();
    const tgSettled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSettled */ .AW)(usedArns, concurrency, (arn) => describeTargetGroup(client, arn, options.includeTargets));
    tgSettled.forEach((s, i) => {
        targetGroupDetails.set(usedArns[i], s.ok ? s.value : new Error((0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(s.error)));
    });
    const tagKeys = [
        ...loadBalancers.filter((_, i) => details[i]?.ok).map((lb) => lb.LoadBalancerArn),
        ...usedArns.filter((arn) => !(targetGroupDetails.get(arn) instanceof Error)),
    ];
    const tags = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.fetchTagsInBatches)(tagKeys, concurrency, async (ResourceArns) => {
        const out = await client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeTagsCommand({ ResourceArns }));
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
        const path = (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBalancerV2Path */ .oL)(region, lb.Type, name);
        const fail = (error) => {
            result.failures.push({ item, error, keepPaths: [path] });
        };
        const detail = details[i];
        if (!detail || !detail.ok)
            return fail((0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(detail?.error));
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
            const doc = (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_5__/* .loadBalancerV2Document */ .Wd)({
                region,
                loadBalancer: lb,
                attributes: detail.value.attributes,
                tags: tags.tags.get(lb.LoadBalancerArn) ?? [],
                listeners: detail.value.listeners,
                targetGroups: groups,
                targetGroupNames,
            });
            result.files.push({ path, content: (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.renderDocument)(doc, FILE_HEADER), kind: 'elbv2', label });
        }
        catch (error) {
            fail((0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        }
    });
    return result;
}
function isKnownType(type) {
    return _lb_format_js__WEBPACK_IMPORTED_MODULE_4__/* .LOAD_BALANCER_V2_TYPES */ .d3.includes(type);
}
async function describeLoadBalancer(client, lb, targetGroups) {
    const LoadBalancerArn = lb.LoadBalancerArn;
    const attributes = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)('DescribeLoadBalancerAttributes', () => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })));
    const listeners = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)('DescribeListeners', () => (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.collectMarkerPages)((Marker) => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeListenersCommand({ LoadBalancerArn, Marker, PageSize: _elb_js__WEBPACK_IMPORTED_MODULE_0__.LB_PAGE_SIZE })), (page) => page.Listeners));
    // Listeners one after another: the concurrency limit counts load balancers, not calls.
    const sources = [];
    for (const listener of listeners)
        sources.push(await describeListener(client, lb, listener));
    const arns = new Set(targetGroups
        .filter((tg) => tg.TargetGroupArn && tg.LoadBalancerArns?.includes(LoadBalancerArn))
        .map((tg) => tg.TargetGroupArn));
    for (const source of sources) {
        for (const arn of (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_6__/* .referencedTargetGroupArns */ .Ao)(source.listener.DefaultActions ?? []))
            arns.add(arn);
        for (const rule of source.rules)
            for (const arn of (0,_lb_format_js__WEBPACK_IMPORTED_MODULE_6__/* .referencedTargetGroupArns */ .Ao)(rule.Actions ?? []))
                arns.add(arn);
    }
    return {
        attributes: attributes.Attributes ?? [],
        listeners: sources,
        targetGroupArns: [...arns].sort(_lb_format_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6),
    };
}
async function describeListener(client, lb, listener) {
    const ListenerArn = listener.ListenerArn;
    const where = `listener ${listener.Protocol ?? ''}:${listener.Port ?? ''}`;
    const rules = lb.Type === 'application' && ListenerArn
        ? await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)(`DescribeRules (${where})`, () => (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.collectMarkerPages)((Marker) => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeRulesCommand({ ListenerArn, Marker, PageSize: _elb_js__WEBPACK_IMPORTED_MODULE_0__.LB_PAGE_SIZE })), (page) => page.Rules))
        : [];
    const certificates = ListenerArn && CERTIFICATE_PROTOCOLS.has(listener.Protocol ?? '')
        ? await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)(`DescribeListenerCertificates (${where})`, () => (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.collectMarkerPages)((Marker) => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeListenerCertificatesCommand({ ListenerArn, Marker, PageSize: _elb_js__WEBPACK_IMPORTED_MODULE_0__.LB_PAGE_SIZE })), (page) => page.Certificates))
        : [];
    return { listener, rules, certificates };
}
async function describeTargetGroup(client, TargetGroupArn, includeTargets) {
    const attributes = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)('DescribeTargetGroupAttributes', () => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeTargetGroupAttributesCommand({ TargetGroupArn })));
    const details = { attributes: attributes.Attributes ?? [] };
    if (includeTargets) {
        const health = await (0,_elb_js__WEBPACK_IMPORTED_MODULE_0__.step)('DescribeTargetHealth', () => client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeTargetHealthCommand({ TargetGroupArn })));
        // Only who is registered; health state changes all the time and is not exported.
        details.targets = (health.TargetHealthDescriptions ?? [])
            .map((d) => d.Target)
            .filter((t) => t !== undefined);
    }
    return details;
}


/***/ })

};
