export const id = 1403;
export const ids = [1403];
export const modules = {

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m6: () => (/* binding */ absorbChangeHistory),
  a8: () => (/* binding */ attributeChanges),
  vQ: () => (/* binding */ describeMode),
  Ji: () => (/* binding */ prepareExportMode),
  W_: () => (/* binding */ stateAfter)
});

// EXTERNAL MODULE: ./src/export/export-mode.ts
var export_mode = __webpack_require__(64);
// EXTERNAL MODULE: ./src/export/route53-feed.ts
var route53_feed = __webpack_require__(2192);
// EXTERNAL MODULE: ./src/export/route53-incremental.ts
var route53_incremental = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/export/health-checks.ts
var health_checks = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/git/export-state.ts
/** Reads an account's export state from the last commit that touched its export folder. */


async function readCommittedState(git, folder, account) {
    let stdout;
    try {
        ({ stdout } = await git.run(['log', '-1', '--format=%H%x00%P%x00%B', '--', folder]));
    }
    catch (error) {
        // No repository or no commit yet: there is no state to go on.
        if (error instanceof git_git/* GitError */.XS)
            return { found: false, reason: `no git history to go on (${error.stderr.trim().split('\n')[0] || 'git log failed'})` };
        throw error;
    }
    if (stdout.trim() === '')
        return { found: false, reason: `no previous export commit of ${folder}` };
    const [sha = '', parents = '', message = ''] = stdout.split('\0');
    const state = (0,export_mode/* parseStateTrailer */.m0)(message, account);
    if (state)
        return { found: true, state };
    const short = sha.slice(0, 12);
    if (parents.trim() === '' && (await isShallow(git))) {
        return {
            found: false,
            reason: `the shallow checkout ends at ${short}, which is not an export commit (check out with fetch-depth: 0)`,
        };
    }
    return { found: false, reason: `the last commit touching ${folder} (${short}) is not an export commit` };
}
async function isShallow(git) {
    const { stdout } = await git.run(['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
}

;// CONCATENATED MODULE: ./src/commands/export-mode.ts






async function prepareExportMode(ctx, account, folder, existing) {
    const startedAt = ctx.now?.() ?? new Date();
    const config = ctx.config.export.incremental;
    const committed = config.enabled
        ? await readCommittedState(new git_git/* Git */.TU(ctx.repoRoot, ctx.env), folder, account.name)
        : { found: false, reason: 'incremental exports are off' };
    let mode = (0,export_mode/* decideExportMode */.oR)({ config, forceFull: ctx.fullExport === true, committed, now: startedAt });
    const committedZones = (0,route53_incremental/* scanCommittedZones */.Z)(existing);
    const prepared = { mode, startedAt, feed: [], committedZones };
    if (committed.found)
        prepared.previous = committed.state;
    if (mode.feedSince) {
        // The CloudTrail SDK is loaded only by the runs that read the feed.
        const { lookupRoute53Changes, ROUTE53_FEED_REGION } = await Promise.all(/* import() */[__webpack_require__.e(8621), __webpack_require__.e(7392), __webpack_require__.e(8548)]).then(__webpack_require__.bind(__webpack_require__, 8548));
        const cloudtrail = ctx.clientsFor(account).cloudtrail(ROUTE53_FEED_REGION);
        const reading = await lookupRoute53Changes(cloudtrail, { start: mode.feedSince, end: startedAt });
        if (reading.ok)
            prepared.feed = reading.changes;
        // A full sweep only used the feed to say who changed what; it does not need it.
        else if (mode.mode === 'incremental')
            mode = (0,export_mode/* fallBackToFull */.VL)(reading.reason);
    }
    prepared.mode = mode;
    if (mode.mode === 'incremental') {
        prepared.route53 = {
            changedZones: new Set(prepared.feed.flatMap((c) => (c.zoneId ? [c.zoneId] : []))),
            healthChecksChanged: prepared.feed.some((c) => c.healthCheck),
            committed: committedZones,
            // Zones with Change History are also read from it: it has no delivery delay.
            changeHistorySince: mode.feedSince,
        };
    }
    return prepared;
}
/**
 * Folds what the Route 53 export read from Change History into the account's feed (for who
 * changed what) and, when Change History made it list everything, into the mode.
 */
function absorbChangeHistory(prepared, result) {
    const history = result.changeHistory;
    if (!history)
        return;
    prepared.feed = (0,route53_feed/* mergeChanges */.e6)(prepared.feed, history.changes);
    if (history.sweptBecause !== undefined)
        prepared.mode = (0,export_mode/* fallBackToFull */.VL)(history.sweptBecause);
}
/** The state the commit of this run records for the account (none: the next run sweeps fully). */
function stateAfter(prepared, result) {
    return (0,export_mode/* nextState */.VK)({
        mode: prepared.mode,
        startedAt: prepared.startedAt,
        route53Failed: result.failures.some((f) => f.item.startsWith('route53')),
        ...(prepared.previous ? { previous: prepared.previous } : {}),
    });
}
/** Who changed each changed file, by path, from the feed: "arn… at 2026-…Z". */
function attributeChanges(prepared, changes) {
    const out = new Map();
    if (prepared.feed.length === 0)
        return out;
    const zoneOf = new Map();
    for (const [id, zone] of prepared.committedZones)
        zoneOf.set(zone.path, id);
    for (const [path, file] of changes.files)
        if (file.resourceId)
            zoneOf.set(path, file.resourceId);
    for (const path of [...changes.added, ...changes.changed, ...changes.removed]) {
        const id = zoneOf.get(path);
        const related = prepared.feed.filter((c) => (path === health_checks/* HEALTH_CHECKS_PATH */.tC ? c.healthCheck : id !== undefined && c.zoneId === id));
        if (related.length > 0)
            out.set(path, (0,route53_feed/* describeAuthors */.C6)(related));
    }
    return out;
}
/** One line for the summary and the report: "incremental: CloudTrail changes since …; re-listed 1 zone". */
function describeMode(prepared, result) {
    const { mode } = prepared;
    if (mode.mode === 'full')
        return mode.reason;
    const read = result.changeHistory?.read ?? 0;
    const history = read > 0 ? ` and the Change History of ${read === 1 ? '1 zone' : `${read} zones`}` : '';
    const relisted = result.relisted ?? [];
    const zones = relisted.length === 1 ? '1 zone' : `${relisted.length} zones`;
    const which = relisted.length > 0 && relisted.length <= 10 ? ` (${relisted.map((z) => `${z.zone} ${z.why}`).join('; ')})` : '';
    return `${mode.reason}${history}; re-listed ${zones}${which}, kept ${result.kept?.length ?? 0} file(s) untouched`;
}


/***/ }),

