/**
 * Reads `aws-backup.yml`: YAML → validated Config, or one ConfigError that lists every
 * problem with file:line:column, key path, what was found and how to fix it.
 *
 * Zod reports problems by key path; the YAML document (parsed with a LineCounter) maps each
 * path back to a position: the value for a wrong value, the key for an unknown key, the
 * parent for a missing key.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLError } from 'yaml';
import type { z } from 'zod';
import { ConfigError, closest, describeValue, formatPath } from './errors.js';
import type { ConfigIssue } from './errors.js';
import { configSchema } from './schema.js';
import type { Config } from './schema.js';
import { isUnclosedFlowError, unclosedFlowStart } from './yaml-flow.js';

/** Where the action and the CLI look when no path is given. */
export const DEFAULT_CONFIG_PATH = 'aws-backup.yml';

/** `shownAs` names the file in messages (e.g. its path in the repository); default `path`. */
export async function loadConfig(path: string, shownAs = path): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `config file not found (looked for ${resolve(path)}); create it, or point the action's "config" input (--config in the CLI) at it`
        : code === 'EISDIR'
          ? `is a directory, not a config file; point the action's "config" input (--config in the CLI) at the YAML file`
          : `cannot read the config file: ${(error as Error).message}`;
    throw new ConfigError([{ file: shownAs, line: 0, column: 0, path: '', message }]);
  }
  return parseConfig(text, shownAs);
}

export function parseConfig(text: string, fileName: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number, path: string, message: string): ConfigIssue => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: fileName, line, column: col, path, message };
  };

  const yamlIssues = [
    ...doc.errors.map((error) => yamlErrorIssue(doc, text, error, at, lineCounter)),
    ...unresolvedAliasIssues(doc, at),
  ];
  if (yamlIssues.length > 0) throw new ConfigError(yamlIssues);

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    throw new ConfigError([at(0, '', 'the file is empty; it needs at least "version: 1" and "regions: [us-east-1]"')]);
  }
  if (!isMap(root)) {
    const found = isSeq(root) ? 'a list' : describeValue(isScalar(root) ? root.value : undefined);
    throw new ConfigError([
      at(root.range?.[0] ?? 0, '', `the top level must be a mapping of keys (version, regions, export, …), found ${found}`),
    ]);
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // e.g. aliases nested so deeply that expanding them looks like a resource-exhaustion attack
    throw new ConfigError([at(0, '', `cannot read the YAML: ${(error as Error).message}; simplify the anchors and aliases`)]);
  }
  const result = configSchema.safeParse(data, { error: () => GENERIC });
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.flatMap((issue) => zodIssueToConfigIssues(doc, issue, at)));
}

type At = (offset: number, path: string, message: string) => ConfigIssue;

// ---------------------------------------------------------------------------------------
// YAML syntax problems

function yamlErrorIssue(doc: Document, text: string, error: YAMLError, at: At, lineCounter: LineCounter): ConfigIssue {
  const flowStart = isUnclosedFlowError(error.message) ? unclosedFlowStart(text, error.pos[0]) : undefined;
  if (flowStart !== undefined) {
    const bracket = text[flowStart]!;
    const close = bracket === '{' ? '}' : ']';
    const message = `YAML syntax error: the "${bracket}" opened here is never closed; end it with "${close}" on this line, or write the value as an indented block`;
    return at(flowStart, formatPath(pathAtOffset(doc, flowStart, false)), message);
  }
  const offset = error.pos[0];
  let path: (string | number)[];
  if (error.code === 'MULTIPLE_DOCS') path = [];
  else if (error.code === 'DUPLICATE_KEY') path = pathAtOffset(doc, offset, true);
  // Tab errors point at the whitespace before a key; that key names the place.
  else if (error.code === 'TAB_AS_INDENT') path = pathAtOffset(doc, offset + (/^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0), true);
  // After a syntax error the parse from the error on is a guess: name only keys begun before it.
  else path = pathAtOffset(doc, offset, false);
  const where = formatPath(path);
  // prettyErrors appends " at line L, column C:" and a code frame; the location is ours to print.
  const yamlText = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  let message: string;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = path[path.length - 1];
      const first = firstKeyOffset(doc, path.slice(0, -1), String(key));
      const firstLine = first === undefined ? '' : ` (first at line ${lineCounter.linePos(first).line})`;
      message = `duplicate key "${String(key)}"${firstLine}; a key may appear only once in a mapping, so merge or remove one`;
      break;
    }
    case 'TAB_AS_INDENT':
      message = 'a tab is used for indentation; YAML allows only spaces there, so replace the tab with spaces';
      break;
    case 'MULTIPLE_DOCS':
      message = 'the file holds more than one YAML document ("---"); keep a single document';
      break;
    default:
      message = `YAML syntax error: ${yamlText}`;
  }
  return at(offset, where, message);
}

