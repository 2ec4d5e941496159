export const id = 15;
export const ids = [15];
export const modules = {

/***/ 5015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ pullRequestBaseSha),
/* harmony export */   pullRequestNumber: () => (/* binding */ pullRequestNumber)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/** What the workflow run is about, read from the runner's event payload. */

/** The pull request number of a `pull_request`/`pull_request_target` run, else undefined. */
function pullRequestNumber(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
            const n = event.pull_request?.number;
            if (typeof n === 'number')
                return n;
        }
        catch {
            // fall back to the ref below
        }
    }
    const m = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return m ? Number(m[1]) : undefined;
}
/** The base commit of a pull request run (`pull_request.base.sha`), else undefined. */
function pullRequestBaseSha(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        const sha = event.pull_request?.base?.sha;
        return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
