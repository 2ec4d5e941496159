/**
 * Applies a Plan: runs every action whose dependencies succeeded, independent actions in
 * parallel up to a limit, and records one result per action. A failed action never stops the
 * others — only the actions that depend on it are skipped — so the run fails at the end with
 * everything else done. In dry-run nothing runs at all.
 */
import { errorMessage } from '../util/concurrency.js';
import { findDuplicateId, ResourceGoneError } from './plan.js';
import type { Plan, PlanAction } from './plan.js';

export type ActionResult =
  | { id: string; status: 'applied'; note?: string }
  | { id: string; status: 'failed'; error: string }
  | { id: string; status: 'skipped'; skipped: 'dry-run' }
  | { id: string; status: 'skipped'; skipped: 'dependency-failed'; error: string }
  | { id: string; status: 'skipped'; skipped: 'resource-gone'; error: string };

export interface ApplyOptions {
  dryRun: boolean;
  /** Most actions in flight at once, across all sections. */
  concurrency: number;
  /** Lower limits for some sections, e.g. `{ 'snapshots:daily': 5 }`. */
  sectionConcurrency?: Readonly<Record<string, number>>;
  /** One line per finished action. */
  log?: (message: string) => void;
}

function checkLimit(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a whole number of at least 1 (got ${value}).`);
  }
}

/**
 * Plan bugs found before anything runs: a dependency on an id that is not in the plan, or a
 * dependency cycle. Such actions fail (in dry-run too, so a PR plan shows the bug).
 */
function findInvalidActions(actions: readonly PlanAction[]): Map<string, string> {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const invalid = new Map<string, string>();
  for (const action of actions) {
    const unknown = (action.dependsOn ?? []).filter((dep) => !byId.has(dep));
    if (unknown.length > 0) {
      invalid.set(action.id, `depends on unknown action ${unknown.map((d) => `'${d}'`).join(', ')} (a bug in the planner)`);
    }
  }
  // Kahn's algorithm: whatever never reaches in-degree 0 is in a cycle or behind one.
  const indegree = new Map(actions.map((a) => [a.id, (a.dependsOn ?? []).filter((d) => byId.has(d)).length]));
  const dependents = new Map<string, string[]>();
  for (const action of actions) {
    for (const dep of action.dependsOn ?? []) dependents.set(dep, [...(dependents.get(dep) ?? []), action.id]);
  }
  const ready = actions.filter((a) => indegree.get(a.id) === 0).map((a) => a.id);
  while (ready.length > 0) {
    const id = ready.pop() as string;
    for (const next of dependents.get(id) ?? []) {
      const left = (indegree.get(next) as number) - 1;
      indegree.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  const stuck = new Set(actions.filter((a) => (indegree.get(a.id) as number) > 0).map((a) => a.id));
  const reachesItself = (start: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(byId.get(start)?.dependsOn ?? [])];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (id === start) return true;
      if (seen.has(id) || !stuck.has(id)) continue;
      seen.add(id);
      stack.push(...(byId.get(id)?.dependsOn ?? []));
    }
    return false;
  };
  for (const id of stuck) {
    // Actions merely behind a cycle are skipped later as "dependency failed".
    if (reachesItself(id)) invalid.set(id, 'is part of a dependency cycle (a bug in the planner)');
  }
  return invalid;
}

function describe(action: PlanAction): string {
  return `[${action.section}] ${action.kind} ${action.target}`;
}

export async function applyPlan(plan: Plan, options: ApplyOptions): Promise<ActionResult[]> {
  checkLimit('concurrency', options.concurrency);
  for (const [section, limit] of Object.entries(options.sectionConcurrency ?? {})) {
    checkLimit(`sectionConcurrency['${section}']`, limit);
  }
  const duplicate = findDuplicateId(plan.actions);
  if (duplicate !== undefined) throw new Error(`Plan has two actions with id '${duplicate}'; action ids must be unique.`);

  const log = options.log ?? (() => {});
  const results = new Map<string, ActionResult>();
  const settle = (action: PlanAction, result: ActionResult): void => {
    results.set(action.id, result);
    if (result.status === 'applied') log(`applied: ${describe(action)}${result.note ? ` (${result.note})` : ''}`);
    else if (result.status === 'failed') log(`FAILED: ${describe(action)} — ${result.error}`);
    else if (result.skipped === 'dry-run') log(`would ${action.kind}: [${action.section}] ${action.target} — ${action.reason}`);
    else log(`skipped: ${describe(action)} — ${result.error}`);
  };

  const invalid = findInvalidActions(plan.actions);
  const pending = new Set<PlanAction>();
  for (const action of plan.actions) {
    const problem = invalid.get(action.id);
    if (problem !== undefined) settle(action, { id: action.id, status: 'failed', error: problem });
    else if (options.dryRun) settle(action, { id: action.id, status: 'skipped', skipped: 'dry-run' });
    else pending.add(action);
  }

  const running = new Map<string, Promise<void>>();
  const runningPerSection = new Map<string, number>();
  const sectionLimit = (section: string): number => options.sectionConcurrency?.[section] ?? Infinity;

  const start = (action: PlanAction): void => {
    pending.delete(action);
    runningPerSection.set(action.section, (runningPerSection.get(action.section) ?? 0) + 1);
    const run = (async () => {
      try {
        const note = await action.apply();
        settle(action, note ? { id: action.id, status: 'applied', note } : { id: action.id, status: 'applied' });
      } catch (error) {
        if (error instanceof ResourceGoneError) settle(action, { id: action.id, status: 'skipped', skipped: 'resource-gone', error: error.message });
        else settle(action, { id: action.id, status: 'failed', error: errorMessage(error) });
      }
    })();
    // Bookkeeping in a continuation, not in the body: an apply that throws synchronously
    // finishes the body before `running.set` below, and would otherwise stay "running" forever.
    running.set(
      action.id,
      run.then(() => {
        running.delete(action.id);
        runningPerSection.set(action.section, (runningPerSection.get(action.section) as number) - 1);
      }),
    );
  };

  /** Skips actions whose dependency did not succeed; repeats so skips cascade down chains. */
  const skipBlocked = (): void => {
    let skippedAny = true;
    while (skippedAny) {
      skippedAny = false;
      for (const action of pending) {
        const blocker = (action.dependsOn ?? []).find((dep) => {
          const result = results.get(dep);
          return result !== undefined && result.status !== 'applied';
        });
        if (blocker === undefined) continue;
        pending.delete(action);
        const why = results.get(blocker)?.status === 'failed' ? 'failed' : 'was skipped';
        settle(action, { id: action.id, status: 'skipped', skipped: 'dependency-failed', error: `not run: '${blocker}' ${why}` });
        skippedAny = true;
      }
    }
  };

  const startReady = (): void => {
    for (const action of pending) {
      if (running.size >= options.concurrency) return;
      if ((runningPerSection.get(action.section) ?? 0) >= sectionLimit(action.section)) continue;
      if ((action.dependsOn ?? []).every((dep) => results.get(dep)?.status === 'applied')) start(action);
    }
  };

  for (;;) {
    skipBlocked();
    startReady();
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  // Unreachable when the checks above are right; kept so no action is ever left without a result.
  for (const action of pending) {
    settle(action, { id: action.id, status: 'failed', error: 'never became ready to run (a bug in the apply loop)' });
  }

  return plan.actions.map((action) => results.get(action.id) as ActionResult);
}
