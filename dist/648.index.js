export const id = 648;
export const ids = [648,519,900];
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

/***/ 7571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ settingsTags),
/* harmony export */   JP: () => (/* binding */ settingsFromInstance),
/* harmony export */   Qu: () => (/* binding */ settingsFromOptions),
/* harmony export */   _V: () => (/* binding */ settingsFromCluster),
/* harmony export */   j: () => (/* binding */ layerSettings),
/* harmony export */   xI: () => (/* binding */ settingsFromTags),
/* harmony export */   yj: () => (/* binding */ missingSettings)
/* harmony export */ });
/* unused harmony exports OPTION_OF, SETTINGS_TAG */
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);

/** The option name a user sets for each setting. */
const OPTION_OF = {
    subnetGroup: 'subnet-group',
    securityGroups: 'security-groups',
    parameterGroup: 'parameter-group',
    optionGroup: 'option-group',
    instanceClass: 'instance-class',
    memberClasses: 'instance-class',
};
/**
 * Tags that capture restore settings on a snapshot when it is taken. Values follow RDS's tag
 * alphabet (letters, digits, spaces and `_ . : / = + - @`), so lists are space-separated.
 */
const SETTINGS_TAG = {
    subnetGroup: 'aws-backup-gitops:subnet-group',
    securityGroups: 'aws-backup-gitops:security-groups',
    parameterGroup: 'aws-backup-gitops:parameter-group',
    optionGroup: 'aws-backup-gitops:option-group',
    instanceClass: 'aws-backup-gitops:instance-class',
    memberClasses: 'aws-backup-gitops:member-classes',
};
/** Settings that name things of one region (they do not exist under that name elsewhere). */
const REGIONAL = new Set(['subnetGroup', 'securityGroups', 'parameterGroup', 'optionGroup']);
/** The tags to put on a snapshot so a later restore needs no options (for the snapshots feature). */
function settingsTags(settings) {
    const tags = {};
    if (settings.subnetGroup)
        tags[SETTINGS_TAG.subnetGroup] = settings.subnetGroup;
    if (settings.securityGroups?.length)
        tags[SETTINGS_TAG.securityGroups] = settings.securityGroups.join(' ');
    if (settings.parameterGroup)
        tags[SETTINGS_TAG.parameterGroup] = settings.parameterGroup;
    if (settings.optionGroup)
        tags[SETTINGS_TAG.optionGroup] = settings.optionGroup;
    if (settings.instanceClass)
        tags[SETTINGS_TAG.instanceClass] = settings.instanceClass;
    if (settings.memberClasses?.length)
        tags[SETTINGS_TAG.memberClasses] = settings.memberClasses.join(' ');
    return tags;
}
const words = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
/**
 * Settings captured on a snapshot. Regional ones count only when restoring in the region the
 * snapshot was taken in (a DR copy's subnet group name means nothing in the DR region).
 */
function settingsFromTags(tags, snapshotRegion, restoreRegion) {
    const takenIn = tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.sourceRegion] ?? snapshotRegion;
    const sameRegion = takenIn === restoreRegion;
    const out = {};
    const put = (key, value) => {
        if (value === undefined || (Array.isArray(value) && value.length === 0))
            return;
        if (REGIONAL.has(key) && !sameRegion)
            return;
        out[key] = value;
    };
    put('subnetGroup', tags[SETTINGS_TAG.subnetGroup]);
    put('securityGroups', tags[SETTINGS_TAG.securityGroups] !== undefined ? words(tags[SETTINGS_TAG.securityGroups]) : undefined);
    put('parameterGroup', tags[SETTINGS_TAG.parameterGroup]);
    put('optionGroup', tags[SETTINGS_TAG.optionGroup]);
    put('instanceClass', tags[SETTINGS_TAG.instanceClass]);
    put('memberClasses', tags[SETTINGS_TAG.memberClasses] !== undefined ? words(tags[SETTINGS_TAG.memberClasses]) : undefined);
    return out;
}
function settingsFromInstance(db) {
    const out = {};
    if (db.DBSubnetGroup?.DBSubnetGroupName)
        out.subnetGroup = db.DBSubnetGroup.DBSubnetGroupName;
    const groups = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((id) => Boolean(id));
    if (groups.length)
        out.securityGroups = groups;
    const parameterGroup = db.DBParameterGroups?.[0]?.DBParameterGroupName;
    if (parameterGroup)
        out.parameterGroup = parameterGroup;
    const optionGroup = db.OptionGroupMemberships?.[0]?.OptionGroupName;
    if (optionGroup)
        out.optionGroup = optionGroup;
    if (db.DBInstanceClass)
        out.instanceClass = db.DBInstanceClass;
    return out;
}
/** A cluster and its member instances (writer first). */
function settingsFromCluster(cluster, members) {
    const out = {};
    if (cluster.DBSubnetGroup)
        out.subnetGroup = cluster.DBSubnetGroup;
    const groups = (cluster.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((id) => Boolean(id));
    if (groups.length)
        out.securityGroups = groups;
    if (cluster.DBClusterParameterGroup)
        out.parameterGroup = cluster.DBClusterParameterGroup;
    const writerFirst = [...(cluster.DBClusterMembers ?? [])].sort((a, b) => Number(b.IsClusterWriter ?? false) - Number(a.IsClusterWriter ?? false));
    const classes = writerFirst
        .map((m) => members.find((db) => db.DBInstanceIdentifier === m.DBInstanceIdentifier)?.DBInstanceClass)
        .filter((c) => Boolean(c));
    if (classes.length)
        out.memberClasses = classes;
    return out;
}
/**
 * Settings from the request's options. For a cluster, `instance-class` (with `instances`,
 * default 1) gives the member classes.
 */
function settingsFromOptions(options, cluster) {
    const out = {};
    const text = (name) => options[name]?.trim() || undefined;
    const subnetGroup = text('subnet-group');
    if (subnetGroup)
        out.subnetGroup = subnetGroup;
    const groups = words(options['security-groups']);
    if (groups.length)
        out.securityGroups = groups;
    const parameterGroup = text('parameter-group');
    if (parameterGroup)
        out.parameterGroup = parameterGroup;
    const optionGroup = text('option-group');
    if (optionGroup)
        out.optionGroup = optionGroup;
    const instanceClass = text('instance-class');
    if (instanceClass) {
        if (cluster)
            out.memberClasses = Array.from({ length: Number(options.instances ?? 1) }, () => instanceClass);
        else
            out.instanceClass = instanceClass;
    }
    return out;
}
/** The first layer that has a setting wins; layers are in priority order. */
function layerSettings(layers) {
    const settings = {};
    const origins = {};
    const keys = ['subnetGroup', 'securityGroups', 'parameterGroup', 'optionGroup', 'instanceClass', 'memberClasses'];
    for (const key of keys) {
        const layer = layers.find((l) => l.settings[key] !== undefined);
        if (!layer)
            continue;
        settings[key] = layer.settings[key];
        origins[key] = layer.origin;
    }
    return { settings, origins };
}
/** The settings still missing, as option names, e.g. `["subnet-group", "security-groups"]`. */
function missingSettings(settings, required) {
    return required.filter((key) => settings[key] === undefined).map((key) => OPTION_OF[key]);
}


/***/ }),

/***/ 8614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ listAmiSnapshots),
/* harmony export */   _U: () => (/* binding */ listEbsSnapshots),
/* harmony export */   ew: () => (/* binding */ listTieringSnapshots),
/* harmony export */   iY: () => (/* binding */ ebsStatusFetcher),
/* harmony export */   m8: () => (/* binding */ listEbsResources)
/* harmony export */ });
/* unused harmony exports ebsState, ebsSnapshotRecord */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5193);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8268);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/**
 * Reads one region's EBS side: volumes, instances, the account's own snapshots and which of
 * them back an AMI. Thin adapter over the EC2 client; turns answers into inventory records.
 */



function ebsState(state) {
    if (state === 'completed')
        return 'completed';
    if (state === 'error')
        return 'failed';
    return 'pending'; // pending, recoverable, recovering: never deleted, waited for
}
function ebsSnapshotRecord(s, account, region, now) {
    const record = {
        kind: 'ebs',
        account,
        region,
        id: s.SnapshotId ?? '',
        createdAt: s.StartTime?.getTime() ?? now,
        state: ebsState(s.State),
        status: s.State ?? 'unknown',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(s.Tags),
        storageTier: s.StorageTier === 'archive' ? 'archive' : 'standard',
    };
    if (s.VolumeId)
        record.resourceId = s.VolumeId;
    if (s.Progress)
        record.progress = s.Progress;
    if (s.Encrypted !== undefined)
        record.encrypted = s.Encrypted;
    return record;
}
/**
 * Tier changes under way or a temporary restore: the snapshots ModifySnapshotTier must not be
 * called on again. DescribeSnapshots still says `standard` while an archive runs (the snapshot
 * stays usable until it completes); only DescribeSnapshotTierStatus tells.
 */
