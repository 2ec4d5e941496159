/**
 * Grandfather-father-son retention, per chain of snapshots (one resource's snapshots on one
 * side: the source region or one DR region). Pure: data in, decisions out, same input →
 * same decisions whatever the input order.
 *
 * Rules:
 * - A tier with count N keeps the newest snapshot of each of the newest N periods (hour,
 *   day, ISO week, month, year) that have a snapshot; a snapshot counts in every tier it
 *   qualifies for.
 * - max-age-days caps everything: older snapshots are not counted and are deleted; alone it
 *   keeps every snapshot younger than that.
 * - Never deleted: snapshots without the tool's tags, not completed (in progress or failed),
 *   in use (registered to an AMI), locked (vault copies), and on the DR side the newest completed copy (the next
 *   copy is incremental to it).
 * - Archive (EBS): a snapshot kept only for the monthly/yearly tiers, older than
 *   archive-after-days, moves to the archive tier.
 */
import type { RetentionRules } from '../config/snapshots-schema.js';
import { periodKey, TIERS, type Tier } from './periods.js';

export const DAY_MS = 86_400_000;

export interface RetentionItem {
  id: string;
  /** The snapshot's point in time, ms since epoch. */
  takenAt: number;
  state: 'completed' | 'pending' | 'failed';
  /** Carries the tool's tags. */
  owned: boolean;
  /** Set when something depends on the snapshot, e.g. `registered to AMI ami-123`. */
  inUse?: string;
  storageTier?: 'standard' | 'archive';
  /** A tier change under way (e.g. `archival-in-progress`): never archived again meanwhile. */
  tiering?: string;
  /** Vault copies: the lock ends at this instant (ms); a locked snapshot is never deleted. */
  lockedUntil?: number;
}

export interface RetentionInput {
  items: readonly RetentionItem[];
  rules: RetentionRules;
  now: number;
  /** DR side: never delete the newest completed copy. */
  keepNewestCompleted?: boolean;
  /** EBS only: archive snapshots kept just for the monthly/yearly tiers after this many days. */
  archiveAfterDays?: number;
}

export type Protection = 'not-owned' | 'not-completed' | 'in-use' | 'locked' | 'newest-copy';

export interface RetentionDecision {
  id: string;
  action: 'keep' | 'delete' | 'archive';
  /** Tiers the snapshot is kept for (empty when kept only by a protection). */
  tiers: Tier[];
  /** Set when a protection keeps a snapshot that retention alone would delete. */
  protectedBy?: Protection;
  reason: string;
}

const ARCHIVE_TIERS: ReadonlySet<Tier> = new Set(['monthly', 'yearly']);

