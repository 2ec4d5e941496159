/**
 * Simulated EC2 (EBS side), EC2 query protocol 2016-11-15: volumes, instances, snapshots
 * (create, multi-volume crash-consistent, cross-region copy, delete, archive tier), AMIs as
 * far as a snapshot in use needs them, tags, and the network lookups a restore needs.
 * Requests and responses are (de)serialised from the SDK's own schemas (ec2-codec.ts).
 */
import * as sdk from '@aws-sdk/client-ec2';
import type { BlockDeviceMapping, Image, InstanceBlockDeviceMapping, Snapshot, SnapshotInfo, Tag, Volume, VolumeAttachment } from '@aws-sdk/client-ec2';
import { decodeInput, encodeOutput, operationSchemas } from './ec2-codec.js';
import { applyFilters, pageByToken, withTags, type Filter } from './ec2-filters.js';
import {
  ec2Options,
  ec2Region,
  seedEc2,
  snapshotDuration,
  specifiedTags,
  tick,
  type Ec2Region,
  type SimSnapshot,
} from './ec2-state.js';
import { findKmsKey } from './kms.js';
import { checkSnapshotLimit, checkTags, findInstance, findSnapshot, findVolume, mergeTags, newResourceId, required, selected, type Call, type Operation } from './ec2-helpers.js';
import { snapshotOperations, snapshotsSharedWith, readableSnapshot } from './ec2-snapshots.js';
import { tieringOperations } from './ec2-tiering.js';
import { SimError } from './types.js';
import type { ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { escapeXml, newRequestId, queryParams, xmlDocument, xmlResponse } from './xml.js';

export const EC2_VERSION = '2016-11-15';
const XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

// ---------------------------------------------------------------- helpers

/** Starts a snapshot of `volume`; the caller stores it. */
function startSnapshot(call: Call, volume: Volume, description: string | undefined, tags: Tag[], startTime: number): SimSnapshot {
  const duration = snapshotDuration(ec2Options(call.sim), volume.Size ?? 0, false);
  const snapshot: Snapshot = {
    SnapshotId: newResourceId(call.sim, 'snap'),
    VolumeId: volume.VolumeId,
    VolumeSize: volume.Size,
    State: 'pending',
    Progress: '0%',
    StartTime: new Date(startTime),
    OwnerId: call.account,
    Description: description ?? '',
    Encrypted: volume.Encrypted ?? false,
    ...(volume.Encrypted ? { KmsKeyId: volume.KmsKeyId } : {}),
    StorageTier: 'standard',
    AvailabilityZone: volume.AvailabilityZone,
    Tags: tags,
  };
  return { snapshot, startedAt: startTime, completesAt: startTime + duration, isCopy: false };
}

function snapshotInfo(s: Snapshot): SnapshotInfo {
  return {
    Description: s.Description,
    Tags: s.Tags,
    Encrypted: s.Encrypted,
    VolumeId: s.VolumeId,
    State: s.State,
    VolumeSize: s.VolumeSize,
    StartTime: s.StartTime,
    Progress: s.Progress,
    OwnerId: s.OwnerId,
    SnapshotId: s.SnapshotId,
    AvailabilityZone: s.AvailabilityZone,
  };
}

/** Where a taggable resource's tags live, by id prefix. */
function taggable(region: Ec2Region, id: string): { Tags?: Tag[] } {
  if (id.startsWith('snap-')) return findSnapshot(region, id).snapshot;
  if (id.startsWith('vol-')) return findVolume(region, id);
  if (id.startsWith('i-')) return findInstance(region, id);
  if (id.startsWith('ami-')) {
    const image = region.images.get(id);
    if (!image) throw new SimError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
    return image;
  }
  throw new SimError('InvalidID', `The ID '${id}' is not valid`);
}

// ---------------------------------------------------------------- operations

const operations: Record<string, Operation> = {
  ...snapshotOperations,
  ...tieringOperations,

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

  DescribeSnapshots({ input, region, account, sim, regionName }) {
    // Snapshots of other accounts: only those shared with this one (createVolumePermission).
    const shared = snapshotsSharedWith(sim, account, regionName, input.OwnerIds, input.RestorableByUserIds);
    const snapshots = shared ?? selected(
      [...region.snapshots.values()].map((s) => s.snapshot),
      input.SnapshotIds,
      (id) => readableSnapshot(sim, account, regionName, id).snapshot,
    );
    const filtered = applyFilters(snapshots, input.Filters as Filter[], (s) =>
      withTags(s, {
        'snapshot-id': [s.SnapshotId],
        status: [s.State],
        'volume-id': [s.VolumeId],
        'owner-id': [s.OwnerId],
        'storage-tier': [s.StorageTier],
        encrypted: [String(s.Encrypted)],
        description: [s.Description],
        progress: [s.Progress],
      }),
    );
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return { Snapshots: items, NextToken };
  },

  CreateSnapshot(call) {
    const volume = findVolume(call.region, required(call.input, 'VolumeId'));
    checkSnapshotLimit(call, 1);
    const s = startSnapshot(call, volume, call.input.Description, checkTags(specifiedTags(call.input.TagSpecifications, 'snapshot')), call.sim.now());
    call.region.snapshots.set(s.snapshot.SnapshotId!, s);
    return { ...s.snapshot };
  },

  CreateSnapshots(call) {
    const spec = required<{ InstanceId?: string; ExcludeBootVolume?: boolean; ExcludeDataVolumeIds?: string[] }>(call.input, 'InstanceSpecification');
    const instance = findInstance(call.region, spec.InstanceId ?? '');
    const excluded = new Set(spec.ExcludeDataVolumeIds ?? []);
    const volumes = (instance.BlockDeviceMappings ?? [])
      .filter((m) => !(spec.ExcludeBootVolume && m.DeviceName === instance.RootDeviceName))
      .map((m) => findVolume(call.region, m.Ebs!.VolumeId!))
      .filter((v) => !excluded.has(v.VolumeId!));
    checkSnapshotLimit(call, volumes.length);
    const tags = checkTags(specifiedTags(call.input.TagSpecifications, 'snapshot'));
    // Crash-consistent: every volume's snapshot is taken at the same instant.
    const at = call.sim.now();
    const snapshots = volumes.map((volume) => {
      const own = call.input.CopyTagsFromSource === 'volume' ? (volume.Tags ?? []).filter((t) => !t.Key?.startsWith('aws:')) : [];
      const s = startSnapshot(call, volume, call.input.Description, mergeTags(own, tags), at);
      call.region.snapshots.set(s.snapshot.SnapshotId!, s);
      return snapshotInfo(s.snapshot);
    });
    return { Snapshots: snapshots };
  },

  CreateTags({ input, region }) {
    const tags = checkTags(required<Tag[]>(input, 'Tags'));
    const resources = required<string[]>(input, 'Resources').map((id) => taggable(region, id));
    for (const r of resources) r.Tags = mergeTags(r.Tags, tags);
    return {};
  },

  DeleteTags({ input, region }) {
    const tags: Tag[] = input.Tags ?? [];
    for (const id of required<string[]>(input, 'Resources')) {
      const r = taggable(region, id);
      // No Tags deletes all; a tag without a Value deletes the key whatever its value.
      r.Tags = tags.length ? (r.Tags ?? []).filter((t) => !tags.some((d) => d.Key === t.Key && (d.Value === undefined || d.Value === t.Value))) : [];
    }
    return {};
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

  DescribeAvailabilityZones({ input, region, regionName }) {
    const zones = region.availabilityZones.map((name, i) => ({
      ZoneName: name,
      ZoneId: `${regionName.split('-').map((p) => p[0]).join('')}${regionName.replace(/\D/g, '')}-az${i + 1}`,
      State: 'available',
      RegionName: regionName,
      ZoneType: 'availability-zone',
      OptInStatus: 'opt-in-not-required',
      GroupName: regionName,
      NetworkBorderGroup: regionName,
      Messages: [],
    }));
    const named: string[] = input.ZoneNames ?? [];
    for (const name of named) {
      if (!region.availabilityZones.includes(name)) throw new SimError('InvalidParameterValue', `The zone '${name}' does not exist in ${regionName}.`);
    }
    const picked = named.length ? zones.filter((z) => named.includes(z.ZoneName)) : zones;
    return { AvailabilityZones: applyFilters(picked, input.Filters as Filter[], (z) => (n) => ({ 'zone-name': [z.ZoneName], state: [z.State], 'zone-id': [z.ZoneId] })[n]) };
  },

  DescribeSubnets({ input, region }) {
    const all = [...(region.network.subnets?.values() ?? [])].map((s) => ({ State: 'available', ...s }));
    const subnets = selected(all, input.SubnetIds, (id) => {
      const s = all.find((x) => x.SubnetId === id);
      if (!s) throw new SimError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
      return s;
    });
    const filtered = applyFilters(subnets, input.Filters as Filter[], (s) =>
      withTags(s, { 'subnet-id': [s.SubnetId], 'vpc-id': [s.VpcId], 'availability-zone': [s.AvailabilityZone], state: [s.State] }),
    );
    return { Subnets: filtered };
  },

  DescribeSecurityGroups({ input, region }) {
    const all = [...(region.network.securityGroups?.values() ?? [])];
    let groups = selected(all, input.GroupIds, (id) => {
      const g = all.find((x) => x.GroupId === id);
      if (!g) throw new SimError('InvalidGroup.NotFound', `The security group '${id}' does not exist`);
      return g;
    });
    const names: string[] = input.GroupNames ?? [];
    if (names.length) {
      groups = names.map((name) => {
        const g = groups.find((x) => x.GroupName === name);
        if (!g) throw new SimError('InvalidGroup.NotFound', `The security group '${name}' does not exist in default VPC`);
        return g;
      });
    }
    const filtered = applyFilters(groups, input.Filters as Filter[], (g) =>
      withTags(g, { 'group-id': [g.GroupId], 'group-name': [g.GroupName], 'vpc-id': [g.VpcId] }),
    );
    return { SecurityGroups: filtered.map((g) => ({ Description: g.GroupName ?? '', ...g })) };
  },

  RegisterImage({ input, region, sim, account }) {
    const name = required<string>(input, 'Name');
    const mappings: BlockDeviceMapping[] = input.BlockDeviceMappings ?? [];
    for (const m of mappings) if (m.Ebs?.SnapshotId) findSnapshot(region, m.Ebs.SnapshotId);
    if ([...region.images.values()].some((i) => i.Name === name)) {
      throw new SimError('InvalidAMIName.Duplicate', `AMI name ${name} is already in use by another AMI`);
    }
    const image: Image = {
      ImageId: newResourceId(sim, 'ami'),
      Name: name,
      OwnerId: account,
      State: 'available',
      ImageType: 'machine',
      RootDeviceType: 'ebs',
      RootDeviceName: input.RootDeviceName ?? mappings[0]?.DeviceName,
      BlockDeviceMappings: mappings,
      CreationDate: new Date(sim.now()).toISOString(),
      Architecture: input.Architecture ?? 'x86_64',
      Tags: checkTags(specifiedTags(input.TagSpecifications, 'image')),
    };
    region.images.set(image.ImageId!, image);
    return { ImageId: image.ImageId };
  },

  DeregisterImage({ input, region }) {
    const id = required<string>(input, 'ImageId');
    if (!region.images.delete(id)) throw new SimError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
    return { Return: true };
  },

  DescribeImages({ input, region }) {
    const images = selected(region.images.values(), input.ImageIds, (id) => {
      const i = region.images.get(id);
      if (!i) throw new SimError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
      return i;
    });
    const filtered = applyFilters(images, input.Filters as Filter[], (i) =>
      withTags(i, {
        'image-id': [i.ImageId],
        name: [i.Name],
        state: [i.State],
        'block-device-mapping.snapshot-id': (i.BlockDeviceMappings ?? []).map((m) => m.Ebs?.SnapshotId),
      }),
    );
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return { Images: items, NextToken };
  },
};

// ---------------------------------------------------------------- handler

export const ec2Handler: ServiceHandler = {
  service: 'ec2',
  throttleError: { code: 'RequestLimitExceeded', status: 503, message: 'Request limit exceeded.' },

  operation(req) {
    const params = queryParams(req.query, req.body);
    return params.get('Version') === EC2_VERSION ? (params.get('Action') ?? 'Unknown') : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const op = operations[req.operation];
    const schemas = operationSchemas(sdk as unknown as Record<string, unknown>, req.operation);
    if (!op || !schemas) throw new SimError('InvalidAction', `The action ${req.operation} is not valid for this web service (the simulator does not implement it).`);
    const input = decodeInput('ec2', schemas.input, queryParams(req.query, req.body));
    sim.log.push({ operation: req.operation, service: 'ec2', region: req.region, account: req.account, params: input });
    if (input.DryRun) throw new SimError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
    const region = ec2Region(sim, req.account, req.region);
    tick(region, sim.now());
    const result = op({ input, region, regionName: req.region, account: req.account, sim });
    const requestId = newRequestId();
    const body = xmlDocument(`${req.operation}Response`, XMLNS, `<requestId>${requestId}</requestId>${encodeOutput('ec2', schemas.output, result)}`);
    return xmlResponse(200, body, requestId);
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    const requestId = newRequestId();
    const body = xmlDocument(
      'Response',
      undefined,
      `<Errors><Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID>`,
    );
    return xmlResponse(err.status, body, requestId);
  },

  seed: seedEc2,
};
