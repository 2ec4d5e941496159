/**
 * A zone restore puts back what drifted on things the zone depends on, against the simulated
 * account through the real SDK clients: the settings and tags of the health checks its records
 * use (UpdateHealthCheck with the version the plan saw; what an existing check cannot take is
 * a warning), and the VPC associations of an existing private zone (missing ones associated
 * again; extra ones reported, and disassociated only when forced). What it cannot put back on
 * the zone itself is said in the plan.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ChangeTagsForResourceCommand, UpdateHealthCheckCommand, type HealthCheckConfig, type VPC } from '@aws-sdk/client-route-53';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { exportRoute53 } from '../../src/export/route53.js';
import { applyPlan } from '../../src/plan/apply.js';
import type { Plan } from '../../src/plan/plan.js';
import { createRoute53Planner } from '../../src/restore/route53.js';
import type { RestoreContext, RestoreRequest } from '../../src/restore/types.js';
import { route53Slice } from '../sim/route53-state.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const PRIMARY_CHECK = '11111111-aaaa-4bbb-8ccc-000000000001';
const PRIVATE_ZONE = 'Z02EXAMPLEPRIVATE';
const EAST_VPC: VPC = { VPCRegion: 'us-east-1', VPCId: 'vpc-0a1b2c3d4e5f60718' };
const WEST_VPC: VPC = { VPCRegion: 'eu-west-1', VPCId: 'vpc-0f1e2d3c4b5a69788' };
const STRAY_VPC: VPC = { VPCRegion: 'us-east-1', VPCId: 'vpc-0999999999999999a' };

let sim: Sim | undefined;
let clients: AwsClients | undefined;
let repo: string | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  if (repo) await rm(repo, { recursive: true, force: true });
  sim = clients = repo = undefined;
  vi.unstubAllEnvs();
});

async function setup(): Promise<{ s: Sim; c: AwsClients; ctx: RestoreContext; plan: (r: Partial<RestoreRequest>) => Promise<Plan> }> {
  const s = (sim = await startSim({ fixtures: ['test/fixtures/sample-route53.yaml'], clock: { frozen: true } }));
  vi.stubEnv('AWS_ENDPOINT_URL', s.url);
  const c = (clients = createAwsClients({ account: 'main', credentials: s.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: s.url }, maxAttempts: 1, rateLimits: { route53: 1000 } }));
  repo = await mkdtemp(join(tmpdir(), 'abg-drift-'));
  for (const file of (await exportRoute53(c.route53(), { healthChecks: true })).files) {
    const path = join(repo, 'exports/main', file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  const config = parseConfig('version: 1\nregions: [us-east-1]\naccounts:\n  - name: main\n', 'aws-backup.yml');
  const ctx: RestoreContext = { config, account: resolveAccounts(config)[0]!, clients: c, repoRoot: repo, now: new Date('2026-01-01T00:00:00Z'), log: () => {} };
  const planner = createRoute53Planner({ wait: { sleep: async (ms) => s.advance(ms) } });
  return { s, c, ctx, plan: (r) => planner({ kind: 'route53-zone', source: 'example.com', force: false, options: { private: 'false' }, ...r }, ctx) };
}

const run = (plan: Plan) => applyPlan(plan, { dryRun: false, concurrency: 4 });

describe('zone restore: health-check drift', () => {
  it('puts back drifted settings and tags with UpdateHealthCheck, and warns about what a check cannot change', async () => {
    const { s, c, plan } = await setup();
    const r53 = c.route53();
    await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: PRIMARY_CHECK, FailureThreshold: 5, ResourcePath: '/other', Regions: ['us-east-1', 'us-west-2', 'eu-west-1'] }));
    await r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: PRIMARY_CHECK, AddTags: [{ Key: 'added', Value: 'by hand' }] }));
    // Set at creation: no API call can change it, so the simulator's state is edited directly.
    const live = route53Slice(s.ctx, ACCOUNT).healthChecks.get(PRIMARY_CHECK)!;
    live.HealthCheckConfig = { ...live.HealthCheckConfig, RequestInterval: 30 } as HealthCheckConfig;

    const restore = await plan({});
    expect(restore.errors).toEqual([]);
    const update = restore.actions.find((a) => a.target === 'health check status-primary');
    expect(update).toMatchObject({ kind: 'update', destructive: false });
    expect(update!.reason).toBe(
      'settings differ from the export: resource-path /other → /health; failure-threshold 5 → 2; regions [eu-west-1, us-east-1, us-west-2] → [ap-southeast-1, eu-west-1, us-east-1]',
    );
    expect(restore.actions.find((a) => a.target === 'health check status-primary tags')).toMatchObject({ kind: 'tag', details: { add: 0, remove: 1 } });
    expect(restore.warnings).toContainEqual({
      section: 'restore',
      item: 'health check status-primary',
      message: expect.stringMatching(/^request-interval 30 → 10 \(set when a health check is created; UpdateHealthCheck cannot change it\); left as it is/),
    });
    // Only the zone's own checks are looked at: the records and checks nothing changed stay out.
    expect(restore.actions.map((a) => a.target).filter((t) => t.startsWith('health check'))).toEqual(['health check status-primary', 'health check status-primary tags']);

    s.ctx.log.length = 0;
    expect((await run(restore)).every((r) => r.status === 'applied')).toBe(true);
    const call = s.ctx.log.find((l) => l.operation === 'UpdateHealthCheck');
    expect(call).toBeDefined();
    expect(live.HealthCheckConfig).toMatchObject({ ResourcePath: '/health', FailureThreshold: 2, RequestInterval: 30 });
    expect([...live.HealthCheckConfig!.Regions!].sort()).toEqual(['ap-southeast-1', 'eu-west-1', 'us-east-1']);
    expect(live.HealthCheckVersion).toBe(3);
    expect(route53Slice(s.ctx, ACCOUNT).tags.get(`healthcheck/${PRIMARY_CHECK}`)).toEqual([{ Key: 'Name', Value: 'status-primary' }]);

    // Planned again: only the warning about what cannot change is left.
    const again = await plan({});
    expect(again.actions).toEqual([]);
    expect(again.warnings.map((w) => w.item)).toEqual(['health check status-primary']);
  });

  it('clears a setting the export does not have with ResetElements, and does not overwrite a change made after the plan', async () => {
    const { s, c, plan } = await setup();
    const r53 = c.route53();
    const live = route53Slice(s.ctx, ACCOUNT).healthChecks.get('11111111-aaaa-4bbb-8ccc-000000000002')!;
    live.HealthCheckConfig = { ...live.HealthCheckConfig, FullyQualifiedDomainName: 'added.example.com' } as HealthCheckConfig;
    const restore = await plan({});
    const update = restore.actions.find((a) => a.target === 'health check mv-1')!;
    expect(update.reason).toBe('settings differ from the export: fqdn added.example.com → (none)');

    // Someone changes the check between plan and apply: the restore does not overwrite it.
    await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: PRIMARY_CHECK, FailureThreshold: 7 }));
    await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: live.Id!, Port: 9090 }));
    const results = await run(restore);
    expect(results.find((r) => r.id === update.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/^health check mv-1 \(.+\) was changed after this plan was made \(HealthCheckVersionMismatch\); run the restore again/) });

    const fresh = await plan({});
    expect((await run(fresh)).every((r) => r.status === 'applied')).toBe(true);
    expect(live.HealthCheckConfig?.FullyQualifiedDomainName).toBeUndefined();
    expect(live.HealthCheckConfig?.Port).toBe(8080);
    const reset = s.ctx.log.filter((l) => l.operation === 'UpdateHealthCheck');
    expect(reset.length).toBeGreaterThan(0);
  });
});

describe('zone restore: VPC associations of an existing private zone', () => {
  it('associates the exported VPCs again, reports an extra one, and disassociates it only when forced', async () => {
    const { s, plan } = await setup();
    const zone = route53Slice(s.ctx, ACCOUNT).zones.get(PRIVATE_ZONE)!;
    zone.VPCs = [EAST_VPC, STRAY_VPC];
    const label = 'example.com. (private)';

    const unforced = await plan({ options: { private: 'true' } });
    expect(unforced.errors).toEqual([]);
    expect(unforced.actions.map((a) => `${a.kind} ${a.target}`)).toEqual([`create ${label} VPC association eu-west-1:${WEST_VPC.VPCId}`]);
    expect(unforced.warnings).toContainEqual({
      section: 'restore',
      item: `${label} VPC association us-east-1:${STRAY_VPC.VPCId}`,
      message: expect.stringContaining('left associated (disassociating cuts this VPC off from the zone): run with force: true'),
    });
    s.ctx.log.length = 0;
    expect((await run(unforced)).every((r) => r.status === 'applied')).toBe(true);
    expect(s.ctx.log.filter((l) => l.operation === 'AssociateVPCWithHostedZone')).toHaveLength(1);
    expect(zone.VPCs).toEqual([EAST_VPC, STRAY_VPC, WEST_VPC]);

    const forced = await plan({ options: { private: 'true' }, force: true });
    const disassociate = forced.actions.find((a) => a.kind === 'delete');
    expect(disassociate).toMatchObject({ target: `${label} VPC association us-east-1:${STRAY_VPC.VPCId}`, destructive: true });
    expect(forced.actions.filter((a) => a.target.includes('VPC association'))).toHaveLength(1);
    expect((await run(forced)).every((r) => r.status === 'applied')).toBe(true);
    expect(zone.VPCs).toEqual([EAST_VPC, WEST_VPC]);

    const again = await plan({ options: { private: 'true' }, force: true });
    expect(again.actions).toEqual([]);
  });

  it('associates before it disassociates, so the zone never loses its last VPC', async () => {
    const { s, plan } = await setup();
    const zone = route53Slice(s.ctx, ACCOUNT).zones.get(PRIVATE_ZONE)!;
    zone.VPCs = [STRAY_VPC];
    const forced = await plan({ options: { private: 'true' }, force: true });
    const ids = forced.actions.map((a) => a.id);
    const disassociate = forced.actions.find((a) => a.kind === 'delete')!;
    expect(disassociate.dependsOn).toEqual([ids[ids.indexOf(disassociate.id) - 1]]);
    s.ctx.log.length = 0;
    expect((await run(forced)).every((r) => r.status === 'applied')).toBe(true);
    expect(s.ctx.log.filter((l) => l.operation.endsWith('HostedZone') && l.operation !== 'GetHostedZone').map((l) => l.operation)).toEqual([
      'AssociateVPCWithHostedZone',
      'AssociateVPCWithHostedZone',
      'DisassociateVPCFromHostedZone',
    ]);
    expect(zone.VPCs).toEqual([WEST_VPC, EAST_VPC]);
  });
});

describe('zone restore: what it cannot put back is said', () => {
  const editZone = async (name: string, edit: (zone: Record<string, unknown>) => void): Promise<void> => {
    const path = join(repo!, 'exports/main/route53/zones', `${name}.yaml`);
    const doc = parse(await readFile(path, 'utf8')) as { zone: Record<string, unknown> };
    edit(doc.zone);
    await writeFile(path, stringify(doc));
  };
  const linkAndRecovery = (zone: Record<string, unknown>) => {
    zone['linked-service'] = { 'service-principal': 'servicediscovery.amazonaws.com', description: 'arn:aws:servicediscovery:us-east-1:111111111111:namespace/ns-1' };
    zone['accelerated-recovery'] = 'ENABLED';
  };

  it('an existing zone: its linked service, accelerated recovery and delegation set', async () => {
    const { plan } = await setup();
    await editZone('example.com', (zone) => {
      linkAndRecovery(zone);
      zone['delegation-set-id'] = 'N01REUSABLESET';
    });
    const planned = await plan({});
    expect(planned.actions).toEqual([]);
    expect(planned.warnings.map((w) => w.message)).toEqual([
      'not restored: the link to servicediscovery.amazonaws.com — the live zone is not linked to a service, and only a service links a zone, when it creates it; records were compared as usual',
      'not restored: accelerated recovery ENABLED (live: DISABLED) — set it by hand once the zone exists: aws route53 update-hosted-zone-features --hosted-zone-id Z01EXAMPLEPUBLIC --enable-accelerated-recovery',
      "not restored: reusable delegation set N01REUSABLESET (live: none, name servers of its own) — a zone's name servers are fixed when it is created, so the live zone keeps its own; make sure the registrar's delegation names them, or delete the zone and run the restore again to create it with that set",
    ]);
  });

  it('a zone created anew: its linked service, accelerated recovery, and a delegation set that is gone', async () => {
    const { s, plan } = await setup();
    const slice = route53Slice(s.ctx, ACCOUNT);
    slice.zones.delete('Z03SHOPEXAMPLENET');
    slice.delegationSets.delete('N01REUSABLESET');
    await editZone('shop.example.net', linkAndRecovery);
    const planned = await plan({ source: 'shop.example.net' });
    expect(planned.actions.find((a) => a.kind === 'create' && a.target === 'shop.example.net. (public)')?.reason).toBe(
      'no such public zone exists: created with its comment and tags (new name servers: update the delegation at the registrar)',
    );
    // (The new zone's own apex NS and SOA differ too, as ever: left alone unless forced.)
    expect(planned.warnings.map((w) => w.message).filter((m) => m.startsWith('not restored:'))).toEqual([
      'not restored: reusable delegation set N01REUSABLESET — it no longer exists, so the new zone gets new name servers; update the delegation at the registrar',
      expect.stringMatching(/^not restored: the link to servicediscovery\.amazonaws\.com — only servicediscovery\.amazonaws\.com creates a zone linked to it, so this restore creates an ordinary zone/),
      'not restored: accelerated recovery ENABLED — set it by hand once the zone exists: aws route53 update-hosted-zone-features --hosted-zone-id <new zone id> --enable-accelerated-recovery',
    ]);
  });
});
