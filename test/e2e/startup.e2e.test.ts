/**
 * Fast start: `--help`, bad inputs and a bad config are answered before any AWS SDK module is
 * loaded. The sources, compiled by tsc, run under plain Node with a module-load recorder (the
 * ESM loader hook and Module._load), so the test sees exactly which packages were read; the
 * bundled CLI is checked to read no chunk at all for --help.
 */
import { execFile } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

let dir: string;
let register: string;
/** The compiled sources: <out>/src/cli.js, <out>/src/main.js. */
let out: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'abg-startup-'));
  out = join(dir, 'out');
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'src/tsconfig.json'), '--noEmit', 'false', '--outDir', out, '--rootDir', ROOT]);
  await symlink(join(ROOT, 'node_modules'), join(out, 'node_modules'));
  await writeFile(join(out, 'package.json'), JSON.stringify({ type: 'module', version: '0.0.0-test' }));
  await writeFile(
    join(dir, 'hooks.mjs'),
    [
      "import { appendFileSync } from 'node:fs';",
      'export async function load(url, context, nextLoad) {',
      '  appendFileSync(process.env.LOAD_LOG, url + "\\n");',
      '  return nextLoad(url, context);',
      '}',
      '',
    ].join('\n'),
  );
  // ES modules through the loader hook; CommonJS (how vite-node and the SDK's CJS builds load) through Module._load.
  register = join(dir, 'register.mjs');
  await writeFile(
    register,
    [
      "import Module, { register } from 'node:module';",
      "import { appendFileSync } from 'node:fs';",
      "import { pathToFileURL } from 'node:url';",
      `register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});`,
      'const load = Module._load;',
      'Module._load = function (request, parent, isMain) {',
      '  if (!Module.isBuiltin(request)) {',
      '    try { appendFileSync(process.env.LOAD_LOG, pathToFileURL(Module._resolveFilename(request, parent, isMain)).href + "\\n"); } catch {}',
      '  }',
      '  return load.apply(this, arguments);',
      '};',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'bad.yml'), 'version: 1\nregions: [us-east-1]\nexport:\n  pathh: exports\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Every file URL the process loaded through the module loader. */
  loaded: string[];
}

let runs = 0;
async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const log = join(dir, `loaded-${++runs}.txt`);
  await writeFile(log, '');
  const child = spawn(process.execPath, ['--import', register, ...args], {
    cwd: dir,
    env: { ...process.env, ...env, LOAD_LOG: log, AWS_EC2_METADATA_DISABLED: 'true' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code: number = await new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (c) => done(c ?? -1));
  });
  const loaded = (await readFile(log, 'utf8')).split('\n').filter((l) => l.startsWith('file:'));
  return { code, stdout, stderr, loaded };
}

const sdkModules = (r: Run) => r.loaded.filter((url) => url.includes('/node_modules/@aws-sdk/'));

describe('nothing of the AWS SDK is loaded before it is needed (source)', () => {
  const source = (file: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => run([join(out, file), ...args], env);
  const cli = (...args: string[]) => source('src/cli.js', args);

  it('the module-load record sees the SDK when a command does need it', async () => {
    // import-lifecycle loads the S3 client, then fails to reach the (closed) endpoint.
    const r = await source('src/cli.js', ['import-lifecycle', '--bucket', 'b@us-east-1'], {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(r.code).toBe(2);
    expect(sdkModules(r).some((url) => url.includes('/@aws-sdk/client-s3/'))).toBe(true);
    expect(sdkModules(r).some((url) => url.includes('/@aws-sdk/client-ec2/'))).toBe(false);
  });

  it('--help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: aws-backup-gitops <command>');
    expect(r.loaded.some((url) => url.endsWith('/out/src/cli.js'))).toBe(true);
    expect(sdkModules(r)).toEqual([]);
  });

  it('a config error from the CLI', async () => {
    const r = await cli('plan', '--config', 'bad.yml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yml:4:3: export\.pathh: unknown key "pathh"/);
    expect(sdkModules(r)).toEqual([]);
  });

  it('a Route 53 export from the action loads the Route 53 client and nothing it does not call', async () => {
    await writeFile(join(dir, 'route53-only.yml'), 'version: 1\nregions: [us-east-1]\nexport:\n  load-balancers: { enabled: false }\n');
    const r = await source('src/main.js', [], {
      INPUT_COMMAND: 'export',
      INPUT_CONFIG: 'route53-only.yml',
      GITHUB_WORKSPACE: dir,
      // The call fails at once: the record shows what was loaded to make it.
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(r.stdout).toMatch(/127\.0\.0\.1:9|ECONNREFUSED|connect/);
    const packages = new Set(r.loaded.flatMap((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
    expect(packages).toContain('@aws-sdk/client-route-53');
    for (const unused of [
      '@aws-sdk/client-s3',
      '@aws-sdk/client-elastic-load-balancing',
      '@aws-sdk/client-elastic-load-balancing-v2',
      '@aws-sdk/client-cloudtrail',
      '@aws-sdk/client-ec2',
      '@aws-sdk/client-rds',
      '@aws-sdk/credential-providers',
      '@actions/core',
      '@actions/github',
      'undici',
    ]) {
      expect(packages, unused).not.toContain(unused);
    }
  });

  it('a config error from the action', async () => {
    const r = await source('src/main.js', [], { INPUT_COMMAND: 'plan', INPUT_CONFIG: 'bad.yml', GITHUB_WORKSPACE: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error .*bad\.yml.*unknown key "pathh"/);
    expect(sdkModules(r)).toEqual([]);
  });
});

describe('the bundled CLI', () => {
  it('answers --help from its entry file alone, which holds no SDK code', async () => {
    const entry = join(ROOT, 'dist/cli/index.js');
    const r = await run([entry, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: aws-backup-gitops <command>');
    expect(r.loaded.filter((url) => url.includes('/dist/'))).toEqual([pathToFileURL(entry).href]);
    expect(await readFile(entry, 'utf8')).not.toMatch(/smithy|aws-sdk/);
  });
});

describe('the bundled action', () => {
  it('is built to start fast: minified chunks whose modules V8 compiles with the chunk (scripts/minify-dist.ts)', async () => {
    const dist = join(ROOT, 'dist');
    const chunks = (await readdir(dist)).filter((name) => name.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const name of chunks) {
      const text = await readFile(join(dist, name), 'utf8');
      // ncc's comments are gone, and no module is left as an arrow (parsed twice when required).
      expect(text, name).not.toContain('/***/');
      expect(text, name).not.toMatch(/[{,]\d+:\(\(/);
    }
    expect(await readFile(join(dist, 'index.js'), 'utf8')).toMatch(/[{,]\d+:\(function\(/);
  });
});
