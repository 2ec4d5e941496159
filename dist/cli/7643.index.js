export const id = 7643;
export const ids = [7643,6136];
export const modules = {

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

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initRepository: () => (/* binding */ initRepository)
/* harmony export */ });
/* unused harmony exports initOptionsProblem, fillConfig, fillWorkflow, planInitFiles, nextSteps, defaultTemplateDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6136);
/* harmony import */ var _config_regions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(815);
/**
 * `init`: copies the template into an existing repository with the account id and regions
 * filled in, and says what to do next. Planning is pure (template files in, files to write
 * out); a small adapter reads the template and writes the files, never overwriting an
 * existing file unless forced.
 */






/** The account id and regions the template's files are written with. */
const TEMPLATE_ACCOUNT = '123456789012';
const TEMPLATE_REGION = 'us-east-1';
const TEMPLATE_DR_REGION = 'us-west-2';
/** Template files that are not copied: examples generated for another repository. */
const NOT_COPIED = /^iam\//;
/** A template file whose name would clash with the repository's own. */
const RENAMED = { 'README.md': 'AWS-BACKUP.md' };
function initOptionsProblem(options) {
    if (!/^\d{12}$/.test(options.accountId))
        return `account id "${options.accountId}" must be exactly 12 digits, e.g. 123456789012`;
    if (options.regions.length === 0)
        return 'give at least one region to back up, e.g. --region us-east-1';
    for (const region of [...options.regions, ...(options.drRegion ? [options.drRegion] : [])]) {
        if (!(0,_config_regions_js__WEBPACK_IMPORTED_MODULE_5__/* .isKnownRegion */ .Kk)(region))
            return (0,_config_regions_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownRegionMessage */ .Ge)(region);
    }
    if (options.drRegion && options.regions.includes(options.drRegion)) {
        return `DR region ${options.drRegion} is also a backed-up region; pick a different region for the disaster-recovery copies`;
    }
    return undefined;
}
/** The config with the user's regions and account filled in. */
function fillConfig(text, options) {
    const regions = `regions: [${options.regions.join(', ')}]`;
    let out = text.replace(/^regions: .*$/m, regions);
    out = options.drRegion
        ? out.replace(/^dr-region: .*$/m, `dr-region: ${options.drRegion}`)
        : out.replace(/^dr-region: .*$/m, `# dr-region: ${TEMPLATE_DR_REGION}`);
    out = out.replace(/^# accounts:\n#   - name: default\n#     id: "\d{12}"$/m, `accounts:\n  - name: default\n    id: "${options.accountId}"`);
    if (!options.drRegion) {
        // The mirror and copies need a DR region; leave their examples commented out and say so.
        out = out.replace(/^(# The disaster-recovery region.*)$/m, '$1 Set it to enable the mirror and snapshot copies.');
    }
    return out;
}
/** Workflows: the account in role ARNs and concurrency groups, the first region for credentials. */
function fillWorkflow(text, options) {
    return text.replaceAll(TEMPLATE_ACCOUNT, options.accountId).replaceAll(`aws-region: ${TEMPLATE_REGION}`, `aws-region: ${options.regions[0]}`);
}
/** Template files (repo-relative path → content) → the files to write, filled in. */
function planInitFiles(template, options) {
    const problem = initOptionsProblem(options);
    if (problem)
        throw new Error(`init: ${problem}`);
    const files = [];
    for (const [path, content] of Object.entries(template).sort(([a], [b]) => a.localeCompare(b))) {
        if (NOT_COPIED.test(path))
            continue;
        let filled = content;
        if (path === 'aws-backup.yml') {
            filled = fillConfig(content, options);
            (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__.parseConfig)(filled, 'aws-backup.yml'); // a template that no longer fills cleanly must fail here, not in the user's first run
        }
        else if (path.startsWith('.github/workflows/')) {
            filled = fillWorkflow(content, options);
        }
        files.push({ path: RENAMED[path] ?? path, content: filled });
    }
    return files;
}
function nextSteps(options, written, skipped) {
    const lines = [
        `aws-backup-gitops is set up for account ${options.accountId} (${options.regions.join(', ')}).`,
        '',
        'Next steps:',
        `1. In account ${options.accountId}, add GitHub's OIDC identity provider once: provider URL https://token.actions.githubusercontent.com, audience sts.amazonaws.com.`,
        `2. Generate the least-privilege policies for this repository and config:`,
        `     npx aws-backup-gitops iam-policy --config aws-backup.yml --repository OWNER/REPO --branch main --environment aws-restore --account-id ${options.accountId}`,
        '   Create one role per duty, each with <duty>-policy.json and <duty>-trust-policy.json:',
        '   aws-backup-gitops-run (the schedule), aws-backup-gitops-plan (pull requests, read-only),',
        '   aws-backup-gitops-restore (restores) and aws-backup-gitops-drill (restore drills).',
        '3. In the repository settings, create the environment "aws-restore" with required reviewers: only its runs may restore.',
        '   The drill runs in the environment "aws-drill" (created on its first run; limit it to the main branch).',
        '4. Review aws-backup.yml (snapshots and lifecycle rules are commented examples), commit, push,',
        '   and start "AWS backup" from the Actions tab for the first export.',
    ];
    if (skipped.length > 0) {
        lines.push('', `Left alone because they exist (run again with --force to overwrite): ${skipped.join(', ')}`);
    }
    if (written.length > 0)
        lines.push('', `Written: ${written.join(', ')}`);
    return `${lines.join('\n')}\n`;
}
// ---------------------------------------------------------------------------------------
// File system adapter
/** The package's template/: two levels above both src/onboarding/ and the bundled dist/cli/. */
/** The package's template/: found upwards from this file (src/onboarding/ or dist/cli/). */
function defaultTemplateDir() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'template', 'aws-backup.yml')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'template');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
    }
    throw new Error('init: the template folder of aws-backup-gitops was not found next to the program; reinstall the package.');
}
async function readTree(root, dir = root) {
    const files = {};
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            Object.assign(files, await readTree(root, full));
        else if (entry.isFile())
            files[(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, full).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.sep)] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full, 'utf8');
    }
    return files;
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
}
async function initRepository(target, options) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(root).then((s) => s.isDirectory(), () => false))) {
        throw new Error(`init: ${target} is not a folder; run init inside (or point it at) your repository checkout`);
    }
    const templateDir = options.templateDir ?? defaultTemplateDir();
    const planned = planInitFiles(await readTree(templateDir), options);
    const written = [];
    const skipped = [];
    for (const file of planned) {
        const destination = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, ...file.path.split('/'));
        if (!options.force && (await exists(destination))) {
            skipped.push(file.path);
            continue;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(destination), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(destination, file.content);
        written.push(file.path);
    }
    return { written, skipped, nextSteps: nextSteps(options, written, skipped) };
}


/***/ })

};
