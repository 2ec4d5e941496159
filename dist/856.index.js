export const id = 856;
export const ids = [856];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_ANNOTATIONS_PER_KIND: () => (/* binding */ GITHUB_ANNOTATIONS_PER_KIND),
/* harmony export */   actionsAnnotator: () => (/* binding */ actionsAnnotator),
/* harmony export */   annotateReport: () => (/* binding */ annotateReport),
/* harmony export */   streamAnnotator: () => (/* binding */ streamAnnotator)
/* harmony export */ });
/* harmony import */ var _github_actions_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2641);
/**
 * Warnings and failures as annotations on the workflow run (GitHub Actions) or as prefixed
 * lines on stderr (the CLI), behind one small interface.
 */

/** GitHub shows at most 10 warning and 10 error annotations per step; the rest are dropped silently. */
const GITHUB_ANNOTATIONS_PER_KIND = 10;
const actionsAnnotator = {
    warning: (message, title) => _github_actions_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, { title }),
    error: (message, title) => _github_actions_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, { title }),
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
