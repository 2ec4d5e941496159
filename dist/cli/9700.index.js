export const id = 9700;
export const ids = [9700];
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


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ tagRecord),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   GG: () => (/* binding */ isToolOwned),
/* harmony export */   Ik: () => (/* binding */ toolTags),
/* harmony export */   Rz: () => (/* binding */ userTags),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   VI: () => (/* binding */ CREATED_BY),
/* harmony export */   kE: () => (/* binding */ mergeTags)
/* harmony export */ });
/* unused harmony export MAX_TAGS */
const CREATED_BY = 'aws-backup-gitops';
const TAG = {
    policy: 'aws-backup-gitops:policy',
    /** The highest tier the snapshot opened a period for when it was taken (informational). */
    tier: 'aws-backup-gitops:tier',
    /** Volume, instance, DB instance or cluster id the snapshot was taken of. */
    source: 'aws-backup-gitops:source',
    sourceRegion: 'aws-backup-gitops:source-region',
    createdBy: 'aws-backup-gitops:created-by',
    /** Copies: the snapshot id in the source region. */
    sourceSnapshot: 'aws-backup-gitops:source-snapshot',
    /** Copies: when the source snapshot was taken (ISO 8601), the copy's point in time. */
    takenAt: 'aws-backup-gitops:taken-at',
    /** Instance snapshots and their copies: which of the instance's volumes. */
    volume: 'aws-backup-gitops:volume',
    /** Vault copies: the config's name of the account the source snapshot belongs to. */
    sourceAccount: 'aws-backup-gitops:source-account',
};
/** The tool's own tags, in a fixed order. */
function toolTags(input) {
    return {
        [TAG.policy]: input.policy,
        [TAG.tier]: input.tier,
        [TAG.source]: input.source,
        [TAG.sourceRegion]: input.sourceRegion,
        [TAG.createdBy]: CREATED_BY,
    };
}
/** A snapshot the tool made: it carries created-by, policy, source and source region. */
function isToolOwned(tags) {
    return (tags[TAG.createdBy] === CREATED_BY &&
        Boolean(tags[TAG.policy]) &&
        Boolean(tags[TAG.source]) &&
        Boolean(tags[TAG.sourceRegion]));
}
/**
 * The source's own tags that may go on a snapshot: AWS reserves `aws:`, and the tool's
 * own keys are never taken from the source (a copied tag must not fake ownership).
 */
function userTags(tags) {
    const out = {};
    for (const key of Object.keys(tags).sort()) {
        if (key.toLowerCase().startsWith('aws:') || key.startsWith('aws-backup-gitops:'))
            continue;
        out[key] = tags[key];
    }
    return out;
}
/** SDK tag lists ({Key, Value}[]) to a record; entries without a key are dropped. */
function tagRecord(list) {
    const out = {};
    for (const tag of list ?? [])
        if (tag.Key)
            out[tag.Key] = tag.Value ?? '';
    return out;
}
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** EC2 and RDS allow 50 user tags per resource; the tool's tags win over copied ones. */
const MAX_TAGS = 50;
function mergeTags(own, copied) {
    const merged = { ...own };
    for (const [key, value] of Object.entries(copied)) {
        if (Object.keys(merged).length >= MAX_TAGS)
            break;
        if (!(key in merged))
            merged[key] = value;
    }
    return merged;
}


/***/ }),

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _z: () => (/* binding */ lockEbsSnapshot),
/* harmony export */   dB: () => (/* binding */ listLocks),
/* harmony export */   vy: () => (/* binding */ listOpenEbsShares),
/* harmony export */   yP: () => (/* binding */ setShare)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7202);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8268);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/**
 * The AWS calls of vault copies beside the copy itself: sharing a snapshot with the vault for
 * as long as its copy needs it (EBS createVolumePermission, RDS `restore` attribute), locking
 * EBS copies (LockSnapshot), and reading the locks and the shares a run may have left open.
 */




/** Adds (or removes) `account` to the snapshot's share list in `region`. */
async function setShare(clients, kind, region, snapshotId, account, share) {
    if (kind === 'ebs') {
        await clients.ec2(region).send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__.ModifySnapshotAttributeCommand({ SnapshotId: snapshotId, Attribute: 'createVolumePermission', CreateVolumePermission: { [share ? 'Add' : 'Remove']: [{ UserId: account }] } }));
    }
    else if (kind === 'rds-instance') {
        await clients.rds(region).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_2__.ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: snapshotId, AttributeName: 'restore', [share ? 'ValuesToAdd' : 'ValuesToRemove']: [account] }));
    }
    else {
        await clients.rds(region).send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_2__.ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: snapshotId, AttributeName: 'restore', [share ? 'ValuesToAdd' : 'ValuesToRemove']: [account] }));
    }
}
/** Locks (or extends the lock of) an EBS snapshot until `until`; returns a note for the report. */
async function lockEbsSnapshot(ec2, snapshotId, lock, until, first) {
    const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__.LockSnapshotCommand({
        SnapshotId: snapshotId,
        LockMode: lock.mode,
        ExpirationDate: new Date(until),
        // The cooling-off period is set once; AWS refuses it when extending a compliance lock.
        ...(first && lock.mode === 'compliance' && lock['cool-off-hours'] !== undefined && { CoolOffPeriod: lock['cool-off-hours'] }),
    }));
    return `locked (${answer.LockState ?? lock.mode}) until ${new Date(until).toISOString()}`;
}
/** Snapshot id → when its lock ends, for the locked snapshots (not expired) of a region. */
async function listLocks(ec2) {
    const locked = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__.DescribeLockedSnapshotsCommand({ MaxResults: 1000, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Snapshots);
    const out = new Map();
    for (const l of locked)
        if (l.SnapshotId && l.LockState !== 'expired' && l.LockExpiresOn)
            out.set(l.SnapshotId, l.LockExpiresOn.getTime());
    return out;
}
/** The tool's EBS snapshots of this account still shared with `account` (a share a run left open). */
async function listOpenEbsShares(ec2, account) {
    const shared = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__.DescribeSnapshotsCommand({ OwnerIds: ['self'], RestorableByUserIds: [account], MaxResults: 1000, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Snapshots);
    return shared.filter((s) => s.SnapshotId && (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .isToolOwned */ .GG)((0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(s.Tags))).map((s) => s.SnapshotId);
}


/***/ }),

/***/ 4831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c1: () => (/* binding */ pollBackoff),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export FIRST_POLL_MS */
/** Sleeping and poll intervals, shared by every wait (restores, snapshots, copies). */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** The first look after a wait starts. */
const FIRST_POLL_MS = 1_000;
/**
 * Poll intervals for a wait: small resources are ready in seconds, so look again soon, then
 * double up to `maxMs`. Each call returns the next interval.
 */
function pollBackoff(maxMs) {
    let next = Math.min(FIRST_POLL_MS, maxMs);
    return () => {
        const current = next;
        next = Math.min(next * 2, maxMs);
        return current;
    };
}


/***/ })

};
