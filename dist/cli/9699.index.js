export const id = 9699;
export const ids = [9699];
export const modules = {

/***/ 9699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkMirror: () => (/* binding */ checkMirror),
/* harmony export */   mirrorAccount: () => (/* binding */ mirrorAccount),
/* harmony export */   mirrorCheckMarkdown: () => (/* binding */ mirrorCheckMarkdown),
/* harmony export */   mirrorCheckPlan: () => (/* binding */ mirrorCheckPlan),
/* harmony export */   mirrorClients: () => (/* binding */ mirrorClients),
/* harmony export */   uploadMirrorCopy: () => (/* binding */ uploadMirrorCopy)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6952);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8720);
/**
 * The export mirror's bucket: which credentials write to it (each exported account's own, a
 * named account's, or the vault role's with `account: vault`), and, for a bucket declared with
 * `object-lock: true`, the check made before any upload — Object Lock enabled
 * (GetObjectLockConfiguration) and versioning on (GetBucketVersioning). A bucket that fails
 * the check gets one plan error and no upload at all; the result is said in the job summary
 * and the JSON report either way.
 */




/** The account whose credentials write the mirror objects of `exported`'s files. */
function mirrorAccount(ctx, exported) {
    const named = ctx.config.export.mirror?.account;
    if (named === undefined)
        return exported;
    const vault = ctx.config.vault;
    if (named === 'vault' && vault) {
        // The same client set as the snapshot copies into the vault (execute.ts).
        return { name: 'Vault', accountId: vault.id, roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) };
    }
    return (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAccounts */ .LC)(ctx.config).find((a) => a.name === named) ?? exported;
}
function mirrorClients(ctx, exported) {
    return ctx.clientsFor(mirrorAccount(ctx, exported));
}
/** Uploads one exported file's copy to the mirror bucket. */
async function uploadMirrorCopy(ctx, exported, key, content) {
    const mirror = ctx.config.export.mirror;
    await mirrorClients(ctx, exported)
        .s3(mirror.region)
        .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.PutObjectCommand({
        Bucket: mirror.bucket,
        Key: key,
        Body: content,
        ContentType: 'application/yaml',
        // S3 refuses an upload to an Object Lock bucket without an integrity checksum.
        ...(mirror['object-lock'] && { ChecksumAlgorithm: 'CRC32' }),
    }));
}
/**
 * Reads the declared-locked mirror bucket's Object Lock and versioning before anything is
 * uploaded. Undefined when the config has no mirror or does not declare it locked.
 */
async function checkMirror(ctx) {
    const mirror = ctx.config.export.mirror;
    if (!mirror?.['object-lock'])
        return undefined;
    const writer = mirrorAccount(ctx, (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveAccounts */ .LC)(ctx.config)[0]);
    const region = mirror.region;
    const s3 = ctx.clientsFor(writer).s3(region);
    const base = {
        bucket: mirror.bucket,
        region,
        account: mirror.account ?? writer.name,
        ...(writer.accountId !== undefined && { accountId: writer.accountId }),
    };
    const where = `s3://${mirror.bucket} (${region}, account ${base.account}${writer.accountId ? ` ${writer.accountId}` : ''})`;
    let lock = 'unknown';
    let versioning = 'unknown';
    let defaultRetention;
    try {
        const [lockAnswer, versioningAnswer] = await Promise.all([
            s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetObjectLockConfigurationCommand({ Bucket: mirror.bucket })).catch((error) => {
                // S3's answer for a bucket created without Object Lock.
                if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(error) === 'ObjectLockConfigurationNotFoundError')
                    return undefined;
                throw error;
            }),
            s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetBucketVersioningCommand({ Bucket: mirror.bucket })),
        ]);
        const config = lockAnswer?.ObjectLockConfiguration;
        lock = config?.ObjectLockEnabled === 'Enabled' ? 'enabled' : 'not-enabled';
        const rule = config?.Rule?.DefaultRetention;
        if (rule?.Mode)
            defaultRetention = { mode: rule.Mode, ...(rule.Days !== undefined && { days: rule.Days }), ...(rule.Years !== undefined && { years: rule.Years }) };
        versioning = versioningAnswer.Status === 'Enabled' || versioningAnswer.Status === 'Suspended' ? versioningAnswer.Status : 'off';
    }
    catch (error) {
        const problem = `cannot check the mirror bucket ${where}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAwsError */ .Pp)(error, { region })}; nothing is uploaded until the check passes`;
        return { ...base, objectLock: lock, versioning, uploads: false, problem };
    }
    const problems = [];
    if (lock !== 'enabled') {
        problems.push('Object Lock is not enabled on it (create the bucket with Object Lock, e.g. `aws s3api create-bucket --object-lock-enabled-for-bucket`, and point the mirror there, or remove object-lock: true)');
    }
    if (versioning !== 'Enabled')
        problems.push(`versioning is ${versioning === 'off' ? 'off' : 'suspended'} (enable it: \`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled\`)`);
    const result = { ...base, objectLock: lock, ...(defaultRetention && { defaultRetention }), versioning, uploads: problems.length === 0 };
    if (problems.length > 0) {
        result.problem = `export.mirror declares object-lock: true, but on ${where} ${problems.join(', and ')}; nothing is uploaded`;
    }
    return result;
}
/** The plan error of a failed check (section `mirror`), or an empty plan. */
function mirrorCheckPlan(check) {
    const builder = new _plan_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanBuilder */ .LR('mirror');
    if (check && !check.uploads)
        builder.error(`s3://${check.bucket}`, check.problem);
    return builder.build();
}
function describeRetention(r) {
    const n = r.days ?? r.years ?? 0;
    const unit = r.days !== undefined ? 'day' : 'year';
    return `${r.mode.toLowerCase()} default retention of ${n} ${unit}${n === 1 ? '' : 's'}`;
}
/** One paragraph for the job summary. */
function mirrorCheckMarkdown(check) {
    const account = `account ${check.account}${check.accountId ? ` (${check.accountId})` : ''}`;
    const lock = check.objectLock === 'enabled'
        ? `Object Lock enabled${check.defaultRetention ? ` (${describeRetention(check.defaultRetention)})` : ' (no default retention)'}`
        : check.objectLock === 'not-enabled'
            ? 'Object Lock **not** enabled'
            : 'Object Lock unknown';
    const versioning = check.versioning === 'Enabled' ? 'versioning on' : check.versioning === 'unknown' ? 'versioning unknown' : `versioning **${check.versioning === 'off' ? 'off' : 'suspended'}**`;
    const verdict = check.uploads ? '✅ checked before any upload' : '❌ nothing uploaded';
    return ['### Export mirror', '', `\`s3://${check.bucket}\` in ${check.region}, ${account}: ${lock}, ${versioning} — ${verdict}.`].join('\n');
}


/***/ })

};
