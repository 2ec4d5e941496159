/**
 * The `snapshots:` section of `aws-backup.yml`: policies that select EBS volumes, EC2
 * instances, RDS instances and Aurora clusters, when they are snapshotted, how long the
 * snapshots are kept (grandfather-father-son), and where they are copied.
 *
 * Strict and kebab-case like the rest of the config; the messages here are complete
 * sentences, the loader adds file:line:column.
 *
 * Each schema is built on first use (z.lazy): most configs have no snapshots section, and
 * building these at import would cost every run start-up time before its first AWS call.
 */
import './jitless.js';
import { z } from 'zod';
import { knownRegionSchema } from './regions.js';

export const SNAPSHOT_DEFAULTS = {
  schedule: 'daily',
  'copy-tags': true,
  'wait-minutes': 20,
  'stale-after-hours': 36,
} as const;

export const RESOURCE_TYPES = ['ebs-volume', 'ec2-instance', 'rds-instance', 'rds-cluster'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const SCHEDULES = ['hourly', 'daily', 'weekly', 'monthly'] as const;
export type Schedule = (typeof SCHEDULES)[number];

/** Policy names end up in snapshot tags and RDS snapshot identifiers (letters, digits, single hyphens). */
const POLICY_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const UNITS: Record<string, string> = { hourly: 'hours', daily: 'days', weekly: 'ISO weeks', monthly: 'months', yearly: 'years' };

const count = (tier: string) =>
  z
    .number()
    .int(`${tier} must be a whole number`)
    .min(0, `${tier} must be 0 or more`)
    .max(1000, `${tier} must be at most 1000`)
    .optional()
    .describe(`How many ${tier} snapshots to keep: the newest snapshot of each of the newest N ${UNITS[tier]} that have one.`);

export const retentionSchema = z.lazy(() => z
  .strictObject({
    hourly: count('hourly'),
    daily: count('daily'),
    weekly: count('weekly'),
    monthly: count('monthly'),
    yearly: count('yearly'),
    'max-age-days': z
      .number()
      .int('max-age-days must be a whole number of days')
      .min(1, 'max-age-days must be at least 1')
      .optional()
      .describe('Snapshots older than this many days are deleted even if a tier would keep them. Alone, it keeps every snapshot younger than this.'),
  })
  .superRefine((r, ctx) => {
    const anyCount = [r.hourly, r.daily, r.weekly, r.monthly, r.yearly].some((n) => (n ?? 0) > 0);
    if (!anyCount && r['max-age-days'] === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'retention keeps nothing: set at least one of hourly, daily, weekly, monthly, yearly above 0, or max-age-days (e.g. { daily: 7, weekly: 4, monthly: 12 })',
      });
    }
  })
  .describe('Grandfather-father-son retention: a snapshot is kept while it is the newest of one of the newest N periods of any tier (and younger than max-age-days).'));

