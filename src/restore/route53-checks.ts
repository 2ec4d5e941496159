/**
 * Health checks in a zone restore. The health-check file holds no ids: its checks are matched
 * with the live ones by stable name (the export's own listing and naming of the account's
 * checks); checks the restored records need that have no live counterpart are re-created,
 * and the records (and live calculated checks) point at the new ids on apply. A live check
 * the zone's records use whose settings or tags drifted is put back with UpdateHealthCheck
 * (route53-check-drift.ts says what it can change) and ChangeTagsForResource.
 */
import { randomUUID } from 'node:crypto';
import {
  UpdateHealthCheckCommand,
  type Change,
  type HealthCheckConfig,
  type ResourceRecordSet,
  type Route53Client,
} from '@aws-sdk/client-route-53';
import { awsErrorCode } from '../aws/errors.js';
import { canonicalHealthChecks, type NamedHealthCheck } from '../export/health-checks.js';
import { listNamedHealthChecks } from '../export/route53.js';
import type { PlanBuilder } from '../plan/plan.js';
import { createHealthCheck, setTags, tagDiff } from './route53-apply.js';
import { healthCheckDrift } from './route53-check-drift.js';

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

/** A live check as the file would read it, with its id and HealthCheckVersion. */
export interface LiveCheck {
  id: string;
  version?: number;
  check: NamedHealthCheck;
}

/** Live checks by stable name: the export's own listing and naming of the account's checks. */
export async function liveHealthChecks(client: Route53Client): Promise<Map<string, LiveCheck>> {
  const listed = await listNamedHealthChecks(client);
  if (!listed.ok) throw new Error(listed.error);
  const canonical = new Map(canonicalHealthChecks(listed.checks).map((c) => [c.name, c]));
  return new Map(
    listed.checks.map((c) => {
      const version = listed.versions.get(c.healthCheck.Id);
      return [c.name, { id: c.healthCheck.Id, ...(version !== undefined ? { version } : {}), check: canonical.get(c.name)! }];
    }),
  );
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
  live: ReadonlyMap<string, LiveCheck>,
  referenced: ReadonlySet<string>,
  changes: readonly Change[],
  state: ApplyState,
): Map<string, string> {
  const liveCheckIds = new Map([...live].map(([name, l]) => [name, l.id]));
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
  planCheckUpdates(builder, client, checks, live, referenced, actions, state);
  return actions;
}

/**
 * Live checks the zone's records use (and their children) are put back to the file's settings
 * and tags where they drifted; a calculated check that still exists but counted a re-created
 * check among its children points at the new id (Route 53 would otherwise keep the dead id).
 * One UpdateHealthCheck per check, with the HealthCheckVersion the plan saw, so a change made
 * after the plan is not overwritten. What an existing check cannot take is a warning.
 */
function planCheckUpdates(
  builder: PlanBuilder,
  client: Route53Client,
  checks: readonly NamedHealthCheck[],
  live: ReadonlyMap<string, LiveCheck>,
  referenced: ReadonlySet<string>,
  created: ReadonlyMap<string, string>,
  state: ApplyState,
): void {
  const byName = new Map(checks.map((c) => [c.name, c]));
  const liveIds = new Map([...live].map(([name, l]) => [name, l.id]));
  const used = new Set<string>();
  const visit = (name: string): void => {
    const check = byName.get(name);
    if (!check || used.has(name)) return;
    used.add(name);
    for (const child of childRefs(check, byName)) if (child.name !== undefined) visit(child.name);
  };
  for (const name of referenced) visit(name);
  for (const check of checks) {
    const current = live.get(check.name);
    if (current === undefined) continue;
    const children = childRefs(check, byName);
    const recreated = children.map((c) => c.name).filter((n): n is string => n !== undefined && created.has(n));
    const drift = used.has(check.name) ? healthCheckDrift(check, current.check) : undefined;
    const target = `health check ${check.name}`;
    for (const fixed of drift?.fixed ?? []) {
      builder.warn(target, `${fixed}; left as it is. To put it back, point the records at a new check with the exported settings, or delete this one once no record uses it and restore again (a missing check is re-created)`);
    }
    const settings = drift?.changes ?? [];
    if (settings.length > 0 || recreated.length > 0) {
      const reasons = [
        ...(settings.length ? [`settings differ from the export: ${settings.join('; ')}`] : []),
        ...(recreated.length ? [`its child check(s) ${recreated.join(', ')} are re-created with new ids`] : []),
      ];
      const { ChildHealthChecks: childDrift, ...fields } = drift?.update ?? {};
      builder.add({
        id: `route53/health-check/${check.name}/settings`,
        kind: 'update',
        target,
        reason: reasons.join('; '),
        details: { settings: settings.length },
        dependsOn: recreated.map((n) => created.get(n) as string),
        apply: async () => {
          const resolved = childDrift !== undefined || recreated.length > 0 ? { ChildHealthChecks: children.map((c) => childId(c, liveIds, state)) } : {};
          const reset = drift?.reset.length ? { ResetElements: drift.reset } : {};
          const version = current.version !== undefined ? { HealthCheckVersion: current.version } : {};
          try {
            await client.send(new UpdateHealthCheckCommand({ HealthCheckId: current.id, ...version, ...fields, ...resolved, ...reset }));
          } catch (error) {
            if (awsErrorCode(error) !== 'HealthCheckVersionMismatch') throw error;
            throw new Error(`health check ${check.name} (${current.id}) was changed after this plan was made (HealthCheckVersionMismatch); run the restore again to see the difference now`, { cause: error });
          }
          return `${current.id} updated`;
        },
      });
    }
    const tags = used.has(check.name) ? tagDiff(current.check.tags, check.tags) : { add: [], remove: [] };
    if (tags.add.length || tags.remove.length) {
      builder.add({
        id: `route53/health-check/${check.name}/tags`,
        kind: 'tag',
        target: `${target} tags`,
        reason: 'the health check\'s tags differ from the export',
        details: { add: tags.add.length, remove: tags.remove.length },
        apply: async () => setTags(client, 'healthcheck', current.id, tags.add, tags.remove),
      });
    }
  }
}
