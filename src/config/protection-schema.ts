/**
 * Bucket protection in a `lifecycle.buckets` entry, next to the bucket's lifecycle rules:
 * versioning, replication rules (to the DR region, another account or the vault) and the
 * Object Lock default retention of a bucket created with Object Lock. Shapes here; the checks
 * across buckets (prerequisites, a destination equal to its source) are in
 * src/s3/validate.ts, run by the lifecycle section's schema so each is reported with
 * file:line:column.
 *
 * The schemas are built on first use (z.lazy): only a config with lifecycle buckets pays for
 * them.
 */
import './jitless.js';
import { z } from 'zod';
import { knownRegionSchema } from './regions.js';

/** Storage classes S3 replication may write at the destination. */
export const REPLICA_STORAGE_CLASSES = ['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'] as const;

const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::\d{12}:role\/(?:[!-~]+\/)?[\w+=,.@-]{1,64}$/;
const KMS_KEY_ARN = /^arn:(aws|aws-us-gov|aws-cn):kms:[a-z0-9-]+:\d{12}:key\/[\w-]+$/;

export const replicationDestinationSchema = z.lazy(() => z
  .strictObject({
    bucket: z.string().min(3, 'a bucket name has at least 3 characters').describe('Name of the destination bucket (versioning enabled).'),
    region: knownRegionSchema.optional().describe('Region of the destination bucket. Default: the top-level dr-region.'),
    account: z
      .string()
      .optional()
      .describe('Owner of the destination: a name from accounts, or vault (the vault: section). Default: the source bucket\'s account.'),
    'storage-class': z.enum(REPLICA_STORAGE_CLASSES).optional().describe('Storage class of the replicas (e.g. GLACIER_IR). Default: the source object\'s.'),
    'replica-owner': z
      .enum(['destination', 'source'])
      .default('source')
      .describe('destination: replicas belong to the destination account (AccessControlTranslation), so the source account cannot change them; needs another account.'),
    'kms-key': z
      .string()
      .regex(KMS_KEY_ARN, 'must be a KMS key ARN in the destination region, e.g. arn:aws:kms:eu-central-1:222222222222:key/1234abcd-…')
      .optional()
      .describe('Replicate SSE-KMS encrypted objects too, re-encrypted at the destination with this key (ReplicaKmsKeyID).'),
    'replication-time': z
      .boolean()
      .default(false)
      .describe('S3 Replication Time Control: 99.99% of objects replicated within 15 minutes, with replication metrics (extra cost).'),
  })
  .describe('Where a replication rule copies objects.'));

export const replicationRuleSchema = z.lazy(() => z
  .strictObject({
    id: z.string().min(1, 'a rule id must not be empty').max(255, 'a rule id may have at most 255 characters').describe('Unique name of the rule in its bucket.'),
    status: z.enum(['enabled', 'disabled']).default('enabled').describe('A disabled rule is kept but copies nothing.'),
    prefix: z.string().default('').describe('Only keys under this prefix ("" : every key).'),
    destination: replicationDestinationSchema,
    'delete-markers': z
      .boolean()
      .default(false)
      .describe('Replicate delete markers too. Off by default: a delete in the source then leaves the replica untouched.'),
    'copy-existing': z
      .boolean()
      .default(true)
      .describe('Also copy the objects that existed before the rule (S3 replicates only new writes); resumes across runs.'),
  })
  .describe('One replication rule. Rules earlier in the list win where prefixes overlap.'));

export const replicationSchema = z.lazy(() => z
  .strictObject({
    role: z
      .string()
      .regex(ROLE_ARN, 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/app-data-replication')
      .describe('The IAM role S3 assumes to replicate (trust: s3.amazonaws.com; `aws-backup-gitops iam-policy` writes it).'),
    rules: z.array(replicationRuleSchema).min(1, 'list at least one rule').max(1000, 'S3 allows at most 1000 replication rules per bucket').describe('The replication rules.'),
  })
  .describe('Replication of new objects to other buckets: the DR region, another account, the vault.'));

export const objectLockSchema = z.lazy(() => z
  .strictObject({
    mode: z.enum(['governance', 'compliance']).describe('compliance: nobody, not even the root user, can delete a version early; governance: only with s3:BypassGovernanceRetention.'),
    days: z.number().int('days must be a whole number').min(1, 'days must be at least 1').optional().describe('Default retention in days.'),
    years: z.number().int('years must be a whole number').min(1, 'years must be at least 1').optional().describe('Default retention in years.'),
  })
  .superRefine((lock, ctx) => {
    if ((lock.days === undefined) === (lock.years === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'object-lock needs days or years (one of the two), e.g. { mode: compliance, days: 30 }' });
    }
  })
  .describe('Object Lock default retention of a bucket created with Object Lock: every new version is locked this long.'));

/** The protection keys of a bucket entry. */
export const protectionShape = {
  versioning: z.enum(['enabled', 'suspended']).optional().describe('Versioning of the bucket: every overwrite and delete keeps the older version.'),
  replication: replicationSchema.optional(),
  'object-lock': objectLockSchema.optional(),
};

export type ReplicationConfig = z.output<typeof replicationSchema>;
export type ReplicationRuleConfig = z.output<typeof replicationRuleSchema>;
export type ObjectLockConfig = z.output<typeof objectLockSchema>;

/** What the cross-bucket checks read of an entry. */
export interface ProtectedBucketEntry {
  name: string;
  account?: string | undefined;
  versioning?: 'enabled' | 'suspended' | undefined;
  replication?: ReplicationConfig | undefined;
  'object-lock'?: ObjectLockConfig | undefined;
}
