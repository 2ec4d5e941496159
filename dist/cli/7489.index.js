export const id = 7489;
export const ids = [7489];
export const modules = {

/***/ 7489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O2: () => (/* binding */ exportRoute53),
  Z4: () => (/* binding */ listNamedHealthChecks)
});

// UNUSED EXPORTS: zoneSelected

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-route-53/dist-cjs/index.js
var dist_cjs = __webpack_require__(8621);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(8268);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var util_concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/export/health-checks.ts
var health_checks = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/export/route53-format.ts
var route53_format = __webpack_require__(6927);
// EXTERNAL MODULE: ./src/export/route53-incremental.ts
var route53_incremental = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/util/iso-seconds.ts
var iso_seconds = __webpack_require__(4101);
;// CONCATENATED MODULE: ./src/export/change-history-feed.ts


/**
 * `Features.ChangeHistory` when the listing carries it; otherwise the tier in the zone's
 * config (Change History is on, and cannot be turned off, on the ADVANCED tier). A zone whose
 * listing says neither is left to CloudTrail, as every zone was before Change History.
 */
function zoneHistory(zone, windowStart) {
    const feature = zone.Features?.ChangeHistory;
    const enabled = feature?.Status !== undefined ? feature.Status === 'ENABLED' : zone.Config?.HostedZoneTier === 'ADVANCED';
    if (!enabled)
        return { kind: 'none' };
    const startsAt = feature?.RetentionStartsAt;
    if (startsAt !== undefined && startsAt > windowStart)
        return { kind: 'too-recent', startsAt };
    return { kind: 'read', since: windowStart };
}
/**
 * Errors that concern one zone only — Change History is off for it (FeatureNotEnabled: the
 * zone left the ADVANCED tier after the listing), the zone is gone, or the window reaches
 * before the retained history (InvalidInput) — make that zone re-listed. Any other error
 * (AccessDenied, throttled past the retries) would repeat for every zone: the run stops
 * asking and sweeps fully.
 */
const ZONE_ERRORS = new Set(['FeatureNotEnabled', 'NoSuchHostedZone', 'InvalidInput']);
function isZoneError(code) {
    return code !== undefined && ZONE_ERRORS.has(code);
}
/** The zone's change batches as feed changes (CreateHostedZone batches included: a new zone). */
function batchChanges(zoneId, batches) {
    return batches.map((batch) => {
        const change = {
            time: batch.SubmittedAt ?? new Date(0),
            operation: batch.Operation ?? 'unknown operation',
            principal: batch.SubmittedBy ?? 'unknown principal',
            zoneId,
            healthCheck: false,
        };
        if (batch.RequestId)
            change.requestId = batch.RequestId;
        return change;
    });
}
/** What the export result keeps of a reading. */
function historyOutcome(reading) {
    return { changes: reading.changes, read: reading.read, ...(reading.sweep !== undefined ? { sweptBecause: reading.sweep } : {}) };
}
const CHANGED_PER_HISTORY = 'changed according to Change History';
/** Why a zone whose history could not be used is re-listed. */
function unusableHistory(detail) {
    return `Change History unusable (${detail})`;
}
function tooRecent(startsAt, windowStart) {
    return unusableHistory(`it starts ${(0,iso_seconds/* isoSeconds */.n)(startsAt)}, after the window start ${(0,iso_seconds/* isoSeconds */.n)(windowStart)}`);
}
/** The zones to ask, in listing order, and the zones re-listed without asking. */
function planHistoryReads(zones, windowStart) {
    const ask = [];
    const relist = new Map();
    for (const zone of zones) {
        const id = (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '');
        const history = zoneHistory(zone, windowStart);
        if (history.kind === 'read')
            ask.push({ zone, id, since: history.since });
        else if (history.kind === 'too-recent')
            relist.set(id, tooRecent(history.startsAt, windowStart));
    }
    return { ask, relist };
}

