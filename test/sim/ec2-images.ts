/**
 * The simulated EC2's AMIs, as far as snapshots need them: RegisterImage, DeregisterImage and
 * DescribeImages (a snapshot an AMI names cannot be deleted; see ec2-snapshots.ts).
 */
import type { BlockDeviceMapping, Image } from '@aws-sdk/client-ec2';
import { applyFilters, pageByToken, withTags, type Filter } from './ec2-filters.js';
import { checkTags, findSnapshot, newResourceId, required, selected, type Operation } from './ec2-helpers.js';
import { specifiedTags } from './ec2-state.js';
import { SimError } from './types.js';

export const imageOperations: Record<string, Operation> = {
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
