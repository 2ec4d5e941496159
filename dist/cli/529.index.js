export const id = 529;
export const ids = [529];
export const modules = {

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IAM_POLICY_FILES: () => (/* binding */ IAM_POLICY_FILES),
/* harmony export */   renderIamPolicies: () => (/* binding */ renderIamPolicies)
/* harmony export */ });
const IAM_POLICY_FILES = {
    runPolicy: 'run-policy.json',
    planPolicy: 'plan-policy.json',
    trustPolicy: 'run-trust-policy.json',
    planTrustPolicy: 'plan-trust-policy.json',
};
/** File name → content (2-space JSON with a final newline), in a stable order. */
function renderIamPolicies(policies) {
    const files = {};
    for (const key of Object.keys(IAM_POLICY_FILES)) {
        files[IAM_POLICY_FILES[key]] = `${JSON.stringify(policies[key], null, 2)}\n`;
    }
    return files;
}


/***/ })

};
