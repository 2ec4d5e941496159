/**
 * Route 53 tag operations on hosted zones and health checks: list one, list up to 10, and
 * change (at most 10 added and 10 removed per call).
 */
import type { Tag } from '@aws-sdk/client-route-53';
import { SimError } from './types.js';
import { bareId, type Route53Slice } from './route53-state.js';
import { readRequest, route53Response } from './route53-xml.js';
import type { Operation } from './route53-routes.js';
import { getHealthCheck, getZone } from './route53-lookup.js';
import { logMutation } from './route53-mutations.js';

export const tagOperations: Record<string, Operation> = {
  ListTagsForResource(_req, slice, _sim, [type, id]) {
    return route53Response('ListTagsForResource', { ResourceTagSet: tagSet(slice, type as string, id as string) });
  },

  ListTagsForResources(req, slice, _sim, [type]) {
    const ids = readRequest<{ ResourceIds?: string[] }>(req.body).ResourceIds ?? [];
    if (ids.length < 1 || ids.length > 10) {
      throw new SimError('InvalidInput', `ResourceIds must hold 1 to 10 ids per call, got ${ids.length}; split the ids into calls of at most 10.`);
    }
    return route53Response('ListTagsForResources', { ResourceTagSets: ids.map((id) => tagSet(slice, type as string, id)) });
  },

  ChangeTagsForResource(req, slice, sim, [type, id]) {
    const set = tagSet(slice, type as string, id as string);
    const body = readRequest<{ AddTags?: Tag[]; RemoveTagKeys?: string[] }>(req.body);
    const add = body.AddTags ?? [];
    const remove = body.RemoveTagKeys ?? [];
    if (add.length > 10 || remove.length > 10) {
      throw new SimError('InvalidInput', 'AddTags and RemoveTagKeys take at most 10 entries each per call.');
    }
    const tags = new Map((set.Tags ?? []).map((t) => [t.Key as string, t.Value]));
    for (const key of remove) tags.delete(key);
    for (const tag of add) {
      if (!tag.Key) throw new SimError('InvalidInput', 'Every tag in AddTags needs a Key.');
      tags.set(tag.Key, tag.Value ?? '');
    }
    slice.tags.set(`${set.ResourceType}/${set.ResourceId}`, [...tags].map(([Key, Value]) => ({ Key, Value })));
    logMutation(req, sim, { resourceType: set.ResourceType, resourceId: set.ResourceId, add: add.length, remove: remove.length });
    return route53Response('ChangeTagsForResource', {});
  },
};

function tagSet(slice: Route53Slice, type: string, id: string) {
  if (type === 'hostedzone') getZone(slice, id);
  else if (type === 'healthcheck') getHealthCheck(slice, id);
  else throw new SimError('InvalidInput', `Invalid ResourceType "${type}": use hostedzone or healthcheck.`);
  const resourceId = type === 'hostedzone' ? bareId(id) : id;
  return { ResourceType: type, ResourceId: resourceId, Tags: slice.tags.get(`${type}/${resourceId}`) ?? [] };
}
