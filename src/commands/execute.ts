/**
 * The AWS part of a command, after the config is loaded and checked: create the clients, load
 * the SDK packages the command needs (services.ts), verify the accounts, then plan and apply
 * each feature. Feature modules are imported when their feature is on, so a run that only
 * exports Route 53 never loads the EC2 or RDS SDK.
 */
import { resolve } from 'node:path';
import { createAwsClients, type AwsClients } from '../aws/clients.js';
import { loadAwsServices } from '../aws/aws-services.js';
import { RateBudgets, type RateBudgetStats } from '../aws/rate-budget.js';
import type { GitHubClient } from '../github/client.js';
import { applyPlan, type ActionResult } from '../plan/apply.js';
import { mergePlans, type Plan } from '../plan/plan.js';
import type { LifecycleBucket } from '../lifecycle/resolve.js';
import type { ProtectedBucket } from '../s3/resolve.js';
import { resolveAccounts, type Config } from '../config/schema.js';
import type { CommandContext } from './context.js';
import type { RunOptions } from './run.js';
import { servicesFor } from './services.js';
import type { BucketCoverage } from '../s3/coverage.js';
import type { CoverageRow } from '../snapshots/coverage.js';
import { exportModeMarkdown, exportModeRows, type ExportModeRow } from './export-mode-report.js';
import type { MirrorCheck } from './mirror.js';

export interface ExecuteOptions extends RunOptions {
  config: Config;
  /** Absolute. */
  repoRoot: string;
  /** Already forced on for plan. */
  dryRun: boolean;
  lifecycleBuckets: LifecycleBucket[];
  /** Buckets whose versioning, replication or Object Lock the config declares. */
  protectedBuckets: ProtectedBucket[];
}

export interface ExecuteOutcome {
  plans: Plan[];
  results: ActionResult[];
  stats: RateBudgetStats;
  summaryExtras: string[];
  exportModes: ExportModeRow[];
  /** Snapshot coverage rows for the JSON report. */
  coverage?: CoverageRow[];
  /** S3 bucket coverage rows for the JSON report. */
  bucketCoverage?: BucketCoverage[];
  mirror?: MirrorCheck;
}

/** Actions in flight at once while applying (file writes, uploads). */
const APPLY_CONCURRENCY = 8;

/** Collects each applied plan and its results, in the order they ran. */
class Runner {
  readonly plans: Plan[] = [];
  readonly results: ActionResult[] = [];
  readonly summaryExtras: string[] = [];
  readonly exportModes: ExportModeRow[] = [];
  /** Snapshot coverage rows for the JSON report. */
  coverage: CoverageRow[] | undefined;
  bucketCoverage: BucketCoverage[] | undefined;
  /** The export mirror's Object Lock check, when the bucket is declared locked. */
  mirror: MirrorCheck | undefined;

  constructor(
    private readonly dryRun: boolean,
    private readonly log: (line: string) => void,
  ) {}

  async apply(plan: Plan, concurrency = APPLY_CONCURRENCY): Promise<void> {
    this.plans.push(plan);
    this.results.push(...(await applyPlan(plan, { dryRun: this.dryRun, concurrency, log: this.log })));
  }
}

