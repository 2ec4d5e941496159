import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import type {
  LoadBalancerAttributes,
  LoadBalancerDescription,
  PolicyDescription,
  Tag,
} from '@aws-sdk/client-elastic-load-balancing';
import { exportClassicLoadBalancers } from '../../src/export/elb.js';
import { shuffled } from '../support/shuffled.js';

const REGION = 'us-east-1';
const CERT = 'arn:aws:iam::123456789012:server-certificate/web';
const PATH = (name: string): string => `load-balancers/${REGION}/classic/${name}.yaml`;
const EXTRA = 24; // 25 load balancers in all: DescribeTags needs two batches

interface World {
  descriptions: LoadBalancerDescription[];
  attributes: Record<string, LoadBalancerAttributes>;
  policies: Record<string, PolicyDescription[]>;
  tags: Record<string, Tag[]>;
}

function sampleWorld(): World {
  const world: World = {
    descriptions: [
      {
        LoadBalancerName: 'main',
        DNSName: 'main-123.us-east-1.elb.amazonaws.com',
        CanonicalHostedZoneName: 'main-123.us-east-1.elb.amazonaws.com',
        CanonicalHostedZoneNameID: 'Z35SXDOTRQ7X7K',
        ListenerDescriptions: [
          {
            Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: CERT },
            PolicyNames: ['my-ssl', 'my-sticky'],
          },
          { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, PolicyNames: [] },
          {
            Listener: { Protocol: 'SSL', LoadBalancerPort: 8443, InstanceProtocol: 'SSL', InstancePort: 8443, SSLCertificateId: CERT },
            PolicyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'],
          },
        ],
        Policies: { AppCookieStickinessPolicies: [], LBCookieStickinessPolicies: [{ PolicyName: 'my-sticky', CookieExpirationPeriod: 60 }], OtherPolicies: ['my-ssl'] },
        BackendServerDescriptions: [{ InstancePort: 8443, PolicyNames: ['my-backend-auth'] }],
        AvailabilityZones: ['us-east-1b', 'us-east-1a'],
        Subnets: ['subnet-2', 'subnet-1'],
        VPCId: 'vpc-1',
        Instances: [{ InstanceId: 'i-2' }, { InstanceId: 'i-1' }],
        HealthCheck: { Target: 'HTTP:80/health', Interval: 30, Timeout: 5, UnhealthyThreshold: 2, HealthyThreshold: 10 },
        SourceSecurityGroup: { OwnerAlias: '123456789012', GroupName: 'main-elb' },
        SecurityGroups: ['sg-2', 'sg-1'],
        CreatedTime: new Date('2020-01-01T00:00:00Z'),
        Scheme: 'internet-facing',
      },
    ],
    attributes: {
      main: {
        CrossZoneLoadBalancing: { Enabled: true },
        AccessLog: { Enabled: true, S3BucketName: 'logs', EmitInterval: 60, S3BucketPrefix: 'main' },
        ConnectionDraining: { Enabled: true, Timeout: 300 },
        ConnectionSettings: { IdleTimeout: 60 },
        AdditionalAttributes: [
          { Key: 'elb.http.desyncmitigationmode', Value: 'defensive' },
          { Key: 'elb.http.dropinvalidheaderfields', Value: 'false' },
        ],
      },
    },
    policies: {
      main: [
        {
          PolicyName: 'my-ssl',
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [
            { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
            { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
            { AttributeName: 'Protocol-SSLv3', AttributeValue: 'false' },
          ],
        },
        { PolicyName: 'my-sticky', PolicyTypeName: 'LBCookieStickinessPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'CookieExpirationPeriod', AttributeValue: '60' }] },
        {
          PolicyName: 'my-backend-auth',
          PolicyTypeName: 'BackendServerAuthenticationPolicyType',
          PolicyAttributeDescriptions: [{ AttributeName: 'PublicKeyPolicyName', AttributeValue: 'my-key' }],
        },
        // AWS's predefined policies: one attached to the SSL listener (kept), one not (dropped).
        { PolicyName: 'ELBSecurityPolicy-TLS-1-2-2017-01', PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' }] },
        { PolicyName: 'ELBSecurityPolicy-2016-08', PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'Protocol-TLSv1', AttributeValue: 'true' }] },
      ],
    },
    tags: { main: [{ Key: 'team', Value: 'web' }, { Key: 'env', Value: 'prod' }] },
  };
  for (let i = 0; i < EXTRA; i++) {
    const name = `old-${String(i).padStart(2, '0')}`;
    world.descriptions.push({
      LoadBalancerName: name,
      ListenerDescriptions: [{ Listener: { Protocol: 'TCP', LoadBalancerPort: 25, InstanceProtocol: 'TCP', InstancePort: 25 }, PolicyNames: [] }],
      AvailabilityZones: ['us-east-1a'],
      Scheme: 'internal',
      Instances: [{ InstanceId: `i-${i}` }],
    });
    world.attributes[name] = { CrossZoneLoadBalancing: { Enabled: false } };
    world.tags[name] = [{ Key: 'n', Value: String(i) }];
  }
  return world;
}

interface Call {
  op: string;
  input: Record<string, unknown>;
}

/** A client whose `send` answers from `world`, ten load balancers per page. */
function stubClient(world: World, opts: { seed?: number; fail?: (call: Call) => Error | undefined } = {}) {
  const client = new ElasticLoadBalancingClient({ region: REGION });
  const calls: Call[] = [];
  const mix = <T>(v: T): T => (opts.seed === undefined ? v : shuffled(v, opts.seed));
  client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const call = { op: command.constructor.name.replace(/Command$/, ''), input: command.input };
    calls.push(call);
    const error = opts.fail?.(call);
    if (error) throw error;
    const name = call.input.LoadBalancerName as string;
    switch (call.op) {
      case 'DescribeLoadBalancers': {
        const start = Number(call.input.Marker ?? 0);
        const all = mix(world.descriptions);
        return { LoadBalancerDescriptions: all.slice(start, start + 10), NextMarker: start + 10 < all.length ? String(start + 10) : undefined };
      }
      case 'DescribeLoadBalancerAttributes':
        return { LoadBalancerAttributes: mix(world.attributes[name]) };
      case 'DescribeLoadBalancerPolicies':
        return { PolicyDescriptions: mix(world.policies[name] ?? []) };
      case 'DescribeTags':
        return {
          TagDescriptions: mix((call.input.LoadBalancerNames as string[]).map((n) => ({ LoadBalancerName: n, Tags: world.tags[n] ?? [] }))),
        };
      default:
        throw new Error(`unexpected call ${call.op}`);
    }
  }) as unknown as ElasticLoadBalancingClient['send'];
  return { client, calls };
}

