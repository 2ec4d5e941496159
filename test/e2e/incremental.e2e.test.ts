/**
 * End to end: incremental exports through the bundled action. One record changed in one of
 * 200 zones by another principal → only that zone is re-listed, and the one commit names who
 * changed it and when.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { route53BenchFixture } from '../../bench/route53-fixture.js';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, git, runAction, type Workspace } from '../support/action.js';
import { reportSchemaErrors } from '../support/report-schema.js';

const CONFIG = `version: 1
regions: [us-east-1]
export:
  path: exports
  load-balancers: {enabled: false}
  incremental:
    enabled: true
commit:
  mode: push
rate-limits:
  route53: 50
`;

const ALICE = 'arn:aws:sts::111111111111:assumed-role/dns-admin/alice';

describe('incremental export through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;

  beforeEach(async () => {
    // Simulated time runs with the real clock, as the action's own clock does.
    sim = await startSim({
      fixtures: [route53BenchFixture({ zones: 200, recordsPerZone: 12, healthChecks: 3 }) as Record<string, unknown>],
      clock: { start: Date.now() },
    });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterEach(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const exportRun = (inputs: Record<string, string> = {}) =>
    runAction({ workspace: ws, inputs: { command: 'export', ...inputs }, awsEnv: sim.env() });
  const commits = async () => Number(await git(ws.repo, ['rev-list', '--count', 'HEAD'], ws.env));

  it('re-lists only the changed zone and names the principal in the one commit', async () => {
    const first = await exportRun();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.report.exportModes).toEqual([{ account: 'default', mode: 'full', reason: expect.stringContaining('no previous export commit') }]);
    expect(sim.stats.calls['route53:ListResourceRecordSets']).toBe(200);
    const afterFirst = await commits();

    // Alice changes one record of zone 57 with her own session.
    const alice = sim.ctx.keys!.issueTemporary('111111111111', ALICE, 'AROAALICE:alice', sim.ctx.now() + 3_600_000);
    const route53 = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: alice.credentials });
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: 'ZBENCH00000057',
        ChangeBatch: {
          Changes: [
            {
              Action: 'UPSERT',
              ResourceRecordSet: { Name: 'host0.zone0057.example.org.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '198.51.100.7' }] },
            },
          ],
        },
      }),
    );
    route53.destroy();

    sim.resetStats();
    const second = await exportRun();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(sim.stats.calls['route53:ListResourceRecordSets'], JSON.stringify(second.report.exportModes)).toBe(1);
    expect(sim.stats.calls['cloudtrail:LookupEvents']).toBeGreaterThanOrEqual(1);
    expect(second.report.exportModes).toEqual([
      { account: 'default', mode: 'incremental', reason: expect.stringContaining('zone0057.example.org. changed according to CloudTrail') },
    ]);
    expect(second.summary).toContain('### Export mode');
    expect(reportSchemaErrors(second.report)).toEqual([]);
    expect(await commits()).toBe(afterFirst + 1);
    const message = await git(ws.remote, ['log', '-1', '--format=%B', 'main'], ws.env);
    expect(message).toMatch(new RegExp(`route53 zone0057\\.example\\.org\\. \\(public\\): records \\+0 −0 ~1 — changed by ${ALICE.replace(/[/.]/g, '\\$&')} at \\d{4}-\\d\\d-\\d\\dT`));
    expect(message).toMatch(/^Export-State: default as-of=\S+ full=\S+$/m);
    const changed = await git(ws.repo, ['show', '--name-only', '--format=', 'HEAD'], ws.env);
    expect(changed.split('\n')).toEqual(['exports/default/route53/zones/zone0057.example.org.yaml']);

    // Nothing changed since: no commit, and the zone file list is untouched.
    const third = await exportRun();
    expect(third.code, third.stdout + third.stderr).toBe(0);
    expect(third.outputs.changed).toBe('false');
    expect(await commits()).toBe(afterFirst + 1);

    // The manual switch lists everything.
    sim.resetStats();
    const full = await exportRun({ 'full-export': 'true' });
    expect(full.code).toBe(0);
    expect(full.report.exportModes[0]).toMatchObject({ mode: 'full', reason: 'a full export was asked for' });
    expect(sim.stats.calls['route53:ListResourceRecordSets']).toBe(200);
  });
});
