export const id = 878;
export const ids = [878];
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


/***/ }),

/***/ 5878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(6136);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/lifecycle-schema.ts + 5 modules
var lifecycle_schema = __webpack_require__(6703);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
// EXTERNAL MODULE: ./src/s3/resolve.ts
var resolve = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/lifecycle/normalize.ts
var normalize = __webpack_require__(8751);
// EXTERNAL MODULE: ./src/lifecycle/yaml-issues.ts
var yaml_issues = __webpack_require__(1234);
;// CONCATENATED MODULE: ./src/lifecycle/resolve.ts
/**
 * From the loaded config to the buckets to plan: each with its account, region and rules
 * (read from its `rules-file` when it has one). Runs before any AWS call; every problem
 * becomes one ConfigError with file:line:column, in the config or in the rules file.
 */









const RULE_KEYS = [
    'rules',
    'id',
    'status',
    'filter',
    'prefix',
    'tags',
    'object-size-greater-than',
    'object-size-less-than',
    'transitions',
    'days',
    'date',
    'storage-class',
    'expiration',
    'expired-object-delete-marker',
    'noncurrent-version-transitions',
    'noncurrent-days',
    'newer-noncurrent-versions',
    'noncurrent-version-expiration',
    'abort-incomplete-multipart-upload',
    'days-after-initiation',
];
/** Reads and validates a rules file; `shownPath` is how messages name it. */
function parseRulesFile(text, shownPath, bucket) {
    const parsed = (0,yaml_issues/* parseYaml */.hN)(text, shownPath);
    const syntax = (0,yaml_issues/* syntaxIssues */.K1)(parsed);
    if (syntax.length > 0)
        return { ok: false, issues: syntax };
    if (!(0,dist/* isMap */.jh)(parsed.doc.contents)) {
        return { ok: false, issues: [(0,yaml_issues/* issueAt */.NC)(parsed, [], `a rules file holds a mapping with the key "rules" (a list of rules for bucket "${bucket}"); see docs/lifecycle.md`)] };
    }
    const result = (0,lifecycle_schema/* lifecycleRulesFileSchema */.h$)(bucket).safeParse(parsed.doc.toJS());
    if (result.success)
        return { ok: true, rules: result.data.rules };
    return { ok: false, issues: (0,yaml_issues/* zodIssues */.mZ)(parsed, result.error.issues, RULE_KEYS) };
}
async function readRulesFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { problem: 'file not found; create it or fix the path (it is relative to the config file)' };
        return { problem: `cannot read the file: ${error.message}` };
    }
}
/**
 * The lifecycle buckets of `config`, or a ConfigError. `configPath` is the file the config was
 * loaded from: rules files are relative to its folder; messages name it `shownConfigPath`.
 */
async function resolveLifecycleBuckets(config, configPath, shownConfigPath = configPath) {
    const entries = config.lifecycle?.buckets ?? [];
    if (entries.length === 0)
        return [];
    const accounts = (0,schema/* resolveAccounts */.LC)(config);
    // `account: vault` (with a vault: section): the vault role applies, the vault plan role plans, as for bucket protection.
    const vaultRef = (0,resolve/* vaultAccount */.w)(config);
    const vault = vaultRef && { ...vaultRef, regions: [...config.regions] };
    const issues = [];
    let configYaml;
    const inConfig = async (path, message) => {
        configYaml ??= (0,yaml_issues/* parseYaml */.hN)(await (0,promises_.readFile)(configPath, 'utf8').catch(() => ''), shownConfigPath);
        issues.push((0,yaml_issues/* issueAt */.NC)(configYaml, ['lifecycle', 'buckets', ...path], message));
    };
    const buckets = [];
    for (const [index, entry] of entries.entries()) {
        const nameProblem = (0,schema/* bucketNameProblem */.Bn)(entry.name);
        if (nameProblem)
            await inConfig([index, 'name'], `${nameProblem}; use the bucket's exact name`);
        const account = entry.account === undefined ? accounts[0] : entry.account === 'vault' && vault ? vault : accounts.find((a) => a.name === entry.account);
        if (!account) {
            const known = [...accounts.map((a) => a.name), ...(vault ? ['vault'] : [])].join(', ');
            await inConfig([index, 'account'], `bucket "${entry.name}": account "${entry.account}" is not in accounts (known: ${known}); use one of those names`);
            continue;
        }
        // An entry that declares only protection (versioning, replication, Object Lock) leaves the lifecycle rules alone.
        if (entry.rules === undefined && entry['rules-file'] === undefined)
            continue;
        let rules = entry.rules;
        let source = shownConfigPath;
        const rulesFile = entry['rules-file'];
        if (rulesFile !== undefined) {
            const pathProblem = (0,schema/* repoPathProblem */.Js)(rulesFile);
            if (pathProblem) {
                await inConfig([index, 'rules-file'], `bucket "${entry.name}": rules-file ${pathProblem}`);
                continue;
            }
            source = external_node_path_.posix.join((0,external_node_path_.dirname)(shownConfigPath), rulesFile);
            const text = await readRulesFile((0,external_node_path_.join)((0,external_node_path_.dirname)(configPath), rulesFile));
            if (typeof text !== 'string') {
                await inConfig([index, 'rules-file'], `bucket "${entry.name}": rules-file "${rulesFile}": ${text.problem}`);
                continue;
            }
            const parsed = parseRulesFile(text, source, entry.name);
            if (!parsed.ok) {
                issues.push(...parsed.issues);
                continue;
            }
            rules = parsed.rules;
        }
        if (nameProblem)
            continue;
        buckets.push({
            name: entry.name,
            region: entry.region ?? account.regions[0],
            account,
            rules: (0,normalize/* sortRules */.YR)((rules ?? []).map(normalize/* normalizeDeclared */.Em)),
            source,
        });
    }
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
    return buckets;
}

// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
;// CONCATENATED MODULE: ./src/commands/run.ts
/**
 * Runs one command end to end: load the config, plan (read-only AWS calls), apply unless
 * dry-run, and build the report. The action (main.ts) and the CLI (cli.ts) both call this.
 *
 * Everything that needs no AWS happens here first (the config, the lifecycle rules files), so
 * a mistake in them is reported before any AWS SDK module is even loaded; execute.ts, imported
 * only then, does the AWS part.
 */






async function runCommand(options) {
    const startedAt = new Date();
    const repoRoot = (0,external_node_path_.resolve)(options.repoRoot);
    const configPath = (0,external_node_path_.resolve)(repoRoot, options.configPath);
    // Messages name the config as the user's checkout does, not by this machine's path.
    const inRepo = (0,external_node_path_.relative)(repoRoot, configPath);
    const shownConfigPath = inRepo && !inRepo.startsWith('..') ? inRepo.split(external_node_path_.sep).join('/') : configPath;
    const loaded = await (0,load/* loadConfig */.Z9)(configPath, shownConfigPath);
    // Write-only is commit mode none: the files are written, git is left to the caller.
    const config = options.writeOnly ? { ...loaded, commit: { ...loaded.commit, mode: 'none' } } : loaded;
    // plan never changes anything, whatever dry-run says.
    const dryRun = options.dryRun || options.command === 'plan';
    // Rules files are read and checked before any AWS call, like the config itself.
    const backup = options.command === 'run' || options.command === 'plan' || options.command === 'export';
    const lifecycleBuckets = backup && options.command !== 'export' ? await resolveLifecycleBuckets(config, configPath, shownConfigPath) : [];
    const protectedBuckets = backup && options.command !== 'export' ? await (0,resolve/* resolveProtectedBuckets */.E)(config, configPath) : [];
    const { executeCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(652)]).then(__webpack_require__.bind(__webpack_require__, 9652));
    const outcome = await executeCommand({ ...options, config, repoRoot, dryRun, lifecycleBuckets, protectedBuckets });
    const report = (0,report_report.buildReport)({
        command: options.command,
        dryRun,
        startedAt,
        finishedAt: new Date(),
        plan: (0,plan/* mergePlans */.Je)(...outcome.plans),
        results: outcome.results,
        ...(outcome.coverage && { coverage: outcome.coverage }),
    });
    if (outcome.exportModes.length > 0)
        report.exportModes = outcome.exportModes;
    if (outcome.mirror)
        report.mirror = outcome.mirror;
    if (outcome.bucketCoverage)
        report.bucketCoverage = outcome.bucketCoverage;
    return { report, stats: outcome.stats, summaryExtras: outcome.summaryExtras };
}


/***/ }),

/***/ 8352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M5: () => (/* binding */ sweepDays),
/* harmony export */   Ws: () => (/* binding */ incrementalSchema),
/* harmony export */   Y6: () => (/* binding */ EVENT_HISTORY_DAYS)
/* harmony export */ });
/* unused harmony exports INCREMENTAL_DEFAULTS, SWEEP_DAYS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * `export.incremental`: re-list only what a change feed (CloudTrail event history) says
 * changed since the last export commit, with a full sweep on a slower cadence.
 */

const INCREMENTAL_DEFAULTS = {
    enabled: false,
    'full-sweep': 'weekly',
    'feed-delay-minutes': 30,
};
/** CloudTrail event history keeps 90 days: a sweep must come sooner than that. */
const EVENT_HISTORY_DAYS = 90;
const SWEEP_DAYS = { daily: 1, weekly: 7, monthly: 30 };
const everyDaysSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    'every-days': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int('every-days must be a whole number of days')
        .min(1)
        .max(EVENT_HISTORY_DAYS - 1, `every-days must be below ${EVENT_HISTORY_DAYS}: CloudTrail event history keeps ${EVENT_HISTORY_DAYS} days`)
        .describe('Days between full sweeps.'),
})
    .describe('A full sweep every N days.');
const incrementalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(INCREMENTAL_DEFAULTS.enabled)
        .describe('Re-list only the hosted zones that CloudTrail says changed since the last export commit (needs cloudtrail:LookupEvents).'),
    'full-sweep': zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['daily', 'weekly', 'monthly']), everyDaysSchema])
        .default(INCREMENTAL_DEFAULTS['full-sweep'])
        .describe('How often a run lists everything anyway: daily, weekly, monthly or {every-days: N}.'),
    'feed-delay-minutes': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(0)
        .max(24 * 60)
        .default(INCREMENTAL_DEFAULTS['feed-delay-minutes'])
        .describe('Safety margin for CloudTrail events that arrive late: each run looks this far back before the last export.'),
})
    .describe('Incremental exports from the CloudTrail change feed, with full sweeps.');
/** The sweep cadence in days. */
function sweepDays(sweep) {
    return typeof sweep === 'string' ? SWEEP_DAYS[sweep] : sweep['every-days'];
}


/***/ }),

/***/ 6703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h$: () => (/* binding */ lifecycleRulesFileSchema),
  AP: () => (/* binding */ lifecycleSchema)
});

// UNUSED EXPORTS: lifecycleBucketSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/lifecycle/dates.ts
var dates = __webpack_require__(7477);
;// CONCATENATED MODULE: ./src/lifecycle/storage-classes.ts
/**
 * What S3 allows for lifecycle transitions, from the S3 user guide ("Transitioning objects
 * using Amazon S3 Lifecycle": supported transitions and constraints) and the API reference
 * (Transition, NoncurrentVersionTransition).
 */
/** Storage classes a lifecycle rule can transition to, in waterfall order (warmest first). */
const STORAGE_CLASSES = [
    'STANDARD_IA',
    'INTELLIGENT_TIERING',
    'ONEZONE_IA',
    'GLACIER_IR',
    'GLACIER',
    'DEEP_ARCHIVE',
];
const STORAGE_CLASS_NAMES = {
    STANDARD_IA: 'S3 Standard-IA',
    INTELLIGENT_TIERING: 'S3 Intelligent-Tiering',
    ONEZONE_IA: 'S3 One Zone-IA',
    GLACIER_IR: 'S3 Glacier Instant Retrieval',
    GLACIER: 'S3 Glacier Flexible Retrieval',
    DEEP_ARCHIVE: 'S3 Glacier Deep Archive',
};
/**
 * Days an object must have existed (or, for noncurrent transitions, been noncurrent) before
 * S3 accepts a transition to the class. Classes not listed accept 0.
 */
