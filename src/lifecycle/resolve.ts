/**
 * From the loaded config to the buckets to plan: each with its account, region and rules
 * (read from its `rules-file` when it has one). Runs before any AWS call; every problem
 * becomes one ConfigError with file:line:column, in the config or in the rules file.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { isMap } from 'yaml';
import { ConfigError } from '../config/errors.js';
import type { ConfigIssue } from '../config/errors.js';
import { lifecycleRulesFileSchema } from '../config/lifecycle-schema.js';
import type { LifecycleRuleConfig } from '../config/lifecycle-rule-schema.js';
import type { Region } from '../config/regions.js';
import { bucketNameProblem, repoPathProblem, resolveAccounts } from '../config/schema.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import { vaultAccount } from '../config/vault-account.js';
import { normalizeDeclared, sortRules } from './normalize.js';
import type { NormalRule } from './normalize.js';
import { issueAt, parseYaml, syntaxIssues, zodIssues } from './yaml-issues.js';
import type { ParsedYaml } from './yaml-issues.js';

export interface LifecycleBucket {
  name: string;
  region: Region;
  account: ResolvedAccount;
  /** The declared rules, normalised and sorted by id. An empty list owns "no rules". */
  rules: NormalRule[];
  /** The file the rules come from (the config, or its rules-file), for messages. */
  source: string;
}

const RULE_KEYS = [
  'rules',
  'id',
  'status',
  'filter',
  'prefix',
  'tags',
  'object-size-greater-than',
  'object-size-less-than',
  'transitions',
  'days',
  'date',
  'storage-class',
  'expiration',
  'expired-object-delete-marker',
  'noncurrent-version-transitions',
  'noncurrent-days',
  'newer-noncurrent-versions',
  'noncurrent-version-expiration',
  'abort-incomplete-multipart-upload',
  'days-after-initiation',
];

type RulesResult = { ok: true; rules: LifecycleRuleConfig[] } | { ok: false; issues: ConfigIssue[] };

/** Reads and validates a rules file; `shownPath` is how messages name it. */
export function parseRulesFile(text: string, shownPath: string, bucket: string): RulesResult {
  const parsed = parseYaml(text, shownPath);
  const syntax = syntaxIssues(parsed);
  if (syntax.length > 0) return { ok: false, issues: syntax };
  if (!isMap(parsed.doc.contents)) {
    return { ok: false, issues: [issueAt(parsed, [], `a rules file holds a mapping with the key "rules" (a list of rules for bucket "${bucket}"); see docs/lifecycle.md`)] };
  }
  const result = lifecycleRulesFileSchema(bucket).safeParse(parsed.doc.toJS());
  if (result.success) return { ok: true, rules: result.data.rules };
  return { ok: false, issues: zodIssues(parsed, result.error.issues, RULE_KEYS) };
}

async function readRulesFile(path: string): Promise<string | { problem: string }> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: 'file not found; create it or fix the path (it is relative to the config file)' };
    return { problem: `cannot read the file: ${(error as Error).message}` };
  }
}

/**
 * The lifecycle buckets of `config`, or a ConfigError. `configPath` is the file the config was
 * loaded from: rules files are relative to its folder; messages name it `shownConfigPath`.
 */
export async function resolveLifecycleBuckets(config: Config, configPath: string, shownConfigPath = configPath): Promise<LifecycleBucket[]> {
  const entries = config.lifecycle?.buckets ?? [];
  if (entries.length === 0) return [];
  const accounts = resolveAccounts(config);
  // `account: vault` (with a vault: section): the vault role applies, the vault plan role plans, as for bucket protection.
  const vaultRef = vaultAccount(config);
  const vault: ResolvedAccount | undefined = vaultRef && { ...vaultRef, regions: [...config.regions] };
  const issues: ConfigIssue[] = [];
  let configYaml: ParsedYaml | undefined;
  const inConfig = async (path: PropertyKey[], message: string): Promise<void> => {
    configYaml ??= parseYaml(await readFile(configPath, 'utf8').catch(() => ''), shownConfigPath);
    issues.push(issueAt(configYaml, ['lifecycle', 'buckets', ...path], message));
  };

  const buckets: LifecycleBucket[] = [];
  for (const [index, entry] of entries.entries()) {
    const nameProblem = bucketNameProblem(entry.name);
    if (nameProblem) await inConfig([index, 'name'], `${nameProblem}; use the bucket's exact name`);
    const account = entry.account === undefined ? accounts[0] : entry.account === 'vault' && vault ? vault : accounts.find((a) => a.name === entry.account);
    if (!account) {
      const known = [...accounts.map((a) => a.name), ...(vault ? ['vault'] : [])].join(', ');
      await inConfig([index, 'account'], `bucket "${entry.name}": account "${entry.account}" is not in accounts (known: ${known}); use one of those names`);
      continue;
    }
    // An entry that declares only protection (versioning, replication, Object Lock) leaves the lifecycle rules alone.
    if (entry.rules === undefined && entry['rules-file'] === undefined) continue;
    let rules = entry.rules;
    let source = shownConfigPath;
    const rulesFile = entry['rules-file'];
    if (rulesFile !== undefined) {
      const pathProblem = repoPathProblem(rulesFile);
      if (pathProblem) {
        await inConfig([index, 'rules-file'], `bucket "${entry.name}": rules-file ${pathProblem}`);
        continue;
      }
      source = posix.join(dirname(shownConfigPath), rulesFile);
      const text = await readRulesFile(join(dirname(configPath), rulesFile));
      if (typeof text !== 'string') {
        await inConfig([index, 'rules-file'], `bucket "${entry.name}": rules-file "${rulesFile}": ${text.problem}`);
        continue;
      }
      const parsed = parseRulesFile(text, source, entry.name);
      if (!parsed.ok) {
        issues.push(...parsed.issues);
        continue;
      }
      rules = parsed.rules;
    }
    if (nameProblem) continue;
    buckets.push({
      name: entry.name,
      region: entry.region ?? account.regions[0]!,
      account,
      rules: sortRules((rules ?? []).map(normalizeDeclared)),
      source,
    });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return buckets;
}
