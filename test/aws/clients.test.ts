import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { DescribeDBSnapshotsCommand } from '@aws-sdk/client-rds';
import { ListHostedZonesCommand } from '@aws-sdk/client-route-53';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { HttpResponse } from '@smithy/core/protocols';
import type { AwsCredentialIdentity, HttpRequest } from '@smithy/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients, type AwsClientsOptions } from '../../src/aws/clients.js';
import { sharedCredentials } from '../../src/aws/credentials.js';
import { describeAwsError } from '../../src/aws/errors.js';
import { endpointOverride, route53Region } from '../../src/aws/endpoints.js';

type Reply = { status?: number; body: string };

/** A request handler standing in for AWS: every request goes through the real SDK stack. */
function fakeAws(reply: (request: HttpRequest, body: string) => Reply) {
  const requests: { request: HttpRequest; body: string }[] = [];
  let destroyed = 0;
  const handler = {
    async handle(request: HttpRequest) {
      const body = typeof request.body === 'string' ? request.body : request.body ? String(request.body) : '';
      requests.push({ request, body });
      const { status = 200, body: out } = reply(request, body);
      return {
        response: new HttpResponse({
          statusCode: status,
          headers: { 'content-type': 'text/xml' },
          body: Readable.from([Buffer.from(out)]),
        }),
      };
    },
    destroy() {
      destroyed += 1;
    },
  };
  return { requests, handler, destroyed: () => destroyed };
}

const R53 = 'https://route53.amazonaws.com/doc/2013-04-01/';
const zonesXml = `<ListHostedZonesResponse xmlns="${R53}"><HostedZones></HostedZones><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>`;
const volumesXml = `<DescribeVolumesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><volumeSet></volumeSet></DescribeVolumesResponse>`;

function assumeRoleXml(accessKeyId: string, sessionToken: string): string {
  return `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
<Credentials><AccessKeyId>${accessKeyId}</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey>
<SessionToken>${sessionToken}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>
<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/backup/aws-backup-gitops</Arn>
<AssumedRoleId>AROAEXAMPLE:aws-backup-gitops</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>
<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`;
}

/** Serves what the tests call: STS AssumeRole, Route 53 ListHostedZones, EC2 DescribeVolumes, S3 HeadBucket. */
function reply(request: HttpRequest, body: string): Reply {
  if (body.includes('Action=AssumeRole')) return { body: assumeRoleXml('ASIAROLE', 'role-token') };
  if (request.path.includes('hostedzone')) return { body: zonesXml };
  if (body.includes('Action=DescribeVolumes')) return { body: volumesXml };
  return { body: '' };
}

const baseKeys = { accessKeyId: 'AKIDBASE', secretAccessKey: 'base-secret' };
const created: AwsClients[] = [];
function clients(options: Partial<AwsClientsOptions>): AwsClients {
  const c = createAwsClients({ account: 'prod', credentials: baseKeys, ...options });
  created.push(c);
  return c;
}

afterEach(() => {
  for (const c of created.splice(0)) c.destroy();
  vi.unstubAllEnvs();
});

function accessKeyOf(request: HttpRequest): string | undefined {
  return /Credential=(\w+)\//.exec(String(request.headers.authorization))?.[1];
}

describe('client factory', () => {
  it('creates each client once per (service, region)', () => {
    const c = clients({});
    expect(c.ec2('us-east-1')).toBe(c.ec2('us-east-1'));
    expect(c.ec2('eu-west-1')).not.toBe(c.ec2('us-east-1'));
    expect(c.elbv2('us-east-1')).not.toBe(c.elb('us-east-1'));
    expect(c.route53()).toBe(c.route53());
  });

  it('signs Route 53 for us-east-1, and regional services for their region', async () => {
    const aws = fakeAws(reply);
    const c = clients({ requestHandler: aws.handler });
    await c.route53().send(new ListHostedZonesCommand({}));
    await c.ec2('eu-west-1').send(new DescribeVolumesCommand({}));
    const scopes = aws.requests.map((r) => /Credential=\w+\/\d+\/([\w-]+)\/(\w+)\//.exec(String(r.request.headers.authorization))?.slice(1));
    expect(scopes).toEqual([
      ['us-east-1', 'route53'],
      ['eu-west-1', 'ec2'],
    ]);
    const strategy = (await c.ec2('eu-west-1').config.retryStrategy()) as { mode?: string };
    expect(strategy.mode).toBe('adaptive');
    expect(await c.ec2('eu-west-1').config.maxAttempts()).toBe(8);
  });

  it('adds aws-backup-gitops/<version> to the user agent', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const aws = fakeAws(reply);
    await clients({ requestHandler: aws.handler }).ec2('us-east-1').send(new DescribeVolumesCommand({}));
    const headers = aws.requests[0]!.request.headers;
    expect(`${headers['user-agent']} ${headers['x-amz-user-agent']}`).toContain(`aws-backup-gitops/${version}`);
  });

  it('rejects a malformed region with a clear message', () => {
    const c = clients({});
    expect(() => c.ec2('us-east1')).toThrow('Unknown AWS region "us-east1": write a region code such as us-east-1');
    expect(() => c.s3('')).toThrow('Unknown AWS region ""');
  });

  it('rejects a malformed role ARN and a bad maxAttempts', () => {
    expect(() => clients({ roleArn: 'backup-role' })).toThrow('Invalid role ARN "backup-role"');
    expect(() => clients({ maxAttempts: 0 })).toThrow('maxAttempts must be a whole number of at least 1');
  });

  it('destroy() closes every client it created', async () => {
    const aws = fakeAws(reply);
    const c = clients({ requestHandler: aws.handler });
    c.ec2('us-east-1');
    c.ec2('eu-west-1');
    c.route53();
    c.destroy();
    expect(aws.destroyed()).toBe(3);
    // A later call builds a fresh client rather than using a closed one.
    await c.ec2('us-east-1').send(new DescribeVolumesCommand({}));
    expect(aws.requests).toHaveLength(1);
  });
});

