export const id = 104;
export const ids = [104];
export const modules = {

/***/ 104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ API_FAMILIES),
/* harmony export */   IG: () => (/* binding */ ACCOUNT_WIDE),
/* harmony export */   bR: () => (/* binding */ resolveRateLimits)
/* harmony export */ });
/* unused harmony exports ROUTE53_ACCOUNT_BUCKET, ROUTE53_OPERATION_DEFAULT, ROUTE53_OPERATION_BUCKETS, ROUTE53_CHANGE_BUCKET, S3_OBJECT_WRITES, S3_OBJECT_READS, DOCUMENTED_RATE_LIMITS, applyBucketOverride, describeBucket */
/**
 * The request-rate limits the client keeps to: AWS's documented token buckets per API family
 * (and per operation where AWS documents one), and how `rate-limits:` in the config changes
 * them. Pure data and arithmetic; rate-budget.ts turns them into buckets.
 */
const API_FAMILIES = ['route53', 'elasticloadbalancing', 'ec2', 'rds', 's3', 'sts', 'kms', 'cloudtrail'];
/** Families whose limits are per account, whatever region the call is signed for. */
const ACCOUNT_WIDE = new Set(['route53']);
/**
 * Route 53 Developer Guide, "Throttling for Amazon Route 53 API requests": every request takes
 * a token from the account bucket (50, refill 10/s) and one from its operation's bucket (50,
 * refill 10/s unless listed below); record changes also take tokens from a separate
 * change-throughput bucket. A throttled request gets HTTP 400 `Throttling` / `Rate exceeded`.
 */
const ROUTE53_ACCOUNT_BUCKET = { burst: 50, rate: 10 };
const ROUTE53_OPERATION_DEFAULT = { burst: 50, rate: 10 };
/**
 * The per-operation rows of that page's table that differ from the default. Change History's
 * ListHostedZoneChangeBatches and GetHostedZoneChangeBatch are not among them: the default.
 */
const ROUTE53_OPERATION_BUCKETS = {
    AssociateVPCWithHostedZone: { burst: 20, rate: 5 },
    ChangeCidrCollection: { burst: 40, rate: 5 },
    CreateCidrCollection: { burst: 40, rate: 5 },
    CreateHealthCheck: { burst: 50, rate: 0.5 },
    CreateHostedZone: { burst: 40, rate: 2 },
    CreateReusableDelegationSet: { burst: 40, rate: 2 },
    CreateTrafficPolicyInstance: { burst: 1, rate: 1 },
    DeleteCidrCollection: { burst: 40, rate: 5 },
    DeleteHealthCheck: { burst: 15, rate: 3 },
    DeleteHostedZone: { burst: 40, rate: 5 },
    DeleteReusableDelegationSet: { burst: 40, rate: 5 },
    DeleteTrafficPolicyInstance: { burst: 1, rate: 1 },
    DisassociateVPCFromHostedZone: { burst: 10, rate: 5 },
    GetHealthCheckLastFailureReason: { burst: 4, rate: 1 },
    GetHealthCheckStatus: { burst: 4, rate: 1 },
};
/**
 * The change-throughput bucket: one token per Change element of a ChangeResourceRecordSets
 * request (CREATE, DELETE or UPSERT alike). Its capacity is kept at least the largest batch a
 * restore sends (1,000 changes), so no batch can ever be refused for its size alone.
 */
const ROUTE53_CHANGE_BUCKET = { burst: 1000, rate: 100 };
/**
 * Amazon EC2 Developer Guide, "Request throttling for the Amazon EC2 API": each API action has
 * its own bucket per account and region, sized by the action's category (a non-mutating action
 * such as DescribeHosts: 100 tokens, refilled 20 per second). We keep one shared bucket of
 * 20/s for all of EC2, so no single action can exceed its own bucket's refill either.
 */
const EC2_SHARED_RATE = 20;
/**
 * S3 User Guide, "Best practices design patterns: optimizing Amazon S3 performance": at least
 * 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned prefix of
 * a bucket. Object calls get those budgets (per account and region, so never more than one
 * prefix's worth): every write shares one bucket, every read another. Bucket configuration
 * calls have no published figure and keep 50/s. Restores and the copy of existing objects
 * make one object call per key, so a shared 50/s would cap them at 50 keys a second.
 */
const S3_OBJECT_WRITES = { rate: 3500, burst: 3500 };
const S3_OBJECT_READS = { rate: 5500, burst: 5500 };
const S3_WRITE_OPERATIONS = new Set(['PutObject', 'CopyObject', 'DeleteObject', 'DeleteObjects', 'CreateMultipartUpload', 'UploadPart', 'UploadPartCopy', 'CompleteMultipartUpload', 'AbortMultipartUpload']);
const S3_READ_OPERATIONS = new Set(['GetObject', 'HeadObject', 'GetObjectAttributes', 'ListObjectsV2', 'ListObjectVersions', 'ListParts']);
const s3Group = (name) => (S3_WRITE_OPERATIONS.has(name) ? 'object-writes' : S3_READ_OPERATIONS.has(name) ? 'object-reads' : 'bucket-configuration');
/**
 * Families without published per-operation buckets keep one shared bucket per account and
 * region (as they had before; now with a burst of one second's worth):
 * - Elastic Load Balancing, RDS: their quota pages publish no API request rates; 10/s.
 * - S3 bucket configuration calls (object calls: above): 50/s.
 * - STS and KMS ("Request quotas" in the KMS Developer Guide; DescribeKey and grants are far
 *   above this): 10/s and 20/s are ample for the few calls we make.
 */
