/**
 * Credentials for one account: the default provider chain (OIDC via
 * aws-actions/configure-aws-credentials, env vars, profiles, instance and container roles),
 * optionally exchanged for a role with STS AssumeRole. One provider is shared by every
 * client of the account, so the role is assumed once, not once per (service, region).
 */
// The node chain alone: @aws-sdk/credential-providers' entry also loads every other provider.
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { STSClientConfig } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Pluggable } from '@smithy/types';

export const ROLE_SESSION_NAME = 'aws-backup-gitops';

/** Refresh this long before expiry, so a call never signs with credentials about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60_000;

export interface AccountCredentialsOptions {
  roleArn?: string;
  externalId?: string;
  /** Seconds (900–43200); STS defaults to 3600. */
  roleDurationSeconds?: number;
  /** Base credentials instead of the default chain (tests, or a caller that already has them). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Settings for the STS client that assumes the role (region, request handler, retries, ...). */
  stsClientConfig?: STSClientConfig;
  /** Plugins for that STS client (the rate budget). */
  stsClientPlugins?: Pluggable<any, any>[];
  /** Milliseconds since epoch; tests inject a clock. */
  now?: () => number;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function assertRoleArn(roleArn: string): void {
  if (!ROLE_ARN.test(roleArn)) {
    throw new Error(
      `Invalid role ARN "${roleArn}": expected arn:aws:iam::<12-digit account id>:role/<name>, ` +
        'as shown on the role page of the IAM console.',
    );
  }
}

/**
 * Shares one in-flight or cached credential fetch between all callers, refetching shortly
 * before expiry; a failed fetch is not cached, so the next call tries again.
 */
export function sharedCredentials(
  provider: AwsCredentialIdentityProvider,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let cached: Promise<AwsCredentialIdentity> | undefined;
  let expiresAt = Infinity;
  return () => {
    if (cached && now() < expiresAt - REFRESH_MARGIN_MS) return cached;
    const fetching = Promise.resolve(provider()).then(
      (credentials) => {
        expiresAt = credentials.expiration ? credentials.expiration.getTime() : Infinity;
        return credentials;
      },
      (error: unknown) => {
        if (cached === fetching) cached = undefined;
        throw error;
      },
    );
    cached = fetching;
    expiresAt = Infinity;
    return fetching;
  };
}

/** The credentials every client of one account signs with. */
export function accountCredentials(
  options: AccountCredentialsOptions,
): AwsCredentialIdentity | AwsCredentialIdentityProvider {
  const base = options.credentials ?? sharedCredentials(defaultProvider(), options.now);
  if (!options.roleArn) return base;
  assertRoleArn(options.roleArn);
  const params: { RoleArn: string; RoleSessionName: string; ExternalId?: string; DurationSeconds?: number } = {
    RoleArn: options.roleArn,
    RoleSessionName: ROLE_SESSION_NAME,
  };
  if (options.externalId) params.ExternalId = options.externalId;
  if (options.roleDurationSeconds) params.DurationSeconds = options.roleDurationSeconds;
  // Loaded on the first call, and only by accounts that assume a role.
  let assumed: Promise<AwsCredentialIdentityProvider> | undefined;
  const provider: AwsCredentialIdentityProvider = async () => {
    assumed ??= import('@aws-sdk/credential-providers').then(({ fromTemporaryCredentials }) =>
      fromTemporaryCredentials({
        params,
        masterCredentials: base,
        ...(options.stsClientConfig ? { clientConfig: options.stsClientConfig } : {}),
        ...(options.stsClientPlugins ? { clientPlugins: options.stsClientPlugins } : {}),
      }),
    );
    return (await assumed)();
  };
  return sharedCredentials(provider, options.now);
}
