/**
 * The calls of the S3 restore drill (src/s3/drill.ts), for the drill role: read the source's
 * objects, copy versions of the replica into the scratch prefix `.aws-backup/drill/` of the
 * bucket, and delete the versions there. Writes and version deletes are allowed under that
 * prefix only: the drill can delete nothing it did not put there.
 */
import { call, type AwsCall, type DependentAction, type Duty } from './catalog-types.js';

const DRILL: readonly Duty[] = ['drill'];

export const S3_DRILL_CALLS: readonly AwsCall[] = [
  call('s3', 'ListObjectsV2', 's3:ListBucket', 's3-drill', 'read', DRILL, 'lifecycle-buckets'),
  call('s3', 'HeadObject', 's3:GetObject', 's3-drill', 'read', DRILL, 'lifecycle-bucket-objects'),
  // A source version without a stored SHA-256 is hashed from its bytes.
  call('s3', 'GetObject', 's3:GetObjectVersion', 's3-drill', 'read', DRILL, 'lifecycle-bucket-objects'),
  call('s3', 'CopyObject', 's3:PutObject', 's3-drill', 'write', DRILL, 's3-drill-scratch'),
  call('s3', 'ListObjectVersions', 's3:ListBucketVersions', 's3-drill', 'read', DRILL, 'lifecycle-buckets'),
  // DeleteObject naming a version of a scratch copy.
  call('s3', 'DeleteObject', 's3:DeleteObjectVersion', 's3-drill', 'write', DRILL, 's3-drill-scratch'),
];

export const S3_DRILL_DEPENDENT_ACTIONS: readonly DependentAction[] = [
  {
    action: 's3:GetObjectVersion',
    feature: 's3-drill',
    duties: DRILL,
    scope: 'replica-bucket-objects',
    neededBy: ['CopyObject'],
    why: 'the scratch copy is a copy of the replica\'s version (its bucket policy must allow the source account too)',
  },
];
