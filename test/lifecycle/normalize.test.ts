/** AWS's equivalent spellings of a rule compare equal; real differences show field by field. */
import type { LifecycleRule } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { lifecycleRuleSchema } from '../../src/config/lifecycle-rule-schema.js';
import type { LifecycleRuleInput } from '../../src/config/lifecycle-rule-schema.js';
import { describeChanges, diffRules, fieldChanges } from '../../src/lifecycle/diff.js';
import { normalizeDeclared, normalizeLive, normalizeLiveRules, toAwsRule, toConfigRule } from '../../src/lifecycle/normalize.js';

const declared = (rule: LifecycleRuleInput) => normalizeDeclared(lifecycleRuleSchema.parse(rule));
const live = (rule: LifecycleRule) => normalizeLive(rule, 'fallback');

describe('normalizeLive: equivalent forms', () => {
  const base = { ID: 'r', Status: 'Enabled' as const, Expiration: { Days: 10 } };
  const equivalents: [string, LifecycleRule, LifecycleRule][] = [
    ['empty filter and prefix ""', { ...base, Filter: {} }, { ...base, Filter: { Prefix: '' } }],
    ['legacy top-level Prefix and Filter.Prefix', { ...base, Prefix: 'logs/' }, { ...base, Filter: { Prefix: 'logs/' } }],
    ['legacy empty Prefix and no filter', { ...base, Prefix: '' }, { ...base, Filter: {} }],
    ['And with one condition', { ...base, Filter: { And: { Prefix: 'x/' } } }, { ...base, Filter: { Prefix: 'x/' } }],
    ['And with one tag', { ...base, Filter: { And: { Tags: [{ Key: 'k', Value: 'v' }] } } }, { ...base, Filter: { Tag: { Key: 'k', Value: 'v' } } }],
    [
      'tags in any order',
      { ...base, Filter: { And: { Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '1' }] } } },
      { ...base, Filter: { And: { Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] } } },
    ],
    ['Status casing', { ...base, Status: 'ENABLED' as never }, base],
    [
      'transitions in any order',
      { ...base, Transitions: [{ Days: 90, StorageClass: 'GLACIER' }, { Days: 30, StorageClass: 'STANDARD_IA' }] },
      { ...base, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER' }] },
    ],
    [
      'a date as Date or as text',
      { ...base, Expiration: { Date: new Date('2030-01-01T00:00:00.000Z') } },
      { ...base, Expiration: { Date: '2030-01-01T00:00:00Z' as never } },
    ],
    ['ExpiredObjectDeleteMarker false beside days', { ...base, Expiration: { Days: 10, ExpiredObjectDeleteMarker: false } }, base],
  ];
  it.each(equivalents)('%s', (_name, a, b) => {
    expect(live(a)).toEqual(live(b));
    expect(fieldChanges(live(a), live(b))).toEqual([]);
  });

  it('a declared rule equals its own round trip through S3’s shape', () => {
    const rule = declared({
      id: 'all',
      status: 'disabled',
      filter: { prefix: 'p/', tags: [{ key: 'z', value: '1' }, { key: 'a', value: '2' }], 'object-size-greater-than': 5, 'object-size-less-than': 50 },
      transitions: [
        { days: 120, 'storage-class': 'GLACIER' },
        { days: 30, 'storage-class': 'STANDARD_IA' },
      ],
      expiration: { days: 400 },
      'noncurrent-version-transitions': [{ 'noncurrent-days': 30, 'storage-class': 'ONEZONE_IA', 'newer-noncurrent-versions': 2 }],
      'noncurrent-version-expiration': { 'noncurrent-days': 90, 'newer-noncurrent-versions': 4 },
    });
    expect(live(toAwsRule(rule))).toEqual(rule);
    expect(declared(toConfigRule(rule))).toEqual(rule);
  });

  it('toAwsRule uses And only for two or more conditions', () => {
    expect(toAwsRule(declared({ id: 'a', expiration: { days: 1 } })).Filter).toEqual({});
    expect(toAwsRule(declared({ id: 'a', filter: { prefix: '' }, expiration: { days: 1 } })).Filter).toEqual({});
    expect(toAwsRule(declared({ id: 'a', filter: { tags: [{ key: 'k', value: 'v' }] }, expiration: { days: 1 } })).Filter).toEqual({ Tag: { Key: 'k', Value: 'v' } });
    expect(toAwsRule(declared({ id: 'a', filter: { 'object-size-less-than': 9 }, expiration: { days: 1 } })).Filter).toEqual({ ObjectSizeLessThan: 9 });
    expect(toAwsRule(declared({ id: 'a', filter: { prefix: 'p', 'object-size-greater-than': 1 }, expiration: { days: 1 } })).Filter).toEqual({
      And: { Prefix: 'p', ObjectSizeGreaterThan: 1 },
    });
  });

  it('names rules without an id by position', () => {
    expect(normalizeLiveRules([{ Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }]).map((r) => r.id)).toEqual(['(rule 1 without id)']);
  });
});

