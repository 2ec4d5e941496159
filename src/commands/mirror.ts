/**
 * The export mirror's bucket: which credentials write to it (each exported account's own, a
 * named account's, or the vault role's with `account: vault`), and, for a bucket declared with
 * `object-lock: true`, the check made before any upload — Object Lock enabled
 * (GetObjectLockConfiguration) and versioning on (GetBucketVersioning). A bucket that fails
 * the check gets one plan error and no upload at all; the result is said in the job summary
 * and the JSON report either way.
 */
import { GetBucketVersioningCommand, GetObjectLockConfigurationCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { resolveAccounts, type ResolvedAccount } from '../config/schema.js';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import type { AwsClients } from '../aws/clients.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import type { CommandContext } from './context.js';

/** The mirror check as the JSON report carries it (`mirror`). */
export interface MirrorCheck {
  bucket: string;
  region: string;
  /** `vault`, or the account name whose credentials write to the bucket. */
  account: string;
  accountId?: string;
  objectLock: 'enabled' | 'not-enabled' | 'unknown';
  /** The bucket's default retention, when it has one. */
  defaultRetention?: { mode: string; days?: number; years?: number };
  versioning: 'Enabled' | 'Suspended' | 'off' | 'unknown';
  /** False when the check failed: nothing is uploaded in this run. */
  uploads: boolean;
  /** What is wrong and how to fix it, when `uploads` is false. */
  problem?: string;
}

type AccountRef = Pick<ResolvedAccount, 'name'> & Partial<Pick<ResolvedAccount, 'accountId' | 'roleArn' | 'externalId'>>;

/** The account whose credentials write the mirror objects of `exported`'s files. */
export function mirrorAccount(ctx: CommandContext, exported: AccountRef): AccountRef {
  const named = ctx.config.export.mirror?.account;
  if (named === undefined) return exported;
  const vault = ctx.config.vault;
  if (named === 'vault' && vault) {
    // The same client set as the snapshot copies into the vault (execute.ts).
    return { name: 'Vault', accountId: vault.id, roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) };
  }
  return resolveAccounts(ctx.config).find((a) => a.name === named) ?? exported;
}

export function mirrorClients(ctx: CommandContext, exported: AccountRef): AwsClients {
  return ctx.clientsFor(mirrorAccount(ctx, exported));
}

/** Uploads one exported file's copy to the mirror bucket. */
export async function uploadMirrorCopy(ctx: CommandContext, exported: AccountRef, key: string, content: string): Promise<void> {
  const mirror = ctx.config.export.mirror!;
  await mirrorClients(ctx, exported)
    .s3(mirror.region!)
    .send(
      new PutObjectCommand({
        Bucket: mirror.bucket,
        Key: key,
        Body: content,
        ContentType: 'application/yaml',
        // S3 refuses an upload to an Object Lock bucket without an integrity checksum.
        ...(mirror['object-lock'] && { ChecksumAlgorithm: 'CRC32' as const }),
      }),
    );
}

/**
 * Reads the declared-locked mirror bucket's Object Lock and versioning before anything is
 * uploaded. Undefined when the config has no mirror or does not declare it locked.
 */
