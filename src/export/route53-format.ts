/**
 * The Route 53 zone file format, both ways: API shapes → YAML (export) and YAML → API
 * shapes (restore). Every field of the SDK's `ResourceRecordSet` has an explicit entry in a
 * mapping table (SDK name → kebab-case key); the tables are typed so that a field added to
 * the SDK fails the build instead of being dropped silently.
 *
 * Canonical form: values, VPCs and tags are sorted (their order carries no meaning in
 * Route 53), so `parseZoneFile(renderZoneFile(x))` equals `canonicalZone(x)`.
 */
import {
  isMap as isYamlMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
} from 'yaml';
import type {
  AliasTarget,
  CidrRoutingConfig,
  Coordinates,
  GeoLocation,
  GeoProximityLocation,
  LinkedService,
  ResourceRecord,
  ResourceRecordSet,
  ResourceRecordSetFailover,
  ResourceRecordSetRegion,
  RRType,
  Tag,
  VPC,
  VPCRegion,
} from '@aws-sdk/client-route-53';
import { renderYaml, type YamlMap, type YamlValue } from './yaml.js';

// ---------------------------------------------------------------------------------------
// Field tables: a small codec layer shared by the zone and health-check files.

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

function fail(node: YamlNode | null, ctx: ParseContext, message: string): never {
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
 * with file and line.
 */
export function readDocument(content: string, source: string): { root: YamlNode | null; lines: LineCounter } {
  const lines = new LineCounter();
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

// ---------------------------------------------------------------------------------------
// Record sets

/** Route 53 returns `*` in names as the octal escape `\052`; the file shows `*`. */
const dnsName: Codec<string> = {
  render: (value) => value.replaceAll('\\052', '*'),
  parse: (node, ctx) => text.parse(node, ctx).replaceAll('*', '\\052'),
};

/** Values exactly as Route 53 returns them (TXT quotes and 255-char chunks kept), sorted. */
const recordValues: Codec<ResourceRecord[]> = {
  render: (value) => value.map((r) => r.Value ?? '').sort(compareText),
  parse: (node, ctx) => sortedTexts.parse(node, ctx).map((Value) => ({ Value })),
};

/**
 * A health-check id written as the check's stable name (`health-check: api-https`) when the
 * health-check file names it, else as the raw id (`health-check-id: ...`: health checks not
 * exported, or the check missing from the listing). Read back, a name resolves through the
 * live name → id mapping the caller passes.
 */
const healthCheckRef: Field<string> = {
  keys: ['health-check', 'health-check-id'],
  render(id, ctx) {
    const name = ctx.healthCheckNames?.get(id);
    return name === undefined ? ['health-check-id', id] : ['health-check', name];
  },
  parse(key, node, ctx) {
    const value = text.parse(node, ctx);
    if (key === 'health-check-id') return value;
    return resolveHealthCheckName(value, node, ctx);
  },
};

export function resolveHealthCheckName(name: string, node: YamlNode | null, ctx: ParseContext): string {
  const id = ctx.healthCheckIds?.get(name);
  if (id === undefined) {
    return fail(
      node,
      ctx,
      ctx.healthCheckIds
        ? `health check "${name}" is not in route53/health-checks.yaml; use a name listed there or health-check-id: <id>`
        : `health check "${name}" cannot be resolved without route53/health-checks.yaml`,
    );
  }
  return id;
}

const GEOLOCATION: FieldTable<GeoLocation> = {
  ContinentCode: field('continent', text),
  CountryCode: field('country', text),
  SubdivisionCode: field('subdivision', text),
};

const COORDINATES: FieldTable<Coordinates> = {
  Latitude: field('latitude', text, true),
  Longitude: field('longitude', text, true),
};

const GEOPROXIMITY: FieldTable<GeoProximityLocation> = {
  AWSRegion: field('aws-region', text),
  LocalZoneGroup: field('local-zone-group', text),
  Coordinates: field('coordinates', object(COORDINATES)),
  Bias: field('bias', integer),
};

const CIDR_ROUTING: FieldTable<CidrRoutingConfig> = {
  CollectionId: field('collection-id', text, true),
  LocationName: field('location-name', text, true),
};

const ALIAS_TARGET: FieldTable<AliasTarget> = {
  HostedZoneId: field('hosted-zone-id', text, true),
  DNSName: field('dns-name', text, true),
  EvaluateTargetHealth: field('evaluate-target-health', flag, true),
};

/** Record keys in file order: identity first (name, type, set-identifier), then routing. */
export const RECORD_FIELDS: FieldTable<ResourceRecordSet> = {
  Name: field('name', dnsName, true),
  Type: field('type', enumText<RRType>(), true),
  SetIdentifier: field('set-identifier', text),
  Weight: field('weight', integer),
  Region: field('region', enumText<ResourceRecordSetRegion>()),
  Failover: field('failover', enumText<ResourceRecordSetFailover>()),
  GeoLocation: field('geolocation', object(GEOLOCATION)),
  GeoProximityLocation: field('geoproximity', object(GEOPROXIMITY)),
  CidrRoutingConfig: field('cidr-routing', object(CIDR_ROUTING)),
  MultiValueAnswer: field('multivalue-answer', flag),
  HealthCheckId: healthCheckRef,
  TrafficPolicyInstanceId: field('traffic-policy-instance-id', text),
  AliasTarget: field('alias', object(ALIAS_TARGET)),
  TTL: field('ttl', integer),
  ResourceRecords: field('values', recordValues),
};

/** Marker on apex NS and SOA: Route 53 creates them with the zone, so restores skip them. */
export const RESTORE_KEY = 'restore';
export const SKIP_UNLESS_FORCED = 'skip-unless-forced';

/** True for the zone's own NS and SOA records, which a restore leaves alone unless forced. */
export function isApexNsOrSoa(record: ResourceRecordSet, zoneName: string): boolean {
  return (
    (record.Type === 'NS' || record.Type === 'SOA') &&
    record.SetIdentifier === undefined &&
    sameName(record.Name ?? '', zoneName)
  );
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => (s.endsWith('.') ? s : `${s}.`).toLowerCase();
  return norm(a) === norm(b);
}

export function renderRecord(record: ResourceRecordSet, zoneName: string, ctx: RenderContext): YamlMap {
  const rendered = renderObject(RECORD_FIELDS, record, ctx) as Map<string, YamlValue>;
  if (!isApexNsOrSoa(record, zoneName)) return rendered;
  // The marker goes right after the identity keys, where a reader looks first.
  const entries = [...rendered.entries()];
  const at = entries.findIndex(([key]) => key !== 'name' && key !== 'type' && key !== 'set-identifier');
  entries.splice(at === -1 ? entries.length : at, 0, [RESTORE_KEY, SKIP_UNLESS_FORCED]);
  return new Map(entries);
}

export function parseRecord(node: YamlNode | null, ctx: ParseContext): ResourceRecordSet {
  if (isYamlMap(node)) {
    const marker = node.get(RESTORE_KEY, true) as YamlNode | undefined;
    if (marker !== undefined && text.parse(marker, ctx) !== SKIP_UNLESS_FORCED) {
      fail(marker, ctx, `"${RESTORE_KEY}" can only be "${SKIP_UNLESS_FORCED}"`);
    }
  }
  return parseObject(RECORD_FIELDS, node, ctx, [RESTORE_KEY]);
}

/**
 * The order ListResourceRecordSets uses: name with labels reversed and a trailing dot
 * (`com.example.www.`), then type, then set identifier.
 */
export function recordSortKey(record: ResourceRecordSet): [string, string, string] {
  const name = (record.Name ?? '').toLowerCase().replace(/\.$/, '');
  const reversed = `${name.split('.').reverse().join('.')}.`;
  return [reversed, record.Type ?? '', record.SetIdentifier ?? ''];
}

export function compareRecords(a: ResourceRecordSet, b: ResourceRecordSet): number {
  const ka = recordSortKey(a);
  const kb = recordSortKey(b);
  return compareText(ka[0], kb[0]) || compareText(ka[1], kb[1]) || compareText(ka[2], kb[2]);
}

/** A record set in canonical form: values sorted (their order has no meaning). */
export function canonicalRecord(record: ResourceRecordSet): ResourceRecordSet {
  if (!record.ResourceRecords) return record;
  const values = record.ResourceRecords.map((r) => r.Value ?? '').sort(compareText);
  return { ...record, ResourceRecords: values.map((Value) => ({ Value })) };
}

// ---------------------------------------------------------------------------------------
// Zone settings and the zone file

/** Zone-level settings, named after the API fields they come from. */
export interface ZoneSettings {
  Name: string;
  /** Bare id (`Z123...`), without the `/hostedzone/` prefix. */
  Id: string;
  PrivateZone: boolean;
  Comment?: string;
  /** VPC associations (private zones; GetHostedZone). */
  VPCs?: VPC[];
  Tags: Tag[];
  /** Id of the reusable delegation set the zone uses, if any. */
  DelegationSetId?: string;
  /** Set when another AWS service created the zone (e.g. Cloud Map). */
  LinkedService?: LinkedService;
  AcceleratedRecoveryStatus?: string;
}

export const VPC_FIELDS: FieldTable<VPC> = {
  VPCRegion: field('region', enumText<VPCRegion>()),
  VPCId: field('id', text),
};

export const LINKED_SERVICE_FIELDS: FieldTable<LinkedService> = {
  ServicePrincipal: field('service-principal', text),
  Description: field('description', text),
};

export const ZONE_FIELDS: FieldTable<ZoneSettings> = {
  Name: field('name', dnsName, true),
  Id: field('id', text, true),
  PrivateZone: field('private', flag, true),
  Comment: field('comment', text),
  VPCs: field(
    'vpcs',
    sortedList(object(VPC_FIELDS), (vpc) => `${vpc.VPCRegion ?? ''}\u0000${vpc.VPCId ?? ''}`),
  ),
  Tags: field('tags', tagMap, true),
  DelegationSetId: field('delegation-set-id', text),
  LinkedService: field('linked-service', object(LINKED_SERVICE_FIELDS)),
  AcceleratedRecoveryStatus: field('accelerated-recovery', text),
};

export interface ZoneFile {
  zone: ZoneSettings;
  records: ResourceRecordSet[];
}

export const ZONE_FILE_HEADER = [
  'Route 53 hosted zone exported by aws-backup-gitops. Format: docs/export-format.md',
] as const;

/** Renders a zone file; records are written in Route 53's order whatever the input order. */
export function renderZoneFile(file: ZoneFile, ctx: RenderContext = {}): string {
  const records = [...file.records].sort(compareRecords);
  return renderYaml(
    {
      zone: renderObject(ZONE_FIELDS, file.zone, ctx),
      records: records.map((record) => renderRecord(record, file.zone.Name, ctx)),
    },
    { header: ZONE_FILE_HEADER },
  );
}

/**
 * `healthCheckIds`: stable name → live id of the account's health checks (the files hold no
 * ids); without it, a `health-check:` reference is an error.
 */
export function parseZoneFile(
  content: string,
  options: { source: string; healthCheckIds?: ReadonlyMap<string, string> },
): ZoneFile {
  const { root, lines } = readDocument(content, options.source);
  const ctx: ParseContext = { source: options.source, lines, ...withIds(options.healthCheckIds) };
  const top = topLevel(root, ctx, ['zone', 'records']);
  const zone = parseObject(ZONE_FIELDS, top.zone ?? null, ctx);
  const records = seqItems(top.records ?? null, ctx).map((item) => parseRecord(item, ctx));
  return { zone, records };
}

function withIds(ids: ReadonlyMap<string, string> | undefined): Pick<ParseContext, 'healthCheckIds'> {
  return ids ? { healthCheckIds: ids } : {};
}

/** What `parseZoneFile(renderZoneFile(x))` gives back: sorted records, values, VPCs, tags. */
export function canonicalZone(file: ZoneFile): ZoneFile {
  const zone: ZoneSettings = {
    ...file.zone,
    Tags: [...file.zone.Tags].sort((a, b) => compareText(a.Key ?? '', b.Key ?? '')),
  };
  if (file.zone.VPCs) {
    zone.VPCs = [...file.zone.VPCs].sort(
      (a, b) => compareText(a.VPCRegion ?? '', b.VPCRegion ?? '') || compareText(a.VPCId ?? '', b.VPCId ?? ''),
    );
  }
  return { zone, records: [...file.records].sort(compareRecords).map(canonicalRecord) };
}

// ---------------------------------------------------------------------------------------
// File names

export const ZONES_FOLDER = 'route53/zones/';

export interface ZoneIdentity {
  /** Bare zone id. */
  id: string;
  name: string;
  privateZone: boolean;
}

/**
 * Paths of the zone files, relative to the account folder: `route53/zones/<name>.yaml`,
 * `<name>.private.yaml` for a private zone; when names collide (two private zones of one
 * name), every colliding zone gets `-<zoneId>` before `.yaml` so no file flips owner.
 */
export function zoneFilePaths(zones: readonly ZoneIdentity[]): Map<string, string> {
  const base = new Map(zones.map((zone) => [zone.id, baseFileName(zone)]));
  const counts = new Map<string, number>();
  for (const name of base.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const paths = new Map<string, string>();
  for (const zone of zones) {
    const name = base.get(zone.id) as string;
    const unique = (counts.get(name) ?? 0) === 1;
    paths.set(zone.id, `${ZONES_FOLDER}${unique ? name : `${name}-${safeFileChars(zone.id)}`}.yaml`);
  }
  return paths;
}

function baseFileName(zone: ZoneIdentity): string {
  const name = safeFileChars(zone.name.replace(/\.$/, '').replaceAll('\\052', '_').toLowerCase());
  return zone.privateZone ? `${name}.private` : name;
}

/** File names stay portable: anything outside [a-z0-9._-] (escapes, `*`) becomes `_`. */
function safeFileChars(s: string): string {
  const cleaned = s.replace(/[^A-Za-z0-9._-]/g, '_');
  return cleaned === '' || /^\.+$/.test(cleaned) ? '_' : cleaned;
}

/** `/hostedzone/Z123` → `Z123`. */
export function bareZoneId(id: string): string {
  return id.replace(/^\/hostedzone\//, '');
}
