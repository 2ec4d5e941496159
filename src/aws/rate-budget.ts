/**
 * Client-side request-rate budgets: the token buckets of rate-limits.ts (a family's shared
 * bucket per scope, an operation's own bucket, Route 53's change-throughput bucket), attached
 * to SDK clients as middleware, so concurrent work runs at an API's limit instead of running
 * into throttling storms. Also counts calls and throttling errors for the summary and the
 * benchmark.
 */
import type {
  AbsoluteLocation,
  FinalizeHandlerArguments,
  FinalizeRequestMiddleware,
  HandlerExecutionContext,
  InitializeHandlerOptions,
  InitializeMiddleware,
  MetadataBearer,
  Pluggable,
  RelativeMiddlewareOptions,
} from '@smithy/types';
import { TokenBucket } from '../util/token-bucket.js';
import { ACCOUNT_WIDE, resolveRateLimits, type ApiFamily, type Bucket, type RateLimitOverrides, type RateLimits } from './rate-limits.js';
import { awsErrorCode, callContextOf, isThrottlingError, rememberCallContext } from './errors.js';

export type { ApiFamily, RateLimits } from './rate-limits.js';

export interface RateBudgetOptions {
  /** Overrides of the documented limits (the config's `rate-limits:`). */
  limits?: RateLimitOverrides;
  /**
   * Tokens each client bucket keeps in hand beyond what a call needs (default 1): the server's
   * bucket starts a moment after ours and requests reach it a few milliseconds late, so
   * spending the last token is spending one the server may not have yet.
   */
  reserve?: number;
  /**
   * The same margin as refill time (default 100 ms): a fast bucket, such as Route 53's 100
   * changes a second, keeps that many milliseconds' worth of tokens where that is more than
   * `reserve` and still fits beside the call. A batch that fills a bucket waits this long after
   * the bucket is full.
   */
  reserveMs?: number;
  /** Milliseconds clock (monotonic); tests inject one. Defaults to performance.now(). */
  now?: () => number;
}

export interface ThrottleEvent {
  family: ApiFamily;
  operation: string;
  account: string;
  region: string;
  code: string;
  /** 1-based attempt that was throttled. */
  attempt: number;
}

export interface OperationStats {
  family: ApiFamily;
  operation: string;
  /** Attempts sent, retries included. */
  calls: number;
  /** Attempts answered with a throttling error. */
  throttled: number;
}

export interface RateBudgetStats {
  calls: number;
  throttled: number;
  /** Milliseconds since process start when the first AWS request was sent. */
  firstCallAt?: number;
  /** Sorted by family, then operation. */
  operations: OperationStats[];
}

/** Where a call goes: the budget key is built from this. */
export interface BudgetScope {
  family: ApiFamily;
  account: string;
  region: string;
}

export const RATE_BUDGET_MIDDLEWARE = 'rateBudget';

/** Runs after the SDK's retry middleware, so every attempt (retries included) takes a token. */
const middlewareOptions: RelativeMiddlewareOptions = {
  name: RATE_BUDGET_MIDDLEWARE,
  relation: 'after',
  toMiddleware: 'retryMiddleware',
  // fromTemporaryCredentials re-applies its plugins on every refresh.
  override: true,
};

export function budgetKey({ family, account, region }: BudgetScope): string {
  return ACCOUNT_WIDE.has(family) ? `${family}/${account}` : `${family}/${account}/${region}`;
}

/** Record changes a call makes (Route 53's change-throughput budget counts each Change element). */
export function changeCount(family: ApiFamily, operation: string, input: unknown): number {
  if (family !== 'route53' || operation !== 'ChangeResourceRecordSets') return 0;
  return (input as { ChangeBatch?: { Changes?: unknown[] } } | undefined)?.ChangeBatch?.Changes?.length ?? 0;
}

/** 'ListHostedZonesCommand' → 'ListHostedZones'. */
export function operationName(context: HandlerExecutionContext): string {
  return (context.commandName ?? 'UnknownOperation').replace(/Command$/, '');
}

/**
 * Errors raised before the request is sent (resolving credentials, assuming the role, building
 * the endpoint) never reach the budget middleware; this outermost one names the call for them.
 * A context recorded further in (e.g. by the STS client that assumed the role) is kept.
 */
function callContextMiddleware(scope: BudgetScope): InitializeMiddleware<object, MetadataBearer> {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      if (!callContextOf(error)) rememberCallContext(error, { ...scope, operation: operationName(context) });
      throw error;
    }
  };
}

const callContextOptions: InitializeHandlerOptions & AbsoluteLocation = {
  name: 'awsCallContext',
  step: 'initialize',
  priority: 'high',
  override: true,
};

/** The retry middleware numbers attempts in the `amz-sdk-request: attempt=N; max=M` header. */
function attemptNumber(request: unknown): number {
  const headers = (request as { headers?: Record<string, string> } | undefined)?.headers;
  const match = /attempt=(\d+)/.exec(headers?.['amz-sdk-request'] ?? '');
  return match ? Number(match[1]) : 1;
}

/**
 * The registry of buckets and counters. Share one instance between the client factories of
 * several accounts to get totals across them; buckets are keyed by account anyway.
 */
export class RateBudgets {
  readonly limits: RateLimits;
  private readonly reserve: number;
  private readonly reserveMs: number;
  private readonly now: () => number;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly counters = new Map<string, OperationStats>();
  private firstCallAt: number | undefined;

