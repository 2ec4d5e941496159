export const id = 916;
export const ids = [916,519,900];
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
