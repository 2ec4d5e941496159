export const id = 506;
export const ids = [506];
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
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
// EXTERNAL MODULE: ./src/iam/catalog.ts + 5 modules
var catalog = __webpack_require__(8100);
;// CONCATENATED MODULE: ./src/iam/features.ts
function enabledFeatures(config) {
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
    const buckets = config.lifecycle?.buckets ?? [];
    if (buckets.some((b) => b.rules !== undefined || b['rules-file'] !== undefined))
        on.add('lifecycle');
    if (buckets.some((b) => b.versioning !== undefined || b.replication !== undefined || b['object-lock'] !== undefined))
        on.add('s3-protection');
    if (buckets.some((b) => b.replication?.rules.some((r) => r['copy-existing'] && r.status === 'enabled')))
        on.add('s3-backfill');
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
    const vaultCopies = policies.flatMap((p) => p.copies).filter((c) => c.account === 'vault');
    if (config.vault && vaultCopies.length > 0) {
        for (const f of ['vault-share', 'vault', 'snapshots-kms', 'account-check'])
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
 * `drill` (restore drills, scratch resources only) and, with a vault account, `vault`. Each
 * comes with its trust policy: the GitHub OIDC subject of exactly the workflow that uses it
 * (the vault role trusts the source account's roles). Pure: config in, JSON out.
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
    return { account: vault.id, regions: [...regions].sort() };
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
    return {
        partition,
        account,
        regions: [...regions].sort(),
        copyRegions: [...copyRegions].sort(),
        ...(mirror && { mirror: { bucket: mirror.bucket, prefix: mirror.prefix } }),
        lifecycleBuckets: (config.lifecycle?.buckets ?? []).map((b) => b.name),
        replicaBuckets: (config.lifecycle?.buckets ?? []).flatMap((b) => b.replication?.rules.map((r) => r.destination.bucket) ?? []),
        replicationRoles: (config.lifecycle?.buckets ?? []).flatMap((b) => (b.replication ? [b.replication.role] : [])),
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
    const features = enabledFeatures(config);
    const policy = (duty) => policyDocument(grantsFor(features, duty), ctx);
    const { repository } = options;
    const policies = {
        plan: { policy: policy('plan'), trust: githubTrustPolicy(partition, accountId, [pullRequestSubject(repository)], 'GitHubActionsPullRequestPlan') },
        run: { policy: policy('run'), trust: githubTrustPolicy(partition, accountId, [branchSubject(repository, options.branch)], 'GitHubActionsScheduledRun') },
        restore: { policy: policy('restore'), trust: githubTrustPolicy(partition, accountId, [environmentSubject(repository, restoreEnvironment)], 'GitHubActionsRestoreEnvironment') },
        drill: { policy: policy('drill'), trust: githubTrustPolicy(partition, accountId, [environmentSubject(repository, drillEnvironment)], 'GitHubActionsDrillEnvironment') },
    };
    const vaultGrants = grantsFor(features, 'vault');
    if (ctx.vault && vaultGrants.length > 0) {
        // The vault role is assumed from the source account's roles that work with vault copies.
        const sources = ['run', 'restore', 'drill'].map((duty) => roleArn(partition, accountId, duty));
        policies.vault = { policy: policyDocument(vaultGrants, { ...ctx, account: ctx.vault.account }), trust: awsRoleTrustPolicy(sources, 'SourceAccountRoles') };
    }
    return policies;
}


/***/ }),

/***/ 4872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ describeDbInstance),
/* harmony export */   K0: () => (/* binding */ describeSubnetGroup),
/* harmony export */   OC: () => (/* binding */ describeDbClusterSnapshot),
/* harmony export */   Sl: () => (/* binding */ latestDbClusterSnapshot),
/* harmony export */   Tg: () => (/* binding */ clusterInstances),
/* harmony export */   __: () => (/* binding */ latestDbSnapshot),
/* harmony export */   gw: () => (/* binding */ describeDbSnapshot),
/* harmony export */   qA: () => (/* binding */ describeDbCluster),
/* harmony export */   s_: () => (/* binding */ securityGroupVpcs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7202);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5193);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8268);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(924);
/**
 * Read-only RDS (and EC2 security group) lookups a restore plans with: snapshots by name or
 * the newest one the tool made of a resource, instances, clusters, subnet groups. "Not
 * found" is `undefined`, never an exception, so the planner can word the error itself.
 */






