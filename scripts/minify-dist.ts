/**
 * The last step of `npm run build`: makes the ncc bundles in dist/ quick to start, since the
 * action's first AWS call waits for Node to parse the chunks it loads.
 *
 * - Every module of a chunk becomes a parenthesized function expression instead of an arrow
 *   function. V8 compiles such a function together with its chunk, as one likely to be called,
 *   instead of pre-parsing it there and parsing it a second time when the module is first
 *   required. ncc writes arrows only for modules that do not use `this`, and the runtime calls
 *   every module with `this` set to its exports, so the modules behave the same.
 * - esbuild then minifies each chunk: less text to parse.
 *
 * Both are deterministic, so CI's rebuild of dist/ still equals the committed one.
 * Usage: vite-node scripts/minify-dist.ts <dir>
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

/** How ncc (webpack) opens a module written as an arrow: `/***\/ ((module, exports, require) => {`. */
const ARROW_MODULE = /^\/\*\*\*\/ \(\(([^()\n]*)\) => \{$/gm;

function modulesAsFunctions(chunk: string): string {
  return chunk.replace(ARROW_MODULE, '/***/ (function ($1) {');
}

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name)).sort();
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: vite-node scripts/minify-dist.ts <dir>');
for (const file of await jsFiles(dir)) {
  const { code } = await transform(modulesAsFunctions(await readFile(file, 'utf8')), {
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'inline',
  });
  await writeFile(file, code);
}
