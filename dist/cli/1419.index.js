export const id = 1419;
export const ids = [1419,1529];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ rememberCallContext),
/* harmony export */   J6: () => (/* binding */ awsErrorCode),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   Qb: () => (/* binding */ isThrottlingError),
/* harmony export */   Tj: () => (/* binding */ callContextOf)
/* harmony export */ });
/* unused harmony export iamActionFor */
/**
 * Turns AWS SDK errors into one line a user can act on: what failed (operation, account,
 * region), AWS's code and message, and how to fix the common causes.
 */
const callContexts = new WeakMap();
function rememberCallContext(error, context) {
    if (typeof error === 'object' && error !== null)
        callContexts.set(error, context);
}
function callContextOf(error) {
    return typeof error === 'object' && error !== null ? callContexts.get(error) : undefined;
}
function shape(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
/** The AWS error code (`AccessDenied`, `Throttling`, ...) or a Node network code (`ENOTFOUND`). */
function awsErrorCode(error) {
    const e = shape(error);
    const name = e.name && e.name !== 'Error' ? e.name : undefined;
    return e.Code ?? name ?? (typeof e.code === 'string' ? e.code : undefined);
}
/** Throttling codes across the services we call (same list as the SDK's retry classifier). */
const THROTTLING_CODES = new Set([
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'TransactionInProgressException',
]);
function isThrottlingError(error) {
    const e = shape(error);
    return (e.$metadata?.httpStatusCode === 429 ||
        THROTTLING_CODES.has(e.name ?? '') ||
        THROTTLING_CODES.has(e.Code ?? '') ||
        e.$retryable?.throttling === true);
}
const ACCESS_DENIED_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'UnauthorizedAccess',
    'Forbidden',
]);
const EXPIRED_CODES = new Set(['ExpiredToken', 'ExpiredTokenException', 'TokenRefreshRequired']);
/** EC2 also answers RequestExpired when temporary credentials expired. */
const CLOCK_CODES = new Set(['RequestExpired', 'RequestTimeTooSkewed', 'RequestInTheFuture']);
const BAD_CREDENTIAL_CODES = new Set([
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'AuthFailure',
    'InvalidToken',
    'MissingAuthenticationToken',
    'IncompleteSignature',
    'CredentialsProviderError',
]);
const REGION_CODES = new Set(['OptInRequired', 'RegionDisabledException', 'InvalidRegion', 'UnknownEndpoint']);
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The host answered but nothing listens on the port: an endpoint (AWS_ENDPOINT_URL) that is down, never a region. */
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET']);
/** S3 operations whose IAM action has a different name. */
const S3_IAM_ACTIONS = {
    ListObjectsV2: 'ListBucket',
    ListObjects: 'ListBucket',
    ListObjectVersions: 'ListBucketVersions',
    HeadBucket: 'ListBucket',
    ListBuckets: 'ListAllMyBuckets',
    HeadObject: 'GetObject',
    DeleteObjects: 'DeleteObject',
    GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
    PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
    DeleteBucketLifecycle: 'PutLifecycleConfiguration',
    CreateMultipartUpload: 'PutObject',
    UploadPart: 'PutObject',
    CompleteMultipartUpload: 'PutObject',
};
/** The IAM action that allows an operation, e.g. `route53:ListResourceRecordSets`. */
function iamActionFor(family, operation) {
    const action = family === 's3' ? (S3_IAM_ACTIONS[operation] ?? operation) : operation;
    return `${family}:${action}`;
}
/** Account-wide services whose region is an implementation detail. */
const GLOBAL_FAMILIES = new Set(['route53']);
function describeTarget(ctx) {
    const call = [ctx.family, ctx.operation].filter(Boolean).join(' ') || 'AWS call';
    const where = [];
    if (ctx.account)
        where.push(`account ${ctx.account}`);
    if (ctx.region && !GLOBAL_FAMILIES.has(ctx.family ?? ''))
        where.push(`region ${ctx.region}`);
    const forWhat = ctx.resource ? ` for ${ctx.resource}` : '';
    return `${call}${forWhat}${where.length ? ` (${where.join(', ')})` : ''}`;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
const CONFIGURE_CREDENTIALS = 'configure credentials before this step with aws-actions/configure-aws-credentials ' +
    '(OIDC, role-to-assume), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE when running locally';
function accessDeniedHint(ctx, message) {
    if (ctx.family === 'sts' && ctx.operation === 'AssumeRole') {
        return ("the role's trust policy must allow the caller to sts:AssumeRole (and require the same external id, " +
            'if one is configured), and the caller needs sts:AssumeRole on the role ARN');
    }
    // AWS usually names the action itself: "... is not authorized to perform: ec2:CreateSnapshot on ...".
    const named = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1];
    const action = named ?? (ctx.family && ctx.operation ? iamActionFor(ctx.family, ctx.operation) : undefined);
    const who = ctx.account ? ` used for account ${ctx.account}` : '';
    let hint = action
        ? `allow ${action} in the IAM policy of the role${who} (the template's iam/ policy lists every action the tool needs)`
        : `allow the missing action in the IAM policy of the role${who}`;
    if (/explicit deny/i.test(message)) {
        hint += '; an explicit deny (SCP, permissions boundary or policy) blocks it, so that deny must change';
    }
    if (/Encoded authorization failure message/i.test(message)) {
        hint += '; decode the details with `aws sts decode-authorization-message --encoded-message ...`';
    }
    if (ctx.family === 'kms' || /kms/i.test(message)) {
        hint += '; for KMS keys the key policy must allow it too';
    }
    return hint;
}
function credentialsHint(code, ctx) {
    if (EXPIRED_CODES.has(code)) {
        return ('the AWS session expired before the run finished: raise role-duration-seconds in ' +
            'aws-actions/configure-aws-credentials, or run again');
    }
    let hint = `AWS credentials are missing or invalid: ${CONFIGURE_CREDENTIALS}`;
    if (ctx.region && (code === 'InvalidClientTokenId' || code === 'AuthFailure' || code === 'UnrecognizedClientException')) {
        hint += `; if ${ctx.region} is an opt-in region, enable it for the account`;
    }
    return hint;
}
function regionHint(ctx, hostname) {
    const region = ctx.region ? `"${ctx.region}"` : 'the region';
    const host = hostname ? ` (${hostname} is unreachable)` : '';
    return (`check ${region}${host}: it must be a region code such as eu-west-1, enabled for the account; ` +
        'if AWS_ENDPOINT_URL is set, check that the endpoint is up');
}
function endpointHint(error) {
    const { address, port } = error;
    const where = address ? `${address}${port ? `:${port}` : ''}` : 'the endpoint';
    return (`nothing is listening at ${where}: check that AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_<SERVICE>) names the ` +
        'running endpoint, e.g. http://localhost:4566, and that it is up; unset it to reach AWS itself');
}
function isCredentialsProviderError(error) {
    const e = shape(error);
    return (e.name === 'CredentialsProviderError' ||
        /Could not load credentials|Unable to locate credentials|Resolved credential object is not valid/i.test(e.message ?? ''));
}
function isRegionError(code, message) {
    if (code && (REGION_CODES.has(code) || NETWORK_CODES.has(code)))
        return true;
    return /Region is missing|Invalid region|is not a valid region|Unknown region|getaddrinfo/i.test(message);
}
function hintFor(error, code, message, ctx) {
    const e = shape(error);
    if (isCredentialsProviderError(error))
        return credentialsHint('CredentialsProviderError', ctx);
    if (code && EXPIRED_CODES.has(code))
        return credentialsHint(code, ctx);
    if (code && CLOCK_CODES.has(code)) {
        return ("the request's timestamp was rejected: check this machine's clock; with temporary credentials the session " +
            'may also have expired (raise role-duration-seconds in aws-actions/configure-aws-credentials)');
    }
    if (code && BAD_CREDENTIAL_CODES.has(code))
        return credentialsHint(code, ctx);
    if ((code && ACCESS_DENIED_CODES.has(code)) || e.$metadata?.httpStatusCode === 403) {
        return accessDeniedHint(ctx, message);
    }
    if (code && REFUSED_CODES.has(code))
        return endpointHint(error);
    if (isRegionError(code, message))
        return regionHint(ctx, e.hostname);
    if (isThrottlingError(error)) {
        const attempts = e.$metadata?.attempts;
        const after = attempts ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'}` : '';
        const family = ctx.family ? ` for ${ctx.family}` : '';
        return `still throttled${after}: lower the concurrency or the rate limit${family}, or run again later`;
    }
    return undefined;
}
/**
 * One line: `<what> failed: <Code>: <message> — <how to fix>`. `context` fills in or
 * overrides what the client layer recorded about the call.
 */
