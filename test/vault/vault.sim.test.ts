/**
 * Vault copies through the real SDK clients against the simulator's two accounts
 * (vault-accounts.yaml: 111111111111 backed up in us-east-1, 222222222222 the vault): the plan
 * proves each copy can work before anything is shared; copies are shared for the copy only,
 * made by the vault, re-encrypted, tagged and locked; a re-run does nothing; the shares a killed
 * run left open are taken back, the tool's own only; 40 days of daily runs leave exactly the
 * retention set in the vault, never deleting a locked copy.
 */
import { ModifySnapshotAttributeCommand } from '@aws-sdk/client-ec2';
import { CreateDBSnapshotCommand, ModifyDBClusterSnapshotAttributeCommand, ModifyDBSnapshotAttributeCommand } from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts, type Config } from '../../src/config/schema.js';
import { applyPlan, type ActionResult } from '../../src/plan/apply.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY, type SnapshotPlanResult } from '../../src/snapshots/plan.js';
import { planRetention } from '../../src/snapshots/retention.js';
import { isToolOwned, TAG } from '../../src/snapshots/tags.js';
import { ec2Region, lockState } from '../sim/ec2-state.js';
import { rdsRegion } from '../sim/rds-state.js';
import { startSim, type Fault, type Sim } from '../sim/server.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const DAY = 86_400_000;
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};
const RATES = { ec2: 1000, rds: 1000, kms: 1000 };

const CONFIG = `version: 1
regions: [us-east-1]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { us-east-1: alias/vault-backup, eu-west-1: alias/vault-backup }
snapshots:
  wait-minutes: 1
  policies:
    - name: vault-ebs
      resources: { type: ebs-volume, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1, retention: { daily: 7, weekly: 4 }, lock: { mode: compliance, cool-off-hours: 1 } }]
    - name: vault-bad
      resources: { type: ebs-volume, tags: { backup: vault-bad } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1 }]
    - name: vault-db
      resources: { type: rds-instance, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1, retention: { daily: 5 } }]
    - name: vault-cluster
      resources: { type: rds-cluster, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: us-east-1 }]
`;

let sim: Sim | undefined;
const open: AwsClients[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) c.destroy();
  await sim?.close();
  sim = undefined;
  vi.unstubAllEnvs();
});

async function start(faults: Fault[] = []): Promise<{ source: AwsClients; vault: AwsClients }> {
  sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml'], serviceOptions: FAST, clock: { start: Date.UTC(2026, 2, 2, 3) }, faults });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  const make = (account: string, id: string) => createAwsClients({ account, credentials: sim!.credentialsFor(id), env: { AWS_ENDPOINT_URL: sim!.url }, maxAttempts: 3, rateLimits: RATES });
  const clients = { source: make('default', SOURCE), vault: make('Vault', VAULT) };
  open.push(clients.source, clients.vault);
  return clients;
}

async function run(cfg: Config, clients: { source: AwsClients; vault: AwsClients }): Promise<{ planned: SnapshotPlanResult; results: ActionResult[] }> {
  const planned = await planSnapshots({
    config: cfg,
    accounts: resolveAccounts(cfg),
    clientsFor: () => clients.source,
    now: new Date(sim!.ctx.now()),
    log: () => undefined,
    pollMs: 10,
    limitDelayMs: 20,
    vault: { config: cfg.vault!, clients: clients.vault },
  });
  const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY, log: () => undefined });
  return { planned, results };
}

