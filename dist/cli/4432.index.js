export const id = 4432;
export const ids = [4432];
export const modules = {

/***/ 1622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ deleteVolume),
/* harmony export */   Be: () => (/* binding */ planEbsFromSpec),
/* harmony export */   Db: () => (/* binding */ availabilityZones),
/* harmony export */   JL: () => (/* binding */ createVolumeFromSnapshot),
/* harmony export */   P0: () => (/* binding */ volumeProbe),
/* harmony export */   Rm: () => (/* binding */ resolveEbsFrom),
/* harmony export */   cr: () => (/* binding */ planEbsRestore),
/* harmony export */   ms: () => (/* binding */ volumesTagged),
/* harmony export */   n8: () => (/* binding */ locateSnapshot),
/* harmony export */   q$: () => (/* binding */ EBS_OPTIONS),
/* harmony export */   xy: () => (/* binding */ resolveEbsRestore)
/* harmony export */ });
/* unused harmony exports EBS_RESTORE_SECTION, describeEbsSnapshot, latestEbsSnapshot, attachVolume, createEbsRestorePlanner */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5193);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8268);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8720);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5736);
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(924);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(483);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2689);
/**
 * EBS restore: a volume from a snapshot (an id, or `latest:<volume id>` — the newest completed
 * snapshot the tool made of that volume in the region, which may be the DR region where the
 * copies are) in a chosen availability zone, with the source's tags, optionally attached to
 * an instance. Every input is checked with read-only calls before the plan is returned; the
 * create call carries a ClientToken derived from the request, and the volume a tag with the
 * same token, so running the same restore again finds the volume instead of making another.
 */








const EBS_RESTORE_SECTION = 'restore';
const EBS_OPTIONS = ['availability-zone', 'attach-to', 'device', 'wait-minutes'];
// ------------------------------------------------------------------ reading EC2
/** One snapshot by id; undefined when it is not in this region (the filter never fails on a missing id). */
async function describeEbsSnapshot(ec2, id) {
    const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'snapshot-id', Values: [id] }] }));
    return answer.Snapshots?.find((s) => s.SnapshotId === id);
}
/** The newest completed snapshot the tool made of a volume (alone or as part of its instance). */
async function latestEbsSnapshot(ec2, volumeId) {
    const snapshots = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_6__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_6__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        Filters: [{ Name: `tag:${_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.createdBy}`, Values: [_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .CREATED_BY */ .VI] }],
        MaxResults: 1000,
        ...(NextToken && { NextToken }),
    })), (page) => page.NextToken), (page) => page.Snapshots);
    const mine = snapshots.filter((s) => s.State === 'completed' && (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .isToolSnapshotOf */ .gG)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagRecord */ .C3)(s.Tags), volumeId, s.VolumeId));
    return mine.sort((a, b) => (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .takenAt */ .Fm)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagRecord */ .C3)(b.Tags), b.StartTime) - (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .takenAt */ .Fm)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagRecord */ .C3)(a.Tags), a.StartTime))[0];
}
async function volumesTagged(ec2, key, value) {
    return (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_6__/* .collectItems */ .jm)((0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_6__/* .paginate */ .En)((NextToken) => ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeVolumesCommand({ Filters: [{ Name: `tag:${key}`, Values: [value] }], MaxResults: 500, ...(NextToken && { NextToken }) })), (page) => page.NextToken), (page) => page.Volumes).then((volumes) => volumes.filter((v) => v.State !== 'deleted' && v.State !== 'deleting'));
}
async function availabilityZones(ec2) {
    const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeAvailabilityZonesCommand({}));
    return (answer.AvailabilityZones ?? []).filter((z) => z.State === 'available' && z.ZoneName).map((z) => z.ZoneName);
}
async function describeInstance(ec2, id) {
    const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: [id] }] }));
    return answer.Reservations?.flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId === id);
}
/** Reads a volume's state; `goal` is the state that ends the wait. */
function volumeProbe(ec2, volumeId, goal) {
    return async () => {
        const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: [volumeId] }] }));
        const volume = answer.Volumes?.find((v) => v.VolumeId === volumeId);
        const state = volume?.State ?? 'deleted';
        if (goal === 'gone')
            return state === 'deleted' ? { state: 'done', status: 'deleted' } : { state: 'pending', status: state };
        if (state === goal)
            return { state: 'done', status: state };
        if (state === 'error' || state === 'deleting' || state === 'deleted')
            return { state: 'failed', status: state };
        return { state: 'pending', status: state };
    };
}
/** Where the snapshot is: in the request's region, or (no region given) in the first candidate region that has it. */
async function locateSnapshot(request, ctx) {
    const source = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSnapshotSource */ .f7)(request.source, 'snap-0123456789abcdef0');
    const asked = request.region ? (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRegion */ .vK)(request.region, 'region') : undefined;
    const candidates = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .candidateRegions */ .dF)(ctx.config, ctx.account);
    const lookIn = asked ? [asked] : candidates;
    const find = (region) => 'latestOf' in source ? latestEbsSnapshot(ctx.clients.ec2(region), source.latestOf) : describeEbsSnapshot(ctx.clients.ec2(region), source.snapshot);
    for (const region of lookIn) {
        const snapshot = await find(region);
        if (snapshot)
            return { region, snapshot };
    }
    // Not there: say where it is, if anywhere, so the fix is one word.
    const elsewhere = [];
    for (const region of candidates.filter((r) => !lookIn.includes(r)))
        if (await find(region))
            elsewhere.push(region);
    const what = 'latestOf' in source ? `no completed snapshot made by aws-backup-gitops of volume ${source.latestOf}` : `EBS snapshot ${source.snapshot} was not found`;
    const searched = `in ${lookIn.join(', ')}${ctx.account.name === 'default' ? '' : ` (account ${ctx.account.name})`}`;
    if (elsewhere.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`${what} ${searched}, but it is in ${elsewhere.join(', ')}: set region to ${elsewhere[0]} (a volume is restored in the snapshot's region)`);
    }
    const hint = 'latestOf' in source
        ? 'check the volume id, or name a snapshot id (snap-…) instead'
        : 'check the id (aws ec2 describe-snapshots --owner-ids self), or use latest:<volume id>';
    throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`${what} ${searched}; ${hint}`);
}
/** Checks every input with read-only calls; throws RestoreInputError for anything that cannot work. */
async function resolveEbsRestore(request, ctx, extraTags = {}) {
    (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .checkOptions */ .Jr)(request, EBS_OPTIONS);
    return resolveEbsFrom(request, ctx, await locateSnapshot(request, ctx), extraTags);
}
/** The checks of resolveEbsRestore for a snapshot already found (possibly in another account: the vault). */
async function resolveEbsFrom(request, ctx, { region, snapshot }, extraTags = {}) {
    const ec2 = ctx.clients.ec2(region);
    const snapshotId = snapshot.SnapshotId;
    if (snapshot.State !== 'completed') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`EBS snapshot ${snapshotId} in ${region} is ${snapshot.State} (${snapshot.Progress ?? '?'}); a volume needs a completed snapshot — wait for it, or use another`);
    }
    if (snapshot.StorageTier === 'archive') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`EBS snapshot ${snapshotId} in ${region} is in the archive tier; restore it to the standard tier first (aws ec2 restore-snapshot-tier --snapshot-id ${snapshotId}), which takes 24–72 hours`);
    }
    const zone = request.options['availability-zone']?.trim();
    const zones = await availabilityZones(ec2);
    if (!zone) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`option availability-zone is required for an ebs-volume restore: the zone of the new volume, one of ${zones.join(', ')} in ${region}`);
    }
    if (!zones.includes(zone)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`availability zone "${zone}" is not an available zone of ${region}; use one of ${zones.join(', ')}`);
    }
    const attach = await resolveAttach(request, ec2, region, zone);
    const snapshotTags = (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagRecord */ .C3)(snapshot.Tags);
    const name = request.target?.trim();
    const clientToken = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .requestToken */ .Fr)([ctx.account.name, region, snapshotId, zone, name, attach?.instanceId, attach?.device, JSON.stringify(extraTags)]);
    const tags = {
        ...(0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .userTags */ .Rz)(snapshotTags),
        ...(name && { Name: name }),
        [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .RESTORE_TAG */ .mx.restoredFrom]: snapshotId,
        [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .RESTORE_TAG */ .mx.token]: clientToken,
        ...extraTags,
    };
    if (name)
        await checkNameFree(ec2, region, name, clientToken);
    const volumeSource = snapshotTags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.source];
    if (volumeSource)
        ctx.log(`EBS restore: ${snapshotId} is the tool's snapshot of ${volumeSource} (policy ${snapshotTags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.policy] ?? '?'}) from ${new Date((0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .takenAt */ .Fm)(snapshotTags, snapshot.StartTime)).toISOString()}`);
    return {
        account: ctx.account.name,
        region,
        snapshotId,
        ...(snapshot.VolumeSize !== undefined && { sizeGiB: snapshot.VolumeSize }),
        encrypted: snapshot.Encrypted === true,
        availabilityZone: zone,
        tags,
        ...(attach && { attach }),
        clientToken,
    };
}
async function resolveAttach(request, ec2, region, zone) {
    const instanceId = request.options['attach-to']?.trim();
    const device = request.options.device?.trim();
    if (!instanceId) {
        if (device)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p('option device is only used with attach-to=<instance id>; add attach-to or remove device');
        return undefined;
    }
    if (!device)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`option device is required with attach-to: the device name on ${instanceId}, e.g. /dev/sdf`);
    const instance = await describeInstance(ec2, instanceId);
    if (!instance)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`instance ${instanceId} (attach-to) was not found in ${region}; the volume can only be attached to an instance in its region`);
    const state = instance.State?.Name;
    if (state !== 'running' && state !== 'stopped') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`instance ${instanceId} (attach-to) is ${state}; a volume can be attached only to a running or stopped instance`);
    }
    const instanceZone = instance.Placement?.AvailabilityZone;
    if (instanceZone !== zone) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`instance ${instanceId} (attach-to) is in ${instanceZone}, not in ${zone}: set availability-zone to ${instanceZone} (a volume attaches only to an instance in its zone)`);
    }
    if (instance.BlockDeviceMappings?.some((m) => m.DeviceName === device)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`device ${device} is already in use on instance ${instanceId}; choose a free device name, e.g. /dev/sdp`);
    }
    return { instanceId, device };
}
/** A volume named like the target that this request did not make is a collision. */
async function checkNameFree(ec2, region, name, token) {
    const clash = (await volumesTagged(ec2, 'Name', name)).find((v) => (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagRecord */ .C3)(v.Tags)[_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .RESTORE_TAG */ .mx.token] !== token);
    if (clash) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .RestoreInputError */ .p(`a volume named "${name}" already exists in ${region} (${clash.VolumeId}); choose another target name, or leave target empty to keep the source's tags only`);
    }
}
// ------------------------------------------------------------------ the calls
/** CreateVolume with the request's ClientToken: calling it twice returns the same volume. */
async function createVolumeFromSnapshot(ec2, spec) {
    const answer = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.CreateVolumeCommand({
        SnapshotId: spec.snapshotId,
        AvailabilityZone: spec.availabilityZone,
        ClientToken: spec.clientToken,
        TagSpecifications: [{ ResourceType: 'volume', Tags: (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .tagList */ .Tw)(spec.tags) }],
    }));
    if (!answer.VolumeId)
        throw new Error(`CreateVolume from ${spec.snapshotId} returned no volume id`);
    return answer.VolumeId;
}
async function attachVolume(ec2, volumeId, attach) {
    await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.AttachVolumeCommand({ VolumeId: volumeId, InstanceId: attach.instanceId, Device: attach.device }));
}
/** Deletes a volume; one already gone is fine. */
async function deleteVolume(ec2, volumeId) {
    try {
        await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__.DeleteVolumeCommand({ VolumeId: volumeId }));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error) !== 'InvalidVolume.NotFound')
            throw error;
    }
}
// ------------------------------------------------------------------ the planner
function createEbsRestorePlanner(timingOverrides = {}) {
    return async (request, ctx) => {
        const spec = await resolveEbsRestore(request, ctx);
        const minutes = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .waitMinutesOption */ .Qz)(request);
        const timing = (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitTiming */ .Cl)({ ...timingOverrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
        return planEbsFromSpec(spec, ctx, timing);
    };
}
/** The default planner (wait budgets of DEFAULT_WAIT_TIMING, or `wait-minutes`). */
const planEbsRestore = createEbsRestorePlanner();
async function planEbsFromSpec(spec, ctx, timing, access) {
    const ec2 = ctx.clients.ec2(spec.region);
    const plan = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanBuilder */ .LR(EBS_RESTORE_SECTION);
    const label = `EBS volume from ${spec.snapshotId} in ${spec.availabilityZone}`;
    const existing = (await volumesTagged(ec2, _snapshot_source_js__WEBPACK_IMPORTED_MODULE_3__/* .RESTORE_TAG */ .mx.token, spec.clientToken))[0];
    let volumeId = existing?.VolumeId;
    let createId;
    if (existing) {
        plan.warn(label, `already restored by the same request as ${existing.VolumeId} (${existing.State}); nothing new is created`);
    }
    else {
        createId = plan.add({
            kind: 'restore',
            target: label,
            reason: `restore ${spec.snapshotId} (${spec.region}) as a new volume${spec.tags.Name ? ` named ${spec.tags.Name}` : ''}${access ? `; ${access.reason}` : ''}`,
            details: {
                account: spec.account,
                region: spec.region,
                snapshot: spec.snapshotId,
                availabilityZone: spec.availabilityZone,
                ...(spec.sizeGiB !== undefined && { sizeGiB: spec.sizeGiB }),
                encrypted: spec.encrypted,
                ...access?.details,
            },
            apply: async () => {
                const create = async () => {
                    try {
                        volumeId = await createVolumeFromSnapshot(ec2, spec);
                    }
                    catch (error) {
                        throw new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `volume from ${spec.snapshotId}`, region: spec.region }));
                    }
                    const waited = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitOrThrow */ .JZ)(volumeProbe(ec2, volumeId, 'available'), { label: `volume ${volumeId}`, goal: 'available', timing, log: ctx.log });
                    return `${volumeId} available after ${Math.round(waited / 1000)} s`;
                };
                return access ? access.around(create) : create();
            },
        });
    }
    const attach = spec.attach;
    const attachedAlready = existing?.Attachments?.some((a) => a.InstanceId === attach?.instanceId);
    if (attach && !attachedAlready) {
        plan.add({
            kind: 'update',
            target: `attach to ${attach.instanceId} as ${attach.device}`,
            reason: `option attach-to: the restored volume is attached to ${attach.instanceId}`,
            details: { instance: attach.instanceId, device: attach.device },
            ...(createId && { dependsOn: [createId] }),
            apply: async () => {
                const id = volumeId;
                // An existing volume from an earlier run may still be creating.
                await (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitOrThrow */ .JZ)(volumeProbe(ec2, id, 'available'), { label: `volume ${id}`, goal: 'available', timing, log: ctx.log });
                try {
                    await attachVolume(ec2, id, attach);
                }
                catch (error) {
                    throw new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `volume ${id} → ${attach.instanceId}`, region: spec.region }));
                }
                await (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitOrThrow */ .JZ)(volumeProbe(ec2, id, 'in-use'), { label: `volume ${id}`, goal: 'in-use', timing, log: ctx.log });
                return `${id} attached to ${attach.instanceId} as ${attach.device}`;
            },
        });
    }
    return plan.build();
}


