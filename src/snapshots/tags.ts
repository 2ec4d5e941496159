/**
 * The tags the tool puts on every snapshot and copy it makes. They are how it recognises
 * its own snapshots: it never deletes, archives or copies over a snapshot without them.
 */
import type { Tier } from './periods.js';

export const CREATED_BY = 'aws-backup-gitops';

export const TAG = {
  policy: 'aws-backup-gitops:policy',
  /** The highest tier the snapshot opened a period for when it was taken (informational). */
  tier: 'aws-backup-gitops:tier',
  /** Volume, instance, DB instance or cluster id the snapshot was taken of. */
  source: 'aws-backup-gitops:source',
  sourceRegion: 'aws-backup-gitops:source-region',
  createdBy: 'aws-backup-gitops:created-by',
  /** Copies: the snapshot id in the source region. */
  sourceSnapshot: 'aws-backup-gitops:source-snapshot',
  /** Copies: when the source snapshot was taken (ISO 8601), the copy's point in time. */
  takenAt: 'aws-backup-gitops:taken-at',
  /** Instance snapshots and their copies: which of the instance's volumes. */
  volume: 'aws-backup-gitops:volume',
  /** Vault copies: the config's name of the account the source snapshot belongs to. */
  sourceAccount: 'aws-backup-gitops:source-account',
} as const;

export type Tags = Record<string, string>;

export interface ToolTagInput {
  policy: string;
  tier: Tier;
  source: string;
  sourceRegion: string;
}

/** The tool's own tags, in a fixed order. */
export function toolTags(input: ToolTagInput): Tags {
  return {
    [TAG.policy]: input.policy,
    [TAG.tier]: input.tier,
    [TAG.source]: input.source,
    [TAG.sourceRegion]: input.sourceRegion,
    [TAG.createdBy]: CREATED_BY,
  };
}

/** A snapshot the tool made: it carries created-by, policy, source and source region. */
export function isToolOwned(tags: Tags): boolean {
  return (
    tags[TAG.createdBy] === CREATED_BY &&
    Boolean(tags[TAG.policy]) &&
    Boolean(tags[TAG.source]) &&
    Boolean(tags[TAG.sourceRegion])
  );
}

/**
 * The source's own tags that may go on a snapshot: AWS reserves `aws:`, and the tool's
 * own keys are never taken from the source (a copied tag must not fake ownership).
 */
export function userTags(tags: Tags): Tags {
  const out: Tags = {};
  for (const key of Object.keys(tags).sort()) {
    if (key.toLowerCase().startsWith('aws:') || key.startsWith('aws-backup-gitops:')) continue;
    out[key] = tags[key] as string;
  }
  return out;
}

/** SDK tag lists ({Key, Value}[]) to a record; entries without a key are dropped. */
export function tagRecord(list: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Tags {
  const out: Tags = {};
  for (const tag of list ?? []) if (tag.Key) out[tag.Key] = tag.Value ?? '';
  return out;
}

export function tagList(tags: Tags): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** EC2 and RDS allow 50 user tags per resource; the tool's tags win over copied ones. */
export const MAX_TAGS = 50;

export function mergeTags(own: Tags, copied: Tags): Tags {
  const merged: Tags = { ...own };
  for (const [key, value] of Object.entries(copied)) {
    if (Object.keys(merged).length >= MAX_TAGS) break;
    if (!(key in merged)) merged[key] = value;
  }
  return merged;
}
