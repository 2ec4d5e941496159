/**
 * Calls vs policy for bucket protection: a config with versioning, a replication rule into a
 * locked DR-region bucket and the copy of existing objects, planned and run against the
 * simulated account. Every call the simulator served must be allowed by the generated plan or
 * run role, and each S3 protection action those roles hold must have been called. Then the
 * recommended setup of docs/s3.md: the replica declared with `account: vault` (and a second
 * vault bucket with lifecycle rules) is planned with the vault plan role and applied with the
 * vault role, each call allowed on its bucket by that role and by no source role, and restored
 * from by the restore role, through the generated bucket policy.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { parseConfig } from '../../src/config/load.js';
import { AWS_CALLS, DEPENDENT_ACTIONS, generateIamPolicies, iamActionForCall, type Duty } from '../../src/iam/index.js';
import type { PolicyDocument } from '../../src/iam/index.js';
import { renderReplicationIam } from '../../src/s3/replication-iam.js';
import { allows } from '../iam/evaluator.js';
import { allowedActions, statementsFor } from '../iam/support.js';
import { rawClient } from './fixture.js';
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

const VAULT = '222222222222';
const VAULT_ROLE = `arn:aws:iam::${VAULT}:role/aws-backup-vault`;
const VAULT_PLAN_ROLE = `arn:aws:iam::${VAULT}:role/aws-backup-vault-plan`;
const VAULT_CONFIG = `version: 1
regions: [eu-west-1]
dr-region: eu-north-1
accounts:
  - { name: prod, id: "${ACCOUNT}" }
vault:
  id: "${VAULT}"
  role-arn: ${VAULT_ROLE}
  plan-role-arn: ${VAULT_PLAN_ROLE}
  kms-keys: { eu-north-1: alias/vault-backup }
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
          - id: to-vault
            destination: { bucket: app-data-vault, account: vault, region: eu-north-1, replica-owner: destination }
    - name: app-data-vault
      account: vault
      region: eu-north-1
      versioning: enabled
      object-lock: { mode: governance, days: 1 }
    - name: app-logs-vault
      account: vault
      region: eu-north-1
      versioning: enabled
      rules:
        - { id: expire, expiration: { days: 365 } }
`;
const vaultConfig = parseConfig(VAULT_CONFIG, 'aws-backup.yml');
const VAULT_FIXTURE = {
  accounts: [
    { id: ACCOUNT, s3: { buckets: [{ Name: 'app-data', BucketRegion: 'eu-west-1', Versioning: { Status: 'Enabled' }, Objects: [{ Key: 'old/a.txt', Body: 'a' }, { Key: 'old/b.txt', Body: 'b' }] }] } },
    {
      id: VAULT,
      s3: {
        buckets: [
          // The bucket policy is the one iam-policy writes for the replica.
          { Name: 'app-data-vault', BucketRegion: 'eu-north-1', ObjectLockEnabled: true, Policy: renderReplicationIam(vaultConfig)['bucket-policy-app-data-vault.json']! },
          { Name: 'app-logs-vault', BucketRegion: 'eu-north-1' },
        ],
      },
    },
  ],
};
/** Vault S3 actions this scenario does not reach, each with its code path. */
const VAULT_UNREACHED: Record<string, string> = {
  's3:ListBucket': 'the coverage samples the replication status of a vault bucket only when it replicates itself',
  's3:GetObject': 'the same sample (HeadObject)',
};
const OBJECT_OPERATIONS = new Set(['HeadObject', 'GetObject', 'PutObject', 'CopyObject', 'DeleteObject', 'CreateMultipartUpload', 'UploadPartCopy', 'CompleteMultipartUpload', 'AbortMultipartUpload']);

