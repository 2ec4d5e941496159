/**
 * Contracts of the simulated AWS account. The server (server.ts) parses every request,
 * works out service/region/account from the SigV4 Authorization header, applies latency,
 * faults and rate limits, then calls the service's handler.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface SimRequest {
  method: string;
  /** Path without the query string, URL-decoded once (as the SDK encoded it). */
  path: string;
  rawPath: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Signing name from the credential scope: route53, elasticloadbalancing, s3, sts, ec2, rds, kms. */
  service: string;
  region: string;
  accessKeyId: string;
  /** 12-digit account id the access key belongs to. */
  account: string;
  /**
   * The API operation, worked out by the handler's `operation()` (e.g. `ListHostedZones`);
   * used for per-operation fault injection and call counting.
   */
  operation: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** An error a handler throws; the service turns it into its own wire format. */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly sender = true,
  ) {
    super(message);
  }
}

export interface ServiceHandler {
  /** Which signing name(s) this handler serves. ELB classic and v2 share `elasticloadbalancing`. */
  service: string;
  /** Returns the operation name, or undefined if this handler does not serve the request. */
  operation(req: Omit<SimRequest, 'operation'>): string | undefined;
  handle(req: SimRequest, sim: SimContext): SimResponse | Promise<SimResponse>;
  /** Renders an error in this service's wire format (REST-XML, query XML, EC2 XML, JSON). */
  error(req: SimRequest, err: SimError): SimResponse;
  /** The code this service answers a rate-limited request with (Throttling, RequestLimitExceeded, SlowDown, ...). */
  throttleError: { code: string; status: number; message: string };
  /**
   * Fills this service's slice of one account from the fixture. `fixture` is that account's
   * entry of the fixture YAML (`id`, `route53`, `s3`, `regions: {<region>: {elb, elbv2, ec2, rds, ...}}`).
   */
  seed?(account: string, fixture: FixtureAccount, sim: SimContext): void;
}

/** One account of a fixture file; each service reads its own keys. */
export type FixtureAccount = { id: string } & Record<string, unknown>;

/** Handlers reach shared state and the clock through this. */
export interface SimContext {
  state: SimState;
  /** Simulated time in ms since epoch; tests can move it forward. */
  now(): number;
  /** Deterministic id generator per prefix (e.g. `Z` → Z0000000000000000001). */
  newId(prefix: string): string;
  /** Records what a handler received, for tests that inspect batches etc. */
  log: { operation: string; service: string; region: string; account: string; params?: unknown }[];
  /**
   * Access keys the simulator accepts (the fixture's and temporary ones issued by
   * sts:AssumeRole). Always present on the server's context; optional so hand-built
   * contexts in unit tests need not provide it.
   */
  keys?: SimKeyStore;
  /** Per-service settings from `startSim({ serviceOptions })`, keyed by signing name. */
  serviceOptions?: Record<string, Record<string, unknown> | undefined>;
}

export interface SimCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Who an access key belongs to. */
export interface SimPrincipal {
  account: string;
  /** `arn:aws:iam::<acct>:user/...` or `arn:aws:sts::<acct>:assumed-role/<role>/<session>`. */
  arn: string;
  /** The unique id GetCallerIdentity reports as UserId. */
  userId: string;
  credentials: SimCredentials;
  /** Simulated ms since epoch after which temporary credentials stop working. */
  expiresAt?: number;
}

export interface SimKeyStore {
  lookup(accessKeyId: string): SimPrincipal | undefined;
  /** Issues temporary credentials (ASIA…) acting as `arn` in `account`. */
  issueTemporary(account: string, arn: string, userId: string, expiresAt: number): SimPrincipal;
}

/**
 * All simulated data. Each service module owns the shape of its own slice and exports a
 * `seed...` function that fills it from the fixture. `accounts[accountId].services[name]`
 * is that slice; regional services key their data by region inside it.
 */
export interface SimState {
  accounts: Record<string, { services: Record<string, unknown> }>;
}
