import {
  Route53Client,
  type HealthCheck,
  type HostedZone,
  type ResourceRecordSet,
  type Tag,
  type VPC,
} from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseHealthChecksFile, healthCheckIdsByName } from '../../src/export/health-checks.js';
import { exportRoute53, listNamedHealthChecks, zoneSelected } from '../../src/export/route53.js';
import { compareRecords, parseZoneFile } from '../../src/export/route53-format.js';
import type { ExportResult } from '../../src/export/types.js';

// ---------------------------------------------------------------------------------------
// A fake Route 53 account behind `client.send`, with the API's paging rules.

interface FakeZone {
  zone: HostedZone;
  records: ResourceRecordSet[];
  vpcs?: VPC[];
  tags?: Tag[];
  delegationSet?: string;
}

interface FakeAccount {
  zones: FakeZone[];
  healthChecks: { check: HealthCheck; tags?: Tag[] }[];
  /** Throws for a matching call (after `after` matching calls went through). */
  fail?: { operation: string; when?: (input: Record<string, unknown>) => boolean; after?: number; error?: Error };
  delayMs?: number;
}

class FakeAwsError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

function fakeClient(account: FakeAccount) {
  const calls: { operation: string; input: Record<string, unknown> }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failMatches = 0;
  const client = new Route53Client({ region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' } });
  const pageOf = <T>(items: T[], marker: unknown, maxItems: unknown, keyOf: (item: T) => string) => {
    const size = Math.min(Number(maxItems ?? 100), 100000);
    const start = marker === undefined ? 0 : items.findIndex((item) => keyOf(item) === marker);
    if (start < 0) throw new FakeAwsError('InvalidInput', `bad marker ${String(marker)}`);
    const page = items.slice(start, start + size);
    const next = items[start + size];
    return { page, truncated: next !== undefined, next: next === undefined ? undefined : keyOf(next) };
  };
  const sortedCache = new Map<FakeZone, ResourceRecordSet[]>();
  const sortedRecords = (z: FakeZone) => {
    if (!sortedCache.has(z)) sortedCache.set(z, [...z.records].sort(compareRecords));
    return sortedCache.get(z) as ResourceRecordSet[];
  };
  const handle = (operation: string, input: Record<string, unknown>): unknown => {
    switch (operation) {
      case 'ListHostedZonesCommand': {
        const zones = account.zones.filter((z) => input.DelegationSetId === undefined || z.delegationSet === input.DelegationSetId);
        const { page, truncated, next } = pageOf(zones, input.Marker, input.MaxItems, (z) => z.zone.Id as string);
        return { HostedZones: page.map((z) => z.zone), IsTruncated: truncated, NextMarker: next, MaxItems: input.MaxItems };
      }
      case 'ListReusableDelegationSetsCommand': {
        const ids = [...new Set(account.zones.flatMap((z) => (z.delegationSet ? [z.delegationSet] : [])))].sort();
        const { page, truncated, next } = pageOf(ids, input.Marker, input.MaxItems, (id) => id);
        return { DelegationSets: page.map((id) => ({ Id: `/delegationset/${id}`, NameServers: ['ns-1.awsdns-00.com'] })), IsTruncated: truncated, NextMarker: next };
      }
      case 'GetHostedZoneCommand': {
        const zone = account.zones.find((z) => z.zone.Id === `/hostedzone/${input.Id}`);
        if (!zone) throw new FakeAwsError('NoSuchHostedZone', `No hosted zone found with ID: ${input.Id}`);
        return { HostedZone: zone.zone, VPCs: zone.vpcs };
      }
      case 'ListTagsForResourcesCommand': {
        const ids = input.ResourceIds as string[];
        if (ids.length > 10) throw new FakeAwsError('InvalidInput', 'at most 10 resource ids');
        const tagsOf = (id: string) =>
          input.ResourceType === 'hostedzone'
            ? account.zones.find((z) => z.zone.Id === `/hostedzone/${id}`)?.tags
            : account.healthChecks.find((h) => h.check.Id === id)?.tags;
        return { ResourceTagSets: ids.map((id) => ({ ResourceType: input.ResourceType, ResourceId: id, Tags: tagsOf(id) ?? [] })) };
      }
      case 'ListResourceRecordSetsCommand': {
        const zone = account.zones.find((z) => z.zone.Id === `/hostedzone/${input.HostedZoneId}`);
        if (!zone) throw new FakeAwsError('NoSuchHostedZone', `No hosted zone found with ID: ${input.HostedZoneId}`);
        const sorted = sortedRecords(zone);
        const key = (r: ResourceRecordSet) => `${r.Name}|${r.Type}|${r.SetIdentifier ?? ''}`;
        const marker = input.StartRecordName === undefined ? undefined : `${input.StartRecordName}|${input.StartRecordType}|${input.StartRecordIdentifier ?? ''}`;
        const size = Number(input.MaxItems ?? 300);
        if (size > 300) throw new FakeAwsError('InvalidInput', 'MaxItems is at most 300');
        const { page, truncated, next: nextKey } = pageOf(sorted, marker, size, key);
        const next = sorted.find((r) => key(r) === nextKey);
        return {
          ResourceRecordSets: page,
          IsTruncated: truncated,
          NextRecordName: truncated ? next?.Name : undefined,
          NextRecordType: truncated ? next?.Type : undefined,
          NextRecordIdentifier: truncated ? next?.SetIdentifier : undefined,
          MaxItems: size,
        };
      }
      case 'ListHealthChecksCommand': {
        const size = Number(input.MaxItems ?? 100);
        if (size > 1000) throw new FakeAwsError('InvalidInput', 'MaxItems is at most 1000');
        const { page, truncated, next } = pageOf(account.healthChecks, input.Marker, size, (h) => h.check.Id as string);
        return { HealthChecks: page.map((h) => h.check), IsTruncated: truncated, NextMarker: next, MaxItems: size };
      }
      default:
        throw new Error(`unexpected call ${operation}`);
    }
  };
  client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const operation = command.constructor.name;
    calls.push({ operation, input: command.input });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (account.delayMs) await new Promise((resolve) => setTimeout(resolve, account.delayMs));
      const fail = account.fail;
      if (fail && `${fail.operation}Command` === operation && (!fail.when || fail.when(command.input))) {
        if (failMatches++ >= (fail.after ?? 0)) throw fail.error ?? new FakeAwsError('ServiceUnavailable', 'simulated outage');
      }
      return structuredClone(handle(operation, command.input));
    } finally {
      inFlight--;
    }
  }) as unknown as Route53Client['send'];
  const count = () => {
    const out: Record<string, number> = {};
    for (const call of calls) out[call.operation.replace(/Command$/, '')] = (out[call.operation.replace(/Command$/, '')] ?? 0) + 1;
    return out;
  };
  return { client, calls, count, maxInFlight: () => maxInFlight };
}