const TIERING_BUSY = ['archival-in-progress', 'temporary-restore-in-progress', 'temporary-restore-completed', 'permanent-restore-in-progress'];
/** Snapshot id → its last tiering operation status, for snapshots whose tier is changing (TIERING_BUSY). */
async function listTieringSnapshots(ec2) {
    const statuses = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DescribeSnapshotTierStatusCommand({ Filters: [{ Name: 'last-tiering-operation', Values: TIERING_BUSY }], MaxResults: 1000, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.SnapshotTierStatuses);
    return new Map(statuses.filter((s) => s.SnapshotId && s.LastTieringOperationStatus).map((s) => [s.SnapshotId, s.LastTieringOperationStatus]));
}
async function listEbsSnapshots(ec2, account, region, now) {
    const snapshots = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Snapshots);
    return snapshots.map((s) => ebsSnapshotRecord(s, account, region, now));
}
/** Snapshot id → the AMI it backs (such snapshots cannot be deleted). */
async function listAmiSnapshots(ec2) {
    const images = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Images);
    const used = new Map();
    for (const image of images) {
        for (const mapping of image.BlockDeviceMappings ?? []) {
            const id = mapping.Ebs?.SnapshotId;
            if (id && image.ImageId)
                used.set(id, image.ImageId);
        }
    }
    return used;
}
async function listEbsResources(ec2, account, region) {
    const [volumes, reservations] = await Promise.all([
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DescribeVolumesCommand({ MaxResults: 500, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Volumes),
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DescribeInstancesCommand({ MaxResults: 1000, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Reservations),
    ]);
    const resources = [];
    for (const v of volumes) {
        if (!v.VolumeId || v.State === 'deleting' || v.State === 'deleted')
            continue;
        const resource = { type: 'ebs-volume', account, region, id: v.VolumeId, tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(v.Tags) };
        const attached = (v.Attachments ?? []).map((a) => a.InstanceId).filter((id) => Boolean(id));
        if (attached.length > 0)
            resource.attachedTo = attached;
        if (v.Encrypted)
            resource.encrypted = true;
        if (v.Encrypted && v.KmsKeyId)
            resource.kmsKeyId = v.KmsKeyId;
        if (v.State === 'creating' || v.State === 'error')
            resource.unavailable = `volume state is ${v.State}`;
        resources.push(resource);
    }
    for (const instance of reservations.flatMap((r) => r.Instances ?? [])) {
        const state = instance.State?.Name;
        if (!instance.InstanceId || state === 'terminated' || state === 'shutting-down')
            continue;
        const resource = {
            type: 'ec2-instance',
            account,
            region,
            id: instance.InstanceId,
            tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(instance.Tags),
            volumes: (instance.BlockDeviceMappings ?? [])
                .filter((m) => m.Ebs?.VolumeId)
                .map((m) => ({ id: m.Ebs.VolumeId, device: m.DeviceName ?? '', boot: m.DeviceName === instance.RootDeviceName })),
        };
        if (state === 'pending')
            resource.unavailable = 'instance is still starting (state pending)';
        else if (!resource.volumes?.length)
            resource.unavailable = 'instance has no EBS volumes';
        resources.push(resource);
    }
    return resources;
}
/** Status of EBS snapshots by id; the `snapshot-id` filter (unlike SnapshotIds) never fails on a missing id. */
function ebsStatusFetcher(ec2) {
    return async (ids) => {
        const out = new Map();
        const snapshots = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_2__.DescribeSnapshotsCommand({ Filters: [{ Name: 'snapshot-id', Values: [...ids] }], ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Snapshots);
        for (const s of snapshots) {
            if (!s.SnapshotId)
                continue;
            const reading = { state: ebsState(s.State), status: s.State ?? 'unknown' };
            if (s.Progress)
                reading.progress = s.Progress;
            out.set(s.SnapshotId, reading);
        }
        return out;
    };
}


/***/ }),

/***/ 3078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SNAPSHOTS_SECTION: () => (/* reexport */ SNAPSHOTS_SECTION),
  SNAPSHOT_APPLY_CONCURRENCY: () => (/* binding */ SNAPSHOT_APPLY_CONCURRENCY),
  planSnapshots: () => (/* binding */ planSnapshots),
  policySection: () => (/* reexport */ policySection)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/snapshots/tags.ts
var snapshots_tags = __webpack_require__(5736);
;// CONCATENATED MODULE: ./src/snapshots/inventory.ts

/** The point in time a snapshot stands for: a copy carries its source's time in a tag. */
function pointInTime(snapshot) {
    const tagged = snapshot.tags[snapshots_tags/* TAG */.Dk.takenAt];
    const parsed = tagged === undefined ? NaN : Date.parse(tagged);
    return Number.isNaN(parsed) ? snapshot.createdAt : parsed;
}
function isCopy(snapshot) {
    return snapshot.tags[snapshots_tags/* TAG */.Dk.sourceSnapshot] !== undefined;
}
/**
 * The chain a tool snapshot belongs to: one resource (one volume of an instance) under one
 * policy. Retention runs per chain and side (region).
 */
function chainKey(snapshot) {
    const source = snapshot.tags[snapshots_tags/* TAG */.Dk.source] ?? '';
    const volume = snapshot.tags[snapshots_tags/* TAG */.Dk.volume] ?? (source.startsWith('i-') ? snapshot.resourceId ?? '' : source);
    return chainKeyOf(snapshot.tags[snapshots_tags/* TAG */.Dk.policy] ?? '', snapshot.tags[snapshots_tags/* TAG */.Dk.sourceRegion] ?? '', source, volume);
}
function chainKeyOf(policy, sourceRegion, source, volume = source) {
    return `${policy}|${sourceRegion}|${source}|${volume}`;
}
const SNAPSHOT_KIND_OF = {
    'ebs-volume': 'ebs',
    'ec2-instance': 'ebs',
    'rds-instance': 'rds-instance',
    'rds-cluster': 'rds-cluster',
};

// EXTERNAL MODULE: ./src/snapshots/selection.ts
var snapshots_selection = __webpack_require__(1199);
;// CONCATENATED MODULE: ./src/snapshots/coverage.ts



const resourceRef = (account, region, id) => `${account}|${region}|${id}`;
const HOUR_MS = 3_600_000;
function buildCoverage(input) {
    const { selection, now } = input;
    const newestOwn = new Map(); // resource → newest snapshot in its region (any creator)
    const newestCopy = new Map(); // resource → newest tool copy in another region
    const bump = (map, key, at) => {
        if ((map.get(key) ?? -Infinity) < at)
            map.set(key, at);
    };
    for (const s of input.snapshots) {
        if (s.state === 'failed')
            continue;
        const source = s.tags[snapshots_tags/* TAG */.Dk.source];
        const sourceRegion = s.tags[snapshots_tags/* TAG */.Dk.sourceRegion];
        if (isCopy(s)) {
            if (source && sourceRegion) {
                bump(newestCopy, resourceRef(s.account, sourceRegion, source), s.createdAt);
                const volume = s.tags[snapshots_tags/* TAG */.Dk.volume];
                if (volume)
                    bump(newestCopy, resourceRef(s.account, sourceRegion, volume), s.createdAt);
            }
            continue;
        }
        if (s.resourceId)
            bump(newestOwn, resourceRef(s.account, s.region, s.resourceId), s.createdAt);
        if (source && sourceRegion === s.region && source !== s.resourceId)
            bump(newestOwn, resourceRef(s.account, s.region, source), s.createdAt);
    }
    const policiesOf = new Map();
    const add = (key, policy) => policiesOf.set(key, [...new Set([...(policiesOf.get(key) ?? []), policy])]);
    const excludedBoot = new Map();
    for (const s of selection.selected) {
        const r = s.resource;
        add(resourceRef(r.account, r.region, r.id), s.policy.name);
        if (r.type === 'ec2-instance') {
            const included = new Set((0,snapshots_selection/* instanceVolumes */.jz)(s).map((v) => v.id));
            for (const v of r.volumes ?? []) {
                if (included.has(v.id))
                    add(resourceRef(r.account, r.region, v.id), s.policy.name);
                else
                    excludedBoot.set(resourceRef(r.account, r.region, v.id), `boot volume of ${r.id}, excluded by policy ${s.policy.name}`);
            }
        }
    }
    const conflicts = new Map(selection.conflicts.map((c) => [resourceRef(c.resource.account, c.resource.region, c.resource.id), c.policies]));
    const skipped = new Map(selection.skipped.map((s) => [resourceRef(s.resource.account, s.resource.region, s.resource.id), s]));
    const rows = [];
    const warnings = [];
    const sorted = [...input.resources].sort((a, b) => `${a.account}|${a.region}|${a.type}|${a.id}` < `${b.account}|${b.region}|${b.type}|${b.id}` ? -1 : 1);
    for (const r of sorted) {
        const key = resourceRef(r.account, r.region, r.id);
        // An Aurora member is protected (or not) by its cluster, and reported there.
        const viaCluster = r.type === 'rds-instance' && r.clusterId ? resourceRef(r.account, r.region, r.clusterId) : undefined;
        const policies = policiesOf.get(viaCluster ?? key) ?? [];
        const ownAt = newestOwn.get(viaCluster ?? key) ?? instanceFallback(r, newestOwn);
        const copyAt = newestCopy.get(viaCluster ?? key);
        const row = {
            account: r.account,
            region: r.region,
            type: r.type,
            id: r.id,
            policies,
            status: 'protected',
            notes: [],
        };
        if (r.tags.Name)
            row.name = r.tags.Name;
        if (ownAt !== undefined)
            row.newestSnapshotAgeHours = round1((now - ownAt) / HOUR_MS);
        if (copyAt !== undefined)
            row.newestCopyAgeHours = round1((now - copyAt) / HOUR_MS);
        const label = `${snapshots_selection/* TYPE_LABEL */.s7[r.type]} ${r.id} (${r.region}${r.account === 'default' ? '' : `, account ${r.account}`})`;
        const conflict = conflicts.get(key);
        const skip = skipped.get(key);
        if (conflict) {
            row.status = 'conflict';
            row.notes.push(`selected by ${conflict.length} policies (${conflict.join(', ')})`);
        }
        else if (viaCluster) {
            row.status = policies.length > 0 ? 'protected' : 'unprotected';
            row.notes.push(`member of cluster ${r.clusterId}; reported with the cluster`);
            if (skip) {
                // An rds-instance policy matched the member: say so, and point to the cluster.
                const cluster = `${r.engine?.startsWith('aurora') ? 'Aurora' : 'DB'} cluster ${r.clusterId}`;
                const clusterState = policies.length > 0 ? `the cluster is protected by policy ${policies.join(', ')}` : 'no policy protects the cluster';
                row.notes.push(`matched by policy ${skip.policy}, which cannot snapshot a cluster member`);
                warnings.push({
                    item: label,
                    message: `policy ${skip.policy} matches it, but it is a member of ${cluster}, whose data is snapshotted only as a whole (${clusterState}): select the cluster with a policy of type rds-cluster, and narrow policy ${skip.policy} so it no longer matches the member`,
                });
            }
        }
        else if (skip) {
            row.status = 'skipped';
            row.notes.push(`policy ${skip.policy}: ${skip.reason}`);
            warnings.push({ item: label, message: `matched by policy ${skip.policy} but ${skip.reason}` });
        }
        else if (policies.length === 0) {
            const excluded = excludedBoot.get(key);
            if (excluded) {
                row.status = 'excluded';
                row.notes.push(excluded);
            }
            else {
                row.status = 'unprotected';
                row.notes.push('no policy selects it');
                warnings.push({ item: label, message: 'unprotected: no snapshot policy selects it; tag it for a policy (e.g. Backup: daily) or list its id' });
            }
        }
        else {
            const limitH = input.staleAfterHours;
            const staleOwn = !input.snapshotPlanned.has(key) && (ownAt === undefined || now - ownAt > limitH * HOUR_MS);
            const wantsCopy = policies.some((p) => input.policyCopies.get(p));
            const staleCopy = wantsCopy && !input.copyPlanned.has(key) && !input.snapshotPlanned.has(key) && (copyAt === undefined || now - copyAt > limitH * HOUR_MS);
            if (staleOwn)
                row.notes.push(ownAt === undefined ? 'no snapshot yet and none planned in this run' : `newest snapshot is ${row.newestSnapshotAgeHours} h old (stale after ${limitH} h)`);
            if (staleCopy)
                row.notes.push(copyAt === undefined ? 'no DR copy yet and none planned in this run' : `newest DR copy is ${row.newestCopyAgeHours} h old (stale after ${limitH} h)`);
            if (staleOwn || staleCopy) {
                row.status = 'stale';
                warnings.push({ item: label, message: `stale: ${row.notes.join('; ')} — check earlier runs for failures` });
            }
        }
        if (!viaCluster && r.backupRetentionDays === 0) {
            row.notes.push('automated backups are off (retention 0 days)');
            warnings.push({ item: label, message: 'RDS automated backups are off (backup retention 0 days): no point-in-time restore; set a backup retention period of at least 1 day' });
        }
        rows.push(row);
    }
    return { rows, warnings };
}
/** An instance without snapshots of its own: the oldest of its volumes' newest snapshots. */
function instanceFallback(r, newestOwn) {
    if (r.type !== 'ec2-instance' || !r.volumes?.length)
        return undefined;
    const times = r.volumes.map((v) => newestOwn.get(resourceRef(r.account, r.region, v.id)));
    return times.every((t) => t !== undefined) ? Math.min(...times) : undefined;
}
function round1(n) {
    return Math.round(n * 10) / 10;
}
const STATUS_ORDER = ['unprotected', 'conflict', 'stale', 'skipped', 'excluded', 'protected'];
/** Markdown: counts per region and type, then the rows that need attention (at most `maxRows`). */
function renderCoverageMarkdown(rows, maxRows = 100) {
    if (rows.length === 0)
        return '### Snapshot coverage\n\nNo EBS volumes, EC2 instances, DB instances or DB clusters found in the configured regions.\n';
    const groups = new Map();
    for (const row of rows) {
        const key = `${row.account}|${row.region}|${row.type}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const lines = [
        '### Snapshot coverage',
        '',
        '| Account | Region | Type | Total | Protected | Unprotected | Stale | Other |',
        '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const [key, group] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [account, region, type] = key.split('|');
        const n = (s) => group.filter((r) => r.status === s).length;
        const other = group.length - n('protected') - n('unprotected') - n('stale');
        lines.push(`| ${account} | ${region} | ${snapshots_selection/* TYPE_LABEL */.s7[type]} | ${group.length} | ${n('protected')} | ${n('unprotected')} | ${n('stale')} | ${other} |`);
    }
    const attention = rows
        .filter((r) => r.status !== 'protected' && r.status !== 'excluded')
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    if (attention.length > 0) {
        lines.push('', '| Status | Resource | Region | Policies | Newest snapshot | Newest DR copy | Notes |', '| --- | --- | --- | --- | ---: | ---: | --- |');
        for (const r of attention.slice(0, maxRows)) {
            const name = r.name ? ` (${escapeCell(r.name)})` : '';
            lines.push(`| ${r.status} | ${snapshots_selection/* TYPE_LABEL */.s7[r.type]} \`${r.id}\`${name} | ${r.region} | ${r.policies.join(', ') || '—'} | ${age(r.newestSnapshotAgeHours)} | ${age(r.newestCopyAgeHours)} | ${escapeCell(r.notes.join('; '))} |`);
        }
        if (attention.length > maxRows)
            lines.push('', `…and ${attention.length - maxRows} more resources that need attention.`);
    }
    return `${lines.join('\n')}\n`;
}
function age(hours) {
    if (hours === undefined)
        return 'none';
    return hours >= 48 ? `${Math.floor(hours / 24)} d` : `${hours} h`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/snapshots/plan-context.ts
const SNAPSHOTS_SECTION = 'snapshots';
const policySection = (policy) => `${SNAPSHOTS_SECTION}:${policy}`;
class PlanContext {
    config;
    input;
    runtime;
    now;
    /** Each snapshot followed by its copies: the apply loop starts in plan order, so copies pipeline behind their snapshot. */
    creates = [];
    archives = [];
    deletes = [];
    warnings = [];
    errors = [];
    resources = [];
    allSnapshots = [];
    snapshotPlanned = new Set();
    copyPlanned = new Set();
    selection = { selected: [], conflicts: [], skipped: [], overlaps: [] };
    multiAccount;
    /** Action id → the kind of snapshot it makes or deletes (for the quota check). */
    actionKinds = new Map();
    constructor(config, input, runtime, now) {
        this.config = config;
        this.input = input;
        this.runtime = runtime;
        this.now = now;
        this.multiAccount = input.accounts.length > 1;
    }
    warn(section, item, message) {
        this.warnings.push({ section, item, message });
    }
    error(section, item, message) {
        this.errors.push({ section, item, message });
    }
    where(account, region) {
        return this.multiAccount ? `${account}/${region}` : region;
    }
    kindOfAction(action) {
        return this.actionKinds.get(action.id);
    }
    push(list, action, kind) {
        list.push(action);
        this.actionKinds.set(action.id, kind);
    }
}

// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/snapshots/drivers.ts
/**
 * The AWS calls behind snapshot actions, one driver per snapshot kind: create (EBS volume,
 * EC2 instance set, DB instance, DB cluster), copy into a destination region, delete, and
 * (EBS) archive. Thin: no decisions here beyond mapping AWS answers.
 */




const snapshotTags = (tags) => [{ ResourceType: 'snapshot', Tags: (0,snapshots_tags/* tagList */.Tw)(tags) }];
const ebsDriver = {
    kind: 'ebs',
    async create(clients, request) {
        const ec2 = clients.ec2(request.region);
        if (request.instance) {
            const answer = await ec2.send(new dist_cjs.CreateSnapshotsCommand({
                InstanceSpecification: { InstanceId: request.resourceId, ExcludeBootVolume: request.instance.excludeBootVolume },
                Description: request.description,
                TagSpecifications: snapshotTags(request.tags),
                ...(request.instance.copyVolumeTags && { CopyTagsFromSource: 'volume' }),
            }));
            const created = (answer.Snapshots ?? []).map((s) => ({
                id: s.SnapshotId ?? '',
                ...(s.VolumeId && { volumeId: s.VolumeId }),
                takenAt: s.StartTime?.getTime() ?? request.now,
                tags: s.VolumeId ? { ...request.tags, [snapshots_tags/* TAG */.Dk.volume]: s.VolumeId } : request.tags,
            }));
            // TagSpecifications are the same for every snapshot of the set; the volume tag differs per snapshot.
            await Promise.all(created.filter((s) => s.volumeId).map((s) => ec2.send(new dist_cjs.CreateTagsCommand({ Resources: [s.id], Tags: (0,snapshots_tags/* tagList */.Tw)({ [snapshots_tags/* TAG */.Dk.volume]: s.volumeId }) }))));
            return created;
        }
        const answer = await ec2.send(new dist_cjs.CreateSnapshotCommand({ VolumeId: request.resourceId, Description: request.description, TagSpecifications: snapshotTags(request.tags) }));
        return [{ id: answer.SnapshotId ?? '', volumeId: request.resourceId, takenAt: answer.StartTime?.getTime() ?? request.now, tags: request.tags }];
    },
    async copy(clients, request) {
        const answer = await clients.ec2(request.destination).send(new dist_cjs.CopySnapshotCommand({
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
        await clients.ec2(region).send(new dist_cjs.DeleteSnapshotCommand({ SnapshotId: id }));
    },
};
async function archiveEbsSnapshot(clients, region, id) {
    await clients.ec2(region).send(new dist_cjs.ModifySnapshotTierCommand({ SnapshotId: id, StorageTier: 'archive' }));
}
const rdsInstanceDriver = {
    kind: 'rds-instance',
    async create(clients, request) {
        const answer = await clients.rds(request.region).send(new client_rds_dist_cjs.CreateDBSnapshotCommand({ DBInstanceIdentifier: request.resourceId, DBSnapshotIdentifier: request.name, Tags: (0,snapshots_tags/* tagList */.Tw)(request.tags) }));
        const s = answer.DBSnapshot;
        return [{ id: s?.DBSnapshotIdentifier ?? request.name, ...(s?.DBSnapshotArn && { arn: s.DBSnapshotArn }), takenAt: s?.SnapshotCreateTime?.getTime() ?? request.now, tags: request.tags }];
    },
    async copy(clients, request) {
        // The SDK presigns the cross-region request itself when the source is an ARN of another region.
        const answer = await clients.rds(request.destination).send(new client_rds_dist_cjs.CopyDBSnapshotCommand({
            SourceDBSnapshotIdentifier: request.source.arn ?? request.source.id,
            TargetDBSnapshotIdentifier: request.source.id,
            ...(request.kmsKeyArn && request.source.encrypted && { KmsKeyId: request.kmsKeyArn }),
            ...(request.optionGroup && { OptionGroupName: request.optionGroup }),
            Tags: (0,snapshots_tags/* tagList */.Tw)(request.tags),
        }));
        return answer.DBSnapshot?.DBSnapshotIdentifier ?? request.source.id;
    },
    async remove(clients, region, id) {
        await clients.rds(region).send(new client_rds_dist_cjs.DeleteDBSnapshotCommand({ DBSnapshotIdentifier: id }));
    },
};
const rdsClusterDriver = {
    kind: 'rds-cluster',
    async create(clients, request) {
        const answer = await clients.rds(request.region).send(new client_rds_dist_cjs.CreateDBClusterSnapshotCommand({ DBClusterIdentifier: request.resourceId, DBClusterSnapshotIdentifier: request.name, Tags: (0,snapshots_tags/* tagList */.Tw)(request.tags) }));
        const s = answer.DBClusterSnapshot;
        return [
            { id: s?.DBClusterSnapshotIdentifier ?? request.name, ...(s?.DBClusterSnapshotArn && { arn: s.DBClusterSnapshotArn }), takenAt: s?.SnapshotCreateTime?.getTime() ?? request.now, tags: request.tags },
        ];
    },
    async copy(clients, request) {
        // The SDK presigns the cross-region request itself when the source is an ARN of another region.
        const answer = await clients.rds(request.destination).send(new client_rds_dist_cjs.CopyDBClusterSnapshotCommand({
            SourceDBClusterSnapshotIdentifier: request.source.arn ?? request.source.id,
            TargetDBClusterSnapshotIdentifier: request.source.id,
            ...(request.kmsKeyArn && request.source.encrypted && { KmsKeyId: request.kmsKeyArn }),
            Tags: (0,snapshots_tags/* tagList */.Tw)(request.tags),
        }));
        return answer.DBClusterSnapshot?.DBClusterSnapshotIdentifier ?? request.source.id;
    },
    async remove(clients, region, id) {
        await clients.rds(region).send(new client_rds_dist_cjs.DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: id }));
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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(front).digest('hex').slice(0, 8);
    const room = limit - stamp.length - hash.length - 2;
    const cut = front.slice(0, room).replace(/-+$/, '');
    return `${cut}-${hash}-${stamp}`;
}

// EXTERNAL MODULE: ./src/snapshots/ec2-inventory.ts
var ec2_inventory = __webpack_require__(8614);
// EXTERNAL MODULE: ./src/snapshots/rds-inventory.ts
var rds_inventory = __webpack_require__(3555);
// EXTERNAL MODULE: ./src/util/polling.ts
var polling = __webpack_require__(4831);
// EXTERNAL MODULE: ./src/util/chunk.ts
var chunk = __webpack_require__(377);
;// CONCATENATED MODULE: ./src/snapshots/waiting.ts
/**
 * Waiting for snapshots and copies to finish, cheaply: one watcher per (account, region,
 * kind) polls the status of every snapshot anyone waits for in one batched describe call per
 * interval, instead of one poll per snapshot. Progress is logged at most once per
 * `progressEveryMs`. Waits end at a shared deadline (the run's time budget); what is still
 * pending then is reported by the caller, not failed.
 */



class SnapshotWatcher {
    options;
    waiters = new Map();
    running = false;
    lastProgressLog = Date.now();
    constructor(options) {
        this.options = options;
    }
    /** Resolves when the snapshot completed or failed, disappeared, or the deadline (Date.now() ms) passed. */
    wait(id, deadline) {
        if (Date.now() >= deadline)
            return Promise.resolve({ outcome: 'timeout' });
        return new Promise((resolve) => {
            const list = this.waiters.get(id) ?? [];
            list.push({ id, deadline, missing: 0, resolve });
            this.waiters.set(id, list);
            if (!this.running) {
                this.running = true;
                void this.loop();
            }
        });
    }
    get waiting() {
        return this.waiters.size;
    }
    async loop() {
        try {
            const interval = (0,polling/* pollBackoff */.c1)(this.options.pollMs);
            while (this.waiters.size > 0) {
                const nextDeadline = Math.min(...[...this.waiters.values()].flat().map((w) => w.deadline));
                await (0,polling/* sleep */.yy)(Math.min(interval(), nextDeadline - Date.now()));
                await this.poll();
                this.expire();
                this.logProgress();
            }
        }
        finally {
            this.running = false;
        }
    }
    async poll() {
        const ids = [...this.waiters.keys()];
        const batches = (0,chunk/* chunk */.i)(ids, this.options.batch);
        await Promise.all(batches.map(async (batch) => {
            let readings;
            try {
                readings = await this.options.fetch(batch);
            }
            catch (error) {
                // A failed poll is retried next interval; the deadline bounds how long.
                this.options.log(`${this.options.label}: status check failed, retrying: ${(0,concurrency/* errorMessage */.gJ)(error)}`);
                return;
            }
            for (const id of batch)
                this.settle(id, readings.get(id));
        }));
    }
    settle(id, reading) {
        const list = this.waiters.get(id);
        if (!list)
            return;
        const missingPolls = this.options.missingPolls ?? 3;
        const remaining = list.filter((w) => {
            if (reading === undefined) {
                w.missing += 1;
                if (w.missing < missingPolls)
                    return true;
                w.resolve({ outcome: 'gone' });
                return false;
            }
            w.missing = 0;
            w.last = reading;
            if (reading.state === 'pending')
                return true;
            w.resolve({ outcome: 'done', ...reading });
            return false;
        });
        if (remaining.length > 0)
            this.waiters.set(id, remaining);
        else
            this.waiters.delete(id);
    }
    expire() {
        const now = Date.now();
        for (const [id, list] of this.waiters) {
            const remaining = list.filter((w) => {
                if (now < w.deadline)
                    return true;
                w.resolve({ outcome: 'timeout', ...w.last });
                return false;
            });
            if (remaining.length > 0)
                this.waiters.set(id, remaining);
            else
                this.waiters.delete(id);
        }
    }
    logProgress() {
        const now = Date.now();
        if (this.waiters.size === 0 || now - this.lastProgressLog < this.options.progressEveryMs)
            return;
        this.lastProgressLog = now;
        const readings = [...this.waiters.values()].map((list) => list[0]);
        const shown = readings
            .slice(0, 5)
            .map((w) => `${w.id} ${w.last?.progress ?? w.last?.status ?? 'pending'}`)
            .join(', ');
        const more = readings.length > 5 ? `, and ${readings.length - 5} more` : '';
        this.options.log(`${this.options.label}: waiting for ${readings.length} to complete: ${shown}${more}`);
    }
}
/** A counting semaphore: at most `limit` holders at once, first come first served. */
class Slots {
    limit;
    active = 0;
    peakActive = 0;
    queue = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.queue.push(resolve));
        else
            this.active += 1;
        this.peakActive = Math.max(this.peakActive, this.active);
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.queue.shift();
            if (next)
                next(); // the slot passes straight to the next in line
            else
                this.active -= 1;
        };
    }
    get peak() {
        return this.peakActive;
    }
    get inUse() {
        return this.active;
    }
}
/**
 * Retries `call` while AWS answers with a limit that frees itself over time (copies in
 * progress, snapshot quota being freed by deletes), backing off up to a minute, until the
 * deadline. Other errors are thrown at once.
 */