function describeAwsError(error, context = {}) {
    const ctx = { ...callContextOf(error), ...definedOnly(context) };
    const e = shape(error);
    const code = isCredentialsProviderError(error) ? 'CredentialsProviderError' : awsErrorCode(error);
    const message = oneLine(e.message ?? (typeof error === 'string' ? error : String(error)));
    const reason = code && code !== message ? `${code}: ${message}` : message;
    const hint = hintFor(error, code, message, ctx);
    if (!hint)
        return `${describeTarget(ctx)} failed: ${reason}`;
    return `${describeTarget(ctx)} failed: ${reason.replace(/\.$/, '')} — ${hint}.`;
}
function definedOnly(context) {
    return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined));
}


/***/ }),

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

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ parseLifecycleDate),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   Yb: () => (/* binding */ dayToDate),
/* harmony export */   eZ: () => (/* binding */ dateToDay)
/* harmony export */ });
/**
 * Lifecycle dates. S3 takes an ISO 8601 timestamp that must be midnight UTC; the config
 * writes the day (`2026-01-01`), and the full form is accepted when it is midnight.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/;
/** `2026-01-01` or `2026-01-01T00:00:00Z` → `2026-01-01`; anything else → why not. */
function parseLifecycleDate(text) {
    const shown = JSON.stringify(text);
    const day = MIDNIGHT.exec(text)?.[1] ?? text;
    const match = DAY.exec(day);
    if (!match) {
        if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
            return { ok: false, problem: `date ${shown} is not midnight UTC; S3 runs lifecycle dates at 00:00 UTC, so write just the day, e.g. "${text.slice(0, 10)}"` };
        }
        return { ok: false, problem: `date ${shown} is not a date; write it as YYYY-MM-DD, e.g. "2026-01-01"` };
    }
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.toISOString().slice(0, 10) !== day) {
        return { ok: false, problem: `date ${shown} does not exist in the calendar; check the month and day` };
    }
    return { ok: true, day };
}
/** A day as S3 wants it: midnight UTC. */
function dayToDate(day) {
    return new Date(`${day}T00:00:00.000Z`);
}
/** The day of a timestamp S3 returned (a Date from the SDK, or text). */
function dateToDay(value) {
    const date = value instanceof Date ? value : new Date(value);
    return date.toISOString().slice(0, 10);
}
/** Whole days from `a` to `b` (both YYYY-MM-DD). */
function daysBetween(a, b) {
    return Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / 86_400_000);
}


