import { describe, expect, it } from 'vitest';
import { exportLoadBalancersV2 } from '../../src/export/elbv2.js';
import { count, stubClient } from '../support/elbv2-export-stub.js';
import { EXTRA_LBS, REGION, sampleWorld, TCP_TLS, tgArn, WEB_HTTPS } from '../support/elbv2-export-world.js';

// The AWS calls the export makes: only those needed, tags in batches, bounded concurrency.
describe('exportLoadBalancersV2', () => {
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
