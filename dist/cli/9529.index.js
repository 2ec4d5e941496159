export const id = 9529;
export const ids = [9529];
export const modules = {

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iamPolicyFileNames: () => (/* binding */ iamPolicyFileNames),
/* harmony export */   renderIamPolicies: () => (/* binding */ renderIamPolicies)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(709);
/** The generated documents as the files written into a repository's iam/ folder. */

/** `<duty>-policy.json` and `<duty>-trust-policy.json` for each role the config needs. */
function iamPolicyFileNames(policies) {
    return _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .DUTIES */ .T3.filter((d) => policies[d]).flatMap((d) => [`${d}-policy.json`, `${d}-trust-policy.json`]);
}
/** File name → content (2-space JSON with a final newline), in a stable order. */
function renderIamPolicies(policies) {
    const files = {};
    for (const duty of _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .DUTIES */ .T3) {
        const role = policies[duty];
        if (!role)
            continue;
        files[`${duty}-policy.json`] = `${JSON.stringify(role.policy, null, 2)}\n`;
        files[`${duty}-trust-policy.json`] = `${JSON.stringify(role.trust, null, 2)}\n`;
    }
    return files;
}


/***/ })

};
