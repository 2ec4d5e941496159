/**
 * Route 53 restore: puts a hosted zone back the way a zone file describes it — into the live
 * zone, or into a new zone when none exists (a private zone gets its VPC associations back).
 *
 * The plan is the exact diff with the live zone, one action per record set (CREATE, UPSERT,
 * DELETE) plus zone and health-check actions; applying it sends the record changes in batches
 * (change-batches.ts) and waits for INSYNC after each. Apex NS/SOA stay untouched unless
 * forced; a restore that would update or delete more than 30% of a zone of 10+ records is
 * refused unless forced. The health-check file holds no ids: its checks are matched with the
 * live ones by stable name (the live checks named by the export's own listing and naming);
 * checks the records need that have no live counterpart are re-created, and the records
 * point at the new ids.
 *
 * Options (`request.options`): `zone-id` (restore into this existing zone), `private`
 * (`true`/`false`, to pick between a public and a private export of one name), `vpcs`
 * (`<region>:<vpc-id>,…`, the VPCs of a new private zone, e.g. in the DR region).
 */
import { randomUUID } from 'node:crypto';
import {
  GetHostedZoneCommand,
  ListHostedZonesByNameCommand,
  ListReusableDelegationSetsCommand,
  ListTagsForResourceCommand,
  UpdateHealthCheckCommand,
  type Change,
  type HealthCheckConfig,
  type HostedZone,
  type ResourceRecordSet,
  type Route53Client,
  type Tag,
  type VPC,
  type VPCRegion,
} from '@aws-sdk/client-route-53';
import { describeAwsError, awsErrorCode } from '../aws/errors.js';
import { listAll, listResourceRecordSets, paginate } from '../aws/paginate.js';
import { healthCheckIdsByName, type NamedHealthCheck } from '../export/health-checks.js';
import { listNamedHealthChecks } from '../export/route53.js';
import { bareZoneId, ExportFileError, parseZoneFile, type ZoneFile } from '../export/route53-format.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import { ChangeTooLargeError, normalName, planChangeBatches } from './change-batches.js';
import {
  createHealthCheck,
  createZone,
  DEFAULT_WAIT,
  setTags,
  submitChangeBatch,
  updateZoneComment,
  type WaitOptions,
} from './route53-apply.js';
import {
  checkChangeThreshold,
  CHANGE_THRESHOLD,
  diffZoneRecords,
  recordIdentity,
  remapSelfAliases,
  renameZoneRecords,
} from './route53-diff.js';
import { loadZoneSource } from './route53-source.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner, type RestoreRequest } from './types.js';

export const RESTORE_SECTION = 'restore';

/** Stands in for the id of a health check that is re-created on apply. */
const PENDING_CHECK = 'pending-health-check:';

export interface Route53RestoreOptions {
  wait?: Partial<WaitOptions>;
}

export function createRoute53Planner(options: Route53RestoreOptions = {}): RestorePlanner {
  const wait: WaitOptions = { ...DEFAULT_WAIT, ...options.wait };
  return (request, ctx) => planRoute53(request, ctx, wait);
}

export const planRoute53Restore: RestorePlanner = createRoute53Planner();

// ---------------------------------------------------------------------------------------

/** Filled in on apply: the zone's id once created, health-check ids once re-created. */
interface ApplyState {
  zoneId: string | undefined;
  checkIds: Map<string, string>;
}

