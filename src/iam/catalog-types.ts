/**
 * The shape of the IAM catalog: every AWS call the code makes, the duty (role) whose commands
 * make it, the config feature that switches it on, and how far AWS lets it be narrowed.
 */

/**
 * One IAM role per duty. `plan`: pull-request plans, read-only. `run`: the schedule (exports,
 * snapshots, copies, lifecycle rules, the mirror). `restore`: the protected restore
 * environment (DNS, load balancers, databases, volumes). `drill`: restore drills, scratch
 * resources only. `vault`: the role in the vault account (copies, locks, vault retention).
 * `vault-plan`: a read-only role in the vault account, assumed only by the plan role (a pull
 * request's code never gets the vault role's writes).
 */
export type Duty = 'plan' | 'run' | 'restore' | 'drill' | 'vault' | 'vault-plan';
export const DUTIES: readonly Duty[] = ['plan', 'run', 'restore', 'drill', 'vault', 'vault-plan'];
/** The roles of the vault account, assumed from the source account's roles (not from GitHub). */
export const VAULT_DUTIES: readonly Duty[] = ['vault', 'vault-plan'];

/** The commands each duty's role runs (the workflow that assumes it). */
export const DUTY_COMMANDS: Record<Duty, readonly string[]> = {
  plan: ['plan'],
  run: ['run', 'export'],
  restore: ['restore'],
  drill: ['drill'],
  vault: ['run', 'restore', 'drill'],
  'vault-plan': ['plan'],
};

/** What makes the code call an API: a section or switch of aws-backup.yml. */
export type Feature =
  | 'route53'
  | 'route53-health-checks'
  /** export.incremental: the change feed (CloudTrail event history). */
  | 'route53-incremental'
  /** export.incremental.change-history: the Change History of ADVANCED zones. */
  | 'route53-change-history'
  | 'elb'
  | 'elbv2'
  | 'elbv2-targets'
  | 'mirror'
  /** export.mirror.object-lock: the bucket's Object Lock and versioning read before uploads. */
  | 'mirror-lock'
  /** export.mirror.account: vault — the vault role uploads (and reads the lock, with object-lock). */
  | 'mirror-vault'
  | 'mirror-vault-lock'
  | 'lifecycle'
  /** Any snapshot policy: the inventory and coverage report read every kind. */
  | 'snapshots'
  | 'snapshots-ebs-volume'
  | 'snapshots-ec2-instance'
  | 'snapshots-rds-instance'
  | 'snapshots-rds-cluster'
  | 'snapshots-ebs-copy'
  | 'snapshots-rds-instance-copy'
  | 'snapshots-rds-cluster-copy'
  /** A copy names a kms-key: checked with DescribeKey, used to re-encrypt. */
  | 'snapshots-kms'
  | 'snapshots-archive'
  /** Copies into the vault, source side: share for the copy only, prove the source keys. */
  | 'vault-share'
  /** Copies into the vault, vault side (the vault role): copy, tag, delete its own copies, read locks. */
  | 'vault'
  /** Vault copies with lock: EBS LockSnapshot (the vault role). */
  | 'vault-lock'
  /** A `vault:` section: run, restore and drill assume the vault role (its identity is checked first). */
  | 'vault-role'
  /** `vault.plan-role-arn`: the plan assumes the read-only vault plan role. */
  | 'vault-plan-role'
  /** An account with role-arn. */
  | 'assume-role'
  /** An account with an id: the credentials are checked to be that account's. */
  | 'account-check'
  /** Restores: always available to the restore role. */
  | 'restore'
  /** Restore drills: always available to the drill role. */
  | 'drill'
  /** A bucket entry declares versioning, replication or Object Lock (src/s3/protection*.ts): the reads. */
  | 's3-protection'
  /** An entry declares versioning: the run may write it. */
  | 's3-versioning'
  /** An entry declares replication: the run may write its rules and pass its role. */
  | 's3-replication'
  /** An entry declares Object Lock: its configuration is read and its default retention written. */
  | 's3-object-lock'
  /**
   * A replication rule (any bucket's): the plan reads its destination's versioning with the
   * role of the destination's account (the vault role for a destination in the vault).
   */
  | 's3-destination'
  /** A replication rule copies the objects that existed before it (src/s3/backfill.ts). */
  | 's3-backfill'
  /** A replication rule: the drill restores a sample from the replica (src/s3/drill.ts). */
  | 's3-drill';

