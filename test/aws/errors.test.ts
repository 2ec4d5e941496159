import { Readable } from 'node:stream';
import { CreateSnapshotCommand } from '@aws-sdk/client-ec2';
import { ListHostedZonesCommand } from '@aws-sdk/client-route-53';
import { HttpResponse } from '@smithy/core/protocols';
import { describe, expect, it } from 'vitest';
import { createAwsClients } from '../../src/aws/clients.js';
import { awsErrorCode, describeAwsError, iamActionFor, isThrottlingError } from '../../src/aws/errors.js';

/** An SDK-shaped service error, as the deserializers build them. */
function sdkError(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: 400 }, ...extra });
}

/** Sends one command through the real SDK against a handler that always answers `status`/`body`. */
async function failWith(send: (c: ReturnType<typeof createAwsClients>) => Promise<unknown>, status: number, body: string) {
  const handler = {
    async handle() {
      return {
        response: new HttpResponse({
          statusCode: status,
          headers: { 'content-type': 'text/xml' },
          body: Readable.from([Buffer.from(body)]),
        }),
      };
    },
  };
  const clients = createAwsClients({
    account: 'prod',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 's' },
    requestHandler: handler,
    maxAttempts: 1,
  });
  try {
    return await send(clients).then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error,
    );
  } finally {
    clients.destroy();
  }
}

describe('describeAwsError through the SDK', () => {
  it('names the operation, account and the missing IAM action for AccessDenied', async () => {
    const error = await failWith(
      (c) => c.route53().send(new ListHostedZonesCommand({})),
      403,
      '<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
        '<Message>User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: route53:ListHostedZones</Message></Error><RequestId>r</RequestId></ErrorResponse>',
    );
    expect(awsErrorCode(error)).toBe('AccessDenied');
    expect(describeAwsError(error)).toBe(
      'route53 ListHostedZones (account prod) failed: AccessDenied: User: arn:aws:sts::123456789012:assumed-role/ci/gh ' +
        'is not authorized to perform: route53:ListHostedZones — allow route53:ListHostedZones in the IAM policy of the ' +
        "role used for account prod (the template's iam/ policy lists every action the tool needs).",
    );
  });

  it('works out the IAM action for EC2 UnauthorizedOperation and points at the decoder', async () => {
    const error = await failWith(
      (c) => c.ec2('eu-west-1').send(new CreateSnapshotCommand({ VolumeId: 'vol-1' })),
      403,
      '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation. ' +
        'Encoded authorization failure message: abc123</Message></Error></Errors><RequestID>r</RequestID></Response>',
    );
    const text = describeAwsError(error, { resource: 'volume vol-1' });
    expect(text).toMatch(/^ec2 CreateSnapshot for volume vol-1 \(account prod, region eu-west-1\) failed: UnauthorizedOperation: /);
    expect(text).toContain('allow ec2:CreateSnapshot in the IAM policy');
    expect(text).toContain('aws sts decode-authorization-message');
  });

  it('explains expired and invalid credentials', async () => {
    const expired = await failWith(
      (c) => c.ec2('us-east-1').send(new CreateSnapshotCommand({ VolumeId: 'vol-1' })),
      400,
      '<Response><Errors><Error><Code>RequestExpired</Code><Message>Request has expired.</Message></Error></Errors><RequestID>r</RequestID></Response>',
    );
    expect(describeAwsError(expired)).toBe(
      'ec2 CreateSnapshot (account prod, region us-east-1) failed: RequestExpired: Request has expired — ' +
        "the request's timestamp was rejected: check this machine's clock; with temporary credentials the session " +
        'may also have expired (raise role-duration-seconds in aws-actions/configure-aws-credentials).',
    );

    const invalid = await failWith(
      (c) => c.ec2('ap-southeast-5').send(new CreateSnapshotCommand({ VolumeId: 'vol-1' })),
      401,
      '<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors><RequestID>r</RequestID></Response>',
    );
    const text = describeAwsError(invalid);
    expect(text).toContain('AWS credentials are missing or invalid: configure credentials before this step with aws-actions/configure-aws-credentials');
    expect(text).toContain('if ap-southeast-5 is an opt-in region, enable it for the account');
  });
});