async function planRoute53(request: RestoreRequest, ctx: RestoreContext, wait: WaitOptions): Promise<Plan> {
  const client = ctx.clients.route53();
  const source = await loadZoneSource(request, ctx);
  const checks = source.healthChecks ?? [];
  const liveCheckIds = checks.length ? await liveHealthCheckIds(client) : new Map<string, string>();

  // Names of checks that still exist resolve to their live ids; missing ones to a placeholder.
  const idsByName = new Map(checks.map((c) => [c.name, liveCheckIds.get(c.name) ?? `${PENDING_CHECK}${c.name}`]));
  let file: ZoneFile;
  try {
    file = parseZoneFile(source.content, {
      source: source.path,
      ...(source.healthChecks ? { healthCheckIds: idsByName } : {}),
    });
  } catch (error) {
    if (error instanceof ExportFileError) throw new RestoreInputError(`Route 53 restore: ${error.message}`);
    throw error;
  }

  const exportedId = file.zone.Id;
  const targetName = normalName(request.target ?? file.zone.Name);
  const label = `${targetName} (${file.zone.PrivateZone ? 'private' : 'public'})`;
  const live = await findLiveZone(client, request, file, targetName);
  const vpcs = file.zone.PrivateZone ? zoneVpcs(request, file) : [];

  let desired = renameZoneRecords(file.records, file.zone.Name, targetName, exportedId);
  let liveRecords: ResourceRecordSet[] = [];
  if (live) {
    desired = remapSelfAliases(desired, exportedId, live.id);
    const listing = await listResourceRecordSets(client, live.id);
    if (!listing.complete) {
      throw new Error(describeAwsError(listing.error, { family: 'route53', operation: 'ListResourceRecordSets', resource: `zone ${label} (${live.id})` }));
    }
    liveRecords = listing.items;
  }
  const diff = diffZoneRecords(desired, liveRecords, { zoneName: targetName, force: request.force });
  // One lookup for every UPSERT's reason (a zone may hold 100,000 records).
  const liveById = new Map(liveRecords.map((r) => [recordIdentity(r), r]));
  if (!live) {
    // A new zone comes with its own apex NS and SOA: a forced restore overwrites them.
    for (const change of diff.changes) if (change.Action === 'CREATE' && isApex(change, targetName)) change.Action = 'UPSERT';
  }

  const builder = new PlanBuilder(RESTORE_SECTION);
  for (const record of diff.skippedApex) {
    builder.warn(
      `${label} ${record.Name} ${record.Type}`,
      'differs from the export but is the zone\'s own apex record, left as it is; run with force to restore it too',
    );
  }
  if (live) {
    const threshold = checkChangeThreshold(diff.changes, liveRecords.length);
    if (threshold.exceeded && !request.force) {
      const share = Math.round((100 * threshold.updatesAndDeletes) / threshold.liveRecords);
      builder.error(
        label,
        `restoring ${source.path} would update or delete ${threshold.updatesAndDeletes} of the zone's ${threshold.liveRecords} ` +
          `record sets (${share}%), more than the ${CHANGE_THRESHOLD * 100}% a restore may change unforced; nothing was planned. ` +
          'Check that this export (and commit) is the one you mean, then run the restore again with force: true',
      );
      return builder.build();
    }
  }

  let batches: Change[][];
  try {
    batches = planChangeBatches(diff.changes, { zoneId: live?.id ?? exportedId });
  } catch (error) {
    if (error instanceof ChangeTooLargeError) throw new RestoreInputError(`Route 53 restore of ${source.path}: ${error.message}`);
    throw error;
  }

  const state: ApplyState = { zoneId: live?.id, checkIds: new Map() };
  let zoneActionId: string | undefined;
  if (live) await planZoneSettings(builder, client, live, file, label);
  else zoneActionId = await planNewZone(builder, client, file, targetName, label, vpcs, state, wait);
  const checkActions = planHealthChecks(builder, client, checks, liveCheckIds, diff.changes, state);

  const runBatch = batchRunner(client, batches, state, exportedId, live === undefined, wait, label);
  let previousBatchAction: string | undefined;
  batches.forEach((batch, index) => {
    let lastId: string | undefined;
    // Every action of a batch shares its outcome, so each waits for what any of them needs.
    const needs = [
      zoneActionId,
      previousBatchAction,
      ...batch.flatMap((change) => pendingChecks(change.ResourceRecordSet as ResourceRecordSet).map((name) => checkActions.get(name))),
    ];
    const dependsOn = [...new Set(needs.filter((id): id is string => id !== undefined))];
    for (const change of batch) {
      const record = change.ResourceRecordSet as ResourceRecordSet;
      lastId = builder.add({
        id: `route53/${targetName}/${recordIdentity(record)}`,
        kind: change.Action === 'CREATE' ? 'create' : change.Action === 'DELETE' ? 'delete' : 'update',
        target: `${label} ${describeRecord(record)}`,
        reason: reasonFor(change, liveById),
        details: { batch: `${index + 1}/${batches.length}`, values: record.ResourceRecords?.length ?? 0 },
        dependsOn,
        apply: () => runBatch(index),
      });
    }
    previousBatchAction = lastId;
  });
  return builder.build();
}

