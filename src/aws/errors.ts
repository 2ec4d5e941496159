/**
 * Turns AWS SDK errors into one line a user can act on: what failed (operation, account,
 * region), AWS's code and message, and how to fix the common causes.
 */

/** What a call was about. The rate-budget middleware records it on every error it sees. */
export interface AwsCallContext {
  /** Signing name: route53, elasticloadbalancing, ec2, rds, s3, sts, kms. */
  family?: string;
  /** API operation, e.g. `ListResourceRecordSets`. */
  operation?: string;
  /** Account name (as configured) or id. */
  account?: string;
  region?: string;
  /** What the call was for, e.g. `zone example.com. (Z123)`. */
  resource?: string;
}

const callContexts = new WeakMap<object, AwsCallContext>();

export function rememberCallContext(error: unknown, context: AwsCallContext): void {
  if (typeof error === 'object' && error !== null) callContexts.set(error, context);
}

export function callContextOf(error: unknown): AwsCallContext | undefined {
  return typeof error === 'object' && error !== null ? callContexts.get(error) : undefined;
}

interface SdkErrorShape {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  hostname?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $retryable?: { throttling?: boolean };
}

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {};
}

/** The AWS error code (`AccessDenied`, `Throttling`, ...) or a Node network code (`ENOTFOUND`). */
export function awsErrorCode(error: unknown): string | undefined {
  const e = shape(error);
  const name = e.name && e.name !== 'Error' ? e.name : undefined;
  return e.Code ?? name ?? (typeof e.code === 'string' ? e.code : undefined);
}

/** Throttling codes across the services we call (same list as the SDK's retry classifier). */
const THROTTLING_CODES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);

export function isThrottlingError(error: unknown): boolean {
  const e = shape(error);
  return (
    e.$metadata?.httpStatusCode === 429 ||
    THROTTLING_CODES.has(e.name ?? '') ||
    THROTTLING_CODES.has(e.Code ?? '') ||
    e.$retryable?.throttling === true
  );
}

const ACCESS_DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedAccess',
  'Forbidden',
]);

const EXPIRED_CODES = new Set(['ExpiredToken', 'ExpiredTokenException', 'TokenRefreshRequired']);

/** EC2 also answers RequestExpired when temporary credentials expired. */
const CLOCK_CODES = new Set(['RequestExpired', 'RequestTimeTooSkewed', 'RequestInTheFuture']);

const BAD_CREDENTIAL_CODES = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AuthFailure',
  'InvalidToken',
  'MissingAuthenticationToken',
  'IncompleteSignature',
  'CredentialsProviderError',
]);

const REGION_CODES = new Set(['OptInRequired', 'RegionDisabledException', 'InvalidRegion', 'UnknownEndpoint']);

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The host answered but nothing listens on the port: an endpoint (AWS_ENDPOINT_URL) that is down, never a region. */
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET']);

/** S3 operations whose IAM action has a different name. */
const S3_IAM_ACTIONS: Record<string, string> = {
  ListObjectsV2: 'ListBucket',
  ListObjects: 'ListBucket',
  ListObjectVersions: 'ListBucketVersions',
  HeadBucket: 'ListBucket',
  ListBuckets: 'ListAllMyBuckets',
  HeadObject: 'GetObject',
  DeleteObjects: 'DeleteObject',
  GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
  PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
  DeleteBucketLifecycle: 'PutLifecycleConfiguration',
  CreateMultipartUpload: 'PutObject',
  UploadPart: 'PutObject',
  CompleteMultipartUpload: 'PutObject',
};

/** The IAM action that allows an operation, e.g. `route53:ListResourceRecordSets`. */
export function iamActionFor(family: string, operation: string): string {
  const action = family === 's3' ? (S3_IAM_ACTIONS[operation] ?? operation) : operation;
  return `${family}:${action}`;
}

/** Account-wide services whose region is an implementation detail. */
const GLOBAL_FAMILIES = new Set(['route53']);

