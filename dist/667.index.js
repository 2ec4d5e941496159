export const id = 667;
export const ids = [667];
export const modules = {

/***/ 667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planRestore: () => (/* binding */ planRestore)
});

// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-route-53/dist-cjs/index.js
var dist_cjs = __webpack_require__(8621);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(8268);
// EXTERNAL MODULE: ./src/export/route53-format.ts
var route53_format = __webpack_require__(6927);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
;// CONCATENATED MODULE: ./src/restore/change-batches.ts
const MAX_RECORDS_PER_BATCH = 1000;
const MAX_CHARACTERS_PER_BATCH = 32_000;
/** Not a documented limit any more; keeps alias-only batches (no values) to a sane size. */
const MAX_CHANGES_PER_BATCH = 1000;
const ROUTE53_LIMITS = {
    records: MAX_RECORDS_PER_BATCH,
    characters: MAX_CHARACTERS_PER_BATCH,
    changes: MAX_CHANGES_PER_BATCH,
};
/** What one change adds to its batch, counted the way Route 53 counts. */
function changeSize(change) {
    const factor = change.Action === 'UPSERT' ? 2 : 1;
    const values = change.ResourceRecordSet?.ResourceRecords ?? [];
    const characters = values.reduce((sum, value) => sum + (value.Value ?? '').length, 0);
    return { records: values.length * factor, characters: characters * factor, changes: 1 };
}
function batchSize(changes) {
    const total = { records: 0, characters: 0, changes: 0 };
    for (const change of changes)
        add(total, changeSize(change));
    return total;
}
function add(into, size) {
    into.records += size.records;
    into.characters += size.characters;
    into.changes += size.changes;
}
function fits(size, limits) {
    return size.records <= limits.records && size.characters <= limits.characters && size.changes <= limits.changes;
}
/** A change no batch can hold: the user has to split the record set by hand. */
class ChangeTooLargeError extends Error {
    name = 'ChangeTooLargeError';
}
/** Lower-case name with a trailing dot, the form Route 53 compares names in. */
function normalName(name) {
    const lower = name.toLowerCase();
    return lower.endsWith('.') ? lower : `${lower}.`;
}
/**
 * Orders and splits `changes` into batches within the limits. Throws ChangeTooLargeError when
 * one change alone exceeds them.
 */
function planChangeBatches(changes, options) {
    const limits = options.limits ?? ROUTE53_LIMITS;
    for (const change of changes) {
        if (!fits(changeSize(change), limits)) {
            const r = change.ResourceRecordSet ?? {};
            const size = changeSize(change);
            throw new ChangeTooLargeError(`${change.Action} ${r.Name} ${r.Type}${r.SetIdentifier ? ` (${r.SetIdentifier})` : ''} counts ${size.records} values ` +
                `and ${size.characters} characters, more than one Route 53 change batch may hold ` +
                `(${limits.records} values, ${limits.characters} characters, an UPSERT counting twice); split the record set`);
        }
    }
    const groups = orderedGroups(changes, options.zoneId);
    const batches = [];
    let current = [];
    let size = { records: 0, characters: 0, changes: 0 };
    const flush = () => {
        if (current.length > 0)
            batches.push(current);
        current = [];
        size = { records: 0, characters: 0, changes: 0 };
    };
    for (const group of groups) {
        const groupSize = batchSize(group);
        if (fits(groupSize, limits)) {
            const together = { ...size };
            add(together, groupSize);
            if (!fits(together, limits))
                flush();
            current.push(...group);
            add(size, groupSize);
            continue;
        }
        // A name too large for one batch: its deletes go first, then the rest, as few batches as fit.
        flush();
        for (const change of sortedByAction(group)) {
            const together = { ...size };
            add(together, changeSize(change));
            if (!fits(together, limits))
                flush();
            current.push(change);
            add(size, changeSize(change));
        }
        flush();
    }
    flush();
    return batches;
}
const ACTION_ORDER = { DELETE: 0, UPSERT: 1, CREATE: 2 };
function sortedByAction(changes) {
    return [...changes].sort((a, b) => (ACTION_ORDER[a.Action ?? ''] ?? 3) - (ACTION_ORDER[b.Action ?? ''] ?? 3));
}
/**
 * Groups changes by DNS name, merges names that must change together (alias cycles), and
 * orders the groups so aliases never point at a missing record; ties keep the input order.
 */
