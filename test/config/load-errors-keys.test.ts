/**
 * Config keys that are unknown, missing or of the wrong type are rejected with where and a fix
 * (often the key that was meant).
 */
import { describe, it } from 'vitest';
import { BASE, rejectedAsRow, yaml, type Row } from '../support/config-rows.js';

const keyRows: Row[] = [
  {
    name: 'wrong type: regions as a plain string',
    text: yaml('version: 1', 'regions: us-east-1'),
    line: 2, column: 10, path: 'regions',
    says: ['expected a list, found "us-east-1"'],
  },
  {
    name: 'wrong type: yes is a string in YAML 1.2, not a boolean',
    text: yaml(...BASE, 'export:', '  route53:', '    enabled: yes'),
    line: 5, column: 14, path: 'export.route53.enabled',
    says: ['expected true or false, found "yes"'],
  },
  {
    name: 'wrong type: rate limit as text',
    text: yaml(...BASE, 'rate-limits:', '  s3: fast'),
    line: 4, column: 7, path: 'rate-limits.s3',
    says: ['expected a number (requests per second) or a mapping such as { rate: 5, burst: 10 }, found "fast"'],
  },
  {
    name: 'wrong type: empty section value',
    text: yaml(...BASE, 'commit:'),
    line: 3, column: 1, path: 'commit',
    says: ['expected a mapping, found an empty value'],
  },
  {
    name: 'unknown key at the top level',
    text: yaml(...BASE, 'snapshot: {}'),
    line: 3, column: 1, path: 'snapshot',
    says: ['unknown key "snapshot"', 'allowed keys: version, regions, dr-region, accounts, export, commit, rate-limits'],
  },
  {
    name: 'unknown key under export (typo of mirror)',
    text: yaml(...BASE, 'export:', '  mirrror:', '    bucket: my-dr-bucket'),
    line: 4, column: 3, path: 'export.mirrror',
    says: ['unknown key "mirrror"; allowed keys: path, route53, load-balancers, mirror, incremental (did you mean "mirror"?)'],
  },
  {
    name: 'typo of enabled switches nothing off silently',
    text: yaml(...BASE, 'export:', '  route53:', '    enabeld: false'),
    line: 5, column: 5, path: 'export.route53.enabeld',
    says: ['unknown key "enabeld"', 'allowed keys: enabled, zones, health-checks', '(did you mean "enabled"?)'],
  },
  {
    name: 'unknown key under load-balancers (snake_case)',
    text: yaml(...BASE, 'export:', '  load-balancers:', '    include_targets: true'),
    line: 5, column: 5, path: 'export.load-balancers.include_targets',
    says: ['unknown key "include_targets"', '(did you mean "include-targets"?)'],
  },
  {
    name: 'unknown key under route53.zones',
    text: yaml(...BASE, 'export:', '  route53:', '    zones:', '      includes: ["*"]'),
    line: 6, column: 7, path: 'export.route53.zones.includes',
    says: ['unknown key "includes"', 'allowed keys: include, exclude', '(did you mean "include"?)'],
  },
  {
    name: 'unknown key under mirror',
    text: yaml(...BASE, 'dr-region: us-west-2', 'export:', '  mirror:', '    bucket: my-dr-bucket', '    bukcet-prefix: x/'),
    line: 7, column: 5, path: 'export.mirror.bukcet-prefix',
    says: ['unknown key "bukcet-prefix"', 'allowed keys: bucket, region, prefix'],
  },
  {
    name: 'unknown key in an account',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '    role_arn: arn:aws:iam::123456789012:role/x'),
    line: 5, column: 5, path: 'accounts[0].role_arn',
    says: ['unknown key "role_arn"', '(did you mean "role-arn"?)'],
  },
  {
    name: 'unknown key under commit',
    text: yaml(...BASE, 'commit:', '  branches: main'),
    line: 4, column: 3, path: 'commit.branches',
    says: ['unknown key "branches"', 'allowed keys: mode, branch, message', '(did you mean "branch"?)'],
  },
  {
    // Sections most configs leave out are built on first use (z.lazy); help and key lists still reach inside.
    name: 'snapshot policy without resources',
    text: yaml(...BASE, 'snapshots:', '  policies:', '    - name: daily', '      retention: { daily: 7 }'),
    line: 5, column: 7, path: 'snapshots.policies[0].resources',
    says: ['missing required key "resources" (Which resources the policy protects.)'],
  },
  {
    name: 'vault key typo',
    text: yaml(...BASE, 'vault:', "  id: '222222222222'", '  role-arn: arn:aws:iam::222222222222:role/vault', '  kms-keys: {}', '  kms-key: alias/vault'),
    line: 7, column: 3, path: 'vault.kms-key',
    says: ['unknown key "kms-key"; allowed keys: id, role-arn, plan-role-arn, external-id, kms-keys (did you mean "kms-keys"?)'],
  },
  {
    name: 'version 2',
    text: yaml('version: 2', 'regions: [us-east-1]'),
    line: 1, column: 10, path: 'version',
    says: ['unsupported config version 2', 'write version: 1'],
  },
  {
    name: 'missing version',
    text: yaml('regions: [us-east-1]'),
    line: 1, column: 1, path: 'version',
    says: ['missing required key "version"'],
  },
];

describe('parseConfig rejects malformed configs with file:line:column, key path and a fix', () => {
  it.each(keyRows)('$name', rejectedAsRow);
});
