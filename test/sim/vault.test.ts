/**
 * Several accounts in one simulated AWS, through the real SDK clients: EBS and RDS snapshot
 * sharing (and the receiving account's listing of what is shared with it), cross-account copies, KMS key policies (a key must grant the other account), AWS
 * managed keys that cannot be shared, EBS snapshot locks, and the refusals an account meets
 * when it reaches for another account's snapshots.
 */
import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  CreateTagsCommand,
  CreateVolumeCommand,
  DeleteSnapshotCommand,
  DescribeLockedSnapshotsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  LockSnapshotCommand,
  ModifySnapshotAttributeCommand,
  UnlockSnapshotCommand,
} from '@aws-sdk/client-ec2';
import { GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms';
import {
  AddTagsToResourceCommand,
  CopyDBClusterSnapshotCommand,
  CopyDBSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DeleteDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeCommand,
  RDSClient,
  RestoreDBInstanceFromDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type Sim } from './server.js';
import { rejection } from '../support/rejection.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const FAST = {
  ec2: { snapshotBaseMs: 1000, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 100 },
  rds: { snapshotBaseMs: 1000, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 100, deleteMs: 100 },
};
const DAY = 86_400_000;

let sim: Sim;
beforeEach(async () => {
  sim = await startSim({ fixtures: ['test/fixtures/vault-accounts.yaml'], serviceOptions: FAST, clock: { frozen: true } });
});
afterEach(async () => sim.close());

const ec2 = (account: string, region = 'us-east-1') => new EC2Client({ endpoint: sim.url, region, credentials: sim.credentialsFor(account), maxAttempts: 1 });
const rds = (account: string, region = 'us-east-1') => new RDSClient({ endpoint: sim.url, region, credentials: sim.credentialsFor(account), maxAttempts: 1 });

async function snapshotOf(volume: string): Promise<string> {
  const { SnapshotId } = await ec2(SOURCE).send(new CreateSnapshotCommand({ VolumeId: volume }));
  sim.advance(2000);
  return SnapshotId!;
}

