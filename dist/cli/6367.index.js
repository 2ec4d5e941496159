export const id = 6367;
export const ids = [6367];
export const modules = {

/***/ 6367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAccount: () => (/* binding */ verifyAccount)
/* harmony export */ });
/* unused harmony export AccountMismatchError */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/**
 * Checks that the credentials of an account are really that account's before anything is
 * read or written: a workflow pointed at the wrong role would otherwise export (or snapshot,
 * or restore into) another account under this one's name.
 */


class AccountMismatchError extends Error {
    name = 'AccountMismatchError';
}
async function verifyAccount(clients, expectedId, region) {
    let actual;
    try {
        actual = (await clients.sts(region).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__.GetCallerIdentityCommand({}))).Account;
    }
    catch (error) {
        throw new AccountMismatchError(`account "${clients.account}": could not check the credentials: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)}`);
    }
    if (actual !== expectedId) {
        throw new AccountMismatchError(`account "${clients.account}": the credentials are for AWS account ${actual ?? 'unknown'}, but the config says ${expectedId}. ` +
            'Check the role the workflow assumes (configure-aws-credentials role-to-assume) or this account\'s role-arn and id in the config.');
    }
}


/***/ })

};
