import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import { fillConfig, initRepository, planInitFiles } from '../../src/onboarding/init.js';
import { startSim } from '../sim/server.js';
import { createWorkspace, git, PROJECT_ROOT } from '../support/action.js';
import { runIn, useSimCredentials } from './support.js';

const OPTIONS = { accountId: '111111111111', regions: ['eu-west-1', 'eu-central-1'], drRegion: 'eu-north-1' };
const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'abg-init-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('init planning', () => {
  it('fills the account and regions into the config, which then validates', async () => {
    const template = await readFile(join(PROJECT_ROOT, 'template/aws-backup.yml'), 'utf8');
    const config = parseConfig(fillConfig(template, OPTIONS), 'aws-backup.yml');
    expect(config.regions).toEqual(['eu-west-1', 'eu-central-1']);
    expect(config['dr-region']).toBe('eu-north-1');
    expect(config.accounts).toEqual([{ name: 'default', id: '111111111111' }]);
    // The schema pointer for editors stays the first line.
    expect(fillConfig(template, OPTIONS).split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('without a DR region leaves it out and the config still validates', async () => {
    const template = await readFile(join(PROJECT_ROOT, 'template/aws-backup.yml'), 'utf8');
    const config = parseConfig(fillConfig(template, { accountId: '111111111111', regions: ['us-east-2'] }), 'aws-backup.yml');
    expect(config['dr-region']).toBeUndefined();
  });

  it('fills the workflows: role ARNs, concurrency group and credentials region', () => {
    const workflow = 'concurrency:\n  group: aws-backup-account-123456789012\nrole-to-assume: arn:aws:iam::123456789012:role/r\naws-region: us-east-1\n';
    const [file] = planInitFiles({ '.github/workflows/x.yml': workflow }, OPTIONS);
    expect(file!.content).toBe('concurrency:\n  group: aws-backup-account-111111111111\nrole-to-assume: arn:aws:iam::111111111111:role/r\naws-region: eu-west-1\n');
  });

  it.each([
    [{ accountId: '12345' }, /account id "12345" must be exactly 12 digits/],
    [{ regions: [] }, /at least one region/],
    [{ regions: ['eu-wst-1'] }, /eu-wst-1/],
    [{ drRegion: 'eu-west-1' }, /DR region eu-west-1 is also a backed-up region/],
  ])('refuses %j before writing anything', async (override, message) => {
    const target = await tempDir();
    await expect(initRepository(target, { ...OPTIONS, ...override })).rejects.toThrow(message);
    expect(await readdir(target)).toEqual([]);
  });
});

describe('init into a repository', () => {
  it('writes the template, never overwrites without force, and prints the next steps', async () => {
    const target = await tempDir();
    await writeFile(join(target, 'README.md'), '# my project\n');
    await mkdir(join(target, '.github/workflows'), { recursive: true });
    await writeFile(join(target, '.github/workflows/aws-backup.yml'), 'name: mine\n');

    const first = await initRepository(target, OPTIONS);
    expect(first.written).toEqual(
      expect.arrayContaining(['aws-backup.yml', 'AWS-BACKUP.md', '.github/dependabot.yml', '.github/workflows/aws-backup-plan.yml', '.github/workflows/aws-backup-restore.yml']),
    );
    expect(first.skipped).toEqual(['.github/workflows/aws-backup.yml']);
    expect(await readFile(join(target, 'README.md'), 'utf8')).toBe('# my project\n');
    expect(await readFile(join(target, '.github/workflows/aws-backup.yml'), 'utf8')).toBe('name: mine\n');
    expect(first.written.some((p) => p.startsWith('iam/'))).toBe(false);
    expect(first.nextSteps).toContain('iam-policy');
    expect(first.nextSteps).toContain('--account-id 111111111111');
    expect(first.nextSteps).toContain('--force');
    const restore = parse(await readFile(join(target, '.github/workflows/aws-backup-restore.yml'), 'utf8'));
    expect(restore.jobs.restore.concurrency.group).toBe('aws-backup-restore-111111111111');
    expect(JSON.stringify(restore)).toContain('arn:aws:iam::111111111111:role/aws-backup-gitops-restore');
    for (const role of ['run', 'plan', 'restore', 'drill']) expect(first.nextSteps).toContain(`aws-backup-gitops-${role}`);

    const again = await initRepository(target, OPTIONS);
    expect(again.written).toEqual([]);
    const forced = await initRepository(target, { ...OPTIONS, force: true });
    expect(forced.skipped).toEqual([]);
    expect(await readFile(join(target, '.github/workflows/aws-backup.yml'), 'utf8')).toContain('aws-backup-gitops/aws-backup-gitops@v1');
  });

  it('followed by the demo flow: the scheduled run exports, commits and pushes', async () => {
    const initialised = await tempDir();
    await initRepository(initialised, { accountId: '111111111111', regions: ['us-east-1'], drRegion: 'us-west-2' });
    const sim = await startSim({ fixtures: ['sample-route53.yaml', 'sample-load-balancers.yaml'].map((f) => join(PROJECT_ROOT, 'test/fixtures', f)) });
    const ws = await createWorkspace({}, { root: await tempDir(), templateDir: initialised });
    try {
      useSimCredentials(sim, ws);
      const { report } = await runIn(ws, sim, 'run');
      expect(report.counts.failed).toBe(0);
      const tracked = (await git(ws.remote, ['ls-tree', '-r', '--name-only', 'main'], ws.env)).split('\n');
      expect(tracked).toEqual(
        expect.arrayContaining([
          'aws-backup.yml',
          '.github/workflows/aws-backup.yml',
          'exports/default/route53/zones/example.com.yaml',
          'exports/default/load-balancers/us-east-1/application/my-alb.yaml',
        ]),
      );
      // Nothing changed in AWS: the next run commits nothing.
      const head = await git(ws.remote, ['rev-parse', 'main'], ws.env);
      await runIn(ws, sim, 'run');
      expect(await git(ws.remote, ['rev-parse', 'main'], ws.env)).toBe(head);
    } finally {
      await sim.close();
    }
  });
});
