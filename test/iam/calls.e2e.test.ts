/**
 * Calls vs policy: the run and plan commands, with every feature of the config on, against the
 * simulated account; every AWS call the simulator served must be allowed by the policy
 * generated for that config (the run role for `run`, the read-only role for `plan`).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, PROJECT_ROOT, type Workspace } from '../support/action.js';
import { runCommand } from '../../src/commands/run.js';
import { parseConfig } from '../../src/config/load.js';
import { generateIamPolicies, iamActionForCall } from '../../src/iam/index.js';
import { allowedActions } from './support.js';
import type { RestoreRequest } from '../../src/restore/types.js';

const FIXTURES = ['sample-route53.yaml', 'sample-load-balancers.yaml', 'sample-snapshots.yaml'].map((f) => join(PROJECT_ROOT, 'test/fixtures', f));
const BUCKETS = {
  accounts: [
    {
      id: '111111111111',
      s3: {
        buckets: [
          { Name: 'team-backups', BucketRegion: 'us-east-1', Versioning: { Status: 'Enabled' } },
          { Name: 'team-logs', BucketRegion: 'us-east-1' },
        ],
      },
    },
  ],
};

const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};

/** `service:Operation` → IAM action; an unmapped call fails the test with its name. */
function actionsOf(calls: Record<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of Object.keys(calls)) {
    const [service, operation] = key.split(':') as [string, string];
    out.set(key, iamActionForCall(service, operation) ?? `UNMAPPED ${key}`);
  }
  return out;
}

describe('every call the commands make is allowed by the generated policy', () => {
  let sim: Sim;
  let ws: Workspace;
  let configText: string;

  beforeAll(async () => {
    configText = await readFile(join(PROJECT_ROOT, 'test/iam/fixtures/all-features.yml'), 'utf8');
    // Snapshots complete in milliseconds; the commands plan with the real clock, so the simulated one starts now.
    sim = await startSim({ fixtures: [...FIXTURES, BUCKETS], serviceOptions: FAST, clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': configText });
    for (const [k, v] of Object.entries(sim.env())) vi.stubEnv(k, v);
    vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await sim?.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
  });

  const run = (command: 'run' | 'plan' | 'restore' | 'drill', restore?: RestoreRequest) =>
    runCommand({
      command,
      ...(restore ? { restore } : {}),
      configPath: 'aws-backup.yml',
      repoRoot: ws.repo,
      dryRun: false,
      log: () => undefined,
      env: { ...ws.env, ...sim.env(), GITHUB_EVENT_NAME: 'push' },
    });

  const policies = () =>
    generateIamPolicies(parseConfig(configText, 'aws-backup.yml'), { repository: 'example-team/aws-backup', branch: 'main', accountId: '111111111111' });

  it('plan: only read calls, all in the read-only plan policy', async () => {
    sim.resetStats();
    const { report } = await run('plan');
    expect(report.command).toBe('plan');
    const calls = actionsOf(sim.stats.calls);
    expect(calls.size).toBeGreaterThan(10);
    const allowed = allowedActions(policies().planPolicy);
    const denied = [...calls].filter(([, action]) => !allowed.has(action)).map(([key, action]) => `${key} → ${action}`);
    expect(denied).toEqual([]);
  });

  it('run: every call (exports, mirror, lifecycle, snapshots) is in the run policy', async () => {
    sim.resetStats();
    await run('run');
    // The second run copies the snapshots the first one took (its wait budget is zero).
    await new Promise((r) => setTimeout(r, 100));
    const { report } = await run('run');
    const calls = actionsOf(sim.stats.calls);
    // The features really ran: the mirror upload and the lifecycle writes are among the calls.
    expect([...calls.keys()]).toEqual(expect.arrayContaining([
      's3:PutObject',
      's3:PutBucketLifecycleConfiguration',
      'route53:ListResourceRecordSets',
      'ec2:CreateSnapshot',
      'ec2:CreateSnapshots',
      'ec2:CopySnapshot',
      'rds:CreateDBSnapshot',
      'kms:DescribeKey',
    ]));
    const allowed = allowedActions(policies().runPolicy);
    const denied = [...calls].filter(([, action]) => !allowed.has(action)).map(([key, action]) => `${key} → ${action}`);
    expect(denied, JSON.stringify(report.counts)).toEqual([]);
  });

  it('restore and drill: every call is in the run policy made for the restore environment', async () => {
    await run('run'); // exports and snapshots to restore from
    sim.resetStats();
    const restores: RestoreRequest[] = [
      { kind: 'route53-zone', source: 'example.com.', force: false, options: { private: 'false' } },
      { kind: 'ebs-volume', source: 'latest:vol-0a1b2c3d4e5f60002', target: 'restored-data', force: false, options: { 'availability-zone': 'us-east-1a' } },
      { kind: 'rds-instance', source: 'latest:orders-db', target: 'orders-restored', force: false, options: {} },
      { kind: 'load-balancer', source: 'my-alb', force: false, options: {} },
    ];
    for (const request of restores) {
      const { report } = await run('restore', request);
      expect(report.failures, request.kind).toEqual([]);
    }
    await run('drill');
    const calls = actionsOf(sim.stats.calls);
    expect([...calls.keys()]).toEqual(expect.arrayContaining(['ec2:CreateVolume', 'rds:RestoreDBInstanceFromDBSnapshot', 'route53:ListResourceRecordSets']));
    const policy = generateIamPolicies(parseConfig(configText, 'aws-backup.yml'), {
      repository: 'example-team/aws-backup',
      branch: 'main',
      environment: 'aws-restore',
      accountId: '111111111111',
    }).runPolicy;
    const allowed = allowedActions(policy);
    const denied = [...calls].filter(([, action]) => !allowed.has(action)).map(([key, action]) => `${key} → ${action}`);
    expect(denied).toEqual([]);
  }, 120_000);
});
