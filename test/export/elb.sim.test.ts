/**
 * Load-balancer export through the real SDK clients against the loopback simulator: query
 * protocol requests, XML answers, pagination and error codes all go through the SDK.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { exportClassicLoadBalancers } from '../../src/export/elb.js';
import { exportLoadBalancersV2 } from '../../src/export/elbv2.js';
import { startSim } from '../sim/server.js';
import type { Sim, SimOptions } from '../sim/server.js';
import { classicElbHandler } from '../sim/elb.js';
import { elbv2Handler } from '../sim/elbv2.js';

const ACCOUNT = '210987654321';
const REGION = 'eu-central-1';
const CERT = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0000-main`;
const SPARE_GROUPS = 401; // more than one page of DescribeTargetGroups (400 per page)

const SAMPLE = fileURLToPath(new URL('../fixtures/sample-load-balancers.yaml', import.meta.url));

const fixture = {
  accounts: [
    {
      id: ACCOUNT,
      regions: {
        [REGION]: {
          elb: {
            'load-balancers': [
              {
                LoadBalancerName: 'legacy',
                Scheme: 'internet-facing',
                AvailabilityZones: [`${REGION}b`, `${REGION}a`],
                ListenerDescriptions: [
                  { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 8080 }, PolicyNames: [] },
                ],
                HealthCheck: { Target: 'HTTP:8080/ping', Interval: 10, Timeout: 5, UnhealthyThreshold: 2, HealthyThreshold: 3 },
                Instances: [{ InstanceId: 'i-0b' }, { InstanceId: 'i-0a' }],
                Tags: [{ Key: 'owner', Value: 'ops' }],
              },
            ],
          },
          elbv2: {
            'target-groups': [
              {
                TargetGroupName: 'app-tg',
                Protocol: 'HTTP',
                Port: 8080,
                VpcId: 'vpc-9',
                TargetType: 'instance',
                HealthCheckPath: '/ready',
                Matcher: { HttpCode: '200' },
                Tags: [{ Key: 'tier', Value: 'app' }],
                TargetHealthDescriptions: [{ Target: { Id: 'i-0c', Port: 8080 }, TargetHealth: { State: 'healthy' } }],
              },
              ...Array.from({ length: SPARE_GROUPS }, (_, i) => ({
                TargetGroupName: `spare-${String(i).padStart(3, '0')}`,
                Protocol: 'HTTP',
                Port: 80,
                VpcId: 'vpc-9',
                TargetType: 'instance',
              })),
            ],
            'load-balancers': [
              {
                LoadBalancerName: 'app',
                Type: 'application',
                Scheme: 'internet-facing',
                VpcId: 'vpc-9',
                SecurityGroups: ['sg-b', 'sg-a'],
                AvailabilityZones: [
                  { ZoneName: `${REGION}a`, SubnetId: 'subnet-a' },
                  { ZoneName: `${REGION}b`, SubnetId: 'subnet-b' },
                ],
                Tags: [{ Key: 'env', Value: 'prod' }],
                Listeners: [
                  {
                    Port: 443,
                    Protocol: 'HTTPS',
                    SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
                    Certificates: [{ CertificateArn: CERT, IsDefault: true }, { CertificateArn: `${CERT}-extra` }],
                    DefaultActions: [{ Type: 'forward', TargetGroupArn: 'app-tg' }],
                    Rules: [
                      {
                        Priority: 20,
                        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }],
                        Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503', ContentType: 'text/plain' } }],
                      },
                      {
                        Priority: 3,
                        Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['x.example.com'] } }],
                        Actions: [{ Type: 'forward', TargetGroupArn: 'app-tg' }],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
      },
    },
  ],
};

let sim: Sim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function clients(options: Omit<SimOptions, 'fixtures' | 'handlers'> = {}) {
  sim = await startSim({ ...options, fixtures: [fixture], handlers: [classicElbHandler, elbv2Handler] });
  const env = sim.env(ACCOUNT);
  const config = {
    region: REGION,
    endpoint: env.AWS_ENDPOINT_URL,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
    maxAttempts: 1,
  };
  return { classic: new ElasticLoadBalancingClient(config), v2: new ElasticLoadBalancingV2Client(config), sim };
}

describe('load-balancer export against the simulator', () => {
  it('exports classic load balancers through the real SDK client', async () => {
    const { classic } = await clients();
    const result = await exportClassicLoadBalancers(classic, REGION, { includeTargets: true });
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual([`load-balancers/${REGION}/classic/legacy.yaml`]);
    const doc = parse(result.files[0]!.content);
    expect(doc.LoadBalancer.AvailabilityZones).toEqual([`${REGION}a`, `${REGION}b`]);
    expect(doc.LoadBalancer.HealthCheck.Target).toBe('HTTP:8080/ping');
    expect(doc.LoadBalancer.CanonicalHostedZoneNameID).toMatch(/^Z/);
    expect(doc.Listeners).toEqual([{ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 8080, PolicyNames: [] }]);
    expect(doc.Attributes.ConnectionSettings).toEqual({ IdleTimeout: 60 });
    expect(doc.Tags).toEqual({ owner: 'ops' });
    expect(doc.Instances).toEqual(['i-0a', 'i-0b']);
    expect(result.files[0]!.content).not.toContain('CreatedTime');
  });

  it('exports an application load balancer, reading every page of target groups once', async () => {
    const { v2, sim } = await clients();
    const first = await exportLoadBalancersV2(v2, REGION, { includeTargets: false });
    expect(first.failures).toEqual([]);
    expect(first.files.map((f) => f.path)).toEqual([`load-balancers/${REGION}/application/app.yaml`]);
    const calls = sim.stats.calls;
    expect(calls['elasticloadbalancing:DescribeTargetGroups']).toBe(2);
    expect(calls['elasticloadbalancing:DescribeTargetGroupAttributes']).toBe(1);
    expect(calls['elasticloadbalancing:DescribeTags']).toBe(1);

    const doc = parse(first.files[0]!.content);
    expect(doc.LoadBalancer.SecurityGroups).toEqual(['sg-a', 'sg-b']);
    expect(doc.LoadBalancer.AvailabilityZones.map((z: any) => z.SubnetId)).toEqual(['subnet-a', 'subnet-b']);
    expect(doc.Tags).toEqual({ env: 'prod' });
    const [listener] = doc.Listeners;
    expect(listener.Certificates).toEqual([{ CertificateArn: CERT }]);
    expect(listener.AdditionalCertificates).toEqual([{ CertificateArn: `${CERT}-extra` }]);
    expect(listener.DefaultActions[0]).toMatchObject({ Type: 'forward', TargetGroupName: 'app-tg' });
    expect(listener.Rules.map((r: any) => r.Priority)).toEqual([3, 20]);
    expect(listener.Rules[0].Actions[0].TargetGroupName).toBe('app-tg');
    expect(doc.TargetGroups.map((t: any) => t.TargetGroupName)).toEqual(['app-tg']);
    expect(doc.TargetGroups[0]).toMatchObject({ HealthCheckPath: '/ready', Matcher: { HttpCode: '200' }, Tags: { tier: 'app' } });
    expect(doc.TargetGroups[0]).not.toHaveProperty('Targets');

    // Same state, same bytes; targets only on request.
    const again = await exportLoadBalancersV2(v2, REGION, { includeTargets: false });
    expect(again.files[0]!.content).toBe(first.files[0]!.content);
    const withTargets = await exportLoadBalancersV2(v2, REGION, { includeTargets: true });
    expect(parse(withTargets.files[0]!.content).TargetGroups[0].Targets).toEqual([{ Id: 'i-0c', Port: 8080 }]);
  });

  it('keeps the file of a load balancer whose rules cannot be read', async () => {
    const { v2 } = await clients({
      faults: [{ service: 'elasticloadbalancing', operation: 'DescribeRules', kind: { code: 'AccessDenied', status: 403, message: 'not allowed: elasticloadbalancing:DescribeRules' } }],
    });
    const result = await exportLoadBalancersV2(v2, REGION, { includeTargets: false });
    expect(result.files).toEqual([]);
    expect(result.failures).toEqual([
      {
        item: `elbv2 ${REGION}/application/app`,
        error: expect.stringMatching(/DescribeRules.*not allowed/),
        keepPaths: [`load-balancers/${REGION}/application/app.yaml`],
      },
    ]);
    expect(result.completeScopes).toHaveLength(3);
  });

  it('exports the sample account: every load balancer, in full, the same bytes twice', async () => {
    sim = await startSim({ fixtures: [SAMPLE], handlers: [classicElbHandler, elbv2Handler] });
    const env = sim.env();
    const config = {
      region: 'us-east-1',
      endpoint: env.AWS_ENDPOINT_URL,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
    };
    const classic = new ElasticLoadBalancingClient(config);
    const v2 = new ElasticLoadBalancingV2Client(config);
    const run = async () => {
      const results = [
        await exportClassicLoadBalancers(classic, 'us-east-1', { includeTargets: false }),
        await exportLoadBalancersV2(v2, 'us-east-1', { includeTargets: false }),
      ];
      return { files: results.flatMap((r) => r.files), failures: results.flatMap((r) => r.failures) };
    };
    const first = await run();
    expect(first.failures).toEqual([]);
    expect(first.files.map((f) => f.path).sort()).toEqual([
      'load-balancers/us-east-1/application/my-alb.yaml',
      'load-balancers/us-east-1/classic/my-classic-elb.yaml',
      'load-balancers/us-east-1/network/my-nlb.yaml',
    ]);
    const second = await run();
    expect(second.files).toEqual(first.files);

    const byPath = new Map(first.files.map((f) => [f.path, f.content]));
    for (const content of byPath.values()) {
      expect(content.split('\n')[0]).toMatch(/^# .*exported by aws-backup-gitops/);
      expect(content).not.toMatch(/CreatedTime|\bState:|InstanceStates|TargetHealth/);
    }
    const elb = parse(byPath.get('load-balancers/us-east-1/classic/my-classic-elb.yaml')!);
    expect(elb.LoadBalancer.CanonicalHostedZoneNameID).toBe('Z35SXDOTRQ7X7K');
    expect(elb.Listeners.map((l: any) => l.LoadBalancerPort)).toEqual([80, 443, 8443]);
    expect(elb.Listeners[1].PolicyNames).toEqual(['my-lb-cookie-policy', 'my-ssl-negotiation-policy']);
    expect(elb.BackendServerDescriptions).toEqual([{ InstancePort: 8443, PolicyNames: ['my-proxy-protocol-policy'] }]);
    expect(elb.Policies.map((p: any) => p.PolicyName)).toEqual([
      'my-app-cookie-policy',
      'my-lb-cookie-policy',
      'my-proxy-protocol-policy',
      'my-ssl-negotiation-policy',
    ]);
    expect(elb.Attributes.AccessLog).toMatchObject({ Enabled: true, S3BucketName: 'elb-logs-111111111111' });
    expect(elb.Tags).toEqual({ Name: 'my-classic-elb', env: 'prod' });
    expect(elb).not.toHaveProperty('Instances');

    const alb = parse(byPath.get('load-balancers/us-east-1/application/my-alb.yaml')!);
    expect(alb.LoadBalancer.DNSName).toBe('my-alb-1234567890.us-east-1.elb.amazonaws.com');
    expect(alb.Attributes['deletion_protection.enabled']).toBe('true');
    expect(alb.Listeners.map((l: any) => l.Port)).toEqual([80, 443]);
    expect(alb.Listeners[0].DefaultActions[0].RedirectConfig).toMatchObject({ Host: '#{host}', StatusCode: 'HTTP_301' });
    const https = alb.Listeners[1];
    expect(https.AdditionalCertificates).toEqual([
      { CertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4' },
    ]);
    expect(https.Rules.map((r: any) => r.Priority)).toEqual([10, 20, 30, 40, 50]);
    expect(https.Rules[2].Actions[0].ForwardConfig.TargetGroups.map((t: any) => [t.TargetGroupName, t.Weight])).toEqual([
      ['api-tg', 10],
      ['web-tg', 90],
    ]);
    expect(alb.TargetGroups.map((t: any) => t.TargetGroupName)).toEqual(['api-tg', 'web-tg']);
    expect(alb.TargetGroups[1]).toMatchObject({ HealthCheckPath: '/healthz', Matcher: { HttpCode: '200-299' }, Tags: { app: 'web' } });
    expect(alb.TargetGroups[1].Attributes['stickiness.type']).toBe('lb_cookie');

    const nlb = parse(byPath.get('load-balancers/us-east-1/network/my-nlb.yaml')!);
    expect(nlb.LoadBalancer.AvailabilityZones[0].LoadBalancerAddresses).toEqual([
      { AllocationId: 'eipalloc-0a1b2c3d4e5f60718', IpAddress: '203.0.113.10' },
    ]);
    expect(nlb.Listeners.map((l: any) => `${l.Protocol}:${l.Port}`)).toEqual(['TCP:80', 'TLS:443']);
    expect(nlb.Listeners[1].AlpnPolicy).toEqual(['HTTP2Preferred']);
    expect(nlb.TargetGroups.map((t: any) => t.TargetGroupName)).toEqual(['nlb-tcp-80', 'nlb-tcp-8443']);
  });
});