// ---------------------------------------------------------------------------------------
// The account under test

function zone(id: string, name: string, options: Partial<FakeZone> & { private?: boolean; comment?: string } = {}): FakeZone {
  const records: ResourceRecordSet[] = options.records ?? [
    { Name: name, Type: 'SOA', TTL: 900, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com. hostmaster.example. 1 7200 900 1209600 86400' }] },
    { Name: name, Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com.' }] },
    { Name: `www.${name}`, Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.1' }] },
  ];
  const hostedZone: HostedZone = {
    Id: `/hostedzone/${id}`,
    Name: name,
    CallerReference: `${id}-2026-01-01T00:00:00Z`,
    Config: { PrivateZone: options.private ?? false, ...(options.comment ? { Comment: options.comment } : {}) },
    ResourceRecordSetCount: records.length,
  };
  return { ...options, zone: hostedZone, records };
}

function manyRecords(name: string, count: number): ResourceRecordSet[] {
  const out: ResourceRecordSet[] = [{ Name: name, Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com.' }] }];
  for (let i = 0; out.length < count; i++) {
    const host = `h${String(i).padStart(5, '0')}.${name}`;
    // Weighted pairs put page boundaries between records of one name and type.
    out.push({ Name: host, Type: 'A', SetIdentifier: 'a', Weight: 1, TTL: 60, ResourceRecords: [{ Value: `10.0.${i % 250}.1` }] });
    if (out.length < count) out.push({ Name: host, Type: 'A', SetIdentifier: 'b', Weight: 2, TTL: 60, ResourceRecords: [{ Value: `10.0.${i % 250}.2` }] });
  }
  return out;
}

function healthCheck(id: string, fqdn: string, name?: string) {
  return {
    check: {
      Id: id,
      CallerReference: `cr-${id}`,
      HealthCheckVersion: 3,
      HealthCheckConfig: { Type: 'HTTPS' as const, FullyQualifiedDomainName: fqdn, Port: 443, ResourcePath: '/health', RequestInterval: 30, FailureThreshold: 3 },
    },
    tags: name ? [{ Key: 'Name', Value: name }] : [],
  };
}

/** 23 zones (2 private of one name, 2 in a reusable delegation set, one with 650 records), 12 health checks. */
function account(): FakeAccount {
  const zones: FakeZone[] = [];
  for (let i = 1; i <= 18; i++) zones.push(zone(`ZPUB${String(i).padStart(2, '0')}`, `site${i}.example.`, { tags: [{ Key: 'n', Value: String(i) }] }));
  zones.push(zone('ZPRIVA', 'corp.internal.', { private: true, vpcs: [{ VPCRegion: 'us-east-1', VPCId: 'vpc-b' }, { VPCRegion: 'eu-west-1', VPCId: 'vpc-a' }] }));
  zones.push(zone('ZPRIVB', 'corp.internal.', { private: true, vpcs: [{ VPCRegion: 'us-east-1', VPCId: 'vpc-c' }] }));
  zones.push(zone('ZDEL1', 'delegated.example.', { delegationSet: 'NSET1', comment: 'uses a reusable set' }));
  zones.push(zone('ZBIG', 'big.example.', { delegationSet: 'NSET1', records: manyRecords('big.example.', 650) }));
  zones.push(
    zone('ZHC', 'checked.example.', {
      records: [
        { Name: 'api.checked.example.', Type: 'A', SetIdentifier: 'p', Failover: 'PRIMARY', HealthCheckId: 'hc-01', TTL: 60, ResourceRecords: [{ Value: '192.0.2.10' }] },
        { Name: 'api.checked.example.', Type: 'A', SetIdentifier: 's', Failover: 'SECONDARY', HealthCheckId: 'hc-02', TTL: 60, ResourceRecords: [{ Value: '192.0.2.11' }] },
      ],
    }),
  );
  const healthChecks = Array.from({ length: 12 }, (_, i) =>
    healthCheck(`hc-${String(i + 1).padStart(2, '0')}`, `svc${i + 1}.checked.example`, i === 0 ? 'api-primary' : undefined),
  );
  return { zones, healthChecks };
}

const file = (result: ExportResult, path: string) => result.files.find((f) => f.path === path);

describe('exportRoute53', () => {
  it('makes exactly the minimum calls for an account', async () => {
    const fake = fakeClient(account());
    const result = await exportRoute53(fake.client, { healthChecks: true });
    expect(result.failures).toEqual([]);
    expect(fake.count()).toEqual({
      ListHostedZones: 2, // all zones (1 page of 100) + the zones of the one reusable delegation set
      ListReusableDelegationSets: 1,
      GetHostedZone: 2, // the private zones only
      ListTagsForResources: 5, // 23 zones in batches of 10 (3) + 12 health checks (2)
      ListResourceRecordSets: 25, // 22 small zones + 650 records at 300 per page (3)
      ListHealthChecks: 1,
    });
    const pageSizes = fake.calls.filter((c) => c.operation === 'ListResourceRecordSetsCommand').map((c) => c.input.MaxItems);
    expect(new Set(pageSizes)).toEqual(new Set([300]));
    expect(fake.calls.find((c) => c.operation === 'ListHealthChecksCommand')?.input.MaxItems).toBe(1000);
  });

  it('writes one file per zone plus the health checks, and marks the listings complete', async () => {
    const fake = fakeClient(account());
    const result = await exportRoute53(fake.client, { healthChecks: true });
    expect(result.files.map((f) => f.path)).toEqual([...result.files.map((f) => f.path)].sort());
    expect(result.files).toHaveLength(24);
    expect(file(result, 'route53/zones/corp.internal.private-ZPRIVA.yaml')?.label).toBe('corp.internal. (private)');
    expect(file(result, 'route53/zones/corp.internal.private-ZPRIVB.yaml')).toBeDefined();
    expect(file(result, 'route53/zones/site1.example.yaml')).toMatchObject({ kind: 'route53-zone', label: 'site1.example. (public)' });
    expect(file(result, 'route53/health-checks.yaml')?.kind).toBe('route53-health-checks');
    expect(result.completeScopes).toEqual([
      { prefix: 'route53/', pattern: /^health-checks\.yaml$/ },
      { prefix: 'route53/zones/', pattern: /\.yaml$/ },
    ]);
  });

  it('exports zone settings: VPCs of private zones, tags, comment and delegation set', async () => {
    const result = await exportRoute53(fakeClient(account()).client, { healthChecks: true });
    const priv = parse(file(result, 'route53/zones/corp.internal.private-ZPRIVA.yaml')?.content ?? '') as { zone: unknown };
    expect(priv.zone).toEqual({
      name: 'corp.internal.',
      id: 'ZPRIVA',
      private: true,
      vpcs: [{ region: 'eu-west-1', id: 'vpc-a' }, { region: 'us-east-1', id: 'vpc-b' }],
      tags: {},
    });
    const delegated = parse(file(result, 'route53/zones/delegated.example.yaml')?.content ?? '') as { zone: unknown };
    expect(delegated.zone).toEqual({
      name: 'delegated.example.',
      id: 'ZDEL1',
      private: false,
      comment: 'uses a reusable set',
      tags: {},
      'delegation-set-id': 'NSET1',
    });
    const site = parse(file(result, 'route53/zones/site7.example.yaml')?.content ?? '') as { zone: Record<string, unknown> };
    expect(site.zone.tags).toEqual({ n: '7' });
    expect(site.zone['delegation-set-id']).toBeUndefined();
  });

  it('lists every record once across page boundaries, whatever the page size', async () => {
    const big = account().zones.find((z) => z.zone.Id === '/hostedzone/ZBIG') as FakeZone;
    for (const maxItems of [49, 300]) {
      const fake = fakeClient(account());
      const result = await exportRoute53(fake.client, { healthChecks: true, maxItems });
      const parsed = parseZoneFile(file(result, 'route53/zones/big.example.yaml')?.content ?? '', { source: 'big' });
      expect(parsed.records).toEqual([...big.records].sort(compareRecords));
      expect(fake.count().ListResourceRecordSets).toBe(22 + Math.ceil(650 / maxItems));
    }
    // Small pages for the other listings too: 23 zones by 7 (4 pages) + delegation set zones (1), 12 checks by 7 (2).
    const fake = fakeClient(account());
    await exportRoute53(fake.client, { healthChecks: true, maxItems: 7 });
    expect(fake.count()).toMatchObject({ ListHostedZones: 5, ListHealthChecks: 2 });
  });

  it('gives byte-identical files for the same state and no volatile fields', async () => {
    const first = await exportRoute53(fakeClient(account()).client, { healthChecks: true });
    const reordered = account();
    reordered.zones.reverse();
    reordered.healthChecks.reverse();
    for (const z of reordered.zones) z.records.reverse();
    const second = await exportRoute53(fakeClient(reordered).client, { healthChecks: true });
    expect(second.files).toEqual(first.files);
    const all = first.files.map((f) => f.content).join('\n');
    expect(all).not.toMatch(/2026-01-01|CallerReference|caller|version|ResourceRecordSetCount|record-set-count/i);
  });

  it('refers to health checks by stable name that the live listing resolves back to ids', async () => {
    const fake = fakeClient(account());
    const result = await exportRoute53(fake.client, { healthChecks: true });
    const checks = parseHealthChecksFile(file(result, 'route53/health-checks.yaml')?.content ?? '', { source: 'hc' });
    expect(file(result, 'route53/health-checks.yaml')?.content).not.toMatch(/hc-0\d|^\s*id:/m);
    expect(checks.map((c) => c.name)).toContain('api-primary');
    expect(checks.map((c) => c.name)).toContain('https-svc2.checked.example-443-health');
    const text = file(result, 'route53/zones/checked.example.yaml')?.content ?? '';
    expect(text).toContain('health-check: api-primary\n');
    // The same listing and naming as the export, as a restore uses it.
    const live = await listNamedHealthChecks(fake.client);
    if (!live.ok) throw new Error(live.error);
    expect(live.checks.map((c) => c.name).sort()).toEqual(checks.map((c) => c.name));
    const parsed = parseZoneFile(text, { source: 'z', healthCheckIds: healthCheckIdsByName(live.checks) });
    expect(parsed.records.map((r) => r.HealthCheckId)).toEqual(['hc-01', 'hc-02']);
  });

  it('keeps the other zones when one zone fails part-way, and keeps that zone\'s file', async () => {
    const acct = account();
    acct.fail = { operation: 'ListResourceRecordSets', when: (input) => input.HostedZoneId === 'ZBIG', after: 1 };
    const result = await exportRoute53(fakeClient(acct).client, { healthChecks: true });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.item).toBe('route53 zone big.example. (ZBIG)');
    expect(result.failures[0]?.keepPaths).toEqual(['route53/zones/big.example.yaml']);
    expect(result.failures[0]?.error).toMatch(/ListResourceRecordSets/);
    expect(result.failures[0]?.error).toMatch(/after 1 page\(s\), 300 record\(s\)/);
    expect(file(result, 'route53/zones/big.example.yaml')).toBeUndefined();
    expect(result.files).toHaveLength(23);
    expect(result.completeScopes.map((s) => s.prefix)).toContain('route53/zones/');
  });

  it('writes and removes no zone file when the zone listing fails', async () => {
    const acct = account();
    acct.fail = { operation: 'ListHostedZones', when: (input) => input.DelegationSetId === undefined };
    const result = await exportRoute53(fakeClient(acct).client, { healthChecks: true });
    expect(result.files.map((f) => f.path)).toEqual(['route53/health-checks.yaml']);
    expect(result.completeScopes.map((s) => s.prefix)).toEqual(['route53/']);
    expect(result.failures).toEqual([
      { item: 'route53 hosted zones', error: expect.stringMatching(/ListHostedZones.*simulated outage/), keepPaths: [] },
    ]);
  });

  it('keeps every zone file when the delegation sets cannot be listed', async () => {
    const acct = account();
    acct.fail = { operation: 'ListReusableDelegationSets' };
    const result = await exportRoute53(fakeClient(acct).client, { healthChecks: false });
    expect(result.files).toEqual([]);
    expect(result.failures).toHaveLength(23);
    expect(result.failures[0]?.error).toMatch(/reusable delegation set/);
    expect(result.failures.flatMap((f) => f.keepPaths)).toContain('route53/zones/site1.example.yaml');
  });

  it('skips health checks entirely when disabled and then writes ids', async () => {
    const fake = fakeClient(account());
    const result = await exportRoute53(fake.client, { healthChecks: false });
    expect(fake.count().ListHealthChecks).toBeUndefined();
    expect(fake.count().ListTagsForResources).toBe(3);
    expect(file(result, 'route53/health-checks.yaml')).toBeUndefined();
    expect(result.completeScopes.map((s) => s.prefix)).toEqual(['route53/zones/']);
    expect(file(result, 'route53/zones/checked.example.yaml')?.content).toContain('health-check-id: hc-01\n');
  });

  it('keeps the health-check file, and zones that refer to checks, when ListHealthChecks fails', async () => {
    const acct = account();
    acct.fail = { operation: 'ListHealthChecks', error: new FakeAwsError('AccessDenied', 'not authorized to perform route53:ListHealthChecks') };
    const result = await exportRoute53(fakeClient(acct).client, { healthChecks: true });
    expect(result.failures.map((f) => [f.item, f.keepPaths])).toEqual([
      ['route53 health checks', ['route53/health-checks.yaml']],
      ['route53 zone checked.example. (ZHC)', ['route53/zones/checked.example.yaml']],
    ]);
    expect(result.failures[0]?.error).toMatch(/AccessDenied/);
    expect(result.completeScopes.map((s) => s.prefix)).toEqual(['route53/zones/']);
    expect(result.files).toHaveLength(22);
  });

  it('exports only the selected zones and fetches nothing for the others', async () => {
    const fake = fakeClient(account());
    const result = await exportRoute53(fake.client, { healthChecks: false, zones: { include: ['site1?.example', 'corp.*'], exclude: ['*.internal.', 'site12.example'] } });
    expect(result.files.map((f) => f.path)).toEqual([
      'route53/zones/site10.example.yaml', 'route53/zones/site11.example.yaml', 'route53/zones/site13.example.yaml',
      'route53/zones/site14.example.yaml', 'route53/zones/site15.example.yaml', 'route53/zones/site16.example.yaml',
      'route53/zones/site17.example.yaml', 'route53/zones/site18.example.yaml',
    ]);
    expect(fake.count()).toMatchObject({ ListResourceRecordSets: 8, ListTagsForResources: 1 });
    expect(fake.count().GetHostedZone).toBeUndefined();
    expect(zoneSelected('Example.COM.', { include: ['example.com'], exclude: [] })).toBe(true);
    expect(zoneSelected('a.example.com.', { include: ['example.com'], exclude: [] })).toBe(false);
  });

  it('keeps at most `concurrency` zones in flight', async () => {
    const acct = account();
    acct.delayMs = 2;
    const fake = fakeClient(acct);
    await exportRoute53(fake.client, { healthChecks: false, concurrency: 3 });
    // 3 zones plus up to 3 tag batches may overlap; never all 23 zones at once.
    expect(fake.maxInFlight()).toBeLessThanOrEqual(6);
    expect(fake.maxInFlight()).toBeGreaterThanOrEqual(3);
  });
});
