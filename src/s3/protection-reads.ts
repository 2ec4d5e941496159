/**
 * The live protection of a bucket, read-only: versioning, replication configuration and the
 * Object Lock configuration (each "not configured" answer of S3 is an empty value, not an
 * error), and a destination bucket's versioning read with its owner's credentials.
 */
import { GetBucketReplicationCommand, GetBucketVersioningCommand, GetObjectLockConfigurationCommand } from '@aws-sdk/client-s3';
import type { ObjectLockRule, S3Client } from '@aws-sdk/client-s3';
import { awsErrorCode } from '../aws/errors.js';
import { normalizeLive } from './replication-shape.js';
import type { NormalReplicationRule } from './replication-shape.js';

export interface LiveProtection {
  versioning?: 'Enabled' | 'Suspended';
  replication?: { role: string; rules: NormalReplicationRule[] };
  /** undefined: Object Lock not enabled; `{}`: enabled without default retention. */
  objectLock?: { rule?: ObjectLockRule };
}

async function orNone<T>(read: Promise<T>, notFound: string): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (awsErrorCode(error) === notFound) return undefined;
    throw error;
  }
}

export async function readVersioning(s3: S3Client, bucket: string): Promise<'Enabled' | 'Suspended' | undefined> {
  const status = (await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status;
  return status === 'Enabled' || status === 'Suspended' ? status : undefined;
}

export async function readLiveProtection(s3: S3Client, bucket: string, wants: { replication: boolean; objectLock: boolean }): Promise<LiveProtection> {
  const [versioning, replication, lock] = await Promise.all([
    readVersioning(s3, bucket),
    wants.replication ? orNone(s3.send(new GetBucketReplicationCommand({ Bucket: bucket })), 'ReplicationConfigurationNotFoundError') : undefined,
    wants.objectLock ? orNone(s3.send(new GetObjectLockConfigurationCommand({ Bucket: bucket })), 'ObjectLockConfigurationNotFoundError') : undefined,
  ]);
  const live: LiveProtection = {};
  if (versioning) live.versioning = versioning;
  const config = replication?.ReplicationConfiguration;
  if (config) live.replication = { role: config.Role ?? '', rules: (config.Rules ?? []).map(normalizeLive) };
  if (lock?.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled') {
    live.objectLock = lock.ObjectLockConfiguration.Rule ? { rule: lock.ObjectLockConfiguration.Rule } : {};
  }
  return live;
}
