var __webpack_exports__ = {};
console.log('aws-backup-gitops');