function orderedGroups(changes, zoneId) {
    const byName = new Map();
    for (const change of changes) {
        const name = normalName(change.ResourceRecordSet?.Name ?? '');
        const group = byName.get(name);
        if (group)
            group.push(change);
        else
            byName.set(name, [change]);
    }
    const names = [...byName.keys()];
    // Which names create or delete records of a (name, type).
    const writes = new Map();
    const deletes = new Map();
    names.forEach((name, i) => {
        for (const change of byName.get(name)) {
            const key = `${name}|${change.ResourceRecordSet?.Type ?? ''}`;
            const table = change.Action === 'DELETE' ? deletes : writes;
            const set = table.get(key) ?? new Set();
            set.add(i);
            table.set(key, set);
        }
    });
    // edges[a] holds b when group a must come no later than group b.
    const edges = names.map(() => new Set());
    names.forEach((name, i) => {
        for (const change of byName.get(name)) {
            const target = internalAliasTarget(change.ResourceRecordSet, zoneId);
            if (!target)
                continue;
            if (change.Action === 'DELETE') {
                for (const j of deletes.get(target) ?? [])
                    if (j !== i)
                        edges[i]?.add(j);
            }
            else {
                for (const j of writes.get(target) ?? [])
                    if (j !== i)
                        edges[j]?.add(i);
            }
        }
    });
    const components = stronglyConnected(names.length, edges);
    const order = topologicalComponents(components, edges);
    return order.map((members) => members
        .sort((a, b) => a - b)
        .flatMap((i) => byName.get(names[i])));
}
/** `name|type` of the record an alias points to when it lies in this zone. */
function internalAliasTarget(record, zoneId) {
    const alias = record?.AliasTarget;
    if (!alias?.HostedZoneId || !alias.DNSName)
        return undefined;
    if (bareId(alias.HostedZoneId) !== bareId(zoneId))
        return undefined;
    return `${normalName(alias.DNSName)}|${record?.Type ?? ''}`;
}
function bareId(id) {
    return id.replace(/^\/hostedzone\//, '');
}
/** Tarjan's algorithm, iterative; returns each component's members. */
function stronglyConnected(count, edges) {
    const indexOf = new Array(count).fill(-1);
    const low = new Array(count).fill(0);
    const onStack = new Array(count).fill(false);
    const stack = [];
    const components = [];
    let next = 0;
    for (let root = 0; root < count; root++) {
        if (indexOf[root] !== -1)
            continue;
        const work = [];
        const enter = (node) => {
            indexOf[node] = low[node] = next++;
            stack.push(node);
            onStack[node] = true;
            work.push({ node, children: [...(edges[node] ?? [])], at: 0 });
        };
        enter(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.at < frame.children.length) {
                const child = frame.children[frame.at++];
                if (indexOf[child] === -1)
                    enter(child);
                else if (onStack[child])
                    low[frame.node] = Math.min(low[frame.node], indexOf[child]);
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low[parent.node] = Math.min(low[parent.node], low[frame.node]);
            if (low[frame.node] === indexOf[frame.node]) {
                const members = [];
                let member;
                do {
                    member = stack.pop();
                    onStack[member] = false;
                    members.push(member);
                } while (member !== frame.node);
                components.push(members);
            }
        }
    }
    return components;
}
/** Components in dependency order; among ready ones, the one holding the earliest name first. */
function topologicalComponents(components, edges) {
    const componentOf = new Map();
    components.forEach((members, c) => members.forEach((m) => componentOf.set(m, c)));
    const successors = components.map(() => new Set());
    const indegree = components.map(() => 0);
    edges.forEach((targets, from) => {
        for (const to of targets) {
            const a = componentOf.get(from);
            const b = componentOf.get(to);
            if (a === b || successors[a]?.has(b))
                continue;
            successors[a]?.add(b);
            indegree[b] = indegree[b] + 1;
        }
    });
    const first = components.map((members) => Math.min(...members));
    const ready = components.map((_, c) => c).filter((c) => indegree[c] === 0);
    const order = [];
    while (ready.length > 0) {
        ready.sort((a, b) => first[a] - first[b]);
        const c = ready.shift();
        order.push([...components[c]]);
        for (const s of successors[c] ?? []) {
            indegree[s] = indegree[s] - 1;
            if (indegree[s] === 0)
                ready.push(s);
        }
    }
    return order;
}

// EXTERNAL MODULE: ./src/util/polling.ts
var polling = __webpack_require__(4831);
;// CONCATENATED MODULE: ./src/restore/route53-apply.ts
/**
 * The Route 53 calls a restore makes: submit a change batch (waiting out
 * PriorRequestNotComplete), wait for INSYNC, create a zone with its VPCs and tags, re-create a
 * health check with its tags. Waiting is bounded and its clock injectable, so tests run in
 * simulated time.
 */




const DEFAULT_WAIT = {
    sleep: polling/* sleep */.yy,
    pollMs: 2_000,
    maxPollMs: 15_000,
    timeoutMs: 15 * 60_000,
};
const TAGS_PER_CALL = 10;
function minutes(ms) {
    return ms >= 60_000 ? `${Math.round(ms / 60_000)} minute(s)` : `${Math.round(ms / 1000)} second(s)`;
}
/**
 * Submits one batch and waits until Route 53 reports it INSYNC. PriorRequestNotComplete (the
 * zone is still busy with an earlier change) is waited out with backoff.
 */
async function submitChangeBatch(client, zoneId, changes, comment, wait) {
    let waited = 0;
    let delay = wait.pollMs;
    for (;;) {
        try {
            const out = await client.send(new dist_cjs.ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Comment: comment, Changes: changes } }));
            const changeId = out.ChangeInfo?.Id ?? '';
            if (out.ChangeInfo?.Status !== 'INSYNC')
                await waitForInsync(client, changeId, wait);
            return changeId;
        }
        catch (error) {
            if ((0,errors/* awsErrorCode */.J6)(error) !== 'PriorRequestNotComplete')
                throw error;
            if (waited >= wait.timeoutMs) {
                throw new Error(`zone ${zoneId} stayed busy with an earlier change for ${minutes(waited)} (PriorRequestNotComplete); run the restore again later`, { cause: error });
            }
            await wait.sleep(delay);
            waited += delay;
            delay = Math.min(delay * 2, wait.maxPollMs);
        }
    }
}
/** Polls GetChange with backoff until INSYNC; throws after `timeoutMs` of waiting. */
async function waitForInsync(client, changeId, wait) {
    let waited = 0;
    let delay = wait.pollMs;
    for (;;) {
        await wait.sleep(delay);
        waited += delay;
        const out = await client.send(new dist_cjs.GetChangeCommand({ Id: changeId }));
        if (out.ChangeInfo?.Status === 'INSYNC')
            return;
        if (waited >= wait.timeoutMs) {
            throw new Error(`change ${changeId} was accepted but still PENDING after ${minutes(waited)}; Route 53 finishes it on its own — ` +
                'run the restore again afterwards to apply what is left');
        }
        delay = Math.min(Math.ceil(delay * 1.5), wait.maxPollMs);
    }
}
/** Creates a zone, associates its other VPCs and tags it; returns the bare zone id. */
async function createZone(client, zone, wait) {
    const [first, ...others] = zone.vpcs;
    const out = await client.send(new dist_cjs.CreateHostedZoneCommand({
        Name: zone.name,
        CallerReference: zone.callerReference,
        HostedZoneConfig: { PrivateZone: first !== undefined, ...(zone.comment !== undefined ? { Comment: zone.comment } : {}) },
        ...(first ? { VPC: first } : {}),
        ...(zone.delegationSetId && !first ? { DelegationSetId: zone.delegationSetId } : {}),
    }));
    const id = (0,route53_format/* bareZoneId */.eJ)(out.HostedZone?.Id ?? '');
    if (out.ChangeInfo?.Id && out.ChangeInfo.Status !== 'INSYNC')
        await waitForInsync(client, out.ChangeInfo.Id, wait);
    for (const vpc of others) {
        const associated = await client.send(new dist_cjs.AssociateVPCWithHostedZoneCommand({ HostedZoneId: id, VPC: vpc }));
        if (associated.ChangeInfo?.Id && associated.ChangeInfo.Status !== 'INSYNC') {
            await waitForInsync(client, associated.ChangeInfo.Id, wait);
        }
    }
    await setTags(client, 'hostedzone', id, zone.tags, []);
    return id;
}
async function updateZoneComment(client, zoneId, comment) {
    await client.send(new dist_cjs.UpdateHostedZoneCommentCommand({ Id: zoneId, ...(comment !== undefined ? { Comment: comment } : {}) }));
}
/** Adds/overwrites `add` and removes `remove`, at most 10 of each per call. */
async function setTags(client, type, id, add, remove) {
    for (let i = 0; i < Math.max(add.length, remove.length); i += TAGS_PER_CALL) {
        const addTags = add.slice(i, i + TAGS_PER_CALL);
        const removeKeys = remove.slice(i, i + TAGS_PER_CALL);
        await client.send(new dist_cjs.ChangeTagsForResourceCommand({
            ResourceType: type,
            ResourceId: id,
            ...(addTags.length ? { AddTags: addTags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })) } : {}),
            ...(removeKeys.length ? { RemoveTagKeys: removeKeys } : {}),
        }));
    }
}
/** Creates a health check and tags it; returns its id. */
async function createHealthCheck(client, callerReference, config, tags) {
    const out = await client.send(new dist_cjs.CreateHealthCheckCommand({ CallerReference: callerReference, HealthCheckConfig: config }));
    const id = out.HealthCheck?.Id;
    if (!id)
        throw new Error('CreateHealthCheck returned no health-check id');
    await setTags(client, 'healthcheck', id, tags, []);
    return id;
}
/** Tags to add or overwrite, and keys to remove, to go from `live` to `wanted`. */
function tagDiff(live, wanted) {
    const current = new Map(live.map((t) => [t.Key ?? '', t.Value ?? '']));
    const desired = new Map(wanted.map((t) => [t.Key ?? '', t.Value ?? '']));
    const add = [...desired].filter(([k, v]) => current.get(k) !== v).map(([Key, Value]) => ({ Key, Value }));
    const remove = [...current.keys()].filter((k) => !desired.has(k));
    return { add, remove };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/export/health-checks.ts
var health_checks = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/export/route53.ts + 2 modules
var route53 = __webpack_require__(7489);
// EXTERNAL MODULE: ./src/util/canonical-json.ts
var canonical_json = __webpack_require__(1989);
;// CONCATENATED MODULE: ./src/restore/route53-check-drift.ts


const UPDATABLE = new Set([
    'IPAddress',
    'Port',
    'ResourcePath',
    'FullyQualifiedDomainName',
    'SearchString',
    'FailureThreshold',
    'Inverted',
    'Disabled',
    'HealthThreshold',
    'ChildHealthChecks',
    'EnableSNI',
    'Regions',
    'AlarmIdentifier',
    'InsufficientDataHealthStatus',
]);
const RESETTABLE = new Set(['FullyQualifiedDomainName', 'Regions', 'ResourcePath', 'ChildHealthChecks']);
/** The file's name of a setting, e.g. `failure-threshold`. */
function keyOf(field) {
    return health_checks/* HEALTH_CHECK_CONFIG_KEYS */.ag[field]?.[0] ?? field;
}
function show(value) {
    if (value === undefined)
        return '(none)';
    if (Array.isArray(value))
        return `[${value.join(', ')}]`;
    if (typeof value === 'object' && value !== null)
        return (0,canonical_json/* canonicalJson */.d)(value);
    return String(value);
}
function healthCheckDrift(file, live) {
    const want = (file.healthCheck.HealthCheckConfig ?? {});
    const have = (live.healthCheck.HealthCheckConfig ?? {});
    const drift = { update: {}, reset: [], changes: [], fixed: [] };
    const fields = [...new Set([...Object.keys(health_checks/* HEALTH_CHECK_CONFIG_KEYS */.ag), ...Object.keys(want), ...Object.keys(have)])];
    for (const field of fields) {
        const wanted = want[field];
        const current = have[field];
        if ((0,canonical_json/* canonicalJson */.d)(wanted) === (0,canonical_json/* canonicalJson */.d)(current))
            continue;
        const line = `${keyOf(field)} ${show(current)} → ${show(wanted)}`;
        if (!UPDATABLE.has(field)) {
            drift.fixed.push(`${line} (set when a health check is created; UpdateHealthCheck cannot change it)`);
        }
        else if (field === 'IPAddress' && (wanted === undefined || current === undefined)) {
            drift.fixed.push(`${line} (UpdateHealthCheck can change an IP address but not add or remove one)`);
        }
        else if (wanted === undefined) {
            if (RESETTABLE.has(field)) {
                drift.reset.push(field);
                drift.changes.push(line);
            }
            else {
                drift.fixed.push(`${line} (UpdateHealthCheck cannot remove it)`);
            }
        }
        else {
            drift.update[field] = wanted;
            drift.changes.push(line);
        }
    }
    return drift;
}

;// CONCATENATED MODULE: ./src/restore/route53-checks.ts
/**
 * Health checks in a zone restore. The health-check file holds no ids: its checks are matched
 * with the live ones by stable name (the export's own listing and naming of the account's
 * checks); checks the restored records need that have no live counterpart are re-created,
 * and the records (and live calculated checks) point at the new ids on apply. A live check
 * the zone's records use whose settings or tags drifted is put back with UpdateHealthCheck
 * (route53-check-drift.ts says what it can change) and ChangeTagsForResource.
 */







/** Stands in for the id of a health check that is re-created on apply. */
const PENDING_CHECK = 'pending-health-check:';
function pendingChecks(record) {
    const id = record.HealthCheckId;
    return id?.startsWith(PENDING_CHECK) ? [id.slice(PENDING_CHECK.length)] : [];
}
/** Live checks by stable name: the export's own listing and naming of the account's checks. */
async function liveHealthChecks(client) {
    const listed = await (0,route53/* listNamedHealthChecks */.Z4)(client);
    if (!listed.ok)
        throw new Error(listed.error);
    const canonical = new Map((0,health_checks/* canonicalHealthChecks */.yx)(listed.checks).map((c) => [c.name, c]));
    return new Map(listed.checks.map((c) => {
        const version = listed.versions.get(c.healthCheck.Id);
        return [c.name, { id: c.healthCheck.Id, ...(version !== undefined ? { version } : {}), check: canonical.get(c.name) }];
    }));
}
/** A child reference of the file: a check of the file by name, or (written by id) a raw id. */
function childRefs(check, byName) {
    return (check.healthCheck.HealthCheckConfig?.ChildHealthChecks ?? []).map((ref) => (byName.has(ref) ? { name: ref } : { id: ref }));
}
/** A child's id on apply: a named child's re-created or live id; a child written by id, that id. */
function childId(child, live, state) {
    if (child.name === undefined)
        return child.id;
    const id = state.checkIds.get(child.name) ?? live.get(child.name);
    if (id === undefined)
        throw new Error(`child health check "${child.name}" was not re-created`);
    return id;
}
/**
 * One create action per missing health check the restored records need (and the children of
 * calculated checks among them); returns action ids by check name.
 */
function planHealthChecks(builder, client, checks, live, referenced, changes, state) {
    const liveCheckIds = new Map([...live].map(([name, l]) => [name, l.id]));
    const byName = new Map(checks.map((c) => [c.name, c]));
    const needed = new Set();
    for (const change of changes) {
        if (change.Action !== 'DELETE')
            for (const name of pendingChecks(change.ResourceRecordSet))
                needed.add(name);
    }
    const actions = new Map();
    const visiting = new Set();
    const plan = (name) => {
        if (actions.has(name))
            return actions.get(name);
        const check = byName.get(name);
        if (!check || visiting.has(name))
            return undefined;
        visiting.add(name);
        const config = check.healthCheck.HealthCheckConfig;
        // Missing children are re-created first; live ones keep their ids.
        const children = childRefs(check, byName);
        const childActions = children
            .filter((c) => c.name !== undefined && !liveCheckIds.has(c.name))
            .map((c) => plan(c.name))
            .filter((id) => id !== undefined);
        const callerReference = `aws-backup-gitops-${(0,external_node_crypto_.randomUUID)()}`;
        const id = builder.add({
            id: `route53/health-check/${name}`,
            kind: 'create',
            target: `health check ${name}`,
            reason: 'referenced by restored records but no live health check has this name; re-created with its settings and tags',
            details: { type: config.Type ?? '', tags: check.tags.length },
            dependsOn: childActions,
            apply: async () => {
                const resolved = { ...config };
                if (config.ChildHealthChecks)
                    resolved.ChildHealthChecks = children.map((c) => childId(c, liveCheckIds, state));
                const newId = await createHealthCheck(client, callerReference, resolved, check.tags);
                state.checkIds.set(name, newId);
                return `health check ${newId}`;
            },
        });
        actions.set(name, id);
        return id;
    };
    for (const name of [...needed].sort())
        plan(name);
    // A live calculated check that gets a re-created child is pointed at it (below), so its
    // other children without a live counterpart are re-created too, until nothing changes.
    for (let before = -1; before !== actions.size;) {
        before = actions.size;
        for (const check of checks) {
            if (!liveCheckIds.has(check.name))
                continue;
            const named = childRefs(check, byName).flatMap((c) => (c.name !== undefined ? [c.name] : []));
            if (named.some((n) => actions.has(n)))
                for (const n of named)
                    if (!liveCheckIds.has(n))
                        plan(n);
        }
    }
    planCheckUpdates(builder, client, checks, live, referenced, actions, state);
    return actions;
}
/**
 * Live checks the zone's records use (and their children) are put back to the file's settings
 * and tags where they drifted; a calculated check that still exists but counted a re-created
 * check among its children points at the new id (Route 53 would otherwise keep the dead id).
 * One UpdateHealthCheck per check, with the HealthCheckVersion the plan saw, so a change made
 * after the plan is not overwritten. What an existing check cannot take is a warning.
 */
function planCheckUpdates(builder, client, checks, live, referenced, created, state) {
    const byName = new Map(checks.map((c) => [c.name, c]));
    const liveIds = new Map([...live].map(([name, l]) => [name, l.id]));
    const used = new Set();
    const visit = (name) => {
        const check = byName.get(name);
        if (!check || used.has(name))
            return;
        used.add(name);
        for (const child of childRefs(check, byName))
            if (child.name !== undefined)
                visit(child.name);
    };
    for (const name of referenced)
        visit(name);
    for (const check of checks) {
        const current = live.get(check.name);
        if (current === undefined)
            continue;
        const children = childRefs(check, byName);
        const recreated = children.map((c) => c.name).filter((n) => n !== undefined && created.has(n));
        const drift = used.has(check.name) ? healthCheckDrift(check, current.check) : undefined;
        const target = `health check ${check.name}`;
        for (const fixed of drift?.fixed ?? []) {
            builder.warn(target, `${fixed}; left as it is. To put it back, point the records at a new check with the exported settings, or delete this one once no record uses it and restore again (a missing check is re-created)`);
        }
        const settings = drift?.changes ?? [];
        if (settings.length > 0 || recreated.length > 0) {
            const reasons = [
                ...(settings.length ? [`settings differ from the export: ${settings.join('; ')}`] : []),
                ...(recreated.length ? [`its child check(s) ${recreated.join(', ')} are re-created with new ids`] : []),
            ];
            const { ChildHealthChecks: childDrift, ...fields } = drift?.update ?? {};
            builder.add({
                id: `route53/health-check/${check.name}/settings`,
                kind: 'update',
                target,
                reason: reasons.join('; '),
                details: { settings: settings.length },
                dependsOn: recreated.map((n) => created.get(n)),
                apply: async () => {
                    const resolved = childDrift !== undefined || recreated.length > 0 ? { ChildHealthChecks: children.map((c) => childId(c, liveIds, state)) } : {};
                    const reset = drift?.reset.length ? { ResetElements: drift.reset } : {};
                    const version = current.version !== undefined ? { HealthCheckVersion: current.version } : {};
                    try {
                        await client.send(new dist_cjs.UpdateHealthCheckCommand({ HealthCheckId: current.id, ...version, ...fields, ...resolved, ...reset }));
                    }
                    catch (error) {
                        if ((0,errors/* awsErrorCode */.J6)(error) !== 'HealthCheckVersionMismatch')
                            throw error;
                        throw new Error(`health check ${check.name} (${current.id}) was changed after this plan was made (HealthCheckVersionMismatch); run the restore again to see the difference now`, { cause: error });
                    }
                    return `${current.id} updated`;
                },
            });
        }
        const tags = used.has(check.name) ? tagDiff(current.check.tags, check.tags) : { add: [], remove: [] };
        if (tags.add.length || tags.remove.length) {
            builder.add({
                id: `route53/health-check/${check.name}/tags`,
                kind: 'tag',
                target: `${target} tags`,
                reason: 'the health check\'s tags differ from the export',
                details: { add: tags.add.length, remove: tags.remove.length },
                apply: async () => setTags(client, 'healthcheck', current.id, tags.add, tags.remove),
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/restore/route53-diff.ts



/** Route 53 tells record sets apart by name, type and set identifier. */
function recordIdentity(record) {
    return `${normalName(record.Name ?? '')}|${record.Type ?? ''}|${record.SetIdentifier ?? ''}`;
}
/** A stable text of everything a record set says; value order and key order do not matter. */
function recordFingerprint(record) {
    const values = record.ResourceRecords?.map((r) => r.Value ?? '').sort();
    return (0,canonical_json/* canonicalJson */.d)({
        ...record,
        Name: normalName(record.Name ?? ''),
        ResourceRecords: values,
        AliasTarget: record.AliasTarget && { ...record.AliasTarget, DNSName: normalName(record.AliasTarget.DNSName ?? '') },
    });
}
function diffZoneRecords(desired, live, options) {
    const apex = (r) => (0,route53_format/* isApexNsOrSoa */.An)(r, options.zoneName);
    const liveById = new Map(live.map((r) => [recordIdentity(r), r]));
    const desiredIds = new Set();
    const changes = [];
    const skippedApex = [];
    let unchanged = 0;
    for (const record of [...desired].sort(route53_format/* compareRecords */.aB)) {
        const id = recordIdentity(record);
        desiredIds.add(id);
        const current = liveById.get(id);
        const same = current !== undefined && recordFingerprint(current) === recordFingerprint(record);
        if (same) {
            unchanged += 1;
        }
        else if (apex(record) && !options.force) {
            skippedApex.push(record);
        }
        else {
            changes.push({ Action: current ? 'UPSERT' : 'CREATE', ResourceRecordSet: record });
        }
    }
    // Live apex NS/SOA are never deleted: Route 53 needs them, and only UPSERT can change them.
    for (const record of [...live].sort(route53_format/* compareRecords */.aB)) {
        if (desiredIds.has(recordIdentity(record)) || apex(record))
            continue;
        changes.push({ Action: 'DELETE', ResourceRecordSet: record });
    }
    return { changes: changes.sort((a, b) => (0,route53_format/* compareRecords */.aB)(a.ResourceRecordSet, b.ResourceRecordSet)), skippedApex, unchanged };
}
/** The safety threshold: share of the live zone a restore may update or delete unforced. */
const CHANGE_THRESHOLD = 0.3;
/** Zones smaller than this are never refused (a few records are easy to check by eye). */
const THRESHOLD_MIN_RECORDS = 10;
/** Whether a restore would update or delete more than 30% of a zone of 10 or more records. */
function checkChangeThreshold(changes, liveRecords) {
    const updatesAndDeletes = changes.filter((c) => c.Action === 'UPSERT' || c.Action === 'DELETE').length;
    const exceeded = liveRecords >= THRESHOLD_MIN_RECORDS && updatesAndDeletes > CHANGE_THRESHOLD * liveRecords;
    return { liveRecords, updatesAndDeletes, exceeded };
}
/** Aliases pointing into zone `fromId` point into `toId` instead (a zone restored under a new id). */
function remapSelfAliases(records, fromId, toId) {
    if (fromId === toId)
        return [...records];
    return records.map((record) => record.AliasTarget?.HostedZoneId === fromId
        ? { ...record, AliasTarget: { ...record.AliasTarget, HostedZoneId: toId } }
        : record);
}
/**
 * Moves records from zone `from` to zone `to` (e.g. `example.com.` → `drill.example.com.`):
 * names and in-zone alias targets get the new suffix.
 */
function renameZoneRecords(records, from, to, zoneId) {
    const source = normalName(from);
    const target = normalName(to);
    if (source === target)
        return [...records];
    const move = (name) => {
        const n = normalName(name);
        if (n === source)
            return target;
        return n.endsWith(`.${source}`) ? `${n.slice(0, -source.length)}${target}` : n;
    };
    return records.map((record) => {
        const moved = { ...record, Name: move(record.Name ?? '') };
        if (record.AliasTarget?.HostedZoneId === zoneId && record.AliasTarget.DNSName) {
            moved.AliasTarget = { ...record.AliasTarget, DNSName: move(record.AliasTarget.DNSName) };
        }
        return moved;
    });
}

;// CONCATENATED MODULE: ./src/restore/route53-records.ts






function isApex(change, zoneName) {
    const r = change.ResourceRecordSet;
    return (r?.Type === 'NS' || r?.Type === 'SOA') && r.SetIdentifier === undefined && normalName(r.Name ?? '') === zoneName;
}
function describeRecord(record) {
    const name = (record.Name ?? '').replaceAll('\\052', '*');
    return `${name} ${record.Type}${record.SetIdentifier !== undefined ? ` (${record.SetIdentifier})` : ''}`;
}
function reasonFor(change, liveById) {
    if (change.Action === 'CREATE')
        return 'in the export, missing from the live zone';
    if (change.Action === 'DELETE')
        return 'in the live zone but not in the export';
    const record = change.ResourceRecordSet;
    const current = liveById.get(recordIdentity(record));
    if (!current)
        return 'put back as exported';
    const fields = differingFields(current, record);
    return `differs from the export (${fields.join(', ') || 'settings'}); put back as exported`;
}
const FIELD_NAMES = {
    ResourceRecords: 'values',
    TTL: 'ttl',
    AliasTarget: 'alias',
    HealthCheckId: 'health check',
    Weight: 'weight',
    Region: 'region',
    Failover: 'failover',
    GeoLocation: 'geolocation',
    GeoProximityLocation: 'geoproximity',
    CidrRoutingConfig: 'cidr-routing',
    MultiValueAnswer: 'multivalue-answer',
};
function differingFields(a, b) {
    const norm = (r, key) => {
        const value = r[key];
        if (key === 'ResourceRecords')
            return JSON.stringify(value?.map((v) => v.Value).sort());
        return JSON.stringify(value ?? null);
    };
    return Object.keys(FIELD_NAMES).filter((key) => norm(a, key) !== norm(b, key)).map((key) => FIELD_NAMES[key]);
}
/**
 * One promise per batch: the first record action of a batch sends it, the others share the
 * outcome, so a batch stays atomic while the plan lists each record set.
 */
function batchRunner(client, batches, state, exportedZoneId, newZone, wait, label) {
    const running = new Map();
    return (index) => {
        let promise = running.get(index);
        if (!promise) {
            promise = (async () => {
                const zoneId = state.zoneId;
                if (!zoneId)
                    throw new Error(`zone ${label} does not exist yet`);
                const changes = batches[index].map((change) => resolveChange(change, state, newZone ? exportedZoneId : undefined));
                const comment = `aws-backup-gitops restore, batch ${index + 1} of ${batches.length}`;
                try {
                    const changeId = await submitChangeBatch(client, zoneId, changes, comment, wait);
                    return `batch ${index + 1}/${batches.length} INSYNC (${(0,route53_format/* bareZoneId */.eJ)(changeId).replace(/^\/change\//, '')})`;
                }
                catch (error) {
                    throw new Error((0,errors/* describeAwsError */.Pp)(error, { family: 'route53', operation: 'ChangeResourceRecordSets', resource: `zone ${label} (${zoneId})` }), { cause: error });
                }
            })();
            running.set(index, promise);
        }
        return promise;
    };
}
/** Fills in what only apply knows: re-created health-check ids, a new zone's id for its own aliases. */
function resolveChange(change, state, exportedZoneId) {
    let record = change.ResourceRecordSet;
    const pending = pendingChecks(record)[0];
    if (pending !== undefined) {
        const id = state.checkIds.get(pending);
        if (!id)
            throw new Error(`health check "${pending}" was not re-created`);
        record = { ...record, HealthCheckId: id };
    }
    if (exportedZoneId !== undefined && record.AliasTarget?.HostedZoneId === exportedZoneId) {
        record = { ...record, AliasTarget: { ...record.AliasTarget, HostedZoneId: state.zoneId } };
    }
    return { Action: change.Action, ResourceRecordSet: record };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/restore/types.ts
var types = __webpack_require__(483);
;// CONCATENATED MODULE: ./src/restore/route53-source.ts
/**
 * Finds and reads what a Route 53 restore restores from: the zone file (named by its
 * repo-relative path or by the zone's name) and the account's health-check file, at the
 * checked-out commit. Every problem is a RestoreInputError naming the file and the fix.
 */





/** `<export.path>/<account>` relative to the repository root. */
function accountFolder(ctx) {
    return external_node_path_.posix.join(ctx.config.export.path, ctx.account.name);
}
async function loadZoneSource(request, ctx) {
    const path = looksLikePath(request.source)
        ? checkedRepoPath(request.source)
        : await findZoneFile(request.source, request.options['private'], ctx);
    const content = await readRepoFile(ctx.repoRoot, path);
    if (content === undefined) {
        throw new types/* RestoreInputError */.p(`Route 53 restore: export file ${path} does not exist at this commit; check the path ` +
            `(zone files live under ${external_node_path_.posix.join(accountFolder(ctx), route53_format/* ZONES_FOLDER */.Xx)}) or name the zone instead`);
    }
    const zonesAt = path.lastIndexOf(`/${route53_format/* ZONES_FOLDER */.Xx}`);
    const folder = zonesAt >= 0 ? path.slice(0, zonesAt) : accountFolder(ctx);
    const healthChecksPath = external_node_path_.posix.join(folder, health_checks/* HEALTH_CHECKS_PATH */.tC);
    const healthContent = await readRepoFile(ctx.repoRoot, healthChecksPath);
    const source = { path, content, healthChecksPath };
    if (healthContent !== undefined) {
        try {
            source.healthChecks = (0,health_checks/* parseHealthChecksFile */.Pj)(healthContent, { source: healthChecksPath });
        }
        catch (error) {
            if (error instanceof route53_format/* ExportFileError */.rh)
                throw new types/* RestoreInputError */.p(`Route 53 restore: ${error.message}`);
            throw error;
        }
    }
    return source;
}
function looksLikePath(source) {
    return source.includes('/') || /\.ya?ml$/i.test(source);
}
function checkedRepoPath(source) {
    const normal = external_node_path_.posix.normalize(source.replace(/^\.\//, ''));
    if (external_node_path_.posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..') {
        throw new types/* RestoreInputError */.p(`Route 53 restore: source "${source}" must be a path relative to the repository root, e.g. exports/<account>/route53/zones/example.com.yaml`);
    }
    return normal;
}
async function readRepoFile(repoRoot, path) {
    try {
        return await (0,promises_.readFile)(external_node_path_.posix.join(repoRoot, path), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** The file name stem the export gives a zone name (see zoneFilePaths). */
function fileStem(zoneName) {
    const name = zoneName.trim().replace(/\.$/, '').replaceAll('\\052', '_').toLowerCase();
    return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
async function findZoneFile(zoneName, privateOption, ctx) {
    const folder = external_node_path_.posix.join(accountFolder(ctx), route53_format/* ZONES_FOLDER */.Xx);
    let names;
    try {
        names = (await (0,promises_.readdir)(external_node_path_.posix.join(ctx.repoRoot, folder))).filter((n) => n.endsWith('.yaml')).sort();
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        throw new types/* RestoreInputError */.p(`Route 53 restore: there are no zone exports for account ${ctx.account.name} (${folder} does not exist at this commit); ` +
            'run an export first, or check the account name');
    }
    const stem = fileStem(zoneName);
    const matches = names.filter((n) => {
        const isPrivate = n.startsWith(`${stem}.private.`) || n.startsWith(`${stem}.private-`);
        const isPublic = n === `${stem}.yaml` || (n.startsWith(`${stem}-`) && n.endsWith('.yaml'));
        if (privateOption === 'true')
            return isPrivate;
        if (privateOption === 'false')
            return isPublic;
        return isPrivate || isPublic;
    });
    if (matches.length === 1)
        return external_node_path_.posix.join(folder, matches[0]);
    if (matches.length === 0) {
        const shown = names.slice(0, 20).map((n) => n.replace(/\.yaml$/, '')).join(', ');
        throw new types/* RestoreInputError */.p(`Route 53 restore: no export of zone "${zoneName}" in ${folder}` +
            (names.length ? `; exported zones: ${shown}${names.length > 20 ? ', …' : ''}` : ' (the folder is empty)') +
            '; name one of them, or give the file path');
    }
    throw new types/* RestoreInputError */.p(`Route 53 restore: zone "${zoneName}" matches several exports (${matches.map((m) => external_node_path_.posix.join(folder, m)).join(', ')}); ` +
        'give the file path as the source, or set the option private=true or private=false');
}

;// CONCATENATED MODULE: ./src/restore/lb-not-restored.ts
/**
 * What a load-balancer restore cannot put back is said, never dropped: each such thing is a
 * plan warning "not restored: <what> — <why, and how to do it by hand>". Fields the restore
 * does not know (AWS adds fields; the export keeps them) are found by comparing a document's
 * keys with the ones the restore reads.
 */
function notRestored(what, how) {
    return `not restored: ${what} — ${how}`;
}
/** Keys of `value` holding something (not undefined, null, '' or []) that `known` lacks, sorted. */
function unknownFields(value, known) {
    if (!value)
        return [];
    return Object.entries(value)
        .filter(([key, v]) => !known.has(key) && v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
        .map(([key]) => key)
        .sort();
}
/** One note for the fields of `where` this restore does not know. */
function unknownFieldsNote(where, fields) {
    if (!fields.length)
        return [];
    return [
        notRestored(`${where} ${fields.join(', ')}`, `this restore does not know ${fields.length === 1 ? 'this field' : 'these fields'} (AWS added ${fields.length === 1 ? 'it' : 'them'} after this version); set ${fields.length === 1 ? 'it' : 'them'} by hand after the restore`),
    ];
}

;// CONCATENATED MODULE: ./src/restore/route53-zone.ts
/**
 * The zone itself in a Route 53 restore: finding the live zone to restore into (by id, or by
 * name and visibility), the VPCs of a new private zone, creating a missing zone, and putting
 * back an existing zone's drifted comment and tags.
 */









async function findLiveZone(client, request, file, targetName) {
    const wantedId = request.options['zone-id'];
    if (wantedId) {
        let zone;
        try {
            zone = (await client.send(new dist_cjs.GetHostedZoneCommand({ Id: (0,route53_format/* bareZoneId */.eJ)(wantedId) }))).HostedZone;
        }
        catch (error) {
            if ((0,errors/* awsErrorCode */.J6)(error) === 'NoSuchHostedZone') {
                throw new types/* RestoreInputError */.p(`Route 53 restore: option zone-id=${wantedId} names no hosted zone of this account; check the id, or leave the option out to create a new zone`);
            }
            throw error;
        }
        if (!zone || normalName(zone.Name ?? '') !== targetName) {
            throw new types/* RestoreInputError */.p(`Route 53 restore: zone ${wantedId} is named ${zone?.Name ?? '(unknown)'}, not ${targetName}; pick the zone of that name, or set target to ${zone?.Name ?? 'its name'}`);
        }
        return { id: (0,route53_format/* bareZoneId */.eJ)(zone.Id ?? ''), zone };
    }
    const out = await client.send(new dist_cjs.ListHostedZonesByNameCommand({ DNSName: targetName, MaxItems: 100 }));
    const sameName = (out.HostedZones ?? []).filter((z) => normalName(z.Name ?? '') === targetName && (z.Config?.PrivateZone === true) === file.zone.PrivateZone);
    const exported = sameName.find((z) => (0,route53_format/* bareZoneId */.eJ)(z.Id ?? '') === file.zone.Id);
    const chosen = exported ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (!chosen && sameName.length > 1) {
        const ids = sameName.map((z) => (0,route53_format/* bareZoneId */.eJ)(z.Id ?? '')).join(', ');
        throw new types/* RestoreInputError */.p(`Route 53 restore: several ${file.zone.PrivateZone ? 'private' : 'public'} zones are named ${targetName} (${ids}); set the option zone-id to the one to restore into`);
    }
    return chosen ? { id: (0,route53_format/* bareZoneId */.eJ)(chosen.Id ?? ''), zone: chosen } : undefined;
}
/** VPCs of a new private zone: the `vpcs` option (e.g. DR-region VPCs), else the exported ones. */
function zoneVpcs(request, file) {
    const option = request.options['vpcs'];
    if (option === undefined) {
        const vpcs = file.zone.VPCs ?? [];
        if (vpcs.length === 0) {
            throw new types/* RestoreInputError */.p(`Route 53 restore: private zone ${file.zone.Name} has no VPCs in its export; give them with the option vpcs=<region>:<vpc-id>,…`);
        }
        return vpcs;
    }
    return option
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((entry) => {
        const match = /^([a-z0-9-]+):(vpc-[0-9a-f]+)$/.exec(entry);
        if (!match) {
            throw new types/* RestoreInputError */.p(`Route 53 restore: option vpcs entry "${entry}" is not <region>:<vpc-id>, e.g. us-west-2:vpc-0123456789abcdef0`);
        }
        return { VPCRegion: match[1], VPCId: match[2] };
    });
}
async function planNewZone(builder, client, file, name, label, vpcs, state, wait) {
    let delegationSetId = file.zone.PrivateZone ? undefined : file.zone.DelegationSetId;
    if (delegationSetId && !(await delegationSetExists(client, delegationSetId))) {
        builder.warn(label, notRestored(`reusable delegation set ${delegationSetId}`, 'it no longer exists, so the new zone gets new name servers; update the delegation at the registrar'));
        delegationSetId = undefined;
    }
    const zone = {
        name,
        callerReference: `aws-backup-gitops-restore-${(0,external_node_crypto_.randomUUID)()}`,
        vpcs,
        tags: file.zone.Tags,
        ...(file.zone.Comment !== undefined ? { comment: file.zone.Comment } : {}),
        ...(delegationSetId ? { delegationSetId } : {}),
    };
    const details = { tags: file.zone.Tags.length };
    if (vpcs.length)
        details.vpcs = vpcs.map((v) => `${v.VPCRegion}:${v.VPCId}`).join(', ');
    if (delegationSetId)
        details['delegation-set'] = delegationSetId;
    return builder.add({
        id: `route53/${name}/zone`,
        kind: 'create',
        target: label,
        reason: file.zone.PrivateZone
            ? 'no such private zone exists: created with its VPC associations, comment and tags'
            : `no such public zone exists: created with its comment and tags${delegationSetId ? ' and the same reusable delegation set' : ' (new name servers: update the delegation at the registrar)'}`,
        details,
        apply: async () => {
            state.zoneId = await createZone(client, zone, wait);
            return `zone ${state.zoneId}`;
        },
    });
}
async function delegationSetExists(client, id) {
    const sets = await (0,paginate/* listAll */._w)((0,paginate/* paginate */.En)((Marker) => client.send(new dist_cjs.ListReusableDelegationSetsCommand({ MaxItems: 100, ...(Marker ? { Marker } : {}) })), (page) => (page.IsTruncated ? page.NextMarker : undefined)), (page) => page.DelegationSets);
    if (!sets.complete)
        throw new Error((0,errors/* describeAwsError */.Pp)(sets.error, { family: 'route53', operation: 'ListReusableDelegationSets' }));
    return sets.items.some((s) => (s.Id ?? '').replace(/^\/delegationset\//, '') === id);
}
/** An existing zone gets its comment and tags put back when they drifted. */
async function planZoneSettings(builder, client, live, file, label) {
    const liveComment = live.zone.Config?.Comment;
    if ((liveComment ?? '') !== (file.zone.Comment ?? '')) {
        builder.add({
            id: `route53/${live.zone.Name}/comment`,
            kind: 'update',
            target: `${label} comment`,
            reason: 'the zone comment differs from the export',
            apply: async () => updateZoneComment(client, live.id, file.zone.Comment),
        });
    }
    const tagSet = (await client.send(new dist_cjs.ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: live.id }))).ResourceTagSet;
    const { add, remove } = tagDiff(tagSet?.Tags ?? [], file.zone.Tags);
    if (add.length || remove.length) {
        builder.add({
            id: `route53/${live.zone.Name}/tags`,
            kind: 'tag',
            target: `${label} tags`,
            reason: 'the zone tags differ from the export',
            details: { add: add.length, remove: remove.length },
            apply: async () => setTags(client, 'hostedzone', live.id, add, remove),
        });
    }
}

;// CONCATENATED MODULE: ./src/restore/route53-zone-fixed.ts

/** On while it is being turned on, and while turning it off failed. */
const recoveryOn = (status) => status === 'ENABLED' || status === 'ENABLING' || status === 'DISABLE_FAILED';
const bareSetId = (id) => id?.replace(/^\/?delegationset\//, '');
/**
 * `hosted` is the live zone's GetHostedZone answer: the listing carries neither the delegation
 * set nor, everywhere, the zone's features.
 */
function planZoneNotRestored(builder, live, file, label) {
    const wanted = file.zone;
    const liveZone = live && (live.hosted.HostedZone ?? live.zone);
    const liveSet = bareSetId(live?.hosted.DelegationSet?.Id);
    const service = wanted.LinkedService?.ServicePrincipal;
    const liveService = liveZone?.LinkedService?.ServicePrincipal;
    if (service && service !== liveService) {
        builder.warn(label, notRestored(`the link to ${service}`, live
            ? `the live zone is ${liveService ? `linked to ${liveService}` : 'not linked to a service'}, and only a service links a zone, when it creates it; records were compared as usual`
            : `only ${service} creates a zone linked to it, so this restore creates an ordinary zone the service does not manage; to have it managed, re-create the zone through the service (e.g. its Cloud Map namespace) and restore the records into it with the option zone-id`));
    }
    const exportedOn = recoveryOn(wanted.AcceleratedRecoveryStatus);
    if (exportedOn !== recoveryOn(liveZone?.Features?.AcceleratedRecoveryStatus) && (exportedOn || live)) {
        const flag = exportedOn ? '--enable-accelerated-recovery' : '--no-enable-accelerated-recovery';
        builder.warn(label, notRestored(`accelerated recovery ${wanted.AcceleratedRecoveryStatus ?? 'DISABLED'}${live ? ` (live: ${liveZone?.Features?.AcceleratedRecoveryStatus ?? 'DISABLED'})` : ''}`, `set it by hand once the zone exists: aws route53 update-hosted-zone-features --hosted-zone-id ${live?.id ?? '<new zone id>'} ${flag}`));
    }
    if (live && !wanted.PrivateZone && (wanted.DelegationSetId ?? '') !== (liveSet ?? '')) {
        const fixed = "a zone's name servers are fixed when it is created, so the live zone keeps its own";
        builder.warn(label, wanted.DelegationSetId
            ? notRestored(`reusable delegation set ${wanted.DelegationSetId} (live: ${liveSet ?? 'none, name servers of its own'})`, `${fixed}; make sure the registrar's delegation names them, or delete the zone and run the restore again to create it with that set`)
            : notRestored(`name servers of its own (live: reusable delegation set ${liveSet})`, `${fixed}; make sure the registrar's delegation names them`));
    }
}

;// CONCATENATED MODULE: ./src/restore/route53-vpcs.ts
/**
 * The VPC associations of an existing private zone in a restore. VPCs the export lists (or the
 * `vpcs` option names) that are no longer associated are associated again, one at a time
 * (AssociateVPCWithHostedZone has a low per-operation budget, 5 per second, and each waits
 * for INSYNC). VPCs associated now but not in the export are only reported, unless the
 * restore is forced: disassociating cuts the VPC off from the zone's records, so it is a
 * destructive action, planned after every association so the zone never loses its last VPC
 * (Route 53 refuses that anyway: LastVPCAssociation). A zone created by another AWS service
 * (it carries LinkedService) is never disassociated: Route 53 does not allow it.
 */


const key = (vpc) => `${vpc.VPCRegion ?? ''}:${vpc.VPCId ?? ''}`;
/** What to associate and what is associated beyond the wanted VPCs, in the order given. */
function diffVpcs(live, wanted) {
    const liveKeys = new Set(live.map(key));
    const wantedKeys = new Set(wanted.map(key));
    return { missing: wanted.filter((v) => !liveKeys.has(key(v))), extra: live.filter((v) => !wantedKeys.has(key(v))) };
}
async function planZoneVpcs(builder, client, zone, 
/** The zone's GetHostedZone answer (VPC associations are only there), read once by the restore. */
hosted, wanted, label, options) {
    const { missing, extra } = diffVpcs(hosted.VPCs ?? [], wanted);
    let previous;
    for (const vpc of missing) {
        previous = builder.add({
            id: `route53/${zone.name}/vpc/${key(vpc)}`,
            kind: 'create',
            target: `${label} VPC association ${key(vpc)}`,
            reason: 'the export lists this VPC but it is no longer associated with the zone: associated again',
            ...(previous ? { dependsOn: [previous] } : {}),
            apply: async () => {
                const out = await client.send(new dist_cjs.AssociateVPCWithHostedZoneCommand({ HostedZoneId: zone.id, VPC: vpc }));
                if (out.ChangeInfo?.Id && out.ChangeInfo.Status !== 'INSYNC')
                    await waitForInsync(client, out.ChangeInfo.Id, options.wait);
                return `${key(vpc)} associated`;
            },
        });
    }
    const owner = hosted.HostedZone?.LinkedService?.ServicePrincipal;
    for (const vpc of extra) {
        const item = `${label} VPC association ${key(vpc)}`;
        if (owner) {
            builder.warn(item, `associated with the zone but not in the export; the zone belongs to ${owner}, which Route 53 lets no one else disassociate, so it stays`);
        }
        else if (!options.force) {
            builder.warn(item, 'associated with the zone but not in the export; left associated (disassociating cuts this VPC off from the zone): run with force: true to disassociate it');
        }
        else {
            previous = builder.add({
                id: `route53/${zone.name}/vpc/${key(vpc)}/disassociate`,
                kind: 'delete',
                target: item,
                reason: 'associated with the zone but not in the export (forced): disassociated after the export\'s VPCs are associated, so the zone keeps at least one VPC',
                destructive: true,
                // Chained after every association (and the disassociation before it): one change at a time.
                ...(previous ? { dependsOn: [previous] } : {}),
                apply: async () => {
                    const out = await client.send(new dist_cjs.DisassociateVPCFromHostedZoneCommand({ HostedZoneId: zone.id, VPC: vpc }));
                    if (out.ChangeInfo?.Id && out.ChangeInfo.Status !== 'INSYNC')
                        await waitForInsync(client, out.ChangeInfo.Id, options.wait);
                    return `${key(vpc)} disassociated`;
                },
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/restore/route53.ts
/**
 * Route 53 restore: puts a hosted zone back the way a zone file describes it — into the live
 * zone, or into a new zone when none exists (a private zone gets its VPC associations back).
 *
 * The plan is the exact diff with the live zone, one action per record set (CREATE, UPSERT,
 * DELETE) plus zone and health-check actions; applying it sends the record changes in batches
 * (change-batches.ts) and waits for INSYNC after each. Apex NS/SOA stay untouched unless
 * forced; a restore that would update or delete more than 30% of a zone of 10+ records is
 * refused unless forced. The health-check file holds no ids: its checks are matched with the
 * live ones by stable name (the live checks named by the export's own listing and naming);
 * checks the records need that have no live counterpart are re-created, and the records
 * point at the new ids; live checks the records use get drifted settings and tags put back.
 * An existing private zone gets its exported VPC associations back (route53-vpcs.ts). What
 * it cannot put back (a linked service, accelerated recovery, another delegation set) is a
 * plan warning (route53-zone-fixed.ts).
 *
 * Options (`request.options`): `zone-id` (restore into this existing zone), `private`
 * (`true`/`false`, to pick between a public and a private export of one name), `vpcs`
 * (`<region>:<vpc-id>,…`, the VPCs of a private zone instead of the exported ones, e.g. in the
 * DR region).
 *
 * The zone itself is in route53-zone.ts, health checks in route53-checks.ts, the record
 * changes' wording and apply in route53-records.ts.
 */















const RESTORE_SECTION = 'restore';
function createRoute53Planner(options = {}) {
    const wait = { ...DEFAULT_WAIT, ...options.wait };
    return (request, ctx) => planRoute53(request, ctx, wait);
}
const planRoute53Restore = createRoute53Planner();
// ---------------------------------------------------------------------------------------
async function planRoute53(request, ctx, wait) {
    const client = ctx.clients.route53();
    const source = await loadZoneSource(request, ctx);
    const checks = source.healthChecks ?? [];
    const liveChecks = checks.length ? await liveHealthChecks(client) : new Map();
    const liveCheckIds = new Map([...liveChecks].map(([name, l]) => [name, l.id]));
    // Names of checks that still exist resolve to their live ids; missing ones to a placeholder.
    const idsByName = new Map(checks.map((c) => [c.name, liveCheckIds.get(c.name) ?? `${PENDING_CHECK}${c.name}`]));
    let file;
    try {
        file = (0,route53_format/* parseZoneFile */.CC)(source.content, {
            source: source.path,
            ...(source.healthChecks ? { healthCheckIds: idsByName } : {}),
        });
    }
    catch (error) {
        if (error instanceof route53_format/* ExportFileError */.rh)
            throw new types/* RestoreInputError */.p(`Route 53 restore: ${error.message}`);
        throw error;
    }
    const exportedId = file.zone.Id;
    const targetName = normalName(request.target ?? file.zone.Name);
    const label = `${targetName} (${file.zone.PrivateZone ? 'private' : 'public'})`;
    const live = await findLiveZone(client, request, file, targetName);
    const vpcs = file.zone.PrivateZone ? zoneVpcs(request, file) : [];
    let desired = renameZoneRecords(file.records, file.zone.Name, targetName, exportedId);
    let liveRecords = [];
    if (live) {
        desired = remapSelfAliases(desired, exportedId, live.id);
        const listing = await (0,paginate/* listResourceRecordSets */.JS)(client, live.id);
        if (!listing.complete) {
            throw new Error((0,errors/* describeAwsError */.Pp)(listing.error, { family: 'route53', operation: 'ListResourceRecordSets', resource: `zone ${label} (${live.id})` }));
        }
        liveRecords = listing.items;
    }
    const diff = diffZoneRecords(desired, liveRecords, { zoneName: targetName, force: request.force });
    // One lookup for every UPSERT's reason (a zone may hold 100,000 records).
    const liveById = new Map(liveRecords.map((r) => [recordIdentity(r), r]));
    if (!live) {
        // A new zone comes with its own apex NS and SOA: a forced restore overwrites them.
        for (const change of diff.changes)
            if (change.Action === 'CREATE' && isApex(change, targetName))
                change.Action = 'UPSERT';
    }
    const builder = new plan/* PlanBuilder */.LR(RESTORE_SECTION);
    for (const record of diff.skippedApex) {
        builder.warn(`${label} ${record.Name} ${record.Type}`, 'differs from the export but is the zone\'s own apex record, left as it is; run with force to restore it too');
    }
    if (live) {
        const threshold = checkChangeThreshold(diff.changes, liveRecords.length);
        if (threshold.exceeded && !request.force) {
            const share = Math.round((100 * threshold.updatesAndDeletes) / threshold.liveRecords);
            builder.error(label, `restoring ${source.path} would update or delete ${threshold.updatesAndDeletes} of the zone's ${threshold.liveRecords} ` +
                `record sets (${share}%), more than the ${CHANGE_THRESHOLD * 100}% a restore may change unforced; nothing was planned. ` +
                'Check that this export (and commit) is the one you mean, then run the restore again with force: true');
            return builder.build();
        }
    }
    let batches;
    try {
        batches = planChangeBatches(diff.changes, { zoneId: live?.id ?? exportedId });
    }
    catch (error) {
        if (error instanceof ChangeTooLargeError)
            throw new types/* RestoreInputError */.p(`Route 53 restore of ${source.path}: ${error.message}`);
        throw error;
    }
    const state = { zoneId: live?.id, checkIds: new Map() };
    let zoneActionId;
    // One GetHostedZone for what only it says: VPC associations, delegation set, features.
    const hosted = live && (await client.send(new dist_cjs.GetHostedZoneCommand({ Id: live.id })));
    if (live && hosted) {
        await planZoneSettings(builder, client, live, file, label);
        if (file.zone.PrivateZone)
            await planZoneVpcs(builder, client, { id: live.id, name: targetName }, hosted, vpcs, label, { force: request.force, wait });
    }
    else
        zoneActionId = await planNewZone(builder, client, file, targetName, label, vpcs, state, wait);
    planZoneNotRestored(builder, live && hosted && { ...live, hosted }, file, label);
    // Checks the zone's records use: drifted settings and tags are put back (route53-checks.ts).
    const checkNames = new Map([...idsByName].map(([name, id]) => [id, name]));
    const referenced = new Set(file.records.flatMap((r) => (r.HealthCheckId && checkNames.has(r.HealthCheckId) ? [checkNames.get(r.HealthCheckId)] : [])));
    const checkActions = planHealthChecks(builder, client, checks, liveChecks, referenced, diff.changes, state);
    const runBatch = batchRunner(client, batches, state, exportedId, live === undefined, wait, label);
    let previousBatchAction;
    batches.forEach((batch, index) => {
        let lastId;
        // Every action of a batch shares its outcome, so each waits for what any of them needs.
        const needs = [
            zoneActionId,
            previousBatchAction,
            ...batch.flatMap((change) => pendingChecks(change.ResourceRecordSet).map((name) => checkActions.get(name))),
        ];
        const dependsOn = [...new Set(needs.filter((id) => id !== undefined))];
        for (const change of batch) {
            const record = change.ResourceRecordSet;
            lastId = builder.add({
                id: `route53/${targetName}/${recordIdentity(record)}`,
                kind: change.Action === 'CREATE' ? 'create' : change.Action === 'DELETE' ? 'delete' : 'update',
                target: `${label} ${describeRecord(record)}`,
                reason: reasonFor(change, liveById),
                details: { batch: `${index + 1}/${batches.length}`, values: record.ResourceRecords?.length ?? 0 },
                dependsOn,
                apply: () => runBatch(index),
            });
        }
        previousBatchAction = lastId;
    });
    return builder.build();
}

// EXTERNAL MODULE: ./src/export/lb-format-v2.ts
var lb_format_v2 = __webpack_require__(5077);
;// CONCATENATED MODULE: ./src/restore/lb-audit.ts
/**
 * What an export file holds that a load-balancer restore does not put back, as "not restored"
 * notes for the plan: registered instances and targets (the deployment registers them), what
 * belongs to the export's region (Elastic IPs, fixed private addresses, a customer-owned
 * address pool) in a restore into another region, and fields this version does not know.
 */


const known = (...keys) => new Set(keys);
const CLASSIC = {
    top: known('Kind', 'Region', 'LoadBalancer', 'Listeners', 'BackendServerDescriptions', 'Attributes', 'Policies', 'Tags', 'Instances'),
    // SourceSecurityGroup, DNSName and the canonical zone are AWS's answer, not settings.
    loadBalancer: known('LoadBalancerName', 'Scheme', 'VPCId', 'AvailabilityZones', 'Subnets', 'SecurityGroups', 'SourceSecurityGroup', 'HealthCheck', 'DNSName', 'CanonicalHostedZoneName', 'CanonicalHostedZoneNameID'),
    listener: known('Protocol', 'LoadBalancerPort', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId', 'PolicyNames'),
    policy: known('PolicyName', 'PolicyTypeName', 'PolicyAttributes'),
    backend: known('InstancePort', 'PolicyNames'),
};
const V2 = {
    top: known('Kind', 'Region', 'LoadBalancer', 'Attributes', 'Tags', 'Listeners', 'TargetGroups'),
    loadBalancer: known('LoadBalancerName', 'LoadBalancerArn', 'Type', 'Scheme', 'IpAddressType', 'VpcId', 'AvailabilityZones', 'SecurityGroups', 'CustomerOwnedIpv4Pool', 'DNSName', 'CanonicalHostedZoneId'),
    zone: known('ZoneName', 'SubnetId', 'OutpostId', 'LoadBalancerAddresses'),
    listener: known('ListenerArn', 'Port', 'Protocol', 'SslPolicy', 'Certificates', 'AdditionalCertificates', 'AlpnPolicy', 'MutualAuthentication', 'DefaultActions', 'Rules'),
    rule: known('Priority', 'RuleArn', 'Conditions', 'Actions', 'Transforms'),
    targetGroup: known('TargetGroupName', 'TargetGroupArn', 'TargetType', 'Protocol', 'ProtocolVersion', 'Port', 'VpcId', 'IpAddressType', ...lb_format_v2/* TARGET_GROUP_HEALTH_CHECK_FIELDS */.E$, 'Attributes', 'Tags', 'Targets'),
};
function classicNotes(doc, target) {
    const notes = [
        ...unknownFieldsNote('file fields', unknownFields(doc, CLASSIC.top)),
        ...unknownFieldsNote('LoadBalancer fields', unknownFields(doc.LoadBalancer, CLASSIC.loadBalancer)),
        ...doc.Listeners.flatMap((l) => unknownFieldsNote(`listener ${l.Protocol}:${l.LoadBalancerPort} fields`, unknownFields(l, CLASSIC.listener))),
        ...doc.Policies.flatMap((p) => unknownFieldsNote(`policy ${p.PolicyName} fields`, unknownFields(p, CLASSIC.policy))),
        ...doc.BackendServerDescriptions.flatMap((b) => unknownFieldsNote(`back-end port ${b.InstancePort} fields`, unknownFields(b, CLASSIC.backend))),
    ];
    const instances = doc.Instances ?? [];
    if (instances.length) {
        notes.push(notRestored(`registered instances ${instances.join(', ')}`, target.crossRegion
            ? `they run in ${doc.Region}; register the ${target.targetRegion} instances (RegisterInstancesWithLoadBalancer or your deployment)`
            : 'a restore does not register instances; your deployment does (or RegisterInstancesWithLoadBalancer)'));
    }
    return notes;
}
function v2Notes(doc, target) {
    const lb = doc.LoadBalancer;
    const notes = [
        ...unknownFieldsNote('file fields', unknownFields(doc, V2.top)),
        ...unknownFieldsNote('LoadBalancer fields', unknownFields(lb, V2.loadBalancer)),
        ...(lb.AvailabilityZones ?? []).flatMap((z) => unknownFieldsNote(`zone ${z.ZoneName} fields`, unknownFields(z, V2.zone))),
    ];
    for (const l of doc.Listeners) {
        const where = `listener ${l.Protocol}:${l.Port}`;
        notes.push(...unknownFieldsNote(`${where} fields`, unknownFields(l, V2.listener)));
        for (const r of l.Rules)
            notes.push(...unknownFieldsNote(`${where} rule ${r.Priority} fields`, unknownFields(r, V2.rule)));
    }
    for (const tg of doc.TargetGroups) {
        const name = tg.TargetGroupName ?? '';
        notes.push(...unknownFieldsNote(`target group ${name} fields`, unknownFields(tg, V2.targetGroup)));
        if (tg.Targets?.length) {
            notes.push(notRestored(`registered targets of target group ${name} (${tg.Targets.map((t) => (t.Port ? `${t.Id}:${t.Port}` : t.Id)).join(', ')})`, 'a restore does not register targets; your deployment does (or RegisterTargets)'));
        }
    }
    if (target.crossRegion)
        notes.push(...regionBound(doc, target.targetRegion));
    return notes;
}
/** What an ALB/NLB holds of the export's region: AWS gives the copy its own. */
function regionBound(doc, targetRegion) {
    const notes = [];
    const addresses = (doc.LoadBalancer.AvailabilityZones ?? []).flatMap((z) => (z.LoadBalancerAddresses ?? []).map((a) => ({ zone: z.ZoneName, ...a })));
    const eips = addresses.filter((a) => a.AllocationId).map((a) => `${a.AllocationId} (${a.zone})`);
    if (eips.length) {
        notes.push(notRestored(`Elastic IPs ${eips.join(', ')}`, `Elastic IPs belong to ${doc.Region}; the copy gets addresses from AWS: to fix them, allocate Elastic IPs in ${targetRegion} and set them with SetSubnets (SubnetMappings)`));
    }
    const fixed = addresses.filter((a) => !a.AllocationId && (a.PrivateIPv4Address || a.IPv6Address)).map((a) => `${a.PrivateIPv4Address ?? a.IPv6Address} (${a.zone})`);
    if (fixed.length) {
        notes.push(notRestored(`private addresses ${fixed.join(', ')}`, `they are addresses of ${doc.Region}'s subnets; the copy gets addresses of the mapped subnets in ${targetRegion}`));
    }
    if (doc.LoadBalancer.CustomerOwnedIpv4Pool) {
        notes.push(notRestored(`customer-owned address pool ${doc.LoadBalancer.CustomerOwnedIpv4Pool}`, `it belongs to an Outpost of ${doc.Region}; create the load balancer on an Outpost of ${targetRegion} by hand if it needs one`));
    }
    return notes;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing/dist-cjs/index.js
var client_elastic_load_balancing_dist_cjs = __webpack_require__(9165);
// EXTERNAL MODULE: ./src/export/lb-canonical.ts
var lb_canonical = __webpack_require__(2205);
// EXTERNAL MODULE: ./src/export/lb-format-classic.ts
var lb_format_classic = __webpack_require__(5373);
;// CONCATENATED MODULE: ./src/restore/lb-classic-policies.ts
/**
 * The policies of an existing classic load balancer in a restore: custom policies missing
 * from it are created (the returned action ids: what attaching them must wait for), and the policies attached to each listener and back-end port are put
 * back as exported. A policy that exists with other settings cannot be changed in place (AWS
 * has no modify call): it is said as "not restored", with what to do by hand.
 */



/** AWS's own policies are referenced by name, never created. */
const PREDEFINED_POLICY = /^(ELBSecurityPolicy-|ELBSample-)/;
const sortedNames = (names) => [...(names ?? [])].sort().join(',');
async function planClassicPolicyDrift(builder, client, label, doc, live) {
    const name = doc.LoadBalancer.LoadBalancerName;
    const livePolicies = new Map(((await client.send(new client_elastic_load_balancing_dist_cjs.DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name }))).PolicyDescriptions ?? []).map((p) => [
        p.PolicyName ?? '',
        (0,lb_format_classic/* classicPolicyDocument */.Y)(p),
    ]));
    const missing = doc.Policies.filter((p) => !PREDEFINED_POLICY.test(p.PolicyName) && !livePolicies.has(p.PolicyName));
    for (const p of doc.Policies) {
        const current = livePolicies.get(p.PolicyName);
        if (current && !PREDEFINED_POLICY.test(p.PolicyName) && (0,lb_canonical/* canonicalKey */.yk)(current) !== (0,lb_canonical/* canonicalKey */.yk)(p)) {
            builder.warn(label, notRestored(`policy ${p.PolicyName} as exported (the live one has other settings)`, 'a classic policy cannot be changed in place: detach it, delete it (DeleteLoadBalancerPolicy) and run the restore again'));
        }
    }
    const create = missing.length
        ? builder.add({
            kind: 'create',
            target: `${label} policies ${missing.map((p) => p.PolicyName).join(', ')}`,
            reason: 'missing: created as exported',
            apply: async () => {
                for (const p of missing) {
                    await client.send(new client_elastic_load_balancing_dist_cjs.CreateLoadBalancerPolicyCommand({ LoadBalancerName: name, PolicyName: p.PolicyName, PolicyTypeName: p.PolicyTypeName, PolicyAttributes: p.PolicyAttributes }));
                }
            },
        })
        : undefined;
    const dependsOn = create ? [create] : [];
    const liveListeners = new Map((live.ListenerDescriptions ?? []).map((d) => [d.Listener?.LoadBalancerPort, d]));
    for (const listener of doc.Listeners) {
        const current = liveListeners.get(listener.LoadBalancerPort);
        if (!current)
            continue; // created with its policies by the listener action
        const where = `${label} listener ${listener.Protocol}:${listener.LoadBalancerPort}`;
        if (sortedNames(listener.PolicyNames) !== sortedNames(current.PolicyNames)) {
            builder.add({
                kind: 'update',
                target: `${where} policies`,
                reason: `are ${sortedNames(current.PolicyNames) || 'none'}, the export has ${sortedNames(listener.PolicyNames) || 'none'}`,
                dependsOn,
                apply: async () => {
                    await client.send(new client_elastic_load_balancing_dist_cjs.SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, PolicyNames: listener.PolicyNames ?? [] }));
                },
            });
        }
    }
    const wantedBackends = new Map(doc.BackendServerDescriptions.map((b) => [b.InstancePort, b.PolicyNames ?? []]));
    const liveBackends = new Map((live.BackendServerDescriptions ?? []).map((b) => [b.InstancePort, b.PolicyNames ?? []]));
    for (const port of new Set([...wantedBackends.keys(), ...liveBackends.keys()])) {
        const wanted = wantedBackends.get(port) ?? [];
        if (sortedNames(wanted) === sortedNames(liveBackends.get(port)))
            continue;
        builder.add({
            kind: 'update',
            target: `${label} back-end port ${port} policies`,
            reason: `are ${sortedNames(liveBackends.get(port)) || 'none'}, the export has ${sortedNames(wanted) || 'none'}`,
            dependsOn,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_dist_cjs.SetLoadBalancerPoliciesForBackendServerCommand({ LoadBalancerName: name, InstancePort: port, PolicyNames: wanted }));
            },
        });
    }
    return dependsOn;
}

;// CONCATENATED MODULE: ./src/restore/lb-classic.ts
/**
 * Restore of a classic load balancer from its export: a missing one is re-created with its
 * listeners, health check, attributes, policies (and their attachment to listeners and
 * back-end ports) and tags; an existing one gets drifted attributes, health check, tags,
 * security groups, listener certificates, missing listeners and policies (lb-classic-policies.ts)
 * put back, and listeners the export does not have deleted; what it cannot change in place (scheme, subnets, other listener settings) is a
 * "not restored" note.
 */





async function planClassicLoadBalancer(builder, client, source) {
    const label = `${source.targetRegion}/classic/${source.name}`;
    const live = await findClassic(client, source.name);
    if (!live) {
        planCreate(builder, client, label, source);
        return;
    }
    await planDrift(builder, client, label, source, live);
}
async function findClassic(client, name) {
    try {
        return (await client.send(new client_elastic_load_balancing_dist_cjs.DescribeLoadBalancersCommand({ LoadBalancerNames: [name] }))).LoadBalancerDescriptions?.[0];
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === 'LoadBalancerNotFound' || (0,errors/* awsErrorCode */.J6)(error) === 'AccessPointNotFound')
            return undefined;
        throw error;
    }
}
function listenerInputs(source) {
    return source.doc.Listeners.map(({ PolicyNames: _policies, ...listener }) => ({
        ...listener,
        ...(listener.SSLCertificateId ? { SSLCertificateId: source.certificates.get(listener.SSLCertificateId) ?? listener.SSLCertificateId } : {}),
    }));
}
function attributesInput(doc) {
    const { AdditionalAttributes, ...rest } = doc.Attributes;
    return { ...rest, ...(AdditionalAttributes ? { AdditionalAttributes: (0,lb_canonical/* keyValueList */.BS)(AdditionalAttributes) } : {}) };
}
function planCreate(builder, client, label, source) {
    const { doc, name } = source;
    const lb = doc.LoadBalancer;
    const custom = doc.Policies.filter((p) => !PREDEFINED_POLICY.test(p.PolicyName));
    builder.add({
        kind: 'create',
        target: label,
        reason: `missing in ${source.targetRegion}: re-created from ${source.path} with ${doc.Listeners.length} listener(s), its health check, attributes, ${custom.length} policy(ies) and tags`,
        details: { subnets: source.subnets.join(', '), 'security-groups': source.securityGroups.join(', ') },
        apply: async () => {
            const zones = source.subnets.length ? {} : { AvailabilityZones: (lb.AvailabilityZones ?? []).map((z) => (source.crossRegion ? z.replace(source.sourceRegion, source.targetRegion) : z)) };
            await client.send(new client_elastic_load_balancing_dist_cjs.CreateLoadBalancerCommand({
                LoadBalancerName: name,
                Listeners: listenerInputs(source),
                ...(source.subnets.length ? { Subnets: source.subnets } : zones),
                ...(source.securityGroups.length ? { SecurityGroups: source.securityGroups } : {}),
                ...(lb.Scheme === 'internal' ? { Scheme: 'internal' } : {}),
                ...(Object.keys(doc.Tags).length ? { Tags: (0,lb_canonical/* keyValueList */.BS)(doc.Tags) } : {}),
            }));
            if (lb.HealthCheck)
                await client.send(new client_elastic_load_balancing_dist_cjs.ConfigureHealthCheckCommand({ LoadBalancerName: name, HealthCheck: lb.HealthCheck }));
            await client.send(new client_elastic_load_balancing_dist_cjs.ModifyLoadBalancerAttributesCommand({ LoadBalancerName: name, LoadBalancerAttributes: attributesInput(doc) }));
            for (const policy of custom) {
                await client.send(new client_elastic_load_balancing_dist_cjs.CreateLoadBalancerPolicyCommand({
                    LoadBalancerName: name,
                    PolicyName: policy.PolicyName,
                    PolicyTypeName: policy.PolicyTypeName,
                    PolicyAttributes: policy.PolicyAttributes,
                }));
            }
            for (const listener of doc.Listeners) {
                if (!listener.PolicyNames?.length)
                    continue;
                await client.send(new client_elastic_load_balancing_dist_cjs.SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, PolicyNames: listener.PolicyNames }));
            }
            for (const backend of doc.BackendServerDescriptions) {
                await client.send(new client_elastic_load_balancing_dist_cjs.SetLoadBalancerPoliciesForBackendServerCommand({ LoadBalancerName: name, InstancePort: backend.InstancePort, PolicyNames: backend.PolicyNames ?? [] }));
            }
        },
    });
}
async function planDrift(builder, client, label, source, live) {
    const { doc, name } = source;
    const attrs = (await client.send(new client_elastic_load_balancing_dist_cjs.DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name }))).LoadBalancerAttributes ?? {};
    const liveAttributes = { ...attrs, AdditionalAttributes: attrs.AdditionalAttributes && (0,lb_canonical/* keyValueMap */.Ji)(attrs.AdditionalAttributes) };
    const differing = Object.keys(doc.Attributes).filter((k) => lb_classic_key(doc.Attributes[k]) !== lb_classic_key(liveAttributes[k]));
    if (differing.length) {
        builder.add({
            kind: 'update',
            target: `${label} attributes`,
            reason: `differ from the export: ${differing.join(', ')}`,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_dist_cjs.ModifyLoadBalancerAttributesCommand({ LoadBalancerName: name, LoadBalancerAttributes: attributesInput(doc) }));
            },
        });
    }
    const health = doc.LoadBalancer.HealthCheck;
    if (health && lb_classic_key(health) !== lb_classic_key(live.HealthCheck)) {
        builder.add({
            kind: 'update',
            target: `${label} health check`,
            reason: 'differs from the export',
            apply: async () => {
                await client.send(new client_elastic_load_balancing_dist_cjs.ConfigureHealthCheckCommand({ LoadBalancerName: name, HealthCheck: health }));
            },
        });
    }
    const wantedGroups = [...source.securityGroups].sort(lb_canonical/* compareText */.n6);
    const liveGroups = [...(live.SecurityGroups ?? [])].sort(lb_canonical/* compareText */.n6);
    if (wantedGroups.length && wantedGroups.join(',') !== liveGroups.join(',')) {
        builder.add({
            kind: 'update',
            target: `${label} security groups`,
            reason: `are ${liveGroups.join(', ') || 'none'}, the export has ${wantedGroups.join(', ')}`,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_dist_cjs.ApplySecurityGroupsToLoadBalancerCommand({ LoadBalancerName: name, SecurityGroups: wantedGroups }));
            },
        });
    }
    const tags = (0,lb_canonical/* keyValueMap */.Ji)((await client.send(new client_elastic_load_balancing_dist_cjs.DescribeTagsCommand({ LoadBalancerNames: [name] }))).TagDescriptions?.[0]?.Tags);
    const add = Object.entries(doc.Tags).filter(([k, v]) => tags[k] !== v);
    const remove = Object.keys(tags).filter((k) => !(k in doc.Tags));
    if (add.length || remove.length) {
        builder.add({
            kind: 'tag',
            target: `${label} tags`,
            reason: 'differ from the export',
            details: { add: add.length, remove: remove.length },
            apply: async () => {
                if (add.length)
                    await client.send(new client_elastic_load_balancing_dist_cjs.AddTagsCommand({ LoadBalancerNames: [name], Tags: add.map(([Key, Value]) => ({ Key, Value })) }));
                if (remove.length)
                    await client.send(new client_elastic_load_balancing_dist_cjs.RemoveTagsCommand({ LoadBalancerNames: [name], Tags: remove.map((Key) => ({ Key })) }));
            },
        });
    }
    // Listeners as the target region sees them (mapped certificates) for the policy and listener comparison.
    const inputs = listenerInputs(source);
    const mapped = { ...doc, Listeners: doc.Listeners.map((l, i) => ({ ...l, ...inputs[i] })) };
    const policiesCreated = await planClassicPolicyDrift(builder, client, label, mapped, live);
    if (doc.LoadBalancer.Scheme && live.Scheme && doc.LoadBalancer.Scheme !== live.Scheme) {
        builder.warn(label, notRestored(`scheme ${doc.LoadBalancer.Scheme} (live: ${live.Scheme})`, 'the scheme is set when a load balancer is created: delete it and run the restore again to re-create it'));
    }
    const wantedSubnets = [...source.subnets].sort(lb_canonical/* compareText */.n6).join(', ');
    const liveSubnets = [...(live.Subnets ?? [])].sort(lb_canonical/* compareText */.n6).join(', ');
    if (wantedSubnets && wantedSubnets !== liveSubnets) {
        builder.warn(label, notRestored(`subnets ${wantedSubnets} (live: ${liveSubnets || 'none'})`, 'change them by hand with AttachLoadBalancerToSubnets / DetachLoadBalancerFromSubnets'));
    }
    planListenerDrift(builder, client, label, mapped.Listeners, live);
    const livePorts = new Set((live.ListenerDescriptions ?? []).map((d) => d.Listener?.LoadBalancerPort));
    const missing = listenerInputs(source).filter((l) => !livePorts.has(l.LoadBalancerPort));
    if (missing.length) {
        builder.add({
            kind: 'create',
            target: `${label} listeners ${missing.map((l) => `${l.Protocol}:${l.LoadBalancerPort}`).join(', ')}`,
            reason: 'missing: created as exported, with their policies',
            dependsOn: policiesCreated,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_dist_cjs.CreateLoadBalancerListenersCommand({ LoadBalancerName: name, Listeners: missing }));
                for (const listener of doc.Listeners.filter((l) => missing.some((m) => m.LoadBalancerPort === l.LoadBalancerPort))) {
                    if (!listener.PolicyNames?.length)
                        continue;
                    await client.send(new client_elastic_load_balancing_dist_cjs.SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, PolicyNames: listener.PolicyNames }));
                }
            },
        });
    }
    const wantedPorts = new Set(doc.Listeners.map((l) => l.LoadBalancerPort));
    const extra = (live.ListenerDescriptions ?? []).map((d) => d.Listener).filter((l) => l !== undefined && !wantedPorts.has(l.LoadBalancerPort));
    if (extra.length) {
        builder.add({
            kind: 'delete',
            target: `${label} listeners ${extra.map((l) => `${l.Protocol}:${l.LoadBalancerPort}`).join(', ')}`,
            reason: 'the live load balancer has listeners the export does not',
            apply: async () => {
                await client.send(new client_elastic_load_balancing_dist_cjs.DeleteLoadBalancerListenersCommand({ LoadBalancerName: name, LoadBalancerPorts: extra.map((l) => l.LoadBalancerPort) }));
            },
        });
    }
}
/**
 * Listeners on the export's ports whose settings differ: a new certificate is set in place
 * (SetLoadBalancerListenerSSLCertificate); anything else cannot be modified on a classic
 * listener, which the plan says.
 */
function planListenerDrift(builder, client, label, listeners, live) {
    const name = live.LoadBalancerName;
    const liveListeners = new Map((live.ListenerDescriptions ?? []).map((d) => [d.Listener?.LoadBalancerPort, d.Listener ?? {}]));
    for (const listener of listeners) {
        const current = liveListeners.get(listener.LoadBalancerPort);
        if (!current)
            continue;
        const where = `${label} listener ${listener.Protocol}:${listener.LoadBalancerPort}`;
        const differs = ['Protocol', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId'].filter((k) => String(listener[k] ?? '').toUpperCase() !== String(current[k] ?? '').toUpperCase());
        if (differs.length === 1 && differs[0] === 'SSLCertificateId' && listener.SSLCertificateId) {
            const certificate = listener.SSLCertificateId;
            builder.add({
                kind: 'update',
                target: `${where} certificate`,
                reason: `is ${current.SSLCertificateId ?? 'none'}, the export has ${certificate}`,
                apply: async () => {
                    await client.send(new client_elastic_load_balancing_dist_cjs.SetLoadBalancerListenerSSLCertificateCommand({ LoadBalancerName: name, LoadBalancerPort: listener.LoadBalancerPort, SSLCertificateId: certificate }));
                },
            });
        }
        else if (differs.length) {
            builder.warn(label, notRestored(`${where} as exported (live ${differs.map((k) => `${k} ${current[k] ?? 'none'}`).join(', ')})`, 'a classic listener cannot be modified: delete it (DeleteLoadBalancerListeners) and run the restore again, which re-creates it'));
        }
    }
}
function lb_classic_key(value) {
    return JSON.stringify((0,lb_canonical/* canonical */.$N)(value ?? null));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
;// CONCATENATED MODULE: ./src/restore/lb-network.ts
/**
 * Checks that a load balancer's dependencies exist in the target region before anything is
 * created: its subnets and security groups (EC2 DescribeSubnets / DescribeSecurityGroups,
 * filtered by id so one missing id does not hide the others). All problems are reported
 * together, so the person on call fixes the inputs once.
 */

async function checkNetwork(ec2, region, subnets, securityGroups) {
    const problems = [];
    let vpcId;
    if (subnets.length) {
        const found = await ec2.send(new client_ec2_dist_cjs.DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: [...subnets] }] }));
        const known = new Map((found.Subnets ?? []).map((s) => [s.SubnetId ?? '', s]));
        const missing = subnets.filter((id) => !known.has(id));
        if (missing.length)
            problems.push(`subnet(s) ${missing.join(', ')} do not exist in ${region}: create them, or map others with the option subnets=…`);
        const vpcs = new Set([...known.values()].map((s) => s.VpcId).filter((v) => v !== undefined));
        if (vpcs.size > 1)
            problems.push(`subnets ${subnets.join(', ')} belong to several VPCs (${[...vpcs].sort().join(', ')}); a load balancer needs subnets of one VPC`);
        if (vpcs.size === 1)
            vpcId = [...vpcs][0];
    }
    if (securityGroups.length) {
        const found = await ec2.send(new client_ec2_dist_cjs.DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [...securityGroups] }] }));
        const known = new Map((found.SecurityGroups ?? []).map((g) => [g.GroupId ?? '', g]));
        const missing = securityGroups.filter((id) => !known.has(id));
        if (missing.length) {
            problems.push(`security group(s) ${missing.join(', ')} do not exist in ${region}: create them, or map others with the option security-groups=…`);
        }
        const foreign = [...known.values()].filter((g) => vpcId !== undefined && g.VpcId !== undefined && g.VpcId !== vpcId);
        if (foreign.length) {
            problems.push(`security group(s) ${foreign.map((g) => g.GroupId).join(', ')} are not in the subnets' VPC ${vpcId}`);
        }
    }
    return { ...(vpcId ? { vpcId } : {}), problems };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/regions.ts
