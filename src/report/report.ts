/**
 * The run's Report: the plan, what happened to each action, and what failed — built once and
 * shown everywhere (job summary, PR comment, JSON file, log, exit status).
 */
import { writeFileAtomic } from '../util/atomic-write.js';
import { planSections } from '../plan/plan.js';
import type { ActionKind, DetailValue, Plan, PlanIssue } from '../plan/plan.js';
import type { ActionResult } from '../plan/apply.js';
import type { RateBudgetStats } from '../aws/rate-budget.js';
import { errorMessage } from '../util/concurrency.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { coverageWarnings, type BucketCoverage } from '../s3/coverage.js';
import type { CoverageRow } from '../snapshots/coverage.js';
import type { MirrorCheck } from '../commands/mirror.js';

/**
 * The JSON report's format version, the `version` field; schema/report.schema.json describes
 * it. Bump when the shape changes incompatibly (a field removed, renamed or retyped); adding a
 * field does not bump it.
 */
export const REPORT_FORMAT_VERSION = 1;

/** An action's outcome without its id (the action carries it). */
export type ActionOutcome =
  | { status: 'applied'; note?: string }
  | { status: 'failed'; error: string }
  | { status: 'skipped'; skipped: 'dry-run' }
  | { status: 'skipped'; skipped: 'dependency-failed'; error: string }
  | { status: 'skipped'; skipped: 'resource-gone'; error: string };

export interface ReportAction {
  id: string;
  kind: ActionKind;
  target: string;
  reason: string;
  destructive: boolean;
  details?: Record<string, DetailValue>;
  dependsOn?: string[];
  outcome: ActionOutcome;
}

export interface ReportSection {
  name: string;
  actions: ReportAction[];
  warnings: PlanIssue[];
  errors: PlanIssue[];
}

/** One failure, shown as `item — reason`. */
export interface Failure {
  section?: string;
  item: string;
  reason: string;
}

export interface ReportCounts {
  planned: number;
  destructive: number;
  applied: number;
  failed: number;
  skipped: number;
  warnings: number;
  /** Items whose planning failed. */
  planningErrors: number;
}

export interface Report {
  command: string;
  dryRun: boolean;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string;
  sections: ReportSection[];
  /** Planning errors, then failed actions, in plan order. */
  failures: Failure[];
  warnings: PlanIssue[];
  /** True when the run changed something — or, in dry-run, would change something. */
  changed: boolean;
  counts: ReportCounts;
  /** Export commands: per account, full or incremental and why. */
  exportModes?: { account: string; mode: 'full' | 'incremental'; reason: string }[];
  /** Snapshot coverage, one row per volume, instance, DB instance and cluster (when snapshots are configured). */
  coverage?: CoverageRow[];
  /** The export mirror bucket's Object Lock and versioning, checked before any upload (object-lock: true). */
  mirror?: MirrorCheck;
  /** S3 bucket coverage, one row per bucket whose protection the config declares. */
  bucketCoverage?: BucketCoverage[];
}

export interface ReportInput {
  command: string;
  dryRun: boolean;
  startedAt: Date;
  finishedAt: Date;
  plan: Plan;
  /** One per plan action, as returned by applyPlan. */
  results: readonly ActionResult[];
  coverage?: readonly CoverageRow[];
}

function outcomeOf(result: ActionResult): ActionOutcome {
  const { id: _id, ...outcome } = result;
  return outcome;
}

/** The label a failed action is known by in failure lines, e.g. `delete snap-0abc`. */
export function actionLabel(action: { kind: string; target: string }): string {
  return `${action.kind} ${action.target}`;
}

