/** Sleeping and poll intervals, shared by every wait (restores, snapshots, copies). */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The first look after a wait starts. */
export const FIRST_POLL_MS = 1_000;

/**
 * Poll intervals for a wait: small resources are ready in seconds, so look again soon, then
 * double up to `maxMs`. Each call returns the next interval.
 */
export function pollBackoff(maxMs: number): () => number {
  let next = Math.min(FIRST_POLL_MS, maxMs);
  return () => {
    const current = next;
    next = Math.min(next * 2, maxMs);
    return current;
  };
}
