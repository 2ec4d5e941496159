/**
 * The fields that name an AWS account and the role assumed there, shared by `accounts:` and
 * `vault:` so both read and complain the same way.
 */
import './jitless.js';
import { z } from 'zod';
import { describeValue } from './errors.js';

export const ROLE_ARN = /^arn:(aws|aws-us-gov|aws-cn):iam::(\d{12}):role\/(?:[!-~]+\/)?[\w+=,.@-]{1,64}$/;

function accountIdTypeMessage(input: unknown): string | undefined {
  if (typeof input !== 'number') return undefined;
  // YAML reads unquoted digits as a number and drops leading zeros; a 12-digit id gets them back.
  const digits = Number.isInteger(input) && input >= 0 && input < 1e12 ? String(input).padStart(12, '0') : undefined;
  return digits
    ? `account id ${digits} must be quoted: YAML reads unquoted digits as a number (and drops leading zeros); write id: "${digits}"`
    : `account id must be a quoted 12-digit string such as "123456789012", found ${describeValue(input)}`;
}

export const accountIdSchema = z
  .string({ error: (issue) => accountIdTypeMessage(issue.input) })
  .regex(/^\d{12}$/, 'account id must be exactly 12 digits, e.g. "123456789012"');

export const roleArnSchema = z.string().regex(ROLE_ARN, 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-backup');

export const externalIdSchema = z
  .string()
  .min(2, 'external-id must be 2 to 1224 characters')
  .max(1224, 'external-id must be 2 to 1224 characters')
  .regex(/^[\w+=,.@:/-]*$/, 'external-id may contain only letters, digits and _ + = , . @ : / -');

/** external-id needs role-arn; the role must be in the account `id` names. */
export function checkRoleFields(account: { id?: string | undefined; 'role-arn'?: string | undefined; 'external-id'?: string | undefined }, ctx: z.RefinementCtx): void {
  if (account['external-id'] !== undefined && account['role-arn'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['external-id'], message: 'external-id is only used when assuming a role; add role-arn or remove external-id' });
  }
  const arnAccount = account['role-arn']?.match(ROLE_ARN)?.[2];
  if (arnAccount && account.id && arnAccount !== account.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['role-arn'],
      message: `role is in account ${arnAccount} but id is "${account.id}"; use a role in account ${account.id} or correct the id`,
    });
  }
}
