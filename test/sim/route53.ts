/**
 * Route 53 (REST-XML, API 2013-04-01) as the SDK client calls it: hosted zones, record sets,
 * changes, health checks, tags, reusable delegation sets and CIDR collections.
 */
import type { ChangeBatch, HealthCheck, HealthCheckConfig, Tag, VPC } from '@aws-sdk/client-route-53';
import { SimError, type ServiceHandler, type SimContext, type SimRequest, type SimResponse } from './types.js';
import { normalizeName, reversedName } from './route53-names.js';
import { applyChangeBatch, batchCounts, listRecordPage } from './route53-records.js';
import {
  HEALTH_CHECK_DEFAULTS,
  bareId,
  batchContext,
  canonicalHealthCheckConfig,
  checkedTier,
  checkedHealthCheckUpdate,
  createZone,
  route53Options,
  route53Slice,
  seedRoute53,
  uuidFrom,
  type Route53Slice,
  type Route53Zone,
} from './route53-state.js';
import { readRequest, route53Error, route53Response } from './route53-xml.js';
import { recordRoute53Event } from './route53-trail.js';
import { getChangeBatch, listChangeBatches, recordBatch, setTier, zoneFeatures } from './route53-history.js';

const API = '/2013-04-01';

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

function route(req: Pick<SimRequest, 'method' | 'path'>): { operation: string; labels: string[] } | undefined {
  if (!req.path.startsWith(API + '/')) return undefined;
  const path = req.path.slice(API.length).replace(/\/$/, '');
  for (const [method, pattern, operation] of ROUTES) {
    const m = method === req.method ? pattern.exec(path) : null;
    if (m) return { operation, labels: m.slice(1) };
  }
  return undefined;
}

type Operation = (req: SimRequest, slice: Route53Slice, sim: SimContext, labels: string[]) => SimResponse;

export const route53Handler: ServiceHandler = {
  service: 'route53',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
  operation: (req) => route(req)?.operation,
  handle(req, sim) {
    const routed = route(req);
    const op = routed && OPERATIONS[routed.operation];
    if (!routed || !op) throw new SimError('InvalidAction', `Route 53 operation ${req.method} ${req.path} is not simulated.`);
    const response = op(req, route53Slice(sim, req.account), sim, routed.labels);
    recordRoute53Event(sim, req, routed.labels, response);
    return response;
  },
  error: (_req, err) => route53Error(err),
  seed: seedRoute53,
};

