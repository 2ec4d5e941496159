/**
 * How long a vault copy is locked: until the earliest instant retention could delete it, so
 * the lock covers its whole retention and ends when retention wants it gone. Pure.
 *
 * A tier with count N keeps a snapshot while it is the newest of its period and fewer than N
 * newer periods have a snapshot. Runs add at most one snapshot per period, so a snapshot with
 * k newer periods today survives at least until N - k more periods have begun: the earliest is
 * the start of the (N - k)-th period from the first one without a snapshot yet. Over the
 * tiers that keep it, the latest of those instants; never past max-age-days. A tier coarser
 * than the schedule counts only once the copy's period is over: until then a later snapshot of
 * the same period may still replace it as that period's newest.
 */
import type { RetentionRules } from '../config/snapshots-schema.js';
import { periodKey, TIERS, type Tier } from './periods.js';
import { DAY_MS, tierCounts } from './retention.js';

export interface LockItem {
  id: string;
  takenAt: number;
}

/** The start of the tier's period that `ms` falls in (UTC; ISO weeks start on Monday). */
export function periodStart(tier: Tier, ms: number): number {
  const d = new Date(ms);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  switch (tier) {
    case 'hourly':
      return Date.UTC(y, m, day, d.getUTCHours());
    case 'daily':
      return Date.UTC(y, m, day);
    case 'weekly':
      return Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7));
    case 'monthly':
      return Date.UTC(y, m, 1);
    case 'yearly':
      return Date.UTC(y, 0, 1);
  }
}

/** The start of the period `n` periods after the one starting at `start`. */
export function addPeriods(tier: Tier, start: number, n: number): number {
  const d = new Date(start);
  switch (tier) {
    case 'hourly':
      return start + n * 3600_000;
    case 'daily':
      return start + n * DAY_MS;
    case 'weekly':
      return start + n * 7 * DAY_MS;
    case 'monthly':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
    case 'yearly':
      return Date.UTC(d.getUTCFullYear() + n, 0, 1);
  }
}

/**
 * The earliest instant retention may delete `item`, given the chain's completed snapshots
 * (`chain`, with or without the item) at `now`; `now` or earlier means no lock is needed.
 */
export function lockUntil(item: LockItem, chain: readonly LockItem[], rules: RetentionRules, schedule: Tier, now: number): number {
  const all = chain.some((c) => c.id === item.id) ? [...chain] : [...chain, item];
  let until = now;
  for (const [tier, keep] of tierCounts(rules)) {
    const own = periodKey(tier, item.takenAt);
    if (TIERS.indexOf(tier) > TIERS.indexOf(schedule) && own === periodKey(tier, now)) continue;
    // Superseded in its own period: this tier does not keep it.
    if (all.some((c) => c.id !== item.id && periodKey(tier, c.takenAt) === own && (c.takenAt > item.takenAt || (c.takenAt === item.takenAt && c.id < item.id)))) continue;
    const newer = new Set(all.map((c) => periodKey(tier, c.takenAt)).filter((k) => k > own));
    if (newer.size >= keep) continue;
    const current = periodStart(tier, now);
    const firstFree = newer.has(periodKey(tier, now)) || periodKey(tier, now) === own ? addPeriods(tier, current, 1) : current;
    until = Math.max(until, addPeriods(tier, firstFree, keep - newer.size - 1));
  }
  const maxAge = rules['max-age-days'];
  if (maxAge !== undefined) {
    until = tierCounts(rules).length === 0 ? item.takenAt + maxAge * DAY_MS : Math.min(until, item.takenAt + maxAge * DAY_MS);
  }
  return until;
}
