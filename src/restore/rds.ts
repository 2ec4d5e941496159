/**
 * RDS restores: a DB instance from a DB snapshot or to a point in time, and an Aurora cluster
 * from a cluster snapshot together with its member instances (same count and classes as the
 * source's). Every input is checked with read-only calls first — the snapshot and its region,
 * the restorable window, the subnet group and security groups, the target name — and
 * anything that cannot work is one RestoreInputError before any change. Settings come from
 * the options, the snapshot's captured tags, the source if it still exists, then the config
 * (rds-settings.ts). A target that the same request already created is found by its token tag
 * and not created again.
 *
 * The resolvers are in rds-instance.ts and rds-cluster.ts (shared checks in rds-checks.ts);
 * this module turns their specs into plans.
 */
import { describeAwsError } from '../aws/errors.js';
import { PlanBuilder } from '../plan/plan.js';
import { createClusterMember, dbClusterProbe, dbInstanceProbe, startDbClusterRestore, startDbInstanceRestore } from './rds-calls.js';
import { resolveRdsClusterRestore } from './rds-cluster.js';
import { resolveRdsInstanceRestore } from './rds-instance.js';
import { waitMinutesOption } from './snapshot-source.js';
import type { RestoreContext, RestorePlanner, RestoreRequest } from './types.js';
import type { ResolvedClusterRestore } from './rds-checks.js';
import { describeWait, waitFor, waitTiming, type Probe, type WaitTiming } from './wait.js';

export { parsePointInTime } from './rds-checks.js';
export { resolveRdsClusterRestore } from './rds-cluster.js';
export { resolveRdsInstanceRestore } from './rds-instance.js';

export const RDS_RESTORE_SECTION = 'restore';

// ------------------------------------------------------------------ planners

export function timingFor(request: RestoreRequest, overrides: Partial<WaitTiming>): WaitTiming {
  const minutes = waitMinutesOption(request);
  return waitTiming({ ...overrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
}

/** Waits for `available`; running out of budget is reported, not failed (the restore goes on in AWS). */
export async function waitAvailable(probe: Probe, label: string, timing: WaitTiming, log: (line: string) => void): Promise<string> {
  const result = await waitFor(probe, { label, goal: 'available', timing, log });
  if (result.outcome === 'failed') throw new Error(describeWait(result, { label, goal: 'available' }));
  if (result.outcome === 'timeout') return `${describeWait(result, { label, goal: 'available' })}; the restore continues in AWS`;
  return describeWait(result, { label, goal: 'available' });
}

export function createRdsInstanceRestorePlanner(timingOverrides: Partial<WaitTiming> = {}): RestorePlanner {
  return async (request, ctx) => {
    const resolved = await resolveRdsInstanceRestore(request, ctx);
    const timing = timingFor(request, timingOverrides);
    const { spec } = resolved;
    const plan = new PlanBuilder(RDS_RESTORE_SECTION);
    const label = `DB instance ${spec.target} (${spec.region})`;
    for (const warning of resolved.warnings) plan.warn(label, warning);
    if (resolved.existing) {
      plan.warn(label, `already restored by the same request (status ${resolved.existing.status}); nothing new is created`);
      return plan.build();
    }
    const rds = ctx.clients.rds(spec.region);
    plan.add({
      kind: 'restore',
      target: label,
      reason: 'snapshotId' in spec.from ? `restore DB snapshot ${spec.from.snapshotId}` : `restore ${spec.from.sourceInstance} to ${spec.from.restoreTime?.toISOString() ?? 'its latest restorable time'}`,
      details: resolved.details,
      apply: async () => {
        try {
          await startDbInstanceRestore(rds, spec);
        } catch (error) {
          throw new Error(describeAwsError(error, { resource: `DB instance ${spec.target}`, region: spec.region }));
        }
        return waitAvailable(dbInstanceProbe(rds, spec.target, 'available'), `DB instance ${spec.target}`, timing, ctx.log);
      },
    });
    return plan.build();
  };
}

export function createRdsClusterRestorePlanner(timingOverrides: Partial<WaitTiming> = {}): RestorePlanner {
  return async (request, ctx) => {
    const resolved = await resolveRdsClusterRestore(request, ctx);
    const timing = timingFor(request, timingOverrides);
    const { spec } = resolved;
    const plan = new PlanBuilder(RDS_RESTORE_SECTION);
    const label = `DB cluster ${spec.target} (${spec.region})`;
    const rds = ctx.clients.rds(spec.region);
    let clusterAction: string | undefined;
    if (resolved.existing) {
      plan.warn(label, `already restored by the same request (status ${resolved.existing.status}); only missing member instances are created`);
    } else {
      clusterAction = plan.add({
        kind: 'restore',
        target: label,
        reason: spec.pointInTime
          ? `restore ${spec.pointInTime.sourceCluster} to ${spec.pointInTime.restoreTime?.toISOString() ?? 'its latest restorable time'}`
          : `restore DB cluster snapshot ${spec.snapshotId}`,
        details: resolved.details,
        apply: async () => {
          try {
            await startDbClusterRestore(rds, spec);
          } catch (error) {
            throw new Error(describeAwsError(error, { resource: `DB cluster ${spec.target}`, region: spec.region }));
          }
          // AWS creates the members of a point-in-time restore only once the cluster is available.
          if (spec.pointInTime) return waitAvailable(dbClusterProbe(rds, spec.target, 'available'), `DB cluster ${spec.target}`, timing, ctx.log);
          return `restoring ${spec.target} from ${spec.snapshotId}`;
        },
      });
    }
    addClusterMembers(plan, resolved, ctx, timing, clusterAction);
    return plan.build();
  };
}

/** The member instances of a restored cluster, after the cluster (writer first); ones an earlier run made are skipped. */
export function addClusterMembers(plan: PlanBuilder, resolved: ResolvedClusterRestore, ctx: RestoreContext, timing: WaitTiming, clusterAction: string | undefined): void {
  const { spec } = resolved;
  const rds = ctx.clients.rds(spec.region);
  for (const [i, member] of spec.members.entries()) {
    if (resolved.existing && resolved.existingMembers.has(member.id)) continue;
    plan.add({
      kind: 'create',
      target: `DB instance ${member.id} in cluster ${spec.target} (${spec.region})`,
      reason: `${i === 0 ? 'writer' : 'reader'} of the restored cluster, class ${member.instanceClass} like member ${i + 1} of the source`,
      details: { instanceClass: member.instanceClass, cluster: spec.target },
      ...(clusterAction && { dependsOn: [clusterAction] }),
      apply: async () => {
        try {
          await createClusterMember(rds, spec, member);
        } catch (error) {
          throw new Error(describeAwsError(error, { resource: `DB instance ${member.id}`, region: spec.region }));
        }
        const instance = await waitAvailable(dbInstanceProbe(rds, member.id, 'available'), `DB instance ${member.id}`, timing, ctx.log);
        const cluster = await waitAvailable(dbClusterProbe(rds, spec.target, 'available'), `DB cluster ${spec.target}`, timing, ctx.log);
        return `${instance}; ${cluster}`;
      },
    });
  }
}

export const planRdsInstanceRestore: RestorePlanner = createRdsInstanceRestorePlanner();
export const planRdsClusterRestore: RestorePlanner = createRdsClusterRestorePlanner();
