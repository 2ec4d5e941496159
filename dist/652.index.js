export const id = 652;
export const ids = [652];
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

/***/ 9652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executeCommand: () => (/* binding */ executeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var dist_cjs = __webpack_require__(5861);
;// CONCATENATED MODULE: ./src/aws/credentials.ts
/**
 * Credentials for one account: the default provider chain (OIDC via
 * aws-actions/configure-aws-credentials, env vars, profiles, instance and container roles),
 * optionally exchanged for a role with STS AssumeRole. One provider is shared by every
 * client of the account, so the role is assumed once, not once per (service, region).
 */
// The node chain alone: @aws-sdk/credential-providers' entry also loads every other provider.

const ROLE_SESSION_NAME = 'aws-backup-gitops';
/** Refresh this long before expiry, so a call never signs with credentials about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60_000;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
function assertRoleArn(roleArn) {
    if (!ROLE_ARN.test(roleArn)) {
        throw new Error(`Invalid role ARN "${roleArn}": expected arn:aws:iam::<12-digit account id>:role/<name>, ` +
            'as shown on the role page of the IAM console.');
    }
}
/**
 * Shares one in-flight or cached credential fetch between all callers, refetching shortly
 * before expiry; a failed fetch is not cached, so the next call tries again.
 */
function sharedCredentials(provider, now = Date.now) {
    let cached;
    let expiresAt = Infinity;
    return () => {
        if (cached && now() < expiresAt - REFRESH_MARGIN_MS)
            return cached;
        const fetching = Promise.resolve(provider()).then((credentials) => {
            expiresAt = credentials.expiration ? credentials.expiration.getTime() : Infinity;
            return credentials;
        }, (error) => {
            if (cached === fetching)
                cached = undefined;
            throw error;
        });
        cached = fetching;
        expiresAt = Infinity;
        return fetching;
    };
}
/** The credentials every client of one account signs with. */
function accountCredentials(options) {
    const base = options.credentials ?? sharedCredentials((0,dist_cjs.defaultProvider)(), options.now);
    if (!options.roleArn)
        return base;
    assertRoleArn(options.roleArn);
    const params = {
        RoleArn: options.roleArn,
        RoleSessionName: ROLE_SESSION_NAME,
    };
    if (options.externalId)
        params.ExternalId = options.externalId;
    if (options.roleDurationSeconds)
        params.DurationSeconds = options.roleDurationSeconds;
    // Loaded on the first call, and only by accounts that assume a role.
    let assumed;
    const provider = async () => {
        assumed ??= __webpack_require__.e(/* import() */ 719).then(__webpack_require__.t.bind(__webpack_require__, 9719, 19)).then(({ fromTemporaryCredentials }) => fromTemporaryCredentials({
            params,
            masterCredentials: base,
            ...(options.stsClientConfig ? { clientConfig: options.stsClientConfig } : {}),
            ...(options.stsClientPlugins ? { clientPlugins: options.stsClientPlugins } : {}),
        }));
        return (await assumed)();
    };
    return sharedCredentials(provider, options.now);
}

;// CONCATENATED MODULE: ./src/aws/aws-services.ts
const SERVICE_NAMES = ['route53', 'elb', 'elbv2', 's3', 'sts', 'ec2', 'rds', 'kms', 'cloudtrail'];
/** One literal import() per package, so the bundler can split each into its own chunk. */
const LOADERS = {
    route53: async () => (await __webpack_require__.e(/* import() */ 621).then(__webpack_require__.t.bind(__webpack_require__, 8621, 19))).Route53Client,
    elb: async () => (await __webpack_require__.e(/* import() */ 165).then(__webpack_require__.t.bind(__webpack_require__, 9165, 23))).ElasticLoadBalancingClient,
    elbv2: async () => (await __webpack_require__.e(/* import() */ 586).then(__webpack_require__.t.bind(__webpack_require__, 586, 19))).ElasticLoadBalancingV2Client,
    s3: async () => (await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19))).S3Client,
    sts: async () => (await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient,
    ec2: async () => (await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(519)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19))).EC2Client,
    rds: async () => (await Promise.all(/* import() */[__webpack_require__.e(202), __webpack_require__.e(900)]).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19))).RDSClient,
    kms: async () => (await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19))).KMSClient,
    cloudtrail: async () => (await __webpack_require__.e(/* import() */ 392).then(__webpack_require__.t.bind(__webpack_require__, 7392, 19))).CloudTrailClient,
};
const loaded = new Map();
const loading = new Map();
/** Imports these services' SDK packages (all of them by default); safe to call again. */
async function loadAwsServices(names = SERVICE_NAMES) {
    await Promise.all([...new Set(names)].map((name) => {
        let pending = loading.get(name);
        if (!pending) {
            pending = LOADERS[name]().then((cls) => void loaded.set(name, cls));
            loading.set(name, pending);
        }
        return pending;
    }));
}
function isServiceLoaded(name) {
    return loaded.has(name);
}
/** The client class of a loaded service; a service nobody loaded is a bug in the command. */
function loadedClientClass(name) {
    const cls = loaded.get(name);
    if (!cls) {
        throw new Error(`internal error: the ${name} SDK client was used before it was loaded; ` +
            `add '${name}' to what the command loads (src/commands/services.ts) or call loadAwsServices first`);
    }
    return cls;
}

