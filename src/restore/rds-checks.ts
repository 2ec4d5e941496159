/**
 * Checks every RDS restore makes before any change: where the source is (and where else it
 * is, when not where asked), the target name, the network settings in the restore region,
 * settings that must be known, and a target that exists already. Failures are one
 * RestoreInputError naming what to set.
 */
import type { RDSClient } from '@aws-sdk/client-rds';
import type { DbClusterRestoreSpec } from './rds-calls.js';
import { RESTORE_TAG, arnRegion, candidateRegions, checkRegion } from './snapshot-source.js';
import { describeDbInstance, describeSubnetGroup, securityGroupVpcs } from './rds-lookup.js';
import { missingSettings, type DbSettings, type ResolvedSettings } from './rds-settings.js';
import { tagRecord, type Tags } from '../snapshots/tags.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';

// ------------------------------------------------------------------ where the source is

export interface Located<T> {
  region: string;
  found: T;
}

/**
 * Finds the source in the request's region, or — no region given — in the first candidate
 * region that has it. Not found: the error says where it is instead, if anywhere.
 */
export async function locate<T>(
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
export function splitArn(ref: string): { id: string; region?: string } {
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

export function checkTarget(id: string): string {
  const problem = identifierProblem(id);
  if (problem) throw new RestoreInputError(`target ${problem}`);
  return id;
}

/** Subnet group and security groups must exist in the restore region and share a VPC. */
export async function checkNetwork(ctx: RestoreContext, region: string, resolved: ResolvedSettings): Promise<void> {
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

export function requireSettings(resolved: ResolvedSettings, required: (keyof DbSettings)[], what: string, region: string, sourceGone: boolean): void {
  const missing = missingSettings(resolved.settings, required);
  if (missing.length === 0) return;
  const why = sourceGone ? 'the source no longer exists there and the snapshot carries no captured settings' : 'they could not be read from the snapshot or the source';
  throw new RestoreInputError(
    `restoring ${what} in ${region} needs ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} missing (${why}); ` +
      `set ${missing.map((m) => `options.${m}`).join(' and ')} to resources of ${region}`,
  );
}

export function settingsDetails(resolved: ResolvedSettings): Record<string, string> {
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
export function configOptionGroup(ctx: RestoreContext, policy: string | undefined, region: string): DbSettings {
  const copy = ctx.config.snapshots?.policies.find((p) => p.name === policy)?.copies.find((c) => c.region === region);
  return copy?.['option-group'] ? { optionGroup: copy['option-group'] } : {};
}

export type Existing = { id: string; status: string } | undefined;

/** A target that exists: the same request's earlier result (same token) or a collision. */
export function existingOrClash(kind: string, target: string, region: string, tags: Tags | undefined, status: string | undefined, token: string): Existing {
  if (!tags) return undefined;
  if (tags[RESTORE_TAG.token] === token) return { id: target, status: status ?? 'unknown' };
  throw new RestoreInputError(`${kind} ${target} already exists in ${region}; set target to a new name (the restore never overwrites an existing database)`);
}


/** Settings left to AWS's defaults are worth a line in the plan. */
export function defaultsWarnings(resolved: ResolvedSettings, keys: ('parameterGroup' | 'instanceClass')[]): string[] {
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

/** Refuses an instant outside a database's restorable window (point-in-time restores). */
export function checkRestorableWindow(what: string, when: Date | 'latest', earliest: Date, latest: Date): void {
  if (when !== 'latest' && (when < earliest || when > latest)) {
    throw new RestoreInputError(
      `pointInTime ${when.toISOString()} is outside the restorable window of ${what}: ${earliest.toISOString()} to ${latest.toISOString()}; choose a time in it, or "latest"`,
    );
  }
}

/** `<source>-pitr-<yyyymmdd-hhmm>`, short enough to leave `reserve` characters of the 63 allowed. */
export function pointInTimeTarget(sourceId: string, when: Date | 'latest', now: Date, reserve: number): string {
  const stamp = (when === 'latest' ? now : when).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `${sourceId.slice(0, 63 - 19 - reserve)}-pitr-${stamp}`;
}

/** The members to create (`<target>-1` the writer, …); ones the same request made already are found by token. */
export async function clusterMembers(
  rds: RDSClient,
  region: string,
  target: string,
  classes: readonly string[],
  token: string,
): Promise<{ members: { id: string; instanceClass: string }[]; existingMembers: Set<string> }> {
  const members = classes.map((instanceClass, i) => ({ id: checkTarget(`${target}-${i + 1}`), instanceClass }));
  const existingMembers = new Set<string>();
  for (const [i, member] of members.entries()) {
    const db = await describeDbInstance(rds, member.id);
    if (db) existingMembers.add(member.id);
    if (db && tagRecord(db.TagList)[RESTORE_TAG.token] !== token) {
      throw new RestoreInputError(`DB instance ${member.id} (member ${i + 1} of the restored cluster) already exists in ${region}; set target to a new name`);
    }
  }
  return { members, existingMembers };
}

export interface ResolvedClusterRestore {
  spec: DbClusterRestoreSpec;
  existing: Existing;
  /** Member instances an earlier run of the same request already created. */
  existingMembers: Set<string>;
  details: Record<string, string | number | boolean>;
}
