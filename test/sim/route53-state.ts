/**
 * Route 53's slice of a simulated account, kept in the API's own shapes, and how the fixture
 * fills it. Fixture (`route53:` of an account), all fields optional unless noted:
 *
 *   hostedZones:        - { Name (required), Id, CallerReference, Config: {Comment, PrivateZone}, HostedZoneTier,
 *                           VPCs: [{VPCRegion, VPCId}], DelegationSetId, Tags: [{Key, Value}],
 *                           ResourceRecordSets: [ResourceRecordSet …] }   (apex SOA/NS added if absent)
 *   healthChecks:       - { Id, CallerReference, HealthCheckConfig (required), Tags }
 *   delegationSets:     - { Id, CallerReference, NameServers }            (reusable sets)
 *   cidrCollections:    - { Id, Name, Locations: [{LocationName, CidrList}] }
 */
import type {
  Change,
  DelegationSet,
  HostedZoneTier,
  HealthCheck,
  HealthCheckConfig,
  HostedZone,
  ResourceRecordSet,
  Tag,
  VPC,
} from '@aws-sdk/client-route-53';
import { SimError, type FixtureAccount, type SimContext } from './types.js';
import { normalizeName } from './route53-names.js';
import { applyChangeBatch, type BatchContext, type ZoneView } from './route53-records.js';

export interface Route53Zone extends ZoneView {
  HostedZone: HostedZone;
  VPCs: VPC[];
  /** Name servers; `Id` set when the zone uses a reusable delegation set. */
  DelegationSet: DelegationSet;
  lastChange?: { id: string; submittedAt: number };
  /** STANDARD (the default) or ADVANCED, which includes Change History (route53-history.ts). */
  tier: HostedZoneTier;
  /** ADVANCED only: when the zone moved to the tier (its history starts then). */
  historySince?: number;
  /** ADVANCED only: the change batches Change History recorded, oldest first. */
  history: HistoryBatch[];
}

/** One request Change History recorded (ListHostedZoneChangeBatches' ChangeBatchSummary, and its changes). */
export interface HistoryBatch {
  /** Bare change id, the one ChangeInfo/Id names. */
  ChangeId: string;
  Operation: 'ChangeResourceRecordSets' | 'CreateHostedZone';
  SubmittedAt: number;
  SubmittedBy: string;
  RequestId: string;
  Comment?: string;
  Changes: Change[];
}

export interface Route53Change {
  /** `/change/C…` */
  Id: string;
  SubmittedAt: number;
  Comment?: string;
  /** Simulated time at which the change is INSYNC. */
  syncAt: number;
}

export interface CidrCollectionState {
  Id: string;
  Name: string;
  Arn: string;
  Version: number;
  CallerReference?: string;
  /** location name → CIDR blocks */
  locations: Map<string, string[]>;
}

export interface Route53Slice {
  zones: Map<string, Route53Zone>;
  healthChecks: Map<string, HealthCheck>;
  /** `hostedzone/<id>` or `healthcheck/<id>` → tags */
  tags: Map<string, Tag[]>;
  changes: Map<string, Route53Change>;
  delegationSets: Map<string, DelegationSet>;
  cidrCollections: Map<string, CidrCollectionState>;
  /** Deleted health checks' caller references stay reserved, as in Route 53. */
  usedHealthCheckReferences: Map<string, string>;
}

export interface Route53Options {
  /** Simulated ms until a change is INSYNC (default 2000). */
  changeSyncMs?: number;
  /**
   * A ChangeResourceRecordSets for a zone whose previous change is still PENDING and was
   * accepted less than this many simulated ms ago gets PriorRequestNotComplete (0 = off).
   */
  priorRequestWindowMs?: number;
}

export function route53Options(sim: SimContext): Required<Route53Options> {
  const o = (sim.serviceOptions?.['route53'] ?? {}) as Route53Options;
  return { changeSyncMs: o.changeSyncMs ?? 2000, priorRequestWindowMs: o.priorRequestWindowMs ?? 0 };
}

export function route53Slice(sim: SimContext, account: string): Route53Slice {
  const entry = (sim.state.accounts[account] ??= { services: {} });
  return (entry.services['route53'] ??= emptySlice()) as Route53Slice;
}

