/**
 * How config problems are reported: file:line:column, key path and message, several in one
 * ConfigError sorted by position. The rejected configs by topic are in load-errors-*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { issuesOf } from '../support/config-issues.js';
import { parseConfig } from '../../src/config/load.js';
import { BASE, FILE, yaml } from '../support/config-rows.js';

describe('parseConfig rejects malformed configs with file:line:column, key path and a fix', () => {
  it('formats each problem as file:line:column: path: message', () => {
    expect(() => parseConfig(yaml(...BASE, 'export:', '  mirrror: {}'), FILE)).toThrow(
      'aws-backup.yml:4:3: export.mirrror: unknown key "mirrror"; allowed keys: path, route53, load-balancers, mirror, incremental (did you mean "mirror"?)',
    );
  });

  it('lists several problems in one ConfigError, one per line, sorted by position', () => {
    const text = yaml(
      'version: 1',
      'regoins: [us-east-1]', // unknown key, and so "regions" is missing
      'export:',
      '  route53:',
      '    enabeld: false',
      'rate-limits:',
      '  sts: 0',
      'commit:',
      '  mode: force',
    );
    let caught: unknown;
    try {
      parseConfig(text, FILE);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.name).toBe('ConfigError');
    expect(error.issues.map((i) => [i.line, i.column, i.path])).toEqual([
      [1, 1, 'regions'],
      [2, 1, 'regoins'],
      [5, 5, 'export.route53.enabeld'],
      [7, 8, 'rate-limits.sts'],
      [9, 9, 'commit.mode'],
    ]);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^aws-backup\.yml:1:1: regions: missing required key "regions"/);
    expect(lines[1]).toMatch(/^aws-backup\.yml:2:1: regoins: unknown key "regoins"; .*\(did you mean "regions"\?\)$/);
    expect(lines[3]).toBe('aws-backup.yml:7:8: rate-limits.sts: must be greater than 0, found 0');
  });

  it('reports every YAML problem, not only the first', () => {
    const issues = issuesOf(yaml('version: 1', 'version: 1', 'regions: [us-east-1]', 'regions: [us-east-1]'));
    expect(issues.map((i) => [i.line, i.path])).toEqual([
      [2, 'version'],
      [4, 'regions'],
    ]);
  });

  it('names the file it was given', () => {
    expect(() => parseConfig(yaml('version: 3', 'regions: [us-east-1]'), 'ops/backup.yml')).toThrow(
      /^ops\/backup\.yml:1:10: version: unsupported config version 3/,
    );
  });
});
