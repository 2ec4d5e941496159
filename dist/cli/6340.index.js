export const id = 6340;
export const ids = [6340];
export const modules = {

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

/***/ 6340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_COMMENT_MAX_LENGTH: () => (/* binding */ GITHUB_COMMENT_MAX_LENGTH),
/* harmony export */   JOB_SUMMARY_MAX_LENGTH: () => (/* binding */ JOB_SUMMARY_MAX_LENGTH),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8720);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/**
 * The one renderer of a Report: Markdown for the job summary and the sticky PR comment, and a
 * plain-text variant for terminals. Pure: report in, string out.
 *
 * Output that would exceed `maxLength` is shortened block by block — failures are kept
 * first, then warnings, then section tables in plan order — and each cut table or list says
 * how many rows it left out, so the Markdown stays valid and nothing disappears silently.
 */


/** GitHub's limit for an issue or pull-request comment body. */
const GITHUB_COMMENT_MAX_LENGTH = 65_536;
/** GitHub's limit for the job summary of one step (1 MiB). */
const JOB_SUMMARY_MAX_LENGTH = 1024 * 1024;
const DEFAULT_COLLAPSE_ABOVE = 20;
const DEFAULT_TITLE = 'aws-backup-gitops';
// ---- escaping -------------------------------------------------------------------------
const oneLine = (text) => text.replace(/\s*\r?\n\s*/g, ' ').trim();
/** Text as literal Markdown: punctuation that could start markup is backslash-escaped. */
function escapeMarkdown(text) {
    return oneLine(text).replace(/[\\`*_[\]<>|~&@#!]/g, (c) => `\\${c}`);
}
/** Inline code for a table cell (targets, ids): shown verbatim, no markup or mentions inside. */
function codeCell(text) {
    // GFM splits rows on `|` even inside code spans; `\|` there still shows as `|`.
    const flat = oneLine(text).replace(/\|/g, '\\|');
    if (flat === '')
        return '';
    const fence = flat.includes('`') ? '``' : '`';
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** For HTML contexts (`<summary>`), where Markdown escapes would show literally. */
function escapeHtml(text) {
    return oneLine(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}
/** Cells must already be escaped (escapeMarkdown escapes `|`, codeCell too). */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |\n`;
}
// ---- wording --------------------------------------------------------------------------
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** What was done: changes, or for a drill its checks (restore, verify, clean up) and any other changes. */
function progressPhrase(report) {
    const c = report.counts;
    if (report.command !== 'drill')
        return report.dryRun ? `${plural(c.planned, 'change')} planned` : `${plural(c.applied, 'change')} applied`;
    const actions = report.sections.flatMap((s) => s.actions);
    const checks = actions.filter((a) => a.kind === 'restore');
    const others = actions.filter((a) => a.kind !== 'restore');
    const done = (list) => list.filter((a) => a.outcome.status === 'applied').length;
    const parts = report.dryRun
        ? [checks.length > 0 && `${plural(checks.length, 'check')} planned`, others.length > 0 && `${plural(others.length, 'change')} planned`]
        : [checks.length > 0 && `${plural(done(checks), 'check')} passed`, others.length > 0 && `${plural(done(others), 'change')} applied`];
    return parts.filter(Boolean).join(', ');
}
function resultPhrase(report) {
    const c = report.counts;
    const failed = report.failures.length;
    const changes = progressPhrase(report);
    if (failed > 0)
        return `❌ ${plural(failed, 'failure')}` + (c.planned > 0 ? `, ${changes}` : '');
    if (c.planned === 0)
        return '✅ No changes';
    return `${report.dryRun ? '📝' : '✅'} ${changes}`;
}
function headline(report, title) {
    const mode = report.dryRun ? ' (dry run)' : '';
    return `## ${escapeMarkdown(title)}: ${escapeMarkdown(report.command)}${mode} — ${resultPhrase(report)}\n`;
}
function timing(report) {
    const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
    const took = Number.isFinite(seconds) ? ` · took ${seconds.toFixed(1)} s` : '';
    // The version that wrote it: a summary or comment read weeks later says which release ran.
    return `<sub>Started ${report.startedAt}${took} · ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_NAME */ .l} ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}</sub>\n`;
}
function details(values) {
    if (!values)
        return '';
    return Object.entries(values)
        .map(([key, value]) => `${escapeMarkdown(key)}: ${escapeMarkdown(String(value))}`)
        .join(', ');
}
function kindCell(action) {
    return action.destructive ? `**⚠️ ${escapeMarkdown(action.kind)}**` : escapeMarkdown(action.kind);
}
function resultCell(action) {
    const o = action.outcome;
    if (o.status === 'applied')
        return o.note ? `✅ applied: ${escapeMarkdown(o.note)}` : '✅ applied';
    if (o.status === 'failed')
        return `❌ failed: ${escapeMarkdown(o.error)}`;
    if (o.skipped === 'dry-run')
        return '⏸️ dry run';
    return `⏭️ skipped: ${escapeMarkdown(o.error)}`;
}
const bytes = (text) => Buffer.byteLength(text, 'utf8');
function omittedNote(block, hidden, shown) {
    return shown === 0
        ? `_${plural(hidden, block.unit)} not shown (output limit)._\n`
        : `\n_…and ${plural(hidden, `more ${block.unit}`)} not shown (output limit)._\n`;
}
function renderRows(block, shown) {
    const hidden = block.rows.length - shown;
    if (shown === 0)
        return block.heading + (hidden > 0 ? omittedNote(block, hidden, 0) : '') + block.tail;
    const rows = block.rows.slice(0, shown).join('');
    return block.heading + block.tableHead + rows + (hidden > 0 ? omittedNote(block, hidden, shown) : '') + block.tail;
}
function issueList(title, unit, issues) {
    return {
        type: 'rows',
        heading: `### ${title} (${issues.length})\n\n`,
        tableHead: '',
        rows: issues.map((i) => `- **${escapeMarkdown(i.item)}** — ${escapeMarkdown(i.text)}\n`),
        tail: '',
        unit,
    };
}
function summaryTable(report) {
    const withActions = report.sections.filter((s) => s.actions.length > 0);
    const kinds = [...new Set(withActions.flatMap((s) => s.actions.map((a) => a.kind)))].sort(_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .compareKinds */ .lt);
    const countRow = (label, actions) => {
        const destructive = actions.filter((a) => a.destructive).length;
        return tableRow([
            label,
            ...kinds.map((k) => {
                const n = actions.filter((a) => a.kind === k).length;
                return n === 0 ? '' : String(n);
            }),
            destructive === 0 ? '' : `⚠️ ${destructive}`,
            String(actions.length),
        ]);
    };
    let table = tableRow(['Section', ...kinds.map(escapeMarkdown), 'Destructive', 'Total']);
    table += `|:--|${kinds.map(() => '--:|').join('')}--:|--:|\n`;
    for (const section of withActions)
        table += countRow(escapeMarkdown(section.name), section.actions);
    if (withActions.length > 1)
        table += countRow('**Total**', withActions.flatMap((s) => s.actions));
    if (!report.dryRun) {
        const c = report.counts;
        table += `\nApplied ${c.applied} · failed ${c.failed} · skipped ${c.skipped}\n`;
    }
    return table;
}
function sectionBlock(section, report, collapseAbove) {
    const { actions } = section;
    const destructive = actions.filter((a) => a.destructive).length;
    const counts = plural(actions.length, 'action') + (destructive > 0 ? `, ⚠️ ${destructive} destructive` : '');
    const withDetails = actions.some((a) => a.details && Object.keys(a.details).length > 0);
    const withResult = !report.dryRun || actions.some((a) => a.outcome.status === 'failed');
    const columns = ['Kind', 'Target', 'Reason', ...(withDetails ? ['Details'] : []), ...(withResult ? ['Result'] : [])];
    const tableHead = tableRow(columns) + `|${columns.map(() => '---|').join('')}\n`;
    const rows = actions.map((a) => tableRow([
        kindCell(a),
        codeCell(a.target),
        escapeMarkdown(a.reason),
        ...(withDetails ? [details(a.details)] : []),
        ...(withResult ? [resultCell(a)] : []),
    ]));
    if (actions.length > collapseAbove) {
        return {
            type: 'rows',
            heading: `<details>\n<summary><b>${escapeHtml(section.name)}</b> — ${counts}</summary>\n\n`,
            tableHead,
            rows,
            tail: '\n</details>\n',
            unit: 'action',
        };
    }
    return { type: 'rows', heading: `### ${escapeMarkdown(section.name)} — ${counts}\n\n`, tableHead, rows, tail: '', unit: 'action' };
}
function buildBlocks(report, options) {
    const blocks = [{ type: 'text', text: headline(report, options.title ?? DEFAULT_TITLE) + timing(report) }];
    if (report.counts.planned === 0) {
        blocks.push({ type: 'text', text: '**No changes.** Nothing to create, copy, delete or write.\n' });
    }
    else {
        blocks.push({ type: 'text', text: summaryTable(report) });
    }
    if (report.failures.length > 0) {
        blocks.push(issueList('❌ Failures', 'failure', report.failures.map((f) => ({ item: f.item, text: f.reason }))));
    }
    if (report.warnings.length > 0) {
        blocks.push(issueList('⚠️ Warnings', 'warning', report.warnings.map((w) => ({ item: w.item, text: w.message }))));
    }
    const collapseAbove = options.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE;
    for (const section of report.sections) {
        if (section.actions.length > 0)
            blocks.push(sectionBlock(section, report, collapseAbove));
    }
    return blocks;
}
// ---- fitting under maxLength ----------------------------------------------------------
const UNITS = ['failure', 'warning', 'action'];
function truncationNote(maxLength, hidden, totals) {
    const parts = UNITS.filter((u) => hidden[u] > 0).map((u) => `${hidden[u]} of ${plural(totals[u], u)}`);
    return `> [!NOTE]\n> Shortened to fit ${maxLength} characters; not shown: ${parts.join(', ')}. The JSON report and the run log have everything.\n`;
}
/** Rows every table and list gets before any one of them takes the rest of the room. */
const FAIR_SHARE = 5;
/**
 * How many rows of each block fit; null when not even every block's minimum does. Failures
 * come first in full; then each warning list and section gets a few rows so a huge first
 * section cannot crowd out the others; then the rest of the room fills blocks in order.
 */
function fitRows(blocks, budget) {
    const cost = (block, shown) => bytes(block.type === 'text' ? block.text : renderRows(block, shown));
    let remaining = budget - blocks.reduce((sum, b) => sum + cost(b, 0), 0);
    if (remaining < 0)
        return null;
    const shown = blocks.map(() => 0);
    const grow = (index, cap) => {
        const block = blocks[index];
        if (block.type === 'text')
            return;
        const current = shown[index];
        const before = cost(block, current);
        let rowBytes = block.rows.slice(0, current).reduce((sum, row) => sum + bytes(row), 0);
        const fixed = bytes(block.heading + block.tableHead + block.tail);
        const limit = Math.min(block.rows.length, cap);
        for (let next = current + 1; next <= limit; next++) {
            rowBytes += bytes(block.rows[next - 1]);
            const hidden = block.rows.length - next;
            const extra = fixed + rowBytes + (hidden > 0 ? bytes(omittedNote(block, hidden, next)) : 0) - before;
            if (extra > remaining)
                break;
            shown[index] = next;
        }
        remaining -= cost(block, shown[index]) - before;
    };
    blocks.forEach((b, i) => grow(i, b.type === 'rows' && b.unit === 'failure' ? Infinity : FAIR_SHARE));
    blocks.forEach((_, i) => grow(i, Infinity));
    return shown;
}
/** Cuts at a character boundary; for absurdly small limits only. */
function hardCut(text, maxLength) {
    let out = '';
    for (const char of text) {
        if (bytes(out + char) > maxLength)
            break;
        out += char;
    }
    return out;
}
function renderMarkdown(report, options = {}) {
    const blocks = buildBlocks(report, options);
    const join = (parts) => parts.join('\n');
    const full = join(blocks.map((b) => (b.type === 'text' ? b.text : renderRows(b, b.rows.length))));
    const maxLength = options.maxLength;
    if (maxLength === undefined || bytes(full) <= maxLength)
        return full;
    const totals = { failure: 0, warning: 0, action: 0 };
    for (const b of blocks)
        if (b.type === 'rows')
            totals[b.unit] += b.rows.length;
    // Reserve the note at its longest (every row hidden); the real one is never longer.
    const separators = bytes('\n') * blocks.length; // one between blocks + the note's own
    const reserve = bytes(truncationNote(maxLength, totals, totals)) + separators;
    const shown = fitRows(blocks, maxLength - reserve);
    const [first] = blocks;
    if (shown === null || first === undefined || first.type !== 'text') {
        const note = `> [!NOTE]\n> This report is too large to show within ${maxLength} characters. The JSON report and the run log have everything.\n`;
        const headOnly = `${headline(report, options.title ?? DEFAULT_TITLE)}\n${note}`;
        return bytes(headOnly) <= maxLength ? headOnly : hardCut(headOnly, maxLength);
    }
    const hidden = { failure: 0, warning: 0, action: 0 };
    const parts = blocks.map((b, i) => {
        if (b.type === 'text')
            return b.text;
        const count = shown[i];
        hidden[b.unit] += b.rows.length - count;
        return renderRows(b, count);
    });
    parts.splice(1, 0, truncationNote(maxLength, hidden, totals));
    return join(parts);
}
// ---- plain text for terminals ----------------------------------------------------------
function outcomeText(action) {
    const o = action.outcome;
    if (o.status === 'applied')
        return o.note ? `applied: ${o.note}` : 'applied';
    if (o.status === 'failed')
        return `FAILED: ${o.error}`;
    if (o.skipped === 'dry-run')
        return 'dry run';
    return `skipped: ${o.error}`;
}
/** The same report for a terminal: one line per action, `!` marks destructive ones. */
function renderText(report, options = {}) {
    const title = options.title ?? DEFAULT_TITLE;
    const mode = report.dryRun ? ' (dry run)' : '';
    const result = resultPhrase(report).replace(/^\S+ /, '');
    const lines = [`${title}: ${report.command}${mode} — ${result}`];
    for (const section of report.sections) {
        if (section.actions.length === 0)
            continue;
        lines.push('', `${section.name}:`);
        const width = Math.max(...section.actions.map((a) => a.kind.length));
        for (const a of section.actions) {
            const status = report.dryRun && a.outcome.status === 'skipped' ? '' : ` [${outcomeText(a)}]`;
            lines.push(`  ${a.destructive ? '!' : ' '} ${a.kind.padEnd(width)}  ${oneLine(a.target)} — ${oneLine(a.reason)}${status}`);
        }
    }
    if (report.warnings.length > 0) {
        lines.push('', `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  - ${oneLine(w.item)} — ${oneLine(w.message)}`));
    }
    if (report.failures.length > 0) {
        lines.push('', `Failures (${report.failures.length}):`, ...report.failures.map((f) => `  - ${oneLine(f.item)} — ${oneLine(f.reason)}`));
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
