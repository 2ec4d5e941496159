/**
 * The simulated AWS account: one loopback HTTP endpoint for every service. The real SDK
 * clients are pointed at it (`AWS_ENDPOINT_URL`, or `endpoint` in client config); the SigV4
 * credential scope says which service and region a request is for, the access key which
 * account. Latency, rate limits and injected faults are applied here, the API itself by the
 * service handlers (handlers.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadFixtures, type FixtureSource } from './fixture.js';
import { SimRateLimiter, type RateLimit } from './rate-limits.js';
import { defaultHandlers } from './handlers.js';
import { createKeyStore, fixtureCredentials } from './sts.js';
import { errorResponse } from './xml.js';
import {
  SimError,
  type ServiceHandler,
  type SimContext,
  type SimCredentials,
  type SimRequest,
  type SimResponse,
} from './types.js';

/** 2026-01-01T00:00:00Z: where simulated time starts unless `clock.start` says otherwise. */
export const SIM_EPOCH = Date.UTC(2026, 0, 1);

export type FaultKind =
  | 'http500'
  | 'http503'
  /** Destroys the socket without a response. */
  | 'drop'
  | { code: string; status: number; message: string };

export interface Fault {
  service?: string;
  operation?: string;
  account?: string;
  region?: string;
  match?(req: SimRequest): boolean;
  kind: FaultKind;
  /** Matching calls let through before failing ("page N fails" is `after: N - 1`). */
  after?: number;
  /** How many matching calls fail once `after` are through; default 1, Infinity allowed. */
  times?: number;
}

export type { RateLimit } from './rate-limits.js';

export interface SimOptions {
  /** YAML file paths or parsed objects, merged in order (see fixture.ts). */
  fixtures?: FixtureSource[];
  /** Real milliseconds added to every response. */
  latencyMs?: number;
  /**
   * Token buckets keyed by signing name (route53, elasticloadbalancing, ec2, rds, s3, kms, sts).
   * Route 53 is global: one bucket per account; every other service per account and region.
   * A limit may add per-operation buckets and Route 53's change bucket (rate-limits.ts;
   * ROUTE53_DOCUMENTED is Route 53 as documented).
   */
  rateLimits?: Record<string, RateLimit>;
  faults?: Fault[];
  clock?: {
    /** Simulated start instant; default 2026-01-01T00:00:00Z. */
    start?: Date | string | number;
    /** When true simulated time moves only through `advance()`. */
    frozen?: boolean;
  };
  /** Service handlers to load instead of the default list. */
  handlers?: readonly ServiceHandler[];
  /** Per-service settings handed to handlers as `ctx.serviceOptions[signingName]`. */
  serviceOptions?: Record<string, Record<string, unknown>>;
  /** Port to listen on; default 0 (a free port). */
  port?: number;
}

export interface SimStats {
  /** Calls per `service:operation`, including throttled and faulted ones. */
  calls: Record<string, number>;
  throttled: number;
  faultsInjected: number;
  total: number;
}

export interface SimEnv {
  AWS_ENDPOINT_URL: string;
  AWS_ACCESS_KEY_ID: string;
  AWS_SECRET_ACCESS_KEY: string;
  AWS_REGION: string;
  AWS_EC2_METADATA_DISABLED: string;
  [name: string]: string;
}

export interface Sim {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Ids of the fixture's accounts, in fixture order. */
  accounts: string[];
  /** Environment for a child process acting as `account` (default: the first account). */
  env(account?: string): SimEnv;
  ctx: SimContext;
  readonly stats: SimStats;
  resetStats(): void;
  credentialsFor(account: string): SimCredentials;
  /** Moves simulated time forward. */
  advance(ms: number): void;
  addFault(fault: Fault): void;
  close(): Promise<void>;
}

interface ActiveFault {
  fault: Fault;
  seen: number;
  failed: number;
}

