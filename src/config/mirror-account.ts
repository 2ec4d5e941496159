/**
 * `export.mirror.account`: the mirror bucket may live in another account than the exported
 * one — the vault (docs/vault.md), or another entry of `accounts:`. Checked against the rest of
 * the config, with the other cross-checks of the top-level schema.
 */
import type { z } from 'zod';

export function checkMirrorAccount(
  config: { export: { mirror?: { account?: string | undefined } | undefined }; accounts: { name: string }[]; vault?: unknown },
  ctx: z.RefinementCtx,
): void {
  const account = config.export.mirror?.account;
  if (account === undefined) return;
  const path = ['export', 'mirror', 'account'];
  if (account === 'vault') {
    if (config.vault === undefined) {
      ctx.addIssue({ code: 'custom', path, message: 'the mirror goes to account vault, but the config has no vault: section; add vault: with the vault account id and role-arn (docs/vault.md), or remove account: vault' });
    }
    return;
  }
  if (!config.accounts.some((a) => a.name === account)) {
    const known = [...config.accounts.map((a) => a.name), ...(config.vault === undefined ? [] : ['vault'])].join(', ');
    ctx.addIssue({ code: 'custom', path, message: `no account is named '${account}'; use one of: ${known}` });
  }
}
