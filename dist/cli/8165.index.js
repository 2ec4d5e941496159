export const id = 8165;
export const ids = [8165];
export const modules = {

/***/ 8165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVICE_NAMES: () => (/* binding */ SERVICE_NAMES),
/* harmony export */   isServiceLoaded: () => (/* binding */ isServiceLoaded),
/* harmony export */   loadAwsServices: () => (/* binding */ loadAwsServices),
/* harmony export */   loadedClientClass: () => (/* binding */ loadedClientClass)
/* harmony export */ });
const SERVICE_NAMES = ['route53', 'elb', 'elbv2', 's3', 'sts', 'ec2', 'rds', 'kms', 'cloudtrail'];
/** One literal import() per package, so the bundler can split each into its own chunk. */
const LOADERS = {
    route53: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8621)]).then(__webpack_require__.t.bind(__webpack_require__, 8621, 19))).Route53Client,
    elb: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(9165)]).then(__webpack_require__.t.bind(__webpack_require__, 9165, 23))).ElasticLoadBalancingClient,
    elbv2: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19))).ElasticLoadBalancingV2Client,
    s3: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19))).S3Client,
    sts: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient,
    ec2: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(519)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19))).EC2Client,
    rds: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(7202), __webpack_require__.e(2900)]).then(__webpack_require__.t.bind(__webpack_require__, 7202, 19))).RDSClient,
    kms: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(2632)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19))).KMSClient,
    cloudtrail: async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(7392)]).then(__webpack_require__.t.bind(__webpack_require__, 7392, 19))).CloudTrailClient,
};
const loaded = new Map();
const loading = new Map();
/** Imports these services' SDK packages (all of them by default); safe to call again. */
async function loadAwsServices(names = SERVICE_NAMES) {
    await Promise.all([...new Set(names)].map((name) => {
        let pending = loading.get(name);
        if (!pending) {
            pending = LOADERS[name]().then((cls) => void loaded.set(name, cls));
            loading.set(name, pending);
        }
        return pending;
    }));
}
function isServiceLoaded(name) {
    return loaded.has(name);
}
/** The client class of a loaded service; a service nobody loaded is a bug in the command. */
function loadedClientClass(name) {
    const cls = loaded.get(name);
    if (!cls) {
        throw new Error(`internal error: the ${name} SDK client was used before it was loaded; ` +
            `add '${name}' to what the command loads (src/commands/services.ts) or call loadAwsServices first`);
    }
    return cls;
}


/***/ })

};