function describeTarget(ctx: AwsCallContext): string {
  const call = [ctx.family, ctx.operation].filter(Boolean).join(' ') || 'AWS call';
  const where: string[] = [];
  if (ctx.account) where.push(`account ${ctx.account}`);
  if (ctx.region && !GLOBAL_FAMILIES.has(ctx.family ?? '')) where.push(`region ${ctx.region}`);
  const forWhat = ctx.resource ? ` for ${ctx.resource}` : '';
  return `${call}${forWhat}${where.length ? ` (${where.join(', ')})` : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const CONFIGURE_CREDENTIALS =
  'configure credentials before this step with aws-actions/configure-aws-credentials ' +
  '(OIDC, role-to-assume), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE when running locally';

function accessDeniedHint(ctx: AwsCallContext, message: string): string {
  if (ctx.family === 'sts' && ctx.operation === 'AssumeRole') {
    return (
      "the role's trust policy must allow the caller to sts:AssumeRole (and require the same external id, " +
      'if one is configured), and the caller needs sts:AssumeRole on the role ARN'
    );
  }
  // AWS usually names the action itself: "... is not authorized to perform: ec2:CreateSnapshot on ...".
  const named = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(message)?.[1];
  const action = named ?? (ctx.family && ctx.operation ? iamActionFor(ctx.family, ctx.operation) : undefined);
  const who = ctx.account ? ` used for account ${ctx.account}` : '';
  let hint = action
    ? `allow ${action} in the IAM policy of the role${who} (the template's iam/ policy lists every action the tool needs)`
    : `allow the missing action in the IAM policy of the role${who}`;
  if (/explicit deny/i.test(message)) {
    hint += '; an explicit deny (SCP, permissions boundary or policy) blocks it, so that deny must change';
  }
  if (/Encoded authorization failure message/i.test(message)) {
    hint += '; decode the details with `aws sts decode-authorization-message --encoded-message ...`';
  }
  if (ctx.family === 'kms' || /kms/i.test(message)) {
    hint += '; for KMS keys the key policy must allow it too';
  }
  return hint;
}

function credentialsHint(code: string, ctx: AwsCallContext): string {
  if (EXPIRED_CODES.has(code)) {
    return (
      'the AWS session expired before the run finished: raise role-duration-seconds in ' +
      'aws-actions/configure-aws-credentials, or run again'
    );
  }
  let hint = `AWS credentials are missing or invalid: ${CONFIGURE_CREDENTIALS}`;
  if (ctx.region && (code === 'InvalidClientTokenId' || code === 'AuthFailure' || code === 'UnrecognizedClientException')) {
    hint += `; if ${ctx.region} is an opt-in region, enable it for the account`;
  }
  return hint;
}

function regionHint(ctx: AwsCallContext, hostname: string | undefined): string {
  const region = ctx.region ? `"${ctx.region}"` : 'the region';
  const host = hostname ? ` (${hostname} is unreachable)` : '';
  return (
    `check ${region}${host}: it must be a region code such as eu-west-1, enabled for the account; ` +
    'if AWS_ENDPOINT_URL is set, check that the endpoint is up'
  );
}

function endpointHint(error: unknown): string {
  const { address, port } = error as { address?: string; port?: number };
  const where = address ? `${address}${port ? `:${port}` : ''}` : 'the endpoint';
  return (
    `nothing is listening at ${where}: check that AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_<SERVICE>) names the ` +
    'running endpoint, e.g. http://localhost:4566, and that it is up; unset it to reach AWS itself'
  );
}

function isCredentialsProviderError(error: unknown): boolean {
  const e = shape(error);
  return (
    e.name === 'CredentialsProviderError' ||
    /Could not load credentials|Unable to locate credentials|Resolved credential object is not valid/i.test(
      e.message ?? '',
    )
  );
}

function isRegionError(code: string | undefined, message: string): boolean {
  if (code && (REGION_CODES.has(code) || NETWORK_CODES.has(code))) return true;
  return /Region is missing|Invalid region|is not a valid region|Unknown region|getaddrinfo/i.test(message);
}

function hintFor(error: unknown, code: string | undefined, message: string, ctx: AwsCallContext): string | undefined {
  const e = shape(error);
  if (isCredentialsProviderError(error)) return credentialsHint('CredentialsProviderError', ctx);
  if (code && EXPIRED_CODES.has(code)) return credentialsHint(code, ctx);
  if (code && CLOCK_CODES.has(code)) {
    return (
      "the request's timestamp was rejected: check this machine's clock; with temporary credentials the session " +
      'may also have expired (raise role-duration-seconds in aws-actions/configure-aws-credentials)'
    );
  }
  if (code && BAD_CREDENTIAL_CODES.has(code)) return credentialsHint(code, ctx);
  if ((code && ACCESS_DENIED_CODES.has(code)) || e.$metadata?.httpStatusCode === 403) {
    return accessDeniedHint(ctx, message);
  }
  if (code && REFUSED_CODES.has(code)) return endpointHint(error);
  if (isRegionError(code, message)) return regionHint(ctx, e.hostname);
  if (isThrottlingError(error)) {
    const attempts = e.$metadata?.attempts;
    const after = attempts ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'}` : '';
    const family = ctx.family ? ` for ${ctx.family}` : '';
    return `still throttled${after}: lower the concurrency or the rate limit${family}, or run again later`;
  }
  return undefined;
}

/**
 * One line: `<what> failed: <Code>: <message> — <how to fix>`. `context` fills in or
 * overrides what the client layer recorded about the call.
 */
export function describeAwsError(error: unknown, context: AwsCallContext = {}): string {
  const ctx: AwsCallContext = { ...callContextOf(error), ...definedOnly(context) };
  const e = shape(error);
  const code = isCredentialsProviderError(error) ? 'CredentialsProviderError' : awsErrorCode(error);
  const message = oneLine(e.message ?? (typeof error === 'string' ? error : String(error)));
  const reason = code && code !== message ? `${code}: ${message}` : message;
  const hint = hintFor(error, code, message, ctx);
  if (!hint) return `${describeTarget(ctx)} failed: ${reason}`;
  return `${describeTarget(ctx)} failed: ${reason.replace(/\.$/, '')} — ${hint}.`;
}

function definedOnly(context: AwsCallContext): AwsCallContext {
  return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)) as AwsCallContext;
}