function emptySlice(): Route53Slice {
  return {
    zones: new Map(),
    healthChecks: new Map(),
    tags: new Map(),
    changes: new Map(),
    delegationSets: new Map(),
    cidrCollections: new Map(),
    usedHealthCheckReferences: new Map(),
  };
}

export function batchContext(slice: Route53Slice, zone: Route53Zone, skipLimits = false): BatchContext {
  return {
    zone,
    zoneById: (id) => slice.zones.get(id),
    healthCheckExists: (id) => slice.healthChecks.has(id),
    skipLimits,
  };
}

/** Four name servers, different per zone like Route 53's, deterministic per sequence number. */
export function nameServersFor(seq: number): string[] {
  const n = seq % 512;
  const pad = String(seq % 100).padStart(2, '0');
  return [`ns-${n}.awsdns-${pad}.com`, `ns-${n + 512}.awsdns-${pad}.net`, `ns-${n + 1024}.awsdns-${pad}.org`, `ns-${n + 1536}.awsdns-${pad}.co.uk`];
}

const PRIVATE_ZONE_NAME_SERVERS = ['ns-0.awsdns-00.com', 'ns-512.awsdns-00.net', 'ns-1024.awsdns-00.org', 'ns-1536.awsdns-00.co.uk'];

export function apexRecords(zoneName: string, nameServers: readonly string[]): ResourceRecordSet[] {
  return [
    { Name: zoneName, Type: 'NS', TTL: 172800, ResourceRecords: nameServers.map((ns) => ({ Value: `${ns}.` })) },
    {
      Name: zoneName,
      Type: 'SOA',
      TTL: 900,
      ResourceRecords: [{ Value: `${nameServers[0]}. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400` }],
    },
  ];
}

export interface NewZone {
  Name: string;
  Id?: string;
  CallerReference: string;
  Comment?: string;
  VPCs: VPC[];
  DelegationSetId?: string;
  HostedZoneTier?: HostedZoneTier;
}

/** Creates a zone with its apex NS and SOA; the caller has validated the request. */
export function createZone(slice: Route53Slice, sim: SimContext, spec: NewZone): Route53Zone {
  const id = spec.Id ? bareId(spec.Id) : sim.newId('Z');
  const name = normalizeName(spec.Name);
  const isPrivate = spec.VPCs.length > 0;
  const reusable = spec.DelegationSetId ? slice.delegationSets.get(bareId(spec.DelegationSetId)) : undefined;
  const nameServers = isPrivate
    ? PRIVATE_ZONE_NAME_SERVERS
    : (reusable?.NameServers ?? nameServersFor(Number(sim.newId('ns').slice(2))));
  const zone: Route53Zone = {
    id,
    name,
    HostedZone: {
      Id: `/hostedzone/${id}`,
      Name: name,
      CallerReference: spec.CallerReference,
      Config: { Comment: spec.Comment, PrivateZone: isPrivate },
    },
    VPCs: spec.VPCs,
    DelegationSet: { Id: reusable?.Id, NameServers: [...nameServers] },
    records: [],
    tier: spec.HostedZoneTier ?? 'STANDARD',
    history: [],
  };
  if (zone.tier === 'ADVANCED') zone.historySince = sim.now();
  zone.records = apexRecords(name, nameServers);
  slice.zones.set(id, zone);
  return zone;
}

