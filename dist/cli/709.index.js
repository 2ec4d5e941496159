export const id = 709;
export const ids = [709];
export const modules = {

/***/ 709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sj: () => (/* binding */ AWS_CALLS),
  k3: () => (/* binding */ DEPENDENT_ACTIONS),
  T3: () => (/* reexport */ DUTIES)
});

// UNUSED EXPORTS: DUTY_COMMANDS, iamActionForCall

;// CONCATENATED MODULE: ./src/iam/catalog-types.ts
/**
 * The shape of the IAM catalog: every AWS call the code makes, the duty (role) whose commands
 * make it, the config feature that switches it on, and how far AWS lets it be narrowed.
 */
const DUTIES = ['plan', 'run', 'restore', 'drill', 'vault', 'vault-plan'];
/** The roles of the vault account, assumed from the source account's roles (not from GitHub). */
const VAULT_DUTIES = ['vault', 'vault-plan'];
/** The commands each duty's role runs (the workflow that assumes it). */
const DUTY_COMMANDS = {
    plan: ['plan'],
    run: ['run', 'export'],
    restore: ['restore'],
    drill: ['drill'],
    vault: ['run', 'restore', 'drill'],
    'vault-plan': ['plan'],
};
/** Duty sets used throughout the catalog. */
const PLAN_AND_RUN = ['plan', 'run'];
const RUN = ['run'];
function call(client, operation, action, feature, access, duties, scope) {
    return { client, operation, action, feature, access, duties, scope };
}

;// CONCATENATED MODULE: ./src/iam/calls-backup.ts
/**
 * The calls of the scheduled run and the pull-request plan: exports, lifecycle
 * rules, snapshot inventory and changes, and the credential calls every role makes.
 *
 * IAM facts (Service Authorization Reference): EC2 and ELB Describe*, Route 53 List* of the
 * whole account and RDS Describe* of the account support no resource narrowing, so they take
 * `*`; snapshot deletes and archives carry a tag condition (`ec2:ResourceTag/…`,
 * `rds:snapshot-tag/…`, `rds:cluster-snapshot-tag/…`) so only the tool's own snapshots can go,
 * and no role can put that tag on an existing snapshot (statements.ts).
 */

/** Reads of the snapshot inventory: the plan and run, and the restore and drill that look for a snapshot. */
const INVENTORY = ['plan', 'run', 'restore', 'drill'];
/** The Route 53 export: the plan and run, and the drill that compares the live zones with it. */
const ZONE_EXPORT = ['plan', 'run', 'drill'];
const EVERY_GITHUB_ROLE = DUTIES.filter((d) => !VAULT_DUTIES.includes(d));
/**
 * Calls on declared buckets: a bucket declared with `account: vault` is planned with the vault
 * plan role and applied with the vault role; policy.ts scopes each role to its own side's buckets.
 */
