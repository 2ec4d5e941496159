/**
 * Messages name the config by its path in the repository (what the user sees in their
 * checkout), never by this machine's absolute path.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rm } from 'node:fs/promises';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, type Workspace } from '../support/action.js';
import { runIn, useSimCredentials } from '../onboarding/support.js';

const HEAD = `version: 1
regions: [us-east-1]
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
`;

describe('config paths in messages', () => {
  let sim: Sim;
  let ws: Workspace | undefined;
  beforeEach(async () => {
    sim = await startSim();
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await sim.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
    ws = undefined;
  });

  it('names a missing lifecycle bucket with the repository-relative config path', async () => {
    ws = await createWorkspace({
      'backup/aws-backup.yml': `${HEAD}lifecycle:\n  buckets:\n    - name: no-such-bucket\n      rules:\n        - id: old\n          expiration: { days: 30 }\n`,
    });
    useSimCredentials(sim, ws);
    const { report } = await runIn(ws, sim, 'plan', 'backup/aws-backup.yml');
    const reasons = report.failures.map((f) => f.reason).join('\n');
    expect(reasons).toContain('bucket does not exist');
    expect(reasons).toContain('remove it from lifecycle.buckets (backup/aws-backup.yml)');
    expect(reasons).not.toContain(ws.root);
  });

  it('names the config file by its repository-relative path in a config error', async () => {
    ws = await createWorkspace({ 'aws-backup.yml': `${HEAD}snapshot: {}\n` });
    useSimCredentials(sim, ws);
    const error = await runIn(ws, sim, 'plan').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^aws-backup\.yml:6:1: /);
  });
});
