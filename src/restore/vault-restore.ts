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
import type { Config, ResolvedAccount } from '../config/schema.js';
import { keyPolicyMissing } from '../snapshots/vault-keys.js';
import { setShare } from '../snapshots/vault-calls.js';
import { EBS_OPTIONS, locateSnapshot, planEbsFromSpec, resolveEbsFrom } from './ebs.js';
import { checkOptions, waitMinutesOption } from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner, type RestoreRequest } from './types.js';
import { waitTiming, type WaitTiming } from './wait.js';

/** The account name that stands for the vault in a restore's `account` input. */
export const VAULT_ACCOUNT = 'vault';
export const FROM_OPTION = 'from';

/** The vault as an account of the config: its id, role and the regions it holds keys (so copies) in. */
export function vaultAccount(config: Config): ResolvedAccount | undefined {
  const vault = config.vault;
  if (!vault) return undefined;
  return {
    name: VAULT_ACCOUNT,
    accountId: vault.id,
    roleArn: vault['role-arn'],
    ...(vault['external-id'] && { externalId: vault['external-id'] }),
    regions: Object.keys(vault['kms-keys']) as ResolvedAccount['regions'],
  };
}

/** Whether the request restores from a vault copy (`from=vault`); any other value of `from` is refused. */
export function fromVault(request: RestoreRequest): boolean {
  const from = request.options[FROM_OPTION]?.trim();
  if (from === undefined) return false;
  if (from !== VAULT_ACCOUNT) throw new RestoreInputError(`option from must be "vault" (restore from a copy in the vault account), got "${from}"; leave it out to restore from the account's own snapshots`);
  return true;
}

export function withoutFrom(request: RestoreRequest): RestoreRequest {
  const { [FROM_OPTION]: _from, ...options } = request.options;
  return { ...request, options };
}

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
