/**
 * Turns catalog entries into IAM policy statements: each scope becomes the narrowest
 * resource ARNs (and conditions) AWS supports for the config's partition, account, regions,
 * mirror bucket and lifecycle buckets. Pure.
 *
 * Ownership tags cannot be forged: every delete is conditioned on the tool's tag, and no
 * statement lets a role put that tag on an existing resource. EC2 tags only at creation
 * (`ec2:CreateAction`); RDS has no create-only key, so its tagging is limited to the names the
 * tool gives (snapshots `abg-…`, drill scratch databases `drill-…`) and, for restored
 * databases, to tag keys other than the ownership and drill tags (`aws:TagKeys`).
 */
import type { Partition } from '../config/regions.js';
import { CREATED_BY, TAG } from '../snapshots/tags.js';
import { RDS_SNAPSHOT_PREFIX } from '../snapshots/drivers.js';
import { RESTORE_TAG } from '../restore/snapshot-source.js';
import { VAULT_COPY_PREFIX } from '../restore/vault-share.js';
import type { Scope } from './catalog.js';

export type Condition = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
  Condition?: Condition;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** What the ARNs are built from. */
export interface ScopeContext {
  partition: Partition;
  /** 12-digit id, or `*` when the policy serves several accounts. */
  account: string;
  /** Regions whose resources are backed up. */
  regions: string[];
  /** Regions that receive snapshot copies. */
  copyRegions: string[];
  mirror?: { bucket: string; prefix: string };
  lifecycleBuckets: string[];
  /** Destinations of replication rules (DR region, other accounts, vault). */
  replicaBuckets?: string[];
  /** Roles S3 assumes to replicate. */
  replicationRoles?: string[];
  roleArns: string[];
  /** The vault account, the regions its copies live in, and its roles (`vault:`). */
  vault?: { account: string; regions: string[]; roleArn?: string; planRoleArn?: string };
}

export interface Narrowed {
  Resource: string | string[];
  Condition?: Condition;
}

