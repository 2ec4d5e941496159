/**
 * Route 53 restore against the simulated account, through the real SDK clients: export,
 * damage the live zone, plan (the exact inverse), apply, export again.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  ChangeResourceRecordSetsCommand,
  DeleteHealthCheckCommand,
  type Change,
  type ResourceRecordSet,
  type Route53Client,
} from '@aws-sdk/client-route-53';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { exportRoute53 } from '../../src/export/route53.js';
import type { ExportResult } from '../../src/export/types.js';
import { applyPlan } from '../../src/plan/apply.js';
import type { Plan } from '../../src/plan/plan.js';
import { MAX_CHARACTERS_PER_BATCH, MAX_RECORDS_PER_BATCH } from '../../src/restore/change-batches.js';
import { createRoute53Planner } from '../../src/restore/route53.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from '../../src/restore/types.js';
import { route53Slice } from '../sim/route53-state.js';
import { startSim, type Sim, type SimOptions } from '../sim/server.js';
import { SAMPLE } from '../support/route53-sim.js';

const ACCOUNT = '111111111111';
const PUBLIC_ZONE = 'Z01EXAMPLEPUBLIC';
const PUBLIC_FILE = 'exports/main/route53/zones/example.com.yaml';

let sim: Sim | undefined;
let clients: AwsClients | undefined;
let repo: string | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  if (repo) await rm(repo, { recursive: true, force: true });
  sim = undefined;
  clients = undefined;
  repo = undefined;
  vi.unstubAllEnvs();
});

async function start(options: SimOptions = {}): Promise<{ sim: Sim; clients: AwsClients }> {
  sim = await startSim({ fixtures: [SAMPLE], clock: { frozen: true }, ...options });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({
    account: 'main',
    credentials: sim.credentialsFor(ACCOUNT),
    env: { AWS_ENDPOINT_URL: sim.url },
    maxAttempts: 1,
    rateLimits: { route53: 1000 },
  });
  repo = await mkdtemp(join(tmpdir(), 'abg-restore-'));
  return { sim, clients };
}

/** Waiting moves simulated time instead of real time. */
function planner(s: Sim) {
  return createRoute53Planner({
    wait: {
      sleep: async (ms) => s.advance(ms),
    },
  });
}

function context(c: AwsClients, root: string): RestoreContext {
  const config = parseConfig('version: 1\nregions: [us-east-1]\naccounts:\n  - name: main\n', 'aws-backup.yml');
  return { config, account: resolveAccounts(config)[0]!, clients: c, repoRoot: root, now: new Date('2026-01-01T00:00:00Z'), log: () => {} };
}

function request(overrides: Partial<RestoreRequest> = {}): RestoreRequest {
  return { kind: 'route53-zone', source: 'example.com', force: false, options: { private: 'false' }, ...overrides };
}

async function exportTo(root: string, client: Route53Client): Promise<ExportResult> {
  const result = await exportRoute53(client, { healthChecks: true });
  expect(result.failures).toEqual([]);
  for (const file of result.files) {
    const path = join(root, 'exports/main', file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  return result;
}

async function change(client: Route53Client, zoneId: string, changes: Change[]): Promise<void> {
  await client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: changes } }));
}

function liveRecord(s: Sim, zoneId: string, name: string, type: string, setId?: string): ResourceRecordSet {
  const zone = route53Slice(s.ctx, ACCOUNT).zones.get(zoneId)!;
  const found = zone.records.find((r) => r.Name === name && r.Type === type && r.SetIdentifier === setId);
  if (!found) throw new Error(`no ${name} ${type} ${setId ?? ''}`);
  return structuredClone(found);
}

/** `kind target` of each action, sorted, for comparing plans. */
function listing(plan: Plan): string[] {
  return plan.actions.map((a) => `${a.kind} ${a.target}`).sort();
}

async function apply(plan: Plan) {
  const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
  const failed = results.filter((r) => r.status !== 'applied');
  expect(failed).toEqual([]);
  return results;
}

