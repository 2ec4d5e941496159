/**
 * XML helpers shared by the simulator's REST-XML (Route 53, S3) and query-protocol (STS, ELB,
 * EC2, RDS) handlers: escaping, building elements from plain objects, parsing request bodies,
 * and the query-protocol response and error envelopes.
 */
import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { SimError, SimResponse } from './types.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be normalised away by the client's XML parser.
  '\r': '&#x0D;',
};

/**
 * How list members are named. Query protocols use `member` (EC2 `item`); REST-XML services
 * name each list's members (`HostedZones` → `HostedZone`). A function gets the list's own
 * element name; return value is the member element name.
 */
export type ItemName = string | ((listName: string) => string);

export interface ToXmlOptions {
  itemName?: ItemName;
}

/** One element: `<name>content</name>`, with `content` built by `toXml`. */
export function element(name: string, value: unknown, options: ToXmlOptions = {}): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const item = memberName(name, options.itemName);
    return `<${name}>${value.map((v) => element(item, v, options)).join('')}</${name}>`;
  }
  return `<${name}>${toXml(value, options)}</${name}>`;
}

/**
 * The content of an element: objects become child elements in key order (undefined keys are
 * left out), arrays become lists, dates ISO 8601, everything else escaped text.
 */
export function toXml(value: unknown, options: ToXmlOptions = {}): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v, options))
      .join('');
  }
  if (Array.isArray(value)) throw new Error('toXml: a list needs an element name; use element()');
  return escapeXml(String(value));
}

function memberName(listName: string, itemName: ItemName | undefined): string {
  if (itemName === undefined) return 'member';
  return typeof itemName === 'string' ? itemName : itemName(listName);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A whole XML document whose root element carries `xmlns`. */
export function xmlDocument(root: string, xmlns: string | undefined, content: string): string {
  const ns = xmlns ? ` xmlns="${escapeXml(xmlns)}"` : '';
  return `${XML_DECLARATION}<${root}${ns}>${content}</${root}>`;
}

export function xmlResponse(status: number, body: string, requestId = newRequestId()): SimResponse {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body,
  };
}

export function newRequestId(): string {
  return randomUUID();
}

/**
 * The query-protocol success envelope:
 * `<XResponse xmlns><XResult>…</XResult><ResponseMetadata><RequestId/></ResponseMetadata></XResponse>`.
 * `result` is an object (built with `toXml`) or an already-built XML string.
 */
export function queryResponse(
  action: string,
  xmlns: string,
  result: unknown,
  options: ToXmlOptions & { requestId?: string } = {},
): SimResponse {
  const requestId = options.requestId ?? newRequestId();
  const inner = typeof result === 'string' ? result : toXml(result, options);
  const body = xmlDocument(
    `${action}Response`,
    xmlns,
    `<${action}Result>${inner}</${action}Result>` +
      `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>`,
  );
  return xmlResponse(200, body, requestId);
}

/**
 * The error envelope shared by the query protocol and Route 53:
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`.
 */
export function errorResponse(err: SimError, xmlns?: string, requestId = newRequestId()): SimResponse {
  const type = err.sender ? 'Sender' : 'Receiver';
  const body = xmlDocument(
    'ErrorResponse',
    xmlns,
    `<Error><Type>${type}</Type><Code>${escapeXml(err.code)}</Code>` +
      `<Message>${escapeXml(err.message)}</Message></Error>` +
      `<RequestId>${requestId}</RequestId>`,
  );
  return xmlResponse(err.status, body, requestId);
}

const parser = new XMLParser({
  ignoreAttributes: true,
  // Values stay strings: "007", "true" and TXT data must reach the handler as sent.
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
});

/**
 * Parses an XML request body. Returns the root element's content keyed by child names; a
 * child that occurs once is a value, several times an array (use `list()` to normalise).
 * Empty elements are ''.
 */
export function parseXmlBody(body: Buffer | string): { root: string; content: Record<string, unknown> } {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (!text.trim()) return { root: '', content: {} };
  const doc = parser.parse(text) as Record<string, unknown>;
  const root = Object.keys(doc)[0] ?? '';
  const content = doc[root];
  return { root, content: isRecord(content) ? content : {} };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Normalises a parsed XML list: missing → [], one child → [child], many → as is. */
export function list<T = unknown>(value: unknown): T[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]) as T[];
}

/** The members of a wrapped list such as `<ResourceRecords><ResourceRecord/>…</ResourceRecords>`. */
export function members<T = unknown>(wrapper: unknown, itemName: string): T[] {
  if (!isRecord(wrapper)) return [];
  return list<T>(wrapper[itemName]);
}

/** Text of a parsed element, or undefined when absent. */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['#text'] === 'string') return value['#text'];
  return String(value);
}

export function integer(value: unknown): number | undefined {
  const t = text(value);
  if (t === undefined || t.trim() === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function bool(value: unknown): boolean | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  return t.trim() === 'true';
}

/** All parameters of a query-protocol request: the URL query plus a form-encoded body. */
export function queryParams(query: URLSearchParams, body: Buffer): URLSearchParams {
  const params = new URLSearchParams(query);
  const text = body.toString('utf8');
  if (text) for (const [k, v] of new URLSearchParams(text)) params.append(k, v);
  return params;
}

/**
 * Turns flat query parameters into a nested object: `Tags.member.1.Key=a` → `{Tags: [{Key: 'a'}]}`,
 * `Filter.1.Name=x` (EC2) → `{Filter: [{Name: 'x'}]}`. `member`/`item` before an index are
 * dropped; a numeric segment is a 1-based list index.
 */
export function decodeQueryParams(params: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of params) {
    const parts = key.split('.').filter((p, i, all) => !((p === 'member' || p === 'item') && /^\d+$/.test(all[i + 1] ?? '')));
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = /^\d+$/.test(parts[i + 1] ?? '');
      const slot: string | number = Array.isArray(node) ? Number(part) - 1 : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[slot] = value;
        return;
      }
      if (container[slot] === undefined) container[slot] = nextIsIndex ? [] : {};
      node = container[slot] as Record<string, unknown> | unknown[];
    });
  }
  return compactLists(root) as Record<string, unknown>;
}

/** Drops holes left by sparse indexes so lists are dense. */
function compactLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactLists);
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactLists(v)]));
  }
  return value;
}
