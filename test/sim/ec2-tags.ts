/**
 * The simulated EC2's tagging actions, CreateTags and DeleteTags, on snapshots, volumes,
 * instances and AMIs of the calling account and region, with EC2's tag rules.
 */
import type { Tag } from '@aws-sdk/client-ec2';
import { checkTags, findInstance, findSnapshot, findVolume, mergeTags, required, type Operation } from './ec2-helpers.js';
import type { Ec2Region } from './ec2-state.js';
import { SimError } from './types.js';

/** Where a taggable resource's tags live, by id prefix. */
function taggable(region: Ec2Region, id: string): { Tags?: Tag[] } {
  if (id.startsWith('snap-')) return findSnapshot(region, id).snapshot;
  if (id.startsWith('vol-')) return findVolume(region, id);
  if (id.startsWith('i-')) return findInstance(region, id);
  if (id.startsWith('ami-')) {
    const image = region.images.get(id);
    if (!image) throw new SimError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
    return image;
  }
  throw new SimError('InvalidID', `The ID '${id}' is not valid`);
}

export const tagOperations: Record<string, Operation> = {
  CreateTags({ input, region }) {
    const tags = checkTags(required<Tag[]>(input, 'Tags'));
    const resources = required<string[]>(input, 'Resources').map((id) => taggable(region, id));
    for (const r of resources) r.Tags = mergeTags(r.Tags, tags);
    return {};
  },

  DeleteTags({ input, region }) {
    const tags: Tag[] = input.Tags ?? [];
    for (const id of required<string[]>(input, 'Resources')) {
      const r = taggable(region, id);
      // No Tags deletes all; a tag without a Value deletes the key whatever its value.
      r.Tags = tags.length ? (r.Tags ?? []).filter((t) => !tags.some((d) => d.Key === t.Key && (d.Value === undefined || d.Value === t.Value))) : [];
    }
    return {};
  },
};
