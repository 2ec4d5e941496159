export const id = 5878;
export const ids = [5878,8850,6136];
export const modules = {

/***/ 5878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(6136);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/lifecycle-schema.ts + 5 modules
var lifecycle_schema = __webpack_require__(6703);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
// EXTERNAL MODULE: ./src/s3/resolve.ts
var resolve = __webpack_require__(6642);
// EXTERNAL MODULE: ./src/lifecycle/normalize.ts
var normalize = __webpack_require__(8751);
// EXTERNAL MODULE: ./src/lifecycle/yaml-issues.ts
var yaml_issues = __webpack_require__(1234);
;// CONCATENATED MODULE: ./src/lifecycle/resolve.ts
/**
 * From the loaded config to the buckets to plan: each with its account, region and rules
 * (read from its `rules-file` when it has one). Runs before any AWS call; every problem
 * becomes one ConfigError with file:line:column, in the config or in the rules file.
 */









const RULE_KEYS = [
    'rules',
    'id',
    'status',
    'filter',
    'prefix',
    'tags',
    'object-size-greater-than',
    'object-size-less-than',
    'transitions',
    'days',
    'date',
    'storage-class',
    'expiration',
    'expired-object-delete-marker',
    'noncurrent-version-transitions',
    'noncurrent-days',
    'newer-noncurrent-versions',
    'noncurrent-version-expiration',
    'abort-incomplete-multipart-upload',
    'days-after-initiation',
];
/** Reads and validates a rules file; `shownPath` is how messages name it. */
function parseRulesFile(text, shownPath, bucket) {
    const parsed = (0,yaml_issues/* parseYaml */.hN)(text, shownPath);
    const syntax = (0,yaml_issues/* syntaxIssues */.K1)(parsed);
    if (syntax.length > 0)
        return { ok: false, issues: syntax };
    if (!(0,dist/* isMap */.jh)(parsed.doc.contents)) {
        return { ok: false, issues: [(0,yaml_issues/* issueAt */.NC)(parsed, [], `a rules file holds a mapping with the key "rules" (a list of rules for bucket "${bucket}"); see docs/lifecycle.md`)] };
    }
    const result = (0,lifecycle_schema/* lifecycleRulesFileSchema */.h$)(bucket).safeParse(parsed.doc.toJS());
    if (result.success)
        return { ok: true, rules: result.data.rules };
    return { ok: false, issues: (0,yaml_issues/* zodIssues */.mZ)(parsed, result.error.issues, RULE_KEYS) };
}
async function readRulesFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { problem: 'file not found; create it or fix the path (it is relative to the config file)' };
        return { problem: `cannot read the file: ${error.message}` };
    }
}
/**
 * The lifecycle buckets of `config`, or a ConfigError. `configPath` is the file the config was
 * loaded from: rules files are relative to its folder; messages name it `shownConfigPath`.
 */
async function resolveLifecycleBuckets(config, configPath, shownConfigPath = configPath) {
    const entries = config.lifecycle?.buckets ?? [];
    if (entries.length === 0)
        return [];
    const accounts = (0,schema/* resolveAccounts */.LC)(config);
    // `account: vault` (with a vault: section): the vault role applies, the vault plan role plans, as for bucket protection.
    const vaultRef = (0,resolve/* vaultAccount */.w)(config);
    const vault = vaultRef && { ...vaultRef, regions: [...config.regions] };
    const issues = [];
    let configYaml;
    const inConfig = async (path, message) => {
        configYaml ??= (0,yaml_issues/* parseYaml */.hN)(await (0,promises_.readFile)(configPath, 'utf8').catch(() => ''), shownConfigPath);
        issues.push((0,yaml_issues/* issueAt */.NC)(configYaml, ['lifecycle', 'buckets', ...path], message));
    };
    const buckets = [];
    for (const [index, entry] of entries.entries()) {
        const nameProblem = (0,schema/* bucketNameProblem */.Bn)(entry.name);
        if (nameProblem)
            await inConfig([index, 'name'], `${nameProblem}; use the bucket's exact name`);
        const account = entry.account === undefined ? accounts[0] : entry.account === 'vault' && vault ? vault : accounts.find((a) => a.name === entry.account);
        if (!account) {
            const known = [...accounts.map((a) => a.name), ...(vault ? ['vault'] : [])].join(', ');
            await inConfig([index, 'account'], `bucket "${entry.name}": account "${entry.account}" is not in accounts (known: ${known}); use one of those names`);
            continue;
        }
        // An entry that declares only protection (versioning, replication, Object Lock) leaves the lifecycle rules alone.
        if (entry.rules === undefined && entry['rules-file'] === undefined)
            continue;
        let rules = entry.rules;
        let source = shownConfigPath;
        const rulesFile = entry['rules-file'];
        if (rulesFile !== undefined) {
            const pathProblem = (0,schema/* repoPathProblem */.Js)(rulesFile);
            if (pathProblem) {
                await inConfig([index, 'rules-file'], `bucket "${entry.name}": rules-file ${pathProblem}`);
                continue;
            }
            source = external_node_path_.posix.join((0,external_node_path_.dirname)(shownConfigPath), rulesFile);
            const text = await readRulesFile((0,external_node_path_.join)((0,external_node_path_.dirname)(configPath), rulesFile));
            if (typeof text !== 'string') {
                await inConfig([index, 'rules-file'], `bucket "${entry.name}": rules-file "${rulesFile}": ${text.problem}`);
                continue;
            }
            const parsed = parseRulesFile(text, source, entry.name);
            if (!parsed.ok) {
                issues.push(...parsed.issues);
                continue;
            }
            rules = parsed.rules;
        }
        if (nameProblem)
            continue;
        buckets.push({
            name: entry.name,
            region: entry.region ?? account.regions[0],
            account,
            rules: (0,normalize/* sortRules */.YR)((rules ?? []).map(normalize/* normalizeDeclared */.Em)),
            source,
        });
    }
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
    return buckets;
}

// EXTERNAL MODULE: ./src/plan/plan.ts
var plan = __webpack_require__(8720);
;// CONCATENATED MODULE: ./src/commands/run.ts
/**
 * Runs one command end to end: load the config, plan (read-only AWS calls), apply unless
 * dry-run, and build the report. The action (main.ts) and the CLI (cli.ts) both call this.
 *
 * Everything that needs no AWS happens here first (the config, the lifecycle rules files), so
 * a mistake in them is reported before any AWS SDK module is even loaded; execute.ts, imported
 * only then, does the AWS part.
 */






