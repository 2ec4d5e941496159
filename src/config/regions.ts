/**
 * AWS region names this tool accepts, by partition.
 *
 * Taken from the endpoint partition data shipped with the AWS SDK for JavaScript v3
 * (`@aws-sdk/core` 3.981, `util-endpoints/lib/aws/partitions.js`: partitions `aws`,
 * `aws-us-gov`, `aws-cn`), cross-checked against the AWS region documentation. The
 * `*-global` pseudo-regions of that file are left out: they are not places to run in.
 * When AWS opens a region, add it here (and to the JSON Schema: `npx vite-node scripts/gen-schema.ts`).
 */
import './jitless.js';
import { z } from 'zod';
import { closest } from './errors.js';

export const COMMERCIAL_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'me-west-1',
  'mx-central-1',
  'sa-east-1',
  'sa-west-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
] as const;

export const GOVCLOUD_REGIONS = ['us-gov-east-1', 'us-gov-west-1'] as const;

export const CHINA_REGIONS = ['cn-north-1', 'cn-northwest-1'] as const;

export const KNOWN_REGIONS = [...COMMERCIAL_REGIONS, ...GOVCLOUD_REGIONS, ...CHINA_REGIONS] as const;

export type Region = (typeof KNOWN_REGIONS)[number];

/** The partition decides which credentials, ARNs and endpoints work in a region. */
export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn';

const knownRegions: ReadonlySet<string> = new Set(KNOWN_REGIONS);

export function isKnownRegion(name: string): name is Region {
  return knownRegions.has(name);
}

/** The nearest known region name to a mistyped one, if any is close enough. */
export function suggestRegion(name: string): Region | undefined {
  return closest(name.trim().toLowerCase(), KNOWN_REGIONS) as Region | undefined;
}

export function partitionOf(region: Region): Partition {
  if ((GOVCLOUD_REGIONS as readonly string[]).includes(region)) return 'aws-us-gov';
  if ((CHINA_REGIONS as readonly string[]).includes(region)) return 'aws-cn';
  return 'aws';
}

/** The wording users see for a region that is not in the list. */
export function unknownRegionMessage(name: string): string {
  const suggestion = suggestRegion(name);
  return suggestion
    ? `unknown region '${name}' (did you mean '${suggestion}'?)`
    : `unknown region '${name}'; use an AWS region name such as 'us-east-1' or 'eu-west-1'`;
}

/** A region name in a schema; an unknown one gets the did-you-mean message. */
export const knownRegionSchema = z.enum(KNOWN_REGIONS, {
  error: (issue) => (typeof issue.input === 'string' ? unknownRegionMessage(issue.input) : undefined),
});
