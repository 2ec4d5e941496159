/**
 * The zone itself in a Route 53 restore: finding the live zone to restore into (by id, or by
 * name and visibility), the VPCs of a new private zone, creating a missing zone, and putting
 * back an existing zone's drifted comment and tags.
 */
import { randomUUID } from 'node:crypto';
import {
  GetHostedZoneCommand,
  ListHostedZonesByNameCommand,
  ListReusableDelegationSetsCommand,
  ListTagsForResourceCommand,
  type HostedZone,
  type Route53Client,
  type VPC,
  type VPCRegion,
} from '@aws-sdk/client-route-53';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import { listAll, paginate } from '../aws/paginate.js';
import { bareZoneId, type ZoneFile } from '../export/route53-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { normalName } from './change-batches.js';
import { notRestored } from './lb-not-restored.js';
import { createZone, setTags, tagDiff, updateZoneComment, type WaitOptions } from './route53-apply.js';
import type { ApplyState } from './route53-checks.js';
import { RestoreInputError, type RestoreRequest } from './types.js';

export interface LiveZone {
  id: string;
  zone: HostedZone;
}


export async function findLiveZone(
  client: Route53Client,
  request: RestoreRequest,
  file: ZoneFile,
  targetName: string,
): Promise<LiveZone | undefined> {
  const wantedId = request.options['zone-id'];
  if (wantedId) {
    let zone: HostedZone | undefined;
    try {
      zone = (await client.send(new GetHostedZoneCommand({ Id: bareZoneId(wantedId) }))).HostedZone;
    } catch (error) {
      if (awsErrorCode(error) === 'NoSuchHostedZone') {
        throw new RestoreInputError(`Route 53 restore: option zone-id=${wantedId} names no hosted zone of this account; check the id, or leave the option out to create a new zone`);
      }
      throw error;
    }
    if (!zone || normalName(zone.Name ?? '') !== targetName) {
      throw new RestoreInputError(
        `Route 53 restore: zone ${wantedId} is named ${zone?.Name ?? '(unknown)'}, not ${targetName}; pick the zone of that name, or set target to ${zone?.Name ?? 'its name'}`,
      );
    }
    return { id: bareZoneId(zone.Id ?? ''), zone };
  }
  const out = await client.send(new ListHostedZonesByNameCommand({ DNSName: targetName, MaxItems: 100 }));
  const sameName = (out.HostedZones ?? []).filter(
    (z) => normalName(z.Name ?? '') === targetName && (z.Config?.PrivateZone === true) === file.zone.PrivateZone,
  );
  const exported = sameName.find((z) => bareZoneId(z.Id ?? '') === file.zone.Id);
  const chosen = exported ?? (sameName.length === 1 ? sameName[0] : undefined);
  if (!chosen && sameName.length > 1) {
    const ids = sameName.map((z) => bareZoneId(z.Id ?? '')).join(', ');
    throw new RestoreInputError(
      `Route 53 restore: several ${file.zone.PrivateZone ? 'private' : 'public'} zones are named ${targetName} (${ids}); set the option zone-id to the one to restore into`,
    );
  }
  return chosen ? { id: bareZoneId(chosen.Id ?? ''), zone: chosen } : undefined;
}

/** VPCs of a new private zone: the `vpcs` option (e.g. DR-region VPCs), else the exported ones. */
export function zoneVpcs(request: RestoreRequest, file: ZoneFile): VPC[] {
  const option = request.options['vpcs'];
  if (option === undefined) {
    const vpcs = file.zone.VPCs ?? [];
    if (vpcs.length === 0) {
      throw new RestoreInputError(`Route 53 restore: private zone ${file.zone.Name} has no VPCs in its export; give them with the option vpcs=<region>:<vpc-id>,…`);
    }
    return vpcs;
  }
  return option
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([a-z0-9-]+):(vpc-[0-9a-f]+)$/.exec(entry);
      if (!match) {
        throw new RestoreInputError(`Route 53 restore: option vpcs entry "${entry}" is not <region>:<vpc-id>, e.g. us-west-2:vpc-0123456789abcdef0`);
      }
      return { VPCRegion: match[1] as VPCRegion, VPCId: match[2] as string };
    });
}

