/**
 * Query-protocol helpers the ELB classic and ELBv2 handlers add to xml.ts: typed request
 * parameters (numbers, booleans, maps), map-aware result rendering, marker paging and the
 * list-length validation error. Lists travel as `Name.member.N`, maps as
 * `Name.entry.N.key/value`, both ways.
 */
import { decodeQueryParams, escapeXml, queryResponse } from './xml.js';
import { SimError } from './types.js';
import type { SimResponse } from './types.js';

/** A decoded query parameter: a string, a list, or a structure (or map) of them. */
export type QueryValue = string | QueryValue[] | { [key: string]: QueryValue };
export type QueryParams = Record<string, QueryValue>;

/** Reads `Action`, `Version` and the remaining parameters of a query-protocol body. */
export function parseQueryBody(body: Buffer | string): { action?: string; version?: string; params: QueryParams } {
  const form = new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'));
  const action = form.get('Action') ?? undefined;
  const version = form.get('Version') ?? undefined;
  form.delete('Action');
  form.delete('Version');
  return { action, version, params: withMaps(decodeQueryParams(form)) as QueryParams };
}

/** xml.ts decodes `M.entry.1.key=k&M.entry.1.value=v` as `{M: {entry: [{key, value}]}}`; maps become `{M: {k: v}}`. */
function withMaps(node: unknown): QueryValue {
  if (Array.isArray(node)) return node.map(withMaps);
  if (typeof node !== 'object' || node === null) return node as string;
  const obj = node as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === 'entry' && Array.isArray(obj.entry)) {
    const map: Record<string, QueryValue> = {};
    for (const e of obj.entry as Record<string, unknown>[]) map[String(e.key)] = withMaps(e.value);
    return map;
  }
  return Object.fromEntries(keys.map((k) => [k, withMaps(obj[k])]));
}

/** Field names whose values are numbers or booleans on the wire; everything else stays a string. */
export interface QueryTypes {
  numbers: ReadonlySet<string>;
  booleans: ReadonlySet<string>;
  /** Structures under which every field stays a string (e.g. RedirectConfig.Port). */
  stringsUnder?: ReadonlySet<string>;
}

/** Converts the string leaves of decoded parameters to the types the API shapes declare. */
export function typed<T = Record<string, unknown>>(value: QueryValue, types: QueryTypes, field = '', stringsOnly = false): T {
  if (Array.isArray(value)) return value.map((v) => typed(v, types, field, stringsOnly)) as T;
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const inner = stringsOnly || (types.stringsUnder?.has(field) ?? false);
    for (const [k, v] of Object.entries(value)) out[k] = typed(v, types, k, inner);
    return out as T;
  }
  if (stringsOnly) return value as T;
  if (types.numbers.has(field)) {
    const n = Number(value);
    if (value === '' || !Number.isFinite(n)) {
      throw new SimError('ValidationError', `Value '${value}' at '${lowerFirst(field)}' failed to satisfy constraint: Member must be a number`);
    }
    return n as T;
  }
  if (types.booleans.has(field)) return (value === 'true') as T;
  return value as T;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A list parameter; the SDK sends an empty list as `Name=` (an empty string). */
export function listParam<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Renders a value in the query protocol's XML: arrays as `<member>` lists, Dates in ISO 8601,
 * structures field by field; `mapFields` names the structures that are maps (`<entry>`),
 * which xml.ts's `element` does not know about.
 */
export function queryXml(name: string, value: unknown, mapFields: ReadonlySet<string> = new Set()): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return `<${name}/>`;
    return `<${name}>${value.map((v) => queryXml('member', v, mapFields)).join('')}</${name}>`;
  }
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (mapFields.has(name)) {
      const body = entries.map(([k, v]) => `<entry><key>${escapeXml(k)}</key>${queryXml('value', v, mapFields)}</entry>`).join('');
      return `<${name}>${body}</${name}>`;
    }
    return `<${name}>${entries.map(([k, v]) => queryXml(k, v, mapFields)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** A successful query-protocol response carrying `result`'s fields. */
export function queryResult(action: string, xmlns: string, result: Record<string, unknown> = {}, mapFields?: ReadonlySet<string>): SimResponse {
  const inner = Object.entries(result).map(([k, v]) => queryXml(k, v, mapFields)).join('');
  return queryResponse(action, xmlns, inner);
}

/**
 * Marker-based paging shared by the describe calls: the marker is an opaque token holding
 * the offset of the next item; PageSize must lie in 1..maxPageSize like AWS.
 */
export function page<T>(items: T[], marker: unknown, pageSize: unknown, maxPageSize = 400): { items: T[]; nextMarker?: string } {
  let size = maxPageSize;
  if (pageSize !== undefined) {
    size = Number(pageSize);
    if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
      throw new SimError(
        'ValidationError',
        `1 validation error detected: Value '${String(pageSize)}' at 'pageSize' failed to satisfy constraint: Member must have value between 1 and ${maxPageSize}`,
      );
    }
  }
  let start = 0;
  if (typeof marker === 'string' && marker !== '') {
    const decoded = /^offset:(\d+)$/.exec(Buffer.from(marker, 'base64').toString('utf8'));
    if (!decoded) throw new SimError('ValidationError', 'Invalid Marker');
    start = Number(decoded[1]);
  }
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? Buffer.from(`offset:${start + size}`).toString('base64') : undefined;
  return next === undefined ? { items: slice } : { items: slice, nextMarker: next };
}

/** AWS's message when a list parameter holds more members than allowed (DescribeTags: 20). */
export function tooManyMembers(param: string, count: number, max: number): SimError {
  return new SimError(
    'ValidationError',
    `1 validation error detected: Value '[…${count} items]' at '${lowerFirst(param)}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
  );
}