;// CONCATENATED MODULE: ./src/export/change-history.ts
/**
 * Reads Route 53 Change History (ListHostedZoneChangeBatches) of the zones that have it, from
 * the window start to now. One listing per zone, up to 1,000 batches a page (the API's
 * maximum); the client's rate budget keeps to the operation's bucket (the documented default,
 * 50 burst / 10 per second, on top of the account's). Decisions are change-history-feed.ts's.
 */





const BATCHES_PER_PAGE = 1000;
const OPERATION = 'ListHostedZoneChangeBatches';
async function readChangeHistory(client, zones, windowStart, concurrency) {
    const { ask, relist } = planHistoryReads(zones, windowStart);
    const reading = { changes: [], relist, read: 0 };
    await (0,util_concurrency/* mapSettled */.AW)(ask, concurrency, async ({ zone, id, since }) => {
        if (reading.sweep !== undefined)
            return; // an account-wide failure: asking on would only fail again
        const listing = await (0,paginate/* listAll */._w)((0,paginate/* paginate */.En)((NextToken) => client.send(new dist_cjs.ListHostedZoneChangeBatchesCommand({
            HostedZoneId: id,
            SubmittedAfter: since.toISOString(),
            MaxResults: BATCHES_PER_PAGE,
            ...(NextToken ? { NextToken } : {}),
        })), (page) => page.NextToken), (page) => page.ChangeBatchSummaries);
        if (!listing.complete) {
            const code = (0,errors/* awsErrorCode */.J6)(listing.error);
            const error = (0,errors/* describeAwsError */.Pp)(listing.error, { family: 'route53', operation: OPERATION, resource: `zone ${zone.Name} (${id})` });
            if (isZoneError(code))
                relist.set(id, unusableHistory(error.replace(/\.$/, '')));
            else
                reading.sweep ??= error.replace(/\.$/, '');
            return;
        }
        reading.read += 1;
        if (listing.items.length === 0)
            return;
        reading.changes.push(...batchChanges(id, listing.items));
        relist.set(id, CHANGED_PER_HISTORY);
    });
    return reading;
}

