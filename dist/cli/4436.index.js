export const id = 4436;
export const ids = [4436];
export const modules = {

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ syntaxIssues),
/* harmony export */   NC: () => (/* binding */ issueAt),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   mZ: () => (/* binding */ zodIssues)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/**
 * Positions for problems found outside the config loader: in a `rules-file`, or in the
 * config itself when the problem needs more than the schema knows (an account name, a file
 * that is missing). A key path is followed through the YAML document to its node.
 */


function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
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
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) ? map.items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && String(pair.key.value) === key) : undefined;
}
function follow(doc, path) {
    let node = doc.contents;
    let key;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number' && segment < node.items.length) {
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
    return { file: parsed.file, line, column: col, path: (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path), message };
}
/** Zod issues (from a schema whose messages are mostly its own) as located config issues. */
function zodIssues(parsed, issues, knownKeys) {
    return issues.flatMap((issue) => {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => {
                const hint = (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(key, knownKeys);
                return issueAt(parsed, [...path, key], `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/lifecycle.md for the rule format`, true);
            });
        }
        const target = follow(parsed.doc, path);
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target.node) ? target.node.value : target.node?.toJSON?.();
        let message = issue.message;
        if (issue.code === 'invalid_type') {
            message = target.exists ? `expected ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, found ${(0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(value)}` : `missing required key "${String(path.at(-1))}"`;
        }
        else if (issue.code === 'invalid_value' && /^Invalid (option|input)/.test(issue.message)) {
            const allowed = issue.values.map(String);
            const hint = typeof value === 'string' ? (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(value, allowed) : undefined;
            message = `found ${(0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(value)}; allowed values: ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
        }
        return [issueAt(parsed, path, message)];
    });
}


/***/ }),

/***/ 4436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReplicationIam: () => (/* binding */ renderReplicationIam)
/* harmony export */ });
/* harmony import */ var _config_regions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(815);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6952);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6642);
/**
 * The IAM side of replication, generated from the config like the run and plan policies: per
 * replicating bucket the role S3 assumes (its trust: s3.amazonaws.com, for this account only)
 * and its permissions, and per destination in another account (the vault) the bucket policy
 * that lets that role replicate into it and the source account read its versions for a
 * restore. Pure: config in, file name → JSON document out.
 */



const doc = (statements) => ({ Version: '2012-10-17', Statement: statements });
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
function renderReplicationIam(config) {
    const files = {};
    const accounts = (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveAccounts */ .LC)(config);
    const vault = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .vaultAccount */ .w)(config);
    const idOf = (name) => name === 'vault' && vault ? vault.accountId : (name === undefined ? accounts[0] : accounts.find((a) => a.name === name))?.accountId;
    const bucketPolicies = new Map();
    for (const bucket of config.lifecycle?.buckets ?? []) {
        const replication = bucket.replication;
        if (!replication)
            continue;
        const p = (0,_config_regions_js__WEBPACK_IMPORTED_MODULE_0__/* .partitionOf */ .iQ)(bucket.region ?? config.regions[0]);
        const source = `arn:${p}:s3:::${bucket.name}`;
        const sourceAccount = idOf(bucket.account);
        const destinations = replication.rules.map((r) => r.destination);
        const kmsKeys = destinations.flatMap((d) => (d['kms-key'] ? [d['kms-key']] : []));
        const ownerOverride = destinations.some((d) => d['replica-owner'] === 'destination');
        const replicate = ['s3:ReplicateDelete', 's3:ReplicateObject', 's3:ReplicateTags', ...(ownerOverride ? ['s3:ObjectOwnerOverrideToBucketOwner'] : [])];
        const statements = [
            { Sid: 'ReadSourceConfiguration', Effect: 'Allow', Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'], Resource: [source] },
            { Sid: 'ReadSourceVersions', Effect: 'Allow', Action: ['s3:GetObjectVersionAcl', 's3:GetObjectVersionForReplication', 's3:GetObjectVersionTagging'], Resource: [`${source}/*`] },
            { Sid: 'WriteReplicas', Effect: 'Allow', Action: replicate, Resource: [...new Set(destinations.map((d) => `arn:${p}:s3:::${d.bucket}/*`))].sort() },
        ];
        if (kmsKeys.length > 0) {
            // SSE-KMS objects: decrypt at the source through S3 only, re-encrypt with the replica keys.
            statements.push({ Sid: 'DecryptSourceObjects', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*', Condition: { StringLike: { 'kms:ViaService': `s3.*.amazonaws.com`, 'kms:EncryptionContext:aws:s3:arn': `${source}/*` } } }, { Sid: 'EncryptReplicas', Effect: 'Allow', Action: ['kms:Encrypt'], Resource: [...new Set(kmsKeys)].sort() });
        }
        const roleName = replication.role.split('/').pop();
        files[`replication-role-${roleName}.json`] = json(doc(statements));
        files[`replication-role-${roleName}-trust.json`] = json(doc([
            {
                Effect: 'Allow',
                Principal: { Service: 's3.amazonaws.com' },
                Action: 'sts:AssumeRole',
                ...(sourceAccount && { Condition: { StringEquals: { 'aws:SourceAccount': sourceAccount } } }),
            },
        ]));
        for (const d of destinations) {
            const destAccount = idOf(d.account ?? bucket.account);
            if (!d.account || destAccount === sourceAccount)
                continue;
            const dest = `arn:${p}:s3:::${d.bucket}`;
            const list = bucketPolicies.get(d.bucket) ?? [];
            list.push({ Sid: `Replicate${list.length}`, Effect: 'Allow', Principal: { AWS: replication.role }, Action: replicate, Resource: `${dest}/*` }, { Sid: `CheckVersioning${list.length}`, Effect: 'Allow', Principal: { AWS: replication.role }, Action: ['s3:GetBucketVersioning', 's3:ListBucket'], Resource: dest });
            if (sourceAccount) {
                // Restores from the replica read its versions with the source account's restore role.
                list.push({ Sid: `RestoreList${list.length}`, Effect: 'Allow', Principal: { AWS: `arn:${p}:iam::${sourceAccount}:root` }, Action: ['s3:GetBucketVersioning', 's3:ListBucket', 's3:ListBucketVersions'], Resource: dest }, { Sid: `RestoreRead${list.length}`, Effect: 'Allow', Principal: { AWS: `arn:${p}:iam::${sourceAccount}:root` }, Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: `${dest}/*` });
            }
            bucketPolicies.set(d.bucket, list);
        }
    }
    for (const [bucket, statements] of bucketPolicies)
        files[`bucket-policy-${bucket}.json`] = json(doc(statements));
    return files;
}


/***/ }),

/***/ 6642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resolveProtectedBuckets),
/* harmony export */   w: () => (/* binding */ vaultAccount)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7827);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6952);
/* harmony import */ var _lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1234);
/**
 * From the loaded config to the buckets whose protection the repository owns: each with its
 * account and region, the replication destinations resolved to an account (a name from
 * `accounts`, or the vault), and a way to locate a problem found later by the plan (a
 * destination without versioning, Object Lock on a bucket not created with it) at its
 * file:line:column in the config.
 */




