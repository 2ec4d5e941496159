import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
  paginateDescribeTargetGroups,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { ALB_ARN, fixtureLb, fixtureTg, useElbv2Sim, WEB_TG } from '../support/elbv2-sim.js';
import { rejection } from '../support/rejection.js';

const NLB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/my-nlb/0123456789abcdef';
const HTTPS_LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/my-alb/50dc6c495c0c9188/0467ef3c8400ae65';
const API_TG = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/api-tg/a1b2c3d4e5f60718';

const client = useElbv2Sim();

describe('ELBv2 describe calls return what was seeded', () => {
  it('DescribeLoadBalancers: ALB and NLB with the DNS names and zones Route 53 aliases to', async () => {
    const out = await client().send(new DescribeLoadBalancersCommand({}));
    const [alb, nlb] = out.LoadBalancers!;
    expect(alb).toMatchObject({
      LoadBalancerArn: ALB_ARN,
      DNSName: 'my-alb-1234567890.us-east-1.elb.amazonaws.com',
      CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
      Type: 'application',
      Scheme: 'internet-facing',
      SecurityGroups: ['sg-0a1a1a1a1a1a1a1a1'],
      State: { Code: 'active' },
    });
    expect(alb!.AvailabilityZones).toEqual(fixtureLb('my-alb').AvailabilityZones);
    expect(alb!.CreatedTime).toEqual(new Date('2023-01-10T08:00:00.000Z'));
    expect(nlb).toMatchObject({ LoadBalancerArn: NLB_ARN, DNSName: 'my-nlb-0123456789abcdef.elb.us-east-1.amazonaws.com', CanonicalHostedZoneId: 'Z26RNL4JYFTOTI' });
    expect(nlb!.AvailabilityZones![0]!.LoadBalancerAddresses).toEqual([{ IpAddress: '203.0.113.10', AllocationId: 'eipalloc-0a1b2c3d4e5f60718' }]);
    const byName = await client().send(new DescribeLoadBalancersCommand({ Names: ['my-nlb'] }));
    expect(byName.LoadBalancers!.map((l) => l.LoadBalancerArn)).toEqual([NLB_ARN]);
    const byArn = await client().send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [ALB_ARN] }));
    expect(byArn.LoadBalancers!.map((l) => l.LoadBalancerName)).toEqual(['my-alb']);
    expect((await rejection(client().send(new DescribeLoadBalancersCommand({ Names: ['ghost'] })))).name).toBe('LoadBalancerNotFoundException');
  });

  it('DescribeLoadBalancerAttributes: fixture values over the defaults', async () => {
    const attrs = (await client().send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: ALB_ARN }))).Attributes!;
    const map = Object.fromEntries(attrs.map((a) => [a.Key, a.Value]));
    for (const { Key, Value } of fixtureLb('my-alb').Attributes) expect(map[Key]).toBe(Value);
    expect(map['routing.http2.enabled']).toBe('true');
  });

  it('DescribeListeners: redirect and HTTPS listeners, the default certificate only', async () => {
    const listeners = (await client().send(new DescribeListenersCommand({ LoadBalancerArn: ALB_ARN }))).Listeners!;
    expect(listeners.map((l) => [l.Port, l.Protocol])).toEqual([
      [80, 'HTTP'],
      [443, 'HTTPS'],
    ]);
    expect(listeners[0]!.DefaultActions).toEqual(fixtureLb('my-alb').Listeners[0].DefaultActions);
    const https = listeners[1]!;
    expect(https.Certificates).toEqual([{ CertificateArn: fixtureLb('my-alb').Listeners[1].Certificates[0].CertificateArn }]);
    expect(https.SslPolicy).toBe('ELBSecurityPolicy-TLS13-1-2-2021-06');
    // A forward to one group shows as TargetGroupArn and as ForwardConfig, like AWS.
    expect(https.DefaultActions).toEqual([
      {
        Type: 'forward',
        Order: 1,
        TargetGroupArn: WEB_TG,
        ForwardConfig: { TargetGroups: [{ TargetGroupArn: WEB_TG, Weight: 1 }], TargetGroupStickinessConfig: { Enabled: false } },
      },
    ]);
    const nlbListeners = (await client().send(new DescribeListenersCommand({ LoadBalancerArn: NLB_ARN }))).Listeners!;
    expect(nlbListeners.map((l) => [l.Port, l.Protocol, l.AlpnPolicy])).toEqual([
      [80, 'TCP', undefined],
      [443, 'TLS', ['HTTP2Preferred']],
    ]);
    expect(nlbListeners[0]!.ListenerArn).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:111111111111:listener\/net\/my-nlb\/0123456789abcdef\/[0-9a-f]{16}$/);
  });

  it('DescribeListenerCertificates: default and additional certificates', async () => {
    const certs = (await client().send(new DescribeListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER }))).Certificates!;
    const listed = fixtureLb('my-alb').Listeners[1].Certificates;
    expect(certs).toEqual([
      { CertificateArn: listed[0].CertificateArn, IsDefault: true },
      { CertificateArn: listed[1].CertificateArn, IsDefault: false },
    ]);
  });

  it('DescribeRules: by priority, default rule last, conditions and actions as seeded', async () => {
    const rules = (await client().send(new DescribeRulesCommand({ ListenerArn: HTTPS_LISTENER }))).Rules!;
    expect(rules.map((r) => r.Priority)).toEqual(['10', '20', '30', '40', '50', 'default']);
    expect(rules.map((r) => r.IsDefault)).toEqual([false, false, false, false, false, true]);
    const seeded = fixtureLb('my-alb').Listeners[1].Rules;
    expect(rules[0]!.RuleArn).toBe(seeded[0].RuleArn);
    rules.slice(0, 5).forEach((rule, i) => expect(rule.Conditions).toEqual(seeded[i].Conditions));
    expect(rules[2]!.Actions).toEqual([
      {
        Type: 'forward',
        Order: 1,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: WEB_TG, Weight: 90 },
            { TargetGroupArn: API_TG, Weight: 10 },
          ],
          TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 300 },
        },
      },
    ]);
    expect(rules[3]!.Actions).toEqual(seeded[3].Actions);
    expect(rules[5]!.Actions![0]!.TargetGroupArn).toBe(WEB_TG);
    const generated = rules[1]!.RuleArn!;
    expect(generated).toMatch(/^arn:aws:elasticloadbalancing:us-east-1:111111111111:listener-rule\/app\/my-alb\/50dc6c495c0c9188\/0467ef3c8400ae65\/[0-9a-f]{16}$/);
    const byArn = await client().send(new DescribeRulesCommand({ RuleArns: [generated] }));
    expect(byArn.Rules!.map((r) => r.Priority)).toEqual(['20']);
  });

  it('DescribeTargetGroups: all, by load balancer (LoadBalancerArns derived), by name', async () => {
    const all = (await client().send(new DescribeTargetGroupsCommand({}))).TargetGroups!;
    expect(all.map((t) => t.TargetGroupName)).toEqual(['web-tg', 'api-tg', 'nlb-tcp-80', 'nlb-tcp-8443']);
    const { Attributes: _a, Tags: _t, TargetHealthDescriptions: _h, ...web } = fixtureTg('web-tg');
    expect(all[0]).toEqual({ ...web, LoadBalancerArns: [ALB_ARN] });
    const ofNlb = (await client().send(new DescribeTargetGroupsCommand({ LoadBalancerArn: NLB_ARN }))).TargetGroups!;
    expect(ofNlb.map((t) => t.TargetGroupName)).toEqual(['nlb-tcp-80', 'nlb-tcp-8443']);
    const byName = (await client().send(new DescribeTargetGroupsCommand({ Names: ['api-tg'] }))).TargetGroups!;
    expect(byName.map((t) => t.TargetGroupArn)).toEqual([API_TG]);
    expect((await rejection(client().send(new DescribeTargetGroupsCommand({ Names: ['ghost'] })))).name).toBe('TargetGroupNotFoundException');
  });

  it('DescribeTargetGroupAttributes and DescribeTargetHealth', async () => {
    const attrs = (await client().send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: WEB_TG }))).Attributes!;
    const map = Object.fromEntries(attrs.map((a) => [a.Key, a.Value]));
    for (const { Key, Value } of fixtureTg('web-tg').Attributes) expect(map[Key]).toBe(Value);
    expect(map['load_balancing.algorithm.type']).toBe('round_robin');
    const health = (await client().send(new DescribeTargetHealthCommand({ TargetGroupArn: WEB_TG }))).TargetHealthDescriptions!;
    expect(health).toEqual(fixtureTg('web-tg').TargetHealthDescriptions);
  });

  it('DescribeTags: several resource kinds; at most 20 ARNs per call', async () => {
    const out = await client().send(new DescribeTagsCommand({ ResourceArns: [ALB_ARN, WEB_TG, HTTPS_LISTENER] }));
    expect(out.TagDescriptions).toEqual([
      { ResourceArn: ALB_ARN, Tags: fixtureLb('my-alb').Tags },
      { ResourceArn: WEB_TG, Tags: fixtureTg('web-tg').Tags },
      { ResourceArn: HTTPS_LISTENER, Tags: [] },
    ]);
    const err = await rejection(client().send(new DescribeTagsCommand({ ResourceArns: Array.from({ length: 21 }, () => ALB_ARN) })));
    expect(err.name).toBe('ValidationError');
    expect(err.message).toContain('less than or equal to 20');
    const twenty = await client().send(new DescribeTagsCommand({ ResourceArns: Array.from({ length: 20 }, () => WEB_TG) }));
    expect(twenty.TagDescriptions).toHaveLength(20);
  });
});

