import { Readable } from 'node:stream';
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { ChangeResourceRecordSetsCommand, ListHealthChecksCommand, ListHostedZonesCommand, type Change } from '@aws-sdk/client-route-53';
import { HttpResponse } from '@smithy/core/protocols';
import type { HttpRequest } from '@smithy/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { describeAwsError } from '../../src/aws/errors.js';
import { budgetKey, changeCount, RateBudgets } from '../../src/aws/rate-budget.js';
import { DOCUMENTED_RATE_LIMITS, resolveRateLimits } from '../../src/aws/rate-limits.js';

/** A request handler standing in for AWS: every request goes through the real SDK stack. */
interface Seen {
  request: HttpRequest;
  at: number;
}
type Reply = { status?: number; body: string };

function fakeAws(reply: (request: HttpRequest, index: number) => Reply) {
  const seen: Seen[] = [];
  const handler = {
    async handle(request: HttpRequest) {
      seen.push({ request, at: performance.now() });
      const { status = 200, body } = reply(request, seen.length - 1);
      const response = new HttpResponse({
        statusCode: status,
        headers: { 'content-type': 'text/xml' },
        body: Readable.from([Buffer.from(body)]),
      });
      return { response };
    },
  };
  return { seen, handler };
}

const R53 = 'https://route53.amazonaws.com/doc/2013-04-01/';
const zonesXml = `<ListHostedZonesResponse xmlns="${R53}"><HostedZones></HostedZones><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>`;
const r53Throttle: Reply = {
  status: 400,
  body: `<ErrorResponse xmlns="${R53}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r1</RequestId></ErrorResponse>`,
};
const volumesXml = `<DescribeVolumesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><volumeSet></volumeSet></DescribeVolumesResponse>`;

/** Any AWS reply by host: enough for ListHostedZones and DescribeVolumes. */
function okReply(request: HttpRequest): Reply {
  return { body: request.hostname.startsWith('route53') ? zonesXml : volumesXml };
}

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const created: AwsClients[] = [];
function clients(options: Partial<Parameters<typeof createAwsClients>[0]> & { account?: string }): AwsClients {
  const c = createAwsClients({ account: 'prod', credentials, ...options });
  created.push(c);
  return c;
}

afterEach(() => {
  for (const c of created.splice(0)) c.destroy();
  vi.restoreAllMocks();
});

/** A clock the test moves by hand: buckets refill only when it says so. */
function manualClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

async function settle(ms = 150): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

