import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runtime from '../../src/github/actions-runtime.js';
import { parseOutputFile } from '../support/action.js';

/** What a function writes to stdout. */
function stdoutOf(run: () => void): string {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const awkward = 'line one\nline two\r\n100% done: a, b :: c';

describe('the action runtime writes what @actions/core writes', () => {
  let exitCode: typeof process.exitCode;
  beforeEach(() => {
    exitCode = process.exitCode;
  });
  afterEach(() => {
    process.exitCode = exitCode;
    vi.unstubAllEnvs();
  });

  it('log lines, warnings and errors with their escaped message and properties, byte for byte', () => {
    const props = { title: 'snapshots: a, b', file: 'aws-backup.yml', startLine: 12, startColumn: 3 };
    expect(stdoutOf(() => runtime.info(awkward))).toBe(stdoutOf(() => core.info(awkward)));
    expect(stdoutOf(() => runtime.warning(awkward))).toBe(stdoutOf(() => core.warning(awkward)));
    expect(stdoutOf(() => runtime.warning(awkward, { title: 'x: y' }))).toBe(stdoutOf(() => core.warning(awkward, { title: 'x: y' })));
    const ours = stdoutOf(() => runtime.error(awkward, props));
    expect(ours).toBe(stdoutOf(() => core.error(awkward, props)));
    expect(ours).toBe('::error title=snapshots%3A a%2C b,file=aws-backup.yml,line=12,col=3::line one%0Aline two%0D%0A100%25 done: a, b :: c\n');
  });

  it('setFailed writes the error and fails the step', () => {
    expect(stdoutOf(() => runtime.setFailed('it broke'))).toBe('::error::it broke\n');
    expect(process.exitCode).toBe(1);
  });

  it('reads inputs as the runner passes them: INPUT_<NAME>, spaces as underscores, trimmed', () => {
    vi.stubEnv('INPUT_DRY-RUN', '  true \n');
    vi.stubEnv('INPUT_GITHUB_TOKEN', 'secret');
    expect(runtime.getInput('dry-run')).toBe(core.getInput('dry-run'));
    expect(runtime.getInput('dry-run')).toBe('true');
    expect(runtime.getInput('github token')).toBe('secret');
    expect(runtime.getInput('missing')).toBe('');
  });

  it('outputs: a delimited block per output in $GITHUB_OUTPUT, read back whole even when the value spans lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outputs-'));
    try {
      const file = join(dir, 'output.txt');
      await writeFile(file, '');
      vi.stubEnv('GITHUB_OUTPUT', file);
      runtime.setOutput('report', '/tmp/report.json');
      runtime.setOutput('summary', awkward);
      const text = await readFile(file, 'utf8');
      expect(text).toMatch(/^report<<ghadelimiter_[0-9a-f-]{36}\n\/tmp\/report\.json\nghadelimiter_[0-9a-f-]{36}\n/);
      expect(parseOutputFile(text)).toEqual({ report: '/tmp/report.json', summary: awkward });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('without $GITHUB_OUTPUT, falls back to the set-output command as @actions/core does', () => {
    vi.stubEnv('GITHUB_OUTPUT', '');
    expect(stdoutOf(() => runtime.setOutput('changed', 'true'))).toBe(stdoutOf(() => core.setOutput('changed', 'true')));
  });

  it('appends the job summary with a line end, keeping what was there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summary-'));
    try {
      const file = join(dir, 'summary.md');
      await writeFile(file, '# earlier step\n');
      await runtime.appendSummary(file, '## ours');
      expect(await readFile(file, 'utf8')).toBe('# earlier step\n## ours\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
