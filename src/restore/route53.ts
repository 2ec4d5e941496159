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
 * point at the new ids; live checks the records use get drifted settings and tags put back.
 * An existing private zone gets its exported VPC associations back (route53-vpcs.ts). What
 * it cannot put back (a linked service, accelerated recovery, another delegation set) is a
 * plan warning (route53-zone-fixed.ts).
 *
 * Options (`request.options`): `zone-id` (restore into this existing zone), `private`
 * (`true`/`false`, to pick between a public and a private export of one name), `vpcs`
 * (`<region>:<vpc-id>,…`, the VPCs of a private zone instead of the exported ones, e.g. in the
 * DR region).
 *
 * The zone itself is in route53-zone.ts, health checks in route53-checks.ts, the record
 * changes' wording and apply in route53-records.ts.
 */
import { GetHostedZoneCommand, type Change, type ResourceRecordSet } from '@aws-sdk/client-route-53';
import { describeAwsError } from '../aws/errors.js';
import { listResourceRecordSets } from '../aws/paginate.js';
import { ExportFileError, parseZoneFile, type ZoneFile } from '../export/route53-format.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import { ChangeTooLargeError, normalName, planChangeBatches } from './change-batches.js';
import { DEFAULT_WAIT, type WaitOptions } from './route53-apply.js';
import { liveHealthChecks, pendingChecks, planHealthChecks, PENDING_CHECK, type ApplyState, type LiveCheck } from './route53-checks.js';
import {
  checkChangeThreshold,
  CHANGE_THRESHOLD,
  diffZoneRecords,
  recordIdentity,
  remapSelfAliases,
  renameZoneRecords,
} from './route53-diff.js';
import { batchRunner, describeRecord, isApex, reasonFor } from './route53-records.js';
import { loadZoneSource } from './route53-source.js';
import { findLiveZone, planNewZone, planZoneSettings, zoneVpcs } from './route53-zone.js';
import { planZoneNotRestored } from './route53-zone-fixed.js';
import { planZoneVpcs } from './route53-vpcs.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner, type RestoreRequest } from './types.js';

export const RESTORE_SECTION = 'restore';

export interface Route53RestoreOptions {
  wait?: Partial<WaitOptions>;
}

export function createRoute53Planner(options: Route53RestoreOptions = {}): RestorePlanner {
  const wait: WaitOptions = { ...DEFAULT_WAIT, ...options.wait };
  return (request, ctx) => planRoute53(request, ctx, wait);
}

export const planRoute53Restore: RestorePlanner = createRoute53Planner();

// ---------------------------------------------------------------------------------------

async function planRoute53(request: RestoreRequest, ctx: RestoreContext, wait: WaitOptions): Promise<Plan> {
  const client = ctx.clients.route53();
  const source = await loadZoneSource(request, ctx);
  const checks = source.healthChecks ?? [];
  const liveChecks = checks.length ? await liveHealthChecks(client) : new Map<string, LiveCheck>();
  const liveCheckIds = new Map([...liveChecks].map(([name, l]) => [name, l.id]));

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
  // One GetHostedZone for what only it says: VPC associations, delegation set, features.
  const hosted = live && (await client.send(new GetHostedZoneCommand({ Id: live.id })));
  if (live && hosted) {
    await planZoneSettings(builder, client, live, file, label);
    if (file.zone.PrivateZone) await planZoneVpcs(builder, client, { id: live.id, name: targetName }, hosted, vpcs, label, { force: request.force, wait });
  } else zoneActionId = await planNewZone(builder, client, file, targetName, label, vpcs, state, wait);
  planZoneNotRestored(builder, live && hosted && { ...live, hosted }, file, label);
  // Checks the zone's records use: drifted settings and tags are put back (route53-checks.ts).
  const checkNames = new Map([...idsByName].map(([name, id]) => [id, name]));
  const referenced = new Set(file.records.flatMap((r) => (r.HealthCheckId && checkNames.has(r.HealthCheckId) ? [checkNames.get(r.HealthCheckId)!] : [])));
  const checkActions = planHealthChecks(builder, client, checks, liveChecks, referenced, diff.changes, state);

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