/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ createClusterMember),
/* harmony export */   PT: () => (/* binding */ startDbClusterRestore),
/* harmony export */   cQ: () => (/* binding */ deleteDbCluster),
/* harmony export */   fM: () => (/* binding */ deleteDbInstance),
/* harmony export */   q9: () => (/* binding */ dbInstanceProbe),
/* harmony export */   rs: () => (/* binding */ dbClusterProbe),
/* harmony export */   wb: () => (/* binding */ startDbInstanceRestore)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7202);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4872);
/* harmony import */ var _util_polling_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4831);
/**
 * The changing RDS calls of restores and drills, and the probes that wait on them. Thin: the
 * decisions were made by the resolvers (rds.ts); these only send what a spec says.
 */





async function startDbInstanceRestore(rds, spec) {
    const s = spec.settings;
    const common = {
        ...(s.subnetGroup && { DBSubnetGroupName: s.subnetGroup }),
        ...(s.securityGroups?.length && { VpcSecurityGroupIds: s.securityGroups }),
        ...(s.parameterGroup && { DBParameterGroupName: s.parameterGroup }),
        ...(s.optionGroup && { OptionGroupName: s.optionGroup }),
        ...(s.instanceClass && { DBInstanceClass: s.instanceClass }),
        Tags: (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(spec.tags),
    };
    if ('snapshotId' in spec.from) {
        await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.RestoreDBInstanceFromDBSnapshotCommand({ DBInstanceIdentifier: spec.target, DBSnapshotIdentifier: spec.from.snapshotId, ...common }));
        return;
    }
    const when = spec.from.restoreTime ? { RestoreTime: spec.from.restoreTime } : { UseLatestRestorableTime: true };
    await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.RestoreDBInstanceToPointInTimeCommand({ SourceDBInstanceIdentifier: spec.from.sourceInstance, TargetDBInstanceIdentifier: spec.target, ...when, ...common }));
}
async function startDbClusterRestore(rds, spec) {
    const s = spec.settings;
    const common = {
        DBClusterIdentifier: spec.target,
        ...(s.subnetGroup && { DBSubnetGroupName: s.subnetGroup }),
        ...(s.securityGroups?.length && { VpcSecurityGroupIds: s.securityGroups }),
        ...(s.parameterGroup && { DBClusterParameterGroupName: s.parameterGroup }),
        Tags: (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(spec.tags),
    };
    if (spec.pointInTime) {
        const { sourceCluster, restoreTime } = spec.pointInTime;
        const when = restoreTime ? { RestoreToTime: restoreTime } : { UseLatestRestorableTime: true };
        await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.RestoreDBClusterToPointInTimeCommand({ SourceDBClusterIdentifier: sourceCluster, ...when, ...common }));
        return;
    }
    await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.RestoreDBClusterFromSnapshotCommand({
        SnapshotIdentifier: spec.snapshotId,
        Engine: spec.engine,
        ...(spec.engineVersion && { EngineVersion: spec.engineVersion }),
        ...(spec.kmsKeyId && { KmsKeyId: spec.kmsKeyId }),
        ...common,
    }));
}
/** A member instance of a restored cluster; the first one created becomes the writer. */
async function createClusterMember(rds, spec, member) {
    await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.CreateDBInstanceCommand({
        DBInstanceIdentifier: member.id,
        DBClusterIdentifier: spec.target,
        Engine: spec.engine,
        DBInstanceClass: member.instanceClass,
        Tags: (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(spec.tags),
    }));
}
const FAILED = /^(failed|incompatible-.*|restore-error|storage-full|inaccessible-encryption-credentials.*|inaccessible-encryption-credentials-recoverable)$/;
function dbProbe(read, goal) {
    return async () => {
        const found = await read();
        if (goal === 'gone')
            return found ? { state: 'pending', status: found.status ?? 'unknown' } : { state: 'done', status: 'deleted' };
        // Just created: describe calls may not show it for a moment.
        if (!found)
            return { state: 'pending', status: 'not visible yet' };
        const status = found.status ?? 'unknown';
        if (status === 'available')
            return { state: 'done', status };
        if (FAILED.test(status) || status === 'deleting')
            return { state: 'failed', status };
        return { state: 'pending', status };
    };
}
function dbInstanceProbe(rds, id, goal) {
    return dbProbe(async () => {
        const db = await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbInstance */ .Hz)(rds, id);
        return db && { status: db.DBInstanceStatus ?? 'unknown' };
    }, goal);
}
function dbClusterProbe(rds, id, goal) {
    return dbProbe(async () => {
        const cluster = await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbCluster */ .qA)(rds, id);
        return cluster && { status: cluster.Status ?? 'unknown' };
    }, goal);
}
const GONE = new Set(['DBInstanceNotFound', 'DBInstanceNotFoundFault', 'DBClusterNotFoundFault', 'DBClusterNotFound']);
const WRONG_STATE = new Set(['InvalidDBInstanceState', 'InvalidDBInstanceStateFault', 'InvalidDBClusterStateFault']);
/**
 * Deletes without a final snapshot (scratch resources only). A resource still being created
 * cannot always be deleted yet: that is retried until the budget runs out.
 */
async function deleteScratch(call, isDeleting, timing) {
    const deadline = Date.now() + timing.budgetMs;
    for (;;) {
        try {
            await call();
            return;
        }
        catch (error) {
            const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error) ?? '';
            if (GONE.has(code))
                return;
            if (!WRONG_STATE.has(code))
                throw error;
            if (await isDeleting())
                return;
            if (Date.now() >= deadline)
                throw error;
            await (0,_util_polling_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .yy)(Math.min(timing.pollMs, deadline - Date.now()));
        }
    }
}
function deleteDbInstance(rds, id, timing) {
    return deleteScratch(() => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DeleteDBInstanceCommand({ DBInstanceIdentifier: id, SkipFinalSnapshot: true, DeleteAutomatedBackups: true })), async () => (await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbInstance */ .Hz)(rds, id))?.DBInstanceStatus === 'deleting', timing);
}
function deleteDbCluster(rds, id, timing) {
    return deleteScratch(() => rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_3__.DeleteDBClusterCommand({ DBClusterIdentifier: id, SkipFinalSnapshot: true })), async () => (await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbCluster */ .qA)(rds, id))?.Status === 'deleting', timing);
}


