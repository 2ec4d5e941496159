/**
 * A token bucket: `rate` tokens per second, at most `burst` stored, full when created (AWS's
 * buckets start full, so a client that starts empty wastes the burst it is given). Used by the
 * AWS client layer (to stay under an API's limit) and by the simulator (to enforce it), so both
 * sides agree on exactly the same arithmetic.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
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
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
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

  /** Milliseconds until `n` tokens will be there (0 if they are now). */
  waitTime(n = 1): number {
    this.refill();
    return this.tokens >= n ? 0 : ((n - this.tokens) / this.rate) * 1000;
  }

  /** Spends `n` tokens without waiting (the balance may go below zero: a debt refilled first). */
  spend(n: number): void {
    this.refill();
    this.tokens -= n;
  }

  /**
   * Waits for `n` tokens, first come first served (the client's side), then spends them.
   * `reserve` tokens more must be there before spending, as a margin against a server whose
   * bucket started a little later than ours; never more than the bucket can hold.
   */
  take(n = 1, reserve = 0): Promise<void> {
    const need = Math.min(n + reserve, this.burst);
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
