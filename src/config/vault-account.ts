/**
 * The config's `vault:` section seen as one more account (its id, role and the regions it
 * holds keys in), the way restores, replication and lifecycle address it. Pure and light: the
 * restore command reads it before it knows which planner, and so which SDK, it needs.
 */
import type { Config, ResolvedAccount } from './schema.js';

/** The name the vault goes by wherever an account is named (restore input, lifecycle entries). */
export const VAULT_ACCOUNT = 'vault';

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
