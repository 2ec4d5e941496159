/**
 * Record sets in the zone file, both ways: every field of the SDK's `ResourceRecordSet` has an
 * explicit entry in `RECORD_FIELDS` (typed, so a field added to the SDK fails the build
 * instead of being dropped), plus Route 53's record order and the apex NS/SOA marker.
 */
import { isMap as isYamlMap, type Node as YamlNode } from 'yaml';
import type {
  AliasTarget,
  AZAffinity,
  AZAffinityLocationType,
  CidrRoutingConfig,
  Coordinates,
  GeoLocation,
  GeoProximityLocation,
  ResourceRecord,
  ResourceRecordSet,
  ResourceRecordSetFailover,
  ResourceRecordSetRegion,
  RRType,
} from '@aws-sdk/client-route-53';
import type { YamlMap, YamlValue } from './yaml.js';
import {
  compareText,
  enumText,
  fail,
  field,
  flag,
  integer,
  object,
  parseObject,
  renderObject,
  sortedTexts,
  text,
  type Codec,
  type Field,
  type FieldTable,
  type ParseContext,
  type RenderContext,
} from './field-codec.js';

/** Route 53 returns `*` in names as the octal escape `\052`; the file shows `*`. */
export const dnsName: Codec<string> = {
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

const AZ_AFFINITY: FieldTable<AZAffinity> = {
  LocationType: field('location-type', enumText<AZAffinityLocationType>(), true),
  LocationId: field('location-id', text, true),
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
  AZAffinity: field('az-affinity', object(AZ_AFFINITY)),
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
