/**
 * Rows of the config-error tests: a config text and the one problem it must be rejected with
 * (position, key path, words of the message), checked the same way for every row.
 */
import { expect } from 'vitest';
import type { ConfigIssue } from '../../src/config/errors.js';
import { issuesOf } from './config-issues.js';

export const FILE = 'aws-backup.yml';
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;
/** The two required lines; rows below build on them, so their own lines start at 3. */
export const BASE = ['version: 1', 'regions: [us-east-1]'];

export interface Row {
  name: string;
  text: string;
  line: number;
  column: number;
  path: string;
  says: string[];
}

export function rejectedAsRow({ text, line, column, path, says }: Row): void {
  const issues = issuesOf(text);
  expect(issues).toHaveLength(1);
  const [issue] = issues as [ConfigIssue];
  expect({ file: issue.file, line: issue.line, column: issue.column, path: issue.path }).toEqual({ file: FILE, line, column, path });
  for (const words of says) expect(issue.message).toContain(words);
}