const OWN_TAG = TAG.createdBy;
/** Scratch resources of a restore drill carry this tag (src/restore/snapshot-source.ts); only they may be deleted. */
export const DRILL_TAG = RESTORE_TAG.drill;
/** Scratch databases of a drill are named `drill-<source>-<yyyymmdd>` (src/restore/drill.ts scratchName). */
export const DRILL_NAME_PREFIX = 'drill-';
/** The S3 drill's scratch prefix in a bucket (src/s3/drill.ts S3_DRILL_PREFIX; a test keeps them equal). */
export const S3_DRILL_SCRATCH = '.aws-backup/drill/';
/** Tag keys that decide what a role may delete: nobody may add them to an existing resource. */
export const OWNERSHIP_TAG_KEYS = [OWN_TAG, DRILL_TAG];

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The statement parts of a scope; most scopes are one part, a few need two conditions. */
export function narrow(scope: Scope, ctx: ScopeContext): Narrowed[] {
  const p = ctx.partition;
  const all = unique([...ctx.regions, ...ctx.copyRegions]);
  const ec2 = (regions: string[], type: string, account = ctx.account) => regions.map((r) => `arn:${p}:ec2:${r}:${account}:${type}/*`);
  // EC2 snapshot ARNs have an empty account field (arn:aws:ec2:region::snapshot/id).
  const snapshots = (regions: string[]) => ec2(regions, 'snapshot', '');
  const rds = (regions: string[], type: string, name = '*', account = ctx.account) => regions.map((r) => `arn:${p}:rds:${r}:${account}:${type}:${name}`);
  const ownRdsSnapshots = (regions: string[], account = ctx.account) => [
    ...rds(regions, 'cluster-snapshot', `${RDS_SNAPSHOT_PREFIX}*`, account),
    ...rds(regions, 'snapshot', `${RDS_SNAPSHOT_PREFIX}*`, account),
  ];
  const drill = (type: string) => rds(all, type, `${DRILL_NAME_PREFIX}*`);
  const dnsSuffix = p === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  const one = (part: Narrowed) => [part];
  const vault = () => {
    if (!ctx.vault) throw new Error(`${scope} scope without a vault account`);
    return ctx.vault;
  };

  switch (scope) {
    case 'any':
      return one({ Resource: '*' });
    case 'route53-zones':
      return one({ Resource: [`arn:${p}:route53:::hostedzone/*`] });
    case 'route53-zones-and-health-checks':
      return one({ Resource: [`arn:${p}:route53:::healthcheck/*`, `arn:${p}:route53:::hostedzone/*`] });
    case 'mirror-prefix':
      if (!ctx.mirror) throw new Error('mirror-prefix scope without a mirror');
      return one({ Resource: [`arn:${p}:s3:::${ctx.mirror.bucket}/${ctx.mirror.prefix}*`] });
    case 'mirror-bucket':
      if (!ctx.mirror) throw new Error('mirror-bucket scope without a mirror');
      return one({ Resource: [`arn:${p}:s3:::${ctx.mirror.bucket}`] });
    case 'lifecycle-buckets':
      return one({ Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}`) });
    case 'lifecycle-bucket-objects':
      return one({ Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}/*`) });
    case 'replica-buckets':
      return one({ Resource: unique(ctx.replicaBuckets ?? []).map((b) => `arn:${p}:s3:::${b}`) });
    case 'replica-bucket-objects':
      return one({ Resource: unique(ctx.replicaBuckets ?? []).map((b) => `arn:${p}:s3:::${b}/*`) });
    case 's3-drill-scratch':
      return one({ Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}/${S3_DRILL_SCRATCH}*`) });
    case 'replication-roles':
      return one({ Resource: unique(ctx.replicationRoles ?? []) });
    case 'ec2-volume-snapshot':
      return one({ Resource: [...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] });
    case 'ec2-instance-volume-snapshot':
      return one({ Resource: [...ec2(ctx.regions, 'instance'), ...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] });
    case 'ec2-snapshot-copy':
      return one({ Resource: snapshots(all) });
    case 'ec2-own-snapshot':
      return one({ Resource: snapshots(all), Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: CREATED_BY } } });
    case 'ec2-tag-on-create':
      return one({ Resource: snapshots(all), Condition: { StringEquals: { 'ec2:CreateAction': ['CopySnapshot', 'CreateSnapshot', 'CreateSnapshots'] } } });
    case 'ec2-own-snapshot-volume-tag':
      // Only the volume tag, only on the tool's own snapshots: no other tag can be forged this way.
      return one({
        Resource: snapshots(ctx.regions),
        Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: CREATED_BY }, 'ForAllValues:StringEquals': { 'aws:TagKeys': [TAG.volume] } },
      });
    case 'rds-db-snapshot':
      return one({ Resource: [...rds(ctx.regions, 'db'), ...rds(ctx.regions, 'snapshot')] });
    case 'rds-snapshot-copy':
      return one({ Resource: rds(all, 'snapshot') });
    case 'rds-own-snapshot':
      return one({ Resource: rds(all, 'snapshot'), Condition: { StringEquals: { [`rds:snapshot-tag/${OWN_TAG}`]: CREATED_BY } } });
    case 'rds-cluster-snapshot':
      return one({ Resource: [...rds(ctx.regions, 'cluster'), ...rds(ctx.regions, 'cluster-snapshot')] });
    case 'rds-cluster-snapshot-copy':
      return one({ Resource: rds(all, 'cluster-snapshot') });
    case 'rds-own-cluster-snapshot':
      return one({ Resource: rds(all, 'cluster-snapshot'), Condition: { StringEquals: { [`rds:cluster-snapshot-tag/${OWN_TAG}`]: CREATED_BY } } });
    case 'rds-tag-own-snapshot-name':
      return one({ Resource: ownRdsSnapshots(all) });
    case 'kms-via-ec2-rds':
      // Keys are used only through EC2 or RDS in the backed-up and DR regions, never directly.
      return one({
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': unique([...all, ...(ctx.vault?.regions ?? [])]).flatMap((r) => [`ec2.${r}.${dnsSuffix}`, `rds.${r}.${dnsSuffix}`]) } },
      });
    case 'role-arns':
      return one({ Resource: unique(ctx.roleArns) });
    case 'elb-in-regions':
      return one({ Resource: all.map((r) => `arn:${p}:elasticloadbalancing:${r}:${ctx.account}:*`) });
    case 'route53-health-checks':
      return one({ Resource: [`arn:${p}:route53:::healthcheck/*`] });
    case 'route53-changes':
      return one({ Resource: [`arn:${p}:route53:::change/*`] });
    case 'ec2-volume-from-snapshot':
      return one({ Resource: [...snapshots(all), ...ec2(all, 'volume')] });
    case 'ec2-instance-volume':
      return one({ Resource: [...ec2(all, 'instance'), ...ec2(all, 'volume')] });
    case 'ec2-tag-on-volume-create':
      return one({ Resource: ec2(all, 'volume'), Condition: { StringEquals: { 'ec2:CreateAction': 'CreateVolume' } } });
    case 'rds-tag-restored':
      // A restored database is tagged at creation; the ownership and drill keys never.
      return one({ Resource: [...rds(all, 'cluster'), ...rds(all, 'db')], Condition: { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': OWNERSHIP_TAG_KEYS } } });
    case 'ec2-drill-volume-create':
      // A scratch volume must be created with the drill tag; any snapshot may be its source.
      return [
        { Resource: ec2(all, 'volume'), Condition: { StringEquals: { [`aws:RequestTag/${DRILL_TAG}`]: 'true' } } },
        { Resource: snapshots(all) },
      ];
    case 'ec2-drill-volume':
      return one({ Resource: ec2(all, 'volume'), Condition: { StringEquals: { [`ec2:ResourceTag/${DRILL_TAG}`]: 'true' } } });
    case 'rds-drill-create':
      // The new database or cluster is a drill-… one; the snapshot and groups it names are only read.
      return one({
        Resource: [
          ...drill('cluster'),
          ...rds(all, 'cluster-pg'),
          ...rds(all, 'cluster-snapshot'),
          ...drill('db'),
          ...rds(all, 'og'),
          ...rds(all, 'pg'),
          ...rds(all, 'secgrp'),
          ...rds(all, 'snapshot'),
          ...rds(all, 'subgrp'),
          // A drill over vault copies restores a cluster from the vault's shared copy (drill-vault.ts).
          ...(ctx.vault ? rds(ctx.vault.regions, 'cluster-snapshot', '*', ctx.vault.account) : []),
        ],
      });
    case 'rds-tag-drill-name':
      return one({ Resource: [...drill('cluster'), ...drill('db')] });
    case 'rds-drill-db':
      return one({ Resource: drill('db'), Condition: { StringEquals: { [`rds:db-tag/${DRILL_TAG}`]: 'true' } } });
    case 'rds-drill-cluster':
      return one({ Resource: drill('cluster'), Condition: { StringEquals: { [`rds:cluster-tag/${DRILL_TAG}`]: 'true' } } });
    case 'vault-ec2-snapshot':
      return one({ Resource: snapshots(vault().regions) });
    case 'vault-ec2-own-snapshot':
      return one({ Resource: snapshots(vault().regions), Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: CREATED_BY } } });
    case 'vault-ec2-tag-on-create':
      return one({ Resource: snapshots(vault().regions), Condition: { StringEquals: { 'ec2:CreateAction': 'CopySnapshot' } } });
    case 'vault-rds-snapshot-copy':
      // The source is a snapshot shared from the backed-up account; the copy gets the tool's name.
      return one({ Resource: [...rds(vault().regions, 'cluster-snapshot', '*', '*'), ...rds(vault().regions, 'snapshot', '*', '*')] });
    case 'vault-rds-own-snapshot':
      return [
        { Resource: rds(vault().regions, 'snapshot', '*', vault().account), Condition: { StringEquals: { [`rds:snapshot-tag/${OWN_TAG}`]: CREATED_BY } } },
        { Resource: rds(vault().regions, 'cluster-snapshot', '*', vault().account), Condition: { StringEquals: { [`rds:cluster-snapshot-tag/${OWN_TAG}`]: CREATED_BY } } },
      ];
    case 'vault-rds-tag-own-snapshot-name':
      return one({ Resource: ownRdsSnapshots(vault().regions, vault().account) });
    case 'vault-rds-share':
      // A restore from the vault shares the tool's own copies (abg-… names) with the restoring account.
      return one({ Resource: ownRdsSnapshots(vault().regions, vault().account) });
    case 'vault-role':
      return one({ Resource: vault().roleArn ? [vault().roleArn!] : [] });
    case 'vault-plan-role':
      return one({ Resource: vault().planRoleArn ? [vault().planRoleArn!] : [] });
    case 'vault-kms-keys':
      return one({ Resource: vault().regions.map((r) => `arn:${p}:kms:${r}:${vault().account}:key/*`) });
    case 'rds-vault-restore-copy':
      // The source is a vault copy shared with this account; the copy is named vault-restore-….
      return one({ Resource: [...rds(vault().regions, 'snapshot', '*', vault().account), ...rds(unique([...all, ...vault().regions]), 'snapshot', `${VAULT_COPY_PREFIX}*`)] });
    case 'rds-vault-restore-own-copy':
      return one({ Resource: rds(unique([...all, ...vault().regions]), 'snapshot', `${VAULT_COPY_PREFIX}*`) });
  }
}

/** `route53-zones` + `read` → `Route53ZonesRead` */
export function statementId(scope: Scope, access: string): string {
  return `${scope}-${access}`
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