const BUCKET_READS = ['plan', 'run', 'vault-plan', 'vault'];
const BUCKET_WRITES = ['run', 'vault'];
const BACKUP_CALLS = [
    // Route 53 export (src/export/route53.ts, src/aws/paginate.ts)
    call('route53', 'ListHostedZones', 'route53:ListHostedZones', 'route53', 'read', ZONE_EXPORT, 'any'),
    call('route53', 'GetHostedZone', 'route53:GetHostedZone', 'route53', 'read', ZONE_EXPORT, 'route53-zones'),
    call('route53', 'ListResourceRecordSets', 'route53:ListResourceRecordSets', 'route53', 'read', ZONE_EXPORT, 'route53-zones'),
    call('route53', 'ListReusableDelegationSets', 'route53:ListReusableDelegationSets', 'route53', 'read', ZONE_EXPORT, 'any'),
    call('route53', 'ListTagsForResources', 'route53:ListTagsForResources', 'route53', 'read', ZONE_EXPORT, 'route53-zones-and-health-checks'),
    call('route53', 'ListHealthChecks', 'route53:ListHealthChecks', 'route53-health-checks', 'read', ZONE_EXPORT, 'any'),
    // Incremental exports read the change feed (src/export/cloudtrail-feed.ts); no resource-level permissions.
    call('cloudtrail', 'LookupEvents', 'cloudtrail:LookupEvents', 'route53-incremental', 'read', PLAN_AND_RUN, 'any'),
    // ... and the Change History of the zones that have it (src/export/change-history.ts).
    call('route53', 'ListHostedZoneChangeBatches', 'route53:ListHostedZoneChangeBatches', 'route53-incremental', 'read', PLAN_AND_RUN, 'route53-zones'),
    // Classic load balancers (src/export/elb.ts)
    call('elb', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers', 'elb', 'read', PLAN_AND_RUN, 'any'),
    call('elb', 'DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elb', 'read', PLAN_AND_RUN, 'any'),
    call('elb', 'DescribeLoadBalancerPolicies', 'elasticloadbalancing:DescribeLoadBalancerPolicies', 'elb', 'read', PLAN_AND_RUN, 'any'),
    call('elb', 'DescribeTags', 'elasticloadbalancing:DescribeTags', 'elb', 'read', PLAN_AND_RUN, 'any'),
    // Application and Network Load Balancers (src/export/elbv2.ts)
    call('elbv2', 'DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancers', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeListeners', 'elasticloadbalancing:DescribeListeners', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeRules', 'elasticloadbalancing:DescribeRules', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeListenerCertificates', 'elasticloadbalancing:DescribeListenerCertificates', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeTargetGroups', 'elasticloadbalancing:DescribeTargetGroups', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeTargetGroupAttributes', 'elasticloadbalancing:DescribeTargetGroupAttributes', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeTags', 'elasticloadbalancing:DescribeTags', 'elbv2', 'read', PLAN_AND_RUN, 'any'),
    call('elbv2', 'DescribeTargetHealth', 'elasticloadbalancing:DescribeTargetHealth', 'elbv2-targets', 'read', PLAN_AND_RUN, 'any'),
    // S3 lifecycle rules (src/lifecycle/apply.ts). DeleteBucketLifecycle is authorised by
    // s3:PutLifecycleConfiguration: S3 has no separate delete action for it.
    call('s3', 'GetBucketLifecycleConfiguration', 's3:GetLifecycleConfiguration', 'lifecycle', 'read', BUCKET_READS, 'lifecycle-buckets'),
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'lifecycle', 'read', BUCKET_READS, 'lifecycle-buckets'),
    call('s3', 'PutBucketLifecycleConfiguration', 's3:PutLifecycleConfiguration', 'lifecycle', 'write', BUCKET_WRITES, 'lifecycle-buckets'),
    call('s3', 'DeleteBucketLifecycle', 's3:PutLifecycleConfiguration', 'lifecycle', 'write', BUCKET_WRITES, 'lifecycle-buckets'),
    // Bucket protection (src/s3/protection*.ts): versioning, replication, Object Lock default retention.
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 's3-protection', 'read', BUCKET_READS, 'lifecycle-buckets'),
    // A destination's versioning, read with its owner's role (the vault's for one in the vault).
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 's3-destination', 'read', BUCKET_READS, 'replica-buckets'),
    call('s3', 'PutBucketVersioning', 's3:PutBucketVersioning', 's3-versioning', 'write', BUCKET_WRITES, 'lifecycle-buckets'),
    call('s3', 'GetBucketReplication', 's3:GetReplicationConfiguration', 's3-protection', 'read', BUCKET_READS, 'lifecycle-buckets'),
    call('s3', 'PutBucketReplication', 's3:PutReplicationConfiguration', 's3-replication', 'write', BUCKET_WRITES, 'lifecycle-buckets'),
    call('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 's3-object-lock', 'read', BUCKET_READS, 'lifecycle-buckets'),
    call('s3', 'PutObjectLockConfiguration', 's3:PutBucketObjectLockConfiguration', 's3-object-lock', 'write', BUCKET_WRITES, 'lifecycle-buckets'),
    // Coverage: the replication status of a bucket's newest objects.
    call('s3', 'ListObjectsV2', 's3:ListBucket', 's3-protection', 'read', BUCKET_READS, 'lifecycle-buckets'),
    call('s3', 'HeadObject', 's3:GetObject', 's3-protection', 'read', BUCKET_READS, 'lifecycle-bucket-objects'),
    // Copy of existing objects (src/s3/backfill.ts): each copied onto itself, a checkpoint under .aws-backup/.
    call('s3', 'ListObjectsV2', 's3:ListBucket', 's3-backfill', 'read', BUCKET_READS, 'lifecycle-buckets'),
    call('s3', 'GetObject', 's3:GetObject', 's3-backfill', 'read', BUCKET_READS, 'lifecycle-bucket-objects'),
    call('s3', 'HeadObject', 's3:GetObject', 's3-backfill', 'read', BUCKET_READS, 'lifecycle-bucket-objects'),
    call('s3', 'CopyObject', 's3:PutObject', 's3-backfill', 'write', BUCKET_WRITES, 'lifecycle-bucket-objects'),
    call('s3', 'PutObject', 's3:PutObject', 's3-backfill', 'write', BUCKET_WRITES, 'lifecycle-bucket-objects'),
    // Objects over CopyObject's 5 GB: a multipart copy (aborted if a part fails).
    call('s3', 'CreateMultipartUpload', 's3:PutObject', 's3-backfill', 'write', BUCKET_WRITES, 'lifecycle-bucket-objects'),
    call('s3', 'UploadPartCopy', 's3:PutObject', 's3-backfill', 'write', BUCKET_WRITES, 'lifecycle-bucket-objects'),
    call('s3', 'CompleteMultipartUpload', 's3:PutObject', 's3-backfill', 'write', BUCKET_WRITES, 'lifecycle-bucket-objects'),
    call('s3', 'AbortMultipartUpload', 's3:AbortMultipartUpload', 's3-backfill', 'write', BUCKET_WRITES, 'lifecycle-bucket-objects'),
    // Snapshot inventory and coverage (src/snapshots/ec2-inventory.ts, rds-inventory.ts, kms.ts)
    call('ec2', 'DescribeVolumes', 'ec2:DescribeVolumes', 'snapshots', 'read', INVENTORY, 'any'),
    call('ec2', 'DescribeInstances', 'ec2:DescribeInstances', 'snapshots', 'read', INVENTORY, 'any'),
    call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', 'snapshots', 'read', INVENTORY, 'any'),
    call('ec2', 'DescribeImages', 'ec2:DescribeImages', 'snapshots', 'read', PLAN_AND_RUN, 'any'),
    call('rds', 'DescribeDBInstances', 'rds:DescribeDBInstances', 'snapshots', 'read', INVENTORY, 'any'),
    call('rds', 'DescribeDBClusters', 'rds:DescribeDBClusters', 'snapshots', 'read', INVENTORY, 'any'),
    call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'snapshots', 'read', INVENTORY, 'any'),
    call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'snapshots', 'read', INVENTORY, 'any'),
    call('rds', 'DescribeAccountAttributes', 'rds:DescribeAccountAttributes', 'snapshots', 'read', PLAN_AND_RUN, 'any'),
    call('kms', 'DescribeKey', 'kms:DescribeKey', 'snapshots-kms', 'read', PLAN_AND_RUN, 'any'),
    // Snapshot changes (src/snapshots/drivers.ts)
    call('ec2', 'CreateSnapshot', 'ec2:CreateSnapshot', 'snapshots-ebs-volume', 'write', RUN, 'ec2-volume-snapshot'),
    call('ec2', 'CreateSnapshots', 'ec2:CreateSnapshots', 'snapshots-ec2-instance', 'write', RUN, 'ec2-instance-volume-snapshot'),
    call('ec2', 'CopySnapshot', 'ec2:CopySnapshot', 'snapshots-ebs-copy', 'write', RUN, 'ec2-snapshot-copy'),
    // The per-volume tag on each snapshot of an instance set (CreateSnapshots tags all alike).
    call('ec2', 'CreateTags', 'ec2:CreateTags', 'snapshots-ec2-instance', 'write', RUN, 'ec2-own-snapshot-volume-tag'),
    call('ec2', 'DeleteSnapshot', 'ec2:DeleteSnapshot', 'snapshots', 'write', RUN, 'ec2-own-snapshot'),
    call('ec2', 'ModifySnapshotTier', 'ec2:ModifySnapshotTier', 'snapshots-archive', 'write', RUN, 'ec2-own-snapshot'),
    // Which snapshots are being archived already (DescribeSnapshots still says standard then).
    call('ec2', 'DescribeSnapshotTierStatus', 'ec2:DescribeSnapshotTierStatus', 'snapshots-archive', 'read', PLAN_AND_RUN, 'any'),
    call('rds', 'CreateDBSnapshot', 'rds:CreateDBSnapshot', 'snapshots-rds-instance', 'write', RUN, 'rds-db-snapshot'),
    call('rds', 'CopyDBSnapshot', 'rds:CopyDBSnapshot', 'snapshots-rds-instance-copy', 'write', RUN, 'rds-snapshot-copy'),
    call('rds', 'DeleteDBSnapshot', 'rds:DeleteDBSnapshot', 'snapshots', 'write', RUN, 'rds-own-snapshot'),
    call('rds', 'CreateDBClusterSnapshot', 'rds:CreateDBClusterSnapshot', 'snapshots-rds-cluster', 'write', RUN, 'rds-cluster-snapshot'),
    call('rds', 'CopyDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'snapshots-rds-cluster-copy', 'write', RUN, 'rds-cluster-snapshot-copy'),
    call('rds', 'DeleteDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot', 'snapshots', 'write', RUN, 'rds-own-cluster-snapshot'),
    // Vault copies, source side (src/snapshots/vault-calls.ts, vault-keys.ts): the run role shares
    // its own snapshots with the vault for the copy only, and reads its keys' policies.
    call('ec2', 'ModifySnapshotAttribute', 'ec2:ModifySnapshotAttribute', 'vault-share', 'write', RUN, 'ec2-own-snapshot'),
    call('rds', 'ModifyDBSnapshotAttribute', 'rds:ModifyDBSnapshotAttribute', 'vault-share', 'write', RUN, 'rds-own-snapshot'),
    call('rds', 'ModifyDBClusterSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute', 'vault-share', 'write', RUN, 'rds-own-cluster-snapshot'),
    call('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'vault-share', 'read', PLAN_AND_RUN, 'any'),
    // Accounts with role-arn (src/aws/credentials.ts, through the credential provider)
    call('sts', 'AssumeRole', 'sts:AssumeRole', 'assume-role', 'read', EVERY_GITHUB_ROLE, 'role-arns'),
    // Accounts with an id (src/aws/identity.ts); AWS needs no permission for it, listing it is harmless.
    call('sts', 'GetCallerIdentity', 'sts:GetCallerIdentity', 'account-check', 'read', EVERY_GITHUB_ROLE, 'any'),
];
const BACKUP_DEPENDENT_ACTIONS = [
    {
        action: 's3:GetObjectVersion',
        feature: 's3-backfill',
        duties: BUCKET_WRITES,
        scope: 'lifecycle-bucket-objects',
        neededBy: ['CopyObject', 'UploadPartCopy'],
        why: 'an existing object is copied onto itself from its current version',
    },
    {
        action: 'iam:PassRole',
        feature: 's3-replication',
        duties: BUCKET_WRITES,
        scope: 'replication-roles',
        neededBy: ['PutBucketReplication'],
        why: 'S3 checks that the caller may pass the replication role it names',
    },
    {
        action: 'ec2:CreateTags',
        feature: 'snapshots',
        duties: RUN,
        scope: 'ec2-tag-on-create',
        neededBy: ['CreateSnapshot', 'CreateSnapshots', 'CopySnapshot'],
        why: 'TagSpecifications on a create or copy are authorised as ec2:CreateTags (only within those create actions: ec2:CreateAction)',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'snapshots',
        duties: RUN,
        scope: 'rds-tag-own-snapshot-name',
        neededBy: ['CreateDBSnapshot', 'CopyDBSnapshot', 'CreateDBClusterSnapshot', 'CopyDBClusterSnapshot'],
        why: 'Tags passed to an RDS create or copy need rds:AddTagsToResource on the new snapshot (only snapshots named by the tool)',
    },
    ...['kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'].map((action) => ({
        action,
        feature: 'snapshots-kms',
        duties: RUN,
        scope: 'kms-via-ec2-rds',
        neededBy: ['CopySnapshot', 'CopyDBSnapshot', 'CopyDBClusterSnapshot'],
        why: 'a copy re-encrypted with a DR key uses both keys through EC2 or RDS (kms:ViaService)',
    })),
];

;// CONCATENATED MODULE: ./src/iam/calls-restore.ts
/**
 * The calls of restores (the restore role, trusted only for the protected environment) and
 * of restore drills (the drill role: the same restore code, but only into scratch resources
 * named `drill-…` and tagged as drill, and deleting only those).
 */

const RESTORE = ['restore'];
const DRILL = ['drill'];
const BOTH = ['restore', 'drill'];
const RESTORE_CALLS = [
    // Point-in-time restores of a bucket or prefix (src/s3/restore*.ts), into a declared bucket,
    // from its versions or its replica. DeleteObject without a version only adds a delete
    // marker; s3:DeleteObjectVersion (a permanent delete) is never granted.
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'restore', 'read', RESTORE, 'lifecycle-buckets'),
    call('s3', 'ListObjectVersions', 's3:ListBucketVersions', 'restore', 'read', RESTORE, 'lifecycle-buckets'),
    call('s3', 'ListObjectVersions', 's3:ListBucketVersions', 'restore', 'read', RESTORE, 'replica-buckets'),
    call('s3', 'ListObjectsV2', 's3:ListBucket', 'restore', 'read', RESTORE, 'lifecycle-buckets'),
    call('s3', 'HeadObject', 's3:GetObjectVersion', 'restore', 'read', RESTORE, 'replica-bucket-objects'),
    call('s3', 'CopyObject', 's3:PutObject', 'restore', 'write', RESTORE, 'lifecycle-bucket-objects'),
    call('s3', 'CreateMultipartUpload', 's3:PutObject', 'restore', 'write', RESTORE, 'lifecycle-bucket-objects'),
    call('s3', 'UploadPartCopy', 's3:PutObject', 'restore', 'write', RESTORE, 'lifecycle-bucket-objects'),
    call('s3', 'CompleteMultipartUpload', 's3:PutObject', 'restore', 'write', RESTORE, 'lifecycle-bucket-objects'),
    call('s3', 'AbortMultipartUpload', 's3:AbortMultipartUpload', 'restore', 'write', RESTORE, 'lifecycle-bucket-objects'),
    call('s3', 'DeleteObject', 's3:DeleteObject', 'restore', 'write', RESTORE, 'lifecycle-bucket-objects'),
    // Route 53 restores: reads of the live zone, then records and health checks written back.
    call('route53', 'ListHostedZonesByName', 'route53:ListHostedZonesByName', 'restore', 'read', RESTORE, 'any'),
    call('route53', 'GetHostedZone', 'route53:GetHostedZone', 'restore', 'read', RESTORE, 'route53-zones'),
    call('route53', 'ListResourceRecordSets', 'route53:ListResourceRecordSets', 'restore', 'read', RESTORE, 'route53-zones'),
    call('route53', 'ListHealthChecks', 'route53:ListHealthChecks', 'restore', 'read', RESTORE, 'any'),
    // The live health checks' tags: they name the checks, as in the export (src/export/route53.ts).
    call('route53', 'ListTagsForResources', 'route53:ListTagsForResources', 'restore', 'read', RESTORE, 'route53-zones-and-health-checks'),
    call('route53', 'ListReusableDelegationSets', 'route53:ListReusableDelegationSets', 'restore', 'read', RESTORE, 'any'),
    call('route53', 'ListTagsForResource', 'route53:ListTagsForResource', 'restore', 'read', RESTORE, 'route53-zones-and-health-checks'),
    call('route53', 'GetChange', 'route53:GetChange', 'restore', 'read', RESTORE, 'route53-changes'),
    call('route53', 'CreateHostedZone', 'route53:CreateHostedZone', 'restore', 'write', RESTORE, 'any'),
    call('route53', 'AssociateVPCWithHostedZone', 'route53:AssociateVPCWithHostedZone', 'restore', 'write', RESTORE, 'route53-zones'),
    // Forced restores only: a VPC associated with a private zone but not in its export.
    call('route53', 'DisassociateVPCFromHostedZone', 'route53:DisassociateVPCFromHostedZone', 'restore', 'write', RESTORE, 'route53-zones'),
    call('route53', 'ChangeResourceRecordSets', 'route53:ChangeResourceRecordSets', 'restore', 'write', RESTORE, 'route53-zones'),
    call('route53', 'UpdateHostedZoneComment', 'route53:UpdateHostedZoneComment', 'restore', 'write', RESTORE, 'route53-zones'),
    call('route53', 'ChangeTagsForResource', 'route53:ChangeTagsForResource', 'restore', 'write', RESTORE, 'route53-zones-and-health-checks'),
    call('route53', 'CreateHealthCheck', 'route53:CreateHealthCheck', 'restore', 'write', RESTORE, 'any'),
    call('route53', 'UpdateHealthCheck', 'route53:UpdateHealthCheck', 'restore', 'write', RESTORE, 'route53-health-checks'),
    // EBS and RDS restores read the snapshot and the target's surroundings.
    call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', 'restore', 'read', BOTH, 'any'),
    call('ec2', 'DescribeVolumes', 'ec2:DescribeVolumes', 'restore', 'read', BOTH, 'any'),
    call('ec2', 'DescribeInstances', 'ec2:DescribeInstances', 'restore', 'read', RESTORE, 'any'),
    call('ec2', 'DescribeAvailabilityZones', 'ec2:DescribeAvailabilityZones', 'restore', 'read', BOTH, 'any'),
    call('ec2', 'DescribeSecurityGroups', 'ec2:DescribeSecurityGroups', 'restore', 'read', BOTH, 'any'),
    call('ec2', 'DescribeSubnets', 'ec2:DescribeSubnets', 'restore', 'read', RESTORE, 'any'),
    call('rds', 'DescribeDBInstances', 'rds:DescribeDBInstances', 'restore', 'read', BOTH, 'any'),
    call('rds', 'DescribeDBClusters', 'rds:DescribeDBClusters', 'restore', 'read', BOTH, 'any'),
    call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'restore', 'read', BOTH, 'any'),
    call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'restore', 'read', BOTH, 'any'),
    call('rds', 'DescribeDBSubnetGroups', 'rds:DescribeDBSubnetGroups', 'restore', 'read', BOTH, 'any'),
    // Restores create; they never delete or modify an existing volume or database.
    call('ec2', 'CreateVolume', 'ec2:CreateVolume', 'restore', 'write', RESTORE, 'ec2-volume-from-snapshot'),
    call('ec2', 'AttachVolume', 'ec2:AttachVolume', 'restore', 'write', RESTORE, 'ec2-instance-volume'),
    // A restore names subnet, parameter, option and security groups besides the new database;
    // RDS checks each, so these creates take `*` (they can only create, never change or delete).
    call('rds', 'RestoreDBInstanceFromDBSnapshot', 'rds:RestoreDBInstanceFromDBSnapshot', 'restore', 'write', RESTORE, 'any'),
    call('rds', 'RestoreDBInstanceToPointInTime', 'rds:RestoreDBInstanceToPointInTime', 'restore', 'write', RESTORE, 'any'),
    call('rds', 'RestoreDBClusterFromSnapshot', 'rds:RestoreDBClusterFromSnapshot', 'restore', 'write', RESTORE, 'any'),
    call('rds', 'RestoreDBClusterToPointInTime', 'rds:RestoreDBClusterToPointInTime', 'restore', 'write', RESTORE, 'any'),
    call('rds', 'CreateDBInstance', 'rds:CreateDBInstance', 'restore', 'write', RESTORE, 'any'),
    // Load-balancer restores (src/restore/lb-*.ts) re-create a missing balancer and put back
    // drifted settings of an existing one, in the account's regions only.
    ...[
        ['elb', 'DescribeLoadBalancers'],
        ['elb', 'DescribeLoadBalancerAttributes'],
        ['elb', 'DescribeLoadBalancerPolicies'],
        ['elb', 'DescribeTags'],
        ['elbv2', 'DescribeListenerCertificates'],
        ['elbv2', 'DescribeListeners'],
        ['elbv2', 'DescribeLoadBalancerAttributes'],
        ['elbv2', 'DescribeLoadBalancers'],
        ['elbv2', 'DescribeRules'],
        ['elbv2', 'DescribeTags'],
        ['elbv2', 'DescribeTargetGroupAttributes'],
        ['elbv2', 'DescribeTargetGroups'],
    ].map(([client, op]) => call(client, op, `elasticloadbalancing:${op}`, 'restore', 'read', RESTORE, 'any')),
    ...[
        ['elb', 'AddTags'],
        ['elb', 'ApplySecurityGroupsToLoadBalancer'],
        ['elb', 'ConfigureHealthCheck'],
        ['elb', 'CreateLoadBalancer'],
        ['elb', 'CreateLoadBalancerListeners'],
        ['elb', 'CreateLoadBalancerPolicy'],
        ['elb', 'DeleteLoadBalancerListeners'],
        ['elb', 'ModifyLoadBalancerAttributes'],
        ['elb', 'RemoveTags'],
        ['elb', 'SetLoadBalancerListenerSSLCertificate'],
        ['elb', 'SetLoadBalancerPoliciesForBackendServer'],
        ['elb', 'SetLoadBalancerPoliciesOfListener'],
        ['elbv2', 'AddListenerCertificates'],
        ['elbv2', 'AddTags'],
        ['elbv2', 'CreateListener'],
        ['elbv2', 'CreateLoadBalancer'],
        ['elbv2', 'CreateRule'],
        ['elbv2', 'CreateTargetGroup'],
        ['elbv2', 'DeleteListener'],
        ['elbv2', 'DeleteRule'],
        ['elbv2', 'ModifyListener'],
        ['elbv2', 'ModifyLoadBalancerAttributes'],
        ['elbv2', 'ModifyRule'],
        ['elbv2', 'ModifyTargetGroup'],
        ['elbv2', 'ModifyTargetGroupAttributes'],
        ['elbv2', 'RemoveListenerCertificates'],
        ['elbv2', 'RemoveTags'],
        ['elbv2', 'SetSecurityGroups'],
    ].map(([client, op]) => call(client, op, `elasticloadbalancing:${op}`, 'restore', 'write', RESTORE, 'elb-in-regions')),
    // Drills: the same restores, into `drill-…` scratch resources tagged as drill, deleted after.
    call('ec2', 'CreateVolume', 'ec2:CreateVolume', 'drill', 'write', DRILL, 'ec2-drill-volume-create'),
    call('rds', 'RestoreDBInstanceFromDBSnapshot', 'rds:RestoreDBInstanceFromDBSnapshot', 'drill', 'write', DRILL, 'rds-drill-create'),
    call('rds', 'RestoreDBClusterFromSnapshot', 'rds:RestoreDBClusterFromSnapshot', 'drill', 'write', DRILL, 'rds-drill-create'),
    call('rds', 'CreateDBInstance', 'rds:CreateDBInstance', 'drill', 'write', DRILL, 'rds-drill-create'),
    call('ec2', 'DeleteVolume', 'ec2:DeleteVolume', 'drill', 'write', DRILL, 'ec2-drill-volume'),
    call('rds', 'DeleteDBInstance', 'rds:DeleteDBInstance', 'drill', 'write', DRILL, 'rds-drill-db'),
    call('rds', 'DeleteDBCluster', 'rds:DeleteDBCluster', 'drill', 'write', DRILL, 'rds-drill-cluster'),
    // From vault copies (src/restore/vault-rds.ts): a DB instance is restored from this account's
    // copy of the shared vault copy (vault-restore-…), deleted afterwards; the restoring key is checked.
    call('rds', 'CopyDBSnapshot', 'rds:CopyDBSnapshot', 'vault', 'write', BOTH, 'rds-vault-restore-copy'),
    call('rds', 'DeleteDBSnapshot', 'rds:DeleteDBSnapshot', 'vault', 'write', BOTH, 'rds-vault-restore-own-copy'),
    call('kms', 'DescribeKey', 'kms:DescribeKey', 'vault', 'read', RESTORE, 'any'),
];
const RESTORE_CREATES = ['RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime', 'RestoreDBClusterFromSnapshot', 'RestoreDBClusterToPointInTime', 'CreateDBInstance'];
const RESTORE_DEPENDENT_ACTIONS = [
    {
        action: 's3:GetObjectVersion',
        feature: 'restore',
        duties: RESTORE,
        scope: 'lifecycle-bucket-objects',
        neededBy: ['CopyObject', 'UploadPartCopy'],
        why: 'a copy from a version (x-amz-copy-source with versionId) reads that version',
    },
    {
        action: 's3:GetObjectVersion',
        feature: 'restore',
        duties: RESTORE,
        scope: 'replica-bucket-objects',
        neededBy: ['CopyObject', 'UploadPartCopy'],
        why: 'a restore from the replica copies its versions',
    },
    {
        action: 'ec2:CreateTags',
        feature: 'restore',
        duties: BOTH,
        scope: 'ec2-tag-on-volume-create',
        neededBy: ['CreateVolume'],
        why: 'the restored volume is tagged at creation (its source tags and the restore token); ec2:CreateAction keeps it to new volumes',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'restore',
        duties: RESTORE,
        scope: 'rds-tag-restored',
        neededBy: RESTORE_CREATES,
        why: 'the restored database is tagged at creation; never with the drill or ownership tags (aws:TagKeys)',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'drill',
        duties: DRILL,
        scope: 'rds-tag-drill-name',
        neededBy: RESTORE_CREATES,
        why: 'the scratch database is tagged at creation; only databases named drill-… can be tagged',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'vault',
        duties: BOTH,
        scope: 'rds-vault-restore-own-copy',
        neededBy: ['CopyDBSnapshot'],
        why: 'the copy of a vault snapshot is tagged as it is made; only vault-restore-… snapshots can be tagged',
    },
    {
        action: 'ec2:DescribeVpcs',
        feature: 'restore',
        duties: RESTORE,
        scope: 'any',
        neededBy: ['CreateHostedZone', 'AssociateVPCWithHostedZone'],
        why: 'Route 53 checks the VPC of a private zone with ec2:DescribeVpcs',
    },
    ...['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext'].map((action) => ({
        action,
        feature: 'restore',
        duties: BOTH,
        scope: 'kms-via-ec2-rds',
        neededBy: ['CreateVolume', 'CopyDBSnapshot', ...RESTORE_CREATES],
        why: 'a volume or database restored from an encrypted snapshot uses its key through EC2 or RDS',
    })),
];