function unresolvedAliasIssues(doc: Document, at: At): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  visit(doc, {
    Alias(_key, alias) {
      if (alias.resolve(doc) === undefined) {
        const offset = alias.range?.[0] ?? 0;
        const message = `alias "*${alias.source}" refers to no anchor "&${alias.source}"; define the anchor before it or remove the alias`;
        issues.push(at(offset, formatPath(pathAtOffset(doc, offset, false)), message));
      }
    },
  });
  return issues;
}

// ---------------------------------------------------------------------------------------
// Mapping zod issues to positions and words

/** Per-parse fallback message: marks issues the loader words itself (schema messages win). */
const GENERIC = '\u0000generic';

function zodIssueToConfigIssues(doc: Document, issue: z.core.$ZodIssue, at: At): ConfigIssue[] {
  const path = issue.path as (string | number)[];

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path);
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      const target = locate(doc, keyPath);
      const hint = closest(key, allowed);
      const message =
        `unknown key "${key}"; allowed keys: ${allowed.join(', ')}` + (hint ? ` (did you mean "${hint}"?)` : '');
      return at(target.keyOffset ?? target.offset, formatPath(keyPath), message);
    });
  }

  const target = locate(doc, path);
  if (!target.exists) {
    const key = path[path.length - 1];
    const message =
      issue.message !== GENERIC
        ? issue.message
        : `missing required key "${String(key)}"` + describeField(path);
    return [at(target.offset, formatPath(path), message)];
  }
  const message = issue.message !== GENERIC ? issue.message : genericMessage(issue, target.value);
  return [at(target.offset, formatPath(path), message)];
}

function genericMessage(issue: z.core.$ZodIssue, value: unknown): string {
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedWords(issue.expected)}, found ${found}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
      return `found ${found}; allowed values: ${allowed.join(', ')}` + (hint ? ` (did you mean "${hint}"?)` : '');
    }
    case 'too_small':
      if (issue.origin === 'number') {
        return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}, found ${String(value)}`;
      }
      return `must have at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'entries' : 'characters'}, found ${found}`;
    case 'too_big':
      if (issue.origin === 'number') {
        return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, found ${String(value)}`;
      }
      return `must have at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'entries' : 'characters'}, found ${found}`;
    case 'invalid_format':
      return `found ${found}, which does not match the expected format${'pattern' in issue && issue.pattern ? ` ${String(issue.pattern)}` : ''}`;
    default:
      return `invalid value ${found}`;
  }
}

