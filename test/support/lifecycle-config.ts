/**
 * Lifecycle configs for the validation tests: a config around a list of rules, the issues the
 * loader rejects it with, and where a problem on the line marked `#<` must point.
 */
import { ConfigError } from '../../src/config/errors.js';
import type { ConfigIssue } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';

export const HEADER = `version: 1
regions: [eu-west-1]
lifecycle:
  buckets:
    - name: logs-bucket
      rules:
`;
export const indent = (text: string, by: number): string =>
  text
    .trim()
    .split('\n')
    .map((line) => ' '.repeat(by) + line)
    .join('\n');

export function configWith(rules: string): string {
  return `${HEADER}${indent(rules, 8)}\n`;
}

export function issuesOf(text: string): readonly ConfigIssue[] {
  try {
    parseConfig(text, 'aws-backup.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

/** Line and column of `token` on the line marked `#<`. */
export function expectedPosition(text: string, token: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes('#<'));
  if (index < 0) throw new Error('test case has no #< marker');
  const column = lines[index]!.indexOf(token) + 1;
  if (column === 0) throw new Error(`token ${token} not on the marked line`);
  return { line: index + 1, column };
}

export const R = 'lifecycle.buckets[0].rules';
