export const id = 9212;
export const ids = [9212];
export const modules = {

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

/***/ 9212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRILL_APPLY_CONCURRENCY: () => (/* binding */ DRILL_APPLY_CONCURRENCY),
  planDrill: () => (/* binding */ planDrill)
});

// UNUSED EXPORTS: DRILL_SECTION, scratchName

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/export/route53.ts + 2 modules
var export_route53 = __webpack_require__(7489);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/s3/backfill.ts
var backfill = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/s3/copy.ts
var s3_copy = __webpack_require__(9005);
;// CONCATENATED MODULE: ./src/s3/drill-sample.ts
/**
 * Which keys an S3 drill samples, pure: a key's rank is the SHA-256 of a seed (the day and the
 * bucket) and the key, so the sample is spread over the whole listing instead of its first
 * keys, is the same all day (a drill run again checks the same keys) and changes the next day.
 * Only the best-ranked candidates are kept while the listing streams past.
 */

class SampleKeeper {
    seed;
    room;
    kept = [];
    constructor(seed, room) {
        this.seed = seed;
        this.room = room;
    }
    add(key, size) {
        const rank = (0,external_node_crypto_.createHash)('sha256').update(`${this.seed}\n${key}`).digest('hex');
        if (this.kept.length >= this.room && rank >= this.kept.at(-1).rank)
            return;
        const at = this.kept.findIndex((c) => c.rank > rank);
        this.kept.splice(at < 0 ? this.kept.length : at, 0, { key, size, rank });
        if (this.kept.length > this.room)
            this.kept.pop();
    }
    /** Best first. */
    candidates() {
        return this.kept;
    }
}

// EXTERNAL MODULE: ./src/s3/versions.ts
var versions = __webpack_require__(8869);
;// CONCATENATED MODULE: ./src/s3/drill.ts
/**
 * The S3 restore drill. For each replication rule of a bucket in the drilled account: a sample
 * of the objects the rule has replicated is restored from the replica (DR region or vault)
 * into a scratch prefix of the bucket, `.aws-backup/drill/<run>/`, by a server-side copy of the
 * same version (replication keeps version ids). S3 computes the SHA-256 of each copy
 * (`ChecksumAlgorithm`); it must equal the source version's — its stored full-object SHA-256
 * when it was uploaded with one, else its bytes hashed as they stream (an ETag is no content
 * hash for multipart or SSE-KMS objects). Then every version under the drill's scratch prefix
 * is deleted — only drills write there — also when the comparison failed.
 *
 * The scratch copies are written with SSE-KMS (the account's `aws/s3` key): S3 does not
 * replicate SSE-KMS objects unless a rule selects them, so a rule covering the whole bucket
 * does not carry the scratch copies into a locked replica the tool could not clean up.
 */








