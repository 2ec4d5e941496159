/**
 * What the EBS and RDS restores (and drills) share: reading the `source` of a request
 * (`snap-…`, a snapshot name or ARN, or `latest:<resource id>`), checking the region, the
 * token that makes a restore idempotent, and the tags a restored resource carries.
 */
import { createHash } from 'node:crypto';
import { isKnownRegion, unknownRegionMessage } from '../config/regions.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import { CREATED_BY, TAG, type Tags } from '../snapshots/tags.js';
import { RestoreInputError, type RestoreRequest } from './types.js';

export const RESTORE_TAG = {
  /** Snapshot (or `<db>@<instant>`) a resource was restored from. */
  restoredFrom: 'aws-backup-gitops:restored-from',
  /** Hash of the request: the same request finds what it made before instead of making it again. */
  token: 'aws-backup-gitops:restore-token',
  /** Scratch resources of a restore drill; only these are ever deleted by a drill. */
  drill: 'aws-backup-gitops:drill',
} as const;

export type SnapshotSource = { latestOf: string } | { snapshot: string };

/** `latest:<id>` or a snapshot reference; an empty or half-written source is a RestoreInputError. */
export function parseSnapshotSource(source: string, example: string): SnapshotSource {
  const text = source.trim();
  if (text === '') throw new RestoreInputError(`the restore source is empty; name a snapshot (e.g. ${example}) or latest:<resource id>`);
  if (text.startsWith('latest:')) {
    const id = text.slice('latest:'.length).trim();
    if (!id) throw new RestoreInputError(`source "${source}" names no resource; write latest:<resource id>, e.g. latest:${example}`);
    return { latestOf: id };
  }
  return { snapshot: text };
}

/** The region of an ARN (`arn:aws:rds:us-east-1:…`), if the text is one. */
export function arnRegion(text: string): string | undefined {
  return /^arn:[^:]+:[^:]+:([a-z0-9-]+):/.exec(text)?.[1];
}

export function checkRegion(region: string, where: string): string {
  if (!isKnownRegion(region)) throw new RestoreInputError(`${where}: ${unknownRegionMessage(region)}`);
  return region;
}

/**
 * Regions to look in when the request names none: the account's own first, then the DR
 * region (where the copies are).
 */
export function candidateRegions(config: Config, account: ResolvedAccount): string[] {
  const regions: string[] = [...account.regions];
  const dr = config['dr-region'];
  if (dr && !regions.includes(dr)) regions.push(dr);
  for (const policy of config.snapshots?.policies ?? []) {
    for (const copy of policy.copies) if (!regions.includes(copy.region)) regions.push(copy.region);
  }
  return regions;
}

/** A stable token for one request: same inputs, same token (EC2 ClientToken takes ≤ 64 ASCII characters). */
export function requestToken(parts: readonly (string | undefined)[]): string {
  return `abg-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40)}`;
}

/** Whether a snapshot was made by the tool of `resourceId` (an instance set counts for each of its volumes). */
export function isToolSnapshotOf(tags: Tags, resourceId: string, volumeId?: string): boolean {
  if (tags[TAG.createdBy] !== CREATED_BY) return false;
  if (tags[TAG.source] === resourceId) return true;
  return tags[TAG.source]?.startsWith('i-') === true && (tags[TAG.volume] === resourceId || volumeId === resourceId);
}

/** The point in time a snapshot stands for: copies carry their source's time in a tag. */
export function takenAt(tags: Tags, created: Date | undefined): number {
  const tagged = tags[TAG.takenAt] ? Date.parse(tags[TAG.takenAt]) : NaN;
  return Number.isNaN(tagged) ? (created?.getTime() ?? 0) : tagged;
}

/** Options a kind accepts; anything else is most likely a typo and is refused. */
export function checkOptions(request: RestoreRequest, known: readonly string[]): void {
  const unknown = Object.keys(request.options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new RestoreInputError(
      `unknown option${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')} for a ${request.kind} restore; ` +
        `the options are: ${known.join(', ')}`,
    );
  }
}

/** `wait-minutes` from the options, if given. */
export function waitMinutesOption(request: RestoreRequest): number | undefined {
  const raw = request.options['wait-minutes'];
  if (raw === undefined) return undefined;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RestoreInputError(`option wait-minutes must be a number of minutes ≥ 0, got "${raw}"`);
  }
  return minutes;
}

/** yyyymmdd of an instant, UTC. */
export function dayStamp(now: Date): string {
  return now.toISOString().slice(0, 10).replace(/-/g, '');
}