/**
 * How a permission is narrowed; statements.ts turns each scope into resource ARNs and
 * conditions for the config's regions, accounts and buckets.
 */
export type Scope =
  | 'any'
  | 'route53-zones'
  | 'route53-zones-and-health-checks'
  | 'mirror-prefix'
  | 'mirror-bucket'
  | 'lifecycle-buckets'
  | 'lifecycle-bucket-objects'
  | 'replica-buckets'
  | 'replica-bucket-objects'
  /** Objects under the drill's scratch prefix `.aws-backup/drill/` of the declared buckets. */
  | 's3-drill-scratch'
  | 'replication-roles'
  | 'ec2-volume-snapshot'
  | 'ec2-instance-volume-snapshot'
  | 'ec2-snapshot-copy'
  | 'ec2-own-snapshot'
  | 'ec2-tag-on-create'
  | 'ec2-own-snapshot-volume-tag'
  | 'rds-db-snapshot'
  | 'rds-snapshot-copy'
  | 'rds-own-snapshot'
  | 'rds-cluster-snapshot'
  | 'rds-cluster-snapshot-copy'
  | 'rds-own-cluster-snapshot'
  | 'rds-tag-own-snapshot-name'
  | 'kms-via-ec2-rds'
  | 'role-arns'
  | 'route53-health-checks'
  | 'route53-changes'
  | 'ec2-volume-from-snapshot'
  | 'ec2-instance-volume'
  | 'ec2-tag-on-volume-create'
  | 'rds-tag-restored'
  | 'elb-in-regions'
  | 'ec2-drill-volume-create'
  | 'ec2-drill-volume'
  | 'rds-drill-create'
  | 'rds-tag-drill-name'
  | 'rds-drill-db'
  | 'rds-drill-cluster'
  | 'vault-ec2-snapshot'
  | 'vault-ec2-own-snapshot'
  | 'vault-ec2-tag-on-create'
  | 'vault-rds-snapshot-copy'
  | 'vault-rds-own-snapshot'
  | 'vault-rds-tag-own-snapshot-name'
  | 'vault-rds-share'
  | 'vault-kms-keys'
  /** The vault role (`vault.role-arn`), for sts:AssumeRole. */
  | 'vault-role'
  /** The read-only vault plan role (`vault.plan-role-arn`), for sts:AssumeRole. */
  | 'vault-plan-role'
  | 'rds-vault-restore-copy'
  | 'rds-vault-restore-own-copy';

/** The SDK client a call is sent with (ELB classic and v2 share the IAM prefix). */
export type AwsClientName = 'route53' | 'elb' | 'elbv2' | 's3' | 'ec2' | 'rds' | 'kms' | 'sts' | 'cloudtrail';

export interface AwsCall {
  client: AwsClientName;
  /** The SDK command name without `Command`, which is also the API operation name. */
  operation: string;
  /** The IAM action AWS checks for it. */
  action: string;
  feature: Feature;
  /** Reads and writes; the plan role holds reads only (a test checks). */
  access: 'read' | 'write';
  /** The roles whose commands make this call; each gets it with `scope`. */
  duties: readonly Duty[];
  scope: Scope;
}

/**
 * An IAM action the code never calls itself but AWS checks on its behalf: tagging a
 * resource at creation, KMS use when a copy is re-encrypted.
 */
export interface DependentAction {
  action: string;
  feature: Feature;
  duties: readonly Duty[];
  scope: Scope;
  /** The operations (of AWS_CALLS) that make AWS check it. */
  neededBy: string[];
  why: string;
}

/** Duty sets used throughout the catalog. */
export const PLAN_AND_RUN: readonly Duty[] = ['plan', 'run'];
export const RUN: readonly Duty[] = ['run'];

export function call(
  client: AwsClientName,
  operation: string,
  action: string,
  feature: Feature,
  access: 'read' | 'write',
  duties: readonly Duty[],
  scope: Scope,
): AwsCall {
  return { client, operation, action, feature, access, duties, scope };
}