const NOT_FOUND = new Set([
    'DBSnapshotNotFound',
    'DBSnapshotNotFoundFault',
    'DBClusterSnapshotNotFoundFault',
    'DBClusterSnapshotNotFound',
    'DBInstanceNotFound',
    'DBInstanceNotFoundFault',
    'DBClusterNotFoundFault',
    'DBClusterNotFound',
    'DBSubnetGroupNotFoundFault',
    'DBSubnetGroupNotFound',
]);
async function orUndefined(call) {
    try {
        return await call();
    }
    catch (error) {
        if (NOT_FOUND.has((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error) ?? ''))
            return undefined;
        throw error;
    }
}
function describeDbSnapshot(rds, id) {
    return orUndefined(async () => (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: id }))).DBSnapshots?.[0]);
}
function describeDbClusterSnapshot(rds, id) {
    return orUndefined(async () => (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: id }))).DBClusterSnapshots?.[0]);
}
function describeDbInstance(rds, id) {
    return orUndefined(async () => (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))).DBInstances?.[0]);
}
function describeDbCluster(rds, id) {
    return orUndefined(async () => (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBClustersCommand({ DBClusterIdentifier: id }))).DBClusters?.[0]);
}
function describeSubnetGroup(rds, name) {
    return orUndefined(async () => (await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBSubnetGroupsCommand({ DBSubnetGroupName: name }))).DBSubnetGroups?.[0]);
}
/** Member instances of a cluster. */
async function clusterInstances(rds, clusterId) {
    return (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: [clusterId] }], ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBInstances);
}
/** The newest available manual DB snapshot the tool made of a DB instance. */
async function latestDbSnapshot(rds, dbId) {
    const all = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBSnapshots);
    const mine = all.filter((s) => s.Status === 'available' && (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isToolSnapshotOf */ .gG)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagRecord */ .C3)(s.TagList), dbId));
    return mine.sort((a, b) => (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__/* .takenAt */ .Fm)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagRecord */ .C3)(b.TagList), b.SnapshotCreateTime) - (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__/* .takenAt */ .Fm)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagRecord */ .C3)(a.TagList), a.SnapshotCreateTime))[0];
}
/** The newest available manual cluster snapshot the tool made of a DB cluster. */
async function latestDbClusterSnapshot(rds, clusterId) {
    const all = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBClusterSnapshots);
    const mine = all.filter((s) => s.Status === 'available' && (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isToolSnapshotOf */ .gG)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagRecord */ .C3)(s.TagList), clusterId));
    return mine.sort((a, b) => (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__/* .takenAt */ .Fm)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagRecord */ .C3)(b.TagList), b.SnapshotCreateTime) - (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_2__/* .takenAt */ .Fm)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagRecord */ .C3)(a.TagList), a.SnapshotCreateTime))[0];
}
/** Security group id → its VPC, for the ids that exist; the rest are missing. */
async function securityGroupVpcs(ec2, ids) {
    const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [...ids] }] }));
    return new Map((answer.SecurityGroups ?? []).filter((g) => g.GroupId).map((g) => [g.GroupId, g.VpcId ?? '']));
}


/***/ }),

/***/ 924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ takenAt),
/* harmony export */   Fr: () => (/* binding */ requestToken),
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   Qz: () => (/* binding */ waitMinutesOption),
/* harmony export */   ct: () => (/* binding */ dayStamp),
/* harmony export */   dF: () => (/* binding */ candidateRegions),
/* harmony export */   f7: () => (/* binding */ parseSnapshotSource),
/* harmony export */   gG: () => (/* binding */ isToolSnapshotOf),
/* harmony export */   mx: () => (/* binding */ RESTORE_TAG),
/* harmony export */   vK: () => (/* binding */ checkRegion),
/* harmony export */   yC: () => (/* binding */ arnRegion)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_regions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(815);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5736);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(483);
/**
 * What the EBS and RDS restores (and drills) share: reading the `source` of a request
 * (`snap-…`, a snapshot name or ARN, or `latest:<resource id>`), checking the region, the
 * token that makes a restore idempotent, and the tags a restored resource carries.
 */




const RESTORE_TAG = {
    /** Snapshot (or `<db>@<instant>`) a resource was restored from. */
    restoredFrom: 'aws-backup-gitops:restored-from',
    /** Hash of the request: the same request finds what it made before instead of making it again. */
    token: 'aws-backup-gitops:restore-token',
    /** Scratch resources of a restore drill; only these are ever deleted by a drill. */
    drill: 'aws-backup-gitops:drill',
};
/** `latest:<id>` or a snapshot reference; an empty or half-written source is a RestoreInputError. */
function parseSnapshotSource(source, example) {
    const text = source.trim();
    if (text === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`the restore source is empty; name a snapshot (e.g. ${example}) or latest:<resource id>`);
    if (text.startsWith('latest:')) {
        const id = text.slice('latest:'.length).trim();
        if (!id)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`source "${source}" names no resource; write latest:<resource id>, e.g. latest:${example}`);
        return { latestOf: id };
    }
    return { snapshot: text };
}
/** The region of an ARN (`arn:aws:rds:us-east-1:…`), if the text is one. */
function arnRegion(text) {
    return /^arn:[^:]+:[^:]+:([a-z0-9-]+):/.exec(text)?.[1];
}
function checkRegion(region, where) {
    if (!(0,_config_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .isKnownRegion */ .Kk)(region))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`${where}: ${(0,_config_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownRegionMessage */ .Ge)(region)}`);
    return region;
}
/**
 * Regions to look in when the request names none: the account's own first, then the DR
 * region (where the copies are).
 */