var regions = __webpack_require__(815);
// EXTERNAL MODULE: ./src/export/lb-format.ts
var lb_format = __webpack_require__(7504);
;// CONCATENATED MODULE: ./src/restore/lb-logs.ts

/** The document with its log buckets replaced (or logging off), for a restore into `targetRegion`. */
function mapLogBuckets(doc, targetRegion, logBucket) {
    const unmapped = (what, bucket) => notRestored(`${what} to S3 bucket ${bucket}`, `ELB writes logs only to a bucket in the load balancer's own region, and ${bucket} serves ${doc.Region}; set the option log-bucket=<bucket in ${targetRegion}> (its bucket policy must let ELB deliver logs), or turn logging on by hand`);
    if (doc.Kind === 'elb') {
        const log = doc.Attributes.AccessLog;
        if (!log?.Enabled || !log.S3BucketName)
            return { doc, notes: [] };
        const AccessLog = logBucket ? { ...log, S3BucketName: logBucket } : { Enabled: false };
        return { doc: { ...doc, Attributes: { ...doc.Attributes, AccessLog } }, notes: logBucket ? [] : [unmapped('access logs', log.S3BucketName)] };
    }
    const attributes = { ...doc.Attributes };
    const notes = [];
    for (const key of Object.keys(doc.Attributes)) {
        const kind = /^(.+)\.s3\.bucket$/.exec(key)?.[1];
        const bucket = doc.Attributes[key];
        if (!kind || !bucket || doc.Attributes[`${kind}.s3.enabled`] !== 'true')
            continue;
        if (logBucket) {
            attributes[key] = logBucket;
        }
        else {
            attributes[`${kind}.s3.enabled`] = 'false';
            attributes[key] = '';
            notes.push(unmapped(kind.replace(/_/g, ' '), bucket));
        }
    }
    return { doc: { ...doc, Attributes: attributes }, notes };
}