/***/ }),

/***/ 2839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ splitArn),
/* harmony export */   Iz: () => (/* binding */ clusterMembers),
/* harmony export */   QS: () => (/* binding */ existingOrClash),
/* harmony export */   ZC: () => (/* binding */ requireSettings),
/* harmony export */   ad: () => (/* binding */ defaultsWarnings),
/* harmony export */   ci: () => (/* binding */ pointInTimeTarget),
/* harmony export */   e$: () => (/* binding */ checkTarget),
/* harmony export */   h8: () => (/* binding */ configOptionGroup),
/* harmony export */   kF: () => (/* binding */ parsePointInTime),
/* harmony export */   o1: () => (/* binding */ checkRestorableWindow),
/* harmony export */   v8: () => (/* binding */ checkNetwork),
/* harmony export */   ww: () => (/* binding */ settingsDetails),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export identifierProblem */
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(924);
/* harmony import */ var _rds_lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4872);
/* harmony import */ var _rds_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7571);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5736);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(483);





/**
 * Finds the source in the request's region, or — no region given — in the first candidate
 * region that has it. Not found: the error says where it is instead, if anywhere.
 */
async function locate(request, ctx, what, hint, find, pinned) {
    const asked = request.region ? (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRegion */ .vK)(request.region, 'region') : undefined;
    if (pinned && asked && pinned !== asked) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`${what} is in ${pinned} (its ARN says so) but the restore region is ${asked}; remove region, or restore from the copy in ${asked} (source latest:<resource id> with region ${asked})`);
    }
    const candidates = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_0__/* .candidateRegions */ .dF)(ctx.config, ctx.account);
    const lookIn = pinned ? [pinned] : asked ? [asked] : candidates;
    for (const region of lookIn) {
        const found = await find(ctx.clients.rds(region));
        if (found !== undefined)
            return { region, found };
    }
    const elsewhere = [];
    for (const region of candidates.filter((r) => !lookIn.includes(r)))
        if ((await find(ctx.clients.rds(region))) !== undefined)
            elsewhere.push(region);
    const searched = `in ${lookIn.join(', ')}${ctx.account.name === 'default' ? '' : ` (account ${ctx.account.name})`}`;
    if (elsewhere.length > 0)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`${what} was not found ${searched}, but it is in ${elsewhere.join(', ')}: set region to ${elsewhere[0]}`);
    throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`${what} was not found ${searched}; ${hint}`);
}
/** `arn:aws:rds:<region>:<acct>:<type>:<id>` → id (and the region pins the lookup). */
function splitArn(ref) {
    const region = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_0__/* .arnRegion */ .yC)(ref);
    if (!region)
        return { id: ref };
    return { id: ref.split(':').slice(6).join(':'), region };
}
// ------------------------------------------------------------------ shared checks
/** RDS identifiers: 1–63 letters, digits and single hyphens, starting with a letter. */
function identifierProblem(id) {
    if (!/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/.test(id) || id.length > 63) {
        return `"${id}" is not a valid RDS identifier: 1 to 63 letters, digits and single hyphens, starting with a letter and not ending with a hyphen`;
    }
    return undefined;
}
function checkTarget(id) {
    const problem = identifierProblem(id);
    if (problem)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`target ${problem}`);
    return id;
}
/** Subnet group and security groups must exist in the restore region and share a VPC. */
async function checkNetwork(ctx, region, resolved) {
    const { settings, origins } = resolved;
    const from = (key) => (origins[key] === 'options' ? 'option' : `taken from the ${origins[key]}`);
    let vpc;
    if (settings.subnetGroup) {
        const group = await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSubnetGroup */ .K0)(ctx.clients.rds(region), settings.subnetGroup);
        if (!group) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`DB subnet group "${settings.subnetGroup}" (subnet-group, ${from('subnetGroup')}) does not exist in ${region}; create it there or set option subnet-group to an existing one`);
        }
        vpc = group.VpcId;
    }
    if (settings.securityGroups?.length) {
        const found = await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .securityGroupVpcs */ .s_)(ctx.clients.ec2(region), settings.securityGroups);
        const missing = settings.securityGroups.filter((id) => !found.has(id));
        if (missing.length) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`security group${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (security-groups, ${from('securityGroups')}) not found in ${region}; set option security-groups to groups of the target VPC`);
        }
        const strays = settings.securityGroups.filter((id) => vpc && found.get(id) !== vpc);
        if (strays.length) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`security group${strays.length === 1 ? '' : 's'} ${strays.join(', ')} ${strays.length === 1 ? 'is' : 'are'} not in ${vpc}, the VPC of subnet group ${settings.subnetGroup}; use groups of that VPC`);
        }
    }
}
function requireSettings(resolved, required, what, region, sourceGone) {
    const missing = (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .missingSettings */ .yj)(resolved.settings, required);
    if (missing.length === 0)
        return;
    const why = sourceGone ? 'the source no longer exists there and the snapshot carries no captured settings' : 'they could not be read from the snapshot or the source';
    throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`restoring ${what} in ${region} needs ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} missing (${why}); ` +
        `set ${missing.map((m) => `options.${m}`).join(' and ')} to resources of ${region}`);
}
function settingsDetails(resolved) {
    const s = resolved.settings;
    const details = {};
    if (s.subnetGroup)
        details.subnetGroup = s.subnetGroup;
    if (s.securityGroups)
        details.securityGroups = s.securityGroups.join(' ');
    if (s.parameterGroup)
        details.parameterGroup = s.parameterGroup;
    if (s.optionGroup)
        details.optionGroup = s.optionGroup;
    if (s.instanceClass)
        details.instanceClass = s.instanceClass;
    if (s.memberClasses)
        details.memberClasses = s.memberClasses.join(' ');
    const origins = Object.entries(resolved.origins).map(([k, o]) => `${k}: ${o}`);
    if (origins.length)
        details.settingsFrom = origins.join(', ');
    return details;
}
/** The option group a policy's DR copies use in `region` (copies of engines that need a mapping). */
function configOptionGroup(ctx, policy, region) {
    const copy = ctx.config.snapshots?.policies.find((p) => p.name === policy)?.copies.find((c) => c.region === region);
    return copy?.['option-group'] ? { optionGroup: copy['option-group'] } : {};
}
/** A target that exists: the same request's earlier result (same token) or a collision. */
function existingOrClash(kind, target, region, tags, status, token) {
    if (!tags)
        return undefined;
    if (tags[_snapshot_source_js__WEBPACK_IMPORTED_MODULE_0__/* .RESTORE_TAG */ .mx.token] === token)
        return { id: target, status: status ?? 'unknown' };
    throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`${kind} ${target} already exists in ${region}; set target to a new name (the restore never overwrites an existing database)`);
}
/** Settings left to AWS's defaults are worth a line in the plan. */
function defaultsWarnings(resolved, keys) {
    const defaults = { parameterGroup: ['parameter-group', "the engine's default parameter group"], instanceClass: ['instance-class', "the snapshot's original instance class"] };
    return keys
        .filter((key) => resolved.settings[key] === undefined)
        .map((key) => `${defaults[key][0]} not known: AWS uses ${defaults[key][1]}; set options.${defaults[key][0]} to choose`);
}
/** Parses `pointInTime`: `latest`, or an ISO 8601 instant with a zone. */
function parsePointInTime(text) {
    const value = text.trim();
    if (value.toLowerCase() === 'latest')
        return 'latest';
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value);
    const parsed = Date.parse(value);
    if (!iso || Number.isNaN(parsed)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`pointInTime "${text}" is not an ISO 8601 instant with a time zone, such as 2026-01-01T12:00:00Z, nor "latest"`);
    }
    return new Date(parsed);
}
/** Refuses an instant outside a database's restorable window (point-in-time restores). */
function checkRestorableWindow(what, when, earliest, latest) {
    if (when !== 'latest' && (when < earliest || when > latest)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`pointInTime ${when.toISOString()} is outside the restorable window of ${what}: ${earliest.toISOString()} to ${latest.toISOString()}; choose a time in it, or "latest"`);
    }
}
/** `<source>-pitr-<yyyymmdd-hhmm>`, short enough to leave `reserve` characters of the 63 allowed. */
function pointInTimeTarget(sourceId, when, now, reserve) {
    const stamp = (when === 'latest' ? now : when).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    return `${sourceId.slice(0, 63 - 19 - reserve)}-pitr-${stamp}`;
}
/** The members to create (`<target>-1` the writer, …); ones the same request made already are found by token. */
async function clusterMembers(rds, region, target, classes, token) {
    const members = classes.map((instanceClass, i) => ({ id: checkTarget(`${target}-${i + 1}`), instanceClass }));
    const existingMembers = new Set();
    for (const [i, member] of members.entries()) {
        const db = await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .describeDbInstance */ .Hz)(rds, member.id);
        if (db)
            existingMembers.add(member.id);
        if (db && (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .tagRecord */ .C3)(db.TagList)[_snapshot_source_js__WEBPACK_IMPORTED_MODULE_0__/* .RESTORE_TAG */ .mx.token] !== token) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .p(`DB instance ${member.id} (member ${i + 1} of the restored cluster) already exists in ${region}; set target to a new name`);
        }
    }
    return { members, existingMembers };
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sn: () => (/* binding */ RDS_CLUSTER_OPTIONS),
  Rx: () => (/* binding */ locateClusterSnapshot),
  Kl: () => (/* binding */ memberCount),
  N9: () => (/* binding */ resolveClusterFrom),
  qV: () => (/* binding */ resolveRdsClusterRestore)
});

// EXTERNAL MODULE: ./src/snapshots/tags.ts
var snapshots_tags = __webpack_require__(5736);
// EXTERNAL MODULE: ./src/restore/rds-checks.ts
var rds_checks = __webpack_require__(2839);
// EXTERNAL MODULE: ./src/restore/rds-lookup.ts
var rds_lookup = __webpack_require__(4872);
// EXTERNAL MODULE: ./src/restore/rds-settings.ts
var rds_settings = __webpack_require__(7571);
// EXTERNAL MODULE: ./src/restore/snapshot-source.ts
var snapshot_source = __webpack_require__(924);
// EXTERNAL MODULE: ./src/restore/types.ts
var types = __webpack_require__(483);
;// CONCATENATED MODULE: ./src/restore/rds-cluster-pitr.ts
/**
 * Resolving an Aurora point-in-time restore: RestoreDBClusterToPointInTime from an existing
 * cluster's automated backups, then its members with the source's classes.
 *
 * AWS restores a cluster to a point in time only in the cluster's own region: cross-Region
 * automated backup replication exists for RDS DB instances, not for Aurora. A point-in-time
 * restore asked for in another region (the DR region) is refused, naming what works there:
 * the DR copy of the cluster's latest snapshot.
 */






