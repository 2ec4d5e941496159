/**
 * Before anything is shared with the vault, the plan proves each vault copy can work: the
 * source's KMS key must be a customer managed key whose key policy lets the vault account use
 * it (AWS never shares a snapshot under an AWS managed key such as aws/ebs or aws/rds), and
 * the vault's key for the destination region must be usable. DescribeKey and GetKeyPolicy
 * once per key; `keyPolicyGrants` is the pure part.
 */
import { DescribeKeyCommand, GetKeyPolicyCommand } from '@aws-sdk/client-kms';
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError } from '../aws/errors.js';

/** What a cross-account copy needs on the source key (EBS and RDS user guides). */
const NEEDED = ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'] as const;

interface Statement {
  Effect?: string;
  Principal?: string | { AWS?: string | string[] };
  Action?: string | string[];
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function covers(patterns: string[], action: string): boolean {
  return patterns.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action));
}

/** The actions of NEEDED that no Allow statement naming `account` (id, root or any of its principals) grants. */
export function keyPolicyMissing(policy: string, account: string): string[] {
  let doc: { Statement?: Statement | Statement[] };
  try {
    doc = JSON.parse(policy) as { Statement?: Statement | Statement[] };
  } catch {
    return [...NEEDED];
  }
  const names = (s: Statement) => (typeof s.Principal === 'string' ? [s.Principal] : list(s.Principal?.AWS));
  const forAccount = list(doc.Statement).filter(
    (s) => s.Effect === 'Allow' && names(s).some((p) => p === account || p.startsWith(`arn:aws:iam::${account}:`) || p.startsWith(`arn:aws-us-gov:iam::${account}:`) || p.startsWith(`arn:aws-cn:iam::${account}:`)),
  );
  return NEEDED.filter((action) => !forAccount.some((s) => covers(list(s.Action), action)));
}

export type SourceKeyCheck = { ok: true } | { ok: false; problem: string };

const FIX = (vault: string) =>
  `re-encrypt it with a customer managed KMS key whose key policy allows account ${vault} kms:DescribeKey, kms:CreateGrant and kms:Decrypt (docs/vault.md, "Source keys")`;

/** Can a snapshot encrypted under `keyArn` (in `region` of the source account) be shared with and copied by the vault? */
export async function checkSourceKey(clients: AwsClients, region: string, keyArn: string, vault: string): Promise<SourceKeyCheck> {
  const kms = clients.kms(region);
  try {
    const { KeyMetadata: key } = await kms.send(new DescribeKeyCommand({ KeyId: keyArn }));
    if (key?.KeyManager === 'AWS') {
      return { ok: false, problem: `is encrypted with an AWS managed KMS key (${keyArn}), and AWS does not let snapshots under AWS managed keys be shared with another account: ${FIX(vault)}` };
    }
    const { Policy } = await kms.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }));
    const missing = keyPolicyMissing(Policy ?? '', vault);
    if (missing.length > 0) {
      return { ok: false, problem: `is encrypted with KMS key ${keyArn}, whose key policy does not allow the vault account ${vault} ${missing.join(', ')}; the vault could not copy it: add a statement for arn:aws:iam::${vault}:root with those actions to the key policy, or ${FIX(vault)}` };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: `cannot check its KMS key ${keyArn}: ${describeAwsError(error, { region })}` };
  }
}
