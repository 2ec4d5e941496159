/**
 * The shape of one S3 lifecycle rule in aws-backup.yml (keys mirror S3's LifecycleRule in
 * kebab-case): field types and value ranges only. The checks across fields live in
 * src/lifecycle/validate.ts, which reads these types; the bucket and section schemas in
 * ./lifecycle-schema.ts apply them. Kept apart so validate.ts and the schema do not import
 * each other.
 *
 * The exported schemas are built on first use (z.lazy): only a config with lifecycle rules
 * pays for them.
 */
import './jitless.js';
import { z } from 'zod';
import { parseLifecycleDate } from '../lifecycle/dates.js';
import { STORAGE_CLASSES, MAX_NEWER_NONCURRENT_VERSIONS, MAX_RULE_ID_LENGTH } from '../lifecycle/storage-classes.js';
import { describeValue } from './errors.js';

const wholeDays = (min: number, what: string) =>
  z
    .number()
    .int(`${what} must be a whole number of days`)
    .min(min, min === 0 ? `${what} must not be negative` : `${what} must be at least ${min}`);

const storageClassSchema = z
  .enum(STORAGE_CLASSES)
  .describe('Storage class to move objects to: STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER or DEEP_ARCHIVE.');

const dateSchema = z
  .string()
  .superRefine((text, ctx) => {
    const parsed = parseLifecycleDate(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem });
  })
  .describe('A day, YYYY-MM-DD; S3 acts at midnight UTC.');

const newerVersions = z
  .number()
  .int('newer-noncurrent-versions must be a whole number')
  .min(1, 'newer-noncurrent-versions must be at least 1')
  .max(MAX_NEWER_NONCURRENT_VERSIONS, `S3 keeps at most ${MAX_NEWER_NONCURRENT_VERSIONS} newer noncurrent versions; lower newer-noncurrent-versions`)
  .optional()
  .describe(`Keep this many newer noncurrent versions out of the action (1–${MAX_NEWER_NONCURRENT_VERSIONS}).`);

export const lifecycleFilterSchema = z.lazy(() => z
  .strictObject({
    prefix: z.string().optional().describe('Key prefix, e.g. "logs/". Empty or absent: every key.'),
    tags: z
      .array(
        z
          .strictObject({
            key: z.string().min(1, 'a tag key must not be empty').max(128, 'a tag key may have at most 128 characters').describe('Tag key.'),
            value: z
              .string({ error: (issue) => (issue.input === undefined ? undefined : `a tag value must be text, found ${describeValue(issue.input)}; quote it`) })
              .max(256, 'a tag value may have at most 256 characters')
              .describe('Tag value ("" for a tag without value).'),
          })
          .describe('One object tag.'),
      )
      .optional()
      .describe('Object tags that must all match, as a list of { key, value }.'),
    'object-size-greater-than': z
      .number()
      .int('object-size-greater-than is a whole number of bytes')
      .min(0, 'object-size-greater-than must not be negative')
      .optional()
      .describe('Only objects larger than this many bytes.'),
    'object-size-less-than': z
      .number()
      .int('object-size-less-than is a whole number of bytes')
      .min(1, 'object-size-less-than must be at least 1')
      .optional()
      .describe('Only objects smaller than this many bytes.'),
  })
  .describe('Which objects the rule applies to; several conditions must all match. Absent: the whole bucket.'));

export const lifecycleTransitionSchema = z.lazy(() => z
  .strictObject({
    days: wholeDays(0, 'days').optional().describe('Days after creation (STANDARD_IA and ONEZONE_IA: at least 30).'),
    date: dateSchema.optional(),
    'storage-class': storageClassSchema,
  })
  .describe('Move current versions to a colder storage class after `days` or on `date` (one of the two).'));

export const lifecycleExpirationSchema = z.lazy(() => z
  .strictObject({
    days: wholeDays(1, 'days').optional().describe('Delete current versions this many days after creation.'),
    date: dateSchema.optional(),
    'expired-object-delete-marker': z
      .literal(true, { error: (issue) => (issue.input === false ? 'expired-object-delete-marker: false does nothing; remove the key or set it to true' : undefined) })
      .optional()
      .describe('Remove delete markers that no longer hide any version (versioned buckets).'),
  })
  .describe('When current versions expire: `days`, `date`, or `expired-object-delete-marker: true` (one of the three).'));

export const lifecycleNoncurrentTransitionSchema = z.lazy(() => z
  .strictObject({
    'noncurrent-days': wholeDays(0, 'noncurrent-days').describe('Days after a version became noncurrent (STANDARD_IA and ONEZONE_IA: at least 30).'),
    'newer-noncurrent-versions': newerVersions,
    'storage-class': storageClassSchema,
  })
  .describe('Move noncurrent versions to a colder storage class.'));

export const lifecycleNoncurrentExpirationSchema = z.lazy(() => z
  .strictObject({
    'noncurrent-days': wholeDays(1, 'noncurrent-days').describe('Days after a version became noncurrent.'),
    'newer-noncurrent-versions': newerVersions,
  })
  .describe('Delete noncurrent versions for good.'));

export const lifecycleRuleSchema = z.lazy(() => z
  .strictObject({
    id: z
      .string()
      .min(1, 'a rule id must not be empty')
      .max(MAX_RULE_ID_LENGTH, `a rule id may have at most ${MAX_RULE_ID_LENGTH} characters; shorten it`)
      .describe('Unique name of the rule in its bucket (at most 255 characters); plans match live rules by it.'),
    status: z.enum(['enabled', 'disabled']).default('enabled').describe('A disabled rule is kept but does nothing.'),
    filter: lifecycleFilterSchema.optional(),
    transitions: z.array(lifecycleTransitionSchema).optional().describe('Moves of current versions to colder storage classes.'),
    expiration: lifecycleExpirationSchema.optional(),
    'noncurrent-version-transitions': z.array(lifecycleNoncurrentTransitionSchema).optional().describe('Moves of noncurrent versions to colder storage classes.'),
    'noncurrent-version-expiration': lifecycleNoncurrentExpirationSchema.optional(),
    'abort-incomplete-multipart-upload': z
      .strictObject({ 'days-after-initiation': wholeDays(1, 'days-after-initiation').describe('Days after the upload started.') })
      .optional()
      .describe('Abort multipart uploads still incomplete this many days after they started.'),
  })
  .describe('One S3 lifecycle rule.'));

export type LifecycleRuleConfig = z.output<typeof lifecycleRuleSchema>;
export type LifecycleRuleInput = z.input<typeof lifecycleRuleSchema>;
