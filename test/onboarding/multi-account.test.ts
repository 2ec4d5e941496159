/**
 * Several accounts in one run: the ambient account and a second one reached through
 * sts:AssumeRole, each exported under its own folder and committed together.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, git, PROJECT_ROOT, type Workspace } from '../support/action.js';
import { runIn, useSimCredentials } from './support.js';

const CONFIG = `version: 1
regions: [us-east-1]
accounts:
  - name: prod
    id: "111111111111"
  - name: team
    role-arn: arn:aws:iam::222222222222:role/aws-backup-gitops
export:
  load-balancers: { enabled: false }
`;

describe('two accounts in one run', () => {
  let sim: Sim;
  let ws: Workspace;
  beforeEach(async () => {
    sim = await startSim({ fixtures: [join(PROJECT_ROOT, 'test/fixtures/sample-route53.yaml')] });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    useSimCredentials(sim, ws);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  it('exports each account under its own folder, the second through AssumeRole, in one commit', async () => {
    const { report } = await runIn(ws, sim, 'run');
    expect(report.counts.failed).toBe(0);
    const zones = async (account: string) => (await readdir(join(ws.repo, 'exports', account, 'route53/zones'))).sort();
    expect(await zones('prod')).toEqual(expect.arrayContaining(['example.com.private.yaml', 'example.com.yaml']));
    expect(await zones('prod')).not.toContain('team.example.org.yaml');
    expect(await zones('team')).toEqual(['team.example.org.yaml']);
    expect(await readFile(join(ws.repo, 'exports/team/route53/zones/team.example.org.yaml'), 'utf8')).toContain('wiki.team.example.org.');
    // The second account was reached by assuming its role, once.
    expect(sim.ctx.log.filter((e) => e.operation === 'AssumeRole').map((e) => (e.params as { roleArn: string }).roleArn)).toEqual([
      'arn:aws:iam::222222222222:role/aws-backup-gitops',
    ]);
    // One commit holds both accounts' files, pushed to origin.
    const files = (await git(ws.remote, ['show', '--name-only', '--format=', 'main'], ws.env)).split('\n');
    expect(files).toEqual(expect.arrayContaining(['exports/prod/route53/zones/example.com.yaml', 'exports/team/route53/zones/team.example.org.yaml']));
  });
});