async function waitOutLimits(call, options) {
    let delay = options.firstDelayMs;
    for (;;) {
        try {
            return await call();
        }
        catch (error) {
            if (!options.isLimit(error) || Date.now() + delay > options.deadline)
                throw error;
            options.onWait?.(error, delay);
            await (0,polling/* sleep */.yy)(delay);
            delay = Math.min(delay * 2, 60_000);
        }
    }
}

;// CONCATENATED MODULE: ./src/snapshots/runtime.ts




/** AWS's limits on copies in progress into one destination region, per account. */
const COPY_LIMITS = { ebs: 20, rds: 20, aurora: 5 };
function copyClassOf(kind) {
    return kind === 'ebs' ? 'ebs' : kind === 'rds-instance' ? 'rds' : 'aurora';
}
/** Ids per status call: EC2 filters take up to 200 values; RDS filters are kept smaller. */
const STATUS_BATCH = { ebs: 200, 'rds-instance': 50, 'rds-cluster': 50 };
class SnapshotRuntime {
    options;
    startedAt;
    watchers = new Map();
    slots = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Date.now() ms when waiting stops; the budget starts with the first caller. */
    deadline() {
        this.startedAt ??= Date.now();
        return this.startedAt + this.options.waitBudgetMs;
    }
    watcher(clients, region, kind) {
        const key = `${clients.account}|${region}|${kind}`;
        let watcher = this.watchers.get(key);
        if (!watcher) {
            const what = kind === 'ebs' ? 'EBS snapshots' : kind === 'rds-instance' ? 'DB snapshots' : 'DB cluster snapshots';
            watcher = new SnapshotWatcher({
                label: `${what} in ${region}${clients.account === 'default' ? '' : ` (account ${clients.account})`}`,
                fetch: kind === 'ebs' ? (0,ec2_inventory/* ebsStatusFetcher */.iY)(clients.ec2(region)) : (0,rds_inventory/* rdsStatusFetcher */.jh)(clients.rds(region), kind),
                pollMs: this.options.pollMs,
                batch: STATUS_BATCH[kind],
                log: this.options.log,
                progressEveryMs: this.options.progressEveryMs,
            });
            this.watchers.set(key, watcher);
        }
        return watcher;
    }
    /**
     * Changing calls (create, copy, delete, archive) in flight per (account, region, API):
     * about a quarter second of the rate budget. Without this cap thousands of calls would
     * queue for the client's token bucket, and the status polls that tell a snapshot finished
     * would wait behind all of them.
     */
    callSlots(clients, region, family) {
        const key = `calls|${clients.account}|${region}|${family}`;
        let slots = this.slots.get(key);
        if (!slots) {
            slots = new Slots(Math.max(2, Math.ceil(clients.budgets.sustainedRate(family) / 4)));
            this.slots.set(key, slots);
        }
        return slots;
    }
    /** Runs one changing call inside its region's call cap. */
    async call(clients, region, family, fn) {
        const release = await this.callSlots(clients, region, family).acquire();
        try {
            return await fn();
        }
        finally {
            release();
        }
    }
    copySlots(account, destination, copyClass) {
        const key = `${account}|${destination}|${copyClass}`;
        let slots = this.slots.get(key);
        if (!slots) {
            slots = new Slots(this.options.copyLimits?.[copyClass] ?? COPY_LIMITS[copyClass]);
            this.slots.set(key, slots);
        }
        return slots;
    }
    /** Most copies in progress at once per `account|destination|class`. */
    peakCopies() {
        return Object.fromEntries([...this.slots.entries()].filter(([key]) => !key.startsWith('calls|')).map(([key, s]) => [key, s.peak]));
    }
}
const LIMIT_CODES = new Set([
    'ResourceLimitExceeded',
    'SnapshotQuotaExceeded',
    'SnapshotQuotaExceededFault',
    'SnapshotCreationPerVolumeRateExceeded',
    'ConcurrentSnapshotLimitExceeded',
]);
/** "Too many snapshot copies in progress", a full snapshot quota, CreateSnapshot's per-volume rate. */
function isWaitableLimit(error) {
    const code = (0,errors/* awsErrorCode */.J6)(error);
    if (code && LIMIT_CODES.has(code))
        return true;
    const message = error instanceof Error ? error.message : '';
    return /too many snapshot copies|copies in progress|cannot copy more than/i.test(message);
}
const NOT_FOUND_CODES = new Set([
    'InvalidSnapshot.NotFound',
    'DBSnapshotNotFound',
    'DBSnapshotNotFoundFault',
    'DBClusterSnapshotNotFoundFault',
    'DBClusterSnapshotNotFound',
]);
function isSnapshotNotFound(error) {
    const code = (0,errors/* awsErrorCode */.J6)(error);
    return code !== undefined && NOT_FOUND_CODES.has(code);
}
/** The volume, instance, DB instance or cluster itself is gone (deleted after the inventory read it). */
const RESOURCE_GONE_CODES = new Set([
    'InvalidVolume.NotFound',
    'InvalidInstanceID.NotFound',
    'DBInstanceNotFound',
    'DBInstanceNotFoundFault',
    'DBClusterNotFoundFault',
    'DBClusterNotFound',
]);
function isResourceGone(error) {
    const code = (0,errors/* awsErrorCode */.J6)(error);
    return code !== undefined && RESOURCE_GONE_CODES.has(code);
}

;// CONCATENATED MODULE: ./src/snapshots/actions.ts






const familyOf = (driver) => (driver.kind === 'ebs' ? 'ec2' : 'rds');
function describeWait(id, outcome) {
    if (outcome.outcome === 'timeout') {
        const at = [outcome.status, outcome.progress].filter(Boolean).join(' ');
        return `${id} still in progress${at ? ` (${at})` : ''} when the wait budget ran out`;
    }
    if (outcome.outcome === 'gone')
        return `${id} disappeared`;
    return `${id} ${outcome.status}`;
}
function snapshotApply(options) {
    const { runtime, clients, driver, request, handle } = options;
    return async () => {
        let created;
        try {
            created = await waitOutLimits(() => runtime.call(clients, request.region, familyOf(driver), () => driver.create(clients, request)), {
                isLimit: isWaitableLimit,
                deadline: runtime.deadline(),
                firstDelayMs: runtime.options.limitDelayMs,
                onWait: (error, ms) => runtime.options.log(`${request.resourceId}: ${(0,errors/* describeAwsError */.Pp)(error)}; retrying in ${Math.round(ms / 1000)} s`),
            });
        }
        catch (error) {
            if (isResourceGone(error)) {
                // Deleted since the inventory: nothing left to back up, so not a failure (and no retry).
                const said = `${(0,errors/* awsErrorCode */.J6)(error)}: ${error.message.replace(/\.$/, '')}`;
                throw new plan/* ResourceGoneError */.Yr(`${request.resourceId} was deleted after this run listed it (${said}); nothing to snapshot, and it leaves the coverage report with the next run`);
            }
            throw new Error((0,errors/* describeAwsError */.Pp)(error, { resource: request.resourceId, region: request.region }));
        }
        if (created.length === 0)
            throw new Error(`no snapshot was created for ${request.resourceId}: the instance has no volumes left to snapshot`);
        handle.snapshots = created;
        const watcher = runtime.watcher(clients, request.region, driver.kind);
        const outcomes = await Promise.all(created.map((s) => watcher.wait(s.id, runtime.deadline())));
        const failed = outcomes.findIndex((o) => o.outcome === 'gone' || (o.outcome === 'done' && o.state === 'failed'));
        if (failed >= 0)
            throw new Error(`snapshot ${describeWait(created[failed].id, outcomes[failed])}`);
        created.forEach((s, i) => {
            if (outcomes[i].outcome === 'done')
                s.completed = true;
        });
        const pending = created.filter((s) => !s.completed);
        const ids = created.map((s) => s.id).join(', ');
        if (pending.length === 0)
            return `${ids} completed`;
        return `${pending.map((s) => describeWait(s.id, outcomes[created.indexOf(s)])).join('; ')}; the next run copies it`;
    };
}
/** Tags of a copy: the tool's (with where it came from) plus, if asked, the source's own. */
function copyTags(source, sourceRegion, copySourceTags) {
    const own = {};
    for (const key of [snapshots_tags/* TAG */.Dk.policy, snapshots_tags/* TAG */.Dk.tier, snapshots_tags/* TAG */.Dk.source, snapshots_tags/* TAG */.Dk.sourceRegion, snapshots_tags/* TAG */.Dk.createdBy]) {
        const value = source.tags[key];
        if (value !== undefined)
            own[key] = value;
    }
    own[snapshots_tags/* TAG */.Dk.sourceRegion] ??= sourceRegion;
    own[snapshots_tags/* TAG */.Dk.sourceSnapshot] = source.id;
    own[snapshots_tags/* TAG */.Dk.takenAt] = new Date(source.takenAt).toISOString();
    const volume = source.tags[snapshots_tags/* TAG */.Dk.volume] ?? source.volumeId;
    if (volume && source.tags[snapshots_tags/* TAG */.Dk.source]?.startsWith('i-'))
        own[snapshots_tags/* TAG */.Dk.volume] = volume;
    return (0,snapshots_tags/* mergeTags */.kE)(own, copySourceTags ? (0,snapshots_tags/* userTags */.Rz)(source.tags) : {});
}
function copyApply(options) {
    const { runtime, clients, driver, sourceRegion, destination } = options;
    const log = runtime.options.log;
    const copyOne = async (source) => {
        if (!source.completed) {
            const outcome = await runtime.watcher(clients, sourceRegion, driver.kind).wait(source.id, runtime.deadline());
            if (outcome.outcome === 'gone')
                throw new Error(`source snapshot ${source.id} disappeared before it could be copied`);
            if (outcome.outcome === 'done' && outcome.state === 'failed')
                throw new Error(`source snapshot ${source.id} failed (${outcome.status}); nothing to copy`);
            if (outcome.outcome !== 'done' || Date.now() >= runtime.deadline()) {
                const late = outcome.outcome === 'done' ? `${source.id}: not copied, the wait budget ran out` : `${describeWait(source.id, outcome)}; not copied yet`;
                // The destination still gets the newest completed snapshot it lacks; this one follows next run.
                if (source.fallback)
                    return `${late}; copied the newest completed snapshot instead: ${await copyOne(source.fallback)}`;
                return `${late}, the next run copies it`;
            }
        }
        // A snapshot that was already complete is copied whatever the budget: starting a copy
        // costs one call, and a zero budget must not leave catch-up copies undone forever.
        const into = options.into;
        if (!into)
            return copyStarted(source);
        // The share is taken back once the copy is done or failed (also when it could not start).
        // Sharing and unsharing happen outside the copy slot: only copies in progress count
        // against AWS's limit, and holding a slot through the source's calls (queued behind that
        // account's snapshot creates) would starve the copy pipeline.
        await runtime.call(clients, sourceRegion, familyOf(driver), () => into.share(source));
        try {
            return await copyStarted(source);
        }
        finally {
            await runtime.call(clients, sourceRegion, familyOf(driver), () => into.unshare(source));
        }
    };
    /** Holds a copy slot from the copy call until the copy completed (AWS's in-progress limit). */
    const copyStarted = async (source) => {
        const into = options.into;
        const target = into?.clients ?? clients;
        const withVolume = { ...source, tags: { ...(options.volumeTags?.(source.volumeId) ?? {}), ...source.tags } };
        const release = await runtime.copySlots(target.account, destination, copyClassOf(driver.kind)).acquire();
        let copyId;
        try {
            copyId = await waitOutLimits(() => runtime.call(target, destination, familyOf(driver), () => driver.copy(target, {
                source,
                sourceRegion,
                destination,
                ...(options.kmsKeyArn && { kmsKeyArn: options.kmsKeyArn }),
                ...(options.optionGroup && { optionGroup: options.optionGroup }),
                tags: { ...copyTags(withVolume, sourceRegion, options.copySourceTags), ...into?.tags },
                description: `aws-backup-gitops copy of ${source.id} from ${sourceRegion}`,
            })), {
                isLimit: isWaitableLimit,
                deadline: runtime.deadline(),
                firstDelayMs: runtime.options.limitDelayMs,
                onWait: (error, ms) => log(`copy of ${source.id} to ${destination}: ${(0,errors/* describeAwsError */.Pp)(error)}; waiting ${Math.round(ms / 1000)} s`),
            });
        }
        catch (error) {
            release();
            throw new Error((0,errors/* describeAwsError */.Pp)(error, { resource: `copy of ${source.id} to ${destination}` }));
        }
        // The lock (a call in the destination) runs while the copy is in progress, not in its slot.
        const locking = into?.started ? runtime.call(target, destination, familyOf(driver), () => into.started(copyId, source)) : Promise.resolve(undefined);
        locking.catch(() => undefined); // awaited below, after the wait
        let outcome;
        try {
            outcome = await runtime.watcher(target, destination, driver.kind).wait(copyId, runtime.deadline());
        }
        finally {
            release();
        }
        const locked = await locking;
        if (outcome.outcome === 'gone' || (outcome.outcome === 'done' && outcome.state === 'failed')) {
            throw new Error(`copy ${describeWait(copyId, outcome)} (from ${source.id})`);
        }
        const note = locked ? ` (${locked})` : '';
        return outcome.outcome === 'done' ? `${source.id} → ${copyId} completed${note}` : `${source.id} → ${describeWait(copyId, outcome)}${note}`;
    };
    return async () => {
        const sources = options.sources();
        if (sources.length === 0)
            throw new Error('no source snapshot to copy (the snapshot action recorded none)');
        const notes = await Promise.allSettled(sources.map(copyOne));
        const failures = notes.filter((n) => n.status === 'rejected');
        if (failures.length > 0)
            throw new Error(failures.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join('; '));
        return notes.map((n) => n.value).join('; ');
    };
}
function deleteApply(runtime, clients, driver, region, id) {
    return async () => {
        try {
            await runtime.call(clients, region, familyOf(driver), () => driver.remove(clients, region, id));
            return `${id} deleted`;
        }
        catch (error) {
            if (isSnapshotNotFound(error))
                return `${id} was already gone`;
            throw new Error((0,errors/* describeAwsError */.Pp)(error, { resource: `snapshot ${id}`, region }));
        }
    };
}
function archiveApply(runtime, clients, region, id) {
    return async () => {
        try {
            await runtime.call(clients, region, 'ec2', () => archiveEbsSnapshot(clients, region, id));
            return `${id} moving to the archive tier`;
        }
        catch (error) {
            throw new Error((0,errors/* describeAwsError */.Pp)(error, { resource: `snapshot ${id}`, region }));
        }
    };
}

