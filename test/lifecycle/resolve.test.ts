/** Buckets resolved from the config: accounts, default regions, and rules files with their own error positions. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { resolveLifecycleBuckets } from '../../src/lifecycle/resolve.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lifecycle-resolve-'));
  await mkdir(join(dir, 'lifecycle'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function resolveWith(config: string, files: Record<string, string> = {}) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const path = join(dir, 'aws-backup.yml');
  await writeFile(path, config);
  return resolveLifecycleBuckets(await loadConfig(path), path);
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const ACCOUNTS = `version: 1
regions: [eu-west-1, us-east-1]
accounts:
  - name: prod
  - name: dr
    regions: [us-west-2]
`;

describe('resolveLifecycleBuckets', () => {
  it('no lifecycle section: no buckets', async () => {
    expect(await resolveWith('version: 1\nregions: [eu-west-1]\n')).toEqual([]);
  });

  it('defaults the account to the first and the region to its first region', async () => {
    const buckets = await resolveWith(
      `${ACCOUNTS}lifecycle:
  buckets:
    - { name: bucket-a, rules: [] }
    - { name: bucket-b, account: dr, rules: [{ id: x, expiration: { days: 3 } }] }
    - { name: bucket-c, account: dr, region: eu-central-1, rules: [] }
`,
    );
    expect(buckets.map((b) => [b.name, b.account.name, b.region, b.rules.map((r) => r.id)])).toEqual([
      ['bucket-a', 'prod', 'eu-west-1', []],
      ['bucket-b', 'dr', 'us-west-2', ['x']],
      ['bucket-c', 'dr', 'eu-central-1', []],
    ]);
  });

  it('reads rules from a rules-file', async () => {
    const buckets = await resolveWith(`${ACCOUNTS}lifecycle:\n  buckets:\n    - { name: bucket-a, rules-file: lifecycle/a.yml }\n`, {
      'lifecycle/a.yml': 'rules:\n  - id: old\n    expiration: { days: 30 }\n',
    });
    expect(buckets[0]!.rules).toEqual([
      { id: 'old', enabled: true, filter: { prefix: '', tags: [] }, transitions: [], noncurrentTransitions: [], expiration: { days: 30 } },
    ]);
    expect(buckets[0]!.source).toBe(join(dir, 'lifecycle/a.yml'));
  });

  it('locates problems inside the rules file, in that file', async () => {
    const error = await configError(
      resolveWith(`${ACCOUNTS}lifecycle:\n  buckets:\n    - { name: bucket-a, rules-file: lifecycle/a.yml }\n`, {
        'lifecycle/a.yml': [
          'rules:',
          '  - id: early',
          '    transitions:',
          '      - { days: 5, storage-class: STANDARD_IA }',
          '  - id: typo',
          '    expiraton: { days: 1 }',
          '',
        ].join('\n'),
      }),
    );
    const file = join(dir, 'lifecycle/a.yml');
    // Every problem at once, in file order: S3's rules (naming bucket and rule) next to the typo.
    expect(error.issues.map((i) => [i.file, i.line, i.column, i.path])).toEqual([
      [file, 4, 17, 'rules[0].transitions[0].days'],
      [file, 5, 5, 'rules[1]'],
      [file, 6, 5, 'rules[1].expiraton'],
    ]);
    expect(error.issues[1]!.message).toMatch(/^bucket "bucket-a", rule "typo": the rule has no action/);
    expect(error.issues[2]!.message).toBe('unknown key "expiraton" (did you mean "expiration"?); see docs/lifecycle.md for the rule format');

    const second = await configError(
      resolveWith(`${ACCOUNTS}lifecycle:\n  buckets:\n    - { name: bucket-a, rules-file: lifecycle/a.yml }\n`, {
        'lifecycle/a.yml': 'rules:\n  - id: early\n    transitions:\n      - { days: 5, storage-class: STANDARD_IA }\n',
      }),
    );
    expect(second.issues.map((i) => [i.file, i.line, i.column, i.path])).toEqual([[file, 4, 17, 'rules[0].transitions[0].days']]);
    expect(second.issues[0]!.message).toMatch(/^bucket "bucket-a", rule "early": a transition to STANDARD_IA after 5 days is too early/);
  });

  it('a rules file that is not a mapping, or has a YAML error', async () => {
    const notMap = await configError(
      resolveWith(`${ACCOUNTS}lifecycle:\n  buckets:\n    - { name: bucket-a, rules-file: lifecycle/a.yml }\n`, { 'lifecycle/a.yml': '- id: x\n' }),
    );
    expect(notMap.issues[0]).toMatchObject({ line: 1, column: 1 });
    expect(notMap.issues[0]!.message).toContain('a rules file holds a mapping with the key "rules"');
    const syntax = await configError(
      resolveWith(`${ACCOUNTS}lifecycle:\n  buckets:\n    - { name: bucket-a, rules-file: lifecycle/a.yml }\n`, { 'lifecycle/a.yml': 'rules: [\n' }),
    );
    expect(syntax.issues[0]!.message).toMatch(/^YAML syntax error/);
  });

  it('names a missing rules file, an unknown account and a bad bucket name at their place in the config', async () => {
    const config = `${ACCOUNTS}lifecycle:
  buckets:
    - name: bucket-a
      rules-file: lifecycle/missing.yml
    - name: bucket-b
      account: staging
      rules: []
    - name: Bad_Bucket
      rules: []
`;
    const error = await configError(resolveWith(config));
    const path = join(dir, 'aws-backup.yml');
    expect(error.issues.map((i) => [i.file, i.line, i.column, i.path, i.message])).toEqual([
      [path, 10, 19, 'lifecycle.buckets[0].rules-file', 'bucket "bucket-a": rules-file "lifecycle/missing.yml": file not found; create it or fix the path (it is relative to the config file)'],
      [path, 12, 16, 'lifecycle.buckets[1].account', 'bucket "bucket-b": account "staging" is not in accounts (known: prod, dr); use one of those names'],
      [path, 14, 13, 'lifecycle.buckets[2].name', 'bucket name "Bad_Bucket" may contain only lowercase letters, digits, "." and "-"; use the bucket\'s exact name'],
    ]);
  });

  it('a rules-file outside the repository', async () => {
    const error = await configError(resolveWith(`${ACCOUNTS}lifecycle:\n  buckets:\n    - { name: bucket-a, rules-file: ../a.yml }\n`));
    expect(error.issues[0]!.message).toBe('bucket "bucket-a": rules-file "../a.yml" must stay inside the repository; remove the ".." segment');
  });
});