export async function checkMirror(ctx: CommandContext): Promise<MirrorCheck | undefined> {
  const mirror = ctx.config.export.mirror;
  if (!mirror?.['object-lock']) return undefined;
  const writer = mirrorAccount(ctx, resolveAccounts(ctx.config)[0]!);
  const region = mirror.region!;
  const s3 = ctx.clientsFor(writer).s3(region);
  const base = {
    bucket: mirror.bucket,
    region,
    account: mirror.account ?? writer.name,
    ...(writer.accountId !== undefined && { accountId: writer.accountId }),
  };
  const where = `s3://${mirror.bucket} (${region}, account ${base.account}${writer.accountId ? ` ${writer.accountId}` : ''})`;
  let lock: MirrorCheck['objectLock'] = 'unknown';
  let versioning: MirrorCheck['versioning'] = 'unknown';
  let defaultRetention: MirrorCheck['defaultRetention'];
  try {
    const [lockAnswer, versioningAnswer] = await Promise.all([
      s3.send(new GetObjectLockConfigurationCommand({ Bucket: mirror.bucket })).catch((error: unknown) => {
        // S3's answer for a bucket created without Object Lock.
        if (awsErrorCode(error) === 'ObjectLockConfigurationNotFoundError') return undefined;
        throw error;
      }),
      s3.send(new GetBucketVersioningCommand({ Bucket: mirror.bucket })),
    ]);
    const config = lockAnswer?.ObjectLockConfiguration;
    lock = config?.ObjectLockEnabled === 'Enabled' ? 'enabled' : 'not-enabled';
    const rule = config?.Rule?.DefaultRetention;
    if (rule?.Mode) defaultRetention = { mode: rule.Mode, ...(rule.Days !== undefined && { days: rule.Days }), ...(rule.Years !== undefined && { years: rule.Years }) };
    versioning = versioningAnswer.Status === 'Enabled' || versioningAnswer.Status === 'Suspended' ? versioningAnswer.Status : 'off';
  } catch (error) {
    const problem = `cannot check the mirror bucket ${where}: ${describeAwsError(error, { region })}; nothing is uploaded until the check passes`;
    return { ...base, objectLock: lock, versioning, uploads: false, problem };
  }
  const problems: string[] = [];
  if (lock !== 'enabled') {
    problems.push('Object Lock is not enabled on it (create the bucket with Object Lock, e.g. `aws s3api create-bucket --object-lock-enabled-for-bucket`, and point the mirror there, or remove object-lock: true)');
  }
  if (versioning !== 'Enabled') problems.push(`versioning is ${versioning === 'off' ? 'off' : 'suspended'} (enable it: \`aws s3api put-bucket-versioning --versioning-configuration Status=Enabled\`)`);
  const result: MirrorCheck = { ...base, objectLock: lock, ...(defaultRetention && { defaultRetention }), versioning, uploads: problems.length === 0 };
  if (problems.length > 0) {
    result.problem = `export.mirror declares object-lock: true, but on ${where} ${problems.join(', and ')}; nothing is uploaded`;
  }
  return result;
}

/** The plan error of a failed check (section `mirror`), or an empty plan. */
export function mirrorCheckPlan(check: MirrorCheck | undefined): Plan {
  const builder = new PlanBuilder('mirror');
  if (check && !check.uploads) builder.error(`s3://${check.bucket}`, check.problem!);
  return builder.build();
}

function describeRetention(r: NonNullable<MirrorCheck['defaultRetention']>): string {
  const n = r.days ?? r.years ?? 0;
  const unit = r.days !== undefined ? 'day' : 'year';
  return `${r.mode.toLowerCase()} default retention of ${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** One paragraph for the job summary. */
export function mirrorCheckMarkdown(check: MirrorCheck): string {
  const account = `account ${check.account}${check.accountId ? ` (${check.accountId})` : ''}`;
  const lock =
    check.objectLock === 'enabled'
      ? `Object Lock enabled${check.defaultRetention ? ` (${describeRetention(check.defaultRetention)})` : ' (no default retention)'}`
      : check.objectLock === 'not-enabled'
        ? 'Object Lock **not** enabled'
        : 'Object Lock unknown';
  const versioning = check.versioning === 'Enabled' ? 'versioning on' : check.versioning === 'unknown' ? 'versioning unknown' : `versioning **${check.versioning === 'off' ? 'off' : 'suspended'}**`;
  const verdict = check.uploads ? '✅ checked before any upload' : '❌ nothing uploaded';
  return ['### Export mirror', '', `\`s3://${check.bucket}\` in ${check.region}, ${account}: ${lock}, ${versioning} — ${verdict}.`].join('\n');
}
