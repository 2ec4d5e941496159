/**
 * Resolving an Aurora point-in-time restore: RestoreDBClusterToPointInTime from an existing
 * cluster's automated backups, then its members with the source's classes.
 *
 * AWS restores a cluster to a point in time only in the cluster's own region: cross-Region
 * automated backup replication exists for RDS DB instances, not for Aurora. A point-in-time
 * restore asked for in another region (the DR region) is refused, naming what works there:
 * the DR copy of the cluster's latest snapshot.
 */
import { tagRecord, userTags, type Tags } from '../snapshots/tags.js';
import {
  checkNetwork,
  checkTarget,
  clusterMembers,
  existingOrClash,
  locate,
  parsePointInTime,
  requireSettings,
  settingsDetails,
  splitArn,
  type ResolvedClusterRestore,
  checkRestorableWindow,
  pointInTimeTarget,
} from './rds-checks.js';
import { clusterInstances, describeDbCluster } from './rds-lookup.js';
import { layerSettings, settingsFromCluster, settingsFromOptions } from './rds-settings.js';
import { candidateRegions, checkRegion, requestToken, RESTORE_TAG } from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';

export async function resolveClusterPointInTime(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags): Promise<ResolvedClusterRestore> {
  const when = parsePointInTime(request.pointInTime as string);
  const raw = request.source.trim().replace(/^latest:/, '');
  if (!raw) throw new RestoreInputError('the restore source is empty; for a point-in-time restore name the DB cluster, e.g. inventory');
  const { id: sourceId, region: pinned } = splitArn(raw);
  const asked = request.region ? checkRegion(request.region, 'region') : undefined;
  if (asked && !pinned && !(await describeDbCluster(ctx.clients.rds(asked), sourceId))) {
    for (const home of candidateRegions(ctx.config, ctx.account).filter((r) => r !== asked)) {
      if (await describeDbCluster(ctx.clients.rds(home), sourceId)) {
        throw new RestoreInputError(
          `DB cluster ${sourceId} is in ${home}: AWS restores an Aurora cluster to a point in time only in its own region (cross-Region automated backups cover RDS DB instances, not Aurora). ` +
            `Restore it to a point in time in ${home} (remove region), or in ${asked} restore the DR copy of its latest cluster snapshot (source latest:${sourceId}, region ${asked}, no pointInTime)`,
        );
      }
    }
  }
  const { region, found: cluster } = await locate(
    request,
    ctx,
    `DB cluster ${sourceId}`,
    'a point-in-time restore starts from a DB cluster that exists (name it as source); to restore a deleted one, use a cluster snapshot without pointInTime',
    (rds) => describeDbCluster(rds, sourceId),
    pinned,
  );
  const latest = cluster.LatestRestorableTime;
  const earliest = cluster.EarliestRestorableTime;
  if (!latest || !earliest || !cluster.Engine) {
    throw new RestoreInputError(`DB cluster ${sourceId} in ${region} reports no restorable window yet (status ${cluster.Status}); try again when it is available`);
  }
  checkRestorableWindow(`DB cluster ${sourceId} in ${region}`, when, earliest, latest);
  // Leaves room for the members' "-N" suffix within 63 characters.
  const defaultTarget = pointInTimeTarget(sourceId, when, ctx.now, 3);
  const target = checkTarget(request.target?.trim() || defaultTarget);
  const rds = ctx.clients.rds(region);
  const resolved = layerSettings([
    { origin: 'options', settings: settingsFromOptions(request.options, true) },
    { origin: 'source', settings: settingsFromCluster(cluster, await clusterInstances(rds, sourceId)) },
  ]);
  requireSettings(resolved, ['subnetGroup', 'securityGroups', 'memberClasses'], `DB cluster ${target} from ${sourceId}`, region, false);
  await checkNetwork(ctx, region, resolved);
  const instant = when === 'latest' ? 'latest' : when.toISOString();
  const token = requestToken([ctx.account.name, region, 'rds-cluster-pitr', sourceId, instant, target, JSON.stringify(extraTags)]);
  const current = target === sourceId ? cluster : await describeDbCluster(rds, target);
  const existing = existingOrClash('DB cluster', target, region, current && tagRecord(current.TagList), current?.Status, token);
  const { members, existingMembers } = await clusterMembers(rds, region, target, resolved.settings.memberClasses as string[], token);
  return {
    spec: {
      account: ctx.account.name,
      region,
      target,
      pointInTime: when === 'latest' ? { sourceCluster: sourceId } : { sourceCluster: sourceId, restoreTime: when },
      engine: cluster.Engine,
      settings: resolved.settings,
      members,
      tags: { ...userTags(tagRecord(cluster.TagList)), [RESTORE_TAG.restoredFrom]: `${sourceId}@${instant}`, [RESTORE_TAG.token]: token, ...extraTags },
      token,
    },
    existing,
    existingMembers,
    details: {
      account: ctx.account.name,
      region,
      sourceCluster: sourceId,
      pointInTime: instant,
      window: `${earliest.toISOString()} to ${latest.toISOString()}`,
      engine: cluster.Engine,
      instances: members.length,
      ...settingsDetails(resolved),
    },
  };
}
