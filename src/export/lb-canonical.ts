/**
 * Canonical forms shared by the load-balancer documents (lb-format*.ts) and the restores that
 * compare them with live settings: sorted keys, sorted unordered lists, key/value maps.
 */

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedStrings(values: readonly string[] | undefined): string[] | undefined {
  return values ? [...values].sort(compareText) : undefined;
}

/** Deep copy with object keys sorted and undefined values dropped; arrays keep their order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareText)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** Sort key for lists of objects whose order AWS does not define. */
export function canonicalKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function sortByCanonical<T>(values: readonly T[]): T[] {
  return values
    .map((v) => ({ v, k: canonicalKey(v) }))
    .sort((a, b) => compareText(a.k, b.k))
    .map((e) => e.v);
}

/**
 * Copies `source` with the `first` keys in that order, then any other keys (fields AWS may add
 * later) sorted, minus `omit`. Values of listed keys are taken as they are (callers shape them);
 * values of other keys are made canonical.
 */
export function ordered(
  source: object,
  first: readonly string[],
  omit: readonly string[] = [],
): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of first) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  for (const key of Object.keys(record).sort(compareText)) {
    if (first.includes(key) || omit.includes(key) || record[key] === undefined) continue;
    out[key] = canonical(record[key]);
  }
  return out;
}

/** `[{Key, Value}]` → `{Key: Value}` sorted by key (attributes and tags). */
export function keyValueMap(
  entries: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const sorted = [...(entries ?? [])].sort((a, b) => compareText(a.Key ?? '', b.Key ?? ''));
  for (const entry of sorted) {
    if (entry.Key !== undefined) out[entry.Key] = entry.Value ?? '';
  }
  return out;
}

/** Inverse of `keyValueMap`: the list shape Modify*Attributes and AddTags take. */
export function keyValueList(map: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.keys(map)
    .sort(compareText)
    .map((Key) => ({ Key, Value: map[Key] as string }));
}
