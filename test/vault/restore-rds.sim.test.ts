/**
 * RDS and Aurora restores from vault copies, through the real SDK clients against the
 * simulator's two accounts (vault-accounts.yaml): a run copies orders-db and the inventory
 * cluster into the vault (us-east-1); `from=vault` restores them back into the source account.
 * A DB instance goes through a copy in the source account (AWS restores no DB instance from a
 * shared encrypted snapshot), shared only while that copy is made; the cluster is restored from
 * the shared copy itself, shared until it is available. No share stays open, also on failure,
 * and the temporary copy is deleted. Inside the vault account (account: vault) nothing is shared.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { planRestore } from '../../src/commands/restore.js';
import type { CommandContext } from '../../src/commands/context.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts, type Config } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from '../../src/restore/types.js';
import { createVaultRdsRestorePlanner } from '../../src/restore/vault-rds.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../../src/snapshots/plan.js';
import { tagRecord } from '../../src/snapshots/tags.js';
import { rdsRegion } from '../sim/rds-state.js';
import { startSim, type Sim } from '../sim/server.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const VAULT_KEY = '7c7c7c7c-2222-4222-8222-222222222222';
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};
const CONFIG = `version: 1
regions: [us-east-1]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { us-east-1: alias/vault-backup }
snapshots:
  wait-minutes: 1
  policies:
    - name: vault-db
      resources: { type: rds-instance, ids: [orders-db] }
      retention: { daily: 3 }
      copies: [{ account: vault, region: us-east-1, retention: { daily: 7 } }]
    - name: vault-aurora
      resources: { type: rds-cluster, ids: [inventory] }
      retention: { daily: 3 }
      copies: [{ account: vault, region: us-east-1, retention: { daily: 7 } }]
`;
/** The vault account's own network, for restores inside the vault. */
const VAULT_NETWORK = {
  accounts: [
    {
      id: VAULT,
      regions: {
        'us-east-1': {
          subnets: [
            { SubnetId: 'subnet-0f2a2a2a2a2a2a2a2', VpcId: 'vpc-0f2b2b2b2b2b2b2b2', AvailabilityZone: 'us-east-1a' },
            { SubnetId: 'subnet-0f2c2c2c2c2c2c2c2', VpcId: 'vpc-0f2b2b2b2b2b2b2b2', AvailabilityZone: 'us-east-1b' },
          ],
          'security-groups': [{ GroupId: 'sg-0f2d2d2d2d2d2d2d2', GroupName: 'vault-db', VpcId: 'vpc-0f2b2b2b2b2b2b2b2' }],
          rds: { 'db-subnet-groups': [{ DBSubnetGroupName: 'vault-db', DBSubnetGroupDescription: 'Vault restores', VpcId: 'vpc-0f2b2b2b2b2b2b2b2', SubnetIds: ['subnet-0f2a2a2a2a2a2a2a2', 'subnet-0f2c2c2c2c2c2c2c2'] }] },
        },
      },
    },
  ],
};
const TIMING = { pollMs: 5, progressEveryMs: 60_000, budgetMs: 10_000 };
const planVaultRds = createVaultRdsRestorePlanner(TIMING);

let sim: Sim | undefined;
const open: AwsClients[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) c.destroy();
  await sim?.close();
  sim = undefined;
  vi.unstubAllEnvs();
});

interface Setup {
  cfg: Config;
  source: AwsClients;
  vault: AwsClients;
  ctx: RestoreContext;
}

async function setup(): Promise<Setup> {
  sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml', VAULT_NETWORK], serviceOptions: FAST, clock: { start: Date.UTC(2026, 2, 2, 3) } });
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
  const ctx: RestoreContext = { config: cfg, account: resolveAccounts(cfg)[0]!, clients: source, vaultClients: () => vault, repoRoot: '.', now: new Date(sim.ctx.now()), log: () => undefined };
  return { cfg, source, vault, ctx };
}

