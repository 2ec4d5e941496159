export const id = 6930;
export const ids = [6930];
export const modules = {

/***/ 8268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ paginate),
/* harmony export */   JS: () => (/* binding */ listResourceRecordSets),
/* harmony export */   X1: () => (/* binding */ listHostedZones),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   jm: () => (/* binding */ collectItems)
/* harmony export */ });
/* unused harmony exports ROUTE53_MAX_RECORD_SETS_PER_PAGE, ROUTE53_MAX_ZONES_PER_PAGE, nextRecordSetPosition, paginateResourceRecordSets, paginateHostedZones */
/* harmony import */ var _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8621);
/**
 * Pagination for token/marker listings, and Route 53's record-set listing (which pages by
 * name, type and set identifier). A listing that fails part-way must stay detectable, so a
 * caller never treats what it did not see as deleted: `paginate` rethrows, `listAll`
 * returns `complete: false` with the error and the items seen so far.
 */

/** Route 53 page-size limits. */
const ROUTE53_MAX_RECORD_SETS_PER_PAGE = 300;
const ROUTE53_MAX_ZONES_PER_PAGE = 100;
/**
 * Yields pages until `nextToken` returns undefined (or an empty string), starting at
 * `start` (undefined: the beginning). Throws if a call fails, or if a service hands back a
 * token it already gave (a listing that would never end).
 */
async function* paginate(fetchPage, nextToken, start) {
    let token = start;
    const seen = new Set();
    for (;;) {
        const page = await fetchPage(token);
        yield page;
        const next = nextToken(page);
        if (next === undefined || next === null || next === '')
            return;
        const key = JSON.stringify(next);
        if (seen.has(key)) {
            throw new Error(`Pagination did not advance: the service returned the same next token twice (${key}).`);
        }
        seen.add(key);
        token = next;
    }
}
/** Collects every item, and whether the whole listing was seen. Never throws. */
async function listAll(pages, itemsOf) {
    const items = [];
    let count = 0;
    try {
        for await (const page of pages) {
            count += 1;
            items.push(...(itemsOf(page) ?? []));
        }
        return { complete: true, items, pages: count };
    }
    catch (error) {
        return { complete: false, items, pages: count, error };
    }
}
function pageSize(value, max, what) {
    const size = value ?? max;
    if (!Number.isInteger(size) || size < 1 || size > max) {
        throw new RangeError(`${what} page size must be a whole number from 1 to ${max}, got ${value}.`);
    }
    return size;
}
/**
 * The next position after a record-set page. Route 53 sends NextRecordIdentifier only when
 * the next record shares the last name and type and has a set identifier; it must be sent
 * back with them, or records of that name and type would be skipped or repeated.
 */
function nextRecordSetPosition(page) {
    if (!page.IsTruncated)
        return undefined;
    if (!page.NextRecordName || !page.NextRecordType) {
        throw new Error('Route 53 said the record-set listing is truncated but sent no NextRecordName/NextRecordType.');
    }
    const position = { name: page.NextRecordName, type: page.NextRecordType };
    if (page.NextRecordIdentifier)
        position.identifier = page.NextRecordIdentifier;
    return position;
}
/** Pages of one hosted zone's record sets (the SDK ships no paginator for this call). */
function paginateResourceRecordSets(client, hostedZoneId, options = {}) {
    const maxItems = pageSize(options.maxItems, ROUTE53_MAX_RECORD_SETS_PER_PAGE, 'ListResourceRecordSets');
    const fetchPage = (position) => {
        const input = { HostedZoneId: hostedZoneId, MaxItems: maxItems };
        if (position) {
            input.StartRecordName = position.name;
            input.StartRecordType = position.type;
            if (position.identifier)
                input.StartRecordIdentifier = position.identifier;
        }
        return client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_0__.ListResourceRecordSetsCommand(input));
    };
    return paginate(fetchPage, nextRecordSetPosition, options.start);
}
function listResourceRecordSets(client, hostedZoneId, options = {}) {
    return listAll(paginateResourceRecordSets(client, hostedZoneId, options), (page) => page.ResourceRecordSets);
}
/** Pages of the account's hosted zones (Marker/NextMarker, at most 100 per page). */
function paginateHostedZones(client, options = {}) {
    const maxItems = pageSize(options.maxItems, ROUTE53_MAX_ZONES_PER_PAGE, 'ListHostedZones');
    return paginate((marker) => client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_0__.ListHostedZonesCommand(marker ? { MaxItems: maxItems, Marker: marker } : { MaxItems: maxItems })), (page) => {
        if (!page.IsTruncated)
            return undefined;
        if (!page.NextMarker)
            throw new Error('Route 53 said the hosted-zone listing is truncated but sent no NextMarker.');
        return page.NextMarker;
    });
}
function listHostedZones(client, options = {}) {
    return listAll(paginateHostedZones(client, options), (page) => page.HostedZones);
}
/** Every item of every page; a page that fails rejects the whole listing. */
async function collectItems(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}


