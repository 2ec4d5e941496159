/**
 * Lifecycle rules are checked before any call, through the config loader: each problem comes
 * back with file:line:column, key path, bucket, rule id, what is wrong and how to fix it.
 * In the tables, `#<` marks the line the problem must point at and `token` the text where its
 * column must be.
 */
import { describe, expect, it } from 'vitest';
import { configWith, expectedPosition, issuesOf, R } from '../support/lifecycle-config.js';

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