/***/ 64:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ nextState),
/* harmony export */   VL: () => (/* binding */ fallBackToFull),
/* harmony export */   en: () => (/* binding */ formatStateTrailer),
/* harmony export */   m0: () => (/* binding */ parseStateTrailer),
/* harmony export */   oR: () => (/* binding */ decideExportMode)
/* harmony export */ });
/* unused harmony export STATE_TRAILER */
/* harmony import */ var _config_incremental_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8352);
/* harmony import */ var _util_iso_seconds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4101);
/**
 * Full or incremental: which kind of export a run makes for one account, and why. Pure.
 *
 * The state lives in the repository, nowhere else: every export commit carries a trailer per
 * account, `Export-State: <account> as-of=<ISO> full=<ISO>` — the instant the committed files
 * were known to equal AWS (the start of that run's listing) and that of the last full sweep.
 * The latest commit touching the account's folder must be such a commit; a run with no
 * change makes no commit, so the next run simply looks back from the same instant.
 */


const STATE_TRAILER = 'Export-State';
const DAY_MS = 24 * 60 * 60 * 1000;
function formatStateTrailer(account, state) {
    return `${STATE_TRAILER}: ${account} as-of=${state.asOf.toISOString()} full=${state.lastFull.toISOString()}`;
}
/** The state of `account` in a commit message, if the commit carries it. */
function parseStateTrailer(message, account) {
    for (const line of message.split('\n')) {
        const match = /^Export-State:\s+(\S+)\s+as-of=(\S+)\s+full=(\S+)\s*$/.exec(line.trim());
        if (!match || match[1] !== account)
            continue;
        const asOf = new Date(match[2]);
        const lastFull = new Date(match[3]);
        if (Number.isNaN(asOf.getTime()) || Number.isNaN(lastFull.getTime()))
            return undefined;
        return { asOf, lastFull };
    }
    return undefined;
}
/**
 * Decides the mode before any AWS call. The feed (CloudTrail event history) can still turn an
 * incremental run into a full sweep afterwards (`fallBackToFull`), when it fails or cannot
 * place an event.
 */