;// CONCATENATED MODULE: ./src/restore/lb-source.ts
/**
 * What a load-balancer restore restores from and where to: the export file (by repo-relative
 * path or by load balancer name), the target region (the source's, or the DR region), and the
 * subnet / security-group / certificate / log-bucket mapping a restore into another region
 * needs, for classic and v2 alike. Every problem is a RestoreInputError naming what and how to
 * fix it.
 */








const FOLDERS = ['classic', 'application', 'network', 'gateway'];
async function loadLoadBalancerSource(request, ctx) {
    const path = request.source.includes('/') || /\.ya?ml$/i.test(request.source)
        ? checkedPath(request.source)
        : await findFile(request.source, ctx);
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_.posix.join(ctx.repoRoot, path), 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        throw new types/* RestoreInputError */.p(`load-balancer restore: export file ${path} does not exist at this commit; check the path ` +
            `(exports live under ${external_node_path_.posix.join(accountFolder(ctx), lb_format/* LB_EXPORT_ROOT */.p$)}/<region>/<classic|application|network>/) or give the load balancer's name`);
    }
    const exported = readDocument(text, path);
    const name = exported.LoadBalancer.LoadBalancerName;
    if (!name)
        throw new types/* RestoreInputError */.p(`load-balancer restore: ${path} has no LoadBalancerName; is it an export file?`);
    if (request.target !== undefined && request.target !== name) {
        throw new types/* RestoreInputError */.p(`load-balancer restore: target "${request.target}" differs from the exported name "${name}"; a load balancer is restored under its own name, so leave target empty`);
    }
    const targetRegion = checkedRegion(request.region ?? exported.Region, ctx);
    const crossRegion = targetRegion !== exported.Region;
    // Log buckets are regional too: replaced by the option log-bucket, or logging restored off.
    const logBucket = request.options['log-bucket']?.trim() || undefined;
    const { doc, notes } = crossRegion || logBucket ? mapLogBuckets(exported, targetRegion, logBucket) : { doc: exported, notes: [] };
    const exportedSubnets = doc.Kind === 'elb'
        ? (doc.LoadBalancer.Subnets ?? [])
        : (doc.LoadBalancer.AvailabilityZones ?? []).map((z) => z.SubnetId).filter((s) => s !== undefined);
    const exportedGroups = doc.LoadBalancer.SecurityGroups ?? [];
    const subnets = listOption(request.options['subnets']);
    const groups = listOption(request.options['security-groups']);
    const problems = [];
    if (crossRegion && exportedSubnets.length > 0 && !subnets) {
        problems.push(`subnets of ${targetRegion} are needed (the export's ${exportedSubnets.join(', ')} are in ${doc.Region}): set the option subnets=subnet-…,subnet-…`);
    }
    if (crossRegion && exportedGroups.length > 0 && !groups) {
        problems.push(`security groups of ${targetRegion} are needed (the export's ${exportedGroups.join(', ')} are in ${doc.Region}): set the option security-groups=sg-…`);
    }
    // ACM certificates are regional (IAM server certificates are global); trust stores are regional.
    const certificates = regionalArns('certificates', 'certificate', exportedCertificates(doc), (arn) => arn.includes(':acm:'));
    const trustStores = regionalArns('trust-stores', 'trust store', exportedTrustStores(doc), () => true);
    function regionalArns(option, what, exported, regional) {
        const map = arnMap(request.options[option], option, problems);
        for (const arn of exported) {
            const mapped = map.get(arn) ?? arn;
            if (!map.has(arn))
                map.set(arn, arn);
            const region = mapped.split(':')[3];
            if (mapped.startsWith('arn:') && region && region !== targetRegion && regional(mapped)) {
                problems.push(`${what} ${mapped} is in ${region}, not ${targetRegion}: set the option ${option}=${arn}=<${what} ARN in ${targetRegion}>`);
            }
        }
        return map;
    }
    if (problems.length) {
        throw new types/* RestoreInputError */.p(`load-balancer restore of ${name} into ${targetRegion} (from ${path}) cannot go ahead:\n- ${problems.join('\n- ')}`);
    }
    return {
        path,
        doc,
        name,
        sourceRegion: doc.Region,
        targetRegion,
        crossRegion,
        subnets: subnets ?? exportedSubnets,
        securityGroups: groups ?? exportedGroups,
        certificates,
        trustStores,
        notes,
    };
}
function readDocument(text, path) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new types/* RestoreInputError */.p(`load-balancer restore: ${path} is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    const kind = doc?.Kind;
    if (kind !== 'elb' && kind !== 'elbv2') {
        throw new types/* RestoreInputError */.p(`load-balancer restore: ${path} is not a load-balancer export (Kind must be elb or elbv2)`);
    }
    const region = doc.Region;
    if (typeof region !== 'string')
        throw new types/* RestoreInputError */.p(`load-balancer restore: ${path} has no Region`);
    return doc;
}
function checkedPath(source) {
    const normal = external_node_path_.posix.normalize(source.replace(/^\.\//, ''));
    if (external_node_path_.posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..') {
        throw new types/* RestoreInputError */.p(`load-balancer restore: source "${source}" must be a path relative to the repository root`);
    }
    return normal;
}
function checkedRegion(region, ctx) {
    const allowed = new Set([...ctx.account.regions, ...(ctx.config['dr-region'] ? [ctx.config['dr-region']] : [])]);
    if (!(0,regions/* isKnownRegion */.Kk)(region) || !allowed.has(region)) {
        throw new types/* RestoreInputError */.p(`load-balancer restore: region "${region}" is neither a backed-up region of account ${ctx.account.name} nor the DR region; use one of ${[...allowed].join(', ')}`);
    }
    return region;
}
async function findFile(name, ctx) {
    const root = external_node_path_.posix.join(accountFolder(ctx), lb_format/* LB_EXPORT_ROOT */.p$);
    let regions;
    try {
        regions = (await (0,promises_.readdir)(external_node_path_.posix.join(ctx.repoRoot, root))).sort();
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        throw new types/* RestoreInputError */.p(`load-balancer restore: there are no load-balancer exports for account ${ctx.account.name} (${root} does not exist at this commit)`);
    }
    const found = [];
    for (const region of regions) {
        for (const folder of FOLDERS) {
            const path = external_node_path_.posix.join(root, region, folder, `${name}.yaml`);
            try {
                await (0,promises_.readFile)(external_node_path_.posix.join(ctx.repoRoot, path));
                found.push(path);
            }
            catch {
                // not exported there
            }
        }
    }
    if (found.length === 1)
        return found[0];
    if (found.length === 0) {
        throw new types/* RestoreInputError */.p(`load-balancer restore: no export of a load balancer named "${name}" under ${root}; check the name, or give the file path`);
    }
    throw new types/* RestoreInputError */.p(`load-balancer restore: "${name}" was exported more than once (${found.join(', ')}); give the file path as the source`);
}
function listOption(value) {
    if (value === undefined)
        return undefined;
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    return items.length ? items : undefined;
}
/** `certificates=<exported ARN>=<ARN to use>,…` (and the same for trust-stores). */
function arnMap(value, option, problems) {
    const map = new Map();
    for (const entry of listOption(value) ?? []) {
        const at = entry.indexOf('=');
        if (at <= 0 || at === entry.length - 1) {
            problems.push(`option ${option} entry "${entry}" is not <exported ARN>=<ARN to use>`);
            continue;
        }
        map.set(entry.slice(0, at), entry.slice(at + 1));
    }
    return map;
}
/** Every certificate ARN the export uses. */
function exportedCertificates(doc) {
    const arns = new Set();
    if (doc.Kind === 'elb') {
        for (const l of doc.Listeners)
            if (l.SSLCertificateId)
                arns.add(l.SSLCertificateId);
    }
    else {
        for (const l of doc.Listeners) {
            for (const c of l.Certificates ?? [])
                if (c.CertificateArn)
                    arns.add(c.CertificateArn);
            for (const c of l.AdditionalCertificates ?? [])
                arns.add(c.CertificateArn);
        }
    }
    return [...arns].sort();
}
/** Every mutual-TLS trust store ARN the export uses (v2 listeners). */
function exportedTrustStores(doc) {
    if (doc.Kind === 'elb')
        return [];
    const arns = doc.Listeners.map((l) => l.MutualAuthentication?.TrustStoreArn).filter((a) => Boolean(a));
    return [...new Set(arns)].sort();
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./src/export/elb.ts
var elb = __webpack_require__(835);
;// CONCATENATED MODULE: ./src/restore/lb-v2-balancer.ts
/**
 * The load balancer itself in an ALB/NLB restore: created when missing (with attributes and
 * tags), or its drifted attributes, tags and security groups put back; what cannot be changed
 * in place (type, scheme, subnets) is a "not restored" note.
 */



const TAG_BATCH = 20;
function planCreateLoadBalancer(builder, client, label, source, state) {
    const lb = source.doc.LoadBalancer;
    // Elastic IPs and fixed private addresses belong to the source region: only a restore in
    // place keeps them (a restore elsewhere says so: lb-audit.ts).
    const mappings = !source.crossRegion
        ? (lb.AvailabilityZones ?? []).map((z) => {
            const address = z.LoadBalancerAddresses?.[0];
            return {
                SubnetId: z.SubnetId,
                ...(address?.AllocationId ? { AllocationId: address.AllocationId } : {}),
                ...(address?.PrivateIPv4Address ? { PrivateIPv4Address: address.PrivateIPv4Address } : {}),
                ...(address?.IPv6Address ? { IPv6Address: address.IPv6Address } : {}),
            };
        })
        : [];
    const withEips = mappings.some((m) => Object.keys(m).length > 1);
    return builder.add({
        kind: 'create',
        target: label,
        reason: `missing in ${source.targetRegion}: re-created from ${source.path} with its attributes and tags`,
        details: { subnets: source.subnets.join(', '), 'security-groups': source.securityGroups.join(', ') },
        apply: async () => {
            const out = await client.send(new client_elastic_load_balancing_v2_dist_cjs.CreateLoadBalancerCommand({
                Name: source.name,
                ...(lb.Type ? { Type: lb.Type } : {}),
                ...(lb.Scheme ? { Scheme: lb.Scheme } : {}),
                ...(lb.IpAddressType ? { IpAddressType: lb.IpAddressType } : {}),
                ...(withEips ? { SubnetMappings: mappings } : { Subnets: source.subnets }),
                ...(source.securityGroups.length ? { SecurityGroups: source.securityGroups } : {}),
                ...(!source.crossRegion && lb.CustomerOwnedIpv4Pool ? { CustomerOwnedIpv4Pool: lb.CustomerOwnedIpv4Pool } : {}),
                ...(Object.keys(source.doc.Tags).length ? { Tags: (0,lb_canonical/* keyValueList */.BS)(source.doc.Tags) } : {}),
            }));
            const arn = out.LoadBalancers?.[0]?.LoadBalancerArn;
            if (!arn)
                throw new Error('CreateLoadBalancer returned no ARN');
            state.lbArn = arn;
            if (Object.keys(source.doc.Attributes).length) {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: (0,lb_canonical/* keyValueList */.BS)(source.doc.Attributes) }));
            }
            return arn;
        },
    });
}
async function planLoadBalancerDrift(builder, client, label, source, live) {
    const arn = live.LoadBalancerArn;
    const attributes = (0,lb_canonical/* keyValueMap */.Ji)((await client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }))).Attributes);
    const changed = Object.entries(source.doc.Attributes).filter(([k, v]) => attributes[k] !== v);
    if (changed.length) {
        builder.add({
            kind: 'update',
            target: `${label} attributes`,
            reason: `differ from the export: ${changed.map(([k, v]) => `${k} ${attributes[k] ?? '(unset)'} → ${v}`).join(', ')}`,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: arn, Attributes: changed.map(([Key, Value]) => ({ Key, Value })) }));
            },
        });
    }
    await planTagDrift(builder, client, `${label} tags`, arn, source.doc.Tags);
    const lb = source.doc.LoadBalancer;
    const fixed = ['Type', 'Scheme', 'IpAddressType'].filter((k) => lb[k] !== undefined && live[k] !== undefined && lb[k] !== live[k]);
    if (fixed.length) {
        builder.warn(label, notRestored(fixed.map((k) => `${k} ${lb[k]} (live: ${live[k]})`).join(', '), fixed.every((k) => k === 'IpAddressType')
            ? 'set it by hand with SetIpAddressType'
            : 'these are set when a load balancer is created: delete it and run the restore again to re-create it'));
    }
    const wantedSubnets = [...source.subnets].sort(lb_canonical/* compareText */.n6).join(', ');
    const liveSubnets = (live.AvailabilityZones ?? []).map((z) => z.SubnetId ?? '').sort(lb_canonical/* compareText */.n6).join(', ');
    if (wantedSubnets && wantedSubnets !== liveSubnets) {
        builder.warn(label, notRestored(`subnets ${wantedSubnets} (live: ${liveSubnets || 'none'})`, 'change them by hand with SetSubnets'));
    }
    const wanted = [...source.securityGroups].sort(lb_canonical/* compareText */.n6);
    const current = [...(live.SecurityGroups ?? [])].sort(lb_canonical/* compareText */.n6);
    if (wanted.length && wanted.join(',') !== current.join(',')) {
        builder.add({
            kind: 'update',
            target: `${label} security groups`,
            reason: `are ${current.join(', ') || 'none'}, the export has ${wanted.join(', ')}`,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: wanted }));
            },
        });
    }
}
async function planTagDrift(builder, client, target, arn, wanted) {
    const tags = (0,lb_canonical/* keyValueMap */.Ji)((await client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTagsCommand({ ResourceArns: [arn] }))).TagDescriptions?.[0]?.Tags);
    const add = Object.entries(wanted).filter(([k, v]) => tags[k] !== v);
    const remove = Object.keys(tags).filter((k) => !(k in wanted));
    if (!add.length && !remove.length)
        return;
    builder.add({
        kind: 'tag',
        target,
        reason: 'differ from the export',
        details: { add: add.length, remove: remove.length },
        apply: async () => {
            for (let i = 0; i < add.length; i += TAG_BATCH) {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.AddTagsCommand({ ResourceArns: [arn], Tags: add.slice(i, i + TAG_BATCH).map(([Key, Value]) => ({ Key, Value })) }));
            }
            if (remove.length)
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.RemoveTagsCommand({ ResourceArns: [arn], TagKeys: remove }));
        },
    });
}

// EXTERNAL MODULE: ./src/export/lb-format-actions.ts
var lb_format_actions = __webpack_require__(3294);
;// CONCATENATED MODULE: ./src/restore/lb-v2-certificates.ts
/**
 * A listener's certificate list (the certificates beyond the default one, used with SNI) in an
 * ALB/NLB restore: put back from the export's `AdditionalCertificates`, mapped to the target
 * region's ARNs. AddListenerCertificates and RemoveListenerCertificates take one certificate
 * per call (API reference), so each certificate is its own call.
 */



/** The export's certificate list, as ARNs of the target region. */
function additionalCertificates(listener, source) {
    return [...new Set((listener.AdditionalCertificates ?? []).map((c) => source.certificates.get(c.CertificateArn) ?? c.CertificateArn))];
}
async function addCertificates(client, listenerArn, arns) {
    for (const CertificateArn of arns) {
        await client.send(new client_elastic_load_balancing_v2_dist_cjs.AddListenerCertificatesCommand({ ListenerArn: listenerArn, Certificates: [{ CertificateArn }] }));
    }
}
/** An existing listener: certificates missing from its list are added, those the export lacks removed. */
async function planCertificateDrift(builder, client, where, listener, live, source) {
    if (live.Protocol !== 'HTTPS' && live.Protocol !== 'TLS')
        return;
    const arn = live.ListenerArn;
    const wanted = additionalCertificates(listener, source);
    const certs = await (0,elb.collectMarkerPages)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeListenerCertificatesCommand({ ListenerArn: arn, Marker, PageSize: elb.LB_PAGE_SIZE })), (page) => page.Certificates);
    const present = new Set((0,lb_format_v2/* listedCertificates */.yM)(certs, live.Certificates ?? []));
    const missing = wanted.filter((c) => !present.has(c));
    const extra = [...present].filter((c) => !wanted.includes(c)).sort();
    if (missing.length) {
        builder.add({
            kind: 'update',
            target: `${where} certificates`,
            reason: `missing from the listener's certificate list: ${missing.join(', ')}`,
            apply: () => addCertificates(client, arn, missing),
        });
    }
    if (extra.length) {
        builder.add({
            kind: 'remove',
            target: `${where} certificates ${extra.join(', ')}`,
            reason: "in the live listener's certificate list, not in the export",
            apply: async () => {
                for (const CertificateArn of extra) {
                    await client.send(new client_elastic_load_balancing_v2_dist_cjs.RemoveListenerCertificatesCommand({ ListenerArn: arn, Certificates: [{ CertificateArn }] }));
                }
            },
        });
    }
}

