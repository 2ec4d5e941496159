/**
 * Resolving an Aurora cluster restore from a cluster snapshot (or, with pointInTime, to a point
 * in time: rds-cluster-pitr.ts) into a spec for rds-calls.ts:
 * the cluster plus its member instances (same count and classes as the source's, or the
 * options'), every input checked first.
 */
import { tagRecord, userTags, type Tags } from '../snapshots/tags.js';
import type { DBClusterSnapshot } from '@aws-sdk/client-rds';
import { checkNetwork, checkTarget, clusterMembers, existingOrClash, locate, requireSettings, settingsDetails, splitArn, type Located, type ResolvedClusterRestore } from './rds-checks.js';
import { clusterInstances, describeDbCluster, describeDbClusterSnapshot, latestDbClusterSnapshot } from './rds-lookup.js';
import { layerSettings, settingsFromCluster, settingsFromOptions, settingsFromTags, type DbSettings, type SettingsOrigin } from './rds-settings.js';
import { checkOptions, parseSnapshotSource, requestToken, RESTORE_TAG } from './snapshot-source.js';
import { resolveClusterPointInTime } from './rds-cluster-pitr.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';

export const RDS_CLUSTER_OPTIONS = ['subnet-group', 'security-groups', 'parameter-group', 'instance-class', 'instances', 'wait-minutes'] as const;

/** Aurora allows a writer and up to 15 replicas. */
const MAX_CLUSTER_INSTANCES = 16;

export type { ResolvedClusterRestore } from './rds-checks.js';

export function memberCount(options: Record<string, string>): void {
  const raw = options.instances;
  if (raw === undefined) return;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CLUSTER_INSTANCES) {
    throw new RestoreInputError(`option instances must be a whole number from 1 to ${MAX_CLUSTER_INSTANCES} (a writer and up to 15 readers), got "${raw}"`);
  }
  if (options['instance-class'] === undefined) throw new RestoreInputError('option instances needs instance-class too (the class of every member)');
}

export async function resolveRdsClusterRestore(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags = {}): Promise<ResolvedClusterRestore> {
  checkOptions(request, RDS_CLUSTER_OPTIONS);
  memberCount(request.options);
  if (request.pointInTime !== undefined) return resolveClusterPointInTime(request, ctx, extraTags);
  return resolveClusterFrom(request, ctx, await locateClusterSnapshot(request, ctx), extraTags);
}

/** The DB cluster snapshot a request names (`latest:<id>`, a name or an ARN), in `ctx`'s account. */
export async function locateClusterSnapshot(request: RestoreRequest, ctx: RestoreContext): Promise<Located<DBClusterSnapshot>> {
  const source = parseSnapshotSource(request.source, 'inventory-clusters-20260101-0400');
  if ('latestOf' in source) {
    return locate(request, ctx, `no available DB cluster snapshot made by aws-backup-gitops of ${source.latestOf}`, 'check the DB cluster identifier, or name a cluster snapshot', (rds) =>
      latestDbClusterSnapshot(rds, source.latestOf),
    );
  }
  const { id, region } = splitArn(source.snapshot);
  return locate(request, ctx, `DB cluster snapshot ${id}`, 'check the name (aws rds describe-db-cluster-snapshots), or use latest:<DB cluster id>', (rds) => describeDbClusterSnapshot(rds, id), region);
}

/** The checks of a cluster snapshot restore for a snapshot already found (possibly in another account: the vault). */
export async function resolveClusterFrom(request: RestoreRequest, ctx: RestoreContext, located: Located<DBClusterSnapshot>, extraTags: Tags = {}): Promise<ResolvedClusterRestore> {
  const { region, found: snapshot } = located;
  const snapshotId = snapshot.DBClusterSnapshotIdentifier as string;
  if (snapshot.Status !== 'available') {
    throw new RestoreInputError(`DB cluster snapshot ${snapshotId} in ${region} is ${snapshot.Status}; only an available snapshot can be restored — wait for it or choose another`);
  }
  if (!snapshot.Engine) throw new RestoreInputError(`DB cluster snapshot ${snapshotId} in ${region} reports no engine; it cannot be restored by this tool`);
  const sourceId = snapshot.DBClusterIdentifier;
  const target = checkTarget(request.target?.trim() || (sourceId ?? snapshotId));
  const rds = ctx.clients.rds(region);
  const tags = tagRecord(snapshot.TagList);
  const sourceCluster = sourceId ? await describeDbCluster(rds, sourceId) : undefined;
  const layers: { origin: SettingsOrigin; settings: DbSettings }[] = [
    { origin: 'options', settings: settingsFromOptions(request.options, true) },
    { origin: 'snapshot tags', settings: settingsFromTags(tags, region, region) },
  ];
  if (sourceCluster) layers.push({ origin: 'source', settings: settingsFromCluster(sourceCluster, await clusterInstances(rds, sourceId as string)) });
  const resolved = layerSettings(layers);
  requireSettings(resolved, ['subnetGroup', 'securityGroups', 'memberClasses'], `DB cluster ${target} from ${snapshotId}`, region, !sourceCluster);
  await checkNetwork(ctx, region, resolved);

  const token = requestToken([ctx.account.name, region, 'rds-cluster', snapshotId, target, JSON.stringify(extraTags)]);
  const current = target === sourceId ? sourceCluster : await describeDbCluster(rds, target);
  const existing = existingOrClash('DB cluster', target, region, current && tagRecord(current.TagList), current?.Status, token);
  const { members, existingMembers } = await clusterMembers(rds, region, target, resolved.settings.memberClasses as string[], token);
  return {
    spec: {
      account: ctx.account.name,
      region,
      target,
      snapshotId,
      engine: snapshot.Engine,
      ...(snapshot.EngineVersion && { engineVersion: snapshot.EngineVersion }),
      settings: resolved.settings,
      members,
      tags: { ...userTags(tags), [RESTORE_TAG.restoredFrom]: snapshotId, [RESTORE_TAG.token]: token, ...extraTags },
      token,
    },
    existing,
    existingMembers,
    details: { account: ctx.account.name, region, snapshot: snapshotId, engine: snapshot.Engine, instances: members.length, ...settingsDetails(resolved) },
  };
}