describe('endpoints', () => {
  it('honours AWS_ENDPOINT_URL', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:4566');
    const aws = fakeAws(reply);
    const c = clients({ requestHandler: aws.handler });
    await c.ec2('us-east-1').send(new DescribeVolumesCommand({}));
    await c.route53().send(new ListHostedZonesCommand({}));
    for (const { request } of aws.requests) {
      expect(request.protocol).toBe('http:');
      expect(request.hostname).toBe('127.0.0.1');
      expect(request.port).toBe(4566);
    }
  });

  it('reaches a loopback endpoint over real HTTP with the default handler', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push(`${req.method} ${req.headers.host} ${new URLSearchParams(body).get('Action')}`);
        res.writeHead(200, { 'content-type': 'text/xml' }).end(volumesXml);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      vi.stubEnv('AWS_ENDPOINT_URL', `http://127.0.0.1:${port}`);
      const out = await clients({}).ec2('us-east-1').send(new DescribeVolumesCommand({}));
      expect(out.Volumes).toEqual([]);
      expect(seen).toEqual([`POST 127.0.0.1:${port} DescribeVolumes`]);
    } finally {
      for (const c of created.splice(0)) c.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('lets AWS_ENDPOINT_URL_<SERVICE> win for its service', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:4566');
    vi.stubEnv('AWS_ENDPOINT_URL_EC2', 'http://127.0.0.1:5000');
    const aws = fakeAws(reply);
    const c = clients({ requestHandler: aws.handler });
    await c.ec2('us-east-1').send(new DescribeVolumesCommand({}));
    await c.route53().send(new ListHostedZonesCommand({}));
    expect(aws.requests.map((r) => r.request.port)).toEqual([5000, 4566]);
  });

  it('uses path-style S3 addressing when an endpoint is configured', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:4566');
    const aws = fakeAws(reply);
    await clients({ requestHandler: aws.handler }).s3('eu-west-1').send(new HeadBucketCommand({ Bucket: 'backup-bucket' }));
    const { request } = aws.requests[0]!;
    expect(request.hostname).toBe('127.0.0.1');
    expect(request.path).toBe('/backup-bucket/');
  });

  it('keeps virtual-hosted S3 addressing against AWS', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', '');
    vi.stubEnv('AWS_ENDPOINT_URL_S3', '');
    const aws = fakeAws(reply);
    await clients({ requestHandler: aws.handler }).s3('eu-west-1').send(new HeadBucketCommand({ Bucket: 'backup-bucket' }));
    const { request } = aws.requests[0]!;
    expect(request.hostname).toBe('backup-bucket.s3.eu-west-1.amazonaws.com');
    expect(request.path).toBe('/');
  });

  it('endpointOverride follows the SDK precedence', () => {
    expect(endpointOverride('S3', {})).toBeUndefined();
    expect(endpointOverride('S3', { AWS_ENDPOINT_URL: 'http://a' })).toBe('http://a');
    expect(endpointOverride('S3', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'http://b' })).toBe('http://b');
    expect(endpointOverride('S3', { AWS_ENDPOINT_URL: 'http://a', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toBeUndefined();
    expect(route53Region('arn:aws-cn:iam::123456789012:role/x')).toBe('cn-northwest-1');
    expect(route53Region(undefined)).toBe('us-east-1');
  });
});