function isApex(change: Change, zoneName: string): boolean {
  const r = change.ResourceRecordSet;
  return (r?.Type === 'NS' || r?.Type === 'SOA') && r.SetIdentifier === undefined && normalName(r.Name ?? '') === zoneName;
}

function describeRecord(record: ResourceRecordSet): string {
  const name = (record.Name ?? '').replaceAll('\\052', '*');
  return `${name} ${record.Type}${record.SetIdentifier !== undefined ? ` (${record.SetIdentifier})` : ''}`;
}

function reasonFor(change: Change, liveById: ReadonlyMap<string, ResourceRecordSet>): string {
  if (change.Action === 'CREATE') return 'in the export, missing from the live zone';
  if (change.Action === 'DELETE') return 'in the live zone but not in the export';
  const record = change.ResourceRecordSet as ResourceRecordSet;
  const current = liveById.get(recordIdentity(record));
  if (!current) return 'put back as exported';
  const fields = differingFields(current, record);
  return `differs from the export (${fields.join(', ') || 'settings'}); put back as exported`;
}

const FIELD_NAMES: Record<string, string> = {
  ResourceRecords: 'values',
  TTL: 'ttl',
  AliasTarget: 'alias',
  HealthCheckId: 'health check',
  Weight: 'weight',
  Region: 'region',
  Failover: 'failover',
  GeoLocation: 'geolocation',
  GeoProximityLocation: 'geoproximity',
  CidrRoutingConfig: 'cidr-routing',
  MultiValueAnswer: 'multivalue-answer',
};

function differingFields(a: ResourceRecordSet, b: ResourceRecordSet): string[] {
  const norm = (r: ResourceRecordSet, key: string): string => {
    const value = (r as unknown as Record<string, unknown>)[key];
    if (key === 'ResourceRecords') return JSON.stringify((value as { Value?: string }[] | undefined)?.map((v) => v.Value).sort());
    return JSON.stringify(value ?? null);
  };
  return Object.keys(FIELD_NAMES).filter((key) => norm(a, key) !== norm(b, key)).map((key) => FIELD_NAMES[key] as string);
}

function pendingChecks(record: ResourceRecordSet): string[] {
  const id = record.HealthCheckId;
  return id?.startsWith(PENDING_CHECK) ? [id.slice(PENDING_CHECK.length)] : [];
}

/**
 * One promise per batch: the first record action of a batch sends it, the others share the
 * outcome, so a batch stays atomic while the plan lists each record set.
 */
function batchRunner(
  client: Route53Client,
  batches: readonly Change[][],
  state: ApplyState,
  exportedZoneId: string,
  newZone: boolean,
  wait: WaitOptions,
  label: string,
): (index: number) => Promise<string> {
  const running = new Map<number, Promise<string>>();
  return (index) => {
    let promise = running.get(index);
    if (!promise) {
      promise = (async () => {
        const zoneId = state.zoneId;
        if (!zoneId) throw new Error(`zone ${label} does not exist yet`);
        const changes = (batches[index] as Change[]).map((change) => resolveChange(change, state, newZone ? exportedZoneId : undefined));
        const comment = `aws-backup-gitops restore, batch ${index + 1} of ${batches.length}`;
        try {
          const changeId = await submitChangeBatch(client, zoneId, changes, comment, wait);
          return `batch ${index + 1}/${batches.length} INSYNC (${bareZoneId(changeId).replace(/^\/change\//, '')})`;
        } catch (error) {
          throw new Error(describeAwsError(error, { family: 'route53', operation: 'ChangeResourceRecordSets', resource: `zone ${label} (${zoneId})` }), { cause: error });
        }
      })();
      running.set(index, promise);
    }
    return promise;
  };
}

/** Fills in what only apply knows: re-created health-check ids, a new zone's id for its own aliases. */
function resolveChange(change: Change, state: ApplyState, exportedZoneId: string | undefined): Change {
  let record = change.ResourceRecordSet as ResourceRecordSet;
  const pending = pendingChecks(record)[0];
  if (pending !== undefined) {
    const id = state.checkIds.get(pending);
    if (!id) throw new Error(`health check "${pending}" was not re-created`);
    record = { ...record, HealthCheckId: id };
  }
  if (exportedZoneId !== undefined && record.AliasTarget?.HostedZoneId === exportedZoneId) {
    record = { ...record, AliasTarget: { ...record.AliasTarget, HostedZoneId: state.zoneId as string } };
  }
  return { Action: change.Action, ResourceRecordSet: record };
}

