/**
 * End to end through the bundled action: a source account and a vault account. A run copies
 * a volume and a database into the vault; a volume and a database are restored from those
 * vault copies back into the source account (plan first, then apply), and a drill over the
 * vault copies runs. Afterwards both accounts are read from the simulator: the restored
 * resources exist, and no scratch resource, temporary copy or share is left.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { startSim, type Sim } from '../sim/server.js';
import { ec2Region } from '../sim/ec2-state.js';
import { rdsRegion } from '../sim/rds-state.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';
import { tagRecord } from '../../src/snapshots/tags.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const VAULT_KEY = '7c7c7c7c-2222-4222-8222-222222222222';
const VOLUME = 'vol-0a000000000000001';
const copies = 'copies: [{ account: vault, region: us-east-1, retention: { daily: 7 } }]';
const CONFIG = `version: 1
regions: [us-east-1]
accounts: [{ name: prod, id: "${SOURCE}" }]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { us-east-1: alias/vault-backup }
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
snapshots:
  wait-minutes: 1
  policies:
    - { name: vault-ebs, resources: { type: ebs-volume, ids: [${VOLUME}] }, retention: { daily: 3 }, ${copies} }
    - { name: vault-db, resources: { type: rds-instance, ids: [orders-db] }, retention: { daily: 3 }, ${copies} }
`;
const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};

describe('restores and a drill from vault copies through the bundled action', () => {
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

  const action = (inputs: Record<string, string>) => runAction({ workspace: ws, inputs, awsEnv: sim.env(SOURCE), env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });

  /** The vault key lets the source account use it (docs/vault.md, "Restoring from the vault"). */
  function grantVaultKey(): void {
    const kms = sim.ctx.state.accounts[VAULT]!.services['kms'] as { regions: Record<string, { policies: Map<string, string> }> };
    const own = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VAULT}:root` }, Action: 'kms:*', Resource: '*' };
    const restore = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['kms:DescribeKey', 'kms:CreateGrant', 'kms:Decrypt'], Resource: '*' };
    kms.regions['us-east-1']!.policies.set(VAULT_KEY, JSON.stringify({ Version: '2012-10-17', Statement: [own, restore] }));
  }

  /** Shares, temporary copies and scratch resources in either account. */
  function leftovers(): string[] {
    const out: string[] = [];
    for (const account of [SOURCE, VAULT]) {
      const ec2 = ec2Region(sim.ctx, account, 'us-east-1');
      const rds = rdsRegion(sim.ctx, account, 'us-east-1');
      for (const s of ec2.snapshots.values()) if (s.sharedWith?.size) out.push(`${account} shared ${s.snapshot.SnapshotId}`);
      for (const s of rds.snapshots.values()) {
        if (s.sharedWith?.size) out.push(`${account} shared ${s.snapshot.DBSnapshotIdentifier}`);
        if (s.snapshot.DBSnapshotIdentifier!.startsWith('vault-restore-')) out.push(`${account} copy ${s.snapshot.DBSnapshotIdentifier}`);
      }
      for (const v of ec2.volumes.values()) if (v.volume.State !== 'deleted' && tagRecord(v.volume.Tags)['aws-backup-gitops:drill']) out.push(`${account} scratch ${v.volume.VolumeId}`);
      for (const i of rds.instances.values()) if (i.instance.DBInstanceIdentifier!.startsWith('drill-')) out.push(`${account} scratch ${i.instance.DBInstanceIdentifier}`);
    }
    return out;
  }

  it('restores a volume and a database from the vault into the source account, and a drill over the vault copies leaves nothing behind', async () => {
    const run = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(SOURCE), env: { GITHUB_EVENT_NAME: 'schedule' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    grantVaultKey();

    const db = { command: 'restore', 'restore-kind': 'rds-instance', 'restore-source': 'latest:orders-db', 'restore-target': 'orders-back', 'restore-account': 'prod', 'restore-options': 'from=vault kms-key=alias/backup-granted' };
    const planned = await action(db);
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    expect(planned.report.dryRun).toBe(true);
    expect(planned.summary).toContain('vault-restore-orders-back');
    expect(rdsRegion(sim.ctx, SOURCE, 'us-east-1').instances.has('orders-back')).toBe(false);
    const restored = await action({ ...db, apply: 'true' });
    expect(restored.code, restored.stdout + restored.stderr).toBe(0);
    expect(rdsRegion(sim.ctx, SOURCE, 'us-east-1').instances.get('orders-back')!.instance.DBInstanceStatus).toBe('available');

    const volume = { command: 'restore', 'restore-kind': 'ebs-volume', 'restore-source': `latest:${VOLUME}`, 'restore-target': 'app-data-back', 'restore-account': 'prod', 'restore-options': 'from=vault availability-zone=us-east-1b', apply: 'true' };
    const back = await action(volume);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    const volumes = [...ec2Region(sim.ctx, SOURCE, 'us-east-1').volumes.values()].map((v) => v.volume).filter((v) => tagRecord(v.Tags).Name === 'app-data-back');
    expect(volumes.map((v) => [v.State, tagRecord(v.Tags)['aws-backup-gitops:restored-from-vault']])).toEqual([['available', VAULT]]);
    expect(leftovers()).toEqual([]);

    const drill = await runAction({ workspace: ws, inputs: { command: 'drill' }, awsEnv: sim.env(SOURCE), env: { GITHUB_EVENT_NAME: 'schedule' } });
    expect(drill.code, drill.stdout + drill.stderr).toBe(0);
    const targets = drill.report.sections.flatMap((s: any) => s.actions).map((a: any) => a.target as string);
    expect(targets.filter((t: string) => t.includes('← vault copy'))).toHaveLength(2);
    expect(drill.report.counts.failed ?? 0).toBe(0);
    expect(leftovers()).toEqual([]);
  }, 120_000);
});
