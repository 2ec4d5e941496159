/**
 * Regenerates template/iam/ from the all-features example config:
 *   npx vite-node scripts/gen-template-iam.ts
 * (a test fails when the committed files differ from what this writes).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { templateIamFiles } from '../test/iam/support.js';

const root = join(import.meta.dirname, '..');
for (const [name, text] of Object.entries(await templateIamFiles(root))) {
  await writeFile(join(root, 'template/iam', name), text);
  process.stdout.write(`wrote template/iam/${name}\n`);
}
