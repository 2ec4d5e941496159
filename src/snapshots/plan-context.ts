/**
 * What the snapshot planner's modules share while planning one config: the inputs, the
 * run's SnapshotRuntime, and the actions, warnings and errors collected so far. Plain state
 * with small helpers; the decisions live in plan-resource, plan-retention and friends.
 */
import type { AwsClients } from '../aws/clients.js';
import type { SnapshotPolicy, SnapshotsConfig } from '../config/snapshots-schema.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import type { VaultConfig } from '../config/vault-schema.js';
import type { Plan, PlanAction, PlanIssue } from '../plan/plan.js';
import type { CoverageRow } from './coverage.js';
import type { SnapshotHandle } from './actions.js';
import type { SnapshotDriver } from './drivers.js';
import { SNAPSHOT_KIND_OF, type RegionInventory, type SnapshotKind, type SnapshotRecord, type SourceResource } from './inventory.js';
import type { KeyCheck } from './kms.js';
import type { CopyClass, SnapshotRuntime } from './runtime.js';
import type { selectResources } from './selection.js';

export const SNAPSHOTS_SECTION = 'snapshots';
export const policySection = (policy: string) => `${SNAPSHOTS_SECTION}:${policy}`;

export interface PlanSnapshotsInput {
  config: Config;
  accounts: ResolvedAccount[];
  clientsFor(account: ResolvedAccount): AwsClients;
  now: Date;
  log(line: string): void;
  /** How long apply waits for snapshots and copies; default `snapshots.wait-minutes`. */
  waitBudgetMs?: number;
  /** Between status polls (default 15 s); tests and the benchmark use less. */
  pollMs?: number;
  /** Between progress lines while waiting (default 60 s). */
  progressEveryMs?: number;
  /** First back-off on copy-limit and quota errors (default 30 s). */
  limitDelayMs?: number;
  copyLimits?: Partial<Record<CopyClass, number>>;
  /**
   * The vault account (config `vault:`) and clients acting with its role (a pull request's
   * plan: its read-only plan role); no clients: the vault is not read, only the source side of
   * vault copies is planned.
   */
  vault?: { config: VaultConfig; clients: AwsClients | undefined };
  /** A pull request's plan: the snapshot policies on its base branch (a shortened retention is called out). */
  base?: SnapshotsConfig;
}

export interface SnapshotPlanResult {
  plan: Plan;
  coverage: CoverageRow[];
  coverageMarkdown: string;
  /** Shared by the plan's actions; exposes the peak copies in progress per destination. */
  runtime: SnapshotRuntime;
}

/** What the planner has read for one account, shared by its resources. */
export interface AccountScope {
  clients: AwsClients;
  account: ResolvedAccount;
  /** Tool snapshots by `region|chainKey`. */
  chains: Map<string, SnapshotRecord[]>;
  byRegion: Map<string, RegionInventory>;
  keys: Map<string, KeyCheck>;
  /** `region|chainKey` of chains whose retention is planned. */
  handled: Set<string>;
  /** Set when the config has a vault and its listing worked. */
  vault?: VaultScope;
  /** Resource ref → why its snapshots cannot go to the vault (its KMS key), checked before planning. */
  vaultProblems: Map<string, string>;
}

/** One resource being planned: what its copies and retention need to know. */
export interface ResourcePlan {
  policy: SnapshotPolicy;
  resource: SourceResource;
  kind: SnapshotKind;
  driver: SnapshotDriver;
  section: string;
  label: string;
  ref: string;
  /** Volumes snapshotted in this run (an instance: its current volumes). */
  volumes: string[];
  /** Volumes with a chain (an instance: current and formerly attached). */
  chainIds: string[];
  sourceChain(volume: string): SnapshotRecord[];
  /** The snapshot action of this run, if one is due. */
  snapshotId: string | undefined;
  handle: SnapshotHandle;
}

export interface VaultScope {
  config: VaultConfig;
  /** Undefined when the vault was not read (a plan without the vault plan role): no vault actions. */
  clients: AwsClients | undefined;
  /** The vault's tool snapshots by `region|source account|chainKey`. */
  chains: Map<string, SnapshotRecord[]>;
  /** `region|ebs` / `region|rds` whose listing failed (reported once): nothing is planned there. */
  failed: Set<string>;
  /** Region → the vault key copies into it are re-encrypted with. */
  keys: Map<string, KeyCheck>;
  /** Source snapshot ids a vault copy of this run shares (the open-share clean-up leaves them). */
  sharing: Set<string>;
  /** Source region → ARNs of the RDS snapshots shared with the vault there (listed by the vault role). */
  sharedRds: Map<string, Set<string>>;
}

export class PlanContext {
  /** Each snapshot followed by its copies: the apply loop starts in plan order, so copies pipeline behind their snapshot. */
  readonly creates: PlanAction[] = [];
  readonly archives: PlanAction[] = [];
  readonly deletes: PlanAction[] = [];
  readonly warnings: PlanIssue[] = [];
  readonly errors: PlanIssue[] = [];
  readonly resources: SourceResource[] = [];
  readonly allSnapshots: SnapshotRecord[] = [];
  readonly snapshotPlanned = new Set<string>();
  readonly copyPlanned = new Set<string>();
  readonly selection = { selected: [], conflicts: [], skipped: [], overlaps: [] } as ReturnType<typeof selectResources>;
  readonly multiAccount: boolean;
  /** The kinds of snapshot some policy copies into the vault account. */
  readonly vaultKinds: ReadonlySet<SnapshotKind>;
  /** Action id → the kind of snapshot it makes or deletes (for the quota check). */
  private readonly actionKinds = new Map<string, SnapshotKind>();

  constructor(
    readonly config: SnapshotsConfig,
    readonly input: PlanSnapshotsInput,
    readonly runtime: SnapshotRuntime,
    readonly now: number,
  ) {
    this.multiAccount = input.accounts.length > 1;
    this.vaultKinds = new Set(config.policies.filter((p) => p.copies.some((c) => c.account === 'vault')).map((p) => SNAPSHOT_KIND_OF[p.resources.type]));
  }

  warn(section: string, item: string, message: string): void {
    this.warnings.push({ section, item, message });
  }

  error(section: string, item: string, message: string): void {
    this.errors.push({ section, item, message });
  }

  where(account: string, region: string): string {
    return this.multiAccount ? `${account}/${region}` : region;
  }

  kindOfAction(action: PlanAction): SnapshotKind | undefined {
    return this.actionKinds.get(action.id);
  }

  push(list: PlanAction[], action: PlanAction, kind: SnapshotKind): void {
    list.push(action);
    this.actionKinds.set(action.id, kind);
  }
}