export async function executeCommand(options: ExecuteOptions): Promise<ExecuteOutcome> {
  const { config, repoRoot, dryRun } = options;
  const env = options.env ?? process.env;
  const budgets = new RateBudgets({ limits: config['rate-limits'] });
  const clients = new Map<string, AwsClients>();
  const logger = { debug: () => undefined, warn: options.log };
  let github: Promise<GitHubClient> | undefined;
  const ctx: CommandContext = {
    command: options.command,
    config,
    repoRoot,
    dryRun,
    budgets,
    clientsFor: (requested) => {
      const account = planSafe(options.command, config, requested);
      let c = clients.get(account.name);
      if (!c) {
        c = createAwsClients({
          account: account.name,
          budgets,
          logger,
          ...(account.roleArn ? { roleArn: account.roleArn } : {}),
          ...(account.externalId ? { externalId: account.externalId } : {}),
          ...(options.env ? { env: options.env } : {}),
        });
        clients.set(account.name, c);
      }
      return c;
    },
    log: options.log,
    ...(options.env ? { env: options.env } : {}),
    ...(options.fullExport ? { fullExport: true } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.githubToken
      ? {
          // Octokit is loaded only by the runs that talk to GitHub.
          github: () =>
            (github ??= import('../github/client.js').then(({ createGitHubClient }) =>
              createGitHubClient({ token: options.githubToken!, ...(options.env ? { env: options.env } : {}) }),
            )),
        }
      : {}),
  };

  const runner = new Runner(dryRun, options.log);
  try {
    await loadAwsServices(servicesFor(options.command, config, options.restore?.kind));
    // Wrong credentials stop the run before anything is read or written under this account's name.
    const withIds = resolveAccounts(config).filter((a) => a.accountId !== undefined);
    const vault = config.vault && vaultClients(ctx);
    if (withIds.length > 0 || vault) {
      const { verifyAccount } = await import('../aws/identity.js');
      await Promise.all([
        ...withIds.map((a) => verifyAccount(ctx.clientsFor(a), a.accountId!, a.regions[0]!)),
        ...(vault ? [verifyAccount(vault, config.vault!.id, config.regions[0]!)] : []),
      ]);
    }
    if (options.command === 'restore') {
      if (!options.restore) throw new Error('restore needs a restore request (kind and source).');
      const { planRestore } = await import('./restore.js');
      await runner.apply(await planRestore(ctx, options.restore));
    } else if (options.command === 'drill') {
      const { planDrill, DRILL_APPLY_CONCURRENCY } = await import('../restore/drill.js');
      const plan = await planDrill({
        config,
        accounts: resolveAccounts(config),
        clientsFor: ctx.clientsFor,
        repoRoot,
        now: new Date(),
        log: options.log,
        ...(vault && { vaultClients: () => vault }),
      });
      await runner.apply(plan, DRILL_APPLY_CONCURRENCY);
    } else {
      await runBackup(ctx, runner, {
        lifecycleBuckets: options.lifecycleBuckets,
        protectedBuckets: options.protectedBuckets,
        scheduled: env.GITHUB_EVENT_NAME === 'schedule',
        configPath: resolve(repoRoot, options.configPath),
      });
    }
  } finally {
    for (const c of clients.values()) c.destroy();
  }
  return { plans: runner.plans, results: runner.results, stats: budgets.stats(), summaryExtras: runner.summaryExtras, exportModes: runner.exportModes, ...(runner.coverage && { coverage: runner.coverage }), ...(runner.bucketCoverage && { bucketCoverage: runner.bucketCoverage }), ...(runner.mirror && { mirror: runner.mirror }) };
}

