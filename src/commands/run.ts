/**
 * Runs one command end to end: load the config, plan (read-only AWS calls), apply unless
 * dry-run, and build the report. The action (main.ts) and the CLI (cli.ts) both call this.
 */
import { relative, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import { createAwsClients, type AwsClients } from '../aws/clients.js';
import { RateBudgets, type RateBudgetStats } from '../aws/rate-budget.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { applyPlan, type ActionResult } from '../plan/apply.js';
import { mergePlans, type Plan } from '../plan/plan.js';
import { buildReport, type Report } from '../report/report.js';
import { resolveLifecycleBuckets } from '../lifecycle/resolve.js';
import { planLifecycle } from '../lifecycle/apply.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../snapshots/plan.js';
import type { CoverageRow } from '../snapshots/coverage.js';
import { resolveAccounts } from '../config/schema.js';
import { planDrill, DRILL_APPLY_CONCURRENCY } from '../restore/drill.js';
import { verifyAccount } from '../aws/identity.js';
import type { RestoreRequest } from '../restore/types.js';
import { collectExports, planExportActions } from './export.js';
import { exportModeMarkdown, exportModeRows, type ExportModeRow } from './export-mode-report.js';
import { planPublish } from './publish.js';
import { planRestore } from './restore.js';
import type { CommandContext, CommandName } from './context.js';

export interface RunOptions {
  command: CommandName;
  /** Config file, relative to repoRoot unless absolute. */
  configPath: string;
  repoRoot: string;
  dryRun: boolean;
  /** What `restore` restores (required for that command). */
  restore?: RestoreRequest;
  githubToken?: string;
  log(line: string): void;
  env?: NodeJS.ProcessEnv;
  /** List everything even when incremental exports are on (`full-export` / `--full`). */
  fullExport?: boolean;
  /** The clock (tests against the simulator's); default the system clock. */
  now?: () => Date;
}

export interface RunOutcome {
  report: Report;
  stats: RateBudgetStats;
  /** Extra Markdown for the job summary (e.g. the snapshot coverage table). */
  summaryExtras: string[];
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

  constructor(
    private readonly dryRun: boolean,
    private readonly log: (line: string) => void,
  ) {}

  async apply(plan: Plan, concurrency = APPLY_CONCURRENCY): Promise<void> {
    this.plans.push(plan);
    this.results.push(...(await applyPlan(plan, { dryRun: this.dryRun, concurrency, log: this.log })));
  }
}

export async function runCommand(options: RunOptions): Promise<RunOutcome> {
  const startedAt = new Date();
  const repoRoot = resolve(options.repoRoot);
  const configPath = resolve(repoRoot, options.configPath);
  // Messages name the config as the user's checkout does, not by this machine's path.
  const inRepo = relative(repoRoot, configPath);
  const shownConfigPath = inRepo && !inRepo.startsWith('..') ? inRepo.split(sep).join('/') : configPath;
  const config = await loadConfig(configPath, shownConfigPath);
  const env = options.env ?? process.env;
  // plan never changes anything, whatever dry-run says.
  const dryRun = options.dryRun || options.command === 'plan';

  const budgets = new RateBudgets({ limits: config['rate-limits'] });
  const clients = new Map<string, AwsClients>();
  const logger = { debug: () => undefined, warn: options.log };
  let github: GitHubClient | undefined;
  const ctx: CommandContext = {
    command: options.command,
    config,
    repoRoot,
    dryRun,
    budgets,
    clientsFor: (account) => {
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
      ? { github: () => (github ??= createGitHubClient({ token: options.githubToken!, ...(options.env ? { env: options.env } : {}) })) }
      : {}),
  };

  const runner = new Runner(dryRun, options.log);
  try {
    // Wrong credentials stop the run before anything is read or written under this account's name.
    await Promise.all([
      ...resolveAccounts(config)
        .filter((a) => a.accountId !== undefined)
        .map((a) => verifyAccount(ctx.clientsFor(a), a.accountId!, a.regions[0]!)),
      ...(config.vault ? [verifyAccount(vaultClients(ctx), config.vault.id, config.regions[0]!)] : []),
    ]);
    if (options.command === 'restore') {
      if (!options.restore) throw new Error('restore needs a restore request (kind and source).');
      await runner.apply(await planRestore(ctx, options.restore));
    } else if (options.command === 'drill') {
      const plan = await planDrill({
        config,
        accounts: resolveAccounts(config),
        clientsFor: ctx.clientsFor,
        repoRoot,
        now: new Date(),
        log: options.log,
      });
      await runner.apply(plan, DRILL_APPLY_CONCURRENCY);
    } else {
      // Rules files are read and checked before any AWS call, like the config itself.
      const lifecycleBuckets = options.command === 'export' ? [] : await resolveLifecycleBuckets(config, configPath, shownConfigPath);
      await runBackup(ctx, runner, { lifecycleBuckets, scheduled: env.GITHUB_EVENT_NAME === 'schedule' });
    }
  } finally {
    for (const c of clients.values()) c.destroy();
  }

  const report = buildReport({
    command: options.command,
    dryRun,
    startedAt,
    finishedAt: new Date(),
    plan: mergePlans(...runner.plans),
    results: runner.results,
    ...(runner.coverage && { coverage: runner.coverage }),
  });
  if (runner.exportModes.length > 0) report.exportModes = runner.exportModes;
  return { report, stats: budgets.stats(), summaryExtras: runner.summaryExtras };
}

/** run / plan / export: exports, snapshots and lifecycle rules, then one commit. */
async function runBackup(
  ctx: CommandContext,
  runner: Runner,
  options: { lifecycleBuckets: Awaited<ReturnType<typeof resolveLifecycleBuckets>>; scheduled: boolean },
): Promise<void> {
  const { config, command } = ctx;
  const withSnapshots = command !== 'export' && config.snapshots !== undefined;
  // Read-only planning of every feature first, side by side; then apply.
  const [exports, lifecycle, snapshots] = await Promise.all([
    collectExports(ctx),
    options.lifecycleBuckets.length > 0
      ? planLifecycle(options.lifecycleBuckets, ctx.clientsFor, { scheduled: options.scheduled })
      : undefined,
    withSnapshots
      ? planSnapshots({
          config,
          accounts: resolveAccounts(config),
          clientsFor: ctx.clientsFor,
          now: new Date(),
          log: ctx.log,
          ...(config.vault && { vault: { config: config.vault, clients: vaultClients(ctx) } }),
        })
      : undefined,
  ]);
  runner.exportModes.push(...exportModeRows(exports));
  if (exports.length > 0) runner.summaryExtras.push(exportModeMarkdown(runner.exportModes));
  if (snapshots) {
    runner.summaryExtras.push(snapshots.coverageMarkdown);
    runner.coverage = snapshots.coverage;
  }
  // Snapshot actions mostly wait on AWS (the module caps its own calls), so they run wide,
  // beside the quick file and lifecycle actions.
  await Promise.all([
    runner.apply(mergePlans(...planExportActions(ctx, exports), ...(lifecycle ? [lifecycle] : []))),
    snapshots ? runner.apply(snapshots.plan, SNAPSHOT_APPLY_CONCURRENCY) : undefined,
  ]);
  if (command !== 'plan') await runner.apply(await planPublish(ctx, exports));
}

/** Clients acting with the vault role (`vault:`); the name cannot be an account name (those are lower case). */
function vaultClients(ctx: CommandContext) {
  const vault = ctx.config.vault!;
  return ctx.clientsFor({ name: 'Vault', roleArn: vault['role-arn'], ...(vault['external-id'] && { externalId: vault['external-id'] }) });
}
