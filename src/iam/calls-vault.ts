/**
 * The calls made with the vault role, in the vault account (`vault:` in aws-backup.yml):
 * copying the shared snapshots in (re-encrypted, tagged as they are made), locking EBS copies,
 * vault-side retention of its own copies. Nothing here touches the source account: the vault
 * scopes of statements.ts name the vault account and its regions only. The source side of a
 * vault copy (sharing the snapshot for the copy) is the run role's, in calls-backup.ts.
 *
 * A pull request's plan reads the vault with the vault plan role (`vault-plan`), which holds
 * exactly the reads planning makes there (src/snapshots/vault-read.ts) and nothing else.
 */
import { call, type AwsCall, type DependentAction, type Duty } from './catalog-types.js';

const VAULT: readonly Duty[] = ['vault'];
/** Reads of the vault made while planning: by the vault role in a run, the vault plan role in a pull request. */
const VAULT_READS: readonly Duty[] = ['vault', 'vault-plan'];

export const VAULT_CALLS: readonly AwsCall[] = [
  // Who assumes which role of the vault (src/commands/execute.ts): never the plan the vault role.
  call('sts', 'AssumeRole', 'sts:AssumeRole', 'vault-role', 'read', ['run', 'restore', 'drill'], 'vault-role'),
  call('sts', 'AssumeRole', 'sts:AssumeRole', 'vault-plan-role', 'read', ['plan'], 'vault-plan-role'),
  call('ec2', 'DescribeSnapshots', 'ec2:DescribeSnapshots', 'vault', 'read', VAULT_READS, 'any'),
  call('ec2', 'DescribeLockedSnapshots', 'ec2:DescribeLockedSnapshots', 'vault', 'read', VAULT_READS, 'any'),
  call('rds', 'DescribeDBSnapshots', 'rds:DescribeDBSnapshots', 'vault', 'read', VAULT_READS, 'any'),
  call('rds', 'DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshots', 'vault', 'read', VAULT_READS, 'any'),
  call('kms', 'DescribeKey', 'kms:DescribeKey', 'vault', 'read', VAULT_READS, 'any'),
  call('ec2', 'CopySnapshot', 'ec2:CopySnapshot', 'vault', 'write', VAULT, 'vault-ec2-snapshot'),
  call('rds', 'CopyDBSnapshot', 'rds:CopyDBSnapshot', 'vault', 'write', VAULT, 'vault-rds-snapshot-copy'),
  call('rds', 'CopyDBClusterSnapshot', 'rds:CopyDBClusterSnapshot', 'vault', 'write', VAULT, 'vault-rds-snapshot-copy'),
  // Vault retention: only its own copies (tag condition); a locked copy AWS refuses anyway.
  call('ec2', 'DeleteSnapshot', 'ec2:DeleteSnapshot', 'vault', 'write', VAULT, 'vault-ec2-own-snapshot'),
  call('rds', 'DeleteDBSnapshot', 'rds:DeleteDBSnapshot', 'vault', 'write', VAULT, 'vault-rds-own-snapshot'),
  call('rds', 'DeleteDBClusterSnapshot', 'rds:DeleteDBClusterSnapshot', 'vault', 'write', VAULT, 'vault-rds-own-snapshot'),
  call('ec2', 'LockSnapshot', 'ec2:LockSnapshot', 'vault-lock', 'write', VAULT, 'vault-ec2-own-snapshot'),
  // Restores and drills from vault copies into another account (src/restore/vault-*.ts): the
  // vault key's policy is checked, and the copy is shared only while it is read.
  call('kms', 'GetKeyPolicy', 'kms:GetKeyPolicy', 'vault', 'read', VAULT, 'vault-kms-keys'),
  call('ec2', 'ModifySnapshotAttribute', 'ec2:ModifySnapshotAttribute', 'vault', 'write', VAULT, 'vault-ec2-own-snapshot'),
  call('rds', 'ModifyDBSnapshotAttribute', 'rds:ModifyDBSnapshotAttribute', 'vault', 'write', VAULT, 'vault-rds-share'),
  call('rds', 'ModifyDBClusterSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute', 'vault', 'write', VAULT, 'vault-rds-share'),
];

export const VAULT_DEPENDENT_ACTIONS: readonly DependentAction[] = [
  {
    action: 'ec2:CreateTags',
    feature: 'vault',
    duties: VAULT,
    scope: 'vault-ec2-tag-on-create',
    neededBy: ['CopySnapshot'],
    why: 'the vault copy is tagged as it is made (ec2:CreateAction = CopySnapshot)',
  },
  {
    action: 'rds:AddTagsToResource',
    feature: 'vault',
    duties: VAULT,
    scope: 'vault-rds-tag-own-snapshot-name',
    neededBy: ['CopyDBSnapshot', 'CopyDBClusterSnapshot'],
    why: 'the vault copy keeps the tool\'s abg- name; only such snapshots can be tagged',
  },
  ...['kms:CreateGrant', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKeyWithoutPlaintext'].map(
    (action): DependentAction => ({
      action,
      feature: 'vault',
      duties: VAULT,
      scope: 'kms-via-ec2-rds',
      neededBy: ['CopySnapshot', 'CopyDBSnapshot', 'CopyDBClusterSnapshot'],
      why: 'the copy is re-encrypted with the vault key through EC2 or RDS',
    }),
  ),
];
