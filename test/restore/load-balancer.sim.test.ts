/**
 * Load-balancer restore against the simulated account, through the real SDK clients: export,
 * lose or damage a load balancer, plan, apply, export again and compare.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planLoadBalancerRestore } from '../../src/restore/load-balancer.js';
import { RestoreInputError } from '../../src/restore/types.js';
import { classicElbState } from '../sim/elb.js';
import { elbv2State } from '../sim/elbv2.js';
import { ACCOUNT, ALB_FILE, apply, CERT, CERT2, creates, EAST, exportRegion, file, request, stable, startLbSim, stopLbSim, WEST, WEST_CERTS } from './lb-sim-support.js';

afterEach(stopLbSim);
const start = startLbSim;

describe('load-balancer restore against the simulated account', () => {
  it('re-creates a deleted ALB with its target groups, listeners, certificates and rules in its own region', async () => {
    const { sim: s, clients: c, ctx, repo } = await start();
    const first = await exportRegion(c, EAST, repo);
    const region = elbv2State(s.ctx, ACCOUNT).regions[EAST]!;
    const alb = region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-alb')!;
    region.listeners = region.listeners.filter((l) => l.listener.LoadBalancerArn !== alb.loadBalancer.LoadBalancerArn);
    region.loadBalancers = region.loadBalancers.filter((l) => l !== alb);
    region.targetGroups = region.targetGroups.filter((t) => t.targetGroup.TargetGroupName !== 'api-tg');

    const plan = await planLoadBalancerRestore(request(), ctx);
    expect(plan.actions.map((a) => `${a.kind} ${a.target}`).sort()).toEqual([
      'create us-east-1/application/my-alb',
      'create us-east-1/application/my-alb listener HTTP:80',
      'create us-east-1/application/my-alb listener HTTPS:443',
      'create us-east-1/application/my-alb target group api-tg',
    ]);
    await apply(plan);

    const again = await exportRegion(c, EAST);
    expect(stable(file(again, 'load-balancers/us-east-1/application/my-alb.yaml'))).toEqual(
      stable(file(first, 'load-balancers/us-east-1/application/my-alb.yaml')),
    );
    // The restored listeners forward to the restored groups, found again by name.
    const restored = elbv2State(s.ctx, ACCOUNT).regions[EAST]!;
    const apiTg = restored.targetGroups.find((t) => t.targetGroup.TargetGroupName === 'api-tg')!;
    expect(restored.listeners.some((l) => l.rules.some((r) => r.rule.Actions?.[0]?.TargetGroupArn === apiTg.targetGroup.TargetGroupArn))).toBe(true);

    // Restoring again finds nothing to do.
    expect((await planLoadBalancerRestore(request(), ctx)).actions).toEqual([]);
  });

  it("restores a listener's whole certificate list (the default one listed too), one certificate per call, and puts a drifted list back", async () => {
    const { sim: s, clients: c, ctx, repo } = await start();
    const region = elbv2State(s.ctx, ACCOUNT).regions[EAST]!;
    const https = () => region.listeners.find((l) => l.listener.Port === 443 && l.listener.LoadBalancerArn?.includes('/app/my-alb/'))!;
    const extra = ['arn:aws:acm:us-east-1:111111111111:certificate/extra-1', 'arn:aws:acm:us-east-1:111111111111:certificate/extra-2'];
    https().extraCertificates.push(...[CERT, ...extra].map((CertificateArn) => ({ CertificateArn, IsDefault: false })));
    const first = await exportRegion(c, EAST, repo);
    const listener = (parse(file(first, 'load-balancers/us-east-1/application/my-alb.yaml')!) as any).Listeners[1];
    expect(listener.AdditionalCertificates.map((x: { CertificateArn: string }) => x.CertificateArn)).toEqual([CERT, CERT2, ...extra].sort());

    const alb = region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-alb')!;
    region.listeners = region.listeners.filter((l) => l.listener.LoadBalancerArn !== alb.loadBalancer.LoadBalancerArn);
    region.loadBalancers = region.loadBalancers.filter((l) => l !== alb);
    await apply(await planLoadBalancerRestore(request(), ctx));
    const path = 'load-balancers/us-east-1/application/my-alb.yaml';
    expect(stable(file(await exportRegion(c, EAST), path))).toEqual(stable(file(first, path)));
    expect(s.ctx.log.filter((e) => e.operation === 'AddListenerCertificates')).toHaveLength(4);

    https().extraCertificates = https().extraCertificates.filter((x) => x.CertificateArn !== extra[0]);
    https().extraCertificates.push({ CertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/stray', IsDefault: false });
    const drift = await planLoadBalancerRestore(request(), ctx);
    expect(drift.actions.map((a) => `${a.kind} ${a.target}`).sort()).toEqual([
      'remove us-east-1/application/my-alb listener HTTPS:443 certificates arn:aws:acm:us-east-1:111111111111:certificate/stray',
      'update us-east-1/application/my-alb listener HTTPS:443 certificates',
    ]);
    await apply(drift);
    expect(stable(file(await exportRegion(c, EAST), path))).toEqual(stable(file(first, path)));
  });

  it('puts back drifted attributes, tags, security groups, default actions and rules of an existing NLB/ALB', async () => {
    const { sim: s, clients: c, ctx, repo } = await start();
    const first = await exportRegion(c, EAST, repo);
    const region = elbv2State(s.ctx, ACCOUNT).regions[EAST]!;
    const nlb = region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-nlb')!;
    nlb.attributes = nlb.attributes.map((a) => (a.Key === 'load_balancing.cross_zone.enabled' ? { ...a, Value: 'false' } : a));
    nlb.tags = [{ Key: 'Name', Value: 'renamed' }, { Key: 'extra', Value: 'x' }];
    const alb = region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-alb')!;
    alb.loadBalancer.SecurityGroups = ['sg-0b2b2b2b2b2b2b2b2'];
    const https = region.listeners.find((l) => l.listener.LoadBalancerArn === alb.loadBalancer.LoadBalancerArn && l.listener.Port === 443)!;
    https.listener.DefaultActions = [{ Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '503' } }];
    https.rules = https.rules.filter((r) => r.rule.Priority !== '40');
    https.rules.find((r) => r.rule.Priority === '10')!.rule.Conditions = [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/other/*'] } }];

    const nlbPlan = await planLoadBalancerRestore(request({ source: 'my-nlb' }), ctx);
    expect(nlbPlan.actions.map((a) => `${a.kind} ${a.target}`).sort()).toEqual([
      'tag us-east-1/network/my-nlb tags',
      'update us-east-1/network/my-nlb attributes',
    ]);
    const albPlan = await planLoadBalancerRestore(request(), ctx);
    expect(albPlan.actions.map((a) => `${a.kind} ${a.target}`).sort()).toEqual([
      'create us-east-1/application/my-alb listener HTTPS:443 rule 40',
      'update us-east-1/application/my-alb listener HTTPS:443',
      'update us-east-1/application/my-alb listener HTTPS:443 rule 10',
      'update us-east-1/application/my-alb security groups',
    ]);
    await apply(nlbPlan);
    await apply(albPlan);
    const again = await exportRegion(c, EAST);
    for (const path of ['load-balancers/us-east-1/network/my-nlb.yaml', 'load-balancers/us-east-1/application/my-alb.yaml']) {
      expect(stable(file(again, path)), path).toEqual(stable(file(first, path)));
    }
  });

  it('restores the ALB into the DR region with mapped subnets, security groups and certificates', async () => {
    const { clients: c, ctx, repo } = await start();
    const first = await exportRegion(c, EAST, repo);

    const missingInputs = planLoadBalancerRestore(request({ region: WEST }), ctx);
    await expect(missingInputs).rejects.toBeInstanceOf(RestoreInputError);
    await expect(missingInputs).rejects.toThrow(/option subnets=[\s\S]*option security-groups=[\s\S]*option certificates=/);

    const options = {
      subnets: 'subnet-0d2a2a2a2a2a2a2a2,subnet-0d2b2b2b2b2b2b2b2',
      'security-groups': 'sg-0d3a3a3a3a3a3a3a3',
      certificates: WEST_CERTS,
    };
    // Access logs go only to a bucket of the load balancer's region: without log-bucket they are said to be left off.
    const withoutLogs = await planLoadBalancerRestore(request({ region: WEST, source: ALB_FILE, options }), ctx);
    expect(withoutLogs.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/new DNS name/),
      expect.stringMatching(/^not restored: access logs to S3 bucket elb-logs-111111111111 — .*set the option log-bucket=<bucket in us-west-2>/),
    ]);
    const plan = await planLoadBalancerRestore(request({ region: WEST, source: ALB_FILE, options: { ...options, 'log-bucket': 'elb-logs-west' } }), ctx);
    expect(plan.actions.filter((a) => a.kind === 'create')).toHaveLength(5); // 2 groups, the ALB, 2 listeners
    expect(plan.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/new DNS name/)]);
    await apply(plan);

    const west = await exportRegion(c, WEST);
    const replace = {
      'subnet-0e1a1a1a1a1a1a1a1': 'subnet-0d2a2a2a2a2a2a2a2',
      'subnet-0e1b1b1b1b1b1b1b1': 'subnet-0d2b2b2b2b2b2b2b2',
      'us-east-1a': 'us-west-2a',
      'us-east-1b': 'us-west-2b',
      'sg-0a1a1a1a1a1a1a1a1': 'sg-0d3a3a3a3a3a3a3a3',
      'vpc-0a1b2c3d4e5f60718': 'vpc-0d2b3c4d5e6f70819',
      [CERT]: 'arn:aws:acm:us-west-2:111111111111:certificate/west-1',
      [CERT2]: 'arn:aws:acm:us-west-2:111111111111:certificate/west-2',
      [EAST]: WEST,
      Z35SXDOTRQ7X7K: 'Z1H1FL5HABSF5',
      'elb-logs-111111111111': 'elb-logs-west',
    };
    expect(stable(file(west, 'load-balancers/us-west-2/application/my-alb.yaml'))).toEqual(
      stable(file(first, 'load-balancers/us-east-1/application/my-alb.yaml'), replace),
    );
  });

  it('mutual TLS: a drifted mode put back, and in the DR region the trust store mapped or one clear error', async () => {
    const { sim: s, clients: c, ctx, repo } = await start();
    const store = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:truststore/clients/0123456789abcdef';
    const westStore = 'arn:aws:elasticloadbalancing:us-west-2:111111111111:truststore/clients/fedcba9876543210';
    const https = elbv2State(s.ctx, ACCOUNT).regions[EAST]!.listeners.find((l) => l.listener.Port === 443 && l.listener.LoadBalancerArn?.includes('/app/my-alb/'))!;
    https.listener.MutualAuthentication = { Mode: 'verify', TrustStoreArn: store, IgnoreClientCertificateExpiry: false };
    const first = await exportRegion(c, EAST, repo);
    https.listener.MutualAuthentication = { Mode: 'off' };
    const drift = await planLoadBalancerRestore(request(), ctx);
    expect(drift.actions.map((a) => `${a.kind} ${a.target}: ${a.reason}`)).toEqual([
      'update us-east-1/application/my-alb listener HTTPS:443: differs from the export: mutual authentication',
    ]);
    await apply(drift);
    const path = 'load-balancers/us-east-1/application/my-alb.yaml';
    expect(stable(file(await exportRegion(c, EAST), path))).toEqual(stable(file(first, path)));

    const options = { subnets: 'subnet-0d2a2a2a2a2a2a2a2,subnet-0d2b2b2b2b2b2b2b2', 'security-groups': 'sg-0d3a3a3a3a3a3a3a3', certificates: WEST_CERTS, 'log-bucket': 'elb-logs-west' };
    await expect(planLoadBalancerRestore(request({ region: WEST, options }), ctx)).rejects.toThrow(
      `trust store ${store} is in us-east-1, not us-west-2: set the option trust-stores=${store}=<trust store ARN in us-west-2>`,
    );
    await apply(await planLoadBalancerRestore(request({ region: WEST, options: { ...options, 'trust-stores': `${store}=${westStore}` } }), ctx));
    const west = elbv2State(s.ctx, ACCOUNT).regions[WEST]!.listeners.find((l) => l.listener.Port === 443)!;
    expect(west.listener.MutualAuthentication).toEqual({ Mode: 'verify', TrustStoreArn: westStore, IgnoreClientCertificateExpiry: false });
  });

  it('a missing subnet or security group is one clear error before any change', async () => {
    const { sim: s, clients: c, ctx, repo } = await start();
    await exportRegion(c, EAST, repo);
    s.ctx.log.length = 0;
    const options = { subnets: 'subnet-0d2a2a2a2a2a2a2a2,subnet-0dffffffffffffff0', 'security-groups': 'sg-0dfffffffffffffff', certificates: WEST_CERTS };
    const attempt = planLoadBalancerRestore(request({ region: WEST, options }), ctx);
    await expect(attempt).rejects.toBeInstanceOf(RestoreInputError);
    await expect(attempt).rejects.toThrow(/subnet\(s\) subnet-0dffffffffffffff0 do not exist in us-west-2[\s\S]*security group\(s\) sg-0dfffffffffffffff do not exist/);
    expect(creates(s)).toEqual([]);
  });

  it('rejects an unknown load balancer, an unknown file and a region that is neither backed up nor DR', async () => {
    const { clients: c, ctx, repo } = await start();
    await exportRegion(c, EAST, repo);
    await expect(planLoadBalancerRestore(request({ source: 'nope' }), ctx)).rejects.toThrow(/no export of a load balancer named "nope"/);
    await expect(planLoadBalancerRestore(request({ source: 'exports/main/load-balancers/x.yaml' }), ctx)).rejects.toThrow(/does not exist at this commit/);
    await expect(planLoadBalancerRestore(request({ region: 'eu-west-3' }), ctx)).rejects.toThrow(/neither a backed-up region .* nor the DR region; use one of us-east-1, us-west-2/);
  });

  it('re-creates a deleted classic load balancer with its listeners, policies, health check, attributes and tags', async () => {
    const { sim: s, clients: c, ctx, repo } = await start();
    const first = await exportRegion(c, EAST, repo);
    const region = classicElbState(s.ctx, ACCOUNT).regions[EAST]!;
    region.loadBalancers = region.loadBalancers.filter((l) => l.description.LoadBalancerName !== 'my-classic-elb');

    const plan = await planLoadBalancerRestore(request({ source: 'my-classic-elb' }), ctx);
    expect(plan.actions.map((a) => `${a.kind} ${a.target}`)).toEqual(['create us-east-1/classic/my-classic-elb']);
    await apply(plan);
    const again = await exportRegion(c, EAST);
    const path = 'load-balancers/us-east-1/classic/my-classic-elb.yaml';
    expect(stable(file(again, path))).toEqual(stable(file(first, path)));
  });
});
