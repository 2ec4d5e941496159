export const id = 8471;
export const ids = [8471,519,2900];
export const modules = {

/***/ 519:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { buildQueryString } = __webpack_require__(3422);

const validate = (str) => typeof str === "string" && str.indexOf("arn:") === 0 && str.split(":").length >= 6;
const parse = (arn) => {
    const segments = arn.split(":");
    if (segments.length < 6 || segments[0] !== "arn") {
        throw new Error("Malformed ARN");
    }
    const [, partition, service, region, accountId, ...resource] = segments;
    return {
        partition,
        service,
        region,
        accountId,
        resource: resource.join(":"),
    };
};
const build = (arnObject) => {
    const { partition = "aws", service, region, accountId, resource } = arnObject;
    if ([service, region, accountId, resource].some((segment) => typeof segment !== "string")) {
        throw new Error("Input ARN object is invalid");
    }
    return `arn:${partition}:${service}:${region}:${accountId}:${resource}`;
};

function formatUrl(request) {
    const { port, query } = request;
    let { protocol, path, hostname } = request;
    if (protocol && protocol.slice(-1) !== ":") {
        protocol += ":";
    }
    if (port) {
        hostname += `:${port}`;
    }
    if (path && path.charAt(0) !== "/") {
        path = `/${path}`;
    }
    let queryString = query ? buildQueryString(query) : "";
    if (queryString && queryString[0] !== "?") {
        queryString = `?${queryString}`;
    }
    let auth = "";
    if (request.username != null || request.password != null) {
        const username = request.username ?? "";
        const password = request.password ?? "";
        auth = `${username}:${password}@`;
    }
    let fragment = "";
    if (request.fragment) {
        fragment = `#${request.fragment}`;
    }
    return `${protocol}//${auth}${hostname}${path}${queryString}${fragment}`;
}

function hasOwn(container, key) {
    return Object.prototype.hasOwnProperty.call(container, key);
}

exports.build = build;
exports.formatUrl = formatUrl;
exports.hasOwn = hasOwn;
exports.parse = parse;
exports.validate = validate;


/***/ }),

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

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ unknownRegionMessage),
/* harmony export */   Kk: () => (/* binding */ isKnownRegion),
/* harmony export */   Qu: () => (/* binding */ KNOWN_REGIONS),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   nM: () => (/* binding */ knownRegionSchema)
/* harmony export */ });
/* unused harmony exports COMMERCIAL_REGIONS, GOVCLOUD_REGIONS, CHINA_REGIONS, suggestRegion */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/**
 * AWS region names this tool accepts, by partition.
 *
 * Taken from the endpoint partition data shipped with the AWS SDK for JavaScript v3
 * (`@aws-sdk/core` 3.981, `util-endpoints/lib/aws/partitions.js`: partitions `aws`,
 * `aws-us-gov`, `aws-cn`), cross-checked against the AWS region documentation. The
 * `*-global` pseudo-regions of that file are left out: they are not places to run in.
 * When AWS opens a region, add it here (and to the JSON Schema: `npx vite-node scripts/gen-schema.ts`).
 */


const COMMERCIAL_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'me-west-1',
    'mx-central-1',
    'sa-east-1',
    'sa-west-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
];
const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'];
const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'];
const KNOWN_REGIONS = [...COMMERCIAL_REGIONS, ...GOVCLOUD_REGIONS, ...CHINA_REGIONS];
const knownRegions = new Set(KNOWN_REGIONS);
function isKnownRegion(name) {
    return knownRegions.has(name);
}
/** The nearest known region name to a mistyped one, if any is close enough. */
function suggestRegion(name) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(name.trim().toLowerCase(), KNOWN_REGIONS);
}
function partitionOf(region) {
    if (GOVCLOUD_REGIONS.includes(region))
        return 'aws-us-gov';
    if (CHINA_REGIONS.includes(region))
        return 'aws-cn';
    return 'aws';
}
/** The wording users see for a region that is not in the list. */
function unknownRegionMessage(name) {
    const suggestion = suggestRegion(name);
    return suggestion
        ? `unknown region '${name}' (did you mean '${suggestion}'?)`
        : `unknown region '${name}'; use an AWS region name such as 'us-east-1' or 'eu-west-1'`;
}
/** A region name in a schema; an unknown one gets the did-you-mean message. */
const knownRegionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(KNOWN_REGIONS, {
    error: (issue) => (typeof issue.input === 'string' ? unknownRegionMessage(issue.input) : undefined),
});


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DRILL_ENVIRONMENT: () => (/* binding */ DEFAULT_DRILL_ENVIRONMENT),
  DEFAULT_RESTORE_ENVIRONMENT: () => (/* binding */ DEFAULT_RESTORE_ENVIRONMENT),
  generateIamPolicies: () => (/* binding */ generateIamPolicies),
  grantsFor: () => (/* binding */ grantsFor),
  policyDocument: () => (/* binding */ policyDocument),
  vaultOf: () => (/* binding */ vaultOf)
});

