/**
 * Route 53's REST routes: which operation a method and path name, and the signature every
 * operation module implements, so route53.ts can dispatch on the name alone.
 */
import type { SimContext, SimRequest, SimResponse } from './types.js';
import type { Route53Slice } from './route53-state.js';

export const API = '/2013-04-01';

/** [method, path pattern (after /2013-04-01), operation]; captured groups are the path labels. */
const ROUTES: [string, RegExp, string][] = [
  ['GET', /^\/hostedzone$/, 'ListHostedZones'],
  ['POST', /^\/hostedzone$/, 'CreateHostedZone'],
  ['GET', /^\/hostedzonesbyname$/, 'ListHostedZonesByName'],
  ['GET', /^\/hostedzonecount$/, 'GetHostedZoneCount'],
  ['GET', /^\/hostedzone\/([^/]+)$/, 'GetHostedZone'],
  ['DELETE', /^\/hostedzone\/([^/]+)$/, 'DeleteHostedZone'],
  ['POST', /^\/hostedzone\/([^/]+)$/, 'UpdateHostedZoneComment'],
  ['POST', /^\/hostedzone\/([^/]+)\/associatevpc$/, 'AssociateVPCWithHostedZone'],
  ['POST', /^\/hostedzone\/([^/]+)\/disassociatevpc$/, 'DisassociateVPCFromHostedZone'],
  ['GET', /^\/hostedzone\/([^/]+)\/rrset$/, 'ListResourceRecordSets'],
  ['GET', /^\/hostedzone\/([^/]+)\/changebatches$/, 'ListHostedZoneChangeBatches'],
  // The change id may keep its `/change/` prefix (the SDK sends it as it is).
  ['GET', /^\/hostedzone\/([^/]+)\/changebatches\/((?:\/?change\/)?[^/]+)$/, 'GetHostedZoneChangeBatch'],
  ['POST', /^\/hostedzone\/([^/]+)\/tier$/, 'UpdateHostedZoneTier'],
  ['POST', /^\/hostedzone\/([^/]+)\/rrset$/, 'ChangeResourceRecordSets'],
  ['GET', /^\/change\/([^/]+)$/, 'GetChange'],
  ['GET', /^\/healthcheck$/, 'ListHealthChecks'],
  ['POST', /^\/healthcheck$/, 'CreateHealthCheck'],
  ['GET', /^\/healthcheckcount$/, 'GetHealthCheckCount'],
  ['GET', /^\/healthcheck\/([^/]+)$/, 'GetHealthCheck'],
  ['POST', /^\/healthcheck\/([^/]+)$/, 'UpdateHealthCheck'],
  ['DELETE', /^\/healthcheck\/([^/]+)$/, 'DeleteHealthCheck'],
  ['GET', /^\/tags\/([^/]+)\/([^/]+)$/, 'ListTagsForResource'],
  ['POST', /^\/tags\/([^/]+)\/([^/]+)$/, 'ChangeTagsForResource'],
  ['POST', /^\/tags\/([^/]+)$/, 'ListTagsForResources'],
  ['GET', /^\/delegationset$/, 'ListReusableDelegationSets'],
  ['GET', /^\/cidrcollection$/, 'ListCidrCollections'],
  ['GET', /^\/cidrcollection\/([^/]+)$/, 'ListCidrLocations'],
  ['GET', /^\/cidrcollection\/([^/]+)\/cidrblocks$/, 'ListCidrBlocks'],
];

export function route(req: Pick<SimRequest, 'method' | 'path'>): { operation: string; labels: string[] } | undefined {
  if (!req.path.startsWith(API + '/')) return undefined;
  const path = req.path.slice(API.length).replace(/\/$/, '');
  for (const [method, pattern, operation] of ROUTES) {
    const m = method === req.method ? pattern.exec(path) : null;
    if (m) return { operation, labels: m.slice(1) };
  }
  return undefined;
}

/** One operation: the request, the account's Route 53 slice, the simulator and the route's path labels. */
export type Operation = (req: SimRequest, slice: Route53Slice, sim: SimContext, labels: string[]) => SimResponse;
