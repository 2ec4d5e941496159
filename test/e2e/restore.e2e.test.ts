/**
 * End to end: restores from workflow_dispatch through the bundled action — plan first (no
 * change), then apply — and a drill that leaves nothing behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';

const CONFIG = `version: 1
regions: [us-east-1]
dr-region: us-west-2
export:
  load-balancers: { enabled: false }
snapshots:
  wait-minutes: 1
  policies:
    - name: daily-ebs
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7 }
      copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
`;

const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};

describe('restores through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;

  beforeEach(async () => {
    sim = await startSim({
      fixtures: ['test/fixtures/sample-route53.yaml', 'test/fixtures/sample-snapshots.yaml'],
      serviceOptions: FAST,
      clock: { start: Date.now() },
    });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterEach(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const action = (inputs: Record<string, string>) =>
    runAction({ workspace: ws, inputs, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });

  it('restores a damaged zone from its export: plan first, then apply, then the export matches again', async () => {
    expect((await action({ command: 'run' })).code).toBe(0);
    const zoneFile = join(ws.repo, 'exports/default/route53/zones/example.com.yaml');
    const exported = await readFile(zoneFile, 'utf8');
    const route53 = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: 'Z01EXAMPLEPUBLIC',
        ChangeBatch: {
          Changes: [
            { Action: 'CREATE', ResourceRecordSet: { Name: 'stray.example.com.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.66' }] } },
          ],
        },
      }),
    );
    route53.destroy();

    const inputs = { command: 'restore', 'restore-kind': 'route53-zone', 'restore-source': 'example.com.', 'restore-options': 'private=false' };
    const plan = await action(inputs);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.report.dryRun).toBe(true);
    expect(plan.summary).toContain('stray.example.com.');
    expect(plan.report.sections.flatMap((s: any) => s.actions).map((a: any) => a.kind)).toEqual(['delete']);

    const applied = await action({ ...inputs, apply: 'true' });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.report.counts.applied).toBeGreaterThan(0);

    const again = await action({ command: 'export' });
    expect(again.code).toBe(0);
    expect(again.outputs.changed).toBe('false');
    expect(await readFile(zoneFile, 'utf8')).toBe(exported);
  });

  it('refuses an unknown snapshot with one clear error before anything changes', async () => {
    const run = await action({
      command: 'restore',
      'restore-kind': 'ebs-volume',
      'restore-source': 'snap-0000000000000dead',
      'restore-options': 'availability-zone=us-east-1a',
      apply: 'true',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*snap-0000000000000dead/);
    expect(Object.keys(sim.stats.calls).filter((k) => /CreateVolume|Restore/.test(k))).toEqual([]);
  });

  it('restores the newest DR copy of a volume in the DR region, then a drill leaves nothing behind', async () => {
    expect((await action({ command: 'run' })).code).toBe(0);
    const restore = await action({
      command: 'restore',
      'restore-kind': 'ebs-volume',
      'restore-source': 'latest:vol-0a1b2c3d4e5f60002',
      'restore-region': 'us-west-2',
      'restore-options': 'availability-zone=us-west-2a',
      apply: 'true',
    });
    expect(restore.code, restore.stdout + restore.stderr).toBe(0);
    const ec2 = new EC2Client({ region: 'us-west-2', endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });
    const volumes = (await ec2.send(new DescribeVolumesCommand({}))).Volumes ?? [];
    expect(volumes.filter((v) => v.AvailabilityZone === 'us-west-2a' && v.SnapshotId)).toHaveLength(1);
    ec2.destroy();

    const east = new EC2Client({ region: 'us-east-1', endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });
    const before = ((await east.send(new DescribeVolumesCommand({}))).Volumes ?? []).map((v) => v.VolumeId).sort();
    const drill = await action({ command: 'drill' });
    expect(drill.code, drill.stdout + drill.stderr).toBe(0);
    expect(drill.summary).toMatch(/rtoSeconds|recovery/i);
    const after = ((await east.send(new DescribeVolumesCommand({}))).Volumes ?? []).map((v) => v.VolumeId).sort();
    expect(after).toEqual(before);
    east.destroy();
  });

  it('restores an Aurora cluster to a point in time with its members, and refuses one in the DR region naming the snapshot copy', async () => {
    const at = new Date(sim.ctx.now() - 2 * 86_400_000).toISOString();
    const inputs = { command: 'restore', 'restore-kind': 'rds-cluster', 'restore-source': 'inventory', 'restore-point-in-time': at, 'restore-target': 'inventory-pitr' };
    const plan = await action(inputs);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.report.dryRun).toBe(true);
    expect(plan.report.sections.flatMap((s: any) => s.actions).map((a: any) => a.kind)).toEqual(['restore', 'create', 'create']);
    expect(Object.keys(sim.stats.calls).filter((k) => /RestoreDBCluster|CreateDBInstance/.test(k))).toEqual([]);

    const applied = await action({ ...inputs, apply: 'true' });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const rds = new RDSClient({ region: 'us-east-1', endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });
    const cluster = (await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'inventory-pitr' }))).DBClusters![0]!;
    expect(cluster).toMatchObject({ Status: 'available', Engine: 'aurora-postgresql', DBSubnetGroup: 'app-db' });
    const members = (await rds.send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: ['inventory-pitr'] }] }))).DBInstances!;
    expect(members.map((m) => [m.DBInstanceIdentifier, m.DBInstanceClass]).sort()).toEqual([
      ['inventory-pitr-1', 'db.r6g.large'],
      ['inventory-pitr-2', 'db.r6g.large'],
    ]);
    rds.destroy();

    const dr = await action({ ...inputs, 'restore-region': 'us-west-2', 'restore-target': 'inventory-dr', apply: 'true' });
    expect(dr.code).toBe(1);
    expect(dr.stdout).toMatch(/::error::.*only in its own region.*source latest:inventory, region us-west-2, no pointInTime/);
  });
});