;// CONCATENATED MODULE: ./src/restore/lb-v2-compare.ts

function lb_v2_compare_key(value) {
    return JSON.stringify((0,lb_canonical/* canonical */.$N)(value ?? null));
}
/** Actions as AWS stores them: a forward lists its groups (weight 1 by default) in ForwardConfig. */
function normalisedActions(actions) {
    return [...actions]
        .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
        .map((a) => {
        if (a.Type !== 'forward')
            return (0,lb_canonical/* canonical */.$N)(a);
        const groups = a.ForwardConfig?.TargetGroups ?? (a.TargetGroupArn ? [{ TargetGroupArn: a.TargetGroupArn }] : []);
        const { TargetGroupArn: _single, ForwardConfig: _config, ...rest } = a;
        return (0,lb_canonical/* canonical */.$N)({
            ...rest,
            groups: groups.map((g) => `${g.TargetGroupArn}=${g.Weight ?? 1}`).sort(),
            stickiness: a.ForwardConfig?.TargetGroupStickinessConfig ?? { Enabled: false },
        });
    });
}
function sameActions(a, b) {
    return JSON.stringify(normalisedActions(a)) === JSON.stringify(normalisedActions(b));
}
/** Conditions compare as sets; a legacy `Values` copy of the config's values does not count. */
function sameConditions(a, b) {
    const norm = (conditions) => conditions
        .map((c) => {
        const config = c.HostHeaderConfig ?? c.PathPatternConfig;
        const { Values, ...rest } = c;
        const keepValues = Values && !(config && lb_v2_compare_key([...(config.Values ?? [])].sort()) === lb_v2_compare_key([...Values].sort()));
        return lb_v2_compare_key(sortConditionValues({ ...rest, ...(keepValues ? { Values } : {}) }));
    })
        .sort();
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}
function sortConditionValues(c) {
    const out = { ...c };
    for (const [k, v] of Object.entries(c)) {
        const values = v?.Values;
        if (k.endsWith('Config') && Array.isArray(values))
            out[k] = { ...v, Values: [...values].map((x) => lb_v2_compare_key(x)).sort() };
    }
    if (Array.isArray(c.Values))
        out.Values = [...c.Values].sort();
    return out;
}

