/**
 * The least-privilege IAM policies for a config: `runPolicy` for the scheduled run (reads
 * plus the changes the enabled features make), `planPolicy` for pull-request plans (reads
 * only), and the GitHub OIDC trust policies of the two roles. Pure: config in, JSON out.
 */
import { partitionOf, type Partition, type Region } from '../config/regions.js';
import type { Config } from '../config/schema.js';
import { AWS_CALLS, DEPENDENT_ACTIONS, type Feature, type Scope } from './catalog.js';
import { enabledFeatures } from './features.js';
import { narrow, statementId, type PolicyDocument, type PolicyStatement, type ScopeContext } from './statements.js';
import {
  assertExactSubjectParts,
  branchSubject,
  environmentSubject,
  githubTrustPolicy,
  pullRequestSubject,
  type TrustPolicyDocument,
} from './trust.js';

export type { PolicyDocument, PolicyStatement } from './statements.js';
export type { TrustPolicyDocument } from './trust.js';

export interface IamPolicyOptions {
  /** OWNER/NAME of the GitHub repository that runs the workflows. */
  repository: string;
  /** The branch whose scheduled and push runs may change AWS (usually main). */
  branch: string;
  /**
   * The protected GitHub environment of the restore workflow: its jobs may assume the run
   * role too, which then also gets the restore and drill actions.
   */
  environment?: string;
  /** Account that holds the roles; default: the config's only account id. */
  accountId?: string;
}

export interface IamPolicies {
  runPolicy: PolicyDocument;
  planPolicy: PolicyDocument;
  trustPolicy: TrustPolicyDocument;
  planTrustPolicy: TrustPolicyDocument;
}

function accountIdFor(config: Config, options: IamPolicyOptions): string | undefined {
  if (options.accountId !== undefined) {
    if (!/^\d{12}$/.test(options.accountId)) {
      throw new Error(`account id "${options.accountId}" must be exactly 12 digits, e.g. 123456789012`);
    }
    return options.accountId;
  }
  const ids = new Set(config.accounts.map((a) => a.id).filter((id): id is string => id !== undefined));
  return config.accounts.length === 1 && ids.size === 1 ? [...ids][0] : undefined;
}

function scopeContext(config: Config, account: string, partition: Partition): ScopeContext {
  const regions = new Set<Region>(config.regions);
  for (const a of config.accounts) for (const r of a.regions ?? []) regions.add(r);
  const copyRegions = new Set<string>();
  for (const policy of config.snapshots?.policies ?? []) for (const copy of policy.copies) copyRegions.add(copy.region);
  // Restores may target the DR region too.
  if (config['dr-region']) copyRegions.add(config['dr-region']);
  const mirror = config.export.mirror;
  return {
    partition,
    account,
    regions: [...regions].sort(),
    copyRegions: [...copyRegions].sort(),
    ...(mirror && { mirror: { bucket: mirror.bucket, prefix: mirror.prefix } }),
    lifecycleBuckets: (config.lifecycle?.buckets ?? []).map((b) => b.name),
    roleArns: config.accounts.flatMap((a) => (a['role-arn'] ? [a['role-arn']] : [])),
  };
}

interface Grant {
  action: string;
  scope: Scope;
  access: 'read' | 'write';
}

/** The actions a config needs, each with its scope; `plan` keeps the reads only. */
export function grantsFor(features: ReadonlySet<Feature>, role: 'run' | 'plan'): Grant[] {
  const calls = AWS_CALLS.filter((c) => features.has(c.feature) && (role === 'run' || c.access === 'read'));
  const grants: Grant[] = calls.map((c) => ({ action: c.action, scope: c.scope, access: c.access }));
  if (role === 'run') {
    const called = new Set(calls.map((c) => c.operation));
    for (const d of DEPENDENT_ACTIONS) {
      if (features.has(d.feature) && d.neededBy.some((op) => called.has(op))) grants.push({ action: d.action, scope: d.scope, access: 'write' });
    }
  }
  return grants;
}

/** One statement per (scope, access), actions sorted, in a stable order. */
export function policyDocument(grants: readonly Grant[], ctx: ScopeContext): PolicyDocument {
  const groups = new Map<string, { scope: Scope; access: string; actions: Set<string> }>();
  for (const g of grants) {
    const key = `${g.access}|${g.scope}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { scope: g.scope, access: g.access, actions: new Set() }));
    group.actions.add(g.action);
  }
  const statements: PolicyStatement[] = [...groups.values()]
    .sort((a, b) => (a.access === b.access ? a.scope.localeCompare(b.scope) : a.access === 'read' ? -1 : 1))
    .map((group) => ({
      Sid: statementId(group.scope, group.access),
      Effect: 'Allow' as const,
      Action: [...group.actions].sort(),
      ...narrow(group.scope, ctx),
    }));
  return { Version: '2012-10-17', Statement: statements };
}

export function generateIamPolicies(config: Config, options: IamPolicyOptions): IamPolicies {
  assertExactSubjectParts(options.repository, options.branch, options.environment);
  const accountId = accountIdFor(config, options);
  const partition = partitionOf(config.regions[0]!);
  // One policy serves every account of a multi-account config, so its ARNs name none.
  const arnAccount = config.accounts.length === 1 && accountId !== undefined ? accountId : '*';
  const ctx = scopeContext(config, arnAccount, partition);
  const features = enabledFeatures(config);
  // The restore environment's runs assume the run role: it gets the restore and drill actions.
  if (options.environment !== undefined) {
    features.add('restore');
    features.add('drill');
  }
  if (accountId === undefined) {
    throw new Error(
      'the trust policy names the account that holds the role: pass its 12-digit id (--account-id 123456789012), or set id: "123456789012" on the only entry of accounts',
    );
  }
  const runSubjects = [branchSubject(options.repository, options.branch)];
  if (options.environment !== undefined) runSubjects.push(environmentSubject(options.repository, options.environment));
  return {
    runPolicy: policyDocument(grantsFor(features, 'run'), ctx),
    planPolicy: policyDocument(grantsFor(features, 'plan'), ctx),
    trustPolicy: githubTrustPolicy(partition, accountId, runSubjects, 'GitHubActionsRun'),
    planTrustPolicy: githubTrustPolicy(partition, accountId, [pullRequestSubject(options.repository)], 'GitHubActionsPullRequestPlan'),
  };
}
