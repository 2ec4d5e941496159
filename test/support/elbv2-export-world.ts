/**
 * The stubbed account the ELBv2 export tests read: an ALB and an NLB with listeners, rules,
 * certificates and target groups, plus enough small load balancers that tags need batches.
 */
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

const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const lbArn = (type: string, name: string): string =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${type === 'application' ? 'app' : 'net'}/${name}/50dc6c495c0c9188`;
export const tgArn = (name: string): string => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/6d0ecf831eec9f09`;
const listenerArn = (lb: string, port: number): string => `${lb.replace(':loadbalancer/', ':listener/')}/l${port}`;
export const certArn = (n: string): string => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${n}`;

export interface World {
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

export const WEB = lbArn('application', 'web');
const TCP = lbArn('network', 'tcp');
export const WEB_HTTP = listenerArn(WEB, 80);
export const WEB_HTTPS = listenerArn(WEB, 443);
export const TCP_TLS = listenerArn(TCP, 443);
export const EXTRA_LBS = 14; // with their target groups: more than 20 ARNs to tag, so DescribeTags batches

export function sampleWorld(): World {
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
