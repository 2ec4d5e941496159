export const id = 1529;
export const ids = [1529];
export const modules = {

/***/ 1529:
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
