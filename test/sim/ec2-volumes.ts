/**
 * The simulated EC2's volumes and the instances they attach to: DescribeVolumes,
 * DescribeInstances, CreateVolume (idempotent by ClientToken, from a snapshot of this account or
 * one shared with it), AttachVolume within the instance's zone, DeleteVolume.
 */
import type { InstanceBlockDeviceMapping, Volume, VolumeAttachment } from '@aws-sdk/client-ec2';
import { applyFilters, pageByToken, withTags, type Filter } from './ec2-filters.js';
import { checkTags, findInstance, findVolume, newResourceId, required, selected, type Operation } from './ec2-helpers.js';
import { readableSnapshot } from './ec2-snapshots.js';
import { ec2Options, specifiedTags } from './ec2-state.js';
import { findKmsKey } from './kms.js';
import { SimError } from './types.js';

export const volumeOperations: Record<string, Operation> = {
  DescribeVolumes({ input, region }) {
    const volumes = selected(
      [...region.volumes.values()].map((v) => v.volume),
      input.VolumeIds,
      (id) => findVolume(region, id),
    );
    const filtered = applyFilters(volumes, input.Filters as Filter[], (v) =>
      withTags(v, {
        'volume-id': [v.VolumeId],
        status: [v.State],
        'availability-zone': [v.AvailabilityZone],
        'attachment.instance-id': (v.Attachments ?? []).map((a) => a.InstanceId),
        'snapshot-id': [v.SnapshotId],
        encrypted: [String(v.Encrypted)],
        size: [String(v.Size)],
        'volume-type': [v.VolumeType],
      }),
    );
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return { Volumes: items, NextToken };
  },

  DescribeInstances({ input, region, account }) {
    const instances = selected(region.instances.values(), input.InstanceIds, (id) => findInstance(region, id));
    const filtered = applyFilters(instances, input.Filters as Filter[], (i) =>
      withTags(i, {
        'instance-id': [i.InstanceId],
        'instance-state-name': [i.State?.Name],
        'availability-zone': [i.Placement?.AvailabilityZone],
        'block-device-mapping.volume-id': (i.BlockDeviceMappings ?? []).map((m) => m.Ebs?.VolumeId),
      }),
    );
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return {
      Reservations: items.map((i) => ({ ReservationId: `r-${i.InstanceId!.slice(2)}`, OwnerId: account, Groups: [], Instances: [i] })),
      NextToken,
    };
  },

  CreateVolume(call) {
    const { input, region, sim } = call;
    const az = required<string>(input, 'AvailabilityZone');
    if (!region.availabilityZones.includes(az)) {
      throw new SimError('InvalidZone.NotFound', `The zone '${az}' does not exist. Zones in ${call.regionName}: ${region.availabilityZones.join(', ')}.`);
    }
    const token: string | undefined = input.ClientToken;
    const { ClientToken: _token, DryRun: _dry, ...significant } = input;
    const params = JSON.stringify(significant);
    if (token) {
      const earlier = [...region.volumes.values()].find((v) => v.clientToken?.token === token);
      if (earlier) {
        if (earlier.clientToken!.params !== params) {
          throw new SimError('IdempotentParameterMismatch', `The client token '${token}' was already used with different parameters.`);
        }
        return { ...earlier.volume };
      }
    }
    let size: number | undefined = input.Size;
    let encrypted: boolean = input.Encrypted === true;
    let kmsKeyId: string | undefined;
    if (input.SnapshotId) {
      const s = readableSnapshot(sim, call.account, call.regionName, input.SnapshotId, true);
      if (s.snapshot.State !== 'completed') throw new SimError('IncorrectState', `Snapshot '${input.SnapshotId}' is '${s.snapshot.State}'; a volume needs a completed snapshot.`);
      if (s.snapshot.StorageTier === 'archive') throw new SimError('IncorrectState', `Snapshot '${input.SnapshotId}' is archived; restore it to the standard tier first.`);
      size ??= s.snapshot.VolumeSize;
      if ((size ?? 0) < (s.snapshot.VolumeSize ?? 0)) {
        throw new SimError('InvalidParameterValue', `Volume of ${size}GiB is smaller than snapshot '${input.SnapshotId}', expect size >= ${s.snapshot.VolumeSize}GiB`);
      }
      encrypted ||= s.snapshot.Encrypted === true;
      // A snapshot shared by another account: the volume is encrypted with a key of this one.
      kmsKeyId = s.snapshot.OwnerId === call.account ? s.snapshot.KmsKeyId : undefined;
    }
    if (size === undefined) throw new SimError('MissingParameter', 'The request must contain the parameter size or snapshotId');
    if (encrypted) {
      const keyRef: string = input.KmsKeyId ?? kmsKeyId ?? 'alias/aws/ebs';
      const key = findKmsKey(sim, call.account, call.regionName, keyRef);
      if (!key || key.KeyState !== 'Enabled') throw new SimError('InvalidKMSKey.NotFound', `The KMS key '${keyRef}' does not exist or is not enabled in ${call.regionName}.`);
      kmsKeyId = key.Arn;
    }
    const now = sim.now();
    const volume: Volume = {
      VolumeId: newResourceId(sim, 'vol'),
      Size: size,
      SnapshotId: input.SnapshotId ?? '',
      AvailabilityZone: az,
      State: 'creating',
      CreateTime: new Date(now),
      Attachments: [],
      Encrypted: encrypted,
      ...(encrypted ? { KmsKeyId: kmsKeyId } : {}),
      VolumeType: input.VolumeType ?? 'gp2',
      ...(input.Iops !== undefined ? { Iops: input.Iops } : {}),
      ...(input.Throughput !== undefined ? { Throughput: input.Throughput } : {}),
      MultiAttachEnabled: input.MultiAttachEnabled ?? false,
      Tags: checkTags(specifiedTags(input.TagSpecifications, 'volume')),
    };
    region.volumes.set(volume.VolumeId!, {
      volume,
      availableAt: now + ec2Options(sim).volumeCreateMs,
      ...(token ? { clientToken: { token, params } } : {}),
    });
    return { ...volume };
  },

  AttachVolume({ input, region, sim }) {
    const volume = findVolume(region, required(input, 'VolumeId'));
    const instance = findInstance(region, required(input, 'InstanceId'));
    const device = required<string>(input, 'Device');
    if (volume.State !== 'available') {
      throw new SimError('IncorrectState', `vol '${volume.VolumeId}' is not 'available' (it is '${volume.State}').`);
    }
    if (volume.AvailabilityZone !== instance.Placement?.AvailabilityZone) {
      throw new SimError('InvalidVolume.ZoneMismatch', `The volume '${volume.VolumeId}' is not in the same availability zone as instance '${instance.InstanceId}'`);
    }
    if (instance.BlockDeviceMappings?.some((m) => m.DeviceName === device)) {
      throw new SimError('InvalidParameterValue', `Invalid value '${device}' for unixDevice. Attachment point ${device} is already in use`);
    }
    const attachTime = new Date(sim.now());
    const attachment: VolumeAttachment = { VolumeId: volume.VolumeId, InstanceId: instance.InstanceId, Device: device, State: 'attached', AttachTime: attachTime, DeleteOnTermination: false };
    volume.Attachments = [attachment];
    volume.State = 'in-use';
    const mapping: InstanceBlockDeviceMapping = { DeviceName: device, Ebs: { VolumeId: volume.VolumeId, Status: 'attached', AttachTime: attachTime, DeleteOnTermination: false } };
    (instance.BlockDeviceMappings ??= []).push(mapping);
    return { ...attachment, State: 'attaching' };
  },

  DeleteVolume({ input, region }) {
    // A volume must be detached first; it is gone at once.
    const id = required<string>(input, 'VolumeId');
    const volume = findVolume(region, id);
    if (volume.State === 'in-use') throw new SimError('VolumeInUse', `Volume ${id} is currently attached to ${volume.Attachments?.[0]?.InstanceId}`);
    region.volumes.delete(id);
    return {};
  },
};
