/**
 * Property: over random histories of Route 53 changes (by several principals), CloudTrail
 * events that arrive late, zones moving between the STANDARD and ADVANCED tiers (Change
 * History) and feed outages, incremental exports never lose a change.
 *
 * After every run each committed file equals a fresh full export of the simulated account,
 * except for zones (or the health-check file) with an event CloudTrail has not delivered yet —
 * unless it is a record change of a zone whose Change History holds it, which the run must
 * have seen at once. Once time passes the delivery delay, one more run makes every file equal.
 * A run whose feed failed must have said so and swept fully (CloudTrail, or Change History
 * failing for every zone), or re-listed the zone (Change History failing for one zone).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateHostedZoneCommand,
  Route53Client,
  UpdateHealthCheckCommand,
  UpdateHostedZoneTierCommand,
} from '@aws-sdk/client-route-53';
import { runCommand } from '../../src/commands/run.js';
import { exportRoute53 } from '../../src/export/route53.js';
import { readExportFolder } from '../../src/git/write-exports.js';
import { startSim, type Sim } from '../sim/server.js';
import { trailEvents } from '../sim/cloudtrail.js';
import { route53Slice } from '../sim/route53-state.js';
import { createWorkspace, type Workspace } from '../support/action.js';
import { useSimCredentials } from '../onboarding/support.js';

const HISTORIES = 12;
const RUNS = 3;
const ACCOUNT = '111111111111';
const MINUTE = 60_000;

/** Deterministic PRNG (mulberry32), so a failing history can be replayed by its seed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const fixture = {
  accounts: [
    {
      id: ACCOUNT,
      route53: {
        healthChecks: [{ Id: 'hc-1', CallerReference: 'hc-1', HealthCheckConfig: { Type: 'TCP', IPAddress: '192.0.2.9', Port: 443 } }],
        hostedZones: Array.from({ length: 5 }, (_, z) => ({
          Id: `ZPROP${z}`,
          Name: `z${z}.example.`,
          // ZPROP0 keeps Change History throughout; ZPROP1 moves between the tiers.
          HostedZoneTier: z < 2 ? 'ADVANCED' : 'STANDARD',
          ResourceRecordSets: Array.from({ length: 3 }, (_, r) => ({ Name: `r${r}.z${z}.example.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: `192.0.2.${r}` }] })),
        })),
      },
    },
  ],
};

const CONFIG = `version: 1
regions: [us-east-1]
export:
  load-balancers: {enabled: false}
  incremental: {enabled: true, feed-delay-minutes: 30}
`;

describe('incremental exports over random histories', () => {
  let sim: Sim;
  let ws: Workspace;
  beforeEach(async () => {
    sim = await startSim({ fixtures: [fixture], clock: { start: Date.UTC(2026, 4, 1), frozen: true } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    useSimCredentials(sim, ws);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  it(`loses no change in ${HISTORIES} histories of ${RUNS} runs`, async () => {
    const env = sim.env();
    const principals = ['alice', 'bob', 'ci'].map((name) =>
      sim.ctx.keys!.issueTemporary(ACCOUNT, `arn:aws:sts::${ACCOUNT}:assumed-role/dns/${name}`, `AROA:${name}`, Date.UTC(2030, 0, 1)),
    );
    const reference = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY } });
    const folder = join(ws.repo, 'exports/default');
    const options = sim.ctx.serviceOptions as Record<string, Record<string, unknown>>;
    const zones = Array.from({ length: 5 }, (_, z) => ({ id: `ZPROP${z}`, name: `z${z}.example.` }));
    const pathOf = (name: string) => `route53/zones/${name.replace(/\.$/, '')}.yaml`;

    const modes: string[] = [];
    type HistoryFault = 'none' | 'AccessDenied' | 'FeatureNotEnabled';
    let runs = 0;
    const run = async (outage: boolean, historyFault: HistoryFault = 'none') => {
      if (outage) sim.addFault({ service: 'cloudtrail', operation: 'LookupEvents', kind: { code: 'AccessDeniedException', status: 400, message: 'not allowed' } });
      const thisRun = ++runs;
      if (historyFault !== 'none') {
        // Only this run's first call fails (a fault it does not reach must not hit a later run).
        const match = () => runs === thisRun;
        sim.addFault({ service: 'route53', operation: 'ListHostedZoneChangeBatches', match, kind: { code: historyFault, status: 403, message: `${historyFault} (injected)` } });
      }
      const { report } = await runCommand({
        command: 'export',
        configPath: 'aws-backup.yml',
        repoRoot: ws.repo,
        dryRun: false,
        log: () => undefined,
        env: { ...ws.env, ...env },
        now: () => new Date(sim.ctx.now()),
      });
      expect(report.counts.failed).toBe(0);
      modes.push(report.exportModes![0]!.mode);
      return report.exportModes![0]!;
    };

    /** Files that differ from a fresh full export, by path. */
    const differing = async (): Promise<string[]> => {
      const truth = await exportRoute53(reference, { healthChecks: true });
      const committed = await readExportFolder(folder);
      const paths = new Set([...truth.files.map((f) => f.path), ...[...committed.keys()].filter((p) => p.startsWith('route53/'))]);
      return [...paths].filter((p) => truth.files.find((f) => f.path === p)?.content !== committed.get(p)).sort();
    };

    /** Whether the zone's Change History holds a change made at `time` (so no delay excuses it). */
    const inHistory = (zoneId: string, time: number): boolean => {
      const zone = route53Slice(sim.ctx, ACCOUNT).zones.get(zoneId);
      return zone?.tier === 'ADVANCED' && (zone.historySince ?? Infinity) <= time;
    };

    /** Paths whose changes CloudTrail has not delivered yet (and Change History does not hold). */
    const undelivered = (): Set<string> => {
      const now = sim.ctx.now();
      const out = new Set<string>();
      for (const e of trailEvents(sim.ctx, ACCOUNT)) {
        if (e.readOnly || e.visibleAt <= now) continue;
        const zoneId = String(e.requestParameters?.hostedZoneId ?? e.requestParameters?.resourceId ?? e.requestParameters?.id ?? '');
        if (e.eventName === 'ChangeResourceRecordSets' && inHistory(zoneId, e.eventTime)) continue;
        const zone = zones.find((z) => z.id === zoneId);
        if (zone) out.add(pathOf(zone.name));
        if (e.eventName.includes('HealthCheck') || e.requestParameters?.resourceType === 'healthcheck') out.add('route53/health-checks.yaml');
      }
      return out;
    };

    await run(false); // the first export: full, no state yet
    for (let h = 0; h < HISTORIES; h++) {
      const rnd = random(1000 + h);
      // Each history its own delivery delay, within the configured margin.
      options.cloudtrail = { deliveryDelayMs: rnd.int(25) * MINUTE, lookupRate: 1000 };
      for (let r = 0; r < RUNS; r++) {
        for (let c = rnd.int(4); c > 0; c--) {
          sim.advance(rnd.int(20) * MINUTE);
          const who = rnd.pick(principals);
          const client = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: who.credentials, maxAttempts: 1 });
          const { id: zone, name } = rnd.pick(zones);
          const kind = rnd.int(20) / 2;
          if (kind < 6) {
            // Same record count: only the feed can tell (an UPSERT of an existing record).
            await client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zone, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: `r${rnd.int(3)}.${name}`, Type: 'A', TTL: 60 + rnd.int(100), ResourceRecords: [{ Value: `198.51.100.${rnd.int(250)}` }] } }] } }));
          } else if (kind < 7) {
            await client.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: zone, AddTags: [{ Key: 'owner', Value: who.arn.split('/').pop()! }] }));
          } else if (kind < 8) {
            await client.send(new UpdateHealthCheckCommand({ HealthCheckId: 'hc-1', Port: 1000 + rnd.int(1000) }));
          } else if (kind < 8.5) {
            // ZPROP1 changes tier: its history (re)starts now, or stops.
            const tier = route53Slice(sim.ctx, ACCOUNT).zones.get('ZPROP1')?.tier === 'ADVANCED' ? 'STANDARD' : 'ADVANCED';
            await client.send(new UpdateHostedZoneTierCommand({ HostedZoneId: 'ZPROP1', HostedZoneTier: tier }));
          } else if (kind < 9) {
            await client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zone, ChangeBatch: { Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: `n${sim.ctx.now()}.${name}`, Type: 'TXT', TTL: 60, ResourceRecords: [{ Value: '"x"' }] } }] } }));
          } else {
            const created = await client.send(new CreateHostedZoneCommand({ Name: `z${zones.length}.example.`, CallerReference: `z${zones.length}` }));
            zones.push({ id: created.HostedZone!.Id!.replace('/hostedzone/', ''), name: `z${zones.length}.example.` });
          }
          client.destroy();
        }
        sim.advance(rnd.int(90) * MINUTE);
        if (rnd.next() < 0.4) {
          // A record changed seconds before the run: CloudTrail cannot have it yet, Change History has.
          const { id: zone, name } = rnd.pick(zones.slice(0, 2));
          const who = rnd.pick(principals);
          const client = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: who.credentials, maxAttempts: 1 });
          await client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zone, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: `r0.${name}`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: `203.0.113.${rnd.int(250)}` }] } }] } }));
          client.destroy();
          sim.advance(rnd.int(5) * 1000);
        }
        const outage = rnd.next() < 0.2;
        // Change History faults only where the run reads it (an incremental one: no CloudTrail outage).
        const historyFault: HistoryFault = outage ? 'none' : rnd.pick(['none', 'none', 'none', 'AccessDenied', 'FeatureNotEnabled'] as const);
        const callsBefore = sim.stats.calls['route53:ListHostedZoneChangeBatches'] ?? 0;
        const mode = await run(outage, historyFault);
        const read = (sim.stats.calls['route53:ListHostedZoneChangeBatches'] ?? 0) > callsBefore;
        if (outage) expect(mode).toMatchObject({ mode: 'full', reason: expect.stringContaining('AccessDeniedException') });
        if (historyFault === 'AccessDenied' && read) {
          expect(mode).toMatchObject({ mode: 'full', reason: expect.stringContaining('ListHostedZoneChangeBatches') });
        }
        if (historyFault === 'FeatureNotEnabled' && read) {
          // The zone is re-listed (its reason shows unless CloudTrail named it too); the run stays incremental.
          expect(mode.mode).toBe('incremental');
          if (!mode.reason.includes('Change History unusable')) expect(mode.reason).toMatch(/z[01]\.example\. changed according to CloudTrail/);
        }
        const pending = undelivered();
        for (const path of await differing()) expect(pending, `history ${h} run ${r}: ${path} differs (${mode.mode}: ${mode.reason})`).toContain(path);
      }
      // Past the delivery delay, one more run catches up on everything.
      sim.advance(30 * MINUTE);
      const mode = await run(false);
      expect(await differing(), `history ${h}: after catching up (${mode.mode}: ${mode.reason})`).toEqual([]);
    }
    reference.destroy();
    // The histories did exercise incremental runs, not only sweeps.
    expect(modes.filter((m) => m === 'incremental').length).toBeGreaterThan(HISTORIES);
    expect(await readFile(join(ws.repo, 'aws-backup.yml'), 'utf8')).toBe(CONFIG);
  }, 600_000);
});