function decideExportMode(input) {
    const { config, committed, now } = input;
    if (!config.enabled)
        return { mode: 'full', reason: 'incremental exports are off (export.incremental.enabled)' };
    if (!committed.found)
        return { mode: 'full', reason: committed.reason };
    const { asOf, lastFull } = committed.state;
    const feedSince = new Date(asOf.getTime() - config['feed-delay-minutes'] * 60_000);
    const historyStart = new Date(now.getTime() - _config_incremental_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_HISTORY_DAYS */ .Y6 * DAY_MS);
    const feedUsable = feedSince > historyStart;
    const withFeed = feedUsable ? { feedSince } : {};
    if (input.forceFull)
        return { mode: 'full', reason: 'a full export was asked for', ...withFeed };
    if (!feedUsable) {
        return {
            mode: 'full',
            reason: `the last export (${(0,_util_iso_seconds_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .n)(asOf)}) is older than CloudTrail's ${_config_incremental_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_HISTORY_DAYS */ .Y6}-day event history`,
        };
    }
    const days = (0,_config_incremental_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepDays */ .M5)(config['full-sweep']);
    if (now.getTime() - lastFull.getTime() >= days * DAY_MS) {
        return { mode: 'full', reason: `full sweep due (every ${days} day${days === 1 ? '' : 's'}; last one ${(0,_util_iso_seconds_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .n)(lastFull)})`, feedSince };
    }
    return { mode: 'incremental', reason: `CloudTrail changes since ${(0,_util_iso_seconds_js__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .n)(feedSince)}`, feedSince };
}
function fallBackToFull(why) {
    return { mode: 'full', reason: `${why}; swept fully instead` };
}
/**
 * The state the next commit records for an account. A run with a Route 53 failure keeps the
 * previous instants (a zone that could not be listed may hold a change the files lack).
 */
function nextState(input) {
    const { mode, startedAt, route53Failed, previous } = input;
    if (route53Failed)
        return previous;
    if (mode.mode === 'full')
        return { asOf: startedAt, lastFull: startedAt };
    // Incremental runs only happen with a previous state.
    return previous ? { asOf: startedAt, lastFull: previous.lastFull } : undefined;
}


/***/ }),

/***/ 2192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ describeAuthors),
/* harmony export */   DR: () => (/* binding */ readFeed),
/* harmony export */   e6: () => (/* binding */ mergeChanges)
/* harmony export */ });
/* unused harmony exports ROUTE53_EVENT_SOURCE, classifyEvent */
/* harmony import */ var _util_iso_seconds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4101);
/**
 * What a CloudTrail event says about the Route 53 export: which hosted zone (or the
 * health-check file) it may have changed, who made the change and when. Pure: takes the
 * LookupEvents `Event` shape, returns data.
 *
 * Route 53 is global: its events are recorded in us-east-1. Only write events matter
 * (the lookup asks for `ReadOnly=false`); a write event whose target cannot be told makes
 * the feed unusable for this run (the export then sweeps fully), so no change is missed.
 */

const ROUTE53_EVENT_SOURCE = 'route53.amazonaws.com';
/**
 * Write operations that never change what the export writes (zone files hold no DNSSEC keys,
 * query logging, traffic policy documents, CIDR collections or VPC authorizations; a reusable
 * delegation set is only chosen when a zone is created, which its own event reports).
 */
