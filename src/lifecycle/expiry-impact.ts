/**
 * Which lifecycle changes make S3 delete objects sooner than the live rules do: a rule (or an
 * enabled rule) that newly expires current or noncurrent versions, an expiration moved earlier,
 * a filter widened on an expiring rule is left to the rule text. Pure. A plan marks such a change
 * destructive and says which rule and prefix it expires, as it does for a deletion.
 */
import type { NormalRule } from './normalize.js';
import type { RuleChange } from './diff.js';

const DAY_MS = 86_400_000;

/** Days until current objects expire (a date counts from now), or undefined when they never do. */
function currentExpiryDays(rule: NormalRule | undefined, now: number): number | undefined {
  const e = rule?.enabled ? rule.expiration : undefined;
  if (!e) return undefined;
  if (e.days !== undefined) return e.days;
  if (e.day !== undefined) return Math.max(0, (Date.parse(`${e.day}T00:00:00Z`) - now) / DAY_MS);
  return undefined;
}

function noncurrentExpiryDays(rule: NormalRule | undefined): number | undefined {
  const ne = rule?.enabled ? rule.noncurrentExpiration : undefined;
  return ne ? (ne.noncurrentDays ?? 0) : undefined;
}

function scopeOf(rule: NormalRule): string {
  const f = rule.filter;
  const parts = [...(f.prefix !== '' ? [`prefix "${f.prefix}"`] : []), ...f.tags.map(([k, v]) => `tag ${k}=${v}`)];
  return parts.length > 0 ? parts.join(', ') : 'the whole bucket';
}

const sooner = (before: number | undefined, after: number | undefined): boolean => after !== undefined && (before === undefined || after < before);

const days = (n: number): string => `${Math.round(n)} day${Math.round(n) === 1 ? '' : 's'}`;

/**
 * One line per rule whose change expires objects sooner than today, e.g.
 * `rule "logs" (prefix "logs/") expires objects after 30 days (was never)`.
 */
export function expiryImpacts(changes: readonly RuleChange[], declared: readonly NormalRule[], live: readonly NormalRule[], now: number): string[] {
  const declaredById = new Map(declared.map((r) => [r.id, r]));
  const liveById = new Map(live.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const change of changes) {
    if (change.kind === 'removed') continue;
    const after = declaredById.get(change.id)!;
    const before = liveById.get(change.id);
    const [cb, ca] = [currentExpiryDays(before, now), currentExpiryDays(after, now)];
    const [nb, na] = [noncurrentExpiryDays(before), noncurrentExpiryDays(after)];
    const what: string[] = [];
    if (sooner(cb, ca)) what.push(`expires objects after ${days(ca!)} (was ${cb === undefined ? 'never' : days(cb)})`);
    if (sooner(nb, na)) what.push(`expires noncurrent versions after ${days(na!)} (was ${nb === undefined ? 'never' : days(nb)})`);
    if (what.length > 0) out.push(`rule "${change.id}" (${scopeOf(after)}) ${what.join(' and ')}`);
  }
  return out;
}
