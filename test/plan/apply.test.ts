import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/plan/apply.js';
import { PlanBuilder, mergePlans } from '../../src/plan/plan.js';
import type { Plan, PlanActionInput } from '../../src/plan/plan.js';

const tick = (ms = 2): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A plan whose actions record when they start and finish. */
function recordingPlan(section: string, specs: readonly (Partial<PlanActionInput> & { id: string; fail?: string })[]) {
  const events: string[] = [];
  const builder = new PlanBuilder(section);
  for (const spec of specs) {
    builder.add({
      kind: 'write',
      target: spec.id,
      reason: 'test',
      ...spec,
      apply: async () => {
        events.push(`start ${spec.id}`);
        await tick();
        events.push(`end ${spec.id}`);
        if (spec.fail) throw new Error(spec.fail);
      },
    });
  }
  return { plan: builder.build(), events };
}

/** Many actions that track how many run at once, overall and per section. */
function gaugedPlan(sections: Record<string, number>) {
  const inFlight = { total: 0, max: 0, bySection: {} as Record<string, { now: number; max: number }> };
  const plans: Plan[] = Object.entries(sections).map(([section, count]) => {
    const builder = new PlanBuilder(section);
    const gauge = (inFlight.bySection[section] = { now: 0, max: 0 });
    for (let i = 0; i < count; i++) {
      builder.add({
        kind: 'copy',
        target: `${section}-${i}`,
        reason: 'test',
        apply: async () => {
          inFlight.total++;
          gauge.now++;
          inFlight.max = Math.max(inFlight.max, inFlight.total);
          gauge.max = Math.max(gauge.max, gauge.now);
          await tick(1 + (i % 3));
          inFlight.total--;
          gauge.now--;
        },
      });
    }
    return builder.build();
  });
  return { plan: mergePlans(...plans), inFlight };
}