describe('rate budgets through the SDK middleware', () => {
  it('spaces concurrent calls at the configured rate', async () => {
    const aws = fakeAws(okReply);
    const rate = 20;
    const c = clients({ requestHandler: aws.handler, budgets: new RateBudgets({ limits: { ec2: { rate, burst: 1 } }, reserve: 0, reserveMs: 0 }) });
    const ec2 = c.ec2('us-east-1');
    const started = performance.now();
    await Promise.all(Array.from({ length: 11 }, () => ec2.send(new DescribeVolumesCommand({}))));
    const elapsed = performance.now() - started;

    // Burst 1: the n-th request cannot leave before (n-1)/rate seconds.
    expect(elapsed).toBeGreaterThanOrEqual((10 / rate) * 1000 * 0.9);
    expect(elapsed).toBeLessThan(10_000);
    // The bucket starts with one token at the first call: token i is free at i/rate seconds.
    const times = aws.seen.map((s) => s.at - started).sort((a, b) => a - b);
    times.forEach((t, i) => expect(t).toBeGreaterThanOrEqual((i / rate) * 1000 * 0.9));
    expect(c.stats().calls).toBe(11);
  });

  it('shares one Route 53 budget per account, and one budget per region for other services', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now, limits: { route53: 1, ec2: 1 } });
    const aws = fakeAws(okReply);
    const prodKeys = { accessKeyId: 'AKIDPROD', secretAccessKey: 's' };
    const prodA = clients({ account: 'prod', budgets, requestHandler: aws.handler, credentials: prodKeys });
    const prodB = clients({ account: 'prod', budgets, requestHandler: aws.handler, credentials: prodKeys });
    const devKeys = { accessKeyId: 'AKIDDEV', secretAccessKey: 's' };
    const dev = clients({ account: 'dev', budgets, requestHandler: aws.handler, credentials: devKeys });

    const calls = [
      prodA.route53().send(new ListHostedZonesCommand({})),
      prodB.route53().send(new ListHostedZonesCommand({})),
      dev.route53().send(new ListHostedZonesCommand({})),
      prodA.ec2('us-east-1').send(new DescribeVolumesCommand({})),
      prodA.ec2('us-east-1').send(new DescribeVolumesCommand({})),
      prodA.ec2('eu-west-1').send(new DescribeVolumesCommand({})),
    ];
    await settle();
    // Frozen clock, burst 1: exactly one token per bucket was available.
    const hosts = aws.seen.map((s) => s.request.hostname).sort();
    expect(hosts).toEqual(['ec2.eu-west-1.amazonaws.com', 'ec2.us-east-1.amazonaws.com', 'route53.amazonaws.com', 'route53.amazonaws.com']);
    const route53Keys = aws.seen
      .filter((s) => s.request.hostname.startsWith('route53'))
      .map((s) => /Credential=(\w+)/.exec(String(s.request.headers.authorization))?.[1])
      .sort();
    expect(route53Keys).toEqual(['AKIDDEV', 'AKIDPROD']); // prod's two factories share one budget

    clock.advance(10_000);
    await Promise.all(calls);
    expect(aws.seen).toHaveLength(6);
    expect(budgetKey({ family: 'route53', account: 'prod', region: 'us-east-1' })).toBe(
      budgetKey({ family: 'route53', account: 'prod', region: 'eu-west-1' }),
    );
  });

  it('takes a token for every attempt, retries included, and recovers from Throttling', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0); // no backoff jitter: keeps the test fast
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now, reserve: 0, reserveMs: 0, limits: { route53: { rate: 1, burst: 3 } } });
    const aws = fakeAws((request, i) => (i < 2 ? r53Throttle : okReply(request)));
    const throttles: string[] = [];
    const c = clients({
      budgets,
      requestHandler: aws.handler,
      logger: { debug: (m) => throttles.push(m), warn: (m) => throttles.push(m) },
    });

    const out = await c.route53().send(new ListHostedZonesCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    expect(aws.seen.map((s) => s.request.headers['amz-sdk-request'])).toEqual([
      'attempt=1; max=8',
      'attempt=2; max=8',
      'attempt=3; max=8',
    ]);
    // Three attempts, three tokens: the bucket (frozen clock) is empty now.
    expect(budgets.bucket({ family: 'route53', account: 'prod', region: 'us-east-1' })!.tryTake()).toBe(false);
    expect(c.stats()).toMatchObject({
      calls: 3,
      throttled: 2,
      operations: [{ family: 'route53', operation: 'ListHostedZones', calls: 3, throttled: 2 }],
    });
    expect(throttles).toHaveLength(2);
    expect(throttles[0]).toMatch(/route53 ListHostedZones throttled \(Throttling, attempt 1\/8\) for account prod/);
  });

  it('a retry waits for the budget to refill', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now, limits: { route53: { rate: 1, burst: 1 } } });
    const aws = fakeAws((request, i) => (i < 1 ? r53Throttle : okReply(request)));
    const c = clients({ budgets, requestHandler: aws.handler });
    const call = c.route53().send(new ListHostedZonesCommand({}));
    // One token, one throttled attempt; the retry waits for a token that only time brings.
    for (let i = 0; i < 40 && aws.seen.length < 1; i++) await settle(50);
    await settle(2500); // longer than the SDK's own backoff and adaptive wait
    expect(aws.seen).toHaveLength(1);
    clock.advance(1000); // the bucket of one is full again, but has not stood full for the 100 ms margin
    await settle(300);
    expect(aws.seen).toHaveLength(1);
    clock.advance(100);
    await expect(call).resolves.toMatchObject({ $metadata: { attempts: 2 } });
  });

  it('gives up after maxAttempts and says so', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const aws = fakeAws(() => r53Throttle);
    const warnings: string[] = [];
    const c = clients({
      account: 'prod',
      requestHandler: aws.handler,
      maxAttempts: 2,
      rateLimits: { route53: 100 },
      logger: { debug: () => undefined, warn: (m) => warnings.push(m) },
    });
    const error = await c
      .route53()
      .send(new ListHostedZonesCommand({}))
      .catch((e: unknown) => e);
    expect(aws.seen).toHaveLength(2);
    expect(describeAwsError(error)).toBe(
      'route53 ListHostedZones (account prod) failed: Throttling: Rate exceeded — still throttled after 2 attempts: ' +
        'lower the concurrency or the rate limit for route53, or run again later.',
    );
    expect(c.stats().throttled).toBe(2);
    expect(warnings).toEqual([
      'route53 ListHostedZones throttled (Throttling, attempt 2/2) for account prod in us-east-1; giving up',
    ]);
  });

  it('records when the first AWS call was sent', async () => {
    const budgets = new RateBudgets();
    expect(budgets.stats().firstCallAt).toBeUndefined();
    const aws = fakeAws(okReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const before = performance.now();
    await c.ec2('us-east-1').send(new DescribeVolumesCommand({}));
    const { firstCallAt } = budgets.stats();
    expect(firstCallAt).toBeGreaterThanOrEqual(before);
    expect(firstCallAt).toBeLessThanOrEqual(aws.seen[0]!.at);
  });
});

