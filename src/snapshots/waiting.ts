/**
 * Waiting for snapshots and copies to finish, cheaply: one watcher per (account, region,
 * kind) polls the status of every snapshot anyone waits for in one batched describe call per
 * interval, instead of one poll per snapshot. Progress is logged at most once per
 * `progressEveryMs`. Waits end at a shared deadline (the run's time budget); what is still
 * pending then is reported by the caller, not failed.
 */
import { errorMessage } from '../util/concurrency.js';
import type { SnapshotState } from './inventory.js';
import { pollBackoff, sleep } from '../util/polling.js';
import { chunk } from '../util/chunk.js';

export interface StatusReading {
  state: SnapshotState;
  /** AWS's word for it (pending, completed, creating, available, …). */
  status: string;
  progress?: string;
}

/** Reads the status of these ids; ids missing from the answer are not there (yet, or any more). */
export type FetchStatuses = (ids: readonly string[]) => Promise<Map<string, StatusReading>>;

export type WaitOutcome =
  | ({ outcome: 'done' } & StatusReading)
  | { outcome: 'gone' }
  | ({ outcome: 'timeout' } & Partial<StatusReading>);

export interface WatcherOptions {
  /** e.g. `EBS snapshots in us-east-1`. */
  label: string;
  fetch: FetchStatuses;
  pollMs: number;
  /** Ids per describe call. */
  batch: number;
  log: (line: string) => void;
  progressEveryMs: number;
  /** Consecutive polls an id may be missing before it counts as gone (describe calls are eventually consistent). */
  missingPolls?: number;
}

interface Waiter {
  id: string;
  deadline: number;
  missing: number;
  last?: StatusReading;
  resolve: (outcome: WaitOutcome) => void;
}


export class SnapshotWatcher {
  private readonly waiters = new Map<string, Waiter[]>();
  private running = false;
  private lastProgressLog = Date.now();

  constructor(private readonly options: WatcherOptions) {}

  /** Resolves when the snapshot completed or failed, disappeared, or the deadline (Date.now() ms) passed. */
  wait(id: string, deadline: number): Promise<WaitOutcome> {
    if (Date.now() >= deadline) return Promise.resolve({ outcome: 'timeout' });
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push({ id, deadline, missing: 0, resolve });
      this.waiters.set(id, list);
      if (!this.running) {
        this.running = true;
        void this.loop();
      }
    });
  }

  get waiting(): number {
    return this.waiters.size;
  }

  private async loop(): Promise<void> {
    try {
      const interval = pollBackoff(this.options.pollMs);
      while (this.waiters.size > 0) {
        const nextDeadline = Math.min(...[...this.waiters.values()].flat().map((w) => w.deadline));
        await sleep(Math.min(interval(), nextDeadline - Date.now()));
        await this.poll();
        this.expire();
        this.logProgress();
      }
    } finally {
      this.running = false;
    }
  }

  private async poll(): Promise<void> {
    const ids = [...this.waiters.keys()];
    const batches = chunk(ids, this.options.batch);
    await Promise.all(
      batches.map(async (batch) => {
        let readings: Map<string, StatusReading>;
        try {
          readings = await this.options.fetch(batch);
        } catch (error) {
          // A failed poll is retried next interval; the deadline bounds how long.
          this.options.log(`${this.options.label}: status check failed, retrying: ${errorMessage(error)}`);
          return;
        }
        for (const id of batch) this.settle(id, readings.get(id));
      }),
    );
  }

  private settle(id: string, reading: StatusReading | undefined): void {
    const list = this.waiters.get(id);
    if (!list) return;
    const missingPolls = this.options.missingPolls ?? 3;
    const remaining = list.filter((w) => {
      if (reading === undefined) {
        w.missing += 1;
        if (w.missing < missingPolls) return true;
        w.resolve({ outcome: 'gone' });
        return false;
      }
      w.missing = 0;
      w.last = reading;
      if (reading.state === 'pending') return true;
      w.resolve({ outcome: 'done', ...reading });
      return false;
    });
    if (remaining.length > 0) this.waiters.set(id, remaining);
    else this.waiters.delete(id);
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, list] of this.waiters) {
      const remaining = list.filter((w) => {
        if (now < w.deadline) return true;
        w.resolve({ outcome: 'timeout', ...w.last });
        return false;
      });
      if (remaining.length > 0) this.waiters.set(id, remaining);
      else this.waiters.delete(id);
    }
  }

  private logProgress(): void {
    const now = Date.now();
    if (this.waiters.size === 0 || now - this.lastProgressLog < this.options.progressEveryMs) return;
    this.lastProgressLog = now;
    const readings = [...this.waiters.values()].map((list) => list[0]!);
    const shown = readings
      .slice(0, 5)
      .map((w) => `${w.id} ${w.last?.progress ?? w.last?.status ?? 'pending'}`)
      .join(', ');
    const more = readings.length > 5 ? `, and ${readings.length - 5} more` : '';
    this.options.log(`${this.options.label}: waiting for ${readings.length} to complete: ${shown}${more}`);
  }
}

/** A counting semaphore: at most `limit` holders at once, first come first served. */
export class Slots {
  private active = 0;
  private peakActive = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.active += 1;
    this.peakActive = Math.max(this.peakActive, this.active);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next(); // the slot passes straight to the next in line
      else this.active -= 1;
    };
  }

  get peak(): number {
    return this.peakActive;
  }

  get inUse(): number {
    return this.active;
  }
}

/**
 * Retries `call` while AWS answers with a limit that frees itself over time (copies in
 * progress, snapshot quota being freed by deletes), backing off up to a minute, until the
 * deadline. Other errors are thrown at once.
 */
export async function waitOutLimits<T>(
  call: () => Promise<T>,
  options: { isLimit: (error: unknown) => boolean; deadline: number; firstDelayMs: number; onWait?: (error: unknown, delayMs: number) => void },
): Promise<T> {
  let delay = options.firstDelayMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!options.isLimit(error) || Date.now() + delay > options.deadline) throw error;
      options.onWait?.(error, delay);
      await sleep(delay);
      delay = Math.min(delay * 2, 60_000);
    }
  }
}