const OPERATIONS: Record<string, Operation> = {
  ListHostedZones(req, slice, sim) {
    const maxItems = pageSize(req.query.get('maxitems'), 100, 100);
    let zones = [...slice.zones.values()].sort((a, b) => compare(a.id, b.id));
    const delegationSetId = req.query.get('delegationsetid');
    if (delegationSetId) {
      const id = bareId(delegationSetId);
      if (!slice.delegationSets.has(id)) throw new SimError('NoSuchDelegationSet', `A reusable delegation set with the specified ID ${id} does not exist.`);
      zones = zones.filter((z) => z.DelegationSet.Id === `/delegationset/${id}`);
    }
    const type = req.query.get('hostedzonetype');
    if (type !== null) {
      if (type !== 'PrivateHostedZone') throw new SimError('InvalidInput', `Invalid hostedzonetype "${type}": the only value is PrivateHostedZone.`);
      zones = zones.filter((z) => z.VPCs.length > 0);
    }
    const marker = req.query.get('marker') ?? undefined;
    const { page, next } = paginate(zones, marker === undefined ? 0 : zones.findIndex((z) => z.id >= marker), maxItems);
    return route53Response('ListHostedZones', {
      HostedZones: page.map((zone) => hostedZoneShape(zone, sim)),
      Marker: marker,
      IsTruncated: next !== undefined,
      NextMarker: next?.id,
      MaxItems: maxItems,
    });
  },

  ListHostedZonesByName(req, slice, sim) {
    const maxItems = pageSize(req.query.get('maxitems'), 100, 100);
    const key = (z: Route53Zone) => [reversedName(z.name), z.id] as const;
    const zones = [...slice.zones.values()].sort((a, b) => compare(key(a)[0], key(b)[0]) || compare(a.id, b.id));
    const dnsName = req.query.get('dnsname') ?? undefined;
    const zoneId = req.query.get('hostedzoneid') ?? undefined;
    if (zoneId && !dnsName) throw new SimError('InvalidInput', 'The input is not valid: hostedzoneid requires dnsname.');
    const start = dnsName === undefined ? 0 : zones.findIndex((z) => {
      const [name, id] = key(z);
      const startName = reversedName(normalizeName(dnsName));
      return name > startName || (name === startName && id >= (zoneId ? bareId(zoneId) : ''));
    });
    const { page, next } = paginate(zones, start, maxItems);
    return route53Response('ListHostedZonesByName', {
      HostedZones: page.map((zone) => hostedZoneShape(zone, sim)),
      DNSName: dnsName,
      HostedZoneId: zoneId,
      IsTruncated: next !== undefined,
      NextDNSName: next?.name,
      NextHostedZoneId: next?.id,
      MaxItems: maxItems,
    });
  },

  GetHostedZoneCount(_req, slice) {
    return route53Response('GetHostedZoneCount', { HostedZoneCount: slice.zones.size });
  },

  GetHostedZone(_req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const isPrivate = zone.VPCs.length > 0;
    return route53Response('GetHostedZone', {
      HostedZone: hostedZoneShape(zone, sim),
      DelegationSet: isPrivate ? undefined : delegationSetShape(zone),
      VPCs: isPrivate ? zone.VPCs : undefined,
    });
  },

  CreateHostedZone(req, slice, sim) {
    const body = readRequest<{
      Name?: string;
      CallerReference?: string;
      VPC?: VPC;
      HostedZoneConfig?: { Comment?: string; PrivateZone?: boolean; HostedZoneTier?: string };
      DelegationSetId?: string;
    }>(req.body);
    if (!body.Name || !/^[a-z0-9\-_*.\\]+$/i.test(body.Name) || normalizeName(body.Name) === '.') {
      throw new SimError('InvalidDomainName', `${body.Name ?? '(none)'} is not a valid domain name for a hosted zone.`);
    }
    if (!body.CallerReference) throw new SimError('InvalidInput', 'Invalid request: CallerReference is required.');
    if ([...slice.zones.values()].some((z) => z.HostedZone.CallerReference === body.CallerReference)) {
      throw new SimError('HostedZoneAlreadyExists', `A hosted zone has already been created with the specified caller reference ${body.CallerReference}.`, 409);
    }
    const wantsPrivate = body.HostedZoneConfig?.PrivateZone === true;
    if (wantsPrivate && !body.VPC?.VPCId) {
      throw new SimError('InvalidInput', 'When you create a private hosted zone (PrivateZone true), you must also specify VPCId and VPCRegion.');
    }
    if (body.VPC && body.DelegationSetId) {
      throw new SimError('InvalidInput', 'A private hosted zone (with a VPC) cannot use a reusable delegation set.');
    }
    if (body.DelegationSetId && !slice.delegationSets.has(bareId(body.DelegationSetId))) {
      throw new SimError('NoSuchDelegationSet', `A reusable delegation set with the specified ID ${body.DelegationSetId} does not exist.`);
    }
    const vpcs = body.VPC ? [checkedVpc(body.VPC)] : [];
    for (const vpc of vpcs) assertNoConflictingPrivateZone(slice, normalizeName(body.Name), vpc);
    const zone = createZone(slice, sim, {
      Name: body.Name,
      CallerReference: body.CallerReference,
      Comment: body.HostedZoneConfig?.Comment,
      VPCs: vpcs,
      DelegationSetId: body.DelegationSetId,
      HostedZoneTier: checkedTier(body.HostedZoneConfig?.HostedZoneTier, 'HostedZoneConfig.HostedZoneTier'),
    });
    logMutation(req, sim, { hostedZoneId: zone.id, name: zone.name });
    const changeInfo = newChange(slice, sim);
    recordBatch(zone, sim, req, { changeId: changeInfo.Id, operation: 'CreateHostedZone', changes: [] });
    return route53Response(
      'CreateHostedZone',
      {
        HostedZone: hostedZoneShape(zone, sim),
        ChangeInfo: changeInfo,
        DelegationSet: vpcs.length ? undefined : delegationSetShape(zone),
        VPC: vpcs[0],
      },
      201,
      { location: `https://route53.amazonaws.com${API}/hostedzone/${zone.id}` },
    );
  },

  DeleteHostedZone(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const extra = zone.records.filter((r) => !(r.Name === zone.name && (r.Type === 'SOA' || r.Type === 'NS')));
    if (extra.length) {
      throw new SimError('HostedZoneNotEmpty', 'The hosted zone contains resource record sets in addition to the default NS and SOA records.');
    }
    slice.zones.delete(zone.id);
    slice.tags.delete(`hostedzone/${zone.id}`);
    logMutation(req, sim, { hostedZoneId: zone.id });
    return route53Response('DeleteHostedZone', { ChangeInfo: newChange(slice, sim) });
  },

  UpdateHostedZoneComment(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const body = readRequest<{ Comment?: string }>(req.body);
    zone.HostedZone.Config = { Comment: body.Comment, PrivateZone: zone.VPCs.length > 0 };
    logMutation(req, sim, { hostedZoneId: zone.id, comment: body.Comment });
    return route53Response('UpdateHostedZoneComment', { HostedZone: hostedZoneShape(zone, sim) });
  },

  UpdateHostedZoneTier(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const body = readRequest<{ HostedZoneTier?: string; DryRun?: boolean }>(req.body);
    if (body.DryRun !== true) setTier(zone, body.HostedZoneTier, sim.now());
    logMutation(req, sim, { hostedZoneId: zone.id, tier: body.HostedZoneTier });
    return route53Response('UpdateHostedZoneTier', {});
  },

  ListHostedZoneChangeBatches(req, slice, sim, [id]) {
    return route53Response('ListHostedZoneChangeBatches', listChangeBatches(req, getZone(slice, id), sim.now()));
  },

  GetHostedZoneChangeBatch(_req, slice, sim, [id, changeId]) {
    return route53Response('GetHostedZoneChangeBatch', getChangeBatch(getZone(slice, id), changeId, sim.now()));
  },

  AssociateVPCWithHostedZone(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const body = readRequest<{ VPC?: VPC; Comment?: string }>(req.body);
    const vpc = checkedVpc(body.VPC);
    if (!zone.VPCs.length) throw new SimError('PublicZoneVPCAssociation', 'You cannot associate a VPC with a public hosted zone.');
    if (zone.VPCs.some((v) => sameVpc(v, vpc))) {
      throw new SimError('InvalidVPCId', `The VPC ${vpc.VPCId} in ${vpc.VPCRegion} is already associated with hosted zone ${zone.id}.`);
    }
    assertNoConflictingPrivateZone(slice, zone.name, vpc);
    zone.VPCs.push(vpc);
    logMutation(req, sim, { hostedZoneId: zone.id, vpc });
    return route53Response('AssociateVPCWithHostedZone', { ChangeInfo: newChange(slice, sim, body.Comment) });
  },

  DisassociateVPCFromHostedZone(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const body = readRequest<{ VPC?: VPC; Comment?: string }>(req.body);
    const vpc = checkedVpc(body.VPC);
    const index = zone.VPCs.findIndex((v) => sameVpc(v, vpc));
    if (index < 0) {
      throw new SimError('VPCAssociationNotFound', `The VPC ${vpc.VPCId} in ${vpc.VPCRegion} is not associated with hosted zone ${zone.id}.`, 404);
    }
    if (zone.VPCs.length === 1) {
      throw new SimError('LastVPCAssociation', 'The VPC that you are trying to disassociate from the private hosted zone is the last VPC that is associated with the hosted zone.');
    }
    zone.VPCs.splice(index, 1);
    logMutation(req, sim, { hostedZoneId: zone.id, vpc });
    return route53Response('DisassociateVPCFromHostedZone', { ChangeInfo: newChange(slice, sim, body.Comment) });
  },

  ListResourceRecordSets(req, slice, _sim, [id]) {
    const zone = getZone(slice, id);
    const maxItems = req.query.get('maxitems');
    const page = listRecordPage(zone.records, {
      StartRecordName: req.query.get('name') ?? undefined,
      StartRecordType: req.query.get('type') ?? undefined,
      StartRecordIdentifier: req.query.get('identifier') ?? undefined,
      MaxItems: maxItems === null ? undefined : Number(maxItems),
    });
    return route53Response('ListResourceRecordSets', {
      ResourceRecordSets: page.ResourceRecordSets,
      IsTruncated: page.IsTruncated,
      NextRecordName: page.NextRecordName,
      NextRecordType: page.NextRecordType,
      NextRecordIdentifier: page.NextRecordIdentifier,
      MaxItems: page.MaxItems,
    });
  },

  ChangeResourceRecordSets(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const batch = readRequest<{ ChangeBatch?: ChangeBatch }>(req.body).ChangeBatch;
    const changes = batch?.Changes ?? [];
    const counts = batchCounts(changes);
    const entry = { operation: req.operation, service: req.service, region: req.region, account: req.account, params: { hostedZoneId: zone.id, ...counts, accepted: false, error: undefined as string | undefined } };
    sim.log.push(entry);
    const options = route53Options(sim);
    const last = zone.lastChange && slice.changes.get(bareId(zone.lastChange.id));
    if (options.priorRequestWindowMs > 0 && last && sim.now() < last.syncAt && sim.now() - last.SubmittedAt < options.priorRequestWindowMs) {
      entry.params.error = 'PriorRequestNotComplete';
      throw new SimError('PriorRequestNotComplete', 'The request was rejected because Route 53 was still processing a prior request.');
    }
    try {
      zone.records = applyChangeBatch(changes, batchContext(slice, zone));
    } catch (error) {
      entry.params.error = error instanceof SimError ? error.code : String(error);
      throw error;
    }
    entry.params.accepted = true;
    const info = newChange(slice, sim, batch?.Comment);
    zone.lastChange = { id: info.Id, submittedAt: sim.now() };
    recordBatch(zone, sim, req, { changeId: info.Id, operation: 'ChangeResourceRecordSets', comment: batch?.Comment, changes });
    return route53Response('ChangeResourceRecordSets', { ChangeInfo: info });
  },

  GetChange(_req, slice, sim, [id]) {
    const change = slice.changes.get(bareId(id as string));
    if (!change) throw new SimError('NoSuchChange', `A change with the specified change ID ${id} does not exist.`, 404);
    return route53Response('GetChange', { ChangeInfo: changeInfoShape(change, sim) });
  },

  ListHealthChecks(req, slice) {
    const maxItems = pageSize(req.query.get('maxitems'), 100, 1000);
    const checks = [...slice.healthChecks.values()].sort((a, b) => compare(a.Id as string, b.Id as string));
    const marker = req.query.get('marker') ?? undefined;
    const { page, next } = paginate(checks, marker === undefined ? 0 : checks.findIndex((c) => (c.Id as string) >= marker), maxItems);
    return route53Response('ListHealthChecks', {
      HealthChecks: page,
      Marker: marker,
      IsTruncated: next !== undefined,
      NextMarker: next?.Id,
      MaxItems: maxItems,
    });
  },

  GetHealthCheckCount(_req, slice) {
    return route53Response('GetHealthCheckCount', { HealthCheckCount: slice.healthChecks.size });
  },

  GetHealthCheck(_req, slice, _sim, [id]) {
    return route53Response('GetHealthCheck', { HealthCheck: getHealthCheck(slice, id) });
  },

  CreateHealthCheck(req, slice, sim) {
    const body = readRequest<{ CallerReference?: string; HealthCheckConfig?: HealthCheckConfig }>(req.body);
    if (!body.CallerReference) throw new SimError('InvalidInput', 'Invalid request: CallerReference is required.');
    const config = checkedHealthCheckConfig(body.HealthCheckConfig);
    const existingId = slice.usedHealthCheckReferences.get(body.CallerReference);
    if (existingId !== undefined) {
      const existing = slice.healthChecks.get(existingId);
      // Same reference and same settings: Route 53 returns the existing check (idempotent retry).
      if (existing && JSON.stringify(existing.HealthCheckConfig) === JSON.stringify(config)) {
        return healthCheckCreated(existing);
      }
      throw new SimError(
        'HealthCheckAlreadyExists',
        `A health check with the CallerReference ${body.CallerReference} already exists with different settings (or was deleted); use a new CallerReference.`,
        409,
      );
    }
    const id = uuidFrom(sim.newId('hc'));
    const check: HealthCheck = { Id: id, CallerReference: body.CallerReference, HealthCheckConfig: config, HealthCheckVersion: 1 };
    slice.healthChecks.set(id, check);
    slice.usedHealthCheckReferences.set(body.CallerReference, id);
    logMutation(req, sim, { healthCheckId: id });
    return healthCheckCreated(check);
  },

  UpdateHealthCheck(req, slice, sim, [id]) {
    const check = getHealthCheck(slice, id);
    const body = readRequest<Partial<HealthCheckConfig> & { HealthCheckVersion?: number; ResetElements?: string[] }>(req.body);
    if (body.HealthCheckVersion !== undefined && body.HealthCheckVersion !== check.HealthCheckVersion) {
      throw new SimError(
        'HealthCheckVersionMismatch',
        `The HealthCheckVersion ${body.HealthCheckVersion} does not match the current version ${check.HealthCheckVersion}; get the health check again and retry.`,
        409,
      );
    }
    const { HealthCheckVersion: _version, ResetElements: reset = [], ...fields } = body;
    checkedHealthCheckUpdate(check.HealthCheckConfig as HealthCheckConfig, fields);
    const next = { ...check.HealthCheckConfig, ...fields } as Record<string, unknown>;
    for (const element of reset) {
      if (!['FullyQualifiedDomainName', 'Regions', 'ResourcePath', 'ChildHealthChecks'].includes(element)) {
        throw new SimError('InvalidInput', `Invalid request: ResetElements value "${element}" is not resettable.`);
      }
      delete next[element];
    }
    check.HealthCheckConfig = canonicalHealthCheckConfig(next as unknown as HealthCheckConfig);
    check.HealthCheckVersion = (check.HealthCheckVersion ?? 1) + 1;
    logMutation(req, sim, { healthCheckId: check.Id });
    return route53Response('UpdateHealthCheck', { HealthCheck: check });
  },

  DeleteHealthCheck(req, slice, sim, [id]) {
    const check = getHealthCheck(slice, id);
    const inUse = [...slice.zones.values()].some((z) => z.records.some((r) => r.HealthCheckId === check.Id));
    if (inUse) throw new SimError('HealthCheckInUse', `The health check ${check.Id} is still referenced by resource record sets.`);
    slice.healthChecks.delete(check.Id as string);
    slice.tags.delete(`healthcheck/${check.Id}`);
    logMutation(req, sim, { healthCheckId: check.Id });
    return route53Response('DeleteHealthCheck', {});
  },

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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pageSize(raw: string | null, fallback: number, max: number): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new SimError('InvalidInput', `The input is not valid: maxitems "${raw}" must be a positive integer.`);
  return Math.min(n, max);
}

