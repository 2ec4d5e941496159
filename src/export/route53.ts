/**
 * Route 53 export: lists the account's hosted zones, records and health checks with the
 * fewest calls the API allows, and turns them into zone files and the health-check file.
 *
 * Calls, and nothing else: ListHostedZones (all pages); ListReusableDelegationSets, then
 * ListHostedZones?delegationsetid=… per set (which zones use a reusable set); GetHostedZone
 * for private zones only (VPC associations); ListTagsForResources per 10 zones / 10 health
 * checks; ListResourceRecordSets at 300 per page; ListHealthChecks at 1000 per page.
 * Rate limits are the client middleware's job; here we only bound how many zones are in
 * flight.
 */
import {
  GetHostedZoneCommand,
  ListHealthChecksCommand,
  ListHostedZonesCommand,
  ListReusableDelegationSetsCommand,
  ListTagsForResourcesCommand,
  type HealthCheck,
  type HostedZone,
  type Route53Client,
  type Tag,
  type TagResourceType,
} from '@aws-sdk/client-route-53';
import { describeAwsError } from '../aws/errors.js';
import { listAll, listHostedZones, listResourceRecordSets, paginate } from '../aws/paginate.js';
import { mapSettled } from '../util/concurrency.js';
import {
  assignHealthCheckNames,
  HEALTH_CHECKS_PATH,
  renderHealthChecksFile,
  type LiveHealthCheck,
} from './health-checks.js';
import {
  bareZoneId,
  renderZoneFile,
  ZONES_FOLDER,
  zoneFilePaths,
  type ZoneSettings,
} from './route53-format.js';
import { selectZones, type Route53Incremental } from './route53-incremental.js';
import { readChangeHistory } from './change-history.js';
import { historyOutcome } from './change-history-feed.js';
import type { ExportedFile, ExportFailure, ExportResult } from './types.js';
import { chunk } from '../util/chunk.js';

export interface Route53ExportOptions {
  /** Zone-name globs (`*` any run of characters, `?` one); trailing dot optional. Default: all. */
  zones?: { include: string[]; exclude: string[] };
  /** Export `route53/health-checks.yaml`; when false, health checks are not listed at all. */
  healthChecks: boolean;
  /** Zones fetched at once (default 8). */
  concurrency?: number;
  /** Page size cap for every listing (each API's own maximum when larger or unset). */
  maxItems?: number;
  /** Re-list only the zones that changed since the last export (route53-incremental.ts). */
  incremental?: Route53Incremental;
}

const MAX_ZONES_PER_PAGE = 100;
const MAX_DELEGATION_SETS_PER_PAGE = 100;
const MAX_RECORD_SETS_PER_PAGE = 300;
const MAX_HEALTH_CHECKS_PER_PAGE = 1000;
const TAG_BATCH = 10;
const DEFAULT_CONCURRENCY = 8;

const FAMILY = 'route53';