const NO_EXPORTED_EFFECT = new Set([
    'CreateVPCAssociationAuthorization',
    'DeleteVPCAssociationAuthorization',
    'CreateQueryLoggingConfig',
    'DeleteQueryLoggingConfig',
    'CreateReusableDelegationSet',
    'DeleteReusableDelegationSet',
    'CreateTrafficPolicy',
    'CreateTrafficPolicyVersion',
    'UpdateTrafficPolicyComment',
    'DeleteTrafficPolicy',
    'CreateCidrCollection',
    'ChangeCidrCollection',
    'DeleteCidrCollection',
    'CreateKeySigningKey',
    'ActivateKeySigningKey',
    'DeactivateKeySigningKey',
    'DeleteKeySigningKey',
    'EnableHostedZoneDNSSEC',
    'DisableHostedZoneDNSSEC',
]);
const HEALTH_CHECK_OPERATIONS = new Set(['CreateHealthCheck', 'UpdateHealthCheck', 'DeleteHealthCheck']);
const obj = (value) => (value && typeof value === 'object' ? value : {});
const str = (value) => (typeof value === 'string' && value !== '' ? value : undefined);
/** `/hostedzone/Z123` or `Z123` → `Z123`. */
function bareId(id) {
    return id.replace(/^\/?hostedzone\//, '');
}
function classifyEvent(event) {
    if (event.EventSource !== ROUTE53_EVENT_SOURCE || event.ReadOnly === 'true')
        return { kind: 'ignored' };
    const operation = event.EventName ?? '';
    const time = event.EventTime ?? new Date(0);
    let detail = {};
    try {
        detail = obj(JSON.parse(event.CloudTrailEvent ?? '{}'));
    }
    catch {
        // A detail we cannot read names no target: handled as unplaceable below.
    }
    if (str(detail.errorCode))
        return { kind: 'ignored' }; // a failed call changed nothing
    if (NO_EXPORTED_EFFECT.has(operation))
        return { kind: 'ignored' };
    const request = obj(detail.requestParameters);
    const response = obj(detail.responseElements);
    const identity = obj(detail.userIdentity);
    const principal = str(identity.arn) ?? str(event.Username) ?? 'unknown principal';
    const resourceType = str(request.resourceType)?.toLowerCase();
    const healthCheck = HEALTH_CHECK_OPERATIONS.has(operation) || resourceType === 'healthcheck' || str(request.healthCheckId) !== undefined;
    const zone = str(request.hostedZoneId) ??
        (resourceType === 'hostedzone' ? str(request.resourceId) : undefined) ??
        (/HostedZone/.test(operation) ? str(request.id) : undefined) ??
        str(obj(response.hostedZone).id);
    if (!healthCheck && zone === undefined)
        return { kind: 'unplaceable', operation, time };
    const change = { time, operation, principal, healthCheck };
    if (zone !== undefined)
        change.zoneId = bareId(zone);
    const requestId = str(detail.requestID);
    if (requestId !== undefined)
        change.requestId = requestId;
    return { kind: 'change', change };
}
function readFeed(events) {
    const changes = [];
    for (const event of events) {
        const classified = classifyEvent(event);
        if (classified.kind === 'unplaceable') {
            return {
                ok: false,
                reason: `CloudTrail event ${classified.operation} at ${classified.time.toISOString()} names no hosted zone or health check`,
            };
        }
        if (classified.kind === 'change')
            changes.push(classified.change);
    }
    changes.sort((a, b) => a.time.getTime() - b.time.getTime());
    return { ok: true, changes };
}
/** Both feeds' changes in time order, a change both report (same request id) once. */
function mergeChanges(first, second) {
    const seen = new Set(first.flatMap((c) => (c.requestId ? [c.requestId] : [])));
    const merged = [...first, ...second.filter((c) => c.requestId === undefined || !seen.has(c.requestId))];
    return merged.sort((a, b) => a.time.getTime() - b.time.getTime());
}
/** "arn:aws:iam::111122223333:user/alice at 2026-05-01T10:00:00Z", latest change last, deduplicated. */
function describeAuthors(changes) {
    const latest = new Map();
    for (const change of changes) {
        const seen = latest.get(change.principal);
        if (!seen || seen < change.time)
            latest.set(change.principal, change.time);
    }
    return [...latest]
        .sort((a, b) => a[1].getTime() - b[1].getTime())
        .map(([who, when]) => `${who} at ${(0,_util_iso_seconds_js__WEBPACK_IMPORTED_MODULE_0__/* .isoSeconds */ .n)(when)}`)
        .join(', ');
}


/***/ }),

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ describeChanges),
/* harmony export */   vL: () => (/* binding */ buildCommitMessage)
/* harmony export */ });
/* unused harmony exports DEFAULT_COMMIT_PREFIX, compareRecords, compareHealthChecks */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _write_exports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6241);
/* harmony import */ var _util_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1989);
/**
 * The commit message (and pull-request title/body) describing export changes. Pure.
 *
 *   chore(aws-backup): export: 2 zones, 1 load balancer changed
 *
 *   route53 example.com. (public): records +3 −1 ~2
 *   route53 example.com. (private) added (42 records)
 *   route53 health checks: +1 −0 ~1
 *   load balancer us-east-1/application/my-alb changed
 *
 * Records are identified by (name, type, set-identifier); "~" counts records with the same
 * identity whose other fields differ. Health checks are identified by `name`.
 */