function paginate<T>(items: readonly T[], start: number, size: number): { page: T[]; next: T | undefined } {
  const from = start < 0 ? items.length : start;
  return { page: items.slice(from, from + size), next: items[from + size] };
}

/** NextToken pagination (CIDR APIs): the token is the index of the next item. */
function tokenPage<T>(items: readonly T[], req: SimRequest): { page: T[]; nextToken?: string } {
  const size = Number(req.query.get('maxresults') ?? 100);
  const token = req.query.get('nexttoken');
  const start = token === null ? 0 : Number(token);
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(size) || size < 1) {
    throw new SimError('InvalidInput', 'The input is not valid: bad nexttoken or maxresults.');
  }
  const next = start + size;
  return { page: items.slice(start, next), nextToken: next < items.length ? String(next) : undefined };
}

function getZone(slice: Route53Slice, id: string | undefined): Route53Zone {
  const zone = slice.zones.get(bareId(id ?? ''));
  if (!zone) throw new SimError('NoSuchHostedZone', `No hosted zone found with ID: ${id}`, 404);
  return zone;
}

function getHealthCheck(slice: Route53Slice, id: string | undefined): HealthCheck {
  const check = slice.healthChecks.get(id ?? '');
  if (!check) throw new SimError('NoSuchHealthCheck', `No health check exists with the specified ID ${id}`, 404);
  return check;
}

