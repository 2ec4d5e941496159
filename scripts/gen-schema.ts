/**
 * Writes schema/aws-backup.schema.json from the zod schema in src/config/schema.ts.
 * Run after changing the schema: `npx vite-node scripts/gen-schema.ts`
 * (test/config/json-schema.test.ts fails while the committed file is stale).
 */
import { writeFile } from 'node:fs/promises';
import { renderConfigJsonSchema } from '../src/config/schema.js';

const target = new URL('../schema/aws-backup.schema.json', import.meta.url);
await writeFile(target, renderConfigJsonSchema());
console.log('wrote schema/aws-backup.schema.json');
