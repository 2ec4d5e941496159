/**
 * Client-side request-rate budgets: one token bucket per API family and scope, attached to
 * SDK clients as middleware, so concurrent work runs at an API's limit instead of running
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
import { awsErrorCode, callContextOf, isThrottlingError, rememberCallContext } from './errors.js';

/** The SigV4 signing names we call; ELB classic and v2 share `elasticloadbalancing`. */
export type ApiFamily = 'route53' | 'elasticloadbalancing' | 'ec2' | 'rds' | 's3' | 'sts' | 'kms';

export type RateLimits = Readonly<Record<ApiFamily, number>>;

/**
 * Requests per second. Route 53 documents 5 req/s per account for its control plane; the
 * others are conservative fractions of the documented or observed per-region limits.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  route53: 5,
  elasticloadbalancing: 10,
  ec2: 20,
  rds: 10,
  s3: 50,
  sts: 10,
  kms: 20,
};

/** A small burst, so we never drain a server-side bucket in one go. */
export const DEFAULT_BURST = 1;

/** Families whose limit is per account, whatever region the call is signed for. */
const ACCOUNT_WIDE: ReadonlySet<ApiFamily> = new Set(['route53']);

export interface RateBudgetOptions {
  /** Overrides of DEFAULT_RATE_LIMITS, requests per second (> 0). */
  limits?: Partial<Record<ApiFamily, number>>;
  /** Tokens a bucket may hold (≥ 1). */
  burst?: number;
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

export function resolveRateLimits(overrides: Partial<Record<string, number>> = {}): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const [family, rate] of Object.entries(overrides)) {
    if (rate === undefined) continue;
    if (!(family in DEFAULT_RATE_LIMITS)) {
      throw new Error(
        `Unknown API family "${family}" in rate limits; use one of: ${Object.keys(DEFAULT_RATE_LIMITS).join(', ')}.`,
      );
    }
    if (!Number.isFinite(rate) || rate <= 0) {
      throw new Error(`Rate limit for ${family} must be a positive number of requests per second, got ${rate}.`);
    }
    limits[family as ApiFamily] = rate;
  }
  return limits;
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
  private readonly burst: number;
  private readonly now: () => number;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly counters = new Map<string, OperationStats>();
  private firstCallAt: number | undefined;

  constructor(options: RateBudgetOptions = {}) {
    this.limits = resolveRateLimits(options.limits);
    this.burst = options.burst ?? DEFAULT_BURST;
    if (!(this.burst >= 1)) throw new Error(`Rate budget burst must be at least 1, got ${this.burst}.`);
    this.now = options.now ?? (() => performance.now());
  }

  bucket(scope: BudgetScope): TokenBucket {
    const key = budgetKey(scope);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.limits[scope.family], this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Waits for this scope's token, then counts the attempt. */
  async take(scope: BudgetScope, operation: string): Promise<void> {
    await this.bucket(scope).take();
    this.firstCallAt ??= this.now();
    this.counter(scope.family, operation).calls += 1;
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
        await this.take(scope, operation);
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