function getCidrCollection(slice: Route53Slice, id: string | undefined) {
  const collection = slice.cidrCollections.get(id ?? '');
  if (!collection) throw new SimError('NoSuchCidrCollectionException', `The CIDR collection ${id} does not exist.`, 404);
  return collection;
}

function hostedZoneShape(zone: Route53Zone, sim: SimContext) {
  return {
    Id: zone.HostedZone.Id,
    Name: zone.HostedZone.Name,
    CallerReference: zone.HostedZone.CallerReference,
    Config: { Comment: zone.HostedZone.Config?.Comment, PrivateZone: zone.VPCs.length > 0, HostedZoneTier: zone.tier },
    ResourceRecordSetCount: zone.records.length,
    Features: zoneFeatures(zone, sim.now()),
  };
}

function delegationSetShape(zone: Route53Zone) {
  return { Id: zone.DelegationSet.Id, NameServers: zone.DelegationSet.NameServers };
}

function checkedVpc(vpc: VPC | undefined): VPC {
  if (!vpc?.VPCId || !/^vpc-[0-9a-f]+$/.test(vpc.VPCId)) {
    throw new SimError('InvalidVPCId', `The VPC ID "${vpc?.VPCId ?? ''}" is not valid; use an id like vpc-0123456789abcdef0.`);
  }
  if (!vpc.VPCRegion) throw new SimError('InvalidInput', `VPCRegion is required for VPC ${vpc.VPCId}.`);
  return { VPCRegion: vpc.VPCRegion, VPCId: vpc.VPCId };
}