// ---------------------------------------------------------------------------------------
// Finding the live zone

interface LiveZone {
  id: string;
  zone: HostedZone;
}

async function findLiveZone(
  client: Route53Client,
  request: RestoreRequest,
  file: ZoneFile,
  targetName: string,
): Promise<LiveZone | undefined> {
  const wantedId = request.options['zone-id'];
  if (wantedId) {
    let zone: HostedZone | undefined;
    try {
      zone = (await client.send(new GetHostedZoneCommand({ Id: bareZoneId(wantedId) }))).HostedZone;
    } catch (error) {
      if (awsErrorCode(error) === 'NoSuchHostedZone') {
        throw new RestoreInputError(`Route 53 restore: option zone-id=${wantedId} names no hosted zone of this account; check the id, or leave the option out to create a new zone`);
      }
      throw error;
    }
    if (!zone || normalName(zone.Name ?? '') !== targetName) {
      throw new RestoreInputError(
        `Route 53 restore: zone ${wantedId} is named ${zone?.Name ?? '(unknown)'}, not ${targetName}; pick the zone of that name, or set target to ${zone?.Name ?? 'its name'}`,
      );
    }
    return { id: bareZoneId(zone.Id ?? ''), zone };
  }
  const out = await client.send(new ListHostedZonesByNameCommand({ DNSName: targetName, MaxItems: 100 }));
  const sameName = (out.HostedZones ?? []).filter(
    (z) => normalName(z.Name ?? '') === targetName && (z.Config?.PrivateZone === true) === file.zone.PrivateZone,
  );
  const exported = sameName.find((z) => bareZoneId(z.Id ?? '') === file.zone.Id);
  const chosen = exported ?? (sameName.length === 1 ? sameName[0] : undefined);
  if (!chosen && sameName.length > 1) {
    const ids = sameName.map((z) => bareZoneId(z.Id ?? '')).join(', ');
    throw new RestoreInputError(
      `Route 53 restore: several ${file.zone.PrivateZone ? 'private' : 'public'} zones are named ${targetName} (${ids}); set the option zone-id to the one to restore into`,
    );
  }
  return chosen ? { id: bareZoneId(chosen.Id ?? ''), zone: chosen } : undefined;
}

/** VPCs of a new private zone: the `vpcs` option (e.g. DR-region VPCs), else the exported ones. */
function zoneVpcs(request: RestoreRequest, file: ZoneFile): VPC[] {
  const option = request.options['vpcs'];
  if (option === undefined) {
    const vpcs = file.zone.VPCs ?? [];
    if (vpcs.length === 0) {
      throw new RestoreInputError(`Route 53 restore: private zone ${file.zone.Name} has no VPCs in its export; give them with the option vpcs=<region>:<vpc-id>,…`);
    }
    return vpcs;
  }
  return option
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([a-z0-9-]+):(vpc-[0-9a-f]+)$/.exec(entry);
      if (!match) {
        throw new RestoreInputError(`Route 53 restore: option vpcs entry "${entry}" is not <region>:<vpc-id>, e.g. us-west-2:vpc-0123456789abcdef0`);
      }
      return { VPCRegion: match[1] as VPCRegion, VPCId: match[2] as string };
    });
}

// ---------------------------------------------------------------------------------------
// Zone settings

