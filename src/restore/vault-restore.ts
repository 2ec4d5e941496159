/**
 * Restores from vault copies (docs/vault.md, "Restore from the vault"). With the option
 * `from=vault`, the snapshot is looked up with the vault role in the vault account (an id, or
 * `latest:<volume id>` by the tool's tags on the copies), and the volume is created in the
 * restore's account: the vault shares the copy with that account only for as long as the
 * create needs it, and removes the share afterwards, also when the create fails. Before
 * anything is shared, the plan checks that the vault key the copy is encrypted with lets the
 * target account use it. Restoring into the vault account itself (`account: vault`) needs no
 * share: commands/restore.ts then runs the ordinary planners with the vault role.
 */
import { DescribeKeyCommand, GetKeyPolicyCommand } from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describeAwsError } from '../aws/errors.js';
import { vaultAccount, VAULT_ACCOUNT } from '../config/vault-account.js';
import { keyPolicyMissing } from '../snapshots/vault-keys.js';
import { setShare } from '../snapshots/vault-calls.js';
import { EBS_OPTIONS, locateSnapshot, planEbsFromSpec, resolveEbsFrom } from './ebs.js';
import { checkOptions, waitMinutesOption } from './snapshot-source.js';
import { withoutFrom } from './vault-option.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner } from './types.js';
import { waitTiming, type WaitTiming } from './wait.js';

export function vaultContext(ctx: RestoreContext): RestoreContext {
  const account = vaultAccount(ctx.config);
  if (!account || !ctx.vaultClients) {
    throw new RestoreInputError('option from=vault needs a vault: section in the config (the vault account id, role-arn and kms-keys; docs/vault.md)');
  }
  return { ...ctx, account, clients: ctx.vaultClients() };
}

/** The target account's id: from the config, or from the credentials. */
export async function accountIdOf(ctx: RestoreContext, region: string): Promise<string> {
  if (ctx.account.accountId) return ctx.account.accountId;
  const id = (await ctx.clients.sts(region).send(new GetCallerIdentityCommand({}))).Account;
  if (!id) throw new Error(`account "${ctx.account.name}": the credentials report no account id`);
  return id;
}

/** The vault key of an encrypted copy must let the target account read it, or the create or copy fails after the share. */
export async function checkVaultKey(vault: RestoreContext, region: string, keyId: string, snapshotId: string, target: string, use = 'create a volume from it'): Promise<void> {
  const kms = vault.clients.kms(region);
  let policy: string;
  try {
    const { KeyMetadata: key } = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    policy = (await kms.send(new GetKeyPolicyCommand({ KeyId: key?.Arn ?? keyId, PolicyName: 'default' }))).Policy ?? '';
  } catch (error) {
    throw new RestoreInputError(`cannot check the vault key ${keyId} of ${snapshotId}: ${describeAwsError(error, { region })}`);
  }
  const missing = keyPolicyMissing(policy, target);
  if (missing.length > 0) {
    throw new RestoreInputError(
      `vault copy ${snapshotId} (${region}) is encrypted with vault key ${keyId}, whose key policy does not allow account ${target} ${missing.join(', ')}, so that account cannot ${use}: ` +
        `add a statement for arn:aws:iam::${target}:root with those actions to the key policy in the vault (docs/vault.md, "Restore from the vault"), or restore into the vault account (account: vault)`,
    );
  }
}

export function createVaultEbsRestorePlanner(timingOverrides: Partial<WaitTiming> = {}): RestorePlanner {
  return async (request, ctx) => {
    const plain = withoutFrom(request);
    checkOptions(plain, EBS_OPTIONS);
    const vault = vaultContext(ctx);
    const located = await locateSnapshot(plain, vault);
    const { region } = located;
    const snapshotId = located.snapshot.SnapshotId as string;
    if (ctx.account.name === VAULT_ACCOUNT) throw new RestoreInputError('account vault with from=vault: leave out from=vault, a restore into the vault reads its own copies');
    const target = await accountIdOf(ctx, region);
    if (located.snapshot.Encrypted && located.snapshot.KmsKeyId) await checkVaultKey(vault, region, located.snapshot.KmsKeyId, snapshotId, target);
    const spec = await resolveEbsFrom(plain, ctx, located, { 'aws-backup-gitops:restored-from-vault': vault.account.accountId as string });
    const minutes = waitMinutesOption(plain);
    const timing = waitTiming({ ...timingOverrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
    const share = (open: boolean) => setShare(vault.clients, 'ebs', region, snapshotId, target, open);
    return planEbsFromSpec(spec, ctx, timing, {
      reason: `the vault shares ${snapshotId} with account ${target} for the create only`,
      details: { from: `vault ${vault.account.accountId}` },
      around: async (create) => {
        await share(true);
        try {
          return await create();
        } finally {
          await share(false);
        }
      },
    });
  };
}

export const planVaultEbsRestore: RestorePlanner = createVaultEbsRestorePlanner();