/** Ids arrive bare (`Z123`) or with their path prefix (`/hostedzone/Z123`). */
export function bareId(id: string): string {
  return id.replace(/^\/?(hostedzone|change|delegationset)\//, '');
}

export const HEALTH_CHECK_DEFAULTS: Record<string, Partial<HealthCheckConfig>> = {
  HTTP: { Port: 80, RequestInterval: 30, FailureThreshold: 3, MeasureLatency: false, Inverted: false, Disabled: false, EnableSNI: false },
  HTTP_STR_MATCH: { Port: 80, RequestInterval: 30, FailureThreshold: 3, MeasureLatency: false, Inverted: false, Disabled: false, EnableSNI: false },
  HTTPS: { Port: 443, RequestInterval: 30, FailureThreshold: 3, MeasureLatency: false, Inverted: false, Disabled: false, EnableSNI: true },
  HTTPS_STR_MATCH: { Port: 443, RequestInterval: 30, FailureThreshold: 3, MeasureLatency: false, Inverted: false, Disabled: false, EnableSNI: true },
  TCP: { RequestInterval: 30, FailureThreshold: 3, MeasureLatency: false, Inverted: false, Disabled: false },
  CALCULATED: { Inverted: false, Disabled: false },
  CLOUDWATCH_METRIC: { Inverted: false, Disabled: false },
  RECOVERY_CONTROL: { Inverted: false, Disabled: false },
};

const HEALTH_CHECK_FIELDS: (keyof HealthCheckConfig)[] = [
  'Type', 'IPAddress', 'Port', 'ResourcePath', 'FullyQualifiedDomainName', 'SearchString', 'RequestInterval',
  'FailureThreshold', 'MeasureLatency', 'Inverted', 'Disabled', 'HealthThreshold', 'ChildHealthChecks', 'EnableSNI',
  'Regions', 'AlarmIdentifier', 'InsufficientDataHealthStatus', 'RoutingControlArn',
];

/** The config with Route 53's defaults filled in, fields in the API's order. */
export function canonicalHealthCheckConfig(config: HealthCheckConfig): HealthCheckConfig {
  const merged = { ...HEALTH_CHECK_DEFAULTS[config.Type ?? ''], ...config } as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of HEALTH_CHECK_FIELDS) if (merged[field] !== undefined) out[field] = merged[field];
  return out as unknown as HealthCheckConfig;
}

export function seedRoute53(account: string, fixture: FixtureAccount, sim: SimContext): void {
  const data = fixture['route53'] as Record<string, unknown> | undefined;
  if (!data) return;
  const where = `fixture account ${account} route53`;
  const slice = route53Slice(sim, account);
  for (const [i, raw] of asList(data['delegationSets'], `${where}.delegationSets`).entries()) {
    const ds = raw as DelegationSet;
    const id = bareId(ds.Id ?? sim.newId('N'));
    if (!ds.NameServers?.length) throw new Error(`${where}.delegationSets[${i}] needs NameServers.`);
    slice.delegationSets.set(id, { Id: `/delegationset/${id}`, CallerReference: ds.CallerReference ?? `fixture-${id}`, NameServers: ds.NameServers });
  }
  for (const [i, raw] of asList(data['cidrCollections'], `${where}.cidrCollections`).entries()) {
    const c = raw as { Id?: string; Name?: string; Locations?: { LocationName: string; CidrList: string[] }[] };
    if (!c.Name) throw new Error(`${where}.cidrCollections[${i}] needs a Name.`);
    const id = c.Id ?? uuidFrom(sim.newId('cidr'));
    slice.cidrCollections.set(id, {
      Id: id,
      Name: c.Name,
      Arn: `arn:aws:route53:::cidrcollection/${id}`,
      Version: 1,
      locations: new Map((c.Locations ?? []).map((l) => [l.LocationName, [...l.CidrList]])),
    });
  }
  for (const [i, raw] of asList(data['healthChecks'], `${where}.healthChecks`).entries()) {
    const hc = raw as HealthCheck & { Tags?: Tag[] };
    if (!hc.HealthCheckConfig?.Type) throw new Error(`${where}.healthChecks[${i}] needs HealthCheckConfig.Type.`);
    const id = hc.Id ?? uuidFrom(sim.newId('hc'));
    const reference = hc.CallerReference ?? `fixture-${id}`;
    slice.healthChecks.set(id, {
      Id: id,
      CallerReference: reference,
      HealthCheckConfig: canonicalHealthCheckConfig(hc.HealthCheckConfig),
      HealthCheckVersion: hc.HealthCheckVersion ?? 1,
    });
    slice.usedHealthCheckReferences.set(reference, id);
    if (hc.Tags) slice.tags.set(`healthcheck/${id}`, hc.Tags.map((t) => ({ Key: t.Key, Value: t.Value })));
  }
  const pending: { zone: Route53Zone; records: ResourceRecordSet[]; where: string }[] = [];
  for (const [i, raw] of asList(data['hostedZones'], `${where}.hostedZones`).entries()) {
    const z = raw as {
      Name?: string;
      Id?: string;
      CallerReference?: string;
      Config?: { Comment?: string; PrivateZone?: boolean };
      VPCs?: VPC[];
      DelegationSetId?: string;
      Tags?: Tag[];
      ResourceRecordSets?: ResourceRecordSet[];
      HostedZoneTier?: HostedZoneTier;
    };
    if (!z.Name) throw new Error(`${where}.hostedZones[${i}] needs a Name.`);
    if (z.Config?.PrivateZone && !z.VPCs?.length) throw new Error(`${where}.hostedZones[${i}] (${z.Name}) is private but has no VPCs.`);
    const zone = createZone(slice, sim, {
      Name: z.Name,
      Id: z.Id,
      CallerReference: z.CallerReference ?? `fixture-${z.Name}-${i}`,
      Comment: z.Config?.Comment,
      VPCs: (z.VPCs ?? []).map((v) => ({ VPCRegion: v.VPCRegion, VPCId: v.VPCId })),
      DelegationSetId: z.DelegationSetId,
      HostedZoneTier: checkedTier(z.HostedZoneTier, `${where}.hostedZones[${i}].HostedZoneTier`),
    });
    if (z.Tags) slice.tags.set(`hostedzone/${zone.id}`, z.Tags.map((t) => ({ Key: t.Key, Value: t.Value })));
    pending.push({ zone, records: z.ResourceRecordSets ?? [], where: `${where}.hostedZones[${i}] (${z.Name})` });
  }
  // Records go in once every zone of the account exists, so aliases may point across zones.
  for (const p of pending) seedRecords(slice, p.zone, p.records, p.where);
}

