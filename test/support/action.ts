/**
 * Runs the bundled action (dist/index.js) the way the Actions runner does: inputs as INPUT_*
 * variables, GITHUB_* context, a step-summary file and an output file, inside a git checkout
 * whose origin is a local bare repository. Used by the end-to-end tests, the demo and the
 * benchmark, so all three exercise exactly what users run.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const ACTION_ENTRY = join(PROJECT_ROOT, 'dist/index.js');

/** Environment that keeps git and the SDK away from the machine's own configuration. */
export function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const keep = ['PATH', 'LANG', 'TZ', 'SYSTEMROOT', 'TMPDIR'];
  const env: NodeJS.ProcessEnv = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k];
  return {
    ...env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    AWS_CONFIG_FILE: join(home, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-aws-credentials'),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

export async function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** The identity a person's commits in a test checkout carry. */
const TEAM = ['-c', 'user.name=Team', '-c', 'user.email=team@example.invalid'];

/** Commits every change to tracked files of the checkout, as a person would between runs. */
export async function commitAll(ws: Workspace, message: string): Promise<void> {
  await git(ws.repo, [...TEAM, 'commit', '-qam', message], ws.env);
}

export interface Workspace {
  root: string;
  /** The checkout the action runs in. */
  repo: string;
  /** The bare repository standing in for GitHub. */
  remote: string;
  home: string;
  env: NodeJS.ProcessEnv;
}

/**
 * A checkout of a fresh repository holding `files` (path → content) on branch main, pushed to a
 * bare origin — what `actions/checkout` leaves behind.
 */
export async function createWorkspace(
  files: Record<string, string>,
  options: { root?: string; templateDir?: string } = {},
): Promise<Workspace> {
  const root = options.root ?? (await mkdtemp(join(tmpdir(), 'abg-e2e-')));
  const home = join(root, 'home');
  const remote = join(root, 'remote.git');
  const repo = join(root, 'repo');
  await mkdir(home, { recursive: true });
  const env = isolatedEnv(home);
  await git(root, ['init', '-q', '--bare', '-b', 'main', remote], env);
  await git(root, ['init', '-q', '-b', 'main', repo], env);
  if (options.templateDir) await cp(options.templateDir, repo, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(repo, path, '..'), { recursive: true });
    await writeFile(join(repo, path), content);
  }
  await git(repo, ['add', '-A'], env);
  await git(repo, [...TEAM, 'commit', '-q', '-m', 'Set up aws-backup-gitops'], env);
  await git(repo, ['remote', 'add', 'origin', remote], env);
  await git(repo, ['push', '-q', '-u', 'origin', 'main'], env);
  return { root, repo, remote, home, env };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Parsed JSON report (undefined when the run failed before writing it). */
  report?: any;
}

/** Reads the runner's `name<<delimiter` output file format. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      outputs[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      outputs[k!] = v.join('=');
    }
  }
  return outputs;
}

export interface RunActionOptions {
  workspace: Workspace;
  inputs: Record<string, string>;
  /** AWS environment (from the simulator). */
  awsEnv: Record<string, string>;
  /** Extra environment (GITHUB_API_URL of a simulated GitHub, GITHUB_EVENT_NAME, …). */
  env?: NodeJS.ProcessEnv;
  entry?: string;
  /** Extra node flags (profiling in benchmarks). */
  nodeArgs?: string[];
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { workspace } = options;
  const runnerTemp = await mkdtemp(join(workspace.root, 'runner-'));
  const summaryFile = join(runnerTemp, 'step-summary.md');
  const outputFile = join(runnerTemp, 'output.txt');
  await writeFile(summaryFile, '');
  await writeFile(outputFile, '');
  const inputEnv: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(options.inputs)) inputEnv[`INPUT_${name.toUpperCase()}`] = value;
  const env: NodeJS.ProcessEnv = {
    ...workspace.env,
    ...options.awsEnv,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace.repo,
    GITHUB_REPOSITORY: 'example-team/aws-backup',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
    ...inputEnv,
  };
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry ?? ACTION_ENTRY], { cwd: workspace.repo, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code: number = await new Promise((resolveCode, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolveCode(c ?? 1));
  });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const summary = await readFile(summaryFile, 'utf8');
  let report: unknown;
  if (outputs.report) {
    try {
      report = JSON.parse(await readFile(outputs.report, 'utf8'));
    } catch {
      report = undefined;
    }
  }
  return { code, stdout, stderr, outputs, summary, report };
}
