/**
 * The retention planner, checked on thousands of random inventories (seeded, so a failure
 * reproduces) against the invariants it promises, plus hand-made cases.
 */
import { describe, expect, it } from 'vitest';
import type { RetentionRules } from '../../src/config/snapshots-schema.js';
import { periodKey, TIERS, type Tier } from '../../src/snapshots/periods.js';
import { DAY_MS, planRetention, type RetentionDecision, type RetentionItem } from '../../src/snapshots/retention.js';

/** mulberry32: a small seeded PRNG, so the property runs are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOW = Date.UTC(2026, 4, 17, 12, 0, 0);

function randomCase(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const count = int(60);
  const spanDays = [3, 40, 400, 1200][int(4)]!;
  const items: RetentionItem[] = Array.from({ length: count }, (_, i) => {
    const item: RetentionItem = {
      id: `snap-${String(i).padStart(3, '0')}`,
      // Clustered times make several snapshots per day/hour likely.
      takenAt: NOW - Math.floor(random() * spanDays * DAY_MS * (random() < 0.2 ? 0.02 : 1)),
      state: random() < 0.85 ? 'completed' : random() < 0.5 ? 'pending' : 'failed',
      owned: random() < 0.9,
    };
    if (random() < 0.08) item.inUse = `registered to AMI ami-${i}`;
    if (random() < 0.1) item.storageTier = 'archive';
    else if (random() < 0.1) item.tiering = 'archival-in-progress';
    return item;
  });
  if (count > 2 && random() < 0.2) items[1] = { ...items[1]!, takenAt: items[0]!.takenAt }; // exact tie
  const rules: RetentionRules = {};
  for (const tier of TIERS) if (random() < 0.5) rules[tier] = int(8);
  if (random() < 0.3) rules['max-age-days'] = 1 + int(500);
  if (!TIERS.some((t) => (rules[t] ?? 0) > 0) && rules['max-age-days'] === undefined) rules.daily = 1 + int(7);
  const keepNewestCompleted = random() < 0.5;
  const archiveAfterDays = random() < 0.4 ? 1 + int(200) : undefined;
  return { items, rules, keepNewestCompleted, ...(archiveAfterDays !== undefined && { archiveAfterDays }) };
}

const byNewest = (a: RetentionItem, b: RetentionItem) => b.takenAt - a.takenAt || (a.id < b.id ? -1 : 1);

describe('retention planner properties (5,000 random inventories)', () => {
  const random = prng(20260517);
  const cases = Array.from({ length: 5000 }, () => randomCase(random));

  it('never deletes a snapshot without the tool tags, in use, not completed, or the newest DR copy', () => {
    let deletions = 0;
    const violations: RetentionItem[] = [];
    for (const c of cases) {
      const decisions = planRetention({ ...c, now: NOW });
      const newestCopy = c.keepNewestCompleted ? [...c.items].filter((i) => i.owned && i.state === 'completed').sort(byNewest)[0] : undefined;
      for (const d of decisions.filter((x) => x.action === 'delete')) {
        deletions += 1;
        const item = c.items.find((i) => i.id === d.id)!;
        if (!item.owned || item.state !== 'completed' || item.inUse || item.id === newestCopy?.id) violations.push(item);
      }
    }
    expect(violations).toEqual([]);
    expect(deletions).toBeGreaterThan(10_000); // the property is exercised, not vacuous
  });

  it('keeps exactly the configured count per tier: the newest snapshot of each of the newest N periods', () => {
    const violations: string[] = [];
    for (const [index, c] of cases.entries()) {
      const decisions = planRetention({ ...c, now: NOW });
      const maxAge = c.rules['max-age-days'];
      const counted = c.items.filter((i) => i.owned && i.state === 'completed' && (maxAge === undefined || NOW - i.takenAt <= maxAge * DAY_MS));
      for (const tier of TIERS) {
        const n = c.rules[tier] ?? 0;
        const keptForTier = decisions.filter((d) => d.tiers.includes(tier));
        const periods = [...new Set(counted.map((i) => periodKey(tier, i.takenAt)))].sort().reverse();
        if (keptForTier.length !== Math.min(n, periods.length)) violations.push(`case ${index} ${tier}: kept ${keptForTier.length}, want ${Math.min(n, periods.length)}`);
        for (const period of periods.slice(0, n)) {
          const newest = counted.filter((i) => periodKey(tier, i.takenAt) === period).sort(byNewest)[0]!;
          if (!keptForTier.some((d) => d.id === newest.id)) violations.push(`case ${index} ${tier}: ${newest.id} (newest of ${period}) not kept`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('deletes every counted snapshot no tier keeps and no protection covers, and only those', () => {
    const violations: string[] = [];
    for (const [index, c] of cases.entries()) {
      const decisions = planRetention({ ...c, now: NOW });
      const onlyMaxAge = !TIERS.some((t) => (c.rules[t] ?? 0) > 0);
      for (const d of decisions) {
        const item = c.items.find((i) => i.id === d.id)!;
        const young = c.rules['max-age-days'] === undefined || NOW - item.takenAt <= c.rules['max-age-days'] * DAY_MS;
        const retained = d.tiers.length > 0 || (onlyMaxAge && young && item.owned && item.state === 'completed');
        if ((retained || d.protectedBy !== undefined) === (d.action === 'delete')) violations.push(`case ${index}: ${d.id} ${d.action}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('archives only snapshots kept just for monthly/yearly tiers, old enough, not yet archived', () => {
    let archived = 0;
    for (const c of cases) {
      for (const d of planRetention({ ...c, now: NOW }).filter((x) => x.action === 'archive')) {
        archived += 1;
        const item = c.items.find((i) => i.id === d.id)!;
        expect(d.tiers.length).toBeGreaterThan(0);
        expect(d.tiers.every((t: Tier) => t === 'monthly' || t === 'yearly')).toBe(true);
        expect(item.storageTier).not.toBe('archive');
        expect(item.tiering).toBeUndefined();
        expect(item.inUse).toBeUndefined();
        expect(NOW - item.takenAt).toBeGreaterThanOrEqual(c.archiveAfterDays! * DAY_MS);
      }
    }
    expect(archived).toBeGreaterThan(100);
  });

  it('gives the same plan for the same input, whatever the order of the inventory', () => {
    const shuffle = prng(7);
    for (const c of cases.slice(0, 1000)) {
      const a = planRetention({ ...c, now: NOW });
      const items = [...c.items].sort(() => shuffle() - 0.5);
      const b = planRetention({ ...c, items, now: NOW });
      expect(b).toEqual(a);
    }
  });
});

describe('retention planner examples', () => {
  const daily = (days: number, hour = 3): RetentionItem[] =>
    Array.from({ length: days }, (_, i) => ({ id: `d${String(i).padStart(3, '0')}`, takenAt: Date.UTC(2026, 0, 1 + i, hour), state: 'completed' as const, owned: true }));
  const now = Date.UTC(2026, 1, 10, 12); // 2026-02-10, 41 daily snapshots from 2026-01-01

  it('keeps 7 daily + 4 weekly + 12 monthly over 41 days of daily snapshots', () => {
    const decisions = planRetention({ items: daily(41), rules: { daily: 7, weekly: 4, monthly: 12 }, now });
    const kept = decisions.filter((d) => d.action === 'keep').map((d) => new Date(c(decisions, d.id)).toISOString().slice(0, 10));
    function c(_: RetentionDecision[], id: string) {
      return daily(41).find((i) => i.id === id)!.takenAt;
    }
    // Days 2026-02-04..10 (daily), the Sundays ending ISO weeks 2026-W04..W06 plus this week's newest, and January's last day.
    expect(kept.sort()).toEqual(['2026-01-25', '2026-01-31', '2026-02-01', '2026-02-04', '2026-02-05', '2026-02-06', '2026-02-07', '2026-02-08', '2026-02-09', '2026-02-10']);
    const reasons = decisions.filter((d) => d.action === 'delete').map((d) => d.reason);
    expect(reasons[0]).toBe('not the newest snapshot of a kept period (retention: 7 daily, 4 weekly, 12 monthly)');
  });

  it('max-age-days alone keeps everything younger and deletes the rest with the age in the reason', () => {
    const decisions = planRetention({ items: daily(41), rules: { 'max-age-days': 10 }, now });
    expect(decisions.filter((d) => d.action === 'keep')).toHaveLength(10);
    expect(decisions.find((d) => d.id === 'd000')!.reason).toBe('older than max-age-days 10 (40 days old)');
  });

  it('says why a protected snapshot stays', () => {
    const items: RetentionItem[] = [
      { id: 'new', takenAt: now - DAY_MS, state: 'completed', owned: true },
      { id: 'ami', takenAt: now - 30 * DAY_MS, state: 'completed', owned: true, inUse: 'registered to AMI ami-1' },
      { id: 'theirs', takenAt: now - 30 * DAY_MS, state: 'completed', owned: false },
      { id: 'running', takenAt: now - 2 * DAY_MS, state: 'pending', owned: true },
    ];
    const decisions = Object.fromEntries(planRetention({ items, rules: { daily: 1 }, now }).map((d) => [d.id, d]));
    expect(decisions.ami).toMatchObject({ action: 'keep', protectedBy: 'in-use' });
    expect(decisions.ami!.reason).toContain('registered to AMI ami-1');
    expect(decisions.theirs).toMatchObject({ action: 'keep', protectedBy: 'not-owned' });
    expect(decisions.running).toMatchObject({ action: 'keep', protectedBy: 'not-completed' });
    expect(decisions.new).toMatchObject({ action: 'keep', tiers: ['daily'] });
  });

  it('keeps the newest DR copy even when max-age would delete it', () => {
    const items: RetentionItem[] = [{ id: 'only', takenAt: now - 100 * DAY_MS, state: 'completed', owned: true }];
    expect(planRetention({ items, rules: { 'max-age-days': 30 }, now, keepNewestCompleted: true })[0]).toMatchObject({ action: 'keep', protectedBy: 'newest-copy' });
    expect(planRetention({ items, rules: { 'max-age-days': 30 }, now })[0]!.action).toBe('delete');
  });
});
