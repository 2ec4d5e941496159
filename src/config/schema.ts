/**
 * The `aws-backup.yml` schema: the one source of the TypeScript types, the validator and
 * the committed JSON Schema (`schema/aws-backup.schema.json`, written by
 * `npx vite-node scripts/gen-schema.ts`).
 *
 * Every object is strict: an unknown key is an error, because a typo such as `enabeld`
 * must never silently switch a backup off. Keys are kebab-case, as users write them.
 * Messages given here are complete sentences about the value; the loader adds file,
 * line, column and key path, and words the generic cases (wrong type, unknown key, ...).
 */
import './jitless.js';
import { z } from 'zod';
import { accountIdSchema, checkRoleFields, externalIdSchema, roleArnSchema } from './account-fields.js';
import { describeValue } from './errors.js';
import { lifecycleSchema } from './lifecycle-schema.js';
import { rateLimitsSchema } from './rate-limits-schema.js';
import { KNOWN_REGIONS, partitionOf, unknownRegionMessage } from './regions.js';
import { snapshotsSchema } from './snapshots-schema.js';
import { incrementalSchema } from './incremental-schema.js';
import { checkVaultReferences, vaultSchema } from './vault-schema.js';
import { checkMirrorAccount } from './mirror-account.js';
import type { Partition, Region } from './regions.js';

/** Every default of the config in one place; the schema and other code read them here. */
export const DEFAULTS = {
  accountName: 'default',
  export: {
    path: 'exports',
    route53: {
      enabled: true,
      zones: { include: ['*'], exclude: [] as string[] },
      'health-checks': true,
    },
    'load-balancers': { enabled: true, classic: true, v2: true, 'include-targets': false },
    mirror: { prefix: '' },
  },
  commit: { mode: 'push', branch: 'aws-backup/export', message: 'chore(aws-backup): export' },
} as const;

// ---------------------------------------------------------------------------------------
// Value checks (pure; each returns the problem in words, or undefined when the value is fine)

/** S3 general purpose bucket naming rules (S3 user guide, "Bucket naming rules"). */
export function bucketNameProblem(name: string): string | undefined {
  const shown = JSON.stringify(name);
  if (name.length < 3 || name.length > 63) {
    return `bucket name ${shown} must be 3 to 63 characters long (it has ${name.length})`;
  }
  if (!/^[a-z0-9.-]+$/.test(name)) {
    return `bucket name ${shown} may contain only lowercase letters, digits, "." and "-"`;
  }
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) {
    return `bucket name ${shown} must begin and end with a lowercase letter or digit`;
  }
  if (name.includes('..')) return `bucket name ${shown} must not contain two adjacent periods`;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) {
    return `bucket name ${shown} must not look like an IP address`;
  }
  for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) {
    if (name.startsWith(prefix)) return `bucket name ${shown} must not start with the reserved prefix "${prefix}"`;
  }
  for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) {
    if (name.endsWith(suffix)) return `bucket name ${shown} must not end with the reserved suffix "${suffix}"`;
  }
  return undefined;
}

/** The export folder is written inside the repository checkout, never outside it. */
export function repoPathProblem(path: string): string | undefined {
  const shown = JSON.stringify(path);
  if (path.trim() === '') return 'must not be empty; use a folder name such as "exports"';
  if (path.includes('\\')) return `${shown} must use "/" as the separator`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
    return `${shown} must be relative to the repository root; remove the leading "${path.startsWith('/') ? '/' : path.slice(0, 2)}"`;
  }
  if (path.split('/').includes('..')) return `${shown} must stay inside the repository; remove the ".." segment`;
  return undefined;
}

/** The subset of git's ref-name rules (git-check-ref-format) a typo can break. */
export function branchNameProblem(name: string): string | undefined {
  const shown = JSON.stringify(name);
  if (name === '') return 'must not be empty';
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(name)) {
    return `${shown} is not a valid git branch name: no spaces or any of ~ ^ : ? * [ \\`;
  }
  if (name.includes('..') || name.includes('//') || name.includes('@{')) {
    return `${shown} is not a valid git branch name: no "..", "//" or "@{"`;
  }
  if (/^[-/.]|[/.]$|\.lock$|\/\./.test(name)) {
    return `${shown} is not a valid git branch name: it must not start with "-", "/" or ".", end with "/", "." or ".lock", or have a component starting with "."`;
  }
  return undefined;
}

function check<T>(problem: (value: T) => string | undefined) {
  return (value: T, ctx: z.RefinementCtx): void => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };
}

// ---------------------------------------------------------------------------------------
// Building blocks

const regionSchema = z
  .enum(KNOWN_REGIONS, {
    error: (issue) =>
      typeof issue.input === 'string'
        ? unknownRegionMessage(issue.input)
        : issue.input === undefined
          ? undefined
          : `expected a region name such as 'us-east-1', found ${describeValue(issue.input)}`,
  })
  .meta({ id: 'aws-region', description: 'An AWS region name, e.g. us-east-1.' });

