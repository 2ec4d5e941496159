/**
 * EBS restore: a volume from a snapshot (an id, or `latest:<volume id>` — the newest completed
 * snapshot the tool made of that volume in the region, which may be the DR region where the
 * copies are) in a chosen availability zone, with the source's tags, optionally attached to
 * an instance. Every input is checked with read-only calls before the plan is returned; the
 * create call carries a ClientToken derived from the request, and the volume a tag with the
 * same token, so running the same restore again finds the volume instead of making another.
 */
import {
  AttachVolumeCommand,
  CreateVolumeCommand,
  DeleteVolumeCommand,
  DescribeAvailabilityZonesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type Instance,
  type Snapshot,
  type Volume,
} from '@aws-sdk/client-ec2';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import { paginate, collectItems } from '../aws/paginate.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import { CREATED_BY, TAG, tagList, tagRecord, userTags, type Tags } from '../snapshots/tags.js';
import {
  candidateRegions,
  checkOptions,
  checkRegion,
  isToolSnapshotOf,
  parseSnapshotSource,
  requestToken,
  RESTORE_TAG,
  takenAt,
  waitMinutesOption,
} from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestorePlanner, type RestoreRequest } from './types.js';
import { waitOrThrow, waitTiming, type Probe, type WaitTiming } from './wait.js';

export const EBS_RESTORE_SECTION = 'restore';
export const EBS_OPTIONS = ['availability-zone', 'attach-to', 'device', 'wait-minutes'] as const;

// ------------------------------------------------------------------ reading EC2

/** One snapshot by id; undefined when it is not in this region (the filter never fails on a missing id). */
export async function describeEbsSnapshot(ec2: EC2Client, id: string): Promise<Snapshot | undefined> {
  const answer = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'snapshot-id', Values: [id] }] }));
  return answer.Snapshots?.find((s) => s.SnapshotId === id);
}

/** The newest completed snapshot the tool made of a volume (alone or as part of its instance). */
export async function latestEbsSnapshot(ec2: EC2Client, volumeId: string): Promise<Snapshot | undefined> {
  const snapshots = await collectItems(
    paginate(
      (NextToken: string | undefined) =>
        ec2.send(
          new DescribeSnapshotsCommand({
            OwnerIds: ['self'],
            Filters: [{ Name: `tag:${TAG.createdBy}`, Values: [CREATED_BY] }],
            MaxResults: 1000,
            ...(NextToken && { NextToken }),
          }),
        ),
      (page) => page.NextToken,
    ),
    (page) => page.Snapshots,
  );
  const mine = snapshots.filter((s) => s.State === 'completed' && isToolSnapshotOf(tagRecord(s.Tags), volumeId, s.VolumeId));
  return mine.sort((a, b) => takenAt(tagRecord(b.Tags), b.StartTime) - takenAt(tagRecord(a.Tags), a.StartTime))[0];
}

export async function volumesTagged(ec2: EC2Client, key: string, value: string): Promise<Volume[]> {
  return collectItems(
    paginate(
      (NextToken: string | undefined) =>
        ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: `tag:${key}`, Values: [value] }], MaxResults: 500, ...(NextToken && { NextToken }) })),
      (page) => page.NextToken,
    ),
    (page) => page.Volumes,
  ).then((volumes) => volumes.filter((v) => v.State !== 'deleted' && v.State !== 'deleting'));
}

export async function availabilityZones(ec2: EC2Client): Promise<string[]> {
  const answer = await ec2.send(new DescribeAvailabilityZonesCommand({}));
  return (answer.AvailabilityZones ?? []).filter((z) => z.State === 'available' && z.ZoneName).map((z) => z.ZoneName as string);
}

async function describeInstance(ec2: EC2Client, id: string): Promise<Instance | undefined> {
  const answer = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: [id] }] }));
  return answer.Reservations?.flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId === id);
}

/** Reads a volume's state; `goal` is the state that ends the wait. */
export function volumeProbe(ec2: EC2Client, volumeId: string, goal: 'available' | 'in-use' | 'gone'): Probe {
  return async () => {
    const answer = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: [volumeId] }] }));
    const volume = answer.Volumes?.find((v) => v.VolumeId === volumeId);
    const state = volume?.State ?? 'deleted';
    if (goal === 'gone') return state === 'deleted' ? { state: 'done', status: 'deleted' } : { state: 'pending', status: state };
    if (state === goal) return { state: 'done', status: state };
    if (state === 'error' || state === 'deleting' || state === 'deleted') return { state: 'failed', status: state };
    return { state: 'pending', status: state };
  };
}

