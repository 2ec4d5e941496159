/**
 * Field tables: a small codec layer shared by the Route 53 zone and health-check files. Each
 * API field has one entry (SDK name → kebab-case key, how to render and parse it), so both
 * directions of a file format come from one table, and parse errors name file and line.
 */
import {
  isMap as isYamlMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
} from 'yaml';
import type { Tag } from '@aws-sdk/client-route-53';
import type { YamlMap, YamlValue } from './yaml.js';
import { readCanonicalYaml } from './yaml-read.js';

/** A user-fixable problem in an export file: names the file and line. */
export class ExportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFileError';
  }
}

export interface RenderContext {
  /** Live health-check id → stable name (as the health-check file names them); absent when not exported. */
  healthCheckNames?: ReadonlyMap<string, string>;
}

export interface ParseContext {
  /** File name used in error messages. */
  source: string;
  lines: LineCounter;
  /**
   * Stable health-check name → current id, to turn references back into ids. The files hold
   * no health-check ids: the caller passes the live mapping (names of the live checks, named
   * as the export names them). Within the health-check file itself, name → name.
   */
  healthCheckIds?: ReadonlyMap<string, string>;
}

/** How one API field is written and read back. `keys[0]` is the usual key. */
export interface Field<T> {
  keys: readonly string[];
  required?: boolean;
  render(value: T, ctx: RenderContext): [key: string, value: YamlValue];
  parse(key: string, node: YamlNode | null, ctx: ParseContext): T;
}

export interface Codec<T> {
  render(value: T, ctx: RenderContext): YamlValue;
  parse(node: YamlNode | null, ctx: ParseContext): T;
}

/** One entry per API field, in the order the keys are written. */
export type FieldTable<T> = { readonly [K in keyof Required<T>]-?: Field<NonNullable<T[K]>> };

export function field<T>(key: string, codec: Codec<T>, required = false): Field<T> {
  return {
    keys: [key],
    required,
    render: (value, ctx) => [key, codec.render(value, ctx)],
    parse: (_key, node, ctx) => codec.parse(node, ctx),
  };
}

export function where(node: YamlNode | null | undefined, ctx: ParseContext): string {
  const offset = node?.range?.[0];
  if (offset === undefined) return ctx.source;
  return `${ctx.source}:${ctx.lines.linePos(offset).line}`;
}

export function fail(node: YamlNode | null, ctx: ParseContext, message: string): never {
  throw new ExportFileError(`${where(node, ctx)}: ${message}`);
}

export const text: Codec<string> = {
  render: (value) => value,
  parse(node, ctx) {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    return fail(node, ctx, `expected text, found ${describe(node)} (quote it if it looks like a number or boolean)`);
  },
};

/**
 * Text typed as one of the SDK's string enums. Values are not checked against the enum:
 * AWS adds regions and types, and an older list here must not reject them.
 */
export function enumText<T extends string>(): Codec<T> {
  return text as Codec<string> as Codec<T>;
}

export const integer: Codec<number> = {
  render: (value) => value,
  parse(node, ctx) {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value)) return node.value;
    return fail(node, ctx, `expected a whole number, found ${describe(node)}`);
  },
};

export const decimal: Codec<number> = {
  render: (value) => value,
  parse(node, ctx) {
    if (isScalar(node) && typeof node.value === 'number') return node.value;
    return fail(node, ctx, `expected a number, found ${describe(node)}`);
  },
};

export const flag: Codec<boolean> = {
  render: (value) => value,
  parse(node, ctx) {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return fail(node, ctx, `expected true or false, found ${describe(node)}`);
  },
};

/** A list of strings, written sorted (Route 53 treats these as sets). */
export const sortedTexts: Codec<string[]> = {
  render: (value) => [...value].sort(compareText),
  parse: (node, ctx) => seqItems(node, ctx).map((item) => text.parse(item, ctx)),
};

export function object<T>(table: FieldTable<T>): Codec<T> {
  return {
    render: (value, ctx) => renderObject(table, value, ctx),
    parse: (node, ctx) => parseObject(table, node, ctx),
  };
}

export function sortedList<T>(codec: Codec<T>, sortKey: (item: T) => string): Codec<T[]> {
  return {
    render: (value, ctx) =>
      [...value].sort((a, b) => compareText(sortKey(a), sortKey(b))).map((item) => codec.render(item, ctx)),
    parse: (node, ctx) => seqItems(node, ctx).map((item) => codec.parse(item, ctx)),
  };
}

/** Tags as a map sorted by key; a tag without a value is written as `null`. */
export const tagMap: Codec<Tag[]> = {
  render(tags) {
    const sorted = [...tags].sort((a, b) => compareText(a.Key ?? '', b.Key ?? ''));
    return new Map(sorted.map((tag) => [tag.Key ?? '', tag.Value ?? null]));
  },
  parse(node, ctx) {
    if (!isYamlMap(node)) return fail(node, ctx, `expected a map of tag keys to values, found ${describe(node)}`);
    return node.items.map((pair) => {
      const key = text.parse(pair.key as YamlNode, ctx);
      const value = pair.value as YamlNode | null;
      if (value === null || (isScalar(value) && value.value === null)) return { Key: key };
      return { Key: key, Value: text.parse(value, ctx) };
    });
  },
};

