/**
 * What a CloudTrail event says about the Route 53 export: which hosted zone (or the
 * health-check file) it may have changed, who made the change and when. Pure: takes the
 * LookupEvents `Event` shape, returns data.
 *
 * Route 53 is global: its events are recorded in us-east-1. Only write events matter
 * (the lookup asks for `ReadOnly=false`); a write event whose target cannot be told makes
 * the feed unusable for this run (the export then sweeps fully), so no change is missed.
 */
import { isoSeconds } from '../util/iso-seconds.js';

export const ROUTE53_EVENT_SOURCE = 'route53.amazonaws.com';

/** One Route 53 change as the feed reports it. */
export interface FeedChange {
  time: Date;
  /** The API operation, e.g. `ChangeResourceRecordSets`. */
  operation: string;
  /** `userIdentity.arn` when present, else CloudTrail's user name, else `unknown principal`. */
  principal: string;
  /** Bare hosted zone id the change touched. */
  zoneId?: string;
  /** The change touched a health check (the health-check file). */
  healthCheck: boolean;
  /** The request id (CloudTrail's `requestID`, Change History's `RequestId`): one change seen by both feeds. */
  requestId?: string;
}

export type Classified =
  | { kind: 'ignored' }
  | { kind: 'change'; change: FeedChange }
  /** A write event the export cannot place: the run must not trust the feed. */
  | { kind: 'unplaceable'; operation: string; time: Date };

/** The fields of LookupEvents' `Event` this module reads. */
export interface LookupEvent {
  EventName?: string;
  EventTime?: Date;
  EventSource?: string;
  Username?: string;
  ReadOnly?: string;
  CloudTrailEvent?: string;
}

/**
 * Write operations that never change what the export writes (zone files hold no DNSSEC keys,
 * query logging, traffic policy documents, CIDR collections or VPC authorizations; a reusable
 * delegation set is only chosen when a zone is created, which its own event reports).
 */
const NO_EXPORTED_EFFECT = new Set([
  'CreateVPCAssociationAuthorization',
  'DeleteVPCAssociationAuthorization',
  'CreateQueryLoggingConfig',
  'DeleteQueryLoggingConfig',
  'CreateReusableDelegationSet',
  'DeleteReusableDelegationSet',
  'CreateTrafficPolicy',
  'CreateTrafficPolicyVersion',
  'UpdateTrafficPolicyComment',
  'DeleteTrafficPolicy',
  'CreateCidrCollection',
  'ChangeCidrCollection',
  'DeleteCidrCollection',
  'CreateKeySigningKey',
  'ActivateKeySigningKey',
  'DeactivateKeySigningKey',
  'DeleteKeySigningKey',
  'EnableHostedZoneDNSSEC',
  'DisableHostedZoneDNSSEC',
]);

const HEALTH_CHECK_OPERATIONS = new Set(['CreateHealthCheck', 'UpdateHealthCheck', 'DeleteHealthCheck']);

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** `/hostedzone/Z123` or `Z123` → `Z123`. */
function bareId(id: string): string {
  return id.replace(/^\/?hostedzone\//, '');
}

export function classifyEvent(event: LookupEvent): Classified {
  if (event.EventSource !== ROUTE53_EVENT_SOURCE || event.ReadOnly === 'true') return { kind: 'ignored' };
  const operation = event.EventName ?? '';
  const time = event.EventTime ?? new Date(0);
  let detail: Json = {};
  try {
    detail = obj(JSON.parse(event.CloudTrailEvent ?? '{}'));
  } catch {
    // A detail we cannot read names no target: handled as unplaceable below.
  }
  if (str(detail.errorCode)) return { kind: 'ignored' }; // a failed call changed nothing
  if (NO_EXPORTED_EFFECT.has(operation)) return { kind: 'ignored' };

  const request = obj(detail.requestParameters);
  const response = obj(detail.responseElements);
  const identity = obj(detail.userIdentity);
  const principal = str(identity.arn) ?? str(event.Username) ?? 'unknown principal';

  const resourceType = str(request.resourceType)?.toLowerCase();
  const healthCheck =
    HEALTH_CHECK_OPERATIONS.has(operation) || resourceType === 'healthcheck' || str(request.healthCheckId) !== undefined;
  const zone =
    str(request.hostedZoneId) ??
    (resourceType === 'hostedzone' ? str(request.resourceId) : undefined) ??
    (/HostedZone/.test(operation) ? str(request.id) : undefined) ??
    str(obj(response.hostedZone).id);

  if (!healthCheck && zone === undefined) return { kind: 'unplaceable', operation, time };
  const change: FeedChange = { time, operation, principal, healthCheck };
  if (zone !== undefined) change.zoneId = bareId(zone);
  const requestId = str(detail.requestID);
  if (requestId !== undefined) change.requestId = requestId;
  return { kind: 'change', change };
}

/** What the feed says about a window: the changes, or why it cannot be trusted. */
export type FeedReading = { ok: true; changes: FeedChange[] } | { ok: false; reason: string };

export function readFeed(events: readonly LookupEvent[]): FeedReading {
  const changes: FeedChange[] = [];
  for (const event of events) {
    const classified = classifyEvent(event);
    if (classified.kind === 'unplaceable') {
      return {
        ok: false,
        reason: `CloudTrail event ${classified.operation} at ${classified.time.toISOString()} names no hosted zone or health check`,
      };
    }
    if (classified.kind === 'change') changes.push(classified.change);
  }
  changes.sort((a, b) => a.time.getTime() - b.time.getTime());
  return { ok: true, changes };
}

/** Both feeds' changes in time order, a change both report (same request id) once. */
export function mergeChanges(first: readonly FeedChange[], second: readonly FeedChange[]): FeedChange[] {
  const seen = new Set(first.flatMap((c) => (c.requestId ? [c.requestId] : [])));
  const merged = [...first, ...second.filter((c) => c.requestId === undefined || !seen.has(c.requestId))];
  return merged.sort((a, b) => a.time.getTime() - b.time.getTime());
}

/** "arn:aws:iam::111122223333:user/alice at 2026-05-01T10:00:00Z", latest change last, deduplicated. */
export function describeAuthors(changes: readonly FeedChange[]): string {
  const latest = new Map<string, Date>();
  for (const change of changes) {
    const seen = latest.get(change.principal);
    if (!seen || seen < change.time) latest.set(change.principal, change.time);
  }
  return [...latest]
    .sort((a, b) => a[1].getTime() - b[1].getTime())
    .map(([who, when]) => `${who} at ${isoSeconds(when)}`)
    .join(', ');
}