describe('buckets declared with account: vault: the vault roles allow exactly their calls, on those buckets only', () => {
  let sim: Sim;
  let ws: Workspace;
  const roles = generateIamPolicies(vaultConfig, { repository: 'example-team/aws-backup', branch: 'main', accountId: ACCOUNT });
  const called = new Map<Duty, Set<string>>();

  beforeAll(async () => {
    sim = await startSim({ fixtures: [VAULT_FIXTURE], clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': VAULT_CONFIG });
    for (const [k, v] of Object.entries(sim.env(ACCOUNT))) vi.stubEnv(k, v);
    vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await sim?.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
  });

  /** Runs a command; each S3 call must be allowed on its bucket or object by the role of the caller's account. */
  const run = async (command: 'plan' | 'run' | 'restore', restore?: Parameters<typeof runCommand>[0]['restore']) => {
    const start = sim.ctx.log.length;
    const { report } = await runCommand({
      command,
      ...(restore && { restore }),
      configPath: 'aws-backup.yml',
      repoRoot: ws.repo,
      dryRun: false,
      log: () => undefined,
      env: { ...ws.env, ...sim.env(ACCOUNT), GITHUB_EVENT_NAME: command === 'plan' ? 'pull_request' : 'push' },
    });
    expect(report.failures).toEqual([]);
    const denied: string[] = [];
    for (const l of sim.ctx.log.slice(start).filter((e) => e.service === 's3')) {
      const duty: Duty = l.account === VAULT ? (command === 'plan' ? 'vault-plan' : 'vault') : command;
      const { Bucket, Key } = l.params as { Bucket: string; Key?: string };
      const action = iamActionForCall('s3', l.operation) ?? `UNMAPPED ${l.operation}`;
      const resource = OBJECT_OPERATIONS.has(l.operation) ? `arn:aws:s3:::${Bucket}/${Key}` : `arn:aws:s3:::${Bucket}`;
      if (!allows(roles[duty]!.policy as PolicyDocument, { action, resource })) denied.push(`${duty}: ${action} on ${resource}`);
      called.set(duty, new Set([...(called.get(duty) ?? []), action]));
    }
    expect(denied, `${command}: calls their role does not allow`).toEqual([]);
  };

  it('the plan reads the vault buckets with the vault plan role, the run writes them with the vault role', async () => {
    await run('plan');
    await run('run');
    expect([...called.get('vault')!]).toEqual(expect.arrayContaining(['s3:PutBucketVersioning', 's3:PutBucketObjectLockConfiguration', 's3:PutLifecycleConfiguration']));
    expect([...called.get('run')!]).toEqual(expect.arrayContaining(['s3:PutReplicationConfiguration', 's3:PutObject']));
    // The source roles name no vault bucket; the vault roles only vault buckets.
    const buckets = (policy: PolicyDocument) => policy.Statement.filter((st) => st.Action.some((a) => a.startsWith('s3:'))).flatMap((st) => [st.Resource].flat());
    for (const duty of ['plan', 'run'] as const) expect(buckets(roles[duty]!.policy).filter((r) => r.includes('-vault')), duty).toEqual([]);
    for (const duty of ['vault', 'vault-plan'] as const) expect(buckets(roles[duty]!.policy).filter((r) => !/:::app-(data|logs)-vault(\/\*)?$/.test(r)), duty).toEqual([]);
    expect(statementsFor(roles.vault!.policy, 'iam:PassRole')).toEqual([]);
  }, 120_000);

  it('a point-in-time restore from the vault replica reads it with the restore role', async () => {
    const t = new Date(sim.ctx.now()).toISOString();
    sim.advance(60_000);
    const s3 = rawClient(sim, ACCOUNT, 'eu-west-1');
    await s3.send(new PutObjectCommand({ Bucket: 'app-data', Key: 'old/a.txt', Body: 'ransomed' }));
    s3.destroy();
    sim.advance(60_000);
    await run('restore', { kind: 's3-prefix', source: 'app-data/old/', pointInTime: t, force: true, options: { from: 'app-data-vault', 'from-region': 'eu-north-1' } });
    expect([...called.get('restore')!]).toEqual(expect.arrayContaining(['s3:ListBucketVersions', 's3:PutObject']));
    // The copy reads the replica's version: the restore role's own policy allows it too.
    expect(allows(roles.restore!.policy as PolicyDocument, { action: 's3:GetObjectVersion', resource: 'arn:aws:s3:::app-data-vault/old/a.txt' })).toBe(true);
  }, 120_000);

  it('the vault roles hold no S3 action their commands never call', () => {
    const extra: string[] = [];
    for (const duty of ['vault', 'vault-plan'] as const) {
      for (const action of allowedActions(roles[duty]!.policy)) {
        if (!action.startsWith('s3:') || called.get(duty)?.has(action)) continue;
        if (!VAULT_UNREACHED[action]) extra.push(`${duty}: ${action}`);
      }
    }
    for (const action of Object.keys(VAULT_UNREACHED)) if (called.get('vault')?.has(action)) extra.push(`${action} is called now; drop it from VAULT_UNREACHED`);
    expect(extra).toEqual([]);
  });
});
