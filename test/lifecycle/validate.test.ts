/**
 * Lifecycle rules are checked before any call, through the config loader: each problem comes
 * back with file:line:column, key path, bucket, rule id, what is wrong and how to fix it.
 * In the tables, `#<` marks the line the problem must point at and `token` the text where its
 * column must be.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { ConfigIssue } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';

const HEADER = `version: 1
regions: [eu-west-1]
lifecycle:
  buckets:
    - name: logs-bucket
      rules:
`;
const indent = (text: string, by: number): string =>
  text
    .trim()
    .split('\n')
    .map((line) => ' '.repeat(by) + line)
    .join('\n');

function configWith(rules: string): string {
  return `${HEADER}${indent(rules, 8)}\n`;
}

function issuesOf(text: string): readonly ConfigIssue[] {
  try {
    parseConfig(text, 'aws-backup.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

/** Line and column of `token` on the line marked `#<`. */
function expectedPosition(text: string, token: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes('#<'));
  if (index < 0) throw new Error('test case has no #< marker');
  const column = lines[index]!.indexOf(token) + 1;
  if (column === 0) throw new Error(`token ${token} not on the marked line`);
  return { line: index + 1, column };
}

const R = 'lifecycle.buckets[0].rules';
const WHO = 'bucket "logs-bucket", rule "a": ';

interface Case {
  name: string;
  rules: string;
  token: string;
  path: string;
  message: string;
}

