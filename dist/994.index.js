export const id = 994;
export const ids = [994];
export const modules = {

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STEP_SUMMARY_ENV: () => (/* binding */ STEP_SUMMARY_ENV),
/* harmony export */   jobSummarySink: () => (/* binding */ jobSummarySink),
/* harmony export */   streamSummarySink: () => (/* binding */ streamSummarySink),
/* harmony export */   writeJobSummary: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_actions_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2641);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3731);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6340);
/**
 * Where the rendered report goes: the job summary in GitHub Actions, stdout in a terminal.
 * Both take the one renderer's output, so the summary, the PR comment and the CLI agree.
 */




const STEP_SUMMARY_ENV = 'GITHUB_STEP_SUMMARY';
/** Bytes already in this step's summary file: they count against the 1 MiB step limit. */
async function usedSummaryBytes(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size;
    }
    catch {
        return 0;
    }
}
/**
 * Appends the report to the job summary when `GITHUB_STEP_SUMMARY` is set; returns whether it
 * wrote anything. Output is shortened to what is left of the step's 1 MiB.
 */
async function writeJobSummary(report, options = {}) {
    const path = process.env[STEP_SUMMARY_ENV];
    if (!path)
        return false;
    const { extras = [], ...renderOptions } = options;
    let room = _render_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_SUMMARY_MAX_LENGTH */ .r0 - (await usedSummaryBytes(path)) - 2; // the trailing EOL
    const fitting = [];
    for (const extra of extras) {
        const size = Buffer.byteLength(extra) + 2;
        // The report itself keeps at least half of the room.
        if (size <= room / 2) {
            fitting.push(extra);
            room -= size;
        }
    }
    const markdown = [(0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(report, { ...renderOptions, maxLength: Math.max(0, room) }), ...fitting].join('\n\n');
    try {
        await (0,_github_actions_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe)(path, markdown);
    }
    catch (error) {
        throw new Error(`Could not write the job summary ($${STEP_SUMMARY_ENV}=${path}): ${(0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    return true;
}
/** The action's sink: the job summary (nothing when not running in GitHub Actions). */
function jobSummarySink(options = {}) {
    return {
        write: async (report) => {
            await writeJobSummary(report, options);
        },
    };
}
/** The CLI's sink: Markdown (to paste or pipe) or plain text, written to a stream. */
function streamSummarySink(stream, format, options = {}) {
    return {
        write: async (report) => {
            stream.write(format === 'markdown' ? (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(report, options) : (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderText */ .S5)(report, options));
        },
    };
}


/***/ })

};