export function buildReport(input: ReportInput): Report {
  const { plan } = input;
  const resultById = new Map(input.results.map((r) => [r.id, r]));
  const actions = plan.actions.map((action) => {
    const result = resultById.get(action.id);
    if (result === undefined) throw new Error(`No apply result for action '${action.id}'; pass every result of applyPlan.`);
    const reportAction: ReportAction = {
      id: action.id,
      kind: action.kind,
      target: action.target,
      reason: action.reason,
      destructive: action.destructive,
      outcome: outcomeOf(result),
    };
    if (action.details) reportAction.details = { ...action.details };
    if (action.dependsOn) reportAction.dependsOn = [...action.dependsOn];
    return { section: action.section, action: reportAction };
  });

  const sections: ReportSection[] = planSections(plan).map((name) => ({
    name,
    actions: actions.filter((a) => a.section === name).map((a) => a.action),
    warnings: plan.warnings.filter((w) => w.section === name),
    errors: plan.errors.filter((e) => e.section === name),
  }));

  const failures: Failure[] = [
    ...plan.errors.map((e) => withSection(e.section, { item: e.item, reason: e.message })),
    ...actions.flatMap(({ section, action }) =>
      action.outcome.status === 'failed'
        ? [withSection(section, { item: actionLabel(action), reason: action.outcome.error })]
        : [],
    ),
  ];

  // A resource deleted since the inventory is not a backup failure: a warning says what happened.
  const gone: PlanIssue[] = actions.flatMap(({ section, action }) =>
    action.outcome.status === 'skipped' && action.outcome.skipped === 'resource-gone'
      ? [{ section, item: actionLabel(action), message: action.outcome.error }]
      : [],
  );
  for (const issue of gone) sections.find((s) => s.name === issue.section)?.warnings.push(issue);
  const warnings = [...plan.warnings, ...gone];

  const outcomes = actions.map((a) => a.action.outcome);
  const counts: ReportCounts = {
    planned: actions.length,
    destructive: actions.filter((a) => a.action.destructive).length,
    applied: outcomes.filter((o) => o.status === 'applied').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
    warnings: warnings.length,
    planningErrors: plan.errors.length,
  };

  return {
    command: input.command,
    dryRun: input.dryRun,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    sections,
    failures,
    warnings,
    changed: input.dryRun ? counts.planned > 0 : counts.applied > 0,
    counts,
    ...(input.coverage && { coverage: [...input.coverage] }),
  };
}

function withSection(section: string | undefined, failure: Omit<Failure, 'section'>): Failure {
  return section === undefined ? failure : { section, ...failure };
}

/** 0 when nothing failed (planning or applying), 1 otherwise. */
export function exitCode(report: Report): 0 | 1 {
  return report.failures.length === 0 ? 0 : 1;
}

/** `item — reason`, one per failure, newlines inside a reason folded so each stays one line. */
export function failureLines(report: Report): string[] {
  return report.failures.map((f) => `${f.item} — ${f.reason}`.replace(/\s*\r?\n\s*/g, ' '));
}

/**
 * The text for the final log line, `core.setFailed` (the action) or stderr (the CLI);
 * empty when nothing failed.
 */
export function failureMessage(report: Report): string {
  const lines = failureLines(report);
  if (lines.length === 0) return '';
  const head = `${report.command}: ${lines.length} ${lines.length === 1 ? 'item' : 'items'} failed`;
  return [head + ':', ...lines.map((l) => `  ${l}`)].join('\n');
}

// ---- JSON report ----------------------------------------------------------------------

function sortedRecord<V>(record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function issueJson(issue: PlanIssue): Record<string, unknown> {
  return issue.section === undefined
    ? { item: issue.item, message: issue.message }
    : { section: issue.section, item: issue.item, message: issue.message };
}

function outcomeJson(outcome: ActionOutcome): Record<string, unknown> {
  switch (outcome.status) {
    case 'applied':
      return outcome.note === undefined ? { status: 'applied' } : { status: 'applied', note: outcome.note };
    case 'failed':
      return { status: 'failed', error: outcome.error };
    case 'skipped':
      return outcome.skipped === 'dry-run' ? { status: 'skipped', skipped: 'dry-run' } : { status: 'skipped', skipped: outcome.skipped, error: outcome.error };
  }
}

function actionJson(action: ReportAction): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: action.id,
    kind: action.kind,
    target: action.target,
    reason: action.reason,
    destructive: action.destructive,
  };
  if (action.details) json['details'] = sortedRecord(action.details);
  if (action.dependsOn) json['dependsOn'] = [...action.dependsOn];
  json['outcome'] = outcomeJson(action.outcome);
  return json;
}