describe('Route 53 restore against the simulated account', () => {
  it('round trip: the plan is exactly the inverse of the damage, and the export afterwards is byte-identical', async () => {
    const { sim: s, clients: c } = await start();
    const r53 = c.route53();
    const first = await exportTo(repo!, r53);

    // Damage: delete an alias and its target, change values and a weight, add strays, replace
    // an A record by a CNAME, and delete a health check (after unhooking its record).
    const apexAlias = liveRecord(s, PUBLIC_ZONE, 'example.com.', 'A');
    const www = liveRecord(s, PUBLIC_ZONE, 'www.example.com.', 'A');
    const wildcard = liveRecord(s, PUBLIC_ZONE, '\\052.example.com.', 'A');
    const primary = liveRecord(s, PUBLIC_ZONE, 'status.example.com.', 'A', 'primary');
    const blue = liveRecord(s, PUBLIC_ZONE, 'api.example.com.', 'A', 'blue');
    const mx = liveRecord(s, PUBLIC_ZONE, 'example.com.', 'MX');
    await change(r53, PUBLIC_ZONE, [
      { Action: 'DELETE', ResourceRecordSet: apexAlias },
      { Action: 'DELETE', ResourceRecordSet: www },
      { Action: 'DELETE', ResourceRecordSet: wildcard },
      { Action: 'CREATE', ResourceRecordSet: { Name: '\\052.example.com.', Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'elsewhere.example.net.' }] } },
      { Action: 'UPSERT', ResourceRecordSet: { ...blue, Weight: 5 } },
      { Action: 'UPSERT', ResourceRecordSet: { ...mx, TTL: 60, ResourceRecords: [{ Value: '10 evil.example.net.' }] } },
      { Action: 'UPSERT', ResourceRecordSet: { ...primary, HealthCheckId: undefined } },
      { Action: 'CREATE', ResourceRecordSet: { Name: 'stray.example.com.', Type: 'TXT', TTL: 300, ResourceRecords: [{ Value: '"not in the export"' }] } },
    ]);
    await r53.send(new DeleteHealthCheckCommand({ HealthCheckId: primary.HealthCheckId }));

    const plan = await planner(s)(request({ source: PUBLIC_FILE, options: {} }), context(c, repo!));
    expect(plan.errors).toEqual([]);
    const zone = 'example.com. (public)';
    expect(listing(plan)).toEqual(
      [
        `create ${zone} example.com. A`,
        `create ${zone} www.example.com. A`,
        `create ${zone} *.example.com. A`,
        `delete ${zone} *.example.com. CNAME`,
        `delete ${zone} stray.example.com. TXT`,
        `update ${zone} api.example.com. A (blue)`,
        `update ${zone} example.com. MX`,
        `update ${zone} status.example.com. A (primary)`,
        'create health check status-primary',
        'update health check calculated',
      ].sort(),
    );
    const mxAction = plan.actions.find((a) => a.target.endsWith('example.com. MX'));
    expect(mxAction?.reason).toContain('values, ttl');

    s.ctx.log.length = 0;
    await apply(plan);
    // The CNAME swap happened inside one atomic batch, and aliases after their targets.
    const batches = s.ctx.log.filter((e) => e.operation === 'ChangeResourceRecordSets');
    expect(batches.every((b) => (b.params as { accepted: boolean }).accepted)).toBe(true);

    // The health check was re-created with a new id, found by its stable name...
    const recreated = liveRecord(s, PUBLIC_ZONE, 'status.example.com.', 'A', 'primary').HealthCheckId;
    expect(recreated).toBeDefined();
    expect(recreated).not.toBe(primary.HealthCheckId);
    expect([...route53Slice(s.ctx, ACCOUNT).healthChecks.keys()]).toContain(recreated);

    // ...and the export afterwards is byte-identical, every file, the health-check file included.
    const second = await exportTo(repo!, r53);
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    expect(first.files.map((f) => f.path)).toContain('route53/health-checks.yaml');
    for (const file of first.files) {
      const again = second.files.find((f) => f.path === file.path)?.content;
      expect(again, file.path).toBe(file.content);
    }

    // Nothing left to do: planning again gives an empty plan.
    const again = await planner(s)(request({ source: PUBLIC_FILE, options: {} }), context(c, repo!));
    expect(again.actions).toEqual([]);
  });

  it('restores a 5,000-record zone with long TXT values into a new zone, every batch within the limits', async () => {
    const { sim: s, clients: c } = await start({ fixtures: [] });
    const records: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const long = `"${'k'.repeat(200)}${String(i).padStart(5, '0')}" "${'v'.repeat(40)}"`;
      records.push(`  - name: r${String(i).padStart(5, '0')}.big.example.\n    type: TXT\n    ttl: 300\n    values:\n      - '${long}'`);
    }
    // Aliases to records of the zone itself: remapped to the new zone's id.
    records.push(`  - name: alias.big.example.\n    type: TXT\n    alias:\n      hosted-zone-id: ZOLDBIG\n      dns-name: r00042.big.example.\n      evaluate-target-health: false`);
    const content = `zone:\n  name: big.example.\n  id: ZOLDBIG\n  private: false\n  tags:\n    team: dns\nrecords:\n${records.join('\n')}\n`;
    const path = join(repo!, 'exports/main/route53/zones/big.example.yaml');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);

    const plan = await planner(s)(request({ source: 'big.example', options: {} }), context(c, repo!));
    expect(plan.errors).toEqual([]);
    expect(plan.actions.filter((a) => a.kind === 'create')).toHaveLength(5002); // zone + 5,001 records
    await apply(plan);

    const logged = s.ctx.log.filter((e) => e.operation === 'ChangeResourceRecordSets').map((e) => e.params as Record<string, number | boolean>);
    expect(logged.length).toBeGreaterThan(1);
    for (const batch of logged) {
      expect(batch.accepted).toBe(true);
      expect(batch.resourceRecords as number).toBeLessThanOrEqual(MAX_RECORDS_PER_BATCH);
      expect(batch.characters as number).toBeLessThanOrEqual(MAX_CHARACTERS_PER_BATCH);
    }
    const slice = route53Slice(s.ctx, ACCOUNT);
    const zone = [...slice.zones.values()].find((z) => z.name === 'big.example.')!;
    expect(zone.records).toHaveLength(5003); // + apex NS and SOA
    expect(zone.records.find((r) => r.Name === 'alias.big.example.')?.AliasTarget?.HostedZoneId).toBe(zone.id);
    expect(slice.tags.get(`hostedzone/${zone.id}`)).toEqual([{ Key: 'team', Value: 'dns' }]);
  });

  it('refuses to change more than 30% of a zone unless forced, and proceeds when forced', async () => {
    const { sim: s, clients: c } = await start();
    const r53 = c.route53();
    await exportTo(repo!, r53);
    const strays: Change[] = Array.from({ length: 15 }, (_, i) => ({
      Action: 'CREATE',
      ResourceRecordSet: { Name: `stray${i}.example.com.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] },
    }));
    await change(r53, PUBLIC_ZONE, strays);

    const refused = await planner(s)(request(), context(c, repo!));
    expect(refused.actions).toEqual([]);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]?.message).toMatch(/would update or delete 15 of the zone's 48 record sets \(31%\).*force: true/);

    const forced = await planner(s)(request({ force: true }), context(c, repo!));
    expect(forced.errors).toEqual([]);
    expect(forced.actions.filter((a) => a.kind === 'delete')).toHaveLength(15);
    await apply(forced);
    const zone = route53Slice(s.ctx, ACCOUNT).zones.get(PUBLIC_ZONE)!;
    expect(zone.records.some((r) => r.Name?.startsWith('stray'))).toBe(false);
  });

  it('leaves apex NS and SOA alone unless forced', async () => {
    const { sim: s, clients: c } = await start();
    const r53 = c.route53();
    await exportTo(repo!, r53);
    const ns = liveRecord(s, PUBLIC_ZONE, 'example.com.', 'NS');
    await change(r53, PUBLIC_ZONE, [{ Action: 'UPSERT', ResourceRecordSet: { ...ns, TTL: 60 } }]);

    const unforced = await planner(s)(request(), context(c, repo!));
    expect(unforced.actions).toEqual([]);
    expect(unforced.warnings.map((w) => w.item)).toEqual(['example.com. (public) example.com. NS']);

    const forced = await planner(s)(request({ force: true }), context(c, repo!));
    expect(listing(forced)).toEqual(['update example.com. (public) example.com. NS']);
    await apply(forced);
    expect(liveRecord(s, PUBLIC_ZONE, 'example.com.', 'NS').TTL).toBe(172800);
  });

  it('recreates a deleted private zone with its VPC associations, or with the VPCs given for the DR region', async () => {
    const { sim: s, clients: c } = await start();
    await exportTo(repo!, c.route53());
    const slice = route53Slice(s.ctx, ACCOUNT);
    slice.zones.delete('Z02EXAMPLEPRIVATE');

    const plan = await planner(s)(request({ options: { private: 'true' } }), context(c, repo!));
    expect(listing(plan)).toEqual([
      'create example.com. (private)',
      'create example.com. (private) api.example.com. CNAME',
      'create example.com. (private) db.example.com. A',
    ]);
    await apply(plan);
    const restored = [...slice.zones.values()].find((z) => z.name === 'example.com.' && z.VPCs.length > 0)!;
    expect(restored.VPCs).toEqual([
      { VPCRegion: 'eu-west-1', VPCId: 'vpc-0f1e2d3c4b5a69788' },
      { VPCRegion: 'us-east-1', VPCId: 'vpc-0a1b2c3d4e5f60718' },
    ]);
    expect(restored.HostedZone.Config?.Comment).toBe('Internal names for example.com');
  });

  it('waits out PriorRequestNotComplete and polls GetChange until INSYNC', async () => {
    const { sim: s, clients: c } = await start({ serviceOptions: { route53: { changeSyncMs: 5000, priorRequestWindowMs: 60_000 } } });
    const r53 = c.route53();
    await exportTo(repo!, r53);
    // A change of someone else's is still PENDING when the restore starts.
    await change(r53, PUBLIC_ZONE, [
      { Action: 'CREATE', ResourceRecordSet: { Name: 'stray.example.com.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] } },
    ]);
    const plan = await planner(s)(request(), context(c, repo!));
    s.ctx.log.length = 0;
    await apply(plan);
    const calls = s.ctx.log.filter((e) => e.operation === 'ChangeResourceRecordSets').map((e) => (e.params as { error?: string }).error);
    expect(calls[0]).toBe('PriorRequestNotComplete');
    expect(calls.at(-1)).toBeUndefined();
    expect(s.stats.calls['route53:GetChange']).toBeGreaterThan(0);
  });

  it('gives one clear error for an unknown zone, an unknown file and an ambiguous name', async () => {
    const { sim: s, clients: c } = await start();
    await exportTo(repo!, c.route53());
    const plan = planner(s);
    const ctx = context(c, repo!);
    await expect(plan(request({ source: 'nope.example.org', options: {} }), ctx)).rejects.toThrow(
      /no export of zone "nope.example.org" in exports\/main\/route53\/zones\/; exported zones: .*example\.com/,
    );
    await expect(plan(request({ source: 'exports/main/route53/zones/missing.yaml' }), ctx)).rejects.toThrow(
      /export file exports\/main\/route53\/zones\/missing\.yaml does not exist at this commit/,
    );
    await expect(plan(request({ source: 'example.com', options: {} }), ctx)).rejects.toThrow(/matches several exports.*private=true/);
    await expect(plan(request({ source: '../outside.yaml' }), ctx)).rejects.toBeInstanceOf(RestoreInputError);
  });
});
