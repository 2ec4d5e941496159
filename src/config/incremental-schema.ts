/**
 * `export.incremental`: re-list only what a change feed (CloudTrail event history) says
 * changed since the last export commit, with a full sweep on a slower cadence.
 */
import './jitless.js';
import { z } from 'zod';

export const INCREMENTAL_DEFAULTS = {
  enabled: false,
  'full-sweep': 'weekly',
  'feed-delay-minutes': 30,
  'change-history': true,
} as const;

/** CloudTrail event history keeps 90 days: a sweep must come sooner than that. */
export const EVENT_HISTORY_DAYS = 90;

export const SWEEP_DAYS = { daily: 1, weekly: 7, monthly: 30 } as const;

const everyDaysSchema = z
  .strictObject({
    'every-days': z
      .number()
      .int('every-days must be a whole number of days')
      .min(1)
      .max(EVENT_HISTORY_DAYS - 1, `every-days must be below ${EVENT_HISTORY_DAYS}: CloudTrail event history keeps ${EVENT_HISTORY_DAYS} days`)
      .describe('Days between full sweeps.'),
  })
  .describe('A full sweep every N days.');

export const incrementalSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(INCREMENTAL_DEFAULTS.enabled)
      .describe('Re-list only the hosted zones that CloudTrail says changed since the last export commit (needs cloudtrail:LookupEvents).'),
    'full-sweep': z
      .union([z.enum(['daily', 'weekly', 'monthly']), everyDaysSchema])
      .default(INCREMENTAL_DEFAULTS['full-sweep'])
      .describe('How often a run lists everything anyway: daily, weekly, monthly or {every-days: N}.'),
    'feed-delay-minutes': z
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(INCREMENTAL_DEFAULTS['feed-delay-minutes'])
      .describe('Safety margin for CloudTrail events that arrive late: each run looks this far back before the last export.'),
    'change-history': z
      .boolean()
      .default(INCREMENTAL_DEFAULTS['change-history'])
      .describe(
        'Also read the Change History of every zone on the ADVANCED tier (one ListHostedZoneChangeBatches call per such zone and run), so a change seconds old is re-listed at once. Off: those zones are read from CloudTrail alone, like STANDARD zones; worth it with many ADVANCED zones.',
      ),
  })
  .describe('Incremental exports from the CloudTrail change feed, with full sweeps.');

export type IncrementalConfig = z.output<typeof incrementalSchema>;

/** The sweep cadence in days. */
export function sweepDays(sweep: IncrementalConfig['full-sweep']): number {
  return typeof sweep === 'string' ? SWEEP_DAYS[sweep] : sweep['every-days'];
}