/***/ }),

/***/ 1419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importLifecycle: () => (/* binding */ importLifecycle)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3731);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1529);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8751);
/**
 * `import`: the live lifecycle rules of some buckets, written as the config's `lifecycle:`
 * section, so a team adopts the tool without retyping its rules. The YAML goes through the
 * same normal form the plan compares with, so a plan right after an import shows no changes.
 */




/**
 * The `lifecycle:` YAML for `buckets`, in the order given. Throws one Error naming every
 * bucket that could not be read (after trying them all).
 */
async function importLifecycle(clients, buckets) {
    const read = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSettled */ .AW)(buckets, 4, (b) => (0,_apply_js__WEBPACK_IMPORTED_MODULE_1__.readLiveLifecycle)(clients.s3(b.region), b.name));
    const failures = read.flatMap((r, i) => {
        if (r.ok)
            return [];
        const b = buckets[i];
        return [`s3://${b.name}: ${(0,_apply_js__WEBPACK_IMPORTED_MODULE_1__.readProblem)(r.error, { bucket: b.name, region: b.region, account: clients.account, listedIn: 'the import list' })}`];
    });
    if (failures.length > 0)
        throw new Error(`Could not import the lifecycle rules of ${failures.length} bucket(s):\n${failures.join('\n')}`);
    const entries = buckets.map((b, i) => {
        const live = read[i].value;
        return { name: b.name, region: b.region, rules: live.rules.map(_normalize_js__WEBPACK_IMPORTED_MODULE_3__/* .toConfigRule */ .eK) };
    });
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ lifecycle: { buckets: entries } }, { lineWidth: 0 });
}


/***/ }),

/***/ 8751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ normalizeDeclared),
/* harmony export */   Lr: () => (/* binding */ normalizeLiveRules),
/* harmony export */   YR: () => (/* binding */ sortRules),
/* harmony export */   eK: () => (/* binding */ toConfigRule),
/* harmony export */   hv: () => (/* binding */ toAwsRule)
/* harmony export */ });
/* unused harmony export normalizeLive */
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7477);