// ------------------------------------------------------------------ the request, checked

export interface EbsRestoreSpec {
  account: string;
  region: string;
  snapshotId: string;
  /** The snapshot's size, GiB (for the plan). */
  sizeGiB?: number;
  encrypted: boolean;
  availabilityZone: string;
  /** Tags of the new volume: the source's, the request's name, and the tool's restore tags. */
  tags: Tags;
  attach?: { instanceId: string; device: string };
  clientToken: string;
}

export interface Located {
  region: string;
  snapshot: Snapshot;
}

/** Where the snapshot is: in the request's region, or (no region given) in the first candidate region that has it. */
export async function locateSnapshot(request: RestoreRequest, ctx: RestoreContext): Promise<Located> {
  const source = parseSnapshotSource(request.source, 'snap-0123456789abcdef0');
  const asked = request.region ? checkRegion(request.region, 'region') : undefined;
  const candidates = candidateRegions(ctx.config, ctx.account);
  const lookIn = asked ? [asked] : candidates;
  const find = (region: string) =>
    'latestOf' in source ? latestEbsSnapshot(ctx.clients.ec2(region), source.latestOf) : describeEbsSnapshot(ctx.clients.ec2(region), source.snapshot);
  for (const region of lookIn) {
    const snapshot = await find(region);
    if (snapshot) return { region, snapshot };
  }
  // Not there: say where it is, if anywhere, so the fix is one word.
  const elsewhere: string[] = [];
  for (const region of candidates.filter((r) => !lookIn.includes(r))) if (await find(region)) elsewhere.push(region);
  const what = 'latestOf' in source ? `no completed snapshot made by aws-backup-gitops of volume ${source.latestOf}` : `EBS snapshot ${source.snapshot} was not found`;
  const searched = `in ${lookIn.join(', ')}${ctx.account.name === 'default' ? '' : ` (account ${ctx.account.name})`}`;
  if (elsewhere.length > 0) {
    throw new RestoreInputError(`${what} ${searched}, but it is in ${elsewhere.join(', ')}: set region to ${elsewhere[0]} (a volume is restored in the snapshot's region)`);
  }
  const hint = 'latestOf' in source
    ? 'check the volume id, or name a snapshot id (snap-…) instead'
    : 'check the id (aws ec2 describe-snapshots --owner-ids self), or use latest:<volume id>';
  throw new RestoreInputError(`${what} ${searched}; ${hint}`);
}

/** Checks every input with read-only calls; throws RestoreInputError for anything that cannot work. */
export async function resolveEbsRestore(request: RestoreRequest, ctx: RestoreContext, extraTags: Tags = {}): Promise<EbsRestoreSpec> {
  checkOptions(request, EBS_OPTIONS);
  return resolveEbsFrom(request, ctx, await locateSnapshot(request, ctx), extraTags);
}

/** The checks of resolveEbsRestore for a snapshot already found (possibly in another account: the vault). */
export async function resolveEbsFrom(request: RestoreRequest, ctx: RestoreContext, { region, snapshot }: Located, extraTags: Tags = {}): Promise<EbsRestoreSpec> {
  const ec2 = ctx.clients.ec2(region);
  const snapshotId = snapshot.SnapshotId as string;
  if (snapshot.State !== 'completed') {
    throw new RestoreInputError(`EBS snapshot ${snapshotId} in ${region} is ${snapshot.State} (${snapshot.Progress ?? '?'}); a volume needs a completed snapshot — wait for it, or use another`);
  }
  if (snapshot.StorageTier === 'archive') {
    throw new RestoreInputError(
      `EBS snapshot ${snapshotId} in ${region} is in the archive tier; restore it to the standard tier first (aws ec2 restore-snapshot-tier --snapshot-id ${snapshotId}), which takes 24–72 hours`,
    );
  }

  const zone = request.options['availability-zone']?.trim();
  const zones = await availabilityZones(ec2);
  if (!zone) {
    throw new RestoreInputError(`option availability-zone is required for an ebs-volume restore: the zone of the new volume, one of ${zones.join(', ')} in ${region}`);
  }
  if (!zones.includes(zone)) {
    throw new RestoreInputError(`availability zone "${zone}" is not an available zone of ${region}; use one of ${zones.join(', ')}`);
  }

  const attach = await resolveAttach(request, ec2, region, zone);
  const snapshotTags = tagRecord(snapshot.Tags);
  const name = request.target?.trim();
  const clientToken = requestToken([ctx.account.name, region, snapshotId, zone, name, attach?.instanceId, attach?.device, JSON.stringify(extraTags)]);
  const tags: Tags = {
    ...userTags(snapshotTags),
    ...(name && { Name: name }),
    [RESTORE_TAG.restoredFrom]: snapshotId,
    [RESTORE_TAG.token]: clientToken,
    ...extraTags,
  };
  if (name) await checkNameFree(ec2, region, name, clientToken);
  const volumeSource = snapshotTags[TAG.source];
  if (volumeSource) ctx.log(`EBS restore: ${snapshotId} is the tool's snapshot of ${volumeSource} (policy ${snapshotTags[TAG.policy] ?? '?'}) from ${new Date(takenAt(snapshotTags, snapshot.StartTime)).toISOString()}`);
  return {
    account: ctx.account.name,
    region,
    snapshotId,
    ...(snapshot.VolumeSize !== undefined && { sizeGiB: snapshot.VolumeSize }),
    encrypted: snapshot.Encrypted === true,
    availabilityZone: zone,
    tags,
    ...(attach && { attach }),
    clientToken,
  };
}

