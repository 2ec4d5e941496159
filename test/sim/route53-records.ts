/**
 * Route 53 record sets: validation and atomic application of change batches, and
 * ListResourceRecordSets pagination. Pure functions over a zone's sorted record list.
 */
import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { SimError } from './types.js';
import {
  compareKeys,
  compareRecords,
  describeRecord,
  isInZone,
  normalizeName,
  recordIdentity,
  recordKey,
  reversedName,
  type RecordKey,
} from './route53-names.js';

export const MAX_RECORDS_PER_BATCH = 1000;
export const MAX_CHARACTERS_PER_BATCH = 32000;
export const MAX_ITEMS_PER_PAGE = 300;

const RECORD_TYPES = new Set([
  'A', 'AAAA', 'CAA', 'CNAME', 'DS', 'HTTPS', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT',
]);

const ROUTING_FIELDS = ['Weight', 'Region', 'GeoLocation', 'GeoProximityLocation', 'Failover', 'MultiValueAnswer', 'CidrRoutingConfig'] as const;

/** Fields in the order the API defines them, so every record renders the same way. */
export function canonicalRecord(record: ResourceRecordSet): ResourceRecordSet {
  const alias = record.AliasTarget;
  return compact<ResourceRecordSet>({
    Name: normalizeName(record.Name ?? ''),
    Type: record.Type?.toUpperCase() as ResourceRecordSet["Type"],
    SetIdentifier: record.SetIdentifier,
    Weight: record.Weight,
    Region: record.Region,
    GeoLocation: record.GeoLocation && compact({ ...record.GeoLocation }),
    Failover: record.Failover,
    MultiValueAnswer: record.MultiValueAnswer,
    TTL: record.TTL,
    ResourceRecords: record.ResourceRecords?.map((r) => ({ Value: r.Value })),
    AliasTarget: alias && {
      HostedZoneId: alias.HostedZoneId,
      DNSName: alias.DNSName === undefined ? undefined : normalizeName(alias.DNSName),
      EvaluateTargetHealth: alias.EvaluateTargetHealth ?? false,
    },
    HealthCheckId: record.HealthCheckId,
    TrafficPolicyInstanceId: record.TrafficPolicyInstanceId,
    CidrRoutingConfig: record.CidrRoutingConfig,
    GeoProximityLocation: record.GeoProximityLocation,
  });
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function describeChange(action: string, r: ResourceRecordSet): string {
  return `[Action=${action}, Name=${r.Name}, Type=${r.Type}, SetIdentifier=${r.SetIdentifier ?? 'null'}]`;
}

/** Checks one record set on its own (shape, routing fields); throws InvalidInput like Route 53. */
export function validateRecordShape(action: string, r: ResourceRecordSet): void {
  const where = describeChange(action, r);
  if (!r.Name || !r.Type) throw new SimError('InvalidInput', `Invalid request: Name and Type are required in Change with ${where}`);
  if (!RECORD_TYPES.has(r.Type)) {
    throw new SimError('InvalidInput', `Invalid request: unknown record type '${r.Type}' in Change with ${where}`);
  }
  const hasAlias = r.AliasTarget !== undefined;
  const hasValues = r.TTL !== undefined || r.ResourceRecords !== undefined;
  if (hasAlias === hasValues || (!hasAlias && (r.TTL === undefined || !r.ResourceRecords?.length))) {
    const found = hasAlias && hasValues ? 'more than one' : 'none';
    throw new SimError(
      'InvalidInput',
      `Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found ${found} in Change with ${where}`,
    );
  }
  if (hasAlias && (!r.AliasTarget?.HostedZoneId || !r.AliasTarget.DNSName)) {
    throw new SimError('InvalidInput', `Invalid request: AliasTarget needs HostedZoneId and DNSName in Change with ${where}`);
  }
  const routed = ROUTING_FIELDS.filter((f) => r[f] !== undefined);
  if (routed.length > 1) {
    throw new SimError('InvalidInput', `Invalid request: only one of ${routed.join(', ')} is allowed in Change with ${where}`);
  }
  if (routed.length === 1 && r.SetIdentifier === undefined) {
    throw new SimError('InvalidInput', `Invalid request: Missing field 'SetIdentifier' in Change with ${where}`);
  }
  if (routed.length === 0 && r.SetIdentifier !== undefined) {
    throw new SimError('InvalidInput', `Invalid request: Unexpected field 'SetIdentifier' without a routing policy in Change with ${where}`);
  }
  if (r.TTL !== undefined && (!Number.isInteger(r.TTL) || r.TTL < 0 || r.TTL > 2147483647)) {
    throw new SimError('InvalidInput', `Invalid request: TTL ${r.TTL} out of range in Change with ${where}`);
  }
}

/** Character strings of a TXT/SPF value: `"a" "b"` → [a, b]; an unquoted value is one string. */
export function txtStrings(value: string): string[] {
  const trimmed = value.trim();
  if (!trimmed.startsWith('"')) return [trimmed];
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) out.push((m[1] as string).replace(/\\(.)/g, '$1'));
  return out;
}