/** Newest first; ties by id so the order never depends on the input order. */
export function byNewest(a: { takenAt: number; id: string }, b: { takenAt: number; id: string }): number {
  return b.takenAt - a.takenAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function tierCounts(rules: RetentionRules): [Tier, number][] {
  return TIERS.map((tier): [Tier, number] => [tier, rules[tier] ?? 0]).filter(([, n]) => n > 0);
}

/** "7 daily, 4 weekly, 12 monthly, max 400 days" */
export function describeRules(rules: RetentionRules): string {
  const parts = tierCounts(rules).map(([tier, n]) => `${n} ${tier}`);
  if (rules['max-age-days'] !== undefined) parts.push(`max ${rules['max-age-days']} days`);
  return parts.join(', ');
}

/** Which counted snapshots each tier keeps: the newest of each of the newest N periods. */
export function tierPicks(counted: readonly RetentionItem[], tier: Tier, keep: number): RetentionItem[] {
  const newestPerPeriod = new Map<string, RetentionItem>();
  for (const item of [...counted].sort(byNewest)) {
    const key = periodKey(tier, item.takenAt);
    if (!newestPerPeriod.has(key)) newestPerPeriod.set(key, item);
  }
  return [...newestPerPeriod.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, keep)
    .map(([, item]) => item);
}

export function planRetention(input: RetentionInput): RetentionDecision[] {
  const { rules, now } = input;
  const maxAgeMs = rules['max-age-days'] === undefined ? undefined : rules['max-age-days'] * DAY_MS;
  const items = [...input.items].sort(byNewest);
  const tooOld = (item: RetentionItem) => maxAgeMs !== undefined && now - item.takenAt > maxAgeMs;
  const counted = items.filter((i) => i.owned && i.state === 'completed' && !tooOld(i));

  const tiersOf = new Map<string, Tier[]>();
  const counts = tierCounts(rules);
  for (const [tier, keep] of counts) {
    for (const item of tierPicks(counted, tier, keep)) tiersOf.set(item.id, [...(tiersOf.get(item.id) ?? []), tier]);
  }
  const keepAllYoung = counts.length === 0; // max-age-days alone
  const newestCopy = input.keepNewestCompleted ? items.find((i) => i.owned && i.state === 'completed')?.id : undefined;

  return items.map((item): RetentionDecision => {
    const tiers = tiersOf.get(item.id) ?? [];
    const ageDays = Math.floor(Math.max(0, now - item.takenAt) / DAY_MS);
    const retained = tiers.length > 0 || (keepAllYoung && counted.includes(item));
    const protection = protectionOf(item, newestCopy, now);
    if (retained) {
      const why = tiers.length > 0 ? `kept as ${tiers.join(', ')}` : `younger than max-age-days ${rules['max-age-days']}`;
      if (protection === undefined && canArchive(item, tiers, ageDays, input.archiveAfterDays)) {
        // ModifySnapshotTier on a snapshot already being archived is IncorrectState.
        if (item.tiering !== undefined) return { id: item.id, action: 'keep', tiers, reason: `${why} (${item.tiering})` };
        return { id: item.id, action: 'archive', tiers, reason: `${why} only, and ${ageDays} days old (archive-after-days ${input.archiveAfterDays})` };
      }
      return { id: item.id, action: 'keep', tiers, reason: why };
    }
    if (protection !== undefined) {
      return { id: item.id, action: 'keep', tiers, protectedBy: protection, reason: protectionReason(item, protection) };
    }
    const reason = tooOld(item)
      ? `older than max-age-days ${rules['max-age-days']} (${ageDays} days old)`
      : `not the newest snapshot of a kept period (retention: ${describeRules(rules)})`;
    return { id: item.id, action: 'delete', tiers, reason };
  });
}

function protectionOf(item: RetentionItem, newestCopy: string | undefined, now: number): Protection | undefined {
  if (!item.owned) return 'not-owned';
  if (item.state !== 'completed') return 'not-completed';
  if (item.inUse) return 'in-use';
  if (item.lockedUntil !== undefined && item.lockedUntil > now) return 'locked';
  if (item.id === newestCopy) return 'newest-copy';
  return undefined;
}

function protectionReason(item: RetentionItem, protection: Protection): string {
  switch (protection) {
    case 'not-owned':
      return "kept: it lacks the tool's tags, so the tool never deletes it";
    case 'not-completed':
      return `kept: state is ${item.state}, not completed`;
    case 'in-use':
      return `due for deletion but kept: ${item.inUse}; deregister it to let retention delete the snapshot`;
    case 'locked':
      return `due for deletion but kept: locked until ${new Date(item.lockedUntil!).toISOString()}; retention deletes it after the lock ends`;
    case 'newest-copy':
      return 'kept: the newest copy in this region, so the next copy stays incremental';
  }
}

function canArchive(item: RetentionItem, tiers: readonly Tier[], ageDays: number, archiveAfterDays: number | undefined): boolean {
  return (
    archiveAfterDays !== undefined &&
    item.owned &&
    item.state === 'completed' &&
    item.storageTier !== 'archive' &&
    tiers.length > 0 &&
    tiers.every((t) => ARCHIVE_TIERS.has(t)) &&
    ageDays >= archiveAfterDays
  );
}
