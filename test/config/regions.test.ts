import { partition } from '@aws-sdk/core/client';
import { describe, expect, it } from 'vitest';
import {
  CHINA_REGIONS,
  COMMERCIAL_REGIONS,
  GOVCLOUD_REGIONS,
  KNOWN_REGIONS,
  isKnownRegion,
  partitionOf,
  suggestRegion,
  unknownRegionMessage,
} from '../../src/config/regions.js';

describe('known regions', () => {
  it('covers commercial, GovCloud and China regions, each once', () => {
    expect(new Set(KNOWN_REGIONS).size).toBe(KNOWN_REGIONS.length);
    expect(KNOWN_REGIONS).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-gov-west-1', 'cn-northwest-1']));
    for (const region of KNOWN_REGIONS) expect(region).toMatch(/^[a-z]{2}(-gov)?-[a-z]+-\d$/);
  });

  it('agrees with the partition the AWS SDK assigns to each region', () => {
    for (const region of COMMERCIAL_REGIONS) expect([region, partition(region).name]).toEqual([region, 'aws']);
    for (const region of GOVCLOUD_REGIONS) expect([region, partition(region).name]).toEqual([region, 'aws-us-gov']);
    for (const region of CHINA_REGIONS) expect([region, partition(region).name]).toEqual([region, 'aws-cn']);
    for (const region of KNOWN_REGIONS) expect(partitionOf(region)).toBe(partition(region).name);
  });

  it('recognises exact names only', () => {
    expect(isKnownRegion('us-east-1')).toBe(true);
    expect(isKnownRegion('cn-north-1')).toBe(true);
    expect(isKnownRegion('US-EAST-1')).toBe(false);
    expect(isKnownRegion('us-east-1 ')).toBe(false);
    expect(isKnownRegion('us-east-9')).toBe(false);
    expect(isKnownRegion('aws-global')).toBe(false);
  });
});

describe('suggestRegion', () => {
  it.each([
    ['us-est-1', 'us-east-1'],
    ['useast-1', 'us-east-1'],
    ['us-east1', 'us-east-1'],
    ['eu-wset-1', 'eu-west-1'],
    ['US-WEST-2', 'us-west-2'],
    ['us-gov-wst-1', 'us-gov-west-1'],
    ['cn-nortwest-1', 'cn-northwest-1'],
  ])('%s → %s', (typo, region) => {
    expect(suggestRegion(typo)).toBe(region);
  });

  it('suggests nothing for names far from any region', () => {
    expect(suggestRegion('moon-1')).toBeUndefined();
    expect(suggestRegion('global')).toBeUndefined();
  });

  it('words the error with or without a suggestion', () => {
    expect(unknownRegionMessage('us-est-1')).toBe("unknown region 'us-est-1' (did you mean 'us-east-1'?)");
    expect(unknownRegionMessage('moon-1')).toBe("unknown region 'moon-1'; use an AWS region name such as 'us-east-1' or 'eu-west-1'");
  });
});
