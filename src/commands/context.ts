/** What every command gets: the loaded config, where the repository is, and its adapters. */
import type { Config } from '../config/schema.js';
import type { RateBudgets } from '../aws/rate-budget.js';
import type { AwsClients } from '../aws/clients.js';
import type { GitHubClient } from '../github/client.js';

export const COMMANDS = ['run', 'plan', 'export', 'restore', 'drill'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandContext {
  command: CommandName;
  config: Config;
  /** Root of the repository checkout (git work tree). */
  repoRoot: string;
  dryRun: boolean;
  /** One factory per account name, sharing one rate-budget registry. */
  clientsFor(account: { name: string; roleArn?: string; externalId?: string }): AwsClients;
  budgets: RateBudgets;
  /** Only when a token was given; pull-request mode and PR comments need it. Loaded on first use. */
  github?: () => Promise<GitHubClient>;
  log(line: string): void;
  /** Environment for child processes (git); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** `full-export: true` / `--full`: list everything even when incremental exports are on. */
  fullExport?: boolean;
  /** The clock (tests run against the simulator's); defaults to the system clock. */
  now?: () => Date;
}