const MIN_TRANSITION_DAYS = { STANDARD_IA: 30, ONEZONE_IA: 30 };
/** Where a later transition of the same rule may go from each class ("supported lifecycle transitions"). */
const ALLOWED_NEXT = {
    STANDARD_IA: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
    INTELLIGENT_TIERING: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
    ONEZONE_IA: ['GLACIER', 'DEEP_ARCHIVE'],
    GLACIER_IR: ['GLACIER', 'DEEP_ARCHIVE'],
    GLACIER: ['DEEP_ARCHIVE'],
    DEEP_ARCHIVE: [],
};
/**
 * Standard-IA and One Zone-IA carry a 30-day minimum storage charge, so S3 rejects a rule
 * whose next transition follows them sooner than this.
 */
const MIN_DAYS_BEFORE_NEXT = { STANDARD_IA: 30, ONEZONE_IA: 30 };
/** S3's limits on one lifecycle configuration ("Lifecycle configuration elements"). */
const MAX_RULES = 1000;
const MAX_RULE_ID_LENGTH = 255;
const MAX_NEWER_NONCURRENT_VERSIONS = 100;

;// CONCATENATED MODULE: ./src/lifecycle/validate.ts


const WATERFALL = STORAGE_CLASSES.join(' → ');
function duplicateBucketProblems(buckets) {
    const first = new Map();
    const problems = [];
    buckets.forEach((bucket, index) => {
        const seen = first.get(bucket.name);
        if (seen === undefined)
            first.set(bucket.name, index);
        else {
            problems.push({
                path: [index, 'name'],
                message: `bucket "${bucket.name}" is listed twice (first as entry ${seen + 1}); a bucket has one lifecycle configuration, so merge the rules into one entry`,
            });
        }
    });
    return problems;
}
function ruleSetProblems(rules, bucket) {
    const problems = [];
    if (rules.length > MAX_RULES) {
        problems.push({
            path: [],
            message: `bucket "${bucket}" has ${rules.length} rules; S3 allows at most ${MAX_RULES} per bucket, so merge rules that share a filter`,
        });
    }
    const firstId = new Map();
    rules.forEach((rule, index) => {
        const seen = firstId.get(rule.id);
        if (seen === undefined)
            firstId.set(rule.id, index);
        else {
            problems.push({
                path: [index, 'id'],
                message: `bucket "${bucket}": rule id "${rule.id}" is used twice (first by rule ${seen + 1}); S3 needs unique ids, so rename one`,
            });
        }
        for (const p of ruleProblems(rule, `bucket "${bucket}", rule "${rule.id}"`))
            problems.push({ path: [index, ...p.path], message: p.message });
    });
    return problems;
}
function ruleProblems(rule, who) {
    const problems = [];
    const add = (path, message) => {
        problems.push({ path, message: `${who}: ${message}` });
    };
    const tags = rule.filter?.tags ?? [];
    const tagged = tags.length > 0;
    const sized = rule.filter?.['object-size-greater-than'] !== undefined || rule.filter?.['object-size-less-than'] !== undefined;
    const hasAction = (rule.transitions?.length ?? 0) > 0 ||
        rule.expiration !== undefined ||
        (rule['noncurrent-version-transitions']?.length ?? 0) > 0 ||
        rule['noncurrent-version-expiration'] !== undefined ||
        rule['abort-incomplete-multipart-upload'] !== undefined;
    if (!hasAction) {
        add([], 'the rule has no action; add transitions, expiration, noncurrent-version-transitions, noncurrent-version-expiration or abort-incomplete-multipart-upload, or remove the rule');
    }
    const firstTag = new Map();
    tags.forEach((tag, index) => {
        const seen = firstTag.get(tag.key);
        if (seen === undefined)
            firstTag.set(tag.key, index);
        else
            add(['filter', 'tags', index, 'key'], `tag key "${tag.key}" appears twice in the filter (first as tag ${seen + 1}); S3 needs unique tag keys, so remove one`);
    });
    const greater = rule.filter?.['object-size-greater-than'];
    const less = rule.filter?.['object-size-less-than'];
    if (greater !== undefined && less !== undefined && less <= greater) {
        add(['filter', 'object-size-less-than'], `object-size-less-than (${less}) must be greater than object-size-greater-than (${greater}), or no object matches; fix the range`);
    }
    // Current-version transitions: each by days or by date.
    const steps = [];
    (rule.transitions ?? []).forEach((t, index) => {
        const cls = t['storage-class'];
        if (t.days === undefined && t.date === undefined) {
            add(['transitions', index], `the transition to ${cls} needs days (after creation) or date; add one`);
            return;
        }
        if (t.days !== undefined && t.date !== undefined) {
            add(['transitions', index, 'date'], `the transition to ${cls} has both days and date; keep one`);
            return;
        }
        const day = t.date === undefined ? undefined : (0,dates/* parseLifecycleDate */.Qp)(t.date);
        if (day && !day.ok)
            return; // reported by the schema
        steps.push({ index, storageClass: cls, ...(t.days !== undefined ? { days: t.days } : {}), ...(day?.ok ? { day: day.day } : {}) });
    });
    const expiration = rule.expiration;
    const expirationDay = expiration?.date === undefined ? undefined : (0,dates/* parseLifecycleDate */.Qp)(expiration.date);
    if (expiration) {
        const given = ['days', 'date', 'expired-object-delete-marker'].filter((k) => expiration[k] !== undefined);
        if (given.length === 0) {
            add(['expiration'], 'expiration needs days, date or expired-object-delete-marker: true; add one or remove expiration');
        }
        else if (given.length > 1) {
            add(['expiration', given[1]], `expiration has ${given.join(' and ')}; S3 takes only one of days, date and expired-object-delete-marker, so keep one (put the other in a second rule)`);
        }
        if (expiration['expired-object-delete-marker'] && tagged) {
            add(['expiration', 'expired-object-delete-marker'], 'S3 does not allow expired-object-delete-marker in a rule filtered by tags (delete markers have no tags); move it into a rule without tags in its filter');
        }
    }
    const byDays = steps.filter((s) => s.days !== undefined);
    const byDate = steps.filter((s) => s.day !== undefined);
    const expirationByDays = expiration?.days !== undefined;
    const expirationByDate = expirationDay?.ok === true;
    const mixed = (byDays.length > 0 || expirationByDays) && (byDate.length > 0 || expirationByDate);
    if (mixed) {
        const firstDate = byDate[0];
        add(firstDate ? ['transitions', firstDate.index, 'date'] : ['expiration', 'date'], 'the rule mixes days and dates in its transitions and expiration; S3 rejects that, so use days everywhere or dates everywhere (or split it into two rules)');
    }
    else {
        problems.push(...timelineProblems(steps, 'transitions', 'days', who));
        const last = [...steps].sort(compareSteps).at(-1);
        if (last && expirationByDays && last.days !== undefined && expiration.days <= last.days) {
            add(['expiration', 'days'], `expiration after ${expiration.days} days is not after the last transition (${last.storageClass} after ${last.days} days); S3 requires it to come later, so raise expiration days above ${last.days} or drop the transition`);
        }
        if (last && expirationDay?.ok && last.day !== undefined && expirationDay.day <= last.day) {
            add(['expiration', 'date'], `expiration on ${expirationDay.day} is not after the last transition (${last.storageClass} on ${last.day}); S3 requires it to come later, so pick a later date`);
        }
    }
    for (const t of steps) {
        const min = MIN_TRANSITION_DAYS[t.storageClass];
        if (min !== undefined && t.days !== undefined && t.days < min) {
            add(['transitions', t.index, 'days'], `a transition to ${t.storageClass} after ${t.days} days is too early: S3 moves objects to ${t.storageClass} only once they are at least ${min} days old, so set days to ${min} or more (or use INTELLIGENT_TIERING or GLACIER_IR)`);
        }
    }
    // Noncurrent versions: always counted in days since the version became noncurrent.
    const noncurrent = (rule['noncurrent-version-transitions'] ?? []).map((t, index) => ({
        index,
        storageClass: t['storage-class'],
        days: t['noncurrent-days'],
    }));
    for (const t of noncurrent) {
        const min = MIN_TRANSITION_DAYS[t.storageClass];
        if (min !== undefined && t.days < min) {
            add(['noncurrent-version-transitions', t.index, 'noncurrent-days'], `noncurrent versions move to ${t.storageClass} only once they have been noncurrent for at least ${min} days; set noncurrent-days to ${min} or more`);
        }
    }
    problems.push(...timelineProblems(noncurrent, 'noncurrent-version-transitions', 'noncurrent-days', who));
    const lastNoncurrent = [...noncurrent].sort(compareSteps).at(-1);
    const noncurrentExpiration = rule['noncurrent-version-expiration'];
    if (lastNoncurrent && noncurrentExpiration && noncurrentExpiration['noncurrent-days'] <= lastNoncurrent.days) {
        add(['noncurrent-version-expiration', 'noncurrent-days'], `noncurrent versions expire after ${noncurrentExpiration['noncurrent-days']} days, not after their last transition (${lastNoncurrent.storageClass} after ${lastNoncurrent.days} days); S3 requires expiration to come later, so raise noncurrent-days above ${lastNoncurrent.days}`);
    }
    if (rule['abort-incomplete-multipart-upload']) {
        if (tagged) {
            add(['abort-incomplete-multipart-upload'], 'S3 does not allow abort-incomplete-multipart-upload in a rule filtered by tags (an upload has no tags yet); move it into a rule filtered by prefix only');
        }
        else if (sized) {
            add(['abort-incomplete-multipart-upload'], 'S3 does not allow abort-incomplete-multipart-upload in a rule filtered by object size (an upload has no size yet); move it into a rule filtered by prefix only');
        }
    }
    return problems;
}
function timeOf(step) {
    return step.days ?? Date.parse(step.day) / 86_400_000;
}
function compareSteps(a, b) {
    return timeOf(a) - timeOf(b) || a.index - b.index;
}
function when(step) {
    return step.days !== undefined ? `after ${step.days} days` : `on ${step.day}`;
}
/** Duplicates, order along S3's storage-class waterfall, and the gap after the IA classes. */
function timelineProblems(steps, list, dayKey, who) {
    const problems = [];
    const add = (step, field, message) => {
        problems.push({ path: [list, step.index, field], message: `${who}: ${message}` });
    };
    const timeKey = (s) => (s.days !== undefined ? dayKey : 'date');
    const firstOfClass = new Map();
    const unique = [];
    for (const step of steps) {
        const earlier = firstOfClass.get(step.storageClass);
        if (earlier) {
            add(step, 'storage-class', `${list} has ${step.storageClass} twice (entries ${earlier.index + 1} and ${step.index + 1}); S3 allows one transition per storage class in a rule, so remove one`);
        }
        else {
            firstOfClass.set(step.storageClass, step);
            unique.push(step);
        }
    }
    const ordered = [...unique].sort(compareSteps);
    for (let i = 1; i < ordered.length; i++) {
        const a = ordered[i - 1];
        const b = ordered[i];
        const gap = b.days !== undefined && a.days !== undefined ? b.days - a.days : (0,dates/* daysBetween */.YM)(a.day, b.day);
        if (gap === 0) {
            add(b, timeKey(b), `the transitions to ${a.storageClass} and ${b.storageClass} are both ${when(b)}; an object moves once at a time, so give ${b.storageClass} a later ${timeKey(b)}`);
            continue;
        }
        const allowed = ALLOWED_NEXT[a.storageClass];
        if (!allowed.includes(b.storageClass)) {
            const from = allowed.length > 0 ? `from ${a.storageClass} only to ${allowed.join(', ')}` : `nothing leaves ${a.storageClass}`;
            add(b, 'storage-class', `S3 cannot move objects from ${a.storageClass} (${when(a)}) to ${b.storageClass} (${when(b)}): transitions follow ${WATERFALL}, and ${from}; reorder the ${timeKey(b)} or drop one transition`);
            continue;
        }
        const minGap = MIN_DAYS_BEFORE_NEXT[a.storageClass];
        if (minGap !== undefined && gap < minGap) {
            const fix = a.days !== undefined ? `set ${dayKey} to ${a.days + minGap} or more` : `pick a date at least ${minGap} days after ${a.day}`;
            add(b, timeKey(b), `the transition to ${b.storageClass} (${when(b)}) comes only ${gap} days after the one to ${a.storageClass} (${when(a)}); ${a.storageClass} has a ${minGap}-day minimum storage charge and S3 needs at least ${minGap} days between them, so ${fix}`);
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
;// CONCATENATED MODULE: ./src/config/lifecycle-rule-schema.ts
/**
 * The shape of one S3 lifecycle rule in aws-backup.yml (keys mirror S3's LifecycleRule in
 * kebab-case): field types and value ranges only. The checks across fields live in
 * src/lifecycle/validate.ts, which reads these types; the bucket and section schemas in
 * ./lifecycle-schema.ts apply them. Kept apart so validate.ts and the schema do not import
 * each other.
 */




const wholeDays = (min, what) => schemas/* number */.aig()
    .int(`${what} must be a whole number of days`)
    .min(min, min === 0 ? `${what} must not be negative` : `${what} must be at least ${min}`);
const storageClassSchema = schemas/* enum */.k5n(STORAGE_CLASSES)
    .describe('Storage class to move objects to: STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER or DEEP_ARCHIVE.');
const dateSchema = schemas/* string */.YjP()
    .superRefine((text, ctx) => {
    const parsed = (0,dates/* parseLifecycleDate */.Qp)(text);
    if (!parsed.ok)
        ctx.addIssue({ code: 'custom', message: parsed.problem });
})
    .describe('A day, YYYY-MM-DD; S3 acts at midnight UTC.');
const newerVersions = schemas/* number */.aig()
    .int('newer-noncurrent-versions must be a whole number')
    .min(1, 'newer-noncurrent-versions must be at least 1')
    .max(MAX_NEWER_NONCURRENT_VERSIONS, `S3 keeps at most ${MAX_NEWER_NONCURRENT_VERSIONS} newer noncurrent versions; lower newer-noncurrent-versions`)
    .optional()
    .describe(`Keep this many newer noncurrent versions out of the action (1–${MAX_NEWER_NONCURRENT_VERSIONS}).`);
const lifecycleFilterSchema = schemas/* strictObject */.rej({
    prefix: schemas/* string */.YjP().optional().describe('Key prefix, e.g. "logs/". Empty or absent: every key.'),
    tags: schemas/* array */.YOg(schemas/* strictObject */.rej({
        key: schemas/* string */.YjP().min(1, 'a tag key must not be empty').max(128, 'a tag key may have at most 128 characters').describe('Tag key.'),
        value: schemas/* string */.YjP({ error: (issue) => (issue.input === undefined ? undefined : `a tag value must be text, found ${(0,errors/* describeValue */.bp)(issue.input)}; quote it`) })
            .max(256, 'a tag value may have at most 256 characters')
            .describe('Tag value ("" for a tag without value).'),
    })
        .describe('One object tag.'))
        .optional()
        .describe('Object tags that must all match, as a list of { key, value }.'),
    'object-size-greater-than': schemas/* number */.aig()
        .int('object-size-greater-than is a whole number of bytes')
        .min(0, 'object-size-greater-than must not be negative')
        .optional()
        .describe('Only objects larger than this many bytes.'),
    'object-size-less-than': schemas/* number */.aig()
        .int('object-size-less-than is a whole number of bytes')
        .min(1, 'object-size-less-than must be at least 1')
        .optional()
        .describe('Only objects smaller than this many bytes.'),
})
    .describe('Which objects the rule applies to; several conditions must all match. Absent: the whole bucket.');
const lifecycleTransitionSchema = schemas/* strictObject */.rej({
    days: wholeDays(0, 'days').optional().describe('Days after creation (STANDARD_IA and ONEZONE_IA: at least 30).'),
    date: dateSchema.optional(),
    'storage-class': storageClassSchema,
})
    .describe('Move current versions to a colder storage class after `days` or on `date` (one of the two).');
const lifecycleExpirationSchema = schemas/* strictObject */.rej({
    days: wholeDays(1, 'days').optional().describe('Delete current versions this many days after creation.'),
    date: dateSchema.optional(),
    'expired-object-delete-marker': schemas/* literal */.euz(true, { error: (issue) => (issue.input === false ? 'expired-object-delete-marker: false does nothing; remove the key or set it to true' : undefined) })
        .optional()
        .describe('Remove delete markers that no longer hide any version (versioned buckets).'),
})
    .describe('When current versions expire: `days`, `date`, or `expired-object-delete-marker: true` (one of the three).');
const lifecycleNoncurrentTransitionSchema = schemas/* strictObject */.rej({
    'noncurrent-days': wholeDays(0, 'noncurrent-days').describe('Days after a version became noncurrent (STANDARD_IA and ONEZONE_IA: at least 30).'),
    'newer-noncurrent-versions': newerVersions,
    'storage-class': storageClassSchema,
})
    .describe('Move noncurrent versions to a colder storage class.');
const lifecycleNoncurrentExpirationSchema = schemas/* strictObject */.rej({
    'noncurrent-days': wholeDays(1, 'noncurrent-days').describe('Days after a version became noncurrent.'),
    'newer-noncurrent-versions': newerVersions,
})
    .describe('Delete noncurrent versions for good.');
const lifecycleRuleSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .min(1, 'a rule id must not be empty')
        .max(MAX_RULE_ID_LENGTH, `a rule id may have at most ${MAX_RULE_ID_LENGTH} characters; shorten it`)
        .describe('Unique name of the rule in its bucket (at most 255 characters); plans match live rules by it.'),
    status: schemas/* enum */.k5n(['enabled', 'disabled']).default('enabled').describe('A disabled rule is kept but does nothing.'),
    filter: lifecycleFilterSchema.optional(),
    transitions: schemas/* array */.YOg(lifecycleTransitionSchema).optional().describe('Moves of current versions to colder storage classes.'),
    expiration: lifecycleExpirationSchema.optional(),
    'noncurrent-version-transitions': schemas/* array */.YOg(lifecycleNoncurrentTransitionSchema).optional().describe('Moves of noncurrent versions to colder storage classes.'),
    'noncurrent-version-expiration': lifecycleNoncurrentExpirationSchema.optional(),
    'abort-incomplete-multipart-upload': schemas/* strictObject */.rej({ 'days-after-initiation': wholeDays(1, 'days-after-initiation').describe('Days after the upload started.') })
        .optional()
        .describe('Abort multipart uploads still incomplete this many days after they started.'),
})
    .describe('One S3 lifecycle rule.');

;// CONCATENATED MODULE: ./src/s3/validate.ts
function protectionProblems(buckets) {
    const problems = [];
    const byName = new Map(buckets.map((b) => [b.name, b]));
    buckets.forEach((bucket, index) => {
        const who = `bucket "${bucket.name}"`;
        if (bucket['object-lock'] && bucket.versioning !== 'enabled') {
            problems.push({ path: [index, 'object-lock'], message: `${who}: Object Lock works only with versioning; add versioning: enabled (a bucket with Object Lock cannot suspend it)` });
        }
        const replication = bucket.replication;
        if (!replication)
            return;
        if (bucket.versioning !== 'enabled') {
            problems.push({ path: [index, 'replication'], message: `${who}: S3 replicates only from a versioned bucket; add versioning: enabled to this bucket` });
        }
        replication.rules.forEach((rule, r) => {
            const at = [index, 'replication', 'rules', r, 'destination'];
            const dest = rule.destination;
            const sameAccount = (dest.account ?? bucket.account) === bucket.account;
            if (dest.bucket === bucket.name && sameAccount) {
                problems.push({ path: [...at, 'bucket'], message: `${who}, rule "${rule.id}": the destination is the bucket itself; replicate to another bucket (DR region or vault)` });
                return;
            }
            const declared = byName.get(dest.bucket);
            if (declared && declared.versioning !== 'enabled') {
                problems.push({
                    path: [...at, 'bucket'],
                    message: `${who}, rule "${rule.id}": the destination bucket "${dest.bucket}" has no versioning: enabled in its entry, and S3 replicates only into a versioned bucket; add versioning: enabled to "${dest.bucket}"`,
                });
            }
            if (dest['replica-owner'] === 'destination' && sameAccount) {
                problems.push({ path: [...at, 'replica-owner'], message: `${who}, rule "${rule.id}": replica-owner: destination only applies to another account; set destination.account or remove replica-owner` });
            }
        });
    });
    return problems;
}

// EXTERNAL MODULE: ./src/config/regions.ts
var regions = __webpack_require__(815);
;// CONCATENATED MODULE: ./src/config/protection-schema.ts
/**
 * Bucket protection in a `lifecycle.buckets` entry, next to the bucket's lifecycle rules:
 * versioning, replication rules (to the DR region, another account or the vault) and the
 * Object Lock default retention of a bucket created with Object Lock. Shapes here; the checks
 * across buckets (prerequisites, a destination equal to its source) are in
 * src/s3/validate.ts, run by the lifecycle section's schema so each is reported with
 * file:line:column.
 */


/** Storage classes S3 replication may write at the destination. */
const REPLICA_STORAGE_CLASSES = ['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];
const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::\d{12}:role\/(?:[!-~]+\/)?[\w+=,.@-]{1,64}$/;
const KMS_KEY_ARN = /^arn:(aws|aws-us-gov|aws-cn):kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/;
const replicationDestinationSchema = schemas/* strictObject */.rej({
    bucket: schemas/* string */.YjP().min(3, 'a bucket name has at least 3 characters').describe('Name of the destination bucket (versioning enabled).'),
    region: regions/* knownRegionSchema */.nM.optional().describe('Region of the destination bucket. Default: the top-level dr-region.'),
    account: schemas/* string */.YjP()
        .optional()
        .describe('Owner of the destination: a name from accounts, or vault (the vault: section). Default: the source bucket\'s account.'),
    'storage-class': schemas/* enum */.k5n(REPLICA_STORAGE_CLASSES).optional().describe('Storage class of the replicas (e.g. GLACIER_IR). Default: the source object\'s.'),
    'replica-owner': schemas/* enum */.k5n(['destination', 'source'])
        .default('source')
        .describe('destination: replicas belong to the destination account (AccessControlTranslation), so the source account cannot change them; needs another account.'),
    'kms-key': schemas/* string */.YjP()
        .regex(KMS_KEY_ARN, 'must be a KMS key ARN in the destination region, e.g. arn:aws:kms:eu-central-1:222222222222:key/1234abcd-…')
        .optional()
        .describe('Replicate SSE-KMS encrypted objects too, re-encrypted at the destination with this key (ReplicaKmsKeyID).'),
    'replication-time': schemas/* boolean */.zMY()
        .default(false)
        .describe('S3 Replication Time Control: 99.99% of objects replicated within 15 minutes, with replication metrics (extra cost).'),
})
    .describe('Where a replication rule copies objects.');
const replicationRuleSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().min(1, 'a rule id must not be empty').max(255, 'a rule id may have at most 255 characters').describe('Unique name of the rule in its bucket.'),
    status: schemas/* enum */.k5n(['enabled', 'disabled']).default('enabled').describe('A disabled rule is kept but copies nothing.'),
    prefix: schemas/* string */.YjP().default('').describe('Only keys under this prefix ("" : every key).'),
    destination: replicationDestinationSchema,
    'delete-markers': schemas/* boolean */.zMY()
        .default(false)
        .describe('Replicate delete markers too. Off by default: a delete in the source then leaves the replica untouched.'),
    'copy-existing': schemas/* boolean */.zMY()
        .default(true)
        .describe('Also copy the objects that existed before the rule (S3 replicates only new writes); resumes across runs.'),
})
    .describe('One replication rule. Rules earlier in the list win where prefixes overlap.');
