/**
 * Route 53 in the simulator, exercised through the real SDK client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AssociateVPCWithHostedZoneCommand,
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  DeleteHealthCheckCommand,
  DeleteHostedZoneCommand,
  DisassociateVPCFromHostedZoneCommand,
  GetChangeCommand,
  GetHealthCheckCommand,
  GetHostedZoneCommand,
  ListCidrBlocksCommand,
  ListCidrCollectionsCommand,
  ListCidrLocationsCommand,
  ListHealthChecksCommand,
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  ListReusableDelegationSetsCommand,
  ListTagsForResourceCommand,
  ListTagsForResourcesCommand,
  Route53Client,
  UpdateHealthCheckCommand,
  UpdateHostedZoneCommentCommand,
  paginateListHostedZones,
  type Change,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import { startSim, type Sim } from './server.js';

const SAMPLE = 'test/fixtures/sample-route53.yaml';
const PUBLIC = 'Z01EXAMPLEPUBLIC';
const PRIVATE = 'Z02EXAMPLEPRIVATE';

function client(sim: Sim, account = '111111111111', maxAttempts = 1): Route53Client {
  return new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(account), maxAttempts });
}

async function allRecords(r53: Route53Client, zoneId: string, maxItems?: number): Promise<{ records: ResourceRecordSet[]; pages: number }> {
  const records: ResourceRecordSet[] = [];
  let start: { StartRecordName?: string; StartRecordType?: ResourceRecordSet['Type']; StartRecordIdentifier?: string } = {};
  let pages = 0;
  for (;;) {
    const page = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: maxItems, ...start }));
    pages += 1;
    records.push(...(page.ResourceRecordSets ?? []));
    if (!page.IsTruncated) return { records, pages };
    start = { StartRecordName: page.NextRecordName, StartRecordType: page.NextRecordType, StartRecordIdentifier: page.NextRecordIdentifier };
  }
}

async function caught(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

const a = (name: string, value: string, extra: Partial<ResourceRecordSet> = {}): ResourceRecordSet => ({
  Name: name,
  Type: 'A',
  TTL: 60,
  ResourceRecords: [{ Value: value }],
  ...extra,
});

describe('the sample fixture', () => {
  let sim: Sim;
  let r53: Route53Client;
  beforeAll(async () => {
    sim = await startSim({ fixtures: [SAMPLE], clock: { frozen: true } });
    r53 = client(sim);
  });
  afterAll(() => sim.close());

  it('lists public and private zones of the same name, each with its own settings', async () => {
    const { HostedZones = [] } = await r53.send(new ListHostedZonesCommand({}));
    const exampleZones = HostedZones.filter((z) => z.Name === 'example.com.');
    expect(exampleZones.map((z) => [z.Id, z.Config?.PrivateZone])).toEqual([
      ['/hostedzone/Z01EXAMPLEPUBLIC', false],
      ['/hostedzone/Z02EXAMPLEPRIVATE', true],
    ]);
    const priv = await r53.send(new GetHostedZoneCommand({ Id: PRIVATE }));
    expect(priv.VPCs).toEqual([
      { VPCRegion: 'us-east-1', VPCId: 'vpc-0a1b2c3d4e5f60718' },
      { VPCRegion: 'eu-west-1', VPCId: 'vpc-0f1e2d3c4b5a69788' },
    ]);
    expect(priv.DelegationSet).toBeUndefined();
    const pub = await r53.send(new GetHostedZoneCommand({ Id: `/hostedzone/${PUBLIC}` }));
    expect(pub.VPCs).toBeUndefined();
    expect(pub.DelegationSet?.NameServers).toHaveLength(4);
    const shop = await r53.send(new GetHostedZoneCommand({ Id: 'Z03SHOPEXAMPLENET' }));
    expect(shop.DelegationSet).toEqual({
      Id: '/delegationset/N01REUSABLESET',
      NameServers: ['ns-100.awsdns-12.com', 'ns-700.awsdns-23.net', 'ns-1200.awsdns-34.org', 'ns-1800.awsdns-45.co.uk'],
    });
  });

  it('returns every record kind and routing policy in the API shapes, in Route 53 order', async () => {
    const { records } = await allRecords(r53, PUBLIC);
    const types = new Set(records.map((r) => r.Type));
    for (const t of ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS', 'SPF', 'NAPTR', 'DS', 'SOA']) expect(types).toContain(t);
    const wildcard = records.find((r) => r.Name?.includes('052'));
    expect(wildcard?.Name).toBe('\\052.example.com.');
    const dkim = records.find((r) => r.Name === 'google._domainkey.example.com.');
    const chunks = dkim?.ResourceRecords?.[0]?.Value?.match(/"[^"]*"/g) ?? [];
    expect(chunks.map((c) => c.length - 2)).toEqual([255, 140]);
    const apexTxt = records.find((r) => r.Name === 'example.com.' && r.Type === 'TXT');
    expect(apexTxt?.ResourceRecords?.map((v) => v.Value)).toContain('"say \\"hello\\" to the world"');
    expect(records.find((r) => r.Name === 'app.example.com.')?.AliasTarget).toEqual({
      HostedZoneId: 'Z35SXDOTRQ7X7K',
      DNSName: 'dualstack.my-alb-1234567890.us-east-1.elb.amazonaws.com.',
      EvaluateTargetHealth: true,
    });
    expect(records.find((r) => r.SetIdentifier === 'primary')).toMatchObject({ Failover: 'PRIMARY', HealthCheckId: '11111111-aaaa-4bbb-8ccc-000000000001' });
    expect(records.find((r) => r.SetIdentifier === 'default')?.GeoLocation).toEqual({ CountryCode: '*' });
    expect(records.find((r) => r.SetIdentifier === 'new-york')?.GeoProximityLocation).toEqual({
      Coordinates: { Latitude: '40.71', Longitude: '-74.01' },
      Bias: -10,
    });
    expect(records.find((r) => r.SetIdentifier === 'office')?.CidrRoutingConfig).toEqual({
      CollectionId: 'c1d2e3f4-0000-4000-8000-000000000001',
      LocationName: 'office',
    });
    expect(records.filter((r) => r.MultiValueAnswer).map((r) => r.SetIdentifier)).toEqual(['mv-1', 'mv-2']);
    expect(records.find((r) => r.SetIdentifier === 'blue')?.Weight).toBe(70);
    // Route 53's order: apex first, then names by reversed labels; \052 sorts before letters.
    const names = [...new Set(records.map((r) => r.Name))];
    expect(names.slice(0, 4)).toEqual(['example.com.', '\\052.example.com.', 'google._domainkey.example.com.', '_sip._tcp.example.com.']);
    expect(names.indexOf('api.example.com.')).toBeLessThan(names.indexOf('www.example.com.'));
  });

  it('serves health checks, tags, delegation sets and CIDR collections', async () => {
    const { HealthChecks = [] } = await r53.send(new ListHealthChecksCommand({}));
    expect(HealthChecks.map((h) => h.HealthCheckConfig?.Type)).toEqual(['HTTPS', 'HTTP', 'CALCULATED']);
    expect(HealthChecks[0]?.HealthCheckConfig).toMatchObject({ Port: 443, EnableSNI: true, RequestInterval: 10, Regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] });
    const tags = await r53.send(new ListTagsForResourcesCommand({ ResourceType: 'healthcheck', ResourceIds: HealthChecks.map((h) => h.Id as string) }));
    expect(tags.ResourceTagSets?.map((s) => s.Tags?.find((t) => t.Key === 'Name')?.Value)).toEqual(['status-primary', 'mv-1', 'calculated']);
    const zoneTags = await r53.send(new ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: PUBLIC }));
    expect(zoneTags.ResourceTagSet?.Tags).toEqual([{ Key: 'Environment', Value: 'production' }, { Key: 'Owner', Value: 'platform' }]);
    const sets = await r53.send(new ListReusableDelegationSetsCommand({}));
    expect(sets.DelegationSets?.map((s) => s.Id)).toEqual(['/delegationset/N01REUSABLESET']);
    const zonesOfSet = await r53.send(new ListHostedZonesCommand({ DelegationSetId: 'N01REUSABLESET' }));
    expect(zonesOfSet.HostedZones?.map((z) => z.Name)).toEqual(['shop.example.net.']);
    const privateOnly = await r53.send(new ListHostedZonesCommand({ HostedZoneType: 'PrivateHostedZone' }));
    expect(privateOnly.HostedZones?.map((z) => z.Id)).toEqual([`/hostedzone/${PRIVATE}`]);
    const collections = await r53.send(new ListCidrCollectionsCommand({}));
    const id = collections.CidrCollections?.[0]?.Id as string;
    expect(collections.CidrCollections?.[0]?.Name).toBe('office-networks');
    const locations = await r53.send(new ListCidrLocationsCommand({ CollectionId: id }));
    expect(locations.CidrLocations?.map((l) => l.LocationName)).toEqual(['office', 'vpn']);
    const blocks = await r53.send(new ListCidrBlocksCommand({ CollectionId: id, LocationName: 'vpn' }));
    expect(blocks.CidrBlocks?.map((b) => b.CidrBlock)).toEqual(['198.51.100.0/24', '2001:db8:100::/48']);
  });

  it('pages hosted zones with Marker/MaxItems', async () => {
    const ids: string[] = [];
    for await (const page of paginateListHostedZones({ client: r53, pageSize: 1 }, {})) ids.push(...(page.HostedZones ?? []).map((z) => z.Id as string));
    expect(ids).toEqual(['Z01EXAMPLEPUBLIC', 'Z02EXAMPLEPRIVATE', 'Z03SHOPEXAMPLENET', 'Z04REVERSE'].map((z) => `/hostedzone/${z}`));
  });

  it('answers an unknown zone with NoSuchHostedZone (404)', async () => {
    const error = await caught(r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: 'ZNOPE' })));
    expect(error.name).toBe('NoSuchHostedZone');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });
});

describe('a 10,000-record zone', () => {
  // 1,428 names with 7 weighted sets each: pages of 300 end in the middle of a name's sets.
  const weighted: ResourceRecordSet[] = [];
  for (let n = 0; n < 1428; n++) {
    for (let s = 0; s < 7; s++) {
      weighted.push(a(`host-${String(n).padStart(4, '0')}.big.example.com.`, `10.${n % 250}.${s}.1`, { SetIdentifier: `set-${s}`, Weight: s }));
    }
  }
  const fixture = {
    accounts: [{ id: '111111111111', route53: { hostedZones: [{ Id: 'ZBIG', Name: 'big.example.com.', ResourceRecordSets: weighted }] } }],
  };
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ fixtures: [fixture] });
  });
  afterAll(() => sim.close());

  it('is listed page by page with every record exactly once, set identifiers carried across pages', async () => {
    const { records, pages } = await allRecords(client(sim), 'ZBIG');
    expect(records).toHaveLength(weighted.length + 2); // + apex NS and SOA
    expect(pages).toBe(Math.ceil(records.length / 300));
    const identities = new Set(records.map((r) => `${r.Name}|${r.Type}|${r.SetIdentifier ?? ''}`));
    expect(identities.size).toBe(records.length);
    const missing = weighted.filter((r) => !identities.has(`${r.Name}|A|${r.SetIdentifier}`));
    expect(missing).toEqual([]);
  });

  it('names the set identifier of the first record of the next page', async () => {
    const r53 = client(sim);
    const first = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: 'ZBIG', MaxItems: 300 }));
    // 2 apex records + 298 weighted (42 names × 7 + 4): the page ends after host-0042's set-3.
    expect(first.ResourceRecordSets?.at(-1)).toMatchObject({ Name: 'host-0042.big.example.com.', SetIdentifier: 'set-3' });
    expect([first.NextRecordName, first.NextRecordType, first.NextRecordIdentifier]).toEqual(['host-0042.big.example.com.', 'A', 'set-4']);
    const second = await r53.send(
      new ListResourceRecordSetsCommand({ HostedZoneId: 'ZBIG', StartRecordName: first.NextRecordName, StartRecordType: 'A', StartRecordIdentifier: 'set-5', MaxItems: 2 }),
    );
    expect(second.ResourceRecordSets?.map((r) => r.SetIdentifier)).toEqual(['set-5', 'set-6']);
    expect(second.IsTruncated).toBe(true);
    expect(second.NextRecordName).toBe('host-0043.big.example.com.');
  });

  it('caps MaxItems at 300', async () => {
    const page = await client(sim).send(new ListResourceRecordSetsCommand({ HostedZoneId: 'ZBIG', MaxItems: 1000 }));
    expect(page.ResourceRecordSets).toHaveLength(300);
  });
});

describe('ChangeResourceRecordSets', () => {
  let sim: Sim;
  let r53: Route53Client;
  beforeAll(async () => {
    sim = await startSim({ fixtures: [SAMPLE] });
    r53 = client(sim);
  });
  afterAll(() => sim.close());

  const change = (Action: Change['Action'], ResourceRecordSet: ResourceRecordSet): Change => ({ Action, ResourceRecordSet });
  const send = (zone: string, changes: Change[]) =>
    r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zone, ChangeBatch: { Changes: changes } }));

  it('applies CREATE, UPSERT and DELETE, normalising names', async () => {
    await send(PUBLIC, [change('CREATE', a('New.Example.com', '192.0.2.200')), change('CREATE', a('*.dev.example.com', '192.0.2.201'))]);
    await send(PUBLIC, [change('UPSERT', a('new.example.com.', '192.0.2.202'))]);
    const { records } = await allRecords(r53, PUBLIC);
    expect(records.find((r) => r.Name === 'new.example.com.')?.ResourceRecords).toEqual([{ Value: '192.0.2.202' }]);
    expect(records.some((r) => r.Name === '\\052.dev.example.com.')).toBe(true);
    await send(PUBLIC, [change('DELETE', a('new.example.com.', '192.0.2.202')), change('DELETE', a('\\052.dev.example.com.', '192.0.2.201'))]);
    const after = await allRecords(r53, PUBLIC);
    expect(after.records.some((r) => r.Name === 'new.example.com.' || r.Name === '\\052.dev.example.com.')).toBe(false);
  });

  it('rejects the whole batch when one change is invalid, naming every problem', async () => {
    const before = (await allRecords(r53, PUBLIC)).records;
    const error = await caught(
      send(PUBLIC, [
        change('CREATE', a('fresh.example.com.', '192.0.2.1')),
        change('CREATE', a('www.example.com.', '192.0.2.10')),
        change('DELETE', a('missing.example.com.', '192.0.2.1')),
        change('DELETE', { Name: 'www.example.com.', Type: 'AAAA', TTL: 300, ResourceRecords: [{ Value: '2001:db8::99' }] }),
      ]),
    );
    expect(error.name).toBe('InvalidChangeBatch');
    expect(error.message).toBe(
      "[Tried to create resource record set [name='www.example.com.', type='A'] but it already exists, " +
        "Tried to delete resource record set [name='missing.example.com.', type='A'] but it was not found, " +
        "Tried to delete resource record set [name='www.example.com.', type='AAAA'] but the values provided do not match the current values]",
    );
    expect((await allRecords(r53, PUBLIC)).records).toEqual(before);
  });

  it('rejects a CNAME beside other records, an alias to a missing target and a record outside the zone', async () => {
    const cname = await caught(send(PUBLIC, [change('CREATE', { Name: 'www.example.com.', Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'x.example.net.' }] })]));
    expect(cname.message).toContain('conflicts with other records');
    const alias = await caught(
      send(PUBLIC, [change('CREATE', { Name: 'x.example.com.', Type: 'A', AliasTarget: { HostedZoneId: PUBLIC, DNSName: 'nothing.example.com.', EvaluateTargetHealth: false } })]),
    );
    expect(alias.message).toContain('but that target was not found');
    const outside = await caught(send(PUBLIC, [change('CREATE', a('www.example.org.', '192.0.2.1'))]));
    expect(outside.message).toBe('[RRSet with DNS name www.example.org. is not permitted in zone example.com.]');
    const noSetId = await caught(send(PUBLIC, [change('CREATE', a('w.example.com.', '192.0.2.1', { Weight: 1 }))]));
    expect(noSetId.name).toBe('InvalidInput');
  });

  it('keeps TXT values exactly as given and rejects a character string over 255', async () => {
    const value = `"${'a'.repeat(255)}" "b \\"quoted\\""`;
    await send(PUBLIC, [change('CREATE', { Name: 'txt.example.com.', Type: 'TXT', TTL: 60, ResourceRecords: [{ Value: value }] })]);
    const { records } = await allRecords(r53, PUBLIC);
    expect(records.find((r) => r.Name === 'txt.example.com.')?.ResourceRecords).toEqual([{ Value: value }]);
    const error = await caught(send(PUBLIC, [change('CREATE', { Name: 'long.example.com.', Type: 'TXT', TTL: 60, ResourceRecords: [{ Value: `"${'a'.repeat(256)}"` }] })]));
    expect(error.message).toContain('TXTRDATATooLong');
  });

  it('enforces 1000 ResourceRecord elements and 32,000 characters per batch, UPSERT counting twice', async () => {
    const records = (n: number, prefix: string, value = (i: number) => `10.9.${Math.floor(i / 250)}.${i % 250}`) =>
      Array.from({ length: n }, (_, i) => a(`${prefix}-${i}.example.com.`, value(i)));
    sim.ctx.log.length = 0;
    await send(PUBLIC, records(1000, 'c').map((r) => change('CREATE', r)));
    const tooMany = await caught(send(PUBLIC, records(1001, 'd').map((r) => change('CREATE', r))));
    expect(tooMany.name).toBe('InvalidChangeBatch');
    expect(tooMany.message).toBe('[Number of records limit of 1000 exceeded.]');
    const upserts = await caught(send(PUBLIC, records(501, 'c').map((r) => change('UPSERT', r))));
    expect(upserts.message).toBe('[Number of records limit of 1000 exceeded.]');
    await send(PUBLIC, records(500, 'c').map((r) => change('UPSERT', r)));
    // 300 values of 107 characters = 32,100 characters.
    const long = (i: number) => `"${String(i).padStart(105, 'x')}"`;
    const tooLong = await caught(send(PUBLIC, records(300, 't', long).map((r) => change('CREATE', { ...r, Type: 'TXT' }))));
    expect(tooLong.message).toBe('[RDATA character limit of 32000 exceeded.]');
    const logged = sim.ctx.log.filter((e) => e.operation === 'ChangeResourceRecordSets').map((e) => e.params);
    expect(logged).toEqual([
      expect.objectContaining({ resourceRecords: 1000, accepted: true }),
      expect.objectContaining({ resourceRecords: 1001, accepted: false, error: 'InvalidChangeBatch' }),
      expect.objectContaining({ resourceRecords: 1002, accepted: false }),
      expect.objectContaining({ resourceRecords: 1000, accepted: true }),
      expect.objectContaining({ characters: 32100, accepted: false }),
    ]);
  });
});

describe('changes and zones', () => {
  it('reports a change PENDING, then INSYNC once its delay of simulated time has passed', async () => {
    const sim = await startSim({ fixtures: [SAMPLE], clock: { frozen: true }, serviceOptions: { route53: { changeSyncMs: 5000 } } });
    try {
      const r53 = client(sim);
      const { ChangeInfo } = await r53.send(
        new ChangeResourceRecordSetsCommand({ HostedZoneId: PUBLIC, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: a('x.example.com.', '192.0.2.1') }] } }),
      );
      expect(ChangeInfo?.Status).toBe('PENDING');
      expect(ChangeInfo?.SubmittedAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
      sim.advance(4999);
      expect((await r53.send(new GetChangeCommand({ Id: ChangeInfo?.Id }))).ChangeInfo?.Status).toBe('PENDING');
      sim.advance(1);
      expect((await r53.send(new GetChangeCommand({ Id: ChangeInfo?.Id }))).ChangeInfo?.Status).toBe('INSYNC');
    } finally {
      await sim.close();
    }
  });

  it('answers PriorRequestNotComplete while the previous change of the zone is pending within the window', async () => {
    const sim = await startSim({
      fixtures: [SAMPLE],
      clock: { frozen: true },
      serviceOptions: { route53: { changeSyncMs: 10_000, priorRequestWindowMs: 3000 } },
    });
    try {
      const r53 = client(sim);
      const upsert = (value: string) =>
        r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: PUBLIC, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: a('x.example.com.', value) }] } }));
      await upsert('192.0.2.1');
      const error = await caught(upsert('192.0.2.2'));
      expect(error.name).toBe('PriorRequestNotComplete');
      expect(error.$metadata?.httpStatusCode).toBe(400);
      sim.advance(3000);
      await expect(upsert('192.0.2.3')).resolves.toBeDefined();
    } finally {
      await sim.close();
    }
  });

  it('creates, comments, associates and deletes zones the way Route 53 allows', async () => {
    const sim = await startSim({ fixtures: [SAMPLE] });
    try {
      const r53 = client(sim);
      const created = await r53.send(
        new CreateHostedZoneCommand({ Name: 'internal.test', CallerReference: 'ref-1', VPC: { VPCRegion: 'us-east-1', VPCId: 'vpc-0123456789abcdef0' } }),
      );
      const id = created.HostedZone?.Id as string;
      expect(created.HostedZone).toMatchObject({ Name: 'internal.test.', Config: { PrivateZone: true }, ResourceRecordSetCount: 2 });
      expect(created.Location).toContain(id.replace('/hostedzone/', ''));
      const again = await caught(r53.send(new CreateHostedZoneCommand({ Name: 'other.test', CallerReference: 'ref-1' })));
      expect(again.name).toBe('HostedZoneAlreadyExists');
      const { records } = await allRecords(r53, id);
      expect(records.map((r) => r.Type)).toEqual(['NS', 'SOA']);

      await r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: id, VPC: { VPCRegion: 'eu-west-1', VPCId: 'vpc-0fedcba9876543210' } }));
      await r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: id, VPC: { VPCRegion: 'us-east-1', VPCId: 'vpc-0123456789abcdef0' } }));
      const last = await caught(r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: id, VPC: { VPCRegion: 'eu-west-1', VPCId: 'vpc-0fedcba9876543210' } })));
      expect(last.name).toBe('LastVPCAssociation');
      const publicVpc = await caught(r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: PUBLIC, VPC: { VPCRegion: 'us-east-1', VPCId: 'vpc-0123456789abcdef0' } })));
      expect(publicVpc.name).toBe('PublicZoneVPCAssociation');
      await r53.send(new UpdateHostedZoneCommentCommand({ Id: id, Comment: 'now commented' }));
      expect((await r53.send(new GetHostedZoneCommand({ Id: id }))).HostedZone?.Config?.Comment).toBe('now commented');

      const notEmpty = await caught(r53.send(new DeleteHostedZoneCommand({ Id: PUBLIC })));
      expect(notEmpty.name).toBe('HostedZoneNotEmpty');
      await r53.send(new DeleteHostedZoneCommand({ Id: id }));
      const gone = await caught(r53.send(new GetHostedZoneCommand({ Id: id })));
      expect(gone.name).toBe('NoSuchHostedZone');
    } finally {
      await sim.close();
    }
  });

  it('creates health checks idempotently by CallerReference and versions updates', async () => {
    const sim = await startSim({ fixtures: [SAMPLE] });
    try {
      const r53 = client(sim);
      const config = { Type: 'HTTP' as const, IPAddress: '192.0.2.9', ResourcePath: '/up' };
      const first = await r53.send(new CreateHealthCheckCommand({ CallerReference: 'hc-ref', HealthCheckConfig: config }));
      const retry = await r53.send(new CreateHealthCheckCommand({ CallerReference: 'hc-ref', HealthCheckConfig: config }));
      expect(retry.HealthCheck?.Id).toBe(first.HealthCheck?.Id);
      expect(first.HealthCheck?.HealthCheckConfig).toMatchObject({ Port: 80, RequestInterval: 30, FailureThreshold: 3 });
      const different = await caught(r53.send(new CreateHealthCheckCommand({ CallerReference: 'hc-ref', HealthCheckConfig: { ...config, Port: 81 } })));
      expect(different.name).toBe('HealthCheckAlreadyExists');
      const id = first.HealthCheck?.Id as string;
      const updated = await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, HealthCheckVersion: 1, FailureThreshold: 5, ResetElements: ['ResourcePath'] }));
      expect(updated.HealthCheck?.HealthCheckVersion).toBe(2);
      expect(updated.HealthCheck?.HealthCheckConfig?.FailureThreshold).toBe(5);
      expect(updated.HealthCheck?.HealthCheckConfig?.ResourcePath).toBeUndefined();
      const stale = await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, HealthCheckVersion: 1, Port: 8080 })));
      expect(stale.name).toBe('HealthCheckVersionMismatch');
      // What UpdateHealthCheck cannot do: add an IP address, give a calculated check a port, fewer than 3 regions.
      const byName = await r53.send(new CreateHealthCheckCommand({ CallerReference: 'fqdn-only', HealthCheckConfig: { Type: 'HTTPS', FullyQualifiedDomainName: 'a.example.com' } }));
      expect((await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: byName.HealthCheck!.Id!, IPAddress: '192.0.2.1' })))).name).toBe('InvalidInput');
      expect((await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: '11111111-aaaa-4bbb-8ccc-000000000003', Port: 80 })))).name).toBe('InvalidInput');
      expect((await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, Regions: ['us-east-1', 'eu-west-1'] })))).name).toBe('InvalidInput');
      const moved = await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, IPAddress: '192.0.2.10', Regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] }));
      expect(moved.HealthCheck?.HealthCheckConfig).toMatchObject({ IPAddress: '192.0.2.10', Regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] });
      expect(moved.HealthCheck?.HealthCheckVersion).toBe(3);
      await r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: id, AddTags: [{ Key: 'Name', Value: 'new' }] }));
      expect((await r53.send(new ListTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: id }))).ResourceTagSet?.Tags).toEqual([{ Key: 'Name', Value: 'new' }]);
      const inUse = await caught(r53.send(new DeleteHealthCheckCommand({ HealthCheckId: '11111111-aaaa-4bbb-8ccc-000000000001' })));
      expect(inUse.name).toBe('HealthCheckInUse');
      await r53.send(new DeleteHealthCheckCommand({ HealthCheckId: id }));
      expect((await caught(r53.send(new GetHealthCheckCommand({ HealthCheckId: id })))).name).toBe('NoSuchHealthCheck');
    } finally {
      await sim.close();
    }
  });

  it('limits ListTagsForResources to 10 ids and ChangeTagsForResource to 10 tags', async () => {
    const sim = await startSim({ fixtures: [SAMPLE] });
    try {
      const r53 = client(sim);
      const eleven = Array.from({ length: 11 }, () => PUBLIC);
      expect((await caught(r53.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: eleven })))).name).toBe('InvalidInput');
      const tags = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
      expect((await caught(r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: PUBLIC, AddTags: tags })))).name).toBe('InvalidInput');
      await r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: PUBLIC, AddTags: [{ Key: 'Owner', Value: 'dns' }], RemoveTagKeys: ['Environment'] }));
      const set = await r53.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: [PUBLIC, PRIVATE] }));
      expect(set.ResourceTagSets?.map((s) => s.Tags)).toEqual([[{ Key: 'Owner', Value: 'dns' }], [{ Key: 'Environment', Value: 'production' }]]);
    } finally {
      await sim.close();
    }
  });
});
