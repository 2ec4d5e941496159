import { describe, expect, it } from 'vitest';
import { MinHeap } from '../src/util/min-heap.js';
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

  it('asking for more than it holds means standing full for the overflow, and a bucket created full has stood full forever', () => {
    let t = 0;
    const bucket = new TokenBucket(100, 1000, () => t);
    expect(bucket.waitTime(1010)).toBe(0); // created full: the server's bucket is full too
    bucket.spend(1000);
    expect(bucket.waitTime(1010)).toBeCloseTo(10_100); // 10 s to fill, then 0.1 s more
    t += 10_000;
    expect(bucket.available()).toBe(1000);
    expect(bucket.waitTime(1010)).toBeCloseTo(100);
    t += 60;
    expect(bucket.waitTime(1010)).toBeCloseTo(40);
    t += 1000;
    expect(bucket.waitTime(1010)).toBe(0);
    expect(bucket.tryTake(1001)).toBe(false); // the server's side never holds more than its burst
  });

  it('take() with a reserve for a batch that fills the bucket waits the reserve out as time spent full', async () => {
    let t = 0;
    const bucket = new TokenBucket(100, 1000, () => t);
    await bucket.take(1000, 10); // first batch goes at once
    let sent = false;
    const second = bucket.take(1000, 10).then(() => (sent = true));
    t += 10_000; // full again, but only just
    await new Promise((r) => setTimeout(r, 30));
    expect(sent).toBe(false);
    t += 100;
    await second;
    expect(bucket.available()).toBeCloseTo(0, 5);
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

describe('MinHeap', () => {
  it('pops the smallest item first, also when pushes and pops interleave', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const heap = new MinHeap<number>((a, b) => a < b);
    const mirror: number[] = [];
    const popped: number[] = [];
    const expected: number[] = [];
    for (let i = 0; i < 2000; i++) {
      if (random() < 0.6 || mirror.length === 0) {
        const n = Math.floor(random() * 500);
        heap.push(n);
        mirror.push(n);
      } else {
        mirror.sort((a, b) => a - b);
        expected.push(mirror.shift() as number);
        popped.push(heap.pop() as number);
      }
      expect(heap.size).toBe(mirror.length);
    }
    expect(popped).toEqual(expected);
    expect(popped.length).toBeGreaterThan(500);
    while (heap.size > 0) popped.push(heap.pop() as number);
    expect(heap.pop()).toBeUndefined();
  });
});
