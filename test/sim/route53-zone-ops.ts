/**
 * Route 53 hosted zone operations: list, get, create, delete, comment, tier, change history
 * and VPC associations of private zones, with the zone and delegation-set shapes they return.
 */
import type { VPC } from '@aws-sdk/client-route-53';
import { SimError, type SimContext } from './types.js';
import { normalizeName, reversedName } from './route53-names.js';
import { bareId, checkedTier, createZone, type Route53Slice, type Route53Zone } from './route53-state.js';
import { readRequest, route53Response } from './route53-xml.js';
import { getChangeBatch, listChangeBatches, recordBatch, setTier, zoneFeatures } from './route53-history.js';
import { API, type Operation } from './route53-routes.js';
import { compare, pageSize, paginate } from './route53-paging.js';
import { getZone } from './route53-lookup.js';
import { logMutation, newChange } from './route53-mutations.js';

export const zoneOperations: Record<string, Operation> = {
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
};

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