/***/ }),

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
/* harmony import */ var _export_route53_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4980);
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
                    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(9165), __webpack_require__.e(835)]).then(__webpack_require__.bind(__webpack_require__, 835))).exportClassicLoadBalancers(clients.elb(region), region, { includeTargets }),
                });
            }
            if (lbs.v2) {
                jobs.push({
                    item: `elbv2 ${region}`,
                    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(9165), __webpack_require__.e(586), __webpack_require__.e(4939), __webpack_require__.e(9003)]).then(__webpack_require__.bind(__webpack_require__, 9003))).exportLoadBalancersV2(clients.elbv2(region), region, { includeTargets }),
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
                    apply: async () => (await Promise.all(/* import() */[__webpack_require__.e(3711), __webpack_require__.e(9699)]).then(__webpack_require__.bind(__webpack_require__, 9699))).uploadMirrorCopy(ctx, account, key, file.content),
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
    const delegationSets = delegation.setOf;
    const zoneOutcome = (zone, fetched, zoneTags) => {
        const id = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '');
        if (!zoneTags?.ok)
            return { failure: failZone(zone, zoneTags?.error ?? 'tags were not listed') };
        const { records, vpcs } = fetched;
        if (healthCheckError !== undefined && records.some((r) => r.HealthCheckId !== undefined)) {
            // Writing ids instead of names would churn the file; keep the last good one.
            return { failure: failZone(zone, `its records refer to health checks, whose listing failed: ${healthCheckError}`) };
        }
        const settings = zoneSettings(zone, zoneTags.tags, vpcs, delegationSets.get(id));
        const content = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .renderZoneFile */ .lS)({ zone: settings, records }, healthCheckNames ? { healthCheckNames } : {});
        const label = `${zone.Name} (${settings.PrivateZone ? 'private' : 'public'})`;
        return { file: { path: pathOf(zone), content, kind: 'route53-zone', label, items: records.length, resourceId: id } };
    };
    // Each zone file is rendered as soon as its records (and the zones' tags) are in, while the
    // rate budget holds the other listings back: the CPU work does not trail the last call.
    const tagsListing = listTags(client, 'hostedzone', selected.map((zone) => (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? '')), concurrency);
    const outcomes = new Array(selected.length);
    await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapSettled */ .AW)(selected, concurrency, async (zone, index) => {
        const fetching = fetchZone(client, zone, pageCap(MAX_RECORD_SETS_PER_PAGE));
        outcomes[index] = fetching.then(async (fetched) => zoneOutcome(zone, fetched, (await tagsListing).get((0,_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .bareZoneId */ .eJ)(zone.Id ?? ''))), (error) => ({ failure: failZone(zone, messageOf(error, 'ListResourceRecordSets', zone)) }));
        // The slot is free once the records are in; the render does not hold it.
        await fetching;
    });
    for (const outcome of await Promise.all(outcomes)) {
        if ('file' in outcome)
            result.files.push(outcome.file);
        else
            result.failures.push(outcome.failure);
    }
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