function valueProblems(r: ResourceRecordSet): string[] {
  if (r.Type !== 'TXT' && r.Type !== 'SPF') return [];
  return (r.ResourceRecords ?? [])
    .filter((v) => txtStrings(v.Value ?? '').some((s) => s.length > 255))
    .map((v) => `Invalid Resource Record: 'FATAL problem: TXTRDATATooLong (Value is too long) encountered with '${v.Value}''`);
}

export interface BatchCounts {
  changes: number;
  /** ResourceRecord elements, UPSERT counted twice (the limit is 1000). */
  resourceRecords: number;
  /** Characters of all Value elements, UPSERT counted twice (the limit is 32,000). */
  characters: number;
}

export function batchCounts(changes: readonly Change[]): BatchCounts {
  let resourceRecords = 0;
  let characters = 0;
  for (const change of changes) {
    const factor = change.Action === 'UPSERT' ? 2 : 1;
    const values = change.ResourceRecordSet?.ResourceRecords ?? [];
    resourceRecords += values.length * factor;
    characters += values.reduce((n, v) => n + (v.Value ?? '').length, 0) * factor;
  }
  return { changes: changes.length, resourceRecords, characters };
}

function sameRecord(a: ResourceRecordSet, b: ResourceRecordSet): boolean {
  const norm = (r: ResourceRecordSet) =>
    JSON.stringify({ ...r, ResourceRecords: r.ResourceRecords?.map((v) => v.Value).sort() });
  return norm(canonicalRecord(a)) === norm(canonicalRecord(b));
}

export interface ZoneView {
  /** Bare id (Z…). */
  id: string;
  name: string;
  records: ResourceRecordSet[];
}

export interface BatchContext {
  zone: ZoneView;
  /** Other zones of the account, to check alias targets that point into them. */
  zoneById(id: string): ZoneView | undefined;
  healthCheckExists(id: string): boolean;
  /** Fixture seeding skips the per-request limits (a fixture zone may hold 10,000 records). */
  skipLimits?: boolean;
}

/**
 * Validates a change batch the way Route 53 does and returns the zone's new sorted record
 * list; the batch applies entirely or not at all (throws InvalidChangeBatch / InvalidInput).
 */