async function resolveClusterPointInTime(request, ctx, extraTags) {
    const when = (0,rds_checks/* parsePointInTime */.kF)(request.pointInTime);
    const raw = request.source.trim().replace(/^latest:/, '');
    if (!raw)
        throw new types/* RestoreInputError */.p('the restore source is empty; for a point-in-time restore name the DB cluster, e.g. inventory');
    const { id: sourceId, region: pinned } = (0,rds_checks/* splitArn */.E_)(raw);
    const asked = request.region ? (0,snapshot_source/* checkRegion */.vK)(request.region, 'region') : undefined;
    if (asked && !pinned && !(await (0,rds_lookup/* describeDbCluster */.qA)(ctx.clients.rds(asked), sourceId))) {
        for (const home of (0,snapshot_source/* candidateRegions */.dF)(ctx.config, ctx.account).filter((r) => r !== asked)) {
            if (await (0,rds_lookup/* describeDbCluster */.qA)(ctx.clients.rds(home), sourceId)) {
                throw new types/* RestoreInputError */.p(`DB cluster ${sourceId} is in ${home}: AWS restores an Aurora cluster to a point in time only in its own region (cross-Region automated backups cover RDS DB instances, not Aurora). ` +
                    `Restore it to a point in time in ${home} (remove region), or in ${asked} restore the DR copy of its latest cluster snapshot (source latest:${sourceId}, region ${asked}, no pointInTime)`);
            }
        }
    }
    const { region, found: cluster } = await (0,rds_checks/* locate */.x5)(request, ctx, `DB cluster ${sourceId}`, 'a point-in-time restore starts from a DB cluster that exists (name it as source); to restore a deleted one, use a cluster snapshot without pointInTime', (rds) => (0,rds_lookup/* describeDbCluster */.qA)(rds, sourceId), pinned);
    const latest = cluster.LatestRestorableTime;
    const earliest = cluster.EarliestRestorableTime;
    if (!latest || !earliest || !cluster.Engine) {
        throw new types/* RestoreInputError */.p(`DB cluster ${sourceId} in ${region} reports no restorable window yet (status ${cluster.Status}); try again when it is available`);
    }
    (0,rds_checks/* checkRestorableWindow */.o1)(`DB cluster ${sourceId} in ${region}`, when, earliest, latest);
    // Leaves room for the members' "-N" suffix within 63 characters.
    const defaultTarget = (0,rds_checks/* pointInTimeTarget */.ci)(sourceId, when, ctx.now, 3);
    const target = (0,rds_checks/* checkTarget */.e$)(request.target?.trim() || defaultTarget);
    const rds = ctx.clients.rds(region);
    const resolved = (0,rds_settings/* layerSettings */.j)([
        { origin: 'options', settings: (0,rds_settings/* settingsFromOptions */.Qu)(request.options, true) },
        { origin: 'source', settings: (0,rds_settings/* settingsFromCluster */._V)(cluster, await (0,rds_lookup/* clusterInstances */.Tg)(rds, sourceId)) },
    ]);
    (0,rds_checks/* requireSettings */.ZC)(resolved, ['subnetGroup', 'securityGroups', 'memberClasses'], `DB cluster ${target} from ${sourceId}`, region, false);
    await (0,rds_checks/* checkNetwork */.v8)(ctx, region, resolved);
    const instant = when === 'latest' ? 'latest' : when.toISOString();
    const token = (0,snapshot_source/* requestToken */.Fr)([ctx.account.name, region, 'rds-cluster-pitr', sourceId, instant, target, JSON.stringify(extraTags)]);
    const current = target === sourceId ? cluster : await (0,rds_lookup/* describeDbCluster */.qA)(rds, target);
    const existing = (0,rds_checks/* existingOrClash */.QS)('DB cluster', target, region, current && (0,snapshots_tags/* tagRecord */.C3)(current.TagList), current?.Status, token);
    const { members, existingMembers } = await (0,rds_checks/* clusterMembers */.Iz)(rds, region, target, resolved.settings.memberClasses, token);
    return {
        spec: {
            account: ctx.account.name,
            region,
            target,
            pointInTime: when === 'latest' ? { sourceCluster: sourceId } : { sourceCluster: sourceId, restoreTime: when },
            engine: cluster.Engine,
            settings: resolved.settings,
            members,
            tags: { ...(0,snapshots_tags/* userTags */.Rz)((0,snapshots_tags/* tagRecord */.C3)(cluster.TagList)), [snapshot_source/* RESTORE_TAG */.mx.restoredFrom]: `${sourceId}@${instant}`, [snapshot_source/* RESTORE_TAG */.mx.token]: token, ...extraTags },
            token,
        },
        existing,
        existingMembers,
        details: {
            account: ctx.account.name,
            region,
            sourceCluster: sourceId,
            pointInTime: instant,
            window: `${earliest.toISOString()} to ${latest.toISOString()}`,
            engine: cluster.Engine,
            instances: members.length,
            ...(0,rds_checks/* settingsDetails */.ww)(resolved),
        },
    };
}

;// CONCATENATED MODULE: ./src/restore/rds-cluster.ts
/**
 * Resolving an Aurora cluster restore from a cluster snapshot (or, with pointInTime, to a point
 * in time: rds-cluster-pitr.ts) into a spec for rds-calls.ts:
 * the cluster plus its member instances (same count and classes as the source's, or the
 * options'), every input checked first.
 */







const RDS_CLUSTER_OPTIONS = ['subnet-group', 'security-groups', 'parameter-group', 'instance-class', 'instances', 'wait-minutes'];
/** Aurora allows a writer and up to 15 replicas. */
const MAX_CLUSTER_INSTANCES = 16;
function memberCount(options) {
    const raw = options.instances;
    if (raw === undefined)
        return;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > MAX_CLUSTER_INSTANCES) {
        throw new types/* RestoreInputError */.p(`option instances must be a whole number from 1 to ${MAX_CLUSTER_INSTANCES} (a writer and up to 15 readers), got "${raw}"`);
    }
    if (options['instance-class'] === undefined)
        throw new types/* RestoreInputError */.p('option instances needs instance-class too (the class of every member)');
}
async function resolveRdsClusterRestore(request, ctx, extraTags = {}) {
    (0,snapshot_source/* checkOptions */.Jr)(request, RDS_CLUSTER_OPTIONS);
    memberCount(request.options);
    if (request.pointInTime !== undefined)
        return resolveClusterPointInTime(request, ctx, extraTags);
    return resolveClusterFrom(request, ctx, await locateClusterSnapshot(request, ctx), extraTags);
}
/** The DB cluster snapshot a request names (`latest:<id>`, a name or an ARN), in `ctx`'s account. */
async function locateClusterSnapshot(request, ctx) {
    const source = (0,snapshot_source/* parseSnapshotSource */.f7)(request.source, 'inventory-clusters-20260101-0400');
    if ('latestOf' in source) {
        return (0,rds_checks/* locate */.x5)(request, ctx, `no available DB cluster snapshot made by aws-backup-gitops of ${source.latestOf}`, 'check the DB cluster identifier, or name a cluster snapshot', (rds) => (0,rds_lookup/* latestDbClusterSnapshot */.Sl)(rds, source.latestOf));
    }
    const { id, region } = (0,rds_checks/* splitArn */.E_)(source.snapshot);
    return (0,rds_checks/* locate */.x5)(request, ctx, `DB cluster snapshot ${id}`, 'check the name (aws rds describe-db-cluster-snapshots), or use latest:<DB cluster id>', (rds) => (0,rds_lookup/* describeDbClusterSnapshot */.OC)(rds, id), region);
}
/** The checks of a cluster snapshot restore for a snapshot already found (possibly in another account: the vault). */
async function resolveClusterFrom(request, ctx, located, extraTags = {}) {
    const { region, found: snapshot } = located;
    const snapshotId = snapshot.DBClusterSnapshotIdentifier;
    if (snapshot.Status !== 'available') {
        throw new types/* RestoreInputError */.p(`DB cluster snapshot ${snapshotId} in ${region} is ${snapshot.Status}; only an available snapshot can be restored — wait for it or choose another`);
    }
    if (!snapshot.Engine)
        throw new types/* RestoreInputError */.p(`DB cluster snapshot ${snapshotId} in ${region} reports no engine; it cannot be restored by this tool`);
    const sourceId = snapshot.DBClusterIdentifier;
    const target = (0,rds_checks/* checkTarget */.e$)(request.target?.trim() || (sourceId ?? snapshotId));
    const rds = ctx.clients.rds(region);
    const tags = (0,snapshots_tags/* tagRecord */.C3)(snapshot.TagList);
    const sourceCluster = sourceId ? await (0,rds_lookup/* describeDbCluster */.qA)(rds, sourceId) : undefined;
    const layers = [
        { origin: 'options', settings: (0,rds_settings/* settingsFromOptions */.Qu)(request.options, true) },
        { origin: 'snapshot tags', settings: (0,rds_settings/* settingsFromTags */.xI)(tags, region, region) },
    ];
    if (sourceCluster)
        layers.push({ origin: 'source', settings: (0,rds_settings/* settingsFromCluster */._V)(sourceCluster, await (0,rds_lookup/* clusterInstances */.Tg)(rds, sourceId)) });
    const resolved = (0,rds_settings/* layerSettings */.j)(layers);
    (0,rds_checks/* requireSettings */.ZC)(resolved, ['subnetGroup', 'securityGroups', 'memberClasses'], `DB cluster ${target} from ${snapshotId}`, region, !sourceCluster);
    await (0,rds_checks/* checkNetwork */.v8)(ctx, region, resolved);
    const token = (0,snapshot_source/* requestToken */.Fr)([ctx.account.name, region, 'rds-cluster', snapshotId, target, JSON.stringify(extraTags)]);
    const current = target === sourceId ? sourceCluster : await (0,rds_lookup/* describeDbCluster */.qA)(rds, target);
    const existing = (0,rds_checks/* existingOrClash */.QS)('DB cluster', target, region, current && (0,snapshots_tags/* tagRecord */.C3)(current.TagList), current?.Status, token);
    const { members, existingMembers } = await (0,rds_checks/* clusterMembers */.Iz)(rds, region, target, resolved.settings.memberClasses, token);
    return {
        spec: {
            account: ctx.account.name,
            region,
            target,
            snapshotId,
            engine: snapshot.Engine,
            ...(snapshot.EngineVersion && { engineVersion: snapshot.EngineVersion }),
            settings: resolved.settings,
            members,
            tags: { ...(0,snapshots_tags/* userTags */.Rz)(tags), [snapshot_source/* RESTORE_TAG */.mx.restoredFrom]: snapshotId, [snapshot_source/* RESTORE_TAG */.mx.token]: token, ...extraTags },
            token,
        },
        existing,
        existingMembers,
        details: { account: ctx.account.name, region, snapshot: snapshotId, engine: snapshot.Engine, instances: members.length, ...(0,rds_checks/* settingsDetails */.ww)(resolved) },
    };
}


