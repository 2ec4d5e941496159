/**
 * The health-check file (`route53/health-checks.yaml`), both ways, and the stable names
 * records use to refer to health checks: a re-created check gets a new id, so references by
 * id would break on restore while a name survives.
 *
 * Left out on purpose (volatile or not restorable): Id, CallerReference, HealthCheckVersion,
 * health status. The id is left out because a re-created check gets a new one: a restore
 * finds a check's live counterpart by its stable name instead (same naming, same tags and
 * configuration, same name), so a restore round trip re-exports byte-identical files.
 */
import type {
  AlarmIdentifier,
  CloudWatchAlarmConfiguration,
  CloudWatchRegion,
  ComparisonOperator,
  Dimension,
  EndpointType,
  HealthCheck,
  HealthCheckConfig,
  HealthCheckRegion,
  HealthCheckType,
  InsufficientDataHealthStatus,
  LinkedService,
  Statistic,
  Tag,
} from '@aws-sdk/client-route-53';
import { isMap, type Node as YamlNode } from 'yaml';
import {
  compareText,
  decimal,
  enumText,
  ExportFileError,
  field,
  flag,
  integer,
  object,
  parseObject,
  readDocument,
  renderObject,
  seqItems,
  sortedList,
  sortedTexts,
  tagMap,
  text,
  topLevel,
  type Codec,
  type Field,
  type FieldTable,
  type ParseContext,
  type RenderContext,
  where,
} from './field-codec.js';
import { LINKED_SERVICE_FIELDS } from './route53-format.js';
import { resolveHealthCheckName } from './route53-records.js';
import { renderYaml } from './yaml.js';

export const HEALTH_CHECKS_PATH = 'route53/health-checks.yaml';

/** A health check as the file holds it: everything but Id, CallerReference and HealthCheckVersion. */
export type ExportedHealthCheck = Omit<HealthCheck, 'Id' | 'CallerReference' | 'HealthCheckVersion'>;

/**
 * A health check read from the file. Without ids, a calculated check's
 * `HealthCheckConfig.ChildHealthChecks` holds its children's stable names (`child-health-checks`),
 * or their ids when the file lists them by id (`child-health-check-ids`: a child that was not in
 * the account's listing).
 */
export interface NamedHealthCheck {
  /** Stable name records refer to (see `assignHealthCheckNames`). */
  name: string;
  healthCheck: ExportedHealthCheck;
  tags: Tag[];
}

/** A live health check with its stable name: what the file is rendered from (children by id). */
export interface LiveHealthCheck {
  name: string;
  healthCheck: ExportedHealthCheck & { Id: string };
  tags: Tag[];
}

// ---------------------------------------------------------------------------------------
// Stable names

export interface HealthCheckWithTags {
  healthCheck: Pick<HealthCheck, 'Id' | 'HealthCheckConfig'>;
  tags: Tag[];
}

/**
 * Health-check id → stable name. A check's `Name` tag is its name when no other check has
 * the same one; otherwise the name is a slug of type, target, port and path
 * (`https-api.example.com-443-health`). Slugs shared by several checks get `-1`, `-2`...
 * in the order of their configuration (then id), so the result depends only on the checks.
 */