export function applyChangeBatch(changes: readonly Change[], ctx: BatchContext): ResourceRecordSet[] {
  if (changes.length === 0) throw new SimError('InvalidInput', 'Invalid request: ChangeBatch must contain at least one Change.');
  if (!ctx.skipLimits) {
    const counts = batchCounts(changes);
    if (counts.resourceRecords > MAX_RECORDS_PER_BATCH) {
      throw new SimError('InvalidChangeBatch', `[Number of records limit of ${MAX_RECORDS_PER_BATCH} exceeded.]`);
    }
    if (counts.characters > MAX_CHARACTERS_PER_BATCH) {
      throw new SimError('InvalidChangeBatch', `[RDATA character limit of ${MAX_CHARACTERS_PER_BATCH} exceeded.]`);
    }
  }
  const { zone } = ctx;
  const working = new Map(zone.records.map((r) => [recordIdentity(r), r]));
  const messages: string[] = [];
  for (const change of changes) {
    const action = change.Action ?? '';
    if (!['CREATE', 'DELETE', 'UPSERT'].includes(action)) {
      throw new SimError('InvalidInput', `Invalid request: Action '${action}' must be CREATE, DELETE or UPSERT.`);
    }
    const record = canonicalRecord(change.ResourceRecordSet ?? ({} as ResourceRecordSet));
    validateRecordShape(action, record);
    if (!isInZone(record.Name as string, zone.name)) {
      messages.push(`RRSet with DNS name ${record.Name} is not permitted in zone ${zone.name}`);
      continue;
    }
    if (record.HealthCheckId !== undefined && action !== 'DELETE' && !ctx.healthCheckExists(record.HealthCheckId)) {
      throw new SimError('NoSuchHealthCheck', `No health check exists with the specified ID ${record.HealthCheckId}`, 404);
    }
    messages.push(...valueProblems(record));
    const id = recordIdentity(record);
    const current = working.get(id);
    if (action === 'CREATE') {
      if (current) messages.push(`Tried to create resource record set ${describeRecord(record)} but it already exists`);
      else working.set(id, record);
    } else if (action === 'DELETE') {
      if (!current) messages.push(`Tried to delete resource record set ${describeRecord(record)} but it was not found`);
      else if (!sameRecord(current, record)) {
        messages.push(`Tried to delete resource record set ${describeRecord(record)} but the values provided do not match the current values`);
      } else working.delete(id);
    } else {
      working.set(id, record);
    }
  }
  const records = [...working.values()].sort(compareRecords);
  if (messages.length === 0) messages.push(...zoneProblems(records, ctx));
  if (messages.length) throw new SimError('InvalidChangeBatch', `[${messages.join(', ')}]`);
  return records;
}

/** Rules that hold for the zone as a whole after the batch. */
function zoneProblems(records: readonly ResourceRecordSet[], ctx: BatchContext): string[] {
  const zoneName = ctx.zone.name;
  const problems: string[] = [];
  const byName = new Map<string, ResourceRecordSet[]>();
  for (const r of records) byName.set(r.Name as string, [...(byName.get(r.Name as string) ?? []), r]);
  for (const [name, sets] of byName) {
    const hasCname = sets.some((r) => r.Type === 'CNAME');
    if (hasCname && name === zoneName) {
      problems.push(`RRSet of type CNAME with DNS name ${name} is not permitted at apex in zone ${zoneName}`);
    } else if (hasCname && sets.some((r) => r.Type !== 'CNAME')) {
      problems.push(`RRSet of type CNAME with DNS name ${name} is not permitted as it conflicts with other records with the same DNS name in zone ${zoneName}`);
    }
    const byType = new Map<string, ResourceRecordSet[]>();
    for (const r of sets) byType.set(r.Type as string, [...(byType.get(r.Type as string) ?? []), r]);
    for (const [type, group] of byType) {
      const plain = group.filter((r) => r.SetIdentifier === undefined);
      if (plain.length && group.length > plain.length) {
        problems.push(`RRSet with DNS name ${name}, type ${type} cannot be combined with routing-policy sets of the same name and type`);
      }
      const policies = new Set(group.filter((r) => r.SetIdentifier !== undefined).map(routingPolicy));
      if (policies.size > 1) {
        problems.push(`RRSet with DNS name ${name}, type ${type} mixes routing policies ${[...policies].sort().join(', ')}`);
      }
    }
  }
  const apex = byName.get(zoneName) ?? [];
  if (apex.filter((r) => r.Type === 'SOA').length !== 1) problems.push('A HostedZone must contain exactly one SOA record.');
  if (!apex.some((r) => r.Type === 'NS')) problems.push('A HostedZone must contain at least one NS record for the zone itself.');
  for (const r of records) {
    const target = r.AliasTarget;
    if (!target?.HostedZoneId) continue;
    const targetZone = target.HostedZoneId === ctx.zone.id ? { ...ctx.zone, records: records as ResourceRecordSet[] } : ctx.zoneById(target.HostedZoneId);
    if (!targetZone) continue; // an AWS resource (load balancer, CloudFront, S3 website): not ours to check
    const dnsName = target.DNSName as string;
    if (!isInZone(dnsName, targetZone.name)) {
      problems.push(`Tried to create an alias that targets ${dnsName}, type ${r.Type} in zone ${target.HostedZoneId}, but the alias target name does not lie within the target zone`);
    } else if (!targetZone.records.some((t) => t.Name === dnsName && t.Type === r.Type)) {
      problems.push(`Tried to create an alias that targets ${dnsName}, type ${r.Type} in zone ${target.HostedZoneId}, but that target was not found`);
    }
  }
  return problems;
}

