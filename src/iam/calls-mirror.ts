/**
 * The export mirror's calls (src/commands/export.ts, src/commands/mirror.ts). The uploads are
 * the run role's, or the vault role's when the bucket lives in the vault account
 * (`export.mirror.account: vault`): then the run role holds no S3 write at all. A bucket
 * declared with `object-lock: true` is read first (Object Lock and versioning) by the same role.
 */
import { call, RUN, type AwsCall, type Duty } from './catalog-types.js';

const VAULT: readonly Duty[] = ['vault'];

export const MIRROR_CALLS: readonly AwsCall[] = [
  call('s3', 'PutObject', 's3:PutObject', 'mirror', 'write', RUN, 'mirror-prefix'),
  call('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'mirror-lock', 'read', RUN, 'mirror-bucket'),
  call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'mirror-lock', 'read', RUN, 'mirror-bucket'),
  call('s3', 'PutObject', 's3:PutObject', 'mirror-vault', 'write', VAULT, 'mirror-prefix'),
  call('s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration', 'mirror-vault-lock', 'read', VAULT, 'mirror-bucket'),
  call('s3', 'GetBucketVersioning', 's3:GetBucketVersioning', 'mirror-vault-lock', 'read', VAULT, 'mirror-bucket'),
];