const replicationSchema = schemas/* strictObject */.rej({
    role: schemas/* string */.YjP()
        .regex(ROLE_ARN, 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/app-data-replication')
        .describe('The IAM role S3 assumes to replicate (trust: s3.amazonaws.com; `aws-backup-gitops iam-policy` writes it).'),
    rules: schemas/* array */.YOg(replicationRuleSchema).min(1, 'list at least one rule').max(1000, 'S3 allows at most 1000 replication rules per bucket').describe('The replication rules.'),
})
    .describe('Replication of new objects to other buckets: the DR region, another account, the vault.');
const objectLockSchema = schemas/* strictObject */.rej({
    mode: schemas/* enum */.k5n(['governance', 'compliance']).describe('compliance: nobody, not even the root user, can delete a version early; governance: only with s3:BypassGovernanceRetention.'),
    days: schemas/* number */.aig().int('days must be a whole number').min(1, 'days must be at least 1').optional().describe('Default retention in days.'),
    years: schemas/* number */.aig().int('years must be a whole number').min(1, 'years must be at least 1').optional().describe('Default retention in years.'),
})
    .superRefine((lock, ctx) => {
    if ((lock.days === undefined) === (lock.years === undefined)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'object-lock needs days or years (one of the two), e.g. { mode: compliance, days: 30 }' });
    }
})
    .describe('Object Lock default retention of a bucket created with Object Lock: every new version is locked this long.');
