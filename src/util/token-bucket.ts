/**
 * A token bucket: `rate` tokens per second, at most `burst` stored, full when created (AWS's
 * buckets start full, so a client that starts empty wastes the burst it is given). Used by the
 * AWS client layer (to stay under an API's limit) and by the simulator (to enforce it), so both
 * sides agree on exactly the same arithmetic.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  /** When the bucket last filled up; a bucket created full has stood full forever. */
  private fullSince = -Infinity;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly rate: number,
    readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(rate > 0)) throw new Error(`A token bucket needs a positive refill rate, got ${rate}.`);
    if (!(burst >= 1)) throw new Error(`A token bucket needs a capacity of at least 1, got ${burst}.`);
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    const gained = ((t - this.last) / 1000) * this.rate;
    if (this.tokens < this.burst && this.tokens + gained >= this.burst) {
      this.fullSince = this.last + ((this.burst - this.tokens) / this.rate) * 1000;
    }
    this.tokens = Math.min(this.burst, this.tokens + gained);
    this.last = t;
  }

  /** Tokens held now (fractional while refilling). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Takes `n` tokens if they are all there now (the simulator's check); all or nothing. */
  tryTake(n = 1): boolean {
    this.refill();
    if (this.tokens >= n) {
      this.tokens -= n;
      return true;
    }
    return false;
  }

  /**
   * Milliseconds until `n` tokens will be there (0 if they are now). More than the bucket holds
   * means the bucket full plus the overflow's worth of refill time spent full: the moment a
   * server's bucket that started a little later is sure to be full too.
   */
  waitTime(n = 1): number {
    this.refill();
    if (n <= this.burst) return this.tokens >= n ? 0 : ((n - this.tokens) / this.rate) * 1000;
    const overflowMs = ((n - this.burst) / this.rate) * 1000;
    if (this.tokens < this.burst) return ((this.burst - this.tokens) / this.rate) * 1000 + overflowMs;
    return Math.max(0, this.fullSince + overflowMs - this.last);
  }

  /** Spends `n` tokens without waiting (the balance may go below zero: a debt refilled first). */
  spend(n: number): void {
    this.refill();
    this.tokens -= n;
  }

  /**
   * Waits for `n` tokens, first come first served (the client's side), then spends them.
   * `reserve` tokens more must be there before spending, as a margin against a server whose
   * bucket started a little later than ours. When `n` fills the bucket, the reserve is waited
   * for as time the bucket has stood full.
   */
  take(n = 1, reserve = 0): Promise<void> {
    const need = Math.min(n, this.burst) + reserve;
    const turn = this.queue.then(async () => {
      for (;;) {
        const wait = this.waitTime(need);
        if (wait <= 0) break;
        await new Promise((r) => setTimeout(r, Math.ceil(wait)));
      }
      this.tokens -= n;
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}
