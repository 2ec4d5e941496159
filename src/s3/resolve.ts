/**
 * From the loaded config to the buckets whose protection the repository owns: each with its
 * account and region, the replication destinations resolved to an account (a name from
 * `accounts`, or the vault), and a way to locate a problem found later by the plan (a
 * destination without versioning, Object Lock on a bucket not created with it) at its
 * file:line:column in the config.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, formatIssue } from '../config/errors.js';
import type { ConfigIssue } from '../config/errors.js';
import type { ObjectLockConfig, ReplicationRuleConfig } from '../config/protection-schema.js';
import type { Region } from '../config/regions.js';
import { resolveAccounts } from '../config/schema.js';
import type { Config } from '../config/schema.js';
import { issueAt, parseYaml } from '../lifecycle/yaml-issues.js';
import { VAULT_ACCOUNT, vaultAccount } from '../config/vault-account.js';

/** An account the tool can act in: a backed-up account, or the vault. */
export interface AccountRef {
  name: string;
  accountId?: string;
  roleArn?: string;
  externalId?: string;
}

export interface ResolvedDestination {
  bucket: string;
  region: Region;
  account: AccountRef;
  /** The destination belongs to another account than the source bucket. */
  crossAccount: boolean;
  storageClass?: ReplicationRuleConfig['destination']['storage-class'];
  replicaOwner: 'destination' | 'source';
  kmsKey?: string;
  replicationTime: boolean;
}

export interface ResolvedReplicationRule {
  id: string;
  /** S3 priority: the first rule of the list wins where prefixes overlap. */
  priority: number;
  enabled: boolean;
  prefix: string;
  deleteMarkers: boolean;
  copyExisting: boolean;
  destination: ResolvedDestination;
}

export interface ProtectedBucket {
  name: string;
  region: Region;
  account: AccountRef;
  versioning?: 'Enabled' | 'Suspended';
  replication?: { role: string; rules: ResolvedReplicationRule[] };
  objectLock?: ObjectLockConfig;
  /** Whether another entry of the config declares the bucket (then its entry is the truth). */
  declared: (bucket: string) => boolean;
  /** `file:line:column: path: message` for a key of this bucket's entry. */
  locate(path: readonly PropertyKey[], message: string): string;
}

export async function resolveProtectedBuckets(config: Config, configPath: string): Promise<ProtectedBucket[]> {
  const entries = (config.lifecycle?.buckets ?? []).map((entry, index) => ({ entry, index }));
  const protectedEntries = entries.filter(({ entry }) => entry.versioning !== undefined || entry.replication !== undefined || entry['object-lock'] !== undefined);
  if (protectedEntries.length === 0) return [];
  const parsed = parseYaml(await readFile(configPath, 'utf8').catch(() => ''), configPath);
  const accounts = resolveAccounts(config);
  const vault = vaultAccount(config);
  const findAccount = (name: string | undefined): AccountRef | undefined =>
    name === undefined ? accounts[0] : name === VAULT_ACCOUNT && vault ? vault : accounts.find((a) => a.name === name);
  const names = new Set(entries.map(({ entry }) => entry.name));
  const issues: ConfigIssue[] = [];
  const known = [...accounts.map((a) => a.name), ...(vault ? [VAULT_ACCOUNT] : [])].join(', ');

  const buckets: ProtectedBucket[] = [];
  for (const { entry, index } of protectedEntries) {
    const base = ['lifecycle', 'buckets', index];
    const account = findAccount(entry.account);
    if (!account) continue; // reported by the lifecycle resolver, which sees every entry
    const rules: ResolvedReplicationRule[] = [];
    entry.replication?.rules.forEach((rule, r) => {
      const at = [...base, 'replication', 'rules', r, 'destination'];
      const destAccount = findAccount(rule.destination.account ?? entry.account);
      if (!destAccount) {
        issues.push(issueAt(parsed, [...at, 'account'], `bucket "${entry.name}", rule "${rule.id}": account "${rule.destination.account}" is neither in accounts nor the vault (known: ${known}); use one of those`));
        return;
      }
      const region = rule.destination.region ?? config['dr-region'];
      if (!region) {
        issues.push(issueAt(parsed, at, `bucket "${entry.name}", rule "${rule.id}": the destination needs a region; set destination.region or the top-level dr-region`));
        return;
      }
      const crossAccount = destAccount.name !== account.name;
      if (crossAccount && !destAccount.accountId) {
        issues.push(issueAt(parsed, [...at, 'account'], `bucket "${entry.name}", rule "${rule.id}": replication into account "${destAccount.name}" needs its 12-digit id; add id to that account`));
        return;
      }
      rules.push({
        id: rule.id,
        priority: entry.replication!.rules.length - r,
        enabled: rule.status === 'enabled',
        prefix: rule.prefix,
        deleteMarkers: rule['delete-markers'],
        copyExisting: rule['copy-existing'],
        destination: {
          bucket: rule.destination.bucket,
          region,
          account: destAccount,
          crossAccount,
          ...(rule.destination['storage-class'] !== undefined && { storageClass: rule.destination['storage-class'] }),
          replicaOwner: rule.destination['replica-owner'],
          ...(rule.destination['kms-key'] !== undefined && { kmsKey: rule.destination['kms-key'] }),
          replicationTime: rule.destination['replication-time'],
        },
      });
    });
    buckets.push({
      name: entry.name,
      region: entry.region ?? (accounts.find((a) => a.name === account.name)?.regions[0] ?? config.regions[0]!),
      account,
      ...(entry.versioning !== undefined && { versioning: entry.versioning === 'enabled' ? 'Enabled' : 'Suspended' }),
      ...(entry.replication !== undefined && { replication: { role: entry.replication.role, rules } }),
      ...(entry['object-lock'] !== undefined && { objectLock: entry['object-lock'] }),
      declared: (bucket) => names.has(bucket),
      locate: (path, message) => formatIssue(issueAt(parsed, [...base, ...path], message)),
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return buckets;
}
