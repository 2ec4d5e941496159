/**
 * Lifecycle dates. S3 takes an ISO 8601 timestamp that must be midnight UTC; the config
 * writes the day (`2026-01-01`), and the full form is accepted when it is midnight.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/;

export type ParsedDate = { ok: true; day: string } | { ok: false; problem: string };

/** `2026-01-01` or `2026-01-01T00:00:00Z` → `2026-01-01`; anything else → why not. */
export function parseLifecycleDate(text: string): ParsedDate {
  const shown = JSON.stringify(text);
  const day = MIDNIGHT.exec(text)?.[1] ?? text;
  const match = DAY.exec(day);
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
      return { ok: false, problem: `date ${shown} is not midnight UTC; S3 runs lifecycle dates at 00:00 UTC, so write just the day, e.g. "${text.slice(0, 10)}"` };
    }
    return { ok: false, problem: `date ${shown} is not a date; write it as YYYY-MM-DD, e.g. "2026-01-01"` };
  }
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.toISOString().slice(0, 10) !== day) {
    return { ok: false, problem: `date ${shown} does not exist in the calendar; check the month and day` };
  }
  return { ok: true, day };
}

/** A day as S3 wants it: midnight UTC. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The day of a timestamp S3 returned (a Date from the SDK, or text). */
export function dateToDay(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToDate(b).getTime() - dayToDate(a).getTime()) / 86_400_000);
}
