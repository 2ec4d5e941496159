import { describe, expect, it } from 'vitest';
import { exportLoadBalancersV2 } from '../../src/export/elbv2.js';
import { fileOf, stubClient, TCP_PATH, WEB_PATH } from '../support/elbv2-export-stub.js';
import { EXTRA_LBS, lbArn, REGION, sampleWorld, tgArn, WEB_HTTPS } from '../support/elbv2-export-world.js';

// Failed calls: which files are kept, which load balancer is named, when a scope is complete.
const notFound = (message: string): Error => Object.assign(new Error(message), { name: 'LoadBalancerNotFoundException' });

describe('exportLoadBalancersV2', () => {
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
});
