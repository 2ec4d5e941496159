/**
 * What a load-balancer restore cannot put back is said in the plan ("not restored: <what> —
 * <why, how by hand>") instead of being dropped: registered instances and targets, fields this
 * version does not know, what belongs to the export's region, and drift a restore cannot
 * change in place. What it can put back on an existing classic load balancer (missing
 * policies, the policies of listeners and back-end ports) it does.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { planLoadBalancerRestore } from '../../src/restore/load-balancer.js';
import { classicElbState } from '../sim/elb.js';
import { elbv2State } from '../sim/elbv2.js';
import { ACCOUNT, apply, CERT, EAST, exportRegion, file, request, startLbSim, stopLbSim, WEST } from './lb-sim-support.js';

afterEach(stopLbSim);

const CLASSIC = 'load-balancers/us-east-1/classic/my-classic-elb.yaml';

async function editExport(repo: string, path: string, edit: (doc: any) => void): Promise<void> {
  const full = join(repo, 'exports/main', path);
  const doc = parse(await readFile(full, 'utf8'));
  edit(doc);
  await writeFile(full, stringify(doc));
}

const messages = (plan: { warnings: { message: string }[] }) => plan.warnings.map((w) => w.message);

describe('not restored: said in the plan, never dropped', () => {
  it('an existing classic load balancer: policies and certificate put back, what cannot change in place and what the file adds are said', async () => {
    const { sim: s, clients: c, ctx, repo } = await startLbSim();
    const first = await exportRegion(c, EAST, repo, true);
    await editExport(repo, CLASSIC, (doc) => (doc.LoadBalancer.FutureSetting = 'on'));
    const lb = classicElbState(s.ctx, ACCOUNT).regions[EAST]!.loadBalancers.find((l) => l.description.LoadBalancerName === 'my-classic-elb')!;
    lb.policies = lb.policies.filter((p) => p.PolicyName !== 'my-app-cookie-policy');
    const listeners = lb.description.ListenerDescriptions!;
    listeners.find((d) => d.Listener!.LoadBalancerPort === 80)!.PolicyNames = [];
    listeners.find((d) => d.Listener!.LoadBalancerPort === 443)!.Listener!.SSLCertificateId = 'arn:aws:acm:us-east-1:111111111111:certificate/other';
    listeners.find((d) => d.Listener!.LoadBalancerPort === 8443)!.Listener!.InstancePort = 9443;
    listeners.push({ Listener: { Protocol: 'HTTP', LoadBalancerPort: 8080, InstanceProtocol: 'HTTP', InstancePort: 8080 }, PolicyNames: [] });
    lb.description.BackendServerDescriptions = [];
    lb.description.Scheme = 'internal';

    const plan = await planLoadBalancerRestore(request({ source: 'my-classic-elb' }), ctx);
    expect(plan.actions.map((a) => `${a.kind} ${a.target}`).sort()).toEqual([
      'create us-east-1/classic/my-classic-elb policies my-app-cookie-policy',
      'delete us-east-1/classic/my-classic-elb listeners HTTP:8080',
      'update us-east-1/classic/my-classic-elb back-end port 8443 policies',
      'update us-east-1/classic/my-classic-elb listener HTTP:80 policies',
      'update us-east-1/classic/my-classic-elb listener HTTPS:443 certificate',
    ]);
    expect(messages(plan)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not restored: LoadBalancer fields FutureSetting — this restore does not know this field/),
        expect.stringMatching(/^not restored: registered instances i-0a1b2c3d4e5f60001, i-0a1b2c3d4e5f60002 — .*your deployment/),
        expect.stringMatching(/^not restored: us-east-1\/classic\/my-classic-elb listener TCP:8443 as exported \(live InstancePort 9443\) — .*delete it \(DeleteLoadBalancerListeners\)/),
        expect.stringMatching(/^not restored: scheme internet-facing \(live: internal\) — .*delete it and run the restore again/),
      ]),
    );
    expect(plan.warnings).toHaveLength(4);
    await apply(plan);
    const after = parse(file(await exportRegion(c, EAST, undefined, true), CLASSIC)!);
    const before = parse(file(first, CLASSIC)!);
    for (const key of ['Policies', 'BackendServerDescriptions'] as const) expect(after[key], key).toEqual(before[key]);
    expect(after.Listeners.slice(0, 2)).toEqual(before.Listeners.slice(0, 2));
    expect(after.Listeners.map((l: { LoadBalancerPort: number }) => l.LoadBalancerPort)).toEqual([80, 443, 8443]);
  });

  it('ALB/NLB: registered targets, Elastic IPs in another region, unknown fields and fixed settings that drifted are said', async () => {
    const { sim: s, clients: c, ctx, repo } = await startLbSim();
    await exportRegion(c, EAST, repo, true);
    await editExport(repo, 'load-balancers/us-east-1/application/my-alb.yaml', (doc) => (doc.Listeners[1].FutureListenerSetting = { Mode: 'strict' }));

    const nlb = await planLoadBalancerRestore(
      request({ source: 'my-nlb', region: WEST, options: { subnets: 'subnet-0d2a2a2a2a2a2a2a2,subnet-0d2c2c2c2c2c2c2c2', certificates: `${CERT}=arn:aws:acm:us-west-2:111111111111:certificate/west-1` } }),
      ctx,
    );
    expect(messages(nlb)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not restored: Elastic IPs eipalloc-0a1b2c3d4e5f60718 \(us-east-1a\) — Elastic IPs belong to us-east-1; .*SetSubnets/),
        expect.stringMatching(/^not restored: registered targets of target group nlb-tcp-80 \(i-0a1b2c3d4e5f60021:80\) — /),
      ]),
    );

    const region = elbv2State(s.ctx, ACCOUNT).regions[EAST]!;
    region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-alb')!.loadBalancer.Scheme = 'internal';
    region.targetGroups.find((t) => t.targetGroup.TargetGroupName === 'api-tg')!.targetGroup.Port = 9090;
    const alb = await planLoadBalancerRestore(request(), ctx);
    expect(alb.actions).toEqual([]);
    expect(messages(alb)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^not restored: listener HTTPS:443 fields FutureListenerSetting — /),
        expect.stringMatching(/^not restored: Scheme internet-facing \(live: internal\) — .*delete it and run the restore again/),
        expect.stringMatching(/^not restored: target group api-tg Port 8080 \(live: 9090\) — /),
        expect.stringMatching(/^not restored: registered targets of target group web-tg /),
      ]),
    );
  });
});
