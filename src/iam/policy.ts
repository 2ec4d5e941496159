/**
 * The least-privilege IAM policies for a config, one role per duty: `plan` (pull-request
 * plans, read-only), `run` (the schedule), `restore` (the protected restore environment),
 * `drill` (restore drills, scratch resources only) and, with a vault account, `vault` and the
 * read-only `vault-plan`. Each comes with its trust policy: the GitHub OIDC subject of exactly
 * the workflow that uses it (the vault role trusts the source account's run, restore and drill
 * roles; the vault plan role only the plan role). Pure: config in, JSON out.
 */
import { partitionOf, type Partition, type Region } from '../config/regions.js';
import type { Config } from '../config/schema.js';
import { AWS_CALLS, DEPENDENT_ACTIONS, type Duty, type Feature, type Scope } from './catalog.js';
import { enabledFeatures } from './features.js';
import { narrow, statementId, type PolicyDocument, type PolicyStatement, type ScopeContext } from './statements.js';
import {
  assertExactSubjectParts,
  awsRoleTrustPolicy,
  branchSubject,
  environmentSubject,
  githubTrustPolicy,
  pullRequestSubject,
  roleArn,
  type TrustPolicyDocument,
} from './trust.js';

export type { PolicyDocument, PolicyStatement } from './statements.js';
export type { TrustPolicyDocument } from './trust.js';

export interface IamPolicyOptions {
  /** OWNER/NAME of the GitHub repository that runs the workflows. */
  repository: string;
  /** The branch whose scheduled and push runs assume the run role (usually main). */
  branch: string;
  /** The protected GitHub environment of the restore workflow; only its jobs may assume the restore role. */
  environment?: string;
  /** The GitHub environment of the drill workflow; only its jobs may assume the drill role. */
  drillEnvironment?: string;
  /** Account that holds the roles; default: the config's only account id. */
  accountId?: string;
}

export const DEFAULT_RESTORE_ENVIRONMENT = 'aws-restore';
export const DEFAULT_DRILL_ENVIRONMENT = 'aws-drill';

export interface RolePolicies {
  policy: PolicyDocument;
  trust: TrustPolicyDocument;
}

/** One entry per duty; `vault` only when the config names a vault account. */
export type IamPolicies = Partial<Record<Duty, RolePolicies>> & Record<Exclude<Duty, 'vault' | 'vault-plan'>, RolePolicies>;

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

/**
 * The vault account of the config, when it has one. The `vault:` section is read here and
 * nowhere else in src/iam (one place to adapt when its schema changes).
 */
export function vaultOf(config: Config): ScopeContext['vault'] {
  const vault = config.vault;
  if (!vault) return undefined;
  const regions = new Set<string>(Object.keys(vault['kms-keys']));
  for (const policy of config.snapshots?.policies ?? []) for (const copy of policy.copies) if (copy.account === 'vault') regions.add(copy.region);
  return { account: vault.id, regions: [...regions].sort(), roleArn: vault['role-arn'], ...(vault['plan-role-arn'] && { planRoleArn: vault['plan-role-arn'] }) };
}

/**
 * The declared buckets by side: those with `account: vault` are planned with the vault plan role
 * and applied with the vault role, the rest with the source account's roles; each side's roles
 * are scoped to its own buckets, and to the replication destinations it owns (whose versioning
 * the plan reads with the owner's role).
 */
function bucketSides(config: Config) {
  const inVault = (account: string | undefined) => config.vault !== undefined && account === 'vault';
  const entries = config.lifecycle?.buckets ?? [];
  const side = (vault: boolean) => {
    const buckets = entries.filter((b) => inVault(b.account) === vault);
    return {
      entries: buckets,
      names: buckets.map((b) => b.name),
      replicationRoles: buckets.flatMap((b) => (b.replication ? [b.replication.role] : [])),
      destinations: entries.flatMap((b) => b.replication?.rules.filter((r) => inVault(r.destination.account ?? b.account) === vault).map((r) => r.destination.bucket) ?? []),
    };
  };
  return { source: side(false), vault: side(true) };
}

function scopeContext(config: Config, account: string, partition: Partition): ScopeContext {
  const regions = new Set<Region>(config.regions);
  for (const a of config.accounts) for (const r of a.regions ?? []) regions.add(r);
  const copyRegions = new Set<string>();
  for (const policy of config.snapshots?.policies ?? []) for (const copy of policy.copies) if (copy.account !== 'vault') copyRegions.add(copy.region);
  // Restores may target the DR region too.
  if (config['dr-region']) copyRegions.add(config['dr-region']);
  const mirror = config.export.mirror;
  const vault = vaultOf(config);
  const { source } = bucketSides(config);
  return {
    partition,
    account,
    regions: [...regions].sort(),
    copyRegions: [...copyRegions].sort(),
    ...(mirror && { mirror: { bucket: mirror.bucket, prefix: mirror.prefix } }),
    lifecycleBuckets: source.names,
    // Restores and drills read every replica (one in the vault through its bucket policy).
    replicaBuckets: (config.lifecycle?.buckets ?? []).flatMap((b) => b.replication?.rules.map((r) => r.destination.bucket) ?? []),
    replicationRoles: source.replicationRoles,
    // The vault's roles are granted by their own scopes: the plan role may assume only the read-only one.
    roleArns: config.accounts.flatMap((a) => (a['role-arn'] ? [a['role-arn']] : [])),
    ...(vault && { vault }),
  };
}

export interface Grant {
  action: string;
  scope: Scope;
  access: 'read' | 'write';
}

