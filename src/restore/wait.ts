/**
 * Waiting for something in AWS to reach a state (a volume `available`, a database
 * `available`, a deleted database gone) within a bounded budget, logging progress now and
 * then. Generic: the caller supplies a probe that reads the current state; this module owns
 * only the clock, the polling and the wording. A probe that throws is retried on the next
 * poll (describe calls are eventually consistent and may be throttled); the budget bounds it.
 */
import { errorMessage } from '../util/concurrency.js';
import { pollBackoff, sleep } from '../util/polling.js';

export interface WaitTiming {
  /** How long to wait at most, from the first probe. */
  budgetMs: number;
  /** Between probes. */
  pollMs: number;
  /** Between progress lines. */
  progressEveryMs: number;
}

/** Restores take minutes (EBS) to an hour or more (large databases). */
export const DEFAULT_WAIT_TIMING: WaitTiming = { budgetMs: 90 * 60_000, pollMs: 15_000, progressEveryMs: 60_000 };

export function waitTiming(overrides: Partial<WaitTiming> = {}): WaitTiming {
  const timing = { ...DEFAULT_WAIT_TIMING, ...overrides };
  for (const [name, value] of Object.entries(timing)) {
    if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`wait ${name} must be a finite number of milliseconds ≥ 0 (got ${value}).`);
  }
  return timing;
}

/** What one probe saw. `progress` is shown in the log when AWS reports one (e.g. `45%`). */
export type Reading =
  | { state: 'done'; status: string }
  | { state: 'pending'; status: string; progress?: string }
  | { state: 'failed'; status: string };

export type Probe = () => Promise<Reading>;

export type WaitResult =
  | { outcome: 'done'; status: string; elapsedMs: number }
  | { outcome: 'failed'; status: string; elapsedMs: number }
  /** `status` is the last state seen (or the last probe error), if any. */
  | { outcome: 'timeout'; status?: string; elapsedMs: number };

export interface WaitOptions {
  /** What is waited for, e.g. `volume vol-0abc (us-east-1)`. */
  label: string;
  /** e.g. `available`, `deleted`: used in the log lines. */
  goal: string;
  timing: WaitTiming;
  log: (line: string) => void;
}


export async function waitFor(probe: Probe, options: WaitOptions): Promise<WaitResult> {
  const { label, goal, timing, log } = options;
  const started = Date.now();
  const deadline = started + timing.budgetMs;
  let lastLog = started;
  let last: string | undefined;
  const interval = pollBackoff(timing.pollMs);
  for (;;) {
    try {
      const reading = await probe();
      last = reading.status;
      if (reading.state === 'done') return { outcome: 'done', status: reading.status, elapsedMs: Date.now() - started };
      if (reading.state === 'failed') return { outcome: 'failed', status: reading.status, elapsedMs: Date.now() - started };
      if (Date.now() - lastLog >= timing.progressEveryMs) {
        lastLog = Date.now();
        const at = reading.progress ? `${reading.status}, ${reading.progress}` : reading.status;
        log(`${label}: waiting to be ${goal} (${at}; ${formatDuration(lastLog - started)} so far)`);
      }
    } catch (error) {
      last = `status check failed: ${errorMessage(error)}`;
      log(`${label}: ${last}; retrying`);
    }
    const left = deadline - Date.now();
    if (left <= 0) return { outcome: 'timeout', ...(last !== undefined && { status: last }), elapsedMs: Date.now() - started };
    await sleep(Math.min(interval(), left));
  }
}

/** Throws a one-line error unless the wait ended in the goal state; returns the elapsed ms. */
export async function waitOrThrow(probe: Probe, options: WaitOptions): Promise<number> {
  const result = await waitFor(probe, options);
  if (result.outcome === 'done') return result.elapsedMs;
  throw new Error(describeWait(result, options));
}

export function describeWait(result: WaitResult, options: Pick<WaitOptions, 'label' | 'goal'>): string {
  const took = formatDuration(result.elapsedMs);
  if (result.outcome === 'done') return `${options.label} ${options.goal} after ${took}`;
  if (result.outcome === 'failed') return `${options.label} ended in state ${result.status} instead of ${options.goal} (after ${took})`;
  const seen = result.status ? ` (last seen: ${result.status})` : '';
  return `${options.label} was not ${options.goal} within the wait budget of ${took}${seen}`;
}

/** `850 ms`, `42 s`, `7 min 5 s`, `1 h 2 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}
