/** Due decisions and calendar periods: once per period, catch up once, ISO weeks. */
import { describe, expect, it } from 'vitest';
import { copyDue, snapshotDue } from '../../src/snapshots/due.js';
import { isoWeek, periodKey } from '../../src/snapshots/periods.js';

const at = (iso: string) => Date.parse(iso);

describe('ISO weeks and period keys', () => {
  it.each([
    ['2026-01-01T00:00:00Z', 2026, 1], // Thursday
    ['2025-12-29T00:00:00Z', 2026, 1], // Monday of the week holding 1 January 2026
    ['2027-01-01T00:00:00Z', 2026, 53], // Friday: 2026 has 53 ISO weeks
    ['2027-01-04T00:00:00Z', 2027, 1],
    ['2021-01-03T23:59:59Z', 2020, 53],
  ])('%s is in ISO week %i-W%i', (iso, year, week) => {
    expect(isoWeek(at(iso))).toEqual({ year, week });
  });

  it('keys sort in time order across year boundaries', () => {
    const keys = ['2025-12-28T12:00:00Z', '2025-12-29T12:00:00Z', '2026-01-05T12:00:00Z'].map((d) => periodKey('weekly', at(d)));
    expect(keys).toEqual(['2025-W52', '2026-W01', '2026-W02']);
    expect(periodKey('hourly', at('2026-03-04T05:59:00Z'))).toBe('2026-03-04T05');
    expect(periodKey('monthly', at('2026-03-31T23:59:59Z'))).toBe('2026-03');
  });
});

describe('snapshotDue', () => {
  it('is due with no snapshot, and the first snapshot opens every tier', () => {
    expect(snapshotDue('daily', [], at('2026-01-05T03:00:00Z'))).toEqual({ due: true, tier: 'yearly', reason: 'daily snapshot due: no snapshot yet' });
  });

  it('creates nothing when re-run in the same period', () => {
    const decision = snapshotDue('daily', [at('2026-01-05T01:00:00Z')], at('2026-01-05T23:00:00Z'));
    expect(decision.due).toBe(false);
    expect(decision.reason).toBe('already snapshotted this day (2026-01-05T01:00:00.000Z)');
  });

  it('after missed days catches up once, tagged with the highest new period', () => {
    const taken = [at('2026-01-02T03:00:00Z')]; // Friday of ISO week 1
    const decision = snapshotDue('daily', taken, at('2026-01-06T03:00:00Z')); // Tuesday of week 2
    expect(decision).toMatchObject({ due: true, tier: 'weekly' });
    expect(decision.reason).toContain('2026-01-02T03:00:00.000Z');
    // Taking it makes the next run in the same day a no-op.
    expect(snapshotDue('daily', [...taken, at('2026-01-06T03:00:00Z')], at('2026-01-06T20:00:00Z')).due).toBe(false);
  });

  it('weekly and monthly schedules are due once per ISO week / month', () => {
    expect(snapshotDue('weekly', [at('2026-01-05T00:00:00Z')], at('2026-01-11T23:00:00Z')).due).toBe(false);
    expect(snapshotDue('weekly', [at('2026-01-05T00:00:00Z')], at('2026-01-12T00:00:00Z'))).toMatchObject({ due: true, tier: 'weekly' });
    expect(snapshotDue('monthly', [at('2026-01-31T00:00:00Z')], at('2026-02-01T00:00:00Z'))).toMatchObject({ due: true, tier: 'monthly' });
    expect(snapshotDue('hourly', [at('2026-01-31T10:05:00Z')], at('2026-01-31T10:55:00Z')).due).toBe(false);
    expect(snapshotDue('hourly', [at('2026-01-31T10:05:00Z')], at('2026-01-31T11:00:00Z'))).toMatchObject({ due: true, tier: 'hourly' });
  });
});

describe('copyDue', () => {
  const snap = (id: string, iso: string, state: 'completed' | 'pending' | 'failed' = 'completed') => ({ id, takenAt: at(iso), state });

  it('copies the newest source snapshot that has no copy yet, never older ones', () => {
    const source = [snap('s1', '2026-01-01T00:00:00Z'), snap('s2', '2026-01-02T00:00:00Z'), snap('s3', '2026-01-03T00:00:00Z', 'failed')];
    const decision = copyDue(source, [{ id: 'c1', sourceSnapshot: 's1', takenAt: at('2026-01-01T00:00:00Z'), state: 'completed' }]);
    expect(decision.snapshot?.id).toBe('s2');
  });

  it('does nothing when the newest already has a copy, even one in progress', () => {
    const source = [snap('s1', '2026-01-01T00:00:00Z')];
    expect(copyDue(source, [{ id: 'c1', sourceSnapshot: 's1', takenAt: at('2026-01-01T00:00:00Z'), state: 'pending' }]).snapshot).toBeUndefined();
    expect(copyDue([], []).reason).toBe('no source snapshot to copy');
  });

  it('retries after a failed copy', () => {
    const source = [snap('s1', '2026-01-01T00:00:00Z')];
    expect(copyDue(source, [{ id: 'c1', sourceSnapshot: 's1', takenAt: at('2026-01-01T00:00:00Z'), state: 'failed' }]).snapshot?.id).toBe('s1');
  });
});
