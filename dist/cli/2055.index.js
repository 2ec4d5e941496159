export const id = 2055;
export const ids = [2055];
export const modules = {

/***/ 3481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   M4: () => (/* binding */ topLevel),
/* harmony export */   Mj: () => (/* binding */ sortedTexts),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Sg: () => (/* binding */ seqItems),
/* harmony export */   UB: () => (/* binding */ sortedList),
/* harmony export */   VH: () => (/* binding */ enumText),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   _M: () => (/* binding */ where),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   gi: () => (/* binding */ renderObject),
/* harmony export */   lD: () => (/* binding */ tagMap),
/* harmony export */   lj: () => (/* binding */ parseObject),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   rh: () => (/* binding */ ExportFileError),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Field tables: a small codec layer shared by the Route 53 zone and health-check files. Each
 * API field has one entry (SDK name → kebab-case key, how to render and parse it), so both
 * directions of a file format come from one table, and parse errors name file and line.
 */

/** A user-fixable problem in an export file: names the file and line. */
class ExportFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExportFileError';
    }
}
function field(key, codec, required = false) {
    return {
        keys: [key],
        required,
        render: (value, ctx) => [key, codec.render(value, ctx)],
        parse: (_key, node, ctx) => codec.parse(node, ctx),
    };
}
function where(node, ctx) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return ctx.source;
    return `${ctx.source}:${ctx.lines.linePos(offset).line}`;
}
function fail(node, ctx, message) {
    throw new ExportFileError(`${where(node, ctx)}: ${message}`);
}
const text = {
    render: (value) => value,
    parse(node, ctx) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string')
            return node.value;
        return fail(node, ctx, `expected text, found ${describe(node)} (quote it if it looks like a number or boolean)`);
    },
};
/**
 * Text typed as one of the SDK's string enums. Values are not checked against the enum:
 * AWS adds regions and types, and an older list here must not reject them.
 */
function enumText() {
    return text;
}
const integer = {
    render: (value) => value,
    parse(node, ctx) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'number' && Number.isInteger(node.value))
            return node.value;
        return fail(node, ctx, `expected a whole number, found ${describe(node)}`);
    },
};
const decimal = {
    render: (value) => value,
    parse(node, ctx) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'number')
            return node.value;
        return fail(node, ctx, `expected a number, found ${describe(node)}`);
    },
};
const flag = {
    render: (value) => value,
    parse(node, ctx) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return fail(node, ctx, `expected true or false, found ${describe(node)}`);
    },
};
/** A list of strings, written sorted (Route 53 treats these as sets). */
const sortedTexts = {
    render: (value) => [...value].sort(compareText),
    parse: (node, ctx) => seqItems(node, ctx).map((item) => text.parse(item, ctx)),
};
function object(table) {
    return {
        render: (value, ctx) => renderObject(table, value, ctx),
        parse: (node, ctx) => parseObject(table, node, ctx),
    };
}
function sortedList(codec, sortKey) {
    return {
        render: (value, ctx) => [...value].sort((a, b) => compareText(sortKey(a), sortKey(b))).map((item) => codec.render(item, ctx)),
        parse: (node, ctx) => seqItems(node, ctx).map((item) => codec.parse(item, ctx)),
    };
}
/** Tags as a map sorted by key; a tag without a value is written as `null`. */
const tagMap = {
    render(tags) {
        const sorted = [...tags].sort((a, b) => compareText(a.Key ?? '', b.Key ?? ''));
        return new Map(sorted.map((tag) => [tag.Key ?? '', tag.Value ?? null]));
    },
    parse(node, ctx) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            return fail(node, ctx, `expected a map of tag keys to values, found ${describe(node)}`);
        return node.items.map((pair) => {
            const key = text.parse(pair.key, ctx);
            const value = pair.value;
            if (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null))
                return { Key: key };
            return { Key: key, Value: text.parse(value, ctx) };
        });
    },
};
/**
 * Renders the defined fields of `value` in table order. A field the table does not know
 * (a newer SDK) is an error rather than silent loss.
 */
