/**
 * Calls vs policy for the vault: the commands run against the simulator's source and vault
 * accounts (vault-accounts.yaml) with a config that copies a volume (locked), a database and an
 * Aurora cluster into the vault. Every call served in the source account must be allowed by the
 * command's own role (run, restore, drill), every call served in the vault account by the
 * vault role; the vault role holds no action these commands never call, and the restore and
 * drill roles' vault actions are really called (restores and a drill from vault copies). A
 * pull request's plan reads the vault with the read-only vault plan role, which holds exactly
 * those reads, and never assumes the vault role; without a vault plan role it reads nothing
 * there. Every role assumed is allowed by the caller's policy and trusts the caller's role.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, type Workspace } from '../support/action.js';
import { runCommand } from '../../src/commands/run.js';
import { parseConfig } from '../../src/config/load.js';
import { AWS_CALLS, generateIamPolicies, iamActionForCall, roleArn, type Duty } from '../../src/iam/index.js';
import type { RestoreRequest } from '../../src/restore/types.js';
import { allows } from './evaluator.js';
import { allowedActions } from './support.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const VAULT_KEY = '7c7c7c7c-2222-4222-8222-222222222222';
const PLAN_ROLE = `arn:aws:iam::${VAULT}:role/aws-backup-gitops-vault-plan`;
const copies = 'copies: [{ account: vault, region: us-east-1, retention: { daily: 7 } }]';
const CONFIG = `version: 1
regions: [us-east-1]
accounts: [{ name: prod, id: "${SOURCE}" }]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  plan-role-arn: ${PLAN_ROLE}
  kms-keys: { us-east-1: alias/vault-backup }
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
snapshots:
  wait-minutes: 1
  policies:
    - name: vault-ebs
      resources: { type: ebs-volume, ids: [vol-0a000000000000001] }
      retention: { daily: 3 }
      copies: [{ account: vault, region: us-east-1, retention: { daily: 7 }, lock: { mode: governance } }]
    - { name: vault-db, resources: { type: rds-instance, ids: [orders-db] }, retention: { daily: 3 }, ${copies} }
    - { name: vault-aurora, resources: { type: rds-cluster, ids: [inventory] }, retention: { daily: 3 }, ${copies} }
`;
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};

/** Vault-role actions this scenario does not reach, each with the code path. */
const VAULT_UNREACHED: Record<string, string> = {
  'ec2:DeleteSnapshot': 'vault retention deleting an expired, unlocked copy (test/e2e/vault.e2e.test.ts, 40 simulated days)',
  'rds:DeleteDBSnapshot': 'vault retention deleting an expired copy (test/e2e/vault.e2e.test.ts)',
  'rds:DeleteDBClusterSnapshot': 'vault retention deleting an expired copy (test/e2e/vault.e2e.test.ts)',
};

