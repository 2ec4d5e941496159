/**
 * The config is parsed once per run, so zod must not compile fast paths for it (`new Function`
 * costs more start-up time than it saves). zod reads its jitless setting as it builds each
 * object schema, so the setting has to be made before the first schema module is evaluated:
 * this file loads the config modules itself, from a zod left at its default.
 */
import { fileURLToPath } from 'node:url';
import { config } from 'zod';
import { expect, it } from 'vitest';

it('parses a config without compiling code: every schema is built with zod jitless (src/config/jitless.ts)', async () => {
  config({ jitless: false });
  const { loadConfig } = await import('../../src/config/load.js');
  const original = globalThis.Function;
  let compiled = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      compiled++;
      return Reflect.construct(target, args);
    },
  });
  try {
    await loadConfig(fileURLToPath(new URL('./fixtures/full.yml', import.meta.url)));
  } finally {
    globalThis.Function = original;
  }
  expect(compiled).toBe(0);
});
