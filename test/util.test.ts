import { describe, expect, it } from 'vitest';
import { mapSettled, mapLimit } from '../src/util/concurrency.js';
import { TokenBucket } from '../src/util/token-bucket.js';

describe('mapSettled', () => {
  it('keeps order, isolates failures and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapSettled([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5 * (n % 3)));
      inFlight--;
      if (n === 4) throw new Error('four');
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results.map((r) => (r.ok ? r.value : (r.error as Error).message))).toEqual([10, 20, 30, 'four', 50, 60, 70]);
  });

  it('mapLimit rejects with the first error after all items ran', async () => {
    const seen: number[] = [];
    await expect(
      mapLimit([1, 2, 3], 1, async (n) => {
        seen.push(n);
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).rejects.toThrow('two');
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('TokenBucket', () => {
  it('allows the burst, then refills at the rate', () => {
    let t = 0;
    const bucket = new TokenBucket(5, 2, () => t);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    expect(bucket.waitTime()).toBeCloseTo(200);
    t += 200;
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
    t += 10_000;
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.tryTake()).toBe(false);
  });

  it('take() hands out tokens in order at the configured rate', async () => {
    const bucket = new TokenBucket(100, 1);
    const order: number[] = [];
    const start = performance.now();
    await Promise.all([0, 1, 2, 3, 4].map((i) => bucket.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    // 1 token at once, then 4 more at 100/s: at least ~40 ms.
    expect(performance.now() - start).toBeGreaterThanOrEqual(35);
  });
});