const invalid: Case[] = [
  {
    name: 'STANDARD_IA before 30 days',
    rules: `- id: a\n  transitions:\n    - days: 10 #<\n      storage-class: STANDARD_IA`,
    token: '10',
    path: `${R}[0].transitions[0].days`,
    message: `${WHO}a transition to STANDARD_IA after 10 days is too early: S3 moves objects to STANDARD_IA only once they are at least 30 days old, so set days to 30 or more`,
  },
  {
    name: 'ONEZONE_IA before 30 days',
    rules: `- id: a\n  transitions: [{ days: 29, storage-class: ONEZONE_IA }] #<`,
    token: '29',
    path: `${R}[0].transitions[0].days`,
    message: `${WHO}a transition to ONEZONE_IA after 29 days is too early`,
  },
  {
    name: 'negative days',
    rules: `- id: a\n  transitions: [{ days: -1, storage-class: GLACIER }] #<`,
    token: '-1',
    path: `${R}[0].transitions[0].days`,
    message: 'days must not be negative',
  },
  {
    name: 'fractional days',
    rules: `- id: a\n  expiration: { days: 1.5 } #<`,
    token: '1.5',
    path: `${R}[0].expiration.days`,
    message: 'days must be a whole number of days',
  },
  {
    name: 'transition with days and date',
    rules: `- id: a\n  transitions:\n    - days: 10\n      date: 2030-01-01 #<\n      storage-class: GLACIER`,
    token: '2030',
    path: `${R}[0].transitions[0].date`,
    message: `${WHO}the transition to GLACIER has both days and date; keep one`,
  },
  {
    name: 'transition with neither days nor date',
    rules: `- id: a\n  transitions:\n    - storage-class: GLACIER #<`,
    token: 'storage-class',
    path: `${R}[0].transitions[0]`,
    message: `${WHO}the transition to GLACIER needs days (after creation) or date; add one`,
  },
  {
    name: 'unknown storage class',
    rules: `- id: a\n  transitions: [{ days: 1, storage-class: GLACIER_DEEP }] #<`,
    token: 'GLACIER_DEEP',
    path: `${R}[0].transitions[0].storage-class`,
    message: 'found "GLACIER_DEEP"; allowed values: STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER, DEEP_ARCHIVE',
  },
  {
    name: 'misspelt key',
    rules: `- id: a\n  transition: [] #<\n  expiration: { days: 1 }`,
    token: 'transition',
    path: `${R}[0].transition`,
    message: 'unknown key "transition"; allowed keys: id, status, filter, transitions, expiration, noncurrent-version-transitions, noncurrent-version-expiration, abort-incomplete-multipart-upload (did you mean "transitions"?)',
  },
  {
    name: 'status not enabled/disabled',
    rules: `- id: a\n  status: Enabeld #<\n  expiration: { days: 1 }`,
    token: 'Enabeld',
    path: `${R}[0].status`,
    message: 'found "Enabeld"; allowed values: enabled, disabled (did you mean "enabled"?)',
  },
  {
    name: 'missing id',
    rules: `- status: enabled #<\n  expiration: { days: 1 }`,
    token: 'status',
    path: `${R}[0].id`,
    message: 'missing required key "id"',
  },
  {
    name: 'id longer than 255 characters',
    rules: `- id: ${'x'.repeat(256)} #<\n  expiration: { days: 1 }`,
    token: 'xxx',
    path: `${R}[0].id`,
    message: 'a rule id may have at most 255 characters; shorten it',
  },
  {
    name: 'duplicate rule id',
    rules: `- id: dup\n  expiration: { days: 1 }\n- id: dup #<\n  expiration: { days: 2 }`,
    token: 'dup',
    path: `${R}[1].id`,
    message: 'bucket "logs-bucket": rule id "dup" is used twice (first by rule 1); S3 needs unique ids, so rename one',
  },
  {
    name: 'rule without action',
    rules: `- id: a #<\n  filter: { prefix: logs/ }`,
    token: 'id',
    path: `${R}[0]`,
    message: `${WHO}the rule has no action; add transitions, expiration`,
  },
  {
    name: 'the same storage class twice',
    rules: `- id: a\n  transitions:\n    - { days: 10, storage-class: GLACIER }\n    - { days: 100, storage-class: GLACIER } #<`,
    token: 'GLACIER',
    path: `${R}[0].transitions[1].storage-class`,
    message: `${WHO}transitions has GLACIER twice (entries 1 and 2); S3 allows one transition per storage class in a rule, so remove one`,
  },
  {
    name: 'against the waterfall: GLACIER then STANDARD_IA',
    rules: `- id: a\n  transitions:\n    - { days: 30, storage-class: GLACIER }\n    - { days: 60, storage-class: STANDARD_IA } #<`,
    token: 'STANDARD_IA',
    path: `${R}[0].transitions[1].storage-class`,
    message: `${WHO}S3 cannot move objects from GLACIER (after 30 days) to STANDARD_IA (after 60 days): transitions follow STANDARD_IA → INTELLIGENT_TIERING → ONEZONE_IA → GLACIER_IR → GLACIER → DEEP_ARCHIVE, and from GLACIER only to DEEP_ARCHIVE`,
  },
  {
    name: 'unsupported: ONEZONE_IA to GLACIER_IR',
    rules: `- id: a\n  transitions:\n    - { days: 30, storage-class: ONEZONE_IA }\n    - { days: 90, storage-class: GLACIER_IR } #<`,
    token: 'GLACIER_IR',
    path: `${R}[0].transitions[1].storage-class`,
    message: 'and from ONEZONE_IA only to GLACIER, DEEP_ARCHIVE',
  },
  {
    name: 'less than 30 days after STANDARD_IA',
    rules: `- id: a\n  transitions:\n    - { days: 30, storage-class: STANDARD_IA }\n    - { days: 45, storage-class: GLACIER } #<`,
    token: '45',
    path: `${R}[0].transitions[1].days`,
    message: `${WHO}the transition to GLACIER (after 45 days) comes only 15 days after the one to STANDARD_IA (after 30 days); STANDARD_IA has a 30-day minimum storage charge and S3 needs at least 30 days between them, so set days to 60 or more`,
  },
  {
    name: 'two transitions on the same day',
    rules: `- id: a\n  transitions:\n    - { days: 0, storage-class: INTELLIGENT_TIERING }\n    - { days: 0, storage-class: GLACIER } #<`,
    token: '0',
    path: `${R}[0].transitions[1].days`,
    message: `${WHO}the transitions to INTELLIGENT_TIERING and GLACIER are both after 0 days`,
  },
  {
    name: 'days and dates mixed in one rule',
    rules: `- id: a\n  transitions: [{ days: 30, storage-class: GLACIER }]\n  expiration: { date: 2030-01-01 } #<`,
    token: '2030',
    path: `${R}[0].expiration.date`,
    message: `${WHO}the rule mixes days and dates in its transitions and expiration; S3 rejects that`,
  },
  {
    name: 'expiration not after the last transition',
    rules: `- id: a\n  transitions: [{ days: 90, storage-class: GLACIER }]\n  expiration: { days: 90 } #<`,
    token: '90',
    path: `${R}[0].expiration.days`,
    message: `${WHO}expiration after 90 days is not after the last transition (GLACIER after 90 days); S3 requires it to come later, so raise expiration days above 90 or drop the transition`,
  },
  {
    name: 'expiration date before a transition date',
    rules: `- id: a\n  transitions: [{ date: 2030-06-01, storage-class: GLACIER }]\n  expiration: { date: 2030-01-01 } #<`,
    token: '2030',
    path: `${R}[0].expiration.date`,
    message: `${WHO}expiration on 2030-01-01 is not after the last transition (GLACIER on 2030-06-01)`,
  },
  {
    name: 'expiration after 0 days',
    rules: `- id: a\n  expiration: { days: 0 } #<`,
    token: '0',
    path: `${R}[0].expiration.days`,
    message: 'days must be at least 1',
  },
  {
    name: 'expiration with days and expired-object-delete-marker',
    rules: `- id: a\n  expiration:\n    days: 30\n    expired-object-delete-marker: true #<`,
    token: 'true',
    path: `${R}[0].expiration.expired-object-delete-marker`,
    message: `${WHO}expiration has days and expired-object-delete-marker; S3 takes only one of days, date and expired-object-delete-marker`,
  },
  {
    name: 'empty expiration',
    rules: `- id: a\n  expiration: {} #<`,
    token: '{}',
    path: `${R}[0].expiration`,
    message: `${WHO}expiration needs days, date or expired-object-delete-marker: true`,
  },
  {
    name: 'expired-object-delete-marker: false',
    rules: `- id: a\n  expiration: { expired-object-delete-marker: false } #<`,
    token: 'false',
    path: `${R}[0].expiration.expired-object-delete-marker`,
    message: 'expired-object-delete-marker: false does nothing; remove the key or set it to true',
  },
  {
    name: 'expired-object-delete-marker with a tag filter',
    rules: `- id: a\n  filter: { tags: [{ key: env, value: prod }] }\n  expiration: { expired-object-delete-marker: true } #<`,
    token: 'true',
    path: `${R}[0].expiration.expired-object-delete-marker`,
    message: `${WHO}S3 does not allow expired-object-delete-marker in a rule filtered by tags`,
  },
  {
    name: 'date not at midnight UTC',
    rules: `- id: a\n  expiration: { date: "2030-01-01T12:00:00Z" } #<`,
    token: '"2030',
    path: `${R}[0].expiration.date`,
    message: 'date "2030-01-01T12:00:00Z" is not midnight UTC; S3 runs lifecycle dates at 00:00 UTC, so write just the day, e.g. "2030-01-01"',
  },
  {
    name: 'a day that does not exist',
    rules: `- id: a\n  expiration: { date: 2030-02-30 } #<`,
    token: '2030',
    path: `${R}[0].expiration.date`,
    message: 'date "2030-02-30" does not exist in the calendar',
  },
  {
    name: 'noncurrent versions to STANDARD_IA before 30 days',
    rules: `- id: a\n  noncurrent-version-transitions:\n    - { noncurrent-days: 7, storage-class: STANDARD_IA } #<`,
    token: '7',
    path: `${R}[0].noncurrent-version-transitions[0].noncurrent-days`,
    message: `${WHO}noncurrent versions move to STANDARD_IA only once they have been noncurrent for at least 30 days; set noncurrent-days to 30 or more`,
  },
  {
    name: 'more than 100 newer noncurrent versions',
    rules: `- id: a\n  noncurrent-version-expiration: { noncurrent-days: 10, newer-noncurrent-versions: 101 } #<`,
    token: '101',
    path: `${R}[0].noncurrent-version-expiration.newer-noncurrent-versions`,
    message: 'S3 keeps at most 100 newer noncurrent versions',
  },
  {
    name: 'noncurrent expiration not after the noncurrent transition',
    rules: `- id: a\n  noncurrent-version-transitions: [{ noncurrent-days: 60, storage-class: GLACIER }]\n  noncurrent-version-expiration: { noncurrent-days: 60 } #<`,
    token: '60',
    path: `${R}[0].noncurrent-version-expiration.noncurrent-days`,
    message: `${WHO}noncurrent versions expire after 60 days, not after their last transition (GLACIER after 60 days)`,
  },
  {
    name: 'abort-incomplete-multipart-upload with a tag filter',
    rules: `- id: a\n  filter: { prefix: tmp/, tags: [{ key: a, value: b }] }\n  abort-incomplete-multipart-upload: { days-after-initiation: 7 } #<`,
    token: '{',
    path: `${R}[0].abort-incomplete-multipart-upload`,
    message: `${WHO}S3 does not allow abort-incomplete-multipart-upload in a rule filtered by tags`,
  },
  {
    name: 'abort-incomplete-multipart-upload with a size filter',
    rules: `- id: a\n  filter: { object-size-greater-than: 10 }\n  abort-incomplete-multipart-upload: { days-after-initiation: 7 } #<`,
    token: '{',
    path: `${R}[0].abort-incomplete-multipart-upload`,
    message: `${WHO}S3 does not allow abort-incomplete-multipart-upload in a rule filtered by object size`,
  },
  {
    name: 'size range that matches nothing',
    rules: `- id: a\n  filter:\n    object-size-greater-than: 100\n    object-size-less-than: 100 #<\n  expiration: { days: 1 }`,
    token: '100',
    path: `${R}[0].filter.object-size-less-than`,
    message: `${WHO}object-size-less-than (100) must be greater than object-size-greater-than (100)`,
  },
  {
    name: 'tag value that is not text',
    rules: `- id: a\n  filter: { tags: [{ key: retain, value: 5 }] } #<\n  expiration: { days: 1 }`,
    token: '5',
    path: `${R}[0].filter.tags[0].value`,
    message: 'a tag value must be text, found the number 5; quote it',
  },
  {
    name: 'the same tag key twice',
    rules: `- id: a\n  filter:\n    tags:\n      - { key: env, value: a }\n      - { key: env, value: b } #<\n  expiration: { days: 1 }`,
    token: 'env',
    path: `${R}[0].filter.tags[1].key`,
    message: `${WHO}tag key "env" appears twice in the filter (first as tag 1); S3 needs unique tag keys, so remove one`,
  },
];

describe('invalid lifecycle rules', () => {
  it('has at least 25 cases', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(25);
  });

  it.each(invalid)('$name', ({ rules, token, path, message }) => {
    const text = configWith(rules);
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect({ file: issue!.file, line: issue!.line, column: issue!.column, path: issue!.path }).toEqual({
      file: 'aws-backup.yml',
      ...expectedPosition(text, token),
      path,
    });
    expect(issue!.message).toContain(message);
  });
});

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