describe('describeAwsError', () => {
  it('tells how to fix an expired session', () => {
    const error = sdkError('ExpiredToken', 'The security token included in the request is expired');
    expect(describeAwsError(error, { family: 's3', operation: 'PutObject', account: 'prod', region: 'eu-west-1' })).toBe(
      's3 PutObject (account prod, region eu-west-1) failed: ExpiredToken: The security token included in the request is expired' +
        ' — the AWS session expired before the run finished: raise role-duration-seconds in aws-actions/configure-aws-credentials, or run again.',
    );
  });

  it('recognises a credential-chain failure', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    const text = describeAwsError(error, { family: 'ec2', operation: 'DescribeVolumes', account: 'prod', region: 'us-east-1' });
    expect(text).toMatch(/failed: CredentialsProviderError: Could not load credentials from any providers — AWS credentials are missing/);
    expect(text).toContain('AWS_PROFILE when running locally');
  });

  it('points at the region when the endpoint cannot be resolved', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND ec2.mars-east-1.amazonaws.com'), {
      code: 'ENOTFOUND',
      hostname: 'ec2.mars-east-1.amazonaws.com',
    });
    expect(describeAwsError(error, { family: 'ec2', operation: 'DescribeVolumes', region: 'mars-east-1' })).toBe(
      'ec2 DescribeVolumes (region mars-east-1) failed: ENOTFOUND: getaddrinfo ENOTFOUND ec2.mars-east-1.amazonaws.com — ' +
        'check "mars-east-1" (ec2.mars-east-1.amazonaws.com is unreachable): it must be a region code such as eu-west-1, ' +
        'enabled for the account; if AWS_ENDPOINT_URL is set, check that the endpoint is up.',
    );
    expect(describeAwsError(sdkError('OptInRequired', 'You are not subscribed to this service.'), { region: 'me-south-1' })).toContain(
      'check "me-south-1"',
    );
  });

  it('explains an AssumeRole denial in terms of the trust policy', () => {
    const error = sdkError('AccessDenied', 'User: arn:aws:sts::1:assumed-role/gh/x is not authorized to perform: sts:AssumeRole');
    expect(describeAwsError(error, { family: 'sts', operation: 'AssumeRole', account: 'prod' })).toContain(
      "the role's trust policy must allow the caller to sts:AssumeRole",
    );
  });

  it('mentions explicit denies and KMS key policies', () => {
    const error = sdkError('AccessDeniedException', 'User x is not authorized to perform: kms:CreateGrant with an explicit deny');
    const text = describeAwsError(error, { family: 'kms', operation: 'CreateGrant', region: 'eu-west-1' });
    expect(text).toContain('allow kms:CreateGrant');
    expect(text).toContain('an explicit deny (SCP, permissions boundary or policy) blocks it');
    expect(text).toContain('the key policy must allow it too');
  });

  it('keeps the message on one line and lets the caller context win', () => {
    const error = sdkError('ValidationError', 'line one\nline two');
    expect(describeAwsError(error, { family: 'rds', operation: 'CopyDBSnapshot', account: 'dr' })).toBe(
      'rds CopyDBSnapshot (account dr) failed: ValidationError: line one line two',
    );
    expect(describeAwsError(new Error('boom'))).toBe('AWS call failed: boom');
    expect(describeAwsError('plain text')).toBe('AWS call failed: plain text');
  });
});

describe('isThrottlingError and iamActionFor', () => {
  it('recognises throttling by code, status and retryable trait', () => {
    expect(isThrottlingError(sdkError('Throttling', 'Rate exceeded'))).toBe(true);
    expect(isThrottlingError(sdkError('RequestLimitExceeded', 'Request limit exceeded.'))).toBe(true);
    expect(isThrottlingError(sdkError('PriorRequestNotComplete', 'busy'))).toBe(true);
    expect(isThrottlingError(sdkError('SlowDown', 'Please reduce your request rate.'))).toBe(true);
    expect(isThrottlingError(sdkError('Unknown', 'x', { $metadata: { httpStatusCode: 429 } }))).toBe(true);
    expect(isThrottlingError(sdkError('Whatever', 'x', { $retryable: { throttling: true } }))).toBe(true);
    expect(isThrottlingError(sdkError('AccessDenied', 'no'))).toBe(false);
    expect(isThrottlingError(undefined)).toBe(false);
  });

  it('maps S3 operations to their IAM action names', () => {
    expect(iamActionFor('s3', 'ListObjectsV2')).toBe('s3:ListBucket');
    expect(iamActionFor('s3', 'PutBucketLifecycleConfiguration')).toBe('s3:PutLifecycleConfiguration');
    expect(iamActionFor('s3', 'PutObject')).toBe('s3:PutObject');
    expect(iamActionFor('elasticloadbalancing', 'DescribeLoadBalancers')).toBe('elasticloadbalancing:DescribeLoadBalancers');
  });
});