/** Where drills put their scratch copies; nothing else writes there. */
const S3_DRILL_PREFIX = `${backfill/* STATE_PREFIX */.fu}drill/`;
/** Keys checked per replication rule. */
const S3_DRILL_SAMPLE = 10;
/** Larger objects are not sampled (a source without a stored SHA-256 is downloaded to hash it). */
const S3_DRILL_MAX_BYTES = 100 * 1024 ** 2;
/** Listing pages read for candidates: 10,000 keys. */
const CANDIDATE_PAGES = 10;
/** S3's longest key. */
const MAX_KEY_BYTES = 1024;
/** The replication rules of the account's declared buckets, each a drill; problems as plan issues. */
function s3DrillTargets(config, account, defaultAccount, plan) {
    const targets = [];
    for (const entry of config.lifecycle?.buckets ?? []) {
        if (!entry.replication || (entry.account ?? defaultAccount) !== account.name)
            continue;
        const region = entry.region ?? account.regions[0];
        if (entry['object-lock']) {
            plan.warn(`s3://${entry.name}`, 'no S3 drill: Object Lock would keep its scratch copies; the drill checks buckets without it');
            continue;
        }
        for (const rule of entry.replication.rules) {
            if (rule.status !== 'enabled')
                continue;
            const replicaRegion = rule.destination.region ?? config['dr-region'];
            if (!replicaRegion) {
                plan.error(`s3://${entry.name}`, `rule "${rule.id}": the replica's region is unknown; set destination.region or dr-region`);
                continue;
            }
            // A rule that replicates SSE-KMS objects and covers the scratch prefix carries the scratch copies too.
            if (rule.destination['kms-key'] !== undefined && S3_DRILL_PREFIX.startsWith(rule.prefix)) {
                plan.warn(`s3://${entry.name}`, `rule "${rule.id}" replicates SSE-KMS objects under "${rule.prefix}", so S3 also copies the drill's scratch copies to s3://${rule.destination.bucket}; they stay there until its lifecycle rules expire them`);
            }
            targets.push({
                bucket: entry.name,
                region,
                rule: rule.id,
                prefix: rule.prefix,
                replica: { bucket: rule.destination.bucket, region: replicaRegion, account: rule.destination.account ?? entry.account ?? defaultAccount },
            });
        }
    }
    return targets;
}
/** Adds one drill action per replication rule of the account's buckets. */
function planS3Drills(config, account, defaultAccount, clients, plan, now, log) {
    for (const target of s3DrillTargets(config, account, defaultAccount, plan)) {
        plan.add({
            kind: 'restore',
            target: `s3://${target.bucket}/${target.prefix} (${target.region}) ← replica s3://${target.replica.bucket} (${target.replica.account}, ${target.replica.region})`,
            reason: `restore drill: restore up to ${S3_DRILL_SAMPLE} sampled keys from the replica into s3://${target.bucket}/${S3_DRILL_PREFIX}, compare their SHA-256 with the source, delete the scratch copies`,
            details: { account: account.name, bucket: target.bucket, rule: target.rule, replica: target.replica.bucket, replicaRegion: target.replica.region },
            apply: () => runS3Drill(clients.s3(target.region), target, now, log),
        });
    }
}
/** SHA-256 (base64, as S3 writes checksums) of a version's bytes, hashed as they stream. */
async function hashVersion(s3, bucket, key, versionId) {
    const out = await s3.send(new dist_cjs.GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of out.Body)
        hash.update(chunk);
    return hash.digest('base64');
}
async function compareSample(s3, target, scratch, seed) {
    const { bucket } = target;
    const keeper = new SampleKeeper(seed, S3_DRILL_SAMPLE * 3);
    let pages = 0;
    for await (const page of (0,versions/* listCurrentObjects */.kw)(s3, bucket, target.prefix)) {
        for (const o of page) {
            if (!o.key.startsWith(backfill/* STATE_PREFIX */.fu) && o.size <= S3_DRILL_MAX_BYTES && Buffer.byteLength(scratch + o.key) <= MAX_KEY_BYTES)
                keeper.add(o.key, o.size);
        }
        if (++pages >= CANDIDATE_PAGES)
            break;
    }
    const result = { checked: 0, findings: [], notReplicated: 0, candidates: keeper.candidates().length };
    for (const { key } of keeper.candidates()) {
        if (result.checked >= S3_DRILL_SAMPLE)
            break;
        const head = await s3.send(new dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }));
        if (head.ReplicationStatus === 'FAILED') {
            result.checked += 1;
            result.findings.push(`${key}: its replication FAILED`);
            continue;
        }
        if (head.ReplicationStatus !== 'COMPLETED' || head.VersionId === undefined) {
            result.notReplicated += 1;
            continue;
        }
        const versionId = head.VersionId;
        result.checked += 1;
        let restored;
        try {
            const copy = await s3.send(new dist_cjs.CopyObjectCommand({
                Bucket: bucket,
                Key: `${scratch}${key}`,
                CopySource: (0,s3_copy/* copySource */.XR)(target.replica.bucket, key, versionId),
                ChecksumAlgorithm: 'SHA256',
                ServerSideEncryption: 'aws:kms',
            }));
            restored = copy.CopyObjectResult?.ChecksumSHA256;
        }
        catch (error) {
            const code = (0,errors/* awsErrorCode */.J6)(error);
            if (code !== 'NoSuchVersion' && code !== 'NoSuchKey')
                throw error;
            result.findings.push(`${key} (version ${versionId}) is missing from the replica`);
            continue;
        }
        const source = head.ChecksumSHA256 !== undefined && head.ChecksumType !== 'COMPOSITE' ? head.ChecksumSHA256 : await hashVersion(s3, bucket, key, versionId);
        if (restored !== source)
            result.findings.push(`${key} (version ${versionId}): the copy restored from the replica differs from the source (SHA-256 ${restored ?? 'none'} ≠ ${source})`);
    }
    return result;
}
/** Deletes every version under the drills' scratch prefix (this run's and leftovers of interrupted ones). */
async function deleteScratch(s3, bucket) {
    let deleted = 0;
    for await (const page of (0,versions/* listVersionEntries */.R4)(s3, bucket, S3_DRILL_PREFIX)) {
        for (const v of page) {
            await s3.send(new dist_cjs.DeleteObjectCommand({ Bucket: bucket, Key: v.key, VersionId: v.versionId }));
            deleted += 1;
        }
    }
    return deleted;
}
async function runS3Drill(s3, target, now, log) {
    const day = now.toISOString().slice(0, 10).replace(/-/g, '');
    const scratch = `${S3_DRILL_PREFIX}${day}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}/`;
    let outcome;
    let failure;
    try {
        const c = await compareSample(s3, target, scratch, `${day}/${target.bucket}/${target.rule}`);
        const replica = `s3://${target.replica.bucket} (${target.replica.region})`;
        if (c.findings.length > 0) {
            failure = new Error(`${c.findings.length} of ${c.checked} sampled key(s) do not match the replica ${replica}: ${c.findings.join('; ')}`);
        }
        else if (c.checked === 0 && c.candidates > 0) {
            failure = new Error(`none of the ${c.notReplicated} sampled object(s) under "${target.prefix}" has been replicated to ${replica} yet (replication status not COMPLETED); check the rule, or copy existing objects (copy-existing)`);
        }
        else {
            outcome = c.checked === 0 ? `no object under "${target.prefix}" to sample` : `${c.checked} key(s) restored from the replica ${replica} and equal to the source (SHA-256)`;
        }
    }
    catch (error) {
        failure = new Error(`the drill failed: ${(0,errors/* describeAwsError */.Pp)(error)}`);
    }
    let cleanup;
    try {
        const deleted = await deleteScratch(s3, target.bucket);
        cleanup = `scratch copies deleted (${deleted} version(s))`;
    }
    catch (error) {
        cleanup = `deleting the scratch copies under s3://${target.bucket}/${S3_DRILL_PREFIX} failed: ${(0,errors/* describeAwsError */.Pp)(error)} — the next drill deletes them`;
        failure ??= new Error(cleanup);
    }
    log(`S3 drill s3://${target.bucket}/${target.prefix}: ${outcome ?? (0,concurrency/* errorMessage */.gJ)(failure)}; ${cleanup}`);
    if (failure)
        throw new Error(`${(0,concurrency/* errorMessage */.gJ)(failure)}; ${cleanup}`);
    return `${outcome}; ${cleanup}`;
}

// EXTERNAL MODULE: ./src/export/health-checks.ts
var health_checks = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/export/route53-format.ts
var route53_format = __webpack_require__(6927);
;// CONCATENATED MODULE: ./src/restore/drill-route53.ts
/**
 * What a drill's Route 53 check says when it passes: which zones matched the committed files
 * and how many record sets they hold, so the summary reads as a check, not as a change.
 */


const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** `2 live zones match their committed files byte for byte (57 record sets); so do the health checks (3)`. */
function zoneCheckNote(compared) {
    const zones = compared.filter((f) => f.path.startsWith(route53_format/* ZONES_FOLDER */.Xx));
    const records = zones.reduce((sum, f) => sum + (f.items ?? 0), 0);
    const checks = compared.find((f) => f.path === health_checks/* HEALTH_CHECKS_PATH */.tC);
    const verb = zones.length === 1 ? 'matches its committed file' : 'match their committed files';
    const healthChecks = checks ? `; so do the health checks${checks.items === undefined ? '' : ` (${checks.items})`}` : '';
    return `${plural(zones.length, 'live zone')} ${verb} byte for byte (${plural(records, 'record set')})${healthChecks}`;
}