const DEFAULT_COMMIT_PREFIX = 'chore(aws-backup): export';
const ZONES_DIR = 'route53/zones/';
const HEALTH_CHECKS_FILE = 'route53/health-checks.yaml';
const LOAD_BALANCER_PATH = /^load-balancers\/([^/]+)\/([^/]+)\/([^/]+)\.yaml$/;
function buildCommitMessage(accounts, prefix = DEFAULT_COMMIT_PREFIX) {
    const changed = accounts.filter(({ changes }) => (0,_write_exports_js__WEBPACK_IMPORTED_MODULE_1__/* .hasFileChanges */ .eZ)(changes));
    const showAccount = changed.length > 1;
    const counts = { zone: 0, 'health-checks': 0, 'load-balancer': 0, other: 0 };
    const lines = [];
    for (const { account, changes, authors } of changed) {
        const items = describeChanges(changes);
        for (const item of items) {
            counts[item.category]++;
            const by = authors?.get(item.path);
            const line = by ? `${item.line} — changed by ${by}` : item.line;
            lines.push(showAccount ? `${account}: ${line}` : line);
        }
    }
    const trailers = changed.flatMap((a) => a.trailers ?? []);
    const parts = [];
    if (counts.zone)
        parts.push(plural(counts.zone, 'zone'));
    if (counts['load-balancer'])
        parts.push(plural(counts['load-balancer'], 'load balancer'));
    if (counts['health-checks'])
        parts.push('health checks');
    if (counts.other)
        parts.push(plural(counts.other, 'other file'));
    const subject = `${prefix}: ${parts.length ? `${parts.join(', ')} changed` : 'no changes'}`;
    const body = lines.length ? `${subject}\n\n${lines.join('\n')}\n` : `${subject}\n`;
    const text = trailers.length ? `${body}\n${trailers.join('\n')}\n` : body;
    return { subject, lines, text };
}
const described = new WeakMap();
/** One line per changed file of one account, zones first, then health checks, load balancers, others. */
function describeChanges(changes) {
    // The plan and the commit message both describe the same changes: parse the YAML once.
    const cached = described.get(changes);
    if (cached)
        return cached;
    const items = [];
    const add = (path, status) => {
        items.push({ path, ...describeFile(path, status, changes) });
    };
    for (const path of changes.added)
        add(path, 'added');
    for (const path of changes.changed)
        add(path, 'changed');
    for (const path of changes.removed)
        add(path, 'removed');
    const order = ['zone', 'health-checks', 'load-balancer', 'other'];
    items.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || compare(a.sortKey, b.sortKey));
    described.set(changes, items);
    return items;
}
function describeFile(path, status, changes) {
    // Each side is parsed at most once, and only when a line needs it (zone files can be large).
    const before = lazyYaml(changes.before.get(path));
    const after = lazyYaml(changes.after.get(path));
    const label = changes.files.get(path)?.label;
    const kind = changes.files.get(path)?.kind;
    // An added file's count is known from the export; only removed files are parsed for it.
    const addedCount = status === 'added' ? changes.files.get(path)?.items : undefined;
    if (kind === 'route53-health-checks' || path === HEALTH_CHECKS_FILE) {
        const line = status === 'changed'
            ? `route53 health checks: ${formatCounts(compareKeyed(listOf(before(), 'health-checks'), listOf(after(), 'health-checks'), healthCheckKey))}`
            : `route53 health checks ${status} (${addedCount ?? countItems((status === 'added' ? after : before)(), 'health-checks') ?? '?'})`;
        return { category: 'health-checks', line, sortKey: path };
    }
    if (kind === 'route53-zone' || (!kind && path.startsWith(ZONES_DIR) && path.endsWith('.yaml'))) {
        const name = label ?? zoneLabel((status === 'added' ? after : before)()) ?? path.slice(ZONES_DIR.length);
        let line;
        if (status === 'changed') {
            const records = compareKeyed(listOf(before(), 'records'), listOf(after(), 'records'), recordKey);
            const settings = zoneSettingsChanged(before(), after());
            const recordsChanged = !records || records.added + records.removed + records.changed > 0;
            const detail = [
                recordsChanged || !settings ? `records ${formatCounts(records)}` : undefined,
                settings ? 'settings changed' : undefined,
            ]
                .filter(Boolean)
                .join(', ');
            line = `route53 ${name}: ${detail}`;
        }
        else {
            const count = addedCount ?? countItems((status === 'added' ? after : before)(), 'records');
            line = `route53 ${name} ${status}${count === undefined ? '' : ` (${plural(count, 'record')})`}`;
        }
        return { category: 'zone', line, sortKey: name };
    }
    const lb = LOAD_BALANCER_PATH.exec(path);
    if (kind === 'elb' || kind === 'elbv2' || (!kind && lb)) {
        // region/type/name, as the exporters label their files: added and removed lines read alike.
        const name = label ?? (lb ? `${lb[1]}/${lb[2]}/${lb[3]}` : path);
        return { category: 'load-balancer', line: `load balancer ${name} ${status}`, sortKey: name };
    }
    return { category: 'other', line: `${path} ${status}`, sortKey: path };
}
/** Record counts between two zone files, or undefined when either cannot be read. */
function compareRecords(before, after) {
    return compareKeyed(listOf(readYaml(before), 'records'), listOf(readYaml(after), 'records'), recordKey);
}
function compareHealthChecks(before, after) {
    return compareKeyed(listOf(readYaml(before), 'health-checks'), listOf(readYaml(after), 'health-checks'), healthCheckKey);
}
function healthCheckKey(item) {
    return JSON.stringify([field(item, 'name')]);
}
function recordKey(record) {
    return JSON.stringify([field(record, 'name'), field(record, 'type'), field(record, 'set-identifier') ?? null]);
}
function compareKeyed(before, after, key) {
    if (!before || !after)
        return undefined;
    const old = new Map(before.map((item) => [key(item), (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(item)]));
    const counts = { added: 0, removed: 0, changed: 0 };
    const seen = new Set();
    for (const item of after) {
        const id = key(item);
        seen.add(id);
        const previous = old.get(id);
        if (previous === undefined)
            counts.added++;
        else if (previous !== (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(item))
            counts.changed++;
    }
    for (const id of old.keys())
        if (!seen.has(id))
            counts.removed++;
    return counts;
}
function formatCounts(counts) {
    if (!counts)
        return 'changed';
    return `+${counts.added} \u2212${counts.removed} ~${counts.changed}`;
}
function zoneSettingsChanged(before, after) {
    return (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(field(before, 'zone')) !== (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .d)(field(after, 'zone'));
}
/** `example.com. (private)` from the file's `zone:` block (used for removed files, which have no label). */
function zoneLabel(doc) {
    const zone = field(doc, 'zone');
    const name = field(zone, 'name');
    if (typeof name !== 'string')
        return undefined;
    const fqdn = name.endsWith('.') ? name : `${name}.`;
    return `${fqdn} (${field(zone, 'private') === true ? 'private' : 'public'})`;
}
function countItems(doc, key) {
    return listOf(doc, key)?.length;
}
/** The list under `key` of a parsed file; undefined when the file could not be read. */
function listOf(doc, key) {
    if (doc === undefined)
        return undefined;
    const list = field(doc, key);
    if (list === undefined || list === null)
        return [];
    return Array.isArray(list) ? list : undefined;
}
function lazyYaml(content) {
    let parsed;
    return () => (parsed ??= { doc: readYaml(content) }).doc;
}
function readYaml(content) {
    if (content === undefined)
        return undefined;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(content);
    }
    catch {
        return undefined;
    }
}
function field(value, key) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value[key]
        : undefined;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   Wm: () => (/* binding */ BOT_NAME),
/* harmony export */   XS: () => (/* binding */ GitError)
/* harmony export */ });
/* unused harmony exports BOT_EMAIL, isRejectedBecauseRemoteMoved */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Thin adapter over the real `git` binary (execFile, no shell). It relies on whatever
 * credentials the checkout left behind (actions/checkout persists an http extraheader in the
 * local config), so remotes are never rewritten and `git push origin` just works.
 */

