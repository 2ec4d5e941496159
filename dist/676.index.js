export const id = 676;
export const ids = [676,529];
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

/***/ 3910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LIFECYCLE_SECTION: () => (/* binding */ LIFECYCLE_SECTION),
  planLifecycle: () => (/* binding */ planLifecycle),
  readLiveLifecycle: () => (/* binding */ readLiveLifecycle),
  readProblem: () => (/* binding */ readProblem)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
// EXTERNAL MODULE: ./src/lifecycle/normalize.ts
var normalize = __webpack_require__(8751);
;// CONCATENATED MODULE: ./src/lifecycle/diff.ts


/** The fields a change is reported by, in display order, with how each value reads. */
const FIELDS = {
    status: (r) => (r.enabled ? 'enabled' : 'disabled'),
    filter: (r) => {
        const f = r.filter;
        const parts = [
            ...(f.prefix !== '' ? [`prefix ${JSON.stringify(f.prefix)}`] : []),
            ...f.tags.map(([k, v]) => `tag ${k}=${v}`),
            ...(f.sizeGreaterThan !== undefined ? [`size > ${f.sizeGreaterThan} B`] : []),
            ...(f.sizeLessThan !== undefined ? [`size < ${f.sizeLessThan} B`] : []),
        ];
        return parts.length > 0 ? parts.join(', ') : 'whole bucket';
    },
    transitions: (r) => r.transitions.map((t) => `${t.storageClass} ${t.days !== undefined ? `after ${t.days} days` : `on ${t.day}`}`).join(', ') || 'none',
    expiration: (r) => {
        const e = r.expiration;
        if (!e)
            return 'none';
        return [
            ...(e.days !== undefined ? [`after ${e.days} days`] : []),
            ...(e.day !== undefined ? [`on ${e.day}`] : []),
            ...(e.expiredObjectDeleteMarker ? ['expired delete markers'] : []),
        ].join(', ');
    },
    'noncurrent-version-transitions': (r) => r.noncurrentTransitions
        .map((t) => `${t.storageClass} after ${t.noncurrentDays} days noncurrent${t.newerNoncurrentVersions !== undefined ? ` (keeping ${t.newerNoncurrentVersions} newer)` : ''}`)
        .join(', ') || 'none',
    'noncurrent-version-expiration': (r) => {
        const ne = r.noncurrentExpiration;
        if (!ne)
            return 'none';
        const days = ne.noncurrentDays !== undefined ? `after ${ne.noncurrentDays} days noncurrent` : 'noncurrent';
        return ne.newerNoncurrentVersions !== undefined ? `${days} (keeping ${ne.newerNoncurrentVersions} newer)` : days;
    },
    'abort-incomplete-multipart-upload': (r) => r.abortAfterDays !== undefined ? `after ${r.abortAfterDays} days` : 'none',
};
/** The values a field is compared by: the normal form's own data, not its wording. */
function fieldValue(rule, field) {
    switch (field) {
        case 'status':
            return rule.enabled;
        case 'filter':
            return rule.filter;
        case 'transitions':
            return rule.transitions;
        case 'expiration':
            return rule.expiration ?? null;
        case 'noncurrent-version-transitions':
            return rule.noncurrentTransitions;
        case 'noncurrent-version-expiration':
            return rule.noncurrentExpiration ?? null;
        case 'abort-incomplete-multipart-upload':
            return rule.abortAfterDays ?? null;
    }
}
function describeField(rule, field) {
    return FIELDS[field](rule);
}
function fieldChanges(from, to) {
    return Object.keys(FIELDS)
        .filter((field) => (0,canonical_json/* canonicalJson */.d)(fieldValue(from, field)) !== (0,canonical_json/* canonicalJson */.d)(fieldValue(to, field)))
        .map((field) => ({ field, from: describeField(from, field), to: describeField(to, field) }));
}
/** Changes that turn `live` into `declared`, ordered by rule id. */
function diffRules(declared, live) {
    const liveById = new Map(live.map((r) => [r.id, r]));
    const declaredIds = new Set(declared.map((r) => r.id));
    const changes = [];
    for (const rule of (0,normalize/* sortRules */.YR)(declared)) {
        const current = liveById.get(rule.id);
        if (!current)
            changes.push({ kind: 'added', id: rule.id, rule });
        else {
            const fields = fieldChanges(current, rule);
            if (fields.length > 0)
                changes.push({ kind: 'changed', id: rule.id, fields });
        }
    }
    for (const rule of (0,normalize/* sortRules */.YR)(live))
        if (!declaredIds.has(rule.id))
            changes.push({ kind: 'removed', id: rule.id, rule });
    return changes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** One line per bucket for a plan's reason: `rule "a" added; rule "b" changed: status enabled → disabled`. */
function describeChanges(changes) {
    return changes
        .map((c) => {
        if (c.kind === 'added')
            return `rule "${c.id}" added`;
        if (c.kind === 'removed')
            return `rule "${c.id}" removed`;
        return `rule "${c.id}" changed: ${c.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join('; ')}`;
    })
        .join('; ');
}
function countChanges(changes) {
    return {
        added: changes.filter((c) => c.kind === 'added').length,
        changed: changes.filter((c) => c.kind === 'changed').length,
        removed: changes.filter((c) => c.kind === 'removed').length,
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/expiry-impact.ts
const DAY_MS = 86_400_000;
/** Days until current objects expire (a date counts from now), or undefined when they never do. */
function currentExpiryDays(rule, now) {
    const e = rule?.enabled ? rule.expiration : undefined;
    if (!e)
        return undefined;
    if (e.days !== undefined)
        return e.days;
    if (e.day !== undefined)
        return Math.max(0, (Date.parse(`${e.day}T00:00:00Z`) - now) / DAY_MS);
    return undefined;
}
function noncurrentExpiryDays(rule) {
    const ne = rule?.enabled ? rule.noncurrentExpiration : undefined;
    return ne ? (ne.noncurrentDays ?? 0) : undefined;
}
function scopeOf(rule) {
    const f = rule.filter;
    const parts = [...(f.prefix !== '' ? [`prefix "${f.prefix}"`] : []), ...f.tags.map(([k, v]) => `tag ${k}=${v}`)];
    return parts.length > 0 ? parts.join(', ') : 'the whole bucket';
}
const sooner = (before, after) => after !== undefined && (before === undefined || after < before);
const days = (n) => `${Math.round(n)} day${Math.round(n) === 1 ? '' : 's'}`;
/**
 * One line per rule whose change expires objects sooner than today, e.g.
 * `rule "logs" (prefix "logs/") expires objects after 30 days (was never)`.
 */
function expiryImpacts(changes, declared, live, now) {
    const declaredById = new Map(declared.map((r) => [r.id, r]));
    const liveById = new Map(live.map((r) => [r.id, r]));
    const out = [];
    for (const change of changes) {
        if (change.kind === 'removed')
            continue;
        const after = declaredById.get(change.id);
        const before = liveById.get(change.id);
        const [cb, ca] = [currentExpiryDays(before, now), currentExpiryDays(after, now)];
        const [nb, na] = [noncurrentExpiryDays(before), noncurrentExpiryDays(after)];
        const what = [];
        if (sooner(cb, ca))
            what.push(`expires objects after ${days(ca)} (was ${cb === undefined ? 'never' : days(cb)})`);
        if (sooner(nb, na))
            what.push(`expires noncurrent versions after ${days(na)} (was ${nb === undefined ? 'never' : days(nb)})`);
        if (what.length > 0)
            out.push(`rule "${change.id}" (${scopeOf(after)}) ${what.join(' and ')}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lifecycle/apply.ts
/**
 * Plans the lifecycle section: reads each bucket's live rules, diffs them with the declared
 * ones and adds one action per bucket that differs (PutBucketLifecycleConfiguration, or
 * DeleteBucketLifecycle when the repository declares no rules). Buckets are independent: one
 * that cannot be read is a plan error naming it, and the others still plan and apply.
 */







const LIFECYCLE_SECTION = 'lifecycle';
/** The bucket's live rules; no lifecycle configuration at all is no rules. */
async function readLiveLifecycle(s3, bucket) {
    try {
        const out = await s3.send(new dist_cjs.GetBucketLifecycleConfigurationCommand({ Bucket: bucket }));
        return {
            rules: (0,normalize/* normalizeLiveRules */.Lr)(out.Rules ?? []),
            ...(out.TransitionDefaultMinimumObjectSize && { minimumObjectSize: out.TransitionDefaultMinimumObjectSize }),
        };
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === 'NoSuchLifecycleConfiguration')
            return { rules: [] };
        throw error;
    }
}
function bucketRegionOf(error) {
    const e = error;
    return e.$response?.headers?.['x-amz-bucket-region'] ?? e.Region;
}
/** Why a bucket could not be read, and how to fix it. */
function readProblem(error, place) {
    const code = (0,errors/* awsErrorCode */.J6)(error);
    const where = `account ${place.account}, region ${place.region}`;
    if (code === 'NoSuchBucket') {
        return `bucket does not exist (${where}); create it, correct its name, or remove it from ${place.listedIn}`;
    }
    const status = error.$metadata?.httpStatusCode;
    if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed' || status === 301) {
        const actual = bucketRegionOf(error);
        return actual
            ? `the bucket is in region ${actual}, not ${place.region}; give region ${actual} for it in ${place.listedIn}`
            : `the bucket is not in region ${place.region}; give the bucket's region for it in ${place.listedIn}`;
    }
    return (0,errors/* describeAwsError */.Pp)(error, { family: 's3', account: place.account, region: place.region, resource: `bucket ${place.bucket}` });
}
function usesNoncurrentVersions(rules) {
    return rules.filter((r) => r.noncurrentTransitions.length > 0 || r.noncurrentExpiration !== undefined).map((r) => r.id);
}
async function planLifecycle(buckets, clientsFor, options = {}) {
    const builder = new plan/* PlanBuilder */.LR(LIFECYCLE_SECTION);
    const s3For = (bucket) => clientsFor(bucket.account).s3(bucket.region);
    const read = await (0,concurrency/* mapSettled */.AW)(buckets, options.concurrency ?? 4, async (bucket) => {
        const s3 = s3For(bucket);
        const live = await readLiveLifecycle(s3, bucket.name);
        const noncurrent = usesNoncurrentVersions(bucket.rules);
        let versioning;
        if (noncurrent.length > 0) {
            versioning = (await s3.send(new dist_cjs.GetBucketVersioningCommand({ Bucket: bucket.name }))).Status;
        }
        return { live, noncurrent, versioning };
    });
    buckets.forEach((bucket, index) => {
        const item = `s3://${bucket.name}`;
        const result = read[index];
        if (!result.ok) {
            builder.error(item, readProblem(result.error, { bucket: bucket.name, region: bucket.region, account: bucket.account.name, listedIn: `lifecycle.buckets (${bucket.source})` }));
            return;
        }
        const { live, noncurrent, versioning } = result.value;
        if (noncurrent.length > 0 && versioning !== 'Enabled' && versioning !== 'Suspended') {
            builder.warn(item, `versioning is not enabled, so the noncurrent-version actions of ${noncurrent.map((id) => `rule "${id}"`).join(', ')} never apply; enable versioning on the bucket or remove those actions`);
        }
        const changes = diffRules(bucket.rules, live.rules);
        if (changes.length === 0)
            return;
        const counts = countChanges(changes);
        const drift = options.scheduled === true;
        if (drift) {
            builder.warn(item, `drift: the live lifecycle rules were changed outside the repo (${describeChanges(changes)}); applying this plan restores the declared rules`);
        }
        const removeAll = bucket.rules.length === 0;
        const s3 = s3For(bucket);
        // A rule that expires objects sooner than today deletes data: destructive, as a deletion is.
        const expiring = expiryImpacts(changes, bucket.rules, live.rules, Date.now());
        builder.add({
            kind: removeAll ? 'delete' : 'update',
            target: `${item} (${bucket.region})`,
            reason: `${drift ? 'drift: changed outside the repo — ' : ''}${describeChanges(changes)}${expiring.length > 0 ? ` — S3 will delete sooner: ${expiring.join('; ')}` : ''}`,
            destructive: counts.removed > 0 || expiring.length > 0,
            details: { added: counts.added, changed: counts.changed, removed: counts.removed, rules: bucket.rules.length, ...(expiring.length > 0 && { 'expires-sooner': expiring.length }) },
            apply: async () => {
                if (removeAll) {
                    await s3.send(new dist_cjs.DeleteBucketLifecycleCommand({ Bucket: bucket.name }));
                    return `removed ${live.rules.length} live rule${live.rules.length === 1 ? '' : 's'}`;
                }
                await s3.send(new dist_cjs.PutBucketLifecycleConfigurationCommand({
                    Bucket: bucket.name,
                    LifecycleConfiguration: { Rules: bucket.rules.map(normalize/* toAwsRule */.hv) },
                    ...(live.minimumObjectSize && { TransitionDefaultMinimumObjectSize: live.minimumObjectSize }),
                }));
                return `wrote ${bucket.rules.length} rule${bucket.rules.length === 1 ? '' : 's'}`;
            },
        });
    });
    return builder.build();
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ readCheckpoint),
/* harmony export */   fu: () => (/* binding */ STATE_PREFIX),
/* harmony export */   o1: () => (/* binding */ runBackfill),
/* harmony export */   uA: () => (/* binding */ backfillProgress)
/* harmony export */ });
/* unused harmony exports BACKFILL_CONCURRENCY, checkpointKey */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3731);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9005);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8869);
/**
 * Existing objects: S3 replicates only what is written after a rule exists. The tool copies
 * each older object onto itself (a server-side CopyObject with its own Content-Type and
 * metadata), which makes a new version that the rule then replicates like any write — to
 * another region, account or the vault, with the rule's storage class, ownership and KMS
 * key. Chosen over S3 Batch Replication because it needs no Batch Operations job, manifest
 * or extra role, works with the run role and the simulator, and its state is simple: a
 * checkpoint object under `.aws-backup/` in the bucket says when the copy began (objects
 * modified since then were replicated by the rule) and the last key done, so a re-run
 * continues where the last one stopped and the plan says how far it is.
 */