/** Lets the source account use the vault key, as docs/vault.md tells a user to. */
function grantVaultKey(grant: boolean): void {
  const kms = sim!.ctx.state.accounts[VAULT]!.services['kms'] as { regions: Record<string, { policies: Map<string, string> }> };
  const own = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VAULT}:root` }, Action: 'kms:*', Resource: '*' };
  const restore = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'], Resource: '*' };
  kms.regions['us-east-1']!.policies.set(VAULT_KEY, JSON.stringify({ Version: '2012-10-17', Statement: grant ? [own, restore] : [own] }));
}

const vaultRds = () => rdsRegion(sim!.ctx, VAULT, 'us-east-1');
const sourceRds = () => rdsRegion(sim!.ctx, SOURCE, 'us-east-1');
/** Every vault snapshot still shared with some account. */
const openShares = () => [...vaultRds().snapshots.values(), ...vaultRds().clusterSnapshots.values()].filter((s) => s.sharedWith?.size).map((s) => ('DBSnapshotIdentifier' in s.snapshot ? s.snapshot.DBSnapshotIdentifier : ''));
const calls = (operation: string, account: string) => sim!.ctx.log.filter((l) => l.operation === operation && l.account === account);

const request = (fields: Partial<RestoreRequest>): RestoreRequest => ({ kind: 'rds-instance', source: 'latest:orders-db', force: false, options: {}, ...fields });

describe('RDS and Aurora restores from vault copies', () => {
  it('restores a DB instance into the source account through a copy there, shared only for that copy, and deletes the copy', async () => {
    const { ctx } = await setup();
    const copy = [...vaultRds().snapshots.values()].find((s) => tagRecord(s.snapshot.TagList)['aws-backup-gitops:source'] === 'orders-db')!;
    expect(copy.snapshot.KmsKeyId).toContain(VAULT_KEY);

    // Refused before anything is shared while the vault key does not grant the source account.
    const refused = await planVaultRds(request({ target: 'orders-restored' }), ctx).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RestoreInputError);
    expect(String(refused)).toMatch(new RegExp(`vault copy ${copy.snapshot.DBSnapshotIdentifier} \\(us-east-1\\) is encrypted with vault key .*does not allow account ${SOURCE} kms:DescribeKey, kms:CreateGrant, kms:Decrypt`));
    // A key of the restoring account that does not exist is one error too.
    grantVaultKey(true);
    await expect(planVaultRds(request({ target: 'orders-restored', options: { 'kms-key': 'alias/nope' } }), ctx)).rejects.toThrow(/KMS key alias\/nope \(kms-key\) does not exist in us-east-1 of account default/);
    expect(calls('ModifyDBSnapshotAttribute', VAULT)).toEqual([]);

    const plan = await planVaultRds(request({ target: 'orders-restored', options: { 'kms-key': 'alias/backup-granted' } }), ctx);
    expect(plan.errors).toEqual([]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]!.reason).toMatch(/shares .* only while it is copied as vault-restore-orders-restored/);
    expect(plan.actions[0]!.details).toMatchObject({ from: `vault ${VAULT}`, snapshot: copy.snapshot.DBSnapshotIdentifier, copy: 'vault-restore-orders-restored', subnetGroup: 'app-db' });
    // Planning changed nothing.
    expect(calls('ModifyDBSnapshotAttribute', VAULT)).toEqual([]);
    expect(sourceRds().instances.has('orders-restored')).toBe(false);

    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => [r.status, (r as { error?: string }).error])).toEqual([['applied', undefined]]);
    const restored = sourceRds().instances.get('orders-restored')!.instance;
    expect(restored).toMatchObject({ DBInstanceStatus: 'available', StorageEncrypted: true, KmsKeyId: expect.stringContaining('5a5a5a5a') });
    expect(tagRecord(restored.TagList)).toMatchObject({ 'aws-backup-gitops:restored-from': copy.snapshot.DBSnapshotIdentifier, 'aws-backup-gitops:restored-from-vault': VAULT });
    // Shared for the copy, then the share was removed; the restore read the source account's copy, which is gone now.
    const shares = calls('ModifyDBSnapshotAttribute', VAULT).map((l) => Object.keys(l.params as object).filter((k) => k.startsWith('ValuesTo')));
    expect(shares).toEqual([['ValuesToAdd'], ['ValuesToRemove']]);
    expect(calls('CopyDBSnapshot', SOURCE).map((l) => (l.params as { SourceDBSnapshotIdentifier: string }).SourceDBSnapshotIdentifier)).toEqual([copy.snapshot.DBSnapshotArn]);
    expect(calls('RestoreDBInstanceFromDBSnapshot', SOURCE).map((l) => (l.params as { DBSnapshotIdentifier: string }).DBSnapshotIdentifier)).toEqual(['vault-restore-orders-restored']);
    expect(openShares()).toEqual([]);
    expect(sourceRds().snapshots.has('vault-restore-orders-restored')).toBe(false);

    // The same request again finds the instance: nothing is shared or created.
    const again = await planVaultRds(request({ target: 'orders-restored', options: { 'kms-key': 'alias/backup-granted' } }), ctx);
    expect(again.actions).toEqual([]);
    expect(again.warnings.map((w) => w.message).join()).toMatch(/already restored/);
  });

  it('removes the share when the copy fails, and the simulated RDS refuses a direct restore from the shared encrypted snapshot', async () => {
    const { ctx, source } = await setup();
    grantVaultKey(true);
    const plan = await planVaultRds(request({ target: 'orders-restored' }), ctx);
    expect(plan.warnings.map((w) => w.message).join()).toMatch(/kms-key not set: the restored database is encrypted with alias\/aws\/rds/);
    grantVaultKey(false); // the key policy changes between plan and apply
    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['failed']);
    expect((results[0] as { error?: string }).error).toMatch(/KMS/);
    expect(calls('ModifyDBSnapshotAttribute', VAULT)).toHaveLength(2);
    expect(openShares()).toEqual([]);
    expect(sourceRds().instances.has('orders-restored')).toBe(false);

    // What AWS documents ("Sharing a DB snapshot"): a shared and encrypted DB snapshot is copied, never restored directly.
    grantVaultKey(true);
    const copy = [...vaultRds().snapshots.values()].find((s) => tagRecord(s.snapshot.TagList)['aws-backup-gitops:source'] === 'orders-db')!;
    copy.sharedWith = new Set([SOURCE]);
    const { RestoreDBInstanceFromDBSnapshotCommand } = await import('@aws-sdk/client-rds');
    await expect(
      source.rds('us-east-1').send(new RestoreDBInstanceFromDBSnapshotCommand({ DBInstanceIdentifier: 'direct', DBSnapshotIdentifier: copy.snapshot.DBSnapshotArn })),
    ).rejects.toThrow(/both shared and encrypted/);
  });

  it('restores an Aurora cluster from the shared copy, shared until the cluster is available, then creates its members', async () => {
    const { ctx } = await setup();
    grantVaultKey(true);
    const copy = [...vaultRds().clusterSnapshots.values()].find((s) => tagRecord(s.snapshot.TagList)['aws-backup-gitops:source'] === 'inventory')!;
    const plan = await planVaultRds(request({ kind: 'rds-cluster', source: 'latest:inventory', target: 'inventory-restored', options: { 'kms-key': 'alias/backup-granted' } }), ctx);
    expect(plan.errors).toEqual([]);
    expect(plan.actions.map((a) => a.target)).toEqual(['DB cluster inventory-restored (us-east-1)', 'DB instance inventory-restored-1 in cluster inventory-restored (us-east-1)']);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => [r.status, (r as { error?: string }).error])).toEqual([['applied', undefined], ['applied', undefined]]);
    expect(calls('RestoreDBClusterFromSnapshot', SOURCE).map((l) => l.params)).toEqual([expect.objectContaining({ SnapshotIdentifier: copy.snapshot.DBClusterSnapshotArn, KmsKeyId: expect.stringContaining('5a5a5a5a') })]);
    const cluster = sourceRds().clusters.get('inventory-restored')!.cluster;
    expect(cluster).toMatchObject({ Status: 'available', KmsKeyId: expect.stringContaining('5a5a5a5a') });
    expect(sourceRds().instances.get('inventory-restored-1')!.instance.DBInstanceStatus).toBe('available');
    expect(calls('ModifyDBClusterSnapshotAttribute', VAULT).map((l) => Object.keys(l.params as object).filter((k) => k.startsWith('ValuesTo')))).toEqual([['ValuesToAdd'], ['ValuesToRemove']]);
    // The members are created after the share was removed: they do not read the snapshot.
    const order = sim!.ctx.log.map((l) => l.operation);
    expect(order.lastIndexOf('ModifyDBClusterSnapshotAttribute')).toBeLessThan(order.indexOf('CreateDBInstance'));
    expect(openShares()).toEqual([]);
    expect(vaultRds().clusterSnapshots.get(copy.snapshot.DBClusterSnapshotIdentifier!)!.sharedWith?.size ?? 0).toBe(0);
  });

  it('restores inside the vault account with the vault role, sharing nothing; wrong inputs are one clear error', async () => {
    const { cfg, source, vault } = await setup();
    const command = {
      command: 'restore',
      config: cfg,
      repoRoot: '.',
      dryRun: false,
      clientsFor: (a: { name: string }) => (a.name === 'vault' ? vault : source),
      log: () => undefined,
    } as unknown as CommandContext;
    const plan = await planRestore(command, request({ account: 'vault', target: 'orders-in-vault', options: { 'subnet-group': 'vault-db', 'security-groups': 'sg-0f2d2d2d2d2d2d2d2', 'wait-minutes': '0.1' } }));
    expect(plan.actions.map((a) => a.details)).toMatchObject([{ account: 'vault', region: 'us-east-1', subnetGroup: 'vault-db' }]);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['applied']);
    expect(rdsRegion(sim!.ctx, VAULT, 'us-east-1').instances.get('orders-in-vault')!.instance.DBInstanceStatus).toBe('available');
    expect(calls('ModifyDBSnapshotAttribute', VAULT)).toEqual([]);

    await expect(planRestore(command, request({ pointInTime: 'latest', options: { from: 'vault' } }))).rejects.toThrow(/a vault copy is a snapshot: leave out pointInTime/);
    await expect(planRestore(command, request({ options: { from: 'vault', 'kms-keys': 'x' } }))).rejects.toThrow(/unknown option "kms-keys" .* kms-key/);
    await expect(planRestore(command, request({ account: 'vault', options: { from: 'vault' } }))).rejects.toThrow(/leave out from=vault/);
  });
});
