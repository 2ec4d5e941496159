/**
 * `rate-limits:` in the config: lowers (or, with a raised AWS quota, raises) the request-rate
 * budgets the client keeps to. Everything is optional; what is left out keeps the documented
 * AWS limits of src/aws/rate-limits.ts.
 */
import './jitless.js';
import { z } from 'zod';
import { API_FAMILIES, type ApiFamily } from '../aws/rate-limits.js';
import { describeValue } from './errors.js';

const rate = z.number().positive().describe('Tokens added per second (sustained requests per second).');
const burst = z.number().min(1).describe('Tokens the bucket holds (requests that may go at once); it starts full.');

/**
 * One clear message when a value fits neither shape: a scalar is "neither a number nor a
 * mapping"; a mapping gets the first problem found inside it, with its key path.
 */
const notNumberOrMapping = (issue: { input?: unknown; code?: string; errors?: unknown }) => {
  if (issue.code !== 'invalid_union') return undefined;
  if (issue.input === null || typeof issue.input !== 'object') {
    return `expected a number (requests per second) or a mapping such as { rate: 5, burst: 10 }, found ${describeValue(issue.input)}`;
  }
  const inner = ((issue.errors ?? []) as { path: PropertyKey[]; message: string }[][]).at(-1)?.[0];
  return inner ? `${inner.path.map(String).join('.')}: ${inner.message}` : undefined;
};

const bucketSchema = z.union(
  [
    z.number().positive().describe('Requests per second; the burst becomes at most one second\'s worth.'),
    z.strictObject({ rate: rate.optional(), burst: burst.optional() }),
  ],
  { error: notNumberOrMapping },
);

/** Operation names as AWS spells them, e.g. ListResourceRecordSets. */
const OPERATION_NAME = /^[A-Z][A-Za-z0-9]+$/;

const familySchema = (what: string, extra: Record<string, z.ZodType> = {}) =>
  z
    .union([
      z.number().positive().describe(`Requests per second to ${what}; the burst becomes at most one second's worth.`),
      z.strictObject({
        rate: rate.optional(),
        burst: burst.optional(),
        operations: z
          .record(z.string(), bucketSchema)
          .superRefine((operations, ctx) => {
            for (const name of Object.keys(operations)) {
              if (!OPERATION_NAME.test(name)) {
                ctx.addIssue({ code: 'custom', path: [name], message: `"${name}" is not an API operation name; write it as AWS does, e.g. ListResourceRecordSets` });
              }
            }
          })
          .optional()
          .describe('Per-operation buckets, by API operation name (each operation has its own bucket).'),
        ...extra,
      }),
    ], { error: notNumberOrMapping })
    .optional()
    .describe(`Budget for ${what}: a number (requests per second) or { rate, burst, operations }.`);

const FAMILY_TEXT: Record<ApiFamily, string> = {
  route53: 'Route 53, shared by the whole account (documented: 50 burst, 10/s, plus a bucket per operation)',
  elasticloadbalancing: 'Elastic Load Balancing, per region (default 10/s)',
  ec2: 'EC2, per region (documented: a bucket per action; this adds one shared bucket on top)',
  rds: 'RDS, per region (default 10/s)',
  s3: 'S3 (default 50/s)',
  sts: 'STS (default 10/s)',
  kms: 'KMS, per region (default 20/s)',
  cloudtrail: 'CloudTrail LookupEvents for incremental exports, per region (documented: 2/s)',
};

export const rateLimitsSchema = z
  .strictObject(
    Object.fromEntries(
      API_FAMILIES.map((family) => [
        family,
        familySchema(
          FAMILY_TEXT[family],
          family === 'route53'
            ? { changes: bucketSchema.optional().describe('Record changes per second (change-throughput budget of restores).') }
            : {},
        ),
      ]),
    ) as Record<ApiFamily, ReturnType<typeof familySchema>>,
  )
  .describe('Request-rate budgets per AWS API. Defaults are AWS\'s documented token buckets; lower them in an account shared with other automation.');
