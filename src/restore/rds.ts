/**
 * RDS restores: a DB instance from a DB snapshot or to a point in time, and an Aurora cluster
 * from a cluster snapshot together with its member instances (same count and classes as the
 * source's). Every input is checked with read-only calls first — the snapshot and its region,
 * the restorable window, the subnet group and security groups, the target name — and
 * anything that cannot work is one RestoreInputError before any change. Settings come from
 * the options, the snapshot's captured tags, the source if it still exists, then the config
 * (rds-settings.ts). A target that the same request already created is found by its token tag
 * and not created again.
 */
import type { DBSnapshot, RDSClient } from '@aws-sdk/client-rds';
import { describeAwsError } from '../aws/errors.js';
import { PlanBuilder } from '../plan/plan.js';
import { TAG, tagRecord, userTags, type Tags } from '../snapshots/tags.js';
import {
  createClusterMember,
  dbClusterProbe,
  dbInstanceProbe,
  startDbClusterRestore,
  startDbInstanceRestore,
  type DbClusterRestoreSpec,
  type DbInstanceRestoreSpec,
} from './rds-calls.js';
import {
  clusterInstances,
  describeDbCluster,
  describeDbClusterSnapshot,
  describeDbInstance,
  describeDbSnapshot,
  describeSubnetGroup,
  latestDbClusterSnapshot,
  latestDbSnapshot,
  securityGroupVpcs,
} from './rds-lookup.js';
import {
  layerSettings,
  missingSettings,
  settingsFromCluster,
  settingsFromInstance,
  settingsFromOptions,
  settingsFromTags,
  type DbSettings,
  type ResolvedSettings,
  type SettingsOrigin,
} from './rds-settings.js';
import {
  arnRegion,
  candidateRegions,
  checkOptions,
  checkRegion,
  parseSnapshotSource,
  requestToken,
  RESTORE_TAG,
  waitMinutesOption,
} from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner, type RestoreRequest } from './types.js';
import { describeWait, waitFor, waitTiming, type Probe, type WaitTiming } from './wait.js';

export const RDS_RESTORE_SECTION = 'restore';
export const RDS_INSTANCE_OPTIONS = ['subnet-group', 'security-groups', 'parameter-group', 'option-group', 'instance-class', 'wait-minutes'] as const;
export const RDS_CLUSTER_OPTIONS = ['subnet-group', 'security-groups', 'parameter-group', 'instance-class', 'instances', 'wait-minutes'] as const;

/** Aurora allows a writer and up to 15 replicas. */
const MAX_CLUSTER_INSTANCES = 16;
const DAY_MS = 86_400_000;

// ------------------------------------------------------------------ where the source is

interface Located<T> {
  region: string;
  found: T;
}

/**
 * Finds the source in the request's region, or — no region given — in the first candidate
 * region that has it. Not found: the error says where it is instead, if anywhere.
 */
async function locate<T>(
  request: RestoreRequest,
  ctx: RestoreContext,
  what: string,
  hint: string,
  find: (rds: RDSClient) => Promise<T | undefined>,
  pinned?: string,
): Promise<Located<T>> {
  const asked = request.region ? checkRegion(request.region, 'region') : undefined;
  if (pinned && asked && pinned !== asked) {
    throw new RestoreInputError(`${what} is in ${pinned} (its ARN says so) but the restore region is ${asked}; remove region, or restore from the copy in ${asked} (source latest:<resource id> with region ${asked})`);
  }
  const candidates = candidateRegions(ctx.config, ctx.account);
  const lookIn = pinned ? [pinned] : asked ? [asked] : candidates;
  for (const region of lookIn) {
    const found = await find(ctx.clients.rds(region));
    if (found !== undefined) return { region, found };
  }
  const elsewhere: string[] = [];
  for (const region of candidates.filter((r) => !lookIn.includes(r))) if ((await find(ctx.clients.rds(region))) !== undefined) elsewhere.push(region);
  const searched = `in ${lookIn.join(', ')}${ctx.account.name === 'default' ? '' : ` (account ${ctx.account.name})`}`;
  if (elsewhere.length > 0) throw new RestoreInputError(`${what} was not found ${searched}, but it is in ${elsewhere.join(', ')}: set region to ${elsewhere[0]}`);
  throw new RestoreInputError(`${what} was not found ${searched}; ${hint}`);
}

/** `arn:aws:rds:<region>:<acct>:<type>:<id>` → id (and the region pins the lookup). */
function splitArn(ref: string): { id: string; region?: string } {
  const region = arnRegion(ref);
  if (!region) return { id: ref };
  return { id: ref.split(':').slice(6).join(':'), region };
}

// ------------------------------------------------------------------ shared checks

