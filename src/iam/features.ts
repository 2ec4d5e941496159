/** Which features of the catalog a config switches on (pure). */
import type { Config } from '../config/schema.js';
import type { Feature } from './catalog.js';

type BucketEntry = NonNullable<Config['lifecycle']>['buckets'][number];

/**
 * `buckets`: the lifecycle entries whose bucket features count — by default all; the policy
 * generator passes the entries of one side (the vault's, or the backed-up accounts').
 */
export function enabledFeatures(config: Config, buckets: readonly BucketEntry[] = config.lifecycle?.buckets ?? []): Set<Feature> {
  const on = new Set<Feature>();
  const { route53, 'load-balancers': lbs, mirror } = config.export;
  if (route53.enabled) {
    on.add('route53');
    if (route53['health-checks']) on.add('route53-health-checks');
    if (config.export.incremental.enabled) {
      on.add('route53-incremental');
      if (config.export.incremental['change-history']) on.add('route53-change-history');
    }
  }
  if (lbs.enabled && lbs.classic) on.add('elb');
  if (lbs.enabled && lbs.v2) {
    on.add('elbv2');
    if (lbs['include-targets']) on.add('elbv2-targets');
  }
  if (mirror) {
    // A mirror in the vault account is written by the vault role only.
    const inVault = mirror.account === 'vault' && config.vault !== undefined;
    on.add(inVault ? 'mirror-vault' : 'mirror');
    if (mirror['object-lock']) on.add(inVault ? 'mirror-vault-lock' : 'mirror-lock');
  }
  if (buckets.some((b) => b.rules !== undefined || b['rules-file'] !== undefined)) on.add('lifecycle');
  if (buckets.some((b) => b.versioning !== undefined || b.replication !== undefined || b['object-lock'] !== undefined)) on.add('s3-protection');
  // What the run writes: only what some entry of this side declares.
  if (buckets.some((b) => b.versioning !== undefined)) on.add('s3-versioning');
  if (buckets.some((b) => b.replication !== undefined)) on.add('s3-replication');
  if (buckets.some((b) => b['object-lock'] !== undefined)) on.add('s3-object-lock');
  if (buckets.some((b) => b.replication?.rules.some((r) => r['copy-existing'] && r.status === 'enabled'))) on.add('s3-backfill');
  if (buckets.some((b) => b.replication?.rules.some((r) => r.status === 'enabled'))) on.add('s3-drill');
  // Any side's replication rule: its destination's versioning is read with the destination owner's role.
  if ((config.lifecycle?.buckets ?? []).some((b) => b.replication !== undefined)) on.add('s3-destination');
  if (config.accounts.some((a) => a['role-arn'] !== undefined)) on.add('assume-role');
  if (config.accounts.some((a) => a.id !== undefined)) on.add('account-check');

  const policies = config.snapshots?.policies ?? [];
  if (policies.length > 0) on.add('snapshots');
  for (const policy of policies) {
    const type = policy.resources.type;
    on.add(`snapshots-${type}`);
    if (policy.copies.length > 0) {
      on.add(type === 'ebs-volume' || type === 'ec2-instance' ? 'snapshots-ebs-copy' : type === 'rds-instance' ? 'snapshots-rds-instance-copy' : 'snapshots-rds-cluster-copy');
    }
    if (policy.copies.some((c) => c['kms-key'] !== undefined)) on.add('snapshots-kms');
    if (policy['archive-after-days'] !== undefined || policy.copies.some((c) => c['archive-after-days'] !== undefined)) {
      on.add('snapshots-archive');
    }
  }
  if (config.vault) {
    // Every command checks the vault's identity first: run, restore and drill with the vault
    // role, a pull request's plan with the read-only vault plan role (or not at all).
    on.add('vault-role');
    on.add('account-check');
    if (config.vault['plan-role-arn'] !== undefined) on.add('vault-plan-role');
  }
  const vaultCopies = policies.flatMap((p) => p.copies).filter((c) => c.account === 'vault');
  if (config.vault && vaultCopies.length > 0) {
    for (const f of ['vault-share', 'vault', 'snapshots-kms'] as const) on.add(f);
    if (vaultCopies.some((c) => c.lock !== undefined)) on.add('vault-lock');
  }
  return on;
}
