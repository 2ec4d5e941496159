/**
 * The steps of one drill, shared by drills of the account's own snapshots (drill.ts) and of
 * vault copies (drill-vault.ts): scratch names and tags, restore-check-cleanup with the
 * recovery time measured, and deleting only the drill's own scratch resources.
 */
import { describeAwsError } from '../aws/errors.js';
import type { PlanAction } from '../plan/plan.js';
import { errorMessage } from '../util/concurrency.js';
import { tagRecord, type Tags } from '../snapshots/tags.js';
import { createVolumeFromSnapshot, deleteVolume, volumeProbe, volumesTagged, type EbsRestoreSpec } from './ebs.js';
import {
  createClusterMember,
  dbClusterProbe,
  dbInstanceProbe,
  deleteDbCluster,
  deleteDbInstance,
  startDbClusterRestore,
  startDbInstanceRestore,
  type DbClusterRestoreSpec,
  type DbInstanceRestoreSpec,
} from './rds-calls.js';
import { describeDbCluster, describeDbInstance } from './rds-lookup.js';
import { dayStamp, RESTORE_TAG } from './snapshot-source.js';
import type { RestoreContext } from './types.js';
import { formatDuration, waitOrThrow, type WaitTiming } from './wait.js';

/** `drill-<source>-<yyyymmdd>`, shortened to RDS's 63 characters (cluster members need 3 more). */
export function scratchName(source: string, now: Date, room = 63): string {
  const suffix = `-${dayStamp(now)}`;
  const front = `drill-${source}`.slice(0, room - suffix.length).replace(/-+$/, '');
  return `${front}${suffix}`;
}

/** A scratch resource carries only the tool's tags and its name: a source tag like `backup=daily` would get it snapshotted. */
export function scratchTags(tags: Tags, name: string): Tags {
  const out: Tags = { Name: name };
  for (const [key, value] of Object.entries(tags)) if (key.startsWith('aws-backup-gitops:')) out[key] = value;
  return out;
}

export const DRILL_TAGS: Tags = { [RESTORE_TAG.drill]: 'true' };
export const isDrillScratch = (tags: Tags, token?: string) => tags[RESTORE_TAG.drill] === 'true' && (token === undefined || tags[RESTORE_TAG.token] === token);

/**
 * Runs `restore` then `check`, then always `cleanup`. The drill fails if any of them failed;
 * the message says whether the scratch resource is gone.
 */
export async function drillRun(label: string, steps: { restore: () => Promise<void>; cleanup: () => Promise<void> }, record: (ms: number) => void, log: (line: string) => void): Promise<string> {
  const started = Date.now();
  let failure: unknown;
  let rtoMs: number | undefined;
  try {
    await steps.restore();
    rtoMs = Date.now() - started;
    record(rtoMs);
    log(`drill ${label}: restored and checked in ${formatDuration(rtoMs)}`);
  } catch (error) {
    failure = error;
  }
  try {
    await steps.cleanup();
  } catch (error) {
    const cleanup = `deleting the scratch resource failed: ${describeAwsError(error)} — delete what carries ${RESTORE_TAG.drill}=true by hand, or run the drill again (it sweeps leftovers)`;
    throw new Error(failure ? `${errorMessage(failure)}; ${cleanup}` : cleanup);
  }
  if (failure) throw new Error(`${errorMessage(failure)}; the scratch resource was deleted`);
  return `recovery time ${formatDuration(rtoMs as number)}; scratch deleted`;
}

/** `around` wraps the create and its wait (a vault copy is shared only for them). */
export function drillEbs(ctx: RestoreContext, spec: EbsRestoreSpec, timing: WaitTiming, record: (ms: number) => void, around: <T>(create: () => Promise<T>) => Promise<T> = (create) => create()): Promise<string> {
  const ec2 = ctx.clients.ec2(spec.region);
  return drillRun(
    `volume from ${spec.snapshotId}`,
    {
      restore: () =>
        around(async () => {
          const id = await createVolumeFromSnapshot(ec2, spec);
          await waitOrThrow(volumeProbe(ec2, id, 'available'), { label: `scratch volume ${id}`, goal: 'available', timing, log: ctx.log });
        }),
      // Found by the token tag, not by the id the create call returned: a create that failed on the way back still made one.
      cleanup: async () => {
        for (const volume of await volumesTagged(ec2, RESTORE_TAG.token, spec.clientToken)) {
          if (!isDrillScratch(tagRecord(volume.Tags), spec.clientToken)) continue;
          const id = volume.VolumeId as string;
          await deleteVolume(ec2, id);
          await waitOrThrow(volumeProbe(ec2, id, 'gone'), { label: `scratch volume ${id}`, goal: 'deleted', timing, log: ctx.log });
        }
      },
    },
    record,
    ctx.log,
  );
}