;// CONCATENATED MODULE: ./src/snapshots/periods.ts
/**
 * Calendar periods in UTC: the hour, day, ISO week, month and year an instant falls in.
 * Retention keeps the newest snapshot of a tier's newest periods; schedules are due once
 * per period. Pure.
 */
const TIERS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'];
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(ms) {
    const d = new Date(ms);
    const day = (d.getUTCDay() + 6) % 7; // Monday = 0
    const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
    const year = new Date(thursday).getUTCFullYear();
    // The year's first Thursday falls on day 0–6 of the year, so whole weeks since 1 January count from it.
    const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
    return { year, week };
}
/** A sortable key of the tier's period around `ms` (later periods sort later). */
function periodKey(tier, ms) {
    const d = new Date(ms);
    const y = pad(d.getUTCFullYear(), 4);
    switch (tier) {
        case 'hourly':
            return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}`;
        case 'daily':
            return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
        case 'weekly': {
            const { year, week } = isoWeek(ms);
            return `${pad(year, 4)}-W${pad(week)}`;
        }
        case 'monthly':
            return `${y}-${pad(d.getUTCMonth() + 1)}`;
        case 'yearly':
            return y;
    }
}
/** The schedule's period is the tier of the same name (daily schedule → daily tier). */
function scheduleTier(schedule) {
    return schedule;
}

;// CONCATENATED MODULE: ./src/snapshots/retention.ts

const DAY_MS = 86_400_000;
const ARCHIVE_TIERS = new Set(['monthly', 'yearly']);
/** Newest first; ties by id so the order never depends on the input order. */
function byNewest(a, b) {
    return b.takenAt - a.takenAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function tierCounts(rules) {
    return TIERS.map((tier) => [tier, rules[tier] ?? 0]).filter(([, n]) => n > 0);
}
/** "7 daily, 4 weekly, 12 monthly, max 400 days" */
function describeRules(rules) {
    const parts = tierCounts(rules).map(([tier, n]) => `${n} ${tier}`);
    if (rules['max-age-days'] !== undefined)
        parts.push(`max ${rules['max-age-days']} days`);
    return parts.join(', ');
}
/** Which counted snapshots each tier keeps: the newest of each of the newest N periods. */
function tierPicks(counted, tier, keep) {
    const newestPerPeriod = new Map();
    for (const item of [...counted].sort(byNewest)) {
        const key = periodKey(tier, item.takenAt);
        if (!newestPerPeriod.has(key))
            newestPerPeriod.set(key, item);
    }
    return [...newestPerPeriod.entries()]
        .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
        .slice(0, keep)
        .map(([, item]) => item);
}
function planRetention(input) {
    const { rules, now } = input;
    const maxAgeMs = rules['max-age-days'] === undefined ? undefined : rules['max-age-days'] * DAY_MS;
    const items = [...input.items].sort(byNewest);
    const tooOld = (item) => maxAgeMs !== undefined && now - item.takenAt > maxAgeMs;
    const counted = items.filter((i) => i.owned && i.state === 'completed' && !tooOld(i));
    const tiersOf = new Map();
    const counts = tierCounts(rules);
    for (const [tier, keep] of counts) {
        for (const item of tierPicks(counted, tier, keep))
            tiersOf.set(item.id, [...(tiersOf.get(item.id) ?? []), tier]);
    }
    const keepAllYoung = counts.length === 0; // max-age-days alone
    const newestCopy = input.keepNewestCompleted ? items.find((i) => i.owned && i.state === 'completed')?.id : undefined;
    return items.map((item) => {
        const tiers = tiersOf.get(item.id) ?? [];
        const ageDays = Math.floor(Math.max(0, now - item.takenAt) / DAY_MS);
        const retained = tiers.length > 0 || (keepAllYoung && counted.includes(item));
        const protection = protectionOf(item, newestCopy, now);
        if (retained) {
            const why = tiers.length > 0 ? `kept as ${tiers.join(', ')}` : `younger than max-age-days ${rules['max-age-days']}`;
            if (protection === undefined && canArchive(item, tiers, ageDays, input.archiveAfterDays)) {
                // ModifySnapshotTier on a snapshot already being archived is IncorrectState.
                if (item.tiering !== undefined)
                    return { id: item.id, action: 'keep', tiers, reason: `${why} (${item.tiering})` };
                return { id: item.id, action: 'archive', tiers, reason: `${why} only, and ${ageDays} days old (archive-after-days ${input.archiveAfterDays})` };
            }
            return { id: item.id, action: 'keep', tiers, reason: why };
        }
        if (protection !== undefined) {
            return { id: item.id, action: 'keep', tiers, protectedBy: protection, reason: protectionReason(item, protection) };
        }
        const reason = tooOld(item)
            ? `older than max-age-days ${rules['max-age-days']} (${ageDays} days old)`
            : `not the newest snapshot of a kept period (retention: ${describeRules(rules)})`;
        return { id: item.id, action: 'delete', tiers, reason };
    });
}
function protectionOf(item, newestCopy, now) {
    if (!item.owned)
        return 'not-owned';
    if (item.state !== 'completed')
        return 'not-completed';
    if (item.inUse)
        return 'in-use';
    if (item.lockedUntil !== undefined && item.lockedUntil > now)
        return 'locked';
    if (item.id === newestCopy)
        return 'newest-copy';
    return undefined;
}
function protectionReason(item, protection) {
    switch (protection) {
        case 'not-owned':
            return "kept: it lacks the tool's tags, so the tool never deletes it";
        case 'not-completed':
            return `kept: state is ${item.state}, not completed`;
        case 'in-use':
            return `due for deletion but kept: ${item.inUse}; deregister it to let retention delete the snapshot`;
        case 'locked':
            return `due for deletion but kept: locked until ${new Date(item.lockedUntil).toISOString()}; retention deletes it after the lock ends`;
        case 'newest-copy':
            return 'kept: the newest copy in this region, so the next copy stays incremental';
    }
}
function canArchive(item, tiers, ageDays, archiveAfterDays) {
    return (archiveAfterDays !== undefined &&
        item.owned &&
        item.state === 'completed' &&
        item.storageTier !== 'archive' &&
        tiers.length > 0 &&
        tiers.every((t) => ARCHIVE_TIERS.has(t)) &&
        ageDays >= archiveAfterDays);
}

;// CONCATENATED MODULE: ./src/snapshots/retention-change.ts

/** The rules the base branch applies to this chain; undefined when it has no such policy or copy. */
function baseRules(base, chain) {
    const policy = base?.policies.find((p) => p.name === chain.policy);
    if (!policy)
        return undefined;
    if (!chain.copySide)
        return policy.retention;
    const copy = policy.copies.find((c) => c.region === chain.region && (c.account === 'vault') === chain.vault);
    return copy ? (copy.retention ?? policy.retention) : undefined;
}
const same = (a, b) => describeRules(a) === describeRules(b);
/**
 * Snapshot id → why its deletion is the change's doing, for the deletions `decisions` (planned
 * with `input.rules`) makes that the base rules would not.
 */
function shortenedBy(input, decisions, base) {
    const out = new Map();
    if (!base || same(base, input.rules))
        return out;
    const keptByBase = new Set(planRetention({ ...input, rules: base }).filter((d) => d.action !== 'delete').map((d) => d.id));
    for (const d of decisions) {
        if (d.action === 'delete' && keptByBase.has(d.id)) {
            out.set(d.id, `retention shortened by this change (base branch: ${describeRules(base)}; now: ${describeRules(input.rules)}): deleted only because of it`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
;// CONCATENATED MODULE: ./src/snapshots/kms.ts
/**
 * Checks a DR copy's KMS key in its destination region before any copy is planned: it must
 * exist there, be enabled and be a symmetric encryption key. One clear message otherwise.
 */


async function checkCopyKey(clients, region, keyId) {
    try {
        const answer = await clients.kms(region).send(new client_kms_dist_cjs.DescribeKeyCommand({ KeyId: keyId }));
        const key = answer.KeyMetadata;
        if (!key?.Arn)
            return { ok: false, message: `KMS key ${keyId} in ${region}: DescribeKey returned no key` };
        if (key.KeyState !== 'Enabled') {
            return { ok: false, message: `KMS key ${keyId} in ${region} is ${key.KeyState ?? 'not enabled'}; enable it (or cancel its deletion) or configure another kms-key` };
        }
        if (key.KeyUsage && key.KeyUsage !== 'ENCRYPT_DECRYPT') {
            return { ok: false, message: `KMS key ${keyId} in ${region} is for ${key.KeyUsage}, not encryption; use a symmetric encryption key` };
        }
        const spec = key.KeySpec ?? key.CustomerMasterKeySpec;
        if (spec && spec !== 'SYMMETRIC_DEFAULT') {
            return { ok: false, message: `KMS key ${keyId} in ${region} is ${spec}; EBS and RDS need a symmetric encryption key (SYMMETRIC_DEFAULT)` };
        }
        return { ok: true, arn: key.Arn };
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === 'NotFoundException') {
            return {
                ok: false,
                message: `KMS key ${keyId} does not exist in ${region}; KMS keys are regional, so create the key (or alias) in ${region} or fix kms-key`,
            };
        }
        return { ok: false, message: (0,errors/* describeAwsError */.Pp)(error, { resource: `KMS key ${keyId}`, region }) };
    }
}

// EXTERNAL MODULE: ./src/snapshots/vault-calls.ts
var vault_calls = __webpack_require__(833);
;// CONCATENATED MODULE: ./src/snapshots/vault-read.ts








/** The account label of vault actions and messages. */
const VAULT_LABEL = 'vault';
const vaultChainKey = (region, account, key) => `${region}|${account}|${key}`;
/**
 * A pull request's plan without the read-only vault plan role (`vault.plan-role-arn`): the
 * vault is not read (the plan never assumes the vault role), and the plan says so. The source
 * side — whether each source key lets the vault copy — is still checked.
 */
function unreadVault(ctx, config) {
    ctx.warn(SNAPSHOTS_SECTION, `vault ${config.id}`, 'not read by this plan: no read-only vault plan role is configured, and a pull request never assumes the vault role; the vault copies, their retention and locks are not shown (the source keys are still checked) — create the vault plan role (iam-policy writes vault-plan-policy.json, docs/vault.md) and set vault.plan-role-arn');
    return { config, clients: undefined, chains: new Map(), failed: new Set(), keys: new Map(), sharing: new Set() };
}
async function readVault(ctx, config, clients) {
    const scope = { config, clients, chains: new Map(), failed: new Set(), keys: new Map(), sharing: new Set() };
    const wanted = new Map();
    for (const p of ctx.config.policies) {
        for (const c of p.copies) {
            if (c.account !== 'vault')
                continue;
            const kinds = wanted.get(c.region) ?? new Set();
            kinds.add(SNAPSHOT_KIND_OF[p.resources.type] === 'ebs' ? 'ebs' : 'rds');
            wanted.set(c.region, kinds);
        }
    }
    const add = (records) => {
        for (const s of records) {
            if (!(0,snapshots_tags/* isToolOwned */.GG)(s.tags) || s.automated)
                continue;
            const key = vaultChainKey(s.region, s.tags[snapshots_tags/* TAG */.Dk.sourceAccount] ?? '', chainKey(s));
            scope.chains.set(key, [...(scope.chains.get(key) ?? []), s]);
        }
    };
    await Promise.all([...wanted.entries()].map(async ([region, kinds]) => {
        const keyRef = config['kms-keys'][region];
        const [key] = await Promise.all([
            checkCopyKey(clients, region, keyRef),
            kinds.has('ebs') ? readEbs(ctx, scope, clients, region).then(add) : undefined,
            kinds.has('rds') ? readRds(ctx, scope, clients, region).then(add) : undefined,
        ]);
        scope.keys.set(region, key);
        if (!key.ok)
            ctx.error(SNAPSHOTS_SECTION, `vault copies to ${region}`, `${key.message} (vault.kms-keys.${region}); nothing is copied into the vault in ${region} until it is fixed`);
    }));
    return scope;
}
async function readEbs(ctx, scope, clients, region) {
    const ec2 = clients.ec2(region);
    try {
        const [snapshots, locks] = await Promise.all([(0,ec2_inventory/* listEbsSnapshots */._U)(ec2, VAULT_LABEL, region, ctx.now), (0,vault_calls/* listLocks */.dB)(ec2)]);
        for (const s of snapshots) {
            const until = locks.get(s.id);
            if (until !== undefined)
                s.lockedUntil = until;
        }
        return snapshots;
    }
    catch (error) {
        scope.failed.add(`${region}|ebs`);
        ctx.error(SNAPSHOTS_SECTION, `vault EC2/EBS in ${region}`, `${(0,errors/* describeAwsError */.Pp)(error, { region })}; no EBS copies are made or deleted in the vault there in this run`);
        return [];
    }
}
async function readRds(ctx, scope, clients, region) {
    try {
        return await (0,rds_inventory/* listRdsSnapshots */.HZ)(clients.rds(region), VAULT_LABEL, region, ctx.now);
    }
    catch (error) {
        scope.failed.add(`${region}|rds`);
        ctx.error(SNAPSHOTS_SECTION, `vault RDS in ${region}`, `${(0,errors/* describeAwsError */.Pp)(error, { region })}; no RDS copies are made or deleted in the vault there in this run`);
        return [];
    }
}

;// CONCATENATED MODULE: ./src/snapshots/plan-retention.ts










function planChainRetention(ctx, side) {
    const { clients, account, policy, kind, region, records, rules, copySide, plannedBy, source, archiveAfterDays } = side;
    if (records.length === 0)
        return;
    const section = policySection(policy.name);
    const items = records.map((s) => ({
        id: s.id,
        takenAt: pointInTime(s),
        state: s.state,
        owned: (0,snapshots_tags/* isToolOwned */.GG)(s.tags),
        ...(s.inUse && { inUse: s.inUse }),
        ...(s.storageTier && { storageTier: s.storageTier }),
        ...(s.tiering && { tiering: s.tiering }),
        ...(s.lockedUntil !== undefined && { lockedUntil: s.lockedUntil }),
    }));
    const archive = kind === 'ebs' ? archiveAfterDays : undefined;
    const common = { rules, now: ctx.now, keepNewestCompleted: copySide, ...(archive !== undefined && { archiveAfterDays: archive }) };
    const baseline = planRetention({ ...common, items });
    let decisions = baseline;
    let counted = items;
    if (plannedBy) {
        // The snapshot made in this run counts too; what it pushes out is deleted only once it exists.
        const NEW = '\u0000new';
        counted = [...items, { id: NEW, takenAt: ctx.now, state: 'completed', owned: true }];
        decisions = planRetention({ ...common, items: counted }).filter((d) => d.id !== NEW);
    }
    // On a pull request: which of these deletions the change's shorter retention causes.
    const rulesAtBase = baseRules(ctx.input.base, { policy: policy.name, copySide, region, vault: account === VAULT_LABEL });
    const shortened = shortenedBy({ ...common, items: counted }, decisions, rulesAtBase);
    if (shortened.size > 0) {
        ctx.warn(section, `retention of ${source} (${ctx.where(account, region)})`, `shortened by this change: deletes ${[...shortened.keys()].sort().join(', ')}, which the base branch's retention (${describeRules(rulesAtBase)}) keeps`);
    }
    const deletedBefore = new Set(baseline.filter((d) => d.action === 'delete').map((d) => d.id));
    const byId = new Map(records.map((r) => [r.id, r]));
    const driver = DRIVERS[kind];
    for (const d of decisions) {
        const record = byId.get(d.id);
        const target = `${ctx.where(account, region)}/${d.id} (${source})`;
        const details = { account, region, snapshot: d.id, resource: source, 'taken-at': new Date(pointInTime(record)).toISOString() };
        if (d.action === 'delete') {
            ctx.push(ctx.deletes, (0,plan/* planAction */.y0)(section, {
                id: `${section}/delete/${account}/${region}/${d.id}`,
                kind: 'delete',
                target,
                reason: `${copySide ? 'DR copy ' : ''}${d.reason}${shortened.has(d.id) ? ` — ${shortened.get(d.id)}` : ''}`,
                details: shortened.has(d.id) ? { ...details, 'retention-shortened': true } : details,
                ...(plannedBy && !deletedBefore.has(d.id) && { dependsOn: [plannedBy] }),
                apply: deleteApply(ctx.runtime, clients, driver, region, d.id),
            }), kind);
        }
        else if (d.action === 'archive') {
            ctx.push(ctx.archives, (0,plan/* planAction */.y0)(section, {
                id: `${section}/archive/${account}/${region}/${d.id}`,
                kind: 'archive',
                target,
                reason: d.reason,
                details,
                apply: archiveApply(ctx.runtime, clients, region, d.id),
            }), kind);
        }
        else if (d.protectedBy === 'in-use') {
            ctx.warn(section, `snapshot ${d.id} (${ctx.where(account, region)})`, d.reason);
        }
        if (record.state === 'failed' && record.tags[snapshots_tags/* TAG */.Dk.createdBy]) {
            ctx.warn(section, `snapshot ${d.id} (${ctx.where(account, region)})`, `is in state ${record.status}; it is kept for inspection — delete it by hand once the cause is known`);
        }
    }
}
/** Chains of tool snapshots whose resource is gone or no longer selected: retention still applies. */
function planLeftoverChains(ctx, clients, account, chains, byRegion, handled) {
    const policies = new Map(ctx.config.policies.map((p) => [p.name, p]));
    const conflicted = new Set(ctx.selection.conflicts.map((c) => resourceRef(c.resource.account, c.resource.region, c.resource.id)));
    for (const key of [...chains.keys()].sort()) {
        if (handled.has(key))
            continue;
        const records = chains.get(key);
        const first = records[0];
        const policy = policies.get(first.tags[snapshots_tags/* TAG */.Dk.policy]);
        const sourceRegion = first.tags[snapshots_tags/* TAG */.Dk.sourceRegion];
        const source = first.tags[snapshots_tags/* TAG */.Dk.source];
        // A resource selected by two policies is an error; its snapshots are left alone until resolved.
        if (conflicted.has(resourceRef(account.name, sourceRegion, source)))
            continue;
        if (!byRegion.has(first.region))
            continue;
        const copySide = isCopy(first);
        const copy = policy.copies.find((c) => c.region === first.region && c.account !== 'vault');
        const common = { clients, account: account.name, policy, kind: first.kind, region: first.region, plannedBy: undefined, source };
        if (copySide && !copy) {
            // Copies in a region the policy no longer copies to: kept, but keep the newest.
            planChainRetention(ctx, { ...common, records: records.filter(isCopy), rules: policy.retention, copySide: true, archiveAfterDays: undefined });
            continue;
        }
        const rules = copySide ? (copy?.retention ?? policy.retention) : policy.retention;
        const archiveAfterDays = copySide ? (copy?.['archive-after-days'] ?? policy['archive-after-days']) : policy['archive-after-days'];
        planChainRetention(ctx, { ...common, records: records.filter((r) => isCopy(r) === copySide), rules, copySide, archiveAfterDays });
    }
}

