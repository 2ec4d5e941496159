export const id = 828;
export const ids = [828,850];
export const modules = {

/***/ 5828:
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
// EXTERNAL MODULE: ./src/config/lifecycle-schema.ts + 3 modules
var lifecycle_schema = __webpack_require__(705);
// EXTERNAL MODULE: ./src/config/schema.ts + 4 modules
var schema = __webpack_require__(7086);
// EXTERNAL MODULE: ./src/lifecycle/normalize.ts
var normalize = __webpack_require__(8751);
;// CONCATENATED MODULE: ./src/lifecycle/yaml-issues.ts
/**
 * Positions for problems found outside the config loader: in a `rules-file`, or in the
 * config itself when the problem needs more than the schema knows (an account name, a file
 * that is missing). A key path is followed through the YAML document to its node.
 */


function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
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
    return (0,dist/* isMap */.jh)(map) ? map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key) : undefined;
}
function follow(doc, path) {
    let node = doc.contents;
    let key;
    for (const segment of path) {
        if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && segment < node.items.length) {
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
    return { file: parsed.file, line, column: col, path: (0,errors/* formatPath */.jV)(path), message };
}
/** Zod issues (from a schema whose messages are mostly its own) as located config issues. */
function zodIssues(parsed, issues, knownKeys) {
    return issues.flatMap((issue) => {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const hint = (0,errors/* closest */.kp)(key, knownKeys);
                return issueAt(parsed, [...path, key], `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/lifecycle.md for the rule format`, true);
            });
        }
        const target = follow(parsed.doc, path);
        const value = (0,dist/* isScalar */.jn)(target.node) ? target.node.value : target.node?.toJSON?.();
        let message = issue.message;
        if (issue.code === 'invalid_type') {
            message = target.exists ? `expected ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, found ${(0,errors/* describeValue */.bp)(value)}` : `missing required key "${String(path.at(-1))}"`;
        }
        else if (issue.code === 'invalid_value' && /^Invalid (option|input)/.test(issue.message)) {
            const allowed = issue.values.map(String);
            const hint = typeof value === 'string' ? (0,errors/* closest */.kp)(value, allowed) : undefined;
            message = `found ${(0,errors/* describeValue */.bp)(value)}; allowed values: ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
        }
        return [issueAt(parsed, path, message)];
    });
}

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
    const parsed = parseYaml(text, shownPath);
    const syntax = syntaxIssues(parsed);
    if (syntax.length > 0)
        return { ok: false, issues: syntax };
    if (!(0,dist/* isMap */.jh)(parsed.doc.contents)) {
        return { ok: false, issues: [issueAt(parsed, [], `a rules file holds a mapping with the key "rules" (a list of rules for bucket "${bucket}"); see docs/lifecycle.md`)] };
    }
    const result = (0,lifecycle_schema/* lifecycleRulesFileSchema */.h$)(bucket).safeParse(parsed.doc.toJS());
    if (result.success)
        return { ok: true, rules: result.data.rules };
    return { ok: false, issues: zodIssues(parsed, result.error.issues, RULE_KEYS) };
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
    const issues = [];
    let configYaml;
    const inConfig = async (path, message) => {
        configYaml ??= parseYaml(await (0,promises_.readFile)(configPath, 'utf8').catch(() => ''), shownConfigPath);
        issues.push(issueAt(configYaml, ['lifecycle', 'buckets', ...path], message));
    };
    const buckets = [];
    for (const [index, entry] of entries.entries()) {
        const nameProblem = (0,schema/* bucketNameProblem */.Bn)(entry.name);
        if (nameProblem)
            await inConfig([index, 'name'], `${nameProblem}; use the bucket's exact name`);
        const account = entry.account === undefined ? accounts[0] : accounts.find((a) => a.name === entry.account);
        if (!account) {
            await inConfig([index, 'account'], `bucket "${entry.name}": account "${entry.account}" is not in accounts (known: ${accounts.map((a) => a.name).join(', ')}); use one of those names`);
            continue;
        }
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
    const config = await (0,load.loadConfig)(configPath, shownConfigPath);
    // plan never changes anything, whatever dry-run says.
    const dryRun = options.dryRun || options.command === 'plan';
    // Rules files are read and checked before any AWS call, like the config itself.
    const backup = options.command === 'run' || options.command === 'plan' || options.command === 'export';
    const lifecycleBuckets = backup && options.command !== 'export' ? await resolveLifecycleBuckets(config, configPath, shownConfigPath) : [];
    const { executeCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(119), __webpack_require__.e(719), __webpack_require__.e(413), __webpack_require__.e(343), __webpack_require__.e(979)]).then(__webpack_require__.bind(__webpack_require__, 1979));
    const outcome = await executeCommand({ ...options, config, repoRoot, dryRun, lifecycleBuckets });
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
    return { report, stats: outcome.stats, summaryExtras: outcome.summaryExtras };
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

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_FORMAT_VERSION: () => (/* binding */ REPORT_FORMAT_VERSION),
/* harmony export */   actionLabel: () => (/* binding */ actionLabel),
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   exitCode: () => (/* binding */ exitCode),
/* harmony export */   failureLines: () => (/* binding */ failureLines),
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   toJson: () => (/* binding */ toJson),
/* harmony export */   writeJsonReport: () => (/* binding */ writeJsonReport)
/* harmony export */ });
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5105);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8720);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3731);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/**
 * The run's Report: the plan, what happened to each action, and what failed — built once and
 * shown everywhere (job summary, PR comment, JSON file, log, exit status).
 */




