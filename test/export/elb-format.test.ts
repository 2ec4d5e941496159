import { describe, expect, it } from 'vitest';
import type { Action, Rule } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  actionDocuments,
  actionsToApi,
  classicLoadBalancerDocument,
  classicLoadBalancerPath,
  keyValueList,
  keyValueMap,
  loadBalancerV2Document,
  loadBalancerV2Path,
} from '../../src/export/lb-format.js';

const tg = (name: string): string => `arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/${name}/abc`;
const names = new Map([
  [tg('blue'), 'blue'],
  [tg('green'), 'green'],
]);

describe('load balancer paths', () => {
  it('places files by region and type', () => {
    expect(classicLoadBalancerPath('eu-west-1', 'old')).toBe('load-balancers/eu-west-1/classic/old.yaml');
    expect(loadBalancerV2Path('eu-west-1', 'gateway', 'gw')).toBe('load-balancers/eu-west-1/gateway/gw.yaml');
  });
});

describe('key/value maps', () => {
  it('sorts by key and converts back to the API list', () => {
    const list = [
      { Key: 'z', Value: '1' },
      { Key: 'a', Value: 'true' },
      { Key: 'm', Value: undefined },
    ];
    const map = keyValueMap(list);
    expect(Object.keys(map)).toEqual(['a', 'm', 'z']);
    expect(keyValueList(map)).toEqual([
      { Key: 'a', Value: 'true' },
      { Key: 'm', Value: '' },
      { Key: 'z', Value: '1' },
    ]);
  });
});

describe('actions', () => {
  const actions: Action[] = [
    {
      Type: 'forward',
      Order: 3,
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: tg('green'), Weight: 1 },
          { TargetGroupArn: tg('blue'), Weight: 9 },
        ],
        TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 60 },
      },
    },
    { Type: 'authenticate-cognito', Order: 1, AuthenticateCognitoConfig: { UserPoolArn: 'arn:pool', UserPoolClientId: 'c', UserPoolDomain: 'd' } },
    { Type: 'forward', Order: 2, TargetGroupArn: tg('blue') },
  ];

  it('keeps them in Order and names every target group they use', () => {
    const docs = actionDocuments(actions, names);
    expect(docs.map((a) => a.Order)).toEqual([1, 2, 3]);
    expect(docs[1]).toEqual({ Type: 'forward', Order: 2, TargetGroupName: 'blue', TargetGroupArn: tg('blue') });
    expect(docs[2]?.ForwardConfig?.TargetGroups).toEqual([
      { TargetGroupName: 'blue', TargetGroupArn: tg('blue'), Weight: 9 },
      { TargetGroupName: 'green', TargetGroupArn: tg('green'), Weight: 1 },
    ]);
  });

  it('turns back into the API actions, unchanged or re-linked by name', () => {
    const docs = actionDocuments(actions, names);
    const back = actionsToApi(docs);
    expect(back).toEqual([actions[1], actions[2], { ...actions[0], ForwardConfig: { ...actions[0]?.ForwardConfig, TargetGroups: [
      { TargetGroupArn: tg('blue'), Weight: 9 },
      { TargetGroupArn: tg('green'), Weight: 1 },
    ] } }]);
    expect(JSON.stringify(back)).not.toContain('TargetGroupName');

    const recreated = actionsToApi(docs, (ref) => (ref.TargetGroupName ? `new:${ref.TargetGroupName}` : undefined));
    expect(recreated[1]?.TargetGroupArn).toBe('new:blue');
    expect(recreated[2]?.ForwardConfig?.TargetGroups?.map((t) => t.TargetGroupArn)).toEqual(['new:blue', 'new:green']);
  });

  it('keeps fields it does not know (added by AWS later)', () => {
    const future = [{ Type: 'forward', Order: 1, TargetGroupArn: tg('blue'), NewThing: { B: 1, A: 2 } } as Action];
    const [doc] = actionDocuments(future, names);
    expect(doc).toMatchObject({ NewThing: { A: 2, B: 1 } });
    expect(actionsToApi([doc!])).toEqual(future);
  });
});