async function resolveAttach(request: RestoreRequest, ec2: EC2Client, region: string, zone: string): Promise<EbsRestoreSpec['attach']> {
  const instanceId = request.options['attach-to']?.trim();
  const device = request.options.device?.trim();
  if (!instanceId) {
    if (device) throw new RestoreInputError('option device is only used with attach-to=<instance id>; add attach-to or remove device');
    return undefined;
  }
  if (!device) throw new RestoreInputError(`option device is required with attach-to: the device name on ${instanceId}, e.g. /dev/sdf`);
  const instance = await describeInstance(ec2, instanceId);
  if (!instance) throw new RestoreInputError(`instance ${instanceId} (attach-to) was not found in ${region}; the volume can only be attached to an instance in its region`);
  const state = instance.State?.Name;
  if (state !== 'running' && state !== 'stopped') {
    throw new RestoreInputError(`instance ${instanceId} (attach-to) is ${state}; a volume can be attached only to a running or stopped instance`);
  }
  const instanceZone = instance.Placement?.AvailabilityZone;
  if (instanceZone !== zone) {
    throw new RestoreInputError(`instance ${instanceId} (attach-to) is in ${instanceZone}, not in ${zone}: set availability-zone to ${instanceZone} (a volume attaches only to an instance in its zone)`);
  }
  if (instance.BlockDeviceMappings?.some((m) => m.DeviceName === device)) {
    throw new RestoreInputError(`device ${device} is already in use on instance ${instanceId}; choose a free device name, e.g. /dev/sdp`);
  }
  return { instanceId, device };
}

/** A volume named like the target that this request did not make is a collision. */
async function checkNameFree(ec2: EC2Client, region: string, name: string, token: string): Promise<void> {
  const clash = (await volumesTagged(ec2, 'Name', name)).find((v) => tagRecord(v.Tags)[RESTORE_TAG.token] !== token);
  if (clash) {
    throw new RestoreInputError(`a volume named "${name}" already exists in ${region} (${clash.VolumeId}); choose another target name, or leave target empty to keep the source's tags only`);
  }
}

// ------------------------------------------------------------------ the calls

/** CreateVolume with the request's ClientToken: calling it twice returns the same volume. */
export async function createVolumeFromSnapshot(ec2: EC2Client, spec: EbsRestoreSpec): Promise<string> {
  const answer = await ec2.send(
    new CreateVolumeCommand({
      SnapshotId: spec.snapshotId,
      AvailabilityZone: spec.availabilityZone,
      ClientToken: spec.clientToken,
      TagSpecifications: [{ ResourceType: 'volume', Tags: tagList(spec.tags) }],
    }),
  );
  if (!answer.VolumeId) throw new Error(`CreateVolume from ${spec.snapshotId} returned no volume id`);
  return answer.VolumeId;
}

export async function attachVolume(ec2: EC2Client, volumeId: string, attach: { instanceId: string; device: string }): Promise<void> {
  await ec2.send(new AttachVolumeCommand({ VolumeId: volumeId, InstanceId: attach.instanceId, Device: attach.device }));
}

