/**
 * RDS and Aurora restores from vault copies into another account (`from=vault`; docs/vault.md,
 * "Restoring from the vault"). The vault role finds the copy (a snapshot name, or `latest:<id>`
 * by the tool's tags on the copies) and proves, before anything is shared, that the vault key
 * lets the restoring account use it. Then, as AWS documents for shared snapshots:
 *
 * - a DB instance: the vault shares the copy with the restoring account for as long as that
 *   account copies it (re-encrypted with its own key, `kms-key`, default `alias/aws/rds`) as
 *   `vault-restore-<target>`; the share is removed; the instance is restored from that copy,
 *   and the copy is deleted once the instance is available;
 * - an Aurora cluster: the vault shares the copy until the cluster restored from it (by ARN,
 *   re-encrypted with `kms-key`) is available; then the members are created.
 *
 * Restoring inside the vault account (`account: vault`) needs none of this: commands/restore.ts
 * runs the ordinary planners with the vault role.
 */
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import type { Tags } from '../snapshots/tags.js';
import { startDbClusterRestore, startDbInstanceRestore, dbClusterProbe, dbInstanceProbe } from './rds-calls.js';
import { locateClusterSnapshot, memberCount, RDS_CLUSTER_OPTIONS, resolveClusterFrom, type ResolvedClusterRestore } from './rds-cluster.js';
import { locateDbSnapshot, RDS_INSTANCE_OPTIONS, resolveInstanceFrom, type ResolvedInstanceRestore } from './rds-instance.js';
import { addClusterMembers, RDS_RESTORE_SECTION, timingFor } from './rds.js';
import { checkOptions, RESTORE_TAG } from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner, type RestoreRequest } from './types.js';
import { VAULT_ACCOUNT } from '../config/vault-account.js';
import { withoutFrom } from './vault-option.js';
import { accountIdOf, checkVaultKey, vaultContext } from './vault-restore.js';
import { copySharedDbSnapshot, deleteVaultCopy, vaultCopyId, whileShared, type VaultSnapshot } from './vault-share.js';
import { describeWait, waitFor, waitOrThrow, type WaitTiming } from './wait.js';

export const KMS_KEY_OPTION = 'kms-key';
/** The restoring account's AWS managed RDS key: always there, but its snapshots cannot be shared with a vault again. */
export const DEFAULT_RESTORE_KEY = 'alias/aws/rds';
export const VAULT_FROM_TAG = 'aws-backup-gitops:restored-from-vault';

export interface VaultDbRestore {
  snapshot: VaultSnapshot;
  /** The key of the restoring account the database is encrypted with (encrypted copies only). */
  kmsKey?: string;
  /** DB instance: the restoring account's copy the instance is restored from. */
  copyId?: string;
  copyTags?: Tags;
  instance?: ResolvedInstanceRestore;
  cluster?: ResolvedClusterRestore;
  warnings: string[];
}

/** The restoring account's key for an encrypted copy: `kms-key`, checked to exist there, or the AWS managed key. */
async function restoreKey(ctx: RestoreContext, region: string, option: string | undefined, encrypted: boolean, warnings: string[]): Promise<string | undefined> {
  if (!encrypted) {
    if (option) throw new RestoreInputError(`option ${KMS_KEY_OPTION} applies to an encrypted vault copy only; this one is not encrypted — remove ${KMS_KEY_OPTION}`);
    return undefined;
  }
  if (!option) {
    warnings.push(`${KMS_KEY_OPTION} not set: the restored database is encrypted with ${DEFAULT_RESTORE_KEY} of account ${ctx.account.name}, whose snapshots cannot be shared with the vault; set options.${KMS_KEY_OPTION} to a customer managed key to copy it into the vault again`);
    return DEFAULT_RESTORE_KEY;
  }
  try {
    const { KeyMetadata: key } = await ctx.clients.kms(region).send(new DescribeKeyCommand({ KeyId: option }));
    if (key?.KeyState && key.KeyState !== 'Enabled') throw new RestoreInputError(`KMS key ${option} (${KMS_KEY_OPTION}) in ${region} is ${key.KeyState}; enable it or name another key`);
    return key?.Arn ?? option;
  } catch (error) {
    if (error instanceof RestoreInputError) throw error;
    const code = awsErrorCode(error);
    if (code === 'NotFoundException') throw new RestoreInputError(`KMS key ${option} (${KMS_KEY_OPTION}) does not exist in ${region} of account ${ctx.account.name}; name a key of that account and region (alias/…, key id or ARN)`);
    throw new RestoreInputError(`cannot check KMS key ${option} (${KMS_KEY_OPTION}) in ${region}: ${describeAwsError(error, { region })}`);
  }
}

