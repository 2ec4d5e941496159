/**
 * The exact difference between a zone file's records and the live zone, as Route 53 changes:
 * CREATE for a record set that is missing, UPSERT for one whose settings or values differ,
 * DELETE for one the file does not hold. Pure: records in, changes out.
 */
import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { compareRecords, isApexNsOrSoa } from '../export/route53-format.js';
import { canonicalJson } from '../util/canonical-json.js';
import { normalName } from './change-batches.js';

/** Route 53 tells record sets apart by name, type and set identifier. */
export function recordIdentity(record: ResourceRecordSet): string {
  return `${normalName(record.Name ?? '')}|${record.Type ?? ''}|${record.SetIdentifier ?? ''}`;
}

/** A stable text of everything a record set says; value order and key order do not matter. */
export function recordFingerprint(record: ResourceRecordSet): string {
  const values = record.ResourceRecords?.map((r) => r.Value ?? '').sort();
  return canonicalJson({
    ...record,
    Name: normalName(record.Name ?? ''),
    ResourceRecords: values,
    AliasTarget: record.AliasTarget && { ...record.AliasTarget, DNSName: normalName(record.AliasTarget.DNSName ?? '') },
  });
}

export interface ZoneDiff {
  /** In Route 53's record order. */
  changes: Change[];
  /** Apex NS/SOA left alone because the restore is not forced, and that differ. */
  skippedApex: ResourceRecordSet[];
  unchanged: number;
}

export interface DiffOptions {
  zoneName: string;
  /** Also put back the apex NS and SOA records. */
  force: boolean;
}

export function diffZoneRecords(
  desired: readonly ResourceRecordSet[],
  live: readonly ResourceRecordSet[],
  options: DiffOptions,
): ZoneDiff {
  const apex = (r: ResourceRecordSet) => isApexNsOrSoa(r, options.zoneName);
  const liveById = new Map(live.map((r) => [recordIdentity(r), r]));
  const desiredIds = new Set<string>();
  const changes: Change[] = [];
  const skippedApex: ResourceRecordSet[] = [];
  let unchanged = 0;
  for (const record of [...desired].sort(compareRecords)) {
    const id = recordIdentity(record);
    desiredIds.add(id);
    const current = liveById.get(id);
    const same = current !== undefined && recordFingerprint(current) === recordFingerprint(record);
    if (same) {
      unchanged += 1;
    } else if (apex(record) && !options.force) {
      skippedApex.push(record);
    } else {
      changes.push({ Action: current ? 'UPSERT' : 'CREATE', ResourceRecordSet: record });
    }
  }
  // Live apex NS/SOA are never deleted: Route 53 needs them, and only UPSERT can change them.
  for (const record of [...live].sort(compareRecords)) {
    if (desiredIds.has(recordIdentity(record)) || apex(record)) continue;
    changes.push({ Action: 'DELETE', ResourceRecordSet: record });
  }
  return { changes: changes.sort((a, b) => compareRecords(a.ResourceRecordSet as ResourceRecordSet, b.ResourceRecordSet as ResourceRecordSet)), skippedApex, unchanged };
}

/** The safety threshold: share of the live zone a restore may update or delete unforced. */
export const CHANGE_THRESHOLD = 0.3;
/** Zones smaller than this are never refused (a few records are easy to check by eye). */
export const THRESHOLD_MIN_RECORDS = 10;

export interface ThresholdResult {
  liveRecords: number;
  updatesAndDeletes: number;
  exceeded: boolean;
}

/** Whether a restore would update or delete more than 30% of a zone of 10 or more records. */
export function checkChangeThreshold(changes: readonly Change[], liveRecords: number): ThresholdResult {
  const updatesAndDeletes = changes.filter((c) => c.Action === 'UPSERT' || c.Action === 'DELETE').length;
  const exceeded = liveRecords >= THRESHOLD_MIN_RECORDS && updatesAndDeletes > CHANGE_THRESHOLD * liveRecords;
  return { liveRecords, updatesAndDeletes, exceeded };
}

/** Aliases pointing into zone `fromId` point into `toId` instead (a zone restored under a new id). */
export function remapSelfAliases(records: readonly ResourceRecordSet[], fromId: string, toId: string): ResourceRecordSet[] {
  if (fromId === toId) return [...records];
  return records.map((record) =>
    record.AliasTarget?.HostedZoneId === fromId
      ? { ...record, AliasTarget: { ...record.AliasTarget, HostedZoneId: toId } }
      : record,
  );
}

/**
 * Moves records from zone `from` to zone `to` (e.g. `example.com.` → `drill.example.com.`):
 * names and in-zone alias targets get the new suffix.
 */
export function renameZoneRecords(
  records: readonly ResourceRecordSet[],
  from: string,
  to: string,
  zoneId: string,
): ResourceRecordSet[] {
  const source = normalName(from);
  const target = normalName(to);
  if (source === target) return [...records];
  const move = (name: string): string => {
    const n = normalName(name);
    if (n === source) return target;
    return n.endsWith(`.${source}`) ? `${n.slice(0, -source.length)}${target}` : n;
  };
  return records.map((record) => {
    const moved: ResourceRecordSet = { ...record, Name: move(record.Name ?? '') };
    if (record.AliasTarget?.HostedZoneId === zoneId && record.AliasTarget.DNSName) {
      moved.AliasTarget = { ...record.AliasTarget, DNSName: move(record.AliasTarget.DNSName) };
    }
    return moved;
  });
}