/** Where the tool keeps its own state in a bucket; never copied, never replicated on purpose. */
const STATE_PREFIX = '.aws-backup/';
const BACKFILL_CONCURRENCY = 32;
const checkpointKey = (ruleId) => `${STATE_PREFIX}replication-backfill/${encodeURIComponent(ruleId)}.json`;
async function readCheckpoint(s3, bucket, ruleId) {
    try {
        const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetObjectCommand({ Bucket: bucket, Key: checkpointKey(ruleId) }));
        return JSON.parse(await out.Body.transformToString());
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error) === 'NoSuchKey')
            return undefined;
        throw error;
    }
}
async function writeCheckpoint(s3, bucket, ruleId, checkpoint) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PutObjectCommand({ Bucket: bucket, Key: checkpointKey(ruleId), Body: JSON.stringify(checkpoint), ContentType: 'application/json' }));
}
const existing = (o, startedAt) => !o.key.startsWith(STATE_PREFIX) && o.lastModified < startedAt;
/**
 * How far the copy of existing objects under `prefix` is (reads the bucket's listing). An
 * object copied onto itself is modified after the copy began, so it drops out of the listing's
 * "existing" objects: done is what the checkpoint counted, total that plus what is left.
 */
async function backfillProgress(s3, bucket, prefix, checkpoint, now) {
    const startedAt = checkpoint?.startedAt ?? now;
    const done = checkpoint?.copied ?? 0;
    let left = 0;
    for await (const page of (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .listCurrentObjectsWithDates */ .Jj)(s3, bucket, prefix))
        left += page.filter((o) => existing(o, startedAt)).length;
    return { total: done + left, done };
}
/** Copies the rest, page by page, saving the checkpoint after each page. Returns how many it copied. */
async function runBackfill(s3, bucket, rule, checkpoint, now, log) {
    const state = checkpoint ?? { startedAt: now, copied: 0, done: false };
    let copied = 0;
    for await (const page of (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .listCurrentObjectsWithDates */ .Jj)(s3, bucket, rule.prefix, state.lastKey)) {
        const todo = page.filter((o) => existing(o, state.startedAt));
        const settled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapSettled */ .AW)(todo, BACKFILL_CONCURRENCY, async (o) => {
            const head = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.HeadObjectCommand({ Bucket: bucket, Key: o.key }));
            const versionId = head.VersionId ?? 'null';
            if (o.size > _copy_js__WEBPACK_IMPORTED_MODULE_4__/* .COPY_OBJECT_LIMIT */ .M_) {
                await (0,_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .copyInParts */ .jo)(s3, { bucket, key: o.key, from: { bucket, key: o.key, versionId, size: o.size } }, head);
                return;
            }
            // Copying an object onto itself needs REPLACE; its own type and metadata go back unchanged.
            await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.CopyObjectCommand({ Bucket: bucket, Key: o.key, CopySource: (0,_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .copySource */ .XR)(bucket, o.key, versionId), MetadataDirective: 'REPLACE', ...(0,_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .contentHeaders */ .KE)(head) }));
        });
        const ok = settled.filter((r) => r.ok).length;
        copied += ok;
        state.copied += ok;
        // A page with a failed copy is listed again next time; its copied objects no longer count as existing.
        const failed = settled.find((r) => !r.ok);
        if (!failed && page.length > 0)
            state.lastKey = page.at(-1).key;
        await writeCheckpoint(s3, bucket, rule.id, state);
        if (ok > 0)
            log(`s3://${bucket}: ${state.copied} existing object(s) copied for replication rule "${rule.id}" so far`);
        if (failed && !failed.ok)
            throw failed.error;
    }
    state.done = true;
    await writeCheckpoint(s3, bucket, rule.id, state);
    return copied;
}


