import { describe, expect, it } from 'vitest';
import { exportLoadBalancersV2 } from '../../src/export/elbv2.js';
import { count, fileOf, stubClient, TCP_PATH, WEB_PATH } from '../support/elbv2-export-stub.js';
import { certArn, EXTRA_LBS, REGION, sampleWorld, TCP_TLS, tgArn, WEB, WEB_HTTP, WEB_HTTPS } from '../support/elbv2-export-world.js';

// What the exported files hold, whatever order AWS answers in.
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
});