/** The features each duty's role works with: the config's, and restores/drills always. */
function dutyFeatures(features: ReadonlySet<Feature>, duty: Duty): Set<Feature> {
  const out = new Set(features);
  if (duty === 'restore') out.add('restore');
  // A drill runs the restore code into scratch resources: the restore reads it shares are on.
  if (duty === 'drill') for (const f of ['restore', 'drill'] as const) out.add(f);
  return out;
}

/** The actions a duty's role needs for a config's features, each with its scope. */
export function grantsFor(features: ReadonlySet<Feature>, duty: Duty): Grant[] {
  const on = dutyFeatures(features, duty);
  const calls = AWS_CALLS.filter((c) => c.duties.includes(duty) && on.has(c.feature));
  const grants: Grant[] = calls.map((c) => ({ action: c.action, scope: c.scope, access: c.access }));
  const called = new Set(calls.map((c) => c.operation));
  for (const d of DEPENDENT_ACTIONS) {
    if (d.duties.includes(duty) && on.has(d.feature) && d.neededBy.some((op) => called.has(op))) {
      grants.push({ action: d.action, scope: d.scope, access: 'write' });
    }
  }
  return grants;
}

/** One statement per (scope, access) and part, actions sorted, in a stable order. */
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
    .flatMap((group) =>
      // A scope with nothing in it (e.g. no replica buckets) grants nothing.
      narrow(group.scope, ctx).filter((part) => !(Array.isArray(part.Resource) && part.Resource.length === 0)).map((part, i) => ({
        Sid: `${statementId(group.scope, group.access)}${i === 0 ? '' : i + 1}`,
        Effect: 'Allow' as const,
        Action: [...group.actions].sort(),
        ...part,
      })),
    );
  return { Version: '2012-10-17', Statement: statements };
}

export function generateIamPolicies(config: Config, options: IamPolicyOptions): IamPolicies {
  const restoreEnvironment = options.environment ?? DEFAULT_RESTORE_ENVIRONMENT;
  const drillEnvironment = options.drillEnvironment ?? DEFAULT_DRILL_ENVIRONMENT;
  assertExactSubjectParts(options.repository, options.branch, restoreEnvironment);
  assertExactSubjectParts(options.repository, options.branch, drillEnvironment);
  if (restoreEnvironment === drillEnvironment) {
    throw new Error(`the restore and drill environments are both "${restoreEnvironment}": give the drill its own (e.g. ${DEFAULT_DRILL_ENVIRONMENT}), or drills could restore over production`);
  }
  const accountId = accountIdFor(config, options);
  if (accountId === undefined) {
    throw new Error(
      'the trust policy names the account that holds the role: pass its 12-digit id (--account-id 123456789012), or set id: "123456789012" on the only entry of accounts',
    );
  }
  const partition = partitionOf(config.regions[0]!);
  // One policy serves every account of a multi-account config, so its ARNs name none.
  const arnAccount = config.accounts.length === 1 ? accountId : '*';
  const ctx = scopeContext(config, arnAccount, partition);
  const sides = bucketSides(config);
  const features = enabledFeatures(config, sides.source.entries);
  // The plan and run read only the destinations their own accounts hold.
  const planRunCtx = { ...ctx, replicaBuckets: sides.source.destinations };
  const policy = (duty: Duty) => policyDocument(grantsFor(features, duty), duty === 'plan' || duty === 'run' ? planRunCtx : ctx);
  const { repository } = options;
  const policies: IamPolicies = {
    plan: { policy: policy('plan'), trust: githubTrustPolicy(partition, accountId, [pullRequestSubject(repository)], 'GitHubActionsPullRequestPlan') },
    run: { policy: policy('run'), trust: githubTrustPolicy(partition, accountId, [branchSubject(repository, options.branch)], 'GitHubActionsScheduledRun') },
    restore: { policy: policy('restore'), trust: githubTrustPolicy(partition, accountId, [environmentSubject(repository, restoreEnvironment)], 'GitHubActionsRestoreEnvironment') },
    drill: { policy: policy('drill'), trust: githubTrustPolicy(partition, accountId, [environmentSubject(repository, drillEnvironment)], 'GitHubActionsDrillEnvironment') },
  };
  const vaultFeatures = enabledFeatures(config, sides.vault.entries);
  const vaultCtx: ScopeContext | undefined = ctx.vault && {
    ...ctx,
    account: ctx.vault.account,
    lifecycleBuckets: sides.vault.names,
    replicaBuckets: sides.vault.destinations,
    replicationRoles: sides.vault.replicationRoles,
  };
  const vaultGrants = grantsFor(vaultFeatures, 'vault');
  if (vaultCtx && vaultGrants.length > 0) {
    // The vault role is assumed from the source account's roles that work with vault copies.
    const sources = (['run', 'restore', 'drill'] as const).map((duty) => roleArn(partition, accountId, duty));
    policies.vault = { policy: policyDocument(vaultGrants, vaultCtx), trust: awsRoleTrustPolicy(sources, 'SourceAccountRoles') };
  }
  const planGrants = grantsFor(vaultFeatures, 'vault-plan');
  if (vaultCtx && planGrants.length > 0) {
    // Read-only, trusted by the plan role alone: a pull request sees the vault but cannot change it.
    policies['vault-plan'] = {
      policy: policyDocument(planGrants, vaultCtx),
      trust: awsRoleTrustPolicy([roleArn(partition, accountId, 'plan')], 'SourceAccountPlanRole'),
    };
  }
  return policies;
}