export function assignHealthCheckNames(checks: readonly HealthCheckWithTags[]): Map<string, string> {
  const nameTag = (check: HealthCheckWithTags) => check.tags.find((t) => t.Key === 'Name')?.Value;
  const tagCounts = new Map<string, number>();
  for (const check of checks) {
    const tag = nameTag(check);
    if (tag) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const bySlug = new Map<string, HealthCheckWithTags[]>();
  for (const check of checks) {
    const tag = nameTag(check);
    if (tag && tagCounts.get(tag) === 1) {
      names.set(check.healthCheck.Id ?? '', tag);
      taken.add(tag);
    } else {
      const slug = healthCheckSlug(check.healthCheck.HealthCheckConfig);
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), check]);
    }
  }
  for (const slug of [...bySlug.keys()].sort(compareText)) {
    const group = bySlug.get(slug) as HealthCheckWithTags[];
    if (group.length === 1 && !taken.has(slug)) {
      names.set(group[0]?.healthCheck.Id ?? '', slug);
      taken.add(slug);
      continue;
    }
    const ordered = group
      .map((check) => ({ check, key: JSON.stringify(check.healthCheck.HealthCheckConfig ?? {}) }))
      .sort((a, b) => compareText(a.key, b.key) || compareText(a.check.healthCheck.Id ?? '', b.check.healthCheck.Id ?? ''));
    let n = 0;
    for (const { check } of ordered) {
      let candidate: string;
      do candidate = `${slug}-${++n}`;
      while (taken.has(candidate));
      names.set(check.healthCheck.Id ?? '', candidate);
      taken.add(candidate);
    }
  }
  return names;
}

/** A readable name from what the check watches. */
export function healthCheckSlug(config: HealthCheckConfig | undefined): string {
  const type = config?.Type ?? 'unknown';
  let parts: (string | number | undefined)[];
  switch (type) {
    case 'CALCULATED':
      parts = ['calculated', config?.HealthThreshold, 'of', config?.ChildHealthChecks?.length ?? 0];
      break;
    case 'CLOUDWATCH_METRIC':
      parts = ['cloudwatch', config?.AlarmIdentifier?.Region, config?.AlarmIdentifier?.Name];
      break;
    case 'RECOVERY_CONTROL':
      parts = ['recovery-control', config?.RoutingControlArn?.split('/').pop()];
      break;
    default:
      parts = [type, config?.FullyQualifiedDomainName ?? config?.IPAddress, config?.Port, config?.ResourcePath];
  }
  const slug = parts
    .filter((p) => p !== undefined && p !== '')
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'health-check';
}

// ---------------------------------------------------------------------------------------
// File format

/**
 * Child checks of a CALCULATED check, by stable name (`child-health-checks`); if a child is
 * not in the file (deleted meanwhile), the list is written by id (`child-health-check-ids`).
 * Read back, names stay names (checked against the file's names) and ids stay ids.
 */
const childHealthChecks: Field<string[]> = {
  keys: ['child-health-checks', 'child-health-check-ids'],
  render(ids, ctx) {
    const names = ids.map((id) => ctx.healthCheckNames?.get(id));
    if (names.every((n): n is string => n !== undefined)) return ['child-health-checks', sortedTexts.render(names, ctx)];
    return ['child-health-check-ids', sortedTexts.render(ids, ctx)];
  },
  parse(key, node, ctx) {
    if (key === 'child-health-check-ids') return sortedTexts.parse(node, ctx);
    return seqItems(node, ctx).map((item) => resolveHealthCheckName(text.parse(item, ctx), item, ctx));
  },
};

const ALARM_IDENTIFIER: FieldTable<AlarmIdentifier> = {
  Region: field('region', enumText<CloudWatchRegion>(), true),
  Name: field('name', text, true),
};

const DIMENSION: FieldTable<Dimension> = {
  Name: field('name', text, true),
  Value: field('value', text, true),
};

const CLOUDWATCH_ALARM: FieldTable<CloudWatchAlarmConfiguration> = {
  Namespace: field('namespace', text, true),
  MetricName: field('metric-name', text, true),
  Dimensions: field('dimensions', sortedList(object(DIMENSION), (d) => `${d.Name ?? ''}\u0000${d.Value ?? ''}`)),
  Statistic: field('statistic', enumText<Statistic>(), true),
  ComparisonOperator: field('comparison-operator', enumText<ComparisonOperator>(), true),
  Threshold: field('threshold', decimal, true),
  Period: field('period', integer, true),
  EvaluationPeriods: field('evaluation-periods', integer, true),
};