/***/ }),

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ resolveInstanceFrom),
/* harmony export */   VI: () => (/* binding */ resolveRdsInstanceRestore),
/* harmony export */   ly: () => (/* binding */ locateDbSnapshot),
/* harmony export */   pd: () => (/* binding */ RDS_INSTANCE_OPTIONS)
/* harmony export */ });
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/* harmony import */ var _rds_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2839);
/* harmony import */ var _rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4872);
/* harmony import */ var _rds_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7571);
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(924);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(483);






const RDS_INSTANCE_OPTIONS = ['subnet-group', 'security-groups', 'parameter-group', 'option-group', 'instance-class', 'wait-minutes'];
const DAY_MS = 86_400_000;
async function resolveRdsInstanceRestore(request, ctx, extraTags = {}) {
    (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .checkOptions */ .Jr)(request, RDS_INSTANCE_OPTIONS);
    return request.pointInTime !== undefined ? resolvePointInTime(request, ctx, extraTags) : resolveFromSnapshot(request, ctx, extraTags);
}
async function resolveFromSnapshot(request, ctx, extraTags) {
    return resolveInstanceFrom(request, ctx, await locateDbSnapshot(request, ctx), extraTags);
}
/** The DB snapshot a request names (`latest:<id>`, a name or an ARN), in `ctx`'s account. */
async function locateDbSnapshot(request, ctx) {
    const source = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSnapshotSource */ .f7)(request.source, 'orders-db-daily-20260101-0300');
    if ('latestOf' in source) {
        return (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(request, ctx, `no available DB snapshot made by aws-backup-gitops of ${source.latestOf}`, 'check the DB instance identifier, or name a snapshot', (rds) => (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .latestDbSnapshot */ .__)(rds, source.latestOf));
    }
    const { id, region } = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .splitArn */ .E_)(source.snapshot);
    return (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(request, ctx, `DB snapshot ${id}`, 'check the name (aws rds describe-db-snapshots), or use latest:<DB instance id>', (rds) => (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbSnapshot */ .gw)(rds, id), region);
}
/** The checks of a snapshot restore for a snapshot already found (possibly in another account: the vault). */
async function resolveInstanceFrom(request, ctx, located, extraTags = {}) {
    const { region, found: snapshot } = located;
    const snapshotId = snapshot.DBSnapshotIdentifier;
    if (snapshot.Status !== 'available') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RestoreInputError */ .p(`DB snapshot ${snapshotId} in ${region} is ${snapshot.Status}; only an available snapshot can be restored — wait for it or choose another`);
    }
    const sourceId = snapshot.DBInstanceIdentifier;
    const target = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTarget */ .e$)(request.target?.trim() || (sourceId ?? snapshotId));
    const rds = ctx.clients.rds(region);
    const tags = (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(snapshot.TagList);
    const sourceDb = sourceId ? await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbInstance */ .Hz)(rds, sourceId) : undefined;
    const layers = [
        { origin: 'options', settings: (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromOptions */ .Qu)(request.options, false) },
        { origin: 'snapshot tags', settings: (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromTags */ .xI)(tags, region, region) },
    ];
    if (sourceDb && !sourceDb.DBClusterIdentifier)
        layers.push({ origin: 'source', settings: (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromInstance */ .JP)(sourceDb) });
    layers.push({ origin: 'config', settings: (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .configOptionGroup */ .h8)(ctx, tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG */ .Dk.policy], region) });
    const resolved = (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .layerSettings */ .j)(layers);
    (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .requireSettings */ .ZC)(resolved, ['subnetGroup', 'securityGroups'], `DB instance ${target} from ${snapshotId}`, region, !sourceDb);
    await (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkNetwork */ .v8)(ctx, region, resolved);
    const token = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .requestToken */ .Fr)([ctx.account.name, region, 'rds-instance', snapshotId, target, JSON.stringify(extraTags)]);
    // Restoring under the source's own name: the source was just described.
    const current = target === sourceId ? sourceDb : await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbInstance */ .Hz)(rds, target);
    const existing = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .existingOrClash */ .QS)('DB instance', target, region, current && (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(current.TagList), current?.DBInstanceStatus, token);
    const warnings = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultsWarnings */ .ad)(resolved, ['parameterGroup', 'instanceClass']);
    return {
        spec: {
            account: ctx.account.name,
            region,
            target,
            from: { snapshotId },
            settings: resolved.settings,
            tags: { ...(0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .userTags */ .Rz)(tags), [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORE_TAG */ .mx.restoredFrom]: snapshotId, [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORE_TAG */ .mx.token]: token, ...extraTags },
            token,
        },
        existing,
        warnings,
        details: { account: ctx.account.name, region, snapshot: snapshotId, ...(snapshot.Engine && { engine: snapshot.Engine }), ...(0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsDetails */ .ww)(resolved) },
    };
}
async function resolvePointInTime(request, ctx, extraTags) {
    const when = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointInTime */ .kF)(request.pointInTime);
    const raw = request.source.trim().replace(/^latest:/, '');
    if (!raw)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RestoreInputError */ .p('the restore source is empty; for a point-in-time restore name the DB instance, e.g. orders-db');
    const { id: sourceId, region: pinned } = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .splitArn */ .E_)(raw);
    const { region, found: db } = await (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(request, ctx, `DB instance ${sourceId}`, 'a point-in-time restore starts from a DB instance that exists (name it as source); to restore a deleted one, use a snapshot without pointInTime', (rds) => (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbInstance */ .Hz)(rds, sourceId), pinned);
    if (db.DBClusterIdentifier) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RestoreInputError */ .p(`DB instance ${sourceId} is a member of DB cluster ${db.DBClusterIdentifier}; restore the cluster instead (kind rds-cluster)`);
    }
    const retention = db.BackupRetentionPeriod ?? 0;
    if (retention === 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RestoreInputError */ .p(`DB instance ${sourceId} in ${region} has automated backups off (backup retention 0 days), so there is no point in time to restore; restore a snapshot instead (source latest:${sourceId}, no pointInTime)`);
    }
    const latest = db.LatestRestorableTime;
    if (!latest)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .RestoreInputError */ .p(`DB instance ${sourceId} in ${region} reports no latest restorable time yet (status ${db.DBInstanceStatus}); try again when it is available`);
    // The window is the retention period back from the latest restorable time, never before the instance existed.
    const earliest = new Date(Math.max(db.InstanceCreateTime?.getTime() ?? 0, latest.getTime() - retention * DAY_MS));
    (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRestorableWindow */ .o1)(`DB instance ${sourceId} in ${region}`, when, earliest, latest);
    const defaultTarget = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .pointInTimeTarget */ .ci)(sourceId, when, ctx.now, 0);
    const target = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTarget */ .e$)(request.target?.trim() || defaultTarget);
    const resolved = (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .layerSettings */ .j)([
        { origin: 'options', settings: (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromOptions */ .Qu)(request.options, false) },
        { origin: 'source', settings: (0,_rds_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsFromInstance */ .JP)(db) },
    ]);
    (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .requireSettings */ .ZC)(resolved, ['subnetGroup', 'securityGroups'], `DB instance ${target} from ${sourceId}`, region, false);
    await (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkNetwork */ .v8)(ctx, region, resolved);
    const instant = when === 'latest' ? 'latest' : when.toISOString();
    const token = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .requestToken */ .Fr)([ctx.account.name, region, 'rds-pitr', sourceId, instant, target, JSON.stringify(extraTags)]);
    const current = await (0,_rds_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDbInstance */ .Hz)(ctx.clients.rds(region), target);
    const existing = (0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .existingOrClash */ .QS)('DB instance', target, region, current && (0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(current.TagList), current?.DBInstanceStatus, token);
    return {
        spec: {
            account: ctx.account.name,
            region,
            target,
            from: when === 'latest' ? { sourceInstance: sourceId } : { sourceInstance: sourceId, restoreTime: when },
            settings: resolved.settings,
            tags: { ...(0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .userTags */ .Rz)((0,_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRecord */ .C3)(db.TagList)), [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORE_TAG */ .mx.restoredFrom]: `${sourceId}@${instant}`, [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .RESTORE_TAG */ .mx.token]: token, ...extraTags },
            token,
        },
        existing,
        warnings: [],
        details: {
            account: ctx.account.name,
            region,
            sourceInstance: sourceId,
            pointInTime: instant,
            window: `${earliest.toISOString()} to ${latest.toISOString()}`,
            ...(0,_rds_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsDetails */ .ww)(resolved),
        },
    };
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

/***/ 9825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VI: () => (/* reexport safe */ _rds_instance_js__WEBPACK_IMPORTED_MODULE_4__.VI),
/* harmony export */   WO: () => (/* binding */ planRdsInstanceRestore),
/* harmony export */   hy: () => (/* binding */ RDS_RESTORE_SECTION),
/* harmony export */   l0: () => (/* binding */ planRdsClusterRestore),
/* harmony export */   qV: () => (/* reexport safe */ _rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__.qV),
/* harmony export */   rt: () => (/* binding */ addClusterMembers),
/* harmony export */   sg: () => (/* binding */ timingFor)
/* harmony export */ });
/* unused harmony exports waitAvailable, createRdsInstanceRestorePlanner, createRdsClusterRestorePlanner */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8720);
/* harmony import */ var _rds_calls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8893);
/* harmony import */ var _rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(938);
/* harmony import */ var _rds_instance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2789);
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(924);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2689);
/* harmony import */ var _rds_checks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2839);
/**
 * RDS restores: a DB instance from a DB snapshot or to a point in time, and an Aurora cluster
 * from a cluster snapshot together with its member instances (same count and classes as the
 * source's). Every input is checked with read-only calls first — the snapshot and its region,
 * the restorable window, the subnet group and security groups, the target name — and
 * anything that cannot work is one RestoreInputError before any change. Settings come from
 * the options, the snapshot's captured tags, the source if it still exists, then the config
 * (rds-settings.ts). A target that the same request already created is found by its token tag
 * and not created again.
 *
 * The resolvers are in rds-instance.ts and rds-cluster.ts (shared checks in rds-checks.ts);
 * this module turns their specs into plans.
 */










