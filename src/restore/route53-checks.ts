/**
 * Health checks in a zone restore. The health-check file holds no ids: its checks are matched
 * with the live ones by stable name (the export's own listing and naming of the account's
 * checks); checks the restored records need that have no live counterpart are re-created,
 * and the records (and live calculated checks) point at the new ids on apply.
 */
import { randomUUID } from 'node:crypto';
import {
  UpdateHealthCheckCommand,
  type Change,
  type HealthCheckConfig,
  type ResourceRecordSet,
  type Route53Client,
} from '@aws-sdk/client-route-53';
import { healthCheckIdsByName, type NamedHealthCheck } from '../export/health-checks.js';
import { listNamedHealthChecks } from '../export/route53.js';
import type { PlanBuilder } from '../plan/plan.js';
import { createHealthCheck } from './route53-apply.js';

/** Stands in for the id of a health check that is re-created on apply. */
export const PENDING_CHECK = 'pending-health-check:';

/** Filled in on apply: the zone's id once created, health-check ids once re-created. */
export interface ApplyState {
  zoneId: string | undefined;
  checkIds: Map<string, string>;
}

export function pendingChecks(record: ResourceRecordSet): string[] {
  const id = record.HealthCheckId;
  return id?.startsWith(PENDING_CHECK) ? [id.slice(PENDING_CHECK.length)] : [];
}

/** Live stable name → id: the export's own listing and naming of the account's checks. */
export async function liveHealthCheckIds(client: Route53Client): Promise<Map<string, string>> {
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
export function planHealthChecks(
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
