/**
 * Restores from vault copies through the real SDK clients against the simulator's two
 * accounts (vault-accounts.yaml): a run copies the volumes into the vault (eu-west-1); a
 * restore with from=vault finds the newest copy by the source volume's id with the vault
 * role, refuses (before sharing anything) when the vault key does not grant the source
 * account, and otherwise shares the copy with the source account for the create only — the
 * share is removed after the volume is available and also when the create fails. A restore
 * into the vault account itself (account: vault) uses the vault role and shares nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { planRestore } from '../../src/commands/restore.js';
import type { CommandContext } from '../../src/commands/context.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts, type Config } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from '../../src/restore/types.js';
import { createVaultEbsRestorePlanner } from '../../src/restore/vault-restore.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../../src/snapshots/plan.js';
import { tagRecord } from '../../src/snapshots/tags.js';
import { ec2Region } from '../sim/ec2-state.js';
import { startSim, type Sim } from '../sim/server.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const VOLUME = 'vol-0a000000000000001';
const VAULT_KEY = '8d8d8d8d-2222-4222-8222-222222222222';
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};
const CONFIG = `version: 1
regions: [us-east-1]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { eu-west-1: alias/vault-backup }
snapshots:
  wait-minutes: 1
  policies:
    - name: vault-ebs
      resources: { type: ebs-volume, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1, retention: { daily: 7 } }]
`;
const planVaultEbs = createVaultEbsRestorePlanner({ pollMs: 5, progressEveryMs: 60_000, budgetMs: 10_000 });

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

/** Two accounts, and one run that made the vault copies. */
async function setup(): Promise<Setup> {
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
  const ctx: RestoreContext = { config: cfg, account: resolveAccounts(cfg)[0]!, clients: source, vaultClients: () => vault, repoRoot: '.', now: new Date(sim.ctx.now()), log: () => undefined };
  return { cfg, source, vault, ctx };
}

const request = (fields: Partial<RestoreRequest> = {}): RestoreRequest => ({
  kind: 'ebs-volume',
  source: `latest:${VOLUME}`,
  force: false,
  options: { from: 'vault', 'availability-zone': 'eu-west-1a' },
  ...fields,
});

/** Lets the source account use the vault key, as docs/vault.md tells a user to. */
function grantVaultKey(grant: boolean): void {
  const kms = sim!.ctx.state.accounts[VAULT]!.services['kms'] as { regions: Record<string, { policies: Map<string, string> }> };
  const own = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VAULT}:root` }, Action: 'kms:*', Resource: '*' };
  const restore = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'], Resource: '*' };
  kms.regions['eu-west-1']!.policies.set(VAULT_KEY, JSON.stringify({ Version: '2012-10-17', Statement: grant ? [own, restore] : [own] }));
}

const vaultCopies = () => [...ec2Region(sim!.ctx, VAULT, 'eu-west-1').snapshots.values()];
const shareCalls = () => sim!.ctx.log.filter((l) => l.operation === 'ModifySnapshotAttribute' && l.account === VAULT);
const sourceVolumes = () => [...ec2Region(sim!.ctx, SOURCE, 'eu-west-1').volumes.values()].map((v) => v.volume);

describe('restore from vault copies', () => {
  it('refuses before sharing when the vault key does not grant the source account, then restores into the source account and closes the share', async () => {
    const { ctx } = await setup();
    const copy = vaultCopies().find((s) => s.snapshot.Tags?.some((t) => t.Value === VOLUME))!;
    expect(copy.snapshot.KmsKeyId).toContain(VAULT_KEY);

    const refused = await planVaultEbs(request(), ctx).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RestoreInputError);
    expect(String(refused)).toMatch(new RegExp(`vault copy ${copy.snapshot.SnapshotId} .*does not allow account ${SOURCE} kms:DescribeKey, kms:CreateGrant, kms:Decrypt`));
    expect(shareCalls()).toEqual([]);

    grantVaultKey(true);
    const plan = await planVaultEbs(request({ target: 'app-data-restored' }), ctx);
    expect(plan.errors).toEqual([]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]!.details).toMatchObject({ snapshot: copy.snapshot.SnapshotId, region: 'eu-west-1', from: `vault ${VAULT}` });
    // Planning changed nothing.
    expect(shareCalls()).toEqual([]);
    expect(sourceVolumes()).toEqual([]);

    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['applied']);
    const [volume] = sourceVolumes();
    expect(volume).toMatchObject({ SnapshotId: copy.snapshot.SnapshotId, State: 'available', AvailabilityZone: 'eu-west-1a', Size: 100, Encrypted: true });
    expect(tagRecord(volume!.Tags)).toMatchObject({ Name: 'app-data-restored', 'aws-backup-gitops:restored-from': copy.snapshot.SnapshotId });
    // Shared for the create, then closed.
    const perms = shareCalls().map((l) => Object.keys((l.params as { CreateVolumePermission: object }).CreateVolumePermission));
    expect(perms).toEqual([['Add'], ['Remove']]);
    expect(vaultCopies().filter((s) => s.sharedWith?.size)).toEqual([]);

    // The same request again finds the volume instead of making (and sharing) another.
    const again = await planVaultEbs(request({ target: 'app-data-restored' }), ctx);
    expect(again.actions).toEqual([]);
    expect(again.warnings.map((w) => w.message).join()).toMatch(/already restored/);
  });

  it('removes the share when the create fails', async () => {
    const { ctx } = await setup();
    grantVaultKey(true);
    const plan = await planVaultEbs(request(), ctx);
    grantVaultKey(false); // the key policy changes between plan and apply
    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['failed']);
    expect(shareCalls()).toHaveLength(2);
    expect(vaultCopies().filter((s) => s.sharedWith?.size)).toEqual([]);
    expect(sourceVolumes()).toEqual([]);
  });

  it('restores into the vault account itself with the vault role, sharing nothing; wrong inputs are one clear error', async () => {
    const { cfg, source, vault } = await setup();
    const command = {
      command: 'restore',
      config: cfg,
      repoRoot: '.',
      dryRun: false,
      clientsFor: (a: { name: string }) => (a.name === 'vault' ? vault : source),
      log: () => undefined,
    } as unknown as CommandContext;
    const plan = await planRestore(command, { kind: 'ebs-volume', source: `latest:${VOLUME}`, account: 'vault', force: false, options: { 'availability-zone': 'eu-west-1b', 'wait-minutes': '0.1' } });
    expect(plan.actions.map((a) => a.details)).toMatchObject([{ account: 'vault', region: 'eu-west-1', availabilityZone: 'eu-west-1b' }]);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['applied']);
    expect([...ec2Region(sim!.ctx, VAULT, 'eu-west-1').volumes.values()].map((v) => v.volume.State)).toEqual(['available']);
    expect(shareCalls()).toEqual([]);

    await expect(planRestore(command, { kind: 'ebs-volume', source: `latest:${VOLUME}`, force: false, options: { from: 'backup' } })).rejects.toThrow(/option from must be "vault"/);
    await expect(planRestore(command, { kind: 'route53-zone', source: 'example.com', force: false, options: { from: 'vault' } })).rejects.toThrow(/not supported for a route53-zone restore; it restores ebs-volume, rds-instance and rds-cluster/);
  });
});