const RDS_RESTORE_SECTION = 'restore';
// ------------------------------------------------------------------ planners
function timingFor(request, overrides) {
    const minutes = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_5__/* .waitMinutesOption */ .Qz)(request);
    return (0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .waitTiming */ .Cl)({ ...overrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
}
/** Waits for `available`; running out of budget is reported, not failed (the restore goes on in AWS). */
async function waitAvailable(probe, label, timing, log) {
    const result = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .waitFor */ .fm)(probe, { label, goal: 'available', timing, log });
    if (result.outcome === 'failed')
        throw new Error((0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .describeWait */ .Ng)(result, { label, goal: 'available' }));
    if (result.outcome === 'timeout')
        return `${(0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .describeWait */ .Ng)(result, { label, goal: 'available' })}; the restore continues in AWS`;
    return (0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .describeWait */ .Ng)(result, { label, goal: 'available' });
}
function createRdsInstanceRestorePlanner(timingOverrides = {}) {
    return async (request, ctx) => {
        const resolved = await (0,_rds_instance_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveRdsInstanceRestore */ .VI)(request, ctx);
        const timing = timingFor(request, timingOverrides);
        const { spec } = resolved;
        const plan = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanBuilder */ .LR(RDS_RESTORE_SECTION);
        const label = `DB instance ${spec.target} (${spec.region})`;
        for (const warning of resolved.warnings)
            plan.warn(label, warning);
        if (resolved.existing) {
            plan.warn(label, `already restored by the same request (status ${resolved.existing.status}); nothing new is created`);
            return plan.build();
        }
        const rds = ctx.clients.rds(spec.region);
        plan.add({
            kind: 'restore',
            target: label,
            reason: 'snapshotId' in spec.from ? `restore DB snapshot ${spec.from.snapshotId}` : `restore ${spec.from.sourceInstance} to ${spec.from.restoreTime?.toISOString() ?? 'its latest restorable time'}`,
            details: resolved.details,
            apply: async () => {
                try {
                    await (0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .startDbInstanceRestore */ .wb)(rds, spec);
                }
                catch (error) {
                    throw new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `DB instance ${spec.target}`, region: spec.region }));
                }
                return waitAvailable((0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .dbInstanceProbe */ .q9)(rds, spec.target, 'available'), `DB instance ${spec.target}`, timing, ctx.log);
            },
        });
        return plan.build();
    };
}
function createRdsClusterRestorePlanner(timingOverrides = {}) {
    return async (request, ctx) => {
        const resolved = await (0,_rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRdsClusterRestore */ .qV)(request, ctx);
        const timing = timingFor(request, timingOverrides);
        const { spec } = resolved;
        const plan = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanBuilder */ .LR(RDS_RESTORE_SECTION);
        const label = `DB cluster ${spec.target} (${spec.region})`;
        const rds = ctx.clients.rds(spec.region);
        let clusterAction;
        if (resolved.existing) {
            plan.warn(label, `already restored by the same request (status ${resolved.existing.status}); only missing member instances are created`);
        }
        else {
            clusterAction = plan.add({
                kind: 'restore',
                target: label,
                reason: spec.pointInTime
                    ? `restore ${spec.pointInTime.sourceCluster} to ${spec.pointInTime.restoreTime?.toISOString() ?? 'its latest restorable time'}`
                    : `restore DB cluster snapshot ${spec.snapshotId}`,
                details: resolved.details,
                apply: async () => {
                    try {
                        await (0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .startDbClusterRestore */ .PT)(rds, spec);
                    }
                    catch (error) {
                        throw new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `DB cluster ${spec.target}`, region: spec.region }));
                    }
                    // AWS creates the members of a point-in-time restore only once the cluster is available.
                    if (spec.pointInTime)
                        return waitAvailable((0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .dbClusterProbe */ .rs)(rds, spec.target, 'available'), `DB cluster ${spec.target}`, timing, ctx.log);
                    return `restoring ${spec.target} from ${spec.snapshotId}`;
                },
            });
        }
        addClusterMembers(plan, resolved, ctx, timing, clusterAction);
        return plan.build();
    };
}
/** The member instances of a restored cluster, after the cluster (writer first); ones an earlier run made are skipped. */
function addClusterMembers(plan, resolved, ctx, timing, clusterAction) {
    const { spec } = resolved;
    const rds = ctx.clients.rds(spec.region);
    for (const [i, member] of spec.members.entries()) {
        if (resolved.existing && resolved.existingMembers.has(member.id))
            continue;
        plan.add({
            kind: 'create',
            target: `DB instance ${member.id} in cluster ${spec.target} (${spec.region})`,
            reason: `${i === 0 ? 'writer' : 'reader'} of the restored cluster, class ${member.instanceClass} like member ${i + 1} of the source`,
            details: { instanceClass: member.instanceClass, cluster: spec.target },
            ...(clusterAction && { dependsOn: [clusterAction] }),
            apply: async () => {
                try {
                    await (0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .createClusterMember */ .HS)(rds, spec, member);
                }
                catch (error) {
                    throw new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `DB instance ${member.id}`, region: spec.region }));
                }
                const instance = await waitAvailable((0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .dbInstanceProbe */ .q9)(rds, member.id, 'available'), `DB instance ${member.id}`, timing, ctx.log);
                const cluster = await waitAvailable((0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .dbClusterProbe */ .rs)(rds, spec.target, 'available'), `DB cluster ${spec.target}`, timing, ctx.log);
                return `${instance}; ${cluster}`;
            },
        });
    }
}
const planRdsInstanceRestore = createRdsInstanceRestorePlanner();
const planRdsClusterRestore = createRdsClusterRestorePlanner();


/***/ }),

/***/ 680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ restoreClusterFromVault),
/* harmony export */   Py: () => (/* binding */ resolveVaultDbRestore),
/* harmony export */   Xz: () => (/* binding */ planVaultRdsRestore),
/* harmony export */   al: () => (/* binding */ restoreInstanceFromVault),
/* harmony export */   j0: () => (/* binding */ VAULT_FROM_TAG)
/* harmony export */ });
/* unused harmony exports KMS_KEY_OPTION, DEFAULT_RESTORE_KEY, createVaultRdsRestorePlanner */
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2632);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8720);
/* harmony import */ var _rds_calls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8893);
/* harmony import */ var _rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(938);
/* harmony import */ var _rds_instance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2789);
/* harmony import */ var _rds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9825);
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(924);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(483);
/* harmony import */ var _vault_restore_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2501);
/* harmony import */ var _vault_share_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9700);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2689);
/**
 * RDS and Aurora restores from vault copies into another account (`from=vault`; docs/vault.md,
 * "Restoring from the vault"). The vault role finds the copy (a snapshot name, or `latest:<id>`
 * by the tool's tags on the copies) and proves, before anything is shared, that the vault key
 * lets the restoring account use it. Then, as AWS documents for shared snapshots:
 *
 * - a DB instance: the vault shares the copy with the restoring account for as long as that
 *   account copies it (re-encrypted with its own key, `kms-key`, default `alias/aws/rds`) as
 *   `vault-restore-<target>`; the share is removed; the instance is restored from that copy,
 *   and the copy is deleted once the instance is available;
 * - an Aurora cluster: the vault shares the copy until the cluster restored from it (by ARN,
 *   re-encrypted with `kms-key`) is available; then the members are created.
 *
 * Restoring inside the vault account (`account: vault`) needs none of this: commands/restore.ts
 * runs the ordinary planners with the vault role.
 */












const KMS_KEY_OPTION = 'kms-key';
/** The restoring account's AWS managed RDS key: always there, but its snapshots cannot be shared with a vault again. */
const DEFAULT_RESTORE_KEY = 'alias/aws/rds';
const VAULT_FROM_TAG = 'aws-backup-gitops:restored-from-vault';
/** The restoring account's key for an encrypted copy: `kms-key`, checked to exist there, or the AWS managed key. */
async function restoreKey(ctx, region, option, encrypted, warnings) {
    if (!encrypted) {
        if (option)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p(`option ${KMS_KEY_OPTION} applies to an encrypted vault copy only; this one is not encrypted — remove ${KMS_KEY_OPTION}`);
        return undefined;
    }
    if (!option) {
        warnings.push(`${KMS_KEY_OPTION} not set: the restored database is encrypted with ${DEFAULT_RESTORE_KEY} of account ${ctx.account.name}, whose snapshots cannot be shared with the vault; set options.${KMS_KEY_OPTION} to a customer managed key to copy it into the vault again`);
        return DEFAULT_RESTORE_KEY;
    }
    try {
        const { KeyMetadata: key } = await ctx.clients.kms(region).send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_11__.DescribeKeyCommand({ KeyId: option }));
        if (key?.KeyState && key.KeyState !== 'Enabled')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p(`KMS key ${option} (${KMS_KEY_OPTION}) in ${region} is ${key.KeyState}; enable it or name another key`);
        return key?.Arn ?? option;
    }
    catch (error) {
        if (error instanceof _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p)
            throw error;
        const code = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorCode */ .J6)(error);
        if (code === 'NotFoundException')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p(`KMS key ${option} (${KMS_KEY_OPTION}) does not exist in ${region} of account ${ctx.account.name}; name a key of that account and region (alias/…, key id or ARN)`);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p(`cannot check KMS key ${option} (${KMS_KEY_OPTION}) in ${region}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { region })}`);
    }
}
/**
 * Resolves a restore of a vault copy into `ctx`'s account: the copy (found with the vault
 * role), the vault key check, the restoring account's key and the restore spec there. Only
 * read-only calls. `request` has no `from` option (drills build it directly).
 */