function renderObject(table, value, ctx) {
    const out = new Map();
    const fields = table;
    for (const name of Object.keys(value)) {
        if (!(name in fields) && value[name] !== undefined) {
            throw new Error(`cannot export field ${name}: this version does not know it (upgrade aws-backup-gitops)`);
        }
    }
    for (const [name, spec] of Object.entries(fields)) {
        const fieldValue = value[name];
        if (fieldValue === undefined)
            continue;
        const [key, rendered] = spec.render(fieldValue, ctx);
        out.set(key, rendered);
    }
    return out;
}
function parseObject(table, node, ctx, ignoredKeys = []) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return fail(node, ctx, `expected a map, found ${describe(node)}`);
    const fields = Object.entries(table);
    const byKey = new Map();
    for (const entry of fields)
        for (const key of entry[1].keys)
            byKey.set(key, entry);
    const out = {};
    const seenKey = {};
    for (const pair of node.items) {
        const keyNode = pair.key;
        const key = text.parse(keyNode, ctx);
        if (ignoredKeys.includes(key))
            continue;
        const entry = byKey.get(key);
        if (!entry) {
            const known = [...byKey.keys(), ...ignoredKeys].join(', ');
            return fail(keyNode, ctx, `unknown key "${key}"; expected one of: ${known}`);
        }
        const [name, spec] = entry;
        if (seenKey[name] !== undefined) {
            return fail(keyNode, ctx, `"${key}" and "${seenKey[name]}" set the same thing; keep only one`);
        }
        seenKey[name] = key;
        out[name] = spec.parse(key, pair.value, ctx);
    }
    for (const [name, spec] of fields) {
        if (spec.required && out[name] === undefined) {
            return fail(node, ctx, `missing required key "${spec.keys[0]}"`);
        }
    }
    // Table order, so parsed objects look like the SDK's.
    const ordered = {};
    for (const [name] of fields)
        if (out[name] !== undefined)
            ordered[name] = out[name];
    return ordered;
}
function seqItems(node, ctx) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return fail(node, ctx, `expected a list, found ${describe(node)}`);
    return node.items;
}
function describe(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a map';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value === null ? 'null' : `${typeof node.value} ${JSON.stringify(node.value)}`;
    return 'an unsupported YAML node';
}
/** Code-unit order: the same on every machine (unlike localeCompare). */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Parses a YAML export file into its node tree, turning syntax errors into one message
 * with file and line.
 */
