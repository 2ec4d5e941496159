/**
 * Regenerates template/iam/ from the all-features example config:
 *   npx vite-node scripts/gen-template-iam.ts
 * (a test fails when the committed files differ from what this writes).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { templateIamFiles } from '../test/iam/support.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'template/iam');
const files = await templateIamFiles(root);
await mkdir(dir, { recursive: true });
for (const name of await readdir(dir)) if (!(name in files)) await rm(join(dir, name));
for (const [name, text] of Object.entries(files)) {
  await writeFile(join(dir, name), text);
  process.stdout.write(`wrote template/iam/${name}\n`);
}
