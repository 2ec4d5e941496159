/**
 * Full or incremental: which kind of export a run makes for one account, and why. Pure.
 *
 * The state lives in the repository, nowhere else: every export commit carries a trailer per
 * account, `Export-State: <account> as-of=<ISO> full=<ISO>` — the instant the committed files
 * were known to equal AWS (the start of that run's listing) and that of the last full sweep.
 * The latest commit touching the account's folder must be such a commit; a run with no
 * change makes no commit, so the next run simply looks back from the same instant.
 */
import { EVENT_HISTORY_DAYS, sweepDays, type IncrementalConfig } from '../config/incremental-schema.js';
import { isoSeconds as iso } from '../util/iso-seconds.js';

export const STATE_TRAILER = 'Export-State';

export interface ExportState {
  /** The committed files equal AWS as of this instant. */
  asOf: Date;
  /** The last full sweep that completed without a Route 53 failure. */
  lastFull: Date;
}

/** What the latest commit touching the account's folder says. */
export type CommittedState =
  | { found: true; state: ExportState }
  | { found: false; reason: string };

export type ExportMode =
  | { mode: 'full'; reason: string; /** Look the feed up from here, only to say who changed what. */ feedSince?: Date }
  | { mode: 'incremental'; reason: string; feedSince: Date };

const DAY_MS = 24 * 60 * 60 * 1000;

export function formatStateTrailer(account: string, state: ExportState): string {
  return `${STATE_TRAILER}: ${account} as-of=${state.asOf.toISOString()} full=${state.lastFull.toISOString()}`;
}

/** The state of `account` in a commit message, if the commit carries it. */
export function parseStateTrailer(message: string, account: string): ExportState | undefined {
  for (const line of message.split('\n')) {
    const match = /^Export-State:\s+(\S+)\s+as-of=(\S+)\s+full=(\S+)\s*$/.exec(line.trim());
    if (!match || match[1] !== account) continue;
    const asOf = new Date(match[2]!);
    const lastFull = new Date(match[3]!);
    if (Number.isNaN(asOf.getTime()) || Number.isNaN(lastFull.getTime())) return undefined;
    return { asOf, lastFull };
  }
  return undefined;
}

/**
 * Decides the mode before any AWS call. The feed (CloudTrail event history) can still turn an
 * incremental run into a full sweep afterwards (`fallBackToFull`), when it fails or cannot
 * place an event.
 */
export function decideExportMode(input: {
  config: IncrementalConfig;
  /** `full-export: true` / `--full`. */
  forceFull: boolean;
  committed: CommittedState;
  now: Date;
}): ExportMode {
  const { config, committed, now } = input;
  if (!config.enabled) return { mode: 'full', reason: 'incremental exports are off (export.incremental.enabled)' };
  if (!committed.found) return { mode: 'full', reason: committed.reason };
  const { asOf, lastFull } = committed.state;
  const feedSince = new Date(asOf.getTime() - config['feed-delay-minutes'] * 60_000);
  const historyStart = new Date(now.getTime() - EVENT_HISTORY_DAYS * DAY_MS);
  const feedUsable = feedSince > historyStart;
  const withFeed = feedUsable ? { feedSince } : {};
  if (input.forceFull) return { mode: 'full', reason: 'a full export was asked for', ...withFeed };
  if (!feedUsable) {
    return {
      mode: 'full',
      reason: `the last export (${iso(asOf)}) is older than CloudTrail's ${EVENT_HISTORY_DAYS}-day event history`,
    };
  }
  const days = sweepDays(config['full-sweep']);
  if (now.getTime() - lastFull.getTime() >= days * DAY_MS) {
    return { mode: 'full', reason: `full sweep due (every ${days} day${days === 1 ? '' : 's'}; last one ${iso(lastFull)})`, feedSince };
  }
  return { mode: 'incremental', reason: `CloudTrail changes since ${iso(feedSince)}`, feedSince };
}

export function fallBackToFull(why: string): ExportMode {
  return { mode: 'full', reason: `${why}; swept fully instead` };
}

/**
 * The state the next commit records for an account. A run with a Route 53 failure keeps the
 * previous instants (a zone that could not be listed may hold a change the files lack).
 */
export function nextState(input: {
  mode: ExportMode;
  startedAt: Date;
  route53Failed: boolean;
  previous?: ExportState;
}): ExportState | undefined {
  const { mode, startedAt, route53Failed, previous } = input;
  if (route53Failed) return previous;
  if (mode.mode === 'full') return { asOf: startedAt, lastFull: startedAt };
  // Incremental runs only happen with a previous state.
  return previous ? { asOf: startedAt, lastFull: previous.lastFull } : undefined;
}
