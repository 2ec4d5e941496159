/**
 * Route 53 Change History as documented (API reference: ListHostedZoneChangeBatches,
 * GetHostedZoneChangeBatch, ChangeHistoryFeature; Developer Guide: "Viewing the change history
 * of a hosted zone", "Hosted zone tiers"):
 *
 * - Only zones on the ADVANCED tier have it (on by default, cannot be turned off); any other
 *   zone answers FeatureNotEnabled (HTTP 403, as the SDK's model declares it).
 * - Each ChangeResourceRecordSets and CreateHostedZone request is one change batch (a
 *   CreateHostedZone batch has ChangeCount 0), with the caller's ARN as SubmittedBy.
 * - A batch is readable for 365 days, never from before RetentionStartsAt (the later of the
 *   move to ADVANCED and 365 days ago); a SubmittedAfter before it is InvalidInput naming the
 *   earliest time allowed; GetHostedZoneChangeBatch of a batch outside it is NoSuchChange.
 * - SubmittedAfter is inclusive, SubmittedBefore exclusive and at least 1 ms later; more than
 *   millisecond precision is rounded up. DESCENDING (newest first) by default. MaxResults 1 to
 *   1,000, default 100. StartAfterChangeId needs SortOrder ASCENDING and no time range. A
 *   NextToken is valid 24 hours, for the same zone and the same parameters only.
 *
 * The rate buckets are the simulator's per-operation Route 53 buckets (rate-limits.ts): these
 * two operations are not in the documented table, so they get the default.
 */
import type { Change } from '@aws-sdk/client-route-53';
import { callerArn } from './cloudtrail.js';
import type { HistoryBatch, Route53Zone } from './route53-state.js';
import { SimError, type SimContext, type SimRequest } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const HISTORY_RETENTION_MS = 365 * DAY_MS;
const TOKEN_LIFETIME_MS = DAY_MS;
const PARAMS = ['submittedafter', 'submittedbefore', 'startafterchangeid', 'sortorder'] as const;

/** The earliest readable instant of an ADVANCED zone's history. */
export function retentionStartsAt(zone: Route53Zone, now: number): number | undefined {
  if (zone.tier !== 'ADVANCED') return undefined;
  return Math.max(zone.historySince ?? now, now - HISTORY_RETENTION_MS);
}

/** `Features` of GetHostedZone / ListHostedZones: ChangeHistory's status and retention start. */
export function zoneFeatures(zone: Route53Zone, now: number) {
  const startsAt = retentionStartsAt(zone, now);
  return {
    ChangeHistory: startsAt === undefined ? { Status: 'DISABLED' } : { Status: 'ENABLED', RetentionStartsAt: new Date(startsAt) },
  };
}