function expectedWords(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${expected}`;
  }
}

// ---------------------------------------------------------------------------------------
// Schema walking: allowed keys and help text at a key path

type AnyDef = { type: string; innerType?: ZodLike; in?: ZodLike; element?: ZodLike; shape?: Record<string, ZodLike>; options?: ZodLike[] };
type ZodLike = { _zod: { def: AnyDef; innerType?: ZodLike }; description?: string };

/** The schema a z.lazy stands for (built on first use, then kept), or the schema itself. */
function built(schema: ZodLike): ZodLike {
  return schema._zod.def.type === 'lazy' ? built(schema._zod.innerType!) : schema;
}

/** Strips wrappers (optional, default, pipe, …) to the schema that holds the structure. */
function unwrap(schema: ZodLike): ZodLike {
  let current = built(schema);
  for (;;) {
    const def = current._zod.def;
    // A union (e.g. a number or a mapping) is walked through its mapping.
    const next =
      def.innerType ??
      (def.type === 'pipe' ? def.in : undefined) ??
      (def.type === 'union' ? def.options?.find((o) => unwrap(o)._zod.def.type === 'object') : undefined);
    if (!next) return current;
    current = built(next);
  }
}

function schemaAt(path: readonly (string | number)[]): ZodLike | undefined {
  let current: ZodLike | undefined = configSchema as unknown as ZodLike;
  for (const segment of path) {
    if (!current) return undefined;
    const def: AnyDef = unwrap(current)._zod.def;
    current = def.type === 'array' ? def.element : def.type === 'object' ? def.shape?.[String(segment)] : undefined;
  }
  return current && built(current);
}

function allowedKeys(path: readonly (string | number)[]): string[] {
  const schema = schemaAt(path);
  const shape = schema && unwrap(schema)._zod.def.shape;
  return shape ? Object.keys(shape) : [];
}

function describeField(path: readonly (string | number)[]): string {
  const description = schemaAt(path)?.description;
  return description ? ` (${description})` : '';
}

// ---------------------------------------------------------------------------------------
// YAML document walking

interface Located {
  exists: boolean;
  /** Where to point: the value, or for a missing key the parent's key (or the parent). */
  offset: number;
  /** The key node's offset when the path ends in a mapping key. */
  keyOffset?: number;
  value: unknown;
}

function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function start(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function findPair(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/** Follows a zod path through the YAML document. */
function locate(doc: Document, path: readonly (string | number)[]): Located {
  let node: unknown = doc.contents;
  let keyOffset: number | undefined;
  for (const segment of path) {
    const collection = deref(doc, node);
    const parentOffset = keyOffset ?? start(collection) ?? 0;
    let next: unknown;
    let nextKeyOffset: number | undefined;
    if (isMap(collection)) {
      const pair = findPair(collection, String(segment));
      if (!pair) return { exists: false, offset: parentOffset, value: undefined };
      next = pair.value;
      nextKeyOffset = start(pair.key);
    } else if (isSeq(collection) && typeof segment === 'number' && segment < collection.items.length) {
      next = collection.items[segment];
    } else {
      return { exists: false, offset: parentOffset, value: undefined };
    }
    node = next;
    keyOffset = nextKeyOffset;
  }
  const value = deref(doc, node);
  const range = (value as Node | null)?.range;
  // An empty value (`bucket:`) has an empty range right after the colon; the key reads better.
  const offset = range && range[1] > range[0] ? range[0] : (keyOffset ?? range?.[0] ?? 0);
  return {
    exists: true,
    offset,
    ...(keyOffset !== undefined && { keyOffset }),
    value: isScalar(value) ? value.value : (value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? value,
  };
}

/**
 * The key path of the innermost node around `offset`, for YAML errors that carry only a
 * position. `keyAtOffset` decides whether a key starting exactly there counts.
 */
function pathAtOffset(doc: Document, offset: number, keyAtOffset: boolean): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      // Last match wins so a duplicate key resolves to the duplicate, not the first one.
      const pair = [...node.items].reverse().find((p) => {
        const from = start(p.key);
        const to = (p.value as Node | null)?.range?.[2] ?? (p.key as Node | null)?.range?.[2];
        return from !== undefined && to !== undefined && (keyAtOffset ? from <= offset : from < offset) && offset <= to;
      });
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => {
        const range = (item as Node | null)?.range;
        return range != null && range[0] <= offset && offset <= range[2];
      });
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}

function firstKeyOffset(doc: Document, parentPath: readonly (string | number)[], key: string): number | undefined {
  let node: unknown = doc.contents;
  for (const segment of parentPath) {
    node = typeof segment === 'number' && isSeq(node) ? node.items[segment] : findPair(node, String(segment))?.value;
  }
  return start(findPair(node, key)?.key);
}