const fileOf = (result: Awaited<ReturnType<typeof exportClassicLoadBalancers>>, path: string): Record<string, any> => {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}`);
  return parse(file.content) as Record<string, any>;
};

describe('exportClassicLoadBalancers', () => {
  it('writes one file per load balancer and a complete scope for the classic folder', async () => {
    const { client, calls } = stubClient(sampleWorld());
    const result = await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    expect(result.failures).toEqual([]);
    expect(result.files).toHaveLength(1 + EXTRA);
    expect(result.files.find((f) => f.path === PATH('main'))).toMatchObject({ kind: 'elb', label: `${REGION}/classic/main` });
    expect(result.completeScopes).toEqual([{ prefix: `load-balancers/${REGION}/classic/`, pattern: expect.any(RegExp) }]);
    expect(calls.filter((c) => c.op === 'DescribeLoadBalancers')).toHaveLength(3); // 25 in pages of 10
    expect(calls.filter((c) => c.op === 'DescribeLoadBalancerAttributes')).toHaveLength(1 + EXTRA);
    expect(calls.filter((c) => c.op === 'DescribeLoadBalancerPolicies')).toHaveLength(1 + EXTRA);
  });

  it('exports description, listeners, backend policies, attributes, policies and tags', async () => {
    const { client } = stubClient(sampleWorld());
    const result = await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    const main = fileOf(result, PATH('main'));
    expect(main.Kind).toBe('elb');
    expect(main.Region).toBe(REGION);
    expect(main.LoadBalancer).toEqual({
      LoadBalancerName: 'main',
      Scheme: 'internet-facing',
      VPCId: 'vpc-1',
      AvailabilityZones: ['us-east-1a', 'us-east-1b'],
      Subnets: ['subnet-1', 'subnet-2'],
      SecurityGroups: ['sg-1', 'sg-2'],
      SourceSecurityGroup: { GroupName: 'main-elb', OwnerAlias: '123456789012' },
      HealthCheck: { Target: 'HTTP:80/health', Interval: 30, Timeout: 5, UnhealthyThreshold: 2, HealthyThreshold: 10 },
      DNSName: 'main-123.us-east-1.elb.amazonaws.com',
      CanonicalHostedZoneName: 'main-123.us-east-1.elb.amazonaws.com',
      CanonicalHostedZoneNameID: 'Z35SXDOTRQ7X7K',
    });
    expect(main.Listeners).toEqual([
      { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80, PolicyNames: [] },
      { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: CERT, PolicyNames: ['my-ssl', 'my-sticky'] },
      { Protocol: 'SSL', LoadBalancerPort: 8443, InstanceProtocol: 'SSL', InstancePort: 8443, SSLCertificateId: CERT, PolicyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'] },
    ]);
    expect(main.BackendServerDescriptions).toEqual([{ InstancePort: 8443, PolicyNames: ['my-backend-auth'] }]);
    expect(main.Attributes).toEqual({
      CrossZoneLoadBalancing: { Enabled: true },
      AccessLog: { EmitInterval: 60, Enabled: true, S3BucketName: 'logs', S3BucketPrefix: 'main' },
      ConnectionDraining: { Enabled: true, Timeout: 300 },
      ConnectionSettings: { IdleTimeout: 60 },
      AdditionalAttributes: { 'elb.http.desyncmitigationmode': 'defensive', 'elb.http.dropinvalidheaderfields': 'false' },
    });
    expect(main.Policies.map((p: any) => p.PolicyName)).toEqual([
      'ELBSecurityPolicy-TLS-1-2-2017-01',
      'my-backend-auth',
      'my-ssl',
      'my-sticky',
    ]);
    expect(main.Policies[2]).toEqual({
      PolicyName: 'my-ssl',
      PolicyTypeName: 'SSLNegotiationPolicyType',
      PolicyAttributes: [
        { AttributeName: 'Protocol-SSLv3', AttributeValue: 'false' },
        { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
        { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
      ],
    });
    expect(main.Tags).toEqual({ env: 'prod', team: 'web' });
    const content = result.files.find((f) => f.path === PATH('main'))?.content ?? '';
    expect(content).not.toMatch(/CreatedTime|Instances|OtherPolicies/);
  });

  it('includes registered instances only when asked', async () => {
    const on = await exportClassicLoadBalancers(stubClient(sampleWorld()).client, REGION, { includeTargets: true });
    expect(fileOf(on, PATH('main')).Instances).toEqual(['i-1', 'i-2']);
    expect(fileOf(on, PATH('old-03')).Instances).toEqual(['i-3']);
    const off = await exportClassicLoadBalancers(stubClient(sampleWorld()).client, REGION, { includeTargets: false });
    expect(fileOf(off, PATH('main'))).not.toHaveProperty('Instances');
  });

  it('reads tags in batches of at most 20 names', async () => {
    const { client, calls } = stubClient(sampleWorld());
    await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    const batches = calls.filter((c) => c.op === 'DescribeTags').map((c) => c.input.LoadBalancerNames as string[]);
    expect(batches.map((b) => b.length)).toEqual([20, 5]);
    expect(new Set(batches.flat()).size).toBe(1 + EXTRA);
  });

  it('writes byte-identical files whatever order AWS answers in', async () => {
    const render = async (seed?: number): Promise<string[]> => {
      const result = await exportClassicLoadBalancers(stubClient(sampleWorld(), { seed }).client, REGION, { includeTargets: true });
      expect(result.failures).toEqual([]);
      return result.files.map((f) => `${f.path}\n${f.content}`);
    };
    const baseline = await render();
    for (const seed of [3, 11, 99]) expect(await render(seed)).toEqual(baseline);
  });

  it('keeps the others when one load balancer fails, and keeps its file', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) => (c.op === 'DescribeLoadBalancerPolicies' && c.input.LoadBalancerName === 'old-07' ? new Error('Rate exceeded') : undefined),
    });
    const result = await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    expect(result.failures).toEqual([
      { item: `elb ${REGION}/classic/old-07`, error: 'DescribeLoadBalancerPolicies: Rate exceeded', keepPaths: [PATH('old-07')] },
    ]);
    expect(result.files).toHaveLength(EXTRA);
    expect(result.files.map((f) => f.path)).not.toContain(PATH('old-07'));
    expect(result.completeScopes).toHaveLength(1);
  });

  it('isolates a load balancer deleted between listing and tagging', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) =>
        c.op === 'DescribeTags' && (c.input.LoadBalancerNames as string[]).includes('old-11')
          ? Object.assign(new Error('There is no ACTIVE Load Balancer named old-11'), { name: 'AccessPointNotFoundException', Code: 'LoadBalancerNotFound' })
          : undefined,
    });
    const result = await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    expect(result.failures.map((f) => f.item)).toEqual([`elb ${REGION}/classic/old-11`]);
    expect(result.failures[0]?.keepPaths).toEqual([PATH('old-11')]);
    expect(result.files).toHaveLength(EXTRA);
    expect(fileOf(result, PATH('old-12')).Tags).toEqual({ n: '12' });
  });

  it('gives no complete scope and no files when the listing fails part-way', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) => (c.op === 'DescribeLoadBalancers' && c.input.Marker === '20' ? new Error('Throttling') : undefined),
    });
    const result = await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    expect(result).toEqual({
      files: [],
      completeScopes: [],
      failures: [{ item: `elb ${REGION}`, error: 'DescribeLoadBalancers: Throttling', keepPaths: [] }],
    });
  });

  it('gives an empty complete scope for a region without classic load balancers', async () => {
    const { client } = stubClient({ descriptions: [], attributes: {}, policies: {}, tags: {} });
    const result = await exportClassicLoadBalancers(client, REGION, { includeTargets: false });
    expect(result.files).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.completeScopes.map((s) => s.prefix)).toEqual([`load-balancers/${REGION}/classic/`]);
  });
});
