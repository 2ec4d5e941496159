/**
 * Calendar periods in UTC: the hour, day, ISO week, month and year an instant falls in.
 * Retention keeps the newest snapshot of a tier's newest periods; schedules are due once
 * per period. Pure.
 */

export const TIERS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
export type Tier = (typeof TIERS)[number];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(ms: number): { year: number; week: number } {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  // The year's first Thursday falls on day 0–6 of the year, so whole weeks since 1 January count from it.
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return { year, week };
}

/** A sortable key of the tier's period around `ms` (later periods sort later). */
export function periodKey(tier: Tier, ms: number): string {
  const d = new Date(ms);
  const y = pad(d.getUTCFullYear(), 4);
  switch (tier) {
    case 'hourly':
      return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}`;
    case 'daily':
      return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    case 'weekly': {
      const { year, week } = isoWeek(ms);
      return `${pad(year, 4)}-W${pad(week)}`;
    }
    case 'monthly':
      return `${y}-${pad(d.getUTCMonth() + 1)}`;
    case 'yearly':
      return y;
  }
}

/** The schedule's period is the tier of the same name (daily schedule → daily tier). */
export function scheduleTier(schedule: 'hourly' | 'daily' | 'weekly' | 'monthly'): Tier {
  return schedule;
}
