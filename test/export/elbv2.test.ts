import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type {
  Certificate,
  Listener,
  LoadBalancer,
  LoadBalancerAttribute,
  Rule,
  Tag,
  TargetGroup,
  TargetGroupAttribute,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { exportLoadBalancersV2 } from '../../src/export/elbv2.js';

// ------------------------------------------------------------------ a stubbed account

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const lbArn = (type: string, name: string): string =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${type === 'application' ? 'app' : 'net'}/${name}/50dc6c495c0c9188`;
const tgArn = (name: string): string => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/6d0ecf831eec9f09`;
const listenerArn = (lb: string, port: number): string => `${lb.replace(':loadbalancer/', ':listener/')}/l${port}`;
const certArn = (n: string): string => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${n}`;

interface World {
  loadBalancers: LoadBalancer[];
  targetGroups: TargetGroup[];
  lbAttributes: Record<string, LoadBalancerAttribute[]>;
  listeners: Record<string, Listener[]>;
  rules: Record<string, Rule[]>;
  certificates: Record<string, Certificate[]>;
  tgAttributes: Record<string, TargetGroupAttribute[]>;
  tags: Record<string, Tag[]>;
  health: Record<string, TargetHealthDescription[]>;
}

const WEB = lbArn('application', 'web');
const TCP = lbArn('network', 'tcp');
const WEB_HTTP = listenerArn(WEB, 80);
const WEB_HTTPS = listenerArn(WEB, 443);
const TCP_TLS = listenerArn(TCP, 443);
const EXTRA_LBS = 14; // with their target groups: more than 20 ARNs to tag, so DescribeTags batches

function sampleWorld(): World {
  const forwardBlueGreen = {
    Type: 'forward' as const,
    Order: 2,
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: tgArn('web-green'), Weight: 20 },
        { TargetGroupArn: tgArn('web-blue'), Weight: 80 },
      ],
      TargetGroupStickinessConfig: { Enabled: false },
    },
  };
  const world: World = {
    loadBalancers: [
      {
        LoadBalancerArn: WEB,
        DNSName: 'web-1234.eu-west-1.elb.amazonaws.com',
        CanonicalHostedZoneId: 'Z32O12XQLNTSW2',
        CreatedTime: new Date('2024-01-02T03:04:05Z'),
        LoadBalancerName: 'web',
        Scheme: 'internet-facing',
        VpcId: 'vpc-1',
        State: { Code: 'active' },
        Type: 'application',
        AvailabilityZones: [
          { ZoneName: 'eu-west-1b', SubnetId: 'subnet-b', LoadBalancerAddresses: [] },
          { ZoneName: 'eu-west-1a', SubnetId: 'subnet-a', LoadBalancerAddresses: [] },
        ],
        SecurityGroups: ['sg-2', 'sg-1'],
        IpAddressType: 'ipv4',
      },
      {
        LoadBalancerArn: TCP,
        DNSName: 'tcp-1234.elb.eu-west-1.amazonaws.com',
        CanonicalHostedZoneId: 'Z2IFOLAFXWLO4F',
        CreatedTime: new Date('2024-01-02T03:04:05Z'),
        LoadBalancerName: 'tcp',
        Scheme: 'internet-facing',
        VpcId: 'vpc-1',
        State: { Code: 'provisioning' },
        Type: 'network',
        AvailabilityZones: [
          {
            ZoneName: 'eu-west-1a',
            SubnetId: 'subnet-a',
            LoadBalancerAddresses: [{ IpAddress: '203.0.113.10', AllocationId: 'eipalloc-1' }],
          },
          { ZoneName: 'eu-west-1b', SubnetId: 'subnet-b', LoadBalancerAddresses: [] },
        ],
        IpAddressType: 'ipv4',
        CustomerOwnedIpv4Pool: 'ipv4pool-coip-1',
      },
    ],
    targetGroups: [
      tg('web-blue', [WEB], { HealthCheckPath: '/health', Matcher: { HttpCode: '200-299' }, ProtocolVersion: 'HTTP1' }),
      tg('web-green', [WEB], { HealthCheckPath: '/health', Matcher: { HttpCode: '200' }, ProtocolVersion: 'HTTP2' }),
      tg('web-api', [WEB], { TargetType: 'ip' }),
      tg('tcp-tg', [TCP], { Protocol: 'TCP', HealthCheckProtocol: 'TCP', Port: 443 }),
      tg('orphan', [], {}),
    ],
    lbAttributes: {
      [WEB]: [
        { Key: 'idle_timeout.timeout_seconds', Value: '60' },
        { Key: 'deletion_protection.enabled', Value: 'true' },
      ],
      [TCP]: [{ Key: 'load_balancing.cross_zone.enabled', Value: 'false' }],
    },
    listeners: {
      [WEB]: [
        {
          ListenerArn: WEB_HTTPS,
          LoadBalancerArn: WEB,
          Port: 443,
          Protocol: 'HTTPS',
          Certificates: [{ CertificateArn: certArn('default') }],
          SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
          DefaultActions: [{ ...forwardBlueGreen, Order: 1 }],
          MutualAuthentication: { Mode: 'off', TrustStoreAssociationStatus: 'active' },
        },
        {
          ListenerArn: WEB_HTTP,
          LoadBalancerArn: WEB,
          Port: 80,
          Protocol: 'HTTP',
          DefaultActions: [
            { Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
          ],
        },
      ],
      [TCP]: [
        {
          ListenerArn: TCP_TLS,
          LoadBalancerArn: TCP,
          Port: 443,
          Protocol: 'TLS',
          Certificates: [{ CertificateArn: certArn('tcp') }],
          SslPolicy: 'ELBSecurityPolicy-2016-08',
          AlpnPolicy: ['HTTP2Preferred'],
          DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn('tcp-tg') }],
        },
      ],
    },
    rules: {
      [WEB_HTTPS]: [
        {
          RuleArn: `${WEB_HTTPS}/r10`,
          Priority: '10',
          IsDefault: false,
          Conditions: [
            { Field: 'host-header', Values: ['b.example.com', 'a.example.com'], HostHeaderConfig: { Values: ['b.example.com', 'a.example.com'] } },
          ],
          Actions: [{ Type: 'forward', Order: 1, TargetGroupArn: tgArn('web-green'), ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn('web-green'), Weight: 1 }] } }],
        },
        {
          RuleArn: `${WEB_HTTPS}/default`,
          Priority: 'default',
          IsDefault: true,
          Conditions: [],
          Actions: [{ ...forwardBlueGreen, Order: 1 }],
        },
        {
          RuleArn: `${WEB_HTTPS}/r2`,
          Priority: '2',
          IsDefault: false,
          Conditions: [
            { Field: 'path-pattern', Values: ['/old/*'], PathPatternConfig: { Values: ['/old/*'] } },
            { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['POST', 'GET'] } },
          ],
          Actions: [{ Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '410', ContentType: 'text/plain', MessageBody: 'gone' } }],
        },
        {
          RuleArn: `${WEB_HTTPS}/r5`,
          Priority: '5',
          IsDefault: false,
          Conditions: [{ Field: 'source-ip', SourceIpConfig: { Values: ['10.0.0.0/8', '192.168.0.0/16'] } }],
          Actions: [
            {
              Type: 'authenticate-oidc',
              Order: 1,
              AuthenticateOidcConfig: {
                Issuer: 'https://idp.example.com',
                AuthorizationEndpoint: 'https://idp.example.com/auth',
                TokenEndpoint: 'https://idp.example.com/token',
                UserInfoEndpoint: 'https://idp.example.com/userinfo',
                ClientId: 'client-1',
                AuthenticationRequestExtraParams: { prompt: 'login', display: 'page' },
              },
            },
            { Type: 'forward', Order: 2, TargetGroupArn: tgArn('web-api') },
          ],
        },
      ],
      [WEB_HTTP]: [{ RuleArn: `${WEB_HTTP}/default`, Priority: 'default', IsDefault: true, Conditions: [], Actions: [] }],
    },
    certificates: {
      [WEB_HTTPS]: [
        { CertificateArn: certArn('extra-2'), IsDefault: false },
        { CertificateArn: certArn('default'), IsDefault: true },
        { CertificateArn: certArn('extra-1'), IsDefault: false },
      ],
      [TCP_TLS]: [{ CertificateArn: certArn('tcp'), IsDefault: true }],
    },
    tgAttributes: {},
    tags: {
      [WEB]: [
        { Key: 'team', Value: 'web' },
        { Key: 'env', Value: 'prod' },
      ],
      [tgArn('web-blue')]: [{ Key: 'colour', Value: 'blue' }],
    },
    health: {
      [tgArn('web-blue')]: [
        { Target: { Id: 'i-2', Port: 80, AvailabilityZone: 'eu-west-1b' }, TargetHealth: { State: 'healthy' } },
        { Target: { Id: 'i-1', Port: 80, AvailabilityZone: 'eu-west-1a' }, TargetHealth: { State: 'unhealthy' } },
      ],
    },
  };
  for (const group of world.targetGroups) {
    world.tgAttributes[group.TargetGroupArn as string] = [
      { Key: 'deregistration_delay.timeout_seconds', Value: '300' },
      { Key: 'stickiness.enabled', Value: 'false' },
    ];
  }
  for (let i = 0; i < EXTRA_LBS; i++) {
    const name = `svc-${String(i).padStart(2, '0')}`;
    const arn = lbArn('application', name);
    world.loadBalancers.push({ LoadBalancerArn: arn, LoadBalancerName: name, Type: 'application', Scheme: 'internal', VpcId: 'vpc-1' });
    world.targetGroups.push(tg(`${name}-tg`, [arn], {}));
    world.tgAttributes[tgArn(`${name}-tg`)] = [{ Key: 'stickiness.enabled', Value: 'false' }];
    world.lbAttributes[arn] = [];
    world.listeners[arn] = [
      { ListenerArn: listenerArn(arn, 80), LoadBalancerArn: arn, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn(`${name}-tg`) }] },
    ];
    world.rules[listenerArn(arn, 80)] = [];
    world.tags[arn] = [{ Key: 'svc', Value: name }];
  }
  return world;
}

function tg(name: string, lbs: string[], extra: Partial<TargetGroup>): TargetGroup {
  return {
    TargetGroupArn: tgArn(name),
    TargetGroupName: name,
    Protocol: 'HTTP',
    Port: 80,
    VpcId: 'vpc-1',
    HealthCheckProtocol: 'HTTP',
    HealthCheckPort: 'traffic-port',
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: 30,
    HealthCheckTimeoutSeconds: 5,
    HealthyThresholdCount: 5,
    UnhealthyThresholdCount: 2,
    LoadBalancerArns: lbs,
    TargetType: 'instance',
    IpAddressType: 'ipv4',
    ...extra,
  };
}

/** Seeded permutation of every list and object key order (Transforms keep their order). */
function shuffled<T>(value: T, seed: number): T {
  let state = seed;
  const rand = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const permute = <E>(items: E[]): E[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j] as E, out[i] as E];
    }
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return permute(v.map(walk));
    if (v instanceof Date || v === null || typeof v !== 'object') return v;
    return Object.fromEntries(permute(Object.entries(v)).map(([k, x]) => [k, walk(x)]));
  };
  return walk(value) as T;
}

interface Call {
  op: string;
  input: Record<string, unknown>;
}

/** A client whose `send` answers from `world`, two items per page, optionally failing some calls. */
function stubClient(
  world: World,
  opts: { seed?: number; fail?: (call: Call) => Error | undefined } = {},
): { client: ElasticLoadBalancingV2Client; calls: Call[] } {
  const client = new ElasticLoadBalancingV2Client({ region: REGION });
  const calls: Call[] = [];
  const mix = <T>(v: T): T => (opts.seed === undefined ? v : shuffled(v, opts.seed));
  const paged = <K extends string, T>(key: K, items: T[] | undefined, marker: unknown): Record<string, unknown> => {
    const start = Number(marker ?? 0);
    const all = mix(items ?? []);
    const next = start + 2 < all.length ? String(start + 2) : undefined;
    return { [key]: all.slice(start, start + 2), NextMarker: next };
  };
  client.send = (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const call = { op: command.constructor.name.replace(/Command$/, ''), input: command.input };
    calls.push(call);
    const error = opts.fail?.(call);
    if (error) throw error;
    const i = call.input;
    switch (call.op) {
      case 'DescribeLoadBalancers':
        return paged('LoadBalancers', world.loadBalancers, i.Marker);
      case 'DescribeTargetGroups':
        return paged('TargetGroups', world.targetGroups, i.Marker);
      case 'DescribeLoadBalancerAttributes':
        return { Attributes: mix(world.lbAttributes[i.LoadBalancerArn as string] ?? []) };
      case 'DescribeListeners':
        return paged('Listeners', world.listeners[i.LoadBalancerArn as string], i.Marker);
      case 'DescribeRules':
        return paged('Rules', world.rules[i.ListenerArn as string], i.Marker);
      case 'DescribeListenerCertificates':
        return paged('Certificates', world.certificates[i.ListenerArn as string], i.Marker);
      case 'DescribeTargetGroupAttributes':
        return { Attributes: mix(world.tgAttributes[i.TargetGroupArn as string] ?? []) };
      case 'DescribeTargetHealth':
        return { TargetHealthDescriptions: mix(world.health[i.TargetGroupArn as string] ?? []) };
      case 'DescribeTags':
        return {
          TagDescriptions: mix((i.ResourceArns as string[]).map((arn) => ({ ResourceArn: arn, Tags: world.tags[arn] ?? [] }))),
        };
      default:
        throw new Error(`unexpected call ${call.op}`);
    }
  }) as unknown as ElasticLoadBalancingV2Client['send'];
  return { client, calls };
}

const notFound = (message: string): Error => Object.assign(new Error(message), { name: 'LoadBalancerNotFoundException' });
const count = (calls: Call[], op: string): number => calls.filter((c) => c.op === op).length;
const fileOf = (result: Awaited<ReturnType<typeof exportLoadBalancersV2>>, path: string): Record<string, any> => {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}; files: ${result.files.map((f) => f.path).join(', ')}`);
  return parse(file.content) as Record<string, any>;
};

