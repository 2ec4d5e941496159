/** The problems a config text is rejected with (one ConfigError), for tests of config errors. */
import { expect } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import type { ConfigIssue } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';

export function issuesOf(text: string, file = 'aws-backup.yml'): ConfigIssue[] {
  try {
    parseConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).issues];
  }
  throw new Error('expected the config to be rejected');
}