/**
 * The JSON report's format version, the `version` field; schema/report.schema.json describes
 * it. Bump when the shape changes incompatibly (a field removed, renamed or retyped); adding a
 * field does not bump it.
 */
const REPORT_FORMAT_VERSION = 1;
function outcomeOf(result) {
    const { id: _id, ...outcome } = result;
    return outcome;
}
/** The label a failed action is known by in failure lines, e.g. `delete snap-0abc`. */
function actionLabel(action) {
    return `${action.kind} ${action.target}`;
}
function buildReport(input) {
    const { plan } = input;
    const resultById = new Map(input.results.map((r) => [r.id, r]));
    const actions = plan.actions.map((action) => {
        const result = resultById.get(action.id);
        if (result === undefined)
            throw new Error(`No apply result for action '${action.id}'; pass every result of applyPlan.`);
        const reportAction = {
            id: action.id,
            kind: action.kind,
            target: action.target,
            reason: action.reason,
            destructive: action.destructive,
            outcome: outcomeOf(result),
        };
        if (action.details)
            reportAction.details = { ...action.details };
        if (action.dependsOn)
            reportAction.dependsOn = [...action.dependsOn];
        return { section: action.section, action: reportAction };
    });
    const sections = (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planSections */ .wS)(plan).map((name) => ({
        name,
        actions: actions.filter((a) => a.section === name).map((a) => a.action),
        warnings: plan.warnings.filter((w) => w.section === name),
        errors: plan.errors.filter((e) => e.section === name),
    }));
    const failures = [
        ...plan.errors.map((e) => withSection(e.section, { item: e.item, reason: e.message })),
        ...actions.flatMap(({ section, action }) => action.outcome.status === 'failed'
            ? [withSection(section, { item: actionLabel(action), reason: action.outcome.error })]
            : []),
    ];
    // A resource deleted since the inventory is not a backup failure: a warning says what happened.
    const gone = actions.flatMap(({ section, action }) => action.outcome.status === 'skipped' && action.outcome.skipped === 'resource-gone'
        ? [{ section, item: actionLabel(action), message: action.outcome.error }]
        : []);
    for (const issue of gone)
        sections.find((s) => s.name === issue.section)?.warnings.push(issue);
    const warnings = [...plan.warnings, ...gone];
    const outcomes = actions.map((a) => a.action.outcome);
    const counts = {
        planned: actions.length,
        destructive: actions.filter((a) => a.action.destructive).length,
        applied: outcomes.filter((o) => o.status === 'applied').length,
        failed: outcomes.filter((o) => o.status === 'failed').length,
        skipped: outcomes.filter((o) => o.status === 'skipped').length,
        warnings: warnings.length,
        planningErrors: plan.errors.length,
    };
    return {
        command: input.command,
        dryRun: input.dryRun,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        sections,
        failures,
        warnings,
        changed: input.dryRun ? counts.planned > 0 : counts.applied > 0,
        counts,
        ...(input.coverage && { coverage: [...input.coverage] }),
    };
}
function withSection(section, failure) {
    return section === undefined ? failure : { section, ...failure };
}
/** 0 when nothing failed (planning or applying), 1 otherwise. */
function exitCode(report) {
    return report.failures.length === 0 ? 0 : 1;
}
/** `item — reason`, one per failure, newlines inside a reason folded so each stays one line. */
function failureLines(report) {
    return report.failures.map((f) => `${f.item} — ${f.reason}`.replace(/\s*\r?\n\s*/g, ' '));
}
/**
 * The text for the final log line, `core.setFailed` (the action) or stderr (the CLI);
 * empty when nothing failed.
 */