describe('loadBalancerV2Document', () => {
  const rules: Rule[] = [
    {
      RuleArn: 'r-7',
      Priority: '7',
      Conditions: [
        { Field: 'host-header', Values: ['b.example', 'a.example'], HostHeaderConfig: { Values: ['b.example', 'a.example'] } },
        { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'v', Value: '2' }, { Key: 'a', Value: '1' }] } },
      ],
      Actions: [{ Type: 'forward', TargetGroupArn: tg('green'), Order: 1 }],
      Transforms: [
        { Type: 'url-rewrite', UrlRewriteConfig: { Rewrites: [{ Regex: '^/z', Replace: '/' }] } },
        { Type: 'host-header-rewrite', HostHeaderRewriteConfig: { Rewrites: [{ Regex: 'a', Replace: 'b' }] } },
      ],
    },
    { RuleArn: 'r-d', Priority: 'default', IsDefault: true, Conditions: [], Actions: [] },
  ];
  const doc = loadBalancerV2Document({
    region: 'us-east-1',
    loadBalancer: { LoadBalancerName: 'x', LoadBalancerArn: 'lb', Type: 'application', State: { Code: 'active' }, CreatedTime: new Date(0) },
    attributes: [],
    tags: [],
    listeners: [{ listener: { ListenerArn: 'l', Port: 80, Protocol: 'HTTP', LoadBalancerArn: 'lb', DefaultActions: [] }, rules, certificates: [] }],
    targetGroups: [],
    targetGroupNames: names,
  });

  it('drops volatile fields and the listener\'s load balancer back-reference', () => {
    expect(doc.LoadBalancer).toEqual({ LoadBalancerName: 'x', LoadBalancerArn: 'lb', Type: 'application' });
    expect(doc.Listeners[0]).not.toHaveProperty('LoadBalancerArn');
  });

  it('keeps rule conditions in the config form only, values sorted, transforms in order', () => {
    const [rule] = doc.Listeners[0]?.Rules ?? [];
    expect(doc.Listeners[0]?.Rules).toHaveLength(1);
    expect(rule?.Priority).toBe(7);
    expect(rule?.Conditions).toEqual([
      { Field: 'host-header', HostHeaderConfig: { Values: ['a.example', 'b.example'] } },
      { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'a', Value: '1' }, { Key: 'v', Value: '2' }] } },
    ]);
    expect(rule?.Transforms?.map((t) => t.Type)).toEqual(['url-rewrite', 'host-header-rewrite']);
    expect(rule?.Actions[0]?.TargetGroupName).toBe('green');
  });

  it('keeps legacy condition values that the config does not hold', () => {
    const only = loadBalancerV2Document({
      region: 'us-east-1',
      loadBalancer: { LoadBalancerName: 'x', Type: 'application' },
      attributes: [],
      tags: [],
      listeners: [
        {
          listener: { ListenerArn: 'l', Port: 80, Protocol: 'HTTP' },
          rules: [{ Priority: '1', Conditions: [{ Field: 'path-pattern', Values: ['/b', '/a'] }], Actions: [] }],
          certificates: [],
        },
      ],
      targetGroups: [],
      targetGroupNames: names,
    });
    expect(only.Listeners[0]?.Rules[0]?.Conditions).toEqual([{ Field: 'path-pattern', Values: ['/a', '/b'] }]);
  });
});

describe('classicLoadBalancerDocument', () => {
  it('drops unattached predefined policies but keeps the load balancer\'s own, attached or not', () => {
    const doc = classicLoadBalancerDocument({
      region: 'us-east-1',
      description: {
        LoadBalancerName: 'c',
        ListenerDescriptions: [{ Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstancePort: 80 }, PolicyNames: ['ELBSecurityPolicy-2016-08'] }],
      },
      attributes: undefined,
      policies: [
        { PolicyName: 'ELBSecurityPolicy-2016-08', PolicyTypeName: 'SSLNegotiationPolicyType' },
        { PolicyName: 'ELBSecurityPolicy-2015-05', PolicyTypeName: 'SSLNegotiationPolicyType' },
        { PolicyName: 'ELBSample-OpenSSLDefaultCipherPolicy', PolicyTypeName: 'SSLNegotiationPolicyType' },
        { PolicyName: 'AWSConsole-SSLNegotiationPolicy-c-1', PolicyTypeName: 'SSLNegotiationPolicyType' },
      ],
      tags: [],
      includeInstances: false,
    });
    expect(doc.Policies.map((p) => p.PolicyName)).toEqual(['AWSConsole-SSLNegotiationPolicy-c-1', 'ELBSecurityPolicy-2016-08']);
    expect(doc).not.toHaveProperty('Instances');
  });
});