/**
 * Resolves a restore of a vault copy into `ctx`'s account: the copy (found with the vault
 * role), the vault key check, the restoring account's key and the restore spec there. Only
 * read-only calls. `request` has no `from` option (drills build it directly).
 */
export async function resolveVaultDbRestore(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags = {}): Promise<VaultDbRestore> {
  const cluster = request.kind === 'rds-cluster';
  checkOptions(request, [...(cluster ? RDS_CLUSTER_OPTIONS : RDS_INSTANCE_OPTIONS), KMS_KEY_OPTION]);
  if (cluster) memberCount(request.options);
  if (request.pointInTime !== undefined) throw new RestoreInputError('a vault copy is a snapshot: leave out pointInTime (point-in-time restores use the automated backups of the database in its own account)');
  if (ctx.account.name === VAULT_ACCOUNT) throw new RestoreInputError('account vault with from=vault: leave out from=vault, a restore into the vault reads its own copies');
  const { [KMS_KEY_OPTION]: keyOption, ...options } = request.options;
  const plain: RestoreRequest = { ...request, options };
  const vault = vaultContext(ctx);
  const located = cluster ? await locateClusterSnapshot(plain, vault) : await locateDbSnapshot(plain, vault);
  const { region, found } = located;
  const id = 'DBClusterSnapshotIdentifier' in found ? (found.DBClusterSnapshotIdentifier as string) : (found as { DBSnapshotIdentifier: string }).DBSnapshotIdentifier;
  const arn = 'DBClusterSnapshotArn' in found ? found.DBClusterSnapshotArn : (found as { DBSnapshotArn?: string }).DBSnapshotArn;
  const encrypted = 'StorageEncrypted' in found ? found.StorageEncrypted === true : (found as { Encrypted?: boolean }).Encrypted === true;
  const target = await accountIdOf(ctx, region);
  if (encrypted && found.KmsKeyId) await checkVaultKey(vault, region, found.KmsKeyId, id, target, 'restore a database from it');
  const warnings: string[] = [];
  const kmsKey = await restoreKey(ctx, region, keyOption?.trim() || undefined, encrypted, warnings);
  const snapshot: VaultSnapshot = { kind: cluster ? 'rds-cluster' : 'rds-instance', region, id, ...(arn && { arn }), sharedWith: target };
  const tags = { [VAULT_FROM_TAG]: vault.account.accountId as string, ...extraTags };
  if (cluster) {
    const resolved = await resolveClusterFrom(plain, ctx, located as Parameters<typeof resolveClusterFrom>[2], tags);
    // Another account names a shared snapshot by its ARN.
    resolved.spec.snapshotId = arn ?? id;
    if (kmsKey) resolved.spec.kmsKeyId = kmsKey;
    return { snapshot, ...(kmsKey && { kmsKey }), cluster: resolved, warnings };
  }
  const resolved = await resolveInstanceFrom(plain, ctx, located as Parameters<typeof resolveInstanceFrom>[2], tags);
  const copyId = vaultCopyId(resolved.spec.target);
  resolved.spec.from = { snapshotId: copyId };
  const copyTags = { [RESTORE_TAG.restoredFrom]: id, [RESTORE_TAG.token]: resolved.spec.token, ...tags };
  return { snapshot, ...(kmsKey && { kmsKey }), copyId, copyTags, instance: resolved, warnings: [...warnings, ...resolved.warnings] };
}