function failureMessage(report) {
    const lines = failureLines(report);
    if (lines.length === 0)
        return '';
    const head = `${report.command}: ${lines.length} ${lines.length === 1 ? 'item' : 'items'} failed`;
    return [head + ':', ...lines.map((l) => `  ${l}`)].join('\n');
}
// ---- JSON report ----------------------------------------------------------------------
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function issueJson(issue) {
    return issue.section === undefined
        ? { item: issue.item, message: issue.message }
        : { section: issue.section, item: issue.item, message: issue.message };
}
function outcomeJson(outcome) {
    switch (outcome.status) {
        case 'applied':
            return outcome.note === undefined ? { status: 'applied' } : { status: 'applied', note: outcome.note };
        case 'failed':
            return { status: 'failed', error: outcome.error };
        case 'skipped':
            return outcome.skipped === 'dry-run' ? { status: 'skipped', skipped: 'dry-run' } : { status: 'skipped', skipped: outcome.skipped, error: outcome.error };
    }
}
function actionJson(action) {
    const json = {
        id: action.id,
        kind: action.kind,
        target: action.target,
        reason: action.reason,
        destructive: action.destructive,
    };
    if (action.details)
        json['details'] = sortedRecord(action.details);
    if (action.dependsOn)
        json['dependsOn'] = [...action.dependsOn];
    json['outcome'] = outcomeJson(action.outcome);
    return json;
}
/** A coverage row with its keys in a fixed order; absent ages are left out. */
function coverageJson(row) {
    return {
        account: row.account,
        region: row.region,
        type: row.type,
        id: row.id,
        ...(row.name !== undefined && { name: row.name }),
        status: row.status,
        policies: [...row.policies],
        ...(row.newestSnapshotAgeHours !== undefined && { newestSnapshotAgeHours: row.newestSnapshotAgeHours }),
        ...(row.newestCopyAgeHours !== undefined && { newestCopyAgeHours: row.newestCopyAgeHours }),
        notes: [...row.notes],
    };
}
/** Plain data with object keys sorted at every level, so extra blocks serialise stably too. */
function sortedDeep(value) {
    if (Array.isArray(value))
        return value.map(sortedDeep);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([, v]) => v !== undefined && typeof v !== 'function')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortedDeep(v)]));
    }
    return value;
}
function toJson(report, stats) {
    const c = report.counts;
    const json = {
        version: REPORT_FORMAT_VERSION,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w },
        command: report.command,
        dryRun: report.dryRun,
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        changed: report.changed,
        exitCode: exitCode(report),
        counts: {
            planned: c.planned,
            destructive: c.destructive,
            applied: c.applied,
            failed: c.failed,
            skipped: c.skipped,
            warnings: c.warnings,
            planningErrors: c.planningErrors,
        },
        failures: report.failures.map((f) => f.section === undefined ? { item: f.item, reason: f.reason } : { section: f.section, item: f.item, reason: f.reason }),
        warnings: report.warnings.map(issueJson),
        sections: report.sections.map((s) => ({
            name: s.name,
            actions: s.actions.map(actionJson),
            warnings: s.warnings.map(issueJson),
            errors: s.errors.map(issueJson),
        })),
        ...(report.exportModes ? { exportModes: report.exportModes } : {}),
        ...(report.coverage && { coverage: report.coverage.map(coverageJson) }),
        ...(stats === undefined ? {} : { apiCalls: sortedDeep(stats.apiCalls), process: { peakRssBytes: stats.peakRssBytes } }),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
/**
 * Writes the JSON report atomically: a temporary file in the same folder, then a rename, so
 * a reader never sees half a report and a failed write leaves the previous one intact.
 */
async function writeJsonReport(path, report, stats) {
    try {
        await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(path, toJson(report, stats));
    }
    catch (error) {
        throw new Error(`Could not write the JSON report to ${path}: ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}. Check that the folder is writable or choose another report path.`);
    }
}


/***/ }),

/***/ 5105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Atomic file writes: exports, the JSON report and anything else a reader must never see half-written. */



/**
 * Writes `content` so that `path` holds either the old or the new bytes, never a mix:
 * a temp file in the same directory (same filesystem), fsync, then rename over the target.
 */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.aws-backup-tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(content, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await syncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
/** Makes the rename itself durable; not every platform allows opening a directory. */
async function syncDirectory(dir) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Best effort (e.g. Windows cannot fsync a directory); the file itself is already synced.
    }
}


/***/ })

};
