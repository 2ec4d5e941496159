/**
 * The Route 53 calls a restore makes: submit a change batch (waiting out
 * PriorRequestNotComplete), wait for INSYNC, create a zone with its VPCs and tags, re-create a
 * health check with its tags. Waiting is bounded and its clock injectable, so tests run in
 * simulated time.
 */
import {
  AssociateVPCWithHostedZoneCommand,
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  GetChangeCommand,
  UpdateHostedZoneCommentCommand,
  type Change,
  type HealthCheckConfig,
  type Route53Client,
  type Tag,
  type TagResourceType,
  type VPC,
} from '@aws-sdk/client-route-53';
import { awsErrorCode } from '../aws/errors.js';
import { sleep } from '../util/polling.js';
import { bareZoneId } from '../export/route53-format.js';

export interface WaitOptions {
  sleep(ms: number): Promise<void>;
  /** First GetChange poll after this long; later polls back off up to `maxPollMs`. */
  pollMs: number;
  maxPollMs: number;
  /** Give up waiting for INSYNC (or for a prior request) after this much waiting. */
  timeoutMs: number;
}

export const DEFAULT_WAIT: WaitOptions = {
  sleep,
  pollMs: 2_000,
  maxPollMs: 15_000,
  timeoutMs: 15 * 60_000,
};

const TAGS_PER_CALL = 10;

function minutes(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} minute(s)` : `${Math.round(ms / 1000)} second(s)`;
}

/**
 * Submits one batch and waits until Route 53 reports it INSYNC. PriorRequestNotComplete (the
 * zone is still busy with an earlier change) is waited out with backoff.
 */
export async function submitChangeBatch(
  client: Route53Client,
  zoneId: string,
  changes: Change[],
  comment: string,
  wait: WaitOptions,
): Promise<string> {
  let waited = 0;
  let delay = wait.pollMs;
  for (;;) {
    try {
      const out = await client.send(
        new ChangeResourceRecordSetsCommand({ HostedZoneId: zoneId, ChangeBatch: { Comment: comment, Changes: changes } }),
      );
      const changeId = out.ChangeInfo?.Id ?? '';
      if (out.ChangeInfo?.Status !== 'INSYNC') await waitForInsync(client, changeId, wait);
      return changeId;
    } catch (error) {
      if (awsErrorCode(error) !== 'PriorRequestNotComplete') throw error;
      if (waited >= wait.timeoutMs) {
        throw new Error(
          `zone ${zoneId} stayed busy with an earlier change for ${minutes(waited)} (PriorRequestNotComplete); run the restore again later`,
          { cause: error },
        );
      }
      await wait.sleep(delay);
      waited += delay;
      delay = Math.min(delay * 2, wait.maxPollMs);
    }
  }
}

/** Polls GetChange with backoff until INSYNC; throws after `timeoutMs` of waiting. */
export async function waitForInsync(client: Route53Client, changeId: string, wait: WaitOptions): Promise<void> {
  let waited = 0;
  let delay = wait.pollMs;
  for (;;) {
    await wait.sleep(delay);
    waited += delay;
    const out = await client.send(new GetChangeCommand({ Id: changeId }));
    if (out.ChangeInfo?.Status === 'INSYNC') return;
    if (waited >= wait.timeoutMs) {
      throw new Error(
        `change ${changeId} was accepted but still PENDING after ${minutes(waited)}; Route 53 finishes it on its own — ` +
          'run the restore again afterwards to apply what is left',
      );
    }
    delay = Math.min(Math.ceil(delay * 1.5), wait.maxPollMs);
  }
}

export interface NewZone {
  name: string;
  callerReference: string;
  comment?: string;
  /** Private zones: every VPC to associate (the first goes with the create call). */
  vpcs: VPC[];
  delegationSetId?: string;
  tags: Tag[];
}

/** Creates a zone, associates its other VPCs and tags it; returns the bare zone id. */
export async function createZone(client: Route53Client, zone: NewZone, wait: WaitOptions): Promise<string> {
  const [first, ...others] = zone.vpcs;
  const out = await client.send(
    new CreateHostedZoneCommand({
      Name: zone.name,
      CallerReference: zone.callerReference,
      HostedZoneConfig: { PrivateZone: first !== undefined, ...(zone.comment !== undefined ? { Comment: zone.comment } : {}) },
      ...(first ? { VPC: first } : {}),
      ...(zone.delegationSetId && !first ? { DelegationSetId: zone.delegationSetId } : {}),
    }),
  );
  const id = bareZoneId(out.HostedZone?.Id ?? '');
  if (out.ChangeInfo?.Id && out.ChangeInfo.Status !== 'INSYNC') await waitForInsync(client, out.ChangeInfo.Id, wait);
  for (const vpc of others) {
    const associated = await client.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: id, VPC: vpc }));
    if (associated.ChangeInfo?.Id && associated.ChangeInfo.Status !== 'INSYNC') {
      await waitForInsync(client, associated.ChangeInfo.Id, wait);
    }
  }
  await setTags(client, 'hostedzone', id, zone.tags, []);
  return id;
}

export async function updateZoneComment(client: Route53Client, zoneId: string, comment: string | undefined): Promise<void> {
  await client.send(new UpdateHostedZoneCommentCommand({ Id: zoneId, ...(comment !== undefined ? { Comment: comment } : {}) }));
}

/** Adds/overwrites `add` and removes `remove`, at most 10 of each per call. */
export async function setTags(
  client: Route53Client,
  type: TagResourceType,
  id: string,
  add: readonly Tag[],
  remove: readonly string[],
): Promise<void> {
  for (let i = 0; i < Math.max(add.length, remove.length); i += TAGS_PER_CALL) {
    const addTags = add.slice(i, i + TAGS_PER_CALL);
    const removeKeys = remove.slice(i, i + TAGS_PER_CALL);
    await client.send(
      new ChangeTagsForResourceCommand({
        ResourceType: type,
        ResourceId: id,
        ...(addTags.length ? { AddTags: addTags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' })) } : {}),
        ...(removeKeys.length ? { RemoveTagKeys: removeKeys } : {}),
      }),
    );
  }
}

/** Creates a health check and tags it; returns its id. */
export async function createHealthCheck(
  client: Route53Client,
  callerReference: string,
  config: HealthCheckConfig,
  tags: readonly Tag[],
): Promise<string> {
  const out = await client.send(new CreateHealthCheckCommand({ CallerReference: callerReference, HealthCheckConfig: config }));
  const id = out.HealthCheck?.Id;
  if (!id) throw new Error('CreateHealthCheck returned no health-check id');
  await setTags(client, 'healthcheck', id, tags, []);
  return id;
}

/** Tags to add or overwrite, and keys to remove, to go from `live` to `wanted`. */
export function tagDiff(live: readonly Tag[], wanted: readonly Tag[]): { add: Tag[]; remove: string[] } {
  const current = new Map(live.map((t) => [t.Key ?? '', t.Value ?? '']));
  const desired = new Map(wanted.map((t) => [t.Key ?? '', t.Value ?? '']));
  const add = [...desired].filter(([k, v]) => current.get(k) !== v).map(([Key, Value]) => ({ Key, Value }));
  const remove = [...current.keys()].filter((k) => !desired.has(k));
  return { add, remove };
}
