/** The bundled CLI (dist/cli/index.js): help, init into a folder, and iam-policy for its config. */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../support/action.js';

const run = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'dist/cli/index.js');
const cli = (args: string[]) => run(process.execPath, [CLI, ...args], { env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });

describe('the bundled CLI', () => {
  it('prints its usage', async () => {
    const { stdout } = await cli(['--help']);
    expect(stdout).toMatch(/Usage: aws-backup-gitops <command>/);
    for (const command of ['run', 'plan', 'restore', 'drill', 'import-lifecycle', 'iam-policy', 'init']) expect(stdout).toContain(command);
  });

  it('init fills the template into a folder, and iam-policy reads the config it wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'abg-cli-'));
    try {
      const init = await cli(['init', dir, '--account-id', '123456789012', '--region', 'eu-west-1', '--dr-region', 'eu-central-1']);
      expect(init.stdout).toContain('aws-backup.yml');
      const config = await readFile(join(dir, 'aws-backup.yml'), 'utf8');
      expect(config).toMatch(/^# yaml-language-server: \$schema=/);
      expect(config).toContain('eu-west-1');
      const { stdout } = await cli(['iam-policy', '--cwd', dir, '--repository', 'example-team/aws-backup']);
      expect(stdout).toContain('# run-trust-policy.json');
      expect(stdout).toContain('repo:example-team/aws-backup:ref:refs/heads/main');
      expect(stdout).toContain('route53:ListHostedZones');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a wrong restore kind and what is allowed', async () => {
    const error = await cli(['restore', '--kind', 'rds-instanse', '--source', 'snap-1']).catch((e: { stderr: string; code: number }) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toMatch(/--kind is 'rds-instanse'.*did you mean 'rds-instance'/);
  });
});
