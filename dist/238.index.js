export const id = 238;
export const ids = [238];
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
