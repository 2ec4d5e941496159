/**
 * A bucket policy's say over requests from another account, as far as the simulator needs it:
 * an Allow statement naming that account (or a role in it) and the action. Same-account
 * requests are not checked (the simulator has no IAM); a Deny statement always wins.
 */
import type { S3Bucket } from './s3-core.js';

interface Statement {
  Effect?: string;
  Principal?: string | { AWS?: string | string[]; Service?: string | string[] };
  Action?: string | string[];
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function matches(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(value);
}

function namesAccount(statement: Statement, account: string): boolean {
  const p = statement.Principal;
  if (p === '*') return true;
  if (typeof p !== 'object' || p === null) return false;
  return asList(p.AWS).some((a) => a === '*' || a === account || a.startsWith(`arn:aws:iam::${account}:`));
}

/** Whether the bucket's policy lets `account` perform `action` (e.g. `s3:GetObjectVersion`). */
export function policyAllows(bucket: S3Bucket, account: string, action: string): boolean {
  if (!bucket.Policy) return false;
  let statements: Statement[];
  try {
    const doc = JSON.parse(bucket.Policy) as { Statement?: Statement | Statement[] };
    statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  } catch {
    return false;
  }
  const applies = statements.filter((s) => namesAccount(s, account) && asList(s.Action).some((a) => matches(a, action)));
  return applies.some((s) => s.Effect === 'Allow') && !applies.some((s) => s.Effect === 'Deny');
}