/** The identity GitHub shows for commits made by workflows. */
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
/** Passed as `-c` options on commands that create commits, so the user's config is never changed. */
const BOT_CONFIG = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`, '-c', 'commit.gpgsign=false'];
class GitError extends Error {
    args;
    exitCode;
    stderr;
    name = 'GitError';
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || '(no output)'}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
class Git {
    cwd;
    env;
    constructor(cwd, 
    /** Environment for git; defaults to this process's. */
    env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    run(args) {
        return new Promise((resolve, reject) => {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, 
            // LC_ALL=C: push rejections are recognised by git's English output.
            { cwd: this.cwd, env: { ...this.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
                if (error) {
                    const code = typeof error.code === 'number' ? error.code : null;
                    if (error.code === 'ENOENT')
                        reject(new Error('git is not installed or not on PATH'));
                    else
                        reject(new GitError(args, code, stderr || error.message));
                }
                else {
                    resolve({ stdout, stderr });
                }
            });
        });
    }
    /** The checked-out branch name, or undefined when HEAD is detached. */
    async currentBranch() {
        try {
            const { stdout } = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
            return stdout.trim() || undefined;
        }
        catch (error) {
            if (error instanceof GitError && error.exitCode === 1)
                return undefined;
            throw error;
        }
    }
    async headCommit() {
        return (await this.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /** Paths (repo-relative) with uncommitted changes under `pathspecs`, including untracked files. */
    async pendingChanges(pathspecs) {
        const { stdout } = await this.run([
            'status',
            '--porcelain=v1',
            '-z',
            '--untracked-files=all',
            '--',
            ...pathspecs,
        ]);
        const paths = [];
        const entries = stdout.split('\0');
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i] ?? '';
            if (entry.length < 4)
                continue;
            paths.push(entry.slice(3));
            // Renames/copies are followed by their source path as a separate entry.
            if (entry[0] === 'R' || entry[0] === 'C')
                i++;
        }
        return paths.sort();
    }
    /** Stages and commits exactly `pathspecs` (other staged changes stay out) as the bot. */
    async commitPaths(pathspecs, message) {
        await this.run(['add', '--all', '--', ...pathspecs]);
        await this.run([...BOT_CONFIG, 'commit', '--quiet', '--no-verify', '-m', message, '--only', '--', ...pathspecs]);
        return this.headCommit();
    }
    /** Pushes HEAD to `branch` on origin; a rejection because the remote moved is an outcome, not an error. */
    async push(branch, options = {}) {
        const refspec = `${options.force ? '+' : ''}HEAD:refs/heads/${branch}`;
        try {
            await this.run(['push', 'origin', refspec]);
            return { ok: true };
        }
        catch (error) {
            if (error instanceof GitError && isRejectedBecauseRemoteMoved(error.stderr)) {
                return { ok: false, rejected: true, stderr: error.stderr };
            }
            throw error;
        }
    }
    /** Fetches `branch` from origin and rebases the current branch onto it. */
    async rebaseOntoRemote(branch) {
        const remoteRef = `refs/remotes/origin/${branch}`;
        await this.run(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${branch}:${remoteRef}`]);
        try {
            await this.run([...BOT_CONFIG, 'rebase', '--quiet', '--autostash', remoteRef]);
        }
        catch (error) {
            await this.run(['rebase', '--abort']).catch(() => undefined);
            throw error;
        }
    }
    /** Creates or resets `branch` to HEAD and switches to it, carrying work-tree changes along. */
    async switchToFreshBranch(branch) {
        await this.run(['checkout', '--quiet', '-B', branch]);
    }
    /** Checks out a branch name or (for a detached start) a commit. */
    async checkout(target) {
        await this.run(['checkout', '--quiet', target]);
    }
}
/**
 * git reports "! [rejected] HEAD -> main (fetch first)" or "(non-fast-forward)" and the hint
 * "Updates were rejected because the remote contains work that you do not have" when the
 * remote has commits we do not.
 */
