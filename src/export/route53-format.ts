/**
 * The Route 53 zone file format, both ways: API shapes → YAML (export) and YAML → API
 * shapes (restore). Every field of the SDK's `ResourceRecordSet` has an explicit entry in a
 * mapping table (SDK name → kebab-case key); the tables are typed so that a field added to
 * the SDK fails the build instead of being dropped silently.
 *
 * Canonical form: values, VPCs and tags are sorted (their order carries no meaning in
 * Route 53), so `parseZoneFile(renderZoneFile(x))` equals `canonicalZone(x)`.
 */
import type { LinkedService, ResourceRecordSet, Tag, VPC, VPCRegion } from '@aws-sdk/client-route-53';
import { renderYaml } from './yaml.js';
import {
  compareText,
  enumText,
  field,
  flag,
  object,
  parseObject,
  readDocument,
  renderObject,
  seqItems,
  sortedList,
  tagMap,
  text,
  topLevel,
  type FieldTable,
  type ParseContext,
  type RenderContext,
} from './field-codec.js';
import { canonicalRecord, compareRecords, dnsName, parseRecord, renderRecord } from './route53-records.js';

// The zone file's building blocks live in their own modules; importers of the format get them here.
export { ExportFileError, type ParseContext, type RenderContext } from './field-codec.js';
export { compareRecords, isApexNsOrSoa } from './route53-records.js';

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