/** Flags repeated entries of a list at the later entry, where the user has to act. */
function noDuplicates<T>(what: string, key: (item: T) => string, fix: string, field?: string) {
  return (items: readonly T[], ctx: z.RefinementCtx): void => {
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const first = firstIndex.get(k);
      if (first === undefined) firstIndex.set(k, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: field === undefined ? [index] : [index, field],
          message: `${what} '${k}' appears twice (first as entry ${first + 1} of the list); ${fix}`,
        });
      }
    });
  };
}

const regionListSchema = z
  .array(regionSchema)
  .min(1, 'must list at least one region, e.g. [us-east-1]')
  .superRefine(noDuplicates<string>('region', (r) => r, 'remove the duplicate'));

const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]*$/;
export const accountSchema = z
  .strictObject({
    name: z
      .string()
      .max(63, 'account name must be at most 63 characters')
      .regex(ACCOUNT_NAME, 'account name must use lowercase letters, digits and "-", starting with a letter or digit (e.g. "prod")')
      .describe('Short name of the account: lowercase letters, digits and "-". Also the folder under export.path that holds its files.'),
    id: accountIdSchema
      .optional()
      .describe('The 12-digit AWS account id, quoted ("123456789012"). When set, the run checks the credentials really are for this account.'),
    'role-arn': roleArnSchema
      .optional()
      .describe('IAM role assumed for this account (e.g. arn:aws:iam::123456789012:role/aws-backup). Without it the ambient credentials are used.'),
    'external-id': externalIdSchema
      .optional()
      .describe('External id passed when assuming role-arn, if the role trust policy requires one. Only valid together with role-arn.'),
    regions: regionListSchema
      .optional()
      .describe('Regions to back up in this account, replacing the top-level regions.'),
  })
  .superRefine(checkRoleFields)
  .describe('One AWS account to back up.');

const globListSchema = z.array(z.string().min(1, 'a zone pattern must not be empty'));
export const route53ExportSchema = z
  .strictObject({
    enabled: z.boolean().default(DEFAULTS.export.route53.enabled).describe('Export Route 53 hosted zones.'),
    zones: z
      .strictObject({
        include: globListSchema
          .default(() => [...DEFAULTS.export.route53.zones.include])
          .describe('Zone names to export, as shell-style globs ("example.com", "*.internal"); the trailing dot is optional.'),
        exclude: globListSchema
          .default(() => [...DEFAULTS.export.route53.zones.exclude])
          .describe('Zone names to skip, as shell-style globs; applied after include.'),
      })
      .prefault({})
      .describe('Which hosted zones to export, by zone name.'),
    'health-checks': z
      .boolean()
      .default(DEFAULTS.export.route53['health-checks'])
      .describe('Export Route 53 health checks (referenced from records by a stable name).'),
  })
  .describe('Route 53 hosted zones, records and health checks.');

export const loadBalancersExportSchema = z
  .strictObject({
    enabled: z.boolean().default(DEFAULTS.export['load-balancers'].enabled).describe('Export load balancers.'),
    classic: z.boolean().default(DEFAULTS.export['load-balancers'].classic).describe('Export classic load balancers (ELB).'),
    v2: z.boolean().default(DEFAULTS.export['load-balancers'].v2).describe('Export Application and Network Load Balancers (ELBv2) with listeners, rules and target groups.'),
    'include-targets': z
      .boolean()
      .default(DEFAULTS.export['load-balancers']['include-targets'])
      .describe('Also export registered instances and targets. Off by default: they change all the time and make noisy diffs.'),
  })
  .describe('Classic, Application and Network Load Balancers.');

export const mirrorSchema = z
  .strictObject({
    bucket: z.string().superRefine(check(bucketNameProblem)).describe('S3 bucket that receives a copy of every changed export file.'),
    region: regionSchema.optional().describe('Region of the bucket. Defaults to dr-region.'),
    prefix: z
      .string()
      .default(DEFAULTS.export.mirror.prefix)
      .superRefine(check((p: string) => (p.startsWith('/') ? `prefix ${JSON.stringify(p)} must not start with "/"` : undefined)))
      .describe('Key prefix inside the bucket, e.g. "aws-backup/".'),
    account: z
      .string()
      .min(1)
      .optional()
      .describe('The account the bucket lives in: "vault" (uploads with the vault role) or a name from accounts. Default: each account uploads its own files with its own credentials.'),
    'object-lock': z
      .boolean()
      .optional()
      .describe('The bucket has S3 Object Lock: before any upload the run checks that Object Lock is enabled and versioning is on, and says so in the summary; otherwise nothing is uploaded.'),
  })
  .describe('Upload changed export files to an S3 bucket, normally in the disaster-recovery region.');

export const exportSchema = z
  .strictObject({
    path: z
      .string()
      .default(DEFAULTS.export.path)
      .superRefine(check(repoPathProblem))
      .describe('Folder in the repository, relative to its root, that holds the export files (one sub-folder per account).'),
    route53: route53ExportSchema.prefault({}),
    'load-balancers': loadBalancersExportSchema.prefault({}),
    mirror: mirrorSchema.optional(),
    incremental: incrementalSchema.prefault({}),
  })
  .describe('What the configuration export writes, and where.');