describe('assume role', () => {
  const roleArn = 'arn:aws:iam::123456789012:role/backup';

  it("assumes the role once with the base credentials and signs every client's calls with the role's", async () => {
    const aws = fakeAws(reply);
    const c = clients({ roleArn, externalId: 'ext-42', stsRegion: 'eu-central-1', requestHandler: aws.handler });
    await Promise.all([
      c.route53().send(new ListHostedZonesCommand({})),
      c.ec2('us-east-1').send(new DescribeVolumesCommand({})),
      c.ec2('eu-west-1').send(new DescribeVolumesCommand({})),
    ]);

    const assume = aws.requests.filter((r) => r.body.includes('Action=AssumeRole'));
    expect(assume).toHaveLength(1);
    const params = new URLSearchParams(assume[0]!.body);
    expect(params.get('RoleArn')).toBe(roleArn);
    expect(params.get('RoleSessionName')).toBe('aws-backup-gitops');
    expect(params.get('ExternalId')).toBe('ext-42');
    expect(accessKeyOf(assume[0]!.request)).toBe('AKIDBASE');
    expect(assume[0]!.request.hostname).toBe('sts.eu-central-1.amazonaws.com');

    const calls = aws.requests.filter((r) => !r.body.includes('Action=AssumeRole'));
    expect(calls).toHaveLength(3);
    for (const { request } of calls) {
      expect(accessKeyOf(request)).toBe('ASIAROLE');
      expect(request.headers['x-amz-security-token']).toBe('role-token');
    }
    expect(c.stats().operations.find((o) => o.family === 'sts')).toMatchObject({ operation: 'AssumeRole', calls: 1 });
  });

  it('blames AssumeRole, not the call that needed it, when the role cannot be assumed', async () => {
    const aws = fakeAws((request, body) =>
      body.includes('Action=AssumeRole')
        ? {
            status: 403,
            body:
              '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code>' +
              `<Message>User: arn:aws:sts::123456789012:assumed-role/gh/x is not authorized to perform: sts:AssumeRole on resource: ${roleArn}</Message>` +
              '</Error><RequestId>r</RequestId></ErrorResponse>',
          }
        : reply(request, body),
    );
    const c = clients({ roleArn, stsRegion: 'eu-central-1', requestHandler: aws.handler, maxAttempts: 1 });
    const error = await c
      .ec2('us-east-1')
      .send(new DescribeVolumesCommand({}))
      .catch((e: unknown) => e);
    expect(aws.requests.every((r) => r.body.includes('Action=AssumeRole'))).toBe(true);
    const text = describeAwsError(error);
    expect(text).toMatch(/^sts AssumeRole \(account prod, region eu-central-1\) failed: AccessDenied: /);
    expect(text).toContain("the role's trust policy must allow the caller to sts:AssumeRole");
  });

  it('names the call when the base credentials cannot be found', async () => {
    const aws = fakeAws(reply);
    const missing = async () => {
      throw Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    };
    const error = await clients({ credentials: missing, requestHandler: aws.handler })
      .rds('eu-west-1')
      .send(new DescribeDBSnapshotsCommand({}))
      .catch((e: unknown) => e);
    expect(aws.requests).toHaveLength(0);
    expect(describeAwsError(error)).toMatch(
      /^rds DescribeDBSnapshots \(account prod, region eu-west-1\) failed: CredentialsProviderError: Could not load credentials from any providers — AWS credentials are missing or invalid/,
    );
  });

  it('signs with the base credentials when no role is given', async () => {
    const aws = fakeAws(reply);
    await clients({ requestHandler: aws.handler }).ec2('us-east-1').send(new DescribeVolumesCommand({}));
    expect(aws.requests).toHaveLength(1);
    expect(accessKeyOf(aws.requests[0]!.request)).toBe('AKIDBASE');
  });

  it('assumes the role in AWS_REGION when no STS region is given', async () => {
    vi.stubEnv('AWS_REGION', 'ap-northeast-1');
    const aws = fakeAws(reply);
    await clients({ roleArn, requestHandler: aws.handler }).ec2('us-east-1').send(new DescribeVolumesCommand({}));
    expect(aws.requests[0]!.request.hostname).toBe('sts.ap-northeast-1.amazonaws.com');
  });

  it('reaches STS through AWS_ENDPOINT_URL too', async () => {
    vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:4566');
    const aws = fakeAws(reply);
    await clients({ roleArn, stsRegion: 'us-east-1', requestHandler: aws.handler })
      .ec2('us-east-1')
      .send(new DescribeVolumesCommand({}));
    expect(aws.requests.map((r) => `${r.request.hostname}:${r.request.port}`)).toEqual(['127.0.0.1:4566', '127.0.0.1:4566']);
  });
});

describe('sharedCredentials', () => {
  const creds = (id: string, expiresAt?: number): AwsCredentialIdentity => ({
    accessKeyId: id,
    secretAccessKey: 's',
    ...(expiresAt !== undefined ? { expiration: new Date(expiresAt) } : {}),
  });

  it('shares one fetch between concurrent callers', async () => {
    const provider = vi.fn(async () => creds('A'));
    const shared = sharedCredentials(provider);
    const all = await Promise.all([shared(), shared(), shared()]);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(all.map((c) => c.accessKeyId)).toEqual(['A', 'A', 'A']);
  });

  it('refetches five minutes before expiry', async () => {
    let t = 0;
    let n = 0;
    const shared = sharedCredentials(async () => creds(`K${++n}`, 60 * 60_000), () => t);
    expect((await shared()).accessKeyId).toBe('K1');
    t = 54 * 60_000;
    expect((await shared()).accessKeyId).toBe('K1');
    t = 56 * 60_000;
    expect((await shared()).accessKeyId).toBe('K2');
  });

  it('does not cache a failure', async () => {
    let fail = true;
    const shared = sharedCredentials(async () => {
      if (fail) throw new Error('no credentials');
      return creds('B');
    });
    await expect(shared()).rejects.toThrow('no credentials');
    fail = false;
    expect((await shared()).accessKeyId).toBe('B');
  });
});