const SHARED_DEFAULTS = {
    elasticloadbalancing: 10,
    rds: 10,
    s3: 50,
    sts: 10,
    kms: 20,
    // CloudTrail API reference, LookupEvents: 2 requests per second per account and Region.
    cloudtrail: 2,
};
function perSecond(rate) {
    return { rate, burst: Math.max(1, rate) };
}
function documentedLimits() {
    const none = () => undefined;
    return {
        route53: {
            shared: ROUTE53_ACCOUNT_BUCKET,
            operation: (name) => ROUTE53_OPERATION_BUCKETS[name] ?? ROUTE53_OPERATION_DEFAULT,
            changes: ROUTE53_CHANGE_BUCKET,
        },
        ec2: { shared: perSecond(EC2_SHARED_RATE), operation: none },
        elasticloadbalancing: { shared: perSecond(SHARED_DEFAULTS.elasticloadbalancing), operation: none },
        rds: { shared: perSecond(SHARED_DEFAULTS.rds), operation: none },
        s3: {
            operation: (name) => ({ 'object-writes': S3_OBJECT_WRITES, 'object-reads': S3_OBJECT_READS })[s3Group(name)] ?? perSecond(SHARED_DEFAULTS.s3),
            group: s3Group,
        },
        sts: { shared: perSecond(SHARED_DEFAULTS.sts), operation: none },
        kms: { shared: perSecond(SHARED_DEFAULTS.kms), operation: none },
        cloudtrail: { shared: perSecond(SHARED_DEFAULTS.cloudtrail), operation: none },
    };
}
const DOCUMENTED_RATE_LIMITS = documentedLimits();
function checkBucket(what, bucket) {
    if (!Number.isFinite(bucket.rate) || bucket.rate <= 0) {
        throw new Error(`Rate limit for ${what} must be a positive number of requests per second, got ${bucket.rate}.`);
    }
    if (!Number.isFinite(bucket.burst) || bucket.burst < 1) {
        throw new Error(`Burst for ${what} must be at least 1, got ${bucket.burst}.`);
    }
    return bucket;
}
/**
 * An override applied to a documented bucket (or to none). A bare rate keeps the documented
 * capacity but never more than one second's worth, so `route53: 2` really means "about two a
 * second", as it did before buckets had a burst.
 */
function applyBucketOverride(what, base, override) {
    if (override === undefined)
        return base;
    if (typeof override === 'number') {
        return checkBucket(what, { rate: override, burst: Math.min(base?.burst ?? Infinity, Math.max(1, override)) });
    }
    const rate = override.rate ?? base?.rate;
    if (rate === undefined)
        throw new Error(`Rate limit for ${what} needs a rate (requests per second).`);
    const burst = override.burst ?? (override.rate === undefined ? base?.burst : undefined) ?? Math.min(base?.burst ?? Infinity, Math.max(1, rate));
    return checkBucket(what, { rate, burst });
}
function overrideFamily(family, base, override) {
    if (typeof override === 'number')
        return { ...base, shared: applyBucketOverride(family, base.shared, override) };
    const shared = override.rate === undefined && override.burst === undefined
        ? base.shared
        : applyBucketOverride(family, base.shared, { rate: override.rate, burst: override.burst });
    const operations = new Map();
    for (const [name, value] of Object.entries(override.operations ?? {})) {
        operations.set(name, applyBucketOverride(`${family} ${name}`, base.operation(name), value));
    }
    if (override.changes !== undefined && family !== 'route53') {
        throw new Error(`Rate limit "changes" applies to route53 only, not ${family}.`);
    }
    const changes = applyBucketOverride(`${family} changes`, base.changes, override.changes);
    const group = base.group;
    return {
        ...(shared ? { shared } : {}),
        operation: (name) => operations.get(name) ?? base.operation(name),
        ...(changes ? { changes } : {}),
        // An operation given its own bucket leaves its group.
        ...(group && { group: (name) => (operations.has(name) ? name : group(name)) }),
    };
}
/** The documented limits with the config's overrides applied; throws on unknown families or bad values. */
function resolveRateLimits(overrides = {}) {
    const limits = documentedLimits();
    for (const [family, override] of Object.entries(overrides)) {
        if (override === undefined)
            continue;
        if (!API_FAMILIES.includes(family)) {
            throw new Error(`Unknown API family "${family}" in rate limits; use one of: ${API_FAMILIES.join(', ')}.`);
        }
        limits[family] = overrideFamily(family, limits[family], override);
    }
    return limits;
}
/** A one-line description of a family's buckets, for docs and messages. */
function describeBucket(bucket) {
    return bucket ? `${bucket.rate}/s (burst ${bucket.burst})` : 'none';
}


/***/ })

};
