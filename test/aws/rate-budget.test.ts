/**
 * Rate budgets through the SDK middleware: calls spaced at the configured rate, budgets shared
 * per account or region, retries paying tokens too, and throttling reported.
 */
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { ListHostedZonesCommand } from '@aws-sdk/client-route-53';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeAwsError } from '../../src/aws/errors.js';
import { budgetKey, RateBudgets } from '../../src/aws/rate-budget.js';
import { cleanUp, clients, fakeAws, manualClock, okReply, R53, settle, type Reply } from '../support/fake-aws.js';

const r53Throttle: Reply = {
  status: 400,
  body: `<ErrorResponse xmlns="${R53}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r1</RequestId></ErrorResponse>`,
};

afterEach(cleanUp);

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