;// CONCATENATED MODULE: ./src/restore/lb-v2-listeners.ts
/**
 * Listeners and rules in an ALB/NLB restore: a missing listener is created with its default
 * actions, extra certificates and rules; an existing one gets drifted settings, default
 * actions, missing certificates and rules put back, and rules the export lacks deleted.
 */





function listenerInput(listener, source, resolve) {
    const defaultCert = listener.Certificates?.[0]?.CertificateArn;
    return {
        Port: listener.Port,
        Protocol: listener.Protocol,
        ...(listener.SslPolicy ? { SslPolicy: listener.SslPolicy } : {}),
        ...(defaultCert ? { Certificates: [{ CertificateArn: source.certificates.get(defaultCert) ?? defaultCert }] } : {}),
        ...(listener.AlpnPolicy?.length ? { AlpnPolicy: listener.AlpnPolicy } : {}),
        ...(listener.MutualAuthentication ? { MutualAuthentication: mutualAuthentication(listener.MutualAuthentication, source) } : {}),
        DefaultActions: (0,lb_format_actions/* actionsToApi */.Tq)(listener.DefaultActions, resolve),
    };
}
/** The listener's mutual TLS as ModifyListener takes it: the trust store mapped, AWS's status left out. */
function mutualAuthentication(value, source) {
    const { TrustStoreAssociationStatus: _status, ...rest } = value;
    return rest.TrustStoreArn ? { ...rest, TrustStoreArn: source.trustStores.get(rest.TrustStoreArn) ?? rest.TrustStoreArn } : rest;
}
/** Mutual TLS compared as it acts: off when absent, and nothing else counts when off. */
function mutualKey(value) {
    if (!value || (value.Mode ?? 'off') === 'off')
        return lb_v2_compare_key({ Mode: 'off' });
    const { TrustStoreAssociationStatus: _status, ...rest } = value;
    return lb_v2_compare_key({ IgnoreClientCertificateExpiry: false, ...rest });
}
function ruleInput(rule, resolve) {
    return {
        Priority: rule.Priority,
        Conditions: rule.Conditions,
        Actions: (0,lb_format_actions/* actionsToApi */.Tq)(rule.Actions, resolve),
        ...(rule.Transforms?.length ? { Transforms: rule.Transforms } : {}),
    };
}
function planCreateListener(builder, client, label, listener, source, state, resolve, dependsOn) {
    const extra = additionalCertificates(listener, source);
    builder.add({
        kind: 'create',
        target: `${label} listener ${listener.Protocol}:${listener.Port}`,
        reason: `missing: created with its default actions${listener.Rules.length ? `, ${listener.Rules.length} rule(s)` : ''}${extra.length ? ` and ${extra.length} extra certificate(s)` : ''}`,
        dependsOn,
        apply: async () => {
            const out = await client.send(new client_elastic_load_balancing_v2_dist_cjs.CreateListenerCommand({ LoadBalancerArn: state.lbArn, ...listenerInput(listener, source, resolve) }));
            const arn = out.Listeners?.[0]?.ListenerArn;
            if (!arn)
                throw new Error('CreateListener returned no ARN');
            state.listenerArns.set(listener.Port ?? 0, arn);
            await addCertificates(client, arn, extra);
            for (const rule of listener.Rules)
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.CreateRuleCommand({ ListenerArn: arn, ...ruleInput(rule, resolve) }));
            return arn;
        },
    });
}
async function lb_v2_listeners_planListenerDrift(builder, client, label, listener, live, source, resolve, groupActions) {
    const arn = live.ListenerArn;
    const where = `${label} listener ${listener.Protocol}:${listener.Port}`;
    const wanted = listenerInput(listener, source, resolve);
    const differs = [];
    if (wanted.Protocol !== live.Protocol)
        differs.push('protocol');
    if ((wanted.SslPolicy ?? '') !== (live.SslPolicy ?? '') && wanted.SslPolicy)
        differs.push('ssl policy');
    if ((wanted.Certificates?.[0]?.CertificateArn ?? '') !== (live.Certificates?.[0]?.CertificateArn ?? ''))
        differs.push('certificate');
    if (lb_v2_compare_key(wanted.AlpnPolicy ?? []) !== lb_v2_compare_key(live.AlpnPolicy ?? []))
        differs.push('ALPN policy');
    // A listener exported without mutual TLS settings says nothing about them: nothing to compare.
    if (wanted.MutualAuthentication && mutualKey(wanted.MutualAuthentication) !== mutualKey(live.MutualAuthentication))
        differs.push('mutual authentication');
    // A target group still to be created cannot match: its ARN does not exist yet.
    if (groupActions.length || !sameActions(wanted.DefaultActions, live.DefaultActions ?? []))
        differs.push('default actions');
    if (differs.length) {
        builder.add({
            kind: 'update',
            target: where,
            reason: `differs from the export: ${differs.join(', ')}`,
            dependsOn: groupActions,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyListenerCommand({ ListenerArn: arn, ...listenerInput(listener, source, resolve) }));
            },
        });
    }
    await planCertificateDrift(builder, client, where, listener, live, source);
    if (!listener.Rules.length && live.Protocol !== 'HTTP' && live.Protocol !== 'HTTPS')
        return;
    const rules = (await (0,elb.collectMarkerPages)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeRulesCommand({ ListenerArn: arn, Marker, PageSize: elb.LB_PAGE_SIZE })), (page) => page.Rules)).filter((r) => !r.IsDefault && r.Priority !== 'default');
    const byPriority = new Map(rules.map((r) => [Number(r.Priority), r]));
    for (const rule of listener.Rules) {
        const current = byPriority.get(rule.Priority);
        const groups = groupActions;
        if (!current) {
            builder.add({
                kind: 'create',
                target: `${where} rule ${rule.Priority}`,
                reason: 'missing: created as exported',
                dependsOn: groups,
                apply: async () => {
                    await client.send(new client_elastic_load_balancing_v2_dist_cjs.CreateRuleCommand({ ListenerArn: arn, ...ruleInput(rule, resolve) }));
                },
            });
        }
        else if (groups.length || !sameConditions(rule.Conditions, current.Conditions ?? []) || !sameActions((0,lb_format_actions/* actionsToApi */.Tq)(rule.Actions, resolve), current.Actions ?? [])) {
            builder.add({
                kind: 'update',
                target: `${where} rule ${rule.Priority}`,
                reason: 'conditions or actions differ from the export',
                dependsOn: groups,
                apply: async () => {
                    const { Priority: _priority, ...input } = ruleInput(rule, resolve);
                    await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyRuleCommand({ RuleArn: current.RuleArn, ...input }));
                },
            });
        }
    }
    const wantedPriorities = new Set(listener.Rules.map((r) => r.Priority));
    for (const rule of rules.filter((r) => !wantedPriorities.has(Number(r.Priority)))) {
        builder.add({
            kind: 'delete',
            target: `${where} rule ${rule.Priority}`,
            reason: 'the live listener has a rule the export does not',
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.DeleteRuleCommand({ RuleArn: rule.RuleArn }));
            },
        });
    }
}