// EXTERNAL MODULE: ./src/config/regions.ts
var regions = __webpack_require__(815);
// EXTERNAL MODULE: ./src/iam/catalog.ts + 6 modules
var catalog = __webpack_require__(709);
;// CONCATENATED MODULE: ./src/iam/features.ts
/**
 * `buckets`: the lifecycle entries whose bucket features count — by default all; the policy
 * generator passes the entries of one side (the vault's, or the backed-up accounts').
 */
function enabledFeatures(config, buckets = config.lifecycle?.buckets ?? []) {
    const on = new Set();
    const { route53, 'load-balancers': lbs, mirror } = config.export;
    if (route53.enabled) {
        on.add('route53');
        if (route53['health-checks'])
            on.add('route53-health-checks');
        if (config.export.incremental.enabled)
            on.add('route53-incremental');
    }
    if (lbs.enabled && lbs.classic)
        on.add('elb');
    if (lbs.enabled && lbs.v2) {
        on.add('elbv2');
        if (lbs['include-targets'])
            on.add('elbv2-targets');
    }
    if (mirror) {
        // A mirror in the vault account is written by the vault role only.
        const inVault = mirror.account === 'vault' && config.vault !== undefined;
        on.add(inVault ? 'mirror-vault' : 'mirror');
        if (mirror['object-lock'])
            on.add(inVault ? 'mirror-vault-lock' : 'mirror-lock');
    }
    if (buckets.some((b) => b.rules !== undefined || b['rules-file'] !== undefined))
        on.add('lifecycle');
    if (buckets.some((b) => b.versioning !== undefined || b.replication !== undefined || b['object-lock'] !== undefined))
        on.add('s3-protection');
    // What the run writes: only what some entry of this side declares.
    if (buckets.some((b) => b.versioning !== undefined))
        on.add('s3-versioning');
    if (buckets.some((b) => b.replication !== undefined))
        on.add('s3-replication');
    if (buckets.some((b) => b['object-lock'] !== undefined))
        on.add('s3-object-lock');
    if (buckets.some((b) => b.replication?.rules.some((r) => r['copy-existing'] && r.status === 'enabled')))
        on.add('s3-backfill');
    if (buckets.some((b) => b.replication?.rules.some((r) => r.status === 'enabled')))
        on.add('s3-drill');
    // Any side's replication rule: its destination's versioning is read with the destination owner's role.
    if ((config.lifecycle?.buckets ?? []).some((b) => b.replication !== undefined))
        on.add('s3-destination');
    if (config.accounts.some((a) => a['role-arn'] !== undefined))
        on.add('assume-role');
    if (config.accounts.some((a) => a.id !== undefined))
        on.add('account-check');
    const policies = config.snapshots?.policies ?? [];
    if (policies.length > 0)
        on.add('snapshots');
    for (const policy of policies) {
        const type = policy.resources.type;
        on.add(`snapshots-${type}`);
        if (policy.copies.length > 0) {
            on.add(type === 'ebs-volume' || type === 'ec2-instance' ? 'snapshots-ebs-copy' : type === 'rds-instance' ? 'snapshots-rds-instance-copy' : 'snapshots-rds-cluster-copy');
        }
        if (policy.copies.some((c) => c['kms-key'] !== undefined))
            on.add('snapshots-kms');
        if (policy['archive-after-days'] !== undefined || policy.copies.some((c) => c['archive-after-days'] !== undefined)) {
            on.add('snapshots-archive');
        }
    }
    if (config.vault) {
        // Every command checks the vault's identity first: run, restore and drill with the vault
        // role, a pull request's plan with the read-only vault plan role (or not at all).
        on.add('vault-role');
        on.add('account-check');
        if (config.vault['plan-role-arn'] !== undefined)
            on.add('vault-plan-role');
    }
    const vaultCopies = policies.flatMap((p) => p.copies).filter((c) => c.account === 'vault');
    if (config.vault && vaultCopies.length > 0) {
        for (const f of ['vault-share', 'vault', 'snapshots-kms'])
            on.add(f);
        if (vaultCopies.some((c) => c.lock !== undefined))
            on.add('vault-lock');
    }
    return on;
}

// EXTERNAL MODULE: ./src/snapshots/tags.ts
var tags = __webpack_require__(5736);
// EXTERNAL MODULE: ./src/snapshots/drivers.ts
var drivers = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/restore/snapshot-source.ts
var snapshot_source = __webpack_require__(924);
// EXTERNAL MODULE: ./src/restore/vault-share.ts
var vault_share = __webpack_require__(9700);
;// CONCATENATED MODULE: ./src/iam/statements.ts




