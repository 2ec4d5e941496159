/**
 * Resolving a DB instance restore — from a DB snapshot or to a point in time of an existing
 * instance — into a spec for rds-calls.ts: source located, window and inputs checked,
 * settings layered (options, captured tags, source, config).
 */
import type { DBSnapshot } from '@aws-sdk/client-rds';
import { TAG, tagRecord, userTags, type Tags } from '../snapshots/tags.js';
import type { DbInstanceRestoreSpec } from './rds-calls.js';
import {
  checkNetwork,
  checkTarget,
  configOptionGroup,
  defaultsWarnings,
  existingOrClash,
  locate,
  parsePointInTime,
  requireSettings,
  settingsDetails,
  splitArn,
  type Existing,
  type Located,
  checkRestorableWindow,
  pointInTimeTarget,
} from './rds-checks.js';
import { describeDbInstance, describeDbSnapshot, latestDbSnapshot } from './rds-lookup.js';
import { layerSettings, settingsFromInstance, settingsFromOptions, settingsFromTags, type DbSettings, type SettingsOrigin } from './rds-settings.js';
import { checkOptions, parseSnapshotSource, requestToken, RESTORE_TAG } from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';

export const RDS_INSTANCE_OPTIONS = ['subnet-group', 'security-groups', 'parameter-group', 'option-group', 'instance-class', 'wait-minutes'] as const;
const DAY_MS = 86_400_000;

export interface ResolvedInstanceRestore {
  spec: DbInstanceRestoreSpec;
  /** Already created by the same request. */
  existing: Existing;
  warnings: string[];
  details: Record<string, string | number | boolean>;
}

export async function resolveRdsInstanceRestore(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags = {}): Promise<ResolvedInstanceRestore> {
  checkOptions(request, RDS_INSTANCE_OPTIONS);
  return request.pointInTime !== undefined ? resolvePointInTime(request, ctx, extraTags) : resolveFromSnapshot(request, ctx, extraTags);
}

async function resolveFromSnapshot(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags): Promise<ResolvedInstanceRestore> {
  return resolveInstanceFrom(request, ctx, await locateDbSnapshot(request, ctx), extraTags);
}

/** The DB snapshot a request names (`latest:<id>`, a name or an ARN), in `ctx`'s account. */
export async function locateDbSnapshot(request: RestoreRequest, ctx: RestoreContext): Promise<Located<DBSnapshot>> {
  const source = parseSnapshotSource(request.source, 'orders-db-daily-20260101-0300');
  if ('latestOf' in source) {
    return locate(request, ctx, `no available DB snapshot made by aws-backup-gitops of ${source.latestOf}`, 'check the DB instance identifier, or name a snapshot', (rds) => latestDbSnapshot(rds, source.latestOf));
  }
  const { id, region } = splitArn(source.snapshot);
  return locate(request, ctx, `DB snapshot ${id}`, 'check the name (aws rds describe-db-snapshots), or use latest:<DB instance id>', (rds) => describeDbSnapshot(rds, id), region);
}

/** The checks of a snapshot restore for a snapshot already found (possibly in another account: the vault). */
export async function resolveInstanceFrom(request: RestoreRequest, ctx: RestoreContext, located: Located<DBSnapshot>, extraTags: Tags = {}): Promise<ResolvedInstanceRestore> {
  const { region, found: snapshot } = located;
  const snapshotId = snapshot.DBSnapshotIdentifier as string;
  if (snapshot.Status !== 'available') {
    throw new RestoreInputError(`DB snapshot ${snapshotId} in ${region} is ${snapshot.Status}; only an available snapshot can be restored — wait for it or choose another`);
  }
  const sourceId = snapshot.DBInstanceIdentifier;
  const target = checkTarget(request.target?.trim() || (sourceId ?? snapshotId));
  const rds = ctx.clients.rds(region);
  const tags = tagRecord(snapshot.TagList);
  const sourceDb = sourceId ? await describeDbInstance(rds, sourceId) : undefined;
  const layers: { origin: SettingsOrigin; settings: DbSettings }[] = [
    { origin: 'options', settings: settingsFromOptions(request.options, false) },
    { origin: 'snapshot tags', settings: settingsFromTags(tags, region, region) },
  ];
  if (sourceDb && !sourceDb.DBClusterIdentifier) layers.push({ origin: 'source', settings: settingsFromInstance(sourceDb) });
  layers.push({ origin: 'config', settings: configOptionGroup(ctx, tags[TAG.policy], region) });
  const resolved = layerSettings(layers);
  requireSettings(resolved, ['subnetGroup', 'securityGroups'], `DB instance ${target} from ${snapshotId}`, region, !sourceDb);
  await checkNetwork(ctx, region, resolved);

  const token = requestToken([ctx.account.name, region, 'rds-instance', snapshotId, target, JSON.stringify(extraTags)]);
  // Restoring under the source's own name: the source was just described.
  const current = target === sourceId ? sourceDb : await describeDbInstance(rds, target);
  const existing = existingOrClash('DB instance', target, region, current && tagRecord(current.TagList), current?.DBInstanceStatus, token);
  const warnings = defaultsWarnings(resolved, ['parameterGroup', 'instanceClass']);
  return {
    spec: {
      account: ctx.account.name,
      region,
      target,
      from: { snapshotId },
      settings: resolved.settings,
      tags: { ...userTags(tags), [RESTORE_TAG.restoredFrom]: snapshotId, [RESTORE_TAG.token]: token, ...extraTags },
      token,
    },
    existing,
    warnings,
    details: { account: ctx.account.name, region, snapshot: snapshotId, ...(snapshot.Engine && { engine: snapshot.Engine }), ...settingsDetails(resolved) },
  };
}