const WEB_PATH = `load-balancers/${REGION}/application/web.yaml`;
const TCP_PATH = `load-balancers/${REGION}/network/tcp.yaml`;

// ------------------------------------------------------------------ tests

describe('exportLoadBalancersV2', () => {
  it('writes one file per load balancer under its type folder, with complete scopes', async () => {
    const { client } = stubClient(sampleWorld());
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => f.path).sort()).toEqual(
      [
        WEB_PATH,
        TCP_PATH,
        ...Array.from({ length: EXTRA_LBS }, (_, i) => `load-balancers/${REGION}/application/svc-${String(i).padStart(2, '0')}.yaml`),
      ].sort(),
    );
    expect(result.files.find((f) => f.path === WEB_PATH)).toMatchObject({ kind: 'elbv2', label: `${REGION}/application/web` });
    expect(result.completeScopes.map((s) => s.prefix)).toEqual([
      `load-balancers/${REGION}/application/`,
      `load-balancers/${REGION}/network/`,
      `load-balancers/${REGION}/gateway/`,
    ]);
    expect(result.completeScopes.every((s) => s.pattern?.test('web.yaml') && !s.pattern.test('README.md'))).toBe(true);
  });

  it('keeps the load balancer description without volatile fields', async () => {
    const { client } = stubClient(sampleWorld());
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    const web = fileOf(result, WEB_PATH);
    expect(web.Kind).toBe('elbv2');
    expect(web.Region).toBe(REGION);
    expect(web.LoadBalancer).toEqual({
      LoadBalancerName: 'web',
      LoadBalancerArn: WEB,
      Type: 'application',
      Scheme: 'internet-facing',
      IpAddressType: 'ipv4',
      VpcId: 'vpc-1',
      AvailabilityZones: [
        { ZoneName: 'eu-west-1a', SubnetId: 'subnet-a', LoadBalancerAddresses: [] },
        { ZoneName: 'eu-west-1b', SubnetId: 'subnet-b', LoadBalancerAddresses: [] },
      ],
      SecurityGroups: ['sg-1', 'sg-2'],
      DNSName: 'web-1234.eu-west-1.elb.amazonaws.com',
      CanonicalHostedZoneId: 'Z32O12XQLNTSW2',
    });
    const content = result.files.find((f) => f.path === WEB_PATH)?.content ?? '';
    expect(content).not.toMatch(/CreatedTime|\bState:|: (un)?healthy$/m);
    expect(web.Attributes).toEqual({ 'deletion_protection.enabled': 'true', 'idle_timeout.timeout_seconds': '60' });
    expect(Object.keys(web.Attributes)).toEqual(['deletion_protection.enabled', 'idle_timeout.timeout_seconds']);
    expect(web.Tags).toEqual({ env: 'prod', team: 'web' });
    expect(Object.keys(web.Tags)).toEqual(['env', 'team']);

    const tcp = fileOf(result, TCP_PATH);
    expect(tcp.LoadBalancer.AvailabilityZones).toEqual([
      { ZoneName: 'eu-west-1a', SubnetId: 'subnet-a', LoadBalancerAddresses: [{ AllocationId: 'eipalloc-1', IpAddress: '203.0.113.10' }] },
      { ZoneName: 'eu-west-1b', SubnetId: 'subnet-b', LoadBalancerAddresses: [] },
    ]);
    expect(tcp.LoadBalancer.CustomerOwnedIpv4Pool).toBe('ipv4pool-coip-1');
    expect(tcp.LoadBalancer.CanonicalHostedZoneId).toBe('Z2IFOLAFXWLO4F');
  });

  it('exports listeners, certificates and rules in a stable order with target groups named', async () => {
    const { client } = stubClient(sampleWorld());
    const web = fileOf(await exportLoadBalancersV2(client, REGION, { includeTargets: false }), WEB_PATH);
    expect(web.Listeners.map((l: any) => `${l.Protocol}:${l.Port}`)).toEqual(['HTTP:80', 'HTTPS:443']);
    const [http, https] = web.Listeners;
    expect(http).toEqual({
      ListenerArn: WEB_HTTP,
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'redirect', Order: 1, RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }],
      Rules: [],
    });
    expect(https.SslPolicy).toBe('ELBSecurityPolicy-TLS13-1-2-2021-06');
    expect(https.Certificates).toEqual([{ CertificateArn: certArn('default') }]);
    expect(https.AdditionalCertificates).toEqual([{ CertificateArn: certArn('extra-1') }, { CertificateArn: certArn('extra-2') }]);
    expect(https.MutualAuthentication).toEqual({ Mode: 'off' });
    expect(https.DefaultActions).toEqual([
      {
        Type: 'forward',
        Order: 1,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupName: 'web-blue', TargetGroupArn: tgArn('web-blue'), Weight: 80 },
            { TargetGroupName: 'web-green', TargetGroupArn: tgArn('web-green'), Weight: 20 },
          ],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ]);
    // The default rule is the listener's default actions: not repeated among the rules.
    expect(https.Rules.map((r: any) => r.Priority)).toEqual([2, 5, 10]);
    const [r2, r5, r10] = https.Rules;
    expect(r2.Conditions).toEqual([
      { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['GET', 'POST'] } },
      { Field: 'path-pattern', PathPatternConfig: { Values: ['/old/*'] } },
    ]);
    expect(r2.Actions).toEqual([
      { Type: 'fixed-response', Order: 1, FixedResponseConfig: { ContentType: 'text/plain', MessageBody: 'gone', StatusCode: '410' } },
    ]);
    expect(r5.Actions.map((a: any) => a.Type)).toEqual(['authenticate-oidc', 'forward']);
    expect(Object.keys(r5.Actions[0].AuthenticateOidcConfig.AuthenticationRequestExtraParams)).toEqual(['display', 'prompt']);
    expect(r5.Actions[1]).toEqual({ Type: 'forward', Order: 2, TargetGroupName: 'web-api', TargetGroupArn: tgArn('web-api') });
    expect(r10).toMatchObject({
      Priority: 10,
      RuleArn: `${WEB_HTTPS}/r10`,
      Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['a.example.com', 'b.example.com'] } }],
    });
    expect(r10.Actions[0].TargetGroupName).toBe('web-green');

    const tcp = fileOf(await exportLoadBalancersV2(stubClient(sampleWorld()).client, REGION, { includeTargets: false }), TCP_PATH);
    expect(tcp.Listeners).toEqual([
      {
        ListenerArn: TCP_TLS,
        Port: 443,
        Protocol: 'TLS',
        SslPolicy: 'ELBSecurityPolicy-2016-08',
        Certificates: [{ CertificateArn: certArn('tcp') }],
        AlpnPolicy: ['HTTP2Preferred'],
        DefaultActions: [{ Type: 'forward', TargetGroupName: 'tcp-tg', TargetGroupArn: tgArn('tcp-tg') }],
        Rules: [],
      },
    ]);
  });

  it('exports the target groups the load balancer uses, with health checks, attributes and tags', async () => {
    const { client } = stubClient(sampleWorld());
    const web = fileOf(await exportLoadBalancersV2(client, REGION, { includeTargets: false }), WEB_PATH);
    expect(web.TargetGroups.map((t: any) => t.TargetGroupName)).toEqual(['web-api', 'web-blue', 'web-green']);
    const blue = web.TargetGroups[1];
    expect(blue).toEqual({
      TargetGroupName: 'web-blue',
      TargetGroupArn: tgArn('web-blue'),
      TargetType: 'instance',
      Protocol: 'HTTP',
      ProtocolVersion: 'HTTP1',
      Port: 80,
      VpcId: 'vpc-1',
      IpAddressType: 'ipv4',
      HealthCheckEnabled: true,
      HealthCheckProtocol: 'HTTP',
      HealthCheckPort: 'traffic-port',
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      Matcher: { HttpCode: '200-299' },
      Attributes: { 'deregistration_delay.timeout_seconds': '300', 'stickiness.enabled': 'false' },
      Tags: { colour: 'blue' },
    });
    expect(web.TargetGroups[0].TargetType).toBe('ip');
  });

  it('makes only the calls needed: target groups listed once, details only where they exist', async () => {
    const { client, calls } = stubClient(sampleWorld());
    await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    const groups = sampleWorld().targetGroups.length;
    expect(count(calls, 'DescribeTargetGroups')).toBe(Math.ceil(groups / 2)); // every page, once
    expect(calls.filter((c) => c.op === 'DescribeTargetGroups').every((c) => c.input.LoadBalancerArn === undefined)).toBe(true);
    // Every used group once; the orphan group is not described.
    const attrCalls = calls.filter((c) => c.op === 'DescribeTargetGroupAttributes').map((c) => c.input.TargetGroupArn);
    expect(attrCalls).toHaveLength(groups - 1);
    expect(new Set(attrCalls).size).toBe(attrCalls.length);
    expect(attrCalls).not.toContain(tgArn('orphan'));
    // Certificates only for HTTPS/TLS listeners; rules only for application load balancers.
    expect(calls.filter((c) => c.op === 'DescribeListenerCertificates').map((c) => c.input.ListenerArn).sort()).toEqual(
      [WEB_HTTPS, WEB_HTTPS, TCP_TLS].sort(), // web's HTTPS listener has two pages
    );
    expect(calls.filter((c) => c.op === 'DescribeRules').map((c) => c.input.ListenerArn)).not.toContain(TCP_TLS);
    expect(count(calls, 'DescribeLoadBalancerAttributes')).toBe(2 + EXTRA_LBS);
    expect(count(calls, 'DescribeTargetHealth')).toBe(0);
  });

  it('reads tags for load balancers and target groups in batches of at most 20 ARNs', async () => {
    const { client, calls } = stubClient(sampleWorld());
    await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    const batches = calls.filter((c) => c.op === 'DescribeTags').map((c) => c.input.ResourceArns as string[]);
    const tagged = batches.flat();
    const expected = 2 + EXTRA_LBS + (sampleWorld().targetGroups.length - 1);
    expect(tagged).toHaveLength(expected);
    expect(new Set(tagged).size).toBe(expected);
    expect(batches.every((b) => b.length <= 20)).toBe(true);
    expect(batches).toHaveLength(Math.ceil(expected / 20));
  });

  it('writes byte-identical files whatever order AWS answers in', async () => {
    const render = async (seed?: number): Promise<string[]> => {
      const result = await exportLoadBalancersV2(stubClient(sampleWorld(), { seed }).client, REGION, { includeTargets: true });
      expect(result.failures).toEqual([]);
      return result.files.map((f) => `${f.path}\n${f.content}`).sort();
    };
    const baseline = await render();
    expect(baseline.join('').length).toBeGreaterThan(1000);
    for (const seed of [1, 7, 42]) expect(await render(seed)).toEqual(baseline);
  });

  it('includes registered targets (without health) only when asked', async () => {
    const off = stubClient(sampleWorld());
    const without = fileOf(await exportLoadBalancersV2(off.client, REGION, { includeTargets: false }), WEB_PATH);
    expect(without.TargetGroups.every((t: any) => !('Targets' in t))).toBe(true);

    const on = stubClient(sampleWorld());
    const result = await exportLoadBalancersV2(on.client, REGION, { includeTargets: true });
    const web = fileOf(result, WEB_PATH);
    expect(web.TargetGroups[1].Targets).toEqual([
      { Id: 'i-1', Port: 80, AvailabilityZone: 'eu-west-1a' },
      { Id: 'i-2', Port: 80, AvailabilityZone: 'eu-west-1b' },
    ]);
    expect(web.TargetGroups[0].Targets).toEqual([]);
    expect(result.files.find((f) => f.path === WEB_PATH)?.content).not.toMatch(/: (un)?healthy$|TargetHealth|\bState:/m);
    expect(count(on.calls, 'DescribeTargetHealth')).toBe(sampleWorld().targetGroups.length - 1);
  });

  it('keeps the other load balancers when one fails, and names the failed one with its file', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) => (c.op === 'DescribeRules' && c.input.ListenerArn === WEB_HTTPS ? new Error('Rate exceeded') : undefined),
    });
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    expect(result.failures).toEqual([
      { item: `elbv2 ${REGION}/application/web`, error: expect.stringMatching(/DescribeRules.*HTTPS:443.*Rate exceeded/), keepPaths: [WEB_PATH] },
    ]);
    expect(result.files.map((f) => f.path)).not.toContain(WEB_PATH);
    expect(result.files).toHaveLength(1 + EXTRA_LBS);
    expect(result.completeScopes).toHaveLength(3);
  });

  it('fails a load balancer whose target group cannot be described', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) => (c.op === 'DescribeTargetGroupAttributes' && c.input.TargetGroupArn === tgArn('tcp-tg') ? new Error('AccessDenied') : undefined),
    });
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    expect(result.failures).toEqual([
      { item: `elbv2 ${REGION}/network/tcp`, error: expect.stringMatching(/tcp-tg.*DescribeTargetGroupAttributes.*AccessDenied/), keepPaths: [TCP_PATH] },
    ]);
    expect(result.files.map((f) => f.path)).toContain(WEB_PATH);
  });

  it('retries a tag batch that failed because a resource vanished, failing only that one', async () => {
    const gone = lbArn('application', 'svc-03');
    const { client, calls } = stubClient(sampleWorld(), {
      fail: (c) =>
        c.op === 'DescribeTags' && (c.input.ResourceArns as string[]).includes(gone) ? notFound(`Load balancer '${gone}' not found`) : undefined,
    });
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    expect(result.failures).toEqual([
      {
        item: `elbv2 ${REGION}/application/svc-03`,
        error: expect.stringContaining('DescribeTags'),
        keepPaths: [`load-balancers/${REGION}/application/svc-03.yaml`],
      },
    ]);
    expect(result.files).toHaveLength(1 + EXTRA_LBS);
    expect(fileOf(result, WEB_PATH).Tags).toEqual({ env: 'prod', team: 'web' });
    expect(calls.filter((c) => c.op === 'DescribeTags').every((c) => (c.input.ResourceArns as string[]).length <= 20)).toBe(true);
  });

  it('gives no complete scope when the load balancer listing fails', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) => (c.op === 'DescribeLoadBalancers' && c.input.Marker === '4' ? new Error('Throttling: Rate exceeded') : undefined),
    });
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    expect(result.files).toEqual([]);
    expect(result.completeScopes).toEqual([]);
    expect(result.failures).toEqual([{ item: `elbv2 ${REGION}`, error: 'DescribeLoadBalancers: Throttling: Rate exceeded', keepPaths: [] }]);
  });

  it('keeps every file and gives no complete scope when the target group listing fails', async () => {
    const { client } = stubClient(sampleWorld(), {
      fail: (c) => (c.op === 'DescribeTargetGroups' && c.input.Marker !== undefined ? new Error('Rate exceeded') : undefined),
    });
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false });
    expect(result.files).toEqual([]);
    expect(result.completeScopes).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.error).toBe('DescribeTargetGroups: Rate exceeded');
    expect(result.failures[0]?.keepPaths).toHaveLength(2 + EXTRA_LBS);
    expect(result.failures[0]?.keepPaths).toContain(TCP_PATH);
  });

  it('never has more load balancers in flight than the concurrency allows', async () => {
    const world = sampleWorld();
    const { client } = stubClient(world);
    const send = client.send.bind(client);
    let inFlight = 0;
    let peak = 0;
    client.send = (async (command: any) => {
      if (command.constructor.name !== 'DescribeLoadBalancerAttributesCommand') return send(command);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return send(command);
    }) as any;
    const result = await exportLoadBalancersV2(client, REGION, { includeTargets: false, concurrency: 3 });
    expect(result.failures).toEqual([]);
    expect(peak).toBe(3);
  });
});
