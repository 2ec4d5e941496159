/**
 * The Route 53 export against the simulated account, through the real SDK client: what the
 * files hold, parsed back into API shapes, must be exactly what the account holds.
 */
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { afterEach, describe, expect, it } from 'vitest';
import { assignHealthCheckNames, canonicalHealthChecks, parseHealthChecksFile } from '../../src/export/health-checks.js';
import { exportRoute53 } from '../../src/export/route53.js';
import { canonicalZone, parseZoneFile, zoneFilePaths } from '../../src/export/route53-format.js';
import type { ExportResult } from '../../src/export/types.js';
import { route53Slice } from '../sim/route53-state.js';
import { startSim, type Sim } from '../sim/server.js';
// One attempt (the shared client's default): a fault must show as a failure, not be retried away.
import { client, SAMPLE } from '../support/route53-sim.js';

const ACCOUNT = '111111111111';

let sim: Sim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function content(result: ExportResult, path: string): string {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}; files: ${result.files.map((f) => f.path).join(', ')}`);
  return file.content;
}

/** The account's zones as zone files would hold them, straight from the simulator's state. */
function simZones(s: Sim, account = ACCOUNT) {
  const slice = route53Slice(s.ctx, account);
  return [...slice.zones.values()].map((zone) => ({
    identity: { id: zone.id, name: zone.name, privateZone: zone.HostedZone.Config?.PrivateZone === true },
    file: {
      zone: {
        Name: zone.HostedZone.Name as string,
        Id: zone.id,
        PrivateZone: zone.HostedZone.Config?.PrivateZone === true,
        ...(zone.HostedZone.Config?.Comment !== undefined ? { Comment: zone.HostedZone.Config.Comment } : {}),
        ...(zone.HostedZone.Config?.PrivateZone ? { VPCs: zone.VPCs } : {}),
        Tags: slice.tags.get(`hostedzone/${zone.id}`) ?? [],
        ...(zone.DelegationSet.Id ? { DelegationSetId: zone.DelegationSet.Id.replace('/delegationset/', '') } : {}),
      },
      records: zone.records,
    },
  }));
}

describe('Route 53 export against the simulated account', () => {
  it('exports the sample account losslessly: every zone, record, setting and health check', async () => {
    sim = await startSim({ fixtures: [SAMPLE] });
    const result = await exportRoute53(client(sim), { healthChecks: true });
    expect(result.failures).toEqual([]);

    const slice = route53Slice(sim.ctx, ACCOUNT);
    const checks = parseHealthChecksFile(content(result, 'route53/health-checks.yaml'), { source: 'health-checks.yaml' });
    // The simulator's checks, named from their own config and tags: compared by name, config
    // and tags (the file holds no ids; children by name).
    const simChecks = [...slice.healthChecks.values()].map((hc) => ({
      healthCheck: { Id: hc.Id as string, HealthCheckConfig: hc.HealthCheckConfig },
      tags: slice.tags.get(`healthcheck/${hc.Id}`) ?? [],
    }));
    const simNames = assignHealthCheckNames(simChecks);
    const expectedChecks = simChecks.map((c) => ({ ...c, name: simNames.get(c.healthCheck.Id) as string }));
    expect(checks).toEqual(canonicalHealthChecks(expectedChecks));
    expect(checks.map((c) => c.name)).toEqual(['calculated', 'mv-1', 'status-primary']);
    expect(content(result, 'route53/health-checks.yaml')).not.toMatch(/^\s*id:/m);
    // Zone files refer to checks by name; the live name → id mapping resolves them.
    const healthCheckIds = new Map(expectedChecks.map((c) => [c.name, c.healthCheck.Id]));

    const zones = simZones(sim);
    const paths = zoneFilePaths(zones.map((z) => z.identity));
    expect(result.files).toHaveLength(zones.length + 1);
    for (const zone of zones) {
      const path = paths.get(zone.identity.id) as string;
      const parsed = parseZoneFile(content(result, path), { source: path, healthCheckIds });
      expect(parsed, path).toEqual(canonicalZone(zone.file));
    }
    expect([...paths.values()].sort()).toEqual([
      'route53/zones/2.0.192.in-addr.arpa.yaml',
      'route53/zones/example.com.private.yaml',
      'route53/zones/example.com.yaml',
      'route53/zones/shop.example.net.yaml',
    ]);

    // The minimum: 1 zone listing + 1 for the reusable set's zones, 1 set listing, 1 private
    // zone, 1 tag batch of zones + 1 of checks, 1 record page per zone, 1 health-check page.
    expect(sim.stats.calls).toEqual({
      'route53:ListHostedZones': 2,
      'route53:ListReusableDelegationSets': 1,
      'route53:GetHostedZone': 1,
      'route53:ListTagsForResources': 2,
      'route53:ListResourceRecordSets': 4,
      'route53:ListHealthChecks': 1,
    });
  });

  it('exports the same bytes twice', async () => {
    sim = await startSim({ fixtures: [SAMPLE] });
    const first = await exportRoute53(client(sim), { healthChecks: true });
    const second = await exportRoute53(client(sim), { healthChecks: true, concurrency: 1 });
    expect(second.files).toEqual(first.files);
  });

  it('lists a 10,000-record zone across page boundaries, every record exactly once', async () => {
    const records: ResourceRecordSet[] = [];
    for (let i = 0; records.length < 9998; i++) {
      const name = `host${String(i).padStart(5, '0')}.big.example.`;
      // Weighted pairs so some page boundaries fall between records of one name and type.
      records.push({ Name: name, Type: 'A', SetIdentifier: 'one', Weight: 1, TTL: 60, ResourceRecords: [{ Value: `10.${i >> 8}.${i & 255}.1` }] });
      records.push({ Name: name, Type: 'A', SetIdentifier: 'two', Weight: 2, TTL: 60, ResourceRecords: [{ Value: `10.${i >> 8}.${i & 255}.2` }] });
    }
    const fixture = { accounts: [{ id: ACCOUNT, route53: { hostedZones: [{ Id: 'ZBIG', Name: 'big.example.', ResourceRecordSets: records }] } }] };
    sim = await startSim({ fixtures: [fixture] });
    const result = await exportRoute53(client(sim), { healthChecks: false });
    expect(result.failures).toEqual([]);
    const parsed = parseZoneFile(content(result, 'route53/zones/big.example.yaml'), { source: 'big.example.yaml' });
    const [zone] = simZones(sim);
    expect(zone?.file.records).toHaveLength(10000);
    expect(parsed.records).toHaveLength(10000);
    expect(new Set(parsed.records.map((r) => `${r.Name} ${r.Type} ${r.SetIdentifier ?? ''}`)).size).toBe(10000);
    expect(parsed).toEqual(canonicalZone(zone?.file as Parameters<typeof canonicalZone>[0]));
    expect(sim.stats.calls['route53:ListResourceRecordSets']).toBe(Math.ceil(10000 / 300));
  });

  it('reports a zone whose record listing fails on page 2 and exports the others', async () => {
    sim = await startSim({
      fixtures: [SAMPLE],
      faults: [
        {
          service: 'route53',
          operation: 'ListResourceRecordSets',
          match: (req) => req.path.includes('Z01EXAMPLEPUBLIC'),
          after: 1,
          kind: { code: 'InternalFailure', status: 500, message: 'simulated failure' },
        },
      ],
    });
    const result = await exportRoute53(client(sim), { healthChecks: true, maxItems: 10 });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({
      item: 'route53 zone example.com. (Z01EXAMPLEPUBLIC)',
      keepPaths: ['route53/zones/example.com.yaml'],
    });
    expect(result.failures[0]?.error).toMatch(/ListResourceRecordSets/);
    expect(result.failures[0]?.error).toMatch(/after 1 page\(s\), 10 record\(s\)/);
    expect(result.files.map((f) => f.path)).toEqual([
      'route53/health-checks.yaml',
      'route53/zones/2.0.192.in-addr.arpa.yaml',
      'route53/zones/example.com.private.yaml',
      'route53/zones/shop.example.net.yaml',
    ]);
    expect(result.completeScopes.map((s) => s.prefix)).toEqual(['route53/', 'route53/zones/']);
  });
});