/***/ }),

/***/ 9005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ contentHeaders),
/* harmony export */   M_: () => (/* binding */ COPY_OBJECT_LIMIT),
/* harmony export */   XR: () => (/* binding */ copySource),
/* harmony export */   jo: () => (/* binding */ copyInParts),
/* harmony export */   kv: () => (/* binding */ copyVersion),
/* harmony export */   mu: () => (/* binding */ COPY_PART_SIZE)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);
/**
 * Server-side copies of one object version: CopyObject up to S3's 5 GB copy limit, past it a
 * multipart upload of UploadPartCopy ranges (CopyObject refuses larger sources), aborted when
 * a part fails so no incomplete upload is left to bill. Used by restores and by the copy of
 * existing objects; no object byte passes through the runner.
 */

/** S3's largest CopyObject source (5 GB). */
const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;
/** Part size of a multipart copy: 512 MiB keeps a 5 TB object under S3's 10,000 parts (and above its 5 MiB minimum). */
const COPY_PART_SIZE = 512 * 1024 ** 2;
/** A CopySource: bucket, URL-encoded key (slashes kept), version. */
function copySource(bucket, key, versionId) {
    return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}?versionId=${encodeURIComponent(versionId)}`;
}
/** The headers a copy writes again when it replaces metadata (a multipart copy always does). */
function contentHeaders(head) {
    return {
        ...(head.ContentType !== undefined && { ContentType: head.ContentType }),
        ...(head.Metadata !== undefined && { Metadata: head.Metadata }),
        ...(head.CacheControl !== undefined && { CacheControl: head.CacheControl }),
        ...(head.ContentEncoding !== undefined && { ContentEncoding: head.ContentEncoding }),
        ...(head.ContentDisposition !== undefined && { ContentDisposition: head.ContentDisposition }),
    };
}
/** A multipart copy in `partSize` ranges; `head` gives the new object's type and metadata. */
async function copyInParts(s3, copy, head, partSize = COPY_PART_SIZE) {
    const { bucket, key, from } = copy;
    const upload = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ...contentHeaders(head) }));
    const uploadId = upload.UploadId;
    try {
        const parts = [];
        for (let start = 0, n = 1; start < from.size; start += partSize, n++) {
            const end = Math.min(start + partSize, from.size) - 1;
            const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.UploadPartCopyCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: n, CopySource: copySource(from.bucket, from.key, from.versionId), CopySourceRange: `bytes=${start}-${end}` }));
            parts.push({ PartNumber: n, ETag: out.CopyPartResult.ETag });
        }
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    }
    catch (error) {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
        throw error;
    }
}
/** CopyObject of a version, keeping its type and metadata (the default COPY directive). */
async function copyVersion(s3, copy) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.CopyObjectCommand({ Bucket: copy.bucket, Key: copy.key, CopySource: copySource(copy.from.bucket, copy.from.key, copy.from.versionId) }));
}


/***/ }),

/***/ 7676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROTECTION_SECTION: () => (/* binding */ PROTECTION_SECTION),
  STATUS_PAGES: () => (/* binding */ STATUS_PAGES),
  planProtection: () => (/* binding */ planProtection)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/lifecycle/apply.ts + 2 modules
var apply = __webpack_require__(3910);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/s3/backfill.ts
var backfill = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/s3/coverage.ts
var s3_coverage = __webpack_require__(794);
// EXTERNAL MODULE: ./src/config/regions.ts
var regions = __webpack_require__(815);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
;// CONCATENATED MODULE: ./src/s3/replication-shape.ts


/** S3 Replication Time Control's only threshold: 15 minutes. */
const RTC_MINUTES = 15;
function normalizeDeclared(rule) {
    const d = rule.destination;
    return {
        id: rule.id,
        priority: rule.priority,
        enabled: rule.enabled,
        prefix: rule.prefix,
        deleteMarkers: rule.deleteMarkers,
        bucketArn: `arn:${(0,regions/* partitionOf */.iQ)(d.region)}:s3:::${d.bucket}`,
        ...(d.crossAccount && d.account.accountId !== undefined && { account: d.account.accountId }),
        ...(d.storageClass !== undefined && { storageClass: d.storageClass }),
        ownerDestination: d.replicaOwner === 'destination',
        ...(d.kmsKey !== undefined && { kmsKey: d.kmsKey }),
        replicationTime: d.replicationTime,
    };
}
function normalizeLive(rule) {
    const d = rule.Destination ?? { Bucket: '' };
    return {
        id: rule.ID ?? '',
        priority: rule.Priority ?? 0,
        enabled: rule.Status === 'Enabled',
        prefix: rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? rule.Prefix ?? '',
        deleteMarkers: rule.DeleteMarkerReplication?.Status === 'Enabled',
        bucketArn: d.Bucket ?? '',
        ...(d.Account !== undefined && { account: d.Account }),
        ...(d.StorageClass !== undefined && { storageClass: d.StorageClass }),
        ownerDestination: d.AccessControlTranslation?.Owner === 'Destination',
        ...(d.EncryptionConfiguration?.ReplicaKmsKeyID !== undefined && { kmsKey: d.EncryptionConfiguration.ReplicaKmsKeyID }),
        replicationTime: d.ReplicationTime?.Status === 'Enabled',
    };
}
function toAwsRule(rule) {
    return {
        ID: rule.id,
        Priority: rule.priority,
        Status: rule.enabled ? 'Enabled' : 'Disabled',
        Filter: { Prefix: rule.prefix },
        DeleteMarkerReplication: { Status: rule.deleteMarkers ? 'Enabled' : 'Disabled' },
        ...(rule.kmsKey !== undefined && { SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } } }),
        Destination: {
            Bucket: rule.bucketArn,
            ...(rule.account !== undefined && { Account: rule.account }),
            ...(rule.storageClass !== undefined && { StorageClass: rule.storageClass }),
            ...(rule.ownerDestination && { AccessControlTranslation: { Owner: 'Destination' } }),
            ...(rule.kmsKey !== undefined && { EncryptionConfiguration: { ReplicaKmsKeyID: rule.kmsKey } }),
            // Replication Time Control needs replication metrics on as well.
            ...(rule.replicationTime && {
                ReplicationTime: { Status: 'Enabled', Time: { Minutes: RTC_MINUTES } },
                Metrics: { Status: 'Enabled', EventThreshold: { Minutes: RTC_MINUTES } },
            }),
        },
    };
}
function toAwsReplication(role, rules) {
    return { Role: role, Rules: rules.map(toAwsRule) };
}
const same = (a, b) => (0,canonical_json/* canonicalJson */.d)(a) === (0,canonical_json/* canonicalJson */.d)(b);
/** What differs between the declared and live replication configuration; undefined: nothing. */
function diffReplication(declared, live) {
    const liveById = new Map((live?.rules ?? []).map((r) => [r.id, r]));
    const declaredIds = new Set(declared.rules.map((r) => r.id));
    const diff = {
        added: declared.rules.filter((r) => !liveById.has(r.id)).map((r) => r.id),
        changed: declared.rules.filter((r) => liveById.has(r.id) && !same(r, liveById.get(r.id))).map((r) => r.id),
        removed: (live?.rules ?? []).filter((r) => !declaredIds.has(r.id)).map((r) => r.id),
        roleChanged: live !== undefined && live.role !== declared.role,
    };
    const empty = !diff.added.length && !diff.changed.length && !diff.removed.length && !diff.roleChanged;
    return empty ? undefined : diff;
}
function describeReplicationDiff(diff) {
    const parts = [];
    const list = (ids) => ids.map((id) => `"${id}"`).join(', ');
    if (diff.added.length)
        parts.push(`add rule ${list(diff.added)}`);
    if (diff.changed.length)
        parts.push(`change rule ${list(diff.changed)}`);
    if (diff.removed.length)
        parts.push(`remove rule ${list(diff.removed)}`);
    if (diff.roleChanged)
        parts.push('change the replication role');
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/s3/protection-reads.ts
/**
 * The live protection of a bucket, read-only: versioning, replication configuration and the
 * Object Lock configuration (each "not configured" answer of S3 is an empty value, not an
 * error), and a destination bucket's versioning read with its owner's credentials.
 */



async function orNone(read, notFound) {
    try {
        return await read;
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === notFound)
            return undefined;
        throw error;
    }
}
async function readVersioning(s3, bucket) {
    const status = (await s3.send(new dist_cjs.GetBucketVersioningCommand({ Bucket: bucket }))).Status;
    return status === 'Enabled' || status === 'Suspended' ? status : undefined;
}
async function readLiveProtection(s3, bucket, wants) {
    const [versioning, replication, lock] = await Promise.all([
        readVersioning(s3, bucket),
        wants.replication ? orNone(s3.send(new dist_cjs.GetBucketReplicationCommand({ Bucket: bucket })), 'ReplicationConfigurationNotFoundError') : undefined,
        wants.objectLock ? orNone(s3.send(new dist_cjs.GetObjectLockConfigurationCommand({ Bucket: bucket })), 'ObjectLockConfigurationNotFoundError') : undefined,
    ]);
    const live = {};
    if (versioning)
        live.versioning = versioning;
    const config = replication?.ReplicationConfiguration;
    if (config)
        live.replication = { role: config.Role ?? '', rules: (config.Rules ?? []).map(normalizeLive) };
    if (lock?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled') {
        live.objectLock = lock.ObjectLockConfiguration.Rule ? { rule: lock.ObjectLockConfiguration.Rule } : {};
    }
    return live;
}

// EXTERNAL MODULE: ./src/s3/versions.ts
var versions = __webpack_require__(8869);
;// CONCATENATED MODULE: ./src/s3/protection-plan.ts
/**
 * Plans bucket protection like lifecycle rules (same plan model, same PR comment, same
 * drift handling): reads each bucket's live versioning, replication and Object Lock, checks
 * what only AWS knows (a destination without versioning, Object Lock on a bucket not created
 * with it) as errors located in the config, and adds one action per difference — versioning
 * first, then the replication rules, then the copy of existing objects. A scheduled run
 * reports differences as drift and puts them back.
 */










const PROTECTION_SECTION = 's3-protection';
function lockRule(lock) {
    const mode = lock.mode === 'compliance' ? 'COMPLIANCE' : 'GOVERNANCE';
    return { DefaultRetention: { Mode: mode, ...(lock.days !== undefined ? { Days: lock.days } : { Years: lock.years }) } };
}
const sameLock = (a, b) => a?.DefaultRetention?.Mode === b.DefaultRetention?.Mode && a?.DefaultRetention?.Days === b.DefaultRetention?.Days && a?.DefaultRetention?.Years === b.DefaultRetention?.Years;
function describeLock(rule) {
    const r = rule?.DefaultRetention;
    if (!r)
        return 'no default retention';
    return `${r.Mode} for ${r.Days !== undefined ? `${r.Days} day(s)` : `${r.Years} year(s)`}`;
}
/** Objects whose replication status is sampled for the coverage report. */
const STATUS_SAMPLE = 3;
/** Listing pages (1,000 keys each) searched for the newest objects: a bounded read per run. */
const STATUS_PAGES = 10;
/** Keys of the newest objects whose replication FAILED (S3 reports status per object only). */
async function failedReplications(s3, bucket) {
    let newest = [];
    let pages = 0;
    for await (const page of (0,versions/* listCurrentObjectsWithDates */.Jj)(s3, bucket, '')) {
        const mine = page.filter((o) => !o.key.startsWith(backfill/* STATE_PREFIX */.fu));
        newest = [...newest, ...mine].sort((a, b) => b.lastModified - a.lastModified).slice(0, STATUS_SAMPLE);
        if (++pages >= STATUS_PAGES)
            break;
    }
    const heads = await Promise.all(newest.map((o) => s3.send(new dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: o.key }))));
    return newest.filter((_, i) => heads[i].ReplicationStatus === 'FAILED').map((o) => o.key);
}
async function readBucket(bucket, clientsFor) {
    const s3 = clientsFor(bucket.account).s3(bucket.region);
    // Replication is read even when not declared: coverage must not call a bucket unreplicated that is.
    const live = await readLiveProtection(s3, bucket.name, { replication: true, objectLock: bucket.objectLock !== undefined });
    const destinationErrors = [];
    const destinationWarnings = [];
    for (const [r, rule] of (bucket.replication?.rules ?? []).entries()) {
        const d = rule.destination;
        // A destination declared in this config gets its versioning from its own entry.
        if (bucket.declared(d.bucket))
            continue;
        try {
            const versioning = await readVersioning(clientsFor(d.account).s3(d.region), d.bucket);
            if (versioning !== 'Enabled') {
                destinationErrors.push(bucket.locate(['replication', 'rules', r, 'destination', 'bucket'], `rule "${rule.id}": the destination bucket "${d.bucket}" (account ${d.account.name}, ${d.region}) has versioning ${versioning ?? 'off'}; S3 replicates only into a versioned bucket, so enable versioning on it (or declare it here with versioning: enabled)`));
            }
        }
        catch (error) {
            const code = (0,errors/* awsErrorCode */.J6)(error);
            destinationWarnings.push(`rule "${rule.id}": could not check the destination bucket "${d.bucket}" (${code ?? 'error'}); make sure it exists and has versioning enabled`);
        }
    }
    const failedKeys = live.replication ? await failedReplications(s3, bucket.name) : [];
    return { live, failedKeys, destinationErrors, destinationWarnings };
}
async function planProtection(buckets, clientsFor, options) {
    const builder = new plan/* PlanBuilder */.LR(PROTECTION_SECTION);
    const coverage = [];
    const reads = await (0,concurrency/* mapSettled */.AW)(buckets, options.concurrency ?? 4, (bucket) => readBucket(bucket, clientsFor));
    const drift = options.scheduled === true;
    const versioningIds = new Map();
    const planned = buckets.map((bucket, index) => {
        const item = `s3://${bucket.name}`;
        const read = reads[index];
        if (!read.ok) {
            builder.error(item, (0,apply.readProblem)(read.error, { bucket: bucket.name, region: bucket.region, account: bucket.account.name, listedIn: 'lifecycle.buckets' }));
            return undefined;
        }
        const { live, failedKeys, destinationErrors, destinationWarnings } = read.value;
        for (const w of destinationWarnings)
            builder.warn(item, w);
        // Coverage as it will be once this plan is applied: what the repo declares, else what is live.
        const rules = bucket.replication?.rules.filter((r) => r.enabled) ?? [];
        const row = {
            account: bucket.account.name,
            bucket: bucket.name,
            region: bucket.region,
            versioning: bucket.versioning ?? live.versioning ?? 'off',
            replicates: bucket.replication ? rules.length > 0 : (live.replication?.rules.some((r) => r.enabled) ?? false),
            offAccount: bucket.replication ? rules.some((r) => r.destination.crossAccount) : (live.replication?.rules.some((r) => r.account !== undefined) ?? false),
            objectLock: live.objectLock !== undefined,
            receivesReplicas: buckets.some((b) => b.replication?.rules.some((r) => r.destination.bucket === bucket.name)),
            failedKeys,
        };
        coverage.push(row);
        for (const w of (0,s3_coverage/* coverageWarnings */.s)(row))
            builder.warn(item, w);
        for (const e of destinationErrors)
            builder.error(item, e);
        const s3 = clientsFor(bucket.account).s3(bucket.region);
        const say = (what) => (drift ? `drift: changed outside the repo — ${what}` : what);
        if (bucket.versioning && live.versioning !== bucket.versioning) {
            const want = bucket.versioning;
            if (drift)
                builder.warn(item, `drift: versioning is ${live.versioning ?? 'off'} but the repo says ${want}; applying this plan puts it back`);
            const id = builder.add({
                kind: 'update',
                target: `${item} versioning (${bucket.region})`,
                reason: say(`versioning ${live.versioning ?? 'off'} → ${want}`),
                // Suspending stops keeping the versions that protect against overwrites and deletes.
                destructive: want === 'Suspended',
                apply: async () => {
                    await s3.send(new dist_cjs.PutBucketVersioningCommand({ Bucket: bucket.name, VersioningConfiguration: { Status: want } }));
                    return `versioning ${want}`;
                },
            });
            versioningIds.set(bucket.name, id);
        }
        if (bucket.objectLock) {
            const want = lockRule(bucket.objectLock);
            if (!live.objectLock) {
                builder.error(item, bucket.locate(['object-lock'], `bucket "${bucket.name}" was not created with Object Lock; the tool does not turn Object Lock on for an existing bucket (it can never be turned off again, and objects already there stay unlocked). Create a new bucket with Object Lock enabled and replicate into it, or remove object-lock`));
            }
            else if (!sameLock(live.objectLock.rule, want)) {
                if (drift)
                    builder.warn(item, `drift: the Object Lock default retention is ${describeLock(live.objectLock.rule)}, the repo says ${describeLock(want)}; applying this plan puts it back`);
                builder.add({
                    kind: 'update',
                    target: `${item} object-lock (${bucket.region})`,
                    reason: say(`default retention ${describeLock(live.objectLock.rule)} → ${describeLock(want)}`),
                    apply: async () => {
                        await s3.send(new dist_cjs.PutObjectLockConfigurationCommand({ Bucket: bucket.name, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: want } }));
                        return `default retention ${describeLock(want)}`;
                    },
                });
            }
        }
        return { bucket, live, blocked: destinationErrors.length > 0, s3 };
    });
    // Replication after every versioning action, so a destination's versioning comes first.
    for (const entry of planned) {
        if (!entry?.bucket.replication || entry.blocked)
            continue;
        const { bucket, live, s3 } = entry;
        const item = `s3://${bucket.name}`;
        const declared = { role: bucket.replication.role, rules: bucket.replication.rules.map(normalizeDeclared) };
        const diff = diffReplication(declared, live.replication);
        let replicationId;
        if (diff) {
            const what = live.replication ? describeReplicationDiff(diff) : `turn on replication: ${bucket.replication.rules.map((r) => `"${r.id}" → s3://${r.destination.bucket} (${r.destination.account.name}, ${r.destination.region})`).join(', ')}`;
            if (drift)
                builder.warn(item, `drift: the live replication configuration was changed outside the repo (${what}); applying this plan restores the declared rules`);
            const dependsOn = [bucket.name, ...bucket.replication.rules.map((r) => r.destination.bucket)].flatMap((b) => (versioningIds.has(b) ? [versioningIds.get(b)] : []));
            replicationId = builder.add({
                kind: 'update',
                target: `${item} replication (${bucket.region})`,
                reason: drift ? `drift: changed outside the repo — ${what}` : what,
                destructive: diff.removed.length > 0,
                details: { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, rules: declared.rules.length },
                dependsOn,
                apply: async () => {
                    await s3.send(new dist_cjs.PutBucketReplicationCommand({ Bucket: bucket.name, ReplicationConfiguration: toAwsReplication(declared.role, declared.rules) }));
                    return `wrote ${declared.rules.length} replication rule(s)`;
                },
            });
        }
        for (const rule of bucket.replication.rules) {
            if (!rule.copyExisting || !rule.enabled)
                continue;
            const checkpoint = await (0,backfill/* readCheckpoint */.HQ)(s3, bucket.name, rule.id);
            if (checkpoint?.done)
                continue;
            const progress = await (0,backfill/* backfillProgress */.uA)(s3, bucket.name, rule.prefix, checkpoint, options.now.getTime());
            if (progress.total === 0 && checkpoint === undefined)
                continue;
            const share = progress.total === 0 ? 100 : Math.floor((100 * progress.done) / progress.total);
            builder.add({
                kind: 'copy',
                target: `${item}/${rule.prefix} existing objects → s3://${rule.destination.bucket}`,
                reason: `${progress.done} of ${progress.total} objects that existed before rule "${rule.id}" copied so far (${share}%); each is copied onto itself so the rule replicates it, and the next run continues from the last key`,
                details: { done: progress.done, total: progress.total, percent: share },
                ...(replicationId && { dependsOn: [replicationId] }),
                apply: async () => {
                    const copied = await (0,backfill/* runBackfill */.o1)(s3, bucket.name, rule, checkpoint, options.now.getTime(), options.log);
                    return `copied ${copied} existing object(s); ${progress.total} of ${progress.total} done (100%)`;
                },
            });
        }
    }
    return { plan: builder.build(), coverageMarkdown: (0,s3_coverage/* coverageMarkdown */.w)(coverage), coverage };
}


