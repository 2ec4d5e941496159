/**
 * What the simulator's ELBv2 tests share: the sample load balancer fixture and its ARNs, and
 * one simulator per test file with an ELBv2 client for any of its regions.
 */
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { classicElbHandler } from '../sim/elb.js';
import { elbv2Handler } from '../sim/elbv2.js';
import { startSim, type Sim } from '../sim/server.js';

const FIXTURE = 'test/fixtures/sample-load-balancers.yaml';
const ACCOUNT = '111111111111';
export const ALB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-alb/50dc6c495c0c9188';
export const WEB_TG = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web-tg/6d0ecf831eec9f09';

const fixture = (() => {
  const doc = parse(readFileSync(FIXTURE, 'utf8'));
  return doc.accounts[0].regions['us-east-1'].elbv2;
})();
export const fixtureLb = (name: string) => fixture['load-balancers'].find((l: { LoadBalancerName: string }) => l.LoadBalancerName === name);
export const fixtureTg = (name: string) => fixture['target-groups'].find((t: { TargetGroupName: string }) => t.TargetGroupName === name);

/** Starts the simulator (classic and v2 handlers) before the file's tests and stops it after; returns a client per region. */
export function useElbv2Sim(): (region?: string) => ElasticLoadBalancingV2Client {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ fixtures: [FIXTURE], handlers: [classicElbHandler, elbv2Handler] });
  });
  afterAll(() => sim.close());
  return (region = 'us-east-1') => new ElasticLoadBalancingV2Client({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });
}