const share = (id: string, op: 'add' | 'remove' = 'add') =>
  ec2(SOURCE).send(new ModifySnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission', CreateVolumePermission: { [op === 'add' ? 'Add' : 'Remove']: [{ UserId: VAULT }] } }));

const copyIntoVault = (id: string, region = 'eu-west-1') =>
  ec2(VAULT, region).send(new CopySnapshotCommand({ SourceRegion: 'us-east-1', SourceSnapshotId: id, Encrypted: true, KmsKeyId: 'alias/vault-backup' }));

async function stateOf(account: string, region: string, id: string): Promise<string | undefined> {
  const out = await ec2(account, region).send(new DescribeSnapshotsCommand({ SnapshotIds: [id] }));
  return out.Snapshots?.[0]?.State;
}

describe('EBS snapshots across accounts', () => {
  it('a shared snapshot is visible and copyable from the vault, re-encrypted with its key; unshared it is neither', async () => {
    const id = await snapshotOf('vol-0a000000000000001');
    expect((await rejection(copyIntoVault(id))).name).toBe('InvalidSnapshot.NotFound');
    expect((await ec2(VAULT).send(new DescribeSnapshotsCommand({ OwnerIds: [SOURCE] }))).Snapshots).toEqual([]);

    await share(id);
    const attr = await ec2(SOURCE).send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' }));
    expect(attr.CreateVolumePermissions).toEqual([{ UserId: VAULT }]);
    const visible = await ec2(VAULT).send(new DescribeSnapshotsCommand({ OwnerIds: [SOURCE] }));
    expect(visible.Snapshots?.map((s) => s.SnapshotId)).toEqual([id]);

    const { SnapshotId: copy } = await copyIntoVault(id);
    sim.advance(5000);
    const out = await ec2(VAULT, 'eu-west-1').send(new DescribeSnapshotsCommand({ SnapshotIds: [copy!] }));
    expect(out.Snapshots?.[0]).toMatchObject({ State: 'completed', OwnerId: VAULT, Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:222222222222:key/8d8d8d8d-2222-4222-8222-222222222222' });

    await share(id, 'remove');
    expect((await rejection(copyIntoVault(id))).name).toBe('InvalidSnapshot.NotFound');
  });

  it('refuses to share a snapshot under the AWS managed key, with the AWS error', async () => {
    const id = await snapshotOf('vol-0a000000000000003');
    const refused = await rejection(share(id));
    expect(refused.name).toBe('InvalidParameter');
    expect(refused.message).toMatch(/AWS Managed CMK can't be shared/);
  });

  it('a copy of a snapshot whose key policy does not grant the vault fails; the granted key is in the policy GetKeyPolicy returns', async () => {
    const id = await snapshotOf('vol-0a000000000000004');
    await share(id);
    const { SnapshotId: copy } = await copyIntoVault(id);
    sim.advance(5000);
    expect(await stateOf(VAULT, 'eu-west-1', copy!)).toBe('error');
    const policy = await new KMSClient({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(SOURCE), maxAttempts: 1 }).send(
      new GetKeyPolicyCommand({ KeyId: '5a5a5a5a-1111-4111-8111-111111111111', PolicyName: 'default' }),
    );
    expect(policy.Policy).toContain('arn:aws:iam::222222222222:root');
  });

  it('the source account can neither delete nor tag a vault snapshot; a locked snapshot refuses deletion even to its owner', async () => {
    const id = await snapshotOf('vol-0a000000000000002');
    await share(id);
    const { SnapshotId: copy } = await copyIntoVault(id, 'us-east-1');
    sim.advance(5000);
    for (const call of [
      ec2(SOURCE).send(new DeleteSnapshotCommand({ SnapshotId: copy! })),
      ec2(SOURCE).send(new CreateTagsCommand({ Resources: [copy!], Tags: [{ Key: 'aws-backup-gitops:policy', Value: 'x' }] })),
      ec2(SOURCE).send(new LockSnapshotCommand({ SnapshotId: copy!, LockMode: 'governance', LockDuration: 1 })),
    ]) {
      expect((await rejection(call)).name).toBe('InvalidSnapshot.NotFound');
    }

    const locked = await ec2(VAULT).send(new LockSnapshotCommand({ SnapshotId: copy!, LockMode: 'compliance', CoolOffPeriod: 1, LockDuration: 7 }));
    expect(locked.LockState).toBe('compliance-cooloff');
    const refused = await rejection(ec2(VAULT).send(new DeleteSnapshotCommand({ SnapshotId: copy! })));
    expect(refused.name).toBe('SnapshotLocked');
    sim.advance(2 * 3600_000);
    const described = await ec2(VAULT).send(new DescribeLockedSnapshotsCommand({ SnapshotIds: [copy!] }));
    expect(described.Snapshots?.[0]).toMatchObject({ SnapshotId: copy, LockState: 'compliance', LockDuration: 7 });
    expect((await rejection(ec2(VAULT).send(new UnlockSnapshotCommand({ SnapshotId: copy! })))).name).toBe('IncorrectState');
    // After the cooling-off period a compliance lock can only grow.
    expect((await rejection(ec2(VAULT).send(new LockSnapshotCommand({ SnapshotId: copy!, LockMode: 'compliance', LockDuration: 1 })))).name).toBe('InvalidParameterValue');
    sim.advance(7 * DAY);
    expect((await ec2(VAULT).send(new DescribeLockedSnapshotsCommand({ SnapshotIds: [copy!] }))).Snapshots?.[0]?.LockState).toBe('expired');
    await ec2(VAULT).send(new DeleteSnapshotCommand({ SnapshotId: copy! }));
  });

  it('a governance lock can be lifted; a volume can be created from a vault snapshot shared back to the source', async () => {
    const id = await snapshotOf('vol-0a000000000000001');
    await share(id);
    const { SnapshotId: copy } = await copyIntoVault(id, 'us-east-1');
    sim.advance(5000);
    await ec2(VAULT).send(new LockSnapshotCommand({ SnapshotId: copy!, LockMode: 'governance', ExpirationDate: new Date(sim.ctx.now() + DAY) }));
    await ec2(VAULT).send(new UnlockSnapshotCommand({ SnapshotId: copy! }));
    expect((await ec2(VAULT).send(new DescribeLockedSnapshotsCommand({}))).Snapshots).toEqual([]);

    expect((await rejection(ec2(SOURCE).send(new CreateVolumeCommand({ SnapshotId: copy!, AvailabilityZone: 'us-east-1a' })))).name).toBe('InvalidSnapshot.NotFound');
    await ec2(VAULT).send(new ModifySnapshotAttributeCommand({ SnapshotId: copy!, Attribute: 'createVolumePermission', OperationType: 'add', UserIds: [SOURCE] }));
    // The vault key's policy does not grant the source account yet.
    expect((await rejection(ec2(SOURCE).send(new CreateVolumeCommand({ SnapshotId: copy!, AvailabilityZone: 'us-east-1a' })))).message).toMatch(/does not grant account 111111111111/);
  });
});

describe('RDS snapshots across accounts', () => {
  it('shares a DB snapshot with the restore attribute; the vault copies it with its key; the source cannot delete or tag the copy', async () => {
    const { DBSnapshot } = await rds(SOURCE).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-1' }));
    sim.advance(5000);
    const copy = () => rds(VAULT, 'eu-west-1').send(new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: DBSnapshot!.DBSnapshotArn!, TargetDBSnapshotIdentifier: 'orders-1', KmsKeyId: 'alias/vault-backup' }));
    expect((await rejection(copy())).name).toBe('DBSnapshotNotFoundFault');
    await rds(SOURCE).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-1', AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    const attrs = await rds(SOURCE).send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: 'orders-1' }));
    expect(attrs.DBSnapshotAttributesResult?.DBSnapshotAttributes).toEqual([{ AttributeName: 'restore', AttributeValues: [VAULT] }]);
    const copied = await copy();
    expect(copied.DBSnapshot).toMatchObject({ KmsKeyId: 'arn:aws:kms:eu-west-1:222222222222:key/8d8d8d8d-2222-4222-8222-222222222222', DBSnapshotIdentifier: 'orders-1' });
    const vaultArn = copied.DBSnapshot!.DBSnapshotArn!;
    expect((await rejection(rds(SOURCE, 'eu-west-1').send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: vaultArn })))).name).toBe('DBSnapshotNotFoundFault');
    expect((await rejection(rds(SOURCE, 'eu-west-1').send(new AddTagsToResourceCommand({ ResourceName: vaultArn, Tags: [{ Key: 'a', Value: 'b' }] })))).name).toBe('InvalidParameterValue');
    await rds(SOURCE).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-1', AttributeName: 'restore', ValuesToRemove: [VAULT] }));
    expect((await rejection(rds(VAULT, 'eu-west-1').send(new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: DBSnapshot!.DBSnapshotArn!, TargetDBSnapshotIdentifier: 'orders-2', KmsKeyId: 'alias/vault-backup' })))).name).toBe('DBSnapshotNotFoundFault');
  });

  it('shares an Aurora cluster snapshot; a snapshot under aws/rds cannot be shared; a shared vault snapshot restores in the source', async () => {
    await rds(SOURCE).send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inventory-1' }));
    sim.advance(5000);
    await rds(SOURCE).send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'inventory-1', AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    const copied = await rds(VAULT).send(new CopyDBClusterSnapshotCommand({ SourceDBClusterSnapshotIdentifier: `arn:aws:rds:us-east-1:${SOURCE}:cluster-snapshot:inventory-1`, TargetDBClusterSnapshotIdentifier: 'inventory-1', KmsKeyId: 'alias/vault-backup' }));
    expect(copied.DBClusterSnapshot?.KmsKeyId).toBe('arn:aws:kms:us-east-1:222222222222:key/7c7c7c7c-2222-4222-8222-222222222222');

    // A vault copy shared back to the source restores there once the vault key grants it.
    const { DBSnapshot } = await rds(SOURCE).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-2' }));
    sim.advance(5000);
    await rds(SOURCE).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-2', AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    const inVault = await rds(VAULT).send(new CopyDBSnapshotCommand({ SourceDBSnapshotIdentifier: DBSnapshot!.DBSnapshotArn!, TargetDBSnapshotIdentifier: 'orders-2', KmsKeyId: 'alias/vault-backup' }));
    sim.advance(5000);
    await rds(VAULT).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-2', AttributeName: 'restore', ValuesToAdd: [SOURCE] }));
    const refused = await rejection(rds(SOURCE).send(new RestoreDBInstanceFromDBSnapshotCommand({ DBInstanceIdentifier: 'orders-restored', DBSnapshotIdentifier: inVault.DBSnapshot!.DBSnapshotArn! })));
    expect(refused.name).toBe('KMSKeyNotAccessibleFault');
  });

  it('lists the DB and cluster snapshots other accounts share with the caller (SnapshotType shared, IncludeShared), by ARN and without the owner\'s tags', async () => {
    await rds(SOURCE).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-shared', Tags: [{ Key: 'team', Value: 'a' }] }));
    await rds(SOURCE).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-private' }));
    await rds(SOURCE).send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: 'inventory-shared' }));
    sim.advance(5000);
    await rds(SOURCE).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-shared', AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    await rds(SOURCE).send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'inventory-shared', AttributeName: 'restore', ValuesToAdd: [VAULT] }));
    const sharedArn = `arn:aws:rds:us-east-1:${SOURCE}:snapshot:orders-shared`;

    const shared = await rds(VAULT).send(new DescribeDBSnapshotsCommand({ SnapshotType: 'shared', IncludeShared: true }));
    expect(shared.DBSnapshots?.map((s) => [s.DBSnapshotIdentifier, s.DBSnapshotArn, s.SnapshotType, s.TagList ?? []])).toEqual([[sharedArn, sharedArn, 'shared', []]]);
    const clusters = await rds(VAULT).send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: 'shared', IncludeShared: true }));
    expect(clusters.DBClusterSnapshots?.map((s) => s.DBClusterSnapshotArn)).toEqual([`arn:aws:rds:us-east-1:${SOURCE}:cluster-snapshot:inventory-shared`]);
    // Without SnapshotType, IncludeShared adds them to the caller's own; with manual it does not apply.
    const own = (await rds(VAULT).send(new DescribeDBSnapshotsCommand({}))).DBSnapshots ?? [];
    const withShared = (await rds(VAULT).send(new DescribeDBSnapshotsCommand({ IncludeShared: true }))).DBSnapshots ?? [];
    expect(withShared.map((s) => s.DBSnapshotArn)).toEqual([...own.map((s) => s.DBSnapshotArn), sharedArn]);
    expect((await rds(VAULT).send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual', IncludeShared: true }))).DBSnapshots?.map((s) => s.DBSnapshotArn)).not.toContain(sharedArn);
    // Only the account it is shared with sees it; taken back, nobody does.
    expect((await rds(SOURCE).send(new DescribeDBSnapshotsCommand({ SnapshotType: 'shared' }))).DBSnapshots).toEqual([]);
    await rds(SOURCE).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-shared', AttributeName: 'restore', ValuesToRemove: [VAULT] }));
    expect((await rds(VAULT).send(new DescribeDBSnapshotsCommand({ SnapshotType: 'shared' }))).DBSnapshots).toEqual([]);
  });

  it('refuses to share a DB snapshot encrypted with aws/rds', async () => {
    const kms = new KMSClient({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(SOURCE), maxAttempts: 1 });
    const managed = await kms.send(new GetKeyPolicyCommand({ KeyId: '00000000-0000-4000-8000-0000000000db' }));
    expect(managed.Policy).toContain('kms:CallerAccount');
    const { DBSnapshot } = await rds(SOURCE).send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-3' }));
    // Re-encrypt the fixture snapshot under aws/rds the way a default-encrypted database would be.
    const region = (sim.ctx.state.accounts[SOURCE]!.services['rds'] as { regions: Record<string, { snapshots: Map<string, { snapshot: { KmsKeyId?: string } }> }> }).regions['us-east-1']!;
    region.snapshots.get(DBSnapshot!.DBSnapshotIdentifier!)!.snapshot.KmsKeyId = `arn:aws:kms:us-east-1:${SOURCE}:key/00000000-0000-4000-8000-0000000000db`;
    sim.advance(5000);
    const refused = await rejection(rds(SOURCE).send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-3', AttributeName: 'restore', ValuesToAdd: [VAULT] })));
    expect(refused.name).toBe('InvalidParameterValue');
    expect(refused.message).toMatch(/default KMS key \(aws\/rds\) can't be shared/);
  });
});
