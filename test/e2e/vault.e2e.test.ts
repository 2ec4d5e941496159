/**
 * End to end through the bundled action: a source account and a vault account in one
 * simulated AWS. The action assumes the vault role itself; the first run snapshots, the next
 * shares each snapshot with the vault, copies it there (re-encrypted, tagged, locked) and
 * takes the share back; an immediate re-run does nothing. The source's credentials can then
 * neither delete nor re-tag anything in the vault, and a locked copy refuses the vault too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { CreateTagsCommand, DeleteSnapshotCommand, DeleteTagsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { AddTagsToResourceCommand, DeleteDBClusterSnapshotCommand, DeleteDBSnapshotCommand, RDSClient } from '@aws-sdk/client-rds';
import { startSim, type Sim } from '../sim/server.js';
import { ec2Region, lockState } from '../sim/ec2-state.js';
import { rdsRegion } from '../sim/rds-state.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';
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
  wait-minutes: 0
  policies:
    - name: vault-ebs
      resources: { type: ebs-volume, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1, retention: { daily: 7, weekly: 4 }, lock: { mode: compliance } }]
    - name: vault-db
      resources: { type: rds-instance, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: eu-west-1 }]
    - name: vault-cluster
      resources: { type: rds-cluster, tags: { backup: vault } }
      retention: { daily: 3 }
      copies: [{ account: vault, region: us-east-1 }]
`;
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};

describe('snapshot copies into a vault account through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;
  beforeEach(async () => {
    sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml'], serviceOptions: FAST, clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterEach(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const run = () => runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(SOURCE), env: { GITHUB_EVENT_NAME: 'schedule' } });
  const shares = () => [
    ...[...ec2Region(sim.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => s.sharedWith?.size),
    ...[...rdsRegion(sim.ctx, SOURCE, 'us-east-1').snapshots.values()].filter((s) => s.sharedWith?.size),
    ...[...rdsRegion(sim.ctx, SOURCE, 'us-east-1').clusterSnapshots.values()].filter((s) => s.sharedWith?.size),
  ];

  it('snapshots, shares, copies into the vault (re-encrypted, tagged, locked), unshares; a re-run does nothing; the source cannot touch the vault', async () => {
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const second = await run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const copied = second.report.sections.flatMap((s: { actions: { kind: string; target: string }[] }) => s.actions).filter((a: { kind: string }) => a.kind === 'copy');
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

    const third = await run();
    expect(third.code, third.stdout + third.stderr).toBe(0);
    const kinds = third.report.sections.flatMap((s: { actions: { kind: string }[] }) => s.actions.map((a) => a.kind));
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
});