// EXTERNAL MODULE: ./src/git/write-exports.ts
var write_exports = __webpack_require__(6241);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/snapshots/ec2-inventory.ts
var ec2_inventory = __webpack_require__(8614);
// EXTERNAL MODULE: ./src/snapshots/rds-inventory.ts
var rds_inventory = __webpack_require__(3555);
// EXTERNAL MODULE: ./src/snapshots/selection.ts
var snapshots_selection = __webpack_require__(1199);
;// CONCATENATED MODULE: ./src/restore/drill-targets.ts

function drillTargets(selected) {
    const targets = new Map();
    const add = (type, id, region, policy) => {
        const key = `${type}|${region}|${id}`;
        const known = targets.get(key);
        if (!known)
            targets.set(key, { type, id, region, policy });
        else
            known.policy = [...new Set([...known.policy.split(', '), policy])].sort().join(', ');
    };
    for (const selection of selected) {
        const { policy, resource } = selection;
        if (resource.type === 'ec2-instance') {
            for (const volume of (0,snapshots_selection/* instanceVolumes */.jz)(selection))
                add('ebs-volume', volume.id, resource.region, policy.name);
        }
        else
            add(resource.type, resource.id, resource.region, policy.name);
    }
    return [...targets.values()];
}

// EXTERNAL MODULE: ./src/restore/ebs.ts
var ebs = __webpack_require__(1622);
// EXTERNAL MODULE: ./src/restore/rds.ts
var rds = __webpack_require__(9825);
// EXTERNAL MODULE: ./src/restore/rds-calls.ts
var rds_calls = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/snapshots/tags.ts
var tags = __webpack_require__(5736);
// EXTERNAL MODULE: ./src/restore/rds-lookup.ts
var rds_lookup = __webpack_require__(4872);
// EXTERNAL MODULE: ./src/restore/snapshot-source.ts
var snapshot_source = __webpack_require__(924);
// EXTERNAL MODULE: ./src/restore/wait.ts
var wait = __webpack_require__(2689);
;// CONCATENATED MODULE: ./src/restore/drill-run.ts
/**
 * The steps of one drill, shared by drills of the account's own snapshots (drill.ts) and of
 * vault copies (drill-vault.ts): scratch names and tags, restore-check-cleanup with the
 * recovery time measured, and deleting only the drill's own scratch resources.
 */








/** `drill-<source>-<yyyymmdd>`, shortened to RDS's 63 characters (cluster members need 3 more). */
function scratchName(source, now, room = 63) {
    const suffix = `-${(0,snapshot_source/* dayStamp */.ct)(now)}`;
    const front = `drill-${source}`.slice(0, room - suffix.length).replace(/-+$/, '');
    return `${front}${suffix}`;
}
/** A scratch resource carries only the tool's tags and its name: a source tag like `backup=daily` would get it snapshotted. */
function scratchTags(tags, name) {
    const out = { Name: name };
    for (const [key, value] of Object.entries(tags))
        if (key.startsWith('aws-backup-gitops:'))
            out[key] = value;
    return out;
}
const DRILL_TAGS = { [snapshot_source/* RESTORE_TAG */.mx.drill]: 'true' };
const isDrillScratch = (tags, token) => tags[snapshot_source/* RESTORE_TAG */.mx.drill] === 'true' && (token === undefined || tags[snapshot_source/* RESTORE_TAG */.mx.token] === token);
/**
 * Runs `restore` then `check`, then always `cleanup`. The drill fails if any of them failed;
 * the message says whether the scratch resource is gone.
 */
