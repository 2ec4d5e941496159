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

/** What makes the code call an API: a section or switch of aws-backup.yml. */
export type Feature =
  | 'route53'
  | 'route53-health-checks'
  /** export.incremental: the change feed (CloudTrail event history). */
  | 'route53-incremental'
  | 'elb'
  | 'elbv2'
  | 'elbv2-targets'
  | 'mirror'
  | 'lifecycle'
  /** Any snapshot policy: the inventory and coverage report read every kind. */
  | 'snapshots'
  | 'snapshots-ebs-volume'
  | 'snapshots-ec2-instance'
  | 'snapshots-rds-instance'
  | 'snapshots-rds-cluster'
  | 'snapshots-ebs-copy'
  | 'snapshots-rds-instance-copy'
  | 'snapshots-rds-cluster-copy'
  /** A copy names a kms-key: checked with DescribeKey, used to re-encrypt. */
  | 'snapshots-kms'
  | 'snapshots-archive'
  /** Copies into the vault, source side: share for the copy only, prove the source keys. */
  | 'vault-share'
  /** Copies into the vault, vault side (the vault role): copy, tag, delete its own copies, read locks. */
  | 'vault'
  /** Vault copies with lock: EBS LockSnapshot (the vault role). */
  | 'vault-lock'
  /** An account with role-arn. */
  | 'assume-role'
  /** An account with an id: the credentials are checked to be that account's. */
  | 'account-check'
  /** The restore workflow (a run role trusted by the restore environment): create-only. */
  | 'restore'
  /** Restore drills: restores into scratch resources, then deletes only those (tagged as drill). */
  | 'drill';

/**
 * How a permission is narrowed; statements.ts turns each scope into resource ARNs and
 * conditions for the config's regions, account and buckets.
 */
export type Scope =
  | 'any'
  | 'route53-zones'
  | 'route53-zones-and-health-checks'
  | 'mirror-prefix'
  | 'lifecycle-buckets'
  | 'ec2-volume-snapshot'
  | 'ec2-instance-volume-snapshot'
  | 'ec2-snapshot-copy'
  | 'ec2-own-snapshot'
  | 'ec2-tag-on-create'
  | 'ec2-own-snapshot-volume-tag'
  | 'rds-db-snapshot'
  | 'rds-snapshot-copy'
  | 'rds-own-snapshot'
  | 'rds-cluster-snapshot'
  | 'rds-cluster-snapshot-copy'
  | 'rds-own-cluster-snapshot'
  | 'rds-tag-on-create'
  | 'kms-via-ec2-rds'
  | 'role-arns'
  | 'route53-health-checks'
  | 'route53-changes'
  | 'ec2-volume-from-snapshot'
  | 'ec2-instance-volume'
  | 'ec2-tag-on-volume-create'
  | 'ec2-drill-volume'
  | 'rds-tag-on-restore'
  | 'rds-drill-db'
  | 'rds-drill-cluster'
  | 'elb-in-regions';

/** The SDK client a call is sent with (ELB classic and v2 share the IAM prefix). */
export type AwsClientName = 'route53' | 'elb' | 'elbv2' | 's3' | 'ec2' | 'rds' | 'kms' | 'sts' | 'cloudtrail';

export interface AwsCall {
  client: AwsClientName;
  /** The SDK command name without `Command`, which is also the API operation name. */
  operation: string;
  /** The IAM action AWS checks for it. */
  action: string;
  feature: Feature;
  /** Reads go into the plan role too; writes only into the run role. */
  access: 'read' | 'write';
  scope: Scope;
}

/**
 * An IAM action the code never calls itself but AWS checks on its behalf: tagging a
 * resource at creation, KMS use when a copy is re-encrypted.
 */
export interface DependentAction {
  action: string;
  feature: Feature;
  scope: Scope;
  /** The operations (of AWS_CALLS) that make AWS check it. */
  neededBy: string[];
  why: string;
}

