/**
 * The Plan model. Every command first builds a Plan from read-only calls — what it will
 * create, copy, delete, change or write, and why — and only then applies it (unless dry-run).
 * The same plan feeds the job summary, the PR comment and the JSON report, so each action
 * carries a human label and a reason next to the function that performs it.
 */

/** What an action does. Extend the union when a new kind of change appears. */
export type ActionKind =
  | 'create'
  | 'update'
  | 'replace'
  | 'delete'
  | 'snapshot'
  | 'copy'
  | 'archive'
  | 'tag'
  | 'write'
  | 'remove'
  | 'commit'
  | 'push'
  | 'pull-request'
  | 'mirror'
  | 'restore';

/** Display and counting order of kinds: constructive first, destructive last. */
export const ACTION_KINDS: readonly ActionKind[] = [
  'create',
  'snapshot',
  'copy',
  'restore',
  'write',
  'mirror',
  'update',
  'tag',
  'archive',
  'commit',
  'push',
  'pull-request',
  'replace',
  'delete',
  'remove',
];

/** Kinds that lose or overwrite something unless the caller says otherwise. */
const DESTRUCTIVE_BY_DEFAULT: ReadonlySet<ActionKind> = new Set(['delete', 'remove', 'replace']);

export type DetailValue = string | number | boolean;

/**
 * What `apply` may return: nothing, or a short note for the report (e.g. the id of the
 * snapshot it created).
 */
export type ApplyNote = string | void;

/**
 * Thrown by an apply function whose target was deleted since the plan read it (e.g. a volume
 * removed between inventory and snapshot): the action is skipped with a warning, not failed.
 */
export class ResourceGoneError extends Error {
  override readonly name = 'ResourceGoneError';
}

export interface PlanAction {
  /** Stable across runs for the same change, unique within a plan (`dependsOn` refers to it). */
  id: string;
  /** Groups actions in reports: `route53`, `load-balancers`, `snapshots:<policy>`, `lifecycle`, `git`… */
  section: string;
  kind: ActionKind;
  /** Human label of what is changed, e.g. `example.com. (public)` or `snap-0abc → eu-west-1`. */
  target: string;
  /** Why this action is in the plan. */
  reason: string;
  /** Deletes, removals and overwrites: shown prominently. */
  destructive: boolean;
  /** Small facts for the report table and JSON (sizes, counts, ids). */
  details?: Record<string, DetailValue>;
  /** Ids of actions that must succeed before this one runs. */
  dependsOn?: string[];
  /** Performs the change. Never serialised. */
  apply: () => Promise<ApplyNote>;
}

/** A problem found while planning: `item` names what, `message` says what happened. */
export interface PlanIssue {
  section?: string;
  item: string;
  message: string;
}

export interface Plan {
  actions: PlanAction[];
  /** Worth knowing but not a failure (e.g. an untagged volume matched no policy). */
  warnings: PlanIssue[];
  /** Items whose planning failed: they fail the run at the end but never stop other items. */
  errors: PlanIssue[];
}

/** The fields a caller supplies; `id` and `destructive` get sensible defaults. */
export interface PlanActionInput {
  id?: string;
  kind: ActionKind;
  target: string;
  reason: string;
  destructive?: boolean;
  details?: Record<string, DetailValue>;
  dependsOn?: string[];
  apply: () => Promise<ApplyNote>;
}

export function emptyPlan(): Plan {
  return { actions: [], warnings: [], errors: [] };
}

/** The default id: stable because it is made only of what the action changes. */
export function defaultActionId(section: string, kind: ActionKind, target: string): string {
  return `${section}/${kind}/${target}`;
}

export function planAction(section: string, input: PlanActionInput): PlanAction {
  const action: PlanAction = {
    id: input.id ?? defaultActionId(section, input.kind, input.target),
    section,
    kind: input.kind,
    target: input.target,
    reason: input.reason,
    destructive: input.destructive ?? DESTRUCTIVE_BY_DEFAULT.has(input.kind),
    apply: input.apply,
  };
  if (input.details && Object.keys(input.details).length > 0) action.details = { ...input.details };
  if (input.dependsOn && input.dependsOn.length > 0) action.dependsOn = [...input.dependsOn];
  return action;
}