export async function startSim(options: SimOptions = {}): Promise<Sim> {
  const handlers = options.handlers ?? defaultHandlers;
  const fixture = loadFixtures(options.fixtures ?? []);
  // With no fixture there is still one empty account, so a client has someone to be.
  const accounts = fixture.accounts.length ? fixture.accounts : [{ id: '111111111111' }];

  const clock = simClock(options.clock);
  const counters = new Map<string, number>();
  const keys = createKeyStore(clock.now);
  const ctx: SimContext = {
    state: { accounts: {} },
    now: clock.now,
    newId(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return prefix + String(n).padStart(Math.max(6, 20 - prefix.length), '0');
    },
    log: [],
    keys,
    serviceOptions: { ...options.serviceOptions },
  };
  for (const account of accounts) {
    ctx.state.accounts[account.id] = { services: {} };
    keys.addFixtureAccount(account.id);
  }
  for (const account of accounts) {
    for (const handler of handlers) handler.seed?.(account.id, account, ctx);
  }

  const stats: SimStats = { calls: {}, throttled: 0, faultsInjected: 0, total: 0 };
  const faults: ActiveFault[] = (options.faults ?? []).map((fault) => ({ fault, seen: 0, failed: 0 }));
  const limiter = new SimRateLimiter(options.rateLimits);
  const latencyMs = options.latencyMs ?? 0;

  function injectedFault(req: SimRequest): FaultKind | undefined {
    for (const active of faults) {
      if (!faultMatches(active.fault, req)) continue;
      active.seen += 1;
      if (active.seen <= (active.fault.after ?? 0)) continue;
      if (active.failed >= (active.fault.times ?? 1)) continue;
      active.failed += 1;
      return active.fault.kind;
    }
    return undefined;
  }

  /** Works out what to answer; `'drop'` means close the socket without an answer. */
  async function respond(http: IncomingMessage, body: Buffer): Promise<SimResponse | 'drop'> {
    const url = new URL(http.url ?? '/', 'http://127.0.0.1');
    const scope = parseCredentialScope(http.headers.authorization, url.searchParams);
    if (!scope) {
      return errorResponse(
        new SimError('MissingAuthenticationToken', 'Request is missing a SigV4 Authorization header (the simulator reads service, region and account from it).', 403),
      );
    }
    const candidates = handlers.filter((h) => h.service === scope.service);
    const principal = keys.lookup(scope.accessKeyId);
    const base: Omit<SimRequest, 'operation'> = {
      method: http.method ?? 'GET',
      path: safeDecode(url.pathname),
      rawPath: url.pathname,
      query: url.searchParams,
      headers: http.headers,
      body,
      service: scope.service,
      region: scope.region,
      accessKeyId: scope.accessKeyId,
      account: principal?.account ?? '',
    };
    let handler: ServiceHandler | undefined;
    let operation: string | undefined;
    for (const candidate of candidates) {
      operation = candidate.operation(base);
      if (operation) {
        handler = candidate;
        break;
      }
    }
    handler ??= candidates[0];
    const req: SimRequest = { ...base, operation: operation ?? 'Unknown' };
    stats.total += 1;
    const key = `${req.service}:${req.operation}`;
    stats.calls[key] = (stats.calls[key] ?? 0) + 1;

    if (!handler) {
      return errorResponse(new SimError('UnknownService', `The simulator has no handler for service "${scope.service}".`, 400));
    }
    if (!principal) {
      return handler.error(req, new SimError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403));
    }
    if (principal.expiresAt !== undefined && principal.expiresAt <= ctx.now()) {
      return handler.error(req, new SimError('ExpiredToken', 'The security token included in the request is expired', 403));
    }
    if (!operation) {
      return handler.error(
        req,
        new SimError('InvalidAction', `The simulator does not implement ${req.method} ${req.path} for ${req.service}.`, 400),
      );
    }
    if (!limiter.take(req)) {
      stats.throttled += 1;
      const t = handler.throttleError;
      return handler.error(req, new SimError(t.code, t.message, t.status));
    }
    const fault = injectedFault(req);
    if (fault) {
      stats.faultsInjected += 1;
      if (fault === 'drop') return 'drop';
      return handler.error(req, faultError(fault));
    }
    try {
      return await handler.handle(req, ctx);
    } catch (error) {
      if (error instanceof SimError) return handler.error(req, error);
      const message = error instanceof Error ? error.message : String(error);
      return handler.error(req, new SimError('InternalFailure', `Simulator bug in ${key}: ${message}`, 500, false));
    }
  }

  async function onRequest(http: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(http);
    const answer = await respond(http, body);
    if (latencyMs > 0) await sleep(latencyMs);
    if (answer === 'drop') {
      http.socket.destroy();
      return;
    }
    const payload = answer.body === undefined ? Buffer.alloc(0) : Buffer.from(answer.body);
    // A HEAD answer may name its length (an object the simulator holds no bytes of).
    const length = (http.method === 'HEAD' && answer.headers?.['content-length']) || String(payload.length);
    res.writeHead(answer.status, { ...answer.headers, 'content-length': length });
    res.end(http.method === 'HEAD' ? undefined : payload);
  }

  const server: Server = createServer((http, res) => {
    onRequest(http, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`simulator error: ${error instanceof Error ? error.stack : String(error)}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accountIds = accounts.map((a) => a.id);

  const credentialsFor = (account: string): SimCredentials => {
    if (!ctx.state.accounts[account]) {
      throw new Error(`Account ${account} is not in the simulator's fixture (known: ${accountIds.join(', ')}).`);
    }
    return fixtureCredentials(account);
  };

  return {
    url,
    accounts: accountIds,
    ctx,
    get stats() {
      return stats;
    },
    resetStats() {
      stats.calls = {};
      stats.throttled = 0;
      stats.faultsInjected = 0;
      stats.total = 0;
    },
    credentialsFor,
    env(account = accountIds[0] as string) {
      const creds = credentialsFor(account);
      return {
        AWS_ENDPOINT_URL: url,
        AWS_ACCESS_KEY_ID: creds.accessKeyId,
        AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_EC2_METADATA_DISABLED: 'true',
      };
    },
    advance(ms) {
      clock.advance(ms);
    },
    addFault(fault) {
      faults.push({ fault, seen: 0, failed: 0 });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

export interface CredentialScope {
  accessKeyId: string;
  region: string;
  service: string;
}

/**
 * Reads `Credential=AKID/20260101/us-east-1/route53/aws4_request` from a SigV4 Authorization
 * header, or from `X-Amz-Credential` of a presigned URL.
 */
export function parseCredentialScope(authorization: string | undefined, query: URLSearchParams): CredentialScope | undefined {
  const credential = /Credential=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? query.get('X-Amz-Credential') ?? undefined;
  if (!credential) return undefined;
  const [accessKeyId, , region, service] = credential.split('/');
  if (!accessKeyId || !region || !service) return undefined;
  return { accessKeyId, region, service };
}

function faultMatches(fault: Fault, req: SimRequest): boolean {
  if (fault.service !== undefined && fault.service !== req.service) return false;
  if (fault.operation !== undefined && fault.operation !== req.operation) return false;
  if (fault.account !== undefined && fault.account !== req.account) return false;
  if (fault.region !== undefined && fault.region !== req.region) return false;
  return fault.match ? fault.match(req) : true;
}

function faultError(kind: Exclude<FaultKind, 'drop'>): SimError {
  if (kind === 'http500') return new SimError('InternalFailure', 'We encountered an internal error. Please try again.', 500, false);
  if (kind === 'http503') return new SimError('ServiceUnavailable', 'Service is unavailable. Please try again later.', 503, false);
  return new SimError(kind.code, kind.message, kind.status, kind.status < 500);
}

function simClock(options: SimOptions['clock']): { now(): number; advance(ms: number): void } {
  const start = options?.start === undefined ? SIM_EPOCH : new Date(options.start).getTime();
  if (Number.isNaN(start)) throw new Error(`clock.start ${String(options?.start)} is not a valid date.`);
  const realStart = performance.now();
  let offset = 0;
  return {
    now: () => Math.floor(start + offset + (options?.frozen ? 0 : performance.now() - realStart)),
    advance(ms) {
      if (!(ms >= 0)) throw new Error(`sim.advance(ms) needs a non-negative number of milliseconds, got ${ms}.`);
      offset += ms;
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
