/**
 * Runs one command end to end: load the config, plan (read-only AWS calls), apply unless
 * dry-run, and build the report. The action (main.ts) and the CLI (cli.ts) both call this.
 */
import { resolve } from 'node:path';
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
import { resolveAccounts } from '../config/schema.js';
import { collectExports, planExportActions } from './export.js';
import { planPublish } from './publish.js';
import type { CommandContext, CommandName } from './context.js';

export interface RunOptions {
  command: CommandName;
  /** Config file, relative to repoRoot unless absolute. */
  configPath: string;
  repoRoot: string;
  dryRun: boolean;
  githubToken?: string;
  log(line: string): void;
  env?: NodeJS.ProcessEnv;
}

export interface RunOutcome {
  report: Report;
  stats: RateBudgetStats;
  /** Extra Markdown for the job summary (e.g. the snapshot coverage table). */
  summaryExtras: string[];
}

/** Actions in flight at once while applying (file writes, uploads). */
const APPLY_CONCURRENCY = 8;

export async function runCommand(options: RunOptions): Promise<RunOutcome> {
  const startedAt = new Date();
  const repoRoot = resolve(options.repoRoot);
  const configPath = resolve(repoRoot, options.configPath);
  const config = await loadConfig(configPath);
  // Rules files are read and checked before any AWS call, like the config itself.
  const lifecycleBuckets = options.command === 'export' ? [] : await resolveLifecycleBuckets(config, configPath);
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
    ...(options.githubToken
      ? { github: () => (github ??= createGitHubClient({ token: options.githubToken!, ...(options.env ? { env: options.env } : {}) })) }
      : {}),
  };

  const plans: Plan[] = [];
  const results: ActionResult[] = [];
  const summaryExtras: string[] = [];
  const apply = async (plan: Plan, concurrency = APPLY_CONCURRENCY) => {
    plans.push(plan);
    results.push(...(await applyPlan(plan, { dryRun, concurrency, log: options.log })));
  };
  const withSnapshots = options.command !== 'export' && config.snapshots !== undefined;

  try {
    // Read-only planning of every feature first, side by side; then apply in order.
    const [exports, lifecycle, snapshots] = await Promise.all([
      collectExports(ctx),
      lifecycleBuckets.length > 0
        ? planLifecycle(lifecycleBuckets, ctx.clientsFor, { scheduled: env.GITHUB_EVENT_NAME === 'schedule' })
        : undefined,
      withSnapshots
        ? planSnapshots({
            config,
            accounts: resolveAccounts(config),
            clientsFor: (account) => ctx.clientsFor(account),
            now: new Date(),
            log: options.log,
          })
        : undefined,
    ]);
    if (snapshots) summaryExtras.push(snapshots.coverageMarkdown);
    // Snapshot actions mostly wait on AWS (the module caps its own calls), so they run wide,
    // beside the quick file and lifecycle actions.
    await Promise.all([
      apply(mergePlans(...planExportActions(ctx, exports), ...(lifecycle ? [lifecycle] : []))),
      snapshots ? apply(snapshots.plan, SNAPSHOT_APPLY_CONCURRENCY) : undefined,
    ]);
    if (options.command !== 'plan') await apply(await planPublish(ctx, exports));
  } finally {
    for (const c of clients.values()) c.destroy();
  }

  const report = buildReport({
    command: options.command,
    dryRun,
    startedAt,
    finishedAt: new Date(),
    plan: mergePlans(...plans),
    results,
  });
  return { report, stats: budgets.stats(), summaryExtras };
}
