/**
 * The settings an RDS restore needs besides the snapshot — subnet group, security groups,
 * parameter and option groups, instance class (and for Aurora the classes of the members) —
 * and where each comes from, in order: the request's options, what was captured on the
 * snapshot when it was taken (tags, see SETTINGS_TAG), the source resource if it still exists
 * in the restore region, and the config (a DR copy's option group). Pure.
 */
import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import { TAG, type Tags } from '../snapshots/tags.js';

export interface DbSettings {
  subnetGroup?: string;
  securityGroups?: string[];
  /** DB parameter group (instances) or DB cluster parameter group (clusters). */
  parameterGroup?: string;
  optionGroup?: string;
  instanceClass?: string;
  /** Aurora: the class of each member instance, writer first. */
  memberClasses?: string[];
}

export type SettingKey = keyof DbSettings;
export type SettingsOrigin = 'options' | 'snapshot tags' | 'source' | 'config';

/** The option name a user sets for each setting. */
export const OPTION_OF: Record<SettingKey, string> = {
  subnetGroup: 'subnet-group',
  securityGroups: 'security-groups',
  parameterGroup: 'parameter-group',
  optionGroup: 'option-group',
  instanceClass: 'instance-class',
  memberClasses: 'instance-class',
};

/**
 * Tags that capture restore settings on a snapshot when it is taken. Values follow RDS's tag
 * alphabet (letters, digits, spaces and `_ . : / = + - @`), so lists are space-separated.
 */
export const SETTINGS_TAG = {
  subnetGroup: 'aws-backup-gitops:subnet-group',
  securityGroups: 'aws-backup-gitops:security-groups',
  parameterGroup: 'aws-backup-gitops:parameter-group',
  optionGroup: 'aws-backup-gitops:option-group',
  instanceClass: 'aws-backup-gitops:instance-class',
  memberClasses: 'aws-backup-gitops:member-classes',
} as const satisfies Record<SettingKey, string>;

/** Settings that name things of one region (they do not exist under that name elsewhere). */
const REGIONAL: ReadonlySet<SettingKey> = new Set(['subnetGroup', 'securityGroups', 'parameterGroup', 'optionGroup']);

/** The tags to put on a snapshot so a later restore needs no options (for the snapshots feature). */
export function settingsTags(settings: DbSettings): Tags {
  const tags: Tags = {};
  if (settings.subnetGroup) tags[SETTINGS_TAG.subnetGroup] = settings.subnetGroup;
  if (settings.securityGroups?.length) tags[SETTINGS_TAG.securityGroups] = settings.securityGroups.join(' ');
  if (settings.parameterGroup) tags[SETTINGS_TAG.parameterGroup] = settings.parameterGroup;
  if (settings.optionGroup) tags[SETTINGS_TAG.optionGroup] = settings.optionGroup;
  if (settings.instanceClass) tags[SETTINGS_TAG.instanceClass] = settings.instanceClass;
  if (settings.memberClasses?.length) tags[SETTINGS_TAG.memberClasses] = settings.memberClasses.join(' ');
  return tags;
}

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * Settings captured on a snapshot. Regional ones count only when restoring in the region the
 * snapshot was taken in (a DR copy's subnet group name means nothing in the DR region).
 */
export function settingsFromTags(tags: Tags, snapshotRegion: string, restoreRegion: string): DbSettings {
  const takenIn = tags[TAG.sourceRegion] ?? snapshotRegion;
  const sameRegion = takenIn === restoreRegion;
  const out: DbSettings = {};
  const put = <K extends SettingKey>(key: K, value: DbSettings[K] | undefined) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    if (REGIONAL.has(key) && !sameRegion) return;
    out[key] = value;
  };
  put('subnetGroup', tags[SETTINGS_TAG.subnetGroup]);
  put('securityGroups', tags[SETTINGS_TAG.securityGroups] !== undefined ? words(tags[SETTINGS_TAG.securityGroups]) : undefined);
  put('parameterGroup', tags[SETTINGS_TAG.parameterGroup]);
  put('optionGroup', tags[SETTINGS_TAG.optionGroup]);
  put('instanceClass', tags[SETTINGS_TAG.instanceClass]);
  put('memberClasses', tags[SETTINGS_TAG.memberClasses] !== undefined ? words(tags[SETTINGS_TAG.memberClasses]) : undefined);
  return out;
}

