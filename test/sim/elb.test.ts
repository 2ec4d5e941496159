import {
  AddTagsCommand,
  ConfigureHealthCheckCommand,
  CreateLoadBalancerCommand,
  CreateLoadBalancerListenersCommand,
  CreateLoadBalancerPolicyCommand,
  DeleteLoadBalancerCommand,
  DeleteLoadBalancerListenersCommand,
  DescribeInstanceHealthCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  ModifyLoadBalancerAttributesCommand,
  RegisterInstancesWithLoadBalancerCommand,
  SetLoadBalancerPoliciesForBackendServerCommand,
  SetLoadBalancerPoliciesOfListenerCommand,
  paginateDescribeLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { classicElbHandler } from './elb.js';
import { elbv2Handler } from './elbv2.js';
import { startSim, type Sim } from './server.js';
import { rejection } from '../support/rejection.js';

const FIXTURE = 'test/fixtures/sample-load-balancers.yaml';
const ACCOUNT = '111111111111';
const USE1_SUBNETS = ['subnet-0e1a1a1a1a1a1a1a1', 'subnet-0e1b1b1b1b1b1b1b1'];

/** The fixture's classic load balancer, as written in the YAML. */
const fixtureLb = (() => {
  const doc = parse(readFileSync(FIXTURE, 'utf8'));
  return doc.accounts[0].regions['us-east-1'].elb['load-balancers'][0];
})();

let sim: Sim;
const client = (region = 'us-east-1') =>
  new ElasticLoadBalancingClient({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

const http80 = { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 };

beforeAll(async () => {
  // The classic and v2 handlers share a signing name: both are loaded so the Version decides.
  sim = await startSim({ fixtures: [FIXTURE], handlers: [elbv2Handler, classicElbHandler] });
});
afterAll(() => sim.close());

describe('classic ELB describe calls return the seeded load balancer', () => {
  it('DescribeLoadBalancers', async () => {
    const out = await client().send(new DescribeLoadBalancersCommand({ LoadBalancerNames: ['my-classic-elb'] }));
    const lb = out.LoadBalancerDescriptions![0]!;
    expect(lb.DNSName).toBe(fixtureLb.DNSName);
    expect(lb.CanonicalHostedZoneNameID).toBe('Z35SXDOTRQ7X7K');
    expect(lb.ListenerDescriptions).toEqual(fixtureLb.ListenerDescriptions);
    expect(lb.BackendServerDescriptions).toEqual(fixtureLb.BackendServerDescriptions);
    expect(lb.HealthCheck).toEqual(fixtureLb.HealthCheck);
    expect(lb.Subnets).toEqual(fixtureLb.Subnets);
    expect(lb.SecurityGroups).toEqual(fixtureLb.SecurityGroups);
    expect(lb.Instances).toEqual(fixtureLb.Instances);
    expect(lb.CreatedTime).toEqual(new Date(fixtureLb.CreatedTime));
    // Policies are derived from the policy descriptions, as AWS shows them.
    expect(lb.Policies).toEqual({
      AppCookieStickinessPolicies: [{ PolicyName: 'my-app-cookie-policy', CookieName: 'SESSIONID' }],
      LBCookieStickinessPolicies: [{ PolicyName: 'my-lb-cookie-policy', CookieExpirationPeriod: 3600 }],
      OtherPolicies: ['my-ssl-negotiation-policy', 'my-proxy-protocol-policy'],
    });
  });

  it('DescribeLoadBalancerAttributes', async () => {
    const out = await client().send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: 'my-classic-elb' }));
    expect(out.LoadBalancerAttributes).toEqual(fixtureLb.Attributes);
  });

  it('DescribeLoadBalancerPolicies lists every policy of the load balancer and filters by name', async () => {
    const all = await client().send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: 'my-classic-elb' }));
    expect(all.PolicyDescriptions).toEqual(fixtureLb.PolicyDescriptions);
    const one = await client().send(
      new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: 'my-classic-elb', PolicyNames: ['my-lb-cookie-policy'] }),
    );
    expect(one.PolicyDescriptions!.map((p) => p.PolicyName)).toEqual(['my-lb-cookie-policy']);
    const missing = await rejection(
      client().send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: 'my-classic-elb', PolicyNames: ['nope'] })),
    );
    expect(missing.name).toBe('PolicyNotFoundException');
  });

  it('DescribeTags and DescribeInstanceHealth', async () => {
    const tags = await client().send(new DescribeTagsCommand({ LoadBalancerNames: ['my-classic-elb'] }));
    expect(tags.TagDescriptions).toEqual([{ LoadBalancerName: 'my-classic-elb', Tags: fixtureLb.Tags }]);
    const health = await client().send(new DescribeInstanceHealthCommand({ LoadBalancerName: 'my-classic-elb' }));
    expect(health.InstanceStates).toEqual(fixtureLb.InstanceStates);
    const one = await client().send(
      new DescribeInstanceHealthCommand({ LoadBalancerName: 'my-classic-elb', Instances: [{ InstanceId: 'i-0a1b2c3d4e5f60002' }] }),
    );
    expect(one.InstanceStates!.map((s) => s.State)).toEqual(['OutOfService']);
  });

  it('an unknown load balancer is LoadBalancerNotFound', async () => {
    const err = await rejection(client().send(new DescribeLoadBalancersCommand({ LoadBalancerNames: ['ghost'] })));
    expect(err.name).toBe('AccessPointNotFoundException');
    expect(err.message).toContain("'ghost'");
  });

  it('other regions are empty', async () => {
    const out = await client('us-west-2').send(new DescribeLoadBalancersCommand({}));
    expect(out.LoadBalancerDescriptions).toEqual([]);
  });
});