;// CONCATENATED MODULE: ./src/snapshots/plan-quotas.ts

function checkQuotas(ctx, account, inventories) {
    for (const inv of inventories) {
        for (const [kind, quota, what] of [
            ['rds-instance', inv.quotas.instanceSnapshots, 'manual DB snapshots'],
            ['rds-cluster', inv.quotas.clusterSnapshots, 'manual DB cluster snapshots'],
        ]) {
            if (!quota)
                continue;
            const inRegion = (a) => a.details?.account === account && (a.kind === 'copy' ? a.details?.destination : a.details?.region) === inv.region;
            const ofKind = (a) => ctx.kindOfAction(a) === kind;
            const adds = ctx.creates.filter((a) => inRegion(a) && ofKind(a)).length;
            const removes = ctx.deletes.filter((a) => inRegion(a) && ofKind(a)).length;
            if (adds === 0 && quota.used < quota.max * 0.9)
                continue;
            const peak = quota.used + adds;
            const after = peak - removes;
            const item = `RDS quota in ${ctx.where(account, inv.region)}`;
            const fix = 'lower the retention counts, delete unneeded manual snapshots, or request a quota increase (Service Quotas: "Manual DB instance snapshots")';
            if (peak > quota.max) {
                ctx.warn(SNAPSHOTS_SECTION, item, `${quota.used} of ${quota.max} ${what} are used; this run adds ${adds} and deletes ${removes} afterwards, so it reaches the quota and new snapshots wait for deletes: ${fix}`);
            }
            else if (after >= quota.max * 0.9) {
                ctx.warn(SNAPSHOTS_SECTION, item, `${after} of ${quota.max} ${what} will be used after this run (${Math.round((after / quota.max) * 100)}%): ${fix}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/snapshots/plan-read.ts





async function readRegion(ctx, clients, account, region, sides) {
    const { source, ebsDest, rdsDest } = sides;
    const inv = { account, region, resources: [], snapshots: [], quotas: {}, failures: [] };
    const ebs = async () => {
        if (!source && !ebsDest)
            return;
        const ec2 = clients.ec2(region);
        try {
            const [resources, snapshots, amis, tiering] = await Promise.all([
                source ? (0,ec2_inventory/* listEbsResources */.m8)(ec2, account, region) : Promise.resolve([]),
                (0,ec2_inventory/* listEbsSnapshots */._U)(ec2, account, region, ctx.now),
                (0,ec2_inventory/* listAmiSnapshots */.D)(ec2),
                // Only a config that archives needs to know which snapshots are being archived already.
                archives(ctx) ? (0,ec2_inventory/* listTieringSnapshots */.ew)(ec2) : Promise.resolve(new Map()),
            ]);
            for (const s of snapshots) {
                const ami = amis.get(s.id);
                if (ami)
                    s.inUse = `registered to AMI ${ami}`;
                const busy = tiering.get(s.id);
                if (busy)
                    s.tiering = busy;
            }
            inv.resources.push(...resources);
            inv.snapshots.push(...snapshots);
        }
        catch (error) {
            inv.failures.push({ what: 'ebs', message: (0,errors/* describeAwsError */.Pp)(error, { region }) });
        }
    };
    const rds = async () => {
        if (!source && !rdsDest)
            return;
        const client = clients.rds(region);
        try {
            const [resources, snapshots] = await Promise.all([
                source ? (0,rds_inventory/* listRdsResources */.BO)(client, account, region) : Promise.resolve([]),
                (0,rds_inventory/* listRdsSnapshots */.HZ)(client, account, region, ctx.now),
            ]);
            inv.resources.push(...resources);
            inv.snapshots.push(...snapshots);
        }
        catch (error) {
            inv.failures.push({ what: 'rds', message: (0,errors/* describeAwsError */.Pp)(error, { region }) });
            return;
        }
        try {
            inv.quotas = await (0,rds_inventory/* readRdsQuotas */.z3)(client);
        }
        catch (error) {
            ctx.warn(SNAPSHOTS_SECTION, `RDS quotas in ${ctx.where(account, region)}`, `cannot check the manual snapshot quota: ${(0,errors/* describeAwsError */.Pp)(error, { region })}`);
        }
    };
    await Promise.all([ebs(), rds()]);
    return inv;
}
function archives(ctx) {
    return ctx.config.policies.some((p) => p['archive-after-days'] !== undefined || p.copies.some((c) => c['archive-after-days'] !== undefined));
}
/** DescribeKey once per (region, key) before any copy is planned. */
async function checkKeys(ctx, clients, account) {
    const wanted = new Set();
    for (const p of ctx.config.policies)
        for (const c of p.copies)
            if (c['kms-key'] && c.account !== 'vault')
                wanted.add(`${c.region}|${c['kms-key']}`);
    const checks = new Map();
    await Promise.all([...wanted].map(async (key) => {
        const [region, keyId] = key.split('|');
        checks.set(key, await checkCopyKey(clients, region, keyId));
    }));
    const reported = new Set();
    for (const p of ctx.config.policies) {
        p.copies.forEach((c, i) => {
            const check = c['kms-key'] ? checks.get(`${c.region}|${c['kms-key']}`) : undefined;
            const id = `${p.name}|${c.region}`;
            if (check && !check.ok && !reported.has(id)) {
                reported.add(id);
                ctx.error(policySection(p.name), `copies to ${c.region}${ctx.multiAccount ? ` (account ${account})` : ''}`, `${check.message} (snapshots.policies.${p.name}.copies[${i}].kms-key); no copies to ${c.region} are made for this policy until it is fixed`);
            }
        });
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/snapshots/due.ts

const PERIOD_WORD = { hourly: 'hour', daily: 'day', weekly: 'ISO week', monthly: 'month', yearly: 'year' };
/**
 * `taken`: points in time of the resource's existing snapshots by this policy that did not
 * fail (completed or still in progress).
 */
function snapshotDue(schedule, taken, now) {
    const base = scheduleTier(schedule);
    const current = periodKey(base, now);
    const inPeriod = taken.filter((t) => periodKey(base, t) === current);
    const newest = taken.length > 0 ? Math.max(...taken) : undefined;
    if (inPeriod.length > 0) {
        const at = new Date(Math.max(...inPeriod)).toISOString();
        return { due: false, tier: base, reason: `already snapshotted this ${PERIOD_WORD[base]} (${at})` };
    }
    let tier = base;
    for (const candidate of TIERS.slice(TIERS.indexOf(base))) {
        if (taken.some((t) => periodKey(candidate, t) === periodKey(candidate, now)))
            break;
        tier = candidate;
    }
    const reason = newest === undefined
        ? `${schedule} snapshot due: no snapshot yet`
        : `${schedule} snapshot due: the newest is from ${new Date(newest).toISOString()}, an earlier ${PERIOD_WORD[base]}`;
    return { due: true, tier, reason };
}
/**
 * Which existing source snapshot still needs a copy in a destination: the newest one that did
 * not fail, unless a copy of it (or of something as new) exists or is in progress there.
 * Older snapshots are never back-filled: a DR region needs the newest point, once.
 */
function copyDue(source, copies) {
    const newest = [...source].filter((s) => s.state !== 'failed').sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? -1 : 1))[0];
    if (!newest)
        return { reason: 'no source snapshot to copy' };
    const live = copies.filter((c) => c.state !== 'failed');
    const existing = live.find((c) => c.sourceSnapshot === newest.id || c.takenAt >= newest.takenAt);
    if (existing)
        return { reason: `newest snapshot ${newest.id} already has copy ${existing.id} (${existing.state})` };
    return {
        snapshot: newest,
        reason: `copy of the newest snapshot ${newest.id} (${new Date(newest.takenAt).toISOString()}) is missing${newest.state === 'pending' ? '; it is still in progress, so the copy waits for it' : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/snapshots/plan-copies.ts







function planCopies(ctx, scope, rp) {
    const { clients, account, byRegion, keys, chains } = scope;
    const { policy, resource, kind, driver, section, label, snapshotId } = rp;
    const region = resource.region;
    const copyIds = new Map();
    const copiedVolumes = new Map();
    for (const copy of policy.copies) {
        if (copy.region === region || copy.account === 'vault')
            continue;
        const dest = byRegion.get(copy.region);
        const target = `${label} → ${copy.region}`;
        if (dest?.failures.some((f) => f.what === (kind === 'ebs' ? 'ebs' : 'rds')))
            continue; // reported with the listing
        const key = copy['kms-key'] ? keys.get(`${copy.region}|${copy['kms-key']}`) : undefined;
        if (key && !key.ok)
            continue; // one error per policy and destination, reported by checkKeys
        const problem = copyProblem(resource, copy);
        if (problem) {
            ctx.error(section, `${snapshots_selection/* TYPE_LABEL */.s7[resource.type]} ${label}`, problem);
            continue;
        }
        const { sources, reason, volumes } = pickSources(scope, rp, 'DR copy of the new snapshot', (volume) => (chains.get(`${copy.region}|${chainKeyOf(policy.name, region, resource.id, volume)}`) ?? []).filter(isCopy));
        if (volumes.size > 0)
            copiedVolumes.set(copy.region, volumes);
        if (sources) {
            const id = `${section}/copy/${account.name}/${copy.region}/${resource.id}`;
            copyIds.set(copy.region, id);
            ctx.copyPlanned.add(rp.ref);
            if (resource.type === 'ec2-instance') {
                for (const v of snapshotId ? rp.volumes : (copiedVolumes.get(copy.region) ?? []))
                    ctx.copyPlanned.add(resourceRef(account.name, region, v));
            }
            ctx.push(ctx.creates, (0,plan/* planAction */.y0)(section, {
                id,
                kind: 'copy',
                target,
                reason,
                details: { account: account.name, region, destination: copy.region, resource: resource.id, ...(key?.ok && { 'kms-key': key.arn }) },
                ...(snapshotId && { dependsOn: [snapshotId] }),
                apply: copyApply({
                    runtime: ctx.runtime,
                    clients,
                    driver,
                    sources,
                    sourceRegion: region,
                    destination: copy.region,
                    ...(key?.ok && { kmsKeyArn: key.arn }),
                    ...(copy['option-group'] && { optionGroup: copy['option-group'] }),
                    copySourceTags: policy['copy-tags'],
                }),
            }), kind);
        }
    }
    return { copyIds, copiedVolumes };
}
/**
 * What one destination gets: this run's new snapshot (read from the snapshot action's handle),
 * or per volume the newest existing snapshot it has no copy of yet (copyDue). The new snapshot
 * falls back to that existing one when it does not complete within the wait budget: otherwise
 * a schedule whose snapshots outlast `wait-minutes` would never get a copy.
 */
function pickSources(scope, rp, newReason, copiesOf) {
    const { policy, resource, snapshotId, handle } = rp;
    const catchUp = catchUpSources(rp, copiesOf);
    if (snapshotId) {
        const fallbacks = new Map([...catchUp.byVolume].filter(([, s]) => s.completed));
        const sources = () => handle.snapshots.map((s) => {
            const fallback = fallbacks.get(resource.type === 'ec2-instance' ? (s.volumeId ?? '') : resource.id);
            return {
                ...s,
                ...(resource.encrypted !== undefined && { encrypted: resource.encrypted }),
                tags: { ...sourceUserTagsFor(resource, s.volumeId, scope.byRegion, policy), ...s.tags },
                ...(fallback && { fallback }),
            };
        });
        return { sources, reason: newReason, volumes: new Set(), existing: [...fallbacks.values()] };
    }
    const pending = [...catchUp.byVolume.values()];
    return { sources: pending.length > 0 ? () => pending : undefined, reason: catchUp.reasons.join('; '), volumes: new Set(catchUp.byVolume.keys()), existing: pending };
}
/** Per volume, the newest existing snapshot the destination has no copy of (copyDue). */
function catchUpSources(rp, copiesOf) {
    const byVolume = new Map();
    const reasons = [];
    for (const volume of rp.chainIds) {
        const decision = copyDue(rp.sourceChain(volume).map((s) => ({ id: s.id, takenAt: pointInTime(s), state: s.state })), copiesOf(volume).map((c) => ({ id: c.id, takenAt: pointInTime(c), state: c.state, ...(c.tags[snapshots_tags/* TAG */.Dk.sourceSnapshot] && { sourceSnapshot: c.tags[snapshots_tags/* TAG */.Dk.sourceSnapshot] }) })));
        const record = decision.snapshot && rp.sourceChain(volume).find((s) => s.id === decision.snapshot.id);
        if (!record)
            continue;
        byVolume.set(volume, {
            id: record.id,
            ...(record.arn && { arn: record.arn }),
            ...(record.resourceId && { volumeId: record.resourceId }),
            takenAt: pointInTime(record),
            tags: record.tags,
            completed: record.state === 'completed',
            ...(record.encrypted !== undefined && { encrypted: record.encrypted }),
        });
        reasons.push(decision.reason);
    }
    return { byVolume, reasons };
}
function copyProblem(resource, copy) {
    if (resource.type === 'rds-instance' && resource.optionGroup && !copy['option-group']) {
        return `uses option group ${resource.optionGroup}, so its snapshot copies to ${copy.region} need an option group there: set copies option-group for ${copy.region} (e.g. an option group created in ${copy.region} for ${resource.engine ?? 'the engine'})`;
    }
    if ((resource.type === 'rds-instance' || resource.type === 'rds-cluster') && resource.encrypted && !copy['kms-key']) {
        return `is encrypted, and RDS copies encrypted snapshots across regions only with a KMS key of the destination: set kms-key for the copies to ${copy.region}`;
    }
    return undefined;
}
/** Instance sets: a snapshot's tags include its volume's own tags (CopyTagsFromSource), so its copy gets them too. */
function sourceUserTagsFor(resource, volumeId, byRegion, policy) {
    if (!policy['copy-tags'] || resource.type !== 'ec2-instance' || !volumeId)
        return {};
    const volume = byRegion.get(resource.region)?.resources.find((r) => r.type === 'ebs-volume' && r.id === volumeId);
    return volume ? (0,snapshots_tags/* userTags */.Rz)(volume.tags) : {};
}

;// CONCATENATED MODULE: ./src/snapshots/vault-lock.ts


/** The start of the tier's period that `ms` falls in (UTC; ISO weeks start on Monday). */
function periodStart(tier, ms) {
    const d = new Date(ms);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
    switch (tier) {
        case 'hourly':
            return Date.UTC(y, m, day, d.getUTCHours());
        case 'daily':
            return Date.UTC(y, m, day);
        case 'weekly':
            return Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7));
        case 'monthly':
            return Date.UTC(y, m, 1);
        case 'yearly':
            return Date.UTC(y, 0, 1);
    }
}
/** The start of the period `n` periods after the one starting at `start`. */
function addPeriods(tier, start, n) {
    const d = new Date(start);
    switch (tier) {
        case 'hourly':
            return start + n * 3600_000;
        case 'daily':
            return start + n * DAY_MS;
        case 'weekly':
            return start + n * 7 * DAY_MS;
        case 'monthly':
            return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
        case 'yearly':
            return Date.UTC(d.getUTCFullYear() + n, 0, 1);
    }
}
/**
 * The earliest instant retention may delete `item`, given the chain's completed snapshots
 * (`chain`, with or without the item) at `now`; `now` or earlier means no lock is needed.
 */
function lockUntil(item, chain, rules, schedule, now) {
    const all = chain.some((c) => c.id === item.id) ? [...chain] : [...chain, item];
    let until = now;
    for (const [tier, keep] of tierCounts(rules)) {
        const own = periodKey(tier, item.takenAt);
        if (TIERS.indexOf(tier) > TIERS.indexOf(schedule) && own === periodKey(tier, now))
            continue;
        // Superseded in its own period: this tier does not keep it.
        if (all.some((c) => c.id !== item.id && periodKey(tier, c.takenAt) === own && (c.takenAt > item.takenAt || (c.takenAt === item.takenAt && c.id < item.id))))
            continue;
        const newer = new Set(all.map((c) => periodKey(tier, c.takenAt)).filter((k) => k > own));
        if (newer.size >= keep)
            continue;
        const current = periodStart(tier, now);
        const firstFree = newer.has(periodKey(tier, now)) || periodKey(tier, now) === own ? addPeriods(tier, current, 1) : current;
        until = Math.max(until, addPeriods(tier, firstFree, keep - newer.size - 1));
    }
    const maxAge = rules['max-age-days'];
    if (maxAge !== undefined) {
        until = tierCounts(rules).length === 0 ? item.takenAt + maxAge * DAY_MS : Math.min(until, item.takenAt + maxAge * DAY_MS);
    }
    return until;
}

;// CONCATENATED MODULE: ./src/snapshots/plan-vault.ts












/** A lock shorter than this is not worth a call (and AWS wants the end in the future). */
const MIN_LOCK_MS = 60_000;
function planVaultCopies(ctx, scope, rp, vault) {
    const { clients, account } = scope;
    const { policy, resource, kind, driver, section, label, snapshotId, chainIds, volumes } = rp;
    const sourceRegion = resource.region;
    const schedule = scheduleTier(policy.schedule);
    // Undefined: a plan that did not read the vault (unreadVault said so); only the source side is checked.
    const vaultClients = vault.clients;
    let reported = false;
    for (const copy of policy.copies) {
        if (copy.account !== 'vault')
            continue;
        const region = copy.region;
        if (vault.failed.has(`${region}|${kind === 'ebs' ? 'ebs' : 'rds'}`))
            continue; // reported with the listing
        const key = vault.keys.get(region);
        if (vaultClients && !key?.ok)
            continue; // reported once per region by readVault
        const problem = scope.vaultProblems.get(rp.ref) ?? copyProblem(resource, { ...copy, 'kms-key': key?.ok ? key.arn : vault.config['kms-keys'][region] });
        if (problem) {
            if (!reported)
                ctx.error(section, `${snapshots_selection/* TYPE_LABEL */.s7[resource.type]} ${label}`, `${problem}; it is not shared with or copied into the vault (other resources are)`);
            reported = true;
            continue;
        }
        if (!vaultClients || !key?.ok)
            continue;
        const chainOf = (volume) => vault.chains.get(vaultChainKey(region, account.name, chainKeyOf(policy.name, sourceRegion, resource.id, volume))) ?? [];
        const rules = copy.retention ?? policy.retention;
        const picked = pickSources(scope, rp, 'vault copy of the new snapshot', (volume) => chainOf(volume).filter(isCopy));
        const id = `${section}/vault-copy/${account.name}/${region}/${resource.id}`;
        if (picked.sources) {
            const sources = picked.sources;
            // Existing snapshots copied now are shared by this action: the open-share clean-up leaves them.
            for (const s of picked.existing)
                vault.sharing.add(s.id);
            const lock = copy.lock;
            const into = {
                clients: vaultClients,
                tags: { [snapshots_tags/* TAG */.Dk.sourceAccount]: account.name },
                share: (s) => (0,vault_calls/* setShare */.yP)(clients, kind, sourceRegion, s.id, vault.config.id, true),
                unshare: (s) => (0,vault_calls/* setShare */.yP)(clients, kind, sourceRegion, s.id, vault.config.id, false),
                ...(lock &&
                    kind === 'ebs' && {
                    started: async (copyId, source) => {
                        // The new copy is the newest of its chain: locked until retention may first delete it.
                        const done = (chain) => chain.filter((c) => c.state === 'completed').map((c) => ({ id: c.id, takenAt: pointInTime(c) }));
                        const chain = chainIds.flatMap((v) => done(chainOf(v)));
                        const until = lockUntil({ id: copyId, takenAt: source.takenAt }, chain, rules, schedule, ctx.now);
                        return until > ctx.now + MIN_LOCK_MS ? (0,vault_calls/* lockEbsSnapshot */._z)(vaultClients.ec2(region), copyId, lock, until, true) : undefined;
                    },
                }),
            };
            ctx.copyPlanned.add(rp.ref);
            ctx.push(ctx.creates, (0,plan/* planAction */.y0)(section, {
                id,
                kind: 'copy',
                target: `${label} → vault ${vault.config.id}/${region}`,
                reason: `${picked.reason}; shared with the vault for the copy only`,
                details: { account: account.name, region: sourceRegion, destination: region, 'destination-account': vault.config.id, resource: resource.id, 'kms-key': key.arn, ...(lock && { lock: lock.mode }) },
                ...(snapshotId && { dependsOn: [snapshotId] }),
                apply: copyApply({ runtime: ctx.runtime, clients, driver, sources, sourceRegion, destination: region, kmsKeyArn: key.arn, ...(copy['option-group'] && { optionGroup: copy['option-group'] }), copySourceTags: policy['copy-tags'], into }),
            }), kind);
        }
        // The vault side: retention with the vault role; locks of kept copies reach their new horizon.
        for (const volume of chainIds) {
            const records = chainOf(volume).filter(isCopy);
            const copiesVolume = snapshotId ? volumes.includes(volume) : picked.volumes.has(volume);
            planChainRetention(ctx, {
                clients: vaultClients,
                account: VAULT_LABEL,
                policy,
                kind,
                region,
                records,
                rules,
                copySide: true,
                plannedBy: copiesVolume && picked.sources ? id : undefined,
                source: resource.id,
                archiveAfterDays: undefined,
            });
            // A copy of an existing snapshot this run may make counts as its period's newest, so an
            // older copy it supersedes is not locked for that period (a later run extends it if not).
            const coming = picked.existing.filter((s) => (s.volumeId ?? resource.id) === volume).map((s) => ({ id: `${s.id} (copy)`, takenAt: s.takenAt }));
            if (copy.lock && kind === 'ebs')
                planLockExtensions(ctx, vault, vaultClients, rp, region, records, { lock: copy.lock, rules, schedule, coming, planned: copiesVolume && picked.sources !== undefined });
        }
    }
}
function planLockExtensions(ctx, vault, clients, rp, region, records, settings) {
    // lockUntil is the earliest instant retention may delete a copy, assuming each period gets its
    // copy in time. A copy this run's retention still keeps (planChainRetention: the copy it makes
    // counted in) because the next one is late stays locked at least until the next period begins.
    const own = records.filter((r) => r.state === 'completed').map((r) => ({ id: r.id, takenAt: pointInTime(r) }));
    const counted = [...own, ...(settings.planned ? [{ id: '\u0000new', takenAt: ctx.now }] : [])];
    const keeps = planRetention({ rules: settings.rules, now: ctx.now, keepNewestCompleted: true, items: counted.map((d) => ({ ...d, state: 'completed', owned: true })) });
    const kept = new Set(keeps.filter((d) => d.action === 'keep').map((d) => d.id));
    const nextPeriod = addPeriods(settings.schedule, periodStart(settings.schedule, ctx.now), 1);
    const done = [...own, ...settings.coming];
    for (const record of records) {
        if (record.state !== 'completed' || record.tags[snapshots_tags/* TAG */.Dk.createdBy] === undefined)
            continue;
        const earliest = lockUntil({ id: record.id, takenAt: pointInTime(record) }, done, settings.rules, settings.schedule, ctx.now);
        const until = kept.has(record.id) ? Math.max(earliest, nextPeriod) : earliest;
        if (until <= ctx.now + MIN_LOCK_MS || (record.lockedUntil ?? 0) >= until - MIN_LOCK_MS)
            continue;
        ctx.push(ctx.creates, (0,plan/* planAction */.y0)(rp.section, {
            id: `${rp.section}/vault-lock/${region}/${record.id}`,
            kind: 'update',
            target: `vault ${vault.config.id}/${region}/${record.id} (${rp.resource.id})`,
            reason: record.lockedUntil === undefined ? `not locked yet; retention keeps it until at least ${new Date(until).toISOString()}` : `retention now keeps it until at least ${new Date(until).toISOString()}, past its lock (${new Date(record.lockedUntil).toISOString()})`,
            details: { account: VAULT_LABEL, region, snapshot: record.id, resource: rp.resource.id, lock: settings.lock.mode, until: new Date(until).toISOString() },
            apply: () => ctx.runtime.call(clients, region, 'ec2', () => (0,vault_calls/* lockEbsSnapshot */._z)(clients.ec2(region), record.id, settings.lock, until, record.lockedUntil === undefined)),
        }), 'ebs');
    }
}

;// CONCATENATED MODULE: ./src/snapshots/plan-resource.ts
/**
 * Plans one selected resource: its snapshot when due, its copies (plan-copies.ts), and
 * retention on every side of its chains with this run's snapshot and copies counted in.
 */












function planResource(ctx, scope, sel) {
    const { clients, account, chains } = scope;
    const { policy, resource } = sel;
    const kind = SNAPSHOT_KIND_OF[resource.type];
    const region = resource.region;
    const section = policySection(policy.name);
    const label = `${ctx.where(account.name, region)}/${resource.id}`;
    const volumes = resource.type === 'ec2-instance' ? (0,snapshots_selection/* instanceVolumes */.jz)(sel).map((v) => v.id) : [resource.id];
    const chainIds = resource.type === 'ec2-instance' ? [...new Set([...volumes, ...chainVolumes(chains, region, policy.name, resource.id)])] : [resource.id];
    const sourceChain = (volume) => (chains.get(`${region}|${chainKeyOf(policy.name, region, resource.id, volume)}`) ?? []).filter((s) => !isCopy(s));
    const existing = chainIds.flatMap(sourceChain);
    const due = snapshotDue(policy.schedule, existing.filter((s) => s.state !== 'failed').map(pointInTime), ctx.now);
    const rp = {
        policy,
        resource,
        kind,
        driver: DRIVERS[kind],
        section,
        label,
        ref: resourceRef(account.name, region, resource.id),
        volumes,
        chainIds,
        sourceChain,
        snapshotId: undefined,
        handle: { snapshots: [] },
    };
    if (due.due) {
        const sourceUserTags = policy['copy-tags'] ? (0,snapshots_tags/* userTags */.Rz)(resource.tags) : {};
        const own = (0,snapshots_tags/* toolTags */.Ik)({ policy: policy.name, tier: due.tier, source: resource.id, sourceRegion: region });
        const tags = resource.type === 'ec2-instance' ? own : (0,snapshots_tags/* mergeTags */.kE)((0,snapshots_tags/* mergeTags */.kE)(own, resource.restoreSettings ?? {}), sourceUserTags);
        const rdsKind = kind === 'ebs' ? undefined : kind;
        rp.snapshotId = `${section}/snapshot/${account.name}/${region}/${resource.id}`;
        ctx.snapshotPlanned.add(rp.ref);
        // An instance set snapshots its volumes too: they count as planned in the coverage.
        if (resource.type === 'ec2-instance')
            for (const v of volumes)
                ctx.snapshotPlanned.add(resourceRef(account.name, region, v));
        ctx.push(ctx.creates, (0,plan/* planAction */.y0)(section, {
            id: rp.snapshotId,
            kind: 'snapshot',
            target: `${snapshots_selection/* TYPE_LABEL */.s7[resource.type]} ${label}${resource.type === 'ec2-instance' ? ` (${volumes.length} volume${volumes.length === 1 ? '' : 's'})` : ''}`,
            reason: due.reason,
            details: { account: account.name, region, resource: resource.id, tier: due.tier },
            apply: snapshotApply({
                runtime: ctx.runtime,
                clients,
                driver: rp.driver,
                handle: rp.handle,
                request: {
                    resourceId: resource.id,
                    region,
                    ...(resource.type === 'ec2-instance' && {
                        instance: { excludeBootVolume: policy.resources['exclude-boot-volume'] ?? false, copyVolumeTags: policy['copy-tags'] },
                    }),
                    tags,
                    name: rdsKind ? rdsSnapshotName(rdsKind, resource.id, policy.name, ctx.now) : '',
                    description: `aws-backup-gitops ${policy.name} ${resource.id}`,
                    now: ctx.now,
                },
            }),
        }), kind);
    }
    const { copyIds, copiedVolumes } = planCopies(ctx, scope, rp);
    if (scope.vault)
        planVaultCopies(ctx, scope, rp, scope.vault);
    // Retention on both sides, with the snapshots and copies this run makes counted in.
    for (const volume of chainIds) {
        const chainKeyValue = chainKeyOf(policy.name, region, resource.id, volume);
        const planned = rp.snapshotId && volumes.includes(volume) ? rp.snapshotId : undefined;
        const common = { clients, account: account.name, policy, kind, source: resource.id };
        scope.handled.add(`${region}|${chainKeyValue}`);
        planChainRetention(ctx, {
            ...common,
            region,
            records: chains.get(`${region}|${chainKeyValue}`)?.filter((s) => !isCopy(s)) ?? [],
            rules: policy.retention,
            copySide: false,
            plannedBy: planned,
            archiveAfterDays: policy['archive-after-days'],
        });
        for (const copy of policy.copies) {
            if (copy.region === region || copy.account === 'vault')
                continue;
            scope.handled.add(`${copy.region}|${chainKeyValue}`);
            const copiesVolume = rp.snapshotId ? volumes.includes(volume) : (copiedVolumes.get(copy.region)?.has(volume) ?? false);
            planChainRetention(ctx, {
                ...common,
                region: copy.region,
                records: (chains.get(`${copy.region}|${chainKeyValue}`) ?? []).filter(isCopy),
                rules: copy.retention ?? policy.retention,
                copySide: true,
                plannedBy: copiesVolume ? copyIds.get(copy.region) : undefined,
                archiveAfterDays: copy['archive-after-days'] ?? policy['archive-after-days'],
            });
        }
    }
}
/** Volumes an instance's existing snapshots were taken of (volumes may have been detached since). */
function chainVolumes(chains, region, policy, instance) {
    const prefix = `${region}|${chainKeyOf(policy, region, instance, '')}`;
    return [...chains.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).filter(Boolean);
}

// EXTERNAL MODULE: ./src/snapshots/vault-keys.ts
var vault_keys = __webpack_require__(9042);
;// CONCATENATED MODULE: ./src/snapshots/vault-sources.ts






const hasVaultCopies = (sel) => sel.policy.copies.some((c) => c.account === 'vault');
/** Resource ref → why it cannot be copied into the vault. */
async function checkVaultSources(clients, selected, byRegion, vault) {
    const checks = new Map();
    const check = (region, key) => {
        const id = `${region}|${key}`;
        let found = checks.get(id);
        if (!found)
            checks.set(id, (found = (0,vault_keys/* checkSourceKey */.R)(clients, region, key, vault.config.id)));
        return found;
    };
    const problems = new Map();
    await Promise.all(selected.filter(hasVaultCopies).map(async ({ resource }) => {
        // An instance's snapshots are its volumes': each volume's key counts.
        const keys = resource.type === 'ec2-instance'
            ? (resource.volumes ?? []).map((v) => byRegion.get(resource.region)?.resources.find((r) => r.type === 'ebs-volume' && r.id === v.id)?.kmsKeyId)
            : [resource.kmsKeyId];
        for (const key of new Set(keys.filter((k) => Boolean(k)))) {
            const result = await check(resource.region, key);
            if (!result.ok) {
                problems.set(resourceRef(resource.account, resource.region, resource.id), result.problem);
                return;
            }
        }
    }));
    return problems;
}
/** Regions of the account whose EBS snapshots are copied into the vault. */
function vaultEbsRegions(ctx, account) {
    const ebs = ctx.config.policies.some((p) => (p.resources.type === 'ebs-volume' || p.resources.type === 'ec2-instance') && p.copies.some((c) => c.account === 'vault'));
    return ebs ? [...account.regions] : [];
}
/** The tool's EBS snapshots still shared with the vault, per region (listed while planning). */
async function readOpenShares(ctx, clients, account, vault) {
    const out = new Map();
    await Promise.all(vaultEbsRegions(ctx, account).map(async (region) => {
        try {
            out.set(region, await (0,vault_calls/* listOpenEbsShares */.vy)(clients.ec2(region), vault.config.id));
        }
        catch (error) {
            ctx.warn(SNAPSHOTS_SECTION, `shares with the vault in ${ctx.where(account.name, region)}`, `cannot list them: ${(0,errors/* describeAwsError */.Pp)(error, { region })}; a share left open by an earlier run is removed by a later one`);
        }
    }));
    return out;
}
/** Takes back every open share no vault copy of this run needs. */
function planOpenShareRemovals(ctx, clients, account, vault, open) {
    for (const [region, ids] of open) {
        for (const id of ids) {
            if (vault.sharing.has(id))
                continue;
            ctx.push(ctx.creates, (0,plan/* planAction */.y0)(SNAPSHOTS_SECTION, {
                id: `${SNAPSHOTS_SECTION}/unshare/${account.name}/${region}/${id}`,
                kind: 'update',
                target: `${ctx.where(account.name, region)}/${id}`,
                reason: `still shared with the vault account ${vault.config.id} by an earlier run; the share is taken back`,
                details: { account: account.name, region, snapshot: id, 'shared-with': vault.config.id },
                apply: () => ctx.runtime.call(clients, region, 'ec2', () => (0,vault_calls/* setShare */.yP)(clients, 'ebs', region, id, vault.config.id, false)),
            }), 'ebs');
        }
    }
}

;// CONCATENATED MODULE: ./src/snapshots/plan.ts
/**
 * Plans the `snapshots:` section: reads every configured region (read-only calls), decides
 * per resource what is due, which DR copies are missing and what retention deletes or
 * archives, and returns a Plan (sections `snapshots:<policy>`) whose actions do the AWS
 * calls, plus the coverage report. The decisions themselves are the pure modules (selection,
 * due, retention, coverage); plan-read gathers their inputs, plan-resource, plan-copies and
 * plan-retention turn decisions into actions, plan-quotas checks RDS quotas.
 */















/** Actions that mostly wait (snapshots, copies): the apply loop should run this many at once. */
const SNAPSHOT_APPLY_CONCURRENCY = 512;
async function planSnapshots(input) {
    const section = input.config.snapshots;
    const runtime = new SnapshotRuntime({
        waitBudgetMs: input.waitBudgetMs ?? (section?.['wait-minutes'] ?? 20) * 60_000,
        pollMs: input.pollMs ?? 15_000,
        progressEveryMs: input.progressEveryMs ?? 60_000,
        limitDelayMs: input.limitDelayMs ?? 30_000,
        log: input.log,
        ...(input.copyLimits && { copyLimits: input.copyLimits }),
    });
    if (!section)
        return { plan: { actions: [], warnings: [], errors: [] }, coverage: [], coverageMarkdown: '', runtime };
    const ctx = new PlanContext(section, input, runtime, input.now.getTime());
    const wantsVault = section.policies.some((p) => p.copies.some((c) => c.account === 'vault'));
    const vault = input.vault && wantsVault ? await (input.vault.clients ? readVault(ctx, input.vault.config, input.vault.clients) : unreadVault(ctx, input.vault.config)) : undefined;
    const accounts = await (0,concurrency/* mapSettled */.AW)(input.accounts, 4, (account) => planAccount(ctx, account, vault));
    accounts.forEach((result, i) => {
        if (!result.ok)
            ctx.error(SNAPSHOTS_SECTION, `account ${input.accounts[i].name}`, `planning failed: ${(0,errors/* describeAwsError */.Pp)(result.error)}`);
    });
    return finish(ctx);
}
async function planAccount(ctx, account, vault) {
    const clients = ctx.input.clientsFor(account);
    const policies = ctx.config.policies;
    const sourceRegions = [...account.regions];
    const copyRegions = (kinds) => new Set(policies.filter((p) => kinds.includes(SNAPSHOT_KIND_OF[p.resources.type])).flatMap((p) => p.copies.filter((c) => c.account !== 'vault').map((c) => c.region)));
    const ebsDest = copyRegions(['ebs']);
    const rdsDest = copyRegions(['rds-instance', 'rds-cluster']);
    const regions = [...new Set([...sourceRegions, ...ebsDest, ...rdsDest])];
    const [inventories, keys, openShares] = await Promise.all([
        Promise.all(regions.map((region) => readRegion(ctx, clients, account.name, region, { source: sourceRegions.includes(region), ebsDest: ebsDest.has(region), rdsDest: rdsDest.has(region) }))),
        checkKeys(ctx, clients, account.name),
        vault ? readOpenShares(ctx, clients, account, vault) : undefined,
    ]);
    const byRegion = new Map(inventories.map((inv) => [inv.region, inv]));
    for (const inv of inventories) {
        ctx.resources.push(...inv.resources);
        ctx.allSnapshots.push(...inv.snapshots);
        for (const failure of inv.failures) {
            ctx.error(SNAPSHOTS_SECTION, `${failure.what === 'ebs' ? 'EC2/EBS' : 'RDS'} in ${ctx.where(account.name, inv.region)}`, `${failure.message}; nothing is snapshotted, copied or deleted there in this run`);
        }
    }
    const selection = (0,snapshots_selection/* selectResources */.KN)(policies, inventories.flatMap((inv) => inv.resources));
    ctx.selection.selected.push(...selection.selected);
    ctx.selection.conflicts.push(...selection.conflicts);
    ctx.selection.skipped.push(...selection.skipped);
    for (const c of selection.conflicts) {
        ctx.error(SNAPSHOTS_SECTION, `${snapshots_selection/* TYPE_LABEL */.s7[c.resource.type]} ${c.resource.id} (${ctx.where(account.name, c.resource.region)})`, `selected by ${c.policies.length} policies of type ${c.resource.type} (${c.policies.join(' and ')}); it is not snapshotted until exactly one policy selects it — narrow the tags or ids of one policy`);
    }
    for (const o of selection.overlaps) {
        ctx.warn(policySection(o.instancePolicy), `EBS volume ${o.volume} (${ctx.where(account.name, o.region)})`, `snapshotted twice: by policy ${o.volumePolicy} (ebs-volume) and with instance ${o.instance} by policy ${o.instancePolicy}; select it in one of them only`);
    }
    // Tool snapshots per side and chain.
    const chains = new Map();
    const orphans = new Map();
    const known = new Set(policies.map((p) => p.name));
    for (const inv of inventories) {
        for (const s of inv.snapshots) {
            if (!(0,snapshots_tags/* isToolOwned */.GG)(s.tags) || s.automated)
                continue;
            if (!known.has(s.tags[snapshots_tags/* TAG */.Dk.policy])) {
                orphans.set(s.tags[snapshots_tags/* TAG */.Dk.policy], (orphans.get(s.tags[snapshots_tags/* TAG */.Dk.policy]) ?? 0) + 1);
                continue;
            }
            const key = `${s.region}|${chainKey(s)}`;
            chains.set(key, [...(chains.get(key) ?? []), s]);
        }
    }
    for (const [policy, count] of [...orphans.entries()].sort()) {
        ctx.warn(SNAPSHOTS_SECTION, `policy ${policy}${ctx.multiAccount ? ` (account ${account.name})` : ''}`, `${count} snapshot(s) carry policy "${policy}", which is not in the config; they are kept untouched — add the policy back to manage them, or delete them by hand`);
    }
    const vaultProblems = vault ? await checkVaultSources(clients, selection.selected, byRegion, vault) : new Map();
    const scope = { clients, account, chains, byRegion, keys, handled: new Set(), ...(vault && { vault }), vaultProblems };
    for (const sel of selection.selected)
        planResource(ctx, scope, sel);
    planLeftoverChains(ctx, clients, account, chains, byRegion, scope.handled);
    if (vault && openShares)
        planOpenShareRemovals(ctx, clients, account, vault, openShares);
    checkQuotas(ctx, account.name, inventories);
}
function finish(ctx) {
    const policyCopies = new Map(ctx.config.policies.map((p) => [p.name, p.copies.length > 0]));
    const coverage = buildCoverage({
        resources: ctx.resources,
        selection: ctx.selection,
        snapshots: ctx.allSnapshots,
        snapshotPlanned: ctx.snapshotPlanned,
        copyPlanned: ctx.copyPlanned,
        policyCopies,
        staleAfterHours: ctx.config.coverage['stale-after-hours'],
        now: ctx.now,
    });
    for (const w of coverage.warnings)
        ctx.warn(SNAPSHOTS_SECTION, w.item, w.message);
    return {
        plan: { actions: [...ctx.creates, ...ctx.archives, ...ctx.deletes], warnings: ctx.warnings, errors: ctx.errors },
        coverage: coverage.rows,
        coverageMarkdown: renderCoverageMarkdown(coverage.rows),
        runtime: ctx.runtime,
    };
}


/***/ }),

/***/ 3555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ listRdsResources),
/* harmony export */   HZ: () => (/* binding */ listRdsSnapshots),
/* harmony export */   jh: () => (/* binding */ rdsStatusFetcher),
/* harmony export */   z3: () => (/* binding */ readRdsQuotas)
/* harmony export */ });
/* unused harmony exports rdsState, dbSnapshotRecord, clusterSnapshotRecord */
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7202);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8268);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/* harmony import */ var _restore_rds_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7571);
/**
 * Reads one region's RDS side: DB instances, DB clusters, their snapshots (manual and
 * automated; tags come with them) and the manual-snapshot quotas. Thin adapter.
 */




