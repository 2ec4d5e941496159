/**
 * Which hosted zones an incremental export re-lists. Pure.
 *
 * A zone is re-listed when a feed (CloudTrail, or Change History for the zones that have it) names it, when it has no committed file (or its file name
 * moved), or when the record count ListHostedZones reports (`ResourceRecordSetCount`) differs
 * from its committed file — whatever the feed says. Every other zone keeps its file untouched.
 */
import type { HostedZone } from '@aws-sdk/client-route-53';
import { bareZoneId, ZONES_FOLDER } from './route53-format.js';

export interface Route53Incremental {
  /** Bare ids of the zones the feed names as changed since the last export. */
  changedZones: ReadonlySet<string>;
  /** The feed names a health-check change. */
  healthChecksChanged: boolean;
  /** The committed zone files by zone id (`scanCommittedZones`). */
  committed: ReadonlyMap<string, CommittedZone>;
  /** Read the Change History of the zones that have it from here on (the feed's window start). */
  changeHistorySince?: Date;
}

export interface CommittedZone {
  path: string;
  records: number;
}

export interface ZoneSelection {
  relist: HostedZone[];
  /** Paths of committed zone files left as they are. */
  kept: string[];
  /** Why each re-listed zone is re-listed, by bare zone id. */
  why: Map<string, string>;
}

export function selectZones(
  zones: readonly HostedZone[],
  pathOf: (zone: HostedZone) => string,
  incremental: Route53Incremental,
  /** Zones Change History says to re-list, and why (change-history.ts). */
  history?: ReadonlyMap<string, string>,
): ZoneSelection {
  const selection: ZoneSelection = { relist: [], kept: [], why: new Map() };
  for (const zone of zones) {
    const id = bareZoneId(zone.Id ?? '');
    const committed = incremental.committed.get(id);
    const listed = zone.ResourceRecordSetCount;
    let why: string | undefined;
    if (incremental.changedZones.has(id)) why = 'changed according to CloudTrail';
    else if (history?.has(id)) why = history.get(id);
    else if (!committed) why = 'no committed file';
    else if (committed.path !== pathOf(zone)) why = `file name changed (${committed.path} → ${pathOf(zone)})`;
    else if (listed === undefined || listed !== committed.records) {
      why = `record count differs (file ${committed.records}, Route 53 ${listed ?? 'unknown'})`;
    }
    if (why === undefined) {
      selection.kept.push(committed!.path);
    } else {
      selection.relist.push(zone);
      selection.why.set(id, why);
    }
  }
  return selection;
}

const ZONE_ID_LINE = /^ {2}id: ['"]?([^'"\s]+)['"]?\s*$/m;
/** Each record of a zone file starts a line with this. */
const RECORD_ITEM = '\n  - name: ';

/**
 * Zone id and record count of every committed zone file, read without parsing the YAML
 * (a full parse of 100,000 records takes seconds): the zone's `id:` is the only key at that
 * indent, and each record starts a two-space list item. Unreadable files are left out, so
 * their zones are re-listed.
 */
export function scanCommittedZones(existing: ReadonlyMap<string, string>): Map<string, CommittedZone> {
  const zones = new Map<string, CommittedZone>();
  for (const [path, content] of existing) {
    if (!path.startsWith(ZONES_FOLDER) || !path.endsWith('.yaml')) continue;
    const at = content.indexOf('\nrecords:');
    const id = ZONE_ID_LINE.exec(at === -1 ? content : content.slice(0, at))?.[1];
    if (id === undefined || at === -1) continue;
    zones.set(id, { path, records: occurrences(content, RECORD_ITEM, at) });
  }
  return zones;
}

/** Counted without collecting the matches: 500 zones of 200 records are read before an export's first AWS call. */
function occurrences(text: string, needle: string, from: number): number {
  let count = 0;
  for (let i = text.indexOf(needle, from); i !== -1; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}
