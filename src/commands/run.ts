/**
 * Runs one command end to end: load the config, plan (read-only AWS calls), apply unless
 * dry-run, and build the report. The action (main.ts) and the CLI (cli.ts) both call this.
 *
 * Everything that needs no AWS happens here first (the config, the lifecycle rules files), so
 * a mistake in them is reported before any AWS SDK module is even loaded; execute.ts, imported
 * only then, does the AWS part.
 */
import { relative, resolve, sep } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { RateBudgetStats } from '../aws/rate-budget.js';
import { buildReport, type Report } from '../report/report.js';
import { resolveLifecycleBuckets } from '../lifecycle/resolve.js';
import { resolveProtectedBuckets } from '../s3/resolve.js';
import { mergePlans } from '../plan/plan.js';
import type { RestoreRequest } from '../restore/types.js';
import type { CommandName } from './context.js';

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
  /** Write the export files but make no commit, whatever `commit.mode` says (CLI `--write-only`). */
  writeOnly?: boolean;
}

export interface RunOutcome {
  report: Report;
  stats: RateBudgetStats;
  /** Extra Markdown for the job summary (e.g. the snapshot coverage table). */
  summaryExtras: string[];
}

export async function runCommand(options: RunOptions): Promise<RunOutcome> {
  const startedAt = new Date();
  const repoRoot = resolve(options.repoRoot);
  const configPath = resolve(repoRoot, options.configPath);
  // Messages name the config as the user's checkout does, not by this machine's path.
  const inRepo = relative(repoRoot, configPath);
  const shownConfigPath = inRepo && !inRepo.startsWith('..') ? inRepo.split(sep).join('/') : configPath;
  const loaded = await loadConfig(configPath, shownConfigPath);
  // Write-only is commit mode none: the files are written, git is left to the caller.
  const config = options.writeOnly ? { ...loaded, commit: { ...loaded.commit, mode: 'none' as const } } : loaded;
  // plan never changes anything, whatever dry-run says.
  const dryRun = options.dryRun || options.command === 'plan';
  // Rules files are read and checked before any AWS call, like the config itself.
  const backup = options.command === 'run' || options.command === 'plan' || options.command === 'export';
  const lifecycleBuckets = backup && options.command !== 'export' ? await resolveLifecycleBuckets(config, configPath, shownConfigPath) : [];

  const protectedBuckets = backup && options.command !== 'export' ? await resolveProtectedBuckets(config, configPath) : [];

  const { executeCommand } = await import('./execute.js');
  const outcome = await executeCommand({ ...options, config, repoRoot, dryRun, lifecycleBuckets, protectedBuckets });

  const report = buildReport({
    command: options.command,
    dryRun,
    startedAt,
    finishedAt: new Date(),
    plan: mergePlans(...outcome.plans),
    results: outcome.results,
    ...(outcome.coverage && { coverage: outcome.coverage }),
  });
  if (outcome.exportModes.length > 0) report.exportModes = outcome.exportModes;
  if (outcome.mirror) report.mirror = outcome.mirror;
  if (outcome.bucketCoverage) report.bucketCoverage = outcome.bucketCoverage;
  return { report, stats: outcome.stats, summaryExtras: outcome.summaryExtras };
}
