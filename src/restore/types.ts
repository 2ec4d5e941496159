/**
 * The restore command's contracts. A `workflow_dispatch` run names what to restore; each kind
 * has a planner that reads the source (an export file at the checked-out commit, a snapshot,
 * a point in time) and the live target, and returns a Plan — the exact change, dry-run by
 * default. Inputs that cannot be satisfied are one clear error before anything changes.
 */
import type { Config, ResolvedAccount } from '../config/schema.js';
import type { AwsClients } from '../aws/clients.js';
import type { Plan } from '../plan/plan.js';

export const RESTORE_KINDS = ['route53-zone', 'load-balancer', 'ebs-volume', 'rds-instance', 'rds-cluster', 's3-prefix'] as const;
export type RestoreKind = (typeof RESTORE_KINDS)[number];

export interface RestoreRequest {
  kind: RestoreKind;
  /**
   * What to restore from:
   * - route53-zone / load-balancer: an export file path (repo-relative) or the zone / load
   *   balancer name, looked up in the account's export folder at the checked-out commit;
   * - ebs-volume / rds-instance / rds-cluster: a snapshot id/ARN, or `latest:<resource id>`
   *   (newest snapshot the tool made of that resource, in `region`);
   * - s3-prefix: `BUCKET[/PREFIX]` (see src/s3/restore.ts).
   */
  source: string;
  /** Region to restore into (a primary region or the DR region); default: the source's. */
  region?: string;
  /** Name of what to create or overwrite; default: the source's own name. */
  target?: string;
  /** RDS point-in-time restore: ISO 8601 instant, or `latest`. */
  pointInTime?: string;
  /** Config account name; default: the first account. */
  account?: string;
  /** Proceed past safety thresholds (e.g. >30% of a zone changed) and touch apex NS/SOA. */
  force: boolean;
  /** Kind-specific options (availability zone, instance to attach to, instance class, …). */
  options: Record<string, string>;
}

export interface RestoreContext {
  config: Config;
  account: ResolvedAccount;
  clients: AwsClients;
  /** Repository root; export files are read from `<export.path>/<account>/`. */
  repoRoot: string;
  /** Clients acting with the vault role (`vault:` in the config), for restores from vault copies. */
  vaultClients?: () => AwsClients;
  now: Date;
  log(line: string): void;
}

/** Thrown for a restore input that cannot be satisfied; the message says what and how to fix it. */
export class RestoreInputError extends Error {
  override name = 'RestoreInputError';
}

export type RestorePlanner = (request: RestoreRequest, ctx: RestoreContext) => Promise<Plan>;