function candidateRegions(config, account) {
    const regions = [...account.regions];
    const dr = config['dr-region'];
    if (dr && !regions.includes(dr))
        regions.push(dr);
    for (const policy of config.snapshots?.policies ?? []) {
        for (const copy of policy.copies)
            if (!regions.includes(copy.region))
                regions.push(copy.region);
    }
    return regions;
}
/** A stable token for one request: same inputs, same token (EC2 ClientToken takes ≤ 64 ASCII characters). */
function requestToken(parts) {
    return `abg-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40)}`;
}
/** Whether a snapshot was made by the tool of `resourceId` (an instance set counts for each of its volumes). */
function isToolSnapshotOf(tags, resourceId, volumeId) {
    if (tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.createdBy] !== _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .CREATED_BY */ .VI)
        return false;
    if (tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.source] === resourceId)
        return true;
    return tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.source]?.startsWith('i-') === true && (tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.volume] === resourceId || volumeId === resourceId);
}
/** The point in time a snapshot stands for: copies carry their source's time in a tag. */
function takenAt(tags, created) {
    const tagged = tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.takenAt] ? Date.parse(tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.takenAt]) : NaN;
    return Number.isNaN(tagged) ? (created?.getTime() ?? 0) : tagged;
}
/** Options a kind accepts; anything else is most likely a typo and is refused. */
function checkOptions(request, known) {
    const unknown = Object.keys(request.options).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`unknown option${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')} for a ${request.kind} restore; ` +
            `the options are: ${known.join(', ')}`);
    }
}
/** `wait-minutes` from the options, if given. */
function waitMinutesOption(request) {
    const raw = request.options['wait-minutes'];
    if (raw === undefined)
        return undefined;
    const minutes = Number(raw);
    if (!Number.isFinite(minutes) || minutes < 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`option wait-minutes must be a number of minutes ≥ 0, got "${raw}"`);
    }
    return minutes;
}
/** yyyymmdd of an instant, UTC. */
function dayStamp(now) {
    return now.toISOString().slice(0, 10).replace(/-/g, '');
}


/***/ }),

/***/ 9700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ whileShared),
/* harmony export */   L0: () => (/* binding */ copySharedDbSnapshot),
/* harmony export */   X4: () => (/* binding */ deleteVaultCopy),
/* harmony export */   Y6: () => (/* binding */ VAULT_COPY_PREFIX),
/* harmony export */   xB: () => (/* binding */ vaultCopyId)
/* harmony export */ });
/* unused harmony export dbSnapshotProbe */
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7202);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _snapshots_vault_calls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);
/* harmony import */ var _rds_lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4872);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2689);
/**
 * The calls of a restore (or drill) from a vault copy that need the copy shared: the vault
 * shares it with the restoring account only around the call that reads it, and always takes
 * the share back. For a DB instance AWS restores a shared encrypted snapshot only through a
 * copy in the restoring account ("Sharing a DB snapshot": you can't restore a DB instance from
 * a DB snapshot that is both shared and encrypted; copy it and restore from the copy), so the
 * share lasts for that copy; an Aurora cluster is restored from the shared snapshot itself,
 * so the share lasts until the cluster is available.
 */






