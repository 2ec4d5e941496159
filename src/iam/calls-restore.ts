/**
 * The calls of restores (the restore role, trusted only for the protected environment) and
 * of restore drills (the drill role: the same restore code, but only into scratch resources
 * named `drill-…` and tagged as drill, and deleting only those).
 */
import { call, type AwsCall, type DependentAction, type Duty } from './catalog-types.js';

const RESTORE: readonly Duty[] = ['restore'];
const DRILL: readonly Duty[] = ['drill'];
const BOTH: readonly Duty[] = ['restore', 'drill'];

export const RESTORE_CALLS: readonly AwsCall[] = [
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
  ...(
    [
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
    ] as const
  ).map(([client, op]) => call(client, op, `elasticloadbalancing:${op}`, 'restore', 'read', RESTORE, 'any')),
  ...(
    [
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
    ] as const
  ).map(([client, op]) => call(client, op, `elasticloadbalancing:${op}`, 'restore', 'write', RESTORE, 'elb-in-regions')),

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

export const RESTORE_DEPENDENT_ACTIONS: readonly DependentAction[] = [
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
  ...['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext'].map(
    (action): DependentAction => ({
      action,
      feature: 'restore',
      duties: BOTH,
      scope: 'kms-via-ec2-rds',
      neededBy: ['CreateVolume', 'CopyDBSnapshot', ...RESTORE_CREATES],
      why: 'a volume or database restored from an encrypted snapshot uses its key through EC2 or RDS',
    }),
  ),
];