export async function exportRoute53(client: Route53Client, options: Route53ExportOptions): Promise<ExportResult> {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const pageCap = (max: number) => Math.min(max, options.maxItems ?? max);

  let incremental = options.incremental;
  const listHealthChecks = () =>
    options.healthChecks ? exportHealthChecks(client, pageCap(MAX_HEALTH_CHECKS_PER_PAGE), concurrency) : undefined;
  const listDelegation = () =>
    delegationSetsByZone(client, pageCap(MAX_ZONES_PER_PAGE), pageCap(MAX_DELEGATION_SETS_PER_PAGE));

  // Independent listings run side by side; an incremental run first learns which zones to
  // re-list and lists the rest only when some zone (or a health check) needs it.
  const [zoneListing, earlyDelegation, earlyHealthChecks] = await Promise.all([
    listHostedZones(client, { maxItems: pageCap(MAX_ZONES_PER_PAGE) }),
    incremental ? undefined : listDelegation(),
    incremental ? undefined : listHealthChecks(),
  ]);

  const result: ExportResult = { files: [], failures: [], completeScopes: [] };
  const kept: string[] = [];
  if (!zoneListing.complete) {
    // Without the full list no zone file may be written or removed.
    result.failures.push({
      item: 'route53 hosted zones',
      error: describeAwsError(zoneListing.error, { family: FAMILY, operation: 'ListHostedZones' }),
      keepPaths: [],
    });
  }

  const allZones = zoneListing.complete ? zoneListing.items.map(zoneIdentity) : [];
  const paths = zoneFilePaths(allZones);
  const pathOf = (zone: HostedZone) => paths.get(bareZoneId(zone.Id ?? '')) as string;
  const listed = zoneListing.complete ? zoneListing.items : [];
  const inScope = listed.filter((zone) => zoneSelected(zone.Name ?? '', options.zones));
  const since = incremental?.changeHistorySince;
  const history = since ? await readChangeHistory(client, inScope, since, concurrency) : undefined;
  if (history) result.changeHistory = historyOutcome(history);
  // A history every zone would fail to read leaves no feed to trust for them: list everything.
  if (history?.sweep !== undefined) incremental = undefined;
  if (incremental) result.kept = kept;
  const selection = incremental ? selectZones(inScope, pathOf, incremental, history?.relist) : undefined;
  const selected = selection ? selection.relist : inScope;
  if (selection) {
    kept.push(...selection.kept);
    result.relisted = selected.map((zone) => ({
      zone: zone.Name ?? '',
      why: selection.why.get(bareZoneId(zone.Id ?? '')) ?? '',
    }));
  }

  const needHealthChecks = !incremental || incremental.healthChecksChanged || selected.length > 0;
  // An incremental start skipped the early listings (also when Change History then made it sweep).
  const [delegation, healthChecks] = options.incremental
    ? await Promise.all([selected.length > 0 ? listDelegation() : undefined, needHealthChecks ? listHealthChecks() : undefined])
    : [earlyDelegation, earlyHealthChecks];
  if (healthChecks) {
    if (healthChecks.ok) {
      result.files.push(healthChecks.file);
      result.completeScopes.push({ prefix: 'route53/', pattern: /^health-checks\.yaml$/ });
    } else {
      result.failures.push({ item: 'route53 health checks', error: healthChecks.error, keepPaths: [HEALTH_CHECKS_PATH] });
    }
  } else if (options.healthChecks) {
    kept.push(HEALTH_CHECKS_PATH);
  }
  if (!zoneListing.complete) return sortResult(result);
  result.completeScopes.push({ prefix: ZONES_FOLDER, pattern: /\.yaml$/ });

  const failZone = (zone: HostedZone, error: string): ExportFailure => ({
    item: `route53 zone ${zone.Name} (${bareZoneId(zone.Id ?? '')})`,
    error,
    keepPaths: [pathOf(zone)],
  });

  if (selected.length === 0) return sortResult(result);
  if (!delegation?.ok) {
    // The delegation set is part of every zone file: without it, keep the last good files.
    for (const zone of selected) result.failures.push(failZone(zone, delegation?.error ?? 'delegation sets were not listed'));
    return sortResult(result);
  }

  const healthCheckNames = healthChecks?.ok ? healthChecks.names : undefined;
  const healthCheckError = healthChecks && !healthChecks.ok ? healthChecks.error : undefined;

  const delegationSets = delegation.setOf;
  const zoneOutcome = (zone: HostedZone, fetched: FetchedZone, zoneTags: Outcome<{ tags: Tag[] }> | undefined): ZoneOutcome => {
    const id = bareZoneId(zone.Id ?? '');
    if (!zoneTags?.ok) return { failure: failZone(zone, zoneTags?.error ?? 'tags were not listed') };
    const { records, vpcs } = fetched;
    if (healthCheckError !== undefined && records.some((r) => r.HealthCheckId !== undefined)) {
      // Writing ids instead of names would churn the file; keep the last good one.
      return { failure: failZone(zone, `its records refer to health checks, whose listing failed: ${healthCheckError}`) };
    }
    const settings = zoneSettings(zone, zoneTags.tags, vpcs, delegationSets.get(id));
    const content = renderZoneFile({ zone: settings, records }, healthCheckNames ? { healthCheckNames } : {});
    const label = `${zone.Name} (${settings.PrivateZone ? 'private' : 'public'})`;
    return { file: { path: pathOf(zone), content, kind: 'route53-zone', label, items: records.length, resourceId: id } };
  };
  // Each zone file is rendered as soon as its records (and the zones' tags) are in, while the
  // rate budget holds the other listings back: the CPU work does not trail the last call.
  const tagsListing = listTags(client, 'hostedzone', selected.map((zone) => bareZoneId(zone.Id ?? '')), concurrency);
  const outcomes: Promise<ZoneOutcome>[] = new Array(selected.length);
  await mapSettled(selected, concurrency, async (zone, index) => {
    const fetching = fetchZone(client, zone, pageCap(MAX_RECORD_SETS_PER_PAGE));
    outcomes[index] = fetching.then(
      async (fetched) => zoneOutcome(zone, fetched, (await tagsListing).get(bareZoneId(zone.Id ?? ''))),
      (error: unknown) => ({ failure: failZone(zone, messageOf(error, 'ListResourceRecordSets', zone)) }),
    );
    // The slot is free once the records are in; the render does not hold it.
    await fetching;
  });
  for (const outcome of await Promise.all(outcomes)) {
    if ('file' in outcome) result.files.push(outcome.file);
    else result.failures.push(outcome.failure);
  }
  return sortResult(result);
}

