import {
  AddListenerCertificatesCommand,
  AddTagsCommand,
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteRuleCommand,
  DeleteTargetGroupCommand,
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ModifyListenerCommand,
  ModifyLoadBalancerAttributesCommand,
  ModifyRuleCommand,
  ModifyTargetGroupAttributesCommand,
  ModifyTargetGroupCommand,
  RegisterTargetsCommand,
  RemoveTagsCommand,
  SetRulePrioritiesCommand,
  SetSecurityGroupsCommand,
  SetSubnetsCommand,
  type Rule,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { ALB_ARN, fixtureTg, useElbv2Sim, WEB_TG } from '../support/elbv2-sim.js';
import { rejection } from '../support/rejection.js';

const CERT = 'arn:aws:acm:us-west-2:111111111111:certificate/11111111-2222-3333-4444-555555555555';
const DR_SUBNETS = ['subnet-0d2a2a2a2a2a2a2a2', 'subnet-0d2b2b2b2b2b2b2b2'];
const DR_VPC = 'vpc-0d2b3c4d5e6f70819';

const client = useElbv2Sim();

describe('ELBv2 create calls (what a restore uses) in the DR region', () => {
  it('rebuilds an ALB with target group, listeners and rules, and tears it down', async () => {
    const c = client('us-west-2');
    const tg = (
      await c.send(
        new CreateTargetGroupCommand({
          Name: 'dr-web',
          Protocol: 'HTTP',
          Port: 80,
          VpcId: DR_VPC,
          HealthCheckPath: '/healthz',
          Matcher: { HttpCode: '200-299' },
          Tags: [{ Key: 'app', Value: 'web' }],
        }),
      )
    ).TargetGroups![0]!;
    expect(tg.TargetGroupArn).toMatch(/^arn:aws:elasticloadbalancing:us-west-2:111111111111:targetgroup\/dr-web\/[0-9a-f]{16}$/);
    expect(tg).toMatchObject({ HealthCheckProtocol: 'HTTP', HealthCheckPort: 'traffic-port', HealthCheckIntervalSeconds: 30, LoadBalancerArns: [] });
    // The same create again answers the existing group, like AWS.
    const again = (await c.send(new CreateTargetGroupCommand({ Name: 'dr-web', Protocol: 'HTTP', Port: 80, VpcId: DR_VPC, HealthCheckPath: '/healthz', Matcher: { HttpCode: '200-299' } }))).TargetGroups![0]!;
    expect(again.TargetGroupArn).toBe(tg.TargetGroupArn);

    const lb = (
      await c.send(
        new CreateLoadBalancerCommand({ Name: 'dr-alb', Subnets: DR_SUBNETS, SecurityGroups: ['sg-0d3a3a3a3a3a3a3a3'], Tags: [{ Key: 'env', Value: 'dr' }] }),
      )
    ).LoadBalancers![0]!;
    expect(lb.LoadBalancerArn).toMatch(/^arn:aws:elasticloadbalancing:us-west-2:111111111111:loadbalancer\/app\/dr-alb\/[0-9a-f]{16}$/);
    expect(lb.DNSName).toMatch(/^dr-alb-\d{10}\.us-west-2\.elb\.amazonaws\.com$/);
    expect(lb).toMatchObject({ CanonicalHostedZoneId: 'Z1H1FL5HABSF5', VpcId: DR_VPC, Type: 'application' });
    expect(lb.AvailabilityZones!.map((z) => z.ZoneName)).toEqual(['us-west-2a', 'us-west-2b']);

    const http = (
      await c.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
        }),
      )
    ).Listeners![0]!;
    expect(http.DefaultActions![0]!.RedirectConfig!.Port).toBe('443');
    const https = (
      await c.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          Protocol: 'HTTPS',
          Port: 443,
          Certificates: [{ CertificateArn: CERT }],
          DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
        }),
      )
    ).Listeners![0]!;
    expect(https.SslPolicy).toBe('ELBSecurityPolicy-2016-08');
    await c.send(new AddListenerCertificatesCommand({ ListenerArn: https.ListenerArn, Certificates: [{ CertificateArn: `${CERT}-extra` }] }));
    expect((await c.send(new DescribeListenerCertificatesCommand({ ListenerArn: https.ListenerArn }))).Certificates).toEqual([
      { CertificateArn: CERT, IsDefault: true },
      { CertificateArn: `${CERT}-extra`, IsDefault: false },
    ]);

    const ruleA = (
      await c.send(
        new CreateRuleCommand({
          ListenerArn: https.ListenerArn,
          Priority: 10,
          Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }],
          Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503', ContentType: 'text/plain', MessageBody: 'down' } }],
        }),
      )
    ).Rules![0]!;
    const ruleB = (
      await c.send(
        new CreateRuleCommand({
          ListenerArn: https.ListenerArn,
          Priority: 20,
          Conditions: [{ Field: 'host-header', Values: ['dr.example.com'] }],
          Actions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: tg.TargetGroupArn, Weight: 5 }] } }],
        }),
      )
    ).Rules![0]!;
    expect(ruleB.Actions![0]).toEqual({
      Type: 'forward',
      TargetGroupArn: tg.TargetGroupArn,
      ForwardConfig: { TargetGroups: [{ TargetGroupArn: tg.TargetGroupArn, Weight: 5 }], TargetGroupStickinessConfig: { Enabled: false } },
    });
    expect((await rejection(c.send(new CreateRuleCommand({ ListenerArn: https.ListenerArn, Priority: 10, Conditions: ruleA.Conditions, Actions: ruleA.Actions })))).name).toBe(
      'PriorityInUseException',
    );
    await c.send(new ModifyRuleCommand({ RuleArn: ruleA.RuleArn, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] } }] }));
    const swapped = await c.send(
      new SetRulePrioritiesCommand({
        RulePriorities: [
          { RuleArn: ruleA.RuleArn, Priority: 20 },
          { RuleArn: ruleB.RuleArn, Priority: 10 },
        ],
      }),
    );
    expect(swapped.Rules!.map((r) => r.Priority)).toEqual(['20', '10']);
    const rules: Rule[] = (await c.send(new DescribeRulesCommand({ ListenerArn: https.ListenerArn }))).Rules!;
    expect(rules.map((r) => [r.RuleArn, r.Priority])).toEqual([
      [ruleB.RuleArn, '10'],
      [ruleA.RuleArn, '20'],
      [rules[2]!.RuleArn, 'default'],
    ]);
    expect(rules[1]!.Conditions).toEqual([{ Field: 'path-pattern', PathPatternConfig: { Values: ['/v2/*'] } }]);
    expect((await rejection(c.send(new DeleteRuleCommand({ RuleArn: rules[2]!.RuleArn })))).name).toBe('OperationNotPermittedException');

    await c.send(new ModifyListenerCommand({ ListenerArn: https.ListenerArn, SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }));
    await c.send(new RegisterTargetsCommand({ TargetGroupArn: tg.TargetGroupArn, Targets: [{ Id: 'i-0123456789abcdef0' }] }));
    const health = (await c.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.TargetGroupArn }))).TargetHealthDescriptions!;
    expect(health).toEqual([
      {
        Target: { Id: 'i-0123456789abcdef0', Port: 80 },
        HealthCheckPort: '80',
        TargetHealth: { State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' },
      },
    ]);
    await c.send(new ModifyTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn, HealthCheckIntervalSeconds: 10, HealthyThresholdCount: 3 }));
    await c.send(
      new ModifyTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn, Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '15' }] }),
    );
    await c.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn, Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '90' }] }));
    await c.send(new AddTagsCommand({ ResourceArns: [lb.LoadBalancerArn!, ruleA.RuleArn!], Tags: [{ Key: 'team', Value: 'ops' }] }));
    await c.send(new RemoveTagsCommand({ ResourceArns: [lb.LoadBalancerArn!], TagKeys: ['env'] }));
    await c.send(new SetSecurityGroupsCommand({ LoadBalancerArn: lb.LoadBalancerArn, SecurityGroups: ['sg-0d3a3a3a3a3a3a3a3', 'sg-0d4b4b4b4b4b4b4b4'] }));
    const subnets = await c.send(new SetSubnetsCommand({ LoadBalancerArn: lb.LoadBalancerArn, Subnets: [...DR_SUBNETS, 'subnet-0d2c2c2c2c2c2c2c2'] }));
    expect(subnets.AvailabilityZones!.map((z) => z.ZoneName)).toEqual(['us-west-2a', 'us-west-2b', 'us-west-2c']);

    const [described] = (await c.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [tg.TargetGroupArn!] }))).TargetGroups!;
    expect(described).toMatchObject({ HealthCheckIntervalSeconds: 10, HealthyThresholdCount: 3, LoadBalancerArns: [lb.LoadBalancerArn] });
    const tgAttrs = (await c.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: tg.TargetGroupArn }))).Attributes!;
    expect(tgAttrs.find((a) => a.Key === 'deregistration_delay.timeout_seconds')!.Value).toBe('15');
    const lbAttrs = (await c.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).Attributes!;
    expect(lbAttrs.find((a) => a.Key === 'idle_timeout.timeout_seconds')!.Value).toBe('90');
    const tags = (await c.send(new DescribeTagsCommand({ ResourceArns: [lb.LoadBalancerArn!, ruleA.RuleArn!] }))).TagDescriptions!;
    expect(tags.map((t) => t.Tags)).toEqual([[{ Key: 'team', Value: 'ops' }], [{ Key: 'team', Value: 'ops' }]]);
    const [after] = (await c.send(new DescribeLoadBalancersCommand({ Names: ['dr-alb'] }))).LoadBalancers!;
    expect(after!.SecurityGroups).toEqual(['sg-0d3a3a3a3a3a3a3a3', 'sg-0d4b4b4b4b4b4b4b4']);
    const [modified] = (await c.send(new DescribeListenersCommand({ ListenerArns: [https.ListenerArn!] }))).Listeners!;
    expect(modified!.SslPolicy).toBe('ELBSecurityPolicy-TLS13-1-2-2021-06');

    expect((await rejection(c.send(new DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn })))).name).toBe('ResourceInUseException');
    await c.send(new DeleteRuleCommand({ RuleArn: ruleB.RuleArn }));
    await c.send(new DeleteListenerCommand({ ListenerArn: https.ListenerArn }));
    await c.send(new DeleteTargetGroupCommand({ TargetGroupArn: tg.TargetGroupArn }));
    await c.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
    expect((await c.send(new DescribeLoadBalancersCommand({}))).LoadBalancers).toEqual([]);
    expect((await rejection(c.send(new DescribeListenersCommand({ ListenerArns: [http.ListenerArn!] })))).name).toBe('ListenerNotFoundException');
  });

  it('creates an NLB with TCP and TLS listeners', async () => {
    const c = client('us-west-2');
    const tg = (await c.send(new CreateTargetGroupCommand({ Name: 'dr-tcp', Protocol: 'TCP', Port: 443, VpcId: DR_VPC }))).TargetGroups![0]!;
    expect(tg).toMatchObject({ HealthCheckProtocol: 'TCP', HealthCheckTimeoutSeconds: 10 });
    expect(tg.HealthCheckPath).toBeUndefined();
    const lb = (await c.send(new CreateLoadBalancerCommand({ Name: 'dr-nlb', Type: 'network', Subnets: [DR_SUBNETS[0]!] }))).LoadBalancers![0]!;
    expect(lb.DNSName).toMatch(/^dr-nlb-[0-9a-f]{16}\.elb\.us-west-2\.amazonaws\.com$/);
    expect(lb.CanonicalHostedZoneId).toBe('Z18D5FSROUN65G');
    const forward = [{ Type: 'forward' as const, TargetGroupArn: tg.TargetGroupArn }];
    await c.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'TCP', Port: 80, DefaultActions: forward }));
    await c.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'TLS', Port: 443, Certificates: [{ CertificateArn: CERT }], DefaultActions: forward }));
    const listeners = (await c.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }))).Listeners!;
    expect(listeners.map((l) => l.Protocol)).toEqual(['TCP', 'TLS']);
    expect((await rejection(c.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'TCP', Port: 80, DefaultActions: forward })))).name).toBe(
      'DuplicateListenerException',
    );
    expect((await rejection(c.send(new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'HTTP', Port: 81, DefaultActions: forward })))).name).toBe(
      'UnsupportedProtocolException',
    );
  });

  it('reports missing dependencies and invalid input with AWS error codes', async () => {
    const c = client('us-west-2');
    const subnet = await rejection(c.send(new CreateLoadBalancerCommand({ Name: 'bad', Subnets: ['subnet-0e1a1a1a1a1a1a1a1', DR_SUBNETS[0]!] })));
    expect(subnet.name).toBe('SubnetNotFoundException');
    expect(subnet.message).toContain('subnet-0e1a1a1a1a1a1a1a1');
    const group = await rejection(c.send(new CreateLoadBalancerCommand({ Name: 'bad', Subnets: DR_SUBNETS, SecurityGroups: ['sg-0a1a1a1a1a1a1a1a1'] })));
    expect(group.name).toBe('InvalidSecurityGroupException');
    const oneZone = await rejection(c.send(new CreateLoadBalancerCommand({ Name: 'bad', Subnets: [DR_SUBNETS[0]!] })));
    expect(oneZone.name).toBe('ValidationError');
    const vpc = await rejection(c.send(new CreateTargetGroupCommand({ Name: 'bad', Protocol: 'HTTP', Port: 80, VpcId: 'vpc-0a1b2c3d4e5f60718' })));
    expect(vpc.name).toBe('ValidationError');
    // An ALB listener cannot forward to a TCP target group.
    const us = client();
    const incompatible = await rejection(
      us.send(new CreateListenerCommand({ LoadBalancerArn: ALB_ARN, Protocol: 'HTTP', Port: 8080, DefaultActions: [{ Type: 'forward', TargetGroupArn: fixtureTg('nlb-tcp-80').TargetGroupArn }] })),
    );
    expect(incompatible.name).toBe('IncompatibleProtocolsException');
    const noCert = await rejection(us.send(new CreateListenerCommand({ LoadBalancerArn: ALB_ARN, Protocol: 'HTTPS', Port: 8443, DefaultActions: [{ Type: 'forward', TargetGroupArn: WEB_TG }] })));
    expect(noCert.name).toBe('CertificateNotFoundException');
    const missingTg = await rejection(
      us.send(new CreateListenerCommand({ LoadBalancerArn: ALB_ARN, Protocol: 'HTTP', Port: 8081, DefaultActions: [{ Type: 'forward', TargetGroupArn: WEB_TG.replace('web-tg', 'gone-tg') }] })),
    );
    expect(missingTg.name).toBe('TargetGroupNotFoundException');
    const protectedLb = await rejection(us.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: ALB_ARN })));
    expect(protectedLb.name).toBe('OperationNotPermittedException');
    const badAttr = await rejection(us.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerArn: ALB_ARN, Attributes: [{ Key: 'no.such.key', Value: '1' }] })));
    expect(badAttr.name).toBe('ValidationError');
  });
});