/** RDS identifiers: 1–63 letters, digits and single hyphens, starting with a letter. */
export function identifierProblem(id: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/.test(id) || id.length > 63) {
    return `"${id}" is not a valid RDS identifier: 1 to 63 letters, digits and single hyphens, starting with a letter and not ending with a hyphen`;
  }
  return undefined;
}

function checkTarget(id: string): string {
  const problem = identifierProblem(id);
  if (problem) throw new RestoreInputError(`target ${problem}`);
  return id;
}

/** Subnet group and security groups must exist in the restore region and share a VPC. */
async function checkNetwork(ctx: RestoreContext, region: string, resolved: ResolvedSettings): Promise<void> {
  const { settings, origins } = resolved;
  const from = (key: keyof DbSettings) => (origins[key] === 'options' ? 'option' : `taken from the ${origins[key]}`);
  let vpc: string | undefined;
  if (settings.subnetGroup) {
    const group = await describeSubnetGroup(ctx.clients.rds(region), settings.subnetGroup);
    if (!group) {
      throw new RestoreInputError(
        `DB subnet group "${settings.subnetGroup}" (subnet-group, ${from('subnetGroup')}) does not exist in ${region}; create it there or set option subnet-group to an existing one`,
      );
    }
    vpc = group.VpcId;
  }
  if (settings.securityGroups?.length) {
    const found = await securityGroupVpcs(ctx.clients.ec2(region), settings.securityGroups);
    const missing = settings.securityGroups.filter((id) => !found.has(id));
    if (missing.length) {
      throw new RestoreInputError(`security group${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (security-groups, ${from('securityGroups')}) not found in ${region}; set option security-groups to groups of the target VPC`);
    }
    const strays = settings.securityGroups.filter((id) => vpc && found.get(id) !== vpc);
    if (strays.length) {
      throw new RestoreInputError(`security group${strays.length === 1 ? '' : 's'} ${strays.join(', ')} ${strays.length === 1 ? 'is' : 'are'} not in ${vpc}, the VPC of subnet group ${settings.subnetGroup}; use groups of that VPC`);
    }
  }
}

function requireSettings(resolved: ResolvedSettings, required: (keyof DbSettings)[], what: string, region: string, sourceGone: boolean): void {
  const missing = missingSettings(resolved.settings, required);
  if (missing.length === 0) return;
  const why = sourceGone ? 'the source no longer exists there and the snapshot carries no captured settings' : 'they could not be read from the snapshot or the source';
  throw new RestoreInputError(
    `restoring ${what} in ${region} needs ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} missing (${why}); ` +
      `set ${missing.map((m) => `options.${m}`).join(' and ')} to resources of ${region}`,
  );
}

function settingsDetails(resolved: ResolvedSettings): Record<string, string> {
  const s = resolved.settings;
  const details: Record<string, string> = {};
  if (s.subnetGroup) details.subnetGroup = s.subnetGroup;
  if (s.securityGroups) details.securityGroups = s.securityGroups.join(' ');
  if (s.parameterGroup) details.parameterGroup = s.parameterGroup;
  if (s.optionGroup) details.optionGroup = s.optionGroup;
  if (s.instanceClass) details.instanceClass = s.instanceClass;
  if (s.memberClasses) details.memberClasses = s.memberClasses.join(' ');
  const origins = Object.entries(resolved.origins).map(([k, o]) => `${k}: ${o}`);
  if (origins.length) details.settingsFrom = origins.join(', ');
  return details;
}

/** The option group a policy's DR copies use in `region` (copies of engines that need a mapping). */
function configOptionGroup(ctx: RestoreContext, policy: string | undefined, region: string): DbSettings {
  const copy = ctx.config.snapshots?.policies.find((p) => p.name === policy)?.copies.find((c) => c.region === region);
  return copy?.['option-group'] ? { optionGroup: copy['option-group'] } : {};
}

type Existing = { id: string; status: string } | undefined;

/** A target that exists: the same request's earlier result (same token) or a collision. */
function existingOrClash(kind: string, target: string, region: string, tags: Tags | undefined, status: string | undefined, token: string): Existing {
  if (!tags) return undefined;
  if (tags[RESTORE_TAG.token] === token) return { id: target, status: status ?? 'unknown' };
  throw new RestoreInputError(`${kind} ${target} already exists in ${region}; set target to a new name (the restore never overwrites an existing database)`);
}

// ------------------------------------------------------------------ DB instance

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
  const source = parseSnapshotSource(request.source, 'orders-db-daily-20260101-0300');
  let located: Located<DBSnapshot>;
  if ('latestOf' in source) {
    located = await locate(request, ctx, `no available DB snapshot made by aws-backup-gitops of ${source.latestOf}`, 'check the DB instance identifier, or name a snapshot', (rds) => latestDbSnapshot(rds, source.latestOf));
  } else {
    const { id, region } = splitArn(source.snapshot);
    located = await locate(
      request,
      ctx,
      `DB snapshot ${id}`,
      'check the name (aws rds describe-db-snapshots), or use latest:<DB instance id>',
      (rds) => describeDbSnapshot(rds, id),
      region,
    );
  }
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

