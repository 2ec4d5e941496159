export const id = 4839;
export const ids = [4839];
export const modules = {

/***/ 4839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_ANNOTATIONS_PER_KIND: () => (/* binding */ GITHUB_ANNOTATIONS_PER_KIND),
  actionsAnnotator: () => (/* binding */ actionsAnnotator),
  annotateReport: () => (/* binding */ annotateReport),
  streamAnnotator: () => (/* binding */ streamAnnotator)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/github/actions-runtime.ts
/**
 * The few GitHub Actions runner commands the action uses (inputs, log lines, annotations,
 * outputs, the job summary), written byte for byte as @actions/core writes them. Our own,
 * because @actions/core brings an HTTP stack (undici) that takes longer to load than
 * everything else before the first AWS call.
 */




function write(text) {
    process.stdout.write(text);
}
/** The action's input `name` as the runner passes it (INPUT_<NAME>), trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
// The runner reads these escapes back: data may not hold line breaks, properties not ':' or ','.
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message`, empty properties left out. */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotation(kind, message, properties) {
    const { title, file, startLine, startColumn } = properties;
    write(workflowCommand(kind, { title, file, line: startLine, col: startColumn }, message) + external_node_os_.EOL);
}
function info(message) {
    write(message + EOL);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function error(message, properties = {}) {
    annotation('error', message, properties);
}
/** An error annotation, and the step fails when the process exits. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** One `name<<delimiter` block in $GITHUB_OUTPUT (or the older stdout command without it). */
function setOutput(name, value, env = process.env) {
    const path = env.GITHUB_OUTPUT;
    if (!path) {
        write(EOL + workflowCommand('set-output', { name }, value) + EOL);
        return;
    }
    appendFileSync(path, keyValueBlock(name, value) + EOL, 'utf8');
}
/** A random delimiter, so no value can end its block early. */
function keyValueBlock(name, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Output ${name} contains its own delimiter.`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
/** Appends Markdown (and a line end) to the job summary file. */
async function appendSummary(path, markdown) {
    await appendFile(path, markdown + EOL, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Warnings and failures as annotations on the workflow run (GitHub Actions) or as prefixed
 * lines on stderr (the CLI), behind one small interface.
 */

/** GitHub shows at most 10 warning and 10 error annotations per step; the rest are dropped silently. */
const GITHUB_ANNOTATIONS_PER_KIND = 10;
const actionsAnnotator = {
    warning: (message, title) => warning(message, { title }),
    error: (message, title) => error(message, { title }),
};
function streamAnnotator(stream) {
    const line = (level, message, title) => {
        stream.write(`${level}: ${title} — ${message.replace(/\s*\r?\n\s*/g, ' ')}\n`);
    };
    return {
        warning: (message, title) => line('warning', message, title),
        error: (message, title) => line('error', message, title),
    };
}
function emit(entries, send, noun, limit) {
    const overflow = entries.length > limit;
    const shown = overflow ? entries.slice(0, Math.max(0, limit - 1)) : entries;
    for (const entry of shown)
        send(entry.message, entry.title);
    if (overflow) {
        const rest = entries.length - shown.length;
        send(`${rest} more ${noun} not annotated here; the job summary and the JSON report list them all.`, `${rest} more ${noun}`);
    }
}
/** Warnings → warning annotations, failures → error annotations, titled by the item. */
function annotateReport(report, annotator, options = {}) {
    emit(report.warnings.map((w) => ({ title: w.item, message: w.message })), (m, t) => annotator.warning(m, t), 'warnings', options.limit ?? GITHUB_ANNOTATIONS_PER_KIND);
    emit(report.failures.map((f) => ({ title: f.item, message: f.reason })), (m, t) => annotator.error(m, t), 'failures', options.limit ?? GITHUB_ANNOTATIONS_PER_KIND - 1);
}


/***/ })

};
