import { readFileSync } from 'node:fs';
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  canonicalZone,
  compareRecords,
  ExportFileError,
  isApexNsOrSoa,
  parseZoneFile,
  renderZoneFile,
  ZONE_FIELDS,
  zoneFilePaths,
  type ZoneFile,
} from '../../src/export/route53-format.js';
import { RECORD_FIELDS } from '../../src/export/route53-records.js';

const ZONE = 'example.com.';
const hcNames = new Map([
  ['11111111-aaaa', 'api-primary'],
  ['22222222-bbbb', 'api-secondary'],
]);
const hcIds = new Map([...hcNames].map(([id, name]) => [name, id]));

/** One record of every kind and routing policy Route 53 has. */
const RECORDS: ResourceRecordSet[] = [
  { Name: ZONE, Type: 'SOA', TTL: 900, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400' }] },
  { Name: ZONE, Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-2.awsdns-01.net.' }, { Value: 'ns-1.awsdns-00.com.' }] },
  { Name: ZONE, Type: 'A', AliasTarget: { HostedZoneId: 'Z35SXDOTRQ7X7K', DNSName: 'dualstack.lb-1.us-east-1.elb.amazonaws.com.', EvaluateTargetHealth: true } },
  { Name: ZONE, Type: 'MX', TTL: 300, ResourceRecords: [{ Value: '20 mx2.example.com.' }, { Value: '10 mx1.example.com.' }] },
  {
    Name: ZONE,
    Type: 'TXT',
    TTL: 300,
    ResourceRecords: [
      { Value: '"v=spf1 include:_spf.example.net ~all"' },
      { Value: `"${'k'.repeat(255)}" "${'z'.repeat(40)}"` },
      { Value: '"say \\"hi\\"" "back\\\\slash" "it\'s"' },
    ],
  },
  { Name: ZONE, Type: 'CAA', TTL: 3600, ResourceRecords: [{ Value: '0 issue "amazon.com"' }] },
  { Name: '\\052.example.com.', Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'www.example.com.' }] },
  { Name: '_sip._tcp.example.com.', Type: 'SRV', TTL: 300, ResourceRecords: [{ Value: '10 5 5060 sip.example.com.' }] },
  { Name: 'weighted.example.com.', Type: 'A', SetIdentifier: 'blue', Weight: 90, TTL: 60, HealthCheckId: '11111111-aaaa', ResourceRecords: [{ Value: '192.0.2.10' }] },
  { Name: 'weighted.example.com.', Type: 'A', SetIdentifier: 'green', Weight: 0, TTL: 60, ResourceRecords: [{ Value: '192.0.2.20' }] },
  { Name: 'latency.example.com.', Type: 'AAAA', SetIdentifier: 'use1', Region: 'us-east-1', TTL: 60, ResourceRecords: [{ Value: '2001:db8::1' }] },
  { Name: 'failover.example.com.', Type: 'A', SetIdentifier: 'primary', Failover: 'PRIMARY', HealthCheckId: '11111111-aaaa', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] },
  { Name: 'failover.example.com.', Type: 'A', SetIdentifier: 'secondary', Failover: 'SECONDARY', AliasTarget: { HostedZoneId: 'Z3AQBSTGFYJSTF', DNSName: 's3-website-us-east-1.amazonaws.com.', EvaluateTargetHealth: false } },
  { Name: 'geo.example.com.', Type: 'A', SetIdentifier: 'europe', GeoLocation: { ContinentCode: 'EU' }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.30' }] },
  { Name: 'geo.example.com.', Type: 'A', SetIdentifier: 'norway', GeoLocation: { CountryCode: 'NO' }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.31' }] },
  { Name: 'geo.example.com.', Type: 'A', SetIdentifier: 'washington', GeoLocation: { CountryCode: 'US', SubdivisionCode: 'WA' }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.32' }] },
  { Name: 'geo.example.com.', Type: 'A', SetIdentifier: 'default', GeoLocation: { CountryCode: '*' }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.33' }] },
  { Name: 'geoprox.example.com.', Type: 'A', SetIdentifier: 'region', GeoProximityLocation: { AWSRegion: 'eu-west-1', Bias: -25 }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.40' }] },
  { Name: 'geoprox.example.com.', Type: 'A', SetIdentifier: 'lzg', GeoProximityLocation: { LocalZoneGroup: 'us-east-1-bos-1', Bias: 10 }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.41' }] },
  { Name: 'geoprox.example.com.', Type: 'A', SetIdentifier: 'point', GeoProximityLocation: { Coordinates: { Latitude: '49.22', Longitude: '-74.01' } }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.42' }] },
  { Name: 'cidr.example.com.', Type: 'A', SetIdentifier: 'office', CidrRoutingConfig: { CollectionId: 'c8c02a84-aaaa-bbbb-cccc-000000000001', LocationName: 'office' }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.50' }] },
  { Name: 'cidr.example.com.', Type: 'A', SetIdentifier: 'rest', CidrRoutingConfig: { CollectionId: 'c8c02a84-aaaa-bbbb-cccc-000000000001', LocationName: '*' }, TTL: 60, ResourceRecords: [{ Value: '192.0.2.51' }] },
  { Name: 'multi.example.com.', Type: 'A', SetIdentifier: 'one', MultiValueAnswer: true, HealthCheckId: '22222222-bbbb', TTL: 60, ResourceRecords: [{ Value: '192.0.2.60' }] },
  { Name: 'multi.example.com.', Type: 'A', SetIdentifier: 'two', MultiValueAnswer: true, HealthCheckId: '99999999-gone', TTL: 60, ResourceRecords: [{ Value: '192.0.2.61' }] },
  { Name: 'policy.example.com.', Type: 'A', SetIdentifier: 'tp', TrafficPolicyInstanceId: '12345678-tpi', TTL: 60, ResourceRecords: [{ Value: '192.0.2.70' }] },
  { Name: 'yes.example.com.', Type: 'TXT', TTL: 300, ResourceRecords: [{ Value: 'yes' }, { Value: '0123' }, { Value: 'null' }] },
];

const ZONE_FILE: ZoneFile = {
  zone: {
    Name: ZONE,
    Id: 'Z0000000000000000001',
    PrivateZone: true,
    Comment: 'yes: a tricky comment # here',
    VPCs: [
      { VPCRegion: 'us-west-2', VPCId: 'vpc-2' },
      { VPCRegion: 'us-east-1', VPCId: 'vpc-9' },
      { VPCRegion: 'us-east-1', VPCId: 'vpc-1' },
    ],
    Tags: [
      { Key: 'team', Value: 'dns' },
      { Key: 'Env', Value: 'on' },
      { Key: '10', Value: '' },
    ],
    DelegationSetId: 'N0000000000000000001',
    LinkedService: { ServicePrincipal: 'servicediscovery.amazonaws.com', Description: 'cloud map' },
    AcceleratedRecoveryStatus: 'ENABLED',
  },
  records: RECORDS,
};

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('zone file round trip', () => {
  it('parse(render(x)) gives back every record kind and zone setting (canonical form)', () => {
    const text = renderZoneFile(ZONE_FILE, { healthCheckNames: hcNames });
    const back = parseZoneFile(text, { source: 'route53/zones/example.com.private.yaml', healthCheckIds: hcIds });
    expect(back).toEqual(canonicalZone(ZONE_FILE));
    expect(back.records).toHaveLength(RECORDS.length);
  });

  it('round-trips each record on its own, so no field is lost in any kind', () => {
    for (const record of RECORDS) {
      const file: ZoneFile = { zone: { Name: ZONE, Id: 'Z1', PrivateZone: false, Tags: [] }, records: [record] };
      const back = parseZoneFile(renderZoneFile(file, { healthCheckNames: hcNames }), { source: 'f.yaml', healthCheckIds: hcIds });
      expect(back).toEqual(canonicalZone(file));
    }
  });

  it('is byte-identical whatever order the API returns records, values, VPCs and tags in', () => {
    const reference = renderZoneFile(ZONE_FILE, { healthCheckNames: hcNames });
    for (const seed of [1, 2, 3]) {
      const scrambled: ZoneFile = {
        zone: { ...ZONE_FILE.zone, VPCs: shuffled(ZONE_FILE.zone.VPCs ?? [], seed), Tags: shuffled(ZONE_FILE.zone.Tags, seed) },
        records: shuffled(RECORDS, seed).map((r) => (r.ResourceRecords ? { ...r, ResourceRecords: shuffled(r.ResourceRecords, seed) } : r)),
      };
      expect(renderZoneFile(scrambled, { healthCheckNames: hcNames })).toBe(reference);
    }
  });
});

describe('zone file format', () => {
  const text = renderZoneFile(ZONE_FILE, { healthCheckNames: hcNames });
  const doc = parse(text) as { zone: Record<string, unknown>; records: Record<string, unknown>[] };
  const find = (name: string, type: string, setId?: string) =>
    doc.records.find((r) => r.name === name && r.type === type && r['set-identifier'] === setId) as Record<string, unknown>;

  it('starts with a constant header and the zone settings in a fixed order', () => {
    expect(text.startsWith('# Route 53 hosted zone exported by aws-backup-gitops')).toBe(true);
    expect(Object.keys(doc)).toEqual(['zone', 'records']);
    expect(Object.keys(doc.zone)).toEqual([
      'name', 'id', 'private', 'comment', 'vpcs', 'tags', 'delegation-set-id', 'linked-service', 'accelerated-recovery',
    ]);
    expect(doc.zone.vpcs).toEqual([
      { region: 'us-east-1', id: 'vpc-1' },
      { region: 'us-east-1', id: 'vpc-9' },
      { region: 'us-west-2', id: 'vpc-2' },
    ]);
    expect(text).toContain("  tags:\n    '10': ''\n    Env: 'on'\n    team: dns\n");
  });

  it('writes records in Route 53 order: reversed labels, then type, then set identifier', () => {
    const keys = doc.records.map((r) => `${r.name} ${r.type} ${r['set-identifier'] ?? ''}`.trim());
    expect(keys.slice(0, 8)).toEqual([
      'example.com. A', 'example.com. CAA', 'example.com. MX', 'example.com. NS', 'example.com. SOA', 'example.com. TXT',
      '*.example.com. CNAME', '_sip._tcp.example.com. SRV',
    ]);
    expect(keys.filter((k) => k.startsWith('geo.'))).toEqual([
      'geo.example.com. A default', 'geo.example.com. A europe', 'geo.example.com. A norway', 'geo.example.com. A washington',
    ]);
    const sorted = [...RECORDS].sort(compareRecords);
    expect(doc.records.map((r) => r.type)).toEqual(sorted.map((r) => r.Type));
  });

  it('puts name, type and set-identifier first in every record', () => {
    for (const record of doc.records) {
      const keys = Object.keys(record);
      expect(keys.slice(0, 2)).toEqual(['name', 'type']);
      if ('set-identifier' in record) expect(keys[2]).toBe('set-identifier');
    }
  });

  it('marks apex NS and SOA so a restore skips them unless forced', () => {
    expect(find(ZONE, 'NS').restore).toBe('skip-unless-forced');
    expect(find(ZONE, 'SOA').restore).toBe('skip-unless-forced');
    expect(Object.keys(find(ZONE, 'NS')).slice(0, 3)).toEqual(['name', 'type', 'restore']);
    expect(find(ZONE, 'MX').restore).toBeUndefined();
    expect(isApexNsOrSoa({ Name: 'sub.example.com.', Type: 'NS' }, ZONE)).toBe(false);
    expect(isApexNsOrSoa({ Name: 'EXAMPLE.com', Type: 'SOA' }, ZONE)).toBe(true);
  });

  it('keeps values exactly as Route 53 returns them, sorted', () => {
    expect(find(ZONE, 'NS').values).toEqual(['ns-1.awsdns-00.com.', 'ns-2.awsdns-01.net.']);
    expect(find(ZONE, 'TXT').values).toEqual([
      '"k'.padEnd(256, 'k') + `" "${'z'.repeat(40)}"`,
      '"say \\"hi\\"" "back\\\\slash" "it\'s"',
      '"v=spf1 include:_spf.example.net ~all"',
    ]);
    expect(find('yes.example.com.', 'TXT').values).toEqual(['0123', 'null', 'yes']);
    expect(text).toContain(`      - '"v=spf1 include:_spf.example.net ~all"'\n`);
  });

  it('shows \\052 as * and aliases without TTL', () => {
    expect(find('*.example.com.', 'CNAME')).toBeDefined();
    expect(text).not.toContain('\\052');
    const alias = find(ZONE, 'A');
    expect(alias.alias).toEqual({
      'hosted-zone-id': 'Z35SXDOTRQ7X7K',
      'dns-name': 'dualstack.lb-1.us-east-1.elb.amazonaws.com.',
      'evaluate-target-health': true,
    });
    expect(alias.ttl).toBeUndefined();
  });

  it('writes routing policies with Route 53 native fields', () => {
    expect(find('weighted.example.com.', 'A', 'blue')).toMatchObject({ weight: 90, 'health-check': 'api-primary' });
    expect(find('latency.example.com.', 'AAAA', 'use1').region).toBe('us-east-1');
    expect(find('failover.example.com.', 'A', 'secondary').failover).toBe('SECONDARY');
    expect(find('geo.example.com.', 'A', 'default').geolocation).toEqual({ country: '*' });
    expect(find('geo.example.com.', 'A', 'norway').geolocation).toEqual({ country: 'NO' });
    expect(find('geo.example.com.', 'A', 'washington').geolocation).toEqual({ country: 'US', subdivision: 'WA' });
    expect(find('geoprox.example.com.', 'A', 'point').geoproximity).toEqual({ coordinates: { latitude: '49.22', longitude: '-74.01' } });
    expect(find('geoprox.example.com.', 'A', 'lzg').geoproximity).toEqual({ 'local-zone-group': 'us-east-1-bos-1', bias: 10 });
    expect(find('cidr.example.com.', 'A', 'rest')['cidr-routing']).toEqual({
      'collection-id': 'c8c02a84-aaaa-bbbb-cccc-000000000001',
      'location-name': '*',
    });
    expect(find('multi.example.com.', 'A', 'one')['multivalue-answer']).toBe(true);
    expect(find('policy.example.com.', 'A', 'tp')['traffic-policy-instance-id']).toBe('12345678-tpi');
  });

  it('refers to health checks by stable name, or by id when the check is not in the health-check file', () => {
    expect(find('multi.example.com.', 'A', 'one')['health-check']).toBe('api-secondary');
    expect(find('multi.example.com.', 'A', 'two')['health-check-id']).toBe('99999999-gone');
    const withoutNames = parse(renderZoneFile(ZONE_FILE)) as typeof doc;
    const failover = withoutNames.records.find((r) => r['set-identifier'] === 'primary') as Record<string, unknown>;
    expect(failover['health-check-id']).toBe('11111111-aaaa');
  });

  it('fails loudly on a record field this version does not know instead of dropping it', () => {
    const future = { ...RECORDS[3], FutureRouting: { x: 1 } } as ResourceRecordSet;
    expect(() => renderZoneFile({ zone: ZONE_FILE.zone, records: [future] })).toThrow(/FutureRouting/);
  });

  it('documents every key in docs/export-format.md', () => {
    const docs = readFileSync(new URL('../../docs/export-format.md', import.meta.url), 'utf8');
    const keys = [...Object.values(RECORD_FIELDS), ...Object.values(ZONE_FIELDS)].flatMap((f) => f.keys);
    for (const key of [...keys, 'restore', 'skip-unless-forced', 'continent', 'subdivision', 'aws-region', 'local-zone-group',
      'latitude', 'bias', 'collection-id', 'location-name', 'hosted-zone-id', 'dns-name', 'evaluate-target-health']) {
      expect(docs, key).toContain(`\`${key}\``);
    }
  });
});

describe('parseZoneFile errors', () => {
  const base = renderZoneFile({ zone: { Name: ZONE, Id: 'Z1', PrivateZone: false, Tags: [] }, records: [RECORDS[3] as ResourceRecordSet] });

  it('names the file and line of an unknown key', () => {
    const bad = base.replace('    ttl: 300', '    tll: 300');
    const line = bad.split('\n').findIndex((l) => l.includes('tll')) + 1;
    expect(() => parseZoneFile(bad, { source: 'route53/zones/example.com.yaml' })).toThrow(
      new ExportFileError(`route53/zones/example.com.yaml:${line}: unknown key "tll"; expected one of: name, type, set-identifier, weight, region, failover, geolocation, geoproximity, cidr-routing, az-affinity, multivalue-answer, health-check, health-check-id, traffic-policy-instance-id, alias, ttl, values, restore`),
    );
  });

  it('rejects a wrong type with a hint', () => {
    const bad = base.replace('    ttl: 300', '    ttl: soon');
    expect(() => parseZoneFile(bad, { source: 'z.yaml' })).toThrow(/z\.yaml:\d+: expected a whole number, found string "soon"/);
    const number = base.replace('name: example.com.\n  id: Z1', 'name: example.com.\n  id: 123');
    expect(() => parseZoneFile(number, { source: 'z.yaml' })).toThrow(/z\.yaml:4: expected text, found number 123 \(quote it/);
  });

  it('rejects an unknown health-check name and invalid YAML', () => {
    const ref = base.replace('    ttl: 300', '    health-check: nope\n    ttl: 300');
    expect(() => parseZoneFile(ref, { source: 'z.yaml', healthCheckIds: hcIds })).toThrow(/"nope" is not in route53\/health-checks\.yaml/);
    expect(() => parseZoneFile('zone: [', { source: 'z.yaml' })).toThrow(/z\.yaml:1: not valid YAML/);
    expect(() => parseZoneFile(base.replace('records:', 'extra: 1\nrecords:'), { source: 'z.yaml' })).toThrow(/unknown key "extra"/);
  });
});

describe('zoneFilePaths', () => {
  it('names public and private zones apart, and disambiguates collisions by zone id', () => {
    const paths = zoneFilePaths([
      { id: 'Z1', name: 'example.com.', privateZone: false },
      { id: 'Z2', name: 'example.com.', privateZone: true },
      { id: 'Z3', name: 'corp.internal.', privateZone: true },
      { id: 'Z4', name: 'corp.internal.', privateZone: true },
      { id: 'Z5', name: 'Shop.Example.org.', privateZone: false },
      { id: 'Z6', name: 'shop.example.org.', privateZone: false },
      { id: 'Z7', name: '\\052weird\\100.com.', privateZone: false },
    ]);
    expect(Object.fromEntries(paths)).toEqual({
      Z1: 'route53/zones/example.com.yaml',
      Z2: 'route53/zones/example.com.private.yaml',
      Z3: 'route53/zones/corp.internal.private-Z3.yaml',
      Z4: 'route53/zones/corp.internal.private-Z4.yaml',
      Z5: 'route53/zones/shop.example.org-Z5.yaml',
      Z6: 'route53/zones/shop.example.org-Z6.yaml',
      Z7: 'route53/zones/_weird_100.com.yaml',
    });
  });
});
