/**
 * Turns catalog entries into IAM policy statements: each scope becomes the narrowest
 * resource ARNs (and conditions) AWS supports for the config's partition, account, regions,
 * mirror bucket and lifecycle buckets. Pure.
 */
import type { Partition } from '../config/regions.js';
import { CREATED_BY, TAG } from '../snapshots/tags.js';
import { RESTORE_TAG } from '../restore/snapshot-source.js';
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
  roleArns: string[];
}

interface Narrowed {
  Resource: string | string[];
  Condition?: Condition;
}

const OWN_TAG = TAG.createdBy;
/** Scratch resources of a restore drill carry this tag (src/restore/snapshot-source.ts); only they may be deleted. */
const DRILL_TAG = RESTORE_TAG.drill;

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

export function narrow(scope: Scope, ctx: ScopeContext): Narrowed {
  const p = ctx.partition;
  const all = unique([...ctx.regions, ...ctx.copyRegions]);
  const ec2 = (regions: string[], type: string, account = ctx.account) => regions.map((r) => `arn:${p}:ec2:${r}:${account}:${type}/*`);
  // EC2 snapshot ARNs have an empty account field (arn:aws:ec2:region::snapshot/id).
  const snapshots = (regions: string[]) => ec2(regions, 'snapshot', '');
  const rds = (regions: string[], type: string) => regions.map((r) => `arn:${p}:rds:${r}:${ctx.account}:${type}:*`);
  const dnsSuffix = p === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';

  switch (scope) {
    case 'any':
      return { Resource: '*' };
    case 'route53-zones':
      return { Resource: [`arn:${p}:route53:::hostedzone/*`] };
    case 'route53-zones-and-health-checks':
      return { Resource: [`arn:${p}:route53:::healthcheck/*`, `arn:${p}:route53:::hostedzone/*`] };
    case 'mirror-prefix':
      if (!ctx.mirror) throw new Error('mirror-prefix scope without a mirror');
      return { Resource: [`arn:${p}:s3:::${ctx.mirror.bucket}/${ctx.mirror.prefix}*`] };
    case 'lifecycle-buckets':
      return { Resource: unique(ctx.lifecycleBuckets).map((b) => `arn:${p}:s3:::${b}`) };
    case 'ec2-volume-snapshot':
      return { Resource: [...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] };
    case 'ec2-instance-volume-snapshot':
      return { Resource: [...ec2(ctx.regions, 'instance'), ...snapshots(ctx.regions), ...ec2(ctx.regions, 'volume')] };
    case 'ec2-snapshot-copy':
      return { Resource: snapshots(all) };
    case 'ec2-own-snapshot':
      return { Resource: snapshots(all), Condition: { StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: CREATED_BY } } };
    case 'ec2-tag-on-create':
      return {
        Resource: snapshots(all),
        Condition: { StringEquals: { 'ec2:CreateAction': ['CopySnapshot', 'CreateSnapshot', 'CreateSnapshots'] } },
      };
    case 'ec2-own-snapshot-volume-tag':
      // Only the volume tag, only on the tool's own snapshots: no other tag can be forged this way.
      return {
        Resource: snapshots(ctx.regions),
        Condition: {
          StringEquals: { [`ec2:ResourceTag/${OWN_TAG}`]: CREATED_BY },
          'ForAllValues:StringEquals': { 'aws:TagKeys': [TAG.volume] },
        },
      };
    case 'rds-db-snapshot':
      return { Resource: [...rds(ctx.regions, 'db'), ...rds(ctx.regions, 'snapshot')] };
    case 'rds-snapshot-copy':
      return { Resource: rds(all, 'snapshot') };
    case 'rds-own-snapshot':
      return { Resource: rds(all, 'snapshot'), Condition: { StringEquals: { [`rds:snapshot-tag/${OWN_TAG}`]: CREATED_BY } } };
    case 'rds-cluster-snapshot':
      return { Resource: [...rds(ctx.regions, 'cluster'), ...rds(ctx.regions, 'cluster-snapshot')] };
    case 'rds-cluster-snapshot-copy':
      return { Resource: rds(all, 'cluster-snapshot') };
    case 'rds-own-cluster-snapshot':
      return {
        Resource: rds(all, 'cluster-snapshot'),
        Condition: { StringEquals: { [`rds:cluster-snapshot-tag/${OWN_TAG}`]: CREATED_BY } },
      };
    case 'rds-tag-on-create':
      return { Resource: [...rds(all, 'cluster-snapshot'), ...rds(all, 'snapshot')] };
    case 'kms-via-ec2-rds':
      // Keys are used only through EC2 or RDS in the backed-up and DR regions, never directly.
      return {
        Resource: '*',
        Condition: { StringEquals: { 'kms:ViaService': all.flatMap((r) => [`ec2.${r}.${dnsSuffix}`, `rds.${r}.${dnsSuffix}`]) } },
      };
    case 'role-arns':
      return { Resource: unique(ctx.roleArns) };
    case 'elb-in-regions':
      return { Resource: all.map((r) => `arn:${p}:elasticloadbalancing:${r}:${ctx.account}:*`) };
    case 'route53-health-checks':
      return { Resource: [`arn:${p}:route53:::healthcheck/*`] };
    case 'route53-changes':
      return { Resource: [`arn:${p}:route53:::change/*`] };
    case 'ec2-volume-from-snapshot':
      return { Resource: [...snapshots(all), ...ec2(all, 'volume')] };
    case 'ec2-instance-volume':
      return { Resource: [...ec2(all, 'instance'), ...ec2(all, 'volume')] };
    case 'ec2-tag-on-volume-create':
      return { Resource: ec2(all, 'volume'), Condition: { StringEquals: { 'ec2:CreateAction': 'CreateVolume' } } };
    case 'ec2-drill-volume':
      return { Resource: ec2(all, 'volume'), Condition: { Null: { [`ec2:ResourceTag/${DRILL_TAG}`]: 'false' } } };
    case 'rds-tag-on-restore':
      return { Resource: [...rds(all, 'cluster'), ...rds(all, 'db')] };
    case 'rds-drill-db':
      return { Resource: rds(all, 'db'), Condition: { Null: { [`rds:db-tag/${DRILL_TAG}`]: 'false' } } };
    case 'rds-drill-cluster':
      return { Resource: rds(all, 'cluster'), Condition: { Null: { [`rds:cluster-tag/${DRILL_TAG}`]: 'false' } } };
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