async function planNewZone(
  builder: PlanBuilder,
  client: Route53Client,
  file: ZoneFile,
  name: string,
  label: string,
  vpcs: VPC[],
  state: ApplyState,
  wait: WaitOptions,
): Promise<string> {
  let delegationSetId = file.zone.PrivateZone ? undefined : file.zone.DelegationSetId;
  if (delegationSetId && !(await delegationSetExists(client, delegationSetId))) {
    builder.warn(label, `reusable delegation set ${delegationSetId} no longer exists: the new zone gets new name servers, so update the delegation at the registrar`);
    delegationSetId = undefined;
  }
  const zone = {
    name,
    callerReference: `aws-backup-gitops-restore-${randomUUID()}`,
    vpcs,
    tags: file.zone.Tags,
    ...(file.zone.Comment !== undefined ? { comment: file.zone.Comment } : {}),
    ...(delegationSetId ? { delegationSetId } : {}),
  };
  const details: Record<string, string | number> = { tags: file.zone.Tags.length };
  if (vpcs.length) details.vpcs = vpcs.map((v) => `${v.VPCRegion}:${v.VPCId}`).join(', ');
  if (delegationSetId) details['delegation-set'] = delegationSetId;
  return builder.add({
    id: `route53/${name}/zone`,
    kind: 'create',
    target: label,
    reason: file.zone.PrivateZone
      ? 'no such private zone exists: created with its VPC associations, comment and tags'
      : `no such public zone exists: created with its comment and tags${delegationSetId ? ' and the same reusable delegation set' : ' (new name servers: update the delegation at the registrar)'}`,
    details,
    apply: async () => {
      state.zoneId = await createZone(client, zone, wait);
      return `zone ${state.zoneId}`;
    },
  });
}

async function delegationSetExists(client: Route53Client, id: string): Promise<boolean> {
  const sets = await listAll(
    paginate(
      (Marker: string | undefined) => client.send(new ListReusableDelegationSetsCommand({ MaxItems: 100, ...(Marker ? { Marker } : {}) })),
      (page) => (page.IsTruncated ? page.NextMarker : undefined),
    ),
    (page) => page.DelegationSets,
  );
  if (!sets.complete) throw new Error(describeAwsError(sets.error, { family: 'route53', operation: 'ListReusableDelegationSets' }));
  return sets.items.some((s) => (s.Id ?? '').replace(/^\/delegationset\//, '') === id);
}

/** An existing zone gets its comment and tags put back when they drifted. */
async function planZoneSettings(
  builder: PlanBuilder,
  client: Route53Client,
  live: LiveZone,
  file: ZoneFile,
  label: string,
): Promise<void> {
  const liveComment = live.zone.Config?.Comment;
  if ((liveComment ?? '') !== (file.zone.Comment ?? '')) {
    builder.add({
      id: `route53/${live.zone.Name}/comment`,
      kind: 'update',
      target: `${label} comment`,
      reason: 'the zone comment differs from the export',
      apply: async () => updateZoneComment(client, live.id, file.zone.Comment),
    });
  }
  const tagSet = (await client.send(new ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: live.id }))).ResourceTagSet;
  const { add, remove } = tagDiff(tagSet?.Tags ?? [], file.zone.Tags);
  if (add.length || remove.length) {
    builder.add({
      id: `route53/${live.zone.Name}/tags`,
      kind: 'tag',
      target: `${label} tags`,
      reason: 'the zone tags differ from the export',
      details: { add: add.length, remove: remove.length },
      apply: async () => setTags(client, 'hostedzone', live.id, add, remove),
    });
  }
}

export function tagDiff(live: readonly Tag[], wanted: readonly Tag[]): { add: Tag[]; remove: string[] } {
  const current = new Map(live.map((t) => [t.Key ?? '', t.Value ?? '']));
  const desired = new Map(wanted.map((t) => [t.Key ?? '', t.Value ?? '']));
  const add = [...desired].filter(([k, v]) => current.get(k) !== v).map(([Key, Value]) => ({ Key, Value }));
  const remove = [...current.keys()].filter((k) => !desired.has(k));
  return { add, remove };
}

// ---------------------------------------------------------------------------------------
// Health checks

/** Live stable name → id: the export's own listing and naming of the account's checks. */
async function liveHealthCheckIds(client: Route53Client): Promise<Map<string, string>> {
  const listed = await listNamedHealthChecks(client);
  if (!listed.ok) throw new Error(listed.error);
  return healthCheckIdsByName(listed.checks);
}

/** A child reference of the file: a check of the file by name, or (written by id) a raw id. */
function childRefs(check: NamedHealthCheck, byName: ReadonlyMap<string, NamedHealthCheck>): { name?: string; id?: string }[] {
  return (check.healthCheck.HealthCheckConfig?.ChildHealthChecks ?? []).map((ref) => (byName.has(ref) ? { name: ref } : { id: ref }));
}

/** A child's id on apply: a named child's re-created or live id; a child written by id, that id. */
function childId(child: { name?: string; id?: string }, live: ReadonlyMap<string, string>, state: ApplyState): string {
  if (child.name === undefined) return child.id as string;
  const id = state.checkIds.get(child.name) ?? live.get(child.name);
  if (id === undefined) throw new Error(`child health check "${child.name}" was not re-created`);
  return id;
}

