/** The waiting helpers: the copy queue, waiting out limit errors, and batched status polls. */
import { describe, expect, it } from 'vitest';
import { isWaitableLimit } from '../../src/snapshots/runtime.js';
import { SnapshotWatcher, Slots, waitOutLimits, type StatusReading } from '../../src/snapshots/waiting.js';
import { sleep } from '../../src/util/polling.js';
import { rdsSnapshotName } from '../../src/snapshots/drivers.js';

describe('Slots', () => {
  it('never lets more than the limit in, and serves the queue in order', async () => {
    const slots = new Slots(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, async (_, i) => {
        const release = await slots.acquire();
        order.push(i);
        active += 1;
        peak = Math.max(peak, active);
        await sleep(5);
        active -= 1;
        release();
      }),
    );
    expect(peak).toBe(2);
    expect(slots.peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(slots.inUse).toBe(0);
  });
});

describe('waitOutLimits', () => {
  const limitError = Object.assign(new Error('Too many snapshot copies in progress. The limit is 20 for this destination region.'), { name: 'ResourceLimitExceeded' });

  it('waits out "too many copies in progress" and quota errors, then succeeds', async () => {
    let calls = 0;
    const waits: number[] = [];
    const result = await waitOutLimits(async () => (++calls < 3 ? Promise.reject(limitError) : 'snap-1'), {
      isLimit: isWaitableLimit,
      deadline: Date.now() + 5_000,
      firstDelayMs: 2,
      onWait: (_, ms) => waits.push(ms),
    });
    expect(result).toBe('snap-1');
    expect(waits).toEqual([2, 4]);
    expect(isWaitableLimit(Object.assign(new Error('Cannot create more than 100 manual snapshots'), { name: 'SnapshotQuotaExceeded' }))).toBe(true);
  });

  it('gives up at the deadline, and throws other errors at once', async () => {
    await expect(waitOutLimits(() => Promise.reject(limitError), { isLimit: isWaitableLimit, deadline: Date.now() + 10, firstDelayMs: 50 })).rejects.toBe(limitError);
    let calls = 0;
    const denied = Object.assign(new Error('not authorized'), { name: 'UnauthorizedOperation' });
    await expect(waitOutLimits(() => (calls++, Promise.reject(denied)), { isLimit: isWaitableLimit, deadline: Date.now() + 5_000, firstDelayMs: 1 })).rejects.toBe(denied);
    expect(calls).toBe(1);
  });
});

describe('SnapshotWatcher', () => {
  it('polls every waiting id in batched calls and resolves each as it completes, logging progress', async () => {
    const calls: string[][] = [];
    let round = 0;
    const lines: string[] = [];
    const watcher = new SnapshotWatcher({
      label: 'EBS snapshots in us-east-1',
      fetch: async (ids) => {
        calls.push([...ids]);
        round += 1;
        return new Map<string, StatusReading>(ids.map((id) => [id, round >= 4 || id === 'snap-0' ? { state: 'completed', status: 'completed' } : { state: 'pending', status: 'pending', progress: `${round * 20}%` }]));
      },
      pollMs: 5,
      batch: 2,
      log: (line) => lines.push(line),
      progressEveryMs: 0,
    });
    const deadline = Date.now() + 5_000;
    const outcomes = await Promise.all(['snap-0', 'snap-1', 'snap-2'].map((id) => watcher.wait(id, deadline)));
    expect(outcomes.map((o) => o.outcome)).toEqual(['done', 'done', 'done']);
    expect(calls[0]).toEqual(['snap-0', 'snap-1']); // one call per batch of ids, not one per snapshot
    expect(calls.flat().filter((id) => id === 'snap-0')).toHaveLength(1);
    expect(lines[0]).toMatch(/^EBS snapshots in us-east-1: waiting for 2 to complete: snap-1 \d+%, snap-2 \d+%$/);
  });

  it('reports a timeout with the last status, and a snapshot that disappeared', async () => {
    const watcher = new SnapshotWatcher({
      label: 'x',
      fetch: async (ids) => new Map(ids.filter((id) => id !== 'gone').map((id) => [id, { state: 'pending' as const, status: 'pending', progress: '42%' }])),
      pollMs: 2,
      batch: 10,
      log: () => {},
      progressEveryMs: 60_000,
      missingPolls: 2,
    });
    const [slow, gone] = await Promise.all([watcher.wait('slow', Date.now() + 40), watcher.wait('gone', Date.now() + 5_000)]);
    expect(slow).toEqual({ outcome: 'timeout', state: 'pending', status: 'pending', progress: '42%' });
    expect(gone).toEqual({ outcome: 'gone' });
  });
});

describe('rdsSnapshotName', () => {
  it('names by resource, policy and minute, and stays within the cluster limit of 63', () => {
    const now = Date.parse('2026-03-04T05:06:07Z');
    expect(rdsSnapshotName('rds-instance', 'orders-db', 'daily', now)).toBe('abg-orders-db-daily-20260304-0506');
    const long = rdsSnapshotName('rds-cluster', 'a-very-long-aurora-cluster-identifier-for-inventory', 'nightly-with-copies', now);
    expect(long).toHaveLength(63);
    expect(long).toMatch(/^abg-a-very-long-aurora-cluster-identifie-[0-9a-f]{8}-20260304-0506$/);
    expect(long).not.toContain('--');
  });
});
