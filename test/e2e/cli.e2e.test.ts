/**
 * The bundled CLI (dist/cli/index.js): help, init into a folder, iam-policy for its config,
 * and export against the simulated account (committing per commit.mode, or --write-only).
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createWorkspace, git, PROJECT_ROOT } from '../support/action.js';
import { startSim } from '../sim/server.js';

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

  it('says that export commits per commit.mode, and --write-only only writes the files', async () => {
    const { stdout } = await cli(['--help']);
    expect(stdout).toMatch(/export +the configuration export only .*\n.*commits per commit\.mode/);
    expect(stdout).toMatch(/--write-only +export, run: write the export files, commit nothing/);

    const sim = await startSim({ fixtures: ['test/fixtures/sample-route53.yaml'] });
    const ws = await createWorkspace({ 'aws-backup.yml': 'version: 1\nregions: [us-east-1]\nexport:\n  load-balancers: { enabled: false }\ncommit:\n  mode: push\n' });
    const inRepo = (args: string[]) =>
      run(process.execPath, [CLI, ...args, '--cwd', ws.repo], { cwd: ws.repo, env: { ...ws.env, ...sim.env() } }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    const commits = async () => (await git(ws.repo, ['rev-list', '--count', 'HEAD'], ws.env)) + '/' + (await git(ws.remote, ['rev-list', '--count', 'main'], ws.env));
    try {
      const written = await inRepo(['export', '--write-only']);
      expect('code' in written ? written.code : 0, written.stderr).toBe(0);
      expect((await readdir(join(ws.repo, 'exports/default/route53/zones'))).length).toBeGreaterThan(0);
      expect(await commits()).toBe('1/1');
      expect(await git(ws.repo, ['status', '--porcelain'], ws.env)).toContain('exports/');
      expect(written.stdout).not.toMatch(/\bcommit\b.*(applied|pushed)/);

      const refused = await inRepo(['plan', '--write-only']);
      expect('code' in refused && refused.code).toBe(2);
      expect(refused.stderr).toContain('--write-only applies to export and run');

      // Without it, the export commits and pushes, as commit.mode push says.
      await rm(join(ws.repo, 'exports'), { recursive: true, force: true });
      const pushed = await inRepo(['export']);
      expect('code' in pushed ? pushed.code : 0, pushed.stderr).toBe(0);
      expect(await commits()).toBe('2/2');
      expect(await git(ws.repo, ['log', '-1', '--format=%s'], ws.env)).toMatch(/^chore\(aws-backup\): export: \d+ zones/);
    } finally {
      await sim.close();
      await rm(ws.root, { recursive: true, force: true });
    }
  });

  it('names a wrong restore kind and what is allowed', async () => {
    const error = await cli(['restore', '--kind', 'rds-instanse', '--source', 'snap-1']).catch((e: { stderr: string; code: number }) => e);
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toMatch(/--kind is 'rds-instanse'.*did you mean 'rds-instance'/);
  });
});
