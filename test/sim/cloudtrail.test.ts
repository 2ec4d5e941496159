/** The simulated CloudTrail event history, through the real SDK client. */
import { afterEach, describe, expect, it } from 'vitest';
import { CloudTrailClient, LookupEventsCommand, type Event } from '@aws-sdk/client-cloudtrail';
import { ChangeResourceRecordSetsCommand, ListHostedZonesCommand, Route53Client } from '@aws-sdk/client-route-53';
import { startSim, type Sim } from './server.js';

const ZONE = { accounts: [{ id: '111111111111', route53: { hostedZones: [{ Id: 'ZTRAIL', Name: 'trail.example.', ResourceRecordSets: [] }] } }] };

describe('CloudTrail LookupEvents', () => {
  let sim: Sim;
  afterEach(() => sim.close());

  async function setup(delayMs = 0) {
    sim = await startSim({ fixtures: [ZONE], clock: { frozen: true }, serviceOptions: { cloudtrail: { deliveryDelayMs: delayMs, lookupRate: 1000 } } });
    const env = sim.env();
    const credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY };
    const route53 = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials });
    const trail = new CloudTrailClient({ region: 'us-east-1', endpoint: sim.url, credentials, maxAttempts: 1 });
    const upsert = (value: string) =>
      route53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: 'ZTRAIL',
          ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: 'a.trail.example.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: value }] } }] },
        }),
      );
    return { route53, trail, upsert };
  }

  it('records every Route 53 call with the caller, and pages writes 50 at a time, newest first', async () => {
    const { route53, trail, upsert } = await setup();
    for (let i = 0; i < 60; i++) {
      await upsert(`192.0.2.${i}`);
      sim.advance(1000);
    }
    await route53.send(new ListHostedZonesCommand({}));
    const pages: Event[][] = [];
    let NextToken: string | undefined;
    do {
      const page = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }], ...(NextToken ? { NextToken } : {}) }));
      pages.push(page.Events ?? []);
      NextToken = page.NextToken;
    } while (NextToken);
    expect(pages.map((p) => p.length)).toEqual([50, 10]);
    const events = pages.flat();
    expect(new Set(events.map((e) => e.EventName))).toEqual(new Set(['ChangeResourceRecordSets']));
    const times = events.map((e) => e.EventTime!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const detail = JSON.parse(events[0]!.CloudTrailEvent!);
    expect(detail).toMatchObject({ eventSource: 'route53.amazonaws.com', requestParameters: { hostedZoneId: 'ZTRAIL' }, userIdentity: { arn: 'arn:aws:iam::111111111111:user/sim-user' } });
    const reads = await trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'true' }] }));
    expect(reads.Events?.map((e) => e.EventName)).toEqual(['ListHostedZones']);
  });

  it('shows an event only after its delivery delay, within StartTime/EndTime', async () => {
    const { trail, upsert } = await setup(5 * 60_000);
    const before = new Date(sim.ctx.now());
    await upsert('192.0.2.1');
    expect((await trail.send(new LookupEventsCommand({}))).Events).toEqual([]);
    sim.advance(5 * 60_000);
    expect((await trail.send(new LookupEventsCommand({ StartTime: before }))).Events).toHaveLength(1);
    expect((await trail.send(new LookupEventsCommand({ StartTime: new Date(before.getTime() + 1000) }))).Events).toEqual([]);
  });

  it('answers bad input the way CloudTrail does', async () => {
    const { trail } = await setup();
    await expect(trail.send(new LookupEventsCommand({ MaxResults: 51 }))).rejects.toMatchObject({ name: 'InvalidMaxResultsException' });
    await expect(
      trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }, { AttributeKey: 'EventName', AttributeValue: 'X' }] })),
    ).rejects.toMatchObject({ name: 'InvalidLookupAttributesException' });
    await expect(trail.send(new LookupEventsCommand({ StartTime: new Date(2030, 0, 1), EndTime: new Date(2029, 0, 1) }))).rejects.toMatchObject({ name: 'InvalidTimeRangeException' });
  });

  it('throttles past 2 lookups per second per account and region', async () => {
    sim = await startSim({ fixtures: [ZONE] });
    const env = sim.env();
    const trail = new CloudTrailClient({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY }, maxAttempts: 1 });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => trail.send(new LookupEventsCommand({}))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { name: 'ThrottlingException' } });
  });
});
