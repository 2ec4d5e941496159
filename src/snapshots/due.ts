/**
 * When a snapshot or a DR copy is due. Pure: a snapshot is due once per schedule period
 * (UTC hour, day, ISO week, month); re-running in the same period creates nothing, and a run
 * after missed periods catches up with exactly one snapshot.
 */
import type { Schedule } from '../config/snapshots-schema.js';
import { periodKey, scheduleTier, TIERS, type Tier } from './periods.js';

export interface DueDecision {
  due: boolean;
  /** The tier tag of the new snapshot: the highest tier whose current period had no snapshot yet. */
  tier: Tier;
  reason: string;
}

const PERIOD_WORD: Record<Tier, string> = { hourly: 'hour', daily: 'day', weekly: 'ISO week', monthly: 'month', yearly: 'year' };

/**
 * `taken`: points in time of the resource's existing snapshots by this policy that did not
 * fail (completed or still in progress).
 */
export function snapshotDue(schedule: Schedule, taken: readonly number[], now: number): DueDecision {
  const base = scheduleTier(schedule);
  const current = periodKey(base, now);
  const inPeriod = taken.filter((t) => periodKey(base, t) === current);
  const newest = taken.length > 0 ? Math.max(...taken) : undefined;
  if (inPeriod.length > 0) {
    const at = new Date(Math.max(...inPeriod)).toISOString();
    return { due: false, tier: base, reason: `already snapshotted this ${PERIOD_WORD[base]} (${at})` };
  }
  let tier: Tier = base;
  for (const candidate of TIERS.slice(TIERS.indexOf(base))) {
    if (taken.some((t) => periodKey(candidate, t) === periodKey(candidate, now))) break;
    tier = candidate;
  }
  const reason =
    newest === undefined
      ? `${schedule} snapshot due: no snapshot yet`
      : `${schedule} snapshot due: the newest is from ${new Date(newest).toISOString()}, an earlier ${PERIOD_WORD[base]}`;
  return { due: true, tier, reason };
}

export interface ChainSnapshot {
  id: string;
  takenAt: number;
  state: 'completed' | 'pending' | 'failed';
}

export interface ChainCopy {
  id: string;
  /** The source snapshot it was copied from (tag), if known. */
  sourceSnapshot?: string;
  takenAt: number;
  state: 'completed' | 'pending' | 'failed';
}

/**
 * Which existing source snapshot still needs a copy in a destination: the newest one that did
 * not fail, unless a copy of it (or of something as new) exists or is in progress there.
 * Older snapshots are never back-filled: a DR region needs the newest point, once.
 */
export function copyDue(source: readonly ChainSnapshot[], copies: readonly ChainCopy[]): { snapshot?: ChainSnapshot; reason: string } {
  const newest = [...source].filter((s) => s.state !== 'failed').sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? -1 : 1))[0];
  if (!newest) return { reason: 'no source snapshot to copy' };
  const live = copies.filter((c) => c.state !== 'failed');
  const existing = live.find((c) => c.sourceSnapshot === newest.id || c.takenAt >= newest.takenAt);
  if (existing) return { reason: `newest snapshot ${newest.id} already has copy ${existing.id} (${existing.state})` };
  return {
    snapshot: newest,
    reason: `copy of the newest snapshot ${newest.id} (${new Date(newest.takenAt).toISOString()}) is missing${newest.state === 'pending' ? '; it is still in progress, so the copy waits for it' : ''}`,
  };
}