/** One list item of the file: stable name, the whole HealthCheckConfig flattened, extras, tags. */
interface FlatHealthCheck extends HealthCheckConfig {
  StableName: string;
  LinkedService?: LinkedService;
  CloudWatchAlarmConfiguration?: CloudWatchAlarmConfiguration;
  Tags: Tag[];
}

const CONFIG_FIELDS: FieldTable<HealthCheckConfig> = {
  Type: field('type', enumText<HealthCheckType>(), true),
  FullyQualifiedDomainName: field('fqdn', text),
  IPAddress: field('ip-address', text),
  Port: field('port', integer),
  ResourcePath: field('resource-path', text),
  SearchString: field('search-string', text),
  EnableSNI: field('enable-sni', flag),
  RequestInterval: field('request-interval', integer),
  FailureThreshold: field('failure-threshold', integer),
  MeasureLatency: field('measure-latency', flag),
  Inverted: field('inverted', flag),
  Disabled: field('disabled', flag),
  HealthThreshold: field('health-threshold', integer),
  ChildHealthChecks: childHealthChecks,
  Regions: field('regions', sortedTexts as Codec<string[]> as Codec<HealthCheckRegion[]>),
  AlarmIdentifier: field('alarm', object(ALARM_IDENTIFIER)),
  InsufficientDataHealthStatus: field('insufficient-data-health-status', enumText<InsufficientDataHealthStatus>()),
  RoutingControlArn: field('routing-control-arn', text),
  EndpointType: field('endpoint-type', enumText<EndpointType>()),
  HealthCheckSourceId: field('health-check-source-id', text),
};

const HEALTH_CHECK_FIELDS: FieldTable<FlatHealthCheck> = {
  StableName: field('name', text, true),
  ...CONFIG_FIELDS,
  LinkedService: field('linked-service', object(LINKED_SERVICE_FIELDS)),
  CloudWatchAlarmConfiguration: field('cloudwatch-alarm', object(CLOUDWATCH_ALARM)),
  Tags: field('tags', tagMap, true),
};

/** Key of every HealthCheckConfig field, for docs and tests. */
export const HEALTH_CHECK_CONFIG_KEYS: Readonly<Record<keyof HealthCheckConfig, readonly string[]>> =
  Object.fromEntries(Object.entries(CONFIG_FIELDS).map(([name, spec]) => [name, (spec as Field<unknown>).keys])) as Record<
    keyof HealthCheckConfig,
    readonly string[]
  >;

export const HEALTH_CHECKS_HEADER = [
  'Route 53 health checks exported by aws-backup-gitops. Format: docs/export-format.md',
] as const;

/** Renders the file; checks are sorted by stable name, which must be unique. */
export function renderHealthChecksFile(checks: readonly LiveHealthCheck[]): string {
  const sorted = [...checks].sort((a, b) => compareText(a.name, b.name));
  const healthCheckNames = new Map(sorted.map((c) => [c.healthCheck.Id, c.name]));
  if (new Set(sorted.map((c) => c.name)).size !== sorted.length) {
    throw new Error('renderHealthChecksFile: health-check names must be unique');
  }
  const ctx: RenderContext = { healthCheckNames };
  return renderYaml(
    { 'health-checks': sorted.map((check) => renderObject(HEALTH_CHECK_FIELDS, flatten(check), ctx)) },
    { header: HEALTH_CHECKS_HEADER },
  );
}

export function parseHealthChecksFile(content: string, options: { source: string }): NamedHealthCheck[] {
  const { root, lines } = readDocument(content, options.source);
  const probe: ParseContext = { source: options.source, lines };
  const items = seqItems(topLevel(root, probe, ['health-checks'])['health-checks'] ?? null, probe);
  // Names first, so child references can be checked against the names in the same file.
  const names = new Map<string, string>();
  for (const item of items) {
    if (!isMap(item)) continue; // parseObject below reports it with its line
    const name = item.get('name', true) as YamlNode | undefined;
    if (!name) continue;
    const stable = text.parse(name, probe);
    if (names.has(stable)) {
      throw new ExportFileError(`${where(name, probe)}: a second health check is named "${stable}"; names must be unique`);
    }
    names.set(stable, stable);
  }
  // Children written by name are read back as names: the file holds no ids to resolve them to.
  const ctx: ParseContext = { ...probe, healthCheckIds: names };
  return items.map((item) => unflatten(parseObject(HEALTH_CHECK_FIELDS, item, ctx)));
}

