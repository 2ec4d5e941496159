import { describe, expect, it } from 'vitest';
import { ConfigError, closest, describeValue, editDistance, formatIssue, formatPath } from '../../src/config/errors.js';

describe('closest', () => {
  const keys = ['path', 'route53', 'load-balancers', 'mirror'];

  it.each([
    ['mirrror', 'mirror'],
    ['mirorr', 'mirror'],
    ['rout53', 'route53'],
    ['route-53', 'route53'],
    ['load_balancers', 'load-balancers'],
    ['loadbalancers', 'load-balancers'],
    ['Path', 'path'],
  ])('%s → %s', (word, expected) => {
    expect(closest(word, keys)).toBe(expected);
  });

  it('suggests nothing when no candidate is a plausible typo', () => {
    expect(closest('snapshots', keys)).toBeUndefined();
    expect(closest('x', keys)).toBeUndefined();
    expect(closest('mirror', [])).toBeUndefined();
  });

  it('prefers the nearest candidate, then the earlier one', () => {
    expect(closest('branc', ['mode', 'branch', 'message'])).toBe('branch');
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['enabeld', 'enabled', 1], // a transposition is one edit
    ['us-east-1', 'us-east-1', 0],
  ])('%s ↔ %s = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('formatting', () => {
  it('writes key paths with dots and list indexes', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['export', 'mirror', 'bucket'])).toBe('export.mirror.bucket');
    expect(formatPath(['accounts', 1, 'role-arn'])).toBe('accounts[1].role-arn');
    expect(formatPath(['regions', 0])).toBe('regions[0]');
  });

  it('leaves out position and path when there are none', () => {
    expect(formatIssue({ file: 'a.yml', line: 3, column: 7, path: 'x.y', message: 'bad' })).toBe('a.yml:3:7: x.y: bad');
    expect(formatIssue({ file: 'a.yml', line: 1, column: 1, path: '', message: 'empty' })).toBe('a.yml:1:1: empty');
    expect(formatIssue({ file: 'a.yml', line: 0, column: 0, path: '', message: 'missing' })).toBe('a.yml: missing');
  });

  it('describes found values the way a YAML author wrote them', () => {
    expect(describeValue('yes')).toBe('"yes"');
    expect(describeValue(12)).toBe('the number 12');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(null)).toBe('an empty value');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('a mapping');
  });
});

describe('ConfigError', () => {
  it('sorts issues by position and prints one per line', () => {
    const error = new ConfigError([
      { file: 'a.yml', line: 9, column: 1, path: 'c', message: 'third' },
      { file: 'a.yml', line: 2, column: 5, path: 'b', message: 'second' },
      { file: 'a.yml', line: 2, column: 1, path: 'a', message: 'first' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.issues.map((i) => i.message)).toEqual(['first', 'second', 'third']);
    expect(error.message).toBe('a.yml:2:1: a: first\na.yml:2:5: b: second\na.yml:9:1: c: third');
  });
});