describe('ELBv2 paging', () => {
  it('pages load balancers, listeners, rules and target groups with Marker/PageSize', async () => {
    const c = client();
    const lbPages: string[][] = [];
    for await (const p of paginateDescribeLoadBalancers({ client: c }, { PageSize: 1 })) lbPages.push(p.LoadBalancers!.map((l) => l.LoadBalancerName!));
    expect(lbPages).toEqual([['my-alb'], ['my-nlb']]);

    const listenerPages: number[][] = [];
    for await (const p of paginateDescribeListeners({ client: c }, { LoadBalancerArn: ALB_ARN, PageSize: 1 })) listenerPages.push(p.Listeners!.map((l) => l.Port!));
    expect(listenerPages).toEqual([[80], [443]]);

    const rulePages: string[][] = [];
    for await (const p of paginateDescribeRules({ client: c }, { ListenerArn: HTTPS_LISTENER, PageSize: 4 })) rulePages.push(p.Rules!.map((r) => r.Priority!));
    expect(rulePages).toEqual([
      ['10', '20', '30', '40'],
      ['50', 'default'],
    ]);

    const tgPages: string[][] = [];
    for await (const p of paginateDescribeTargetGroups({ client: c }, { PageSize: 3 })) tgPages.push(p.TargetGroups!.map((t) => t.TargetGroupName!));
    expect(tgPages).toEqual([['web-tg', 'api-tg', 'nlb-tcp-80'], ['nlb-tcp-8443']]);

    expect((await rejection(c.send(new DescribeLoadBalancersCommand({ PageSize: 401 })))).name).toBe('ValidationError');
    expect((await rejection(c.send(new DescribeLoadBalancersCommand({ Marker: 'garbage' })))).name).toBe('ValidationError');
  });
});