const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
function transitionOrder(a, b) {
    const time = (t) => t.days ?? Date.parse(t.day ?? '') / 86_400_000;
    return time(a) - time(b) || (a.storageClass < b.storageClass ? -1 : a.storageClass > b.storageClass ? 1 : 0);
}
/** Rules sorted by id, so the order they were written or returned in does not matter. */
function sortRules(rules) {
    return [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
// ---------------------------------------------------------------------------------------
// Declared (config) → normal
function declaredDay(text) {
    const parsed = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLifecycleDate */ .Qp)(text);
    // The schema rejects bad dates before this runs.
    if (!parsed.ok)
        throw new Error(parsed.problem);
    return parsed.day;
}
function normalizeDeclared(rule) {
    const normal = {
        id: rule.id,
        enabled: rule.status !== 'disabled',
        filter: {
            prefix: rule.filter?.prefix ?? '',
            tags: (rule.filter?.tags ?? []).map((t) => [t.key, t.value]).sort(byKey),
            ...(rule.filter?.['object-size-greater-than'] !== undefined && { sizeGreaterThan: rule.filter['object-size-greater-than'] }),
            ...(rule.filter?.['object-size-less-than'] !== undefined && { sizeLessThan: rule.filter['object-size-less-than'] }),
        },
        transitions: (rule.transitions ?? [])
            .map((t) => ({
            storageClass: t['storage-class'],
            ...(t.days !== undefined ? { days: t.days } : { day: declaredDay(t.date) }),
        }))
            .sort(transitionOrder),
        noncurrentTransitions: (rule['noncurrent-version-transitions'] ?? [])
            .map((t) => ({
            storageClass: t['storage-class'],
            noncurrentDays: t['noncurrent-days'],
            ...(t['newer-noncurrent-versions'] !== undefined && { newerNoncurrentVersions: t['newer-noncurrent-versions'] }),
        }))
            .sort((a, b) => transitionOrder({ ...a, days: a.noncurrentDays }, { ...b, days: b.noncurrentDays })),
    };
    const e = rule.expiration;
    if (e) {
        normal.expiration = {
            ...(e.days !== undefined && { days: e.days }),
            ...(e.date !== undefined && { day: declaredDay(e.date) }),
            ...(e['expired-object-delete-marker'] && { expiredObjectDeleteMarker: true }),
        };
    }
    const ne = rule['noncurrent-version-expiration'];
    if (ne) {
        normal.noncurrentExpiration = {
            noncurrentDays: ne['noncurrent-days'],
            ...(ne['newer-noncurrent-versions'] !== undefined && { newerNoncurrentVersions: ne['newer-noncurrent-versions'] }),
        };
    }
    const abort = rule['abort-incomplete-multipart-upload'];
    if (abort)
        normal.abortAfterDays = abort['days-after-initiation'];
    return normal;
}
// ---------------------------------------------------------------------------------------
// Live (S3) → normal
const positive = (n) => (n === undefined || n === null || n <= 0 ? undefined : n);
function liveFilter(rule) {
    const f = rule.Filter ?? {};
    const and = f.And;
    const tags = [...(f.Tag ? [f.Tag] : []), ...(and?.Tags ?? [])];
    const greater = f.ObjectSizeGreaterThan ?? and?.ObjectSizeGreaterThan;
    const less = f.ObjectSizeLessThan ?? and?.ObjectSizeLessThan;
    return {
        prefix: rule.Prefix ?? f.Prefix ?? and?.Prefix ?? '',
        tags: tags.map((t) => [t.Key ?? '', t.Value ?? '']).sort(byKey),
        ...(greater !== undefined && greater !== null && { sizeGreaterThan: Number(greater) }),
        ...(less !== undefined && less !== null && { sizeLessThan: Number(less) }),
    };
}
/** `fallbackId` names a rule S3-compatible stores may return without an ID. */
function normalizeLive(rule, fallbackId) {
    const normal = {
        id: rule.ID ?? fallbackId,
        enabled: (rule.Status ?? '').toLowerCase() === 'enabled',
        filter: liveFilter(rule),
        transitions: (rule.Transitions ?? [])
            .map((t) => ({
            storageClass: t.StorageClass,
            ...(t.Date !== undefined ? { day: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dateToDay */ .eZ)(t.Date) } : { days: t.Days ?? 0 }),
        }))
            .sort(transitionOrder),
        noncurrentTransitions: (rule.NoncurrentVersionTransitions ?? [])
            .map((t) => ({
            storageClass: t.StorageClass,
            noncurrentDays: t.NoncurrentDays ?? 0,
            ...(positive(t.NewerNoncurrentVersions) !== undefined && { newerNoncurrentVersions: t.NewerNoncurrentVersions }),
        }))
            .sort((a, b) => transitionOrder({ ...a, days: a.noncurrentDays }, { ...b, days: b.noncurrentDays })),
    };
    const e = rule.Expiration;
    if (e) {
        const expiration = {
            ...(e.Days !== undefined && { days: e.Days }),
            ...(e.Date !== undefined && { day: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dateToDay */ .eZ)(e.Date) }),
            ...(e.ExpiredObjectDeleteMarker === true && { expiredObjectDeleteMarker: true }),
        };
        // `<ExpiredObjectDeleteMarker>false</…>` alone is no action at all.
        if (Object.keys(expiration).length > 0)
            normal.expiration = expiration;
    }
    const ne = rule.NoncurrentVersionExpiration;
    if (ne && (ne.NoncurrentDays !== undefined || positive(ne.NewerNoncurrentVersions) !== undefined)) {
        normal.noncurrentExpiration = {
            ...(ne.NoncurrentDays !== undefined && { noncurrentDays: ne.NoncurrentDays }),
            ...(positive(ne.NewerNoncurrentVersions) !== undefined && { newerNoncurrentVersions: ne.NewerNoncurrentVersions }),
        };
    }
    const abort = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
    if (abort !== undefined)
        normal.abortAfterDays = abort;
    return normal;
}
function normalizeLiveRules(rules) {
    return sortRules(rules.map((rule, index) => normalizeLive(rule, `(rule ${index + 1} without id)`)));
}
// ---------------------------------------------------------------------------------------
// Normal → S3 (PutBucketLifecycleConfiguration)
function awsFilter(filter) {
    const tags = filter.tags.map(([Key, Value]) => ({ Key, Value }));
    const conditions = (filter.prefix !== '' ? 1 : 0) + tags.length + (filter.sizeGreaterThan !== undefined ? 1 : 0) + (filter.sizeLessThan !== undefined ? 1 : 0);
    if (conditions === 0)
        return {};
    if (conditions > 1) {
        // S3 wants And for two or more conditions, and only then.
        return {
            And: {
                ...(filter.prefix !== '' && { Prefix: filter.prefix }),
                ...(tags.length > 0 && { Tags: tags }),
                ...(filter.sizeGreaterThan !== undefined && { ObjectSizeGreaterThan: filter.sizeGreaterThan }),
                ...(filter.sizeLessThan !== undefined && { ObjectSizeLessThan: filter.sizeLessThan }),
            },
        };
    }
    if (filter.prefix !== '')
        return { Prefix: filter.prefix };
    if (tags.length === 1)
        return { Tag: tags[0] };
    if (filter.sizeGreaterThan !== undefined)
        return { ObjectSizeGreaterThan: filter.sizeGreaterThan };
    return { ObjectSizeLessThan: filter.sizeLessThan };
}
function toAwsRule(rule) {
    const aws = {
        ID: rule.id,
        Status: rule.enabled ? 'Enabled' : 'Disabled',
        Filter: awsFilter(rule.filter),
    };
    if (rule.transitions.length > 0) {
        aws.Transitions = rule.transitions.map((t) => ({
            StorageClass: t.storageClass,
            ...(t.days !== undefined ? { Days: t.days } : { Date: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayToDate */ .Yb)(t.day) }),
        }));
    }
    if (rule.expiration) {
        const e = rule.expiration;
        aws.Expiration = {
            ...(e.days !== undefined && { Days: e.days }),
            ...(e.day !== undefined && { Date: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayToDate */ .Yb)(e.day) }),
            ...(e.expiredObjectDeleteMarker && { ExpiredObjectDeleteMarker: true }),
        };
    }
    if (rule.noncurrentTransitions.length > 0) {
        aws.NoncurrentVersionTransitions = rule.noncurrentTransitions.map((t) => ({
            StorageClass: t.storageClass,
            NoncurrentDays: t.noncurrentDays,
            ...(t.newerNoncurrentVersions !== undefined && { NewerNoncurrentVersions: t.newerNoncurrentVersions }),
        }));
    }
    if (rule.noncurrentExpiration) {
        const ne = rule.noncurrentExpiration;
        aws.NoncurrentVersionExpiration = {
            ...(ne.noncurrentDays !== undefined && { NoncurrentDays: ne.noncurrentDays }),
            ...(ne.newerNoncurrentVersions !== undefined && { NewerNoncurrentVersions: ne.newerNoncurrentVersions }),
        };
    }
    if (rule.abortAfterDays !== undefined)
        aws.AbortIncompleteMultipartUpload = { DaysAfterInitiation: rule.abortAfterDays };
    return aws;
}
// ---------------------------------------------------------------------------------------
// Normal → config (import); defaults left out so the YAML stays short
function toConfigRule(rule) {
    const out = { id: rule.id };
    if (!rule.enabled)
        out.status = 'disabled';
    const f = rule.filter;
    if (f.prefix !== '' || f.tags.length > 0 || f.sizeGreaterThan !== undefined || f.sizeLessThan !== undefined) {
        out.filter = {
            ...(f.prefix !== '' && { prefix: f.prefix }),
            ...(f.tags.length > 0 && { tags: f.tags.map(([key, value]) => ({ key, value })) }),
            ...(f.sizeGreaterThan !== undefined && { 'object-size-greater-than': f.sizeGreaterThan }),
            ...(f.sizeLessThan !== undefined && { 'object-size-less-than': f.sizeLessThan }),
        };
    }
    if (rule.transitions.length > 0) {
        out.transitions = rule.transitions.map((t) => ({
            ...(t.days !== undefined ? { days: t.days } : { date: t.day }),
            'storage-class': t.storageClass,
        }));
    }
    if (rule.expiration) {
        const e = rule.expiration;
        out.expiration = {
            ...(e.days !== undefined && { days: e.days }),
            ...(e.day !== undefined && { date: e.day }),
            ...(e.expiredObjectDeleteMarker && { 'expired-object-delete-marker': true }),
        };
    }
    if (rule.noncurrentTransitions.length > 0) {
        out['noncurrent-version-transitions'] = rule.noncurrentTransitions.map((t) => ({
            'noncurrent-days': t.noncurrentDays,
            ...(t.newerNoncurrentVersions !== undefined && { 'newer-noncurrent-versions': t.newerNoncurrentVersions }),
            'storage-class': t.storageClass,
        }));
    }
    if (rule.noncurrentExpiration) {
        const ne = rule.noncurrentExpiration;
        out['noncurrent-version-expiration'] = {
            'noncurrent-days': ne.noncurrentDays ?? 0,
            ...(ne.newerNoncurrentVersions !== undefined && { 'newer-noncurrent-versions': ne.newerNoncurrentVersions }),
        };
    }
    if (rule.abortAfterDays !== undefined)
        out['abort-incomplete-multipart-upload'] = { 'days-after-initiation': rule.abortAfterDays };
    return out;
}


