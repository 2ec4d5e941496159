/**
 * Tagging of any ELBv2 resource (load balancer, target group, listener, rule), found by the
 * kind its ARN names: DescribeTags, AddTags, RemoveTags.
 */
import type { Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { required } from './elb-query.js';
import { checkTagKeys, mergeTags } from './elb-tags.js';
import { findLb, findListener, findRule, findTg } from './elbv2-lookups.js';
import type { Call, Operation } from './elbv2-state.js';
import { listParam as list, tooManyMembers } from './query.js';
import { SimError } from './types.js';

/** Tags of any ELBv2 resource, found by the kind its ARN names. */
function taggable(call: Call, arn: string): { tags: Tag[]; set(tags: Tag[]): void } {
  if (arn.includes(':loadbalancer/')) {
    const lb = findLb(call, arn);
    return { tags: lb.tags, set: (t) => (lb.tags = t) };
  }
  if (arn.includes(':targetgroup/')) {
    const tg = findTg(call, arn);
    return { tags: tg.tags, set: (t) => (tg.tags = t) };
  }
  if (arn.includes(':listener-rule/')) {
    const { rule } = findRule(call, arn);
    if (!rule) throw new SimError('OperationNotPermitted', `Default rule '${arn}' cannot be tagged`);
    return { tags: rule.tags, set: (t) => (rule.tags = t) };
  }
  if (arn.includes(':listener/')) {
    const listener = findListener(call, arn);
    return { tags: listener.tags, set: (t) => (listener.tags = t) };
  }
  throw new SimError('ValidationError', `'${arn}' is not a valid load balancer, target group, listener or rule ARN`);
}

export const taggingOperations: Record<string, Operation> = {
  DescribeTags(call) {
    const arns = list<string>(required(call.params, 'ResourceArns'));
    if (arns.length > 20) throw tooManyMembers('ResourceArns', arns.length, 20);
    return { TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: taggable(call, arn).tags })) };
  },

  AddTags(call) {
    const arns = list<string>(required(call.params, 'ResourceArns'));
    if (arns.length > 20) throw tooManyMembers('ResourceArns', arns.length, 20);
    const tags = list<Tag>(required(call.params, 'Tags'));
    checkTagKeys(tags);
    for (const arn of arns) {
      const resource = taggable(call, arn);
      resource.set(mergeTags(resource.tags, tags, 50, arn));
    }
  },

  RemoveTags(call) {
    const arns = list<string>(required(call.params, 'ResourceArns'));
    if (arns.length > 20) throw tooManyMembers('ResourceArns', arns.length, 20);
    const keys = new Set(list<string>(required(call.params, 'TagKeys')));
    for (const arn of arns) {
      const resource = taggable(call, arn);
      resource.set(resource.tags.filter((t) => !keys.has(t.Key!)));
    }
  },
};