// EXTERNAL MODULE: ./src/util/chunk.ts
var chunk = __webpack_require__(377);
;// CONCATENATED MODULE: ./src/export/route53.ts
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
    let incremental = options.incremental;
    const listHealthChecks = () => options.healthChecks ? exportHealthChecks(client, pageCap(MAX_HEALTH_CHECKS_PER_PAGE), concurrency) : undefined;
    const listDelegation = () => delegationSetsByZone(client, pageCap(MAX_ZONES_PER_PAGE), pageCap(MAX_DELEGATION_SETS_PER_PAGE));
    // Independent listings run side by side; an incremental run first learns which zones to
    // re-list and lists the rest only when some zone (or a health check) needs it.
    const [zoneListing, earlyDelegation, earlyHealthChecks] = await Promise.all([
        (0,paginate/* listHostedZones */.X1)(client, { maxItems: pageCap(MAX_ZONES_PER_PAGE) }),
        incremental ? undefined : listDelegation(),
        incremental ? undefined : listHealthChecks(),
    ]);
    const result = { files: [], failures: [], completeScopes: [] };
    const kept = [];
    if (!zoneListing.complete) {
        // Without the full list no zone file may be written or removed.
        result.failures.push({
            item: 'route53 hosted zones',
            error: (0,errors/* describeAwsError */.Pp)(zoneListing.error, { family: FAMILY, operation: 'ListHostedZones' }),
            keepPaths: [],
        });
    }
    const allZones = zoneListing.complete ? zoneListing.items.map(zoneIdentity) : [];
    const paths = (0,route53_format/* zoneFilePaths */.DI)(allZones);
    const pathOf = (zone) => paths.get((0,route53_format/* bareZoneId */.eJ)(zone.Id ?? ''));
    const listed = zoneListing.complete ? zoneListing.items : [];
    const inScope = listed.filter((zone) => zoneSelected(zone.Name ?? '', options.zones));
    const since = incremental?.changeHistorySince;
    const history = since ? await readChangeHistory(client, inScope, since, concurrency) : undefined;
    if (history)
        result.changeHistory = historyOutcome(history);
    // A history every zone would fail to read leaves no feed to trust for them: list everything.
    if (history?.sweep !== undefined)
        incremental = undefined;
    if (incremental)
        result.kept = kept;
    const selection = incremental ? (0,route53_incremental/* selectZones */.Y)(inScope, pathOf, incremental, history?.relist) : undefined;
    const selected = selection ? selection.relist : inScope;
    if (selection) {
        kept.push(...selection.kept);
        result.relisted = selected.map((zone) => ({
            zone: zone.Name ?? '',
            why: selection.why.get((0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '')) ?? '',
        }));
    }
    const needHealthChecks = !incremental || incremental.healthChecksChanged || selected.length > 0;
    // An incremental start skipped the early listings (also when Change History then made it sweep).
    const [delegation, healthChecks] = options.incremental
        ? await Promise.all([selected.length > 0 ? listDelegation() : undefined, needHealthChecks ? listHealthChecks() : undefined])
        : [earlyDelegation, earlyHealthChecks];
    if (healthChecks) {
        if (healthChecks.ok) {
            result.files.push(healthChecks.file);
            result.completeScopes.push({ prefix: 'route53/', pattern: /^health-checks\.yaml$/ });
        }
        else {
            result.failures.push({ item: 'route53 health checks', error: healthChecks.error, keepPaths: [health_checks/* HEALTH_CHECKS_PATH */.tC] });
        }
    }
    else if (options.healthChecks) {
        kept.push(health_checks/* HEALTH_CHECKS_PATH */.tC);
    }
    if (!zoneListing.complete)
        return sortResult(result);
    result.completeScopes.push({ prefix: route53_format/* ZONES_FOLDER */.Xx, pattern: /\.yaml$/ });
    const failZone = (zone, error) => ({
        item: `route53 zone ${zone.Name} (${(0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '')})`,
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
        const id = (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '');
        if (!zoneTags?.ok)
            return { failure: failZone(zone, zoneTags?.error ?? 'tags were not listed') };
        const { records, vpcs } = fetched;
        if (healthCheckError !== undefined && records.some((r) => r.HealthCheckId !== undefined)) {
            // Writing ids instead of names would churn the file; keep the last good one.
            return { failure: failZone(zone, `its records refer to health checks, whose listing failed: ${healthCheckError}`) };
        }
        const settings = zoneSettings(zone, zoneTags.tags, vpcs, delegationSets.get(id));
        const content = (0,route53_format/* renderZoneFile */.lS)({ zone: settings, records }, healthCheckNames ? { healthCheckNames } : {});
        const label = `${zone.Name} (${settings.PrivateZone ? 'private' : 'public'})`;
        return { file: { path: pathOf(zone), content, kind: 'route53-zone', label, items: records.length, resourceId: id } };
    };
    // Each zone file is rendered as soon as its records (and the zones' tags) are in, while the
    // rate budget holds the other listings back: the CPU work does not trail the last call.
    const tagsListing = listTags(client, 'hostedzone', selected.map((zone) => (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '')), concurrency);
    const outcomes = new Array(selected.length);
    await (0,util_concurrency/* mapSettled */.AW)(selected, concurrency, async (zone, index) => {
        const fetching = fetchZone(client, zone, pageCap(MAX_RECORD_SETS_PER_PAGE));
        outcomes[index] = fetching.then(async (fetched) => zoneOutcome(zone, fetched, (await tagsListing).get((0,route53_format/* bareZoneId */.eJ)(zone.Id ?? ''))), (error) => ({ failure: failZone(zone, messageOf(error, 'ListResourceRecordSets', zone)) }));
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
    return { id: (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? ''), name: zone.Name ?? '', privateZone: zone.Config?.PrivateZone === true };
}
function zoneSettings(zone, tags, vpcs, delegationSetId) {
    const settings = {
        Name: zone.Name ?? '',
        Id: (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? ''),
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
    const id = (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '');
    // VPC associations are only in GetHostedZone, and only private zones have them.
    let vpcs;
    if (zone.Config?.PrivateZone) {
        try {
            vpcs = (await client.send(new dist_cjs.GetHostedZoneCommand({ Id: id }))).VPCs ?? [];
        }
        catch (error) {
            throw new DescribedError(messageOf(error, 'GetHostedZone', zone));
        }
    }
    const listing = await (0,paginate/* listResourceRecordSets */.JS)(client, id, { maxItems });
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
    const resource = `zone ${zone.Name} (${(0,route53_format/* bareZoneId */.eJ)(zone.Id ?? '')})`;
    return (0,errors/* describeAwsError */.Pp)(error, { family: FAMILY, operation, resource });
}
/**
 * Which zones use a reusable delegation set: the zone listing does not say, so list the
 * sets and, per set, the zones using it.
 */
async function delegationSetsByZone(client, zonesPerPage, setsPerPage) {
    const sets = await (0,paginate/* listAll */._w)((0,paginate/* paginate */.En)((Marker) => client.send(new dist_cjs.ListReusableDelegationSetsCommand({ MaxItems: setsPerPage, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.DelegationSets);
    const why = 'could not learn which zones use a reusable delegation set';
    if (!sets.complete) {
        return { ok: false, error: `${why}: ${(0,errors/* describeAwsError */.Pp)(sets.error, { family: FAMILY, operation: 'ListReusableDelegationSets' })}` };
    }
    const setOf = new Map();
    for (const set of sets.items) {
        const setId = (set.Id ?? '').replace(/^\/delegationset\//, '');
        const zones = await (0,paginate/* listAll */._w)((0,paginate/* paginate */.En)((Marker) => client.send(new dist_cjs.ListHostedZonesCommand({ DelegationSetId: setId, MaxItems: zonesPerPage, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.HostedZones);
        if (!zones.complete) {
            const resource = `delegation set ${setId}`;
            return { ok: false, error: `${why}: ${(0,errors/* describeAwsError */.Pp)(zones.error, { family: FAMILY, operation: 'ListHostedZones', resource })}` };
        }
        for (const zone of zones.items)
            setOf.set((0,route53_format/* bareZoneId */.eJ)(zone.Id ?? ''), setId);
    }
    return { ok: true, setOf };
}
/** ListTagsForResources takes at most 10 ids per call. */
async function listTags(client, type, ids, concurrency) {
    const batches = (0,chunk/* chunk */.i)(ids, TAG_BATCH);
    const settled = await (0,util_concurrency/* mapSettled */.AW)(batches, concurrency, (ResourceIds) => client.send(new dist_cjs.ListTagsForResourcesCommand({ ResourceType: type, ResourceIds })));
    const out = new Map();
    batches.forEach((batch, index) => {
        const outcome = settled[index];
        if (!outcome?.ok) {
            const error = (0,errors/* describeAwsError */.Pp)(outcome?.error, { family: FAMILY, operation: 'ListTagsForResources' });
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
        path: health_checks/* HEALTH_CHECKS_PATH */.tC,
        content: (0,health_checks/* renderHealthChecksFile */.Ux)(listed.checks),
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
    const listing = await (0,paginate/* listAll */._w)((0,paginate/* paginate */.En)((Marker) => client.send(new dist_cjs.ListHealthChecksCommand({ MaxItems: perPage, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.HealthChecks);
    if (!listing.complete) {
        return { ok: false, error: (0,errors/* describeAwsError */.Pp)(listing.error, { family: FAMILY, operation: 'ListHealthChecks' }) };
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
    const names = (0,health_checks/* assignHealthCheckNames */.aB)(withTags);
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