describe('documented buckets', () => {
  const R53_SCOPE = { family: 'route53', account: 'prod', region: 'us-east-1' } as const;

  it('starts every bucket full: the documented Route 53 burst of 50 goes at once, then 10 a second', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now, reserve: 0, reserveMs: 0 });
    const aws = fakeAws(okReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const calls = Array.from({ length: 53 }, () => c.route53().send(new ListHostedZonesCommand({})));
    await settle(400);
    expect(aws.seen).toHaveLength(50);
    clock.advance(100); // one token at 10/s
    await settle(400);
    expect(aws.seen).toHaveLength(51);
    clock.advance(200);
    await Promise.all(calls);
    expect(aws.seen).toHaveLength(53);
  });

  it('keeps one token in reserve by default, so it never spends the one the server may not have yet', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now });
    const aws = fakeAws(okReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const calls = Array.from({ length: 50 }, () => c.route53().send(new ListHostedZonesCommand({})));
    await settle(400);
    expect(aws.seen).toHaveLength(49);
    clock.advance(100);
    await Promise.all(calls);
  });

  it('a small fast bucket keeps one token in hand, not 100 ms of refill, so it keeps its full rate', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now, limits: { ec2: { rate: 100, burst: 5 } } });
    const aws = fakeAws(okReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const calls = Array.from({ length: 8 }, () => c.ec2('us-east-1').send(new DescribeVolumesCommand({})));
    await settle(300);
    expect(aws.seen).toHaveLength(4); // five tokens, one kept in hand
    clock.advance(10); // one token at 100/s, and the next call goes: no wait to stand full
    await settle(300);
    expect(aws.seen).toHaveLength(5);
    clock.advance(30);
    await Promise.all(calls);
    expect(aws.seen).toHaveLength(8);
  });

  it('a call also spends from its own operation bucket; other operations are not held up by it', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({
      now: clock.now,
      reserve: 0,
      reserveMs: 0,
      limits: { route53: { operations: { ListHostedZones: { rate: 1, burst: 2 } } } },
    });
    const aws = fakeAws(okReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const zones = Array.from({ length: 3 }, () => c.route53().send(new ListHostedZonesCommand({})));
    const checks = c.route53().send(new ListHealthChecksCommand({}));
    await settle(400);
    const paths = aws.seen.map((s) => s.request.path.replace(/^\/2013-04-01\//, ''));
    expect(paths.sort()).toEqual(['healthcheck', 'hostedzone', 'hostedzone']);
    await checks;
    clock.advance(1000);
    await Promise.all(zones);
    expect(aws.seen).toHaveLength(4);
    // The account bucket paid for all four: 47 after the first three, refilled to its cap of 50, one taken.
    expect(budgets.bucket(R53_SCOPE)!.available()).toBeCloseTo(49, 5);
  });

  it('record changes spend the change-throughput budget, one token per Change element', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now, reserve: 0, reserveMs: 0, limits: { route53: { changes: { rate: 10, burst: 5 } } } });
    const aws = fakeAws(changeReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const batch = (n: number): Change[] =>
      Array.from({ length: n }, (_, i) => ({
        Action: 'CREATE',
        ResourceRecordSet: { Name: `h${i}.example.org.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] },
      }));
    const first = c.route53().send(new ChangeResourceRecordSetsCommand({ HostedZoneId: 'Z1', ChangeBatch: { Changes: batch(3) } }));
    const second = c.route53().send(new ChangeResourceRecordSetsCommand({ HostedZoneId: 'Z1', ChangeBatch: { Changes: batch(3) } }));
    await first;
    await settle(300);
    expect(aws.seen).toHaveLength(1); // 2 change tokens left, 3 needed
    clock.advance(100); // +1 token
    await second;
    expect(aws.seen).toHaveLength(2);
    expect(budgets.changeBucket(R53_SCOPE)!.available()).toBeCloseTo(0, 5);
  });

  it('keeps 100 ms of refill in hand by default: a batch of 1,000 changes waits until the change bucket has stood full that long', async () => {
    const clock = manualClock();
    const budgets = new RateBudgets({ now: clock.now });
    const aws = fakeAws(changeReply);
    const c = clients({ budgets, requestHandler: aws.handler });
    const batch: Change[] = Array.from({ length: 1000 }, (_, i) => ({
      Action: 'CREATE',
      ResourceRecordSet: { Name: `h${i}.example.org.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] },
    }));
    const send = () => c.route53().send(new ChangeResourceRecordSetsCommand({ HostedZoneId: 'Z1', ChangeBatch: { Changes: batch } }));
    await send(); // the bucket starts full, as AWS's does
    const second = send();
    clock.advance(10_000); // 1,000 changes at 100/s: full again, but only just
    await settle(300);
    expect(aws.seen).toHaveLength(1);
    clock.advance(100);
    await second;
    expect(aws.seen).toHaveLength(2);
  });

  it('counts changes only for ChangeResourceRecordSets', () => {
    const input = { ChangeBatch: { Changes: [{}, {}, {}] } };
    expect(changeCount('route53', 'ChangeResourceRecordSets', input)).toBe(3);
    expect(changeCount('route53', 'ChangeTagsForResource', input)).toBe(0);
    expect(changeCount('ec2', 'ChangeResourceRecordSets', input)).toBe(0);
  });
});

