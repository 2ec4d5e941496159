/**
 * The simulator's Route 53 throttling as documented: the account bucket, a bucket per
 * operation, the change-throughput bucket; a throttled request spends no token of any bucket.
 */
import { describe, expect, it } from 'vitest';
import {
  ChangeResourceRecordSetsCommand,
  CreateHealthCheckCommand,
  ListHostedZonesCommand,
  Route53Client,
  type Change,
} from '@aws-sdk/client-route-53';
import { ROUTE53_DOCUMENTED, SimRateLimiter, requestChanges, type RateLimit } from './rate-limits.js';
import { startSim, type Sim } from './server.js';
import type { SimRequest } from './types.js';

const SAMPLE = 'test/fixtures/sample-route53.yaml';
const ZONE = 'Z01EXAMPLEPUBLIC';

function request(operation: string, account = '111111111111', body = ''): SimRequest {
  return { service: 'route53', region: 'us-east-1', account, operation, body: Buffer.from(body) } as SimRequest;
}

function changeBody(n: number): string {
  const changes = Array.from(
    { length: n },
    (_, i) =>
      `<Change><Action>CREATE</Action><ResourceRecordSet><Name>h${i}.example.com.</Name><Type>A</Type><TTL>60</TTL>` +
      `<ResourceRecords><ResourceRecord><Value>192.0.2.1</Value></ResourceRecord></ResourceRecords></ResourceRecordSet></Change>`,
  ).join('');
  return `<ChangeResourceRecordSetsRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ChangeBatch><Changes>${changes}</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>`;
}

/** Takes requests until one is refused; returns how many passed. */
function passes(limiter: SimRateLimiter, make: () => SimRequest, max = 1000): number {
  let n = 0;
  while (n < max && limiter.take(make())) n += 1;
  return n;
}

describe('SimRateLimiter (Route 53 as documented)', () => {
  it('starts every bucket full: 50 requests pass at once, then 10 a second (account bucket)', () => {
    let t = 0;
    const limiter = new SimRateLimiter({ route53: ROUTE53_DOCUMENTED }, () => t);
    // Spread over operations so no single operation's bucket is the limit.
    let i = 0;
    expect(passes(limiter, () => request(['ListHostedZones', 'GetChange', 'ListHealthChecks'][i++ % 3]!))).toBe(50);
    t += 1000;
    expect(passes(limiter, () => request(['ListHostedZones', 'GetChange', 'ListHealthChecks'][i++ % 3]!))).toBe(10);
    // Another account has buckets of its own.
    expect(passes(limiter, () => request('GetChange', '222222222222'))).toBe(50);
  });

  it('an operation with a small bucket is throttled by it while the account bucket has tokens', () => {
    let t = 0;
    const limiter = new SimRateLimiter({ route53: ROUTE53_DOCUMENTED }, () => t);
    expect(passes(limiter, () => request('GetHealthCheckStatus'))).toBe(4); // 4 burst, 1/s
    t += 1000;
    expect(passes(limiter, () => request('GetHealthCheckStatus'))).toBe(1);
    // The refused ones spent nothing: 46 left after the first four, refilled to the cap of 50, one more taken.
    expect(passes(limiter, () => request('ListHostedZones'))).toBe(49);
  });

  it('CreateHealthCheck refills at 0.5 a second, CreateHostedZone holds 40', () => {
    let t = 0;
    const limiter = new SimRateLimiter({ route53: { rate: 1000, burst: 1000, operations: ROUTE53_DOCUMENTED.operations!, operationDefault: ROUTE53_DOCUMENTED.operationDefault! } }, () => t);
    expect(passes(limiter, () => request('CreateHealthCheck'))).toBe(50);
    t += 1999;
    expect(passes(limiter, () => request('CreateHealthCheck'))).toBe(0);
    t += 1;
    expect(passes(limiter, () => request('CreateHealthCheck'))).toBe(1);
    expect(passes(limiter, () => request('CreateHostedZone'))).toBe(40);
  });

  it('a record change batch spends one change token per Change element, all or nothing', () => {
    let t = 0;
    const limits: Record<string, RateLimit> = { route53: { rate: 100, burst: 100, changes: { rate: 10, burst: 25 } } };
    const limiter = new SimRateLimiter(limits, () => t);
    const batch = (n: number) => request('ChangeResourceRecordSets', '111111111111', changeBody(n));
    expect(requestChanges(batch(7))).toBe(7);
    expect(limiter.take(batch(20))).toBe(true);
    expect(limiter.take(batch(6))).toBe(false); // 5 left
    expect(limiter.take(batch(5))).toBe(true);
    t += 300; // +3
    expect(limiter.take(batch(4))).toBe(false);
    expect(limiter.take(batch(3))).toBe(true);
    // Requests that change no records do not touch the change bucket.
    expect(limiter.take(request('ListResourceRecordSets'))).toBe(true);
  });
});

describe('the simulator throttles real SDK calls as Route 53 does', () => {
  function client(sim: Sim): Route53Client {
    return new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor('111111111111'), maxAttempts: 1 });
  }

  it('answers Throttling (400, "Rate exceeded") once the operation bucket of CreateHealthCheck is empty', async () => {
    const sim = await startSim({ fixtures: [SAMPLE], rateLimits: { route53: ROUTE53_DOCUMENTED } });
    try {
      const r53 = client(sim);
      const started = performance.now();
      const results = await Promise.allSettled(
        Array.from({ length: 55 }, (_, i) =>
          r53.send(
            new CreateHealthCheckCommand({
              CallerReference: `throttle-${i}`,
              HealthCheckConfig: { Type: 'HTTPS', FullyQualifiedDomainName: `svc${i}.example.com`, Port: 443 },
            }),
          ),
        ),
      );
      const elapsed = performance.now() - started;
      const ok = results.filter((r) => r.status === 'fulfilled').length;
      // 50 at once; then one every 2 s at most.
      expect(ok).toBeGreaterThanOrEqual(50);
      expect(ok).toBeLessThanOrEqual(50 + Math.floor(elapsed / 2000));
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason.name).toBe('Throttling');
      expect(refused.reason.message).toBe('Rate exceeded');
      expect(refused.reason.$metadata.httpStatusCode).toBe(400);
      expect(sim.stats.throttled).toBe(55 - ok);
      // Other operations still have their own buckets (and the account bucket refills).
      await new Promise((r) => setTimeout(r, 300));
      await expect(r53.send(new ListHostedZonesCommand({}))).resolves.toBeDefined();
    } finally {
      await sim.close();
    }
  });

  it('throttles a change batch larger than what is left of the change budget', async () => {
    const sim = await startSim({ fixtures: [SAMPLE], rateLimits: { route53: { rate: 100, burst: 100, changes: { rate: 0.01, burst: 10 } } } });
    try {
      const r53 = client(sim);
      const changes = (from: number, n: number): Change[] =>
        Array.from({ length: n }, (_, i) => ({
          Action: 'CREATE',
          ResourceRecordSet: { Name: `bulk${from + i}.example.com.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.7' }] },
        }));
      await r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: ZONE, ChangeBatch: { Changes: changes(0, 8) } }));
      await expect(
        r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: ZONE, ChangeBatch: { Changes: changes(8, 3) } })),
      ).rejects.toMatchObject({ name: 'Throttling', message: 'Rate exceeded' });
      await r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: ZONE, ChangeBatch: { Changes: changes(8, 2) } }));
      expect(sim.stats.throttled).toBe(1);
    } finally {
      await sim.close();
    }
  });
});
