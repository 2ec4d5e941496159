/**
 * Drills over vault copies, through the real SDK clients against the simulator's two accounts
 * (vault-accounts.yaml): a run copies a volume, a DB instance and an Aurora cluster into the
 * vault; the drill restores each one's own snapshot and, besides, its newest vault copy into a
 * scratch resource of the source account (shared only while read), checks, times and deletes
 * it. Afterwards both accounts are inspected: no scratch resource, no copy, no share left open —
 * also when a restore fails after the share was opened.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateDBSnapshotCommand } from '@aws-sdk/client-rds';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts, type Config } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { planDrill } from '../../src/restore/drill.js';
import { RESTORE_TAG } from '../../src/restore/snapshot-source.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../../src/snapshots/plan.js';
import { tagRecord } from '../../src/snapshots/tags.js';
import { ec2Region } from '../sim/ec2-state.js';
import { rdsRegion } from '../sim/rds-state.js';
import { startSim, type Sim } from '../sim/server.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const VAULT_KEY = '7c7c7c7c-2222-4222-8222-222222222222';
const VOLUME = 'vol-0a000000000000001';
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};
const copies = `copies: [{ account: vault, region: us-east-1, retention: { daily: 7 } }]`;
const CONFIG = `version: 1
regions: [us-east-1]
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { us-east-1: alias/vault-backup }
snapshots:
  wait-minutes: 1
  policies:
    - { name: vault-ebs, resources: { type: ebs-volume, ids: [${VOLUME}] }, retention: { daily: 3 }, ${copies} }
    - { name: vault-db, resources: { type: rds-instance, ids: [orders-db] }, retention: { daily: 3 }, ${copies} }
    - { name: vault-aurora, resources: { type: rds-cluster, ids: [inventory] }, retention: { daily: 3 }, ${copies} }
`;
const TIMING = { pollMs: 5, progressEveryMs: 60_000, budgetMs: 10_000 };

let sim: Sim | undefined;
const open: AwsClients[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) c.destroy();
  await sim?.close();
  sim = undefined;
  vi.unstubAllEnvs();
});

async function setup(): Promise<{ cfg: Config; source: AwsClients; vault: AwsClients }> {
  sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml'], serviceOptions: FAST, clock: { start: Date.UTC(2026, 2, 2, 3) } });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  const make = (account: string, id: string) => createAwsClients({ account, credentials: sim!.credentialsFor(id), env: { AWS_ENDPOINT_URL: sim!.url }, maxAttempts: 2, rateLimits: { ec2: 1000, rds: 1000, kms: 1000 } });
  const source = make('default', SOURCE);
  const vault = make('Vault', VAULT);
  open.push(source, vault);
  const cfg = parseConfig(CONFIG, 'aws-backup.yml');
  const planned = await planSnapshots({ config: cfg, accounts: resolveAccounts(cfg), clientsFor: () => source, now: new Date(sim.ctx.now()), log: () => undefined, pollMs: 10, limitDelayMs: 20, vault: { config: cfg.vault!, clients: vault } });
  const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY, log: () => undefined });
  expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
  sim.advance(60 * 60_000);
  return { cfg, source, vault };
}

function grantVaultKey(grant: boolean): void {
  const kms = sim!.ctx.state.accounts[VAULT]!.services['kms'] as { regions: Record<string, { policies: Map<string, string> }> };
  const own = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VAULT}:root` }, Action: 'kms:*', Resource: '*' };
  const restore = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'], Resource: '*' };
  kms.regions['us-east-1']!.policies.set(VAULT_KEY, JSON.stringify({ Version: '2012-10-17', Statement: grant ? [own, restore] : [own] }));
}

/** Everything a drill could leave behind, read from the simulator's state of both accounts. */
function leftovers(): string[] {
  const out: string[] = [];
  for (const account of [SOURCE, VAULT]) {
    const ec2 = ec2Region(sim!.ctx, account, 'us-east-1');
    const rds = rdsRegion(sim!.ctx, account, 'us-east-1');
    for (const v of ec2.volumes.values()) if (v.volume.State !== 'deleted' && tagRecord(v.volume.Tags)[RESTORE_TAG.drill]) out.push(`${account} volume ${v.volume.VolumeId}`);
    for (const i of rds.instances.values()) if (i.instance.DBInstanceIdentifier!.startsWith('drill-')) out.push(`${account} db ${i.instance.DBInstanceIdentifier}`);
    for (const c of rds.clusters.values()) if (c.cluster.DBClusterIdentifier!.startsWith('drill-')) out.push(`${account} cluster ${c.cluster.DBClusterIdentifier}`);
    for (const s of rds.snapshots.values()) if (s.snapshot.DBSnapshotIdentifier!.startsWith('vault-restore-')) out.push(`${account} copy ${s.snapshot.DBSnapshotIdentifier}`);
    for (const s of ec2.snapshots.values()) if (s.sharedWith?.size) out.push(`${account} shared ${s.snapshot.SnapshotId}`);
    for (const s of [...rds.snapshots.values(), ...rds.clusterSnapshots.values()]) if (s.sharedWith?.size) out.push(`${account} shared ${JSON.stringify(s.snapshot).slice(0, 60)}`);
  }
  return out;
}

