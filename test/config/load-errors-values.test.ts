/**
 * Export, mirror, rate-limit and commit settings that AWS or git would refuse, or that lack what
 * they need, are rejected with where and a fix.
 */
import { describe, it } from 'vitest';
import { BASE, rejectedAsRow, yaml, type Row } from '../support/config-rows.js';

const valueRows: Row[] = [
  {
    name: 'a mirror into the vault without a vault section',
    text: yaml(...BASE, 'dr-region: us-west-2', 'export:', '  mirror:', '    bucket: my-dr-bucket', '    account: vault'),
    line: 7, column: 14, path: 'export.mirror.account',
    says: ['the mirror goes to account vault, but the config has no vault: section'],
  },
  {
    name: 'a mirror into an account that is not in the config',
    text: yaml(...BASE, 'dr-region: us-west-2', 'accounts: [{ name: prod }]', 'export:', '  mirror:', '    bucket: my-dr-bucket', '    account: prdo'),
    line: 8, column: 14, path: 'export.mirror.account',
    says: ["no account is named 'prdo'; use one of: prod"],
  },
  {
    name: 'bad bucket name',
    text: yaml(...BASE, 'dr-region: us-west-2', 'export:', '  mirror:', '    bucket: My_Bucket'),
    line: 6, column: 13, path: 'export.mirror.bucket',
    says: ['bucket name "My_Bucket" may contain only lowercase letters, digits, "." and "-"'],
  },
  {
    name: 'bucket name with a reserved suffix',
    text: yaml(...BASE, 'dr-region: us-west-2', 'export:', '  mirror:', '    bucket: backups-s3alias'),
    line: 6, column: 13, path: 'export.mirror.bucket',
    says: ['must not end with the reserved suffix "-s3alias"'],
  },
  {
    name: 'mirror without bucket',
    text: yaml(...BASE, 'dr-region: us-west-2', 'export:', '  mirror:', '    prefix: backups/'),
    line: 5, column: 3, path: 'export.mirror.bucket',
    says: ['missing required key "bucket"'],
  },
  {
    name: 'absolute export path',
    text: yaml(...BASE, 'export:', '  path: /var/backups'),
    line: 4, column: 9, path: 'export.path',
    says: ['"/var/backups" must be relative to the repository root', 'remove the leading "/"'],
  },
  {
    name: 'export path leaving the repository',
    text: yaml(...BASE, 'export:', '  path: exports/../../elsewhere'),
    line: 4, column: 9, path: 'export.path',
    says: ['must stay inside the repository', 'remove the ".." segment'],
  },
  {
    name: 'mirror without region and without dr-region',
    text: yaml(...BASE, 'export:', '  mirror:', '    bucket: my-dr-bucket'),
    line: 4, column: 3, path: 'export.mirror.region',
    says: ['the mirror needs a region', 'set export.mirror.region or the top-level dr-region'],
  },
  {
    name: 'negative rate limit',
    text: yaml(...BASE, 'rate-limits:', '  route53: -1'),
    line: 4, column: 12, path: 'rate-limits.route53',
    says: ['must be greater than 0, found -1'],
  },
  {
    name: 'commit mode typo',
    text: yaml(...BASE, 'commit:', '  mode: pull_request'),
    line: 4, column: 9, path: 'commit.mode',
    says: ['found "pull_request"; allowed values: push, pull-request, none (did you mean "pull-request"?)'],
  },
  {
    name: 'branch name git would refuse',
    text: yaml(...BASE, 'commit:', '  branch: aws backup'),
    line: 4, column: 11, path: 'commit.branch',
    says: ['"aws backup" is not a valid git branch name'],
  },
];

describe('parseConfig rejects malformed configs with file:line:column, key path and a fix', () => {
  it.each(valueRows)('$name', rejectedAsRow);
});
