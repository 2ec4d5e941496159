/**
 * Wire codec for the simulated EC2 (EC2 query protocol) and RDS (AWS query protocol),
 * driven by the SDK's own operation schemas so member names, list encodings and
 * `xmlName`/`ec2QueryName` renames match AWS exactly without a hand-written table per shape.
 *
 * Requests: form parameters → an object in the SDK's input shape (`VolumeId.1` → `VolumeIds`,
 * `Filters.Filter.1.Values.Value.1` → `Filters[0].Values[0]`), numbers, booleans and
 * timestamps typed. Responses: an object in the SDK's output shape → the XML AWS sends.
 */
import { NormalizedSchema } from '@smithy/core/schema';
import { escapeXml } from './xml.js';

/** `ec2`: lists are always flattened (`Name.N`), items render as `<item>`. `query`: `Name.member.N`. */
export type Flavor = 'ec2' | 'query';

type SchemaRef = Parameters<typeof NormalizedSchema.of>[0];

export interface OperationSchemas {
  input: NormalizedSchema;
  output: NormalizedSchema;
}

/**
 * The input and output schemas of `operation` from an SDK client module's exported
 * `<Operation>$` schema (`[9, namespace, name, traits, input, output]`).
 */
export function operationSchemas(sdk: Record<string, unknown>, operation: string): OperationSchemas | undefined {
  const op = sdk[`${operation}$`];
  if (!Array.isArray(op) || op[0] !== 9) return undefined;
  return { input: NormalizedSchema.of(op[4] as SchemaRef), output: NormalizedSchema.of(op[5] as SchemaRef) };
}

// ---------------------------------------------------------------- requests

/** Decodes a query-protocol form into the operation's input shape. */
export function decodeInput(flavor: Flavor, schema: NormalizedSchema, form: URLSearchParams): Record<string, unknown> {
  if (!schema.isStructSchema()) return {};
  const keys = [...form.keys()];
  return decodeStruct(flavor, schema, '', form, keys) ?? {};
}

function requestName(flavor: Flavor, member: string, schema: NormalizedSchema): string {
  const traits = schema.getMergedTraits();
  if (flavor === 'query') return (traits.xmlName as string | undefined) ?? member;
  const name = (traits.ec2QueryName as string | undefined) ?? (traits.xmlName as string | undefined) ?? member;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function hasPrefix(keys: string[], prefix: string): boolean {
  return keys.some((k) => k === prefix || k.startsWith(`${prefix}.`));
}

function decodeStruct(flavor: Flavor, schema: NormalizedSchema, prefix: string, form: URLSearchParams, keys: string[]): Record<string, unknown> | undefined {
  if (prefix && !hasPrefix(keys, prefix)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [member, memberSchema] of schema.structIterator()) {
    const wire = requestName(flavor, member, memberSchema);
    const value = decodeValue(flavor, memberSchema, prefix ? `${prefix}.${wire}` : wire, form, keys);
    if (value !== undefined) out[member] = value;
  }
  return out;
}

function decodeValue(flavor: Flavor, schema: NormalizedSchema, key: string, form: URLSearchParams, keys: string[]): unknown {
  if (schema.isListSchema()) {
    if (!hasPrefix(keys, key)) return undefined;
    // The SDK sends an empty list as `Name=`.
    if (form.get(key) === '') return [];
    const flattened = flavor === 'ec2' || schema.getMergedTraits().xmlFlattened;
    const itemSchema = schema.getValueSchema();
    const base = flattened ? key : `${key}.${(itemSchema.getMergedTraits().xmlName as string | undefined) ?? 'member'}`;
    const items: unknown[] = [];
    for (let i = 1; hasPrefix(keys, `${base}.${i}`); i++) items.push(decodeValue(flavor, itemSchema, `${base}.${i}`, form, keys));
    return items;
  }
  if (schema.isMapSchema()) {
    const map: Record<string, unknown> = {};
    for (let i = 1; hasPrefix(keys, `${key}.entry.${i}`); i++) {
      map[form.get(`${key}.entry.${i}.key`) ?? ''] = decodeValue(flavor, schema.getValueSchema(), `${key}.entry.${i}.value`, form, keys);
    }
    return hasPrefix(keys, key) ? map : undefined;
  }
  if (schema.isStructSchema()) return decodeStruct(flavor, schema, key, form, keys);
  const raw = form.get(key);
  if (raw === null) return undefined;
  if (schema.isNumericSchema()) return Number(raw);
  if (schema.isBooleanSchema()) return raw === 'true';
  if (schema.isTimestampSchema()) return /^\d+(\.\d+)?$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
  return raw;
}

// ---------------------------------------------------------------- responses

/** Renders `value` (in the output shape) as the XML content of the result element. */
export function encodeOutput(flavor: Flavor, schema: NormalizedSchema, value: Record<string, unknown>): string {
  // Operations without output (DeleteSnapshot, AddTagsToResource) have the unit schema.
  return schema.isStructSchema() ? encodeMembers(flavor, schema, value) : '';
}

function encodeMembers(flavor: Flavor, schema: NormalizedSchema, value: Record<string, unknown>): string {
  let xml = '';
  for (const [member, memberSchema] of schema.structIterator()) {
    const v = value[member];
    if (v === undefined || v === null) continue;
    const name = (memberSchema.getMergedTraits().xmlName as string | undefined) ?? member;
    xml += encodeValue(flavor, memberSchema, name, v);
  }
  return xml;
}

function encodeValue(flavor: Flavor, schema: NormalizedSchema, name: string, value: unknown): string {
  if (schema.isListSchema()) {
    const itemSchema = schema.getValueSchema();
    const items = (value as unknown[]).map((item) => {
      const itemName = (itemSchema.getMergedTraits().xmlName as string | undefined) ?? (flavor === 'ec2' ? 'item' : 'member');
      return encodeValue(flavor, itemSchema, schema.getMergedTraits().xmlFlattened ? name : itemName, item);
    });
    return schema.getMergedTraits().xmlFlattened ? items.join('') : `<${name}>${items.join('')}</${name}>`;
  }
  if (schema.isMapSchema()) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `<entry><key>${escapeXml(k)}</key>${encodeValue(flavor, schema.getValueSchema(), 'value', v)}</entry>`)
      .join('');
    return `<${name}>${entries}</${name}>`;
  }
  if (schema.isStructSchema()) return `<${name}>${encodeMembers(flavor, schema, value as Record<string, unknown>)}</${name}>`;
  if (schema.isTimestampSchema()) {
    const date = value instanceof Date ? value : new Date(value as string);
    return `<${name}>${date.toISOString()}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