async function runCommand(options) {
    const startedAt = new Date();
    const repoRoot = (0,external_node_path_.resolve)(options.repoRoot);
    const configPath = (0,external_node_path_.resolve)(repoRoot, options.configPath);
    // Messages name the config as the user's checkout does, not by this machine's path.
    const inRepo = (0,external_node_path_.relative)(repoRoot, configPath);
    const shownConfigPath = inRepo && !inRepo.startsWith('..') ? inRepo.split(external_node_path_.sep).join('/') : configPath;
    const loaded = await (0,load.loadConfig)(configPath, shownConfigPath);
    // Write-only is commit mode none: the files are written, git is left to the caller.
    const config = options.writeOnly ? { ...loaded, commit: { ...loaded.commit, mode: 'none' } } : loaded;
    // plan never changes anything, whatever dry-run says.
    const dryRun = options.dryRun || options.command === 'plan';
    // Rules files are read and checked before any AWS call, like the config itself.
    const backup = options.command === 'run' || options.command === 'plan' || options.command === 'export';
    const lifecycleBuckets = backup && options.command !== 'export' ? await resolveLifecycleBuckets(config, configPath, shownConfigPath) : [];
    const protectedBuckets = backup && options.command !== 'export' ? await (0,resolve/* resolveProtectedBuckets */.E)(config, configPath) : [];
    const { executeCommand } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5343), __webpack_require__.e(6270)]).then(__webpack_require__.bind(__webpack_require__, 6270));
    const outcome = await executeCommand({ ...options, config, repoRoot, dryRun, lifecycleBuckets, protectedBuckets });
    const report = (0,report_report.buildReport)({
        command: options.command,
        dryRun,
        startedAt,
        finishedAt: new Date(),
        plan: (0,plan/* mergePlans */.Je)(...outcome.plans),
        results: outcome.results,
        ...(outcome.coverage && { coverage: outcome.coverage }),
    });
    if (outcome.exportModes.length > 0)
        report.exportModes = outcome.exportModes;
    if (outcome.mirror)
        report.mirror = outcome.mirror;
    if (outcome.bucketCoverage)
        report.bucketCoverage = outcome.bucketCoverage;
    return { report, stats: outcome.stats, summaryExtras: outcome.summaryExtras };
}


/***/ }),

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(6952);
;// CONCATENATED MODULE: ./src/config/yaml-flow.ts
/**
 * Where an unclosed flow collection (`{` or `[`) began. The YAML parser notices the missing
 * `}` / `]` only on a later line; the user needs the line that opened it.
 */
/** Offset of the innermost `{` or `[` still open at `end`, skipping quoted text and comments. */
function unclosedFlowStart(text, end) {
    const open = [];
    for (let i = 0; i < end && i < text.length; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            // Quoted scalar: '' escapes a single quote, \ escapes in double quotes.
            for (i++; i < end && i < text.length; i++) {
                if (c === '"' && text[i] === '\\')
                    i++;
                else if (text[i] === c) {
                    if (c === "'" && text[i + 1] === "'")
                        i++;
                    else
                        break;
                }
            }
        }
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            while (i < end && text[i] !== '\n')
                i++;
        }
        else if (c === '{' || c === '[')
            open.push(i);
        else if ((c === '}' || c === ']') && open.length > 0)
            open.pop();
    }
    return open.at(-1);
}
/** The parser's errors for a flow collection without its closing bracket. */
function isUnclosedFlowError(message) {
    return /^Flow (map|sequence) in block collection must be sufficiently indented and end with a [}\]]/.test(message) || /^Expected flow (map|sequence) to end with [}\]]/.test(message);
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads `aws-backup.yml`: YAML → validated Config, or one ConfigError that lists every
 * problem with file:line:column, key path, what was found and how to fix it.
 *
 * Zod reports problems by key path; the YAML document (parsed with a LineCounter) maps each
 * path back to a position: the value for a wrong value, the key for an unknown key, the
 * parent for a missing key.
 */







