/**
 * The export's mode for one account (full or incremental, and why), the change feed read for
 * it (CloudTrail here; Change History in the Route 53 export, which lists the zones it needs),
 * and the state the next export commit records. I/O (git, CloudTrail) around the pure
 * decisions of export/export-mode.ts.
 */
import type { ResolvedAccount } from '../config/schema.js';
import {
  decideExportMode,
  fallBackToFull,
  nextState,
  type CommittedState,
  type ExportMode,
  type ExportState,
} from '../export/export-mode.js';
import { describeAuthors, mergeChanges, type FeedChange } from '../export/route53-feed.js';
import type { CommittedZone, Route53Incremental } from '../export/route53-incremental.js';
import { HEALTH_CHECKS_PATH } from '../export/health-checks.js';
import type { ExportResult } from '../export/types.js';
import { readCommittedState } from '../git/export-state.js';
import { Git } from '../git/git.js';
import type { ExportFileChanges } from '../git/write-exports.js';
import type { CommandContext } from './context.js';

export interface AccountExportMode {
  mode: ExportMode;
  startedAt: Date;
  /** What the last export commit recorded, if anything. */
  previous?: ExportState;
  /** Route 53 changes the feed reported since the last export (empty without a feed). */
  feed: FeedChange[];
  /** Set in incremental mode: what the Route 53 exporter re-lists. */
  route53?: Route53Incremental;
}

export async function prepareExportMode(
  ctx: CommandContext,
  account: ResolvedAccount,
  folder: string,
  committedZones: Promise<Map<string, CommittedZone>>,
): Promise<AccountExportMode> {
  const startedAt = ctx.now?.() ?? new Date();
  const config = ctx.config.export.incremental;
  const committed: CommittedState = config.enabled
    ? await readCommittedState(new Git(ctx.repoRoot, ctx.env), folder, account.name)
    : { found: false, reason: 'incremental exports are off' };
  let mode = decideExportMode({ config, forceFull: ctx.fullExport === true, committed, now: startedAt });
  const prepared: AccountExportMode = { mode, startedAt, feed: [] };
  if (committed.found) prepared.previous = committed.state;
  if (mode.feedSince) {
    // The CloudTrail SDK is loaded only by the runs that read the feed.
    const { lookupRoute53Changes, ROUTE53_FEED_REGION } = await import('../export/cloudtrail-feed.js');
    const cloudtrail = ctx.clientsFor(account).cloudtrail(ROUTE53_FEED_REGION);
    const reading = await lookupRoute53Changes(cloudtrail, { start: mode.feedSince, end: startedAt });
    if (reading.ok) prepared.feed = reading.changes;
    // A full sweep only used the feed to say who changed what; it does not need it.
    else if (mode.mode === 'incremental') mode = fallBackToFull(reading.reason);
  }
  prepared.mode = mode;
  if (mode.mode === 'incremental') {
    prepared.route53 = {
      changedZones: new Set(prepared.feed.flatMap((c) => (c.zoneId ? [c.zoneId] : []))),
      healthChecksChanged: prepared.feed.some((c) => c.healthCheck),
      committed: await committedZones,
      // Zones with Change History are also read from it, unless switched off: it has no delivery delay.
      ...(config['change-history'] && { changeHistorySince: mode.feedSince }),
    };
  }
  return prepared;
}

/**
 * Folds what the Route 53 export read from Change History into the account's feed (for who
 * changed what) and, when Change History made it list everything, into the mode.
 */
export function absorbChangeHistory(prepared: AccountExportMode, result: ExportResult): void {
  const history = result.changeHistory;
  if (!history) return;
  prepared.feed = mergeChanges(prepared.feed, history.changes);
  if (history.sweptBecause !== undefined) prepared.mode = fallBackToFull(history.sweptBecause);
}

/** The state the commit of this run records for the account (none: the next run sweeps fully). */
export function stateAfter(prepared: AccountExportMode, result: ExportResult): ExportState | undefined {
  return nextState({
    mode: prepared.mode,
    startedAt: prepared.startedAt,
    route53Failed: result.failures.some((f) => f.item.startsWith('route53')),
    ...(prepared.previous ? { previous: prepared.previous } : {}),
  });
}

/** Who changed each changed file, by path, from the feed: "arn… at 2026-…Z". */
export function attributeChanges(
  prepared: AccountExportMode,
  changes: ExportFileChanges,
  committedZones: ReadonlyMap<string, CommittedZone>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (prepared.feed.length === 0) return out;
  const zoneOf = new Map<string, string>();
  for (const [id, zone] of committedZones) zoneOf.set(zone.path, id);
  for (const [path, file] of changes.files) if (file.resourceId) zoneOf.set(path, file.resourceId);
  for (const path of [...changes.added, ...changes.changed, ...changes.removed]) {
    const id = zoneOf.get(path);
    const related = prepared.feed.filter((c) => (path === HEALTH_CHECKS_PATH ? c.healthCheck : id !== undefined && c.zoneId === id));
    if (related.length > 0) out.set(path, describeAuthors(related));
  }
  return out;
}

/** One line for the summary and the report: "incremental: CloudTrail changes since …; re-listed 1 zone". */
export function describeMode(prepared: AccountExportMode, result: ExportResult): string {
  const { mode } = prepared;
  if (mode.mode === 'full') return mode.reason;
  const read = result.changeHistory?.read ?? 0;
  const history = read > 0 ? ` and the Change History of ${read === 1 ? '1 zone' : `${read} zones`}` : '';
  const relisted = result.relisted ?? [];
  const zones = relisted.length === 1 ? '1 zone' : `${relisted.length} zones`;
  const which = relisted.length > 0 && relisted.length <= 10 ? ` (${relisted.map((z) => `${z.zone} ${z.why}`).join('; ')})` : '';
  return `${mode.reason}${history}; re-listed ${zones}${which}, kept ${result.kept?.length ?? 0} file(s) untouched`;
}
