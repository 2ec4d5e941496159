/**
 * Deterministic YAML writer for the export files.
 *
 * Output depends only on the value: keys keep the order they were given in (exporters fix
 * the order per object), lines are never folded, and every string is written in the most
 * readable style that reads back as exactly the same string under both YAML 1.2 (core
 * schema) and YAML 1.1 parsers — so `yes`, `NO`, `0123`, `1e3`, `12:30`, `null`, `*...`
 * and friends are quoted, and TXT values with quotes and backslashes survive unchanged.
 */

export type YamlScalar = string | number | boolean | null;
/** A mapping; a `Map` keeps any key order, a plain object keeps insertion order. */
export type YamlMap = ReadonlyMap<string, YamlValue> | { readonly [key: string]: YamlValue };
/** `undefined` entries of a mapping are left out (handy for optional fields). */
export type YamlValue = YamlScalar | undefined | readonly YamlValue[] | YamlMap;

const INDENT = '  ';

/**
 * Renders a document whose root is a mapping. `header` lines become `# ...` comments at the
 * top; keep them constant, or the files stop being byte-identical for the same state.
 */
export function renderYaml(root: YamlMap, options: { header?: readonly string[] } = {}): string {
  const lines: string[] = [];
  for (const line of options.header ?? []) {
    if (/[\r\n]/.test(line)) throw new Error('renderYaml: a header line must not contain a line break');
    lines.push(line === '' ? '#' : `# ${line}`);
  }
  const body = entriesOf(root);
  if (body.length === 0) lines.push('{}');
  else renderMapLines(body, 0, lines);
  return `${lines.join('\n')}\n`;
}

/** One scalar as it appears after `key: ` or `- `. */
export function renderScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`renderYaml: cannot write the number ${value}`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  return quoteString(value);
}

/** Plain when safe, else single-quoted when printable, else double-quoted with escapes. */
export function quoteString(s: string): string {
  if (isPlainSafe(s)) return s;
  if (isSingleQuoteSafe(s)) return `'${s.replaceAll("'", "''")}'`;
  return doubleQuoted(s);
}

// Characters allowed in a plain scalar. Deliberately narrow: everything outside (`#`, `&`,
// `*`, `!`, `|`, `>`, `'`, `"`, `%`, `@` first, `` ` ``, `[]{}`, `?`, tabs...) is quoted.
const PLAIN = /^[A-Za-z0-9_./(][A-Za-z0-9_./()@:+=, -]*$/;

/** Strings a YAML 1.1 or 1.2 parser would read as something other than that string. */
const AMBIGUOUS: readonly RegExp[] = [
  /^(y|yes|n|no|true|false|on|off|null)$/i, // booleans and null of YAML 1.1 and 1.2
  /^[-+]?[0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?$/, // ints, floats, 0123, 1e3, 1_000, `.`, `e5`
  /^[-+]?0[xXoObB][0-9a-fA-F_]*$/, // hex, octal, binary
  /^[-+]?[0-9][0-9_]*(:[0-9_]+)+(\.[0-9_]*)?$/, // YAML 1.1 sexagesimal (12:30)
  /^[-+]?\.(inf|nan)$/i,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/, // YAML 1.1 timestamps
  /^=$/, // YAML 1.1 value key
  /^\.\.\./, // document end marker
];

/** Whether `s` may be written plain: it then reads back as exactly `s` (yaml-read.ts relies on it). */
export function isPlainSafe(s: string): boolean {
  if (!PLAIN.test(s)) return false;
  // `: ` starts a mapping value, a trailing `:` too; trailing spaces would be trimmed.
  if (s.includes(': ') || s.endsWith(':') || s.endsWith(' ')) return false;
  return !AMBIGUOUS.some((re) => re.test(s));
}

/** Single quotes keep everything literally except line breaks (folded) and non-printables. */
function isSingleQuoteSafe(s: string): boolean {
  for (const ch of s) {
    if (needsEscape(ch) || ch === '\t') return false;
  }
  return true;
}

/** Characters YAML does not allow raw in a stream, line breaks, and look-alike breaks. */
function needsEscape(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  if (c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
  if (c >= 0xd800 && c <= 0xdfff) return true; // a lone surrogate (pairs iterate as one char)
  return c === 0xfffe || c === 0xffff;
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const named = NAMED_ESCAPES[ch];
    if (named) out += named;
    else if (needsEscape(ch)) {
      const c = ch.codePointAt(0) as number;
      out += c <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
    } else out += ch;
  }
  return `${out}"`;
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

function entriesOf(map: YamlMap): [string, YamlValue][] {
  const all = map instanceof Map ? [...map.entries()] : Object.entries(map);
  return all.filter(([, v]) => v !== undefined);
}

function isMap(value: YamlValue): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function renderMapLines(entries: [string, YamlValue][], depth: number, lines: string[]): void {
  const pad = INDENT.repeat(depth);
  for (const [key, value] of entries) {
    const head = `${pad}${quoteString(key)}:`;
    renderNested(head, value, depth, lines);
  }
}

/** Writes `head` (`key:` or `-`) followed by the value, inline when scalar or empty. */
function renderNested(head: string, value: YamlValue, depth: number, lines: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) lines.push(`${head} []`);
    else {
      lines.push(head);
      renderListLines(value, depth + 1, lines);
    }
  } else if (isMap(value)) {
    const entries = entriesOf(value);
    if (entries.length === 0) lines.push(`${head} {}`);
    else {
      lines.push(head);
      renderMapLines(entries, depth + 1, lines);
    }
  } else {
    lines.push(`${head} ${renderScalar(value as YamlScalar)}`);
  }
}

function renderListLines(items: readonly YamlValue[], depth: number, lines: string[]): void {
  const pad = INDENT.repeat(depth);
  for (const item of items) {
    if (item === undefined) throw new Error('renderYaml: a list item cannot be undefined');
    const entries = isMap(item) ? entriesOf(item) : undefined;
    if (entries && entries.length > 0) {
      // `- first: x` then the other keys aligned under `first`.
      const start = lines.length;
      renderMapLines(entries, depth + 1, lines);
      lines[start] = `${pad}- ${(lines[start] as string).slice(pad.length + INDENT.length)}`;
    } else {
      renderNested(`${pad}-`, item, depth, lines);
    }
  }
}