function routingPolicy(r: ResourceRecordSet): string {
  return ROUTING_FIELDS.find((f) => r[f] !== undefined) ?? 'simple';
}

export interface ListPage {
  ResourceRecordSets: ResourceRecordSet[];
  IsTruncated: boolean;
  MaxItems: number;
  NextRecordName?: string;
  NextRecordType?: string;
  NextRecordIdentifier?: string;
}

export interface ListStart {
  StartRecordName?: string;
  StartRecordType?: string;
  StartRecordIdentifier?: string;
  MaxItems?: number;
}

/**
 * One page of ListResourceRecordSets: records at or after the start key in Route 53's order;
 * when more remain, the Next* fields name the first record not returned (its set identifier
 * too, so a page boundary can fall between the sets of one name and type).
 */
export function listRecordPage(records: readonly ResourceRecordSet[], start: ListStart): ListPage {
  if (start.StartRecordType !== undefined && start.StartRecordName === undefined) {
    throw new SimError('InvalidInput', 'The input is not valid: StartRecordType requires StartRecordName.');
  }
  if (start.StartRecordIdentifier !== undefined && start.StartRecordType === undefined) {
    throw new SimError('InvalidInput', 'The input is not valid: StartRecordIdentifier requires StartRecordType.');
  }
  if (start.StartRecordType !== undefined && !RECORD_TYPES.has(start.StartRecordType)) {
    throw new SimError('InvalidInput', `The input is not valid: unknown record type ${start.StartRecordType}.`);
  }
  const requested = start.MaxItems ?? MAX_ITEMS_PER_PAGE;
  if (!Number.isInteger(requested) || requested < 1) {
    throw new SimError('InvalidInput', `The input is not valid: maxitems ${requested} must be a positive integer.`);
  }
  const pageSize = Math.min(requested, MAX_ITEMS_PER_PAGE);
  const key: RecordKey | undefined =
    start.StartRecordName === undefined
      ? undefined
      : {
          name: reversedName(normalizeName(start.StartRecordName)),
          type: start.StartRecordType,
          setIdentifier: start.StartRecordType === undefined ? undefined : start.StartRecordIdentifier,
        };
  const from = key ? firstAtOrAfter(records, key) : 0;
  const page = records.slice(from, from + pageSize);
  const next = records[from + pageSize];
  return {
    ResourceRecordSets: page,
    IsTruncated: next !== undefined,
    MaxItems: requested,
    NextRecordName: next?.Name,
    NextRecordType: next?.Type,
    NextRecordIdentifier: next?.SetIdentifier,
  };
}

function firstAtOrAfter(records: readonly ResourceRecordSet[], key: RecordKey): number {
  // An undefined set identifier in the start key means "from the first set of that name and type".
  const startKey: RecordKey = key;
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const cmp = compareKeys(recordKey(records[mid] as ResourceRecordSet), startKey);
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
