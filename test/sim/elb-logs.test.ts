/**
 * Access-log buckets in the simulated Elastic Load Balancing: "The bucket must be located in
 * the same Region as the load balancer" — a bucket of another region is refused with
 * InvalidConfigurationRequest (classic and v2); one the sim does not know is accepted.
 */
import { ElasticLoadBalancingClient, ModifyLoadBalancerAttributesCommand as ModifyClassic } from '@aws-sdk/client-elastic-load-balancing';
import { ElasticLoadBalancingV2Client, ModifyLoadBalancerAttributesCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../support/rejection.js';
import { startSim, type Sim } from './server.js';

const ACCOUNT = '111111111111';
const ALB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-alb/50dc6c495c0c9188';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fixtures: ['test/fixtures/sample-load-balancers.yaml'] });
  const s3 = new S3Client({ region: 'us-west-2', endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor(ACCOUNT) });
  await s3.send(new CreateBucketCommand({ Bucket: 'logs-in-oregon', CreateBucketConfiguration: { LocationConstraint: 'us-west-2' } }));
  s3.destroy();
});
afterAll(() => sim.close());

describe('load balancer log buckets', () => {
  it('refuses a bucket of another region, classic and v2; accepts one the account does not hold', async () => {
    const classic = new ElasticLoadBalancingClient({ region: 'us-east-1', endpoint: sim.url, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });
    const modify = (S3BucketName: string) =>
      classic.send(new ModifyClassic({ LoadBalancerName: 'my-classic-elb', LoadBalancerAttributes: { AccessLog: { Enabled: true, S3BucketName, EmitInterval: 60 } } }));
    expect((await rejection(modify('logs-in-oregon'))).name).toBe('InvalidConfigurationRequestException');
    await modify('another-accounts-bucket');
    classic.destroy();

    const v2 = new ElasticLoadBalancingV2Client({ region: 'us-east-1', endpoint: sim.url, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });
    const attrs = (bucket: string) => [
      { Key: 'access_logs.s3.enabled', Value: 'true' },
      { Key: 'access_logs.s3.bucket', Value: bucket },
    ];
    expect((await rejection(v2.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: ALB_ARN, Attributes: attrs('logs-in-oregon') })))).name).toBe(
      'InvalidConfigurationRequestException',
    );
    await v2.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: ALB_ARN, Attributes: attrs('another-accounts-bucket') }));
    v2.destroy();
  });
});