/** The protection keys of a bucket entry. */
const protectionShape = {
    versioning: schemas/* enum */.k5n(['enabled', 'suspended']).optional().describe('Versioning of the bucket: every overwrite and delete keeps the older version.'),
    replication: replicationSchema.optional(),
    'object-lock': objectLockSchema.optional(),
};

;// CONCATENATED MODULE: ./src/config/lifecycle-schema.ts
/**
 * The `lifecycle:` section of aws-backup.yml: S3 lifecycle rules per bucket (the rule shape is
 * in ./lifecycle-rule-schema.ts). Shapes and value ranges are checked there and here; the
 * rules S3 applies across fields (minimum days per storage class, transition order, …) run
 * as refinements from src/lifecycle/validate.ts, so the config loader reports every
 * problem with file:line:column.
 *
 * This module must not import ./schema.js: that file imports this one to build the config.
 */






function addProblems(ctx, problems, prefix = []) {
    for (const p of problems)
        ctx.addIssue({ code: 'custom', path: [...prefix, ...p.path], message: p.message });
}
const lifecycleBucketSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1, 'bucket name must not be empty').describe('Name of the S3 bucket whose lifecycle rules this entry owns.'),
    region: regions/* knownRegionSchema */.nM.optional().describe('Region of the bucket. Defaults to the first of the top-level regions.'),
    account: schemas/* string */.YjP().optional().describe('Name of the account (from accounts) that owns the bucket. Defaults to the first account.'),
    rules: schemas/* array */.YOg(lifecycleRuleSchema).optional().describe('The rules; an empty list removes every lifecycle rule of the bucket.'),
    'rules-file': schemas/* string */.YjP()
        .optional()
        .describe('A YAML file holding the rules instead (`rules: [...]`), relative to this config file, e.g. lifecycle/logs.yml.'),
    ...protectionShape,
})
    .superRefine((bucket, ctx) => {
    const hasRules = bucket.rules !== undefined;
    const hasFile = bucket['rules-file'] !== undefined;
    const protects = bucket.versioning !== undefined || bucket.replication !== undefined || bucket['object-lock'] !== undefined;
    // A bucket entry may declare only its protection; its lifecycle rules are then left alone.
    if (hasRules === hasFile && !(protects && !hasRules)) {
        ctx.addIssue({
            code: 'custom',
            path: hasRules ? ['rules-file'] : [],
            message: hasRules
                ? `bucket "${bucket.name}": give either rules or rules-file, not both; move the rules into one place`
                : `bucket "${bucket.name}": nothing declared; add rules: [...] (an empty list removes all rules), rules-file: <path>, or versioning / replication / object-lock`,
        });
    }
    if (bucket.rules)
        addProblems(ctx, ruleSetProblems(bucket.rules, bucket.name), ['rules']);
})
    .describe('One bucket whose lifecycle configuration (live rules not listed here are removed) and protection (versioning, replication, Object Lock) the repository owns.');
const lifecycleSchema = schemas/* strictObject */.rej({
    buckets: schemas/* array */.YOg(lifecycleBucketSchema)
        .superRefine((buckets, ctx) => addProblems(ctx, [...duplicateBucketProblems(buckets), ...protectionProblems(buckets)]))
        .describe('Buckets whose S3 lifecycle rules are declared here.'),
})
    .describe('S3 lifecycle rules (transitions to Glacier tiers, expirations, noncurrent versions, multipart clean-up), planned on pull requests and applied on the default branch.');
/** A file named by `rules-file`: the rules of one bucket. */
function lifecycleRulesFileSchema(bucket) {
    return schemas/* strictObject */.rej({ rules: schemas/* array */.YOg(lifecycleRuleSchema).describe('The lifecycle rules of the bucket.') })
        .superRefine((file, ctx) => addProblems(ctx, ruleSetProblems(file.rules, bucket), ['rules']));
}


/***/ }),

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
;// CONCATENATED MODULE: ./src/config/yaml-flow.ts
/**
 * Where an unclosed flow collection (`{` or `[`) began. The YAML parser notices the missing
 * `}` / `]` only on a later line; the user needs the line that opened it.
 */
/** Offset of the innermost `{` or `[` still open at `end`, skipping quoted text and comments. */
function unclosedFlowStart(text, end) {
    const open = [];
    for (let i = 0; i < end && i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            // Quoted scalar: '' escapes a single quote, \ escapes in double quotes.
            for (i++; i < end && i < text.length; i++) {
                if (c === '"' && text[i] === '\\')
                    i++;
                else if (text[i] === c) {
                    if (c === "'" && text[i + 1] === "'")
                        i++;
                    else
                        break;
                }
            }
        }
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            while (i < end && text[i] !== '\n')
                i++;
        }
        else if (c === '{' || c === '[')
            open.push(i);
        else if ((c === '}' || c === ']') && open.length > 0)
            open.pop();
    }
    return open.at(-1);
}
/** The parser's errors for a flow collection without its closing bracket. */
function isUnclosedFlowError(message) {
    return /^Flow (map|sequence) in block collection must be sufficiently indented and end with a [}\]]/.test(message) || /^Expected flow (map|sequence) to end with [}\]]/.test(message);
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads `aws-backup.yml`: YAML → validated Config, or one ConfigError that lists every
 * problem with file:line:column, key path, what was found and how to fix it.
 *
 * Zod reports problems by key path; the YAML document (parsed with a LineCounter) maps each
 * path back to a position: the value for a wrong value, the key for an unknown key, the
 * parent for a missing key.
 */







