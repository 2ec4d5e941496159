import { describe, expect, it } from 'vitest';
import {
  PlanBuilder,
  compareKinds,
  defaultActionId,
  emptyPlan,
  isEmptyPlan,
  mergePlans,
  planAction,
  planSections,
  summarisePlan,
} from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/plan.js';

const noop = async (): Promise<void> => {};

describe('planAction', () => {
  it('derives a stable id from section, kind and target', () => {
    const a = planAction('route53', { kind: 'write', target: 'example.com.', reason: 'changed', apply: noop });
    const b = planAction('route53', { kind: 'write', target: 'example.com.', reason: 'other reason', apply: noop });
    expect(a.id).toBe(defaultActionId('route53', 'write', 'example.com.'));
    expect(a.id).toBe(b.id);
    expect(planAction('route53', { kind: 'remove', target: 'example.com.', reason: 'gone', apply: noop }).id).not.toBe(a.id);
  });

  it('marks deletes, removals and replacements destructive unless told otherwise', () => {
    const destructive = (kind: 'delete' | 'remove' | 'replace' | 'write' | 'copy', explicit?: boolean) =>
      planAction('s', { kind, target: 't', reason: 'r', apply: noop, ...(explicit === undefined ? {} : { destructive: explicit }) })
        .destructive;
    expect([destructive('delete'), destructive('remove'), destructive('replace')]).toEqual([true, true, true]);
    expect([destructive('write'), destructive('copy')]).toEqual([false, false]);
    expect(destructive('write', true)).toBe(true);
    expect(destructive('delete', false)).toBe(false);
  });

  it('omits empty details and dependencies and copies the given ones', () => {
    const details = { records: 3 };
    const action = planAction('s', { kind: 'write', target: 't', reason: 'r', details, dependsOn: [], apply: noop });
    expect(action.details).toEqual({ records: 3 });
    expect(action.details).not.toBe(details);
    expect('dependsOn' in action).toBe(false);
    expect('details' in planAction('s', { kind: 'write', target: 't', reason: 'r', details: {}, apply: noop })).toBe(false);
  });
});

describe('PlanBuilder', () => {
  it('collects actions, warnings and errors under its section', () => {
    const builder = new PlanBuilder('route53');
    const first = builder.add({ kind: 'write', target: 'a.com.', reason: 'new zone', apply: noop });
    builder.add({ kind: 'commit', target: 'exports', reason: 'files changed', dependsOn: [first], apply: noop });
    builder.warn('zone b.com.', 'has 10 000 records');
    builder.error('zone c.com. (Z3)', 'AccessDenied');
    const plan = builder.build();
    expect(plan.actions.map((a) => [a.section, a.kind, a.dependsOn])).toEqual([
      ['route53', 'write', undefined],
      ['route53', 'commit', [first]],
    ]);
    expect(plan.warnings).toEqual([{ section: 'route53', item: 'zone b.com.', message: 'has 10 000 records' }]);
    expect(plan.errors).toEqual([{ section: 'route53', item: 'zone c.com. (Z3)', message: 'AccessDenied' }]);
  });

  it('rejects a second action with the same id and names it', () => {
    const builder = new PlanBuilder('route53');
    builder.add({ kind: 'write', target: 'a.com.', reason: 'r', apply: noop });
    expect(() => builder.add({ kind: 'write', target: 'a.com.', reason: 'again', apply: noop })).toThrow(/route53\/write\/a\.com\./);
    expect(() => builder.add({ id: 'other', kind: 'write', target: 'a.com.', reason: 'again', apply: noop })).not.toThrow();
  });
});

describe('mergePlans', () => {
  it('keeps the order of plans and of their contents', () => {
    const a = new PlanBuilder('route53');
    a.add({ kind: 'write', target: 'a.com.', reason: 'r', apply: noop });
    a.warn('x', 'y');
    const b = new PlanBuilder('lifecycle');
    b.add({ kind: 'update', target: 'bucket', reason: 'r', apply: noop });
    b.error('bucket2', 'NoSuchBucket');
    const merged = mergePlans(a.build(), emptyPlan(), b.build());
    expect(merged.actions.map((x) => x.target)).toEqual(['a.com.', 'bucket']);
    expect(merged.warnings.map((w) => w.section)).toEqual(['route53']);
    expect(merged.errors.map((e) => e.section)).toEqual(['lifecycle']);
  });

  it('throws on duplicate ids across plans', () => {
    const make = () => {
      const b = new PlanBuilder('git');
      b.add({ kind: 'push', target: 'main', reason: 'r', apply: noop });
      return b.build();
    };
    expect(() => mergePlans(make(), make())).toThrow(/git\/push\/main/);
  });
});

describe('summarisePlan', () => {
  function mixedPlan(): Plan {
    const r53 = new PlanBuilder('route53');
    r53.add({ kind: 'remove', target: 'old.com.', reason: 'gone', apply: noop });
    r53.add({ kind: 'write', target: 'a.com.', reason: 'changed', apply: noop });
    r53.add({ kind: 'write', target: 'b.com.', reason: 'changed', apply: noop });
    const snaps = new PlanBuilder('snapshots:daily');
    snaps.add({ kind: 'delete', target: 'snap-1', reason: 'expired', apply: noop });
    snaps.add({ kind: 'snapshot', target: 'vol-1', reason: 'due', apply: noop });
    snaps.add({ kind: 'copy', target: 'snap-2 → eu-west-1', reason: 'dr', apply: noop });
    const lifecycle = new PlanBuilder('lifecycle');
    lifecycle.warn('bucket logs', 'rule has no filter');
    lifecycle.error('bucket data', 'AccessDenied');
    return mergePlans(r53.build(), snaps.build(), lifecycle.build());
  }

  it('counts per kind and per section, in display order', () => {
    const summary = summarisePlan(mixedPlan());
    expect(summary.total).toBe(6);
    expect(summary.destructive).toBe(2);
    expect(summary.byKind).toEqual({ snapshot: 1, copy: 1, write: 2, delete: 1, remove: 1 });
    expect(Object.keys(summary.byKind)).toEqual(['snapshot', 'copy', 'write', 'delete', 'remove']);
    expect(Object.keys(summary.bySection)).toEqual(['route53', 'snapshots:daily', 'lifecycle']);
    expect(summary.bySection['route53']).toEqual({ total: 3, destructive: 1, byKind: { write: 2, remove: 1 } });
    expect(summary.bySection['lifecycle']).toEqual({ total: 0, destructive: 0, byKind: {} });
    expect([summary.warnings, summary.errors]).toEqual([1, 1]);
  });

  it('is all zeros for an empty plan', () => {
    expect(summarisePlan(emptyPlan())).toEqual({ total: 0, destructive: 0, byKind: {}, bySection: {}, warnings: 0, errors: 0 });
    expect(isEmptyPlan(emptyPlan())).toBe(true);
    expect(isEmptyPlan(mixedPlan())).toBe(false);
  });

  it('lists sections in order of first appearance', () => {
    expect(planSections(mixedPlan())).toEqual(['route53', 'snapshots:daily', 'lifecycle']);
  });
});

describe('compareKinds', () => {
  it('puts constructive kinds first, destructive last and unknown kinds alphabetically after', () => {
    expect(['remove', 'zeta', 'write', 'create', 'alpha', 'delete'].sort(compareKinds)).toEqual([
      'create',
      'write',
      'delete',
      'remove',
      'alpha',
      'zeta',
    ]);
  });
});