/**
 * Renders the defined fields of `value` in table order. A field the table does not know
 * (a newer SDK) is an error rather than silent loss.
 */
export function renderObject<T>(table: FieldTable<T>, value: T, ctx: RenderContext): YamlMap {
  const out = new Map<string, YamlValue>();
  const fields = table as Record<string, Field<unknown>>;
  for (const name of Object.keys(value as object)) {
    if (!(name in fields) && (value as Record<string, unknown>)[name] !== undefined) {
      throw new Error(`cannot export field ${name}: this version does not know it (upgrade aws-backup-gitops)`);
    }
  }
  for (const [name, spec] of Object.entries(fields)) {
    const fieldValue = (value as Record<string, unknown>)[name];
    if (fieldValue === undefined) continue;
    const [key, rendered] = spec.render(fieldValue, ctx);
    out.set(key, rendered);
  }
  return out;
}

export function parseObject<T>(
  table: FieldTable<T>,
  node: YamlNode | null,
  ctx: ParseContext,
  ignoredKeys: readonly string[] = [],
): T {
  if (!isYamlMap(node)) return fail(node, ctx, `expected a map, found ${describe(node)}`);
  const fields = Object.entries(table as Record<string, Field<unknown>>);
  const byKey = new Map<string, [string, Field<unknown>]>();
  for (const entry of fields) for (const key of entry[1].keys) byKey.set(key, entry);
  const out: Record<string, unknown> = {};
  const seenKey: Record<string, string> = {};
  for (const pair of node.items) {
    const keyNode = pair.key as YamlNode;
    const key = text.parse(keyNode, ctx);
    if (ignoredKeys.includes(key)) continue;
    const entry = byKey.get(key);
    if (!entry) {
      const known = [...byKey.keys(), ...ignoredKeys].join(', ');
      return fail(keyNode, ctx, `unknown key "${key}"; expected one of: ${known}`);
    }
    const [name, spec] = entry;
    if (seenKey[name] !== undefined) {
      return fail(keyNode, ctx, `"${key}" and "${seenKey[name]}" set the same thing; keep only one`);
    }
    seenKey[name] = key;
    out[name] = spec.parse(key, pair.value as YamlNode | null, ctx);
  }
  for (const [name, spec] of fields) {
    if (spec.required && out[name] === undefined) {
      return fail(node, ctx, `missing required key "${spec.keys[0]}"`);
    }
  }
  // Table order, so parsed objects look like the SDK's.
  const ordered: Record<string, unknown> = {};
  for (const [name] of fields) if (out[name] !== undefined) ordered[name] = out[name];
  return ordered as T;
}

export function seqItems(node: YamlNode | null, ctx: ParseContext): (YamlNode | null)[] {
  if (!isSeq(node)) return fail(node, ctx, `expected a list, found ${describe(node)}`);
  return node.items as (YamlNode | null)[];
}

function describe(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isYamlMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'null' : `${typeof node.value} ${JSON.stringify(node.value)}`;
  return 'an unsupported YAML node';
}

/** Code-unit order: the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Parses a YAML export file into its node tree, turning syntax errors into one message
 * with file and line. Files as the writer wrote them take the fast reader (yaml-read.ts).
 */
export function readDocument(content: string, source: string): { root: YamlNode | null; lines: LineCounter } {
  // The fast reader fills `lines` only when it succeeds, so the parser can fill it otherwise.
  const lines = new LineCounter();
  const fast = readCanonicalYaml(content, lines);
  if (fast !== undefined) return { root: fast, lines };
  const doc = parseDocument(content, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    throw new ExportFileError(`${source}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
  }
  return { root: doc.contents as YamlNode | null, lines };
}

/** Reads the top-level map of a file, requiring exactly the given keys. */
export function topLevel(
  root: YamlNode | null,
  ctx: ParseContext,
  keys: readonly string[],
): Record<string, YamlNode | null> {
  if (!isYamlMap(root)) return fail(root, ctx, `expected a map with keys ${keys.join(', ')}`);
  const out: Record<string, YamlNode | null> = {};
  for (const pair of root.items) {
    const key = text.parse(pair.key as YamlNode, ctx);
    if (!keys.includes(key)) return fail(pair.key as YamlNode, ctx, `unknown key "${key}"; expected ${keys.join(', ')}`);
    out[key] = pair.value as YamlNode | null;
  }
  for (const key of keys) if (!(key in out)) return fail(root, ctx, `missing top-level key "${key}"`);
  return out;
}

