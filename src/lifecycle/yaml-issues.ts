/**
 * Positions for problems found outside the config loader: in a `rules-file`, or in the
 * config itself when the problem needs more than the schema knows (an account name, a file
 * that is missing). A key path is followed through the YAML document to its node.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { z } from 'zod';
import { closest, describeValue, formatPath } from '../config/errors.js';
import type { ConfigIssue } from '../config/errors.js';

export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  file: string;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  return { doc, lineCounter, file };
}

/** YAML syntax errors of the document, located. */
export function syntaxIssues(parsed: ParsedYaml): ConfigIssue[] {
  return parsed.doc.errors.map((error) => {
    const { line, col } = parsed.lineCounter.linePos(error.pos[0]);
    const text = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { file: parsed.file, line, column: col, path: '', message: `YAML syntax error: ${text}` };
  });
}

interface Target {
  node: unknown;
  /** The key of the last mapping entry on the path, if the path ends in one. */
  key?: unknown;
  /** True when the whole path exists. */
  exists: boolean;
}

function findPair(map: unknown, key: string): Pair | undefined {
  return isMap(map) ? map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key) : undefined;
}

function follow(doc: Document, path: readonly PropertyKey[]): Target {
  let node: unknown = doc.contents;
  let key: unknown;
  for (const segment of path) {
    if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      key = undefined;
      continue;
    }
    const pair = findPair(node, String(segment));
    if (!pair) return { node, key, exists: false };
    node = pair.value;
    key = pair.key;
  }
  return { node, key, exists: true };
}

/** An issue at `path`: the value there, the key for an empty value, the nearest parent otherwise. */
export function issueAt(parsed: ParsedYaml, path: readonly PropertyKey[], message: string, atKey = false): ConfigIssue {
  const target = follow(parsed.doc, path);
  const range = (target.node as Node | null)?.range;
  const keyStart = (target.key as Node | null)?.range?.[0];
  const valueStart = range && range[1] > range[0] ? range[0] : undefined;
  const offset = (atKey ? (keyStart ?? valueStart) : (valueStart ?? keyStart)) ?? 0;
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file: parsed.file, line, column: col, path: formatPath(path), message };
}

/** Zod issues (from a schema whose messages are mostly its own) as located config issues. */
export function zodIssues(parsed: ParsedYaml, issues: readonly z.core.$ZodIssue[], knownKeys: readonly string[]): ConfigIssue[] {
  return issues.flatMap((issue) => {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const hint = closest(key, knownKeys);
        return issueAt(parsed, [...path, key], `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/lifecycle.md for the rule format`, true);
      });
    }
    const target = follow(parsed.doc, path);
    const value = isScalar(target.node) ? target.node.value : (target.node as { toJSON?: () => unknown } | null)?.toJSON?.();
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      message = target.exists ? `expected ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, found ${describeValue(value)}` : `missing required key "${String(path.at(-1))}"`;
    } else if (issue.code === 'invalid_value' && /^Invalid (option|input)/.test(issue.message)) {
      const allowed = issue.values.map(String);
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      message = `found ${describeValue(value)}; allowed values: ${allowed.join(', ')}${hint ? ` (did you mean "${hint}"?)` : ''}`;
    }
    return [issueAt(parsed, path, message)];
  });
}
