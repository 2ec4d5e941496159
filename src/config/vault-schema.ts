/**
 * The `vault:` section: a second AWS account that receives locked, re-encrypted snapshot
 * copies (docs/vault.md). It names the account, the role the tool assumes there, and per
 * region the KMS key of the vault that the copies are re-encrypted with. Snapshot policies
 * send copies there with `copies: [{ account: vault, region: … }]`; the cross-checks between
 * the two sections are `checkVaultReferences`, called by the top-level schema. A pull
 * request's plan never assumes the vault role: it reads the vault with `plan-role-arn`, a
 * read-only role of the vault, or not at all.
 *
 * The schema is built on first use (z.lazy): only a config with a vault pays for it at start-up.
 */
import './jitless.js';
import { z } from 'zod';
import { accountIdSchema, checkRoleFields, externalIdSchema, ROLE_ARN, roleArnSchema } from './account-fields.js';
import { isKnownRegion, unknownRegionMessage } from './regions.js';
import { KMS_KEY, type SnapshotsConfig } from './snapshots-schema.js';

export const vaultSchema = z.lazy(() => z
  .strictObject({
    id: accountIdSchema.describe('The 12-digit id of the vault account, quoted ("222222222222"). It must not be one of the backed-up accounts.'),
    'role-arn': roleArnSchema.describe('The vault role in the vault account (copy, tag, lock, delete only its own unlocked copies, share for a restore), e.g. arn:aws:iam::222222222222:role/aws-backup-vault.'),
    'plan-role-arn': roleArnSchema
      .optional()
      .describe(
        'The read-only vault plan role in the vault account, assumed by pull-request plans (trusted only by the plan role), e.g. arn:aws:iam::222222222222:role/aws-backup-gitops-vault-plan. Without it a plan does not read the vault.',
      ),
    'external-id': externalIdSchema.optional().describe('External id passed when assuming the vault role (and the vault plan role), if its trust policy requires one.'),
    'kms-keys': z
      .record(z.string(), z.string().regex(KMS_KEY, 'must be a KMS key id, key ARN, alias ("alias/vault-backup") or alias ARN of the vault account in that region'))
      .meta({ additionalProperties: false, patternProperties: { '^.+$': { type: 'string' } } })
      .describe('Per region, the KMS key of the vault account that copies into that region are re-encrypted with, e.g. { eu-west-1: alias/vault-backup }.'),
  })
  .superRefine((vault, ctx) => {
    checkRoleFields(vault, ctx);
    checkPlanRole(vault, ctx);
    for (const [region, key] of Object.entries(vault['kms-keys'])) {
      if (!isKnownRegion(region)) {
        ctx.addIssue({ code: 'custom', path: ['kms-keys', region], message: unknownRegionMessage(region) });
        continue;
      }
      const arn = /^arn:[^:]+:kms:([^:]+):(\d{12}):/.exec(key);
      if (arn && arn[1] !== region) {
        ctx.addIssue({ code: 'custom', path: ['kms-keys', region], message: `the key is in ${arn[1]} but is listed for ${region}; KMS keys are regional, use a key (or alias) in ${region}` });
      } else if (arn && arn[2] !== vault.id) {
        ctx.addIssue({ code: 'custom', path: ['kms-keys', region], message: `the key belongs to account ${arn[2]}, not the vault (${vault.id}); copies must be re-encrypted with a key the vault owns` });
      }
    }
  })
  .describe('A separate AWS account that holds locked, re-encrypted copies of the snapshots (see docs/vault.md).'));

export type VaultConfig = z.output<typeof vaultSchema>;

/** The plan role must be a separate role of the vault account: PR code must not get the vault role's writes. */
function checkPlanRole(vault: { id: string; 'role-arn': string; 'plan-role-arn'?: string | undefined }, ctx: z.RefinementCtx): void {
  const arn = vault['plan-role-arn'];
  if (arn === undefined) return;
  const account = ROLE_ARN.exec(arn)?.[2];
  if (account && account !== vault.id) {
    ctx.addIssue({ code: 'custom', path: ['plan-role-arn'], message: `the plan role is in account ${account}, not the vault (${vault.id}); use the read-only vault plan role created in account ${vault.id} (docs/vault.md)` });
  } else if (arn === vault['role-arn']) {
    ctx.addIssue({
      code: 'custom',
      path: ['plan-role-arn'],
      message: 'plan-role-arn is the vault role itself, which can copy, lock and delete vault copies; pull-request code must not get it — create the read-only vault plan role (iam-policy writes vault-plan-policy.json, docs/vault.md) and name it here',
    });
  }
}

/** Cross-checks of `vault:` against `accounts:` and the policies' vault copies. */
export function checkVaultReferences(
  config: { vault?: VaultConfig | undefined; accounts: { id?: string | undefined; name: string }[]; snapshots?: SnapshotsConfig | undefined },
  ctx: z.RefinementCtx,
): void {
  const { vault } = config;
  const backedUp = config.accounts.find((a) => vault && a.id === vault.id);
  if (vault && backedUp) {
    ctx.addIssue({
      code: 'custom',
      path: ['vault', 'id'],
      message: `the vault is account ${vault.id}, which is also the backed-up account "${backedUp.name}"; a vault only protects when it is a separate account — create one (docs/vault.md) and put its id here`,
    });
  }
  config.snapshots?.policies.forEach((policy, p) => {
    policy.copies.forEach((copy, c) => {
      if (copy.account !== 'vault') return;
      const path = ['snapshots', 'policies', p, 'copies', c];
      if (!vault) {
        ctx.addIssue({ code: 'custom', path: [...path, 'account'], message: 'copies go to account vault, but the config has no vault: section; add vault: with the vault account id, role-arn and kms-keys (docs/vault.md), or remove account: vault' });
      } else if (vault['kms-keys'][copy.region] === undefined) {
        ctx.addIssue({ code: 'custom', path: [...path, 'region'], message: `vault.kms-keys has no key for ${copy.region}; add one (e.g. ${copy.region}: alias/vault-backup), because vault copies are always re-encrypted with a key of the vault` });
      }
    });
  });
}