async function drillRun(label, steps, record, log) {
    const started = Date.now();
    let failure;
    let rtoMs;
    try {
        await steps.restore();
        rtoMs = Date.now() - started;
        record(rtoMs);
        log(`drill ${label}: restored and checked in ${(0,wait/* formatDuration */.a3)(rtoMs)}`);
    }
    catch (error) {
        failure = error;
    }
    try {
        await steps.cleanup();
    }
    catch (error) {
        const cleanup = `deleting the scratch resource failed: ${(0,errors/* describeAwsError */.Pp)(error)} — delete what carries ${snapshot_source/* RESTORE_TAG */.mx.drill}=true by hand, or run the drill again (it sweeps leftovers)`;
        throw new Error(failure ? `${(0,concurrency/* errorMessage */.gJ)(failure)}; ${cleanup}` : cleanup);
    }
    if (failure)
        throw new Error(`${(0,concurrency/* errorMessage */.gJ)(failure)}; the scratch resource was deleted`);
    return `recovery time ${(0,wait/* formatDuration */.a3)(rtoMs)}; scratch deleted`;
}
/** `around` wraps the create and its wait (a vault copy is shared only for them). */
function drillEbs(ctx, spec, timing, record, around = (create) => create()) {
    const ec2 = ctx.clients.ec2(spec.region);
    return drillRun(`volume from ${spec.snapshotId}`, {
        restore: () => around(async () => {
            const id = await (0,ebs/* createVolumeFromSnapshot */.JL)(ec2, spec);
            await (0,wait/* waitOrThrow */.JZ)((0,ebs/* volumeProbe */.P0)(ec2, id, 'available'), { label: `scratch volume ${id}`, goal: 'available', timing, log: ctx.log });
        }),
        // Found by the token tag, not by the id the create call returned: a create that failed on the way back still made one.
        cleanup: async () => {
            for (const volume of await (0,ebs/* volumesTagged */.ms)(ec2, snapshot_source/* RESTORE_TAG */.mx.token, spec.clientToken)) {
                if (!isDrillScratch((0,tags/* tagRecord */.C3)(volume.Tags), spec.clientToken))
                    continue;
                const id = volume.VolumeId;
                await (0,ebs/* deleteVolume */.AV)(ec2, id);
                await (0,wait/* waitOrThrow */.JZ)((0,ebs/* volumeProbe */.P0)(ec2, id, 'gone'), { label: `scratch volume ${id}`, goal: 'deleted', timing, log: ctx.log });
            }
        },
    }, record, ctx.log);
}
async function deleteScratchInstance(ctx, region, id, token, timing) {
    const rds = ctx.clients.rds(region);
    const db = await (0,rds_lookup/* describeDbInstance */.Hz)(rds, id);
    if (!db || !isDrillScratch((0,tags/* tagRecord */.C3)(db.TagList), token))
        return;
    await (0,rds_calls/* deleteDbInstance */.fM)(rds, id, timing);
    await (0,wait/* waitOrThrow */.JZ)((0,rds_calls/* dbInstanceProbe */.q9)(rds, id, 'gone'), { label: `scratch DB instance ${id}`, goal: 'deleted', timing, log: ctx.log });
}
function drillDbInstance(ctx, spec, timing, record) {
    const rds = ctx.clients.rds(spec.region);
    return drillRun(`DB instance ${spec.target}`, {
        restore: async () => {
            await (0,rds_calls/* startDbInstanceRestore */.wb)(rds, spec);
            await (0,wait/* waitOrThrow */.JZ)((0,rds_calls/* dbInstanceProbe */.q9)(rds, spec.target, 'available'), { label: `scratch DB instance ${spec.target}`, goal: 'available', timing, log: ctx.log });
        },
        cleanup: () => deleteScratchInstance(ctx, spec.region, spec.target, spec.token, timing),
    }, record, ctx.log);
}
function drillDbCluster(ctx, spec, timing, record) {
    const rds = ctx.clients.rds(spec.region);
    return drillRun(`DB cluster ${spec.target}`, {
        restore: async () => {
            await (0,rds_calls/* startDbClusterRestore */.PT)(rds, spec);
            await Promise.all(spec.members.map((m) => (0,rds_calls/* createClusterMember */.HS)(rds, spec, m)));
            await Promise.all([
                (0,wait/* waitOrThrow */.JZ)((0,rds_calls/* dbClusterProbe */.rs)(rds, spec.target, 'available'), { label: `scratch DB cluster ${spec.target}`, goal: 'available', timing, log: ctx.log }),
                ...spec.members.map((m) => (0,wait/* waitOrThrow */.JZ)((0,rds_calls/* dbInstanceProbe */.q9)(rds, m.id, 'available'), { label: `scratch DB instance ${m.id}`, goal: 'available', timing, log: ctx.log })),
            ]);
        },
        cleanup: () => deleteScratchCluster(ctx, spec, timing),
    }, record, ctx.log);
}
/** Members first, then the cluster: only the drill's own (tag and token). */
async function deleteScratchCluster(ctx, spec, timing) {
    const rds = ctx.clients.rds(spec.region);
    // Members first: a cluster cannot be deleted while it has members that are not being deleted.
    const results = await Promise.allSettled(spec.members.map((m) => deleteScratchInstance(ctx, spec.region, m.id, spec.token, timing)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    const cluster = await (0,rds_lookup/* describeDbCluster */.qA)(rds, spec.target);
    if (!cluster || !isDrillScratch((0,tags/* tagRecord */.C3)(cluster.TagList), spec.token))
        return;
    await (0,rds_calls/* deleteDbCluster */.cQ)(rds, spec.target, timing);
    await (0,wait/* waitOrThrow */.JZ)((0,rds_calls/* dbClusterProbe */.rs)(rds, spec.target, 'gone'), { label: `scratch DB cluster ${spec.target}`, goal: 'deleted', timing, log: ctx.log });
}
/** The recorder an action's apply calls with its recovery time; planDrill links the holder to the built action. */
function rtoRecorder(holders, id) {
    const holder = {};
    holders.set(id, holder);
    return (rtoMs) => {
        if (holder.action)
            holder.action.details = { ...holder.action.details, rtoSeconds: Math.round(rtoMs / 100) / 10 };
    };
}

// EXTERNAL MODULE: ./src/restore/types.ts
var types = __webpack_require__(483);
// EXTERNAL MODULE: ./src/restore/vault-restore.ts
var vault_restore = __webpack_require__(2501);
// EXTERNAL MODULE: ./src/restore/vault-rds.ts
var vault_rds = __webpack_require__(680);
// EXTERNAL MODULE: ./src/restore/vault-share.ts
var vault_share = __webpack_require__(9700);
;// CONCATENATED MODULE: ./src/restore/drill-vault.ts














/** The vault regions a resource's policies copy into. */
function vaultRegions(ctx, target) {
    const names = target.policy.split(', ');
    const policies = (ctx.config.snapshots?.policies ?? []).filter((p) => names.includes(p.name));
    return [...new Set(policies.flatMap((p) => p.copies.filter((c) => c.account === 'vault').map((c) => c.region)))];
}
/** The vault's copies in each region, read once per region with the vault role. */
function vaultReader(d) {
    const vault = (0,vault_restore/* vaultContext */.Uw)(d.ctx).clients;
    const cache = new Map();
    return (region) => {
        let read = cache.get(region);
        if (!read) {
            const now = d.now.getTime();
            read = Promise.all([(0,ec2_inventory/* listEbsSnapshots */._U)(vault.ec2(region), 'vault', region, now), (0,rds_inventory/* listRdsSnapshots */.HZ)(vault.rds(region), 'vault', region, now)]).then(([a, b]) => [...a, ...b]);
            cache.set(region, read);
        }
        return read;
    };
}
function newestCopy(copies, target, account) {
    const kind = target.type === 'ebs-volume' ? 'ebs' : target.type;
    return copies
        .filter((s) => s.kind === kind && s.state === 'completed' && s.tags[tags/* TAG */.Dk.sourceAccount] === account && (0,snapshot_source/* isToolSnapshotOf */.gG)(s.tags, target.id, s.resourceId))
        .sort((a, b) => (0,snapshot_source/* takenAt */.Fm)(b.tags, new Date(b.createdAt)) - (0,snapshot_source/* takenAt */.Fm)(a.tags, new Date(a.createdAt)))[0];
}
/** Adds one drill per vault copy region of each target; a target that cannot be drilled is a plan error, the others still run. */
async function planVaultDrills(d, targets) {
    const read = vaultReader(d);
    for (const target of targets) {
        for (const region of vaultRegions(d.ctx, target)) {
            const item = `${snapshots_selection/* TYPE_LABEL */.s7[target.type]} ${target.id} (${d.where(target.region)}) from its vault copy in ${region}`;
            try {
                const copy = newestCopy(await read(region), target, d.ctx.account.name);
                if (!copy) {
                    d.plan.error(item, `no completed vault copy made by aws-backup-gitops (policy ${target.policy}) to drill with; the next run makes one`);
                    continue;
                }
                await planOne(d, target, region, copy);
            }
            catch (error) {
                d.plan.error(item, error instanceof types/* RestoreInputError */.p ? `the drill cannot run: ${error.message}` : `drill planning failed: ${(0,errors/* describeAwsError */.Pp)(error)}`);
            }
        }
    }
}
async function planOne(d, target, region, copy) {
    const { ctx } = d;
    const vault = (0,vault_restore/* vaultContext */.Uw)(ctx);
    // Its own scratch name: the drill of the account's own snapshot may restore the same resource at the same time.
    const scratch = scratchName(`${target.id}-vault`, d.now, target.type === 'rds-cluster' ? 60 : 63);
    const request = { kind: target.type, source: copy.id, region, target: scratch, force: false, options: {} };
    const tags = { ...DRILL_TAGS, [vault_rds/* VAULT_FROM_TAG */.j0]: vault.account.accountId };
    const details = { account: ctx.account.name, region, resource: target.id, policy: target.policy, from: `vault ${vault.account.accountId}`, snapshot: copy.id, backupTakenAt: new Date((0,snapshot_source/* takenAt */.Fm)(copy.tags, new Date(copy.createdAt))).toISOString(), scratch };
    let apply;
    if (target.type === 'ebs-volume') {
        const zone = (await (0,ebs/* availabilityZones */.Db)(ctx.clients.ec2(region)))[0];
        if (!zone)
            throw new types/* RestoreInputError */.p(`${region} reports no available availability zone`);
        request.options = { 'availability-zone': zone };
        const located = await (0,ebs/* locateSnapshot */.n8)(request, vault);
        const sharedWith = await (0,vault_restore/* accountIdOf */.Ow)(ctx, region);
        if (located.snapshot.Encrypted && located.snapshot.KmsKeyId)
            await (0,vault_restore/* checkVaultKey */.o$)(vault, region, located.snapshot.KmsKeyId, copy.id, sharedWith, 'create a volume from it');
        const spec = await (0,ebs/* resolveEbsFrom */.Rm)(request, ctx, located, tags);
        spec.tags = scratchTags(spec.tags, scratch);
        apply = (record) => drillEbs(ctx, spec, d.timing, record, (create) => (0,vault_share/* whileShared */.DI)(vault.clients, { kind: 'ebs', region, id: copy.id, sharedWith }, create));
    }
    else if (target.type === 'rds-instance') {
        const r = await (0,vault_rds/* resolveVaultDbRestore */.Py)(request, ctx, tags);
        const spec = r.instance.spec;
        if (r.instance.existing)
            throw new types/* RestoreInputError */.p(`scratch DB instance ${scratch} of an earlier drill still exists (${r.instance.existing.status}); this run deletes it — drill again afterwards`);
        spec.tags = scratchTags(spec.tags, scratch);
        const rds = ctx.clients.rds(region);
        apply = (record) => drillRun(`DB instance ${scratch}`, {
            restore: async () => {
                await (0,vault_rds/* restoreInstanceFromVault */.al)(ctx, r, d.timing, true);
            },
            cleanup: async () => {
                await deleteScratchInstance(ctx, region, spec.target, spec.token, d.timing);
                await (0,vault_share/* deleteVaultCopy */.X4)(rds, r.copyId);
            },
        }, record, ctx.log);
    }
    else {
        const r = await (0,vault_rds/* resolveVaultDbRestore */.Py)(request, ctx, tags);
        const cluster = r.cluster;
        if (cluster.existing)
            throw new types/* RestoreInputError */.p(`scratch DB cluster ${scratch} of an earlier drill still exists (${cluster.existing.status}); this run deletes it — drill again afterwards`);
        cluster.spec.tags = scratchTags(cluster.spec.tags, scratch);
        const rds = ctx.clients.rds(region);
        apply = (record) => drillRun(`DB cluster ${scratch}`, {
            restore: async () => {
                await (0,vault_rds/* restoreClusterFromVault */.D2)(ctx, r, d.timing);
                await Promise.all(cluster.spec.members.map((m) => (0,rds_calls/* createClusterMember */.HS)(rds, cluster.spec, m)));
                await Promise.all(cluster.spec.members.map((m) => (0,wait/* waitOrThrow */.JZ)((0,rds_calls/* dbInstanceProbe */.q9)(rds, m.id, 'available'), { label: `scratch DB instance ${m.id}`, goal: 'available', timing: d.timing, log: ctx.log })));
            },
            cleanup: () => deleteScratchCluster(ctx, cluster.spec, d.timing),
        }, record, ctx.log);
    }
    let record = () => undefined;
    const id = d.plan.add({
        kind: 'restore',
        target: `${snapshots_selection/* TYPE_LABEL */.s7[target.type]} ${target.id} (${d.where(target.region)}) ← vault copy in ${region} → ${scratch}`,
        reason: `restore drill from the vault: the vault shares ${copy.id} with account ${ctx.account.name} only while it is read, the scratch ${target.type === 'ebs-volume' ? 'volume' : 'database'} is checked, timed and deleted${target.type === 'rds-instance' ? ' with its copy' : ''}`,
        details,
        apply: () => apply(record),
    });
    record = d.hold(id);
}
/** Copies of interrupted vault drills (`vault-restore-drill-…`, tagged as drill) in the account's own snapshots. */
function planVaultCopySweep(d, snapshots, region) {
    for (const s of snapshots) {
        if (s.kind !== 'rds-instance' || !s.id.startsWith(`${vault_share/* VAULT_COPY_PREFIX */.Y6}drill-`) || s.tags[snapshot_source/* RESTORE_TAG */.mx.drill] !== 'true')
            continue;
        const rds = d.ctx.clients.rds(region);
        d.plan.add({
            kind: 'delete',
            target: `DB snapshot ${s.id} (${d.where(region)})`,
            reason: `copy of a vault snapshot left by an earlier restore drill (tagged ${snapshot_source/* RESTORE_TAG */.mx.drill}=true)`,
            apply: async () => {
                await (0,vault_share/* deleteVaultCopy */.X4)(rds, s.id);
                return `${s.id} deleted`;
            },
        });
    }
}

;// CONCATENATED MODULE: ./src/restore/drill.ts
/**
 * Restore drills: for every resource a snapshot policy protects, restore its newest backup
 * (in the resource's region) to a scratch resource `drill-<source>-<yyyymmdd>` tagged
 * `aws-backup-gitops:drill=true`, check it (volume available, database available), record
 * how long that took (the recovery time), and delete the scratch resource again — always,
 * also when the check failed. Only resources carrying the drill tag and the drill's own token
 * are ever deleted; scratch left by an interrupted earlier drill is swept first. A Route 53
 * drill exports the live zones and compares them byte for byte with the committed files.
 *
 * Drills go through the same resolvers as restores (ebs.ts, rds.ts), so a drill also proves
 * that a restore's inputs can be satisfied.
 */























const DRILL_SECTION = 'drill';
/** Drills mostly wait; they are independent of each other. */
const DRILL_APPLY_CONCURRENCY = 16;
async function planDrill(input) {
    const plan = new plan_plan/* PlanBuilder */.LR(DRILL_SECTION);
    const timing = (0,wait/* waitTiming */.Cl)(input.timing);
    const holders = new Map();
    const multi = input.accounts.length > 1;
    const settled = await (0,concurrency/* mapSettled */.AW)(input.accounts, 4, (account) => planAccount(input, account, plan, timing, holders, multi));
    settled.forEach((result, i) => {
        if (!result.ok)
            plan.error(`account ${input.accounts[i].name}`, `drill planning failed: ${(0,errors/* describeAwsError */.Pp)(result.error)}`);
    });
    const built = plan.build();
    // Apply functions record the measured recovery time on their own action's details.
    for (const action of built.actions) {
        const holder = holders.get(action.id);
        if (holder)
            holder.action = action;
    }
    return built;
}
async function planAccount(input, account, plan, timing, holders, multi) {
    const clients = input.clientsFor(account);
    const ctx = { config: input.config, account, clients, repoRoot: input.repoRoot, now: input.now, log: input.log, ...(input.vaultClients && { vaultClients: input.vaultClients }) };
    const where = (region) => (multi ? `${account.name}/${region}` : region);
    if (input.config.export.route53.enabled)
        planRoute53Drill(input, account, clients, plan, multi);
    planS3Drills(input.config, account, input.accounts[0].name, clients, plan, input.now, input.log);
    const policies = input.config.snapshots?.policies ?? [];
    if (policies.length === 0)
        return;
    const reads = await (0,concurrency/* mapSettled */.AW)(account.regions, account.regions.length, async (region) => {
        const ec2 = clients.ec2(region);
        const rds = clients.rds(region);
        const now = input.now.getTime();
        const [ebsResources, ebsSnapshots, rdsResources, rdsSnapshots] = await Promise.all([
            (0,ec2_inventory/* listEbsResources */.m8)(ec2, account.name, region),
            (0,ec2_inventory/* listEbsSnapshots */._U)(ec2, account.name, region, now),
            (0,rds_inventory/* listRdsResources */.BO)(rds, account.name, region),
            (0,rds_inventory/* listRdsSnapshots */.HZ)(rds, account.name, region, now),
        ]);
        return { region, resources: [...ebsResources, ...rdsResources], snapshots: [...ebsSnapshots, ...rdsSnapshots] };
    });
    const regions = [];
    reads.forEach((read, i) => {
        if (read.ok)
            regions.push(read.value);
        else
            plan.error(`EC2/RDS in ${where(account.regions[i])}`, `cannot list resources and snapshots: ${(0,errors/* describeAwsError */.Pp)(read.error)}; no drill runs there`);
    });
    for (const read of regions)
        planSweep(read, clients, plan, timing, where(read.region));
    // Scratch resources of earlier drills are never drilled themselves.
    const resources = regions.flatMap((r) => r.resources).filter((r) => !isDrillScratch(r.tags));
    const targets = drillTargets((0,snapshots_selection/* selectResources */.KN)(policies, resources).selected);
    for (const target of targets) {
        const read = regions.find((r) => r.region === target.region);
        const item = `${snapshots_selection/* TYPE_LABEL */.s7[target.type]} ${target.id} (${where(target.region)})`;
        try {
            await planResourceDrill(input, ctx, target, read, plan, timing, holders, item);
        }
        catch (error) {
            plan.error(item, error instanceof types/* RestoreInputError */.p ? `the drill cannot run: ${error.message}` : `drill planning failed: ${(0,errors/* describeAwsError */.Pp)(error)}`);
        }
    }
    if (input.config.vault && input.vaultClients) {
        const d = { ctx, plan, timing, now: input.now, where, hold: (id) => rtoRecorder(holders, id) };
        for (const read of regions)
            planVaultCopySweep(d, read.snapshots, read.region);
        await planVaultDrills(d, targets);
    }
}
/** The newest completed snapshot the tool made of a resource, in its region. */
function newestSnapshot(read, type, id) {
    const kind = type === 'ebs-volume' ? 'ebs' : type;
    return read.snapshots
        .filter((s) => s.kind === kind && s.state === 'completed' && !s.automated && (0,snapshot_source/* isToolSnapshotOf */.gG)(s.tags, id, s.resourceId))
        .sort((a, b) => (0,snapshot_source/* takenAt */.Fm)(b.tags, new Date(b.createdAt)) - (0,snapshot_source/* takenAt */.Fm)(a.tags, new Date(a.createdAt)))[0];
}
async function planResourceDrill(input, ctx, target, read, plan, timing, holders, item) {
    const snapshot = newestSnapshot(read, target.type, target.id);
    if (!snapshot) {
        plan.error(item, `no completed snapshot made by aws-backup-gitops (policy ${target.policy}) to drill with; the next snapshot run makes one`);
        return;
    }
    const scratch = scratchName(target.id, input.now, target.type === 'rds-cluster' ? 60 : 63);
    const request = { kind: target.type === 'rds-instance' || target.type === 'rds-cluster' ? target.type : 'ebs-volume', source: snapshot.id, region: target.region, target: scratch, force: false, options: {} };
    const details = { account: ctx.account.name, region: target.region, resource: target.id, policy: target.policy, snapshot: snapshot.id, backupTakenAt: new Date((0,snapshot_source/* takenAt */.Fm)(snapshot.tags, new Date(snapshot.createdAt))).toISOString(), scratch };
    const holder = {};
    const record = (rtoMs) => {
        if (holder.action)
            holder.action.details = { ...holder.action.details, rtoSeconds: Math.round(rtoMs / 100) / 10 };
    };
    let apply;
    if (target.type === 'ebs-volume') {
        const zone = (await (0,ebs/* availabilityZones */.Db)(ctx.clients.ec2(target.region)))[0];
        if (!zone)
            throw new types/* RestoreInputError */.p(`${target.region} reports no available availability zone`);
        request.options = { 'availability-zone': zone };
        const spec = await (0,ebs/* resolveEbsRestore */.xy)(request, ctx, DRILL_TAGS);
        spec.tags = scratchTags(spec.tags, scratch);
        apply = () => drillEbs(ctx, spec, timing, record);
    }
    else if (target.type === 'rds-instance') {
        const resolved = await (0,rds/* resolveRdsInstanceRestore */.VI)(request, ctx, DRILL_TAGS);
        if (resolved.existing)
            throw new types/* RestoreInputError */.p(`scratch DB instance ${scratch} of an earlier drill still exists (${resolved.existing.status}); this run deletes it — drill again afterwards`);
        resolved.spec.tags = scratchTags(resolved.spec.tags, scratch);
        apply = () => drillDbInstance(ctx, resolved.spec, timing, record);
    }
    else {
        const resolved = await (0,rds/* resolveRdsClusterRestore */.qV)(request, ctx, DRILL_TAGS);
        if (resolved.existing)
            throw new types/* RestoreInputError */.p(`scratch DB cluster ${scratch} of an earlier drill still exists (${resolved.existing.status}); this run deletes it — drill again afterwards`);
        resolved.spec.tags = scratchTags(resolved.spec.tags, scratch);
        apply = () => drillDbCluster(ctx, resolved.spec, timing, record);
    }
    const id = plan.add({
        kind: 'restore',
        target: `${snapshots_selection/* TYPE_LABEL */.s7[target.type]} ${target.id} (${target.region}) → ${scratch}`,
        reason: `restore drill: restore ${snapshot.id}, check it, measure the recovery time, delete the scratch ${target.type === 'ebs-volume' ? 'volume' : 'database'}`,
        details,
        apply,
    });
    holders.set(id, holder);
}
/** Scratch left by an earlier, interrupted drill: deleted before the drills run again. */
function planSweep(read, clients, plan, timing, where) {
    const reason = `scratch resource left by an earlier restore drill (tagged ${snapshot_source/* RESTORE_TAG */.mx.drill}=true)`;
    const leftovers = read.resources.filter((r) => isDrillScratch(r.tags));
    const memberDeletes = new Map();
    for (const r of leftovers.filter((x) => x.type === 'ebs-volume' || x.type === 'rds-instance')) {
        const ec2 = clients.ec2(read.region);
        const rds = clients.rds(read.region);
        const id = plan.add({
            kind: 'delete',
            target: `${snapshots_selection/* TYPE_LABEL */.s7[r.type]} ${r.id} (${where})`,
            reason,
            apply: async () => {
                if (r.type === 'ebs-volume') {
                    await (0,ebs/* deleteVolume */.AV)(ec2, r.id);
                    await (0,wait/* waitOrThrow */.JZ)((0,ebs/* volumeProbe */.P0)(ec2, r.id, 'gone'), { label: `volume ${r.id}`, goal: 'deleted', timing, log: () => { } });
                }
                else {
                    await (0,rds_calls/* deleteDbInstance */.fM)(rds, r.id, timing);
                }
                return `${r.id} deleted`;
            },
        });
        if (r.clusterId)
            memberDeletes.set(r.clusterId, [...(memberDeletes.get(r.clusterId) ?? []), id]);
    }
    for (const r of leftovers.filter((x) => x.type === 'rds-cluster')) {
        const rds = clients.rds(read.region);
        const dependsOn = memberDeletes.get(r.id);
        plan.add({
            kind: 'delete',
            target: `${snapshots_selection/* TYPE_LABEL */.s7[r.type]} ${r.id} (${where})`,
            reason,
            ...(dependsOn && { dependsOn }),
            apply: async () => {
                await (0,rds_calls/* deleteDbCluster */.cQ)(rds, r.id, timing);
                return `${r.id} deleted`;
            },
        });
    }
}
/** Live zones exported now must equal, byte for byte, the zone files committed for the account. */
function planRoute53Drill(input, account, clients, plan, multi) {
    const folder = (0,external_node_path_.join)(input.config.export.path, account.name);
    const route53 = input.config.export.route53;
    plan.add({
        kind: 'restore',
        target: `Route 53 zones${multi ? ` of ${account.name}` : ''} = ${input.config.export.path}/${account.name}/${route53_format/* ZONES_FOLDER */.Xx}`,
        reason: 'restore drill: the live zones must equal the committed export, or a restore from it would change them',
        details: { account: account.name },
        apply: async () => {
            const committed = await (0,write_exports/* readExportFolder */.H2)((0,external_node_path_.join)(input.repoRoot, folder));
            const compared = (path) => path.startsWith(route53_format/* ZONES_FOLDER */.Xx) || (route53['health-checks'] && path === health_checks/* HEALTH_CHECKS_PATH */.tC);
            const committedFiles = [...committed.keys()].filter(compared);
            if (!committedFiles.some((p) => p.startsWith(route53_format/* ZONES_FOLDER */.Xx))) {
                throw new Error(`no zone files are committed under ${input.config.export.path}/${account.name}/${route53_format/* ZONES_FOLDER */.Xx}; run the export first, then drill`);
            }
            const live = await (0,export_route53/* exportRoute53 */.O2)(clients.route53(), { zones: route53.zones, healthChecks: route53['health-checks'] });
            if (live.failures.length > 0)
                throw new Error(`the live export failed: ${live.failures.map((f) => `${f.item}: ${f.error}`).join('; ')}`);
            const liveFiles = new Map(live.files.filter((f) => compared(f.path)).map((f) => [f.path, f.content]));
            const problems = [];
            for (const [path, content] of liveFiles) {
                const saved = committed.get(path);
                if (saved === undefined)
                    problems.push(`${path} is live but not in the export`);
                else if (saved !== content)
                    problems.push(`${path} differs from the export`);
            }
            for (const path of committedFiles)
                if (!liveFiles.has(path))
                    problems.push(`${path} is in the export but not live (zone deleted?)`);
            if (problems.length > 0)
                throw new Error(`${problems.length} difference${problems.length === 1 ? '' : 's'}: ${problems.join('; ')} — run the export to see the change, or restore the zone from the export`);
            return zoneCheckNote(live.files.filter((f) => compared(f.path)));
        },
    });
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ readCheckpoint),
/* harmony export */   fu: () => (/* binding */ STATE_PREFIX),
/* harmony export */   o1: () => (/* binding */ runBackfill),
/* harmony export */   uA: () => (/* binding */ backfillProgress)
/* harmony export */ });
/* unused harmony exports BACKFILL_CONCURRENCY, checkpointKey */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3731);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9005);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8869);
/**
 * Existing objects: S3 replicates only what is written after a rule exists. The tool copies
 * each older object onto itself (a server-side CopyObject with its own Content-Type and
 * metadata), which makes a new version that the rule then replicates like any write — to
 * another region, account or the vault, with the rule's storage class, ownership and KMS
 * key. Chosen over S3 Batch Replication because it needs no Batch Operations job, manifest
 * or extra role, works with the run role and the simulator, and its state is simple: a
 * checkpoint object under `.aws-backup/` in the bucket says when the copy began (objects
 * modified since then were replicated by the rule) and the last key done, so a re-run
 * continues where the last one stopped and the plan says how far it is.
 */