function rdsState(status) {
    if (status === 'available')
        return 'completed';
    if (status === 'failed' || status?.startsWith('incompatible'))
        return 'failed';
    return 'pending'; // creating, copying, deleting, …: never deleted again, waited for
}
/** DB statuses in which CreateDBSnapshot / CreateDBClusterSnapshot cannot work. */
const CANNOT_SNAPSHOT = /^(creating|deleting|failed|inaccessible-encryption-credentials.*|incompatible-.*|restore-error|starting|stopping)$/;
function dbSnapshotRecord(s, account, region, now) {
    const record = {
        kind: 'rds-instance',
        account,
        region,
        id: s.DBSnapshotIdentifier ?? '',
        createdAt: (s.SnapshotCreateTime ?? s.OriginalSnapshotCreateTime)?.getTime() ?? now,
        state: rdsState(s.Status),
        status: s.Status ?? 'unknown',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(s.TagList),
        automated: s.SnapshotType !== undefined && s.SnapshotType !== 'manual',
    };
    if (s.DBSnapshotArn)
        record.arn = s.DBSnapshotArn;
    if (s.DBInstanceIdentifier)
        record.resourceId = s.DBInstanceIdentifier;
    if (s.PercentProgress !== undefined)
        record.progress = `${s.PercentProgress}%`;
    if (s.Encrypted !== undefined)
        record.encrypted = s.Encrypted;
    return record;
}
function clusterSnapshotRecord(s, account, region, now) {
    const record = {
        kind: 'rds-cluster',
        account,
        region,
        id: s.DBClusterSnapshotIdentifier ?? '',
        createdAt: s.SnapshotCreateTime?.getTime() ?? now,
        state: rdsState(s.Status),
        status: s.Status ?? 'unknown',
        tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(s.TagList),
        automated: s.SnapshotType !== undefined && s.SnapshotType !== 'manual',
    };
    if (s.DBClusterSnapshotArn)
        record.arn = s.DBClusterSnapshotArn;
    if (s.DBClusterIdentifier)
        record.resourceId = s.DBClusterIdentifier;
    if (s.PercentProgress !== undefined)
        record.progress = `${s.PercentProgress}%`;
    if (s.StorageEncrypted !== undefined)
        record.encrypted = s.StorageEncrypted;
    return record;
}
async function listRdsSnapshots(rds, account, region, now) {
    const [instanceSnapshots, clusterSnapshots] = await Promise.all([
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBSnapshotsCommand({ MaxRecords: 100, ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBSnapshots),
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBClusterSnapshotsCommand({ MaxRecords: 100, ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBClusterSnapshots),
    ]);
    return [
        ...instanceSnapshots.map((s) => dbSnapshotRecord(s, account, region, now)),
        ...clusterSnapshots.map((s) => clusterSnapshotRecord(s, account, region, now)),
    ];
}
async function listRdsResources(rds, account, region) {
    const [instances, clusters] = await Promise.all([
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBInstancesCommand({ MaxRecords: 100, ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBInstances),
        (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBClustersCommand({ MaxRecords: 100, ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBClusters),
    ]);
    const resources = [];
    for (const db of instances) {
        if (!db.DBInstanceIdentifier)
            continue;
        const resource = { type: 'rds-instance', account, region, id: db.DBInstanceIdentifier, tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(db.TagList) };
        if (db.DBClusterIdentifier)
            resource.clusterId = db.DBClusterIdentifier;
        const optionGroup = db.OptionGroupMemberships?.map((m) => m.OptionGroupName).find((name) => name && !name.startsWith('default:'));
        if (optionGroup)
            resource.optionGroup = optionGroup;
        if (db.BackupRetentionPeriod !== undefined)
            resource.backupRetentionDays = db.BackupRetentionPeriod;
        if (db.Engine)
            resource.engine = db.Engine;
        if (db.DBInstanceArn)
            resource.arn = db.DBInstanceArn;
        if (db.StorageEncrypted !== undefined)
            resource.encrypted = db.StorageEncrypted;
        if (db.StorageEncrypted && db.KmsKeyId)
            resource.kmsKeyId = db.KmsKeyId;
        if (!db.DBClusterIdentifier)
            resource.restoreSettings = (0,_restore_rds_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsTags */ .FU)((0,_restore_rds_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsFromInstance */ .JP)(db));
        if (db.DBInstanceStatus && CANNOT_SNAPSHOT.test(db.DBInstanceStatus))
            resource.unavailable = `status is ${db.DBInstanceStatus}`;
        resources.push(resource);
    }
    for (const cluster of clusters) {
        if (!cluster.DBClusterIdentifier)
            continue;
        const resource = { type: 'rds-cluster', account, region, id: cluster.DBClusterIdentifier, tags: (0,_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(cluster.TagList) };
        if (cluster.BackupRetentionPeriod !== undefined)
            resource.backupRetentionDays = cluster.BackupRetentionPeriod;
        if (cluster.Engine)
            resource.engine = cluster.Engine;
        if (cluster.DBClusterArn)
            resource.arn = cluster.DBClusterArn;
        if (cluster.StorageEncrypted !== undefined)
            resource.encrypted = cluster.StorageEncrypted;
        if (cluster.StorageEncrypted && cluster.KmsKeyId)
            resource.kmsKeyId = cluster.KmsKeyId;
        const members = instances.filter((db) => db.DBClusterIdentifier === cluster.DBClusterIdentifier);
        resource.restoreSettings = (0,_restore_rds_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsTags */ .FU)((0,_restore_rds_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsFromCluster */ ._V)(cluster, members));
        if (cluster.Status && CANNOT_SNAPSHOT.test(cluster.Status))
            resource.unavailable = `status is ${cluster.Status}`;
        resources.push(resource);
    }
    return resources;
}
async function readRdsQuotas(rds) {
    const answer = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeAccountAttributesCommand({}));
    const quota = (name) => {
        const q = answer.AccountQuotas?.find((a) => a.AccountQuotaName === name);
        return q && q.Max !== undefined ? { used: q.Used ?? 0, max: q.Max } : undefined;
    };
    const out = {};
    const instance = quota('ManualSnapshots');
    const cluster = quota('ManualClusterSnapshots');
    if (instance)
        out.instanceSnapshots = instance;
    if (cluster)
        out.clusterSnapshots = cluster;
    return out;
}
/** Status of DB (cluster) snapshots by identifier, filtered server-side. */
function rdsStatusFetcher(rds, kind) {
    return async (ids) => {
        const out = new Map();
        const put = (id, status, percent) => {
            if (!id)
                return;
            const reading = { state: rdsState(status), status: status ?? 'unknown' };
            if (percent !== undefined)
                reading.progress = `${percent}%`;
            out.set(id, reading);
        };
        if (kind === 'rds-instance') {
            const snapshots = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBSnapshotsCommand({ Filters: [{ Name: 'db-snapshot-id', Values: [...ids] }], ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBSnapshots);
            for (const s of snapshots)
                put(s.DBSnapshotIdentifier, s.Status, s.PercentProgress);
        }
        else {
            const snapshots = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_2__/* .paginate */ .En)((Marker) => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DescribeDBClusterSnapshotsCommand({ Filters: [{ Name: 'db-cluster-snapshot-id', Values: [...ids] }], ...(Marker && { Marker }) })), (page) => page.Marker), (page) => page.DBClusterSnapshots);
            for (const s of snapshots)
                put(s.DBClusterSnapshotIdentifier, s.Status, s.PercentProgress);
        }
        return out;
    };
}


/***/ }),

/***/ 1199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ selectResources),
/* harmony export */   jz: () => (/* binding */ instanceVolumes),
/* harmony export */   s7: () => (/* binding */ TYPE_LABEL)
/* harmony export */ });
/* unused harmony export matchesPolicy */
function matchesPolicy(policy, resource) {
    const sel = policy.resources;
    if (sel.type !== resource.type)
        return false;
    if (sel.regions && !sel.regions.includes(resource.region))
        return false;
    const byId = sel.ids?.includes(resource.id) ?? false;
    const tags = sel.tags;
    const byTags = tags !== undefined &&
        Object.keys(tags).length > 0 &&
        Object.entries(tags).every(([key, value]) => (value === '*' ? key in resource.tags : resource.tags[key] === value));
    return byId || byTags;
}
const resourceKey = (r) => `${r.account}|${r.region}|${r.type}|${r.id}`;
function selectResources(policies, resources) {
    const result = { selected: [], conflicts: [], skipped: [], overlaps: [] };
    const sorted = [...resources].sort((a, b) => (resourceKey(a) < resourceKey(b) ? -1 : resourceKey(a) > resourceKey(b) ? 1 : 0));
    for (const resource of sorted) {
        const matching = policies.filter((p) => matchesPolicy(p, resource));
        if (matching.length === 0)
            continue;
        if (matching.length > 1) {
            result.conflicts.push({ resource, policies: matching.map((p) => p.name) });
            continue;
        }
        const policy = matching[0];
        const reason = skipReason(resource);
        if (reason)
            result.skipped.push({ policy: policy.name, resource, reason });
        else
            result.selected.push({ policy, resource });
    }
    // Volumes snapshotted twice: once alone, once with their instance.
    const volumePolicy = new Map();
    for (const s of result.selected) {
        if (s.resource.type === 'ebs-volume')
            volumePolicy.set(`${s.resource.account}|${s.resource.region}|${s.resource.id}`, s.policy.name);
    }
    for (const s of result.selected) {
        if (s.resource.type !== 'ec2-instance')
            continue;
        for (const volume of instanceVolumes(s)) {
            const other = volumePolicy.get(`${s.resource.account}|${s.resource.region}|${volume.id}`);
            if (other) {
                result.overlaps.push({ volume: volume.id, account: s.resource.account, region: s.resource.region, volumePolicy: other, instancePolicy: s.policy.name, instance: s.resource.id });
            }
        }
    }
    return result;
}
/** The volumes an instance policy snapshots (the boot volume left out when asked). */
function instanceVolumes(selection) {
    const volumes = selection.resource.volumes ?? [];
    return selection.policy.resources['exclude-boot-volume'] ? volumes.filter((v) => !v.boot) : volumes;
}
function skipReason(resource) {
    if (resource.type === 'rds-instance' && resource.clusterId) {
        return `is a member of DB cluster ${resource.clusterId}; its data is snapshotted with the cluster — select the cluster with type rds-cluster instead`;
    }
    if (resource.unavailable)
        return `cannot be snapshotted now: ${resource.unavailable}`;
    return undefined;
}
const TYPE_LABEL = {
    'ebs-volume': 'EBS volume',
    'ec2-instance': 'EC2 instance',
    'rds-instance': 'DB instance',
    'rds-cluster': 'DB cluster',
};


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