/***/ }),

/***/ 8720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ mergePlans),
/* harmony export */   LR: () => (/* binding */ PlanBuilder),
/* harmony export */   Yr: () => (/* binding */ ResourceGoneError),
/* harmony export */   lt: () => (/* binding */ compareKinds),
/* harmony export */   s: () => (/* binding */ findDuplicateId),
/* harmony export */   wS: () => (/* binding */ planSections),
/* harmony export */   y0: () => (/* binding */ planAction)
/* harmony export */ });
/* unused harmony exports ACTION_KINDS, emptyPlan, defaultActionId, isEmptyPlan, summarisePlan */
/**
 * The Plan model. Every command first builds a Plan from read-only calls — what it will
 * create, copy, delete, change or write, and why — and only then applies it (unless dry-run).
 * The same plan feeds the job summary, the PR comment and the JSON report, so each action
 * carries a human label and a reason next to the function that performs it.
 */
/** Display and counting order of kinds: constructive first, destructive last. */
const ACTION_KINDS = [
    'create',
    'snapshot',
    'copy',
    'restore',
    'write',
    'mirror',
    'update',
    'tag',
    'archive',
    'commit',
    'push',
    'pull-request',
    'replace',
    'delete',
    'remove',
];
/** Kinds that lose or overwrite something unless the caller says otherwise. */
const DESTRUCTIVE_BY_DEFAULT = new Set(['delete', 'remove', 'replace']);
/**
 * Thrown by an apply function whose target was deleted since the plan read it (e.g. a volume
 * removed between inventory and snapshot): the action is skipped with a warning, not failed.
 */
