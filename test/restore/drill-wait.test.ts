/** The generic bounded wait behind restores and drills (src/restore/wait.ts). */
import { describe, expect, it } from 'vitest';
import { formatDuration, waitFor, waitOrThrow, waitTiming, type Reading } from '../../src/restore/wait.js';

const timing = (budgetMs: number) => waitTiming({ budgetMs, pollMs: 2, progressEveryMs: 0 });

/** A probe that answers the given readings in turn (the last one forever); a string throws. */
function script(...readings: (Reading | string)[]) {
  let i = 0;
  return async (): Promise<Reading> => {
    const next = readings[Math.min(i++, readings.length - 1)]!;
    if (typeof next === 'string') throw new Error(next);
    return next;
  };
}

describe('waitFor', () => {
  it('polls until done, logging progress and retrying failed probes', async () => {
    const lines: string[] = [];
    const result = await waitFor(script({ state: 'pending', status: 'creating', progress: '40%' }, 'Throttling: Rate exceeded', { state: 'done', status: 'available' }), {
      label: 'volume vol-1',
      goal: 'available',
      timing: timing(5_000),
      log: (l) => lines.push(l),
    });
    expect(result).toMatchObject({ outcome: 'done', status: 'available' });
    expect(lines[0]).toMatch(/^volume vol-1: waiting to be available \(creating, 40%; \d+ ms so far\)$/);
    expect(lines[1]).toBe('volume vol-1: status check failed: Throttling: Rate exceeded; retrying');
  });

  it('ends in failed or timeout, and waitOrThrow words both', async () => {
    const options = { label: 'DB instance x', goal: 'available', timing: timing(30), log: () => {} };
    await expect(waitFor(script({ state: 'failed', status: 'incompatible-network' }), options)).resolves.toMatchObject({ outcome: 'failed', status: 'incompatible-network' });
    const started = Date.now();
    const timeout = await waitFor(script({ state: 'pending', status: 'creating' }), options);
    expect(timeout).toMatchObject({ outcome: 'timeout', status: 'creating' });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(waitOrThrow(script({ state: 'pending', status: 'creating' }), options)).rejects.toThrow(/^DB instance x was not available within the wait budget of \d+ ms \(last seen: creating\)$/);
    await expect(waitOrThrow(script({ state: 'failed', status: 'failed' }), options)).rejects.toThrow(/ended in state failed instead of available/);
  });

  it('checks the timing and formats durations', () => {
    expect(() => waitTiming({ pollMs: -1 })).toThrow(RangeError);
    expect([850, 42_000, 425_000, 3_720_000].map(formatDuration)).toEqual(['850 ms', '42 s', '7 min 5 s', '1 h 2 min']);
  });
});
