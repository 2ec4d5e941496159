/**
 * Route 53 Change History in the simulator, through the real SDK client: which zones have it,
 * what it records, paging, order, time ranges, retention and errors as the API reference says.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ChangeResourceRecordSetsCommand,
  CreateHostedZoneCommand,
  GetHostedZoneChangeBatchCommand,
  GetHostedZoneCommand,
  ListHostedZoneChangeBatchesCommand,
  ListHostedZonesCommand,
  Route53Client,
  UpdateHostedZoneTierCommand,
} from '@aws-sdk/client-route-53';
import { startSim, type Sim } from './server.js';
import { trailEvents } from './cloudtrail.js';
import { caught } from '../support/route53-sim.js';

const ACCOUNT = '111111111111';
const ALICE = 'arn:aws:sts::111111111111:assumed-role/dns-admin/alice';
const DAY = 24 * 60 * 60 * 1000;
const FIXTURE = {
  accounts: [
    {
      id: ACCOUNT,
      route53: {
        hostedZones: [
          { Id: 'ZADV', Name: 'advanced.example.', HostedZoneTier: 'ADVANCED' },
          { Id: 'ZSTD', Name: 'standard.example.' },
        ],
      },
    },
  ],
};

describe('Route 53 Change History', () => {
  let sim: Sim;
  let r53: Route53Client;
  let alice: Route53Client;
  const upsert = (client: Route53Client, zone: string, host: string, comment?: string) =>
    client.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zone,
        ChangeBatch: {
          ...(comment ? { Comment: comment } : {}),
          Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: `${host}.${zone === 'ZADV' ? 'advanced' : 'standard'}.example.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] } }],
        },
      }),
    );

  beforeEach(async () => {
    sim = await startSim({ fixtures: [FIXTURE], clock: { start: '2026-06-01T00:00:00Z', frozen: true } });
    r53 = new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });
    const session = sim.ctx.keys!.issueTemporary(ACCOUNT, ALICE, 'AROAALICE:alice', sim.ctx.now() + 400 * DAY);
    alice = new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: session.credentials, maxAttempts: 1 });
  });
  afterEach(async () => {
    r53.destroy();
    alice.destroy();
    await sim.close();
  });

  it('is on for ADVANCED zones only, and both zone calls say so in Features', async () => {
    const listed = (await r53.send(new ListHostedZonesCommand({}))).HostedZones ?? [];
    const byId = new Map(listed.map((z) => [z.Id, z]));
    expect(byId.get('/hostedzone/ZADV')?.Features?.ChangeHistory).toEqual({ Status: 'ENABLED', RetentionStartsAt: new Date('2026-06-01T00:00:00Z') });
    expect(byId.get('/hostedzone/ZADV')?.Config?.HostedZoneTier).toBe('ADVANCED');
    expect(byId.get('/hostedzone/ZSTD')?.Features?.ChangeHistory).toEqual({ Status: 'DISABLED' });
    expect((await r53.send(new GetHostedZoneCommand({ Id: 'ZADV' }))).HostedZone?.Features?.ChangeHistory?.Status).toBe('ENABLED');

    await upsert(r53, 'ZSTD', 'www');
    const error = await caught(r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZSTD' })));
    expect(error.name).toBe('FeatureNotEnabled');
    expect(error.$metadata?.httpStatusCode).toBe(403);
    expect((await caught(r53.send(new GetHostedZoneChangeBatchCommand({ HostedZoneId: 'ZSTD', ChangeId: 'C1' })))).name).toBe('FeatureNotEnabled');
  });

  it('records each change batch and zone creation with who submitted it, the id ChangeInfo gave and the count', async () => {
    sim.advance(1000);
    const info = (await upsert(alice, 'ZADV', 'www', 'by alice')).ChangeInfo!;
    const created = await r53.send(
      new CreateHostedZoneCommand({ Name: 'new.example.', CallerReference: 'n1', HostedZoneConfig: { HostedZoneTier: 'ADVANCED' } }),
    );
    const newZone = created.HostedZone!.Id!.replace('/hostedzone/', '');

    const batches = (await r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV' }))).ChangeBatchSummaries ?? [];
    expect(batches).toEqual([
      {
        ChangeId: info.Id!.replace('/change/', ''),
        Operation: 'ChangeResourceRecordSets',
        SubmittedAt: new Date('2026-06-01T00:00:01Z'),
        SubmittedBy: ALICE,
        RequestId: expect.any(String),
        Comment: 'by alice',
        ChangeCount: 1,
      },
    ]);
    const trail = trailEvents(sim.ctx, ACCOUNT).filter((e) => e.eventName === 'ChangeResourceRecordSets');
    expect(trail.at(-1)?.userIdentity['arn']).toBe(ALICE);

    const creation = (await r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: newZone }))).ChangeBatchSummaries ?? [];
    expect(creation).toEqual([expect.objectContaining({ Operation: 'CreateHostedZone', ChangeCount: 0, ChangeId: created.ChangeInfo!.Id!.replace('/change/', '') })]);

    const one = await r53.send(new GetHostedZoneChangeBatchCommand({ HostedZoneId: 'ZADV', ChangeId: info.Id! }));
    expect(one.ChangeBatchSummary?.SubmittedBy).toBe(ALICE);
    expect(one.ChangeBatch?.Changes?.[0]).toMatchObject({ Action: 'UPSERT', ResourceRecordSet: { Name: 'www.advanced.example.', Type: 'A' } });
    const elsewhere = await caught(r53.send(new GetHostedZoneChangeBatchCommand({ HostedZoneId: newZone, ChangeId: info.Id! })));
    expect(elsewhere.name).toBe('NoSuchChange');
  });

  it('pages newest first by default, oldest first when asked, within SubmittedAfter (inclusive) and SubmittedBefore (exclusive)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      sim.advance(1000);
      ids.push((await upsert(r53, 'ZADV', `h${i}`)).ChangeInfo!.Id!.replace('/change/', ''));
    }
    const pages: string[][] = [];
    let token: string | undefined;
    do {
      const page = await r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', MaxResults: 2, ...(token ? { NextToken: token } : {}) }));
      pages.push((page.ChangeBatchSummaries ?? []).map((b) => b.ChangeId!));
      token = page.NextToken;
    } while (token);
    expect(pages).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);

    const range = await r53.send(
      new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', SortOrder: 'ASCENDING', SubmittedAfter: '2026-06-01T00:00:02Z', SubmittedBefore: '2026-06-01T00:00:04Z' }),
    );
    expect(range.ChangeBatchSummaries?.map((b) => b.ChangeId)).toEqual([ids[1], ids[2]]);
    const after = await r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', SortOrder: 'ASCENDING', StartAfterChangeId: ids[2] }));
    expect(after.ChangeBatchSummaries?.map((b) => b.ChangeId)).toEqual([ids[3], ids[4]]);

    const first = await r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', MaxResults: 2 }));
    const mismatch = await caught(r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', MaxResults: 2, SortOrder: 'ASCENDING', NextToken: first.NextToken! })));
    expect(mismatch.name).toBe('InvalidInput');
    const mixed = await caught(r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', StartAfterChangeId: ids[0] })));
    expect(mixed.name).toBe('InvalidInput');
    const empty = await caught(r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', SubmittedAfter: '2026-06-01T00:00:02Z', SubmittedBefore: '2026-06-01T00:00:02Z' })));
    expect(empty.name).toBe('InvalidInput');
  });

  it('refuses a range before RetentionStartsAt, naming the earliest time, and keeps batches 365 days', async () => {
    sim.advance(1000);
    const old = (await upsert(r53, 'ZADV', 'old')).ChangeInfo!.Id!;
    const early = await caught(r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV', SubmittedAfter: '2026-05-31T00:00:00Z' })));
    expect(early.name).toBe('InvalidInput');
    expect(early.message).toContain('2026-06-01T00:00:00.000Z');

    sim.advance(366 * DAY);
    await upsert(r53, 'ZADV', 'new');
    const listed = await r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV' }));
    expect(listed.ChangeBatchSummaries?.map((b) => b.Operation)).toEqual(['ChangeResourceRecordSets']);
    expect((await caught(r53.send(new GetHostedZoneChangeBatchCommand({ HostedZoneId: 'ZADV', ChangeId: old })))).name).toBe('NoSuchChange');
    const zone = await r53.send(new GetHostedZoneCommand({ Id: 'ZADV' }));
    expect(zone.HostedZone?.Features?.ChangeHistory?.RetentionStartsAt).toEqual(new Date(sim.ctx.now() - 365 * DAY));
  });

  it('starts a history when a zone moves to ADVANCED and ends it when it leaves', async () => {
    sim.advance(60_000);
    await r53.send(new UpdateHostedZoneTierCommand({ HostedZoneId: 'ZSTD', HostedZoneTier: 'ADVANCED' }));
    const zone = await r53.send(new GetHostedZoneCommand({ Id: 'ZSTD' }));
    expect(zone.HostedZone?.Features?.ChangeHistory).toEqual({ Status: 'ENABLED', RetentionStartsAt: new Date('2026-06-01T00:01:00Z') });
    await r53.send(new UpdateHostedZoneTierCommand({ HostedZoneId: 'ZADV', HostedZoneTier: 'STANDARD' }));
    expect((await caught(r53.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV' })))).name).toBe('FeatureNotEnabled');
  });

  it('spends from its own operation bucket and the account bucket', async () => {
    const limited = await startSim({
      fixtures: [FIXTURE],
      rateLimits: { route53: { rate: 100, burst: 100, operationDefault: { rate: 1, burst: 2 } } },
      clock: { frozen: true },
    });
    const client = new Route53Client({ endpoint: limited.url, region: 'us-east-1', credentials: limited.credentialsFor(ACCOUNT), maxAttempts: 1 });
    try {
      await client.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV' }));
      await client.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV' }));
      expect((await caught(client.send(new ListHostedZoneChangeBatchesCommand({ HostedZoneId: 'ZADV' })))).name).toBe('Throttling');
      // Another operation has its own bucket.
      await client.send(new GetHostedZoneChangeBatchCommand({ HostedZoneId: 'ZADV', ChangeId: 'C0' })).catch((e: Error) => expect(e.name).toBe('NoSuchChange'));
    } finally {
      client.destroy();
      await limited.close();
    }
  });
});
