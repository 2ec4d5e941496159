/**
 * The restore option `from=vault` (restore from a copy in the vault account). Light on purpose:
 * the restore command reads it to pick a planner before any planner, or its SDK, is loaded.
 */
import { VAULT_ACCOUNT } from '../config/vault-account.js';
import { RestoreInputError, type RestoreRequest } from './types.js';

export const FROM_OPTION = 'from';

/** Whether the request restores from a vault copy (`from=vault`); any other value of `from` is refused. */
export function fromVault(request: RestoreRequest): boolean {
  const from = request.options[FROM_OPTION]?.trim();
  if (from === undefined) return false;
  if (from !== VAULT_ACCOUNT) throw new RestoreInputError(`option from must be "vault" (restore from a copy in the vault account), got "${from}"; leave it out to restore from the account's own snapshots`);
  return true;
}

/** The same request without `from`, for the ordinary planners a vault restore builds on. */
export function withoutFrom(request: RestoreRequest): RestoreRequest {
  const { [FROM_OPTION]: _from, ...options } = request.options;
  return { ...request, options };
}