export async function deleteScratchInstance(ctx: RestoreContext, region: string, id: string, token: string, timing: WaitTiming): Promise<void> {
  const rds = ctx.clients.rds(region);
  const db = await describeDbInstance(rds, id);
  if (!db || !isDrillScratch(tagRecord(db.TagList), token)) return;
  await deleteDbInstance(rds, id, timing);
  await waitOrThrow(dbInstanceProbe(rds, id, 'gone'), { label: `scratch DB instance ${id}`, goal: 'deleted', timing, log: ctx.log });
}

export function drillDbInstance(ctx: RestoreContext, spec: DbInstanceRestoreSpec, timing: WaitTiming, record: (ms: number) => void): Promise<string> {
  const rds = ctx.clients.rds(spec.region);
  return drillRun(
    `DB instance ${spec.target}`,
    {
      restore: async () => {
        await startDbInstanceRestore(rds, spec);
        await waitOrThrow(dbInstanceProbe(rds, spec.target, 'available'), { label: `scratch DB instance ${spec.target}`, goal: 'available', timing, log: ctx.log });
      },
      cleanup: () => deleteScratchInstance(ctx, spec.region, spec.target, spec.token, timing),
    },
    record,
    ctx.log,
  );
}

export function drillDbCluster(ctx: RestoreContext, spec: DbClusterRestoreSpec, timing: WaitTiming, record: (ms: number) => void): Promise<string> {
  const rds = ctx.clients.rds(spec.region);
  return drillRun(
    `DB cluster ${spec.target}`,
    {
      restore: async () => {
        await startDbClusterRestore(rds, spec);
        await Promise.all(spec.members.map((m) => createClusterMember(rds, spec, m)));
        await Promise.all([
          waitOrThrow(dbClusterProbe(rds, spec.target, 'available'), { label: `scratch DB cluster ${spec.target}`, goal: 'available', timing, log: ctx.log }),
          ...spec.members.map((m) => waitOrThrow(dbInstanceProbe(rds, m.id, 'available'), { label: `scratch DB instance ${m.id}`, goal: 'available', timing, log: ctx.log })),
        ]);
      },
      cleanup: () => deleteScratchCluster(ctx, spec, timing),
    },
    record,
    ctx.log,
  );
}

/** Members first, then the cluster: only the drill's own (tag and token). */
export async function deleteScratchCluster(ctx: RestoreContext, spec: DbClusterRestoreSpec, timing: WaitTiming): Promise<void> {
  const rds = ctx.clients.rds(spec.region);
    // Members first: a cluster cannot be deleted while it has members that are not being deleted.
    const results = await Promise.allSettled(spec.members.map((m) => deleteScratchInstance(ctx, spec.region, m.id, spec.token, timing)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const cluster = await describeDbCluster(rds, spec.target);
    if (!cluster || !isDrillScratch(tagRecord(cluster.TagList), spec.token)) return;
    await deleteDbCluster(rds, spec.target, timing);
    await waitOrThrow(dbClusterProbe(rds, spec.target, 'gone'), { label: `scratch DB cluster ${spec.target}`, goal: 'deleted', timing, log: ctx.log });
}

/** The recorder an action's apply calls with its recovery time; planDrill links the holder to the built action. */
export function rtoRecorder(holders: Map<string, { action?: PlanAction }>, id: string): (rtoMs: number) => void {
  const holder: { action?: PlanAction } = {};
  holders.set(id, holder);
  return (rtoMs) => {
    if (holder.action) holder.action.details = { ...holder.action.details, rtoSeconds: Math.round(rtoMs / 100) / 10 };
  };
}