/** Copy (shared for it), restore from the copy, delete the copy once the instance is available. */
export async function restoreInstanceFromVault(ctx: RestoreContext, r: VaultDbRestore, timing: WaitTiming, strict: boolean): Promise<string> {
  const spec = r.instance!.spec;
  const rds = ctx.clients.rds(spec.region);
  const vault = vaultContext(ctx).clients;
  const copyId = r.copyId!;
  await whileShared(vault, r.snapshot, () => copySharedDbSnapshot(rds, r.snapshot, copyId, r.kmsKey, r.copyTags ?? {}, timing, ctx.log));
  try {
    await startDbInstanceRestore(rds, spec);
  } catch (error) {
    throw new Error(`${describeAwsError(error, { resource: `DB instance ${spec.target}`, region: spec.region })} (the copy ${copyId} stays; a second run of the same request uses it)`);
  }
  const label = `DB instance ${spec.target}`;
  const result = await waitFor(dbInstanceProbe(rds, spec.target, 'available'), { label, goal: 'available', timing, log: ctx.log });
  const said = describeWait(result, { label, goal: 'available' });
  if (result.outcome === 'failed' || (result.outcome === 'timeout' && strict)) throw new Error(said);
  // Deleting the copy while AWS still restores from it could fail the restore: it stays, and says so.
  if (result.outcome === 'timeout') return `${said}; the restore continues in AWS — delete the copy ${copyId} once the instance is available`;
  await deleteVaultCopy(rds, copyId);
  return `${said}; copy ${copyId} deleted`;
}

/** The cluster from the shared copy; the share lasts until the cluster is available. */
export async function restoreClusterFromVault(ctx: RestoreContext, r: VaultDbRestore, timing: WaitTiming): Promise<string> {
  const spec = r.cluster!.spec;
  const rds = ctx.clients.rds(spec.region);
  return whileShared(vaultContext(ctx).clients, r.snapshot, async () => {
    try {
      await startDbClusterRestore(rds, spec);
    } catch (error) {
      throw new Error(describeAwsError(error, { resource: `DB cluster ${spec.target}`, region: spec.region }));
    }
    await waitOrThrow(dbClusterProbe(rds, spec.target, 'available'), { label: `DB cluster ${spec.target}`, goal: 'available', timing, log: ctx.log });
    return `${spec.target} available; share of ${r.snapshot.id} removed`;
  });
}

function sharing(r: VaultDbRestore, vaultId: string): string {
  const key = r.kmsKey ? `, re-encrypted with ${r.kmsKey}` : '';
  return r.copyId
    ? `the vault (${vaultId}) shares ${r.snapshot.id} with account ${r.snapshot.sharedWith} only while it is copied as ${r.copyId}${key}; the instance is restored from that copy, which is deleted once the instance is available`
    : `the vault (${vaultId}) shares ${r.snapshot.id} with account ${r.snapshot.sharedWith} only until the cluster restored from it${key} is available`;
}

export function createVaultRdsRestorePlanner(timingOverrides: Partial<WaitTiming> = {}): RestorePlanner {
  return async (request, ctx): Promise<Plan> => {
    const plain = withoutFrom(request);
    const r = await resolveVaultDbRestore(plain, ctx);
    const timing = timingFor(plain, timingOverrides);
    const vaultId = vaultContext(ctx).account.accountId as string;
    const plan = new PlanBuilder(RDS_RESTORE_SECTION);
    const resolved = (r.instance ?? r.cluster)!;
    const spec = resolved.spec;
    const label = `${r.instance ? 'DB instance' : 'DB cluster'} ${spec.target} (${spec.region})`;
    for (const warning of r.warnings) plan.warn(label, warning);
    const details = { ...resolved.details, from: `vault ${vaultId}`, snapshot: r.snapshot.id, ...(r.kmsKey && { kmsKey: r.kmsKey }), ...(r.copyId && { copy: r.copyId }) };
    if (r.instance) {
      if (r.instance.existing) {
        plan.warn(label, `already restored by the same request (status ${r.instance.existing.status}); nothing new is created or shared`);
        return plan.build();
      }
      plan.add({ kind: 'restore', target: label, reason: `restore vault copy ${r.snapshot.id}: ${sharing(r, vaultId)}`, details, apply: () => restoreInstanceFromVault(ctx, r, timing, false) });
      return plan.build();
    }
    const cluster = r.cluster!;
    let clusterAction: string | undefined;
    if (cluster.existing) plan.warn(label, `already restored by the same request (status ${cluster.existing.status}); only missing member instances are created, nothing is shared`);
    else clusterAction = plan.add({ kind: 'restore', target: label, reason: `restore vault copy ${r.snapshot.id}: ${sharing(r, vaultId)}`, details, apply: () => restoreClusterFromVault(ctx, r, timing) });
    addClusterMembers(plan, cluster, ctx, timing, clusterAction);
    return plan.build();
  };
}

export const planVaultRdsRestore: RestorePlanner = createVaultRdsRestorePlanner();
