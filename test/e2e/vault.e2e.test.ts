/**
 * End to end through the bundled action: a source account and a vault account in one
 * simulated AWS. The action assumes the vault role itself; the first run snapshots, shares
 * each snapshot with the vault, copies it there (re-encrypted, tagged, locked) and takes the
 * share back; an immediate re-run does nothing. The source's credentials can then neither
 * delete nor re-tag anything in the vault, and a locked copy refuses the vault too. Then 40
 * simulated days of scheduled runs (the action's clock moved with the simulator's): the vault
 * holds exactly its retention set, and no locked copy was ever deleted or refused a delete.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { CreateTagsCommand, DeleteSnapshotCommand, DeleteTagsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { AddTagsToResourceCommand, DeleteDBClusterSnapshotCommand, DeleteDBSnapshotCommand, RDSClient } from '@aws-sdk/client-rds';
import { startSim, type Sim } from '../sim/server.js';
import { ec2Region, lockState } from '../sim/ec2-state.js';
import { rdsRegion } from '../sim/rds-state.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planRetention } from '../../src/snapshots/retention.js';
import { TAG } from '../../src/snapshots/tags.js';
import { createWorkspace, PROJECT_ROOT, runAction, type Workspace } from '../support/action.js';
import { rejection } from '../support/rejection.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const CONFIG = `version: 1
regions: [us-east-1]
accounts: [{ name: prod, id: "${SOURCE}" }]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { us-east-1: alias/vault-backup, eu-west-1: alias/vault-backup }
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
snapshots:
  wait-minutes: 1
  policies:
    - name: vault-ebs
      resources: { type: ebs-volume, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1, retention: { daily: 7, weekly: 4 }, lock: { mode: compliance } }]
    - name: vault-db
      resources: { type: rds-instance, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1, retention: { daily: 5 } }]
    - name: vault-cluster
      resources: { type: rds-cluster, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: us-east-1 }]
`;
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};

const DAY = 86_400_000;
const DAYS = 40;
const SHIFTED_CLOCK = pathToFileURL(join(PROJECT_ROOT, 'test/support/shifted-clock.mjs')).href;
const tagsOf = (list: { Key?: string; Value?: string }[] | undefined) => Object.fromEntries((list ?? []).map((t) => [t.Key, t.Value]));

describe('snapshot copies into a vault account through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;
  beforeEach(async () => {
    sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml'], serviceOptions: FAST, clock: { start: Date.now() } });
  });
  afterEach(async () => {
    await sim.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
  });

  /** A scheduled run of the action, its clock `offsetMs` ahead like the simulator's. */
  const run = (offsetMs = 0) =>
    runAction({
      workspace: ws,
      inputs: { command: 'run' },
      awsEnv: sim.env(SOURCE),
      env: { GITHUB_EVENT_NAME: 'schedule', ABG_TEST_CLOCK_OFFSET_MS: String(offsetMs) },
      nodeArgs: ['--import', SHIFTED_CLOCK],
    });
  const vaultEbs = () => [...ec2Region(sim.ctx, VAULT, 'eu-west-1').snapshots.values()];
  const shares = () => [
    ...[...ec2Region(sim.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => s.sharedWith?.size),
    ...[...rdsRegion(sim.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => s.sharedWith?.size),
    ...[...rdsRegion(sim.ctx, SOURCE, 'us-east-1').clusterSnapshots.values()].filter((s) => s.sharedWith?.size),
  ];

  it('snapshots, shares, copies into the vault (re-encrypted, tagged, locked), unshares; a re-run does nothing; the source cannot touch the vault', async () => {
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const copied = first.report.sections.flatMap((s: { actions: { kind: string; target: string }[] }) => s.actions).filter((a: { kind: string }) => a.kind === 'copy');
    expect(copied.map((a: { target: string }) => a.target).sort()).toEqual([
      'us-east-1/inventory → vault 222222222222/us-east-1',
      'us-east-1/orders-db → vault 222222222222/eu-west-1',
      'us-east-1/vol-0a000000000000001 → vault 222222222222/eu-west-1',
      'us-east-1/vol-0a000000000000002 → vault 222222222222/eu-west-1',
    ]);
    // The copies were made by the vault through its role (AssumeRole), and no share is left.
    expect(sim.ctx.log.some((l) => l.operation === 'AssumeRole' && (l.params as { roleArn: string }).roleArn.includes(VAULT))).toBe(true);
    expect(shares()).toEqual([]);
    const ebs = [...ec2Region(sim.ctx, VAULT, 'eu-west-1').snapshots.values()];
    expect(ebs).toHaveLength(2);
    for (const s of ebs) {
      expect(s.snapshot.KmsKeyId).toBe(`arn:aws:kms:eu-west-1:${VAULT}:key/8d8d8d8d-2222-4222-8222-222222222222`);
      expect(s.snapshot.Tags).toEqual(expect.arrayContaining([{ Key: 'aws-backup-gitops:source-account', Value: 'prod' }, { Key: 'aws-backup-gitops:policy', Value: 'vault-ebs' }]));
      expect(lockState(s.lock!, sim.ctx.now())).toBe('compliance');
    }
    const db = [...rdsRegion(sim.ctx, VAULT, 'eu-west-1').snapshots.values()][0]!.snapshot;
    const cluster = [...rdsRegion(sim.ctx, VAULT, 'us-east-1').clusterSnapshots.values()][0]!.snapshot;

    const second = await run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const kinds = second.report.sections.flatMap((s: { actions: { kind: string }[] }) => s.actions.map((a) => a.kind));
    expect(kinds).toEqual([]);

    // With the source account's credentials, every delete and tag change in the vault is refused.
    const creds = sim.credentialsFor(SOURCE);
    const ec2 = new EC2Client({ endpoint: sim.url, region: 'eu-west-1', credentials: creds, maxAttempts: 1 });
    const rdsEu = new RDSClient({ endpoint: sim.url, region: 'eu-west-1', credentials: creds, maxAttempts: 1 });
    const rdsUs = new RDSClient({ endpoint: sim.url, region: 'us-east-1', credentials: creds, maxAttempts: 1 });
    for (const attempt of [
      ...ebs.map((s) => ec2.send(new DeleteSnapshotCommand({ SnapshotId: s.snapshot.SnapshotId! }))),
      ...ebs.map((s) => ec2.send(new CreateTagsCommand({ Resources: [s.snapshot.SnapshotId!], Tags: [{ Key: 'aws-backup-gitops:policy', Value: 'gone' }] }))),
      ...ebs.map((s) => ec2.send(new DeleteTagsCommand({ Resources: [s.snapshot.SnapshotId!] }))),
      rdsEu.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: db.DBSnapshotArn! })),
      rdsEu.send(new AddTagsToResourceCommand({ ResourceName: db.DBSnapshotArn!, Tags: [{ Key: 'a', Value: 'b' }] })),
      rdsUs.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: cluster.DBClusterSnapshotArn! })),
      rdsUs.send(new AddTagsToResourceCommand({ ResourceName: cluster.DBClusterSnapshotArn!, Tags: [{ Key: 'a', Value: 'b' }] })),
    ]) {
      const refused = await rejection(attempt);
      expect(refused.status).toBeGreaterThanOrEqual(400);
    }
    // The vault itself cannot delete a locked copy either.
    const vaultEc2 = new EC2Client({ endpoint: sim.url, region: 'eu-west-1', credentials: sim.credentialsFor(VAULT), maxAttempts: 1 });
    expect((await rejection(vaultEc2.send(new DeleteSnapshotCommand({ SnapshotId: ebs[0]!.snapshot.SnapshotId! })))).name).toBe('SnapshotLocked');
    expect([...ec2Region(sim.ctx, VAULT, 'eu-west-1').snapshots.values()]).toHaveLength(2);
    for (const c of [ec2, rdsEu, rdsUs, vaultEc2]) c.destroy();
  });

  it('40 simulated days of scheduled runs: the vault holds exactly its retention set; no locked copy was ever deleted', async () => {
    // The daily schedule does not wait for today's snapshot (wait-minutes: 0): each run copies
    // the newest completed snapshot the vault lacks — yesterday's — as the first run of a day would.
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG.replace('wait-minutes: 1', 'wait-minutes: 0') });
    const lockedDeletes: string[] = [];
    const taken = new Map<string, Set<number>>();
    const deleted = new Set<string>();
    for (let day = 0; day <= DAYS; day += 1) {
      if (day > 0) sim.advance(DAY);
      // Each vault copy's lock as it stands before the run: a delete of one still locked would be the bug.
      const locks = new Map(vaultEbs().map((s) => [s.snapshot.SnapshotId!, s.lock]));
      const from = sim.ctx.log.length;
      const result = await run(day * DAY);
      expect(result.code, `day ${day}: ${result.stdout}${result.stderr}`).toBe(0);
      expect(result.report.failures, `day ${day}`).toEqual([]);
      for (const l of sim.ctx.log.slice(from)) {
        if (l.account !== VAULT || l.operation !== 'DeleteSnapshot') continue;
        const id = (l.params as { SnapshotId: string }).SnapshotId;
        const lock = locks.get(id);
        if (lock && lockState(lock, sim.ctx.now()) !== 'expired') lockedDeletes.push(`day ${day}: ${id} (${lockState(lock, sim.ctx.now())})`);
        deleted.add(id);
      }
      for (const s of vaultEbs()) {
        const tags = tagsOf(s.snapshot.Tags);
        taken.set(tags[TAG.source]!, (taken.get(tags[TAG.source]!) ?? new Set()).add(Date.parse(tags[TAG.takenAt]!)));
      }
      expect(shares(), `day ${day}: shares left open`).toEqual([]);
    }
    expect(lockedDeletes).toEqual([]);
    // Retention did delete in the vault, and every delete went through (none refused for a lock).
    expect(deleted.size).toBeGreaterThan(0);
    for (const id of deleted) expect(ec2Region(sim.ctx, VAULT, 'eu-west-1').snapshots.has(id), id).toBe(false);

    // Exactly the retention set: per volume, what the vault rules keep of every copy it ever held.
    const now = sim.ctx.now();
    expect([...taken.keys()].sort()).toEqual(['vol-0a000000000000001', 'vol-0a000000000000002']);
    for (const [volume, times] of taken) {
      const keep = planRetention({ rules: { daily: 7, weekly: 4 }, now, keepNewestCompleted: true, items: [...times].map((t) => ({ id: String(t), takenAt: t, state: 'completed', owned: true })) })
        .filter((d) => d.action === 'keep')
        .map((d) => Number(d.id))
        .sort();
      const left = vaultEbs().filter((s) => tagsOf(s.snapshot.Tags)[TAG.source] === volume);
      expect(left.map((s) => Date.parse(tagsOf(s.snapshot.Tags)[TAG.takenAt]!)).sort(), volume).toEqual(keep);
      expect(keep.length).toBeGreaterThan(7); // weeklies beyond the dailies
      // Everything kept is still locked until retention may delete it.
      for (const s of left) expect(s.lock && lockState(s.lock, now), s.snapshot.SnapshotId).toBe('compliance');
    }
    const manual = <T extends { snapshot: { SnapshotType?: string } }>(list: Iterable<T>) => [...list].filter((s) => s.snapshot.SnapshotType === 'manual');
    expect(manual(rdsRegion(sim.ctx, VAULT, 'eu-west-1').snapshots.values())).toHaveLength(5);
    expect(manual(rdsRegion(sim.ctx, VAULT, 'us-east-1').clusterSnapshots.values())).toHaveLength(3);
  }, 300_000); // 41 runs of the action: about a minute on a quiet machine
});