async function resolveVaultDbRestore(request, ctx, extraTags = {}) {
    const cluster = request.kind === 'rds-cluster';
    (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_6__/* .checkOptions */ .Jr)(request, [...(cluster ? _rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .RDS_CLUSTER_OPTIONS */ .sn : _rds_instance_js__WEBPACK_IMPORTED_MODULE_4__/* .RDS_INSTANCE_OPTIONS */ .pd), KMS_KEY_OPTION]);
    if (cluster)
        (0,_rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .memberCount */ .Kl)(request.options);
    if (request.pointInTime !== undefined)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p('a vault copy is a snapshot: leave out pointInTime (point-in-time restores use the automated backups of the database in its own account)');
    if (ctx.account.name === _vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .VAULT_ACCOUNT */ .Zh)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RestoreInputError */ .p('account vault with from=vault: leave out from=vault, a restore into the vault reads its own copies');
    const { [KMS_KEY_OPTION]: keyOption, ...options } = request.options;
    const plain = { ...request, options };
    const vault = (0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .vaultContext */ .Uw)(ctx);
    const located = cluster ? await (0,_rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .locateClusterSnapshot */ .Rx)(plain, vault) : await (0,_rds_instance_js__WEBPACK_IMPORTED_MODULE_4__/* .locateDbSnapshot */ .ly)(plain, vault);
    const { region, found } = located;
    const id = 'DBClusterSnapshotIdentifier' in found ? found.DBClusterSnapshotIdentifier : found.DBSnapshotIdentifier;
    const arn = 'DBClusterSnapshotArn' in found ? found.DBClusterSnapshotArn : found.DBSnapshotArn;
    const encrypted = 'StorageEncrypted' in found ? found.StorageEncrypted === true : found.Encrypted === true;
    const target = await (0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .accountIdOf */ .Ow)(ctx, region);
    if (encrypted && found.KmsKeyId)
        await (0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .checkVaultKey */ .o$)(vault, region, found.KmsKeyId, id, target, 'restore a database from it');
    const warnings = [];
    const kmsKey = await restoreKey(ctx, region, keyOption?.trim() || undefined, encrypted, warnings);
    const snapshot = { kind: cluster ? 'rds-cluster' : 'rds-instance', region, id, ...(arn && { arn }), sharedWith: target };
    const tags = { [VAULT_FROM_TAG]: vault.account.accountId, ...extraTags };
    if (cluster) {
        const resolved = await (0,_rds_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveClusterFrom */ .N9)(plain, ctx, located, tags);
        // Another account names a shared snapshot by its ARN.
        resolved.spec.snapshotId = arn ?? id;
        if (kmsKey)
            resolved.spec.kmsKeyId = kmsKey;
        return { snapshot, ...(kmsKey && { kmsKey }), cluster: resolved, warnings };
    }
    const resolved = await (0,_rds_instance_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInstanceFrom */ .I9)(plain, ctx, located, tags);
    const copyId = (0,_vault_share_js__WEBPACK_IMPORTED_MODULE_8__/* .vaultCopyId */ .xB)(resolved.spec.target);
    resolved.spec.from = { snapshotId: copyId };
    const copyTags = { [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_6__/* .RESTORE_TAG */ .mx.restoredFrom]: id, [_snapshot_source_js__WEBPACK_IMPORTED_MODULE_6__/* .RESTORE_TAG */ .mx.token]: resolved.spec.token, ...tags };
    return { snapshot, ...(kmsKey && { kmsKey }), copyId, copyTags, instance: resolved, warnings: [...warnings, ...resolved.warnings] };
}
/** Copy (shared for it), restore from the copy, delete the copy once the instance is available. */
async function restoreInstanceFromVault(ctx, r, timing, strict) {
    const spec = r.instance.spec;
    const rds = ctx.clients.rds(spec.region);
    const vault = (0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .vaultContext */ .Uw)(ctx).clients;
    const copyId = r.copyId;
    await (0,_vault_share_js__WEBPACK_IMPORTED_MODULE_8__/* .whileShared */ .DI)(vault, r.snapshot, () => (0,_vault_share_js__WEBPACK_IMPORTED_MODULE_8__/* .copySharedDbSnapshot */ .L0)(rds, r.snapshot, copyId, r.kmsKey, r.copyTags ?? {}, timing, ctx.log));
    try {
        await (0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .startDbInstanceRestore */ .wb)(rds, spec);
    }
    catch (error) {
        throw new Error(`${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `DB instance ${spec.target}`, region: spec.region })} (the copy ${copyId} stays; a second run of the same request uses it)`);
    }
    const label = `DB instance ${spec.target}`;
    const result = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_9__/* .waitFor */ .fm)((0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .dbInstanceProbe */ .q9)(rds, spec.target, 'available'), { label, goal: 'available', timing, log: ctx.log });
    const said = (0,_wait_js__WEBPACK_IMPORTED_MODULE_9__/* .describeWait */ .Ng)(result, { label, goal: 'available' });
    if (result.outcome === 'failed' || (result.outcome === 'timeout' && strict))
        throw new Error(said);
    // Deleting the copy while AWS still restores from it could fail the restore: it stays, and says so.
    if (result.outcome === 'timeout')
        return `${said}; the restore continues in AWS — delete the copy ${copyId} once the instance is available`;
    await (0,_vault_share_js__WEBPACK_IMPORTED_MODULE_8__/* .deleteVaultCopy */ .X4)(rds, copyId);
    return `${said}; copy ${copyId} deleted`;
}
/** The cluster from the shared copy; the share lasts until the cluster is available. */
async function restoreClusterFromVault(ctx, r, timing) {
    const spec = r.cluster.spec;
    const rds = ctx.clients.rds(spec.region);
    return (0,_vault_share_js__WEBPACK_IMPORTED_MODULE_8__/* .whileShared */ .DI)((0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .vaultContext */ .Uw)(ctx).clients, r.snapshot, async () => {
        try {
            await (0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .startDbClusterRestore */ .PT)(rds, spec);
        }
        catch (error) {
            throw new Error((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { resource: `DB cluster ${spec.target}`, region: spec.region }));
        }
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_9__/* .waitOrThrow */ .JZ)((0,_rds_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .dbClusterProbe */ .rs)(rds, spec.target, 'available'), { label: `DB cluster ${spec.target}`, goal: 'available', timing, log: ctx.log });
        return `${spec.target} available; share of ${r.snapshot.id} removed`;
    });
}
function sharing(r, vaultId) {
    const key = r.kmsKey ? `, re-encrypted with ${r.kmsKey}` : '';
    return r.copyId
        ? `the vault (${vaultId}) shares ${r.snapshot.id} with account ${r.snapshot.sharedWith} only while it is copied as ${r.copyId}${key}; the instance is restored from that copy, which is deleted once the instance is available`
        : `the vault (${vaultId}) shares ${r.snapshot.id} with account ${r.snapshot.sharedWith} only until the cluster restored from it${key} is available`;
}
function createVaultRdsRestorePlanner(timingOverrides = {}) {
    return async (request, ctx) => {
        const plain = (0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .withoutFrom */ .hX)(request);
        const r = await resolveVaultDbRestore(plain, ctx);
        const timing = (0,_rds_js__WEBPACK_IMPORTED_MODULE_5__/* .timingFor */ .sg)(plain, timingOverrides);
        const vaultId = (0,_vault_restore_js__WEBPACK_IMPORTED_MODULE_7__/* .vaultContext */ .Uw)(ctx).account.accountId;
        const plan = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanBuilder */ .LR(_rds_js__WEBPACK_IMPORTED_MODULE_5__/* .RDS_RESTORE_SECTION */ .hy);
        const resolved = (r.instance ?? r.cluster);
        const spec = resolved.spec;
        const label = `${r.instance ? 'DB instance' : 'DB cluster'} ${spec.target} (${spec.region})`;
        for (const warning of r.warnings)
            plan.warn(label, warning);
        const details = { ...resolved.details, from: `vault ${vaultId}`, snapshot: r.snapshot.id, ...(r.kmsKey && { kmsKey: r.kmsKey }), ...(r.copyId && { copy: r.copyId }) };
        if (r.instance) {
            if (r.instance.existing) {
                plan.warn(label, `already restored by the same request (status ${r.instance.existing.status}); nothing new is created or shared`);
                return plan.build();
            }
            plan.add({ kind: 'restore', target: label, reason: `restore vault copy ${r.snapshot.id}: ${sharing(r, vaultId)}`, details, apply: () => restoreInstanceFromVault(ctx, r, timing, false) });
            return plan.build();
        }
        const cluster = r.cluster;
        let clusterAction;
        if (cluster.existing)
            plan.warn(label, `already restored by the same request (status ${cluster.existing.status}); only missing member instances are created, nothing is shared`);
        else
            clusterAction = plan.add({ kind: 'restore', target: label, reason: `restore vault copy ${r.snapshot.id}: ${sharing(r, vaultId)}`, details, apply: () => restoreClusterFromVault(ctx, r, timing) });
        (0,_rds_js__WEBPACK_IMPORTED_MODULE_5__/* .addClusterMembers */ .rt)(plan, cluster, ctx, timing, clusterAction);
        return plan.build();
    };
}
const planVaultRdsRestore = createVaultRdsRestorePlanner();


/***/ }),

/***/ 2501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ fromVault),
/* harmony export */   M1: () => (/* binding */ planVaultEbsRestore),
/* harmony export */   Ow: () => (/* binding */ accountIdOf),
/* harmony export */   Uw: () => (/* binding */ vaultContext),
/* harmony export */   Zh: () => (/* binding */ VAULT_ACCOUNT),
/* harmony export */   hX: () => (/* binding */ withoutFrom),
/* harmony export */   o$: () => (/* binding */ checkVaultKey),
/* harmony export */   wS: () => (/* binding */ vaultAccount)
/* harmony export */ });
/* unused harmony exports FROM_OPTION, createVaultEbsRestorePlanner */
/* harmony import */ var _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2632);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1695);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _snapshots_vault_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9042);
/* harmony import */ var _snapshots_vault_calls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);
/* harmony import */ var _ebs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1622);
/* harmony import */ var _snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(924);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(483);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2689);
/**
 * Restores from vault copies (docs/vault.md, "Restore from the vault"). With the option
 * `from=vault`, the snapshot is looked up with the vault role in the vault account (an id, or
 * `latest:<volume id>` by the tool's tags on the copies), and the volume is created in the
 * restore's account: the vault shares the copy with that account only for as long as the
 * create needs it, and removes the share afterwards, also when the create fails. Before
 * anything is shared, the plan checks that the vault key the copy is encrypted with lets the
 * target account use it. Restoring into the vault account itself (`account: vault`) needs no
 * share: commands/restore.ts then runs the ordinary planners with the vault role.
 */









