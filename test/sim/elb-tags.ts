/**
 * Tag checks both ELB APIs apply the same way: keys required and unique per call, and a
 * cap on how many distinct keys a resource may hold.
 */
import type { Tag } from '@aws-sdk/client-elastic-load-balancing';
import { SimError } from './types.js';

export function checkTagKeys(tags: Tag[] | { Key?: string }[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    if (!tag.Key) throw new SimError('ValidationError', 'A tag key is required');
    if (seen.has(tag.Key)) throw new SimError('DuplicateTagKeys', `Tag key '${tag.Key}' specified more than once`);
    seen.add(tag.Key);
  }
}

/** Adds or overwrites tags; more than `max` distinct keys is TooManyTags like AWS. */
export function mergeTags(existing: Tag[], added: Tag[], max: number, resource: string): Tag[] {
  const merged = new Map(existing.map((t) => [t.Key!, t]));
  for (const tag of added) merged.set(tag.Key!, { Key: tag.Key, Value: tag.Value ?? '' });
  if (merged.size > max) throw new SimError('TooManyTags', `The quota for the number of tags that can be assigned to '${resource}' has been reached (${max})`);
  return [...merged.values()];
}
