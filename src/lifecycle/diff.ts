/**
 * Declared versus live lifecycle rules of one bucket, rule by rule (matched by id) and field
 * by field. Pure. The bucket is owned by the repository, so a live rule that is not declared
 * is a removal.
 */
import type { NormalRule } from './normalize.js';
import { canonicalJson as canonical } from '../util/canonical-json.js';
import { sortRules } from './normalize.js';

/** The fields a change is reported by, in display order, with how each value reads. */
const FIELDS = {
  status: (r: NormalRule) => (r.enabled ? 'enabled' : 'disabled'),
  filter: (r: NormalRule) => {
    const f = r.filter;
    const parts = [
      ...(f.prefix !== '' ? [`prefix ${JSON.stringify(f.prefix)}`] : []),
      ...f.tags.map(([k, v]) => `tag ${k}=${v}`),
      ...(f.sizeGreaterThan !== undefined ? [`size > ${f.sizeGreaterThan} B`] : []),
      ...(f.sizeLessThan !== undefined ? [`size < ${f.sizeLessThan} B`] : []),
    ];
    return parts.length > 0 ? parts.join(', ') : 'whole bucket';
  },
  transitions: (r: NormalRule) =>
    r.transitions.map((t) => `${t.storageClass} ${t.days !== undefined ? `after ${t.days} days` : `on ${t.day}`}`).join(', ') || 'none',
  expiration: (r: NormalRule) => {
    const e = r.expiration;
    if (!e) return 'none';
    return [
      ...(e.days !== undefined ? [`after ${e.days} days`] : []),
      ...(e.day !== undefined ? [`on ${e.day}`] : []),
      ...(e.expiredObjectDeleteMarker ? ['expired delete markers'] : []),
    ].join(', ');
  },
  'noncurrent-version-transitions': (r: NormalRule) =>
    r.noncurrentTransitions
      .map((t) => `${t.storageClass} after ${t.noncurrentDays} days noncurrent${t.newerNoncurrentVersions !== undefined ? ` (keeping ${t.newerNoncurrentVersions} newer)` : ''}`)
      .join(', ') || 'none',
  'noncurrent-version-expiration': (r: NormalRule) => {
    const ne = r.noncurrentExpiration;
    if (!ne) return 'none';
    const days = ne.noncurrentDays !== undefined ? `after ${ne.noncurrentDays} days noncurrent` : 'noncurrent';
    return ne.newerNoncurrentVersions !== undefined ? `${days} (keeping ${ne.newerNoncurrentVersions} newer)` : days;
  },
  'abort-incomplete-multipart-upload': (r: NormalRule) =>
    r.abortAfterDays !== undefined ? `after ${r.abortAfterDays} days` : 'none',
} as const;

export type RuleField = keyof typeof FIELDS;

export interface FieldChange {
  field: RuleField;
  from: string;
  to: string;
}

export type RuleChange =
  | { kind: 'added'; id: string; rule: NormalRule }
  | { kind: 'removed'; id: string; rule: NormalRule }
  | { kind: 'changed'; id: string; fields: FieldChange[] };

/** The values a field is compared by: the normal form's own data, not its wording. */
function fieldValue(rule: NormalRule, field: RuleField): unknown {
  switch (field) {
    case 'status':
      return rule.enabled;
    case 'filter':
      return rule.filter;
    case 'transitions':
      return rule.transitions;
    case 'expiration':
      return rule.expiration ?? null;
    case 'noncurrent-version-transitions':
      return rule.noncurrentTransitions;
    case 'noncurrent-version-expiration':
      return rule.noncurrentExpiration ?? null;
    case 'abort-incomplete-multipart-upload':
      return rule.abortAfterDays ?? null;
  }
}

export function describeField(rule: NormalRule, field: RuleField): string {
  return FIELDS[field](rule);
}

export function fieldChanges(from: NormalRule, to: NormalRule): FieldChange[] {
  return (Object.keys(FIELDS) as RuleField[])
    .filter((field) => canonical(fieldValue(from, field)) !== canonical(fieldValue(to, field)))
    .map((field) => ({ field, from: describeField(from, field), to: describeField(to, field) }));
}

/** Changes that turn `live` into `declared`, ordered by rule id. */
export function diffRules(declared: readonly NormalRule[], live: readonly NormalRule[]): RuleChange[] {
  const liveById = new Map(live.map((r) => [r.id, r]));
  const declaredIds = new Set(declared.map((r) => r.id));
  const changes: RuleChange[] = [];
  for (const rule of sortRules(declared)) {
    const current = liveById.get(rule.id);
    if (!current) changes.push({ kind: 'added', id: rule.id, rule });
    else {
      const fields = fieldChanges(current, rule);
      if (fields.length > 0) changes.push({ kind: 'changed', id: rule.id, fields });
    }
  }
  for (const rule of sortRules(live)) if (!declaredIds.has(rule.id)) changes.push({ kind: 'removed', id: rule.id, rule });
  return changes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One line per bucket for a plan's reason: `rule "a" added; rule "b" changed: status enabled → disabled`. */
export function describeChanges(changes: readonly RuleChange[]): string {
  return changes
    .map((c) => {
      if (c.kind === 'added') return `rule "${c.id}" added`;
      if (c.kind === 'removed') return `rule "${c.id}" removed`;
      return `rule "${c.id}" changed: ${c.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join('; ')}`;
    })
    .join('; ');
}

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
}

export function countChanges(changes: readonly RuleChange[]): ChangeCounts {
  return {
    added: changes.filter((c) => c.kind === 'added').length,
    changed: changes.filter((c) => c.kind === 'changed').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
  };
}