;// CONCATENATED MODULE: ./src/restore/lb-v2-target-groups.ts
/**
 * Target groups in an ALB/NLB restore: a missing one is created (health check, attributes,
 * tags; targets are registered by the user's deployment), an existing one gets its drifted
 * health check, attributes and tags put back.
 */





const HEALTH_FIELDS = lb_format_v2/* TARGET_GROUP_HEALTH_CHECK_FIELDS */.E$;
/** What ModifyTargetGroup cannot change (the VPC is mapped in another region, so not compared). */
const FIXED_FIELDS = ['TargetType', 'Protocol', 'ProtocolVersion', 'Port', 'IpAddressType'];
function planCreateTargetGroup(builder, client, label, group, vpcId, state) {
    const name = group.TargetGroupName ?? '';
    return builder.add({
        kind: 'create',
        target: `${label} target group ${name}`,
        reason: 'missing: re-created with its health check, attributes and tags (targets are registered by your deployment)',
        apply: async () => {
            const health = Object.fromEntries(HEALTH_FIELDS.filter((f) => group[f] !== undefined).map((f) => [f, group[f]]));
            const out = await client.send(new client_elastic_load_balancing_v2_dist_cjs.CreateTargetGroupCommand({
                Name: name,
                ...(group.Protocol ? { Protocol: group.Protocol } : {}),
                ...(group.ProtocolVersion ? { ProtocolVersion: group.ProtocolVersion } : {}),
                ...(group.Port !== undefined ? { Port: group.Port } : {}),
                ...(vpcId ? { VpcId: vpcId } : {}),
                ...(group.TargetType ? { TargetType: group.TargetType } : {}),
                ...(group.IpAddressType ? { IpAddressType: group.IpAddressType } : {}),
                ...health,
                ...(Object.keys(group.Tags).length ? { Tags: (0,lb_canonical/* keyValueList */.BS)(group.Tags) } : {}),
            }));
            const arn = out.TargetGroups?.[0]?.TargetGroupArn;
            if (!arn)
                throw new Error('CreateTargetGroup returned no ARN');
            state.tgArns.set(name, arn);
            if (Object.keys(group.Attributes).length) {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyTargetGroupAttributesCommand({ TargetGroupArn: arn, Attributes: (0,lb_canonical/* keyValueList */.BS)(group.Attributes) }));
            }
            return arn;
        },
    });
}
async function planTargetGroupDrift(builder, client, label, group, live) {
    const arn = live.TargetGroupArn;
    const name = group.TargetGroupName ?? '';
    const fixed = FIXED_FIELDS.filter((f) => group[f] !== undefined && live[f] !== undefined && lb_v2_compare_key(group[f]) !== lb_v2_compare_key(live[f]));
    if (fixed.length) {
        builder.warn(`${label} target group ${name}`, notRestored(`target group ${name} ${fixed.map((f) => `${f} ${String(group[f])} (live: ${String(live[f])})`).join(', ')}`, 'these are set when a target group is created: create a group with the exported settings under a new name, or delete this one and run the restore again'));
    }
    const health = HEALTH_FIELDS.filter((f) => group[f] !== undefined && lb_v2_compare_key(group[f]) !== lb_v2_compare_key(live[f]));
    if (health.length) {
        builder.add({
            kind: 'update',
            target: `${label} target group ${name} health check`,
            reason: `differs from the export: ${health.join(', ')}`,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyTargetGroupCommand({ TargetGroupArn: arn, ...Object.fromEntries(health.map((f) => [f, group[f]])) }));
            },
        });
    }
    const attributes = (0,lb_canonical/* keyValueMap */.Ji)((await client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }))).Attributes);
    const changed = Object.entries(group.Attributes).filter(([k, v]) => attributes[k] !== v);
    if (changed.length) {
        builder.add({
            kind: 'update',
            target: `${label} target group ${name} attributes`,
            reason: `differ from the export: ${changed.map(([k, v]) => `${k} ${attributes[k] ?? '(unset)'} → ${v}`).join(', ')}`,
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.ModifyTargetGroupAttributesCommand({ TargetGroupArn: arn, Attributes: changed.map(([Key, Value]) => ({ Key, Value })) }));
            },
        });
    }
    await planTagDrift(builder, client, `${label} target group ${name} tags`, arn, group.Tags);
}

;// CONCATENATED MODULE: ./src/restore/lb-v2.ts
/**
 * Restore of an application or network load balancer from its export: a missing one is
 * re-created with its target groups (created when missing), attributes, tags, listeners,
 * certificates and rules; an existing one gets drifted settings put back (attributes, tags,
 * security groups, listener settings and default actions, certificates, rules, target-group
 * health checks and attributes). Target groups are re-linked by name (actionsToApi).
 */