function seedRecords(slice: Route53Slice, zone: Route53Zone, records: ResourceRecordSet[], where: string): void {
  if (!records.length) return;
  const givenApex = new Set(records.filter((r) => normalizeName(r.Name ?? '') === zone.name).map((r) => r.Type));
  // The fixture's own apex SOA/NS replace the generated ones.
  zone.records = zone.records.filter((r) => !givenApex.has(r.Type));
  try {
    zone.records = applyChangeBatch(
      records.map((r) => ({ Action: 'CREATE', ResourceRecordSet: r })),
      batchContext(slice, zone, true),
    );
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** STANDARD or ADVANCED (undefined: the default, STANDARD). */
export function checkedTier(tier: string | undefined, where: string): HostedZoneTier | undefined {
  if (tier === undefined || tier === 'STANDARD' || tier === 'ADVANCED') return tier;
  throw new SimError('InvalidInput', `${where} "${tier}" is not a hosted zone tier: use STANDARD or ADVANCED.`);
}

function asList(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Error(`${where} must be a list.`);
  return value;
}

/** A deterministic UUID-shaped id (health checks and CIDR collections have UUID ids). */
export function uuidFrom(seed: string): string {
  const digits = seed.replace(/\D/g, '').padStart(12, '0').slice(-12);
  const tag = [...seed.replace(/\d/g, '')].map((c) => c.charCodeAt(0).toString(16)).join('').padEnd(8, '0').slice(0, 8);
  return `${tag}-0000-4000-8000-${digits}`;
}

/**
 * What UpdateHealthCheck refuses (API reference): settings fixed at creation (its request has no
 * Type, RequestInterval, MeasureLatency or RoutingControlArn), adding an IP address to a check
 * that has none, a port on a CALCULATED or CLOUDWATCH_METRIC check, fewer than 3 regions.
 */
export function checkedHealthCheckUpdate(current: HealthCheckConfig, fields: Partial<HealthCheckConfig>): void {
  for (const fixed of ['Type', 'RequestInterval', 'MeasureLatency', 'RoutingControlArn'] as const) {
    if (fields[fixed] !== undefined) throw new SimError('InvalidInput', `Invalid request: ${fixed} cannot be updated; it is set when the health check is created.`);
  }
  if (fields.IPAddress !== undefined && current.IPAddress === undefined) {
    throw new SimError('InvalidInput', 'Invalid request: you cannot add an IPAddress to a health check that was created without one.');
  }
  if (fields.Port !== undefined && (current.Type === 'CALCULATED' || current.Type === 'CLOUDWATCH_METRIC')) {
    throw new SimError('InvalidInput', `Invalid request: a ${current.Type} health check has no Port.`);
  }
  if (fields.Regions !== undefined && fields.Regions.length < 3) {
    throw new SimError('InvalidInput', 'Invalid request: Regions must list at least 3 regions.');
  }
}