/** The account name that stands for the vault in a restore's `account` input. */
const VAULT_ACCOUNT = 'vault';
const FROM_OPTION = 'from';
/** The vault as an account of the config: its id, role and the regions it holds keys (so copies) in. */
function vaultAccount(config) {
    const vault = config.vault;
    if (!vault)
        return undefined;
    return {
        name: VAULT_ACCOUNT,
        accountId: vault.id,
        roleArn: vault['role-arn'],
        ...(vault['external-id'] && { externalId: vault['external-id'] }),
        regions: Object.keys(vault['kms-keys']),
    };
}
/** Whether the request restores from a vault copy (`from=vault`); any other value of `from` is refused. */
function fromVault(request) {
    const from = request.options[FROM_OPTION]?.trim();
    if (from === undefined)
        return false;
    if (from !== VAULT_ACCOUNT)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .RestoreInputError */ .p(`option from must be "vault" (restore from a copy in the vault account), got "${from}"; leave it out to restore from the account's own snapshots`);
    return true;
}
function withoutFrom(request) {
    const { [FROM_OPTION]: _from, ...options } = request.options;
    return { ...request, options };
}
function vaultContext(ctx) {
    const account = vaultAccount(ctx.config);
    if (!account || !ctx.vaultClients) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .RestoreInputError */ .p('option from=vault needs a vault: section in the config (the vault account id, role-arn and kms-keys; docs/vault.md)');
    }
    return { ...ctx, account, clients: ctx.vaultClients() };
}
/** The target account's id: from the config, or from the credentials. */
async function accountIdOf(ctx, region) {
    if (ctx.account.accountId)
        return ctx.account.accountId;
    const id = (await ctx.clients.sts(region).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_7__.GetCallerIdentityCommand({}))).Account;
    if (!id)
        throw new Error(`account "${ctx.account.name}": the credentials report no account id`);
    return id;
}
/** The vault key of an encrypted copy must let the target account read it, or the create or copy fails after the share. */
async function checkVaultKey(vault, region, keyId, snapshotId, target, use = 'create a volume from it') {
    const kms = vault.clients.kms(region);
    let policy;
    try {
        const { KeyMetadata: key } = await kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_8__.DescribeKeyCommand({ KeyId: keyId }));
        policy = (await kms.send(new _aws_sdk_client_kms__WEBPACK_IMPORTED_MODULE_8__.GetKeyPolicyCommand({ KeyId: key?.Arn ?? keyId, PolicyName: 'default' }))).Policy ?? '';
    }
    catch (error) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .RestoreInputError */ .p(`cannot check the vault key ${keyId} of ${snapshotId}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error, { region })}`);
    }
    const missing = (0,_snapshots_vault_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .keyPolicyMissing */ .A)(policy, target);
    if (missing.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .RestoreInputError */ .p(`vault copy ${snapshotId} (${region}) is encrypted with vault key ${keyId}, whose key policy does not allow account ${target} ${missing.join(', ')}, so that account cannot ${use}: ` +
            `add a statement for arn:aws:iam::${target}:root with those actions to the key policy in the vault (docs/vault.md, "Restore from the vault"), or restore into the vault account (account: vault)`);
    }
}
function createVaultEbsRestorePlanner(timingOverrides = {}) {
    return async (request, ctx) => {
        const plain = withoutFrom(request);
        (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .checkOptions */ .Jr)(plain, _ebs_js__WEBPACK_IMPORTED_MODULE_3__/* .EBS_OPTIONS */ .q$);
        const vault = vaultContext(ctx);
        const located = await (0,_ebs_js__WEBPACK_IMPORTED_MODULE_3__/* .locateSnapshot */ .n8)(plain, vault);
        const { region } = located;
        const snapshotId = located.snapshot.SnapshotId;
        if (ctx.account.name === VAULT_ACCOUNT)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .RestoreInputError */ .p('account vault with from=vault: leave out from=vault, a restore into the vault reads its own copies');
        const target = await accountIdOf(ctx, region);
        if (located.snapshot.Encrypted && located.snapshot.KmsKeyId)
            await checkVaultKey(vault, region, located.snapshot.KmsKeyId, snapshotId, target);
        const spec = await (0,_ebs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveEbsFrom */ .Rm)(plain, ctx, located, { 'aws-backup-gitops:restored-from-vault': vault.account.accountId });
        const minutes = (0,_snapshot_source_js__WEBPACK_IMPORTED_MODULE_4__/* .waitMinutesOption */ .Qz)(plain);
        const timing = (0,_wait_js__WEBPACK_IMPORTED_MODULE_5__/* .waitTiming */ .Cl)({ ...timingOverrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
        const share = (open) => (0,_snapshots_vault_calls_js__WEBPACK_IMPORTED_MODULE_2__/* .setShare */ .yP)(vault.clients, 'ebs', region, snapshotId, target, open);
        return (0,_ebs_js__WEBPACK_IMPORTED_MODULE_3__/* .planEbsFromSpec */ .Be)(spec, ctx, timing, {
            reason: `the vault shares ${snapshotId} with account ${target} for the create only`,
            details: { from: `vault ${vault.account.accountId}` },
            around: async (create) => {
                await share(true);
                try {
                    return await create();
                }
                finally {
                    await share(false);
                }
            },
        });
    };
}
const planVaultEbsRestore = createVaultEbsRestorePlanner();


/***/ }),

/***/ 9005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ contentHeaders),
/* harmony export */   M_: () => (/* binding */ COPY_OBJECT_LIMIT),
/* harmony export */   XR: () => (/* binding */ copySource),
/* harmony export */   jo: () => (/* binding */ copyInParts),
/* harmony export */   kv: () => (/* binding */ copyVersion),
/* harmony export */   mu: () => (/* binding */ COPY_PART_SIZE)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);
/**
 * Server-side copies of one object version: CopyObject up to S3's 5 GB copy limit, past it a
 * multipart upload of UploadPartCopy ranges (CopyObject refuses larger sources), aborted when
 * a part fails so no incomplete upload is left to bill. Used by restores and by the copy of
 * existing objects; no object byte passes through the runner.
 */

/** S3's largest CopyObject source (5 GB). */
const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;
/** Part size of a multipart copy: 512 MiB keeps a 5 TB object under S3's 10,000 parts (and above its 5 MiB minimum). */
const COPY_PART_SIZE = 512 * 1024 ** 2;
/** A CopySource: bucket, URL-encoded key (slashes kept), version. */
function copySource(bucket, key, versionId) {
    return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}?versionId=${encodeURIComponent(versionId)}`;
}
/** The headers a copy writes again when it replaces metadata (a multipart copy always does). */
function contentHeaders(head) {
    return {
        ...(head.ContentType !== undefined && { ContentType: head.ContentType }),
        ...(head.Metadata !== undefined && { Metadata: head.Metadata }),
        ...(head.CacheControl !== undefined && { CacheControl: head.CacheControl }),
        ...(head.ContentEncoding !== undefined && { ContentEncoding: head.ContentEncoding }),
        ...(head.ContentDisposition !== undefined && { ContentDisposition: head.ContentDisposition }),
    };
}
/** A multipart copy in `partSize` ranges; `head` gives the new object's type and metadata. */
async function copyInParts(s3, copy, head, partSize = COPY_PART_SIZE) {
    const { bucket, key, from } = copy;
    const upload = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ...contentHeaders(head) }));
    const uploadId = upload.UploadId;
    try {
        const parts = [];
        for (let start = 0, n = 1; start < from.size; start += partSize, n++) {
            const end = Math.min(start + partSize, from.size) - 1;
            const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.UploadPartCopyCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: n, CopySource: copySource(from.bucket, from.key, from.versionId), CopySourceRange: `bytes=${start}-${end}` }));
            parts.push({ PartNumber: n, ETag: out.CopyPartResult.ETag });
        }
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    }
    catch (error) {
        await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
        throw error;
    }
}
/** CopyObject of a version, keeping its type and metadata (the default COPY directive). */
async function copyVersion(s3, copy) {
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.CopyObjectCommand({ Bucket: copy.bucket, Key: copy.key, CopySource: copySource(copy.from.bucket, copy.from.key, copy.from.versionId) }));
}


/***/ }),

/***/ 8869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jj: () => (/* binding */ listCurrentObjectsWithDates),
/* harmony export */   R4: () => (/* binding */ listVersionEntries),
/* harmony export */   kw: () => (/* binding */ listCurrentObjects)
/* harmony export */ });
/* unused harmony exports S3_MAX_KEYS, compareKeys, mergeVersionPage */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8268);
/**
 * Reading a bucket's history: ListObjectVersions pages (1000 entries each, the most S3 sends)
 * turned into one stream of entries in S3's order — keys in UTF-8 order, each key's versions
 * and delete markers newest first — and current objects from ListObjectsV2. Streams, so a
 * prefix of millions of versions is never held in memory at once.
 */


/** S3's page maximum for both listings. */
const S3_MAX_KEYS = 1000;
function compareKeys(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/**
 * One page's versions and delete markers in listing order. The SDK returns them as two
 * lists; both are in key order with each key newest first, so a merge restores the order
 * (LastModified decides within a key, the latest entry first on a tie).
 */
function mergeVersionPage(page) {
    const versions = (page.Versions ?? []).map((v) => ({
        key: v.Key,
        versionId: v.VersionId ?? 'null',
        lastModified: v.LastModified?.getTime() ?? 0,
        isDeleteMarker: false,
        isLatest: v.IsLatest === true,
        ...(v.ETag !== undefined && { etag: v.ETag }),
        size: v.Size ?? 0,
    }));
    const markers = (page.DeleteMarkers ?? []).map((m) => ({
        key: m.Key,
        versionId: m.VersionId ?? 'null',
        lastModified: m.LastModified?.getTime() ?? 0,
        isDeleteMarker: true,
        isLatest: m.IsLatest === true,
        size: 0,
    }));
    if (markers.length === 0)
        return versions;
    const out = [];
    let i = 0;
    let j = 0;
    const before = (a, b) => {
        const byKey = compareKeys(a.key, b.key);
        if (byKey !== 0)
            return byKey < 0;
        if (a.isLatest !== b.isLatest)
            return a.isLatest;
        return a.lastModified >= b.lastModified;
    };
    while (i < versions.length || j < markers.length) {
        if (j >= markers.length || (i < versions.length && before(versions[i], markers[j])))
            out.push(versions[i++]);
        else
            out.push(markers[j++]);
    }
    return out;
}
/** Every version and delete marker under `prefix`, page by page, in listing order. */
async function* listVersionEntries(s3, bucket, prefix) {
    const pages = (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)((marker) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectVersionsCommand({
        Bucket: bucket,
        Prefix: prefix,
        MaxKeys: S3_MAX_KEYS,
        ...(marker && { KeyMarker: marker.key, ...(marker.versionId !== undefined && { VersionIdMarker: marker.versionId }) }),
    })), (page) => (page.IsTruncated ? { key: page.NextKeyMarker, ...(page.NextVersionIdMarker !== undefined && { versionId: page.NextVersionIdMarker }) } : undefined));
    for await (const page of pages)
        yield mergeVersionPage(page);
}
/** The current objects under `prefix`, page by page. */
async function* listCurrentObjects(s3, bucket, prefix) {
    const pages = (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)((token) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: S3_MAX_KEYS, ...(token && { ContinuationToken: token }) })), (page) => (page.IsTruncated ? page.NextContinuationToken : undefined));
    for await (const page of pages)
        yield (page.Contents ?? []).map((o) => ({ key: o.Key, etag: o.ETag ?? '', size: o.Size ?? 0 }));
}
/** Current objects with their modification time (ms), from `startAfter` on. */
async function* listCurrentObjectsWithDates(s3, bucket, prefix, startAfter) {
    const pages = (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)((token) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix,
        MaxKeys: S3_MAX_KEYS,
        ...(token ? { ContinuationToken: token } : startAfter !== undefined ? { StartAfter: startAfter } : {}),
    })), (page) => (page.IsTruncated ? page.NextContinuationToken : undefined));
    for await (const page of pages)
        yield (page.Contents ?? []).map((o) => ({ key: o.Key, lastModified: o.LastModified?.getTime() ?? 0, size: o.Size ?? 0 }));
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


/***/ })

};