/** run / plan / export: exports, snapshots and lifecycle rules, then one commit. */
async function runBackup(
  ctx: CommandContext,
  runner: Runner,
  options: { lifecycleBuckets: LifecycleBucket[]; protectedBuckets: ProtectedBucket[]; scheduled: boolean; configPath: string },
): Promise<void> {
  const { config, command } = ctx;
  const withSnapshots = command !== 'export' && config.snapshots !== undefined;
  // A pull request's plan compares with the base branch's config (a shortened retention is called out).
  const base = command === 'plan' && withSnapshots ? await (await import('./base-config.js')).readBaseConfig(ctx.repoRoot, options.configPath, ctx.env ?? process.env) : undefined;
  if (base && 'problem' in base) runner.plans.push({ actions: [], warnings: [{ section: 'snapshots', item: 'retention changes', message: base.problem }], errors: [] });
  // The mirror bucket is checked only where files are uploaded (run, export), before any upload.
  const checksMirror = command !== 'plan' && config.export.mirror?.['object-lock'] === true;
  const [exportsModule, lifecycleModule, snapshotsModule, protectionModule, mirrorModule] = await Promise.all([
    import('./export.js'),
    options.lifecycleBuckets.length > 0 ? import('../lifecycle/apply.js') : undefined,
    withSnapshots ? import('../snapshots/plan.js') : undefined,
    options.protectedBuckets.length > 0 ? import('../s3/protection-plan.js') : undefined,
    checksMirror ? import('./mirror.js') : undefined,
  ]);
  // Read-only planning of every feature first, side by side; then apply.
  const [exports, lifecycle, snapshots, protection, mirrorCheck] = await Promise.all([
    exportsModule.collectExports(ctx),
    lifecycleModule?.planLifecycle(options.lifecycleBuckets, ctx.clientsFor, { scheduled: options.scheduled }),
    snapshotsModule?.planSnapshots({
      config,
      accounts: resolveAccounts(config),
      clientsFor: ctx.clientsFor,
      now: new Date(),
      log: ctx.log,
      ...(config.vault && { vault: { config: config.vault, clients: vaultClients(ctx) } }),
      ...(base && 'config' in base && base.config.snapshots && { base: base.config.snapshots }),
    }),
    protectionModule?.planProtection(options.protectedBuckets, ctx.clientsFor, { scheduled: options.scheduled, now: new Date(), log: ctx.log }),
    mirrorModule?.checkMirror(ctx),
  ]);
  if (mirrorCheck) {
    runner.mirror = mirrorCheck;
    runner.summaryExtras.push(mirrorModule!.mirrorCheckMarkdown(mirrorCheck));
  }
  if (protection?.coverageMarkdown) runner.summaryExtras.push(protection.coverageMarkdown);
  if (protection?.coverage.length) runner.bucketCoverage = protection.coverage;
  runner.exportModes.push(...exportModeRows(exports));
  if (exports.length > 0) runner.summaryExtras.push(exportModeMarkdown(runner.exportModes));
  if (snapshots) {
    runner.summaryExtras.push(snapshots.coverageMarkdown);
    runner.coverage = snapshots.coverage;
  }
  // Snapshot actions mostly wait on AWS (the module caps its own calls), so they run wide,
  // beside the quick file and lifecycle actions.
  await Promise.all([
    runner.apply(
      mergePlans(
        ...exportsModule.planExportActions(ctx, exports, mirrorCheck),
        ...(mirrorCheck ? [mirrorModule!.mirrorCheckPlan(mirrorCheck)] : []),
        ...(lifecycle ? [lifecycle] : []),
        ...(protection ? [protection.plan] : []),
      ),
    ),
    snapshots ? runner.apply(snapshots.plan, snapshotsModule!.SNAPSHOT_APPLY_CONCURRENCY) : undefined,
  ]);
  if (command !== 'plan') {
    const { planPublish } = await import('./publish.js');
    await runner.apply(await planPublish(ctx, exports));
  }
}

/**
 * Clients acting in the vault account (`vault:`): with the vault role, or in a pull request's
 * plan with the read-only vault plan role — undefined when none is configured (the plan then
 * does not read the vault). The names cannot be account names (those are lower case).
 */
function vaultClients(ctx: CommandContext): AwsClients | undefined {
  const vault = ctx.config.vault!;
  if (ctx.command === 'plan' && vault['plan-role-arn'] === undefined) return undefined;
  // In a plan, planSafe turns this into the vault plan role.
  return ctx.clientsFor({ name: 'Vault', roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) });
}

type AccountRole = Parameters<CommandContext['clientsFor']>[0];

/**
 * A pull request's plan runs the pull request's code, so it never assumes the vault role (which
 * can delete unlocked vault copies): whatever it reads in the vault, it reads with the
 * read-only vault plan role, or it gets one clear error.
 */
function planSafe(command: ExecuteOptions['command'], config: Config, account: AccountRole): AccountRole {
  const vault = config.vault;
  if (command !== 'plan' || !vault || account.roleArn !== vault['role-arn']) return account;
  const planRole = vault['plan-role-arn'];
  if (planRole === undefined) {
    throw new Error(
      `a pull request's plan does not assume the vault role ${vault['role-arn']}, which can change the vault; create the read-only vault plan role (docs/vault.md) and set vault.plan-role-arn to let plans read the vault`,
    );
  }
  return { name: 'VaultPlan', roleArn: planRole, ...(account.externalId !== undefined && { externalId: account.externalId }) };
}