/** Runs `use` while the vault shares the snapshot with the restoring account; the share is removed afterwards, also when `use` fails. */
async function whileShared(vault, snapshot, use) {
    const share = (open) => (0,_snapshots_vault_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .setShare */ .yP)(vault, snapshot.kind, snapshot.region, snapshot.id, snapshot.sharedWith, open);
    await share(true);
    try {
        return await use();
    }
    finally {
        await share(false);
    }
}
/** `vault-restore-<target>`: the restoring account's copy of a shared DB snapshot (the restore and drill roles may delete only these names). */
const VAULT_COPY_PREFIX = 'vault-restore-';
const vaultCopyId = (target) => `${VAULT_COPY_PREFIX}${target}`;
/** Copies the shared DB snapshot (by ARN) into the restoring account, re-encrypted with `kmsKey` there; waits until it is available. */
async function copySharedDbSnapshot(rds, snapshot, copyId, kmsKey, tags, timing, log) {
    // A copy made by an earlier, interrupted run of the same request is used as it is.
    if (!(await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDbSnapshot */ .gw)(rds, copyId))) {
        await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__.CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: snapshot.arn ?? snapshot.id, TargetDBSnapshotIdentifier: copyId, ...(kmsKey && { KmsKeyId: kmsKey }), Tags: (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(tags) }));
    }
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitOrThrow */ .JZ)(dbSnapshotProbe(rds, copyId), { label: `DB snapshot ${copyId}`, goal: 'available', timing, log });
}
function dbSnapshotProbe(rds, id) {
    return async () => {
        const status = (await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDbSnapshot */ .gw)(rds, id))?.Status ?? 'not visible yet';
        if (status === 'available')
            return { state: 'done', status };
        if (status === 'failed' || status === 'deleting')
            return { state: 'failed', status };
        return { state: 'pending', status };
    };
}
/** Deletes the restoring account's copy; one already gone is fine. */
async function deleteVaultCopy(rds, copyId) {
    try {
        await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_5__.DeleteDBSnapshotCommand({ DBSnapshotIdentifier: copyId }));
    }
    catch (error) {
        if (!['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'].includes((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error) ?? ''))
            throw error;
    }
}


/***/ }),

/***/ 2689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ waitTiming),
/* harmony export */   JZ: () => (/* binding */ waitOrThrow),
/* harmony export */   Ng: () => (/* binding */ describeWait),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fm: () => (/* binding */ waitFor)
/* harmony export */ });
/* unused harmony export DEFAULT_WAIT_TIMING */
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3731);
/* harmony import */ var _util_polling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4831);
/**
 * Waiting for something in AWS to reach a state (a volume `available`, a database
 * `available`, a deleted database gone) within a bounded budget, logging progress now and
 * then. Generic: the caller supplies a probe that reads the current state; this module owns
 * only the clock, the polling and the wording. A probe that throws is retried on the next
 * poll (describe calls are eventually consistent and may be throttled); the budget bounds it.
 */


/** Restores take minutes (EBS) to an hour or more (large databases). */
const DEFAULT_WAIT_TIMING = { budgetMs: 90 * 60_000, pollMs: 15_000, progressEveryMs: 60_000 };
function waitTiming(overrides = {}) {
    const timing = { ...DEFAULT_WAIT_TIMING, ...overrides };
    for (const [name, value] of Object.entries(timing)) {
        if (!(value >= 0) || !Number.isFinite(value))
            throw new RangeError(`wait ${name} must be a finite number of milliseconds ≥ 0 (got ${value}).`);
    }
    return timing;
}
async function waitFor(probe, options) {
    const { label, goal, timing, log } = options;
    const started = Date.now();
    const deadline = started + timing.budgetMs;
    let lastLog = started;
    let last;
    const interval = (0,_util_polling_js__WEBPACK_IMPORTED_MODULE_0__/* .pollBackoff */ .c1)(timing.pollMs);
    for (;;) {
        try {
            const reading = await probe();
            last = reading.status;
            if (reading.state === 'done')
                return { outcome: 'done', status: reading.status, elapsedMs: Date.now() - started };
            if (reading.state === 'failed')
                return { outcome: 'failed', status: reading.status, elapsedMs: Date.now() - started };
            if (Date.now() - lastLog >= timing.progressEveryMs) {
                lastLog = Date.now();
                const at = reading.progress ? `${reading.status}, ${reading.progress}` : reading.status;
                log(`${label}: waiting to be ${goal} (${at}; ${formatDuration(lastLog - started)} so far)`);
            }
        }
        catch (error) {
            last = `status check failed: ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
            log(`${label}: ${last}; retrying`);
        }
        const left = deadline - Date.now();
        if (left <= 0)
            return { outcome: 'timeout', ...(last !== undefined && { status: last }), elapsedMs: Date.now() - started };
        await (0,_util_polling_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(Math.min(interval(), left));
    }
}
/** Throws a one-line error unless the wait ended in the goal state; returns the elapsed ms. */
async function waitOrThrow(probe, options) {
    const result = await waitFor(probe, options);
    if (result.outcome === 'done')
        return result.elapsedMs;
    throw new Error(describeWait(result, options));
}
function describeWait(result, options) {
    const took = formatDuration(result.elapsedMs);
    if (result.outcome === 'done')
        return `${options.label} ${options.goal} after ${took}`;
    if (result.outcome === 'failed')
        return `${options.label} ended in state ${result.status} instead of ${options.goal} (after ${took})`;
    const seen = result.status ? ` (last seen: ${result.status})` : '';
    return `${options.label} was not ${options.goal} within the wait budget of ${took}${seen}`;
}
/** `850 ms`, `42 s`, `7 min 5 s`, `1 h 2 min`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
    const h = Math.floor(m / 60);
    return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}


/***/ })

};
