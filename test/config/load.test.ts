import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { DEFAULTS, resolveAccounts } from '../../src/config/schema.js';
import type { Config } from '../../src/config/schema.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('valid configs', () => {
  it('fills every default into the minimal config', async () => {
    const config = await loadConfig(fixture('minimal.yml'));
    const expected: Config = {
      version: 1,
      regions: ['us-east-1'],
      accounts: [{ name: 'default' }],
      export: {
        path: 'exports',
        route53: { enabled: true, zones: { include: ['*'], exclude: [] }, 'health-checks': true },
        'load-balancers': { enabled: true, classic: true, v2: true, 'include-targets': false },
        incremental: { enabled: false, 'full-sweep': 'weekly', 'feed-delay-minutes': 30, 'change-history': true },
      },
      commit: { mode: 'push', branch: 'aws-backup/export', message: 'chore(aws-backup): export' },
      'rate-limits': {},
    };
    expect(config).toEqual(expected);
    expect(config['dr-region']).toBeUndefined();
    expect(Object.keys(config.export)).not.toContain('mirror');
  });

  it('keeps every value of the full config, none replaced by a default', async () => {
    const config = await loadConfig(fixture('full.yml'));
    expect(config).toEqual({
      version: 1,
      regions: ['us-east-1', 'eu-west-1'],
      'dr-region': 'us-west-2',
      accounts: [
        {
          name: 'prod',
          id: '123456789012',
          'role-arn': 'arn:aws:iam::123456789012:role/backup/aws-backup',
          'external-id': 'prod-backup-2024',
        },
        { name: 'staging-eu', regions: ['eu-central-1'] },
      ],
      export: {
        path: 'infra/aws-exports',
        route53: {
          enabled: true,
          zones: { include: ['*.example.com', 'example.com.'], exclude: ['dev.example.com'] },
          'health-checks': false,
        },
        'load-balancers': { enabled: true, classic: false, v2: true, 'include-targets': true },
        mirror: { bucket: 'my-dr-bucket', region: 'eu-west-2', prefix: 'aws-backup/' },
        incremental: { enabled: true, 'full-sweep': { 'every-days': 3 }, 'feed-delay-minutes': 45, 'change-history': false },
      },
      commit: { mode: 'pull-request', branch: 'backup/exports', message: 'chore: refresh AWS export' },
      'rate-limits': { route53: 2.5, elasticloadbalancing: 4, ec2: 15, rds: 5, s3: 20, sts: 1, kms: 9, cloudtrail: 1 },
    });
  });

  it('sends the mirror to dr-region when it names no region', () => {
    const config = parseConfig(
      'version: 1\nregions: [eu-west-1]\ndr-region: eu-central-1\nexport:\n  mirror:\n    bucket: dr-copies\n',
      'aws-backup.yml',
    );
    expect(config.export.mirror).toEqual({ bucket: 'dr-copies', region: 'eu-central-1', prefix: '' });
  });

  it('accepts GovCloud and China regions, each with a DR region in its own partition', () => {
    expect(parseConfig('version: 1\nregions: [us-gov-west-1]\ndr-region: us-gov-east-1\n', 'a.yml')['dr-region']).toBe('us-gov-east-1');
    expect(parseConfig('version: 1\nregions: [cn-north-1]\ndr-region: cn-northwest-1\n', 'a.yml').regions).toEqual(['cn-north-1']);
  });

  it('accepts anchors and aliases', () => {
    const config = parseConfig(
      'version: 1\nregions: &primary [us-east-1, us-east-2]\naccounts:\n  - name: a\n    regions: *primary\n',
      'a.yml',
    );
    expect(config.accounts[0]!.regions).toEqual(['us-east-1', 'us-east-2']);
  });

  it('resolves each account to its effective regions', async () => {
    const config = await loadConfig(fixture('full.yml'));
    expect(resolveAccounts(config)).toEqual([
      {
        name: 'prod',
        accountId: '123456789012',
        roleArn: 'arn:aws:iam::123456789012:role/backup/aws-backup',
        externalId: 'prod-backup-2024',
        regions: ['us-east-1', 'eu-west-1'],
      },
      { name: 'staging-eu', regions: ['eu-central-1'] },
    ]);
    const minimal = await loadConfig(fixture('minimal.yml'));
    expect(resolveAccounts(minimal)).toEqual([{ name: DEFAULTS.accountName, regions: ['us-east-1'] }]);
  });

  it('gives each resolved account its own regions array', () => {
    const config = parseConfig('version: 1\nregions: [us-east-1]\naccounts: [{name: a}, {name: b}]\n', 'a.yml');
    const [a, b] = resolveAccounts(config);
    a!.regions.push('eu-west-1');
    expect(b!.regions).toEqual(['us-east-1']);
    expect(config.regions).toEqual(['us-east-1']);
  });
});

describe('loadConfig file problems', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aws-backup-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says which path was looked for and that the config input sets it', async () => {
    const missing = join(dir, 'nope', 'aws-backup.yml');
    const error = await loadConfig(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const issue = (error as ConfigError).issues[0]!;
    expect(issue).toMatchObject({ file: missing, line: 0, column: 0, path: '' });
    expect(issue.message).toContain(`config file not found (looked for ${resolve(missing)})`);
    expect(issue.message).toContain('"config" input');
    expect((error as ConfigError).message).toBe(`${missing}: ${issue.message}`);
  });

  it('refuses a directory', async () => {
    await expect(loadConfig(dir)).rejects.toThrow(/is a directory, not a config file/);
  });

  it('reports problems against the path it was given', async () => {
    const path = join(dir, 'aws-backup.yml');
    await writeFile(path, 'version: 1\nregions: [us-east-1]\nexport:\n  route53:\n    enabeld: false\n');
    await expect(loadConfig(path)).rejects.toThrow(`${path}:5:5: export.route53.enabeld: unknown key "enabeld"`);
  });
});