describe('applyPlan', () => {
  it('runs nothing in dry-run and reports every action as skipped (dry-run)', async () => {
    const { plan, events } = recordingPlan('route53', [{ id: 'a' }, { id: 'b', dependsOn: ['a'] }]);
    const lines: string[] = [];
    const results = await applyPlan(plan, { dryRun: true, concurrency: 4, log: (l) => lines.push(l) });
    expect(events).toEqual([]);
    expect(results).toEqual([
      { id: 'a', status: 'skipped', skipped: 'dry-run' },
      { id: 'b', status: 'skipped', skipped: 'dry-run' },
    ]);
    expect(lines).toEqual(['would write: [route53] a — test', 'would write: [route53] b — test']);
  });

  it('starts an action only after everything it depends on succeeded', async () => {
    const { plan, events } = recordingPlan('git', [
      { id: 'commit', dependsOn: ['write-1', 'write-2'] },
      { id: 'write-1' },
      { id: 'write-2' },
      { id: 'push', dependsOn: ['commit'] },
    ]);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 8 });
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['commit', 'applied'],
      ['write-1', 'applied'],
      ['write-2', 'applied'],
      ['push', 'applied'],
    ]);
    const at = (event: string) => events.indexOf(event);
    expect(at('start commit')).toBeGreaterThan(at('end write-1'));
    expect(at('start commit')).toBeGreaterThan(at('end write-2'));
    expect(at('start push')).toBeGreaterThan(at('end commit'));
    // Independent actions overlap.
    expect(at('start write-2')).toBeLessThan(at('end write-1'));
  });

  it('isolates a failure: dependents are skipped, everything else still runs', async () => {
    const { plan, events } = recordingPlan('snapshots:daily', [
      { id: 'snapshot', fail: 'SnapshotLimitExceeded: too many snapshots' },
      { id: 'copy', dependsOn: ['snapshot'] },
      { id: 'tag-copy', dependsOn: ['copy'] },
      { id: 'other-volume' },
      { id: 'after-other', dependsOn: ['other-volume'] },
    ]);
    const lines: string[] = [];
    const results = await applyPlan(plan, { dryRun: false, concurrency: 1, log: (l) => lines.push(l) });
    expect(results).toEqual([
      { id: 'snapshot', status: 'failed', error: 'SnapshotLimitExceeded: too many snapshots' },
      { id: 'copy', status: 'skipped', skipped: 'dependency-failed', error: "not run: 'snapshot' failed" },
      { id: 'tag-copy', status: 'skipped', skipped: 'dependency-failed', error: "not run: 'copy' was skipped" },
      { id: 'other-volume', status: 'applied' },
      { id: 'after-other', status: 'applied' },
    ]);
    expect(events).not.toContain('start copy');
    expect(events).not.toContain('start tag-copy');
    expect(lines).toContain('FAILED: [snapshots:daily] write snapshot — SnapshotLimitExceeded: too many snapshots');
  });

  it('catches errors thrown synchronously and non-Error rejections', async () => {
    const builder = new PlanBuilder('s');
    builder.add({ id: 'sync', kind: 'write', target: 't1', reason: 'r', apply: () => { throw new Error('boom'); } });
    builder.add({ id: 'string', kind: 'write', target: 't2', reason: 'r', apply: () => Promise.reject('plain string') });
    const results = await applyPlan(builder.build(), { dryRun: false, concurrency: 2 });
    expect(results).toEqual([
      { id: 'sync', status: 'failed', error: 'boom' },
      { id: 'string', status: 'failed', error: 'plain string' },
    ]);
  });

  it('keeps the note an action returns', async () => {
    const builder = new PlanBuilder('snapshots:daily');
    builder.add({ id: 'snap', kind: 'snapshot', target: 'vol-1', reason: 'due', apply: async () => 'snap-0123' });
    expect(await applyPlan(builder.build(), { dryRun: false, concurrency: 1 })).toEqual([
      { id: 'snap', status: 'applied', note: 'snap-0123' },
    ]);
  });

  it('never runs more than `concurrency` actions at once, and does reach it', async () => {
    const { plan, inFlight } = gaugedPlan({ a: 12, b: 12 });
    const results = await applyPlan(plan, { dryRun: false, concurrency: 5 });
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    expect(inFlight.max).toBe(5);
  });

  it('observes per-section limits while other sections use the rest', async () => {
    const { plan, inFlight } = gaugedPlan({ copies: 10, exports: 10 });
    await applyPlan(plan, { dryRun: false, concurrency: 6, sectionConcurrency: { copies: 2 } });
    expect(inFlight.bySection['copies']?.max).toBe(2);
    expect(inFlight.max).toBe(6);
    expect(inFlight.bySection['exports']?.max).toBeGreaterThanOrEqual(4);
  });

  it('fails actions that depend on unknown ids or on themselves, in dry-run too', async () => {
    const { plan, events } = recordingPlan('git', [
      { id: 'orphan', dependsOn: ['missing'] },
      { id: 'loop-a', dependsOn: ['loop-b'] },
      { id: 'loop-b', dependsOn: ['loop-a'] },
      { id: 'behind-loop', dependsOn: ['loop-a'] },
      { id: 'fine' },
    ]);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 2 });
    expect(results).toEqual([
      { id: 'orphan', status: 'failed', error: "depends on unknown action 'missing' (a bug in the planner)" },
      { id: 'loop-a', status: 'failed', error: 'is part of a dependency cycle (a bug in the planner)' },
      { id: 'loop-b', status: 'failed', error: 'is part of a dependency cycle (a bug in the planner)' },
      { id: 'behind-loop', status: 'skipped', skipped: 'dependency-failed', error: "not run: 'loop-a' failed" },
      { id: 'fine', status: 'applied' },
    ]);
    expect(events).toEqual(['start fine', 'end fine']);

    const dry = await applyPlan(plan, { dryRun: true, concurrency: 2 });
    expect(dry.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'skipped', 'skipped']);
  });

  it('rejects bad limits and duplicate ids before running anything', async () => {
    const { plan, events } = recordingPlan('s', [{ id: 'a' }]);
    await expect(applyPlan(plan, { dryRun: false, concurrency: 0 })).rejects.toThrow(RangeError);
    await expect(applyPlan(plan, { dryRun: false, concurrency: 2, sectionConcurrency: { s: 1.5 } })).rejects.toThrow(
      /sectionConcurrency\['s'\]/,
    );
    const doubled: Plan = { ...plan, actions: [...plan.actions, ...plan.actions] };
    await expect(applyPlan(doubled, { dryRun: false, concurrency: 2 })).rejects.toThrow(/'a'/);
    expect(events).toEqual([]);
  });

  it('returns an empty list for an empty plan', async () => {
    expect(await applyPlan({ actions: [], warnings: [], errors: [] }, { dryRun: false, concurrency: 3 })).toEqual([]);
  });
});