type FetchedZone = Awaited<ReturnType<typeof fetchZone>>;
type ZoneOutcome = { file: ExportedFile } | { failure: ExportFailure };

function zoneIdentity(zone: HostedZone) {
  return { id: bareZoneId(zone.Id ?? ''), name: zone.Name ?? '', privateZone: zone.Config?.PrivateZone === true };
}

function zoneSettings(zone: HostedZone, tags: Tag[], vpcs: ZoneSettings['VPCs'], delegationSetId: string | undefined): ZoneSettings {
  const settings: ZoneSettings = {
    Name: zone.Name ?? '',
    Id: bareZoneId(zone.Id ?? ''),
    PrivateZone: zone.Config?.PrivateZone === true,
    Tags: tags,
  };
  if (zone.Config?.Comment !== undefined) settings.Comment = zone.Config.Comment;
  if (vpcs) settings.VPCs = vpcs;
  if (delegationSetId) settings.DelegationSetId = delegationSetId;
  if (zone.LinkedService) settings.LinkedService = zone.LinkedService;
  if (zone.Features?.AcceleratedRecoveryStatus) settings.AcceleratedRecoveryStatus = zone.Features.AcceleratedRecoveryStatus;
  return settings;
}

/** Shell-style glob on the zone name, case-insensitive, trailing dot optional. */
export function zoneSelected(zoneName: string, filter: Route53ExportOptions['zones']): boolean {
  if (!filter) return true;
  const name = zoneName.replace(/\.$/, '').toLowerCase();
  const matches = (pattern: string) => globToRegExp(pattern.replace(/\.$/, '').toLowerCase()).test(name);
  return filter.include.some(matches) && !filter.exclude.some(matches);
}

