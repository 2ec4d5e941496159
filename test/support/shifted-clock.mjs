/**
 * Preloaded into the bundled action (`node --import <this file>`) by end-to-end tests that move
 * the simulator's clock: the action's clock runs ABG_TEST_CLOCK_OFFSET_MS ahead of the real one,
 * as the simulator's does after `sim.advance(ms)`, so a run on simulated day 40 plans with day
 * 40's date. Only `Date.now()` and `new Date()` without arguments move; timers do not.
 */
const offset = Number(process.env.ABG_TEST_CLOCK_OFFSET_MS ?? '0');
if (!Number.isFinite(offset)) throw new Error(`ABG_TEST_CLOCK_OFFSET_MS must be a number of milliseconds, got ${process.env.ABG_TEST_CLOCK_OFFSET_MS}`);
if (offset !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }

    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
