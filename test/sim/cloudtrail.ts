/**
 * Simulated CloudTrail event history (JSON 1.1,
 * `X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents`).
 *
 * As documented for LookupEvents: events of the last 90 days of one region, most recent
 * first; at most one lookup attribute (EventId, EventName, ReadOnly, Username, ResourceType,
 * ResourceName, EventSource, AccessKeyId); StartTime/EndTime inclusive; 50 events a page at
 * most (the default too) with NextToken; 2 requests per second per account and region.
 *
 * Events are recorded by the other handlers (`recordEvent`, Route 53 for every call, in
 * us-east-1 where a global service's events go). An event becomes visible only some time
 * after the call — `serviceOptions.cloudtrail.deliveryDelayMs` (default 0), or per event —
 * as real CloudTrail delivers events minutes late.
 */
import { randomUUID } from 'node:crypto';
import { TokenBucket } from '../../src/util/token-bucket.js';
import { serviceSlice } from './service-state.js';
import { SimError, type ServiceHandler, type SimContext, type SimRequest, type SimResponse } from './types.js';

/** The API reference's target; current SDKs send the short form `CloudTrail_20131101.<Operation>`. */
const TARGET = /^(?:com\.amazonaws\.cloudtrail\.v20131101\.)?CloudTrail_20131101\.(\w+)$/;
const HISTORY_MS = 90 * 24 * 60 * 60 * 1000;
const MAX_RESULTS = 50;
const LOOKUP_KEYS = ['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'] as const;

export interface TrailEvent {
  eventId: string;
  eventName: string;
  eventSource: string;
  /** Simulated ms since epoch of the call. */
  eventTime: number;
  /** When LookupEvents starts returning it. */
  visibleAt: number;
  readOnly: boolean;
  accessKeyId: string;
  username: string;
  userIdentity: Record<string, unknown>;
  resources: { ResourceType: string; ResourceName: string }[];
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  region: string;
  account: string;
}

interface CloudTrailState {
  /** Events by region, in the order they happened. */
  regions: Record<string, TrailEvent[]>;
}

export interface CloudTrailOptions {
  /** Delay between a call and its event showing up in LookupEvents (simulated ms). */
  deliveryDelayMs?: number;
  /** Requests per second LookupEvents allows per account and region (default 2, documented). */
  lookupRate?: number;
}

function options(sim: SimContext): CloudTrailOptions {
  return (sim.serviceOptions?.cloudtrail ?? {}) as CloudTrailOptions;
}

function trail(sim: SimContext, account: string): CloudTrailState {
  return serviceSlice(sim, account, 'cloudtrail', () => ({ regions: {} }));
}

/** The events recorded so far in a region of an account (tests read them). */
export function trailEvents(sim: SimContext, account: string, region = 'us-east-1'): readonly TrailEvent[] {
  return trail(sim, account).regions[region] ?? [];
}

/** The ARN of the principal whose access key signed the request (the account root if unknown). */
export function callerArn(sim: SimContext, req: Pick<SimRequest, 'account' | 'accessKeyId'>): string {
  return sim.keys?.lookup(req.accessKeyId)?.arn ?? `arn:aws:iam::${req.account}:root`;
}

/** Records one API call as CloudTrail would, with the caller's identity. */
export function recordEvent(
  sim: SimContext,
  req: Pick<SimRequest, 'account' | 'accessKeyId' | 'operation'>,
  event: {
    eventSource: string;
    region: string;
    readOnly: boolean;
    requestParameters?: Record<string, unknown> | null;
    responseElements?: Record<string, unknown> | null;
    resources?: TrailEvent['resources'];
    /** Overrides the configured delivery delay for this event. */
    deliveryDelayMs?: number;
  },
): TrailEvent {
  const principal = sim.keys?.lookup(req.accessKeyId);
  const arn = callerArn(sim, req);
  const assumed = /:assumed-role\/[^/]+\/(.+)$/.exec(arn);
  const username = assumed?.[1] ?? arn.split('/').pop() ?? 'root';
  const now = sim.now();
  const recorded: TrailEvent = {
    eventId: randomUUID(),
    eventName: req.operation,
    eventSource: event.eventSource,
    eventTime: now,
    visibleAt: now + (event.deliveryDelayMs ?? options(sim).deliveryDelayMs ?? 0),
    readOnly: event.readOnly,
    accessKeyId: req.accessKeyId,
    username,
    userIdentity: {
      type: assumed ? 'AssumedRole' : arn.endsWith(':root') ? 'Root' : 'IAMUser',
      principalId: principal?.userId ?? req.accessKeyId,
      arn,
      accountId: req.account,
      accessKeyId: req.accessKeyId,
      ...(assumed ? {} : { userName: username }),
    },
    resources: event.resources ?? [],
    requestParameters: event.requestParameters ?? null,
    responseElements: event.responseElements ?? null,
    region: event.region,
    account: req.account,
  };
  const state = trail(sim, req.account);
  (state.regions[event.region] ??= []).push(recorded);
  return recorded;
}

