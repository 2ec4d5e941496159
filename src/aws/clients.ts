/**
 * One factory per account: hands out SDK v3 clients, created once per (service, region),
 * all signing with the account's shared credentials, retrying adaptively and spending the
 * account's rate budgets on every attempt.
 *
 * The SDK packages are large, so none is imported up front: `loadAwsServices` imports the
 * ones a command needs (aws-services.ts), and only then can their clients be handed out.
 *
 * Endpoints are never set here: the SDK itself honours AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_<SERVICE> (and `endpoint_url` in a profile), which is how LocalStack and
 * the test simulator are reached.
 */
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { KMSClient } from '@aws-sdk/client-kms';
import type { RDSClient } from '@aws-sdk/client-rds';
import type { Route53Client } from '@aws-sdk/client-route-53';
import type { S3Client } from '@aws-sdk/client-s3';
import type { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import packageJson from '../../package.json' with { type: 'json' };
import { accountCredentials } from './credentials.js';
import { loadedClientClass, type ServiceName } from './aws-services.js';
import { assertRegionName, endpointOverride, partitionDefaultRegion, route53Region } from './endpoints.js';
import { RateBudgets, type ApiFamily, type RateBudgetStats, type ThrottleEvent } from './rate-budget.js';
import type { RateLimitOverrides } from './rate-limits.js';

export const USER_AGENT_NAME = 'aws-backup-gitops';
export const DEFAULT_MAX_ATTEMPTS = 8;

export interface AwsLogger {
  debug(message: string): void;
  warn(message: string): void;
}

/** The SDK's request handler contract (what `requestHandler` accepts). */
export type AwsRequestHandler = NonNullable<ConstructorParameters<typeof EC2Client>[0]>['requestHandler'];

export interface AwsClientsOptions {
  /** The account's name in the config; used in budgets, stats and messages. */
  account: string;
  /** Role to assume with STS (session name `aws-backup-gitops`); base credentials come from the default chain. */
  roleArn?: string;
  externalId?: string;
  roleDurationSeconds?: number;
  /** Region of the STS endpoint that assumes the role; defaults to AWS_REGION, else the partition's default. */
  stsRegion?: string;
  /** Base credentials instead of the default chain (tests). With `roleArn` they assume the role. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Overrides of the documented rate limits (rate-limits.ts). Ignored when `budgets` is given. */
  rateLimits?: RateLimitOverrides;
  /** A budget registry shared with other accounts' factories (for totals across accounts). */
  budgets?: RateBudgets;
  /** Attempts per call, first included (default 8). */
  maxAttempts?: number;
  logger?: AwsLogger;
  /** Replaces the SDK's HTTP handler (tests). */
  requestHandler?: AwsRequestHandler;
  /** Environment used to detect endpoint overrides (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface AwsClients {
  readonly account: string;
  readonly budgets: RateBudgets;
  route53(): Route53Client;
  elb(region: string): ElasticLoadBalancingClient;
  elbv2(region: string): ElasticLoadBalancingV2Client;
  s3(region: string): S3Client;
  sts(region: string): STSClient;
  ec2(region: string): EC2Client;
  rds(region: string): RDSClient;
  kms(region: string): KMSClient;
  cloudtrail(region: string): CloudTrailClient;
  /** Calls and throttling errors so far (of every account sharing `budgets`). */
  stats(): RateBudgetStats;
  /** Closes every client created so far (their sockets); later calls create new ones. */
  destroy(): void;
}

interface ServiceSpec {
  family: ApiFamily;
  /** The suffix of AWS_ENDPOINT_URL_<SERVICE>: the SDK's serviceId, upper case, spaces as `_`. */
  endpointEnv: string;
}

const SERVICES = {
  route53: { family: 'route53', endpointEnv: 'ROUTE_53' },
  elb: { family: 'elasticloadbalancing', endpointEnv: 'ELASTIC_LOAD_BALANCING' },
  elbv2: { family: 'elasticloadbalancing', endpointEnv: 'ELASTIC_LOAD_BALANCING_V2' },
  s3: { family: 's3', endpointEnv: 'S3' },
  sts: { family: 'sts', endpointEnv: 'STS' },
  ec2: { family: 'ec2', endpointEnv: 'EC2' },
  rds: { family: 'rds', endpointEnv: 'RDS' },
  kms: { family: 'kms', endpointEnv: 'KMS' },
  cloudtrail: { family: 'cloudtrail', endpointEnv: 'CLOUDTRAIL' },
} as const satisfies Record<ServiceName, ServiceSpec>;

interface DestroyableClient {
  destroy(): void;
  middlewareStack: { use(plugin: any): void };
}

export function createAwsClients(options: AwsClientsOptions): AwsClients {
  const env = options.env ?? process.env;
  const budgets = options.budgets ?? new RateBudgets(options.rateLimits ? { limits: options.rateLimits } : {});
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`maxAttempts must be a whole number of at least 1, got ${maxAttempts}.`);
  }
  const { account, logger } = options;

  const onThrottle = logger
    ? (e: ThrottleEvent) => {
        const what = `${e.family} ${e.operation} throttled (${e.code}, attempt ${e.attempt}/${maxAttempts}) for account ${e.account} in ${e.region}`;
        if (e.attempt >= maxAttempts) logger.warn(`${what}; giving up`);
        else logger.debug(`${what}; retrying with backoff`);
      }
    : undefined;

  const common = {
    maxAttempts,
    retryMode: 'adaptive',
    customUserAgent: [[USER_AGENT_NAME, packageJson.version]] as [string, string][],
    ...(options.requestHandler ? { requestHandler: options.requestHandler } : {}),
  };

  const stsRegion =
    options.stsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || partitionDefaultRegion(options.roleArn);
  const credentials = accountCredentials({
    ...(options.roleArn ? { roleArn: options.roleArn } : {}),
    ...(options.externalId ? { externalId: options.externalId } : {}),
    ...(options.roleDurationSeconds ? { roleDurationSeconds: options.roleDurationSeconds } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    stsClientConfig: { ...common, region: stsRegion },
    stsClientPlugins: [budgets.plugin({ family: 'sts', account, region: stsRegion }, onThrottle)],
  });

  const cache = new Map<string, DestroyableClient>();

  function client<C extends DestroyableClient>(service: ServiceName, region: string, adjust: (config: object) => object = (c) => c): C {
    assertRegionName(region);
    const key = `${service}/${region}`;
    const cached = cache.get(key);
    if (cached) return cached as C;
    const spec = SERVICES[service];
    const ClientClass = loadedClientClass(service);
    const created = new ClientClass(adjust({ ...common, region, credentials })) as unknown as C;
    budgets.attach(created, { family: spec.family, account, region }, onThrottle);
    cache.set(key, created);
    return created;
  }

  function s3Config(config: object): object {
    // Custom endpoints (LocalStack, the simulator, S3-compatible stores) have no virtual-host
    // DNS for buckets and often lack the newer default checksums.
    if (!endpointOverride(SERVICES.s3.endpointEnv, env)) return config;
    return {
      ...config,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
  }

  return {
    account,
    budgets,
    route53: () => client<Route53Client>('route53', route53Region(options.roleArn)),
    elb: (region) => client<ElasticLoadBalancingClient>('elb', region),
    elbv2: (region) => client<ElasticLoadBalancingV2Client>('elbv2', region),
    s3: (region) => client<S3Client>('s3', region, s3Config),
    sts: (region) => client<STSClient>('sts', region),
    ec2: (region) => client<EC2Client>('ec2', region),
    rds: (region) => client<RDSClient>('rds', region),
    kms: (region) => client<KMSClient>('kms', region),
    cloudtrail: (region) => client<CloudTrailClient>('cloudtrail', region),
    stats: () => budgets.stats(),
    destroy: () => {
      for (const created of cache.values()) created.destroy();
      cache.clear();
    },
  };
}