/** A coverage row with its keys in a fixed order; absent ages are left out. */
function coverageJson(row: CoverageRow): Record<string, unknown> {
  return {
    account: row.account,
    region: row.region,
    type: row.type,
    id: row.id,
    ...(row.name !== undefined && { name: row.name }),
    status: row.status,
    policies: [...row.policies],
    ...(row.newestSnapshotAgeHours !== undefined && { newestSnapshotAgeHours: row.newestSnapshotAgeHours }),
    ...(row.newestCopyAgeHours !== undefined && { newestCopyAgeHours: row.newestCopyAgeHours }),
    notes: [...row.notes],
  };
}

/** A bucket coverage row with its keys in a fixed order, and the warnings it gives as notes. */
function bucketCoverageJson(row: BucketCoverage): Record<string, unknown> {
  return {
    account: row.account,
    region: row.region,
    bucket: row.bucket,
    versioning: row.versioning,
    replicates: row.replicates,
    offAccount: row.offAccount,
    objectLock: row.objectLock,
    receivesReplicas: row.receivesReplicas,
    failedKeys: [...row.failedKeys],
    notes: coverageWarnings(row),
  };
}

/** Plain data with object keys sorted at every level, so extra blocks serialise stably too. */
function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedDeep(v)]),
    );
  }
  return value;
}

/**
 * The JSON report: keys in a fixed order whatever order the Report was built in, functions
 * and unknown fields dropped, two-space indent, trailing newline. `apiCalls` (AWS calls and
 * throttling per operation, from the rate budgets) is added last when given.
 */
/** Measurements of the run itself, added to the JSON report (the benchmark reads them). */
export interface RunStats {
  apiCalls: RateBudgetStats;
  /** Peak resident set size of the process, in bytes. */
  peakRssBytes: number;
}

export function toJson(report: Report, stats?: RunStats): string {
  const c = report.counts;
  const json = {
    version: REPORT_FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    command: report.command,
    dryRun: report.dryRun,
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    changed: report.changed,
    exitCode: exitCode(report),
    counts: {
      planned: c.planned,
      destructive: c.destructive,
      applied: c.applied,
      failed: c.failed,
      skipped: c.skipped,
      warnings: c.warnings,
      planningErrors: c.planningErrors,
    },
    failures: report.failures.map((f) =>
      f.section === undefined ? { item: f.item, reason: f.reason } : { section: f.section, item: f.item, reason: f.reason },
    ),
    warnings: report.warnings.map(issueJson),
    sections: report.sections.map((s) => ({
      name: s.name,
      actions: s.actions.map(actionJson),
      warnings: s.warnings.map(issueJson),
      errors: s.errors.map(issueJson),
    })),
    ...(report.exportModes ? { exportModes: report.exportModes } : {}),
    ...(report.coverage && { coverage: report.coverage.map(coverageJson) }),
    ...(report.bucketCoverage && { bucketCoverage: report.bucketCoverage.map(bucketCoverageJson) }),
    ...(report.mirror && { mirror: report.mirror }),
    ...(stats === undefined ? {} : { apiCalls: sortedDeep(stats.apiCalls), process: { peakRssBytes: stats.peakRssBytes } }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Writes the JSON report atomically: a temporary file in the same folder, then a rename, so
 * a reader never sees half a report and a failed write leaves the previous one intact.
 */
export async function writeJsonReport(path: string, report: Report, stats?: RunStats): Promise<void> {
  try {
    await writeFileAtomic(path, toJson(report, stats));
  } catch (error) {
    throw new Error(`Could not write the JSON report to ${path}: ${errorMessage(error)}. Check that the folder is writable or choose another report path.`);
  }
}