const drill = async (cfg: Config, source: AwsClients, vault: AwsClients) => {
  const plan = await planDrill({ config: cfg, accounts: resolveAccounts(cfg), clientsFor: () => source, vaultClients: () => vault, repoRoot: '.', now: new Date(sim!.ctx.now()), log: () => undefined, timing: TIMING });
  return { plan, results: await applyPlan(plan, { dryRun: false, concurrency: 8 }) };
};

describe('drills over vault copies', () => {
  it('restores each vault copy into a scratch resource of the source account, and leaves nothing behind in either account', async () => {
    const { cfg, source, vault } = await setup();
    grantVaultKey(true);
    const { plan, results } = await drill(cfg, source, vault);
    expect(plan.errors).toEqual([]);
    const fromVault = plan.actions.filter((a) => a.target.includes('← vault copy in us-east-1'));
    expect(fromVault.map((a) => a.target.replace(/\d{8}$/, 'DATE')).sort()).toEqual([
      `EBS volume ${VOLUME} (us-east-1) ← vault copy in us-east-1 → drill-${VOLUME}-vault-DATE`,
      'DB cluster inventory (us-east-1) ← vault copy in us-east-1 → drill-inventory-vault-DATE',
      'DB instance orders-db (us-east-1) ← vault copy in us-east-1 → drill-orders-db-vault-DATE',
    ].sort());
    expect(results.map((r) => [r.status, (r as { error?: string }).error])).toEqual(plan.actions.map(() => ['applied', undefined]));
    for (const action of fromVault) expect(action.details?.rtoSeconds).toEqual(expect.any(Number));
    // The scratch resources really were made in the source account from the vault's copies…
    const log = sim!.ctx.log;
    expect(log.filter((l) => l.account === SOURCE && l.operation === 'CopyDBSnapshot')).toHaveLength(1);
    expect(log.filter((l) => l.account === SOURCE && l.operation === 'RestoreDBClusterFromSnapshot').map((l) => (l.params as { SnapshotIdentifier: string }).SnapshotIdentifier)).toContainEqual(expect.stringContaining(`:${VAULT}:cluster-snapshot:`));
    expect(log.filter((l) => l.account === VAULT && /^Modify(DB|DBCluster)?SnapshotAttribute$/.test(l.operation))).toHaveLength(6);
    // …and nothing is left: no scratch resource, no copy, no share.
    expect(leftovers()).toEqual([]);
  });

  it('closes the share and deletes the scratch when the restore fails after sharing', async () => {
    const { cfg, source, vault } = await setup();
    grantVaultKey(true);
    const plan = await planDrill({ config: cfg, accounts: resolveAccounts(cfg), clientsFor: () => source, vaultClients: () => vault, repoRoot: '.', now: new Date(sim!.ctx.now()), log: () => undefined, timing: TIMING });
    grantVaultKey(false); // the key policy changes between plan and apply
    const results = await applyPlan(plan, { dryRun: false, concurrency: 8 });
    const failed = plan.actions.filter((_, i) => results[i]!.status === 'failed').map((a) => a.target);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((t) => t.includes('← vault copy'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('deletes the vault-restore-drill- copies an interrupted drill left, and no other snapshot', async () => {
    const { cfg, source, vault } = await setup();
    grantVaultKey(true);
    const rds = source.rds('us-east-1');
    const drillTag = [{ Key: RESTORE_TAG.drill, Value: 'true' }];
    // What a drill killed between its copy and the delete leaves: a copy named and tagged as the drill's.
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'vault-restore-drill-orders-db-vault-20260301', Tags: drillTag }));
    // Not the drill's: a restore's copy (no drill tag), and a drill-tagged snapshot of another name.
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'vault-restore-orders-back' }));
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'before-migration', Tags: drillTag }));
    sim!.advance(60_000);
    const { plan, results } = await drill(cfg, source, vault);
    const sweeps = plan.actions.filter((a) => a.reason.includes('left by an earlier restore drill'));
    expect(sweeps.map((a) => a.target)).toEqual(['DB snapshot vault-restore-drill-orders-db-vault-20260301 (us-east-1)']);
    expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
    const left = [...rdsRegion(sim!.ctx, SOURCE, 'us-east-1').snapshots.keys()];
    expect(left).not.toContain('vault-restore-drill-orders-db-vault-20260301');
    expect(left).toEqual(expect.arrayContaining(['vault-restore-orders-back', 'before-migration']));
  });

  it('is a plan error, not a share, when the vault key does not grant the source account', async () => {
    const { cfg, source, vault } = await setup();
    const { plan } = await drill(cfg, source, vault);
    expect(plan.errors.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^the drill cannot run: vault copy .* does not allow account 111111111111/)]));
    expect(sim!.ctx.log.filter((l) => l.account === VAULT && /SnapshotAttribute$/.test(l.operation) && l.operation.startsWith('Modify'))).toEqual([]);
    expect(leftovers()).toEqual([]);
  });
});
