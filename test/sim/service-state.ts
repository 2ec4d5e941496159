/**
 * Helpers every simulated service builds its state with: its per-account slice, the regions
 * a fixture account lists, fixture timestamps, deterministic ids and snapshot durations. Kept apart from the
 * services so any of them (S3 included) can use them without importing another service.
 */
import { createHash } from 'node:crypto';
import type { FixtureAccount, SimContext } from './types.js';

/** A deterministic, realistic-looking token (hex or digits) derived from the sim's id sequence. */
export function hashedId(sim: SimContext, prefix: string, length: number, digits = false): string {
  const hex = createHash('sha256').update(sim.newId(prefix)).digest('hex');
  if (!digits) return hex.slice(0, length);
  return BigInt(`0x${hex.slice(0, 24)}`).toString().padStart(length, '0').slice(-length);
}

/** The state slice a service keeps in one account, created on first use. */
export function serviceSlice<T>(sim: SimContext, account: string, name: string, init: () => T): T {
  const acct = (sim.state.accounts[account] ??= { services: {} });
  return (acct.services[name] ??= init()) as T;
}

/** The regions of a fixture account (`regions: {<region>: {...}}`). */
export function fixtureRegions(fixture: FixtureAccount): [string, Record<string, unknown>][] {
  const regions = (fixture.regions ?? {}) as Record<string, Record<string, unknown> | null>;
  return Object.entries(regions).map(([region, data]) => [region, data ?? {}]);
}

/** Fixture YAML gives timestamps as strings (or Dates); state keeps Dates. */
export function toDate(value: unknown, fallback: number): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') return new Date(value);
  return new Date(fallback);
}

/** The timing options EC2 and RDS snapshots share. */
export interface SnapshotTiming {
  snapshotBaseMs: number;
  snapshotMsPerGiB: number;
  copyDurationFactor: number;
}

/** How long a snapshot of `sizeGiB` takes (copies: `copyDurationFactor` times longer). */
export function snapshotDuration(timing: SnapshotTiming, sizeGiB: number, isCopy: boolean): number {
  const base = timing.snapshotBaseMs + timing.snapshotMsPerGiB * sizeGiB;
  return isCopy ? base * timing.copyDurationFactor : base;
}