function globToRegExp(glob: string): RegExp {
  const body = [...glob]
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

// ---------------------------------------------------------------------------------------
// Per-zone calls

async function fetchZone(client: Route53Client, zone: HostedZone, maxItems: number) {
  const id = bareZoneId(zone.Id ?? '');
  // VPC associations are only in GetHostedZone, and only private zones have them.
  let vpcs: ZoneSettings['VPCs'];
  if (zone.Config?.PrivateZone) {
    try {
      vpcs = (await client.send(new GetHostedZoneCommand({ Id: id }))).VPCs ?? [];
    } catch (error) {
      throw new DescribedError(messageOf(error, 'GetHostedZone', zone));
    }
  }
  const listing = await listResourceRecordSets(client, id, { maxItems });
  if (!listing.complete) {
    const seen = `after ${listing.pages} page(s), ${listing.items.length} record(s)`;
    throw new DescribedError(`${messageOf(listing.error, 'ListResourceRecordSets', zone)} (${seen}; the last export is kept)`);
  }
  return { records: listing.items, vpcs };
}

/** An error whose message already says what, where and how to fix. */
class DescribedError extends Error {}

function messageOf(error: unknown, operation: string, zone: HostedZone): string {
  if (error instanceof DescribedError) return error.message;
  const resource = `zone ${zone.Name} (${bareZoneId(zone.Id ?? '')})`;
  return describeAwsError(error, { family: FAMILY, operation, resource });
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string };

/**
 * Which zones use a reusable delegation set: the zone listing does not say, so list the
 * sets and, per set, the zones using it.
 */
async function delegationSetsByZone(
  client: Route53Client,
  zonesPerPage: number,
  setsPerPage: number,
): Promise<Outcome<{ setOf: Map<string, string> }>> {
  const sets = await listAll(
    paginate(
      (Marker: string | undefined) =>
        client.send(new ListReusableDelegationSetsCommand({ MaxItems: setsPerPage, ...(Marker ? { Marker } : {}) })),
      (page) => (page.IsTruncated ? page.NextMarker : undefined),
    ),
    (page) => page.DelegationSets,
  );
  const why = 'could not learn which zones use a reusable delegation set';
  if (!sets.complete) {
    return { ok: false, error: `${why}: ${describeAwsError(sets.error, { family: FAMILY, operation: 'ListReusableDelegationSets' })}` };
  }
  const setOf = new Map<string, string>();
  for (const set of sets.items) {
    const setId = (set.Id ?? '').replace(/^\/delegationset\//, '');
    const zones = await listAll(
      paginate(
        (Marker: string | undefined) =>
          client.send(
            new ListHostedZonesCommand({ DelegationSetId: setId, MaxItems: zonesPerPage, ...(Marker ? { Marker } : {}) }),
          ),
        (page) => (page.IsTruncated ? page.NextMarker : undefined),
      ),
      (page) => page.HostedZones,
    );
    if (!zones.complete) {
      const resource = `delegation set ${setId}`;
      return { ok: false, error: `${why}: ${describeAwsError(zones.error, { family: FAMILY, operation: 'ListHostedZones', resource })}` };
    }
    for (const zone of zones.items) setOf.set(bareZoneId(zone.Id ?? ''), setId);
  }
  return { ok: true, setOf };
}

/** ListTagsForResources takes at most 10 ids per call. */
async function listTags(
  client: Route53Client,
  type: TagResourceType,
  ids: readonly string[],
  concurrency: number,
): Promise<Map<string, Outcome<{ tags: Tag[] }>>> {
  const batches = chunk(ids, TAG_BATCH);
  const settled = await mapSettled(batches, concurrency, (ResourceIds) =>
    client.send(new ListTagsForResourcesCommand({ ResourceType: type, ResourceIds })),
  );
  const out = new Map<string, Outcome<{ tags: Tag[] }>>();
  batches.forEach((batch, index) => {
    const outcome = settled[index];
    if (!outcome?.ok) {
      const error = describeAwsError(outcome?.error, { family: FAMILY, operation: 'ListTagsForResources' });
      for (const id of batch) out.set(id, { ok: false, error });
      return;
    }
    for (const id of batch) out.set(id, { ok: true, tags: [] });
    for (const set of outcome.value.ResourceTagSets ?? []) {
      if (set.ResourceId) out.set(set.ResourceId, { ok: true, tags: set.Tags ?? [] });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Health checks

async function exportHealthChecks(
  client: Route53Client,
  perPage: number,
  concurrency: number,
): Promise<Outcome<{ file: ExportedFile; names: Map<string, string> }>> {
  const listed = await listNamedHealthChecks(client, { perPage, concurrency });
  if (!listed.ok) return listed;
  const file: ExportedFile = {
    path: HEALTH_CHECKS_PATH,
    content: renderHealthChecksFile(listed.checks),
    kind: 'route53-health-checks',
    label: 'Route 53 health checks',
    items: listed.checks.length,
  };
  return { ok: true, file, names: new Map(listed.checks.map((c) => [c.healthCheck.Id, c.name])) };
}

/**
 * The account's health checks with their tags and stable names (`assignHealthCheckNames`):
 * what the export writes, and what a restore matches the file's checks against by name.
 * ListHealthChecks (all pages), then ListTagsForResources per 10 checks.
 */
export async function listNamedHealthChecks(
  client: Route53Client,
  options: { perPage?: number; concurrency?: number } = {},
): Promise<Outcome<{ checks: LiveHealthCheck[]; versions: Map<string, number> }>> {
  const perPage = Math.min(MAX_HEALTH_CHECKS_PER_PAGE, options.perPage ?? MAX_HEALTH_CHECKS_PER_PAGE);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const listing = await listAll(
    paginate(
      (Marker: string | undefined) =>
        client.send(new ListHealthChecksCommand({ MaxItems: perPage, ...(Marker ? { Marker } : {}) })),
      (page) => (page.IsTruncated ? page.NextMarker : undefined),
    ),
    (page) => page.HealthChecks,
  );
  if (!listing.complete) {
    return { ok: false, error: describeAwsError(listing.error, { family: FAMILY, operation: 'ListHealthChecks' }) };
  }
  const checks = listing.items;
  const tags = await listTags(client, 'healthcheck', checks.map((c) => c.Id ?? ''), concurrency);
  const failedTags = [...tags.values()].find((t) => !t.ok);
  if (failedTags && !failedTags.ok) return { ok: false, error: failedTags.error };
  const withTags = checks.map((healthCheck) => {
    const entry = tags.get(healthCheck.Id ?? '');
    return { healthCheck, tags: entry?.ok ? entry.tags : [] };
  });
  const names = assignHealthCheckNames(withTags);
  const named: LiveHealthCheck[] = withTags.map(({ healthCheck, tags: checkTags }) => ({
    name: names.get(healthCheck.Id ?? '') as string,
    healthCheck: exportedFields(healthCheck),
    tags: checkTags,
  }));
  // Not exported (it changes on every update), but a restore's UpdateHealthCheck passes it back.
  const versions = new Map(checks.flatMap((c) => (c.Id && c.HealthCheckVersion !== undefined ? [[c.Id, c.HealthCheckVersion] as const] : [])));
  return { ok: true, checks: named, versions };
}

/** Drops what changes without a change of configuration (the id goes when the file is written). */
function exportedFields(check: HealthCheck): LiveHealthCheck['healthCheck'] {
  const { CallerReference, HealthCheckVersion, Id, ...kept } = check;
  return { ...kept, Id: Id ?? '' };
}

function sortResult(result: ExportResult): ExportResult {
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}