describe('the vault role and restores and drills from the vault allow exactly their calls', () => {
  let sim: Sim;
  let ws: Workspace;
  const vaultCalled = new Set<string>();
  const vaultPlanCalled = new Set<string>();
  const sourceCalled = new Map<Duty, Set<string>>();

  beforeAll(async () => {
    sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml'], serviceOptions: FAST, clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    for (const [k, v] of Object.entries(sim.env(SOURCE))) vi.stubEnv(k, v);
    vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
    // The vault key lets the source account use it (docs/vault.md, "Restoring from the vault").
    const kms = sim.ctx.state.accounts[VAULT]!.services['kms'] as { regions: Record<string, { policies: Map<string, string> }> };
    const own = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VAULT}:root` }, Action: 'kms:*', Resource: '*' };
    const restore = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'], Resource: '*' };
    kms.regions['us-east-1']!.policies.set(VAULT_KEY, JSON.stringify({ Version: '2012-10-17', Statement: [own, restore] }));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await sim?.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
  });

  const run = (command: 'run' | 'plan' | 'restore' | 'drill', restore?: RestoreRequest, configPath = 'aws-backup.yml') =>
    runCommand({ command, ...(restore ? { restore } : {}), configPath, repoRoot: ws.repo, dryRun: command === 'plan', log: () => undefined, env: { ...ws.env, ...sim.env(SOURCE), GITHUB_EVENT_NAME: command === 'plan' ? 'pull_request' : 'push' } });
  const roles = () => generateIamPolicies(parseConfig(CONFIG, 'aws-backup.yml'), { repository: 'example-team/aws-backup', branch: 'main', accountId: SOURCE });

  /**
   * Runs `body`, then checks the calls it made: the source account's against `duty`, the vault's
   * against the vault role (the plan: the vault plan role); each role assumed is allowed by the
   * duty's policy and the assumed role's trust names the duty's role.
   */
  async function checked(duty: Duty, body: () => Promise<void>): Promise<void> {
    const start = sim.ctx.log.length;
    await body();
    const entries = sim.ctx.log.slice(start);
    const policies = roles();
    const vaultRole: Duty = duty === 'plan' ? 'vault-plan' : 'vault';
    for (const [account, role] of [[SOURCE, duty], [VAULT, vaultRole]] as const) {
      const actions = new Set(entries.filter((l) => l.account === account).map((l) => iamActionForCall(l.service, l.operation) ?? `UNMAPPED ${l.service}:${l.operation}`));
      if (actions.size === 0) continue;
      const allowed = allowedActions(policies[role]!.policy);
      expect([...actions].filter((a) => !allowed.has(a)), `${role} role (account ${account}): calls it does not allow`).toEqual([]);
      if (role === 'vault') for (const a of actions) vaultCalled.add(a);
      else if (role === 'vault-plan') for (const a of actions) vaultPlanCalled.add(a);
      else sourceCalled.set(duty, new Set([...(sourceCalled.get(duty) ?? []), ...actions]));
    }
    const byArn: Record<string, Duty> = { [`arn:aws:iam::${VAULT}:role/aws-backup-vault`]: 'vault', [PLAN_ROLE]: 'vault-plan' };
    for (const l of entries.filter((e) => e.operation === 'AssumeRole')) {
      const target = (l.params as { roleArn: string }).roleArn;
      expect(allows(policies[duty]!.policy, { action: 'sts:AssumeRole', resource: target }), `${duty} may assume ${target}`).toBe(true);
      const trusted = policies[byArn[target]!]!.trust.Statement.flatMap((t) => ('AWS' in t.Principal ? [t.Principal.AWS].flat() : []));
      expect(trusted, `${target} trusts the ${duty} role`).toContain(roleArn('aws', SOURCE, duty));
    }
  }

  it('plan: reads the vault with the read-only vault plan role, never assumes the vault role', async () => {
    const start = sim.ctx.log.length;
    await checked('plan', async () => {
      const { report } = await run('plan');
      expect(report.failures).toEqual([]);
      expect(report.warnings.map((w) => w.message).join('\n')).not.toMatch(/not read by this plan/);
    });
    const assumed = sim.ctx.log.slice(start).filter((l) => l.operation === 'AssumeRole').map((l) => (l.params as { roleArn: string }).roleArn);
    expect(new Set(assumed)).toEqual(new Set([PLAN_ROLE]));
    expect([...vaultPlanCalled].sort()).toEqual([...allowedActions(roles()['vault-plan']!.policy)].sort());
  }, 120_000);

  it('plan without a vault plan role: nothing in the vault is read or assumed, and the plan says so', async () => {
    // A bucket replicating into the vault: its plan would read the destination there, and may not.
    const replication = `lifecycle:
  buckets:
    - name: app-data
      versioning: enabled
      replication:
        role: arn:aws:iam::${SOURCE}:role/s3-replication
        rules: [{ id: to-vault, destination: { bucket: app-data-vault, account: vault, region: us-east-1 } }]
`;
    await writeFile(join(ws.repo, 'aws-backup-no-plan-role.yml'), CONFIG.replace(/^ {2}plan-role-arn: .*\n/m, '') + replication);
    const s3 = new S3Client({ region: 'us-east-1', endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor(SOURCE) });
    await s3.send(new CreateBucketCommand({ Bucket: 'app-data' }));
    s3.destroy();
    const start = sim.ctx.log.length;
    const { report } = await run('plan', undefined, 'aws-backup-no-plan-role.yml');
    const entries = sim.ctx.log.slice(start);
    expect(entries.filter((l) => l.account === VAULT || l.operation === 'AssumeRole')).toEqual([]);
    expect(entries.some((l) => l.operation === 'GetBucketVersioning' && l.account === SOURCE)).toBe(true);
    expect(report.failures).toEqual([]);
    const said = report.warnings.filter((w) => w.item === `vault ${VAULT}`);
    expect(said).toEqual([expect.objectContaining({ message: expect.stringMatching(/^not read by this plan: no read-only vault plan role is configured.*set vault\.plan-role-arn$/) })]);
    // The source side is still planned: the source snapshots due today.
    expect(entries.some((l) => l.account === SOURCE && l.operation === 'DescribeSnapshots')).toBe(true);
  }, 120_000);

  it('run: snapshots, shares, vault copies, locks', async () => {
    await checked('run', async () => {
      expect((await run('run')).report.failures).toEqual([]);
    });
    expect([...vaultCalled]).toEqual(expect.arrayContaining(['ec2:CopySnapshot', 'ec2:LockSnapshot', 'rds:CopyDBSnapshot', 'rds:CopyDBClusterSnapshot']));
  }, 120_000);

  it('restore: a volume, a database and a cluster from vault copies into the source account', async () => {
    const requests: RestoreRequest[] = [
      { kind: 'ebs-volume', source: 'latest:vol-0a000000000000001', target: 'data-back', force: false, options: { from: 'vault', 'availability-zone': 'us-east-1a' } },
      { kind: 'rds-instance', source: 'latest:orders-db', target: 'orders-back', force: false, options: { from: 'vault', 'kms-key': 'alias/backup-granted' } },
      { kind: 'rds-cluster', source: 'latest:inventory', target: 'inventory-back', force: false, options: { from: 'vault', 'kms-key': 'alias/backup-granted' } },
    ];
    await checked('restore', async () => {
      for (const request of requests) expect((await run('restore', request)).report.failures, request.kind).toEqual([]);
    });
    expect([...sourceCalled.get('restore')!]).toEqual(expect.arrayContaining(['rds:CopyDBSnapshot', 'rds:DeleteDBSnapshot', 'kms:DescribeKey', 'ec2:CreateVolume', 'rds:RestoreDBClusterFromSnapshot']));
  }, 120_000);

  it('drill: the own snapshots and the vault copies', async () => {
    await checked('drill', async () => {
      expect((await run('drill')).report.failures).toEqual([]);
    });
    expect([...sourceCalled.get('drill')!]).toEqual(expect.arrayContaining(['rds:CopyDBSnapshot', 'rds:DeleteDBSnapshot', 'ec2:DeleteVolume', 'rds:DeleteDBCluster']));
  }, 120_000);

  it('the vault role holds no action its commands never call; the vault actions of the restore and drill roles are called', () => {
    const extra: string[] = [];
    const policies = roles();
    const heldBy = (duty: Duty) => new Set(AWS_CALLS.filter((c) => c.duties.includes(duty)).map((c) => c.action));
    for (const action of allowedActions(policies['vault-plan']!.policy)) if (!vaultPlanCalled.has(action)) extra.push(`vault-plan: ${action}`);
    for (const action of allowedActions(policies.vault!.policy)) {
      if (!heldBy('vault').has(action)) continue;
      if (!vaultCalled.has(action) && !VAULT_UNREACHED[action]) extra.push(`vault: ${action}`);
      if (vaultCalled.has(action) && VAULT_UNREACHED[action]) extra.push(`vault: ${action} is called now; drop it from VAULT_UNREACHED`);
    }
    const vaultFeature = AWS_CALLS.filter((c) => c.feature === 'vault');
    for (const duty of ['restore', 'drill'] as const) {
      for (const c of vaultFeature.filter((x) => x.duties.includes(duty))) if (!sourceCalled.get(duty)?.has(c.action)) extra.push(`${duty}: ${c.action}`);
    }
    expect(extra).toEqual([]);
  });
});