export const KMS_KEY = /^(alias\/[A-Za-z0-9/_-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|arn:aws(-us-gov|-cn)?:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+)$/;

export const LOCK_MODES = ['compliance', 'governance'] as const;

export const lockSchema = z.lazy(() => z
  .strictObject({
    mode: z.enum(LOCK_MODES).describe('compliance: nobody can unlock or delete the copy before the lock ends (after the cool-off); governance: a principal allowed ec2:UnlockSnapshot can.'),
    'cool-off-hours': z
      .number()
      .int('cool-off-hours must be a whole number of hours')
      .min(1, 'cool-off-hours must be 1 to 72')
      .max(72, 'cool-off-hours must be 1 to 72')
      .optional()
      .describe('compliance only: hours after locking during which the lock can still be removed or shortened (AWS allows 1 to 72).'),
  })
  .superRefine((lock, ctx) => {
    if (lock['cool-off-hours'] !== undefined && lock.mode !== 'compliance') {
      ctx.addIssue({ code: 'custom', path: ['cool-off-hours'], message: 'cool-off-hours applies only to mode compliance; remove it or use mode: compliance' });
    }
  })
  .describe('EBS vault copies: lock each copy (EC2 LockSnapshot) until retention may delete it, so nobody can delete it earlier.'));

export const copySchema = z.lazy(() => z
  .strictObject({
    account: z
      .enum(['vault'])
      .optional()
      .describe('vault: copy into the vault account (the vault: section), re-encrypted with its key for the region; without it the copy stays in the same account (a DR copy).'),
    region: knownRegionSchema.describe('Destination region of the copies: a DR region, or for vault copies any region (the source region too).'),
    'kms-key': z
      .string()
      .regex(KMS_KEY, 'kms-key must be a KMS key id, key ARN, alias ("alias/backup-dr") or alias ARN in the destination region')
      .optional()
      .describe('KMS key in the destination region that encrypts the copies (alias/..., key id or ARN). Checked with DescribeKey before any copy.'),
    retention: retentionSchema.optional().describe("Retention of the copies; defaults to the policy's retention."),
    'option-group': z
      .string()
      .min(1)
      .optional()
      .describe('Option group in the destination region for RDS instance snapshot copies; needed when the database uses a non-default option group.'),
    'archive-after-days': z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("EBS: move copies kept only for the monthly/yearly tiers to the archive tier after this many days; defaults to the policy's value."),
    lock: lockSchema.optional(),
  })
  .superRefine((copy, ctx) => {
    if (copy.account === 'vault' && copy['kms-key'] !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['kms-key'], message: 'vault copies are re-encrypted with the key of vault.kms-keys for their region; remove kms-key here' });
    }
    if (copy.lock !== undefined && copy.account !== 'vault') {
      ctx.addIssue({ code: 'custom', path: ['lock'], message: 'lock applies to vault copies only (account: vault); a lock in the source account would protect nothing against its admins' });
    }
    const arnRegion = /^arn:[^:]+:kms:([^:]+):/.exec(copy['kms-key'] ?? '')?.[1];
    if (arnRegion && arnRegion !== copy.region) {
      ctx.addIssue({
        code: 'custom',
        path: ['kms-key'],
        message: `kms-key is in ${arnRegion} but the copies go to ${copy.region}; use a key (or alias) in ${copy.region}`,
      });
    }
  })
  .describe('A copy of every new snapshot: into another region of the same account (DR), or into the vault account.'));

export const resourcesSchema = z.lazy(() => z
  .strictObject({
    type: z.enum(RESOURCE_TYPES).describe('ebs-volume, ec2-instance (all its volumes, crash-consistent), rds-instance or rds-cluster (Aurora and Multi-AZ DB clusters).'),
    tags: z
      .record(z.string().min(1), z.string())
      // The same map in JSON Schema terms, with additionalProperties false like every object of the file.
      .meta({ additionalProperties: false, patternProperties: { '^.+$': { type: 'string' } } })
      .optional()
      .describe('Select resources carrying all of these tags; the value "*" accepts any value.'),
    ids: z.array(z.string().min(1)).optional().describe('Select these resource ids (volume, instance, DB instance or cluster identifiers), in addition to the tag match.'),
    regions: z.array(knownRegionSchema).min(1).optional().describe('Only these regions (default: every region of the account).'),
    'exclude-boot-volume': z.boolean().optional().describe('ec2-instance: leave the root volume out of the snapshot set.'),
  })
  .superRefine((r, ctx) => {
    if (r.tags === undefined && r.ids === undefined) {
      ctx.addIssue({ code: 'custom', message: 'select resources with tags (e.g. tags: { Backup: daily }) and/or ids' });
    }
    if (r.tags !== undefined && Object.keys(r.tags).length === 0 && r.ids === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tags'], message: 'tags is empty and would select nothing; add a tag such as { Backup: daily }' });
    }
    if (r['exclude-boot-volume'] !== undefined && r.type !== 'ec2-instance') {
      ctx.addIssue({ code: 'custom', path: ['exclude-boot-volume'], message: `exclude-boot-volume applies only to type ec2-instance, not ${r.type}; remove it` });
    }
  })
  .describe('Which resources the policy protects.'));