// The config is parsed once per run: compiling zod's fast paths (new Function) costs more than it saves.
(0,core/* config */.$W)({ jitless: true });
/** Where the action and the CLI look when no path is given. */
const DEFAULT_CONFIG_PATH = 'aws-backup.yml';
/** `shownAs` names the file in messages (e.g. its path in the repository); default `path`. */
async function loadConfig(path, shownAs = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const message = code === 'ENOENT'
            ? `config file not found (looked for ${(0,external_node_path_.resolve)(path)}); create it, or point the action's "config" input (--config in the CLI) at it`
            : code === 'EISDIR'
                ? `is a directory, not a config file; point the action's "config" input (--config in the CLI) at the YAML file`
                : `cannot read the config file: ${error.message}`;
        throw new errors/* ConfigError */.xL([{ file: shownAs, line: 0, column: 0, path: '', message }]);
    }
    return parseConfig(text, shownAs);
}
function parseConfig(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    const at = (offset, path, message) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: fileName, line, column: col, path, message };
    };
    const yamlIssues = [
        ...doc.errors.map((error) => yamlErrorIssue(doc, text, error, at, lineCounter)),
        ...unresolvedAliasIssues(doc, at),
    ];
    if (yamlIssues.length > 0)
        throw new errors/* ConfigError */.xL(yamlIssues);
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === ''))) {
        throw new errors/* ConfigError */.xL([at(0, '', 'the file is empty; it needs at least "version: 1" and "regions: [us-east-1]"')]);
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        const found = (0,dist/* isSeq */.oP)(root) ? 'a list' : (0,errors/* describeValue */.bp)((0,dist/* isScalar */.jn)(root) ? root.value : undefined);
        throw new errors/* ConfigError */.xL([
            at(root.range?.[0] ?? 0, '', `the top level must be a mapping of keys (version, regions, export, …), found ${found}`),
        ]);
    }
    let data;
    try {
        data = doc.toJS();
    }
    catch (error) {
        // e.g. aliases nested so deeply that expanding them looks like a resource-exhaustion attack
        throw new errors/* ConfigError */.xL([at(0, '', `cannot read the YAML: ${error.message}; simplify the anchors and aliases`)]);
    }
    const result = schema/* configSchema */.Qn.safeParse(data, { error: () => GENERIC });
    if (result.success)
        return result.data;
    throw new errors/* ConfigError */.xL(result.error.issues.flatMap((issue) => zodIssueToConfigIssues(doc, issue, at)));
}
// ---------------------------------------------------------------------------------------
// YAML syntax problems
function yamlErrorIssue(doc, text, error, at, lineCounter) {
    const flowStart = isUnclosedFlowError(error.message) ? unclosedFlowStart(text, error.pos[0]) : undefined;
    if (flowStart !== undefined) {
        const bracket = text[flowStart];
        const close = bracket === '{' ? '}' : ']';
        const message = `YAML syntax error: the "${bracket}" opened here is never closed; end it with "${close}" on this line, or write the value as an indented block`;
        return at(flowStart, (0,errors/* formatPath */.jV)(pathAtOffset(doc, flowStart, false)), message);
    }
    const offset = error.pos[0];
    let path;
    if (error.code === 'MULTIPLE_DOCS')
        path = [];
    else if (error.code === 'DUPLICATE_KEY')
        path = pathAtOffset(doc, offset, true);
    // Tab errors point at the whitespace before a key; that key names the place.
    else if (error.code === 'TAB_AS_INDENT')
        path = pathAtOffset(doc, offset + (/^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0), true);
    // After a syntax error the parse from the error on is a guess: name only keys begun before it.
    else
        path = pathAtOffset(doc, offset, false);
    const where = (0,errors/* formatPath */.jV)(path);
    // prettyErrors appends " at line L, column C:" and a code frame; the location is ours to print.
    const yamlText = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    let message;
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = path[path.length - 1];
            const first = firstKeyOffset(doc, path.slice(0, -1), String(key));
            const firstLine = first === undefined ? '' : ` (first at line ${lineCounter.linePos(first).line})`;
            message = `duplicate key "${String(key)}"${firstLine}; a key may appear only once in a mapping, so merge or remove one`;
            break;
        }
        case 'TAB_AS_INDENT':
            message = 'a tab is used for indentation; YAML allows only spaces there, so replace the tab with spaces';
            break;
        case 'MULTIPLE_DOCS':
            message = 'the file holds more than one YAML document ("---"); keep a single document';
            break;
        default:
            message = `YAML syntax error: ${yamlText}`;
    }
    return at(offset, where, message);
}
function unresolvedAliasIssues(doc, at) {
    const issues = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, alias) {
            if (alias.resolve(doc) === undefined) {
                const offset = alias.range?.[0] ?? 0;
                const message = `alias "*${alias.source}" refers to no anchor "&${alias.source}"; define the anchor before it or remove the alias`;
                issues.push(at(offset, (0,errors/* formatPath */.jV)(pathAtOffset(doc, offset, false)), message));
            }
        },
    });
    return issues;
}
// ---------------------------------------------------------------------------------------
// Mapping zod issues to positions and words
/** Per-parse fallback message: marks issues the loader words itself (schema messages win). */
const GENERIC = '\u0000generic';
function zodIssueToConfigIssues(doc, issue, at) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeys(path);
        return issue.keys.map((key) => {
            const keyPath = [...path, key];
            const target = locate(doc, keyPath);
            const hint = (0,errors/* closest */.kp)(key, allowed);
            const message = `unknown key "${key}"; allowed keys: ${allowed.join(', ')}` + (hint ? ` (did you mean "${hint}"?)` : '');
            return at(target.keyOffset ?? target.offset, (0,errors/* formatPath */.jV)(keyPath), message);
        });
    }
    const target = locate(doc, path);
    if (!target.exists) {
        const key = path[path.length - 1];
        const message = issue.message !== GENERIC
            ? issue.message
            : `missing required key "${String(key)}"` + describeField(path);
        return [at(target.offset, (0,errors/* formatPath */.jV)(path), message)];
    }
    const message = issue.message !== GENERIC ? issue.message : genericMessage(issue, target.value);
    return [at(target.offset, (0,errors/* formatPath */.jV)(path), message)];
}
function genericMessage(issue, value) {
    const found = (0,errors/* describeValue */.bp)(value);
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${expectedWords(issue.expected)}, found ${found}`;
        case 'invalid_value': {
            const allowed = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
            const hint = typeof value === 'string' ? (0,errors/* closest */.kp)(value, allowed) : undefined;
            return `found ${found}; allowed values: ${allowed.join(', ')}` + (hint ? ` (did you mean "${hint}"?)` : '');
        }
        case 'too_small':
            if (issue.origin === 'number') {
                return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}, found ${String(value)}`;
            }
            return `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}, found ${found}`;
        case 'too_big':
            if (issue.origin === 'number') {
                return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, found ${String(value)}`;
            }
            return `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}, found ${found}`;
        case 'invalid_format':
            return `found ${found}, which does not match the expected format${'pattern' in issue && issue.pattern ? ` ${String(issue.pattern)}` : ''}`;
        default:
            return `invalid value ${found}`;
    }
}
function expectedWords(expected) {
    switch (expected) {
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'boolean':
            return 'true or false';
        default:
            return `a ${expected}`;
    }
}
/** Strips wrappers (optional, default, pipe, …) to the schema that holds the structure. */
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const def = current._zod.def;
        // A union (e.g. a number or a mapping) is walked through its mapping.
        const next = def.innerType ??
            (def.type === 'pipe' ? def.in : undefined) ??
            (def.type === 'union' ? def.options?.find((o) => unwrap(o)._zod.def.type === 'object') : undefined);
        if (!next)
            return current;
        current = next;
    }
}
function schemaAt(path) {
    let current = schema/* configSchema */.Qn;
    for (const segment of path) {
        if (!current)
            return undefined;
        const def = unwrap(current)._zod.def;
        current = def.type === 'array' ? def.element : def.type === 'object' ? def.shape?.[String(segment)] : undefined;
    }
    return current;
}
function allowedKeys(path) {
    const schema = schemaAt(path);
    const shape = schema && unwrap(schema)._zod.def.shape;
    return shape ? Object.keys(shape) : [];
}
function describeField(path) {
    const description = schemaAt(path)?.description;
    return description ? ` (${description})` : '';
}
function deref(doc, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
function start(node) {
    return node?.range?.[0];
}
function findPair(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
/** Follows a zod path through the YAML document. */
function locate(doc, path) {
    let node = doc.contents;
    let keyOffset;
    for (const segment of path) {
        const collection = deref(doc, node);
        const parentOffset = keyOffset ?? start(collection) ?? 0;
        let next;
        let nextKeyOffset;
        if ((0,dist/* isMap */.jh)(collection)) {
            const pair = findPair(collection, String(segment));
            if (!pair)
                return { exists: false, offset: parentOffset, value: undefined };
            next = pair.value;
            nextKeyOffset = start(pair.key);
        }
        else if ((0,dist/* isSeq */.oP)(collection) && typeof segment === 'number' && segment < collection.items.length) {
            next = collection.items[segment];
        }
        else {
            return { exists: false, offset: parentOffset, value: undefined };
        }
        node = next;
        keyOffset = nextKeyOffset;
    }
    const value = deref(doc, node);
    const range = value?.range;
    // An empty value (`bucket:`) has an empty range right after the colon; the key reads better.
    const offset = range && range[1] > range[0] ? range[0] : (keyOffset ?? range?.[0] ?? 0);
    return {
        exists: true,
        offset,
        ...(keyOffset !== undefined && { keyOffset }),
        value: (0,dist/* isScalar */.jn)(value) ? value.value : value?.toJSON?.() ?? value,
    };
}
/**
 * The key path of the innermost node around `offset`, for YAML errors that carry only a
 * position. `keyAtOffset` decides whether a key starting exactly there counts.
 */
function pathAtOffset(doc, offset, keyAtOffset) {
    const path = [];
    let node = doc.contents;
    for (;;) {
        if ((0,dist/* isMap */.jh)(node)) {
            // Last match wins so a duplicate key resolves to the duplicate, not the first one.
            const pair = [...node.items].reverse().find((p) => {
                const from = start(p.key);
                const to = p.value?.range?.[2] ?? p.key?.range?.[2];
                return from !== undefined && to !== undefined && (keyAtOffset ? from <= offset : from < offset) && offset <= to;
            });
            if (!pair || !(0,dist/* isScalar */.jn)(pair.key))
                return path;
            path.push(String(pair.key.value));
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const index = node.items.findIndex((item) => {
                const range = item?.range;
                return range != null && range[0] <= offset && offset <= range[2];
            });
            if (index < 0)
                return path;
            path.push(index);
            node = node.items[index];
        }
        else {
            return path;
        }
    }
}
function firstKeyOffset(doc, parentPath, key) {
    let node = doc.contents;
    for (const segment of parentPath) {
        node = typeof segment === 'number' && (0,dist/* isSeq */.oP)(node) ? node.items[segment] : findPair(node, String(segment))?.value;
    }
    return start(findPair(node, key)?.key);
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

/***/ 6952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bn: () => (/* binding */ bucketNameProblem),
  Qn: () => (/* binding */ configSchema),
  Js: () => (/* binding */ repoPathProblem),
  LC: () => (/* binding */ resolveAccounts)
});

// UNUSED EXPORTS: DEFAULTS, accountSchema, branchNameProblem, commitSchema, configJsonSchema, exportSchema, loadBalancersExportSchema, mirrorSchema, renderConfigJsonSchema, route53ExportSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
;// CONCATENATED MODULE: ./src/config/account-fields.ts
/**
 * The fields that name an AWS account and the role assumed there, shared by `accounts:` and
 * `vault:` so both read and complain the same way.
 */


const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::(\d{12}):role\/(?:[!-~]+\/)?[\w+=,.@-]{1,64}$/;
function accountIdTypeMessage(input) {
    if (typeof input !== 'number')
        return undefined;
    // YAML reads unquoted digits as a number and drops leading zeros; a 12-digit id gets them back.
    const digits = Number.isInteger(input) && input >= 0 && input < 1e12 ? String(input).padStart(12, '0') : undefined;
    return digits
        ? `account id ${digits} must be quoted: YAML reads unquoted digits as a number (and drops leading zeros); write id: "${digits}"`
        : `account id must be a quoted 12-digit string such as "123456789012", found ${(0,errors/* describeValue */.bp)(input)}`;
}
const accountIdSchema = schemas/* string */.YjP({ error: (issue) => accountIdTypeMessage(issue.input) })
    .regex(/^\d{12}$/, 'account id must be exactly 12 digits, e.g. "123456789012"');
const roleArnSchema = schemas/* string */.YjP().regex(ROLE_ARN, 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-backup');
const externalIdSchema = schemas/* string */.YjP()
    .min(2, 'external-id must be 2 to 1224 characters')
    .max(1224, 'external-id must be 2 to 1224 characters')
    .regex(/^[\w+=,.@:/-]*$/, 'external-id may contain only letters, digits and _ + = , . @ : / -');
/** external-id needs role-arn; the role must be in the account `id` names. */
function checkRoleFields(account, ctx) {
    if (account['external-id'] !== undefined && account['role-arn'] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['external-id'], message: 'external-id is only used when assuming a role; add role-arn or remove external-id' });
    }
    const arnAccount = account['role-arn']?.match(ROLE_ARN)?.[2];
    if (arnAccount && account.id && arnAccount !== account.id) {
        ctx.addIssue({
            code: 'custom',
            path: ['role-arn'],
            message: `role is in account ${arnAccount} but id is "${account.id}"; use a role in account ${account.id} or correct the id`,
        });
    }
}

// EXTERNAL MODULE: ./src/config/lifecycle-schema.ts + 5 modules
var lifecycle_schema = __webpack_require__(6703);
// EXTERNAL MODULE: ./src/aws/rate-limits.ts
var rate_limits = __webpack_require__(104);
;// CONCATENATED MODULE: ./src/config/rate-limits-schema.ts
/**
 * `rate-limits:` in the config: lowers (or, with a raised AWS quota, raises) the request-rate
 * budgets the client keeps to. Everything is optional; what is left out keeps the documented
 * AWS limits of src/aws/rate-limits.ts.
 */



const rate = schemas/* number */.aig().positive().describe('Tokens added per second (sustained requests per second).');
const burst = schemas/* number */.aig().min(1).describe('Tokens the bucket holds (requests that may go at once); it starts full.');
/**
 * One clear message when a value fits neither shape: a scalar is "neither a number nor a
 * mapping"; a mapping gets the first problem found inside it, with its key path.
 */
const notNumberOrMapping = (issue) => {
    if (issue.code !== 'invalid_union')
        return undefined;
    if (issue.input === null || typeof issue.input !== 'object') {
        return `expected a number (requests per second) or a mapping such as { rate: 5, burst: 10 }, found ${(0,errors/* describeValue */.bp)(issue.input)}`;
    }
    const inner = (issue.errors ?? []).at(-1)?.[0];
    return inner ? `${inner.path.map(String).join('.')}: ${inner.message}` : undefined;
};
const bucketSchema = schemas/* union */.KCZ([
    schemas/* number */.aig().positive().describe('Requests per second; the burst becomes at most one second\'s worth.'),
    schemas/* strictObject */.rej({ rate: rate.optional(), burst: burst.optional() }),
], { error: notNumberOrMapping });
/** Operation names as AWS spells them, e.g. ListResourceRecordSets. */
const OPERATION_NAME = /^[A-Z][A-Za-z0-9]+$/;
const familySchema = (what, extra = {}) => schemas/* union */.KCZ([
    schemas/* number */.aig().positive().describe(`Requests per second to ${what}; the burst becomes at most one second's worth.`),
    schemas/* strictObject */.rej({
        rate: rate.optional(),
        burst: burst.optional(),
        operations: schemas/* record */.g1P(schemas/* string */.YjP(), bucketSchema)
            .superRefine((operations, ctx) => {
            for (const name of Object.keys(operations)) {
                if (!OPERATION_NAME.test(name)) {
                    ctx.addIssue({ code: 'custom', path: [name], message: `"${name}" is not an API operation name; write it as AWS does, e.g. ListResourceRecordSets` });
                }
            }
        })
            .optional()
            .describe('Per-operation buckets, by API operation name (each operation has its own bucket).'),
        ...extra,
    }),
], { error: notNumberOrMapping })
    .optional()
    .describe(`Budget for ${what}: a number (requests per second) or { rate, burst, operations }.`);
const FAMILY_TEXT = {
    route53: 'Route 53, shared by the whole account (documented: 50 burst, 10/s, plus a bucket per operation)',
    elasticloadbalancing: 'Elastic Load Balancing, per region (default 10/s)',
    ec2: 'EC2, per region (documented: a bucket per action; this adds one shared bucket on top)',
    rds: 'RDS, per region (default 10/s)',
    s3: 'S3 (default 50/s)',
    sts: 'STS (default 10/s)',
    kms: 'KMS, per region (default 20/s)',
    cloudtrail: 'CloudTrail LookupEvents for incremental exports, per region (documented: 2/s)',
};
const rateLimitsSchema = schemas/* strictObject */.rej(Object.fromEntries(rate_limits/* API_FAMILIES */.Cu.map((family) => [
    family,
    familySchema(FAMILY_TEXT[family], family === 'route53'
        ? { changes: bucketSchema.optional().describe('Record changes per second (change-throughput budget of restores).') }
        : {}),
])))
    .describe('Request-rate budgets per AWS API. Defaults are AWS\'s documented token buckets; lower them in an account shared with other automation.');

// EXTERNAL MODULE: ./src/config/regions.ts
var regions = __webpack_require__(815);
;// CONCATENATED MODULE: ./src/config/snapshots-schema.ts
/**
 * The `snapshots:` section of `aws-backup.yml`: policies that select EBS volumes, EC2
 * instances, RDS instances and Aurora clusters, when they are snapshotted, how long the
 * snapshots are kept (grandfather-father-son), and where they are copied.
 *
 * Strict and kebab-case like the rest of the config; the messages here are complete
 * sentences, the loader adds file:line:column.
 */


const SNAPSHOT_DEFAULTS = {
    schedule: 'daily',
    'copy-tags': true,
    'wait-minutes': 20,
    'stale-after-hours': 36,
};
const RESOURCE_TYPES = ['ebs-volume', 'ec2-instance', 'rds-instance', 'rds-cluster'];
const SCHEDULES = ['hourly', 'daily', 'weekly', 'monthly'];
/** Policy names end up in snapshot tags and RDS snapshot identifiers (letters, digits, single hyphens). */
const POLICY_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const UNITS = { hourly: 'hours', daily: 'days', weekly: 'ISO weeks', monthly: 'months', yearly: 'years' };
const count = (tier) => schemas/* number */.aig()
    .int(`${tier} must be a whole number`)
    .min(0, `${tier} must be 0 or more`)
    .max(1000, `${tier} must be at most 1000`)
    .optional()
    .describe(`How many ${tier} snapshots to keep: the newest snapshot of each of the newest N ${UNITS[tier]} that have one.`);
