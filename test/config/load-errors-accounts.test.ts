/**
 * Regions, the DR region and accounts that AWS would not accept, or that contradict each other,
 * are rejected with where and a fix.
 */
import { describe, it } from 'vitest';
import { BASE, rejectedAsRow, yaml, type Row } from '../support/config-rows.js';

const accountRows: Row[] = [
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
];

describe('parseConfig rejects malformed configs with file:line:column, key path and a fix', () => {
  it.each(accountRows)('$name', rejectedAsRow);
});