export const policySchema = z.lazy(() => z
  .strictObject({
    name: z
      .string()
      .max(40, 'policy name must be at most 40 characters')
      .regex(POLICY_NAME, 'policy name must be lowercase letters and digits in words joined by single "-", starting with a letter (e.g. "daily-ebs")')
      .describe('Unique name; tagged on every snapshot the policy makes.'),
    resources: resourcesSchema,
    schedule: z
      .enum(SCHEDULES)
      .default(SNAPSHOT_DEFAULTS.schedule)
      .describe('A snapshot is due once per period (UTC hour, day, ISO week or month); a run after missed periods catches up once.'),
    'copy-tags': z.boolean().default(SNAPSHOT_DEFAULTS['copy-tags']).describe("Copy the resource's own tags onto its snapshots and their copies."),
    retention: retentionSchema,
    'archive-after-days': z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('EBS: move snapshots kept only for the monthly/yearly tiers to the archive storage tier after this many days.'),
    copies: z.array(copySchema).default(() => []).describe('Copies: one entry per destination region of this account (DR) and per region of the vault.'),
  })
  .superRefine((p, ctx) => {
    const ebs = p.resources.type === 'ebs-volume' || p.resources.type === 'ec2-instance';
    if (p['archive-after-days'] !== undefined && !ebs) {
      ctx.addIssue({ code: 'custom', path: ['archive-after-days'], message: `archive-after-days applies only to EBS snapshots (ebs-volume, ec2-instance), not ${p.resources.type}; remove it` });
    }
    p.copies.forEach((copy, i) => {
      if (copy['option-group'] !== undefined && p.resources.type !== 'rds-instance') {
        ctx.addIssue({ code: 'custom', path: ['copies', i, 'option-group'], message: `option-group applies only to rds-instance copies, not ${p.resources.type}; remove it` });
      }
      if (copy['archive-after-days'] !== undefined && !ebs) {
        ctx.addIssue({ code: 'custom', path: ['copies', i, 'archive-after-days'], message: `archive-after-days applies only to EBS snapshots, not ${p.resources.type}; remove it` });
      }
      if (copy.lock !== undefined && !ebs) {
        ctx.addIssue({ code: 'custom', path: ['copies', i, 'lock'], message: `RDS and Aurora snapshots cannot be locked (only EBS snapshots can); remove lock — the vault account and its role protect these copies (docs/vault.md)` });
      }
      const first = p.copies.findIndex((c) => c.region === copy.region && c.account === copy.account);
      if (first < i) {
        ctx.addIssue({ code: 'custom', path: ['copies', i, 'region'], message: `region '${copy.region}'${copy.account ? ' of the vault' : ''} appears twice (first as entry ${first + 1} of copies); remove the duplicate` });
      }
    });
  })
  .describe('One snapshot policy.'));

export const snapshotsSchema = z.lazy(() => z
  .strictObject({
    policies: z
      .array(policySchema)
      .default(() => [])
      .superRefine((policies, ctx) => {
        policies.forEach((p, i) => {
          const first = policies.findIndex((q) => q.name === p.name);
          if (first < i) {
            ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `policy name '${p.name}' appears twice (first as entry ${first + 1} of the list); names must be unique because snapshots are tagged with them` });
          }
        });
      })
      .describe('Snapshot policies.'),
    'wait-minutes': z
      .number()
      .min(0)
      .max(720, 'wait-minutes must be at most 720 (12 hours)')
      .default(SNAPSHOT_DEFAULTS['wait-minutes'])
      .describe('How long a run waits for snapshots and copies to complete (logging progress); what is still pending is reported and finished by the next run.'),
    coverage: z
      .strictObject({
        'stale-after-hours': z
          .number()
          .positive()
          .default(SNAPSHOT_DEFAULTS['stale-after-hours'])
          .describe('A protected resource whose newest snapshot (or DR copy) is older than this is reported as stale.'),
      })
      .prefault({})
      .describe('The coverage report of every volume, instance, database and cluster.'),
  })
  .describe('EBS and RDS snapshots with disaster-recovery copies and grandfather-father-son retention.'));

export type SnapshotsConfig = z.output<typeof snapshotsSchema>;
export type SnapshotPolicy = SnapshotsConfig['policies'][number];
export type RetentionRules = z.output<typeof retentionSchema>;
export type CopyConfig = SnapshotPolicy['copies'][number];
