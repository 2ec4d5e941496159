import { describe, expect, it } from 'vitest';
import { planRetention } from '../../src/snapshots/retention.js';
import { lockUntil, periodStart } from '../../src/snapshots/vault-lock.js';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('vault lock horizon', () => {
  it('locks a daily copy until the day retention would drop it, and no further', () => {
    const t = at('2026-03-04T02:00:00Z');
    expect(lockUntil({ id: 'a', takenAt: t }, [], { daily: 7 }, 'daily', t)).toBe(at('2026-03-11T00:00:00Z'));
    expect(periodStart('weekly', at('2026-03-04T02:00:00Z'))).toBe(at('2026-03-02T00:00:00Z'));
  });

  it('never ends after the instant the retention planner deletes it, over 60 days of daily runs with 7 daily, 4 weekly, 2 monthly', () => {
    const rules = { daily: 7, weekly: 4, monthly: 2 };
    const start = at('2026-01-01T03:00:00Z');
    const chain: { id: string; takenAt: number }[] = [];
    const locks = new Map<string, number>();
    for (let day = 0; day < 60; day += 1) {
      const now = start + day * DAY;
      chain.push({ id: `s${String(day).padStart(2, '0')}`, takenAt: now });
      const decisions = planRetention({ rules, now, items: chain.map((c) => ({ ...c, state: 'completed', owned: true })) });
      for (const d of decisions) {
        if (d.action === 'delete') {
          // Deleted only once its lock has ended, and it was locked right up to this run's day.
          expect(locks.get(d.id)!).toBeLessThanOrEqual(now);
          expect(locks.get(d.id)!).toBeGreaterThan(now - DAY);
          chain.splice(chain.findIndex((c) => c.id === d.id), 1);
        } else {
          // Kept: the lock is extended to the new horizon, never shortened.
          const until = lockUntil(chain.find((c) => c.id === d.id)!, chain, rules, 'daily', now);
          expect(until).toBeGreaterThan(now);
          locks.set(d.id, Math.max(locks.get(d.id) ?? 0, until));
        }
      }
    }
    expect(chain).toHaveLength(new Set(chain.map((c) => c.id)).size);
  });

  it('max-age-days caps the lock; alone it locks for exactly that long', () => {
    const t = at('2026-03-04T02:00:00Z');
    expect(lockUntil({ id: 'a', takenAt: t }, [], { daily: 30, 'max-age-days': 10 }, 'daily', t)).toBe(t + 10 * DAY);
    expect(lockUntil({ id: 'a', takenAt: t }, [], { 'max-age-days': 3 }, 'daily', t)).toBe(t + 3 * DAY);
  });
});