;// CONCATENATED MODULE: ./src/iam/calls-s3-drill.ts
/**
 * The calls of the S3 restore drill (src/s3/drill.ts), for the drill role: read the source's
 * objects, copy versions of the replica into the scratch prefix `.aws-backup/drill/` of the
 * bucket, and delete the versions there. Writes and version deletes are allowed under that
 * prefix only: the drill can delete nothing it did not put there.
 */

const calls_s3_drill_DRILL = ['drill'];
const S3_DRILL_CALLS = [
    call('s3', 'ListObjectsV2', 's3:ListBucket', 's3-drill', 'read', calls_s3_drill_DRILL, 'lifecycle-buckets'),
    call('s3', 'HeadObject', 's3:GetObject', 's3-drill', 'read', calls_s3_drill_DRILL, 'lifecycle-bucket-objects'),
    // A source version without a stored SHA-256 is hashed from its bytes.
    call('s3', 'GetObject', 's3:GetObjectVersion', 's3-drill', 'read', calls_s3_drill_DRILL, 'lifecycle-bucket-objects'),
    call('s3', 'CopyObject', 's3:PutObject', 's3-drill', 'write', calls_s3_drill_DRILL, 's3-drill-scratch'),
    call('s3', 'ListObjectVersions', 's3:ListBucketVersions', 's3-drill', 'read', calls_s3_drill_DRILL, 'lifecycle-buckets'),
    // DeleteObject naming a version of a scratch copy.
    call('s3', 'DeleteObject', 's3:DeleteObjectVersion', 's3-drill', 'write', calls_s3_drill_DRILL, 's3-drill-scratch'),
];
const S3_DRILL_DEPENDENT_ACTIONS = [
    {
        action: 's3:GetObjectVersion',
        feature: 's3-drill',
        duties: calls_s3_drill_DRILL,
        scope: 'replica-bucket-objects',
        neededBy: ['CopyObject'],
        why: 'the scratch copy is a copy of the replica\'s version (its bucket policy must allow the source account too)',
    },
];