function sameVpc(a: VPC, b: VPC): boolean {
  return a.VPCId === b.VPCId && a.VPCRegion === b.VPCRegion;
}

function assertNoConflictingPrivateZone(slice: Route53Slice, name: string, vpc: VPC): void {
  const clash = [...slice.zones.values()].find((z) => z.name === name && z.VPCs.some((v) => sameVpc(v, vpc)));
  if (clash) {
    throw new SimError('ConflictingDomainExists', `VPC ${vpc.VPCId} is already associated with private hosted zone ${clash.id} named ${name}.`);
  }
}

function newChange(slice: Route53Slice, sim: SimContext, comment?: string) {
  const id = sim.newId('C');
  const now = sim.now();
  const change = { Id: `/change/${id}`, SubmittedAt: now, Comment: comment, syncAt: now + route53Options(sim).changeSyncMs };
  slice.changes.set(id, change);
  return changeInfoShape(change, sim);
}

function changeInfoShape(change: { Id: string; SubmittedAt: number; Comment?: string; syncAt: number }, sim: SimContext) {
  return {
    Id: change.Id,
    Status: sim.now() >= change.syncAt ? 'INSYNC' : 'PENDING',
    SubmittedAt: new Date(change.SubmittedAt),
    Comment: change.Comment,
  };
}