function isRejectedBecauseRemoteMoved(stderr) {
    return /\[rejected\]|\(fetch first\)|\(non-fast-forward\)|updates were rejected/i.test(stderr);
}


/***/ }),

/***/ 6241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ planExportFiles),
/* harmony export */   H2: () => (/* binding */ readExportFolder),
/* harmony export */   eZ: () => (/* binding */ hasFileChanges)
/* harmony export */ });
/* unused harmony exports isManagedBy, applyExportFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5105);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Turns an ExportResult into file changes in an account's export folder.
 *
 * Paths: every path in `ExportFileChanges` is posix and relative to the account's export
 * folder (`<export.path>/<account>/`), exactly like `ExportedFile.path`. Callers that need
 * repository paths (git, the commit message) join them with that folder's repo-relative path.
 *
 * Rules ("nothing lost"):
 * - a file of the result is written only when its bytes differ (identical files are not touched);
 * - an existing file is removed only when it lies directly in a complete scope's folder, its name
 *   matches the scope's pattern, it is not among the result's files and no failure keeps it;
 * - anything else in the folder (a README, files of failed listings) is left alone.
 */



function hasFileChanges(changes) {
    return changes.added.length + changes.changed.length + changes.removed.length > 0;
}
/** Pure planning: compares the existing files (path → content) with the export result. */
function planExportFiles(existing, result) {
    const changes = {
        added: [],
        changed: [],
        removed: [],
        unchanged: [],
        before: new Map(),
        after: new Map(),
        files: new Map(),
    };
    for (const file of result.files) {
        assertSafeRelativePath(file.path);
        if (changes.files.has(file.path)) {
            throw new Error(`export result lists the file ${file.path} twice`);
        }
        changes.files.set(file.path, file);
        const old = existing.get(file.path);
        if (old === undefined) {
            changes.added.push(file.path);
            changes.after.set(file.path, file.content);
        }
        else if (old === file.content) {
            changes.unchanged.push(file.path);
        }
        else {
            changes.changed.push(file.path);
            changes.before.set(file.path, old);
            changes.after.set(file.path, file.content);
        }
    }
    const kept = new Set([...result.failures.flatMap((failure) => failure.keepPaths), ...(result.kept ?? [])]);
    for (const [path, content] of existing) {
        if (changes.files.has(path) || kept.has(path))
            continue;
        if (!result.completeScopes.some((scope) => isManagedBy(scope, path)))
            continue;
        changes.removed.push(path);
        changes.before.set(path, content);
    }
    for (const list of [changes.added, changes.changed, changes.removed, changes.unchanged])
        list.sort();
    return changes;
}
/**
 * A scope manages the files directly in its folder whose name matches its pattern. Subfolders
 * are not included on purpose: the `route53/` scope (health checks) must never reach into
 * `route53/zones/`, whose listing may have failed.
 */