describe('diffRules', () => {
  const a = declared({ id: 'a', filter: { prefix: 'logs/' }, transitions: [{ days: 30, 'storage-class': 'STANDARD_IA' }], expiration: { days: 90 } });
  const b = declared({ id: 'b', 'abort-incomplete-multipart-upload': { 'days-after-initiation': 7 } });

  it('no changes when equal, whatever the order', () => {
    expect(diffRules([a, b], [b, a])).toEqual([]);
  });

  it('added, removed and changed rules, field by field, ordered by id', () => {
    const a2 = declared({ id: 'a', status: 'disabled', filter: { prefix: 'logs/', tags: [{ key: 'env', value: 'prod' }] }, transitions: [{ days: 60, 'storage-class': 'STANDARD_IA' }], expiration: { days: 90 } });
    const c = declared({ id: 'c', expiration: { 'expired-object-delete-marker': true } });
    const changes = diffRules([c, a2], [a, b]);
    expect(changes).toEqual([
      {
        kind: 'changed',
        id: 'a',
        fields: [
          { field: 'status', from: 'enabled', to: 'disabled' },
          { field: 'filter', from: 'prefix "logs/"', to: 'prefix "logs/", tag env=prod' },
          { field: 'transitions', from: 'STANDARD_IA after 30 days', to: 'STANDARD_IA after 60 days' },
        ],
      },
      { kind: 'removed', id: 'b', rule: b },
      { kind: 'added', id: 'c', rule: c },
    ]);
    expect(describeChanges(changes)).toBe(
      'rule "a" changed: status enabled → disabled; filter prefix "logs/" → prefix "logs/", tag env=prod; transitions STANDARD_IA after 30 days → STANDARD_IA after 60 days; rule "b" removed; rule "c" added',
    );
  });

  it('describes every kind of field', () => {
    const before = declared({ id: 'x', expiration: { days: 5 } });
    const after = declared({
      id: 'x',
      filter: { 'object-size-greater-than': 10, 'object-size-less-than': 20 },
      transitions: [{ date: '2030-01-01', 'storage-class': 'GLACIER' }],
      expiration: { date: '2031-01-01' },
      'noncurrent-version-transitions': [{ 'noncurrent-days': 5, 'storage-class': 'GLACIER_IR', 'newer-noncurrent-versions': 1 }],
      'noncurrent-version-expiration': { 'noncurrent-days': 50 },
      'abort-incomplete-multipart-upload': { 'days-after-initiation': 2 },
    });
    expect(fieldChanges(before, after).map((f) => `${f.field}: ${f.from} → ${f.to}`)).toEqual([
      'filter: whole bucket → size > 10 B, size < 20 B',
      'transitions: none → GLACIER on 2030-01-01',
      'expiration: after 5 days → on 2031-01-01',
      'noncurrent-version-transitions: none → GLACIER_IR after 5 days noncurrent (keeping 1 newer)',
      'noncurrent-version-expiration: none → after 50 days noncurrent',
      'abort-incomplete-multipart-upload: none → after 2 days',
    ]);
  });
});