const call = (client: AwsClientName, operation: string, action: string, feature: Feature, access: 'read' | 'write', scope: Scope): AwsCall => ({
  client,
  operation,
  action,
  feature,
  access,
  scope,
});

export const AWS_CALLS: readonly AwsCall[] = [
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
  // The per-volume tag on each snapshot of an instance set (CreateSnapshots tags all alike).
  call('ec2', 'CreateTags', 'ec2:CreateTags', 'snapshots-ec2-instance', 'write', 'ec2-own-snapshot-volume-tag'),
  call('ec2', 'DeleteSnapshot', 'ec2:DeleteSnapshot', 'snapshots', 'write', 'ec2-own-snapshot'),
  call('ec2', 'ModifySnapshotTier', 'ec2:ModifySnapshotTier', 'snapshots-archive', 'write', 'ec2-own-snapshot'),
  call('rds', 'CreateDBSnapshot', 'rds:CreateDBSnapshot', 'snapshots-rds-instance', 'write', 'rds-db-snapshot'),
  call('rds', 'CopyDBSnapshot', 'rds:CopyDBSnapshot', 'snapshots-rds-instance-copy', 'write', 'rds-snapshot-copy'),
  call('rds', 'DeleteDBSnapshot', 'rds:DeleteDBSnapshot', 'snapshots', 'write', 'rds-own-snapshot'),
  call('rds', 'CreateDBClusterSnapshot', 'rds:CreateDBClusterSnapshot', 'snapshots-rds-cluster', 'write', 'rds-cluster-snapshot'),
  call('rds', 'CopyDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'snapshots-rds-cluster-copy', 'write', 'rds-cluster-snapshot-copy'),
  call('rds', 'DeleteDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot', 'snapshots', 'write', 'rds-own-cluster-snapshot'),
  // Vault copies (src/snapshots/vault-calls.ts, vault-keys.ts): the source role shares its own
  // snapshots for the copy only and reads its keys' policies; the vault role locks its copies.
  call('ec2', 'ModifySnapshotAttribute', 'ec2:ModifySnapshotAttribute', 'vault-share', 'write', 'ec2-own-snapshot'),
  call('rds', 'ModifyDBSnapshotAttribute', 'rds:ModifyDBSnapshotAttribute', 'vault-share', 'write', 'rds-own-snapshot'),
  call('rds', 'ModifyDBClusterSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute', 'vault-share', 'write', 'rds-own-cluster-snapshot'),
  call('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'vault-share', 'read', 'any'),
  call('ec2', 'DescribeLockedSnapshots', 'ec2:DescribeLockedSnapshots', 'vault', 'read', 'any'),
  call('ec2', 'LockSnapshot', 'ec2:LockSnapshot', 'vault-lock', 'write', 'ec2-own-snapshot'),
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

export const DEPENDENT_ACTIONS: readonly DependentAction[] = [
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
  ...['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext'].map(
    (action): DependentAction => ({
      action,
      feature: 'restore',
      scope: 'kms-via-ec2-rds',
      neededBy: ['CreateVolume', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime', 'RestoreDBClusterFromSnapshot'],
      why: 'a volume or database restored from an encrypted snapshot uses its key through EC2 or RDS',
    }),
  ),
  ...['kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'].map(
    (action): DependentAction => ({
      action,
      feature: 'snapshots-kms',
      scope: 'kms-via-ec2-rds',
      neededBy: ['CopySnapshot', 'CopyDBSnapshot', 'CopyDBClusterSnapshot'],
      why: 'a copy re-encrypted with a DR key uses both keys through EC2 or RDS (kms:ViaService)',
    }),
  ),
];

/** The IAM action for a call as the simulator counts it (`<signing name>:<Operation>`). */
export function iamActionForCall(signingName: string, operation: string): string | undefined {
  const clients: Record<string, AwsClientName[]> = {
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