;// CONCATENATED MODULE: ./src/aws/endpoints.ts
/**
 * Region names and endpoint overrides. The SDK resolves endpoints itself; these helpers only
 * validate what the user wrote and tell whether an override is in effect (S3 needs
 * path-style addressing then).
 */
/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, ... */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function isRegionName(region) {
    return REGION_NAME.test(region);
}
function assertRegionName(region) {
    if (!isRegionName(region)) {
        throw new Error(`Unknown AWS region "${region}": write a region code such as us-east-1 or eu-west-1 ` +
            '(see `aws ec2 describe-regions --query "Regions[].RegionName"`).');
    }
}
/**
 * The endpoint URL the SDK will use for a service instead of AWS, from the environment:
 * AWS_ENDPOINT_URL_<SERVICE> wins over AWS_ENDPOINT_URL; AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
 * turns both off. `serviceEnv` is the SDK's serviceId upper-cased with `_` for spaces.
 */
function endpointOverride(serviceEnv, env) {
    if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true')
        return undefined;
    return env[`AWS_ENDPOINT_URL_${serviceEnv}`] || env.AWS_ENDPOINT_URL || undefined;
}
/** The partition of an ARN (`aws`, `aws-cn`, `aws-us-gov`), `aws` when there is none. */
function partitionOf(arn) {
    return /^arn:(aws[a-z-]*):/.exec(arn ?? '')?.[1] ?? 'aws';
}
/** Where STS is called when no region is configured: each partition's first region. */
function partitionDefaultRegion(arn) {
    switch (partitionOf(arn)) {
        case 'aws-cn':
            return 'cn-north-1';
        case 'aws-us-gov':
            return 'us-gov-west-1';
        default:
            return 'us-east-1';
    }
}
/** Route 53 is global; its calls are signed for this region of the partition. */
function route53Region(arn) {
    switch (partitionOf(arn)) {
        case 'aws-cn':
            return 'cn-northwest-1';
        case 'aws-us-gov':
            return 'us-gov-west-1';
        default:
            return 'us-east-1';
    }
}

;// CONCATENATED MODULE: ./src/util/token-bucket.ts
/**
 * A token bucket: `rate` tokens per second, at most `burst` stored, full when created (AWS's
 * buckets start full, so a client that starts empty wastes the burst it is given). Used by the
 * AWS client layer (to stay under an API's limit) and by the simulator (to enforce it), so both
 * sides agree on exactly the same arithmetic.
 */
class TokenBucket {
    rate;
    burst;
    now;
    tokens;
    last;
    queue = Promise.resolve();
    constructor(rate, burst, now = () => performance.now()) {
        this.rate = rate;
        this.burst = burst;
        this.now = now;
        if (!(rate > 0))
            throw new Error(`A token bucket needs a positive refill rate, got ${rate}.`);
        if (!(burst >= 1))
            throw new Error(`A token bucket needs a capacity of at least 1, got ${burst}.`);
        this.tokens = burst;
        this.last = now();
    }
    refill() {
        const t = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
        this.last = t;
    }
    /** Tokens held now (fractional while refilling). */
    available() {
        this.refill();
        return this.tokens;
    }
    /** Takes `n` tokens if they are all there now (the simulator's check); all or nothing. */
    tryTake(n = 1) {
        this.refill();
        if (this.tokens >= n) {
            this.tokens -= n;
            return true;
        }
        return false;
    }
    /** Milliseconds until `n` tokens will be there (0 if they are now). */
    waitTime(n = 1) {
        this.refill();
        return this.tokens >= n ? 0 : ((n - this.tokens) / this.rate) * 1000;
    }
    /** Spends `n` tokens without waiting (the balance may go below zero: a debt refilled first). */
    spend(n) {
        this.refill();
        this.tokens -= n;
    }
    /**
     * Waits for `n` tokens, first come first served (the client's side), then spends them.
     * `reserve` tokens more must be there before spending, as a margin against a server whose
     * bucket started a little later than ours; never more than the bucket can hold.
     */
    take(n = 1, reserve = 0) {
        const need = Math.min(n + reserve, this.burst);
        const turn = this.queue.then(async () => {
            for (;;) {
                const wait = this.waitTime(need);
                if (wait <= 0)
                    break;
                await new Promise((r) => setTimeout(r, Math.ceil(wait)));
            }
            this.tokens -= n;
        });
        this.queue = turn.catch(() => undefined);
        return turn;
    }
}

// EXTERNAL MODULE: ./src/aws/rate-limits.ts
var rate_limits = __webpack_require__(104);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/rate-budget.ts