// The config is parsed once per run: compiling zod's fast paths (new Function) costs more than it saves.
(0,core/* config */.$W)({ jitless: true });
/** Where the action and the CLI look when no path is given. */
const DEFAULT_CONFIG_PATH = 'aws-backup.yml';
/** `shownAs` names the file in messages (e.g. its path in the repository); default `path`. */
async function loadConfig(path, shownAs = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const message = code === 'ENOENT'
            ? `config file not found (looked for ${(0,external_node_path_.resolve)(path)}); create it, or point the action's "config" input (--config in the CLI) at it`
            : code === 'EISDIR'
                ? `is a directory, not a config file; point the action's "config" input (--config in the CLI) at the YAML file`
                : `cannot read the config file: ${error.message}`;
        throw new errors/* ConfigError */.xL([{ file: shownAs, line: 0, column: 0, path: '', message }]);
    }
    return parseConfig(text, shownAs);
}
function parseConfig(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    const at = (offset, path, message) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: fileName, line, column: col, path, message };
    };
    const yamlIssues = [
        ...doc.errors.map((error) => yamlErrorIssue(doc, text, error, at, lineCounter)),
        ...unresolvedAliasIssues(doc, at),
    ];
    if (yamlIssues.length > 0)
        throw new errors/* ConfigError */.xL(yamlIssues);
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === ''))) {
        throw new errors/* ConfigError */.xL([at(0, '', 'the file is empty; it needs at least "version: 1" and "regions: [us-east-1]"')]);
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        const found = (0,dist/* isSeq */.oP)(root) ? 'a list' : (0,errors/* describeValue */.bp)((0,dist/* isScalar */.jn)(root) ? root.value : undefined);
        throw new errors/* ConfigError */.xL([
            at(root.range?.[0] ?? 0, '', `the top level must be a mapping of keys (version, regions, export, …), found ${found}`),
        ]);
    }
    let data;
    try {
        data = doc.toJS();
    }
    catch (error) {
        // e.g. aliases nested so deeply that expanding them looks like a resource-exhaustion attack
        throw new errors/* ConfigError */.xL([at(0, '', `cannot read the YAML: ${error.message}; simplify the anchors and aliases`)]);
    }
    const result = schema/* configSchema */.Qn.safeParse(data, { error: () => GENERIC });
    if (result.success)
        return result.data;
    throw new errors/* ConfigError */.xL(result.error.issues.flatMap((issue) => zodIssueToConfigIssues(doc, issue, at)));
}
// ---------------------------------------------------------------------------------------
// YAML syntax problems
function yamlErrorIssue(doc, text, error, at, lineCounter) {
    const flowStart = isUnclosedFlowError(error.message) ? unclosedFlowStart(text, error.pos[0]) : undefined;
    if (flowStart !== undefined) {
        const bracket = text[flowStart];
        const close = bracket === '{' ? '}' : ']';
        const message = `YAML syntax error: the "${bracket}" opened here is never closed; end it with "${close}" on this line, or write the value as an indented block`;
        return at(flowStart, (0,errors/* formatPath */.jV)(pathAtOffset(doc, flowStart, false)), message);
    }
    const offset = error.pos[0];
    let path;
    if (error.code === 'MULTIPLE_DOCS')
        path = [];
    else if (error.code === 'DUPLICATE_KEY')
        path = pathAtOffset(doc, offset, true);
    // Tab errors point at the whitespace before a key; that key names the place.
    else if (error.code === 'TAB_AS_INDENT')
        path = pathAtOffset(doc, offset + (/^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0), true);
    // After a syntax error the parse from the error on is a guess: name only keys begun before it.
    else
        path = pathAtOffset(doc, offset, false);
    const where = (0,errors/* formatPath */.jV)(path);
    // prettyErrors appends " at line L, column C:" and a code frame; the location is ours to print.
    const yamlText = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    let message;
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = path[path.length - 1];
            const first = firstKeyOffset(doc, path.slice(0, -1), String(key));
            const firstLine = first === undefined ? '' : ` (first at line ${lineCounter.linePos(first).line})`;
            message = `duplicate key "${String(key)}"${firstLine}; a key may appear only once in a mapping, so merge or remove one`;
            break;
        }
        case 'TAB_AS_INDENT':
            message = 'a tab is used for indentation; YAML allows only spaces there, so replace the tab with spaces';
            break;
        case 'MULTIPLE_DOCS':
            message = 'the file holds more than one YAML document ("---"); keep a single document';
            break;
        default:
            message = `YAML syntax error: ${yamlText}`;
    }
    return at(offset, where, message);
}
function unresolvedAliasIssues(doc, at) {
    const issues = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, alias) {
            if (alias.resolve(doc) === undefined) {
                const offset = alias.range?.[0] ?? 0;
                const message = `alias "*${alias.source}" refers to no anchor "&${alias.source}"; define the anchor before it or remove the alias`;
                issues.push(at(offset, (0,errors/* formatPath */.jV)(pathAtOffset(doc, offset, false)), message));
            }
        },
    });
    return issues;
}
// ---------------------------------------------------------------------------------------
// Mapping zod issues to positions and words
/** Per-parse fallback message: marks issues the loader words itself (schema messages win). */
const GENERIC = '\u0000generic';
function zodIssueToConfigIssues(doc, issue, at) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeys(path);
        return issue.keys.map((key) => {
            const keyPath = [...path, key];
            const target = locate(doc, keyPath);
            const hint = (0,errors/* closest */.kp)(key, allowed);
            const message = `unknown key "${key}"; allowed keys: ${allowed.join(', ')}` + (hint ? ` (did you mean "${hint}"?)` : '');
            return at(target.keyOffset ?? target.offset, (0,errors/* formatPath */.jV)(keyPath), message);
        });
    }
    const target = locate(doc, path);
    if (!target.exists) {
        const key = path[path.length - 1];
        const message = issue.message !== GENERIC
            ? issue.message
            : `missing required key "${String(key)}"` + describeField(path);
        return [at(target.offset, (0,errors/* formatPath */.jV)(path), message)];
    }
    const message = issue.message !== GENERIC ? issue.message : genericMessage(issue, target.value);
    return [at(target.offset, (0,errors/* formatPath */.jV)(path), message)];
}
function genericMessage(issue, value) {
    const found = (0,errors/* describeValue */.bp)(value);
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${expectedWords(issue.expected)}, found ${found}`;
        case 'invalid_value': {
            const allowed = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
            const hint = typeof value === 'string' ? (0,errors/* closest */.kp)(value, allowed) : undefined;
            return `found ${found}; allowed values: ${allowed.join(', ')}` + (hint ? ` (did you mean "${hint}"?)` : '');
        }
        case 'too_small':
            if (issue.origin === 'number') {
                return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}, found ${String(value)}`;
            }
            return `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}, found ${found}`;
        case 'too_big':
            if (issue.origin === 'number') {
                return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, found ${String(value)}`;
            }
            return `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}, found ${found}`;
        case 'invalid_format':
            return `found ${found}, which does not match the expected format${'pattern' in issue && issue.pattern ? ` ${String(issue.pattern)}` : ''}`;
        default:
            return `invalid value ${found}`;
    }
}
function expectedWords(expected) {
    switch (expected) {
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'boolean':
            return 'true or false';
        default:
            return `a ${expected}`;
    }
}
/** Strips wrappers (optional, default, pipe, …) to the schema that holds the structure. */
function unwrap(schema) {
    let current = schema;
    for (;;) {
        const def = current._zod.def;
        // A union (e.g. a number or a mapping) is walked through its mapping.
        const next = def.innerType ??
            (def.type === 'pipe' ? def.in : undefined) ??
            (def.type === 'union' ? def.options?.find((o) => unwrap(o)._zod.def.type === 'object') : undefined);
        if (!next)
            return current;
        current = next;
    }
}
function schemaAt(path) {
    let current = schema/* configSchema */.Qn;
    for (const segment of path) {
        if (!current)
            return undefined;
        const def = unwrap(current)._zod.def;
        current = def.type === 'array' ? def.element : def.type === 'object' ? def.shape?.[String(segment)] : undefined;
    }
    return current;
}
function allowedKeys(path) {
    const schema = schemaAt(path);
    const shape = schema && unwrap(schema)._zod.def.shape;
    return shape ? Object.keys(shape) : [];
}
function describeField(path) {
    const description = schemaAt(path)?.description;
    return description ? ` (${description})` : '';
}
function deref(doc, node) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
function start(node) {
    return node?.range?.[0];
}
function findPair(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
/** Follows a zod path through the YAML document. */
function locate(doc, path) {
    let node = doc.contents;
    let keyOffset;
    for (const segment of path) {
        const collection = deref(doc, node);
        const parentOffset = keyOffset ?? start(collection) ?? 0;
        let next;
        let nextKeyOffset;
        if ((0,dist/* isMap */.jh)(collection)) {
            const pair = findPair(collection, String(segment));
            if (!pair)
                return { exists: false, offset: parentOffset, value: undefined };
            next = pair.value;
            nextKeyOffset = start(pair.key);
        }
        else if ((0,dist/* isSeq */.oP)(collection) && typeof segment === 'number' && segment < collection.items.length) {
            next = collection.items[segment];
        }
        else {
            return { exists: false, offset: parentOffset, value: undefined };
        }
        node = next;
        keyOffset = nextKeyOffset;
    }
    const value = deref(doc, node);
    const range = value?.range;
    // An empty value (`bucket:`) has an empty range right after the colon; the key reads better.
    const offset = range && range[1] > range[0] ? range[0] : (keyOffset ?? range?.[0] ?? 0);
    return {
        exists: true,
        offset,
        ...(keyOffset !== undefined && { keyOffset }),
        value: (0,dist/* isScalar */.jn)(value) ? value.value : value?.toJSON?.() ?? value,
    };
}
/**
 * The key path of the innermost node around `offset`, for YAML errors that carry only a
 * position. `keyAtOffset` decides whether a key starting exactly there counts.
 */
function pathAtOffset(doc, offset, keyAtOffset) {
    const path = [];
    let node = doc.contents;
    for (;;) {
        if ((0,dist/* isMap */.jh)(node)) {
            // Last match wins so a duplicate key resolves to the duplicate, not the first one.
            const pair = [...node.items].reverse().find((p) => {
                const from = start(p.key);
                const to = p.value?.range?.[2] ?? p.key?.range?.[2];
                return from !== undefined && to !== undefined && (keyAtOffset ? from <= offset : from < offset) && offset <= to;
            });
            if (!pair || !(0,dist/* isScalar */.jn)(pair.key))
                return path;
            path.push(String(pair.key.value));
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const index = node.items.findIndex((item) => {
                const range = item?.range;
                return range != null && range[0] <= offset && offset <= range[2];
            });
            if (index < 0)
                return path;
            path.push(index);
            node = node.items[index];
        }
        else {
            return path;
        }
    }
}
function firstKeyOffset(doc, parentPath, key) {
    let node = doc.contents;
    for (const segment of parentPath) {
        node = typeof segment === 'number' && (0,dist/* isSeq */.oP)(node) ? node.items[segment] : findPair(node, String(segment))?.value;
    }
    return start(findPair(node, key)?.key);
}


/***/ }),

/***/ 8751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ normalizeDeclared),
/* harmony export */   Lr: () => (/* binding */ normalizeLiveRules),
/* harmony export */   YR: () => (/* binding */ sortRules),
/* harmony export */   eK: () => (/* binding */ toConfigRule),
/* harmony export */   hv: () => (/* binding */ toAwsRule)
/* harmony export */ });
/* unused harmony export normalizeLive */
/* harmony import */ var _dates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7477);

const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
function transitionOrder(a, b) {
    const time = (t) => t.days ?? Date.parse(t.day ?? '') / 86_400_000;
    return time(a) - time(b) || (a.storageClass < b.storageClass ? -1 : a.storageClass > b.storageClass ? 1 : 0);
}
/** Rules sorted by id, so the order they were written or returned in does not matter. */
function sortRules(rules) {
    return [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
// ---------------------------------------------------------------------------------------
// Declared (config) → normal
function declaredDay(text) {
    const parsed = (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLifecycleDate */ .Qp)(text);
    // The schema rejects bad dates before this runs.
    if (!parsed.ok)
        throw new Error(parsed.problem);
    return parsed.day;
}
function normalizeDeclared(rule) {
    const normal = {
        id: rule.id,
        enabled: rule.status !== 'disabled',
        filter: {
            prefix: rule.filter?.prefix ?? '',
            tags: (rule.filter?.tags ?? []).map((t) => [t.key, t.value]).sort(byKey),
            ...(rule.filter?.['object-size-greater-than'] !== undefined && { sizeGreaterThan: rule.filter['object-size-greater-than'] }),
            ...(rule.filter?.['object-size-less-than'] !== undefined && { sizeLessThan: rule.filter['object-size-less-than'] }),
        },
        transitions: (rule.transitions ?? [])
            .map((t) => ({
            storageClass: t['storage-class'],
            ...(t.days !== undefined ? { days: t.days } : { day: declaredDay(t.date) }),
        }))
            .sort(transitionOrder),
        noncurrentTransitions: (rule['noncurrent-version-transitions'] ?? [])
            .map((t) => ({
            storageClass: t['storage-class'],
            noncurrentDays: t['noncurrent-days'],
            ...(t['newer-noncurrent-versions'] !== undefined && { newerNoncurrentVersions: t['newer-noncurrent-versions'] }),
        }))
            .sort((a, b) => transitionOrder({ ...a, days: a.noncurrentDays }, { ...b, days: b.noncurrentDays })),
    };
    const e = rule.expiration;
    if (e) {
        normal.expiration = {
            ...(e.days !== undefined && { days: e.days }),
            ...(e.date !== undefined && { day: declaredDay(e.date) }),
            ...(e['expired-object-delete-marker'] && { expiredObjectDeleteMarker: true }),
        };
    }
    const ne = rule['noncurrent-version-expiration'];
    if (ne) {
        normal.noncurrentExpiration = {
            noncurrentDays: ne['noncurrent-days'],
            ...(ne['newer-noncurrent-versions'] !== undefined && { newerNoncurrentVersions: ne['newer-noncurrent-versions'] }),
        };
    }
    const abort = rule['abort-incomplete-multipart-upload'];
    if (abort)
        normal.abortAfterDays = abort['days-after-initiation'];
    return normal;
}
// ---------------------------------------------------------------------------------------
// Live (S3) → normal
const positive = (n) => (n === undefined || n === null || n <= 0 ? undefined : n);
function liveFilter(rule) {
    const f = rule.Filter ?? {};
    const and = f.And;
    const tags = [...(f.Tag ? [f.Tag] : []), ...(and?.Tags ?? [])];
    const greater = f.ObjectSizeGreaterThan ?? and?.ObjectSizeGreaterThan;
    const less = f.ObjectSizeLessThan ?? and?.ObjectSizeLessThan;
    return {
        prefix: rule.Prefix ?? f.Prefix ?? and?.Prefix ?? '',
        tags: tags.map((t) => [t.Key ?? '', t.Value ?? '']).sort(byKey),
        ...(greater !== undefined && greater !== null && { sizeGreaterThan: Number(greater) }),
        ...(less !== undefined && less !== null && { sizeLessThan: Number(less) }),
    };
}
/** `fallbackId` names a rule S3-compatible stores may return without an ID. */
function normalizeLive(rule, fallbackId) {
    const normal = {
        id: rule.ID ?? fallbackId,
        enabled: (rule.Status ?? '').toLowerCase() === 'enabled',
        filter: liveFilter(rule),
        transitions: (rule.Transitions ?? [])
            .map((t) => ({
            storageClass: t.StorageClass,
            ...(t.Date !== undefined ? { day: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dateToDay */ .eZ)(t.Date) } : { days: t.Days ?? 0 }),
        }))
            .sort(transitionOrder),
        noncurrentTransitions: (rule.NoncurrentVersionTransitions ?? [])
            .map((t) => ({
            storageClass: t.StorageClass,
            noncurrentDays: t.NoncurrentDays ?? 0,
            ...(positive(t.NewerNoncurrentVersions) !== undefined && { newerNoncurrentVersions: t.NewerNoncurrentVersions }),
        }))
            .sort((a, b) => transitionOrder({ ...a, days: a.noncurrentDays }, { ...b, days: b.noncurrentDays })),
    };
    const e = rule.Expiration;
    if (e) {
        const expiration = {
            ...(e.Days !== undefined && { days: e.Days }),
            ...(e.Date !== undefined && { day: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dateToDay */ .eZ)(e.Date) }),
            ...(e.ExpiredObjectDeleteMarker === true && { expiredObjectDeleteMarker: true }),
        };
        // `<ExpiredObjectDeleteMarker>false</…>` alone is no action at all.
        if (Object.keys(expiration).length > 0)
            normal.expiration = expiration;
    }
    const ne = rule.NoncurrentVersionExpiration;
    if (ne && (ne.NoncurrentDays !== undefined || positive(ne.NewerNoncurrentVersions) !== undefined)) {
        normal.noncurrentExpiration = {
            ...(ne.NoncurrentDays !== undefined && { noncurrentDays: ne.NoncurrentDays }),
            ...(positive(ne.NewerNoncurrentVersions) !== undefined && { newerNoncurrentVersions: ne.NewerNoncurrentVersions }),
        };
    }
    const abort = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
    if (abort !== undefined)
        normal.abortAfterDays = abort;
    return normal;
}
function normalizeLiveRules(rules) {
    return sortRules(rules.map((rule, index) => normalizeLive(rule, `(rule ${index + 1} without id)`)));
}
// ---------------------------------------------------------------------------------------
// Normal → S3 (PutBucketLifecycleConfiguration)
function awsFilter(filter) {
    const tags = filter.tags.map(([Key, Value]) => ({ Key, Value }));
    const conditions = (filter.prefix !== '' ? 1 : 0) + tags.length + (filter.sizeGreaterThan !== undefined ? 1 : 0) + (filter.sizeLessThan !== undefined ? 1 : 0);
    if (conditions === 0)
        return {};
    if (conditions > 1) {
        // S3 wants And for two or more conditions, and only then.
        return {
            And: {
                ...(filter.prefix !== '' && { Prefix: filter.prefix }),
                ...(tags.length > 0 && { Tags: tags }),
                ...(filter.sizeGreaterThan !== undefined && { ObjectSizeGreaterThan: filter.sizeGreaterThan }),
                ...(filter.sizeLessThan !== undefined && { ObjectSizeLessThan: filter.sizeLessThan }),
            },
        };
    }
    if (filter.prefix !== '')
        return { Prefix: filter.prefix };
    if (tags.length === 1)
        return { Tag: tags[0] };
    if (filter.sizeGreaterThan !== undefined)
        return { ObjectSizeGreaterThan: filter.sizeGreaterThan };
    return { ObjectSizeLessThan: filter.sizeLessThan };
}
function toAwsRule(rule) {
    const aws = {
        ID: rule.id,
        Status: rule.enabled ? 'Enabled' : 'Disabled',
        Filter: awsFilter(rule.filter),
    };
    if (rule.transitions.length > 0) {
        aws.Transitions = rule.transitions.map((t) => ({
            StorageClass: t.storageClass,
            ...(t.days !== undefined ? { Days: t.days } : { Date: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayToDate */ .Yb)(t.day) }),
        }));
    }
    if (rule.expiration) {
        const e = rule.expiration;
        aws.Expiration = {
            ...(e.days !== undefined && { Days: e.days }),
            ...(e.day !== undefined && { Date: (0,_dates_js__WEBPACK_IMPORTED_MODULE_0__/* .dayToDate */ .Yb)(e.day) }),
            ...(e.expiredObjectDeleteMarker && { ExpiredObjectDeleteMarker: true }),
        };
    }
    if (rule.noncurrentTransitions.length > 0) {
        aws.NoncurrentVersionTransitions = rule.noncurrentTransitions.map((t) => ({
            StorageClass: t.storageClass,
            NoncurrentDays: t.noncurrentDays,
            ...(t.newerNoncurrentVersions !== undefined && { NewerNoncurrentVersions: t.newerNoncurrentVersions }),
        }));
    }
    if (rule.noncurrentExpiration) {
        const ne = rule.noncurrentExpiration;
        aws.NoncurrentVersionExpiration = {
            ...(ne.noncurrentDays !== undefined && { NoncurrentDays: ne.noncurrentDays }),
            ...(ne.newerNoncurrentVersions !== undefined && { NewerNoncurrentVersions: ne.newerNoncurrentVersions }),
        };
    }
    if (rule.abortAfterDays !== undefined)
        aws.AbortIncompleteMultipartUpload = { DaysAfterInitiation: rule.abortAfterDays };
    return aws;
}
// ---------------------------------------------------------------------------------------
// Normal → config (import); defaults left out so the YAML stays short
function toConfigRule(rule) {
    const out = { id: rule.id };
    if (!rule.enabled)
        out.status = 'disabled';
    const f = rule.filter;
    if (f.prefix !== '' || f.tags.length > 0 || f.sizeGreaterThan !== undefined || f.sizeLessThan !== undefined) {
        out.filter = {
            ...(f.prefix !== '' && { prefix: f.prefix }),
            ...(f.tags.length > 0 && { tags: f.tags.map(([key, value]) => ({ key, value })) }),
            ...(f.sizeGreaterThan !== undefined && { 'object-size-greater-than': f.sizeGreaterThan }),
            ...(f.sizeLessThan !== undefined && { 'object-size-less-than': f.sizeLessThan }),
        };
    }
    if (rule.transitions.length > 0) {
        out.transitions = rule.transitions.map((t) => ({
            ...(t.days !== undefined ? { days: t.days } : { date: t.day }),
            'storage-class': t.storageClass,
        }));
    }
    if (rule.expiration) {
        const e = rule.expiration;
        out.expiration = {
            ...(e.days !== undefined && { days: e.days }),
            ...(e.day !== undefined && { date: e.day }),
            ...(e.expiredObjectDeleteMarker && { 'expired-object-delete-marker': true }),
        };
    }
    if (rule.noncurrentTransitions.length > 0) {
        out['noncurrent-version-transitions'] = rule.noncurrentTransitions.map((t) => ({
            'noncurrent-days': t.noncurrentDays,
            ...(t.newerNoncurrentVersions !== undefined && { 'newer-noncurrent-versions': t.newerNoncurrentVersions }),
            'storage-class': t.storageClass,
        }));
    }
    if (rule.noncurrentExpiration) {
        const ne = rule.noncurrentExpiration;
        out['noncurrent-version-expiration'] = {
            'noncurrent-days': ne.noncurrentDays ?? 0,
            ...(ne.newerNoncurrentVersions !== undefined && { 'newer-noncurrent-versions': ne.newerNoncurrentVersions }),
        };
    }
    if (rule.abortAfterDays !== undefined)
        out['abort-incomplete-multipart-upload'] = { 'days-after-initiation': rule.abortAfterDays };
    return out;
}


/***/ }),

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

/***/ 8720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ mergePlans),
/* harmony export */   LR: () => (/* binding */ PlanBuilder),
/* harmony export */   Yr: () => (/* binding */ ResourceGoneError),
/* harmony export */   lt: () => (/* binding */ compareKinds),
/* harmony export */   s: () => (/* binding */ findDuplicateId),
/* harmony export */   wS: () => (/* binding */ planSections),
/* harmony export */   y0: () => (/* binding */ planAction)
/* harmony export */ });
/* unused harmony exports ACTION_KINDS, emptyPlan, defaultActionId, isEmptyPlan, summarisePlan */
/**
 * The Plan model. Every command first builds a Plan from read-only calls — what it will
 * create, copy, delete, change or write, and why — and only then applies it (unless dry-run).
 * The same plan feeds the job summary, the PR comment and the JSON report, so each action
 * carries a human label and a reason next to the function that performs it.
 */
/** Display and counting order of kinds: constructive first, destructive last. */
const ACTION_KINDS = [
    'create',
    'snapshot',
    'copy',
    'restore',
    'write',
    'mirror',
    'update',
    'tag',
    'archive',
    'commit',
    'push',
    'pull-request',
    'replace',
    'delete',
    'remove',
];
/** Kinds that lose or overwrite something unless the caller says otherwise. */
const DESTRUCTIVE_BY_DEFAULT = new Set(['delete', 'remove', 'replace']);
/**
 * Thrown by an apply function whose target was deleted since the plan read it (e.g. a volume
 * removed between inventory and snapshot): the action is skipped with a warning, not failed.
 */
class ResourceGoneError extends Error {
    name = 'ResourceGoneError';
}
function emptyPlan() {
    return { actions: [], warnings: [], errors: [] };
}
/** The default id: stable because it is made only of what the action changes. */
function defaultActionId(section, kind, target) {
    return `${section}/${kind}/${target}`;
}
function planAction(section, input) {
    const action = {
        id: input.id ?? defaultActionId(section, input.kind, input.target),
        section,
        kind: input.kind,
        target: input.target,
        reason: input.reason,
        destructive: input.destructive ?? DESTRUCTIVE_BY_DEFAULT.has(input.kind),
        apply: input.apply,
    };
    if (input.details && Object.keys(input.details).length > 0)
        action.details = { ...input.details };
    if (input.dependsOn && input.dependsOn.length > 0)
        action.dependsOn = [...input.dependsOn];
    return action;
}
/**
 * Collects one section's actions, warnings and errors. Planning code for a feature gets a
 * builder, adds what it found, and returns `build()`; plans from features are then merged.
 */
class PlanBuilder {
    section;
    plan = emptyPlan();
    ids = new Set();
    constructor(section) {
        this.section = section;
    }
    /** Adds an action and returns its id (for `dependsOn` of later actions). */
    add(input) {
        const action = planAction(this.section, input);
        if (this.ids.has(action.id)) {
            throw new Error(`Plan section '${this.section}' has two actions with id '${action.id}'; give one an explicit id.`);
        }
        this.ids.add(action.id);
        this.plan.actions.push(action);
        return action.id;
    }
    warn(item, message) {
        this.plan.warnings.push({ section: this.section, item, message });
    }
    error(item, message) {
        this.plan.errors.push({ section: this.section, item, message });
    }
    build() {
        return {
            actions: [...this.plan.actions],
            warnings: [...this.plan.warnings],
            errors: [...this.plan.errors],
        };
    }
}
/** Concatenates plans in order. Duplicate action ids are a bug in the planner and throw. */
function mergePlans(...plans) {
    const merged = {
        actions: plans.flatMap((p) => p.actions),
        warnings: plans.flatMap((p) => p.warnings),
        errors: plans.flatMap((p) => p.errors),
    };
    const duplicate = findDuplicateId(merged.actions);
    if (duplicate !== undefined) {
        throw new Error(`Merged plan has two actions with id '${duplicate}'; action ids must be unique.`);
    }
    return merged;
}
function findDuplicateId(actions) {
    const seen = new Set();
    for (const action of actions) {
        if (seen.has(action.id))
            return action.id;
        seen.add(action.id);
    }
    return undefined;
}
function isEmptyPlan(plan) {
    return plan.actions.length === 0 && plan.warnings.length === 0 && plan.errors.length === 0;
}
/** Section names in order of first appearance (actions, then warnings, then errors). */
function planSections(plan) {
    const names = new Set();
    for (const action of plan.actions)
        names.add(action.section);
    for (const issue of [...plan.warnings, ...plan.errors])
        if (issue.section !== undefined)
            names.add(issue.section);
    return [...names];
}
/** Sorts kinds by ACTION_KINDS, unknown kinds (from later extensions) alphabetically after. */
function compareKinds(a, b) {
    const rank = (kind) => {
        const index = ACTION_KINDS.indexOf(kind);
        return index === -1 ? ACTION_KINDS.length : index;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
function countKinds(actions) {
    const kinds = [...new Set(actions.map((a) => a.kind))].sort(compareKinds);
    const byKind = {};
    for (const kind of kinds)
        byKind[kind] = actions.filter((a) => a.kind === kind).length;
    return { total: actions.length, destructive: actions.filter((a) => a.destructive).length, byKind };
}
/** Counts per kind, overall and per section. */
function summarisePlan(plan) {
    const bySection = {};
    for (const section of planSections(plan)) {
        bySection[section] = countKinds(plan.actions.filter((a) => a.section === section));
    }
    return {
        ...countKinds(plan.actions),
        bySection,
        warnings: plan.warnings.length,
        errors: plan.errors.length,
    };
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_FORMAT_VERSION: () => (/* binding */ REPORT_FORMAT_VERSION),
/* harmony export */   actionLabel: () => (/* binding */ actionLabel),
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   exitCode: () => (/* binding */ exitCode),
/* harmony export */   failureLines: () => (/* binding */ failureLines),
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   toJson: () => (/* binding */ toJson),
/* harmony export */   writeJsonReport: () => (/* binding */ writeJsonReport)
/* harmony export */ });
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5105);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8720);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3731);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _s3_coverage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(794);
/**
 * The run's Report: the plan, what happened to each action, and what failed — built once and
 * shown everywhere (job summary, PR comment, JSON file, log, exit status).
 */





/**
 * The JSON report's format version, the `version` field; schema/report.schema.json describes
 * it. Bump when the shape changes incompatibly (a field removed, renamed or retyped); adding a
 * field does not bump it.
 */
const REPORT_FORMAT_VERSION = 1;
function outcomeOf(result) {
    const { id: _id, ...outcome } = result;
    return outcome;
}
/** The label a failed action is known by in failure lines, e.g. `delete snap-0abc`. */
function actionLabel(action) {
    return `${action.kind} ${action.target}`;
}
function buildReport(input) {
    const { plan } = input;
    const resultById = new Map(input.results.map((r) => [r.id, r]));
    const actions = plan.actions.map((action) => {
        const result = resultById.get(action.id);
        if (result === undefined)
            throw new Error(`No apply result for action '${action.id}'; pass every result of applyPlan.`);
        const reportAction = {
            id: action.id,
            kind: action.kind,
            target: action.target,
            reason: action.reason,
            destructive: action.destructive,
            outcome: outcomeOf(result),
        };
        if (action.details)
            reportAction.details = { ...action.details };
        if (action.dependsOn)
            reportAction.dependsOn = [...action.dependsOn];
        return { section: action.section, action: reportAction };
    });
    const sections = (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planSections */ .wS)(plan).map((name) => ({
        name,
        actions: actions.filter((a) => a.section === name).map((a) => a.action),
        warnings: plan.warnings.filter((w) => w.section === name),
        errors: plan.errors.filter((e) => e.section === name),
    }));
    const failures = [
        ...plan.errors.map((e) => withSection(e.section, { item: e.item, reason: e.message })),
        ...actions.flatMap(({ section, action }) => action.outcome.status === 'failed'
            ? [withSection(section, { item: actionLabel(action), reason: action.outcome.error })]
            : []),
    ];
    // A resource deleted since the inventory is not a backup failure: a warning says what happened.
    const gone = actions.flatMap(({ section, action }) => action.outcome.status === 'skipped' && action.outcome.skipped === 'resource-gone'
        ? [{ section, item: actionLabel(action), message: action.outcome.error }]
        : []);
    for (const issue of gone)
        sections.find((s) => s.name === issue.section)?.warnings.push(issue);
    const warnings = [...plan.warnings, ...gone];
    const outcomes = actions.map((a) => a.action.outcome);
    const counts = {
        planned: actions.length,
        destructive: actions.filter((a) => a.action.destructive).length,
        applied: outcomes.filter((o) => o.status === 'applied').length,
        failed: outcomes.filter((o) => o.status === 'failed').length,
        skipped: outcomes.filter((o) => o.status === 'skipped').length,
        warnings: warnings.length,
        planningErrors: plan.errors.length,
    };
    return {
        command: input.command,
        dryRun: input.dryRun,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        sections,
        failures,
        warnings,
        changed: input.dryRun ? counts.planned > 0 : counts.applied > 0,
        counts,
        ...(input.coverage && { coverage: [...input.coverage] }),
    };
}
function withSection(section, failure) {
    return section === undefined ? failure : { section, ...failure };
}
/** 0 when nothing failed (planning or applying), 1 otherwise. */
function exitCode(report) {
    return report.failures.length === 0 ? 0 : 1;
}
/** `item — reason`, one per failure, newlines inside a reason folded so each stays one line. */
function failureLines(report) {
    return report.failures.map((f) => `${f.item} — ${f.reason}`.replace(/\s*\r?\n\s*/g, ' '));
}
/**
 * The text for the final log line, `core.setFailed` (the action) or stderr (the CLI);
 * empty when nothing failed.
 */
function failureMessage(report) {
    const lines = failureLines(report);
    if (lines.length === 0)
        return '';
    const head = `${report.command}: ${lines.length} ${lines.length === 1 ? 'item' : 'items'} failed`;
    return [head + ':', ...lines.map((l) => `  ${l}`)].join('\n');
}
// ---- JSON report ----------------------------------------------------------------------
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function issueJson(issue) {
    return issue.section === undefined
        ? { item: issue.item, message: issue.message }
        : { section: issue.section, item: issue.item, message: issue.message };
}
function outcomeJson(outcome) {
    switch (outcome.status) {
        case 'applied':
            return outcome.note === undefined ? { status: 'applied' } : { status: 'applied', note: outcome.note };
        case 'failed':
            return { status: 'failed', error: outcome.error };
        case 'skipped':
            return outcome.skipped === 'dry-run' ? { status: 'skipped', skipped: 'dry-run' } : { status: 'skipped', skipped: outcome.skipped, error: outcome.error };
    }
}
function actionJson(action) {
    const json = {
        id: action.id,
        kind: action.kind,
        target: action.target,
        reason: action.reason,
        destructive: action.destructive,
    };
    if (action.details)
        json['details'] = sortedRecord(action.details);
    if (action.dependsOn)
        json['dependsOn'] = [...action.dependsOn];
    json['outcome'] = outcomeJson(action.outcome);
    return json;
}
/** A coverage row with its keys in a fixed order; absent ages are left out. */
function coverageJson(row) {
    return {
        account: row.account,
        region: row.region,
        type: row.type,
        id: row.id,
        ...(row.name !== undefined && { name: row.name }),
        status: row.status,
        policies: [...row.policies],
        ...(row.newestSnapshotAgeHours !== undefined && { newestSnapshotAgeHours: row.newestSnapshotAgeHours }),
        ...(row.newestCopyAgeHours !== undefined && { newestCopyAgeHours: row.newestCopyAgeHours }),
        notes: [...row.notes],
    };
}
/** A bucket coverage row with its keys in a fixed order, and the warnings it gives as notes. */
function bucketCoverageJson(row) {
    return {
        account: row.account,
        region: row.region,
        bucket: row.bucket,
        versioning: row.versioning,
        replicates: row.replicates,
        offAccount: row.offAccount,
        objectLock: row.objectLock,
        receivesReplicas: row.receivesReplicas,
        failedKeys: [...row.failedKeys],
        notes: (0,_s3_coverage_js__WEBPACK_IMPORTED_MODULE_3__/* .coverageWarnings */ .s)(row),
    };
}
/** Plain data with object keys sorted at every level, so extra blocks serialise stably too. */
function sortedDeep(value) {
    if (Array.isArray(value))
        return value.map(sortedDeep);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([, v]) => v !== undefined && typeof v !== 'function')
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortedDeep(v)]));
    }
    return value;
}
function toJson(report, stats) {
    const c = report.counts;
    const json = {
        version: REPORT_FORMAT_VERSION,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .w },
        command: report.command,
        dryRun: report.dryRun,
        startedAt: report.startedAt,
        finishedAt: report.finishedAt,
        changed: report.changed,
        exitCode: exitCode(report),
        counts: {
            planned: c.planned,
            destructive: c.destructive,
            applied: c.applied,
            failed: c.failed,
            skipped: c.skipped,
            warnings: c.warnings,
            planningErrors: c.planningErrors,
        },
        failures: report.failures.map((f) => f.section === undefined ? { item: f.item, reason: f.reason } : { section: f.section, item: f.item, reason: f.reason }),
        warnings: report.warnings.map(issueJson),
        sections: report.sections.map((s) => ({
            name: s.name,
            actions: s.actions.map(actionJson),
            warnings: s.warnings.map(issueJson),
            errors: s.errors.map(issueJson),
        })),
        ...(report.exportModes ? { exportModes: report.exportModes } : {}),
        ...(report.coverage && { coverage: report.coverage.map(coverageJson) }),
        ...(report.bucketCoverage && { bucketCoverage: report.bucketCoverage.map(bucketCoverageJson) }),
        ...(report.mirror && { mirror: report.mirror }),
        ...(stats === undefined ? {} : { apiCalls: sortedDeep(stats.apiCalls), process: { peakRssBytes: stats.peakRssBytes } }),
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
/**
 * Writes the JSON report atomically: a temporary file in the same folder, then a rename, so
 * a reader never sees half a report and a failed write leaves the previous one intact.
 */
async function writeJsonReport(path, report, stats) {
    try {
        await (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(path, toJson(report, stats));
    }
    catch (error) {
        throw new Error(`Could not write the JSON report to ${path}: ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}. Check that the folder is writable or choose another report path.`);
    }
}


/***/ }),

/***/ 794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ coverageWarnings),
/* harmony export */   w: () => (/* binding */ coverageMarkdown)
/* harmony export */ });
function coverageWarnings(row) {
    const warnings = [];
    if (row.versioning !== 'Enabled')
        warnings.push(`versioning is ${row.versioning}: an overwrite or delete loses the object for good; add versioning: enabled`);
    if (!row.receivesReplicas) {
        if (!row.replicates)
            warnings.push('no replication: a region outage or a deleted bucket loses the data; add a replication rule to the DR region or the vault');
        else if (!row.offAccount)
            warnings.push('no copy outside this account: whoever holds its admin rights can delete bucket and replica together; replicate into the vault (destination.account: vault)');
    }
    if (row.failedKeys.length > 0)
        warnings.push(`replication is failing (status FAILED for ${row.failedKeys.join(', ')}); check the replication role and the destination bucket policy`);
    return warnings;
}
const mark = (ok) => (ok ? '✅' : '⚠️');
function coverageMarkdown(rows) {
    if (rows.length === 0)
        return '';
    const lines = [
        '### S3 bucket coverage',
        '',
        '| bucket | versioning | replication | off-account copy | Object Lock | replication status |',
        '|---|---|---|---|---|---|',
        ...rows.map((r) => `| ${r.bucket} (${r.region}) | ${mark(r.versioning === 'Enabled')} ${r.versioning} | ${mark(r.replicates)} | ${mark(r.offAccount)} | ${r.objectLock ? '🔒' : '—'} | ${r.failedKeys.length > 0 ? `⚠️ ${r.failedKeys.length} failed` : r.replicates ? '✅' : '—'} |`),
    ];
    return `${lines.join('\n')}\n`;
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


/***/ }),

/***/ 5105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Atomic file writes: exports, the JSON report and anything else a reader must never see half-written. */



/**
 * Writes `content` so that `path` holds either the old or the new bytes, never a mix:
 * a temp file in the same directory (same filesystem), fsync, then rename over the target.
 */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.aws-backup-tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(content, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await syncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
/** Makes the rename itself durable; not every platform allows opening a directory. */
async function syncDirectory(dir) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Best effort (e.g. Windows cannot fsync a directory); the file itself is already synced.
    }
}


/***/ })

};