/** The vault account of the config's `vault:` section, when there is one. */
function vaultAccount(config) {
    const vault = config.vault;
    if (!vault)
        return undefined;
    return { name: 'vault', accountId: vault.id, roleArn: vault['role-arn'], ...(vault['external-id'] !== undefined && { externalId: vault['external-id'] }) };
}
async function resolveProtectedBuckets(config, configPath) {
    const entries = (config.lifecycle?.buckets ?? []).map((entry, index) => ({ entry, index }));
    const protectedEntries = entries.filter(({ entry }) => entry.versioning !== undefined || entry.replication !== undefined || entry['object-lock'] !== undefined);
    if (protectedEntries.length === 0)
        return [];
    const parsed = (0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(configPath, 'utf8').catch(() => ''), configPath);
    const accounts = (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveAccounts */ .LC)(config);
    const vault = vaultAccount(config);
    const findAccount = (name) => name === undefined ? accounts[0] : name === 'vault' && vault ? vault : accounts.find((a) => a.name === name);
    const names = new Set(entries.map(({ entry }) => entry.name));
    const issues = [];
    const known = [...accounts.map((a) => a.name), ...(vault ? ['vault'] : [])].join(', ');
    const buckets = [];
    for (const { entry, index } of protectedEntries) {
        const base = ['lifecycle', 'buckets', index];
        const account = findAccount(entry.account);
        if (!account)
            continue; // reported by the lifecycle resolver, which sees every entry
        const rules = [];
        entry.replication?.rules.forEach((rule, r) => {
            const at = [...base, 'replication', 'rules', r, 'destination'];
            const destAccount = findAccount(rule.destination.account ?? entry.account);
            if (!destAccount) {
                issues.push((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, [...at, 'account'], `bucket "${entry.name}", rule "${rule.id}": account "${rule.destination.account}" is neither in accounts nor the vault (known: ${known}); use one of those`));
                return;
            }
            const region = rule.destination.region ?? config['dr-region'];
            if (!region) {
                issues.push((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, at, `bucket "${entry.name}", rule "${rule.id}": the destination needs a region; set destination.region or the top-level dr-region`));
                return;
            }
            const crossAccount = destAccount.name !== account.name;
            if (crossAccount && !destAccount.accountId) {
                issues.push((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, [...at, 'account'], `bucket "${entry.name}", rule "${rule.id}": replication into account "${destAccount.name}" needs its 12-digit id; add id to that account`));
                return;
            }
            rules.push({
                id: rule.id,
                priority: entry.replication.rules.length - r,
                enabled: rule.status === 'enabled',
                prefix: rule.prefix,
                deleteMarkers: rule['delete-markers'],
                copyExisting: rule['copy-existing'],
                destination: {
                    bucket: rule.destination.bucket,
                    region,
                    account: destAccount,
                    crossAccount,
                    ...(rule.destination['storage-class'] !== undefined && { storageClass: rule.destination['storage-class'] }),
                    replicaOwner: rule.destination['replica-owner'],
                    ...(rule.destination['kms-key'] !== undefined && { kmsKey: rule.destination['kms-key'] }),
                    replicationTime: rule.destination['replication-time'],
                },
            });
        });
        buckets.push({
            name: entry.name,
            region: entry.region ?? (accounts.find((a) => a.name === account.name)?.regions[0] ?? config.regions[0]),
            account,
            ...(entry.versioning !== undefined && { versioning: entry.versioning === 'enabled' ? 'Enabled' : 'Suspended' }),
            ...(entry.replication !== undefined && { replication: { role: entry.replication.role, rules } }),
            ...(entry['object-lock'] !== undefined && { objectLock: entry['object-lock'] }),
            declared: (bucket) => names.has(bucket),
            locate: (path, message) => (0,_config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIssue */ .Hd)((0,_lifecycle_yaml_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .issueAt */ .NC)(parsed, [...base, ...path], message)),
        });
    }
    if (issues.length > 0)
        throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(issues);
    return buckets;
}


/***/ })

};