const RATE_BUDGET_MIDDLEWARE = 'rateBudget';
/** Runs after the SDK's retry middleware, so every attempt (retries included) takes a token. */
const middlewareOptions = {
    name: RATE_BUDGET_MIDDLEWARE,
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    // fromTemporaryCredentials re-applies its plugins on every refresh.
    override: true,
};
function budgetKey({ family, account, region }) {
    return rate_limits/* ACCOUNT_WIDE */.IG.has(family) ? `${family}/${account}` : `${family}/${account}/${region}`;
}
/** Record changes a call makes (Route 53's change-throughput budget counts each Change element). */
function changeCount(family, operation, input) {
    if (family !== 'route53' || operation !== 'ChangeResourceRecordSets')
        return 0;
    return input?.ChangeBatch?.Changes?.length ?? 0;
}
/** 'ListHostedZonesCommand' → 'ListHostedZones'. */
function operationName(context) {
    return (context.commandName ?? 'UnknownOperation').replace(/Command$/, '');
}
/**
 * Errors raised before the request is sent (resolving credentials, assuming the role, building
 * the endpoint) never reach the budget middleware; this outermost one names the call for them.
 * A context recorded further in (e.g. by the STS client that assumed the role) is kept.
 */
function callContextMiddleware(scope) {
    return (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            if (!(0,errors/* callContextOf */.Tj)(error))
                (0,errors/* rememberCallContext */.DX)(error, { ...scope, operation: operationName(context) });
            throw error;
        }
    };
}
const callContextOptions = {
    name: 'awsCallContext',
    step: 'initialize',
    priority: 'high',
    override: true,
};
/** The retry middleware numbers attempts in the `amz-sdk-request: attempt=N; max=M` header. */
function attemptNumber(request) {
    const headers = request?.headers;
    const match = /attempt=(\d+)/.exec(headers?.['amz-sdk-request'] ?? '');
    return match ? Number(match[1]) : 1;
}
/**
 * The registry of buckets and counters. Share one instance between the client factories of
 * several accounts to get totals across them; buckets are keyed by account anyway.
 */
class RateBudgets {
    limits;
    reserve;
    now;
    buckets = new Map();
    counters = new Map();
    firstCallAt;
    constructor(options = {}) {
        this.limits = (0,rate_limits/* resolveRateLimits */.bR)(options.limits);
        this.reserve = options.reserve ?? 1;
        if (!(this.reserve >= 0))
            throw new Error(`Rate budget reserve must be zero or more tokens, got ${this.reserve}.`);
        this.now = options.now ?? (() => performance.now());
    }
    named(key, limit) {
        let bucket = this.buckets.get(key);
        if (!bucket) {
            bucket = new TokenBucket(limit.rate, limit.burst, this.now);
            this.buckets.set(key, bucket);
        }
        return bucket;
    }
    /** Sustained requests per second of a family: its shared bucket's refill (or Infinity). */
    sustainedRate(family) {
        return this.limits[family].shared?.rate ?? Infinity;
    }
    /** The family's shared bucket for this scope, if it has one. */
    bucket(scope) {
        const limit = this.limits[scope.family].shared;
        return limit && this.named(budgetKey(scope), limit);
    }
    /** This operation's own bucket in this scope, if the family has per-operation buckets. */
    operationBucket(scope, operation) {
        const family = this.limits[scope.family];
        const limit = family.operation(operation);
        return limit && this.named(`${budgetKey(scope)}#${family.group?.(operation) ?? operation}`, limit);
    }
    /** Route 53's change-throughput bucket of this account. */
    changeBucket(scope) {
        const limit = this.limits[scope.family].changes;
        return limit && this.named(`${budgetKey(scope)}#changes`, limit);
    }
    /**
     * Waits until every bucket the call spends from has its tokens, then counts the attempt: the
     * operation's own bucket first (a slow operation queues there without holding up others),
     * then the change budget for its record changes, then the shared bucket, taken last so its
     * tokens leave at the moment the request does.
     */
    async take(scope, operation, changes = 0) {
        await this.operationBucket(scope, operation)?.take(1, this.reserve);
        if (changes > 0)
            await this.changeBucket(scope)?.take(changes, this.reserve);
        await this.bucket(scope)?.take(1, this.reserve);
        this.firstCallAt ??= this.now();
        this.counter(scope.family, operation).calls += 1;
    }
    recordThrottle(event, listener) {
        this.counter(event.family, event.operation).throttled += 1;
        listener?.(event);
    }
    stats() {
        const operations = [...this.counters.values()]
            .map((c) => ({ ...c }))
            .sort((a, b) => a.family.localeCompare(b.family) || a.operation.localeCompare(b.operation));
        const stats = {
            calls: operations.reduce((n, o) => n + o.calls, 0),
            throttled: operations.reduce((n, o) => n + o.throttled, 0),
            operations,
        };
        if (this.firstCallAt !== undefined)
            stats.firstCallAt = this.firstCallAt;
        return stats;
    }
    /** SDK middleware that spends this scope's budget on every attempt. */
    middleware(scope, onThrottle) {
        return (next, context) => {
            const operation = operationName(context);
            return async (args) => {
                await this.take(scope, operation, changeCount(scope.family, operation, args.input));
                try {
                    return await next(args);
                }
                catch (error) {
                    if ((0,errors/* isThrottlingError */.Qb)(error)) {
                        const attempt = attemptNumber(args.request);
                        const code = (0,errors/* awsErrorCode */.J6)(error) ?? 'Throttling';
                        this.recordThrottle({ ...scope, operation, code, attempt }, onThrottle);
                    }
                    throw error;
                }
            };
        };
    }
    plugin(scope, onThrottle) {
        return {
            applyToStack: (stack) => {
                stack.addRelativeTo(this.middleware(scope, onThrottle), middlewareOptions);
                stack.add(callContextMiddleware(scope), callContextOptions);
            },
        };
    }
    /** Attaches the budget to a client (any SDK v3 client). */
    attach(client, scope, onThrottle) {
        client.middlewareStack.use(this.plugin(scope, onThrottle));
    }
    counter(family, operation) {
        const key = `${family} ${operation}`;
        let counter = this.counters.get(key);
        if (!counter) {
            counter = { family, operation, calls: 0, throttled: 0 };
            this.counters.set(key, counter);
        }
        return counter;
    }
}

