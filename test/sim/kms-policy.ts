/**
 * KMS key policies in the simulator: who may use a key. Every key has a policy document;
 * a customer managed key's default policy lets its own account (IAM) use it, a fixture may
 * give any policy (e.g. one that also allows a vault account). AWS managed keys (aws/ebs,
 * aws/rds) can only be used by their own account, through the service, and their policy
 * cannot be changed — which is why snapshots encrypted under them cannot be shared.
 *
 * Evaluation is what cross-account snapshot copies need: a statement with Effect Allow whose
 * Principal names the account (its id, root ARN or a role of it, or "*") and whose Action
 * covers the action (`kms:*`, `kms:Re*` wildcards). Conditions are not evaluated.
 */
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { SimContext } from './types.js';

export function defaultKeyPolicy(account: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
  });
}

/** The policy AWS gives its managed keys: the account's own principals, via the service only. */
export function managedKeyPolicy(account: string, service: string, region: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: `auto-${service}-2`,
    Statement: [
      {
        Sid: `Allow access through ${service.toUpperCase()} for all principals in the account that are authorized to use ${service.toUpperCase()}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `${service === 'ebs' ? 'ec2' : service}.${region}.amazonaws.com` } },
      },
    ],
  });
}

interface Statement {
  Effect?: string;
  Principal?: string | { AWS?: string | string[] };
  Action?: string | string[];
  Condition?: { StringEquals?: Record<string, string> };
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function principalMatches(principal: Statement['Principal'], account: string, callerAccount?: string): boolean {
  const names = typeof principal === 'string' ? [principal] : list(principal?.AWS);
  return names.some((p) => p === '*' ? callerAccount === undefined || callerAccount === account : p === account || p.startsWith(`arn:aws:iam::${account}:`) || p.startsWith(`arn:aws:sts::${account}:`));
}

function actionMatches(actions: string[], action: string): boolean {
  return actions.some((a) => new RegExp(`^${a.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action));
}

/** Does the key policy let principals of `account` perform `action` (e.g. kms:Decrypt)? */
export function policyAllows(policy: string, account: string, action: string): boolean {
  let doc: { Statement?: Statement | Statement[] };
  try {
    doc = JSON.parse(policy) as { Statement?: Statement | Statement[] };
  } catch {
    return false;
  }
  return list(doc.Statement).some((s) => {
    if (s.Effect !== 'Allow' || !actionMatches(list(s.Action), action)) return false;
    // A "*" principal limited by kms:CallerAccount is that account only (the AWS managed key policy).
    const callerAccount = s.Condition?.StringEquals?.['kms:CallerAccount'];
    return principalMatches(s.Principal, account, callerAccount) && (callerAccount === undefined || callerAccount === account);
  });
}

export interface KmsPolicies {
  /** Key id → its policy document. */
  policies: Map<string, string>;
}

/** The key an ARN names, in whichever account and region of the simulator holds it. */
export function keyByArn(sim: SimContext, arn: string): { key: KeyMetadata; policy: string } | undefined {
  const m = /^arn:aws:kms:([^:]+):(\d{12}):key\/(.+)$/.exec(arn);
  if (!m) return undefined;
  const slice = sim.state.accounts[m[2]!]?.services['kms'] as { regions: Record<string, { keys: KeyMetadata[] } & KmsPolicies> } | undefined;
  const region = slice?.regions[m[1]!];
  const key = region?.keys.find((k) => k.KeyId === m[3]);
  return key && region ? { key, policy: region.policies.get(key.KeyId!) ?? defaultKeyPolicy(m[2]!) } : undefined;
}

/** What a cross-account snapshot copy (or a restore from a shared snapshot) needs on the source key. */
export const SHARED_SNAPSHOT_KEY_ACTIONS = ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'] as const;

/** Can principals of `account` use the key `arn` to read data encrypted under it? */
export function keyUsableBy(sim: SimContext, arn: string | undefined, account: string): boolean {
  if (!arn) return true;
  const found = keyByArn(sim, arn);
  if (!found) return false;
  if (found.key.KeyState !== 'Enabled') return false;
  if (found.key.AWSAccountId === account) return true;
  if (found.key.KeyManager === 'AWS') return false;
  return SHARED_SNAPSHOT_KEY_ACTIONS.every((action) => policyAllows(found.policy, account, action));
}