const OWN_TAG = tags/* TAG */.Dk.createdBy;
/** Scratch resources of a restore drill carry this tag (src/restore/snapshot-source.ts); only they may be deleted. */
const DRILL_TAG = snapshot_source/* RESTORE_TAG */.mx.drill;
/** Scratch databases of a drill are named `drill-<source>-<yyyymmdd>` (src/restore/drill.ts scratchName). */
const DRILL_NAME_PREFIX = 'drill-';
/** The S3 drill's scratch prefix in a bucket (src/s3/drill.ts S3_DRILL_PREFIX; a test keeps them equal). */
const S3_DRILL_SCRATCH = '.aws-backup/drill/';
/** Tag keys that decide what a role may delete: nobody may add them to an existing resource. */
const OWNERSHIP_TAG_KEYS = [OWN_TAG, DRILL_TAG];
function unique(values) {
    return [...new Set(values)].sort();
}
/** The statement parts of a scope; most scopes are one part, a few need two conditions. */
function narrow(scope, ctx) {
    const p = ctx.partition;
    const all = unique([...ctx.regions, ...ctx.copyRegions]);
    const ec2 = (regions, type, account = ctx.account) => regions.map((r) => `arn:${p}:ec2:${r}:${account}:${type}/*`);
    // EC2 snapshot ARNs have an empty account field (arn:aws:ec2:region::snapshot/id).
    const snapshots = (regions) => ec2(regions, 'snapshot', '');
    const rds = (regions, type, name = '*', account = ctx.account) => regions.map((r) => `arn:${p}:rds:${r}:${account}:${type}:${name}`);
    const ownRdsSnapshots = (regions, account = ctx.account) => [
        ...rds(regions, 'cluster-snapshot', `${drivers/* RDS_SNAPSHOT_PREFIX */.Cp}*`, account),
        ...rds(regions, 'snapshot', `${drivers/* RDS_SNAPSHOT_PREFIX */.Cp}*`, account),
    ];
    const drill = (type) => rds(all, type, `${DRILL_NAME_PREFIX}*`);
    const dnsSuffix = p === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    const one = (part) => [part];
    const vault = () => {
        if (!ctx.vault)
            throw new Error(`${scope} scope without a vault account`);
        return ctx.vault;
    };
    switch (scope) {
        case 'any':
            return one({ Resource: '*' });
        case 'route53-zones':
            return one({ Resource: [`arn:${p}:route53:::hostedzone/*`] });
        case 'route53-zones-and-health-checks':
            return one({ Resource: [`arn:${p}:route53:::healthcheck/*`, `arn:${p}:route53:::hostedzone/*`] });
        case 'mirror-prefix':
            if (!ctx.mirror)
                throw new Error('mirror-prefix scope without a mirror');
            return one({ Resource: [`arn:${p}:s3:::${ctx.mirror.bucket}/${ctx.mirror.prefix}*`] });
        case 'mirror-bucket':
            if (!ctx.mirror)
                throw new Error('mirror-bucket scope without a mirror');
            return one({ Resource: [`arn:${p}:s3:::${ctx.mirror.bucket}`] });
        case 'lifecycle-buckets':
            return one({ Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}`) });
        case 'lifecycle-bucket-objects':
            return one({ Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}/*`) });
        case 'replica-buckets':
            return one({ Resource: unique(ctx.replicaBuckets ?? []).map((b) => `arn:${p}:s3:::${b}`) });
        case 'replica-bucket-objects':
            return one({ Resource: unique(ctx.replicaBuckets ?? []).map((b) => `arn:${p}:s3:::${b}/*`) });
        case 's3-drill-scratch':
            return one({ Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}/${S3_DRILL_SCRATCH}*`) });
        case 'replication-roles':
            return one({ Resource: unique(ctx.replicationRoles ?? []) });
        case 'ec2-volume-snapshot':
            return one({ Resource: [...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] });
        case 'ec2-instance-volume-snapshot':
            return one({ Resource: [...ec2(ctx.regions, 'instance'), ...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] });
        case 'ec2-snapshot-copy':
            return one({ Resource: snapshots(all) });
        case 'ec2-own-snapshot':
            return one({ Resource: snapshots(all), Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } });
        case 'ec2-tag-on-create':
            return one({ Resource: snapshots(all), Condition: { StringEquals: { 'ec2:CreateAction': ['CopySnapshot', 'CreateSnapshot', 'CreateSnapshots'] } } });
        case 'ec2-own-snapshot-volume-tag':
            // Only the volume tag, only on the tool's own snapshots: no other tag can be forged this way.
            return one({
                Resource: snapshots(ctx.regions),
                Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: tags/* CREATED_BY */.VI }, 'ForAllValues:StringEquals': { 'aws:TagKeys': [tags/* TAG */.Dk.volume] } },
            });
        case 'rds-db-snapshot':
            return one({ Resource: [...rds(ctx.regions, 'db'), ...rds(ctx.regions, 'snapshot')] });
        case 'rds-snapshot-copy':
            return one({ Resource: rds(all, 'snapshot') });
        case 'rds-own-snapshot':
            return one({ Resource: rds(all, 'snapshot'), Condition: { StringEquals: { [`rds:snapshot-tag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } });
        case 'rds-cluster-snapshot':
            return one({ Resource: [...rds(ctx.regions, 'cluster'), ...rds(ctx.regions, 'cluster-snapshot')] });
        case 'rds-cluster-snapshot-copy':
            return one({ Resource: rds(all, 'cluster-snapshot') });
        case 'rds-own-cluster-snapshot':
            return one({ Resource: rds(all, 'cluster-snapshot'), Condition: { StringEquals: { [`rds:cluster-snapshot-tag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } });
        case 'rds-tag-own-snapshot-name':
            return one({ Resource: ownRdsSnapshots(all) });
        case 'kms-via-ec2-rds':
            // Keys are used only through EC2 or RDS in the backed-up and DR regions, never directly.
            return one({
                Resource: '*',
                Condition: { StringEquals: { 'kms:ViaService': unique([...all, ...(ctx.vault?.regions ?? [])]).flatMap((r) => [`ec2.${r}.${dnsSuffix}`, `rds.${r}.${dnsSuffix}`]) } },
            });
        case 'role-arns':
            return one({ Resource: unique(ctx.roleArns) });
        case 'elb-in-regions':
            return one({ Resource: all.map((r) => `arn:${p}:elasticloadbalancing:${r}:${ctx.account}:*`) });
        case 'route53-health-checks':
            return one({ Resource: [`arn:${p}:route53:::healthcheck/*`] });
        case 'route53-changes':
            return one({ Resource: [`arn:${p}:route53:::change/*`] });
        case 'ec2-volume-from-snapshot':
            return one({ Resource: [...snapshots(all), ...ec2(all, 'volume')] });
        case 'ec2-instance-volume':
            return one({ Resource: [...ec2(all, 'instance'), ...ec2(all, 'volume')] });
        case 'ec2-tag-on-volume-create':
            return one({ Resource: ec2(all, 'volume'), Condition: { StringEquals: { 'ec2:CreateAction': 'CreateVolume' } } });
        case 'rds-tag-restored':
            // A restored database is tagged at creation; the ownership and drill keys never.
            return one({ Resource: [...rds(all, 'cluster'), ...rds(all, 'db')], Condition: { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': OWNERSHIP_TAG_KEYS } } });
        case 'ec2-drill-volume-create':
            // A scratch volume must be created with the drill tag; any snapshot may be its source.
            return [
                { Resource: ec2(all, 'volume'), Condition: { StringEquals: { [`aws:RequestTag/${DRILL_TAG}`]: 'true' } } },
                { Resource: snapshots(all) },
            ];
        case 'ec2-drill-volume':
            return one({ Resource: ec2(all, 'volume'), Condition: { StringEquals: { [`ec2:ResourceTag/${DRILL_TAG}`]: 'true' } } });
        case 'rds-drill-create':
            // The new database or cluster is a drill-… one; the snapshot and groups it names are only read.
            return one({
                Resource: [
                    ...drill('cluster'),
                    ...rds(all, 'cluster-pg'),
                    ...rds(all, 'cluster-snapshot'),
                    ...drill('db'),
                    ...rds(all, 'og'),
                    ...rds(all, 'pg'),
                    ...rds(all, 'secgrp'),
                    ...rds(all, 'snapshot'),
                    ...rds(all, 'subgrp'),
                    // A drill over vault copies restores a cluster from the vault's shared copy (drill-vault.ts).
                    ...(ctx.vault ? rds(ctx.vault.regions, 'cluster-snapshot', '*', ctx.vault.account) : []),
                ],
            });
        case 'rds-tag-drill-name':
            return one({ Resource: [...drill('cluster'), ...drill('db')] });
        case 'rds-drill-db':
            return one({ Resource: drill('db'), Condition: { StringEquals: { [`rds:db-tag/${DRILL_TAG}`]: 'true' } } });
        case 'rds-drill-cluster':
            return one({ Resource: drill('cluster'), Condition: { StringEquals: { [`rds:cluster-tag/${DRILL_TAG}`]: 'true' } } });
        case 'vault-ec2-snapshot':
            return one({ Resource: snapshots(vault().regions) });
        case 'vault-ec2-own-snapshot':
            return one({ Resource: snapshots(vault().regions), Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } });
        case 'vault-ec2-tag-on-create':
            return one({ Resource: snapshots(vault().regions), Condition: { StringEquals: { 'ec2:CreateAction': 'CopySnapshot' } } });
        case 'vault-rds-snapshot-copy':
            // The source is a snapshot shared from the backed-up account; the copy gets the tool's name.
            return one({ Resource: [...rds(vault().regions, 'cluster-snapshot', '*', '*'), ...rds(vault().regions, 'snapshot', '*', '*')] });
        case 'vault-rds-own-snapshot':
            return [
                { Resource: rds(vault().regions, 'snapshot', '*', vault().account), Condition: { StringEquals: { [`rds:snapshot-tag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } },
                { Resource: rds(vault().regions, 'cluster-snapshot', '*', vault().account), Condition: { StringEquals: { [`rds:cluster-snapshot-tag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } },
            ];
        case 'vault-rds-tag-own-snapshot-name':
            return one({ Resource: ownRdsSnapshots(vault().regions, vault().account) });
        case 'vault-rds-share':
            // A restore from the vault shares the tool's own copies (abg-… names) with the restoring account.
            return one({ Resource: ownRdsSnapshots(vault().regions, vault().account) });
        case 'vault-role':
            return one({ Resource: vault().roleArn ? [vault().roleArn] : [] });
        case 'vault-plan-role':
            return one({ Resource: vault().planRoleArn ? [vault().planRoleArn] : [] });
        case 'vault-kms-keys':
            return one({ Resource: vault().regions.map((r) => `arn:${p}:kms:${r}:${vault().account}:key/*`) });
        case 'rds-vault-restore-copy':
            // The source is a vault copy shared with this account; the copy is named vault-restore-….
            return one({ Resource: [...rds(vault().regions, 'snapshot', '*', vault().account), ...rds(unique([...all, ...vault().regions]), 'snapshot', `${vault_share/* VAULT_COPY_PREFIX */.Y6}*`)] });
        case 'rds-vault-restore-own-copy':
            return one({ Resource: rds(unique([...all, ...vault().regions]), 'snapshot', `${vault_share/* VAULT_COPY_PREFIX */.Y6}*`) });
    }
}
/** `route53-zones` + `read` → `Route53ZonesRead` */
function statementId(scope, access) {
    return `${scope}-${access}`
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./src/iam/trust.ts
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
const OIDC_AUDIENCE = 'sts.amazonaws.com';
/** The role names the template's workflows assume: `aws-backup-gitops-<duty>`. */
function roleName(duty) {
    return `aws-backup-gitops-${duty}`;
}
function roleArn(partition, accountId, duty) {
    return `arn:${partition}:iam::${accountId}:role/${roleName(duty)}`;
}
function awsRoleTrustPolicy(roleArns, sid) {
    return {
        Version: '2012-10-17',
        Statement: [{ Sid: sid, Effect: 'Allow', Principal: { AWS: roleArns.length === 1 ? roleArns[0] : roleArns }, Action: 'sts:AssumeRole' }],
    };
}
// GitHub owner and repository names: letters, digits, '-', '_' and '.'; no wildcard can pass.
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/;
const WILDCARD_OR_SPACE = /[*?\s]/;
/** Throws one clear message for a repository, branch or environment a trust policy cannot name exactly. */
function assertExactSubjectParts(repository, branch, environment) {
    if (!REPOSITORY.test(repository) || repository.endsWith('.git')) {
        throw new Error(`repository "${repository}" must be written OWNER/NAME exactly as on GitHub (e.g. example-team/aws-backup), without wildcards, URL or .git`);
    }
    if (branch === '' || WILDCARD_OR_SPACE.test(branch) || branch.startsWith('refs/')) {
        throw new Error(`branch "${branch}" must be one exact branch name such as main (no wildcards, no refs/heads/ prefix)`);
    }
    if (environment !== undefined && (environment === '' || /[*?]/.test(environment))) {
        throw new Error(`environment "${environment}" must be one exact GitHub environment name such as aws-restore (no wildcards)`);
    }
}
function oidcProviderArn(partition, accountId) {
    return `arn:${partition}:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`;
}
/** The `sub` claim GitHub puts in the token of a job on a branch. */
function branchSubject(repository, branch) {
    return `repo:${repository}:ref:refs/heads/${branch}`;
}
/** The `sub` claim of a job that names a deployment environment (it replaces the ref). */
function environmentSubject(repository, environment) {
    return `repo:${repository}:environment:${environment}`;
}
/** The `sub` claim of a job triggered by `pull_request`. */
function pullRequestSubject(repository) {
    return `repo:${repository}:pull_request`;
}
function githubTrustPolicy(partition, accountId, subjects, sid) {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: sid,
                Effect: 'Allow',
                Principal: { Federated: oidcProviderArn(partition, accountId) },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: {
                    StringEquals: {
                        [`${GITHUB_OIDC_HOST}:aud`]: OIDC_AUDIENCE,
                        [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0] : subjects,
                    },
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/iam/policy.ts
/**
 * The least-privilege IAM policies for a config, one role per duty: `plan` (pull-request
 * plans, read-only), `run` (the schedule), `restore` (the protected restore environment),
 * `drill` (restore drills, scratch resources only) and, with a vault account, `vault` and the
 * read-only `vault-plan`. Each comes with its trust policy: the GitHub OIDC subject of exactly
 * the workflow that uses it (the vault role trusts the source account's run, restore and drill
 * roles; the vault plan role only the plan role). Pure: config in, JSON out.
 */





const DEFAULT_RESTORE_ENVIRONMENT = 'aws-restore';
const DEFAULT_DRILL_ENVIRONMENT = 'aws-drill';
function accountIdFor(config, options) {
    if (options.accountId !== undefined) {
        if (!/^\d{12}$/.test(options.accountId)) {
            throw new Error(`account id "${options.accountId}" must be exactly 12 digits, e.g. 123456789012`);
        }
        return options.accountId;
    }
    const ids = new Set(config.accounts.map((a) => a.id).filter((id) => id !== undefined));
    return config.accounts.length === 1 && ids.size === 1 ? [...ids][0] : undefined;
}
/**
 * The vault account of the config, when it has one. The `vault:` section is read here and
 * nowhere else in src/iam (one place to adapt when its schema changes).
 */
function vaultOf(config) {
    const vault = config.vault;
    if (!vault)
        return undefined;
    const regions = new Set(Object.keys(vault['kms-keys']));
    for (const policy of config.snapshots?.policies ?? [])
        for (const copy of policy.copies)
            if (copy.account === 'vault')
                regions.add(copy.region);
    return { account: vault.id, regions: [...regions].sort(), roleArn: vault['role-arn'], ...(vault['plan-role-arn'] && { planRoleArn: vault['plan-role-arn'] }) };
}
/**
 * The declared buckets by side: those with `account: vault` are planned with the vault plan role
 * and applied with the vault role, the rest with the source account's roles; each side's roles
 * are scoped to its own buckets, and to the replication destinations it owns (whose versioning
 * the plan reads with the owner's role).
 */
function bucketSides(config) {
    const inVault = (account) => config.vault !== undefined && account === 'vault';
    const entries = config.lifecycle?.buckets ?? [];
    const side = (vault) => {
        const buckets = entries.filter((b) => inVault(b.account) === vault);
        return {
            entries: buckets,
            names: buckets.map((b) => b.name),
            replicationRoles: buckets.flatMap((b) => (b.replication ? [b.replication.role] : [])),
            destinations: entries.flatMap((b) => b.replication?.rules.filter((r) => inVault(r.destination.account ?? b.account) === vault).map((r) => r.destination.bucket) ?? []),
        };
    };
    return { source: side(false), vault: side(true) };
}
function scopeContext(config, account, partition) {
    const regions = new Set(config.regions);
    for (const a of config.accounts)
        for (const r of a.regions ?? [])
            regions.add(r);
    const copyRegions = new Set();
    for (const policy of config.snapshots?.policies ?? [])
        for (const copy of policy.copies)
            if (copy.account !== 'vault')
                copyRegions.add(copy.region);
    // Restores may target the DR region too.
    if (config['dr-region'])
        copyRegions.add(config['dr-region']);
    const mirror = config.export.mirror;
    const vault = vaultOf(config);
    const { source } = bucketSides(config);
    return {
        partition,
        account,
        regions: [...regions].sort(),
        copyRegions: [...copyRegions].sort(),
        ...(mirror && { mirror: { bucket: mirror.bucket, prefix: mirror.prefix } }),
        lifecycleBuckets: source.names,
        // Restores and drills read every replica (one in the vault through its bucket policy).
        replicaBuckets: (config.lifecycle?.buckets ?? []).flatMap((b) => b.replication?.rules.map((r) => r.destination.bucket) ?? []),
        replicationRoles: source.replicationRoles,
        // The vault's roles are granted by their own scopes: the plan role may assume only the read-only one.
        roleArns: config.accounts.flatMap((a) => (a['role-arn'] ? [a['role-arn']] : [])),
        ...(vault && { vault }),
    };
}
/** The features each duty's role works with: the config's, and restores/drills always. */
function dutyFeatures(features, duty) {
    const out = new Set(features);
    if (duty === 'restore')
        out.add('restore');
    // A drill runs the restore code into scratch resources: the restore reads it shares are on.
    if (duty === 'drill')
        for (const f of ['restore', 'drill'])
            out.add(f);
    return out;
}
/** The actions a duty's role needs for a config's features, each with its scope. */
function grantsFor(features, duty) {
    const on = dutyFeatures(features, duty);
    const calls = catalog/* AWS_CALLS */.sj.filter((c) => c.duties.includes(duty) && on.has(c.feature));
    const grants = calls.map((c) => ({ action: c.action, scope: c.scope, access: c.access }));
    const called = new Set(calls.map((c) => c.operation));
    for (const d of catalog/* DEPENDENT_ACTIONS */.k3) {
        if (d.duties.includes(duty) && on.has(d.feature) && d.neededBy.some((op) => called.has(op))) {
            grants.push({ action: d.action, scope: d.scope, access: 'write' });
        }
    }
    return grants;
}
/** One statement per (scope, access) and part, actions sorted, in a stable order. */
function policyDocument(grants, ctx) {
    const groups = new Map();
    for (const g of grants) {
        const key = `${g.access}|${g.scope}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { scope: g.scope, access: g.access, actions: new Set() }));
        group.actions.add(g.action);
    }
    const statements = [...groups.values()]
        .sort((a, b) => (a.access === b.access ? a.scope.localeCompare(b.scope) : a.access === 'read' ? -1 : 1))
        .flatMap((group) => 
    // A scope with nothing in it (e.g. no replica buckets) grants nothing.
    narrow(group.scope, ctx).filter((part) => !(Array.isArray(part.Resource) && part.Resource.length === 0)).map((part, i) => ({
        Sid: `${statementId(group.scope, group.access)}${i === 0 ? '' : i + 1}`,
        Effect: 'Allow',
        Action: [...group.actions].sort(),
        ...part,
    })));
    return { Version: '2012-10-17', Statement: statements };
}
function generateIamPolicies(config, options) {
    const restoreEnvironment = options.environment ?? DEFAULT_RESTORE_ENVIRONMENT;
    const drillEnvironment = options.drillEnvironment ?? DEFAULT_DRILL_ENVIRONMENT;
    assertExactSubjectParts(options.repository, options.branch, restoreEnvironment);
    assertExactSubjectParts(options.repository, options.branch, drillEnvironment);
    if (restoreEnvironment === drillEnvironment) {
        throw new Error(`the restore and drill environments are both "${restoreEnvironment}": give the drill its own (e.g. ${DEFAULT_DRILL_ENVIRONMENT}), or drills could restore over production`);
    }
    const accountId = accountIdFor(config, options);
    if (accountId === undefined) {
        throw new Error('the trust policy names the account that holds the role: pass its 12-digit id (--account-id 123456789012), or set id: "123456789012" on the only entry of accounts');
    }
    const partition = (0,regions/* partitionOf */.iQ)(config.regions[0]);
    // One policy serves every account of a multi-account config, so its ARNs name none.
    const arnAccount = config.accounts.length === 1 ? accountId : '*';
    const ctx = scopeContext(config, arnAccount, partition);
    const sides = bucketSides(config);
    const features = enabledFeatures(config, sides.source.entries);
    // The plan and run read only the destinations their own accounts hold.
    const planRunCtx = { ...ctx, replicaBuckets: sides.source.destinations };
    const policy = (duty) => policyDocument(grantsFor(features, duty), duty === 'plan' || duty === 'run' ? planRunCtx : ctx);
    const { repository } = options;
    const policies = {
        plan: { policy: policy('plan'), trust: githubTrustPolicy(partition, accountId, [pullRequestSubject(repository)], 'GitHubActionsPullRequestPlan') },
        run: { policy: policy('run'), trust: githubTrustPolicy(partition, accountId, [branchSubject(repository, options.branch)], 'GitHubActionsScheduledRun') },
        restore: { policy: policy('restore'), trust: githubTrustPolicy(partition, accountId, [environmentSubject(repository, restoreEnvironment)], 'GitHubActionsRestoreEnvironment') },
        drill: { policy: policy('drill'), trust: githubTrustPolicy(partition, accountId, [environmentSubject(repository, drillEnvironment)], 'GitHubActionsDrillEnvironment') },
    };
    const vaultFeatures = enabledFeatures(config, sides.vault.entries);
    const vaultCtx = ctx.vault && {
        ...ctx,
        account: ctx.vault.account,
        lifecycleBuckets: sides.vault.names,
        replicaBuckets: sides.vault.destinations,
        replicationRoles: sides.vault.replicationRoles,
    };
    const vaultGrants = grantsFor(vaultFeatures, 'vault');
    if (vaultCtx && vaultGrants.length > 0) {
        // The vault role is assumed from the source account's roles that work with vault copies.
        const sources = ['run', 'restore', 'drill'].map((duty) => roleArn(partition, accountId, duty));
        policies.vault = { policy: policyDocument(vaultGrants, vaultCtx), trust: awsRoleTrustPolicy(sources, 'SourceAccountRoles') };
    }
    const planGrants = grantsFor(vaultFeatures, 'vault-plan');
    if (vaultCtx && planGrants.length > 0) {
        // Read-only, trusted by the plan role alone: a pull request sees the vault but cannot change it.
        policies['vault-plan'] = {
            policy: policyDocument(planGrants, vaultCtx),
            trust: awsRoleTrustPolicy([roleArn(partition, accountId, 'plan')], 'SourceAccountPlanRole'),
        };
    }
    return policies;
}


