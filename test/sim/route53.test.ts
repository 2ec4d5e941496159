/**
 * Route 53 in the simulator, exercised through the real SDK client: reading the sample fixture
 * and paging a large zone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
  paginateListHostedZones,
  type ResourceRecordSet,
} from '@aws-sdk/client-route-53';
import { startSim, type Sim } from './server.js';
import { SAMPLE, PUBLIC, PRIVATE, client, allRecords, caught, a } from '../support/route53-sim.js';

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
