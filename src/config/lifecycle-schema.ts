/**
 * The `lifecycle:` section of aws-backup.yml: S3 lifecycle rules per bucket (the rule shape is
 * in ./lifecycle-rule-schema.ts). Shapes and value ranges are checked there and here; the
 * rules S3 applies across fields (minimum days per storage class, transition order, …) run
 * as refinements from src/lifecycle/validate.ts, so the config loader reports every
 * problem with file:line:column.
 *
 * This module must not import ./schema.js: that file imports this one to build the config.
 *
 * Both schemas are built on first use (z.lazy), like those of the rule and protection shapes:
 * a config without a lifecycle section never pays for them at start-up.
 */
import './jitless.js';
import { z } from 'zod';
import { duplicateBucketProblems, ruleSetProblems } from '../lifecycle/validate.js';
import type { Problem } from '../lifecycle/validate.js';
import { lifecycleRuleSchema } from './lifecycle-rule-schema.js';
import { protectionProblems } from '../s3/validate.js';
import { protectionShape } from './protection-schema.js';
import { knownRegionSchema } from './regions.js';

function addProblems(ctx: z.RefinementCtx, problems: readonly Problem[], prefix: readonly (string | number)[] = []): void {
  for (const p of problems) ctx.addIssue({ code: 'custom', path: [...prefix, ...p.path], message: p.message });
}

export const lifecycleBucketSchema = z.lazy(() => z
  .strictObject({
    name: z.string().min(1, 'bucket name must not be empty').describe('Name of the S3 bucket whose lifecycle rules this entry owns.'),
    region: knownRegionSchema.optional().describe('Region of the bucket. Defaults to the first of the top-level regions.'),
    account: z.string().optional().describe('Name of the account (from accounts) that owns the bucket. Defaults to the first account.'),
    rules: z.array(lifecycleRuleSchema).optional().describe('The rules; an empty list removes every lifecycle rule of the bucket.'),
    'rules-file': z
      .string()
      .optional()
      .describe('A YAML file holding the rules instead (`rules: [...]`), relative to this config file, e.g. lifecycle/logs.yml.'),
    ...protectionShape,
  })
  .superRefine((bucket, ctx) => {
    const hasRules = bucket.rules !== undefined;
    const hasFile = bucket['rules-file'] !== undefined;
    const protects = bucket.versioning !== undefined || bucket.replication !== undefined || bucket['object-lock'] !== undefined;
    // A bucket entry may declare only its protection; its lifecycle rules are then left alone.
    if (hasRules === hasFile && !(protects && !hasRules)) {
      ctx.addIssue({
        code: 'custom',
        path: hasRules ? ['rules-file'] : [],
        message: hasRules
          ? `bucket "${bucket.name}": give either rules or rules-file, not both; move the rules into one place`
          : `bucket "${bucket.name}": nothing declared; add rules: [...] (an empty list removes all rules), rules-file: <path>, or versioning / replication / object-lock`,
      });
    }
    if (bucket.rules) addProblems(ctx, ruleSetProblems(bucket.rules, bucket.name), ['rules']);
  })
  .describe('One bucket whose lifecycle configuration (live rules not listed here are removed) and protection (versioning, replication, Object Lock) the repository owns.'));

export const lifecycleSchema = z.lazy(() => z
  .strictObject({
    buckets: z
      .array(lifecycleBucketSchema)
      .superRefine((buckets, ctx) => addProblems(ctx, [...duplicateBucketProblems(buckets), ...protectionProblems(buckets)]))
      .describe('Buckets whose S3 lifecycle rules are declared here.'),
  })
  .describe('S3 lifecycle rules (transitions to Glacier tiers, expirations, noncurrent versions, multipart clean-up), planned on pull requests and applied on the default branch.'));

/** A file named by `rules-file`: the rules of one bucket. */
export function lifecycleRulesFileSchema(bucket: string) {
  return z
    .strictObject({ rules: z.array(lifecycleRuleSchema).describe('The lifecycle rules of the bucket.') })
    .superRefine((file, ctx) => addProblems(ctx, ruleSetProblems(file.rules, bucket), ['rules']));
}

export type LifecycleConfig = z.output<typeof lifecycleSchema>;
export type LifecycleBucketConfig = z.output<typeof lifecycleBucketSchema>;
