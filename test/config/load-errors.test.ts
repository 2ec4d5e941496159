import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { ConfigIssue } from '../../src/config/errors.js';
import { issuesOf } from '../support/config-issues.js';
import { parseConfig } from '../../src/config/load.js';

const FILE = 'aws-backup.yml';
const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** The two required lines; rows below build on them, so their own lines start at 3. */
const BASE = ['version: 1', 'regions: [us-east-1]'];

interface Row {
  name: string;
  text: string;
  line: number;
  column: number;
  path: string;
  says: string[];
}

const rows: Row[] = [
  {
    name: 'YAML syntax: nested mapping in a compact value',
    text: yaml('version: 1', 'regions: us-east-1: eu-west-1'),
    line: 2, column: 10, path: 'regions',
    says: ['YAML syntax error', 'Nested mappings are not allowed'],
  },
  {
    name: 'YAML syntax: unclosed quote',
    text: yaml(...BASE, 'export:', '  path: "exports'),
    line: 5, column: 1, path: 'export.path',
    says: ['YAML syntax error', 'Missing closing "quote'],
  },
  {
    name: 'YAML syntax: unclosed { is reported where it opened',
    text: yaml(...BASE, 'export:', '  route53: { enabled: true', '  load-balancers: { enabled: false }'),
    line: 4, column: 12, path: 'export.route53',
    says: ['YAML syntax error', 'the "{" opened here is never closed', 'end it with "}" on this line'],
  },
  {
    name: 'YAML syntax: unclosed [ is reported where it opened',
    text: yaml('version: 1', 'regions: [us-east-1, "eu-west-1"', 'export:', '  route53: {}'),
    line: 2, column: 10, path: 'regions',
    says: ['the "[" opened here is never closed', 'end it with "]"'],
  },
  {
    name: 'tab indentation',
    text: yaml(...BASE, 'export:', '  route53:', '  \tenabled: true'),
    line: 5, column: 3, path: 'export.enabled',
    says: ['a tab is used for indentation', 'replace the tab with spaces'],
  },
  {
    name: 'duplicate top-level key',
    text: yaml(...BASE, 'regions: [eu-west-1]'),
    line: 3, column: 1, path: 'regions',
    says: ['duplicate key "regions" (first at line 2)', 'merge or remove one'],
  },
  {
    name: 'duplicate nested key',
    text: yaml(...BASE, 'export:', '  route53:', '    enabled: true', '    enabled: false'),
    line: 6, column: 5, path: 'export.route53.enabled',
    says: ['duplicate key "enabled" (first at line 5)'],
  },
  {
    name: 'more than one YAML document',
    text: yaml(...BASE, '---', 'version: 1'),
    line: 3, column: 1, path: '',
    says: ['more than one YAML document', 'keep a single document'],
  },
  {
    name: 'alias without anchor',
    text: yaml('version: 1', 'regions: *primary'),
    line: 2, column: 10, path: 'regions',
    says: ['alias "*primary" refers to no anchor "&primary"'],
  },
  {
    name: 'aliases expanding exponentially (billion laughs)',
    text: yaml(
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
        return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`;
      }),
    ),
    line: 1, column: 1, path: '',
    says: ['cannot read the YAML', 'simplify the anchors and aliases'],
  },
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
    name: 'unknown region',
    text: yaml('version: 1', 'regions: [us-est-1]'),
    line: 2, column: 11, path: 'regions[0]',
    says: ["unknown region 'us-est-1' (did you mean 'us-east-1'?)"],
  },
  {
    name: 'unknown region with nothing close',
    text: yaml('version: 1', 'regions:', '  - us-east-1', '  - moon-1'),
    line: 4, column: 5, path: 'regions[1]',
    says: ["unknown region 'moon-1'; use an AWS region name such as 'us-east-1'"],
  },
  {
    name: 'empty region list',
    text: yaml('version: 1', 'regions: []'),
    line: 2, column: 10, path: 'regions',
    says: ['must list at least one region'],
  },
  {
    name: 'region listed twice',
    text: yaml('version: 1', 'regions: [us-east-1, eu-west-1, us-east-1]'),
    line: 2, column: 33, path: 'regions[2]',
    says: ["region 'us-east-1' appears twice (first as entry 1 of the list)", 'remove the duplicate'],
  },
  {
    name: 'dr-region equal to a primary region',
    text: yaml(...BASE, 'dr-region: us-east-1'),
    line: 3, column: 12, path: 'dr-region',
    says: ["'us-east-1' is also a backed-up region", 'must live in a different region'],
  },
  {
    name: "dr-region equal to an account's own region",
    text: yaml(...BASE, 'dr-region: eu-west-1', 'accounts:', '  - name: eu', '    regions: [eu-west-1]'),
    line: 3, column: 12, path: 'dr-region',
    says: ["'eu-west-1' is also a backed-up region"],
  },
  {
    name: 'dr-region in another partition',
    text: yaml(...BASE, 'dr-region: cn-north-1'),
    line: 3, column: 12, path: 'dr-region',
    says: ["'cn-north-1' is in partition aws-cn but backed-up regions are in aws", 'cannot cross partitions'],
  },
  {
    name: 'unquoted account id (leading zero restored in the hint)',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '    id: 012345678901'),
    line: 5, column: 9, path: 'accounts[0].id',
    says: ['account id 012345678901 must be quoted', 'YAML reads unquoted digits as a number', 'write id: "012345678901"'],
  },
  {
    name: 'account id of the wrong length',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '    id: "12345"'),
    line: 5, column: 9, path: 'accounts[0].id',
    says: ['account id must be exactly 12 digits'],
  },
  {
    name: 'bad role ARN',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '    role-arn: arn:aws:iam::123456789012:user/backup'),
    line: 5, column: 15, path: 'accounts[0].role-arn',
    says: ['must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-backup'],
  },
  {
    name: 'role ARN in another account than id',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '    id: "111111111111"', '    role-arn: arn:aws:iam::222222222222:role/backup'),
    line: 6, column: 15, path: 'accounts[0].role-arn',
    says: ['role is in account 222222222222 but id is "111111111111"'],
  },
  {
    name: 'external-id without role-arn',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '    external-id: secret-123'),
    line: 5, column: 18, path: 'accounts[0].external-id',
    says: ['external-id is only used when assuming a role', 'add role-arn or remove external-id'],
  },
  {
    name: 'duplicate account names',
    text: yaml(...BASE, 'accounts:', '  - name: prod', '  - name: staging', '  - name: prod'),
    line: 6, column: 11, path: 'accounts[2].name',
    says: ["account name 'prod' appears twice (first as entry 1 of the list)", 'must be unique'],
  },
  {
    name: 'account name with capitals',
    text: yaml(...BASE, 'accounts:', '  - name: Prod'),
    line: 4, column: 11, path: 'accounts[0].name',
    says: ['account name must use lowercase letters, digits and "-"'],
  },
  {
    name: 'empty account list',
    text: yaml(...BASE, 'accounts: []'),
    line: 3, column: 11, path: 'accounts',
    says: ['must list at least one account', 'remove accounts: to use the ambient credentials'],
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
  {
    name: 'empty file',
    text: '',
    line: 1, column: 1, path: '',
    says: ['the file is empty', 'version: 1'],
  },
  {
    name: 'file with only comments',
    text: yaml('# aws-backup config', '# todo'),
    line: 1, column: 1, path: '',
    says: ['the file is empty'],
  },
  {
    name: 'a list at the top level',
    text: yaml('- version: 1', '- regions: [us-east-1]'),
    line: 1, column: 1, path: '',
    says: ['the top level must be a mapping of keys', 'found a list'],
  },
  {
    name: 'a plain word at the top level',
    text: yaml('aws-backup'),
    line: 1, column: 1, path: '',
    says: ['the top level must be a mapping of keys', 'found "aws-backup"'],
  },
];

describe('parseConfig rejects malformed configs with file:line:column, key path and a fix', () => {
  it.each(rows)('$name', ({ text, line, column, path, says }) => {
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    const [issue] = issues as [ConfigIssue];
    expect({ file: issue.file, line: issue.line, column: issue.column, path: issue.path }).toEqual({ file: FILE, line, column, path });
    for (const words of says) expect(issue.message).toContain(words);
  });

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
