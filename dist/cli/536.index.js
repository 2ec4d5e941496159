export const id = 536;
export const ids = [536];
export const modules = {

/***/ 815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ unknownRegionMessage),
/* harmony export */   Kk: () => (/* binding */ isKnownRegion),
/* harmony export */   Qu: () => (/* binding */ KNOWN_REGIONS),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   nM: () => (/* binding */ knownRegionSchema)
/* harmony export */ });
/* unused harmony exports COMMERCIAL_REGIONS, GOVCLOUD_REGIONS, CHINA_REGIONS, suggestRegion */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7827);
/**
 * AWS region names this tool accepts, by partition.
 *
 * Taken from the endpoint partition data shipped with the AWS SDK for JavaScript v3
 * (`@aws-sdk/core` 3.981, `util-endpoints/lib/aws/partitions.js`: partitions `aws`,
 * `aws-us-gov`, `aws-cn`), cross-checked against the AWS region documentation. The
 * `*-global` pseudo-regions of that file are left out: they are not places to run in.
 * When AWS opens a region, add it here (and to the JSON Schema: `npx vite-node scripts/gen-schema.ts`).
 */


const COMMERCIAL_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'me-west-1',
    'mx-central-1',
    'sa-east-1',
    'sa-west-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
];
const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'];
const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'];
const KNOWN_REGIONS = [...COMMERCIAL_REGIONS, ...GOVCLOUD_REGIONS, ...CHINA_REGIONS];
const knownRegions = new Set(KNOWN_REGIONS);
function isKnownRegion(name) {
    return knownRegions.has(name);
}
/** The nearest known region name to a mistyped one, if any is close enough. */
function suggestRegion(name) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(name.trim().toLowerCase(), KNOWN_REGIONS);
}
function partitionOf(region) {
    if (GOVCLOUD_REGIONS.includes(region))
        return 'aws-us-gov';
    if (CHINA_REGIONS.includes(region))
        return 'aws-cn';
    return 'aws';
}
/** The wording users see for a region that is not in the list. */
function unknownRegionMessage(name) {
    const suggestion = suggestRegion(name);
    return suggestion
        ? `unknown region '${name}' (did you mean '${suggestion}'?)`
        : `unknown region '${name}'; use an AWS region name such as 'us-east-1' or 'eu-west-1'`;
}
/** A region name in a schema; an unknown one gets the did-you-mean message. */
const knownRegionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(KNOWN_REGIONS, {
    error: (issue) => (typeof issue.input === 'string' ? unknownRegionMessage(issue.input) : undefined),
});


/***/ }),

/***/ 536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateIamPolicies: () => (/* binding */ generateIamPolicies),
  grantsFor: () => (/* binding */ grantsFor),
  policyDocument: () => (/* binding */ policyDocument)
});

// EXTERNAL MODULE: ./src/config/regions.ts
var regions = __webpack_require__(815);
;// CONCATENATED MODULE: ./src/iam/catalog.ts
/**
 * Every AWS API call the code makes, with the IAM action that authorises it, the config
 * feature that makes the code call it, and how far AWS lets the permission be narrowed.
 * This table is the one source of the generated policies; a test keeps it equal to the
 * `new …Command(` calls under src/, so a new call fails the build until it is mapped here.
 *
 * IAM facts (Service Authorization Reference): EC2 and ELB Describe*, Route 53 List* of the
 * whole account and RDS Describe* of the account support no resource narrowing, so they take
 * `*`; snapshot deletes and archives carry a tag condition (`ec2:ResourceTag/…`,
 * `rds:snapshot-tag/…`, `rds:cluster-snapshot-tag/…`) so only the tool's own snapshots can go.
 */