export async function planNewZone(
  builder: PlanBuilder,
  client: Route53Client,
  file: ZoneFile,
  name: string,
  label: string,
  vpcs: VPC[],
  state: ApplyState,
  wait: WaitOptions,
): Promise<string> {
  let delegationSetId = file.zone.PrivateZone ? undefined : file.zone.DelegationSetId;
  if (delegationSetId && !(await delegationSetExists(client, delegationSetId))) {
    builder.warn(label, notRestored(`reusable delegation set ${delegationSetId}`, 'it no longer exists, so the new zone gets new name servers; update the delegation at the registrar'));
    delegationSetId = undefined;
  }
  const zone = {
    name,
    callerReference: `aws-backup-gitops-restore-${randomUUID()}`,
    vpcs,
    tags: file.zone.Tags,
    ...(file.zone.Comment !== undefined ? { comment: file.zone.Comment } : {}),
    ...(delegationSetId ? { delegationSetId } : {}),
  };
  const details: Record<string, string | number> = { tags: file.zone.Tags.length };
  if (vpcs.length) details.vpcs = vpcs.map((v) => `${v.VPCRegion}:${v.VPCId}`).join(', ');
  if (delegationSetId) details['delegation-set'] = delegationSetId;
  return builder.add({
    id: `route53/${name}/zone`,
    kind: 'create',
    target: label,
    reason: file.zone.PrivateZone
      ? 'no such private zone exists: created with its VPC associations, comment and tags'
      : `no such public zone exists: created with its comment and tags${delegationSetId ? ' and the same reusable delegation set' : ' (new name servers: update the delegation at the registrar)'}`,
    details,
    apply: async () => {
      state.zoneId = await createZone(client, zone, wait);
      return `zone ${state.zoneId}`;
    },
  });
}

async function delegationSetExists(client: Route53Client, id: string): Promise<boolean> {
  const sets = await listAll(
    paginate(
      (Marker: string | undefined) => client.send(new ListReusableDelegationSetsCommand({ MaxItems: 100, ...(Marker ? { Marker } : {}) })),
      (page) => (page.IsTruncated ? page.NextMarker : undefined),
    ),
    (page) => page.DelegationSets,
  );
  if (!sets.complete) throw new Error(describeAwsError(sets.error, { family: 'route53', operation: 'ListReusableDelegationSets' }));
  return sets.items.some((s) => (s.Id ?? '').replace(/^\/delegationset\//, '') === id);
}

/** An existing zone gets its comment and tags put back when they drifted. */
export async function planZoneSettings(
  builder: PlanBuilder,
  client: Route53Client,
  live: LiveZone,
  file: ZoneFile,
  label: string,
): Promise<void> {
  const liveComment = live.zone.Config?.Comment;
  if ((liveComment ?? '') !== (file.zone.Comment ?? '')) {
    builder.add({
      id: `route53/${live.zone.Name}/comment`,
      kind: 'update',
      target: `${label} comment`,
      reason: 'the zone comment differs from the export',
      apply: async () => updateZoneComment(client, live.id, file.zone.Comment),
    });
  }
  const tagSet = (await client.send(new ListTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: live.id }))).ResourceTagSet;
  const { add, remove } = tagDiff(tagSet?.Tags ?? [], file.zone.Tags);
  if (add.length || remove.length) {
    builder.add({
      id: `route53/${live.zone.Name}/tags`,
      kind: 'tag',
      target: `${label} tags`,
      reason: 'the zone tags differ from the export',
      details: { add: add.length, remove: remove.length },
      apply: async () => setTags(client, 'hostedzone', live.id, add, remove),
    });
  }
}
