/**
 * Lifecycle bucket entries are checked through the config loader too: a bucket listed twice,
 * rules given twice or not at all, an unknown region, too many rules.
 */
import { describe, expect, it } from 'vitest';
import { configWith, expectedPosition, indent, issuesOf, R } from '../support/lifecycle-config.js';

describe('invalid bucket entries', () => {
  const cases: { name: string; lifecycle: string; token: string; path: string; message: string }[] = [
    {
      name: 'the same bucket twice',
      lifecycle: `- { name: b1, rules: [] }\n- { name: b1, rules: [] } #<`,
      token: 'b1',
      path: 'lifecycle.buckets[1].name',
      message: 'bucket "b1" is listed twice (first as entry 1); a bucket has one lifecycle configuration, so merge the rules into one entry',
    },
    {
      name: 'rules and rules-file together',
      lifecycle: `- name: b1\n  rules: []\n  rules-file: lifecycle/b1.yml #<`,
      token: 'lifecycle/',
      path: 'lifecycle.buckets[0].rules-file',
      message: 'bucket "b1": give either rules or rules-file, not both',
    },
    {
      name: 'neither rules nor rules-file',
      lifecycle: `- name: b1 #<`,
      token: 'name',
      path: 'lifecycle.buckets[0]',
      message: 'bucket "b1": nothing declared; add rules: [...] (an empty list removes all rules), rules-file: <path>, or versioning / replication / object-lock',
    },
    {
      name: 'unknown region',
      lifecycle: `- { name: b1, region: eu-west-9, rules: [] } #<`,
      token: 'eu-west-9',
      path: 'lifecycle.buckets[0].region',
      message: "unknown region 'eu-west-9'",
    },
  ];
  it.each(cases)('$name', ({ lifecycle, token, path, message }) => {
    const text = `version: 1\nregions: [eu-west-1]\nlifecycle:\n  buckets:\n${indent(lifecycle, 4)}\n`;
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ...expectedPosition(text, token), path });
    expect(issues[0]!.message).toContain(message);
  });

  it('more than 1000 rules in a bucket', () => {
    const rules = Array.from({ length: 1001 }, (_, i) => `- { id: r${i}, expiration: { days: ${i + 1} } }`).join('\n');
    const issues = issuesOf(configWith(rules));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 7, column: 9, path: R });
    expect(issues[0]!.message).toBe('bucket "logs-bucket" has 1001 rules; S3 allows at most 1000 per bucket, so merge rules that share a filter');
  });
});
