/**
 * The documented buckets in use: full at the start, a token kept in reserve, per-operation
 * buckets, and Route 53's change budget spent per Change element.
 */
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { ChangeResourceRecordSetsCommand, ListHealthChecksCommand, ListHostedZonesCommand, type Change } from '@aws-sdk/client-route-53';
import type { HttpRequest } from '@smithy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { changeCount, RateBudgets } from '../../src/aws/rate-budget.js';
import { cleanUp, clients, fakeAws, manualClock, okReply, R53, settle, type Reply } from '../support/fake-aws.js';

afterEach(cleanUp);

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
