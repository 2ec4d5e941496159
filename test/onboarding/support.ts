/** Runs a command in-process against the simulator, as the action would in a checkout. */
import { vi } from 'vitest';
import { join } from 'node:path';
import { runCommand } from '../../src/commands/run.js';
import type { Sim } from '../sim/server.js';
import type { Workspace } from '../support/action.js';

/** The SDK's default credential chain reads process.env: point it at the simulator. */
export function useSimCredentials(sim: Sim, ws: Workspace): void {
  for (const [k, v] of Object.entries(sim.env())) vi.stubEnv(k, v);
  vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
}

export function runIn(ws: Workspace, sim: Sim, command: 'run' | 'plan' | 'export', configPath = 'aws-backup.yml') {
  return runCommand({
    command,
    configPath,
    repoRoot: ws.repo,
    dryRun: false,
    log: () => undefined,
    env: { ...ws.env, ...sim.env(), GITHUB_EVENT_NAME: 'schedule' },
  });
}
