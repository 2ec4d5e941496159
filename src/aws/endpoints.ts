/**
 * Region names and endpoint overrides. The SDK resolves endpoints itself; these helpers only
 * validate what the user wrote and tell whether an override is in effect (S3 needs
 * path-style addressing then).
 */

/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-5, ... */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function isRegionName(region: string): boolean {
  return REGION_NAME.test(region);
}

export function assertRegionName(region: string): void {
  if (!isRegionName(region)) {
    throw new Error(
      `Unknown AWS region "${region}": write a region code such as us-east-1 or eu-west-1 ` +
        '(see `aws ec2 describe-regions --query "Regions[].RegionName"`).',
    );
  }
}

/**
 * The endpoint URL the SDK will use for a service instead of AWS, from the environment:
 * AWS_ENDPOINT_URL_<SERVICE> wins over AWS_ENDPOINT_URL; AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
 * turns both off. `serviceEnv` is the SDK's serviceId upper-cased with `_` for spaces.
 */
export function endpointOverride(serviceEnv: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${serviceEnv}`] || env.AWS_ENDPOINT_URL || undefined;
}

/** The partition of an ARN (`aws`, `aws-cn`, `aws-us-gov`), `aws` when there is none. */
export function partitionOf(arn: string | undefined): string {
  return /^arn:(aws[a-z-]*):/.exec(arn ?? '')?.[1] ?? 'aws';
}

/** Where STS is called when no region is configured: each partition's first region. */
export function partitionDefaultRegion(arn: string | undefined): string {
  switch (partitionOf(arn)) {
    case 'aws-cn':
      return 'cn-north-1';
    case 'aws-us-gov':
      return 'us-gov-west-1';
    default:
      return 'us-east-1';
  }
}

/** Route 53 is global; its calls are signed for this region of the partition. */
export function route53Region(arn: string | undefined): string {
  switch (partitionOf(arn)) {
    case 'aws-cn':
      return 'cn-northwest-1';
    case 'aws-us-gov':
      return 'us-gov-west-1';
    default:
      return 'us-east-1';
  }
}