;// CONCATENATED MODULE: ./src/iam/calls-vault.ts
/**
 * The calls made with the vault role, in the vault account (`vault:` in aws-backup.yml):
 * copying the shared snapshots in (re-encrypted, tagged as they are made), locking EBS copies,
 * vault-side retention of its own copies. Nothing here touches the source account: the vault
 * scopes of statements.ts name the vault account and its regions only. The source side of a
 * vault copy (sharing the snapshot for the copy) is the run role's, in calls-backup.ts.
 *
 * A pull request's plan reads the vault with the vault plan role (`vault-plan`), which holds
 * exactly the reads planning makes there (src/snapshots/vault-read.ts) and nothing else.
 */

const VAULT = ['vault'];
/** Reads of the vault made while planning: by the vault role in a run, the vault plan role in a pull request. */
const VAULT_READS = ['vault', 'vault-plan'];
const VAULT_CALLS = [
    // Who assumes which role of the vault (src/commands/execute.ts): never the plan the vault role.
    call('sts', 'AssumeRole', 'sts:AssumeRole', 'vault-role', 'read', ['run', 'restore', 'drill'], 'vault-role'),
    call('sts', 'AssumeRole', 'sts:AssumeRole', 'vault-plan-role', 'read', ['plan'], 'vault-plan-role'),
    call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', 'vault', 'read', VAULT_READS, 'any'),
    call('ec2', 'DescribeLockedSnapshots', 'ec2:DescribeLockedSnapshots', 'vault', 'read', VAULT_READS, 'any'),
    call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'vault', 'read', VAULT_READS, 'any'),
    call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'vault', 'read', VAULT_READS, 'any'),
    call('kms', 'DescribeKey', 'kms:DescribeKey', 'vault', 'read', VAULT_READS, 'any'),
    call('ec2', 'CopySnapshot', 'ec2:CopySnapshot', 'vault', 'write', VAULT, 'vault-ec2-snapshot'),
    call('rds', 'CopyDBSnapshot', 'rds:CopyDBSnapshot', 'vault', 'write', VAULT, 'vault-rds-snapshot-copy'),
    call('rds', 'CopyDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'vault', 'write', VAULT, 'vault-rds-snapshot-copy'),
    // Vault retention: only its own copies (tag condition); a locked copy AWS refuses anyway.
    call('ec2', 'DeleteSnapshot', 'ec2:DeleteSnapshot', 'vault', 'write', VAULT, 'vault-ec2-own-snapshot'),
    call('rds', 'DeleteDBSnapshot', 'rds:DeleteDBSnapshot', 'vault', 'write', VAULT, 'vault-rds-own-snapshot'),
    call('rds', 'DeleteDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot', 'vault', 'write', VAULT, 'vault-rds-own-snapshot'),
    call('ec2', 'LockSnapshot', 'ec2:LockSnapshot', 'vault-lock', 'write', VAULT, 'vault-ec2-own-snapshot'),
    // Restores and drills from vault copies into another account (src/restore/vault-*.ts): the
    // vault key's policy is checked, and the copy is shared only while it is read.
    call('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'vault', 'read', VAULT, 'vault-kms-keys'),
    call('ec2', 'ModifySnapshotAttribute', 'ec2:ModifySnapshotAttribute', 'vault', 'write', VAULT, 'vault-ec2-own-snapshot'),
    call('rds', 'ModifyDBSnapshotAttribute', 'rds:ModifyDBSnapshotAttribute', 'vault', 'write', VAULT, 'vault-rds-share'),
    call('rds', 'ModifyDBClusterSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute', 'vault', 'write', VAULT, 'vault-rds-share'),
];
const VAULT_DEPENDENT_ACTIONS = [
    {
        action: 'ec2:CreateTags',
        feature: 'vault',
        duties: VAULT,
        scope: 'vault-ec2-tag-on-create',
        neededBy: ['CopySnapshot'],
        why: 'the vault copy is tagged as it is made (ec2:CreateAction = CopySnapshot)',
    },
    {
        action: 'rds:AddTagsToResource',
        feature: 'vault',
        duties: VAULT,
        scope: 'vault-rds-tag-own-snapshot-name',
        neededBy: ['CopyDBSnapshot', 'CopyDBClusterSnapshot'],
        why: 'the vault copy keeps the tool\'s abg- name; only such snapshots can be tagged',
    },
    ...['kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'].map((action) => ({
        action,
        feature: 'vault',
        duties: VAULT,
        scope: 'kms-via-ec2-rds',
        neededBy: ['CopySnapshot', 'CopyDBSnapshot', 'CopyDBClusterSnapshot'],
        why: 'the copy is re-encrypted with the vault key through EC2 or RDS',
    })),
];

;// CONCATENATED MODULE: ./src/iam/calls-mirror.ts
/**
 * The export mirror's calls (src/commands/export.ts, src/commands/mirror.ts). The uploads are
 * the run role's, or the vault role's when the bucket lives in the vault account
 * (`export.mirror.account: vault`): then the run role holds no S3 write at all. A bucket
 * declared with `object-lock: true` is read first (Object Lock and versioning) by the same role.
 */

const calls_mirror_VAULT = ['vault'];
const MIRROR_CALLS = [
    call('s3', 'PutObject', 's3:PutObject', 'mirror', 'write', RUN, 'mirror-prefix'),
    call('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'mirror-lock', 'read', RUN, 'mirror-bucket'),
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'mirror-lock', 'read', RUN, 'mirror-bucket'),
    call('s3', 'PutObject', 's3:PutObject', 'mirror-vault', 'write', calls_mirror_VAULT, 'mirror-prefix'),
    call('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'mirror-vault-lock', 'read', calls_mirror_VAULT, 'mirror-bucket'),
    call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'mirror-vault-lock', 'read', calls_mirror_VAULT, 'mirror-bucket'),
];

;// CONCATENATED MODULE: ./src/iam/catalog.ts
/**
 * Every AWS API call the code makes, with the IAM action that authorises it, the roles
 * (duties) whose commands make it, the config feature that makes the code call it, and how
 * far AWS lets the permission be narrowed. This table is the one source of the generated
 * policies; a test keeps it equal to the `new …Command(` calls under src/, so a new call fails
 * the build until it is mapped here (in the calls-*.ts module of its area).
 */






const AWS_CALLS = [...BACKUP_CALLS, ...MIRROR_CALLS, ...RESTORE_CALLS, ...VAULT_CALLS, ...S3_DRILL_CALLS];
const DEPENDENT_ACTIONS = [...BACKUP_DEPENDENT_ACTIONS, ...RESTORE_DEPENDENT_ACTIONS, ...VAULT_DEPENDENT_ACTIONS, ...S3_DRILL_DEPENDENT_ACTIONS];
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


/***/ })

};
