/**
 * Route 53's read-only account-wide lists: reusable delegation sets, and CIDR collections with
 * their locations and blocks (what CIDR routing records refer to).
 */
import { SimError } from './types.js';
import { bareId } from './route53-state.js';
import { route53Response } from './route53-xml.js';
import type { Operation } from './route53-routes.js';
import { compare, pageSize, paginate, tokenPage } from './route53-paging.js';
import { getCidrCollection } from './route53-lookup.js';

export const delegationCidrOperations: Record<string, Operation> = {
  ListReusableDelegationSets(req, slice) {
    const maxItems = pageSize(req.query.get('maxitems'), 100, 100);
    const sets = [...slice.delegationSets.values()].sort((a, b) => compare(a.Id as string, b.Id as string));
    const marker = req.query.get('marker') ?? undefined;
    const start = marker === undefined ? 0 : sets.findIndex((s) => bareId(s.Id as string) >= bareId(marker));
    const { page, next } = paginate(sets, start, maxItems);
    return route53Response('ListReusableDelegationSets', {
      DelegationSets: page.map((s) => ({ Id: s.Id, CallerReference: s.CallerReference, NameServers: s.NameServers })),
      Marker: marker,
      IsTruncated: next !== undefined,
      NextMarker: next && bareId(next.Id as string),
      MaxItems: maxItems,
    });
  },

  ListCidrCollections(req, slice) {
    const collections = [...slice.cidrCollections.values()].sort((a, b) => compare(a.Name, b.Name));
    const { page, nextToken } = tokenPage(collections, req);
    return route53Response('ListCidrCollections', {
      NextToken: nextToken,
      CidrCollections: page.map((c) => ({ Arn: c.Arn, Id: c.Id, Name: c.Name, Version: c.Version })),
    });
  },

  ListCidrLocations(req, slice, _sim, [id]) {
    const collection = getCidrCollection(slice, id);
    const { page, nextToken } = tokenPage([...collection.locations.keys()].sort(), req);
    return route53Response('ListCidrLocations', { NextToken: nextToken, CidrLocations: page.map((LocationName) => ({ LocationName })) });
  },

  ListCidrBlocks(req, slice, _sim, [id]) {
    const collection = getCidrCollection(slice, id);
    const location = req.query.get('location');
    if (location !== null && !collection.locations.has(location)) {
      throw new SimError('NoSuchCidrLocationException', `The CIDR collection location ${location} does not exist.`, 404);
    }
    const blocks = [...collection.locations]
      .filter(([name]) => location === null || name === location)
      .flatMap(([LocationName, cidrs]) => cidrs.map((CidrBlock) => ({ CidrBlock, LocationName })));
    const { page, nextToken } = tokenPage(blocks, req);
    return route53Response('ListCidrBlocks', { NextToken: nextToken, CidrBlocks: page });
  },
};
