/**
 * Route 53 DNS names: the form the API stores and returns (lower case, absolute, characters
 * other than a-z 0-9 - _ as `\ooo` octal escapes, so `*` is `\052`) and the order
 * ListResourceRecordSets returns records in.
 */
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';

export function normalizeName(name: string): string {
  let out = '';
  const lower = name.trim().toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    if (c === '\\' && /^\d{3}$/.test(lower.slice(i + 1, i + 4))) {
      out += lower.slice(i, i + 4);
      i += 3;
    } else if (/[a-z0-9\-_.]/.test(c) || c.charCodeAt(0) > 126) {
      out += c;
    } else {
      out += '\\' + c.charCodeAt(0).toString(8).padStart(3, '0');
    }
  }
  return out.endsWith('.') ? out : out + '.';
}

/** `www.example.com.` → `com.example.www.`: Route 53 sorts names by this string. */
export function reversedName(name: string): string {
  const labels = name.replace(/\.$/, '').split('.');
  return labels.reverse().join('.') + '.';
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface RecordKey {
  /** reversedName() of the record's name */
  name: string;
  type?: string;
  setIdentifier?: string;
}

export function recordKey(record: Pick<ResourceRecordSet, 'Name' | 'Type' | 'SetIdentifier'>): Required<Pick<RecordKey, 'name' | 'type'>> & RecordKey {
  return { name: reversedName(record.Name ?? ''), type: record.Type ?? '', setIdentifier: record.SetIdentifier };
}

/**
 * Compares a record's key with a (possibly partial) start key: name, then type, then set
 * identifier; a part the start key leaves out matches everything.
 */
export function compareKeys(a: RecordKey, b: RecordKey): number {
  const byName = compareStrings(a.name, b.name);
  if (byName !== 0 || a.type === undefined || b.type === undefined) return byName;
  const byType = compareStrings(a.type, b.type);
  if (byType !== 0) return byType;
  if (a.setIdentifier === undefined && b.setIdentifier === undefined) return 0;
  // A record without a set identifier comes before the weighted/latency/... sets of its name and type.
  if (a.setIdentifier === undefined) return -1;
  if (b.setIdentifier === undefined) return 1;
  return compareStrings(a.setIdentifier, b.setIdentifier);
}

export function compareRecords(a: ResourceRecordSet, b: ResourceRecordSet): number {
  return compareKeys(recordKey(a), recordKey(b));
}

/** The identity Route 53 uses to tell record sets apart. */
export function recordIdentity(record: Pick<ResourceRecordSet, 'Name' | 'Type' | 'SetIdentifier'>): string {
  return `${record.Name ?? ''}|${record.Type ?? ''}|${record.SetIdentifier ?? ''}`;
}

export function isInZone(name: string, zoneName: string): boolean {
  return name === zoneName || name.endsWith('.' + zoneName);
}

/** How Route 53 names a record set in error messages. */
export function describeRecord(record: ResourceRecordSet): string {
  const set = record.SetIdentifier !== undefined ? `, set-identifier='${record.SetIdentifier}'` : '';
  return `[name='${record.Name}', type='${record.Type}'${set}]`;
}