/** Settings left to AWS's defaults are worth a line in the plan. */
function defaultsWarnings(resolved: ResolvedSettings, keys: ('parameterGroup' | 'instanceClass')[]): string[] {
  const defaults = { parameterGroup: ['parameter-group', "the engine's default parameter group"], instanceClass: ['instance-class', "the snapshot's original instance class"] } as const;
  return keys
    .filter((key) => resolved.settings[key] === undefined)
    .map((key) => `${defaults[key][0]} not known: AWS uses ${defaults[key][1]}; set options.${defaults[key][0]} to choose`);
}

/** Parses `pointInTime`: `latest`, or an ISO 8601 instant with a zone. */
export function parsePointInTime(text: string): Date | 'latest' {
  const value = text.trim();
  if (value.toLowerCase() === 'latest') return 'latest';
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value);
  const parsed = Date.parse(value);
  if (!iso || Number.isNaN(parsed)) {
    throw new RestoreInputError(`pointInTime "${text}" is not an ISO 8601 instant with a time zone, such as 2026-01-01T12:00:00Z, nor "latest"`);
  }
  return new Date(parsed);
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
  if (when !== 'latest' && (when < earliest || when > latest)) {
    throw new RestoreInputError(
      `pointInTime ${when.toISOString()} is outside the restorable window of DB instance ${sourceId} in ${region}: ${earliest.toISOString()} to ${latest.toISOString()}; choose a time in it, or "latest"`,
    );
  }
  const stampOf = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const defaultTarget = `${sourceId.slice(0, 63 - 19)}-pitr-${stampOf(when === 'latest' ? ctx.now : when)}`;
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

// ------------------------------------------------------------------ Aurora cluster

export interface ResolvedClusterRestore {
  spec: DbClusterRestoreSpec;
  existing: Existing;
  /** Member instances an earlier run of the same request already created. */
  existingMembers: Set<string>;
  details: Record<string, string | number | boolean>;
}

function memberCount(options: Record<string, string>): void {
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
  if (request.pointInTime !== undefined) {
    throw new RestoreInputError('a point-in-time restore of a DB cluster is not supported yet; restore a cluster snapshot (source latest:<cluster id>) without pointInTime');
  }
  memberCount(request.options);
  const source = parseSnapshotSource(request.source, 'inventory-clusters-20260101-0400');
  const located =
    'latestOf' in source
      ? await locate(request, ctx, `no available DB cluster snapshot made by aws-backup-gitops of ${source.latestOf}`, 'check the DB cluster identifier, or name a cluster snapshot', (rds) =>
          latestDbClusterSnapshot(rds, source.latestOf),
        )
      : await (async () => {
          const { id, region } = splitArn(source.snapshot);
          return locate(request, ctx, `DB cluster snapshot ${id}`, 'check the name (aws rds describe-db-cluster-snapshots), or use latest:<DB cluster id>', (rds) => describeDbClusterSnapshot(rds, id), region);
        })();
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
  const members = (resolved.settings.memberClasses as string[]).map((instanceClass, i) => ({ id: checkTarget(`${target}-${i + 1}`), instanceClass }));
  const existingMembers = new Set<string>();
  for (const member of members) {
    const db = await describeDbInstance(rds, member.id);
    if (db) existingMembers.add(member.id);
    if (db && tagRecord(db.TagList)[RESTORE_TAG.token] !== token) {
      throw new RestoreInputError(`DB instance ${member.id} (member ${members.indexOf(member) + 1} of the restored cluster) already exists in ${region}; set target to a new name`);
    }
  }
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

// ------------------------------------------------------------------ planners

function timingFor(request: RestoreRequest, overrides: Partial<WaitTiming>): WaitTiming {
  const minutes = waitMinutesOption(request);
  return waitTiming({ ...overrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
}

/** Waits for `available`; running out of budget is reported, not failed (the restore goes on in AWS). */
async function waitAvailable(probe: Probe, label: string, timing: WaitTiming, log: (line: string) => void): Promise<string> {
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
        reason: `restore DB cluster snapshot ${spec.snapshotId}`,
        details: resolved.details,
        apply: async () => {
          try {
            await startDbClusterRestore(rds, spec);
          } catch (error) {
            throw new Error(describeAwsError(error, { resource: `DB cluster ${spec.target}`, region: spec.region }));
          }
          return `restoring ${spec.target} from ${spec.snapshotId}`;
        },
      });
    }
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
    return plan.build();
  };
}

export const planRdsInstanceRestore: RestorePlanner = createRdsInstanceRestorePlanner();
export const planRdsClusterRestore: RestorePlanner = createRdsClusterRestorePlanner();

