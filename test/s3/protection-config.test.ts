/**
 * Bucket protection prerequisites the config alone shows, checked before any call: each is one
 * problem at the file:line:column of the key to change, with how to fix it.
 */
import { describe, expect, it } from 'vitest';
import type { ConfigIssue } from '../../src/config/errors.js';
import { issuesOf } from '../support/config-issues.js';
import { parseConfig } from '../../src/config/load.js';

const FILE = 'aws-backup.yml';
const ROLE = 'arn:aws:iam::111111111111:role/app-data-replication';

/** A source bucket replicating into a vault bucket; `edit` changes its text before parsing. */
const config = (edit: (text: string) => string = (t) => t): string =>
  edit(`version: 1
regions: [eu-west-1]
dr-region: eu-north-1
accounts:
  - { name: prod, id: "111111111111" }
  - { name: vault, id: "222222222222" }
lifecycle:
  buckets:
    - name: app-data
      account: prod
      region: eu-west-1
      versioning: enabled
      replication:
        role: ${ROLE}
        rules:
          - id: to-vault
            destination:
              bucket: app-data-vault
              account: vault
              replica-owner: destination
    - name: app-data-vault
      account: vault
      region: eu-north-1
      versioning: enabled
      object-lock: { mode: compliance, days: 30 }
`);

const cases: { name: string; edit: (t: string) => string; at: [number, number, string]; says: string }[] = [
  {
    name: 'replication from a bucket without versioning',
    edit: (t) => t.replace('      versioning: enabled\n      replication:', '      replication:'),
    at: [13, 9, 'lifecycle.buckets[0].replication'],
    says: 'bucket "app-data": S3 replicates only from a versioned bucket; add versioning: enabled to this bucket',
  },
  {
    name: 'a declared destination without versioning',
    edit: (t) => t.replace('      versioning: enabled\n      object-lock: { mode: compliance, days: 30 }\n', '      versioning: suspended\n'),
    at: [18, 23, 'lifecycle.buckets[0].replication.rules[0].destination.bucket'],
    says: 'the destination bucket "app-data-vault" has no versioning: enabled in its entry',
  },
  {
    name: 'a destination that is the bucket itself',
    edit: (t) => t.replace('bucket: app-data-vault\n              account: vault\n              replica-owner: destination\n', 'bucket: app-data\n'),
    at: [18, 23, 'lifecycle.buckets[0].replication.rules[0].destination.bucket'],
    says: 'rule "to-vault": the destination is the bucket itself; replicate to another bucket (DR region or vault)',
  },
  {
    name: 'Object Lock without versioning',
    // The rule points elsewhere, so only the lock's own prerequisite is missing.
    edit: (t) => t.replace('      versioning: enabled\n      object-lock:', '      object-lock:').replace('bucket: app-data-vault\n', 'bucket: elsewhere\n'),
    at: [24, 20, 'lifecycle.buckets[1].object-lock'],
    says: 'bucket "app-data-vault": Object Lock works only with versioning; add versioning: enabled',
  },
  {
    name: 'replica ownership in the same account',
    edit: (t) => t.replace('              account: vault\n              replica-owner', '              replica-owner'),
    at: [19, 30, 'lifecycle.buckets[0].replication.rules[0].destination.replica-owner'],
    says: 'replica-owner: destination only applies to another account; set destination.account or remove replica-owner',
  },
  {
    name: 'replication without a role',
    edit: (t) => t.replace(`        role: ${ROLE}\n`, ''),
    at: [13, 7, 'lifecycle.buckets[0].replication.role'],
    says: 'missing required key "role"',
  },
  {
    name: 'a replication role that is not a role ARN',
    edit: (t) => t.replace(`role: ${ROLE}`, 'role: app-data-replication'),
    at: [14, 15, 'lifecycle.buckets[0].replication.role'],
    says: 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/app-data-replication',
  },
];

describe('bucket protection config', () => {
  it('accepts versioning, replication into the vault and Object Lock on the replica', () => {
    expect(() => parseConfig(config(), FILE)).not.toThrow();
  });

  it.each(cases)('$name: one located problem', ({ edit, at, says }) => {
    const issues = issuesOf(config(edit));
    expect(issues.map((i) => i.message)).toHaveLength(1);
    const [issue] = issues as [ConfigIssue];
    expect([issue.line, issue.column, issue.path]).toEqual(at);
    expect(issue.message).toContain(says);
  });
});