describe('classic ELB paging and limits', () => {
  const created = Array.from({ length: 20 }, (_, i) => `page-elb-${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    for (const name of created) {
      await client('eu-west-1').send(
        new CreateLoadBalancerCommand({ LoadBalancerName: name, Listeners: [http80], AvailabilityZones: ['eu-west-1a'] }),
      );
    }
  });

  it('pages with Marker/PageSize through the SDK paginator', async () => {
    const pages: string[][] = [];
    // The SDK's paginator has no page-size token for this call: PageSize goes in the input.
    for await (const page of paginateDescribeLoadBalancers({ client: client('eu-west-1') }, { PageSize: 7 })) {
      pages.push(page.LoadBalancerDescriptions!.map((l) => l.LoadBalancerName!));
    }
    expect(pages.map((p) => p.length)).toEqual([7, 7, 6]);
    expect(pages.flat()).toEqual(created);
  });

  it('rejects a PageSize above 400', async () => {
    const err = await rejection(client('eu-west-1').send(new DescribeLoadBalancersCommand({ PageSize: 401 })));
    expect(err.name).toBe('ValidationError');
  });

  it('DescribeTags takes at most 20 names, like AWS', async () => {
    const twenty = await client('eu-west-1').send(new DescribeTagsCommand({ LoadBalancerNames: created }));
    expect(twenty.TagDescriptions!.map((t) => t.LoadBalancerName)).toEqual(created);
    const err = await rejection(client('eu-west-1').send(new DescribeTagsCommand({ LoadBalancerNames: [...created, 'one-more'] })));
    expect(err.name).toBe('ValidationError');
    expect(err.message).toContain('less than or equal to 20');
  });
});

describe('classic ELB create calls (what a restore uses)', () => {
  it('builds a load balancer step by step and describes it back', async () => {
    const c = client();
    const created = await c.send(
      new CreateLoadBalancerCommand({
        LoadBalancerName: 'restored-elb',
        Listeners: [http80],
        Subnets: USE1_SUBNETS,
        SecurityGroups: ['sg-0b2b2b2b2b2b2b2b2'],
        Tags: [{ Key: 'env', Value: 'dr' }],
      }),
    );
    expect(created.DNSName).toMatch(/^restored-elb-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);

    await c.send(
      new CreateLoadBalancerListenersCommand({
        LoadBalancerName: 'restored-elb',
        Listeners: [
          { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: 'arn:aws:acm:us-east-1:111111111111:certificate/x' },
          { Protocol: 'TCP', LoadBalancerPort: 8443, InstanceProtocol: 'TCP', InstancePort: 8443 },
        ],
      }),
    );
    const hc = { Target: 'HTTP:80/health', Interval: 30, Timeout: 5, UnhealthyThreshold: 2, HealthyThreshold: 3 };
    expect((await c.send(new ConfigureHealthCheckCommand({ LoadBalancerName: 'restored-elb', HealthCheck: hc }))).HealthCheck).toEqual(hc);
    await c.send(
      new ModifyLoadBalancerAttributesCommand({
        LoadBalancerName: 'restored-elb',
        LoadBalancerAttributes: { CrossZoneLoadBalancing: { Enabled: true }, ConnectionDraining: { Enabled: true, Timeout: 120 } },
      }),
    );
    await c.send(
      new CreateLoadBalancerPolicyCommand({
        LoadBalancerName: 'restored-elb',
        PolicyName: 'ssl',
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributes: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
      }),
    );
    await c.send(
      new CreateLoadBalancerPolicyCommand({
        LoadBalancerName: 'restored-elb',
        PolicyName: 'sticky',
        PolicyTypeName: 'LBCookieStickinessPolicyType',
        PolicyAttributes: [{ AttributeName: 'CookieExpirationPeriod', AttributeValue: '600' }],
      }),
    );
    await c.send(
      new CreateLoadBalancerPolicyCommand({
        LoadBalancerName: 'restored-elb',
        PolicyName: 'proxy',
        PolicyTypeName: 'ProxyProtocolPolicyType',
        PolicyAttributes: [{ AttributeName: 'ProxyProtocol', AttributeValue: 'true' }],
      }),
    );
    await c.send(new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: 'restored-elb', LoadBalancerPort: 443, PolicyNames: ['ssl', 'sticky'] }));
    await c.send(new SetLoadBalancerPoliciesForBackendServerCommand({ LoadBalancerName: 'restored-elb', InstancePort: 8443, PolicyNames: ['proxy'] }));
    await c.send(new AddTagsCommand({ LoadBalancerNames: ['restored-elb'], Tags: [{ Key: 'team', Value: 'ops' }, { Key: 'env', Value: 'prod' }] }));
    const registered = await c.send(
      new RegisterInstancesWithLoadBalancerCommand({ LoadBalancerName: 'restored-elb', Instances: [{ InstanceId: 'i-0123456789abcdef0' }] }),
    );
    expect(registered.Instances).toEqual([{ InstanceId: 'i-0123456789abcdef0' }]);
    await c.send(new DeleteLoadBalancerListenersCommand({ LoadBalancerName: 'restored-elb', LoadBalancerPorts: [80] }));

    const lb = (await c.send(new DescribeLoadBalancersCommand({ LoadBalancerNames: ['restored-elb'] }))).LoadBalancerDescriptions![0]!;
    expect(lb.ListenerDescriptions!.map((d) => [d.Listener!.LoadBalancerPort, d.PolicyNames])).toEqual([
      [443, ['ssl', 'sticky']],
      [8443, []],
    ]);
    expect(lb.BackendServerDescriptions).toEqual([{ InstancePort: 8443, PolicyNames: ['proxy'] }]);
    expect(lb.HealthCheck).toEqual(hc);
    expect(lb.VPCId).toBe('vpc-0a1b2c3d4e5f60718');
    expect(lb.AvailabilityZones).toEqual(['us-east-1a', 'us-east-1b']);
    expect(lb.SourceSecurityGroup).toEqual({ OwnerAlias: ACCOUNT, GroupName: 'classic-elb' });
    expect(lb.Policies!.LBCookieStickinessPolicies).toEqual([{ PolicyName: 'sticky', CookieExpirationPeriod: 600 }]);
    const attrs = (await c.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: 'restored-elb' }))).LoadBalancerAttributes!;
    expect(attrs.CrossZoneLoadBalancing).toEqual({ Enabled: true });
    expect(attrs.ConnectionDraining).toEqual({ Enabled: true, Timeout: 120 });
    expect(attrs.ConnectionSettings).toEqual({ IdleTimeout: 60 });
    const tags = (await c.send(new DescribeTagsCommand({ LoadBalancerNames: ['restored-elb'] }))).TagDescriptions![0]!.Tags;
    expect(tags).toEqual([{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'ops' }]);
    const health = await c.send(new DescribeInstanceHealthCommand({ LoadBalancerName: 'restored-elb' }));
    expect(health.InstanceStates![0]).toMatchObject({ InstanceId: 'i-0123456789abcdef0', State: 'OutOfService' });

    await c.send(new DeleteLoadBalancerCommand({ LoadBalancerName: 'restored-elb' }));
    expect((await rejection(c.send(new DescribeLoadBalancersCommand({ LoadBalancerNames: ['restored-elb'] })))).name).toBe('AccessPointNotFoundException');
    // Deleting again succeeds, like AWS.
    await c.send(new DeleteLoadBalancerCommand({ LoadBalancerName: 'restored-elb' }));
  });

  it('reports missing dependencies when the region lists its subnets and security groups', async () => {
    const c = client('us-west-2');
    const subnet = await rejection(
      c.send(new CreateLoadBalancerCommand({ LoadBalancerName: 'dr-elb', Listeners: [http80], Subnets: ['subnet-0e1a1a1a1a1a1a1a1'] })),
    );
    expect(subnet.name).toBe('SubnetNotFoundException');
    expect(subnet.message).toContain('subnet-0e1a1a1a1a1a1a1a1');
    const group = await rejection(
      c.send(
        new CreateLoadBalancerCommand({
          LoadBalancerName: 'dr-elb',
          Listeners: [http80],
          Subnets: ['subnet-0d2a2a2a2a2a2a2a2'],
          SecurityGroups: ['sg-0b2b2b2b2b2b2b2b2'],
        }),
      ),
    );
    expect(group.name).toBe('InvalidSecurityGroupException');
    const ok = await c.send(
      new CreateLoadBalancerCommand({ LoadBalancerName: 'dr-elb', Listeners: [http80], Subnets: ['subnet-0d2a2a2a2a2a2a2a2'], SecurityGroups: ['sg-0d4b4b4b4b4b4b4b4'] }),
    );
    expect(ok.DNSName).toContain('.us-west-2.elb.amazonaws.com');
  });

  it('rejects duplicates and inconsistent listeners with AWS error codes', async () => {
    const c = client();
    expect((await rejection(c.send(new CreateLoadBalancerCommand({ LoadBalancerName: 'my-classic-elb', Listeners: [http80], Subnets: USE1_SUBNETS })))).name).toBe(
      'DuplicateAccessPointNameException',
    );
    const conflicting = await rejection(
      c.send(new CreateLoadBalancerListenersCommand({ LoadBalancerName: 'my-classic-elb', Listeners: [{ ...http80, InstancePort: 8080 }] })),
    );
    expect(conflicting.name).toBe('DuplicateListenerException');
    const noCert = await rejection(
      c.send(new CreateLoadBalancerListenersCommand({ LoadBalancerName: 'my-classic-elb', Listeners: [{ ...http80, Protocol: 'HTTPS', LoadBalancerPort: 8444 }] })),
    );
    expect(noCert.name).toBe('ValidationError');
    const policy = await rejection(
      c.send(new SetLoadBalancerPoliciesOfListenerCommand({ LoadBalancerName: 'my-classic-elb', LoadBalancerPort: 80, PolicyNames: ['missing'] })),
    );
    expect(policy.name).toBe('PolicyNotFoundException');
    const type = await rejection(
      c.send(new CreateLoadBalancerPolicyCommand({ LoadBalancerName: 'my-classic-elb', PolicyName: 'p', PolicyTypeName: 'NoSuchType' })),
    );
    expect(type.name).toBe('PolicyTypeNotFoundException');
    const hc = await rejection(
      c.send(new ConfigureHealthCheckCommand({ LoadBalancerName: 'my-classic-elb', HealthCheck: { Target: 'HTTP:80', Interval: 5, Timeout: 10, UnhealthyThreshold: 2, HealthyThreshold: 2 } })),
    );
    expect(hc.name).toBe('ValidationError');
  });
});

describe('classic ELB throttling', () => {
  it('answers a rate-limited call with Throttling (HTTP 400)', async () => {
    const limited = await startSim({
      fixtures: [FIXTURE],
      handlers: [classicElbHandler],
      rateLimits: { elasticloadbalancing: { rate: 0.001, burst: 1 } },
    });
    try {
      const c = new ElasticLoadBalancingClient({ endpoint: limited.url, region: 'us-east-1', credentials: limited.credentialsFor(ACCOUNT), maxAttempts: 1 });
      await c.send(new DescribeLoadBalancersCommand({}));
      const err = await rejection(c.send(new DescribeLoadBalancersCommand({})));
      expect(err).toMatchObject({ name: 'Throttling', status: 400 });
    } finally {
      await limited.close();
    }
  });
});
