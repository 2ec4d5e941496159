/**
 * End to end through the bundled action: a classic load balancer restored into the DR region
 * from its export — missing mappings refused with one error before any change, then the plan
 * (what is not restored, and why), then the apply with the DR region's subnets, security
 * group, certificate and log bucket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingClient,
} from '@aws-sdk/client-elastic-load-balancing';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';

const CONFIG = `version: 1
regions: [us-east-1]
dr-region: us-west-2
`;
const FILE = 'exports/default/load-balancers/us-east-1/classic/my-classic-elb.yaml';
const EAST_CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const WEST_CERT = 'arn:aws:acm:us-west-2:111111111111:certificate/west-1';
const MAPPING = `subnets=subnet-0d2a2a2a2a2a2a2a2,subnet-0d2b2b2b2b2b2b2b2 security-groups=sg-0d4b4b4b4b4b4b4b4 certificates=${EAST_CERT}=${WEST_CERT}`;

describe('classic load balancer restored into the DR region through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;

  beforeEach(async () => {
    sim = await startSim({ fixtures: ['test/fixtures/sample-load-balancers.yaml'] });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterEach(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const action = (inputs: Record<string, string>) =>
    runAction({ workspace: ws, inputs, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });
  const client = (region: string) => new ElasticLoadBalancingClient({ region, endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });

  it('refuses missing mappings before any change, plans what it cannot restore, then restores with the DR mapping', async () => {
    expect((await action({ command: 'export' })).code).toBe(0);
    // The exported access-log bucket lives in the export's region, like AWS requires; the DR one in the DR region.
    for (const [region, Bucket] of [['us-east-1', 'elb-logs-111111111111'], ['us-west-2', 'elb-logs-dr-111111111111']] as const) {
      const s3 = new S3Client({ region, endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor('111111111111') });
      await s3.send(new CreateBucketCommand({ Bucket, ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region } }) }));
      s3.destroy();
    }
    const restore = { command: 'restore', 'restore-kind': 'load-balancer', 'restore-source': FILE, 'restore-region': 'us-west-2' };

    const unmapped = await action({ ...restore, apply: 'true' });
    expect(unmapped.code).toBe(1);
    expect(unmapped.stdout).toContain(`from ${FILE}`);
    expect(unmapped.stdout).toMatch(/subnets of us-west-2 are needed.*set the option subnets=/);
    expect(unmapped.stdout).toMatch(/security groups of us-west-2 are needed.*set the option security-groups=/);
    expect(unmapped.stdout).toContain(`set the option certificates=${EAST_CERT}=<certificate ARN in us-west-2>`);
    expect(Object.keys(sim.stats.calls).filter((k) => /CreateLoadBalancer|Modify/.test(k))).toEqual([]);

    const plan = await action({ ...restore, 'restore-options': MAPPING });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.report.dryRun).toBe(true);
    expect(plan.report.sections.flatMap((s: any) => s.actions).map((a: any) => `${a.kind} ${a.target}`)).toEqual(['create us-west-2/classic/my-classic-elb']);
    expect(plan.summary).toContain('not restored: access logs to S3 bucket elb-logs-111111111111');
    expect(plan.summary).toContain('log-bucket=');

    const applied = await action({ ...restore, 'restore-options': `${MAPPING} log-bucket=elb-logs-dr-111111111111`, apply: 'true' });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.summary).not.toContain('not restored: access logs');
    const west = client('us-west-2');
    const lb = (await west.send(new DescribeLoadBalancersCommand({ LoadBalancerNames: ['my-classic-elb'] }))).LoadBalancerDescriptions![0]!;
    expect(lb).toMatchObject({
      Subnets: ['subnet-0d2a2a2a2a2a2a2a2', 'subnet-0d2b2b2b2b2b2b2b2'],
      SecurityGroups: ['sg-0d4b4b4b4b4b4b4b4'],
      VPCId: 'vpc-0d2b3c4d5e6f70819',
      HealthCheck: { Target: 'HTTP:80/health', HealthyThreshold: 3 },
    });
    const https = lb.ListenerDescriptions!.find((d) => d.Listener?.LoadBalancerPort === 443)!;
    expect(https.Listener!.SSLCertificateId).toBe(WEST_CERT);
    expect([...https.PolicyNames!].sort()).toEqual(['my-lb-cookie-policy', 'my-ssl-negotiation-policy']);
    expect(lb.BackendServerDescriptions).toEqual([{ InstancePort: 8443, PolicyNames: ['my-proxy-protocol-policy'] }]);
    const policies = (await west.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: 'my-classic-elb' }))).PolicyDescriptions!;
    expect(policies.map((p) => p.PolicyName).sort()).toEqual(['my-app-cookie-policy', 'my-lb-cookie-policy', 'my-proxy-protocol-policy', 'my-ssl-negotiation-policy']);
    const attributes = (await west.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: 'my-classic-elb' }))).LoadBalancerAttributes!;
    expect(attributes.AccessLog).toMatchObject({ Enabled: true, S3BucketName: 'elb-logs-dr-111111111111', S3BucketPrefix: 'classic' });
    expect(attributes.ConnectionDraining).toEqual({ Enabled: true, Timeout: 300 });
    west.destroy();

    // Restoring again finds nothing left to do.
    const again = await action({ ...restore, 'restore-options': `${MAPPING} log-bucket=elb-logs-dr-111111111111` });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.report.sections.flatMap((s: any) => s.actions)).toEqual([]);
  });
});