const tagsOf = (list: { Key?: string; Value?: string }[] | undefined) => Object.fromEntries((list ?? []).map((t) => [t.Key, t.Value]));
const vaultEbs = (region = 'eu-west-1') => [...ec2Region(sim!.ctx, VAULT, region).snapshots.values()];
const openShares = () => [
  ...[...ec2Region(sim!.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => s.sharedWith?.size),
  ...[...rdsRegion(sim!.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => s.sharedWith?.size),
  ...[...rdsRegion(sim!.ctx, SOURCE, 'us-east-1').clusterSnapshots.values()].filter((s) => s.sharedWith?.size),
];
const calls = (operation: string, account?: string) => sim!.ctx.log.filter((l) => l.operation === operation && (account === undefined || l.account === account));

describe('snapshot copies into the vault account', () => {
  it('proves the keys first, then shares, copies (re-encrypted, tagged, locked) and unshares; a re-run does nothing', async () => {
    const clients = await start();
    const cfg = parseConfig(CONFIG, 'aws-backup.yml');
    const first = await run(cfg, clients);

    // One error per resource whose key cannot reach the vault, naming it and the fix.
    const errors = first.planned.plan.errors.map((e) => `${e.item}: ${e.message}`);
    expect(errors).toHaveLength(2);
    expect(errors.find((e) => e.includes('vol-0a000000000000003'))).toMatch(/AWS managed KMS key .*re-encrypt it with a customer managed KMS key whose key policy allows account 222222222222/);
    expect(errors.find((e) => e.includes('vol-0a000000000000004'))).toMatch(/key policy does not allow the vault account 222222222222 kms:DescribeKey, kms:CreateGrant, kms:Decrypt/);
    const copies = first.planned.plan.actions.filter((a) => a.kind === 'copy').map((a) => a.target).sort();
    expect(copies).toEqual([
      'us-east-1/inventory → vault 222222222222/us-east-1',
      'us-east-1/orders-db → vault 222222222222/eu-west-1',
      'us-east-1/vol-0a000000000000001 → vault 222222222222/eu-west-1',
      'us-east-1/vol-0a000000000000002 → vault 222222222222/eu-west-1',
    ]);
    expect(first.results.filter((r) => r.status !== 'applied')).toEqual([]);

    // The two bad volumes were snapshotted in the source, but nothing of theirs was shared.
    const shared = calls('ModifySnapshotAttribute', SOURCE).map((l) => (l.params as { SnapshotId: string }).SnapshotId);
    const bad = [...ec2Region(sim!.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => ['vol-0a000000000000003', 'vol-0a000000000000004'].includes(s.snapshot.VolumeId!));
    expect(bad).toHaveLength(2);
    for (const s of bad) expect(shared).not.toContain(s.snapshot.SnapshotId);
    expect(shared).toHaveLength(4); // two shares, two unshares
    expect(calls('ModifyDBSnapshotAttribute', SOURCE)).toHaveLength(2);
    expect(calls('ModifyDBClusterSnapshotAttribute', SOURCE)).toHaveLength(2);
    expect(openShares()).toEqual([]);

    // In the vault: made by the vault account, re-encrypted with its key, tagged, locked.
    expect(calls('CopySnapshot').every((l) => l.account === VAULT)).toBe(true);
    const ebs = vaultEbs();
    expect(ebs).toHaveLength(2);
    for (const s of ebs) {
      expect(s.snapshot).toMatchObject({ OwnerId: VAULT, Encrypted: true, State: 'completed', KmsKeyId: `arn:aws:kms:eu-west-1:${VAULT}:key/8d8d8d8d-2222-4222-8222-222222222222` });
      const tags = tagsOf(s.snapshot.Tags);
      expect(tags).toMatchObject({ [TAG.policy]: 'vault-ebs', [TAG.createdBy]: 'aws-backup-gitops', [TAG.sourceAccount]: 'default', [TAG.sourceRegion]: 'us-east-1' });
      expect(lockState(s.lock!, sim!.ctx.now())).toBe('compliance-cooloff');
      expect(s.lock!.expiresOn).toBe(Date.UTC(2026, 2, 9));
    }
    const db = [...rdsRegion(sim!.ctx, VAULT, 'eu-west-1').snapshots.values()];
    expect(db.map((s) => [s.snapshot.KmsKeyId, tagsOf(s.snapshot.TagList)[TAG.source]])).toEqual([[`arn:aws:kms:eu-west-1:${VAULT}:key/8d8d8d8d-2222-4222-8222-222222222222`, 'orders-db']]);
    expect([...rdsRegion(sim!.ctx, VAULT, 'us-east-1').clusterSnapshots.values()].map((s) => tagsOf(s.snapshot.TagList)[TAG.source])).toEqual(['inventory']);

    const second = await run(cfg, clients);
    expect(second.planned.plan.actions.filter((a) => a.kind !== 'update' || !a.id.includes('vault-lock'))).toEqual([]);
    expect(second.planned.plan.errors).toHaveLength(2);
  });

  it('takes back the EBS, DB and cluster snapshot shares a killed run left open with the vault, and only the tool\'s own', async () => {
    const clients = await start();
    const cfg = parseConfig(CONFIG, 'aws-backup.yml');
    await run(cfg, clients);
    expect(openShares()).toEqual([]);
    // A run killed between share and unshare leaves the tool's snapshots shared with the vault.
    const own = <T extends { sharedWith?: Set<string> }>(items: Iterable<T>, tags: (t: T) => { Key?: string; Value?: string }[] | undefined) => [...items].filter((s) => isToolOwned(tagsOf(tags(s))));
    const ebs = own(ec2Region(sim!.ctx, SOURCE, 'us-east-1').snapshots.values(), (s) => s.snapshot.Tags)[0]!.snapshot.SnapshotId!;
    const db = own(rdsRegion(sim!.ctx, SOURCE, 'us-east-1').snapshots.values(), (s) => s.snapshot.TagList)[0]!.snapshot.DBSnapshotIdentifier!;
    const cluster = own(rdsRegion(sim!.ctx, SOURCE, 'us-east-1').clusterSnapshots.values(), (s) => s.snapshot.TagList)[0]!.snapshot.DBClusterSnapshotIdentifier!;
    const ec2 = clients.source.ec2('us-east-1');
    const rds = clients.source.rds('us-east-1');
    await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: ebs, Attribute: 'createVolumePermission', CreateVolumePermission: { Add: [{ UserId: VAULT }] } }));
    await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: db, AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    await rds.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: cluster, AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    // A snapshot the tool did not make, shared on purpose by someone: never touched.
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'by-hand' }));
    sim!.advance(1000);
    await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'by-hand', AttributeName: 'restore', ValuesToAdd: [VAULT] }));

    const { planned, results } = await run(cfg, clients);
    const unshares = planned.plan.actions.filter((a) => a.id.includes('/unshare/'));
    expect(unshares.map((a) => a.details?.snapshot).sort()).toEqual([cluster, db, ebs].sort());
    expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
    const idOf = ({ snapshot }: { snapshot: object }) => {
      const s = snapshot as Record<string, unknown>;
      return s.SnapshotId ?? s.DBSnapshotIdentifier ?? s.DBClusterSnapshotIdentifier;
    };
    expect(openShares().map(idOf)).toEqual(['by-hand']);
    // The RDS shares were listed by the vault role, the side RDS shows them to.
    const listed = [...calls('DescribeDBSnapshots'), ...calls('DescribeDBClusterSnapshots')].filter((l) => (l.params as { SnapshotType?: string }).SnapshotType === 'shared');
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(listed.every((l) => l.account === VAULT && l.region === 'us-east-1')).toBe(true);
  });

  it('when the vault role cannot list what is shared with it, the plan says so and unshares no DB snapshot; the rest goes on', async () => {
    const denied = { code: 'AccessDenied', status: 403, message: 'not authorized to perform rds:DescribeDBSnapshots' };
    const clients = await start([{ service: 'rds', account: VAULT, match: (req) => req.body.toString().includes('SnapshotType=shared'), kind: denied, times: Infinity }]);
    const cfg = parseConfig(CONFIG, 'aws-backup.yml');
    await run(cfg, clients);
    const db = [...rdsRegion(sim!.ctx, SOURCE, 'us-east-1').snapshots.values()].find((s) => isToolOwned(tagsOf(s.snapshot.TagList)))!.snapshot.DBSnapshotIdentifier!;
    await clients.source.rds('us-east-1').send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: db, AttributeName: 'restore', ValuesToAdd: [VAULT] }));

    const { planned, results } = await run(cfg, clients);
    expect(planned.plan.warnings.filter((w) => w.item === 'RDS shares with the vault in us-east-1').map((w) => w.message)).toEqual([
      expect.stringMatching(/^cannot list them with the vault role: .*AccessDenied.*; a share left open by an earlier run is removed by a later one$/),
    ]);
    expect(planned.plan.actions.filter((a) => a.id.includes('/unshare/'))).toEqual([]);
    expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
    expect(rdsRegion(sim!.ctx, SOURCE, 'us-east-1').snapshots.get(db)!.sharedWith).toEqual(new Set([VAULT]));
  });

  it('a plan without the vault plan role reads nothing in the vault, says so, and still names the sources that cannot go there', async () => {
    await start();
    const cfg = parseConfig(CONFIG, 'aws-backup.yml');
    const planned = await planSnapshots({ config: cfg, accounts: resolveAccounts(cfg), clientsFor: () => open[0]!, now: new Date(sim!.ctx.now()), log: () => undefined, vault: { config: cfg.vault!, clients: undefined } });
    expect(sim!.ctx.log.filter((l) => l.account === VAULT)).toEqual([]);
    expect(planned.plan.warnings.filter((w) => w.item === `vault ${VAULT}`).map((w) => w.message)).toEqual([expect.stringMatching(/^not read by this plan/)]);
    expect(planned.plan.errors.map((e) => e.item).sort()).toEqual(['EBS volume us-east-1/vol-0a000000000000003', 'EBS volume us-east-1/vol-0a000000000000004']);
    // The source side is planned as usual; nothing is copied into, kept or deleted in the vault.
    expect(planned.plan.actions.filter((a) => a.kind === 'snapshot')).toHaveLength(6);
    expect(planned.plan.actions.filter((a) => a.kind !== 'snapshot')).toEqual([]);
  });

  it('after 40 daily runs the vault holds exactly its retention set, deletes done by the vault role, never of a locked copy', async () => {
    const clients = await start();
    const cfg = parseConfig(CONFIG, 'aws-backup.yml');
    const taken = new Map<string, number[]>();
    for (let day = 0; day <= 40; day += 1) {
      if (day > 0) sim!.advance(DAY);
      const { results } = await run(cfg, clients);
      expect(results.filter((r) => r.status !== 'applied'), `day ${day}`).toEqual([]);
      for (const s of vaultEbs()) {
        const volume = tagsOf(s.snapshot.Tags)[TAG.source]!;
        const at = Date.parse(tagsOf(s.snapshot.Tags)[TAG.takenAt]!);
        if (!taken.get(volume)?.includes(at)) taken.set(volume, [...(taken.get(volume) ?? []), at]);
      }
      expect(openShares(), `day ${day}`).toEqual([]);
    }
    // Every delete in the vault came from the vault account, and none was refused for a lock.
    // (The source account's own retention deletes in us-east-1; the vault's copies are in eu-west-1.)
    const vaultDeletes = [...calls('DeleteSnapshot'), ...calls('DeleteDBSnapshot')].filter((l) => l.region === 'eu-west-1');
    expect(vaultDeletes.length).toBeGreaterThan(0);
    expect(vaultDeletes.every((l) => l.account === VAULT)).toBe(true);
    const now = sim!.ctx.now();
    for (const [volume, times] of taken) {
      const expected = planRetention({ rules: { daily: 7, weekly: 4 }, now, keepNewestCompleted: true, items: times.map((t) => ({ id: String(t), takenAt: t, state: 'completed', owned: true })) })
        .filter((d) => d.action === 'keep')
        .map((d) => Number(d.id))
        .sort();
      const left = vaultEbs()
        .filter((s) => tagsOf(s.snapshot.Tags)[TAG.source] === volume)
        .map((s) => Date.parse(tagsOf(s.snapshot.Tags)[TAG.takenAt]!))
        .sort();
      expect(left, volume).toEqual(expected);
      expect(left.length).toBeGreaterThan(7);
      // Everything kept is locked until retention may delete it.
      for (const s of vaultEbs().filter((x) => tagsOf(x.snapshot.Tags)[TAG.source] === volume)) expect(s.lock && s.lock.expiresOn > now).toBe(true);
    }
    const dbCopies = [...rdsRegion(sim!.ctx, VAULT, 'eu-west-1').snapshots.values()].filter((s) => s.snapshot.SnapshotType === 'manual');
    expect(dbCopies).toHaveLength(5);
  }, 240_000);
});
