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
import { call, DUTIES, PLAN_AND_RUN, RUN, VAULT_DUTIES, type AwsCall, type DependentAction, type Duty } from './catalog-types.js';

/** Reads of the snapshot inventory: the plan and run, and the restore and drill that look for a snapshot. */
const INVENTORY: readonly Duty[] = ['plan', 'run', 'restore', 'drill'];
/** The Route 53 export: the plan and run, and the drill that compares the live zones with it. */
const ZONE_EXPORT: readonly Duty[] = ['plan', 'run', 'drill'];
const EVERY_GITHUB_ROLE = DUTIES.filter((d) => !VAULT_DUTIES.includes(d));
/**
 * Calls on declared buckets: a bucket declared with `account: vault` is planned with the vault
 * plan role and applied with the vault role; policy.ts scopes each role to its own side's buckets.
 */
const BUCKET_READS: readonly Duty[] = ['plan', 'run', 'vault-plan', 'vault'];
const BUCKET_WRITES: readonly Duty[] = ['run', 'vault'];

export const BACKUP_CALLS: readonly AwsCall[] = [
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
  call('route53', 'ListHostedZoneChangeBatches', 'route53:ListHostedZoneChangeBatches', 'route53-change-history', 'read', PLAN_AND_RUN, 'route53-zones'),
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

export const BACKUP_DEPENDENT_ACTIONS: readonly DependentAction[] = [
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
  ...['kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'].map(
    (action): DependentAction => ({
      action,
      feature: 'snapshots-kms',
      duties: RUN,
      scope: 'kms-via-ec2-rds',
      neededBy: ['CopySnapshot', 'CopyDBSnapshot', 'CopyDBClusterSnapshot'],
      why: 'a copy re-encrypted with a DR key uses both keys through EC2 or RDS (kms:ViaService)',
    }),
  ),
];