  constructor(options: RateBudgetOptions = {}) {
    this.limits = resolveRateLimits(options.limits);
    this.reserve = options.reserve ?? 1;
    if (!(this.reserve >= 0)) throw new Error(`Rate budget reserve must be zero or more tokens, got ${this.reserve}.`);
    this.reserveMs = options.reserveMs ?? 100;
    if (!(this.reserveMs >= 0)) throw new Error(`Rate budget reserveMs must be zero or more milliseconds, got ${this.reserveMs}.`);
    this.now = options.now ?? (() => performance.now());
  }

  private named(key: string, limit: Bucket): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(limit.rate, limit.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Sustained requests per second of a family: its shared bucket's refill (or Infinity). */
  sustainedRate(family: ApiFamily): number {
    return this.limits[family].shared?.rate ?? Infinity;
  }

  /** The family's shared bucket for this scope, if it has one. */
  bucket(scope: BudgetScope): TokenBucket | undefined {
    const limit = this.limits[scope.family].shared;
    return limit && this.named(budgetKey(scope), limit);
  }

  /** This operation's own bucket in this scope, if the family has per-operation buckets. */
  operationBucket(scope: BudgetScope, operation: string): TokenBucket | undefined {
    const family = this.limits[scope.family];
    const limit = family.operation(operation);
    return limit && this.named(`${budgetKey(scope)}#${family.group?.(operation) ?? operation}`, limit);
  }

  /** Route 53's change-throughput bucket of this account. */
  changeBucket(scope: BudgetScope): TokenBucket | undefined {
    const limit = this.limits[scope.family].changes;
    return limit && this.named(`${budgetKey(scope)}#changes`, limit);
  }

  /**
   * Waits until every bucket the call spends from has its tokens, then counts the attempt: the
   * operation's own bucket first (a slow operation queues there without holding up others),
   * then the change budget for its record changes, then the shared bucket, taken last so its
   * tokens leave at the moment the request does.
   */
  async take(scope: BudgetScope, operation: string, changes = 0): Promise<void> {
    await this.takeFrom(this.operationBucket(scope, operation), 1);
    if (changes > 0) await this.takeFrom(this.changeBucket(scope), changes);
    await this.takeFrom(this.bucket(scope), 1);
    this.firstCallAt ??= this.now();
    this.counter(scope.family, operation).calls += 1;
  }

  /**
   * Takes `n` tokens keeping a margin in hand: 100 ms of refill or the token reserve, whichever
   * is more, where that fits beside `n`; else the token reserve where it fits (a small fast
   * bucket, 100/s with a burst of 5, would otherwise stand full before every call). Where not
   * even that fits (a 1,000-change batch, a bucket of one), the time margin is kept as time
   * spent full, capped at a tenth of `n`: a whole token's wait would halve a slow bucket.
   */
  private takeFrom(bucket: TokenBucket | undefined, n: number): Promise<void> | undefined {
    if (!bucket) return undefined;
    const timed = (bucket.rate * this.reserveMs) / 1000;
    const margin = Math.max(this.reserve, timed);
    if (n + margin <= bucket.burst) return bucket.take(n, margin);
    if (n + this.reserve <= bucket.burst) return bucket.take(n, this.reserve);
    return bucket.take(n, Math.min(timed, n / 10));
  }

  recordThrottle(event: ThrottleEvent, listener?: (event: ThrottleEvent) => void): void {
    this.counter(event.family, event.operation).throttled += 1;
    listener?.(event);
  }

  stats(): RateBudgetStats {
    const operations = [...this.counters.values()]
      .map((c) => ({ ...c }))
      .sort((a, b) => a.family.localeCompare(b.family) || a.operation.localeCompare(b.operation));
    const stats: RateBudgetStats = {
      calls: operations.reduce((n, o) => n + o.calls, 0),
      throttled: operations.reduce((n, o) => n + o.throttled, 0),
      operations,
    };
    if (this.firstCallAt !== undefined) stats.firstCallAt = this.firstCallAt;
    return stats;
  }

  /** SDK middleware that spends this scope's budget on every attempt. */
  middleware(
    scope: BudgetScope,
    onThrottle?: (event: ThrottleEvent) => void,
  ): FinalizeRequestMiddleware<object, MetadataBearer> {
    return (next, context) => {
      const operation = operationName(context);
      return async (args: FinalizeHandlerArguments<object>) => {
        await this.take(scope, operation, changeCount(scope.family, operation, args.input));
        try {
          return await next(args);
        } catch (error) {
          if (isThrottlingError(error)) {
            const attempt = attemptNumber(args.request);
            const code = awsErrorCode(error) ?? 'Throttling';
            this.recordThrottle({ ...scope, operation, code, attempt }, onThrottle);
          }
          throw error;
        }
      };
    };
  }

  plugin(scope: BudgetScope, onThrottle?: (event: ThrottleEvent) => void): Pluggable<object, MetadataBearer> {
    return {
      applyToStack: (stack) => {
        stack.addRelativeTo(this.middleware(scope, onThrottle), middlewareOptions);
        stack.add(callContextMiddleware(scope), callContextOptions);
      },
    };
  }

  /** Attaches the budget to a client (any SDK v3 client). */
  attach(
    client: { middlewareStack: { use(plugin: Pluggable<any, any>): void } },
    scope: BudgetScope,
    onThrottle?: (event: ThrottleEvent) => void,
  ): void {
    client.middlewareStack.use(this.plugin(scope, onThrottle));
  }

  private counter(family: ApiFamily, operation: string): OperationStats {
    const key = `${family} ${operation}`;
    let counter = this.counters.get(key);
    if (!counter) {
      counter = { family, operation, calls: 0, throttled: 0 };
      this.counters.set(key, counter);
    }
    return counter;
  }
}