/***/ 9042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ keyPolicyMissing),
/* harmony export */   R: () => (/* binding */ checkSourceKey)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2632);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/**
 * Before anything is shared with the vault, the plan proves each vault copy can work: the
 * source's KMS key must be a customer managed key whose key policy lets the vault account use
 * it (AWS never shares a snapshot under an AWS managed key such as aws/ebs or aws/rds), and
 * the vault's key for the destination region must be usable. DescribeKey and GetKeyPolicy
 * once per key; `keyPolicyGrants` is the pure part.
 */


/** What a cross-account copy needs on the source key (EBS and RDS user guides). */
const NEEDED = ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'];
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
function covers(patterns, action) {
    return patterns.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action));
}
/** The actions of NEEDED that no Allow statement naming `account` (id, root or any of its principals) grants. */
function keyPolicyMissing(policy, account) {
    let doc;
    try {
        doc = JSON.parse(policy);
    }
    catch {
        return [...NEEDED];
    }
    const names = (s) => (typeof s.Principal === 'string' ? [s.Principal] : list(s.Principal?.AWS));
    const forAccount = list(doc.Statement).filter((s) => s.Effect === 'Allow' && names(s).some((p) => p === account || p.startsWith(`arn:aws:iam::${account}:`) || p.startsWith(`arn:aws-us-gov:iam::${account}:`) || p.startsWith(`arn:aws-cn:iam::${account}:`)));
    return NEEDED.filter((action) => !forAccount.some((s) => covers(list(s.Action), action)));
}
const FIX = (vault) => `re-encrypt it with a customer managed KMS key whose key policy allows account ${vault} kms:DescribeKey, kms:CreateGrant and kms:Decrypt (docs/vault.md, "Source keys")`;
/** Can a snapshot encrypted under `keyArn` (in `region` of the source account) be shared with and copied by the vault? */
async function checkSourceKey(clients, region, keyArn, vault) {
    const kms = clients.kms(region);
    try {
        const { KeyMetadata: key } = await kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__.DescribeKeyCommand({ KeyId: keyArn }));
        if (key?.KeyManager === 'AWS') {
            return { ok: false, problem: `is encrypted with an AWS managed KMS key (${keyArn}), and AWS does not let snapshots under AWS managed keys be shared with another account: ${FIX(vault)}` };
        }
        const { Policy } = await kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_1__.GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }));
        const missing = keyPolicyMissing(Policy ?? '', vault);
        if (missing.length > 0) {
            return { ok: false, problem: `is encrypted with KMS key ${keyArn}, whose key policy does not allow the vault account ${vault} ${missing.join(', ')}; the vault could not copy it: add a statement for arn:aws:iam::${vault}:root with those actions to the key policy, or ${FIX(vault)}` };
        }
        return { ok: true };
    }
    catch (error) {
        return { ok: false, problem: `cannot check its KMS key ${keyArn}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { region })}` };
    }
}


/***/ }),

/***/ 377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ chunk)
/* harmony export */ });
/** Splits a list into consecutive batches of at most `size` (API calls that take N ids at a time). */
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
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
