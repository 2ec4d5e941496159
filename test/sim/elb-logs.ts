/**
 * Log buckets of Elastic Load Balancing (classic and v2): "The bucket must be located in the
 * same Region as the load balancer" (access logs, and ALB connection / health-check logs). A
 * bucket the simulated account holds in another region is refused with
 * InvalidConfigurationRequest; a bucket the sim does not know (another account's) is accepted.
 */
import type { S3State } from './s3-core.js';
import { SimError } from './types.js';
import type { SimContext } from './types.js';

export function checkLogBucket(sim: SimContext, account: string, region: string, bucket: string | undefined): void {
  if (!bucket) return;
  const s3 = sim.state.accounts[account]?.services['s3'] as S3State | undefined;
  const found = s3?.buckets.get(bucket);
  if (found && found.BucketRegion !== region) {
    throw new SimError(
      'InvalidConfigurationRequest',
      `The S3 bucket '${bucket}' is in ${found.BucketRegion}; a load balancer in ${region} can only deliver logs to a bucket in the same region`,
    );
  }
}