export function settingsFromInstance(db: DBInstance): DbSettings {
  const out: DbSettings = {};
  if (db.DBSubnetGroup?.DBSubnetGroupName) out.subnetGroup = db.DBSubnetGroup.DBSubnetGroupName;
  const groups = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((id): id is string => Boolean(id));
  if (groups.length) out.securityGroups = groups;
  const parameterGroup = db.DBParameterGroups?.[0]?.DBParameterGroupName;
  if (parameterGroup) out.parameterGroup = parameterGroup;
  const optionGroup = db.OptionGroupMemberships?.[0]?.OptionGroupName;
  if (optionGroup) out.optionGroup = optionGroup;
  if (db.DBInstanceClass) out.instanceClass = db.DBInstanceClass;
  return out;
}

/** A cluster and its member instances (writer first). */
export function settingsFromCluster(cluster: DBCluster, members: readonly DBInstance[]): DbSettings {
  const out: DbSettings = {};
  if (cluster.DBSubnetGroup) out.subnetGroup = cluster.DBSubnetGroup;
  const groups = (cluster.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter((id): id is string => Boolean(id));
  if (groups.length) out.securityGroups = groups;
  if (cluster.DBClusterParameterGroup) out.parameterGroup = cluster.DBClusterParameterGroup;
  const writerFirst = [...(cluster.DBClusterMembers ?? [])].sort((a, b) => Number(b.IsClusterWriter ?? false) - Number(a.IsClusterWriter ?? false));
  const classes = writerFirst
    .map((m) => members.find((db) => db.DBInstanceIdentifier === m.DBInstanceIdentifier)?.DBInstanceClass)
    .filter((c): c is string => Boolean(c));
  if (classes.length) out.memberClasses = classes;
  return out;
}

/**
 * Settings from the request's options. For a cluster, `instance-class` (with `instances`,
 * default 1) gives the member classes.
 */
export function settingsFromOptions(options: Record<string, string>, cluster: boolean): DbSettings {
  const out: DbSettings = {};
  const text = (name: string) => options[name]?.trim() || undefined;
  const subnetGroup = text('subnet-group');
  if (subnetGroup) out.subnetGroup = subnetGroup;
  const groups = words(options['security-groups']);
  if (groups.length) out.securityGroups = groups;
  const parameterGroup = text('parameter-group');
  if (parameterGroup) out.parameterGroup = parameterGroup;
  const optionGroup = text('option-group');
  if (optionGroup) out.optionGroup = optionGroup;
  const instanceClass = text('instance-class');
  if (instanceClass) {
    if (cluster) out.memberClasses = Array.from({ length: Number(options.instances ?? 1) }, () => instanceClass);
    else out.instanceClass = instanceClass;
  }
  return out;
}

export interface ResolvedSettings {
  settings: DbSettings;
  origins: Partial<Record<SettingKey, SettingsOrigin>>;
}

/** The first layer that has a setting wins; layers are in priority order. */
export function layerSettings(layers: readonly { origin: SettingsOrigin; settings: DbSettings }[]): ResolvedSettings {
  const settings: DbSettings = {};
  const origins: ResolvedSettings['origins'] = {};
  const keys: SettingKey[] = ['subnetGroup', 'securityGroups', 'parameterGroup', 'optionGroup', 'instanceClass', 'memberClasses'];
  for (const key of keys) {
    const layer = layers.find((l) => l.settings[key] !== undefined);
    if (!layer) continue;
    (settings as Record<SettingKey, unknown>)[key] = layer.settings[key];
    origins[key] = layer.origin;
  }
  return { settings, origins };
}

/** The settings still missing, as option names, e.g. `["subnet-group", "security-groups"]`. */
export function missingSettings(settings: DbSettings, required: readonly SettingKey[]): string[] {
  return required.filter((key) => settings[key] === undefined).map((key) => OPTION_OF[key]);
}
