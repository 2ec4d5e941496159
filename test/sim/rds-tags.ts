/**
 * The simulated RDS's tagging actions, on any taggable resource of the calling account and
 * region named by ARN: DB instances, clusters, snapshots and subnet groups.
 */
import type { Tag } from '@aws-sdk/client-rds';
import { findCluster, findClusterSnapshot, findInstance, findSnapshot, mergeTags, parseArn, required, type Call, type Operation } from './rds-helpers.js';
import { tagsOf } from './rds-shapes.js';
import { SimError } from './types.js';

/** Where a taggable resource's tags live, by ARN. */
function tagged(call: Call, resourceName: string): { TagList?: Tag[] } {
  const arn = parseArn(resourceName);
  if (!arn) throw new SimError('InvalidParameterValue', `The specified resource name does not match an RDS resource in this region: ${resourceName}`);
  if (arn.region !== call.region.name || arn.account !== call.account) {
    throw new SimError('InvalidParameterValue', `The resource ${resourceName} is not in this account and region (${call.region.name}).`);
  }
  switch (arn.type) {
    case 'db':
      return findInstance(call, arn.id).instance;
    case 'cluster':
      return findCluster(call, arn.id).cluster;
    case 'snapshot':
      return findSnapshot(call, arn.id).snapshot;
    case 'cluster-snapshot':
      return findClusterSnapshot(call, arn.id).snapshot;
    default: {
      const group = call.region.subnetGroups.get(arn.id);
      if (!group) throw new SimError('DBSubnetGroupNotFoundFault', `DBSubnetGroup '${arn.id}' not found.`, 404);
      return group as { TagList?: Tag[] };
    }
  }
}

export const tagOperations: Record<string, Operation> = {
  AddTagsToResource(call) {
    const resource = tagged(call, required(call.input, 'ResourceName'));
    resource.TagList = mergeTags(resource.TagList ?? [], tagsOf(required(call.input, 'Tags')));
    return {};
  },

  RemoveTagsFromResource(call) {
    const resource = tagged(call, required(call.input, 'ResourceName'));
    const keys = new Set(required<string[]>(call.input, 'TagKeys'));
    resource.TagList = (resource.TagList ?? []).filter((t) => !keys.has(t.Key!));
    return {};
  },

  ListTagsForResource(call) {
    return { TagList: tagged(call, required(call.input, 'ResourceName')).TagList ?? [] };
  },
};