const retentionSchema = schemas/* strictObject */.rej({
    hourly: count('hourly'),
    daily: count('daily'),
    weekly: count('weekly'),
    monthly: count('monthly'),
    yearly: count('yearly'),
    'max-age-days': schemas/* number */.aig()
        .int('max-age-days must be a whole number of days')
        .min(1, 'max-age-days must be at least 1')
        .optional()
        .describe('Snapshots older than this many days are deleted even if a tier would keep them. Alone, it keeps every snapshot younger than this.'),
})
    .superRefine((r, ctx) => {
    const anyCount = [r.hourly, r.daily, r.weekly, r.monthly, r.yearly].some((n) => (n ?? 0) > 0);
    if (!anyCount && r['max-age-days'] === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: 'retention keeps nothing: set at least one of hourly, daily, weekly, monthly, yearly above 0, or max-age-days (e.g. { daily: 7, weekly: 4, monthly: 12 })',
        });
    }
})
    .describe('Grandfather-father-son retention: a snapshot is kept while it is the newest of one of the newest N periods of any tier (and younger than max-age-days).');
const KMS_KEY = /^(alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|arn:aws(-us-gov|-cn)?:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+)$/;
const LOCK_MODES = ['compliance', 'governance'];
const lockSchema = schemas/* strictObject */.rej({
    mode: schemas/* enum */.k5n(LOCK_MODES).describe('compliance: nobody can unlock or delete the copy before the lock ends (after the cool-off); governance: a principal allowed ec2:UnlockSnapshot can.'),
    'cool-off-hours': schemas/* number */.aig()
        .int('cool-off-hours must be a whole number of hours')
        .min(1, 'cool-off-hours must be 1 to 72')
        .max(72, 'cool-off-hours must be 1 to 72')
        .optional()
        .describe('compliance only: hours after locking during which the lock can still be removed or shortened (AWS allows 1 to 72).'),
})
    .superRefine((lock, ctx) => {
    if (lock['cool-off-hours'] !== undefined && lock.mode !== 'compliance') {
        ctx.addIssue({ code: 'custom', path: ['cool-off-hours'], message: 'cool-off-hours applies only to mode compliance; remove it or use mode: compliance' });
    }
})
    .describe('EBS vault copies: lock each copy (EC2 LockSnapshot) until retention may delete it, so nobody can delete it earlier.');
const copySchema = schemas/* strictObject */.rej({
    account: schemas/* enum */.k5n(['vault'])
        .optional()
        .describe('vault: copy into the vault account (the vault: section), re-encrypted with its key for the region; without it the copy stays in the same account (a DR copy).'),
    region: regions/* knownRegionSchema */.nM.describe('Destination region of the copies: a DR region, or for vault copies any region (the source region too).'),
    'kms-key': schemas/* string */.YjP()
        .regex(KMS_KEY, 'kms-key must be a KMS key id, key ARN, alias ("alias/backup-dr") or alias ARN in the destination region')
        .optional()
        .describe('KMS key in the destination region that encrypts the copies (alias/..., key id or ARN). Checked with DescribeKey before any copy.'),
    retention: retentionSchema.optional().describe("Retention of the copies; defaults to the policy's retention."),
    'option-group': schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Option group in the destination region for RDS instance snapshot copies; needed when the database uses a non-default option group.'),
    'archive-after-days': schemas/* number */.aig()
        .int()
        .min(1)
        .optional()
        .describe("EBS: move copies kept only for the monthly/yearly tiers to the archive tier after this many days; defaults to the policy's value."),
    lock: lockSchema.optional(),
})
    .superRefine((copy, ctx) => {
    if (copy.account === 'vault' && copy['kms-key'] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['kms-key'], message: 'vault copies are re-encrypted with the key of vault.kms-keys for their region; remove kms-key here' });
    }
    if (copy.lock !== undefined && copy.account !== 'vault') {
        ctx.addIssue({ code: 'custom', path: ['lock'], message: 'lock applies to vault copies only (account: vault); a lock in the source account would protect nothing against its admins' });
    }
    const arnRegion = /^arn:[^:]+:kms:([^:]+):/.exec(copy['kms-key'] ?? '')?.[1];
    if (arnRegion && arnRegion !== copy.region) {
        ctx.addIssue({
            code: 'custom',
            path: ['kms-key'],
            message: `kms-key is in ${arnRegion} but the copies go to ${copy.region}; use a key (or alias) in ${copy.region}`,
        });
    }
})
    .describe('A copy of every new snapshot: into another region of the same account (DR), or into the vault account.');
const resourcesSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(RESOURCE_TYPES).describe('ebs-volume, ec2-instance (all its volumes, crash-consistent), rds-instance or rds-cluster (Aurora and Multi-AZ DB clusters).'),
    tags: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP())
        // The same map in JSON Schema terms, with additionalProperties false like every object of the file.
        .meta({ additionalProperties: false, patternProperties: { '^.+$': { type: 'string' } } })
        .optional()
        .describe('Select resources carrying all of these tags; the value "*" accepts any value.'),
    ids: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Select these resource ids (volume, instance, DB instance or cluster identifiers), in addition to the tag match.'),
    regions: schemas/* array */.YOg(regions/* knownRegionSchema */.nM).min(1).optional().describe('Only these regions (default: every region of the account).'),
    'exclude-boot-volume': schemas/* boolean */.zMY().optional().describe('ec2-instance: leave the root volume out of the snapshot set.'),
})
    .superRefine((r, ctx) => {
    if (r.tags === undefined && r.ids === undefined) {
        ctx.addIssue({ code: 'custom', message: 'select resources with tags (e.g. tags: { Backup: daily }) and/or ids' });
    }
    if (r.tags !== undefined && Object.keys(r.tags).length === 0 && r.ids === undefined) {
        ctx.addIssue({ code: 'custom', path: ['tags'], message: 'tags is empty and would select nothing; add a tag such as { Backup: daily }' });
    }
    if (r['exclude-boot-volume'] !== undefined && r.type !== 'ec2-instance') {
        ctx.addIssue({ code: 'custom', path: ['exclude-boot-volume'], message: `exclude-boot-volume applies only to type ec2-instance, not ${r.type}; remove it` });
    }
})
    .describe('Which resources the policy protects.');
const policySchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP()
        .max(40, 'policy name must be at most 40 characters')
        .regex(POLICY_NAME, 'policy name must be lowercase letters and digits in words joined by single "-", starting with a letter (e.g. "daily-ebs")')
        .describe('Unique name; tagged on every snapshot the policy makes.'),
    resources: resourcesSchema,
    schedule: schemas/* enum */.k5n(SCHEDULES)
        .default(SNAPSHOT_DEFAULTS.schedule)
        .describe('A snapshot is due once per period (UTC hour, day, ISO week or month); a run after missed periods catches up once.'),
    'copy-tags': schemas/* boolean */.zMY().default(SNAPSHOT_DEFAULTS['copy-tags']).describe("Copy the resource's own tags onto its snapshots and their copies."),
    retention: retentionSchema,
    'archive-after-days': schemas/* number */.aig()
        .int()
        .min(1)
        .optional()
        .describe('EBS: move snapshots kept only for the monthly/yearly tiers to the archive storage tier after this many days.'),
    copies: schemas/* array */.YOg(copySchema).default(() => []).describe('Copies: one entry per destination region of this account (DR) and per region of the vault.'),
})
    .superRefine((p, ctx) => {
    const ebs = p.resources.type === 'ebs-volume' || p.resources.type === 'ec2-instance';
    if (p['archive-after-days'] !== undefined && !ebs) {
        ctx.addIssue({ code: 'custom', path: ['archive-after-days'], message: `archive-after-days applies only to EBS snapshots (ebs-volume, ec2-instance), not ${p.resources.type}; remove it` });
    }
    p.copies.forEach((copy, i) => {
        if (copy['option-group'] !== undefined && p.resources.type !== 'rds-instance') {
            ctx.addIssue({ code: 'custom', path: ['copies', i, 'option-group'], message: `option-group applies only to rds-instance copies, not ${p.resources.type}; remove it` });
        }
        if (copy['archive-after-days'] !== undefined && !ebs) {
            ctx.addIssue({ code: 'custom', path: ['copies', i, 'archive-after-days'], message: `archive-after-days applies only to EBS snapshots, not ${p.resources.type}; remove it` });
        }
        if (copy.lock !== undefined && !ebs) {
            ctx.addIssue({ code: 'custom', path: ['copies', i, 'lock'], message: `RDS and Aurora snapshots cannot be locked (only EBS snapshots can); remove lock — the vault account and its role protect these copies (docs/vault.md)` });
        }
        const first = p.copies.findIndex((c) => c.region === copy.region && c.account === copy.account);
        if (first < i) {
            ctx.addIssue({ code: 'custom', path: ['copies', i, 'region'], message: `region '${copy.region}'${copy.account ? ' of the vault' : ''} appears twice (first as entry ${first + 1} of copies); remove the duplicate` });
        }
    });
})
    .describe('One snapshot policy.');
const snapshotsSchema = schemas/* strictObject */.rej({
    policies: schemas/* array */.YOg(policySchema)
        .default(() => [])
        .superRefine((policies, ctx) => {
        policies.forEach((p, i) => {
            const first = policies.findIndex((q) => q.name === p.name);
            if (first < i) {
                ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `policy name '${p.name}' appears twice (first as entry ${first + 1} of the list); names must be unique because snapshots are tagged with them` });
            }
        });
    })
        .describe('Snapshot policies.'),
    'wait-minutes': schemas/* number */.aig()
        .min(0)
        .max(720, 'wait-minutes must be at most 720 (12 hours)')
        .default(SNAPSHOT_DEFAULTS['wait-minutes'])
        .describe('How long a run waits for snapshots and copies to complete (logging progress); what is still pending is reported and finished by the next run.'),
    coverage: schemas/* strictObject */.rej({
        'stale-after-hours': schemas/* number */.aig()
            .positive()
            .default(SNAPSHOT_DEFAULTS['stale-after-hours'])
            .describe('A protected resource whose newest snapshot (or DR copy) is older than this is reported as stale.'),
    })
        .prefault({})
        .describe('The coverage report of every volume, instance, database and cluster.'),
})
    .describe('EBS and RDS snapshots with disaster-recovery copies and grandfather-father-son retention.');

// EXTERNAL MODULE: ./src/config/incremental-schema.ts
var incremental_schema = __webpack_require__(8352);
;// CONCATENATED MODULE: ./src/config/vault-schema.ts
/**
 * The `vault:` section: a second AWS account that receives locked, re-encrypted snapshot
 * copies (docs/vault.md). It names the account, the role the tool assumes there, and per
 * region the KMS key of the vault that the copies are re-encrypted with. Snapshot policies
 * send copies there with `copies: [{ account: vault, region: … }]`; the cross-checks between
 * the two sections are `checkVaultReferences`, called by the top-level schema. A pull
 * request's plan never assumes the vault role: it reads the vault with `plan-role-arn`, a
 * read-only role of the vault, or not at all.
 */




const vaultSchema = schemas/* strictObject */.rej({
    id: accountIdSchema.describe('The 12-digit id of the vault account, quoted ("222222222222"). It must not be one of the backed-up accounts.'),
    'role-arn': roleArnSchema.describe('The vault role in the vault account (copy, tag, lock, delete only its own unlocked copies, share for a restore), e.g. arn:aws:iam::222222222222:role/aws-backup-vault.'),
    'plan-role-arn': roleArnSchema
        .optional()
        .describe('The read-only vault plan role in the vault account, assumed by pull-request plans (trusted only by the plan role), e.g. arn:aws:iam::222222222222:role/aws-backup-gitops-vault-plan. Without it a plan does not read the vault.'),
    'external-id': externalIdSchema.optional().describe('External id passed when assuming the vault role (and the vault plan role), if its trust policy requires one.'),
    'kms-keys': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(KMS_KEY, 'must be a KMS key id, key ARN, alias ("alias/vault-backup") or alias ARN of the vault account in that region'))
        .meta({ additionalProperties: false, patternProperties: { '^.+$': { type: 'string' } } })
        .describe('Per region, the KMS key of the vault account that copies into that region are re-encrypted with, e.g. { eu-west-1: alias/vault-backup }.'),
})
    .superRefine((vault, ctx) => {
    checkRoleFields(vault, ctx);
    checkPlanRole(vault, ctx);
    for (const [region, key] of Object.entries(vault['kms-keys'])) {
        if (!(0,regions/* isKnownRegion */.Kk)(region)) {
            ctx.addIssue({ code: 'custom', path: ['kms-keys', region], message: (0,regions/* unknownRegionMessage */.Ge)(region) });
            continue;
        }
        const arn = /^arn:[^:]+:kms:([^:]+):(\d{12}):/.exec(key);
        if (arn && arn[1] !== region) {
            ctx.addIssue({ code: 'custom', path: ['kms-keys', region], message: `the key is in ${arn[1]} but is listed for ${region}; KMS keys are regional, use a key (or alias) in ${region}` });
        }
        else if (arn && arn[2] !== vault.id) {
            ctx.addIssue({ code: 'custom', path: ['kms-keys', region], message: `the key belongs to account ${arn[2]}, not the vault (${vault.id}); copies must be re-encrypted with a key the vault owns` });
        }
    }
})
    .describe('A separate AWS account that holds locked, re-encrypted copies of the snapshots (see docs/vault.md).');