class ResourceGoneError extends Error {
    name = 'ResourceGoneError';
}
function emptyPlan() {
    return { actions: [], warnings: [], errors: [] };
}
/** The default id: stable because it is made only of what the action changes. */
function defaultActionId(section, kind, target) {
    return `${section}/${kind}/${target}`;
}
function planAction(section, input) {
    const action = {
        id: input.id ?? defaultActionId(section, input.kind, input.target),
        section,
        kind: input.kind,
        target: input.target,
        reason: input.reason,
        destructive: input.destructive ?? DESTRUCTIVE_BY_DEFAULT.has(input.kind),
        apply: input.apply,
    };
    if (input.details && Object.keys(input.details).length > 0)
        action.details = { ...input.details };
    if (input.dependsOn && input.dependsOn.length > 0)
        action.dependsOn = [...input.dependsOn];
    return action;
}
/**
 * Collects one section's actions, warnings and errors. Planning code for a feature gets a
 * builder, adds what it found, and returns `build()`; plans from features are then merged.
 */
class PlanBuilder {
    section;
    plan = emptyPlan();
    ids = new Set();
    constructor(section) {
        this.section = section;
    }
    /** Adds an action and returns its id (for `dependsOn` of later actions). */
    add(input) {
        const action = planAction(this.section, input);
        if (this.ids.has(action.id)) {
            throw new Error(`Plan section '${this.section}' has two actions with id '${action.id}'; give one an explicit id.`);
        }
        this.ids.add(action.id);
        this.plan.actions.push(action);
        return action.id;
    }
    warn(item, message) {
        this.plan.warnings.push({ section: this.section, item, message });
    }
    error(item, message) {
        this.plan.errors.push({ section: this.section, item, message });
    }
    build() {
        return {
            actions: [...this.plan.actions],
            warnings: [...this.plan.warnings],
            errors: [...this.plan.errors],
        };
    }
}
/** Concatenates plans in order. Duplicate action ids are a bug in the planner and throw. */
function mergePlans(...plans) {
    const merged = {
        actions: plans.flatMap((p) => p.actions),
        warnings: plans.flatMap((p) => p.warnings),
        errors: plans.flatMap((p) => p.errors),
    };
    const duplicate = findDuplicateId(merged.actions);
    if (duplicate !== undefined) {
        throw new Error(`Merged plan has two actions with id '${duplicate}'; action ids must be unique.`);
    }
    return merged;
}
function findDuplicateId(actions) {
    const seen = new Set();
    for (const action of actions) {
        if (seen.has(action.id))
            return action.id;
        seen.add(action.id);
    }
    return undefined;
}
function isEmptyPlan(plan) {
    return plan.actions.length === 0 && plan.warnings.length === 0 && plan.errors.length === 0;
}
/** Section names in order of first appearance (actions, then warnings, then errors). */
function planSections(plan) {
    const names = new Set();
    for (const action of plan.actions)
        names.add(action.section);
    for (const issue of [...plan.warnings, ...plan.errors])
        if (issue.section !== undefined)
            names.add(issue.section);
    return [...names];
}
/** Sorts kinds by ACTION_KINDS, unknown kinds (from later extensions) alphabetically after. */
function compareKinds(a, b) {
    const rank = (kind) => {
        const index = ACTION_KINDS.indexOf(kind);
        return index === -1 ? ACTION_KINDS.length : index;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function countKinds(actions) {
    const kinds = [...new Set(actions.map((a) => a.kind))].sort(compareKinds);
    const byKind = {};
    for (const kind of kinds)
        byKind[kind] = actions.filter((a) => a.kind === kind).length;
    return { total: actions.length, destructive: actions.filter((a) => a.destructive).length, byKind };
}
/** Counts per kind, overall and per section. */
function summarisePlan(plan) {
    const bySection = {};
    for (const section of planSections(plan)) {
        bySection[section] = countKinds(plan.actions.filter((a) => a.section === section));
    }
    return {
        ...countKinds(plan.actions),
        bySection,
        warnings: plan.warnings.length,
        errors: plan.errors.length,
    };
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