export const commitSchema = z
  .strictObject({
    mode: z
      .enum(['push', 'pull-request', 'none'])
      .default(DEFAULTS.commit.mode)
      .describe('push: commit changes to the current branch; pull-request: commit to `branch` and open or update a pull request; none: write the files only (a later job commits them, e.g. the multi-account matrix).'),
    branch: z
      .string()
      .default(DEFAULTS.commit.branch)
      .superRefine(check(branchNameProblem))
      .describe('Branch that receives the commits in pull-request mode.'),
    message: z
      .string()
      .min(1, 'commit message must not be empty')
      .default(DEFAULTS.commit.message)
      .describe('Prefix of the commit message first line.'),
  })
  .describe('How export changes are committed.');

// ---------------------------------------------------------------------------------------
// The whole file

const configObjectSchema = z
  .strictObject({
    version: z
      .literal(1, {
        error: (issue) =>
          issue.input === undefined
            ? undefined
            : `unsupported config version ${typeof issue.input === 'number' ? issue.input : describeValue(issue.input)}; this release reads version 1, so write version: 1`,
      })
      .describe('Format version of this file; always 1.'),
    regions: regionListSchema.describe('AWS regions to back up, e.g. [us-east-1]. An account may override them.'),
    'dr-region': regionSchema
      .optional()
      .describe('Disaster-recovery region: receives snapshot copies and, by default, the export mirror. Must differ from every backed-up region.'),
    accounts: z
      .array(accountSchema)
      .min(1, 'must list at least one account; remove accounts: to use the ambient credentials')
      .superRefine(noDuplicates<{ name: string }>('account name', (a) => a.name, 'names must be unique because each names a folder', 'name'))
      .default(() => [{ name: DEFAULTS.accountName }])
      .describe(`AWS accounts to back up. Default: one account named "${DEFAULTS.accountName}" using the ambient credentials.`),
    export: exportSchema.prefault({}),
    commit: commitSchema.prefault({}),
    'rate-limits': rateLimitsSchema.prefault({}),
    lifecycle: lifecycleSchema.optional(),
    snapshots: snapshotsSchema.optional(),
    vault: vaultSchema.optional(),
  })
  .superRefine((config, ctx) => {
    checkVaultReferences(config, ctx);
    checkMirrorAccount(config, ctx);
    const primaries = new Set<Region>(config.regions);
    for (const account of config.accounts) for (const r of account.regions ?? []) primaries.add(r);

    const dr = config['dr-region'];
    if (dr !== undefined && primaries.has(dr)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dr-region'],
        message: `'${dr}' is also a backed-up region; the disaster-recovery copy must live in a different region`,
      });
    }
    const otherPartitions = new Set<Partition>([...primaries].map(partitionOf).filter((p) => dr !== undefined && p !== partitionOf(dr)));
    if (dr !== undefined && otherPartitions.size > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['dr-region'],
        message: `'${dr}' is in partition ${partitionOf(dr)} but backed-up regions are in ${[...otherPartitions].join(', ')}; copies cannot cross partitions, so pick a DR region in the same partition`,
      });
    }
    const mirror = config.export.mirror;
    if (mirror !== undefined && mirror.region === undefined && dr === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['export', 'mirror', 'region'],
        message: 'the mirror needs a region: set export.mirror.region or the top-level dr-region',
      });
    }
  })
  .describe('aws-backup-gitops configuration (aws-backup.yml).');

/** Validates a parsed `aws-backup.yml` and fills in every default. */
export const configSchema = configObjectSchema.transform(({ export: exported, ...rest }) => {
  const { mirror, ...exportRest } = exported;
  return {
    ...rest,
    export: {
      ...exportRest,
      // The cross-check above guarantees one of the two regions is set.
      ...(mirror && { mirror: { ...mirror, region: (mirror.region ?? rest['dr-region']) as Region } }),
    },
  };
});

/** What the YAML file may contain (defaults make most keys optional). */
export type ConfigInput = z.input<typeof configSchema>;
/** The validated configuration with every default applied. */
export type Config = z.output<typeof configSchema>;
export type AccountConfig = Config['accounts'][number];

/** One account with the regions it is actually backed up in. */
export interface ResolvedAccount {
  name: string;
  accountId?: string;
  roleArn?: string;
  externalId?: string;
  regions: Region[];
}

export function resolveAccounts(config: Config): ResolvedAccount[] {
  return config.accounts.map((account) => ({
    name: account.name,
    ...(account.id !== undefined && { accountId: account.id }),
    ...(account['role-arn'] !== undefined && { roleArn: account['role-arn'] }),
    ...(account['external-id'] !== undefined && { externalId: account['external-id'] }),
    regions: [...(account.regions ?? config.regions)],
  }));
}

/** The JSON Schema committed as schema/aws-backup.schema.json, for editors. */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-07' }) as Record<string, unknown>;
  return { $schema, title: 'aws-backup.yml', ...rest };
}

/** The exact text of schema/aws-backup.schema.json. */
export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