function changeReply(request: HttpRequest): Reply {
  if (!request.path.endsWith('/rrset/')) return okReply(request);
  return {
    body: `<ChangeResourceRecordSetsResponse xmlns="${R53}"><ChangeInfo><Id>/change/C1</Id><Status>INSYNC</Status><SubmittedAt>2026-01-01T00:00:00Z</SubmittedAt></ChangeInfo></ChangeResourceRecordSetsResponse>`,
  };
}

describe('rate limits', () => {
  it('are the documented Route 53 buckets by default', () => {
    const r53 = resolveRateLimits().route53;
    expect(r53.shared).toEqual({ burst: 50, rate: 10 });
    expect(r53.operation('ListResourceRecordSets')).toEqual({ burst: 50, rate: 10 });
    expect(r53.operation('CreateHealthCheck')).toEqual({ burst: 50, rate: 0.5 });
    expect(r53.operation('CreateHostedZone')).toEqual({ burst: 40, rate: 2 });
    expect(r53.operation('AssociateVPCWithHostedZone')).toEqual({ burst: 20, rate: 5 });
    expect(r53.changes).toEqual(DOCUMENTED_RATE_LIMITS.route53.changes);
    expect(resolveRateLimits().ec2.shared).toEqual({ rate: 20, burst: 20 });
  });

  it('gives S3 object calls S3\'s per-prefix request rates, writes sharing one bucket, apart from bucket configuration calls', () => {
    const s3 = resolveRateLimits().s3;
    expect(s3.shared).toBeUndefined();
    expect(s3.operation('CopyObject')).toEqual({ rate: 3500, burst: 3500 });
    expect(s3.operation('HeadObject')).toEqual({ rate: 5500, burst: 5500 });
    expect(s3.operation('PutBucketReplication')).toEqual({ rate: 50, burst: 50 });
    const budgets = new RateBudgets();
    const scope = { family: 's3' as const, account: 'a', region: 'eu-west-1' };
    expect(budgets.operationBucket(scope, 'DeleteObject')).toBe(budgets.operationBucket(scope, 'CopyObject'));
    expect(budgets.operationBucket(scope, 'UploadPartCopy')).toBe(budgets.operationBucket(scope, 'CopyObject'));
    expect(budgets.operationBucket(scope, 'ListObjectVersions')).toBe(budgets.operationBucket(scope, 'GetObject'));
    expect(budgets.operationBucket(scope, 'GetObject')).not.toBe(budgets.operationBucket(scope, 'CopyObject'));
    expect(budgets.operationBucket(scope, 'PutBucketVersioning')).toBe(budgets.operationBucket(scope, 'PutBucketReplication'));
    // Lowered in the config: a number is one budget for every S3 call; an operation of its own leaves its group.
    expect(resolveRateLimits({ s3: 20 }).s3.shared).toEqual({ rate: 20, burst: 20 });
    const lowered = new RateBudgets({ limits: { s3: { operations: { DeleteObject: 5 } } } });
    expect(lowered.operationBucket(scope, 'DeleteObject')).not.toBe(lowered.operationBucket(scope, 'CopyObject'));
    expect(lowered.operationBucket(scope, 'DeleteObject')!.rate).toBe(5);
  });

  it('a bare number sets the rate and caps the burst at one second\'s worth (the old meaning)', () => {
    const limits = resolveRateLimits({ route53: 3, ec2: 100 });
    expect(limits.route53.shared).toEqual({ rate: 3, burst: 3 });
    expect(limits.route53.operation('CreateHealthCheck')).toEqual({ burst: 50, rate: 0.5 });
    expect(limits.ec2.shared).toEqual({ rate: 100, burst: 20 });
    expect(resolveRateLimits({ route53: 0.5 }).route53.shared).toEqual({ rate: 0.5, burst: 1 });
  });

  it('takes rate, burst, per-operation buckets and the change budget', () => {
    const r53 = resolveRateLimits({
      route53: { rate: 5, operations: { ListResourceRecordSets: 2, CreateHealthCheck: { burst: 5 } }, changes: { rate: 20, burst: 200 } },
    }).route53;
    expect(r53.shared).toEqual({ rate: 5, burst: 5 });
    expect(r53.operation('ListResourceRecordSets')).toEqual({ rate: 2, burst: 2 });
    expect(r53.operation('CreateHealthCheck')).toEqual({ rate: 0.5, burst: 5 });
    expect(r53.operation('GetChange')).toEqual({ burst: 50, rate: 10 });
    expect(r53.changes).toEqual({ rate: 20, burst: 200 });
    expect(resolveRateLimits({ route53: { burst: 10 } }).route53.shared).toEqual({ rate: 10, burst: 10 });
  });

  it('rejects unknown families, bad values and misplaced keys with a clear message', () => {
    expect(() => resolveRateLimits({ route35: 3 })).toThrow(/Unknown API family "route35".*route53/);
    expect(() => resolveRateLimits({ ec2: 0 })).toThrow('Rate limit for ec2 must be a positive number');
    expect(() => resolveRateLimits({ route53: { burst: 0.5 } })).toThrow('Burst for route53 must be at least 1');
    expect(() => resolveRateLimits({ ec2: { changes: 5 } })).toThrow('applies to route53 only');
    expect(() => new RateBudgets({ reserve: -1 })).toThrow('reserve must be zero or more');
    expect(() => new RateBudgets({ reserveMs: -1 })).toThrow('reserveMs must be zero or more');
  });

  it('keys buckets per account for Route 53 and per account and region otherwise', () => {
    const budgets = new RateBudgets();
    const r53 = budgets.bucket({ family: 'route53', account: 'a', region: 'us-east-1' });
    expect(budgets.bucket({ family: 'route53', account: 'a', region: 'eu-west-1' })).toBe(r53);
    expect(budgets.bucket({ family: 'route53', account: 'b', region: 'us-east-1' })).not.toBe(r53);
    expect(budgets.operationBucket({ family: 'route53', account: 'a', region: 'eu-west-1' }, 'GetChange')).toBe(
      budgets.operationBucket({ family: 'route53', account: 'a', region: 'us-east-1' }, 'GetChange'),
    );
    const ec2 = budgets.bucket({ family: 'ec2', account: 'a', region: 'us-east-1' });
    expect(budgets.bucket({ family: 'ec2', account: 'a', region: 'eu-west-1' })).not.toBe(ec2);
    expect(budgets.bucket({ family: 'rds', account: 'a', region: 'us-east-1' })).not.toBe(ec2);
    expect(ec2!.rate).toBe(20);
  });
});