function isManagedBy(scope, path) {
    if (!path.startsWith(scope.prefix))
        return false;
    const name = path.slice(scope.prefix.length);
    if (name === '' || name.includes('/'))
        return false;
    if (!scope.pattern)
        return true;
    // A copy without g/y flags: RegExp.test on those keeps state between calls.
    return new RegExp(scope.pattern.source, scope.pattern.flags.replace(/[gy]/g, '')).test(name);
}
function assertSafeRelativePath(path) {
    const normalised = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(path);
    if (path === '' || path.startsWith('/') || normalised !== path || path.split('/').includes('..')) {
        throw new Error(`export file path "${path}" must be a normalised relative posix path`);
    }
}
/** Reads every file below `root` (recursively) as UTF-8; a missing folder is empty. */
async function readExportFolder(root) {
    const files = new Map();
    const walk = async (relative) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT' && relative === '')
                return;
            throw error;
        }
        for (const entry of entries) {
            const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                files.set(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path), 'utf8'));
        }
    };
    await walk('');
    return files;
}
/** Plans the changes for the export folder `root` and, unless dry-run, performs them. */
async function applyExportFiles(root, result, options) {
    const changes = planExportFiles(await readExportFolder(root), result);
    if (options.dryRun)
        return changes;
    for (const [path, content] of changes.after)
        await writeFileAtomic(join(root, path), content);
    for (const path of changes.removed)
        await rm(join(root, path));
    return changes;
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