/**
 * Collects one section's actions, warnings and errors. Planning code for a feature gets a
 * builder, adds what it found, and returns `build()`; plans from features are then merged.
 */
export class PlanBuilder {
  private readonly plan: Plan = emptyPlan();
  private readonly ids = new Set<string>();

  constructor(readonly section: string) {}

  /** Adds an action and returns its id (for `dependsOn` of later actions). */
  add(input: PlanActionInput): string {
    const action = planAction(this.section, input);
    if (this.ids.has(action.id)) {
      throw new Error(`Plan section '${this.section}' has two actions with id '${action.id}'; give one an explicit id.`);
    }
    this.ids.add(action.id);
    this.plan.actions.push(action);
    return action.id;
  }

  warn(item: string, message: string): void {
    this.plan.warnings.push({ section: this.section, item, message });
  }

  error(item: string, message: string): void {
    this.plan.errors.push({ section: this.section, item, message });
  }

  build(): Plan {
    return {
      actions: [...this.plan.actions],
      warnings: [...this.plan.warnings],
      errors: [...this.plan.errors],
    };
  }
}

/** Concatenates plans in order. Duplicate action ids are a bug in the planner and throw. */
export function mergePlans(...plans: readonly Plan[]): Plan {
  const merged: Plan = {
    actions: plans.flatMap((p) => p.actions),
    warnings: plans.flatMap((p) => p.warnings),
    errors: plans.flatMap((p) => p.errors),
  };
  const duplicate = findDuplicateId(merged.actions);
  if (duplicate !== undefined) {
    throw new Error(`Merged plan has two actions with id '${duplicate}'; action ids must be unique.`);
  }
  return merged;
}

export function findDuplicateId(actions: readonly PlanAction[]): string | undefined {
  const seen = new Set<string>();
  for (const action of actions) {
    if (seen.has(action.id)) return action.id;
    seen.add(action.id);
  }
  return undefined;
}

export function isEmptyPlan(plan: Plan): boolean {
  return plan.actions.length === 0 && plan.warnings.length === 0 && plan.errors.length === 0;
}

/** Section names in order of first appearance (actions, then warnings, then errors). */
export function planSections(plan: Plan): string[] {
  const names = new Set<string>();
  for (const action of plan.actions) names.add(action.section);
  for (const issue of [...plan.warnings, ...plan.errors]) if (issue.section !== undefined) names.add(issue.section);
  return [...names];
}

/** Sorts kinds by ACTION_KINDS, unknown kinds (from later extensions) alphabetically after. */
export function compareKinds(a: string, b: string): number {
  const rank = (kind: string): number => {
    const index = ACTION_KINDS.indexOf(kind as ActionKind);
    return index === -1 ? ACTION_KINDS.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface KindCounts {
  total: number;
  destructive: number;
  /** Only kinds that occur, in ACTION_KINDS order. */
  byKind: Partial<Record<ActionKind, number>>;
}

export interface PlanSummary extends KindCounts {
  /** Sections in order of first appearance. */
  bySection: Record<string, KindCounts>;
  warnings: number;
  errors: number;
}

function countKinds(actions: readonly PlanAction[]): KindCounts {
  const kinds = [...new Set(actions.map((a) => a.kind))].sort(compareKinds);
  const byKind: Partial<Record<ActionKind, number>> = {};
  for (const kind of kinds) byKind[kind] = actions.filter((a) => a.kind === kind).length;
  return { total: actions.length, destructive: actions.filter((a) => a.destructive).length, byKind };
}

/** Counts per kind, overall and per section. */
export function summarisePlan(plan: Plan): PlanSummary {
  const bySection: Record<string, KindCounts> = {};
  for (const section of planSections(plan)) {
    bySection[section] = countKinds(plan.actions.filter((a) => a.section === section));
  }
  return {
    ...countKinds(plan.actions),
    bySection,
    warnings: plan.warnings.length,
    errors: plan.errors.length,
  };
}
