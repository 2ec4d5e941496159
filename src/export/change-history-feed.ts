/**
 * Route 53 Change History as a change feed, for the zones that have it. Pure: takes the
 * hosted zones as ListHostedZones returns them and the change-batch summaries of
 * ListHostedZoneChangeBatches, returns data.
 *
 * Change History (Route 53 Developer Guide, "Viewing the change history of a hosted zone";
 * API reference, ListHostedZoneChangeBatches) records every ChangeResourceRecordSets and
 * CreateHostedZone request of a zone on the ADVANCED tier, with who submitted it, readable
 * for 365 days but not from before `Features/ChangeHistory/RetentionStartsAt`. Unlike
 * CloudTrail it has no delivery delay, so a change made seconds before a run is seen by that
 * run. CloudTrail stays the account-wide feed: zone creation and deletion, tags, health
 * checks, and every zone without Change History.
 */
import type { ChangeBatchSummary, HostedZone } from '@aws-sdk/client-route-53';
import { bareZoneId } from './route53-format.js';
import type { FeedChange } from './route53-feed.js';
import type { ExportResult } from './types.js';
import { isoSeconds as iso } from '../util/iso-seconds.js';

/** What the zone listing says about a zone's Change History. */
export type ZoneHistory =
  | { kind: 'none' }
  /** Readable from `since` (the window start) on. */
  | { kind: 'read'; since: Date }
  /** The history starts after the window does: it cannot tell what changed before. */
  | { kind: 'too-recent'; startsAt: Date };

/**
 * `Features.ChangeHistory` when the listing carries it; otherwise the tier in the zone's
 * config (Change History is on, and cannot be turned off, on the ADVANCED tier). A zone whose
 * listing says neither is left to CloudTrail, as every zone was before Change History.
 */
export function zoneHistory(zone: HostedZone, windowStart: Date): ZoneHistory {
  const feature = zone.Features?.ChangeHistory;
  const enabled = feature?.Status !== undefined ? feature.Status === 'ENABLED' : zone.Config?.HostedZoneTier === 'ADVANCED';
  if (!enabled) return { kind: 'none' };
  const startsAt = feature?.RetentionStartsAt;
  if (startsAt !== undefined && startsAt > windowStart) return { kind: 'too-recent', startsAt };
  return { kind: 'read', since: windowStart };
}

/**
 * Errors that concern one zone only — Change History is off for it (FeatureNotEnabled: the
 * zone left the ADVANCED tier after the listing), the zone is gone, or the window reaches
 * before the retained history (InvalidInput) — make that zone re-listed. Any other error
 * (AccessDenied, throttled past the retries) would repeat for every zone: the run stops
 * asking and sweeps fully.
 */
const ZONE_ERRORS = new Set(['FeatureNotEnabled', 'NoSuchHostedZone', 'InvalidInput']);

export function isZoneError(code: string | undefined): boolean {
  return code !== undefined && ZONE_ERRORS.has(code);
}

/** The zone's change batches as feed changes (CreateHostedZone batches included: a new zone). */
export function batchChanges(zoneId: string, batches: readonly ChangeBatchSummary[]): FeedChange[] {
  return batches.map((batch) => {
    const change: FeedChange = {
      time: batch.SubmittedAt ?? new Date(0),
      operation: batch.Operation ?? 'unknown operation',
      principal: batch.SubmittedBy ?? 'unknown principal',
      zoneId,
      healthCheck: false,
    };
    if (batch.RequestId) change.requestId = batch.RequestId;
    return change;
  });
}

/** What Change History said for the zones that have it. */
export interface ChangeHistoryReading {
  changes: FeedChange[];
  /** Zones to re-list, by bare id, and why (a change in the window, or no usable history). */
  relist: Map<string, string>;
  /** Set when the history failed in a way every zone would share: the run sweeps fully. */
  sweep?: string;
  /** Zones whose history was read. */
  read: number;
}

/** What the export result keeps of a reading. */
export function historyOutcome(reading: ChangeHistoryReading): NonNullable<ExportResult['changeHistory']> {
  return { changes: reading.changes, read: reading.read, ...(reading.sweep !== undefined ? { sweptBecause: reading.sweep } : {}) };
}

export const CHANGED_PER_HISTORY = 'changed according to Change History';

/** Why a zone whose history could not be used is re-listed. */
export function unusableHistory(detail: string): string {
  return `Change History unusable (${detail})`;
}

export function tooRecent(startsAt: Date, windowStart: Date): string {
  return unusableHistory(`it starts ${iso(startsAt)}, after the window start ${iso(windowStart)}`);
}

/** The zones to ask, in listing order, and the zones re-listed without asking. */
export function planHistoryReads(zones: readonly HostedZone[], windowStart: Date) {
  const ask: { zone: HostedZone; id: string; since: Date }[] = [];
  const relist = new Map<string, string>();
  for (const zone of zones) {
    const id = bareZoneId(zone.Id ?? '');
    const history = zoneHistory(zone, windowStart);
    if (history.kind === 'read') ask.push({ zone, id, since: history.since });
    else if (history.kind === 'too-recent') relist.set(id, tooRecent(history.startsAt, windowStart));
  }
  return { ask, relist };
}