/***/ }),

/***/ 6390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ RDS_SNAPSHOT_PREFIX),
/* harmony export */   e0: () => (/* binding */ DRIVERS),
/* harmony export */   pf: () => (/* binding */ rdsSnapshotName),
/* harmony export */   rE: () => (/* binding */ archiveEbsSnapshot)
/* harmony export */ });
/* unused harmony exports ebsDriver, rdsInstanceDriver, rdsClusterDriver */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7202);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/**
 * The AWS calls behind snapshot actions, one driver per snapshot kind: create (EBS volume,
 * EC2 instance set, DB instance, DB cluster), copy into a destination region, delete, and
 * (EBS) archive. Thin: no decisions here beyond mapping AWS answers.
 */




const snapshotTags = (tags) => [{ ResourceType: 'snapshot', Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(tags) }];
const ebsDriver = {
    kind: 'ebs',
    async create(clients, request) {
        const ec2 = clients.ec2(request.region);
        if (request.instance) {
            const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.CreateSnapshotsCommand({
                InstanceSpecification: { InstanceId: request.resourceId, ExcludeBootVolume: request.instance.excludeBootVolume },
                Description: request.description,
                TagSpecifications: snapshotTags(request.tags),
                ...(request.instance.copyVolumeTags && { CopyTagsFromSource: 'volume' }),
            }));
            const created = (answer.Snapshots ?? []).map((s) => ({
                id: s.SnapshotId ?? '',
                ...(s.VolumeId && { volumeId: s.VolumeId }),
                takenAt: s.StartTime?.getTime() ?? request.now,
                tags: s.VolumeId ? { ...request.tags, [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.volume]: s.VolumeId } : request.tags,
            }));
            // TagSpecifications are the same for every snapshot of the set; the volume tag differs per snapshot.
            await Promise.all(created.filter((s) => s.volumeId).map((s) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.CreateTagsCommand({ Resources: [s.id], Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)({ [_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG */ .Dk.volume]: s.volumeId }) }))));
            return created;
        }
        const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.CreateSnapshotCommand({ VolumeId: request.resourceId, Description: request.description, TagSpecifications: snapshotTags(request.tags) }));
        return [{ id: answer.SnapshotId ?? '', volumeId: request.resourceId, takenAt: answer.StartTime?.getTime() ?? request.now, tags: request.tags }];
    },
    async copy(clients, request) {
        const answer = await clients.ec2(request.destination).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.CopySnapshotCommand({
            SourceRegion: request.sourceRegion,
            SourceSnapshotId: request.source.id,
            Description: request.description,
            ...(request.kmsKeyArn && { Encrypted: true, KmsKeyId: request.kmsKeyArn }),
            TagSpecifications: snapshotTags(request.tags),
        }));
        if (!answer.SnapshotId)
            throw new Error(`CopySnapshot of ${request.source.id} into ${request.destination} returned no snapshot id`);
        return answer.SnapshotId;
    },
    async remove(clients, region, id) {
        await clients.ec2(region).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DeleteSnapshotCommand({ SnapshotId: id }));
    },
};
async function archiveEbsSnapshot(clients, region, id) {
    await clients.ec2(region).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.ModifySnapshotTierCommand({ SnapshotId: id, StorageTier: 'archive' }));
}
const rdsInstanceDriver = {
    kind: 'rds-instance',
    async create(clients, request) {
        const answer = await clients.rds(request.region).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.CreateDBSnapshotCommand({ DBInstanceIdentifier: request.resourceId, DBSnapshotIdentifier: request.name, Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(request.tags) }));
        const s = answer.DBSnapshot;
        return [{ id: s?.DBSnapshotIdentifier ?? request.name, ...(s?.DBSnapshotArn && { arn: s.DBSnapshotArn }), takenAt: s?.SnapshotCreateTime?.getTime() ?? request.now, tags: request.tags }];
    },
    async copy(clients, request) {
        // The SDK presigns the cross-region request itself when the source is an ARN of another region.
        const answer = await clients.rds(request.destination).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.CopyDBSnapshotCommand({
            SourceDBSnapshotIdentifier: request.source.arn ?? request.source.id,
            TargetDBSnapshotIdentifier: request.source.id,
            ...(request.kmsKeyArn && request.source.encrypted && { KmsKeyId: request.kmsKeyArn }),
            ...(request.optionGroup && { OptionGroupName: request.optionGroup }),
            Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(request.tags),
        }));
        return answer.DBSnapshot?.DBSnapshotIdentifier ?? request.source.id;
    },
    async remove(clients, region, id) {
        await clients.rds(region).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DeleteDBSnapshotCommand({ DBSnapshotIdentifier: id }));
    },
};
const rdsClusterDriver = {
    kind: 'rds-cluster',
    async create(clients, request) {
        const answer = await clients.rds(request.region).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.CreateDBClusterSnapshotCommand({ DBClusterIdentifier: request.resourceId, DBClusterSnapshotIdentifier: request.name, Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(request.tags) }));
        const s = answer.DBClusterSnapshot;
        return [
            { id: s?.DBClusterSnapshotIdentifier ?? request.name, ...(s?.DBClusterSnapshotArn && { arn: s.DBClusterSnapshotArn }), takenAt: s?.SnapshotCreateTime?.getTime() ?? request.now, tags: request.tags },
        ];
    },
    async copy(clients, request) {
        // The SDK presigns the cross-region request itself when the source is an ARN of another region.
        const answer = await clients.rds(request.destination).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.CopyDBClusterSnapshotCommand({
            SourceDBClusterSnapshotIdentifier: request.source.arn ?? request.source.id,
            TargetDBClusterSnapshotIdentifier: request.source.id,
            ...(request.kmsKeyArn && request.source.encrypted && { KmsKeyId: request.kmsKeyArn }),
            Tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(request.tags),
        }));
        return answer.DBClusterSnapshot?.DBClusterSnapshotIdentifier ?? request.source.id;
    },
    async remove(clients, region, id) {
        await clients.rds(region).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: id }));
    },
};
const DRIVERS = {
    ebs: ebsDriver,
    'rds-instance': rdsInstanceDriver,
    'rds-cluster': rdsClusterDriver,
};
/** RDS identifier limits: DB snapshots 255 characters, cluster snapshots 63. */
const NAME_LIMIT = { 'rds-instance': 255, 'rds-cluster': 63 };
/**
 * Every RDS snapshot the tool names starts with this: the IAM policies let the tool's roles
 * tag only snapshots named so (rds:AddTagsToResource has no create-only condition), so no role
 * can put the ownership tag on somebody else's snapshot (src/iam/statements.ts).
 */
const RDS_SNAPSHOT_PREFIX = 'abg-';
/**
 * `abg-<db>-<policy>-<yyyymmdd>-<hhmm>`: unique per policy and minute (a policy snapshots a
 * resource at most once per hour). Too long for the limit: the front is shortened and a hash
 * keeps it unique.
 */
function rdsSnapshotName(kind, resourceId, policy, now) {
    const iso = new Date(now).toISOString();
    const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
    const front = `${RDS_SNAPSHOT_PREFIX}${resourceId}-${policy}`;
    const limit = NAME_LIMIT[kind];
    if (front.length + 1 + stamp.length <= limit)
        return `${front}-${stamp}`;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(front).digest('hex').slice(0, 8);
    const room = limit - stamp.length - hash.length - 2;
    const cut = front.slice(0, room).replace(/-+$/, '');
    return `${cut}-${hash}-${stamp}`;
}


/***/ })

};