async function planLoadBalancerV2(builder, client, source, vpcId) {
    const { doc, name, targetRegion: region } = source;
    const label = `${region}/${doc.LoadBalancer.Type}/${name}`;
    const state = { tgArns: new Map(), listenerArns: new Map() };
    const live = await findLoadBalancer(client, name);
    if (live?.LoadBalancerArn)
        state.lbArn = live.LoadBalancerArn;
    const liveGroups = await (0,elb.collectMarkerPages)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeTargetGroupsCommand({ Marker, PageSize: elb.LB_PAGE_SIZE })), (page) => page.TargetGroups);
    const liveByName = new Map(liveGroups.map((g) => [g.TargetGroupName ?? '', g]));
    const tgActions = new Map();
    for (const group of doc.TargetGroups) {
        const groupName = group.TargetGroupName ?? '';
        const existing = liveByName.get(groupName);
        if (existing?.TargetGroupArn) {
            state.tgArns.set(groupName, existing.TargetGroupArn);
            await planTargetGroupDrift(builder, client, label, group, existing);
        }
        else {
            tgActions.set(groupName, planCreateTargetGroup(builder, client, label, group, vpcId ?? group.VpcId, state));
        }
    }
    let lbAction;
    let liveListeners = [];
    if (!live) {
        lbAction = planCreateLoadBalancer(builder, client, label, source, state);
    }
    else {
        await planLoadBalancerDrift(builder, client, label, source, live);
        liveListeners = await (0,elb.collectMarkerPages)((Marker) => client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeListenersCommand({ LoadBalancerArn: live.LoadBalancerArn, Marker, PageSize: elb.LB_PAGE_SIZE })), (page) => page.Listeners);
    }
    const resolve = (ref) => (ref.TargetGroupName ? state.tgArns.get(ref.TargetGroupName) : undefined);
    const needsGroups = (actions) => {
        const names = actions.flatMap((a) => [a.TargetGroupName, ...(a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupName)]);
        return [...new Set(names.map((n) => (n ? tgActions.get(n) : undefined)).filter((id) => id !== undefined))];
    };
    const livePorts = new Map(liveListeners.map((l) => [l.Port ?? 0, l]));
    for (const listener of doc.Listeners) {
        const port = listener.Port ?? 0;
        const groupsNeeded = [...needsGroups(listener.DefaultActions), ...listener.Rules.flatMap((r) => needsGroups(r.Actions))];
        const existing = livePorts.get(port);
        const deps = [...(lbAction ? [lbAction] : []), ...groupsNeeded];
        if (!existing)
            planCreateListener(builder, client, label, listener, source, state, resolve, deps);
        else
            await lb_v2_listeners_planListenerDrift(builder, client, label, listener, existing, source, resolve, [...new Set(groupsNeeded)]);
    }
    const wantedPorts = new Set(doc.Listeners.map((l) => l.Port ?? 0));
    for (const extra of liveListeners.filter((l) => !wantedPorts.has(l.Port ?? 0))) {
        builder.add({
            kind: 'delete',
            target: `${label} listener ${extra.Protocol}:${extra.Port}`,
            reason: 'the live load balancer has a listener the export does not',
            apply: async () => {
                await client.send(new client_elastic_load_balancing_v2_dist_cjs.DeleteListenerCommand({ ListenerArn: extra.ListenerArn }));
            },
        });
    }
}
async function findLoadBalancer(client, name) {
    try {
        return (await client.send(new client_elastic_load_balancing_v2_dist_cjs.DescribeLoadBalancersCommand({ Names: [name] }))).LoadBalancers?.[0];
    }
    catch (error) {
        if ((0,errors/* awsErrorCode */.J6)(error) === 'LoadBalancerNotFound')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/restore/load-balancer.ts








const planLoadBalancerRestore = async (request, ctx) => {
    const source = await loadLoadBalancerSource(request, ctx);
    const network = await checkNetwork(ctx.clients.ec2(source.targetRegion), source.targetRegion, source.subnets, source.securityGroups);
    if (network.problems.length) {
        throw new types/* RestoreInputError */.p(`load-balancer restore of ${source.name} into ${source.targetRegion} (from ${source.path}) cannot go ahead; nothing was changed:\n- ${network.problems.join('\n- ')}`);
    }
    const builder = new plan/* PlanBuilder */.LR(RESTORE_SECTION);
    if (source.crossRegion) {
        builder.warn(source.name, `restored into ${source.targetRegion}, not its export region ${source.sourceRegion}: it gets a new DNS name, so point DNS (e.g. a Route 53 alias) at it`);
    }
    const audit = source.doc.Kind === 'elb' ? classicNotes(source.doc, source) : v2Notes(source.doc, source);
    for (const note of [...source.notes, ...audit])
        builder.warn(source.name, note);
    if (source.doc.Kind === 'elb') {
        await planClassicLoadBalancer(builder, ctx.clients.elb(source.targetRegion), source);
    }
    else {
        await planLoadBalancerV2(builder, ctx.clients.elbv2(source.targetRegion), source, network.vpcId);
    }
    return builder.build();
};

// EXTERNAL MODULE: ./src/restore/ebs.ts
var ebs = __webpack_require__(1622);
// EXTERNAL MODULE: ./src/restore/rds.ts
var rds = __webpack_require__(9825);
// EXTERNAL MODULE: ./src/restore/vault-restore.ts
var vault_restore = __webpack_require__(2501);
// EXTERNAL MODULE: ./src/restore/vault-rds.ts
var vault_rds = __webpack_require__(680);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/s3/point-in-time.ts
/** The state at T and now of each key, folding a stream of entries in listing order. */
class HistoryFolder {
    t;
    emit;
    key;
    state;
    sawLatest = false;
    constructor(t, emit) {
        this.t = t;
        this.emit = emit;
    }
    add(entry) {
        if (entry.key !== this.key) {
            this.flush();
            this.key = entry.key;
            this.state = { key: entry.key };
            this.sawLatest = false;
            // The first (newest) entry of a key is what it holds now.
            if (!entry.isDeleteMarker)
                this.state.now = { size: entry.size, versionId: entry.versionId, ...(entry.etag !== undefined && { etag: entry.etag }) };
        }
        const state = this.state;
        if (!this.sawLatest && entry.lastModified <= this.t) {
            this.sawLatest = true;
            if (!entry.isDeleteMarker)
                state.atT = { versionId: entry.versionId, size: entry.size, ...(entry.etag !== undefined && { etag: entry.etag }) };
        }
    }
    flush() {
        if (this.state)
            this.emit(this.state);
        this.state = undefined;
        this.key = undefined;
    }
}
/** Folds a replica's history for the state at T only (what the key holds now comes from the source). */
function atTOnly(state) {
    return state.atT ? { key: state.key, atT: state.atT } : { key: state.key };
}
/** Whether the key already holds its state at T (same version, or the same content). */
function equal(atT, now) {
    if (now.versionId !== undefined && now.versionId === atT.versionId)
        return true;
    return atT.etag !== undefined && now.etag === atT.etag && now.size === atT.size;
}
/** What to do with one key; undefined when nothing (equal already, or absent both at T and now). */
function decide(state, keepNew) {
    const { atT, now } = state;
    if (atT) {
        if (now && equal(atT, now))
            return undefined;
        return { kind: 'copy', key: state.key, from: atT, overwrites: now !== undefined };
    }
    if (!now)
        return undefined;
    return keepNew ? 'kept' : { kind: 'hide', key: state.key };
}
function currentAsState(o) {
    return { etag: o.etag, size: o.size };
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/s3/copy.ts
var s3_copy = __webpack_require__(9005);
;// CONCATENATED MODULE: ./src/s3/restore-apply.ts
/**
 * Applies a point-in-time restore key by key, many keys at once: a server-side CopyObject of
 * the version current at T (UploadPartCopy in parts past S3's 5 GB copy limit), which keeps
 * Content-Type and user metadata; a plain DeleteObject (a delete marker, never a versioned
 * delete) for keys that did not exist at T. Every key is independent: a failure is counted
 * and named, the others go on, and a re-run skips the keys already back at T.
 */



async function applyKeyActions(target, actions, options) {
    const result = { copied: 0, hidden: 0, bytes: 0, failed: [] };
    const limit = options.copyLimit ?? s3_copy/* COPY_OBJECT_LIMIT */.M_;
    const step = Math.max(1000, Math.ceil(actions.length / 10));
    let done = 0;
    const settled = await (0,concurrency/* mapSettled */.AW)(actions, options.concurrency, async (action) => {
        if (action.kind === 'hide') {
            await target.s3.send(new client_s3_dist_cjs.DeleteObjectCommand({ Bucket: target.bucket, Key: action.key }));
            result.hidden += 1;
        }
        else {
            const copy = { bucket: target.bucket, key: action.key, from: { bucket: target.sourceBucket, key: action.key, versionId: action.from.versionId, size: action.from.size } };
            if (action.from.size > limit) {
                // A multipart copy sets type and metadata at its start: read them from the version.
                const head = await target.s3.send(new client_s3_dist_cjs.HeadObjectCommand({ Bucket: target.sourceBucket, Key: action.key, VersionId: action.from.versionId }));
                await (0,s3_copy/* copyInParts */.jo)(target.s3, copy, head, options.partSize ?? s3_copy/* COPY_PART_SIZE */.mu);
            }
            else
                await (0,s3_copy/* copyVersion */.kv)(target.s3, copy);
            result.copied += 1;
            result.bytes += action.from.size;
        }
        done += 1;
        if (done % step === 0 && done < actions.length)
            options.log(`s3://${target.bucket}: ${done} of ${actions.length} keys restored`);
    });
    settled.forEach((s, i) => {
        if (!s.ok)
            result.failed.push({ key: actions[i].key, error: (0,concurrency/* errorMessage */.gJ)(s.error) });
    });
    return result;
}

// EXTERNAL MODULE: ./src/s3/resolve.ts
var resolve = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/s3/versions.ts
var versions = __webpack_require__(8869);
;// CONCATENATED MODULE: ./src/s3/restore.ts
/**
 * `restore --kind s3-prefix --source BUCKET[/PREFIX] --point-in-time T`: puts every key under
 * the prefix back to its state at T, from the bucket's own versions or (option
 * `from=REPLICA-BUCKET`, `from-region=R`) from its replica in the DR region or the vault. The
 * plan says how many keys come back, are overwritten or get a delete marker, how many bytes
 * are copied, and names a few keys; nothing is ever deleted for good. More than 30% of the
 * live keys changed is refused unless forced, as for zone restores.
 */









const S3_RESTORE_SECTION = 'restore:s3';
/** Keys copied at once; S3 takes thousands of requests a second per prefix. */
const S3_RESTORE_CONCURRENCY = 64;
const SAMPLE = 5;
function parseBucketSource(source) {
    const slash = source.indexOf('/');
    const bucket = slash < 0 ? source : source.slice(0, slash);
    const prefix = slash < 0 ? '' : source.slice(slash + 1);
    const problem = (0,schema/* bucketNameProblem */.Bn)(bucket);
    if (problem)
        throw new types/* RestoreInputError */.p(`source "${source}": ${problem}; give BUCKET or BUCKET/PREFIX`);
    return { bucket, prefix };
}
function parsePointInTime(text, now) {
    if (!text)
        throw new types/* RestoreInputError */.p('an s3-prefix restore needs point-in-time: the instant to go back to, e.g. 2026-03-01T12:00:00Z');
    const t = new Date(text);
    if (Number.isNaN(t.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(text)) {
        throw new types/* RestoreInputError */.p(`point-in-time "${text}" is not an ISO 8601 instant; write e.g. 2026-03-01T12:00:00Z`);
    }
    if (t > now)
        throw new types/* RestoreInputError */.p(`point-in-time ${t.toISOString()} is in the future; pick an instant before now (${now.toISOString()})`);
    return t;
}
function positiveInt(options, name, fallback) {
    const text = options[name];
    if (text === undefined)
        return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new types/* RestoreInputError */.p(`option ${name}=${text}: expected a whole number of at least 1`);
    return n;
}
/** Folds key states into the work list and its counts. */
class KeyPlanner {
    keepNew;
    plan = { actions: [], liveKeys: 0, overwrites: 0, comeBack: 0, hides: 0, kept: 0, bytes: 0 };
    constructor(keepNew) {
        this.keepNew = keepNew;
    }
    add = (state) => {
        if (state.now)
            this.plan.liveKeys += 1;
        const action = decide(state, this.keepNew);
        if (action === undefined)
            return;
        if (action === 'kept') {
            this.plan.kept += 1;
            return;
        }
        this.plan.actions.push(action);
        if (action.kind === 'hide')
            this.plan.hides += 1;
        else {
            this.plan.bytes += action.from.size;
            if (action.overwrites)
                this.plan.overwrites += 1;
            else
                this.plan.comeBack += 1;
        }
    };
}
async function planS3PrefixRestore(request, ctx) {
    const { bucket, prefix } = parseBucketSource(request.source);
    // The vault's buckets hold the copies: the vault role is given no object write there (docs/vault.md).
    if (ctx.account.name === (0,resolve/* vaultAccount */.w)(ctx.config)?.name) {
        throw new types/* RestoreInputError */.p(`account vault: an s3-prefix restore writes into a bucket of a backed-up account, never into the vault's copies; pick that account and restore its bucket from the vault replica with options from=${bucket} from-region=<the replica's region>`);
    }
    const t = parsePointInTime(request.pointInTime, ctx.now);
    const declared = ctx.config.lifecycle?.buckets.find((b) => b.name === bucket);
    const region = request.region ?? declared?.region ?? ctx.account.regions[0];
    const from = request.options.from;
    const fromRegion = request.options['from-region'] ?? ctx.config['dr-region'] ?? region;
    const keepNew = request.options['keep-new'] === 'true';
    const concurrency = positiveInt(request.options, 'concurrency', S3_RESTORE_CONCURRENCY);
    const s3 = ctx.clients.s3(region);
    const label = `s3://${bucket}/${prefix}`;
    const builder = new plan/* PlanBuilder */.LR(S3_RESTORE_SECTION);
    const versioning = (await s3.send(new client_s3_dist_cjs.GetBucketVersioningCommand({ Bucket: bucket }))).Status;
    if (versioning !== 'Enabled') {
        builder.error(label, `versioning is ${versioning ?? 'off'} on the bucket: restoring would overwrite today's objects for good; enable versioning on it first, then restore`);
        return builder.build();
    }
    const planner = new KeyPlanner(keepNew);
    if (from === undefined) {
        const folder = new HistoryFolder(t.getTime(), planner.add);
        for await (const page of (0,versions/* listVersionEntries */.R4)(s3, bucket, prefix))
            for (const entry of page)
                folder.add(entry);
        folder.flush();
    }
    else {
        // The replica tells the state at T; the bucket itself what it holds now.
        const now = new Map();
        for await (const page of (0,versions/* listCurrentObjects */.kw)(s3, bucket, prefix))
            for (const o of page)
                now.set(o.key, currentAsState(o));
        const folder = new HistoryFolder(t.getTime(), (replicaState) => {
            const state = atTOnly(replicaState);
            const current = now.get(state.key);
            now.delete(state.key);
            planner.add(current ? { ...state, now: current } : state);
        });
        for await (const page of (0,versions/* listVersionEntries */.R4)(ctx.clients.s3(fromRegion), from, prefix))
            for (const entry of page)
                folder.add(entry);
        folder.flush();
        for (const [key, current] of now)
            planner.add({ key, ...(current && { now: current }) });
    }
    const p = planner.plan;
    const changed = p.overwrites + p.hides;
    if (p.liveKeys >= THRESHOLD_MIN_RECORDS && changed > CHANGE_THRESHOLD * p.liveKeys && !request.force) {
        builder.error(label, `restoring to ${t.toISOString()} would overwrite or hide ${changed} of the ${p.liveKeys} live keys (${Math.round((100 * changed) / p.liveKeys)}%), ` +
            `more than the ${CHANGE_THRESHOLD * 100}% a restore may change unforced; nothing was planned. Check the prefix and the instant, then run again with force: true`);
        return builder.build();
    }
    if (p.kept > 0)
        builder.warn(label, `${p.kept} key(s) created after ${t.toISOString()} stay (keep-new=true)`);
    if (p.actions.length === 0)
        return builder.build();
    const sample = p.actions.slice(0, SAMPLE).map((a) => (a.kind === 'hide' ? `${a.key} (delete marker)` : `${a.key} (version ${a.from.versionId})`));
    const sourceBucket = from ?? bucket;
    builder.add({
        kind: 'restore',
        target: `${label} (${region})`,
        reason: `back to ${t.toISOString()}${from ? ` from the replica s3://${from} (${fromRegion})` : ''}: ${p.overwrites} key(s) overwritten with their version at T, ` +
            `${p.comeBack} deleted key(s) come back, ${p.hides} key(s) created since get a delete marker; ${p.bytes} bytes copied server-side; ` +
            `e.g. ${sample.join(', ')}${p.actions.length > SAMPLE ? ', …' : ''}`,
        destructive: false,
        details: { keys: p.actions.length, overwritten: p.overwrites, restored: p.comeBack, hidden: p.hides, bytes: p.bytes, liveKeys: p.liveKeys },
        apply: async () => {
            const result = await applyKeyActions({ s3, bucket, sourceBucket }, p.actions, { concurrency, log: ctx.log });
            if (result.failed.length > 0) {
                const first = result.failed.slice(0, 5).map((f) => `${f.key}: ${f.error}`).join('; ');
                throw new Error(`${result.failed.length} of ${p.actions.length} keys failed (${first}); run the restore again: keys already back at T are skipped`);
            }
            return `copied ${result.copied} version(s) (${result.bytes} bytes), added ${result.hidden} delete marker(s)`;
        },
    });
    return builder.build();
}

;// CONCATENATED MODULE: ./src/commands/restore.ts
/**
 * The restore command: picks the planner for the request's kind and the account it names.
 * A request that cannot be satisfied fails here, before anything changes.
 */









const PLANNERS = {
    'route53-zone': planRoute53Restore,
    'load-balancer': planLoadBalancerRestore,
    'ebs-volume': ebs/* planEbsRestore */.cr,
    'rds-instance': rds/* planRdsInstanceRestore */.WO,
    'rds-cluster': rds/* planRdsClusterRestore */.l0,
    's3-prefix': planS3PrefixRestore,
};
const VAULT_PLANNERS = { 'ebs-volume': vault_restore/* planVaultEbsRestore */.M1, 'rds-instance': vault_rds/* planVaultRdsRestore */.Xz, 'rds-cluster': vault_rds/* planVaultRdsRestore */.Xz };
async function planRestore(ctx, request) {
    // The vault is an account a restore can target too (with the vault role), when the config has one.
    const vault = (0,vault_restore/* vaultAccount */.wS)(ctx.config);
    const accounts = [...(0,schema/* resolveAccounts */.LC)(ctx.config), ...(vault && !ctx.config.accounts.some((a) => a.name === vault_restore/* VAULT_ACCOUNT */.Zh) ? [vault] : [])];
    const account = request.account ? accounts.find((a) => a.name === request.account) : accounts[0];
    if (!account) {
        throw new types/* RestoreInputError */.p(`restore account '${request.account}' is not in the config; accounts: ${accounts.map((a) => a.name).join(', ')}.`);
    }
    // An s3-prefix restore's `from` names the replica bucket to read (src/s3/restore.ts), not the vault.
    const planner = request.kind !== 's3-prefix' && (0,vault_restore/* fromVault */.DG)(request) ? VAULT_PLANNERS[request.kind] : PLANNERS[request.kind];
    if (!planner)
        throw new types/* RestoreInputError */.p(`option from=vault is not supported for a ${request.kind} restore; it restores ebs-volume, rds-instance and rds-cluster from vault copies`);
    return planner(request, {
        config: ctx.config,
        account,
        clients: ctx.clientsFor(account),
        ...(vault && { vaultClients: () => ctx.clientsFor(vault) }),
        repoRoot: ctx.repoRoot,
        now: ctx.now?.() ?? new Date(),
        log: ctx.log,
    });
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