function readDocument(content, source) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(content, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const error = doc.errors[0];
    if (error) {
        const line = lines.linePos(error.pos[0]).line;
        throw new ExportFileError(`${source}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    return { root: doc.contents, lines };
}
/** Reads the top-level map of a file, requiring exactly the given keys. */
function topLevel(root, ctx, keys) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        return fail(root, ctx, `expected a map with keys ${keys.join(', ')}`);
    const out = {};
    for (const pair of root.items) {
        const key = text.parse(pair.key, ctx);
        if (!keys.includes(key))
            return fail(pair.key, ctx, `unknown key "${key}"; expected ${keys.join(', ')}`);
        out[key] = pair.value;
    }
    for (const key of keys)
        if (!(key in out))
            return fail(root, ctx, `missing top-level key "${key}"`);
    return out;
}


/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pj: () => (/* binding */ parseHealthChecksFile),
/* harmony export */   Ux: () => (/* binding */ renderHealthChecksFile),
/* harmony export */   aB: () => (/* binding */ assignHealthCheckNames),
/* harmony export */   ag: () => (/* binding */ HEALTH_CHECK_CONFIG_KEYS),
/* harmony export */   tC: () => (/* binding */ HEALTH_CHECKS_PATH),
/* harmony export */   yx: () => (/* binding */ canonicalHealthChecks)
/* harmony export */ });
/* unused harmony exports healthCheckSlug, HEALTH_CHECKS_HEADER, healthCheckIdsByName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _field_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3481);
/* harmony import */ var _route53_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6927);
/* harmony import */ var _route53_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(664);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3311);





const HEALTH_CHECKS_PATH = 'route53/health-checks.yaml';
/**
 * Health-check id → stable name. A check's `Name` tag is its name when no other check has
 * the same one; otherwise the name is a slug of type, target, port and path
 * (`https-api.example.com-443-health`). Slugs shared by several checks get `-1`, `-2`...
 * in the order of their configuration (then id), so the result depends only on the checks.
 */
function assignHealthCheckNames(checks) {
    const nameTag = (check) => check.tags.find((t) => t.Key === 'Name')?.Value;
    const tagCounts = new Map();
    for (const check of checks) {
        const tag = nameTag(check);
        if (tag)
            tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    }
    const names = new Map();
    const taken = new Set();
    const bySlug = new Map();
    for (const check of checks) {
        const tag = nameTag(check);
        if (tag && tagCounts.get(tag) === 1) {
            names.set(check.healthCheck.Id ?? '', tag);
            taken.add(tag);
        }
        else {
            const slug = healthCheckSlug(check.healthCheck.HealthCheckConfig);
            bySlug.set(slug, [...(bySlug.get(slug) ?? []), check]);
        }
    }
    for (const slug of [...bySlug.keys()].sort(_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)) {
        const group = bySlug.get(slug);
        if (group.length === 1 && !taken.has(slug)) {
            names.set(group[0]?.healthCheck.Id ?? '', slug);
            taken.add(slug);
            continue;
        }
        const ordered = group
            .map((check) => ({ check, key: JSON.stringify(check.healthCheck.HealthCheckConfig ?? {}) }))
            .sort((a, b) => (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.key, b.key) || (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.check.healthCheck.Id ?? '', b.check.healthCheck.Id ?? ''));
        let n = 0;
        for (const { check } of ordered) {
            let candidate;
            do
                candidate = `${slug}-${++n}`;
            while (taken.has(candidate));
            names.set(check.healthCheck.Id ?? '', candidate);
            taken.add(candidate);
        }
    }
    return names;
}
/** A readable name from what the check watches. */
function healthCheckSlug(config) {
    const type = config?.Type ?? 'unknown';
    let parts;
    switch (type) {
        case 'CALCULATED':
            parts = ['calculated', config?.HealthThreshold, 'of', config?.ChildHealthChecks?.length ?? 0];
            break;
        case 'CLOUDWATCH_METRIC':
            parts = ['cloudwatch', config?.AlarmIdentifier?.Region, config?.AlarmIdentifier?.Name];
            break;
        case 'RECOVERY_CONTROL':
            parts = ['recovery-control', config?.RoutingControlArn?.split('/').pop()];
            break;
        default:
            parts = [type, config?.FullyQualifiedDomainName ?? config?.IPAddress, config?.Port, config?.ResourcePath];
    }
    const slug = parts
        .filter((p) => p !== undefined && p !== '')
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
    return slug || 'health-check';
}
// ---------------------------------------------------------------------------------------
// File format
/**
 * Child checks of a CALCULATED check, by stable name (`child-health-checks`); if a child is
 * not in the file (deleted meanwhile), the list is written by id (`child-health-check-ids`).
 * Read back, names stay names (checked against the file's names) and ids stay ids.
 */
const childHealthChecks = {
    keys: ['child-health-checks', 'child-health-check-ids'],
    render(ids, ctx) {
        const names = ids.map((id) => ctx.healthCheckNames?.get(id));
        if (names.every((n) => n !== undefined))
            return ['child-health-checks', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedTexts */ .Mj.render(names, ctx)];
        return ['child-health-check-ids', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedTexts */ .Mj.render(ids, ctx)];
    },
    parse(key, node, ctx) {
        if (key === 'child-health-check-ids')
            return _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedTexts */ .Mj.parse(node, ctx);
        return (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)(node, ctx).map((item) => (0,_route53_records_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveHealthCheckName */ ._u)(_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq.parse(item, ctx), item, ctx));
    },
};
const ALARM_IDENTIFIER = {
    Region: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('region', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)(), true),
    Name: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('name', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
};
const DIMENSION = {
    Name: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('name', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    Value: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('value', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
};
const CLOUDWATCH_ALARM = {
    Namespace: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('namespace', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    MetricName: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('metric-name', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    Dimensions: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('dimensions', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedList */ .UB)((0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(DIMENSION), (d) => `${d.Name ?? ''}\u0000${d.Value ?? ''}`)),
    Statistic: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('statistic', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)(), true),
    ComparisonOperator: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('comparison-operator', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)(), true),
    Threshold: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('threshold', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .decimal */ ._, true),
    Period: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('period', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd, true),
    EvaluationPeriods: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('evaluation-periods', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd, true),
};
const CONFIG_FIELDS = {
    Type: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('type', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)(), true),
    FullyQualifiedDomainName: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('fqdn', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    IPAddress: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('ip-address', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    Port: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('port', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
    ResourcePath: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('resource-path', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    SearchString: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('search-string', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    EnableSNI: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('enable-sni', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt),
    RequestInterval: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('request-interval', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
    FailureThreshold: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('failure-threshold', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
    MeasureLatency: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('measure-latency', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt),
    Inverted: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('inverted', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt),
    Disabled: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('disabled', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt),
    HealthThreshold: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('health-threshold', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
    ChildHealthChecks: childHealthChecks,
    Regions: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('regions', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedTexts */ .Mj),
    AlarmIdentifier: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('alarm', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(ALARM_IDENTIFIER)),
    InsufficientDataHealthStatus: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('insufficient-data-health-status', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)()),
    RoutingControlArn: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('routing-control-arn', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    EndpointType: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('endpoint-type', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)()),
    HealthCheckSourceId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('health-check-source-id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
};
const HEALTH_CHECK_FIELDS = {
    StableName: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('name', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    ...CONFIG_FIELDS,
    LinkedService: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('linked-service', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(_route53_format_js__WEBPACK_IMPORTED_MODULE_2__/* .LINKED_SERVICE_FIELDS */ .qi)),
    CloudWatchAlarmConfiguration: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('cloudwatch-alarm', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(CLOUDWATCH_ALARM)),
    Tags: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('tags', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .tagMap */ .lD, true),
};
/** Key of every HealthCheckConfig field, for docs and tests. */
const HEALTH_CHECK_CONFIG_KEYS = Object.fromEntries(Object.entries(CONFIG_FIELDS).map(([name, spec]) => [name, spec.keys]));
const HEALTH_CHECKS_HEADER = [
    'Route 53 health checks exported by aws-backup-gitops. Format: docs/export-format.md',
];
/** Renders the file; checks are sorted by stable name, which must be unique. */
function renderHealthChecksFile(checks) {
    const sorted = [...checks].sort((a, b) => (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.name, b.name));
    const healthCheckNames = new Map(sorted.map((c) => [c.healthCheck.Id, c.name]));
    if (new Set(sorted.map((c) => c.name)).size !== sorted.length) {
        throw new Error('renderHealthChecksFile: health-check names must be unique');
    }
    const ctx = { healthCheckNames };
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .renderYaml */ .Wd)({ 'health-checks': sorted.map((check) => (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .renderObject */ .gi)(HEALTH_CHECK_FIELDS, flatten(check), ctx)) }, { header: HEALTH_CHECKS_HEADER });
}
function parseHealthChecksFile(content, options) {
    const { root, lines } = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .readDocument */ .u0)(content, options.source);
    const probe = { source: options.source, lines };
    const items = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)((0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .topLevel */ .M4)(root, probe, ['health-checks'])['health-checks'] ?? null, probe);
    // Names first, so child references can be checked against the names in the same file.
    const names = new Map();
    for (const item of items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
            continue; // parseObject below reports it with its line
        const name = item.get('name', true);
        if (!name)
            continue;
        const stable = _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq.parse(name, probe);
        if (names.has(stable)) {
            throw new _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .ExportFileError */ .rh(`${(0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .where */ ._M)(name, probe)}: a second health check is named "${stable}"; names must be unique`);
        }
        names.set(stable, stable);
    }
    // Children written by name are read back as names: the file holds no ids to resolve them to.
    const ctx = { ...probe, healthCheckIds: names };
    return items.map((item) => unflatten((0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(HEALTH_CHECK_FIELDS, item, ctx)));
}
/**
 * Stable name → id of live checks, what a zone file's `health-check:` references resolve
 * through (the file itself holds no ids).
 */
function healthCheckIdsByName(checks) {
    return new Map(checks.map((c) => [c.name, c.healthCheck.Id]));
}
/**
 * What parse(render(x)) gives back: checks sorted by name, without ids; regions, dimensions
 * and tags sorted; children by name in name order (or by id in id order, when written by id).
 */
function canonicalHealthChecks(checks) {
    const names = new Map(checks.map((c) => [c.healthCheck.Id, c.name]));
    return [...checks].sort((a, b) => (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.name, b.name)).map((check) => canonicalHealthCheck(check, names));
}
function canonicalHealthCheck(check, names) {
    const config = { ...check.healthCheck.HealthCheckConfig };
    if (config.Regions)
        config.Regions = [...config.Regions].sort(_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
    const children = config.ChildHealthChecks;
    if (children) {
        const allNamed = children.every((id) => names.has(id));
        config.ChildHealthChecks = (allNamed ? children.map((id) => names.get(id)) : [...children]).sort(_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6);
    }
    const { Id: _id, ...rest } = check.healthCheck;
    const healthCheck = { ...rest, HealthCheckConfig: config };
    const alarm = healthCheck.CloudWatchAlarmConfiguration;
    if (alarm?.Dimensions) {
        healthCheck.CloudWatchAlarmConfiguration = {
            ...alarm,
            Dimensions: [...alarm.Dimensions].sort((a, b) => (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.Name ?? '', b.Name ?? '') || (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.Value ?? '', b.Value ?? '')),
        };
    }
    const tags = [...check.tags].sort((a, b) => (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.Key ?? '', b.Key ?? ''));
    return { name: check.name, healthCheck, tags };
}
function flatten(check) {
    // Id, CallerReference and HealthCheckVersion are volatile and left out on purpose.
    const { Id, HealthCheckConfig: config, LinkedService, CloudWatchAlarmConfiguration, CallerReference, HealthCheckVersion, ...rest } = check.healthCheck;
    const unknown = Object.keys(rest).filter((k) => rest[k] !== undefined);
    if (unknown.length > 0) {
        throw new Error(`cannot export health-check field(s) ${unknown.join(', ')}: upgrade aws-backup-gitops`);
    }
    return {
        StableName: check.name,
        ...config,
        LinkedService,
        CloudWatchAlarmConfiguration,
        Tags: check.tags,
    };
}
function unflatten(flat) {
    const { StableName, LinkedService, CloudWatchAlarmConfiguration, Tags, ...config } = flat;
    const healthCheck = { HealthCheckConfig: config };
    if (LinkedService)
        healthCheck.LinkedService = LinkedService;
    if (CloudWatchAlarmConfiguration)
        healthCheck.CloudWatchAlarmConfiguration = CloudWatchAlarmConfiguration;
    return { name: StableName, healthCheck, tags: Tags };
}


/***/ }),

/***/ 6927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* reexport safe */ _route53_records_js__WEBPACK_IMPORTED_MODULE_2__.An),
/* harmony export */   CC: () => (/* binding */ parseZoneFile),
/* harmony export */   DI: () => (/* binding */ zoneFilePaths),
/* harmony export */   Xx: () => (/* binding */ ZONES_FOLDER),
/* harmony export */   aB: () => (/* reexport safe */ _route53_records_js__WEBPACK_IMPORTED_MODULE_2__.aB),
/* harmony export */   eJ: () => (/* binding */ bareZoneId),
/* harmony export */   lS: () => (/* binding */ renderZoneFile),
/* harmony export */   qi: () => (/* binding */ LINKED_SERVICE_FIELDS),
/* harmony export */   rh: () => (/* reexport safe */ _field_codec_js__WEBPACK_IMPORTED_MODULE_1__.rh)
/* harmony export */ });
/* unused harmony exports VPC_FIELDS, ZONE_FIELDS, ZONE_FILE_HEADER, canonicalZone */
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3311);
/* harmony import */ var _field_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3481);
/* harmony import */ var _route53_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(664);



// The zone file's building blocks live in their own modules; importers of the format get them here.


const VPC_FIELDS = {
    VPCRegion: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('region', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)()),
    VPCId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
};
const LINKED_SERVICE_FIELDS = {
    ServicePrincipal: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('service-principal', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    Description: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('description', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
};
const ZONE_FIELDS = {
    Name: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('name', _route53_records_js__WEBPACK_IMPORTED_MODULE_2__/* .dnsName */ .Tu, true),
    Id: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    PrivateZone: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('private', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt, true),
    Comment: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('comment', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    VPCs: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('vpcs', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedList */ .UB)((0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(VPC_FIELDS), (vpc) => `${vpc.VPCRegion ?? ''}\u0000${vpc.VPCId ?? ''}`)),
    Tags: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('tags', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .tagMap */ .lD, true),
    DelegationSetId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('delegation-set-id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    LinkedService: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('linked-service', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(LINKED_SERVICE_FIELDS)),
    AcceleratedRecoveryStatus: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('accelerated-recovery', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
};
const ZONE_FILE_HEADER = [
    'Route 53 hosted zone exported by aws-backup-gitops. Format: docs/export-format.md',
];
/** Renders a zone file; records are written in Route 53's order whatever the input order. */
function renderZoneFile(file, ctx = {}) {
    const records = [...file.records].sort(_route53_records_js__WEBPACK_IMPORTED_MODULE_2__/* .compareRecords */ .aB);
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .renderYaml */ .Wd)({
        zone: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .renderObject */ .gi)(ZONE_FIELDS, file.zone, ctx),
        records: records.map((record) => (0,_route53_records_js__WEBPACK_IMPORTED_MODULE_2__/* .renderRecord */ .sF)(record, file.zone.Name, ctx)),
    }, { header: ZONE_FILE_HEADER });
}
/**
 * `healthCheckIds`: stable name → live id of the account's health checks (the files hold no
 * ids); without it, a `health-check:` reference is an error.
 */
function parseZoneFile(content, options) {
    const { root, lines } = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .readDocument */ .u0)(content, options.source);
    const ctx = { source: options.source, lines, ...withIds(options.healthCheckIds) };
    const top = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .topLevel */ .M4)(root, ctx, ['zone', 'records']);
    const zone = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(ZONE_FIELDS, top.zone ?? null, ctx);
    const records = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)(top.records ?? null, ctx).map((item) => (0,_route53_records_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecord */ .Hh)(item, ctx));
    return { zone, records };
}
function withIds(ids) {
    return ids ? { healthCheckIds: ids } : {};
}
/** What `parseZoneFile(renderZoneFile(x))` gives back: sorted records, values, VPCs, tags. */
function canonicalZone(file) {
    const zone = {
        ...file.zone,
        Tags: [...file.zone.Tags].sort((a, b) => compareText(a.Key ?? '', b.Key ?? '')),
    };
    if (file.zone.VPCs) {
        zone.VPCs = [...file.zone.VPCs].sort((a, b) => compareText(a.VPCRegion ?? '', b.VPCRegion ?? '') || compareText(a.VPCId ?? '', b.VPCId ?? ''));
    }
    return { zone, records: [...file.records].sort(compareRecords).map(canonicalRecord) };
}
// ---------------------------------------------------------------------------------------
// File names
const ZONES_FOLDER = 'route53/zones/';
/**
 * Paths of the zone files, relative to the account folder: `route53/zones/<name>.yaml`,
 * `<name>.private.yaml` for a private zone; when names collide (two private zones of one
 * name), every colliding zone gets `-<zoneId>` before `.yaml` so no file flips owner.
 */
function zoneFilePaths(zones) {
    const base = new Map(zones.map((zone) => [zone.id, baseFileName(zone)]));
    const counts = new Map();
    for (const name of base.values())
        counts.set(name, (counts.get(name) ?? 0) + 1);
    const paths = new Map();
    for (const zone of zones) {
        const name = base.get(zone.id);
        const unique = (counts.get(name) ?? 0) === 1;
        paths.set(zone.id, `${ZONES_FOLDER}${unique ? name : `${name}-${safeFileChars(zone.id)}`}.yaml`);
    }
    return paths;
}
function baseFileName(zone) {
    const name = safeFileChars(zone.name.replace(/\.$/, '').replaceAll('\\052', '_').toLowerCase());
    return zone.privateZone ? `${name}.private` : name;
}
/** File names stay portable: anything outside [a-z0-9._-] (escapes, `*`) becomes `_`. */
function safeFileChars(s) {
    const cleaned = s.replace(/[^A-Za-z0-9._-]/g, '_');
    return cleaned === '' || /^\.+$/.test(cleaned) ? '_' : cleaned;
}
/** `/hostedzone/Z123` → `Z123`. */
function bareZoneId(id) {
    return id.replace(/^\/hostedzone\//, '');
}


/***/ }),

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ selectZones),
/* harmony export */   Z: () => (/* binding */ scanCommittedZones)
/* harmony export */ });
/* harmony import */ var _route53_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6927);

function selectZones(zones, pathOf, incremental, 
/** Zones Change History says to re-list, and why (change-history.ts). */
history) {
    const selection = { relist: [], kept: [], why: new Map() };
    for (const zone of zones) {
        const id = (0,_route53_format_js__WEBPACK_IMPORTED_MODULE_0__/* .bareZoneId */ .eJ)(zone.Id ?? '');
        const committed = incremental.committed.get(id);
        const listed = zone.ResourceRecordSetCount;
        let why;
        if (incremental.changedZones.has(id))
            why = 'changed according to CloudTrail';
        else if (history?.has(id))
            why = history.get(id);
        else if (!committed)
            why = 'no committed file';
        else if (committed.path !== pathOf(zone))
            why = `file name changed (${committed.path} → ${pathOf(zone)})`;
        else if (listed === undefined || listed !== committed.records) {
            why = `record count differs (file ${committed.records}, Route 53 ${listed ?? 'unknown'})`;
        }
        if (why === undefined) {
            selection.kept.push(committed.path);
        }
        else {
            selection.relist.push(zone);
            selection.why.set(id, why);
        }
    }
    return selection;
}
const ZONE_ID_LINE = /^ {2}id: ['"]?([^'"\s]+)['"]?\s*$/m;
const RECORD_ITEM = /^ {2}- name: /gm;
/**
 * Zone id and record count of every committed zone file, read without parsing the YAML
 * (a full parse of 100,000 records takes seconds): the zone's `id:` is the only key at that
 * indent, and each record starts a two-space list item. Unreadable files are left out, so
 * their zones are re-listed.
 */
function scanCommittedZones(existing) {
    const zones = new Map();
    for (const [path, content] of existing) {
        if (!path.startsWith(_route53_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ZONES_FOLDER */ .Xx) || !path.endsWith('.yaml'))
            continue;
        const at = content.indexOf('\nrecords:');
        const id = ZONE_ID_LINE.exec(at === -1 ? content : content.slice(0, at))?.[1];
        if (id === undefined || at === -1)
            continue;
        zones.set(id, { path, records: content.slice(at).match(RECORD_ITEM)?.length ?? 0 });
    }
    return zones;
}


/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ isApexNsOrSoa),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   Tu: () => (/* binding */ dnsName),
/* harmony export */   _u: () => (/* binding */ resolveHealthCheckName),
/* harmony export */   aB: () => (/* binding */ compareRecords),
/* harmony export */   sF: () => (/* binding */ renderRecord)
/* harmony export */ });
/* unused harmony exports RECORD_FIELDS, RESTORE_KEY, SKIP_UNLESS_FORCED, recordSortKey, canonicalRecord */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _field_codec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3481);
/**
 * Record sets in the zone file, both ways: every field of the SDK's `ResourceRecordSet` has an
 * explicit entry in `RECORD_FIELDS` (typed, so a field added to the SDK fails the build
 * instead of being dropped), plus Route 53's record order and the apex NS/SOA marker.
 */


/** Route 53 returns `*` in names as the octal escape `\052`; the file shows `*`. */
const dnsName = {
    render: (value) => value.replaceAll('\\052', '*'),
    parse: (node, ctx) => _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq.parse(node, ctx).replaceAll('*', '\\052'),
};
/** Values exactly as Route 53 returns them (TXT quotes and 255-char chunks kept), sorted. */
const recordValues = {
    render: (value) => value.map((r) => r.Value ?? '').sort(_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6),
    parse: (node, ctx) => _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedTexts */ .Mj.parse(node, ctx).map((Value) => ({ Value })),
};
/**
 * A health-check id written as the check's stable name (`health-check: api-https`) when the
 * health-check file names it, else as the raw id (`health-check-id: ...`: health checks not
 * exported, or the check missing from the listing). Read back, a name resolves through the
 * live name → id mapping the caller passes.
 */
const healthCheckRef = {
    keys: ['health-check', 'health-check-id'],
    render(id, ctx) {
        const name = ctx.healthCheckNames?.get(id);
        return name === undefined ? ['health-check-id', id] : ['health-check', name];
    },
    parse(key, node, ctx) {
        const value = _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq.parse(node, ctx);
        if (key === 'health-check-id')
            return value;
        return resolveHealthCheckName(value, node, ctx);
    },
};
function resolveHealthCheckName(name, node, ctx) {
    const id = ctx.healthCheckIds?.get(name);
    if (id === undefined) {
        return (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(node, ctx, ctx.healthCheckIds
            ? `health check "${name}" is not in route53/health-checks.yaml; use a name listed there or health-check-id: <id>`
            : `health check "${name}" cannot be resolved without route53/health-checks.yaml`);
    }
    return id;
}
const GEOLOCATION = {
    ContinentCode: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('continent', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    CountryCode: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('country', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    SubdivisionCode: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('subdivision', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
};
const COORDINATES = {
    Latitude: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('latitude', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    Longitude: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('longitude', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
};
const GEOPROXIMITY = {
    AWSRegion: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('aws-region', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    LocalZoneGroup: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('local-zone-group', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    Coordinates: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('coordinates', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(COORDINATES)),
    Bias: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('bias', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
};
const CIDR_ROUTING = {
    CollectionId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('collection-id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    LocationName: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('location-name', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
};
const AZ_AFFINITY = {
    LocationType: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('location-type', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)(), true),
    LocationId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('location-id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
};
const ALIAS_TARGET = {
    HostedZoneId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('hosted-zone-id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    DNSName: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('dns-name', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq, true),
    EvaluateTargetHealth: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('evaluate-target-health', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt, true),
};
/** Record keys in file order: identity first (name, type, set-identifier), then routing. */
const RECORD_FIELDS = {
    Name: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('name', dnsName, true),
    Type: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('type', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)(), true),
    SetIdentifier: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('set-identifier', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    Weight: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('weight', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
    Region: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('region', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)()),
    Failover: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('failover', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .enumText */ .VH)()),
    GeoLocation: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('geolocation', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(GEOLOCATION)),
    GeoProximityLocation: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('geoproximity', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(GEOPROXIMITY)),
    CidrRoutingConfig: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('cidr-routing', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(CIDR_ROUTING)),
    AZAffinity: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('az-affinity', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(AZ_AFFINITY)),
    MultiValueAnswer: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('multivalue-answer', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt),
    HealthCheckId: healthCheckRef,
    TrafficPolicyInstanceId: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('traffic-policy-instance-id', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq),
    AliasTarget: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('alias', (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ik)(ALIAS_TARGET)),
    TTL: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('ttl', _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd),
    ResourceRecords: (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)('values', recordValues),
};
/** Marker on apex NS and SOA: Route 53 creates them with the zone, so restores skip them. */
const RESTORE_KEY = 'restore';
const SKIP_UNLESS_FORCED = 'skip-unless-forced';
/** True for the zone's own NS and SOA records, which a restore leaves alone unless forced. */
function isApexNsOrSoa(record, zoneName) {
    return ((record.Type === 'NS' || record.Type === 'SOA') &&
        record.SetIdentifier === undefined &&
        sameName(record.Name ?? '', zoneName));
}
function sameName(a, b) {
    const norm = (s) => (s.endsWith('.') ? s : `${s}.`).toLowerCase();
    return norm(a) === norm(b);
}
function renderRecord(record, zoneName, ctx) {
    const rendered = (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .renderObject */ .gi)(RECORD_FIELDS, record, ctx);
    if (!isApexNsOrSoa(record, zoneName))
        return rendered;
    // The marker goes right after the identity keys, where a reader looks first.
    const entries = [...rendered.entries()];
    const at = entries.findIndex(([key]) => key !== 'name' && key !== 'type' && key !== 'set-identifier');
    entries.splice(at === -1 ? entries.length : at, 0, [RESTORE_KEY, SKIP_UNLESS_FORCED]);
    return new Map(entries);
}
function parseRecord(node, ctx) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const marker = node.get(RESTORE_KEY, true);
        if (marker !== undefined && _field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq.parse(marker, ctx) !== SKIP_UNLESS_FORCED) {
            (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(marker, ctx, `"${RESTORE_KEY}" can only be "${SKIP_UNLESS_FORCED}"`);
        }
    }
    return (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(RECORD_FIELDS, node, ctx, [RESTORE_KEY]);
}
/**
 * The order ListResourceRecordSets uses: name with labels reversed and a trailing dot
 * (`com.example.www.`), then type, then set identifier.
 */
function recordSortKey(record) {
    const name = (record.Name ?? '').toLowerCase().replace(/\.$/, '');
    const reversed = `${name.split('.').reverse().join('.')}.`;
    return [reversed, record.Type ?? '', record.SetIdentifier ?? ''];
}
function compareRecords(a, b) {
    const ka = recordSortKey(a);
    const kb = recordSortKey(b);
    return (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(ka[0], kb[0]) || (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(ka[1], kb[1]) || (0,_field_codec_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(ka[2], kb[2]);
}
/** A record set in canonical form: values sorted (their order has no meaning). */
function canonicalRecord(record) {
    if (!record.ResourceRecords)
        return record;
    const values = record.ResourceRecords.map((r) => r.Value ?? '').sort(compareText);
    return { ...record, ResourceRecords: values.map((Value) => ({ Value })) };
}


/***/ }),

/***/ 3311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wd: () => (/* binding */ renderYaml)
/* harmony export */ });
/* unused harmony exports renderScalar, quoteString */
/**
 * Deterministic YAML writer for the export files.
 *
 * Output depends only on the value: keys keep the order they were given in (exporters fix
 * the order per object), lines are never folded, and every string is written in the most
 * readable style that reads back as exactly the same string under both YAML 1.2 (core
 * schema) and YAML 1.1 parsers — so `yes`, `NO`, `0123`, `1e3`, `12:30`, `null`, `*...`
 * and friends are quoted, and TXT values with quotes and backslashes survive unchanged.
 */
const INDENT = '  ';
/**
 * Renders a document whose root is a mapping. `header` lines become `# ...` comments at the
 * top; keep them constant, or the files stop being byte-identical for the same state.
 */
function renderYaml(root, options = {}) {
    const lines = [];
    for (const line of options.header ?? []) {
        if (/[\r\n]/.test(line))
            throw new Error('renderYaml: a header line must not contain a line break');
        lines.push(line === '' ? '#' : `# ${line}`);
    }
    const body = entriesOf(root);
    if (body.length === 0)
        lines.push('{}');
    else
        renderMapLines(body, 0, lines);
    return `${lines.join('\n')}\n`;
}
/** One scalar as it appears after `key: ` or `- `. */
function renderScalar(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new Error(`renderYaml: cannot write the number ${value}`);
        return Object.is(value, -0) ? '0' : String(value);
    }
    return quoteString(value);
}
/** Plain when safe, else single-quoted when printable, else double-quoted with escapes. */
function quoteString(s) {
    if (isPlainSafe(s))
        return s;
    if (isSingleQuoteSafe(s))
        return `'${s.replaceAll("'", "''")}'`;
    return doubleQuoted(s);
}
// Characters allowed in a plain scalar. Deliberately narrow: everything outside (`#`, `&`,
// `*`, `!`, `|`, `>`, `'`, `"`, `%`, `@` first, `` ` ``, `[]{}`, `?`, tabs...) is quoted.
const PLAIN = /^[A-Za-z0-9_./(][A-Za-z0-9_./()@:+=, -]*$/;
/** Strings a YAML 1.1 or 1.2 parser would read as something other than that string. */
const AMBIGUOUS = [
    /^(y|yes|n|no|true|false|on|off|null)$/i, // booleans and null of YAML 1.1 and 1.2
    /^[-+]?[0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?$/, // ints, floats, 0123, 1e3, 1_000, `.`, `e5`
    /^[-+]?0[xXoObB][0-9a-fA-F_]*$/, // hex, octal, binary
    /^[-+]?[0-9][0-9_]*(:[0-9_]+)+(\.[0-9_]*)?$/, // YAML 1.1 sexagesimal (12:30)
    /^[-+]?\.(inf|nan)$/i,
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/, // YAML 1.1 timestamps
    /^=$/, // YAML 1.1 value key
    /^\.\.\./, // document end marker
];
function isPlainSafe(s) {
    if (!PLAIN.test(s))
        return false;
    // `: ` starts a mapping value, a trailing `:` too; trailing spaces would be trimmed.
    if (s.includes(': ') || s.endsWith(':') || s.endsWith(' '))
        return false;
    return !AMBIGUOUS.some((re) => re.test(s));
}
/** Single quotes keep everything literally except line breaks (folded) and non-printables. */
function isSingleQuoteSafe(s) {
    for (const ch of s) {
        if (needsEscape(ch) || ch === '\t')
            return false;
    }
    return true;
}
/** Characters YAML does not allow raw in a stream, line breaks, and look-alike breaks. */
function needsEscape(ch) {
    const c = ch.codePointAt(0);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c === 0x2028 || c === 0x2029 || c === 0xfeff)
        return true;
    if (c >= 0xd800 && c <= 0xdfff)
        return true; // a lone surrogate (pairs iterate as one char)
    return c === 0xfffe || c === 0xffff;
}
const NAMED_ESCAPES = {
    '\0': '\\0',
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
    '"': '\\"',
    '\\': '\\\\',
};
function doubleQuoted(s) {
    let out = '"';
    for (const ch of s) {
        const named = NAMED_ESCAPES[ch];
        if (named)
            out += named;
        else if (needsEscape(ch)) {
            const c = ch.codePointAt(0);
            out += c <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
        }
        else
            out += ch;
    }
    return `${out}"`;
}
function hex(n, width) {
    return n.toString(16).toUpperCase().padStart(width, '0');
}
function entriesOf(map) {
    const all = map instanceof Map ? [...map.entries()] : Object.entries(map);
    return all.filter(([, v]) => v !== undefined);
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function renderMapLines(entries, depth, lines) {
    const pad = INDENT.repeat(depth);
    for (const [key, value] of entries) {
        const head = `${pad}${quoteString(key)}:`;
        renderNested(head, value, depth, lines);
    }
}
/** Writes `head` (`key:` or `-`) followed by the value, inline when scalar or empty. */
function renderNested(head, value, depth, lines) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            lines.push(`${head} []`);
        else {
            lines.push(head);
            renderListLines(value, depth + 1, lines);
        }
    }
    else if (isMap(value)) {
        const entries = entriesOf(value);
        if (entries.length === 0)
            lines.push(`${head} {}`);
        else {
            lines.push(head);
            renderMapLines(entries, depth + 1, lines);
        }
    }
    else {
        lines.push(`${head} ${renderScalar(value)}`);
    }
}
function renderListLines(items, depth, lines) {
    const pad = INDENT.repeat(depth);
    for (const item of items) {
        if (item === undefined)
            throw new Error('renderYaml: a list item cannot be undefined');
        const entries = isMap(item) ? entriesOf(item) : undefined;
        if (entries && entries.length > 0) {
            // `- first: x` then the other keys aligned under `first`.
            const start = lines.length;
            renderMapLines(entries, depth + 1, lines);
            lines[start] = `${pad}- ${lines[start].slice(pad.length + INDENT.length)}`;
        }
        else {
            renderNested(`${pad}-`, item, depth, lines);
        }
    }
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isoSeconds)
/* harmony export */ });
/** An instant as ISO 8601 to the second (`2026-05-10T10:12:00Z`): how summaries and commit messages show times. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