const call = (client, operation, action, feature, access, scope) => ({
    client,
    operation,
    action,
    feature,
    access,
    scope,
});
const AWS_CALLS = [
    // Route 53 export (src/export/route53.ts, src/aws/paginate.ts)
    call('route53', 'ListHostedZones', 'route53:ListHostedZones', 'route53', 'read', 'any'),
    call('route53', 'GetHostedZone', 'route53:GetHostedZone', 'route53', 'read', 'route53-zones'),
    call('route53', 'ListResourceRecordSets', 'route53:ListResourceRecordSets', 'route53', 'read', 'route53-zones'),
    call('route53', 'ListReusableDelegationSets', 'route53:ListReusableDelegationSets', 'route53', 'read', 'any'),
    call('route53', 'ListTagsForResources', 'route53:ListTagsForResources', 'route53', 'read', 'route53-zones-and-health-checks'),
    call('route53', 'ListHealthChecks', 'route53:ListHealthChecks', 'route53-health-checks', 'read', 'any'),
    // Incremental exports read the change feed (src/export/cloudtrail-feed.ts); no resource-level permissions.
    call('cloudtrail', 'LookupEvents', 'cloudtrail:LookupEvents', 'route53-incremental', 'read', 'any'),
    // Classic load balancers (src/export/elb.ts)
    call('elb', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers', 'elb', 'read', 'any'),
    call('elb', 'DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elb', 'read', 'any'),
    call('elb', 'DescribeLoadBalancerPolicies', 'elasticloadbalancing:DescribeLoadBalancerPolicies', 'elb', 'read', 'any'),
    call('elb', 'DescribeTags', 'elasticloadbalancing:DescribeTags', 'elb', 'read', 'any'),
    // Application and Network Load Balancers (src/export/elbv2.ts)
    call('elbv2', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeListeners', 'elasticloadbalancing:DescribeListeners', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeRules', 'elasticloadbalancing:DescribeRules', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeListenerCertificates', 'elasticloadbalancing:DescribeListenerCertificates', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeTargetGroups', 'elasticloadbalancing:DescribeTargetGroups', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeTargetGroupAttributes', 'elasticloadbalancing:DescribeTargetGroupAttributes', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeTags', 'elasticloadbalancing:DescribeTags', 'elbv2', 'read', 'any'),
    call('elbv2', 'DescribeTargetHealth', 'elasticloadbalancing:DescribeTargetHealth', 'elbv2-targets', 'read', 'any'),
    // Export mirror (src/commands/export.ts)
    call('s3', 'PutObject', 's3:PutObject', 'mirror', 'write', 'mirror-prefix'),
    // S3 lifecycle rules (src/lifecycle/apply.ts). DeleteBucketLifecycle is authorised by
    // s3:PutLifecycleConfiguration: S3 has no separate delete action for it.
    call('s3', 'GetBucketLifecycleConfiguration', 's3:GetLifecycleConfiguration', 'lifecycle', 'read', 'lifecycle-buckets'),
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'lifecycle', 'read', 'lifecycle-buckets'),
    call('s3', 'PutBucketLifecycleConfiguration', 's3:PutLifecycleConfiguration', 'lifecycle', 'write', 'lifecycle-buckets'),
    call('s3', 'DeleteBucketLifecycle', 's3:PutLifecycleConfiguration', 'lifecycle', 'write', 'lifecycle-buckets'),
    // Snapshot inventory and coverage (src/snapshots/ec2-inventory.ts, rds-inventory.ts, kms.ts)
    call('ec2', 'DescribeVolumes', 'ec2:DescribeVolumes', 'snapshots', 'read', 'any'),
    call('ec2', 'DescribeInstances', 'ec2:DescribeInstances', 'snapshots', 'read', 'any'),
    call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', 'snapshots', 'read', 'any'),
    call('ec2', 'DescribeImages', 'ec2:DescribeImages', 'snapshots', 'read', 'any'),
    call('rds', 'DescribeDBInstances', 'rds:DescribeDBInstances', 'snapshots', 'read', 'any'),
    call('rds', 'DescribeDBClusters', 'rds:DescribeDBClusters', 'snapshots', 'read', 'any'),
    call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'snapshots', 'read', 'any'),
    call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'snapshots', 'read', 'any'),
    call('rds', 'DescribeAccountAttributes', 'rds:DescribeAccountAttributes', 'snapshots', 'read', 'any'),
    call('kms', 'DescribeKey', 'kms:DescribeKey', 'snapshots-kms', 'read', 'any'),
    // Snapshot changes (src/snapshots/drivers.ts)
    call('ec2', 'CreateSnapshot', 'ec2:CreateSnapshot', 'snapshots-ebs-volume', 'write', 'ec2-volume-snapshot'),
    call('ec2', 'CreateSnapshots', 'ec2:CreateSnapshots', 'snapshots-ec2-instance', 'write', 'ec2-instance-volume-snapshot'),
    call('ec2', 'CopySnapshot', 'ec2:CopySnapshot', 'snapshots-ebs-copy', 'write', 'ec2-snapshot-copy'),
    call('ec2', 'DeleteSnapshot', 'ec2:DeleteSnapshot', 'snapshots', 'write', 'ec2-own-snapshot'),
    call('ec2', 'ModifySnapshotTier', 'ec2:ModifySnapshotTier', 'snapshots-archive', 'write', 'ec2-own-snapshot'),
    call('rds', 'CreateDBSnapshot', 'rds:CreateDBSnapshot', 'snapshots-rds-instance', 'write', 'rds-db-snapshot'),
    call('rds', 'CopyDBSnapshot', 'rds:CopyDBSnapshot', 'snapshots-rds-instance-copy', 'write', 'rds-snapshot-copy'),
    call('rds', 'DeleteDBSnapshot', 'rds:DeleteDBSnapshot', 'snapshots', 'write', 'rds-own-snapshot'),
    call('rds', 'CreateDBClusterSnapshot', 'rds:CreateDBClusterSnapshot', 'snapshots-rds-cluster', 'write', 'rds-cluster-snapshot'),
    call('rds', 'CopyDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'snapshots-rds-cluster-copy', 'write', 'rds-cluster-snapshot-copy'),
    call('rds', 'DeleteDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot', 'snapshots', 'write', 'rds-own-cluster-snapshot'),
    // Restores (src/restore/): reads of the target and source, then create-only changes.
    // Route 53 restores write records and health checks back (that is what a restore is).
    call('route53', 'ListHostedZonesByName', 'route53:ListHostedZonesByName', 'restore', 'read', 'any'),
    call('route53', 'GetHostedZone', 'route53:GetHostedZone', 'restore', 'read', 'route53-zones'),
    call('route53', 'ListHealthChecks', 'route53:ListHealthChecks', 'restore', 'read', 'any'),
    // The live health checks' tags: they name the checks, as in the export (src/export/route53.ts).
    call('route53', 'ListTagsForResources', 'route53:ListTagsForResources', 'restore', 'read', 'route53-zones-and-health-checks'),
    call('route53', 'ListReusableDelegationSets', 'route53:ListReusableDelegationSets', 'restore', 'read', 'any'),
    call('route53', 'ListTagsForResource', 'route53:ListTagsForResource', 'restore', 'read', 'route53-zones-and-health-checks'),
    call('route53', 'GetChange', 'route53:GetChange', 'restore', 'read', 'route53-changes'),
    call('route53', 'CreateHostedZone', 'route53:CreateHostedZone', 'restore', 'write', 'any'),
    call('route53', 'AssociateVPCWithHostedZone', 'route53:AssociateVPCWithHostedZone', 'restore', 'write', 'route53-zones'),
    call('route53', 'ChangeResourceRecordSets', 'route53:ChangeResourceRecordSets', 'restore', 'write', 'route53-zones'),
    call('route53', 'UpdateHostedZoneComment', 'route53:UpdateHostedZoneComment', 'restore', 'write', 'route53-zones'),
    call('route53', 'ChangeTagsForResource', 'route53:ChangeTagsForResource', 'restore', 'write', 'route53-zones-and-health-checks'),
    call('route53', 'CreateHealthCheck', 'route53:CreateHealthCheck', 'restore', 'write', 'any'),
    call('route53', 'UpdateHealthCheck', 'route53:UpdateHealthCheck', 'restore', 'write', 'route53-health-checks'),
    call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', 'restore', 'read', 'any'),
    call('ec2', 'DescribeVolumes', 'ec2:DescribeVolumes', 'restore', 'read', 'any'),
    call('ec2', 'DescribeInstances', 'ec2:DescribeInstances', 'restore', 'read', 'any'),
    call('ec2', 'DescribeAvailabilityZones', 'ec2:DescribeAvailabilityZones', 'restore', 'read', 'any'),
    call('ec2', 'DescribeSecurityGroups', 'ec2:DescribeSecurityGroups', 'restore', 'read', 'any'),
    call('ec2', 'CreateVolume', 'ec2:CreateVolume', 'restore', 'write', 'ec2-volume-from-snapshot'),
    call('ec2', 'AttachVolume', 'ec2:AttachVolume', 'restore', 'write', 'ec2-instance-volume'),
    call('rds', 'DescribeDBInstances', 'rds:DescribeDBInstances', 'restore', 'read', 'any'),
    call('rds', 'DescribeDBClusters', 'rds:DescribeDBClusters', 'restore', 'read', 'any'),
    call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'restore', 'read', 'any'),
    call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'restore', 'read', 'any'),
    call('rds', 'DescribeDBSubnetGroups', 'rds:DescribeDBSubnetGroups', 'restore', 'read', 'any'),
    // A restore names subnet, parameter, option and security groups besides the new database;
    // RDS checks each, so these creates take `*` (they can only create, never change or delete).
    call('rds', 'RestoreDBInstanceFromDBSnapshot', 'rds:RestoreDBInstanceFromDBSnapshot', 'restore', 'write', 'any'),
    call('rds', 'RestoreDBInstanceToPointInTime', 'rds:RestoreDBInstanceToPointInTime', 'restore', 'write', 'any'),
    call('rds', 'RestoreDBClusterFromSnapshot', 'rds:RestoreDBClusterFromSnapshot', 'restore', 'write', 'any'),
    call('rds', 'CreateDBInstance', 'rds:CreateDBInstance', 'restore', 'write', 'any'),
    // Load-balancer restores (src/restore/lb-*.ts) re-create a missing balancer and put back
    // drifted settings of an existing one, in the account's regions only.
    call('elb', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers', 'restore', 'read', 'any'),
    call('elb', 'DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'restore', 'read', 'any'),
    call('elb', 'DescribeTags', 'elasticloadbalancing:DescribeTags', 'restore', 'read', 'any'),
    call('elb', 'AddTags', 'elasticloadbalancing:AddTags', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'ApplySecurityGroupsToLoadBalancer', 'elasticloadbalancing:ApplySecurityGroupsToLoadBalancer', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'ConfigureHealthCheck', 'elasticloadbalancing:ConfigureHealthCheck', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'CreateLoadBalancer', 'elasticloadbalancing:CreateLoadBalancer', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'CreateLoadBalancerListeners', 'elasticloadbalancing:CreateLoadBalancerListeners', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'CreateLoadBalancerPolicy', 'elasticloadbalancing:CreateLoadBalancerPolicy', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'ModifyLoadBalancerAttributes', 'elasticloadbalancing:ModifyLoadBalancerAttributes', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'RemoveTags', 'elasticloadbalancing:RemoveTags', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'SetLoadBalancerPoliciesForBackendServer', 'elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer', 'restore', 'write', 'elb-in-regions'),
    call('elb', 'SetLoadBalancerPoliciesOfListener', 'elasticloadbalancing:SetLoadBalancerPoliciesOfListener', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'DescribeListenerCertificates', 'elasticloadbalancing:DescribeListenerCertificates', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeListeners', 'elasticloadbalancing:DescribeListeners', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeRules', 'elasticloadbalancing:DescribeRules', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeTags', 'elasticloadbalancing:DescribeTags', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeTargetGroupAttributes', 'elasticloadbalancing:DescribeTargetGroupAttributes', 'restore', 'read', 'any'),
    call('elbv2', 'DescribeTargetGroups', 'elasticloadbalancing:DescribeTargetGroups', 'restore', 'read', 'any'),
    call('elbv2', 'AddListenerCertificates', 'elasticloadbalancing:AddListenerCertificates', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'AddTags', 'elasticloadbalancing:AddTags', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'CreateListener', 'elasticloadbalancing:CreateListener', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'CreateLoadBalancer', 'elasticloadbalancing:CreateLoadBalancer', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'CreateRule', 'elasticloadbalancing:CreateRule', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'CreateTargetGroup', 'elasticloadbalancing:CreateTargetGroup', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'DeleteListener', 'elasticloadbalancing:DeleteListener', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'DeleteRule', 'elasticloadbalancing:DeleteRule', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'ModifyListener', 'elasticloadbalancing:ModifyListener', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'ModifyLoadBalancerAttributes', 'elasticloadbalancing:ModifyLoadBalancerAttributes', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'ModifyRule', 'elasticloadbalancing:ModifyRule', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'ModifyTargetGroup', 'elasticloadbalancing:ModifyTargetGroup', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'ModifyTargetGroupAttributes', 'elasticloadbalancing:ModifyTargetGroupAttributes', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'RemoveTags', 'elasticloadbalancing:RemoveTags', 'restore', 'write', 'elb-in-regions'),
    call('elbv2', 'SetSecurityGroups', 'elasticloadbalancing:SetSecurityGroups', 'restore', 'write', 'elb-in-regions'),
    call('ec2', 'DescribeSubnets', 'ec2:DescribeSubnets', 'restore', 'read', 'any'),
    // Drills delete only their own scratch resources, recognised by the drill tag.
    call('ec2', 'DeleteVolume', 'ec2:DeleteVolume', 'drill', 'write', 'ec2-drill-volume'),
    call('rds', 'DeleteDBInstance', 'rds:DeleteDBInstance', 'drill', 'write', 'rds-drill-db'),
    call('rds', 'DeleteDBCluster', 'rds:DeleteDBCluster', 'drill', 'write', 'rds-drill-cluster'),
    // Accounts with role-arn (src/aws/credentials.ts, through the credential provider)
    call('sts', 'AssumeRole', 'sts:AssumeRole', 'assume-role', 'read', 'role-arns'),
    // Accounts with an id (src/aws/identity.ts); AWS needs no permission for it, listing it is harmless.
    call('sts', 'GetCallerIdentity', 'sts:GetCallerIdentity', 'account-check', 'read', 'any'),
];
const DEPENDENT_ACTIONS = [
    {
        action: 'ec2:CreateTags',
        feature: 'snapshots',
        scope: 'ec2-tag-on-create',
        neededBy: ['CreateSnapshot', 'CreateSnapshots', 'CopySnapshot'],
        why: 'TagSpecifications on a create or copy are authorised as ec2:CreateTags (limited to those create actions)',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'snapshots',
        scope: 'rds-tag-on-create',
        neededBy: ['CreateDBSnapshot', 'CopyDBSnapshot', 'CreateDBClusterSnapshot', 'CopyDBClusterSnapshot'],
        why: 'Tags passed to an RDS create or copy need rds:AddTagsToResource on the new snapshot',
    },
    {
        action: 'ec2:CreateTags',
        feature: 'restore',
        scope: 'ec2-tag-on-volume-create',
        neededBy: ['CreateVolume'],
        why: 'the restored volume is tagged at creation (its source tags and the restore token)',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'restore',
        scope: 'rds-tag-on-restore',
        neededBy: ['RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime', 'RestoreDBClusterFromSnapshot', 'CreateDBInstance'],
        why: 'the restored database is tagged at creation',
    },
    {
        action: 'ec2:DescribeVpcs',
        feature: 'restore',
        scope: 'any',
        neededBy: ['CreateHostedZone', 'AssociateVPCWithHostedZone'],
        why: 'Route 53 checks the VPC of a private zone with ec2:DescribeVpcs',
    },
    ...['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext'].map((action) => ({
        action,
        feature: 'restore',
        scope: 'kms-via-ec2-rds',
        neededBy: ['CreateVolume', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime', 'RestoreDBClusterFromSnapshot'],
        why: 'a volume or database restored from an encrypted snapshot uses its key through EC2 or RDS',
    })),
    ...['kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'].map((action) => ({
        action,
        feature: 'snapshots-kms',
        scope: 'kms-via-ec2-rds',
        neededBy: ['CopySnapshot', 'CopyDBSnapshot', 'CopyDBClusterSnapshot'],
        why: 'a copy re-encrypted with a DR key uses both keys through EC2 or RDS (kms:ViaService)',
    })),
];
/** The IAM action for a call as the simulator counts it (`<signing name>:<Operation>`). */
function iamActionForCall(signingName, operation) {
    const clients = {
        route53: ['route53'],
        elasticloadbalancing: ['elb', 'elbv2'],
        s3: ['s3'],
        ec2: ['ec2'],
        rds: ['rds'],
        kms: ['kms'],
        sts: ['sts'],
    };
    const names = clients[signingName] ?? [];
    return AWS_CALLS.find((c) => names.includes(c.client) && c.operation === operation)?.action;
}

;// CONCATENATED MODULE: ./src/iam/features.ts
function enabledFeatures(config) {
    const on = new Set();
    const { route53, 'load-balancers': lbs, mirror } = config.export;
    if (route53.enabled) {
        on.add('route53');
        if (route53['health-checks'])
            on.add('route53-health-checks');
        if (config.export.incremental.enabled)
            on.add('route53-incremental');
    }
    if (lbs.enabled && lbs.classic)
        on.add('elb');
    if (lbs.enabled && lbs.v2) {
        on.add('elbv2');
        if (lbs['include-targets'])
            on.add('elbv2-targets');
    }
    if (mirror)
        on.add('mirror');
    if ((config.lifecycle?.buckets.length ?? 0) > 0)
        on.add('lifecycle');
    if (config.accounts.some((a) => a['role-arn'] !== undefined))
        on.add('assume-role');
    if (config.accounts.some((a) => a.id !== undefined))
        on.add('account-check');
    const policies = config.snapshots?.policies ?? [];
    if (policies.length > 0)
        on.add('snapshots');
    for (const policy of policies) {
        const type = policy.resources.type;
        on.add(`snapshots-${type}`);
        if (policy.copies.length > 0) {
            on.add(type === 'ebs-volume' || type === 'ec2-instance' ? 'snapshots-ebs-copy' : type === 'rds-instance' ? 'snapshots-rds-instance-copy' : 'snapshots-rds-cluster-copy');
        }
        if (policy.copies.some((c) => c['kms-key'] !== undefined))
            on.add('snapshots-kms');
        if (policy['archive-after-days'] !== undefined || policy.copies.some((c) => c['archive-after-days'] !== undefined)) {
            on.add('snapshots-archive');
        }
    }
    return on;
}

// EXTERNAL MODULE: ./src/snapshots/tags.ts
var tags = __webpack_require__(5736);
// EXTERNAL MODULE: ./src/restore/snapshot-source.ts
var snapshot_source = __webpack_require__(924);
;// CONCATENATED MODULE: ./src/iam/statements.ts


const OWN_TAG = tags/* TAG */.Dk.createdBy;
/** Scratch resources of a restore drill carry this tag (src/restore/snapshot-source.ts); only they may be deleted. */
const DRILL_TAG = snapshot_source/* RESTORE_TAG */.mx.drill;
function unique(values) {
    return [...new Set(values)].sort();
}
function narrow(scope, ctx) {
    const p = ctx.partition;
    const all = unique([...ctx.regions, ...ctx.copyRegions]);
    const ec2 = (regions, type, account = ctx.account) => regions.map((r) => `arn:${p}:ec2:${r}:${account}:${type}/*`);
    // EC2 snapshot ARNs have an empty account field (arn:aws:ec2:region::snapshot/id).
    const snapshots = (regions) => ec2(regions, 'snapshot', '');
    const rds = (regions, type) => regions.map((r) => `arn:${p}:rds:${r}:${ctx.account}:${type}:*`);
    const dnsSuffix = p === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    switch (scope) {
        case 'any':
            return { Resource: '*' };
        case 'route53-zones':
            return { Resource: [`arn:${p}:route53:::hostedzone/*`] };
        case 'route53-zones-and-health-checks':
            return { Resource: [`arn:${p}:route53:::healthcheck/*`, `arn:${p}:route53:::hostedzone/*`] };
        case 'mirror-prefix':
            if (!ctx.mirror)
                throw new Error('mirror-prefix scope without a mirror');
            return { Resource: [`arn:${p}:s3:::${ctx.mirror.bucket}/${ctx.mirror.prefix}*`] };
        case 'lifecycle-buckets':
            return { Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}`) };
        case 'ec2-volume-snapshot':
            return { Resource: [...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] };
        case 'ec2-instance-volume-snapshot':
            return { Resource: [...ec2(ctx.regions, 'instance'), ...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] };
        case 'ec2-snapshot-copy':
            return { Resource: snapshots(all) };
        case 'ec2-own-snapshot':
            return { Resource: snapshots(all), Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } };
        case 'ec2-tag-on-create':
            return {
                Resource: snapshots(all),
                Condition: { StringEquals: { 'ec2:CreateAction': ['CopySnapshot', 'CreateSnapshot', 'CreateSnapshots'] } },
            };
        case 'rds-db-snapshot':
            return { Resource: [...rds(ctx.regions, 'db'), ...rds(ctx.regions, 'snapshot')] };
        case 'rds-snapshot-copy':
            return { Resource: rds(all, 'snapshot') };
        case 'rds-own-snapshot':
            return { Resource: rds(all, 'snapshot'), Condition: { StringEquals: { [`rds:snapshot-tag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } } };
        case 'rds-cluster-snapshot':
            return { Resource: [...rds(ctx.regions, 'cluster'), ...rds(ctx.regions, 'cluster-snapshot')] };
        case 'rds-cluster-snapshot-copy':
            return { Resource: rds(all, 'cluster-snapshot') };
        case 'rds-own-cluster-snapshot':
            return {
                Resource: rds(all, 'cluster-snapshot'),
                Condition: { StringEquals: { [`rds:cluster-snapshot-tag/${OWN_TAG}`]: tags/* CREATED_BY */.VI } },
            };
        case 'rds-tag-on-create':
            return { Resource: [...rds(all, 'cluster-snapshot'), ...rds(all, 'snapshot')] };
        case 'kms-via-ec2-rds':
            // Keys are used only through EC2 or RDS in the backed-up and DR regions, never directly.
            return {
                Resource: '*',
                Condition: { StringEquals: { 'kms:ViaService': all.flatMap((r) => [`ec2.${r}.${dnsSuffix}`, `rds.${r}.${dnsSuffix}`]) } },
            };
        case 'role-arns':
            return { Resource: unique(ctx.roleArns) };
        case 'elb-in-regions':
            return { Resource: all.map((r) => `arn:${p}:elasticloadbalancing:${r}:${ctx.account}:*`) };
        case 'route53-health-checks':
            return { Resource: [`arn:${p}:route53:::healthcheck/*`] };
        case 'route53-changes':
            return { Resource: [`arn:${p}:route53:::change/*`] };
        case 'ec2-volume-from-snapshot':
            return { Resource: [...snapshots(all), ...ec2(all, 'volume')] };
        case 'ec2-instance-volume':
            return { Resource: [...ec2(all, 'instance'), ...ec2(all, 'volume')] };
        case 'ec2-tag-on-volume-create':
            return { Resource: ec2(all, 'volume'), Condition: { StringEquals: { 'ec2:CreateAction': 'CreateVolume' } } };
        case 'ec2-drill-volume':
            return { Resource: ec2(all, 'volume'), Condition: { Null: { [`ec2:ResourceTag/${DRILL_TAG}`]: 'false' } } };
        case 'rds-tag-on-restore':
            return { Resource: [...rds(all, 'cluster'), ...rds(all, 'db')] };
        case 'rds-drill-db':
            return { Resource: rds(all, 'db'), Condition: { Null: { [`rds:db-tag/${DRILL_TAG}`]: 'false' } } };
        case 'rds-drill-cluster':
            return { Resource: rds(all, 'cluster'), Condition: { Null: { [`rds:cluster-tag/${DRILL_TAG}`]: 'false' } } };
    }
}
/** `route53-zones` + `read` → `Route53ZonesRead` */
function statementId(scope, access) {
    return `${scope}-${access}`
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}

