/**
 * What a load-balancer restore cannot put back is said, never dropped: each such thing is a
 * plan warning "not restored: <what> — <why, and how to do it by hand>". Fields the restore
 * does not know (AWS adds fields; the export keeps them) are found by comparing a document's
 * keys with the ones the restore reads.
 */

export function notRestored(what: string, how: string): string {
  return `not restored: ${what} — ${how}`;
}

/** Keys of `value` holding something (not undefined, null, '' or []) that `known` lacks, sorted. */
export function unknownFields(value: object | undefined, known: ReadonlySet<string>): string[] {
  if (!value) return [];
  return Object.entries(value)
    .filter(([key, v]) => !known.has(key) && v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([key]) => key)
    .sort();
}

/** One note for the fields of `where` this restore does not know. */
export function unknownFieldsNote(where: string, fields: readonly string[]): string[] {
  if (!fields.length) return [];
  return [
    notRestored(
      `${where} ${fields.join(', ')}`,
      `this restore does not know ${fields.length === 1 ? 'this field' : 'these fields'} (AWS added ${fields.length === 1 ? 'it' : 'them'} after this version); set ${fields.length === 1 ? 'it' : 'them'} by hand after the restore`,
    ),
  ];
}
