/**
 * The npm package as users get it: `npm pack` of the repository, installed offline into an
 * empty folder, and run through `npx` — help, version, init into an empty repository, and a
 * plan against the simulated account. The CLI bundle must need nothing but Node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startSim, type Sim } from '../sim/server.js';
import { isolatedEnv, PROJECT_ROOT } from '../support/action.js';
import { reportSchemaErrors } from '../support/report-schema.js';
import packageJson from '../../package.json' with { type: 'json' };

const exec = promisify(execFile);

/** npm and npx of the Node running the tests (setup-node puts them side by side), else PATH's. */
const nodeDir = dirname(process.execPath);
const tool = (name: string): string => (existsSync(join(nodeDir, name)) ? join(nodeDir, name) : name);

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

describe('the packed npm package', () => {
  let root: string;
  let tarball: string;
  let env: NodeJS.ProcessEnv;
  let sim: Sim;

  /** Runs npm or npx with a private cache and no registry: everything comes from the tarball. */
  const npm = (bin: 'npm' | 'npx', args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) =>
    exec(tool(bin), args, { cwd, env: { ...env, ...extra }, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'abg-pack-'));
    const home = join(root, 'home');
    await mkdir(home);
    env = {
      ...isolatedEnv(home),
      PATH: `${nodeDir}${delimiter}${process.env.PATH ?? ''}`,
      npm_config_cache: join(root, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const { stdout } = await npm('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], PROJECT_ROOT);
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    tarball = join(root, packed!.filename);
    sim = await startSim({ fixtures: ['test/fixtures/sample-route53.yaml', 'test/fixtures/sample-load-balancers.yaml'] });
  });
  afterAll(async () => {
    await sim?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('installs offline with no dependencies and holds no test or benchmark files', async () => {
    const app = join(root, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    await npm('npm', ['install', '--ignore-scripts', tarball], app);
    // Only the package itself: the CLI is one bundle, so nothing else is fetched.
    expect(await readdir(join(app, 'node_modules'))).toEqual(expect.arrayContaining(['aws-backup-gitops']));
    expect((await readdir(join(app, 'node_modules'))).filter((n) => !n.startsWith('.'))).toEqual(['aws-backup-gitops']);
    const installed = join(app, 'node_modules/aws-backup-gitops');
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['version']).toBe(packageJson.version);

    const files = await listFiles(installed);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli/index.js',
        'template/aws-backup.yml',
        'template/.github/workflows/aws-backup.yml',
        'schema/aws-backup.schema.json',
        'schema/report.schema.json',
        'README.md',
        'CHANGELOG.md',
        'SECURITY.md',
      ]),
    );
    const unwanted = files.filter((f) => /(^|\/)(test|tests|__tests__|bench|benchmarks?|src|scripts)\/|\.(test|spec|bench)\.[cm]?[jt]s$|\.ts$/.test(f));
    expect(unwanted).toEqual([]);

    const { stdout } = await npm('npx', ['aws-backup-gitops', '--help'], app);
    expect(stdout).toMatch(/^Usage: aws-backup-gitops <command>/);
  });

  it('npx from the tarball in an empty folder: version, help, init, and a plan against the simulator', async () => {
    const repo = join(root, 'repo');
    await mkdir(repo);
    const npx = (args: string[], extra: NodeJS.ProcessEnv = {}) => npm('npx', ['--yes', '--package', tarball, 'aws-backup-gitops', ...args], repo, extra);

    expect((await npx(['--version'])).stdout).toBe(`${packageJson.version}\n`);
    expect((await npx(['--help'])).stdout).toContain('init [DIR] --account-id ID');

    const init = await npx(['init', '--account-id', '111111111111', '--region', 'us-east-1', '--dr-region', 'us-west-2']);
    expect(init.stdout).toContain('wrote   aws-backup.yml');
    expect(await listFiles(repo)).toEqual(expect.arrayContaining(['aws-backup.yml', '.github/workflows/aws-backup.yml']));

    const plan = await npx(['plan', '--report', 'report.json'], sim.env());
    expect(plan.stdout).toMatch(/^aws-backup-gitops: plan \(dry run\) — \d+ changes planned/);
    expect(plan.stdout).toContain('example.com. (public)');
    expect(plan.stdout).toContain('us-east-1/application/my-alb');
    const report = JSON.parse(await readFile(join(repo, 'report.json'), 'utf8'));
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.tool.version).toBe(packageJson.version);
    // A plan writes nothing but the report it was asked for.
    expect(existsSync(join(repo, 'exports'))).toBe(false);
  });
});