/** Where the tool keeps its own state in a bucket; never copied, never replicated on purpose. */
const STATE_PREFIX = '.aws-backup/';
const BACKFILL_CONCURRENCY = 32;
const checkpointKey = (ruleId) => `${STATE_PREFIX}replication-backfill/${encodeURIComponent(ruleId)}.json`;
async function readCheckpoint(s3, bucket, ruleId) {
    try {
        const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetObjectCommand({ Bucket: bucket, Key: checkpointKey(ruleId) }));
        return JSON.parse(await out.Body.transformToString());
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error) === 'NoSuchKey')
            return undefined;
        throw error;
    }
}
async function writeCheckpoint(s3, bucket, ruleId, checkpoint) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.PutObjectCommand({ Bucket: bucket, Key: checkpointKey(ruleId), Body: JSON.stringify(checkpoint), ContentType: 'application/json' }));
}
const existing = (o, startedAt) => !o.key.startsWith(STATE_PREFIX) && o.lastModified < startedAt;
/**
 * How far the copy of existing objects under `prefix` is (reads the bucket's listing). An
 * object copied onto itself is modified after the copy began, so it drops out of the listing's
 * "existing" objects: done is what the checkpoint counted, total that plus what is left.
 */
async function backfillProgress(s3, bucket, prefix, checkpoint, now) {
    const startedAt = checkpoint?.startedAt ?? now;
    const done = checkpoint?.copied ?? 0;
    let left = 0;
    for await (const page of (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .listCurrentObjectsWithDates */ .Jj)(s3, bucket, prefix))
        left += page.filter((o) => existing(o, startedAt)).length;
    return { total: done + left, done };
}
/** Copies the rest, page by page, saving the checkpoint after each page. Returns how many it copied. */
async function runBackfill(s3, bucket, rule, checkpoint, now, log) {
    const state = checkpoint ?? { startedAt: now, copied: 0, done: false };
    let copied = 0;
    for await (const page of (0,_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .listCurrentObjectsWithDates */ .Jj)(s3, bucket, rule.prefix, state.lastKey)) {
        const todo = page.filter((o) => existing(o, state.startedAt));
        const settled = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapSettled */ .AW)(todo, BACKFILL_CONCURRENCY, async (o) => {
            const head = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.HeadObjectCommand({ Bucket: bucket, Key: o.key }));
            const versionId = head.VersionId ?? 'null';
            if (o.size > _copy_js__WEBPACK_IMPORTED_MODULE_4__/* .COPY_OBJECT_LIMIT */ .M_) {
                await (0,_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .copyInParts */ .jo)(s3, { bucket, key: o.key, from: { bucket, key: o.key, versionId, size: o.size } }, head);
                return;
            }
            // Copying an object onto itself needs REPLACE; its own type and metadata go back unchanged.
            await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.CopyObjectCommand({ Bucket: bucket, Key: o.key, CopySource: (0,_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .copySource */ .XR)(bucket, o.key, versionId), MetadataDirective: 'REPLACE', ...(0,_copy_js__WEBPACK_IMPORTED_MODULE_4__/* .contentHeaders */ .KE)(head) }));
        });
        const ok = settled.filter((r) => r.ok).length;
        copied += ok;
        state.copied += ok;
        // A page with a failed copy is listed again next time; its copied objects no longer count as existing.
        const failed = settled.find((r) => !r.ok);
        if (!failed && page.length > 0)
            state.lastKey = page.at(-1).key;
        await writeCheckpoint(s3, bucket, rule.id, state);
        if (ok > 0)
            log(`s3://${bucket}: ${state.copied} existing object(s) copied for replication rule "${rule.id}" so far`);
        if (failed && !failed.ok)
            throw failed.error;
    }
    state.done = true;
    await writeCheckpoint(s3, bucket, rule.id, state);
    return copied;
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


/***/ })

};
