/**
 * A token bucket: `rate` tokens per second, at most `burst` stored. Used by the AWS client
 * layer (to stay under an API's limit) and by the simulator (to enforce it), so both sides
 * agree on exactly the same arithmetic.
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
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.rate);
    this.last = t;
  }

  /** Takes a token if one is available now (the simulator's check). */
  tryTake(): boolean {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }

  /** Milliseconds until a token will be available (0 if one is available now). */
  waitTime(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.rate) * 1000;
  }

  /** Waits for a token, first come first served (the client's side). */
  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const wait = this.waitTime();
        if (wait <= 0) break;
        await new Promise((r) => setTimeout(r, Math.ceil(wait)));
      }
      this.tokens -= 1;
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}