;// CONCATENATED MODULE: ./src/iam/trust.ts
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
const OIDC_AUDIENCE = 'sts.amazonaws.com';
// GitHub owner and repository names: letters, digits, '-', '_' and '.'; no wildcard can pass.
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/;
const WILDCARD_OR_SPACE = /[*?\s]/;
/** Throws one clear message for a repository, branch or environment a trust policy cannot name exactly. */
function assertExactSubjectParts(repository, branch, environment) {
    if (!REPOSITORY.test(repository) || repository.endsWith('.git')) {
        throw new Error(`repository "${repository}" must be written OWNER/NAME exactly as on GitHub (e.g. example-team/aws-backup), without wildcards, URL or .git`);
    }
    if (branch === '' || WILDCARD_OR_SPACE.test(branch) || branch.startsWith('refs/')) {
        throw new Error(`branch "${branch}" must be one exact branch name such as main (no wildcards, no refs/heads/ prefix)`);
    }
    if (environment !== undefined && (environment === '' || /[*?]/.test(environment))) {
        throw new Error(`environment "${environment}" must be one exact GitHub environment name such as aws-restore (no wildcards)`);
    }
}
function oidcProviderArn(partition, accountId) {
    return `arn:${partition}:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`;
}
/** The `sub` claim GitHub puts in the token of a job on a branch. */
function branchSubject(repository, branch) {
    return `repo:${repository}:ref:refs/heads/${branch}`;
}
/** The `sub` claim of a job that names a deployment environment (it replaces the ref). */
function environmentSubject(repository, environment) {
    return `repo:${repository}:environment:${environment}`;
}
/** The `sub` claim of a job triggered by `pull_request`. */
function pullRequestSubject(repository) {
    return `repo:${repository}:pull_request`;
}
function githubTrustPolicy(partition, accountId, subjects, sid) {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: sid,
                Effect: 'Allow',
                Principal: { Federated: oidcProviderArn(partition, accountId) },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: {
                    StringEquals: {
                        [`${GITHUB_OIDC_HOST}:aud`]: OIDC_AUDIENCE,
                        [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0] : subjects,
                    },
                },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/iam/policy.ts
/**
 * The least-privilege IAM policies for a config: `runPolicy` for the scheduled run (reads
 * plus the changes the enabled features make), `planPolicy` for pull-request plans (reads
 * only), and the GitHub OIDC trust policies of the two roles. Pure: config in, JSON out.
 */





function accountIdFor(config, options) {
    if (options.accountId !== undefined) {
        if (!/^\d{12}$/.test(options.accountId)) {
            throw new Error(`account id "${options.accountId}" must be exactly 12 digits, e.g. 123456789012`);
        }
        return options.accountId;
    }
    const ids = new Set(config.accounts.map((a) => a.id).filter((id) => id !== undefined));
    return config.accounts.length === 1 && ids.size === 1 ? [...ids][0] : undefined;
}
function scopeContext(config, account, partition) {
    const regions = new Set(config.regions);
    for (const a of config.accounts)
        for (const r of a.regions ?? [])
            regions.add(r);
    const copyRegions = new Set();
    for (const policy of config.snapshots?.policies ?? [])
        for (const copy of policy.copies)
            copyRegions.add(copy.region);
    // Restores may target the DR region too.
    if (config['dr-region'])
        copyRegions.add(config['dr-region']);
    const mirror = config.export.mirror;
    return {
        partition,
        account,
        regions: [...regions].sort(),
        copyRegions: [...copyRegions].sort(),
        ...(mirror && { mirror: { bucket: mirror.bucket, prefix: mirror.prefix } }),
        lifecycleBuckets: (config.lifecycle?.buckets ?? []).map((b) => b.name),
        roleArns: config.accounts.flatMap((a) => (a['role-arn'] ? [a['role-arn']] : [])),
    };
}
/** The actions a config needs, each with its scope; `plan` keeps the reads only. */
function grantsFor(features, role) {
    const calls = AWS_CALLS.filter((c) => features.has(c.feature) && (role === 'run' || c.access === 'read'));
    const grants = calls.map((c) => ({ action: c.action, scope: c.scope, access: c.access }));
    if (role === 'run') {
        const called = new Set(calls.map((c) => c.operation));
        for (const d of DEPENDENT_ACTIONS) {
            if (features.has(d.feature) && d.neededBy.some((op) => called.has(op)))
                grants.push({ action: d.action, scope: d.scope, access: 'write' });
        }
    }
    return grants;
}
/** One statement per (scope, access), actions sorted, in a stable order. */
function policyDocument(grants, ctx) {
    const groups = new Map();
    for (const g of grants) {
        const key = `${g.access}|${g.scope}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { scope: g.scope, access: g.access, actions: new Set() }));
        group.actions.add(g.action);
    }
    const statements = [...groups.values()]
        .sort((a, b) => (a.access === b.access ? a.scope.localeCompare(b.scope) : a.access === 'read' ? -1 : 1))
        .map((group) => ({
        Sid: statementId(group.scope, group.access),
        Effect: 'Allow',
        Action: [...group.actions].sort(),
        ...narrow(group.scope, ctx),
    }));
    return { Version: '2012-10-17', Statement: statements };
}
function generateIamPolicies(config, options) {
    assertExactSubjectParts(options.repository, options.branch, options.environment);
    const accountId = accountIdFor(config, options);
    const partition = (0,regions/* partitionOf */.iQ)(config.regions[0]);
    // One policy serves every account of a multi-account config, so its ARNs name none.
    const arnAccount = config.accounts.length === 1 && accountId !== undefined ? accountId : '*';
    const ctx = scopeContext(config, arnAccount, partition);
    const features = enabledFeatures(config);
    // The restore environment's runs assume the run role: it gets the restore and drill actions.
    if (options.environment !== undefined) {
        features.add('restore');
        features.add('drill');
    }
    if (accountId === undefined) {
        throw new Error('the trust policy names the account that holds the role: pass its 12-digit id (--account-id 123456789012), or set id: "123456789012" on the only entry of accounts');
    }
    const runSubjects = [branchSubject(options.repository, options.branch)];
    if (options.environment !== undefined)
        runSubjects.push(environmentSubject(options.repository, options.environment));
    return {
        runPolicy: policyDocument(grantsFor(features, 'run'), ctx),
        planPolicy: policyDocument(grantsFor(features, 'plan'), ctx),
        trustPolicy: githubTrustPolicy(partition, accountId, runSubjects, 'GitHubActionsRun'),
        planTrustPolicy: githubTrustPolicy(partition, accountId, [pullRequestSubject(options.repository)], 'GitHubActionsPullRequestPlan'),
    };
}


/***/ }),

/***/ 924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ takenAt),
/* harmony export */   Fr: () => (/* binding */ requestToken),
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   Qz: () => (/* binding */ waitMinutesOption),
/* harmony export */   ct: () => (/* binding */ dayStamp),
/* harmony export */   dF: () => (/* binding */ candidateRegions),
/* harmony export */   f7: () => (/* binding */ parseSnapshotSource),
/* harmony export */   gG: () => (/* binding */ isToolSnapshotOf),
/* harmony export */   mx: () => (/* binding */ RESTORE_TAG),
/* harmony export */   vK: () => (/* binding */ checkRegion),
/* harmony export */   yC: () => (/* binding */ arnRegion)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_regions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(815);
/* harmony import */ var _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5736);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(483);
/**
 * What the EBS and RDS restores (and drills) share: reading the `source` of a request
 * (`snap-…`, a snapshot name or ARN, or `latest:<resource id>`), checking the region, the
 * token that makes a restore idempotent, and the tags a restored resource carries.
 */




const RESTORE_TAG = {
    /** Snapshot (or `<db>@<instant>`) a resource was restored from. */
    restoredFrom: 'aws-backup-gitops:restored-from',
    /** Hash of the request: the same request finds what it made before instead of making it again. */
    token: 'aws-backup-gitops:restore-token',
    /** Scratch resources of a restore drill; only these are ever deleted by a drill. */
    drill: 'aws-backup-gitops:drill',
};
/** `latest:<id>` or a snapshot reference; an empty or half-written source is a RestoreInputError. */
function parseSnapshotSource(source, example) {
    const text = source.trim();
    if (text === '')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`the restore source is empty; name a snapshot (e.g. ${example}) or latest:<resource id>`);
    if (text.startsWith('latest:')) {
        const id = text.slice('latest:'.length).trim();
        if (!id)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`source "${source}" names no resource; write latest:<resource id>, e.g. latest:${example}`);
        return { latestOf: id };
    }
    return { snapshot: text };
}
/** The region of an ARN (`arn:aws:rds:us-east-1:…`), if the text is one. */
function arnRegion(text) {
    return /^arn:[^:]+:[^:]+:([a-z0-9-]+):/.exec(text)?.[1];
}
function checkRegion(region, where) {
    if (!(0,_config_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .isKnownRegion */ .Kk)(region))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`${where}: ${(0,_config_regions_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownRegionMessage */ .Ge)(region)}`);
    return region;
}
/**
 * Regions to look in when the request names none: the account's own first, then the DR
 * region (where the copies are).
 */
function candidateRegions(config, account) {
    const regions = [...account.regions];
    const dr = config['dr-region'];
    if (dr && !regions.includes(dr))
        regions.push(dr);
    for (const policy of config.snapshots?.policies ?? []) {
        for (const copy of policy.copies)
            if (!regions.includes(copy.region))
                regions.push(copy.region);
    }
    return regions;
}
/** A stable token for one request: same inputs, same token (EC2 ClientToken takes ≤ 64 ASCII characters). */
function requestToken(parts) {
    return `abg-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40)}`;
}
/** Whether a snapshot was made by the tool of `resourceId` (an instance set counts for each of its volumes). */
function isToolSnapshotOf(tags, resourceId, volumeId) {
    if (tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.createdBy] !== _snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .CREATED_BY */ .VI)
        return false;
    if (tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.source] === resourceId)
        return true;
    return tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.source]?.startsWith('i-') === true && (tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.volume] === resourceId || volumeId === resourceId);
}
/** The point in time a snapshot stands for: copies carry their source's time in a tag. */
function takenAt(tags, created) {
    const tagged = tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.takenAt] ? Date.parse(tags[_snapshots_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.takenAt]) : NaN;
    return Number.isNaN(tagged) ? (created?.getTime() ?? 0) : tagged;
}
/** Options a kind accepts; anything else is most likely a typo and is refused. */
function checkOptions(request, known) {
    const unknown = Object.keys(request.options).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`unknown option${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')} for a ${request.kind} restore; ` +
            `the options are: ${known.join(', ')}`);
    }
}
/** `wait-minutes` from the options, if given. */
function waitMinutesOption(request) {
    const raw = request.options['wait-minutes'];
    if (raw === undefined)
        return undefined;
    const minutes = Number(raw);
    if (!Number.isFinite(minutes) || minutes < 0) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RestoreInputError */ .p(`option wait-minutes must be a number of minutes ≥ 0, got "${raw}"`);
    }
    return minutes;
}
/** yyyymmdd of an instant, UTC. */
function dayStamp(now) {
    return now.toISOString().slice(0, 10).replace(/-/g, '');
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ tagRecord),
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   GG: () => (/* binding */ isToolOwned),
/* harmony export */   Ik: () => (/* binding */ toolTags),
/* harmony export */   Rz: () => (/* binding */ userTags),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   VI: () => (/* binding */ CREATED_BY),
/* harmony export */   kE: () => (/* binding */ mergeTags)
/* harmony export */ });
/* unused harmony export MAX_TAGS */
const CREATED_BY = 'aws-backup-gitops';
const TAG = {
    policy: 'aws-backup-gitops:policy',
    /** The highest tier the snapshot opened a period for when it was taken (informational). */
    tier: 'aws-backup-gitops:tier',
    /** Volume, instance, DB instance or cluster id the snapshot was taken of. */
    source: 'aws-backup-gitops:source',
    sourceRegion: 'aws-backup-gitops:source-region',
    createdBy: 'aws-backup-gitops:created-by',
    /** Copies: the snapshot id in the source region. */
    sourceSnapshot: 'aws-backup-gitops:source-snapshot',
    /** Copies: when the source snapshot was taken (ISO 8601), the copy's point in time. */
    takenAt: 'aws-backup-gitops:taken-at',
    /** Instance snapshots and their copies: which of the instance's volumes. */
    volume: 'aws-backup-gitops:volume',
};
/** The tool's own tags, in a fixed order. */
function toolTags(input) {
    return {
        [TAG.policy]: input.policy,
        [TAG.tier]: input.tier,
        [TAG.source]: input.source,
        [TAG.sourceRegion]: input.sourceRegion,
        [TAG.createdBy]: CREATED_BY,
    };
}
/** A snapshot the tool made: it carries created-by, policy, source and source region. */
function isToolOwned(tags) {
    return (tags[TAG.createdBy] === CREATED_BY &&
        Boolean(tags[TAG.policy]) &&
        Boolean(tags[TAG.source]) &&
        Boolean(tags[TAG.sourceRegion]));
}
/**
 * The source's own tags that may go on a snapshot: AWS reserves `aws:`, and the tool's
 * own keys are never taken from the source (a copied tag must not fake ownership).
 */
function userTags(tags) {
    const out = {};
    for (const key of Object.keys(tags).sort()) {
        if (key.toLowerCase().startsWith('aws:') || key.startsWith('aws-backup-gitops:'))
            continue;
        out[key] = tags[key];
    }
    return out;
}
/** SDK tag lists ({Key, Value}[]) to a record; entries without a key are dropped. */
function tagRecord(list) {
    const out = {};
    for (const tag of list ?? [])
        if (tag.Key)
            out[tag.Key] = tag.Value ?? '';
    return out;
}
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** EC2 and RDS allow 50 user tags per resource; the tool's tags win over copied ones. */
const MAX_TAGS = 50;
function mergeTags(own, copied) {
    const merged = { ...own };
    for (const [key, value] of Object.entries(copied)) {
        if (Object.keys(merged).length >= MAX_TAGS)
            break;
        if (!(key in merged))
            merged[key] = value;
    }
    return merged;
}


/***/ })

};