/**
 * Stable name → id of live checks, what a zone file's `health-check:` references resolve
 * through (the file itself holds no ids).
 */
export function healthCheckIdsByName(checks: readonly LiveHealthCheck[]): Map<string, string> {
  return new Map(checks.map((c) => [c.name, c.healthCheck.Id]));
}

/**
 * What parse(render(x)) gives back: checks sorted by name, without ids; regions, dimensions
 * and tags sorted; children by name in name order (or by id in id order, when written by id).
 */
export function canonicalHealthChecks(checks: readonly LiveHealthCheck[]): NamedHealthCheck[] {
  const names = new Map(checks.map((c) => [c.healthCheck.Id, c.name]));
  return [...checks].sort((a, b) => compareText(a.name, b.name)).map((check) => canonicalHealthCheck(check, names));
}

function canonicalHealthCheck(check: LiveHealthCheck, names: ReadonlyMap<string, string>): NamedHealthCheck {
  const config = { ...check.healthCheck.HealthCheckConfig } as HealthCheckConfig;
  if (config.Regions) config.Regions = [...config.Regions].sort(compareText);
  const children = config.ChildHealthChecks;
  if (children) {
    const allNamed = children.every((id) => names.has(id));
    config.ChildHealthChecks = (allNamed ? children.map((id) => names.get(id) as string) : [...children]).sort(compareText);
  }
  const { Id: _id, ...rest } = check.healthCheck;
  const healthCheck: ExportedHealthCheck = { ...rest, HealthCheckConfig: config };
  const alarm = healthCheck.CloudWatchAlarmConfiguration;
  if (alarm?.Dimensions) {
    healthCheck.CloudWatchAlarmConfiguration = {
      ...alarm,
      Dimensions: [...alarm.Dimensions].sort(
        (a, b) => compareText(a.Name ?? '', b.Name ?? '') || compareText(a.Value ?? '', b.Value ?? ''),
      ),
    };
  }
  const tags = [...check.tags].sort((a, b) => compareText(a.Key ?? '', b.Key ?? ''));
  return { name: check.name, healthCheck, tags };
}

function flatten(check: LiveHealthCheck): FlatHealthCheck {
  // Id, CallerReference and HealthCheckVersion are volatile and left out on purpose.
  const { Id, HealthCheckConfig: config, LinkedService, CloudWatchAlarmConfiguration, CallerReference, HealthCheckVersion, ...rest } =
    check.healthCheck as HealthCheck;
  const unknown = Object.keys(rest).filter((k) => (rest as Record<string, unknown>)[k] !== undefined);
  if (unknown.length > 0) {
    throw new Error(`cannot export health-check field(s) ${unknown.join(', ')}: upgrade aws-backup-gitops`);
  }
  return {
    StableName: check.name,
    ...(config as HealthCheckConfig),
    LinkedService,
    CloudWatchAlarmConfiguration,
    Tags: check.tags,
  };
}

function unflatten(flat: FlatHealthCheck): NamedHealthCheck {
  const { StableName, LinkedService, CloudWatchAlarmConfiguration, Tags, ...config } = flat;
  const healthCheck: ExportedHealthCheck = { HealthCheckConfig: config as HealthCheckConfig };
  if (LinkedService) healthCheck.LinkedService = LinkedService;
  if (CloudWatchAlarmConfiguration) healthCheck.CloudWatchAlarmConfiguration = CloudWatchAlarmConfiguration;
  return { name: StableName, healthCheck, tags: Tags };
}
