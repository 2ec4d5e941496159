/**
 * Change History against the simulator: a record changed on an ADVANCED zone seconds before a
 * run, whose CloudTrail event has not arrived yet, is re-listed by that run and the commit
 * names who changed it; Change History failures re-list the zone or sweep fully, and say why.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { runCommand } from '../../src/commands/run.js';
import { startSim, type Sim } from '../sim/server.js';
import { commitAll, createWorkspace, git, type Workspace } from '../support/action.js';
import { useSimCredentials } from '../onboarding/support.js';

const ACCOUNT = '111111111111';
const BOB = `arn:aws:sts::${ACCOUNT}:assumed-role/dns-admin/bob`;
const MINUTE = 60_000;
const CONFIG = `version: 1
regions: [us-east-1]
export:
  load-balancers: {enabled: false}
  incremental: {enabled: true, feed-delay-minutes: 30}
`;
const zone = (z: number, tier: string) => ({
  Id: `ZCH${z}`,
  Name: `ch${z}.example.`,
  HostedZoneTier: tier,
  ResourceRecordSets: [{ Name: `www.ch${z}.example.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] }],
});
const FIXTURE = { accounts: [{ id: ACCOUNT, route53: { hostedZones: [zone(0, 'ADVANCED'), zone(1, 'ADVANCED'), zone(2, 'STANDARD')] } }] };

describe('incremental exports with Change History', () => {
  let sim: Sim;
  let ws: Workspace;
  beforeEach(async () => {
    sim = await startSim({ fixtures: [FIXTURE], clock: { start: Date.UTC(2026, 5, 1), frozen: true } });
    // CloudTrail delivers events ten minutes late.
    (sim.ctx.serviceOptions as Record<string, Record<string, unknown>>).cloudtrail = { deliveryDelayMs: 10 * MINUTE, lookupRate: 1000 };
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    useSimCredentials(sim, ws);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const run = async () => {
    const { report } = await runCommand({
      command: 'export',
      configPath: 'aws-backup.yml',
      repoRoot: ws.repo,
      dryRun: false,
      log: () => undefined,
      env: { ...ws.env, ...sim.env() },
      now: () => new Date(sim.ctx.now()),
    });
    expect(report.counts.failed).toBe(0);
    return report.exportModes![0]!;
  };
  const upsertAs = async (principal: string, zoneId: string, name: string, value: string) => {
    const session = sim.ctx.keys!.issueTemporary(ACCOUNT, principal, 'AROABOB:bob', Date.UTC(2030, 0, 1));
    const client = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: session.credentials, maxAttempts: 1 });
    await client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: name, Type: 'A', TTL: 60, ResourceRecords: [{ Value: value }] } }] } }));
    client.destroy();
  };

  it('re-lists an ADVANCED zone changed seconds ago and names who changed it, before CloudTrail has the event', async () => {
    sim.advance(120 * MINUTE); // the zones' history starts well before the next run's window
    expect((await run()).mode).toBe('full');
    sim.advance(60 * MINUTE);
    await upsertAs(BOB, 'ZCH1', 'www.ch1.example.', '198.51.100.77');
    sim.advance(5_000);

    sim.resetStats();
    const mode = await run();
    expect(mode).toEqual({
      account: 'default',
      mode: 'incremental',
      reason: expect.stringMatching(/and the Change History of 2 zones; re-listed 1 zone \(ch1\.example\. changed according to Change History\)/),
    });
    expect(sim.stats.calls['route53:ListHostedZoneChangeBatches']).toBe(2); // the two ADVANCED zones, none for the STANDARD one
    expect(sim.stats.calls['route53:ListResourceRecordSets']).toBe(1);
    const message = await git(ws.repo, ['log', '-1', '--format=%B'], ws.env);
    expect(message).toContain(`route53 ch1.example. (public): records +0 −0 ~1 — changed by ${BOB} at 2026-06-01T03:00:00Z`);
  });

  it('with change-history off reads no Change History: a change is re-listed once CloudTrail has it, by a later run', async () => {
    await writeFile(join(ws.repo, 'aws-backup.yml'), CONFIG.replace('feed-delay-minutes: 30}', 'feed-delay-minutes: 30, change-history: false}'));
    await commitAll(ws, 'no change history');
    sim.advance(120 * MINUTE);
    expect((await run()).mode).toBe('full');
    sim.advance(60 * MINUTE);
    await upsertAs(BOB, 'ZCH1', 'www.ch1.example.', '198.51.100.77');
    sim.advance(5_000);

    sim.resetStats();
    const before = await run(); // CloudTrail has not delivered the event yet
    expect(before).toMatchObject({ mode: 'incremental', reason: expect.stringMatching(/re-listed 0 zones/) });
    expect(sim.stats.calls['route53:ListHostedZoneChangeBatches']).toBeUndefined();

    sim.advance(15 * MINUTE); // delivered now, and inside the next run's look-back
    sim.resetStats();
    const after = await run();
    expect(after.reason).toMatch(/re-listed 1 zone \(ch1\.example\. /);
    expect(sim.stats.calls['route53:ListHostedZoneChangeBatches']).toBeUndefined();
    const message = await git(ws.repo, ['log', '-1', '--format=%B'], ws.env);
    expect(message).toContain(`route53 ch1.example. (public): records +0 −0 ~1 — changed by ${BOB}`);
  });

  it('re-lists a zone whose Change History fails for it alone, and sweeps fully when it fails for every zone', async () => {
    sim.advance(120 * MINUTE);
    await run();
    sim.advance(60 * MINUTE);
    sim.addFault({ service: 'route53', operation: 'ListHostedZoneChangeBatches', match: (req) => req.path.includes('ZCH0'), kind: { code: 'FeatureNotEnabled', status: 403, message: 'Change History is off' } });
    sim.resetStats();
    const zoneFault = await run();
    expect(zoneFault.mode).toBe('incremental');
    expect(zoneFault.reason).toMatch(/ch0\.example\. Change History unusable \(route53 ListHostedZoneChangeBatches .*FeatureNotEnabled.*\)/);
    expect(sim.stats.calls['route53:ListResourceRecordSets']).toBe(1);

    sim.advance(60 * MINUTE);
    sim.addFault({ service: 'route53', operation: 'ListHostedZoneChangeBatches', times: Infinity, kind: { code: 'AccessDenied', status: 403, message: 'not authorized to perform route53:ListHostedZoneChangeBatches' } });
    sim.resetStats();
    const denied = await run();
    expect(denied).toMatchObject({ mode: 'full', reason: expect.stringMatching(/ListHostedZoneChangeBatches.*AccessDenied.*; swept fully instead$/) });
    expect(sim.stats.calls['route53:ListResourceRecordSets']).toBe(3);
  });
});