function eventShape(e: TrailEvent): Record<string, unknown> {
  const detail = {
    eventVersion: '1.08',
    userIdentity: e.userIdentity,
    eventTime: new Date(e.eventTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: e.eventSource,
    eventName: e.eventName,
    awsRegion: e.region,
    sourceIPAddress: '192.0.2.1',
    userAgent: 'aws-sdk-js',
    requestParameters: e.requestParameters,
    responseElements: e.responseElements,
    requestID: e.eventId,
    eventID: e.eventId,
    readOnly: e.readOnly,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: e.account,
    eventCategory: 'Management',
  };
  return {
    EventId: e.eventId,
    EventName: e.eventName,
    ReadOnly: String(e.readOnly),
    AccessKeyId: e.accessKeyId,
    EventTime: e.eventTime / 1000,
    EventSource: e.eventSource,
    Username: e.username,
    Resources: e.resources,
    CloudTrailEvent: JSON.stringify(detail),
  };
}

function attributeOf(e: TrailEvent, key: (typeof LOOKUP_KEYS)[number]): string[] {
  switch (key) {
    case 'EventId': return [e.eventId];
    case 'EventName': return [e.eventName];
    case 'ReadOnly': return [String(e.readOnly)];
    case 'Username': return [e.username];
    case 'ResourceType': return e.resources.map((r) => r.ResourceType);
    case 'ResourceName': return e.resources.map((r) => r.ResourceName);
    case 'EventSource': return [e.eventSource];
    case 'AccessKeyId': return [e.accessKeyId];
  }
}

/** JSON 1.1 timestamps are epoch seconds; the SDK sends numbers. */
function timeOf(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new SimError('ValidationException', `${name} must be a timestamp.`);
  return value * 1000;
}

function lookupEvents(input: Record<string, unknown>, sim: SimContext, account: string, region: string): Record<string, unknown> {
  const attributes = (input.LookupAttributes ?? []) as { AttributeKey?: string; AttributeValue?: string }[];
  if (attributes.length > 1) {
    throw new SimError('InvalidLookupAttributesException', 'You can specify only one lookup attribute.');
  }
  const attribute = attributes[0];
  if (attribute && !(LOOKUP_KEYS as readonly string[]).includes(attribute.AttributeKey ?? '')) {
    throw new SimError('InvalidLookupAttributesException', `Invalid AttributeKey ${attribute.AttributeKey}.`);
  }
  const maxResults = input.MaxResults === undefined ? MAX_RESULTS : Number(input.MaxResults);
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS) {
    throw new SimError('InvalidMaxResultsException', `MaxResults must be between 1 and ${MAX_RESULTS}.`);
  }
  const now = sim.now();
  const start = timeOf(input.StartTime, 'StartTime') ?? now - HISTORY_MS;
  const end = timeOf(input.EndTime, 'EndTime') ?? now;
  if (start > end) throw new SimError('InvalidTimeRangeException', 'Start time must be before or at the end time.');

  const matches = [...trailEvents(sim, account, region)]
    .filter((e) => e.visibleAt <= now && e.eventTime >= now - HISTORY_MS)
    .filter((e) => e.eventTime >= start && e.eventTime <= end)
    .filter((e) => !attribute || attributeOf(e, attribute.AttributeKey as (typeof LOOKUP_KEYS)[number]).includes(attribute.AttributeValue ?? ''))
    .sort((a, b) => b.eventTime - a.eventTime || (a.eventId < b.eventId ? -1 : 1));

  // The token is the id of the first event of the next page.
  let from = 0;
  if (input.NextToken !== undefined) {
    const token = String(input.NextToken);
    from = matches.findIndex((e) => e.eventId === token);
    if (from < 0) throw new SimError('InvalidNextTokenException', 'Invalid NextToken.');
  }
  const page = matches.slice(from, from + maxResults);
  const next = matches[from + maxResults];
  return { Events: page.map(eventShape), ...(next ? { NextToken: next.eventId } : {}) };
}

function jsonResponse(status: number, body: unknown): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify(body),
  };
}

const buckets = new WeakMap<SimContext, Map<string, TokenBucket>>();

/** LookupEvents' own documented limit: 2 requests per second per account and region. */
function withinLookupRate(sim: SimContext, account: string, region: string): boolean {
  const rate = options(sim).lookupRate ?? 2;
  let perSim = buckets.get(sim);
  if (!perSim) buckets.set(sim, (perSim = new Map()));
  const key = `${account}|${region}`;
  let bucket = perSim.get(key);
  if (!bucket) perSim.set(key, (bucket = new TokenBucket(rate, Math.max(1, Math.ceil(rate)))));
  return bucket.tryTake();
}

export const cloudTrailHandler: ServiceHandler = {
  service: 'cloudtrail',
  throttleError: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const target = req.headers['x-amz-target'];
    return typeof target === 'string' ? TARGET.exec(target)?.[1] : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    if (req.operation !== 'LookupEvents') {
      throw new SimError('UnknownOperationException', `The simulator does not implement CloudTrail ${req.operation}.`);
    }
    let input: Record<string, unknown>;
    try {
      input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      throw new SimError('SerializationException', 'The request body is not valid JSON.');
    }
    if (!withinLookupRate(sim, req.account, req.region)) throw new SimError('ThrottlingException', 'Rate exceeded');
    sim.log.push({ operation: req.operation, service: 'cloudtrail', region: req.region, account: req.account, params: input });
    return jsonResponse(200, lookupEvents(input, sim, req.account, req.region));
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    return jsonResponse(err.status, { __type: err.code, message: err.message });
  },
};