/***/ }),

/***/ 8869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ listCurrentObjectsWithDates),
/* harmony export */   R4: () => (/* binding */ listVersionEntries),
/* harmony export */   kw: () => (/* binding */ listCurrentObjects)
/* harmony export */ });
/* unused harmony exports S3_MAX_KEYS, compareKeys, mergeVersionPage */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8268);
/**
 * Reading a bucket's history: ListObjectVersions pages (1000 entries each, the most S3 sends)
 * turned into one stream of entries in S3's order — keys in UTF-8 order, each key's versions
 * and delete markers newest first — and current objects from ListObjectsV2. Streams, so a
 * prefix of millions of versions is never held in memory at once.
 */


/** S3's page maximum for both listings. */
const S3_MAX_KEYS = 1000;
function compareKeys(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/**
 * One page's versions and delete markers in listing order. The SDK returns them as two
 * lists; both are in key order with each key newest first, so a merge restores the order
 * (LastModified decides within a key, the latest entry first on a tie).
 */
function mergeVersionPage(page) {
    const versions = (page.Versions ?? []).map((v) => ({
        key: v.Key,
        versionId: v.VersionId ?? 'null',
        lastModified: v.LastModified?.getTime() ?? 0,
        isDeleteMarker: false,
        isLatest: v.IsLatest === true,
        ...(v.ETag !== undefined && { etag: v.ETag }),
        size: v.Size ?? 0,
    }));
    const markers = (page.DeleteMarkers ?? []).map((m) => ({
        key: m.Key,
        versionId: m.VersionId ?? 'null',
        lastModified: m.LastModified?.getTime() ?? 0,
        isDeleteMarker: true,
        isLatest: m.IsLatest === true,
        size: 0,
    }));
    if (markers.length === 0)
        return versions;
    const out = [];
    let i = 0;
    let j = 0;
    const before = (a, b) => {
        const byKey = compareKeys(a.key, b.key);
        if (byKey !== 0)
            return byKey < 0;
        if (a.isLatest !== b.isLatest)
            return a.isLatest;
        return a.lastModified >= b.lastModified;
    };
    while (i < versions.length || j < markers.length) {
        if (j >= markers.length || (i < versions.length && before(versions[i], markers[j])))
            out.push(versions[i++]);
        else
            out.push(markers[j++]);
    }
    return out;
}
/** Every version and delete marker under `prefix`, page by page, in listing order. */
async function* listVersionEntries(s3, bucket, prefix) {
    const pages = (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)((marker) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectVersionsCommand({
        Bucket: bucket,
        Prefix: prefix,
        MaxKeys: S3_MAX_KEYS,
        ...(marker && { KeyMarker: marker.key, ...(marker.versionId !== undefined && { VersionIdMarker: marker.versionId }) }),
    })), (page) => (page.IsTruncated ? { key: page.NextKeyMarker, ...(page.NextVersionIdMarker !== undefined && { versionId: page.NextVersionIdMarker }) } : undefined));
    for await (const page of pages)
        yield mergeVersionPage(page);
}
/** The current objects under `prefix`, page by page. */
async function* listCurrentObjects(s3, bucket, prefix) {
    const pages = (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)((token) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: S3_MAX_KEYS, ...(token && { ContinuationToken: token }) })), (page) => (page.IsTruncated ? page.NextContinuationToken : undefined));
    for await (const page of pages)
        yield (page.Contents ?? []).map((o) => ({ key: o.Key, etag: o.ETag ?? '', size: o.Size ?? 0 }));
}
/** Current objects with their modification time (ms), from `startAfter` on. */
async function* listCurrentObjectsWithDates(s3, bucket, prefix, startAfter) {
    const pages = (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)((token) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix,
        MaxKeys: S3_MAX_KEYS,
        ...(token ? { ContinuationToken: token } : startAfter !== undefined ? { StartAfter: startAfter } : {}),
    })), (page) => (page.IsTruncated ? page.NextContinuationToken : undefined));
    for await (const page of pages)
        yield (page.Contents ?? []).map((o) => ({ key: o.Key, lastModified: o.LastModified?.getTime() ?? 0, size: o.Size ?? 0 }));
}


/***/ }),

/***/ 1989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/** JSON with object keys sorted, so key order never makes two values differ; `undefined` for a missing value. */
function canonicalJson(value) {
    return (JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v) ?? 'undefined');
}


/***/ })

};