/** The plan role must be a separate role of the vault account: PR code must not get the vault role's writes. */
function checkPlanRole(vault, ctx) {
    const arn = vault['plan-role-arn'];
    if (arn === undefined)
        return;
    const account = ROLE_ARN.exec(arn)?.[2];
    if (account && account !== vault.id) {
        ctx.addIssue({ code: 'custom', path: ['plan-role-arn'], message: `the plan role is in account ${account}, not the vault (${vault.id}); use the read-only vault plan role created in account ${vault.id} (docs/vault.md)` });
    }
    else if (arn === vault['role-arn']) {
        ctx.addIssue({
            code: 'custom',
            path: ['plan-role-arn'],
            message: 'plan-role-arn is the vault role itself, which can copy, lock and delete vault copies; pull-request code must not get it — create the read-only vault plan role (iam-policy writes vault-plan-policy.json, docs/vault.md) and name it here',
        });
    }
}
/** Cross-checks of `vault:` against `accounts:` and the policies' vault copies. */
function checkVaultReferences(config, ctx) {
    const { vault } = config;
    const backedUp = config.accounts.find((a) => vault && a.id === vault.id);
    if (vault && backedUp) {
        ctx.addIssue({
            code: 'custom',
            path: ['vault', 'id'],
            message: `the vault is account ${vault.id}, which is also the backed-up account "${backedUp.name}"; a vault only protects when it is a separate account — create one (docs/vault.md) and put its id here`,
        });
    }
    config.snapshots?.policies.forEach((policy, p) => {
        policy.copies.forEach((copy, c) => {
            if (copy.account !== 'vault')
                return;
            const path = ['snapshots', 'policies', p, 'copies', c];
            if (!vault) {
                ctx.addIssue({ code: 'custom', path: [...path, 'account'], message: 'copies go to account vault, but the config has no vault: section; add vault: with the vault account id, role-arn and kms-keys (docs/vault.md), or remove account: vault' });
            }
            else if (vault['kms-keys'][copy.region] === undefined) {
                ctx.addIssue({ code: 'custom', path: [...path, 'region'], message: `vault.kms-keys has no key for ${copy.region}; add one (e.g. ${copy.region}: alias/vault-backup), because vault copies are always re-encrypted with a key of the vault` });
            }
        });
    });
}

;// CONCATENATED MODULE: ./src/config/mirror-account.ts
function checkMirrorAccount(config, ctx) {
    const account = config.export.mirror?.account;
    if (account === undefined)
        return;
    const path = ['export', 'mirror', 'account'];
    if (account === 'vault') {
        if (config.vault === undefined) {
            ctx.addIssue({ code: 'custom', path, message: 'the mirror goes to account vault, but the config has no vault: section; add vault: with the vault account id and role-arn (docs/vault.md), or remove account: vault' });
        }
        return;
    }
    if (!config.accounts.some((a) => a.name === account)) {
        const known = [...config.accounts.map((a) => a.name), ...(config.vault === undefined ? [] : ['vault'])].join(', ');
        ctx.addIssue({ code: 'custom', path, message: `no account is named '${account}'; use one of: ${known}` });
    }
}

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The `aws-backup.yml` schema: the one source of the TypeScript types, the validator and
 * the committed JSON Schema (`schema/aws-backup.schema.json`, written by
 * `npx vite-node scripts/gen-schema.ts`).
 *
 * Every object is strict: an unknown key is an error, because a typo such as `enabeld`
 * must never silently switch a backup off. Keys are kebab-case, as users write them.
 * Messages given here are complete sentences about the value; the loader adds file,
 * line, column and key path, and words the generic cases (wrong type, unknown key, ...).
 */










/** Every default of the config in one place; the schema and other code read them here. */
const DEFAULTS = {
    accountName: 'default',
    export: {
        path: 'exports',
        route53: {
            enabled: true,
            zones: { include: ['*'], exclude: [] },
            'health-checks': true,
        },
        'load-balancers': { enabled: true, classic: true, v2: true, 'include-targets': false },
        mirror: { prefix: '' },
    },
    commit: { mode: 'push', branch: 'aws-backup/export', message: 'chore(aws-backup): export' },
};
// ---------------------------------------------------------------------------------------
// Value checks (pure; each returns the problem in words, or undefined when the value is fine)
/** S3 general purpose bucket naming rules (S3 user guide, "Bucket naming rules"). */
function bucketNameProblem(name) {
    const shown = JSON.stringify(name);
    if (name.length < 3 || name.length > 63) {
        return `bucket name ${shown} must be 3 to 63 characters long (it has ${name.length})`;
    }
    if (!/^[a-z0-9.-]+$/.test(name)) {
        return `bucket name ${shown} may contain only lowercase letters, digits, "." and "-"`;
    }
    if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) {
        return `bucket name ${shown} must begin and end with a lowercase letter or digit`;
    }
    if (name.includes('..'))
        return `bucket name ${shown} must not contain two adjacent periods`;
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) {
        return `bucket name ${shown} must not look like an IP address`;
    }
    for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) {
        if (name.startsWith(prefix))
            return `bucket name ${shown} must not start with the reserved prefix "${prefix}"`;
    }
    for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) {
        if (name.endsWith(suffix))
            return `bucket name ${shown} must not end with the reserved suffix "${suffix}"`;
    }
    return undefined;
}
/** The export folder is written inside the repository checkout, never outside it. */
function repoPathProblem(path) {
    const shown = JSON.stringify(path);
    if (path.trim() === '')
        return 'must not be empty; use a folder name such as "exports"';
    if (path.includes('\\'))
        return `${shown} must use "/" as the separator`;
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
        return `${shown} must be relative to the repository root; remove the leading "${path.startsWith('/') ? '/' : path.slice(0, 2)}"`;
    }
    if (path.split('/').includes('..'))
        return `${shown} must stay inside the repository; remove the ".." segment`;
    return undefined;
}
/** The subset of git's ref-name rules (git-check-ref-format) a typo can break. */
function branchNameProblem(name) {
    const shown = JSON.stringify(name);
    if (name === '')
        return 'must not be empty';
    if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)) {
        return `${shown} is not a valid git branch name: no spaces or any of ~ ^ : ? * [ \\`;
    }
    if (name.includes('..') || name.includes('//') || name.includes('@{')) {
        return `${shown} is not a valid git branch name: no "..", "//" or "@{"`;
    }
    if (/^[-/.]|[/.]$|\.lock$|\/\./.test(name)) {
        return `${shown} is not a valid git branch name: it must not start with "-", "/" or ".", end with "/", "." or ".lock", or have a component starting with "."`;
    }
    return undefined;
}
function check(problem) {
    return (value, ctx) => {
        const message = problem(value);
        if (message)
            ctx.addIssue({ code: 'custom', message });
    };
}
// ---------------------------------------------------------------------------------------
// Building blocks
const regionSchema = schemas/* enum */.k5n(regions/* KNOWN_REGIONS */.Qu, {
    error: (issue) => typeof issue.input === 'string'
        ? (0,regions/* unknownRegionMessage */.Ge)(issue.input)
        : issue.input === undefined
            ? undefined
            : `expected a region name such as 'us-east-1', found ${(0,errors/* describeValue */.bp)(issue.input)}`,
})
    .meta({ id: 'aws-region', description: 'An AWS region name, e.g. us-east-1.' });
/** Flags repeated entries of a list at the later entry, where the user has to act. */
function noDuplicates(what, key, fix, field) {
    return (items, ctx) => {
        const firstIndex = new Map();
        items.forEach((item, index) => {
            const k = key(item);
            const first = firstIndex.get(k);
            if (first === undefined)
                firstIndex.set(k, index);
            else {
                ctx.addIssue({
                    code: 'custom',
                    path: field === undefined ? [index] : [index, field],
                    message: `${what} '${k}' appears twice (first as entry ${first + 1} of the list); ${fix}`,
                });
            }
        });
    };
}
const regionListSchema = schemas/* array */.YOg(regionSchema)
    .min(1, 'must list at least one region, e.g. [us-east-1]')
    .superRefine(noDuplicates('region', (r) => r, 'remove the duplicate'));
const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]*$/;
const accountSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP()
        .max(63, 'account name must be at most 63 characters')
        .regex(ACCOUNT_NAME, 'account name must use lowercase letters, digits and "-", starting with a letter or digit (e.g. "prod")')
        .describe('Short name of the account: lowercase letters, digits and "-". Also the folder under export.path that holds its files.'),
    id: accountIdSchema
        .optional()
        .describe('The 12-digit AWS account id, quoted ("123456789012"). When set, the run checks the credentials really are for this account.'),
    'role-arn': roleArnSchema
        .optional()
        .describe('IAM role assumed for this account (e.g. arn:aws:iam::123456789012:role/aws-backup). Without it the ambient credentials are used.'),
    'external-id': externalIdSchema
        .optional()
        .describe('External id passed when assuming role-arn, if the role trust policy requires one. Only valid together with role-arn.'),
    regions: regionListSchema
        .optional()
        .describe('Regions to back up in this account, replacing the top-level regions.'),
})
    .superRefine(checkRoleFields)
    .describe('One AWS account to back up.');
const globListSchema = schemas/* array */.YOg(schemas/* string */.YjP().min(1, 'a zone pattern must not be empty'));
const route53ExportSchema = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(DEFAULTS.export.route53.enabled).describe('Export Route 53 hosted zones.'),
    zones: schemas/* strictObject */.rej({
        include: globListSchema
            .default(() => [...DEFAULTS.export.route53.zones.include])
            .describe('Zone names to export, as shell-style globs ("example.com", "*.internal"); the trailing dot is optional.'),
        exclude: globListSchema
            .default(() => [...DEFAULTS.export.route53.zones.exclude])
            .describe('Zone names to skip, as shell-style globs; applied after include.'),
    })
        .prefault({})
        .describe('Which hosted zones to export, by zone name.'),
    'health-checks': schemas/* boolean */.zMY()
        .default(DEFAULTS.export.route53['health-checks'])
        .describe('Export Route 53 health checks (referenced from records by a stable name).'),
})
    .describe('Route 53 hosted zones, records and health checks.');
const loadBalancersExportSchema = schemas/* strictObject */.rej({
    enabled: schemas/* boolean */.zMY().default(DEFAULTS.export['load-balancers'].enabled).describe('Export load balancers.'),
    classic: schemas/* boolean */.zMY().default(DEFAULTS.export['load-balancers'].classic).describe('Export classic load balancers (ELB).'),
    v2: schemas/* boolean */.zMY().default(DEFAULTS.export['load-balancers'].v2).describe('Export Application and Network Load Balancers (ELBv2) with listeners, rules and target groups.'),
    'include-targets': schemas/* boolean */.zMY()
        .default(DEFAULTS.export['load-balancers']['include-targets'])
        .describe('Also export registered instances and targets. Off by default: they change all the time and make noisy diffs.'),
})
    .describe('Classic, Application and Network Load Balancers.');
const mirrorSchema = schemas/* strictObject */.rej({
    bucket: schemas/* string */.YjP().superRefine(check(bucketNameProblem)).describe('S3 bucket that receives a copy of every changed export file.'),
    region: regionSchema.optional().describe('Region of the bucket. Defaults to dr-region.'),
    prefix: schemas/* string */.YjP()
        .default(DEFAULTS.export.mirror.prefix)
        .superRefine(check((p) => (p.startsWith('/') ? `prefix ${JSON.stringify(p)} must not start with "/"` : undefined)))
        .describe('Key prefix inside the bucket, e.g. "aws-backup/".'),
    account: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('The account the bucket lives in: "vault" (uploads with the vault role) or a name from accounts. Default: each account uploads its own files with its own credentials.'),
    'object-lock': schemas/* boolean */.zMY()
        .optional()
        .describe('The bucket has S3 Object Lock: before any upload the run checks that Object Lock is enabled and versioning is on, and says so in the summary; otherwise nothing is uploaded.'),
})
    .describe('Upload changed export files to an S3 bucket, normally in the disaster-recovery region.');
const exportSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP()
        .default(DEFAULTS.export.path)
        .superRefine(check(repoPathProblem))
        .describe('Folder in the repository, relative to its root, that holds the export files (one sub-folder per account).'),
    route53: route53ExportSchema.prefault({}),
    'load-balancers': loadBalancersExportSchema.prefault({}),
    mirror: mirrorSchema.optional(),
    incremental: incremental_schema/* incrementalSchema */.Ws.prefault({}),
})
    .describe('What the configuration export writes, and where.');
const commitSchema = schemas/* strictObject */.rej({
    mode: schemas/* enum */.k5n(['push', 'pull-request', 'none'])
        .default(DEFAULTS.commit.mode)
        .describe('push: commit changes to the current branch; pull-request: commit to `branch` and open or update a pull request; none: write the files only (a later job commits them, e.g. the multi-account matrix).'),
    branch: schemas/* string */.YjP()
        .default(DEFAULTS.commit.branch)
        .superRefine(check(branchNameProblem))
        .describe('Branch that receives the commits in pull-request mode.'),
    message: schemas/* string */.YjP()
        .min(1, 'commit message must not be empty')
        .default(DEFAULTS.commit.message)
        .describe('Prefix of the commit message first line.'),
})
    .describe('How export changes are committed.');
// ---------------------------------------------------------------------------------------
// The whole file
const configObjectSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, {
        error: (issue) => issue.input === undefined
            ? undefined
            : `unsupported config version ${typeof issue.input === 'number' ? issue.input : (0,errors/* describeValue */.bp)(issue.input)}; this release reads version 1, so write version: 1`,
    })
        .describe('Format version of this file; always 1.'),
    regions: regionListSchema.describe('AWS regions to back up, e.g. [us-east-1]. An account may override them.'),
    'dr-region': regionSchema
        .optional()
        .describe('Disaster-recovery region: receives snapshot copies and, by default, the export mirror. Must differ from every backed-up region.'),
    accounts: schemas/* array */.YOg(accountSchema)
        .min(1, 'must list at least one account; remove accounts: to use the ambient credentials')
        .superRefine(noDuplicates('account name', (a) => a.name, 'names must be unique because each names a folder', 'name'))
        .default(() => [{ name: DEFAULTS.accountName }])
        .describe(`AWS accounts to back up. Default: one account named "${DEFAULTS.accountName}" using the ambient credentials.`),
    export: exportSchema.prefault({}),
    commit: commitSchema.prefault({}),
    'rate-limits': rateLimitsSchema.prefault({}),
    lifecycle: lifecycle_schema/* lifecycleSchema */.AP.optional(),
    snapshots: snapshotsSchema.optional(),
    vault: vaultSchema.optional(),
})
    .superRefine((config, ctx) => {
    checkVaultReferences(config, ctx);
    checkMirrorAccount(config, ctx);
    const primaries = new Set(config.regions);
    for (const account of config.accounts)
        for (const r of account.regions ?? [])
            primaries.add(r);
    const dr = config['dr-region'];
    if (dr !== undefined && primaries.has(dr)) {
        ctx.addIssue({
            code: 'custom',
            path: ['dr-region'],
            message: `'${dr}' is also a backed-up region; the disaster-recovery copy must live in a different region`,
        });
    }
    const otherPartitions = new Set([...primaries].map(regions/* partitionOf */.iQ).filter((p) => dr !== undefined && p !== (0,regions/* partitionOf */.iQ)(dr)));
    if (dr !== undefined && otherPartitions.size > 0) {
        ctx.addIssue({
            code: 'custom',
            path: ['dr-region'],
            message: `'${dr}' is in partition ${(0,regions/* partitionOf */.iQ)(dr)} but backed-up regions are in ${[...otherPartitions].join(', ')}; copies cannot cross partitions, so pick a DR region in the same partition`,
        });
    }
    const mirror = config.export.mirror;
    if (mirror !== undefined && mirror.region === undefined && dr === undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['export', 'mirror', 'region'],
            message: 'the mirror needs a region: set export.mirror.region or the top-level dr-region',
        });
    }
})
    .describe('aws-backup-gitops configuration (aws-backup.yml).');
/** Validates a parsed `aws-backup.yml` and fills in every default. */
const configSchema = configObjectSchema.transform(({ export: exported, ...rest }) => {
    const { mirror, ...exportRest } = exported;
    return {
        ...rest,
        export: {
            ...exportRest,
            // The cross-check above guarantees one of the two regions is set.
            ...(mirror && { mirror: { ...mirror, region: (mirror.region ?? rest['dr-region']) } }),
        },
    };
});
function resolveAccounts(config) {
    return config.accounts.map((account) => ({
        name: account.name,
        ...(account.id !== undefined && { accountId: account.id }),
        ...(account['role-arn'] !== undefined && { roleArn: account['role-arn'] }),
        ...(account['external-id'] !== undefined && { externalId: account['external-id'] }),
        regions: [...(account.regions ?? config.regions)],
    }));
}
/** The JSON Schema committed as schema/aws-backup.schema.json, for editors. */
function configJsonSchema() {
    const { $schema, ...rest } = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-07' });
    return { $schema, title: 'aws-backup.yml', ...rest };
}
/** The exact text of schema/aws-backup.schema.json. */
function renderConfigJsonSchema() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
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

/***/ 8751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ normalizeDeclared),
/* harmony export */   Lr: () => (/* binding */ normalizeLiveRules),
/* harmony export */   YR: () => (/* binding */ sortRules),
/* harmony export */   hv: () => (/* binding */ toAwsRule)
/* harmony export */ });
/* unused harmony exports normalizeLive, toConfigRule */
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

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ syntaxIssues),
/* harmony export */   NC: () => (/* binding */ issueAt),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   mZ: () => (/* binding */ zodIssues)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/**
 * Positions for problems found outside the config loader: in a `rules-file`, or in the
 * config itself when the problem needs more than the schema knows (an account name, a file
 * that is missing). A key path is followed through the YAML document to its node.
 */


function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    return { doc, lineCounter, file };
}
/** YAML syntax errors of the document, located. */
function syntaxIssues(parsed) {
    return parsed.doc.errors.map((error) => {
        const { line, col } = parsed.lineCounter.linePos(error.pos[0]);
        const text = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        return { file: parsed.file, line, column: col, path: '', message: `YAML syntax error: ${text}` };
    });
}
function findPair(map, key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) ? map.items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && String(pair.key.value) === key) : undefined;
}
function follow(doc, path) {
    let node = doc.contents;
    let key;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number' && segment < node.items.length) {
            node = node.items[segment];
            key = undefined;
            continue;
        }
        const pair = findPair(node, String(segment));
        if (!pair)
            return { node, key, exists: false };
        node = pair.value;
        key = pair.key;
    }
    return { node, key, exists: true };
}
/** An issue at `path`: the value there, the key for an empty value, the nearest parent otherwise. */
function issueAt(parsed, path, message, atKey = false) {
    const target = follow(parsed.doc, path);
    const range = target.node?.range;
    const keyStart = target.key?.range?.[0];
    const valueStart = range && range[1] > range[0] ? range[0] : undefined;
    const offset = (atKey ? (keyStart ?? valueStart) : (valueStart ?? keyStart)) ?? 0;
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { file: parsed.file, line, column: col, path: (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path), message };
}
/** Zod issues (from a schema whose messages are mostly its own) as located config issues. */
function zodIssues(parsed, issues, knownKeys) {
    return issues.flatMap((issue) => {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const hint = (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(key, knownKeys);
                return issueAt(parsed, [...path, key], `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/lifecycle.md for the rule format`, true);
            });
        }
        const target = follow(parsed.doc, path);
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target.node) ? target.node.value : target.node?.toJSON?.();
        let message = issue.message;
        if (issue.code === 'invalid_type') {
            message = target.exists ? `expected ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, found ${(0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(value)}` : `missing required key "${String(path.at(-1))}"`;
        }
        else if (issue.code === 'invalid_value' && /^Invalid (option|input)/.test(issue.message)) {
            const allowed = issue.values.map(String);
            const hint = typeof value === 'string' ? (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(value, allowed) : undefined;
            message = `found ${(0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(value)}; allowed values: ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
        }
        return [issueAt(parsed, path, message)];
    });
}


/***/ }),

/***/ 6642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resolveProtectedBuckets),
/* harmony export */   w: () => (/* binding */ vaultAccount)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6952);
/* harmony import */ var _lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1234);
/**
 * From the loaded config to the buckets whose protection the repository owns: each with its
 * account and region, the replication destinations resolved to an account (a name from
 * `accounts`, or the vault), and a way to locate a problem found later by the plan (a
 * destination without versioning, Object Lock on a bucket not created with it) at its
 * file:line:column in the config.
 */




/** The vault account of the config's `vault:` section, when there is one. */
function vaultAccount(config) {
    const vault = config.vault;
    if (!vault)
        return undefined;
    return { name: 'vault', accountId: vault.id, roleArn: vault['role-arn'], ...(vault['external-id'] !== undefined && { externalId: vault['external-id'] }) };
}
async function resolveProtectedBuckets(config, configPath) {
    const entries = (config.lifecycle?.buckets ?? []).map((entry, index) => ({ entry, index }));
    const protectedEntries = entries.filter(({ entry }) => entry.versioning !== undefined || entry.replication !== undefined || entry['object-lock'] !== undefined);
    if (protectedEntries.length === 0)
        return [];
    const parsed = (0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(configPath, 'utf8').catch(() => ''), configPath);
    const accounts = (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAccounts */ .LC)(config);
    const vault = vaultAccount(config);
    const findAccount = (name) => name === undefined ? accounts[0] : name === 'vault' && vault ? vault : accounts.find((a) => a.name === name);
    const names = new Set(entries.map(({ entry }) => entry.name));
    const issues = [];
    const known = [...accounts.map((a) => a.name), ...(vault ? ['vault'] : [])].join(', ');
    const buckets = [];
    for (const { entry, index } of protectedEntries) {
        const base = ['lifecycle', 'buckets', index];
        const account = findAccount(entry.account);
        if (!account)
            continue; // reported by the lifecycle resolver, which sees every entry
        const rules = [];
        entry.replication?.rules.forEach((rule, r) => {
            const at = [...base, 'replication', 'rules', r, 'destination'];
            const destAccount = findAccount(rule.destination.account ?? entry.account);
            if (!destAccount) {
                issues.push((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, [...at, 'account'], `bucket "${entry.name}", rule "${rule.id}": account "${rule.destination.account}" is neither in accounts nor the vault (known: ${known}); use one of those`));
                return;
            }
            const region = rule.destination.region ?? config['dr-region'];
            if (!region) {
                issues.push((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, at, `bucket "${entry.name}", rule "${rule.id}": the destination needs a region; set destination.region or the top-level dr-region`));
                return;
            }
            const crossAccount = destAccount.name !== account.name;
            if (crossAccount && !destAccount.accountId) {
                issues.push((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, [...at, 'account'], `bucket "${entry.name}", rule "${rule.id}": replication into account "${destAccount.name}" needs its 12-digit id; add id to that account`));
                return;
            }
            rules.push({
                id: rule.id,
                priority: entry.replication.rules.length - r,
                enabled: rule.status === 'enabled',
                prefix: rule.prefix,
                deleteMarkers: rule['delete-markers'],
                copyExisting: rule['copy-existing'],
                destination: {
                    bucket: rule.destination.bucket,
                    region,
                    account: destAccount,
                    crossAccount,
                    ...(rule.destination['storage-class'] !== undefined && { storageClass: rule.destination['storage-class'] }),
                    replicaOwner: rule.destination['replica-owner'],
                    ...(rule.destination['kms-key'] !== undefined && { kmsKey: rule.destination['kms-key'] }),
                    replicationTime: rule.destination['replication-time'],
                },
            });
        });
        buckets.push({
            name: entry.name,
            region: entry.region ?? (accounts.find((a) => a.name === account.name)?.regions[0] ?? config.regions[0]),
            account,
            ...(entry.versioning !== undefined && { versioning: entry.versioning === 'enabled' ? 'Enabled' : 'Suspended' }),
            ...(entry.replication !== undefined && { replication: { role: entry.replication.role, rules } }),
            ...(entry['object-lock'] !== undefined && { objectLock: entry['object-lock'] }),
            declared: (bucket) => names.has(bucket),
            locate: (path, message) => (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssue */ .Hd)((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, [...base, ...path], message)),
        });
    }
    if (issues.length > 0)
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(issues);
    return buckets;
}


/***/ })

};
