/**
 * Lifecycle rules S3 accepts load without a problem, the examples in docs/lifecycle.md included.
 */
import { describe, expect, it } from 'vitest';
import { configWith, HEADER, issuesOf } from '../support/lifecycle-config.js';

describe('valid lifecycle rules', () => {
  const valid: { name: string; rules: string }[] = [
    { name: 'expiration only', rules: '- { id: a, expiration: { days: 1 } }' },
    {
      name: 'the full waterfall with 30-day gaps after the IA classes',
      rules: `- id: a
  transitions:
    - { days: 30, storage-class: STANDARD_IA }
    - { days: 60, storage-class: INTELLIGENT_TIERING }
    - { days: 61, storage-class: ONEZONE_IA }
    - { days: 91, storage-class: GLACIER }
    - { days: 92, storage-class: DEEP_ARCHIVE }
  expiration: { days: 93 }`,
    },
    { name: 'straight to Glacier on day 0', rules: '- { id: a, transitions: [{ days: 0, storage-class: GLACIER }] }' },
    { name: 'GLACIER_IR then DEEP_ARCHIVE', rules: '- { id: a, transitions: [{ days: 0, storage-class: GLACIER_IR }, { days: 1, storage-class: DEEP_ARCHIVE }] }' },
    {
      name: 'dates, written as a day or as midnight',
      rules: `- id: a
  transitions: [{ date: 2030-01-01, storage-class: GLACIER }, { date: "2030-02-01T00:00:00Z", storage-class: DEEP_ARCHIVE }]
  expiration: { date: 2031-01-01 }`,
    },
    { name: 'transitions listed out of order', rules: '- { id: a, transitions: [{ days: 200, storage-class: DEEP_ARCHIVE }, { days: 30, storage-class: STANDARD_IA }] }' },
    {
      name: 'noncurrent versions',
      rules: `- id: a
  noncurrent-version-transitions:
    - { noncurrent-days: 30, storage-class: STANDARD_IA, newer-noncurrent-versions: 3 }
    - { noncurrent-days: 60, storage-class: GLACIER }
  noncurrent-version-expiration: { noncurrent-days: 365, newer-noncurrent-versions: 100 }`,
    },
    { name: 'expired delete markers on a prefix', rules: '- { id: a, filter: { prefix: logs/ }, expiration: { expired-object-delete-marker: true } }' },
    { name: 'multipart clean-up for the whole bucket', rules: '- { id: a, abort-incomplete-multipart-upload: { days-after-initiation: 1 } }' },
    {
      name: 'every filter condition',
      rules: `- id: a
  status: disabled
  filter: { prefix: x/, tags: [{ key: a, value: "1" }, { key: b, value: "" }], object-size-greater-than: 0, object-size-less-than: 1 }
  expiration: { days: 10 }`,
    },
    { name: 'several rules', rules: '- { id: a, expiration: { days: 1 } }\n- { id: b, expiration: { days: 2 } }' },
  ];
  it.each(valid)('$name', ({ rules }) => {
    expect(issuesOf(configWith(rules))).toEqual([]);
  });

  it('an empty rule list is valid (the repo owns "no rules")', () => {
    expect(issuesOf(`${HEADER.replace('rules:\n', 'rules: []\n')}`)).toEqual([]);
  });
});

describe('docs/lifecycle.md', () => {
  it('every example in the rule format documentation is a valid config', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => b.startsWith('lifecycle:'));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const config = `version: 1\nregions: [eu-west-1]\naccounts: [{ name: prod }]\n${block.replace(/^(\s*)rules:\s+# or: rules-file.*$/m, '$1rules:')}`;
      expect(issuesOf(config)).toEqual([]);
    }
  });
});
