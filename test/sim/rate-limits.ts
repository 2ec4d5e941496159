/**
 * The simulator's throttling: token buckets as the services document them. Every service has
 * a shared bucket per account (Route 53) or per account and region (the others); a service may
 * also have a bucket per operation and, for Route 53, a change-throughput bucket that each
 * Change element of a ChangeResourceRecordSets request spends a token of. A request passes only
 * when every bucket it needs has the tokens, and then spends them all; otherwise it spends
 * nothing and gets the service's throttling error.
 */
import {
  ROUTE53_ACCOUNT_BUCKET,
  ROUTE53_CHANGE_BUCKET,
  ROUTE53_OPERATION_BUCKETS,
  ROUTE53_OPERATION_DEFAULT,
  type Bucket,
} from '../../src/aws/rate-limits.js';
import { TokenBucket } from '../../src/util/token-bucket.js';
import { readRequest } from './route53-xml.js';
import type { SimRequest } from './types.js';

export interface RateLimit extends Bucket {
  /** Buckets of single operations; operations not listed use `operationDefault` (if any). */
  operations?: Readonly<Record<string, Bucket>>;
  operationDefault?: Bucket;
  /** Record changes per second (Route 53's change throughput). */
  changes?: Bucket;
}

/**
 * Route 53 as the Developer Guide's "Throttling for Amazon Route 53 API requests" describes it:
 * the account bucket, a bucket per operation, the change-throughput bucket. (The figures are
 * src/aws/rate-limits.ts's, the one place they are written down.)
 */
export const ROUTE53_DOCUMENTED: RateLimit = {
  ...ROUTE53_ACCOUNT_BUCKET,
  operations: ROUTE53_OPERATION_BUCKETS,
  operationDefault: ROUTE53_OPERATION_DEFAULT,
  changes: ROUTE53_CHANGE_BUCKET,
};

/** Change elements in a ChangeResourceRecordSets request; 0 for anything else. */
export function requestChanges(req: SimRequest): number {
  if (req.service !== 'route53' || req.operation !== 'ChangeResourceRecordSets') return 0;
  try {
    const changes = readRequest<{ ChangeBatch?: { Changes?: unknown[] } }>(req.body).ChangeBatch?.Changes;
    return Array.isArray(changes) ? changes.length : 0;
  } catch {
    return 0; // the handler answers the malformed body
  }
}

export class SimRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly limits: Readonly<Record<string, RateLimit>> = {},
    private readonly now: () => number = () => performance.now(),
  ) {}

  private bucket(key: string, limit: Bucket): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(limit.rate, limit.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** The buckets a request spends from and how many tokens of each. */
  private needs(req: SimRequest): [TokenBucket, number][] {
    const limit = this.limits[req.service];
    if (!limit) return [];
    const scope = req.service === 'route53' ? `route53|${req.account}` : `${req.service}|${req.account}|${req.region}`;
    const needs: [TokenBucket, number][] = [[this.bucket(scope, limit), 1]];
    const operation = limit.operations?.[req.operation] ?? limit.operationDefault;
    if (operation) needs.push([this.bucket(`${scope}|op|${req.operation}`, operation), 1]);
    const changes = limit.changes ? requestChanges(req) : 0;
    if (changes > 0) needs.push([this.bucket(`${scope}|changes`, limit.changes!), changes]);
    return needs;
  }

  /** True (and the tokens spent) when every bucket the request needs has its tokens. */
  take(req: SimRequest): boolean {
    const needs = this.needs(req);
    if (!needs.every(([bucket, n]) => bucket.available() >= n)) return false;
    for (const [bucket, n] of needs) bucket.spend(n);
    return true;
  }
}