async function resolvePointInTime(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags): Promise<ResolvedInstanceRestore> {
  const when = parsePointInTime(request.pointInTime as string);
  const raw = request.source.trim().replace(/^latest:/, '');
  if (!raw) throw new RestoreInputError('the restore source is empty; for a point-in-time restore name the DB instance, e.g. orders-db');
  const { id: sourceId, region: pinned } = splitArn(raw);
  const { region, found: db } = await locate(
    request,
    ctx,
    `DB instance ${sourceId}`,
    'a point-in-time restore starts from a DB instance that exists (name it as source); to restore a deleted one, use a snapshot without pointInTime',
    (rds) => describeDbInstance(rds, sourceId),
    pinned,
  );
  if (db.DBClusterIdentifier) {
    throw new RestoreInputError(`DB instance ${sourceId} is a member of DB cluster ${db.DBClusterIdentifier}; restore the cluster instead (kind rds-cluster)`);
  }
  const retention = db.BackupRetentionPeriod ?? 0;
  if (retention === 0) {
    throw new RestoreInputError(`DB instance ${sourceId} in ${region} has automated backups off (backup retention 0 days), so there is no point in time to restore; restore a snapshot instead (source latest:${sourceId}, no pointInTime)`);
  }
  const latest = db.LatestRestorableTime;
  if (!latest) throw new RestoreInputError(`DB instance ${sourceId} in ${region} reports no latest restorable time yet (status ${db.DBInstanceStatus}); try again when it is available`);
  // The window is the retention period back from the latest restorable time, never before the instance existed.
  const earliest = new Date(Math.max(db.InstanceCreateTime?.getTime() ?? 0, latest.getTime() - retention * DAY_MS));
  checkRestorableWindow(`DB instance ${sourceId} in ${region}`, when, earliest, latest);
  const defaultTarget = pointInTimeTarget(sourceId, when, ctx.now, 0);
  const target = checkTarget(request.target?.trim() || defaultTarget);
  const resolved = layerSettings([
    { origin: 'options', settings: settingsFromOptions(request.options, false) },
    { origin: 'source', settings: settingsFromInstance(db) },
  ]);
  requireSettings(resolved, ['subnetGroup', 'securityGroups'], `DB instance ${target} from ${sourceId}`, region, false);
  await checkNetwork(ctx, region, resolved);
  const instant = when === 'latest' ? 'latest' : when.toISOString();
  const token = requestToken([ctx.account.name, region, 'rds-pitr', sourceId, instant, target, JSON.stringify(extraTags)]);
  const current = await describeDbInstance(ctx.clients.rds(region), target);
  const existing = existingOrClash('DB instance', target, region, current && tagRecord(current.TagList), current?.DBInstanceStatus, token);
  return {
    spec: {
      account: ctx.account.name,
      region,
      target,
      from: when === 'latest' ? { sourceInstance: sourceId } : { sourceInstance: sourceId, restoreTime: when },
      settings: resolved.settings,
      tags: { ...userTags(tagRecord(db.TagList)), [RESTORE_TAG.restoredFrom]: `${sourceId}@${instant}`, [RESTORE_TAG.token]: token, ...extraTags },
      token,
    },
    existing,
    warnings: [],
    details: {
      account: ctx.account.name,
      region,
      sourceInstance: sourceId,
      pointInTime: instant,
      window: `${earliest.toISOString()} to ${latest.toISOString()}`,
      ...settingsDetails(resolved),
    },
  };
}

