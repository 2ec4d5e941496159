/**
 * Calls vs policy for bucket protection: a config with versioning, a replication rule into a
 * locked DR-region bucket and the copy of existing objects, planned and run against the
 * simulated account. Every call the simulator served must be allowed by the generated plan or
 * run role, and each S3 protection action those roles hold must have been called.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { parseConfig } from '../../src/config/load.js';
import { AWS_CALLS, DEPENDENT_ACTIONS, generateIamPolicies, iamActionForCall } from '../../src/iam/index.js';
import { allowedActions, statementsFor } from '../iam/support.js';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, type Workspace } from '../support/action.js';

const ACCOUNT = '111111111111';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app-data-replication`;
const CONFIG = `version: 1
regions: [eu-west-1]
dr-region: eu-north-1
accounts:
  - { name: prod, id: "${ACCOUNT}" }
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
lifecycle:
  buckets:
    - name: app-data
      region: eu-west-1
      versioning: enabled
      replication:
        role: ${ROLE}
        rules:
          - id: to-dr
            destination: { bucket: app-data-dr, region: eu-north-1, storage-class: GLACIER_IR }
    - name: app-data-dr
      region: eu-north-1
      versioning: enabled
      object-lock: { mode: governance, days: 1 }
`;
const FIXTURE = {
  accounts: [
    {
      id: ACCOUNT,
      s3: {
        buckets: [
          { Name: 'app-data', BucketRegion: 'eu-west-1', Objects: [{ Key: 'old/a.txt', Body: 'a' }, { Key: 'old/b.txt', Body: 'b' }] },
          { Name: 'app-data-dr', BucketRegion: 'eu-north-1', ObjectLockEnabled: true },
        ],
      },
    },
  ],
};
const PROTECTION = new Set(['s3-protection', 's3-backfill']);

describe('bucket protection: each role allows exactly the calls its commands make', () => {
  let sim: Sim;
  let ws: Workspace;
  const roles = generateIamPolicies(parseConfig(CONFIG, 'aws-backup.yml'), { repository: 'example-team/aws-backup', branch: 'main', accountId: ACCOUNT });

  beforeAll(async () => {
    sim = await startSim({ fixtures: [FIXTURE], clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    for (const [k, v] of Object.entries(sim.env())) vi.stubEnv(k, v);
    vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await sim?.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
  });

  const run = async (command: 'plan' | 'run') => {
    sim.resetStats();
    const { report } = await runCommand({ command, configPath: 'aws-backup.yml', repoRoot: ws.repo, dryRun: false, log: () => undefined, env: { ...ws.env, ...sim.env(), GITHUB_EVENT_NAME: 'push' } });
    expect(report.failures).toEqual([]);
    const called = new Map(Object.keys(sim.stats.calls).map((key) => [key, iamActionForCall(...(key.split(':') as [string, string])) ?? `UNMAPPED ${key}`]));
    const allowed = allowedActions(roles[command]!.policy);
    expect([...called].filter(([, action]) => !allowed.has(action)).map(([key, action]) => `${key} → ${action}`), `${command}: calls its role does not allow`).toEqual([]);
    return called;
  };

  it('plan reads only; run writes versioning, the lock, the rule and the copies, passing only the replication role', async () => {
    const planned = await run('plan');
    const ran = await run('run');
    expect([...ran.keys()]).toEqual(
      expect.arrayContaining(['s3:PutBucketVersioning', 's3:PutObjectLockConfiguration', 's3:PutBucketReplication', 's3:CopyObject', 's3:PutObject']),
    );
    for (const [duty, calls] of [['plan', planned], ['run', ran]] as const) {
      const called = new Set(calls.values());
      const held = AWS_CALLS.filter((c) => PROTECTION.has(c.feature) && c.duties.includes(duty)).map((c) => c.action);
      // Multipart copies are for objects over 5 GB (test/s3/large-objects.test.ts).
      const multipart = new Set(['s3:AbortMultipartUpload']);
      expect([...new Set(held)].filter((a) => allowedActions(roles[duty]!.policy).has(a) && !called.has(a) && !multipart.has(a)), `${duty}: held, never called`).toEqual([]);
    }
    // S3 checks iam:PassRole on the replication role; the run role may pass that role only.
    expect(DEPENDENT_ACTIONS.some((d) => d.action === 'iam:PassRole' && d.neededBy.includes('PutBucketReplication'))).toBe(true);
    expect(statementsFor(roles.run!.policy, 'iam:PassRole').flatMap((s) => [s.Resource].flat())).toEqual([ROLE]);
    expect(allowedActions(roles.plan!.policy).has('iam:PassRole')).toBe(false);
  }, 120_000);
});
