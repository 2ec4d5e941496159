import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigIssue } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';

const FILE = 'aws-backup.yml';
const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

const VAULT = [
  'vault:',
  '  id: "222222222222"',
  '  role-arn: arn:aws:iam::222222222222:role/aws-backup-vault',
  '  kms-keys:',
  '    eu-west-1: alias/vault-backup',
];
const policy = (...copy: string[]) => [
  'snapshots:',
  '  policies:',
  '    - name: daily-ebs',
  '      resources: { type: ebs-volume, tags: { Backup: daily } }',
  '      retention: { daily: 7 }',
  '      copies:',
  ...copy.map((l) => `        ${l}`),
];

function issuesOf(text: string): ConfigIssue[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).issues];
  }
  throw new Error('expected the config to be rejected');
}

describe('vault: in the config', () => {
  it('accepts a vault and a locked vault copy next to a same-account DR copy', () => {
    const config = parseConfig(
      yaml(
        'version: 1',
        'regions: [us-east-1]',
        'accounts: [{ name: prod, id: "111111111111" }]',
        ...VAULT,
        ...policy('- { region: us-west-2 }', '- { account: vault, region: eu-west-1, retention: { daily: 14 }, lock: { mode: compliance, cool-off-hours: 24 } }'),
      ),
      FILE,
    );
    expect(config.vault?.id).toBe('222222222222');
    expect(config.snapshots?.policies[0]?.copies.map((c) => [c.account, c.region, c.lock?.mode])).toEqual([
      [undefined, 'us-west-2', undefined],
      ['vault', 'eu-west-1', 'compliance'],
    ]);
  });

  it('account: vault without a vault: section is one error at the copy, with file:line:column', () => {
    const issues = issuesOf(yaml('version: 1', 'regions: [us-east-1]', ...policy('- account: vault', '  region: eu-west-1')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line: 9, column: 20, path: 'snapshots.policies[0].copies[0].account' });
    expect(issues[0]!.message).toMatch(/no vault: section; add vault:/);
  });

  it('a vault that is one of the backed-up accounts is refused at vault.id', () => {
    const issues = issuesOf(yaml('version: 1', 'regions: [us-east-1]', 'accounts: [{ name: prod, id: "222222222222" }]', ...VAULT));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 5, path: 'vault.id' });
    expect(issues[0]!.message).toMatch(/also the backed-up account "prod"; a vault only protects when it is a separate account/);
  });

  it('names the missing vault key of a region, a lock on RDS copies, a lock on a DR copy and cool-off in governance mode', () => {
    const issues = issuesOf(
      yaml(
        'version: 1',
        'regions: [us-east-1]',
        ...VAULT,
        ...policy('- { account: vault, region: us-east-1 }', '- { region: us-west-2, lock: { mode: governance } }', '- { account: vault, region: eu-west-1, lock: { mode: governance, cool-off-hours: 3 } }'),
        '    - name: daily-rds',
        '      resources: { type: rds-instance, tags: { Backup: daily } }',
        '      retention: { daily: 7 }',
        '      copies: [{ account: vault, region: eu-west-1, lock: { mode: compliance } }]',
      ),
    );
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath['snapshots.policies[0].copies[0].region']).toMatch(/vault.kms-keys has no key for us-east-1/);
    expect(byPath['snapshots.policies[0].copies[1].lock']).toMatch(/lock applies to vault copies only/);
    expect(byPath['snapshots.policies[0].copies[2].lock.cool-off-hours']).toMatch(/only to mode compliance/);
    expect(byPath['snapshots.policies[1].copies[0].lock']).toMatch(/RDS and Aurora snapshots cannot be locked/);
    expect(issues).toHaveLength(4);
  });

  it('plan-role-arn: a role of the vault account, not the vault role itself; each one error at it with file:line:column', () => {
    const withPlanRole = (arn: string) => yaml('version: 1', 'regions: [us-east-1]', ...VAULT, `  plan-role-arn: ${arn}`);
    expect(parseConfig(withPlanRole('arn:aws:iam::222222222222:role/aws-backup-gitops-vault-plan'), FILE).vault?.['plan-role-arn']).toBe('arn:aws:iam::222222222222:role/aws-backup-gitops-vault-plan');
    const elsewhere = issuesOf(withPlanRole('arn:aws:iam::111111111111:role/aws-backup-gitops-vault-plan'));
    expect(elsewhere).toEqual([expect.objectContaining({ file: FILE, line: 8, column: 18, path: 'vault.plan-role-arn' })]);
    expect(elsewhere[0]!.message).toMatch(/in account 111111111111, not the vault \(222222222222\); use the read-only vault plan role/);
    const same = issuesOf(withPlanRole('arn:aws:iam::222222222222:role/aws-backup-vault'));
    expect(same).toEqual([expect.objectContaining({ line: 8, path: 'vault.plan-role-arn' })]);
    expect(same[0]!.message).toMatch(/is the vault role itself.*pull-request code must not get it/);
    expect(issuesOf(withPlanRole('aws-backup-vault-plan'))).toEqual([expect.objectContaining({ line: 8, path: 'vault.plan-role-arn', message: expect.stringMatching(/must be an IAM role ARN/) })]);
  });

  it('refuses a vault key of another region or account', () => {
    const issues = issuesOf(
      yaml('version: 1', 'regions: [us-east-1]', 'vault:', '  id: "222222222222"', '  role-arn: arn:aws:iam::222222222222:role/v', '  kms-keys:', '    eu-west-1: arn:aws:kms:eu-west-1:111111111111:key/abc', '    us-east-1: arn:aws:kms:us-west-2:222222222222:key/abc'),
    );
    expect(issues.map((i) => i.message).join('\n')).toMatch(/belongs to account 111111111111, not the vault[\s\S]*is in us-west-2 but is listed for us-east-1/);
  });
});