/**
 * One create action per missing health check the restored records need (and the children of
 * calculated checks among them); returns action ids by check name.
 */
function planHealthChecks(
  builder: PlanBuilder,
  client: Route53Client,
  checks: readonly NamedHealthCheck[],
  liveCheckIds: ReadonlyMap<string, string>,
  changes: readonly Change[],
  state: ApplyState,
): Map<string, string> {
  const byName = new Map(checks.map((c) => [c.name, c]));
  const needed = new Set<string>();
  for (const change of changes) {
    if (change.Action !== 'DELETE') for (const name of pendingChecks(change.ResourceRecordSet as ResourceRecordSet)) needed.add(name);
  }
  const actions = new Map<string, string>();
  const visiting = new Set<string>();
  const plan = (name: string): string | undefined => {
    if (actions.has(name)) return actions.get(name);
    const check = byName.get(name);
    if (!check || visiting.has(name)) return undefined;
    visiting.add(name);
    const config = check.healthCheck.HealthCheckConfig as HealthCheckConfig;
    // Missing children are re-created first; live ones keep their ids.
    const children = childRefs(check, byName);
    const childActions = children
      .filter((c) => c.name !== undefined && !liveCheckIds.has(c.name))
      .map((c) => plan(c.name as string))
      .filter((id): id is string => id !== undefined);
    const callerReference = `aws-backup-gitops-${randomUUID()}`;
    const id = builder.add({
      id: `route53/health-check/${name}`,
      kind: 'create',
      target: `health check ${name}`,
      reason: 'referenced by restored records but no live health check has this name; re-created with its settings and tags',
      details: { type: config.Type ?? '', tags: check.tags.length },
      dependsOn: childActions,
      apply: async () => {
        const resolved: HealthCheckConfig = { ...config };
        if (config.ChildHealthChecks) resolved.ChildHealthChecks = children.map((c) => childId(c, liveCheckIds, state));
        const newId = await createHealthCheck(client, callerReference, resolved, check.tags);
        state.checkIds.set(name, newId);
        return `health check ${newId}`;
      },
    });
    actions.set(name, id);
    return id;
  };
  for (const name of [...needed].sort()) plan(name);
  // A live calculated check that gets a re-created child is pointed at it (below), so its
  // other children without a live counterpart are re-created too, until nothing changes.
  for (let before = -1; before !== actions.size; ) {
    before = actions.size;
    for (const check of checks) {
      if (!liveCheckIds.has(check.name)) continue;
      const named = childRefs(check, byName).flatMap((c) => (c.name !== undefined ? [c.name] : []));
      if (named.some((n) => actions.has(n))) for (const n of named) if (!liveCheckIds.has(n)) plan(n);
    }
  }
  planChildUpdates(builder, client, checks, liveCheckIds, actions, state);
  return actions;
}

/**
 * A calculated check that still exists but counted a re-created check among its children
 * points at the new id afterwards (Route 53 would otherwise keep the dead id).
 */
function planChildUpdates(
  builder: PlanBuilder,
  client: Route53Client,
  checks: readonly NamedHealthCheck[],
  liveCheckIds: ReadonlyMap<string, string>,
  created: ReadonlyMap<string, string>,
  state: ApplyState,
): void {
  const byName = new Map(checks.map((c) => [c.name, c]));
  for (const check of checks) {
    const id = liveCheckIds.get(check.name);
    const children = childRefs(check, byName);
    const recreated = children.map((c) => c.name).filter((n): n is string => n !== undefined && created.has(n));
    if (id === undefined || recreated.length === 0) continue;
    builder.add({
      id: `route53/health-check/${check.name}/children`,
      kind: 'update',
      target: `health check ${check.name}`,
      reason: `its child check(s) ${recreated.join(', ')} are re-created with new ids`,
      dependsOn: recreated.map((n) => created.get(n) as string),
      apply: async () => {
        const ChildHealthChecks = children.map((c) => childId(c, liveCheckIds, state));
        await client.send(new UpdateHealthCheckCommand({ HealthCheckId: id, ChildHealthChecks }));
      },
    });
  }
}