;// CONCATENATED MODULE: ./src/aws/clients.ts





const USER_AGENT_NAME = 'aws-backup-gitops';
const DEFAULT_MAX_ATTEMPTS = 8;
const SERVICES = {
    route53: { family: 'route53', endpointEnv: 'ROUTE_53' },
    elb: { family: 'elasticloadbalancing', endpointEnv: 'ELASTIC_LOAD_BALANCING' },
    elbv2: { family: 'elasticloadbalancing', endpointEnv: 'ELASTIC_LOAD_BALANCING_V2' },
    s3: { family: 's3', endpointEnv: 'S3' },
    sts: { family: 'sts', endpointEnv: 'STS' },
    ec2: { family: 'ec2', endpointEnv: 'EC2' },
    rds: { family: 'rds', endpointEnv: 'RDS' },
    kms: { family: 'kms', endpointEnv: 'KMS' },
    cloudtrail: { family: 'cloudtrail', endpointEnv: 'CLOUDTRAIL' },
};
function createAwsClients(options) {
    const env = options.env ?? process.env;
    const budgets = options.budgets ?? new RateBudgets(options.rateLimits ? { limits: options.rateLimits } : {});
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
        throw new Error(`maxAttempts must be a whole number of at least 1, got ${maxAttempts}.`);
    }
    const { account, logger } = options;
    const onThrottle = logger
        ? (e) => {
            const what = `${e.family} ${e.operation} throttled (${e.code}, attempt ${e.attempt}/${maxAttempts}) for account ${e.account} in ${e.region}`;
            if (e.attempt >= maxAttempts)
                logger.warn(`${what}; giving up`);
            else
                logger.debug(`${what}; retrying with backoff`);
        }
        : undefined;
    const common = {
        maxAttempts,
        retryMode: 'adaptive',
        customUserAgent: [[USER_AGENT_NAME, package_0/* version */.rE]],
        ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
    };
    const stsRegion = options.stsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || partitionDefaultRegion(options.roleArn);
    const credentials = accountCredentials({
        ...(options.roleArn ? { roleArn: options.roleArn } : {}),
        ...(options.externalId ? { externalId: options.externalId } : {}),
        ...(options.roleDurationSeconds ? { roleDurationSeconds: options.roleDurationSeconds } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
        stsClientConfig: { ...common, region: stsRegion },
        stsClientPlugins: [budgets.plugin({ family: 'sts', account, region: stsRegion }, onThrottle)],
    });
    const cache = new Map();
    function client(service, region, adjust = (c) => c) {
        assertRegionName(region);
        const key = `${service}/${region}`;
        const cached = cache.get(key);
        if (cached)
            return cached;
        const spec = SERVICES[service];
        const ClientClass = loadedClientClass(service);
        const created = new ClientClass(adjust({ ...common, region, credentials }));
        budgets.attach(created, { family: spec.family, account, region }, onThrottle);
        cache.set(key, created);
        return created;
    }
    function s3Config(config) {
        // Custom endpoints (LocalStack, the simulator, S3-compatible stores) have no virtual-host
        // DNS for buckets and often lack the newer default checksums.
        if (!endpointOverride(SERVICES.s3.endpointEnv, env))
            return config;
        return {
            ...config,
            forcePathStyle: true,
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
        };
    }
    return {
        account,
        budgets,
        route53: () => client('route53', route53Region(options.roleArn)),
        elb: (region) => client('elb', region),
        elbv2: (region) => client('elbv2', region),
        s3: (region) => client('s3', region, s3Config),
        sts: (region) => client('sts', region),
        ec2: (region) => client('ec2', region),
        rds: (region) => client('rds', region),
        kms: (region) => client('kms', region),
        cloudtrail: (region) => client('cloudtrail', region),
        stats: () => budgets.stats(),
        destroy: () => {
            for (const created of cache.values())
                created.destroy();
            cache.clear();
        },
    };
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(8720);
;// CONCATENATED MODULE: ./src/plan/apply.ts
/**
 * Applies a Plan: runs every action whose dependencies succeeded, independent actions in
 * parallel up to a limit, and records one result per action. A failed action never stops the
 * others — only the actions that depend on it are skipped — so the run fails at the end with
 * everything else done. In dry-run nothing runs at all.
 */


function checkLimit(name, value) {
    if (!Number.isInteger(value) || value < 1) {
        throw new RangeError(`${name} must be a whole number of at least 1 (got ${value}).`);
    }
}
/**
 * Plan bugs found before anything runs: a dependency on an id that is not in the plan, or a
 * dependency cycle. Such actions fail (in dry-run too, so a PR plan shows the bug).
 */
function findInvalidActions(actions) {
    const byId = new Map(actions.map((a) => [a.id, a]));
    const invalid = new Map();
    for (const action of actions) {
        const unknown = (action.dependsOn ?? []).filter((dep) => !byId.has(dep));
        if (unknown.length > 0) {
            invalid.set(action.id, `depends on unknown action ${unknown.map((d) => `'${d}'`).join(', ')} (a bug in the planner)`);
        }
    }
    // Kahn's algorithm: whatever never reaches in-degree 0 is in a cycle or behind one.
    const indegree = new Map(actions.map((a) => [a.id, (a.dependsOn ?? []).filter((d) => byId.has(d)).length]));
    const dependents = new Map();
    for (const action of actions) {
        for (const dep of action.dependsOn ?? [])
            dependents.set(dep, [...(dependents.get(dep) ?? []), action.id]);
    }
    const ready = actions.filter((a) => indegree.get(a.id) === 0).map((a) => a.id);
    while (ready.length > 0) {
        const id = ready.pop();
        for (const next of dependents.get(id) ?? []) {
            const left = indegree.get(next) - 1;
            indegree.set(next, left);
            if (left === 0)
                ready.push(next);
        }
    }
    const stuck = new Set(actions.filter((a) => indegree.get(a.id) > 0).map((a) => a.id));
    const reachesItself = (start) => {
        const seen = new Set();
        const stack = [...(byId.get(start)?.dependsOn ?? [])];
        while (stack.length > 0) {
            const id = stack.pop();
            if (id === start)
                return true;
            if (seen.has(id) || !stuck.has(id))
                continue;
            seen.add(id);
            stack.push(...(byId.get(id)?.dependsOn ?? []));
        }
        return false;
    };
    for (const id of stuck) {
        // Actions merely behind a cycle are skipped later as "dependency failed".
        if (reachesItself(id))
            invalid.set(id, 'is part of a dependency cycle (a bug in the planner)');
    }
    return invalid;
}
function describe(action) {
    return `[${action.section}] ${action.kind} ${action.target}`;
}
async function applyPlan(plan, options) {
    checkLimit('concurrency', options.concurrency);
    for (const [section, limit] of Object.entries(options.sectionConcurrency ?? {})) {
        checkLimit(`sectionConcurrency['${section}']`, limit);
    }
    const duplicate = (0,plan_plan/* findDuplicateId */.s)(plan.actions);
    if (duplicate !== undefined)
        throw new Error(`Plan has two actions with id '${duplicate}'; action ids must be unique.`);
    const log = options.log ?? (() => { });
    const results = new Map();
    const settle = (action, result) => {
        results.set(action.id, result);
        if (result.status === 'applied')
            log(`applied: ${describe(action)}${result.note ? ` (${result.note})` : ''}`);
        else if (result.status === 'failed')
            log(`FAILED: ${describe(action)} — ${result.error}`);
        else if (result.skipped === 'dry-run')
            log(`would ${action.kind}: [${action.section}] ${action.target} — ${action.reason}`);
        else
            log(`skipped: ${describe(action)} — ${result.error}`);
    };
    const invalid = findInvalidActions(plan.actions);
    const pending = new Set();
    for (const action of plan.actions) {
        const problem = invalid.get(action.id);
        if (problem !== undefined)
            settle(action, { id: action.id, status: 'failed', error: problem });
        else if (options.dryRun)
            settle(action, { id: action.id, status: 'skipped', skipped: 'dry-run' });
        else
            pending.add(action);
    }
    const running = new Map();
    const runningPerSection = new Map();
    const sectionLimit = (section) => options.sectionConcurrency?.[section] ?? Infinity;
    const start = (action) => {
        pending.delete(action);
        runningPerSection.set(action.section, (runningPerSection.get(action.section) ?? 0) + 1);
        const run = (async () => {
            try {
                const note = await action.apply();
                settle(action, note ? { id: action.id, status: 'applied', note } : { id: action.id, status: 'applied' });
            }
            catch (error) {
                if (error instanceof plan_plan/* ResourceGoneError */.Yr)
                    settle(action, { id: action.id, status: 'skipped', skipped: 'resource-gone', error: error.message });
                else
                    settle(action, { id: action.id, status: 'failed', error: (0,concurrency/* errorMessage */.gJ)(error) });
            }
        })();
        // Bookkeeping in a continuation, not in the body: an apply that throws synchronously
        // finishes the body before `running.set` below, and would otherwise stay "running" forever.
        running.set(action.id, run.then(() => {
            running.delete(action.id);
            runningPerSection.set(action.section, runningPerSection.get(action.section) - 1);
        }));
    };
    /** Skips actions whose dependency did not succeed; repeats so skips cascade down chains. */
    const skipBlocked = () => {
        let skippedAny = true;
        while (skippedAny) {
            skippedAny = false;
            for (const action of pending) {
                const blocker = (action.dependsOn ?? []).find((dep) => {
                    const result = results.get(dep);
                    return result !== undefined && result.status !== 'applied';
                });
                if (blocker === undefined)
                    continue;
                pending.delete(action);
                const why = results.get(blocker)?.status === 'failed' ? 'failed' : 'was skipped';
                settle(action, { id: action.id, status: 'skipped', skipped: 'dependency-failed', error: `not run: '${blocker}' ${why}` });
                skippedAny = true;
            }
        }
    };
    const startReady = () => {
        for (const action of pending) {
            if (running.size >= options.concurrency)
                return;
            if ((runningPerSection.get(action.section) ?? 0) >= sectionLimit(action.section))
                continue;
            if ((action.dependsOn ?? []).every((dep) => results.get(dep)?.status === 'applied'))
                start(action);
        }
    };
    for (;;) {
        skipBlocked();
        startReady();
        if (running.size === 0)
            break;
        await Promise.race(running.values());
    }
    // Unreachable when the checks above are right; kept so no action is ever left without a result.
    for (const action of pending) {
        settle(action, { id: action.id, status: 'failed', error: 'never became ready to run (a bug in the apply loop)' });
    }
    return plan.actions.map((action) => results.get(action.id));
}

// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
;// CONCATENATED MODULE: ./src/commands/services.ts
/**
 * Which AWS services a command will call, from the command and the config, so exactly their
 * SDK packages are loaded before the first call (aws-services.ts). A feature that starts
 * calling another service adds it here; using a service that was not loaded fails at once
 * with a message naming this file.
 */


function servicesFor(command, config) {
    // A restore or drill may touch any kind of resource.
    if (command === 'restore' || command === 'drill')
        return [...SERVICE_NAMES];
    const services = new Set();
    // Accounts with an id, and the vault account, are checked with STS GetCallerIdentity first.
    if ((0,schema/* resolveAccounts */.LC)(config).some((a) => a.accountId !== undefined) || config.vault)
        services.add('sts');
    if (config.export.route53.enabled)
        services.add('route53');
    // Incremental exports read the change feed (CloudTrail event history).
    if (config.export.incremental.enabled)
        services.add('cloudtrail');
    if (config.export['load-balancers'].enabled) {
        services.add('elb');
        services.add('elbv2');
    }
    if (config.export.mirror)
        services.add('s3');
    if (command !== 'export') {
        if (config.lifecycle)
            services.add('s3');
        if (config.snapshots)
            for (const s of ['ec2', 'rds', 'kms'])
                services.add(s);
    }
    return [...services];
}

;// CONCATENATED MODULE: ./src/commands/export-mode-report.ts
function exportModeRows(exports) {
    return exports.map((e) => ({ account: e.account.name, mode: e.mode.mode.mode, reason: e.modeText }));
}
function exportModeMarkdown(rows) {
    const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
    return [
        '### Export mode',
        '',
        '| Account | Mode | Why |',
        '| --- | --- | --- |',
        ...rows.map((r) => `| ${cell(r.account)} | ${r.mode} | ${cell(r.reason)} |`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/commands/execute.ts
/**
 * The AWS part of a command, after the config is loaded and checked: create the clients, load
 * the SDK packages the command needs (services.ts), verify the accounts, then plan and apply
 * each feature. Feature modules are imported when their feature is on, so a run that only
 * exports Route 53 never loads the EC2 or RDS SDK.
 */









/** Actions in flight at once while applying (file writes, uploads). */
const APPLY_CONCURRENCY = 8;
/** Collects each applied plan and its results, in the order they ran. */
class Runner {
    dryRun;
    log;
    plans = [];
    results = [];
    summaryExtras = [];
    exportModes = [];
    /** Snapshot coverage rows for the JSON report. */
    coverage;
    bucketCoverage;
    /** The export mirror's Object Lock check, when the bucket is declared locked. */
    mirror;
    constructor(dryRun, log) {
        this.dryRun = dryRun;
        this.log = log;
    }
    async apply(plan, concurrency = APPLY_CONCURRENCY) {
        this.plans.push(plan);
        this.results.push(...(await applyPlan(plan, { dryRun: this.dryRun, concurrency, log: this.log })));
    }
}
async function executeCommand(options) {
    const { config, repoRoot, dryRun } = options;
    const env = options.env ?? process.env;
    const budgets = new RateBudgets({ limits: config['rate-limits'] });
    const clients = new Map();
    const logger = { debug: () => undefined, warn: options.log };
    let github;
    const ctx = {
        command: options.command,
        config,
        repoRoot,
        dryRun,
        budgets,
        clientsFor: (requested) => {
            const account = planSafe(options.command, config, requested);
            let c = clients.get(account.name);
            if (!c) {
                c = createAwsClients({
                    account: account.name,
                    budgets,
                    logger,
                    ...(account.roleArn ? { roleArn: account.roleArn } : {}),
                    ...(account.externalId ? { externalId: account.externalId } : {}),
                    ...(options.env ? { env: options.env } : {}),
                });
                clients.set(account.name, c);
            }
            return c;
        },
        log: options.log,
        ...(options.env ? { env: options.env } : {}),
        ...(options.fullExport ? { fullExport: true } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.githubToken
            ? {
                // Octokit is loaded only by the runs that talk to GitHub.
                github: () => (github ??= Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(851)]).then(__webpack_require__.bind(__webpack_require__, 8851)).then(({ createGitHubClient }) => createGitHubClient({ token: options.githubToken, ...(options.env ? { env: options.env } : {}) }))),
            }
            : {}),
    };
    const runner = new Runner(dryRun, options.log);
    try {
        await loadAwsServices(servicesFor(options.command, config));
        // Wrong credentials stop the run before anything is read or written under this account's name.
        const withIds = (0,schema/* resolveAccounts */.LC)(config).filter((a) => a.accountId !== undefined);
        const vault = config.vault && vaultClients(ctx);
        if (withIds.length > 0 || vault) {
            const { verifyAccount } = await Promise.all(/* import() */[__webpack_require__.e(695), __webpack_require__.e(367)]).then(__webpack_require__.bind(__webpack_require__, 6367));
            await Promise.all([
                ...withIds.map((a) => verifyAccount(ctx.clientsFor(a), a.accountId, a.regions[0])),
                ...(vault ? [verifyAccount(vault, config.vault.id, config.regions[0])] : []),
            ]);
        }
        if (options.command === 'restore') {
            if (!options.restore)
                throw new Error('restore needs a restore request (kind and source).');
            const { planRestore } = await Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(711), __webpack_require__.e(193), __webpack_require__.e(202), __webpack_require__.e(632), __webpack_require__.e(165), __webpack_require__.e(695), __webpack_require__.e(586), __webpack_require__.e(55), __webpack_require__.e(489), __webpack_require__.e(432), __webpack_require__.e(939), __webpack_require__.e(667)]).then(__webpack_require__.bind(__webpack_require__, 667));
            await runner.apply(await planRestore(ctx, options.restore));
        }
        else if (options.command === 'drill') {
            const { planDrill, DRILL_APPLY_CONCURRENCY } = await Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(711), __webpack_require__.e(193), __webpack_require__.e(202), __webpack_require__.e(632), __webpack_require__.e(695), __webpack_require__.e(55), __webpack_require__.e(489), __webpack_require__.e(432), __webpack_require__.e(212)]).then(__webpack_require__.bind(__webpack_require__, 9212));
            const plan = await planDrill({
                config,
                accounts: (0,schema/* resolveAccounts */.LC)(config),
                clientsFor: ctx.clientsFor,
                repoRoot,
                now: new Date(),
                log: options.log,
                ...(vault && { vaultClients: () => vault }),
            });
            await runner.apply(plan, DRILL_APPLY_CONCURRENCY);
        }
        else {
            await runBackup(ctx, runner, {
                lifecycleBuckets: options.lifecycleBuckets,
                protectedBuckets: options.protectedBuckets,
                scheduled: env.GITHUB_EVENT_NAME === 'schedule',
                configPath: (0,external_node_path_.resolve)(repoRoot, options.configPath),
            });
        }
    }
    finally {
        for (const c of clients.values())
            c.destroy();
    }
    return { plans: runner.plans, results: runner.results, stats: budgets.stats(), summaryExtras: runner.summaryExtras, exportModes: runner.exportModes, ...(runner.coverage && { coverage: runner.coverage }), ...(runner.bucketCoverage && { bucketCoverage: runner.bucketCoverage }), ...(runner.mirror && { mirror: runner.mirror }) };
}
/** run / plan / export: exports, snapshots and lifecycle rules, then one commit. */
async function runBackup(ctx, runner, options) {
    const { config, command } = ctx;
    const withSnapshots = command !== 'export' && config.snapshots !== undefined;
    // A pull request's plan compares with the base branch's config (a shortened retention is called out).
    const base = command === 'plan' && withSnapshots ? await (await __webpack_require__.e(/* import() */ 644).then(__webpack_require__.bind(__webpack_require__, 7644))).readBaseConfig(ctx.repoRoot, options.configPath, ctx.env ?? process.env) : undefined;
    if (base && 'problem' in base)
        runner.plans.push({ actions: [], warnings: [{ section: 'snapshots', item: 'retention changes', message: base.problem }], errors: [] });
    // The mirror bucket is checked only where files are uploaded (run, export), before any upload.
    const checksMirror = command !== 'plan' && config.export.mirror?.['object-lock'] === true;
    const [exportsModule, lifecycleModule, snapshotsModule, protectionModule, mirrorModule] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(55), __webpack_require__.e(489), __webpack_require__.e(403), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 6930)),
        options.lifecycleBuckets.length > 0 ? Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(529)]).then(__webpack_require__.bind(__webpack_require__, 3910)) : undefined,
        withSnapshots ? Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(193), __webpack_require__.e(202), __webpack_require__.e(632), __webpack_require__.e(648)]).then(__webpack_require__.bind(__webpack_require__, 3078)) : undefined,
        options.protectedBuckets.length > 0 ? Promise.all(/* import() */[__webpack_require__.e(621), __webpack_require__.e(711), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 7676)) : undefined,
        checksMirror ? Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(699)]).then(__webpack_require__.bind(__webpack_require__, 9699)) : undefined,
    ]);
    // Read-only planning of every feature first, side by side; then apply.
    const [exports, lifecycle, snapshots, protection, mirrorCheck] = await Promise.all([
        exportsModule.collectExports(ctx),
        lifecycleModule?.planLifecycle(options.lifecycleBuckets, ctx.clientsFor, { scheduled: options.scheduled }),
        snapshotsModule?.planSnapshots({
            config,
            accounts: (0,schema/* resolveAccounts */.LC)(config),
            clientsFor: ctx.clientsFor,
            now: new Date(),
            log: ctx.log,
            ...(config.vault && { vault: { config: config.vault, clients: vaultClients(ctx) } }),
            ...(base && 'config' in base && base.config.snapshots && { base: base.config.snapshots }),
        }),
        protectionModule?.planProtection(options.protectedBuckets, ctx.clientsFor, { scheduled: options.scheduled, now: new Date(), log: ctx.log }),
        mirrorModule?.checkMirror(ctx),
    ]);
    if (mirrorCheck) {
        runner.mirror = mirrorCheck;
        runner.summaryExtras.push(mirrorModule.mirrorCheckMarkdown(mirrorCheck));
    }
    if (protection?.coverageMarkdown)
        runner.summaryExtras.push(protection.coverageMarkdown);
    if (protection?.coverage.length)
        runner.bucketCoverage = protection.coverage;
    runner.exportModes.push(...exportModeRows(exports));
    if (exports.length > 0)
        runner.summaryExtras.push(exportModeMarkdown(runner.exportModes));
    if (snapshots) {
        runner.summaryExtras.push(snapshots.coverageMarkdown);
        runner.coverage = snapshots.coverage;
    }
    // Snapshot actions mostly wait on AWS (the module caps its own calls), so they run wide,
    // beside the quick file and lifecycle actions.
    await Promise.all([
        runner.apply((0,plan_plan/* mergePlans */.Je)(...exportsModule.planExportActions(ctx, exports, mirrorCheck), ...(mirrorCheck ? [mirrorModule.mirrorCheckPlan(mirrorCheck)] : []), ...(lifecycle ? [lifecycle] : []), ...(protection ? [protection.plan] : []))),
        snapshots ? runner.apply(snapshots.plan, snapshotsModule.SNAPSHOT_APPLY_CONCURRENCY) : undefined,
    ]);
    if (command !== 'plan') {
        const { planPublish } = await Promise.all(/* import() */[__webpack_require__.e(55), __webpack_require__.e(403), __webpack_require__.e(280)]).then(__webpack_require__.bind(__webpack_require__, 6280));
        await runner.apply(await planPublish(ctx, exports));
    }
}
/**
 * Clients acting in the vault account (`vault:`): with the vault role, or in a pull request's
 * plan with the read-only vault plan role — undefined when none is configured (the plan then
 * does not read the vault). The names cannot be account names (those are lower case).
 */
function vaultClients(ctx) {
    const vault = ctx.config.vault;
    if (ctx.command === 'plan' && vault['plan-role-arn'] === undefined)
        return undefined;
    // In a plan, planSafe turns this into the vault plan role.
    return ctx.clientsFor({ name: 'Vault', roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) });
}
/**
 * A pull request's plan runs the pull request's code, so it never assumes the vault role (which
 * can delete unlocked vault copies): whatever it reads in the vault, it reads with the
 * read-only vault plan role, or it gets one clear error.
 */
function planSafe(command, config, account) {
    const vault = config.vault;
    if (command !== 'plan' || !vault || account.roleArn !== vault['role-arn'])
        return account;
    const planRole = vault['plan-role-arn'];
    if (planRole === undefined) {
        throw new Error(`a pull request's plan does not assume the vault role ${vault['role-arn']}, which can change the vault; create the read-only vault plan role (docs/vault.md) and set vault.plan-role-arn to let plans read the vault`);
    }
    return { name: 'VaultPlan', roleArn: planRole, ...(account.externalId !== undefined && { externalId: account.externalId }) };
}


/***/ })

};