/** Deletes a volume; one already gone is fine. */
export async function deleteVolume(ec2: EC2Client, volumeId: string): Promise<void> {
  try {
    await ec2.send(new DeleteVolumeCommand({ VolumeId: volumeId }));
  } catch (error) {
    if (awsErrorCode(error) !== 'InvalidVolume.NotFound') throw error;
  }
}

// ------------------------------------------------------------------ the planner

export function createEbsRestorePlanner(timingOverrides: Partial<WaitTiming> = {}): RestorePlanner {
  return async (request, ctx) => {
    const spec = await resolveEbsRestore(request, ctx);
    const minutes = waitMinutesOption(request);
    const timing = waitTiming({ ...timingOverrides, ...(minutes !== undefined && { budgetMs: minutes * 60_000 }) });
    return planEbsFromSpec(spec, ctx, timing);
  };
}

/** The default planner (wait budgets of DEFAULT_WAIT_TIMING, or `wait-minutes`). */
export const planEbsRestore: RestorePlanner = createEbsRestorePlanner();

/** How a restore from a snapshot of another account differs: its access is opened around the create (vault-restore.ts). */
export interface SnapshotAccess {
  around<T>(create: () => Promise<T>): Promise<T>;
  reason: string;
  details: Record<string, string>;
}

export async function planEbsFromSpec(spec: EbsRestoreSpec, ctx: RestoreContext, timing: WaitTiming, access?: SnapshotAccess): Promise<Plan> {
  const ec2 = ctx.clients.ec2(spec.region);
  const plan = new PlanBuilder(EBS_RESTORE_SECTION);
  const label = `EBS volume from ${spec.snapshotId} in ${spec.availabilityZone}`;
  const existing = (await volumesTagged(ec2, RESTORE_TAG.token, spec.clientToken))[0];
  let volumeId = existing?.VolumeId;
  let createId: string | undefined;
  if (existing) {
    plan.warn(label, `already restored by the same request as ${existing.VolumeId} (${existing.State}); nothing new is created`);
  } else {
    createId = plan.add({
      kind: 'restore',
      target: label,
      reason: `restore ${spec.snapshotId} (${spec.region}) as a new volume${spec.tags.Name ? ` named ${spec.tags.Name}` : ''}${access ? `; ${access.reason}` : ''}`,
      details: {
        account: spec.account,
        region: spec.region,
        snapshot: spec.snapshotId,
        availabilityZone: spec.availabilityZone,
        ...(spec.sizeGiB !== undefined && { sizeGiB: spec.sizeGiB }),
        encrypted: spec.encrypted,
        ...access?.details,
      },
      apply: async () => {
        const create = async () => {
          try {
            volumeId = await createVolumeFromSnapshot(ec2, spec);
          } catch (error) {
            throw new Error(describeAwsError(error, { resource: `volume from ${spec.snapshotId}`, region: spec.region }));
          }
          const waited = await waitOrThrow(volumeProbe(ec2, volumeId, 'available'), { label: `volume ${volumeId}`, goal: 'available', timing, log: ctx.log });
          return `${volumeId} available after ${Math.round(waited / 1000)} s`;
        };
        return access ? access.around(create) : create();
      },
    });
  }
  const attach = spec.attach;
  const attachedAlready = existing?.Attachments?.some((a) => a.InstanceId === attach?.instanceId);
  if (attach && !attachedAlready) {
    plan.add({
      kind: 'update',
      target: `attach to ${attach.instanceId} as ${attach.device}`,
      reason: `option attach-to: the restored volume is attached to ${attach.instanceId}`,
      details: { instance: attach.instanceId, device: attach.device },
      ...(createId && { dependsOn: [createId] }),
      apply: async () => {
        const id = volumeId as string;
        // An existing volume from an earlier run may still be creating.
        await waitOrThrow(volumeProbe(ec2, id, 'available'), { label: `volume ${id}`, goal: 'available', timing, log: ctx.log });
        try {
          await attachVolume(ec2, id, attach);
        } catch (error) {
          throw new Error(describeAwsError(error, { resource: `volume ${id} → ${attach.instanceId}`, region: spec.region }));
        }
        await waitOrThrow(volumeProbe(ec2, id, 'in-use'), { label: `volume ${id}`, goal: 'in-use', timing, log: ctx.log });
        return `${id} attached to ${attach.instanceId} as ${attach.device}`;
      },
    });
  }
  return plan.build();
}