/** Records one request of an ADVANCED zone (the caller has applied it). */
export function recordBatch(
  zone: Route53Zone,
  sim: SimContext,
  req: Pick<SimRequest, 'account' | 'accessKeyId'>,
  batch: { changeId: string; operation: HistoryBatch['Operation']; comment?: string | undefined; changes: Change[] },
): void {
  if (zone.tier !== 'ADVANCED') return;
  const recorded: HistoryBatch = {
    ChangeId: batch.changeId.replace(/^\/?change\//, ''),
    Operation: batch.operation,
    SubmittedAt: sim.now(),
    SubmittedBy: callerArn(sim, req),
    RequestId: sim.newId('req'),
    Changes: batch.changes,
  };
  if (batch.comment !== undefined) recorded.Comment = batch.comment;
  zone.history.push(recorded);
}

/** UpdateHostedZoneTier: Route 53 turns Change History on or off with the tier. */
export function setTier(zone: Route53Zone, tier: string | undefined, now: number): void {
  if (tier !== 'STANDARD' && tier !== 'ADVANCED') {
    throw new SimError('InvalidInput', `Invalid request: HostedZoneTier "${tier ?? ''}" must be STANDARD or ADVANCED.`);
  }
  if (tier === zone.tier) return;
  zone.tier = tier;
  zone.history = [];
  if (tier === 'ADVANCED') zone.historySince = now;
  else delete zone.historySince;
}

function featureOn(zone: Route53Zone, now: number): number {
  const startsAt = retentionStartsAt(zone, now);
  if (startsAt === undefined) {
    throw new SimError('FeatureNotEnabled', `Change History isn't turned on for hosted zone ${zone.id}: it is available only on the ADVANCED tier.`, 403);
  }
  return startsAt;
}

/** ISO 8601 with a UTC offset, up to nine fractional digits, rounded up to the millisecond. */
function instant(value: string, name: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  const base = m ? Date.parse(`${m[1]}${m[3]}`) : NaN;
  if (!m || Number.isNaN(base)) throw new SimError('InvalidInput', `Invalid request: ${name} "${value}" is not an ISO 8601 time with a UTC offset.`);
  const fraction = (m[2] ?? '').padEnd(9, '0');
  const ms = Number(fraction.slice(0, 3));
  return base + ms + (Number(fraction.slice(3)) > 0 ? 1 : 0);
}

interface TokenState {
  zone: string;
  params: string;
  offset: number;
  issuedAt: number;
}

function readToken(token: string, zone: Route53Zone, params: string, now: number): number {
  let state: TokenState | undefined;
  try {
    state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as TokenState;
  } catch {
    state = undefined;
  }
  if (!state || state.zone !== zone.id || state.params !== params || typeof state.offset !== 'number') {
    throw new SimError('InvalidInput', 'Invalid request: the NextToken is not valid for this hosted zone and these parameters.');
  }
  if (now - state.issuedAt > TOKEN_LIFETIME_MS) throw new SimError('InvalidInput', 'Invalid request: the NextToken has expired (24 hours).');
  return state.offset;
}

function summary(batch: HistoryBatch) {
  return {
    ChangeId: batch.ChangeId,
    Operation: batch.Operation,
    SubmittedAt: new Date(batch.SubmittedAt),
    ChangeCount: batch.Changes.length,
    SubmittedBy: batch.SubmittedBy,
    RequestId: batch.RequestId,
    Comment: batch.Comment,
  };
}

export function listChangeBatches(req: SimRequest, zone: Route53Zone, now: number) {
  const startsAt = featureOn(zone, now);
  const q = (name: string) => req.query.get(name) ?? undefined;
  const order = q('sortorder') ?? 'DESCENDING';
  if (order !== 'ASCENDING' && order !== 'DESCENDING') throw new SimError('InvalidInput', `Invalid request: SortOrder "${order}" must be ASCENDING or DESCENDING.`);
  const maxText = q('maxresults');
  const max = maxText === undefined ? 100 : Number(maxText);
  if (!Number.isInteger(max) || max < 1 || max > 1000) throw new SimError('InvalidInput', `Invalid request: MaxResults "${maxText}" must be from 1 to 1000.`);
  const after = q('submittedafter') === undefined ? undefined : instant(q('submittedafter')!, 'SubmittedAfter');
  const before = q('submittedbefore') === undefined ? undefined : instant(q('submittedbefore')!, 'SubmittedBefore');
  const earliest = new Date(startsAt).toISOString();
  if (after !== undefined && after < startsAt) {
    throw new SimError('InvalidInput', `Invalid request: SubmittedAfter is earlier than RetentionStartsAt; the earliest time you can specify is ${earliest}.`);
  }
  if (before !== undefined && before < (after ?? startsAt) + 1) {
    throw new SimError('InvalidInput', 'Invalid request: SubmittedBefore must be at least one millisecond later than SubmittedAfter (or RetentionStartsAt).');
  }
  const visible = zone.history.filter((b) => b.SubmittedAt >= startsAt);
  let batches = visible.filter((b) => (after === undefined || b.SubmittedAt >= after) && (before === undefined || b.SubmittedAt < before));
  const startAfter = q('startafterchangeid');
  if (startAfter !== undefined) {
    if (order !== 'ASCENDING' || after !== undefined || before !== undefined) {
      throw new SimError('InvalidInput', 'Invalid request: StartAfterChangeId needs SortOrder ASCENDING and no SubmittedAfter or SubmittedBefore.');
    }
    const at = visible.findIndex((b) => b.ChangeId === startAfter.replace(/^\/?change\//, ''));
    if (at < 0) throw new SimError('InvalidInput', `Invalid request: change batch ${startAfter} is not in the retained change history of hosted zone ${zone.id}.`);
    batches = visible.slice(at + 1);
  }
  if (order === 'DESCENDING') batches = [...batches].reverse();
  const params = JSON.stringify(PARAMS.map((name) => q(name) ?? null));
  const token = q('nexttoken');
  const offset = token === undefined ? 0 : readToken(token, zone, params, now);
  const page = batches.slice(offset, offset + max);
  const more = offset + max < batches.length;
  const next: TokenState = { zone: zone.id, params, offset: offset + max, issuedAt: now };
  return {
    ChangeBatchSummaries: page.map(summary),
    NextToken: more ? Buffer.from(JSON.stringify(next)).toString('base64url') : undefined,
  };
}

export function getChangeBatch(zone: Route53Zone, changeId: string | undefined, now: number) {
  const startsAt = featureOn(zone, now);
  const id = (changeId ?? '').replace(/^\/?change\//, '');
  const batch = zone.history.find((b) => b.ChangeId === id && b.SubmittedAt >= startsAt);
  if (!batch) {
    throw new SimError('NoSuchChange', `The change batch ${id} is not in the retained change history of hosted zone ${zone.id}.`, 404);
  }
  return {
    ChangeBatchSummary: summary(batch),
    ChangeBatch: { Comment: batch.Comment, Changes: batch.Changes },
  };
}