function checkedHealthCheckConfig(config: HealthCheckConfig | undefined): HealthCheckConfig {
  const type = config?.Type;
  if (!config || !type || !(type in HEALTH_CHECK_DEFAULTS)) {
    throw new SimError('InvalidInput', `Invalid request: HealthCheckConfig.Type "${type ?? ''}" must be one of ${Object.keys(HEALTH_CHECK_DEFAULTS).join(', ')}.`);
  }
  const endpoint = ['HTTP', 'HTTPS', 'HTTP_STR_MATCH', 'HTTPS_STR_MATCH', 'TCP'].includes(type);
  if (endpoint && !config.IPAddress && !config.FullyQualifiedDomainName) {
    throw new SimError('InvalidInput', `Invalid request: a ${type} health check needs IPAddress or FullyQualifiedDomainName.`);
  }
  if (type.endsWith('STR_MATCH') && !config.SearchString) {
    throw new SimError('InvalidInput', `Invalid request: a ${type} health check needs SearchString.`);
  }
  if (type === 'CALCULATED' && !config.ChildHealthChecks?.length) {
    throw new SimError('InvalidInput', 'Invalid request: a CALCULATED health check needs ChildHealthChecks.');
  }
  return canonicalHealthCheckConfig(config);
}

function healthCheckCreated(check: HealthCheck): SimResponse {
  return route53Response('CreateHealthCheck', { HealthCheck: check }, 201, {
    location: `https://route53.amazonaws.com${API}/healthcheck/${check.Id}`,
  });
}

function tagSet(slice: Route53Slice, type: string, id: string) {
  if (type === 'hostedzone') getZone(slice, id);
  else if (type === 'healthcheck') getHealthCheck(slice, id);
  else throw new SimError('InvalidInput', `Invalid ResourceType "${type}": use hostedzone or healthcheck.`);
  const resourceId = type === 'hostedzone' ? bareId(id) : id;
  return { ResourceType: type, ResourceId: resourceId, Tags: slice.tags.get(`${type}/${resourceId}`) ?? [] };
}

function logMutation(req: SimRequest, sim: SimContext, params: Record<string, unknown>): void {
  sim.log.push({ operation: req.operation, service: req.service, region: req.region, account: req.account, params });
}
