/**
 * ELBv2 listener rule changes: create, modify (the default rule's actions only), delete,
 * and priority swaps checked as one batch.
 */
import type { Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { required } from './elb-query.js';
import { checkTagKeys, mergeTags } from './elb-tags.js';
import { checkActions, checkConditions, checkPriority } from './elbv2-checks.js';
import { lbType } from './elbv2-defaults.js';
import { newRuleArn } from './elbv2-names.js';
import { defaultRule, findListener, findRule, lbOfListener } from './elbv2-lookups.js';
import type { Operation, V2Rule } from './elbv2-state.js';
import { listParam as list } from './query.js';
import { SimError } from './types.js';

export const ruleOperations: Record<string, Operation> = {
  CreateRule(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    const lb = lbOfListener(call, listener);
    if (lbType(lb.loadBalancer) === 'network') throw new SimError('ValidationError', 'Rules are not supported for Network Load Balancer listeners');
    const priority = Number(required(call.params, 'Priority'));
    checkPriority(listener, priority);
    const conditions = checkConditions(required(call.params, 'Conditions'));
    const actions = checkActions(call, lb, required(call.params, 'Actions'), true);
    const tags = list<Tag>(call.params.Tags);
    checkTagKeys(tags);
    const arn = newRuleArn(call.sim, listener.listener.ListenerArn!);
    const rule: V2Rule = {
      rule: { RuleArn: arn, Priority: String(priority), Conditions: conditions, Actions: actions, IsDefault: false },
      tags: mergeTags([], tags, 50, arn),
    };
    listener.rules.push(rule);
    return { Rules: [rule.rule] };
  },

  DeleteRule(call) {
    const { listener, rule } = findRule(call, required(call.params, 'RuleArn'));
    if (!rule) throw new SimError('OperationNotPermitted', 'Default rule cannot be deleted');
    listener.rules = listener.rules.filter((r) => r !== rule);
  },

  ModifyRule(call) {
    const { listener, rule } = findRule(call, required(call.params, 'RuleArn'));
    const lb = lbOfListener(call, listener);
    if (!rule) {
      // Modifying the default rule's actions is what ModifyListener DefaultActions does; AWS allows only actions here.
      if (call.params.Conditions !== undefined) throw new SimError('OperationNotPermitted', 'Conditions of the default rule cannot be modified');
      if (call.params.Actions !== undefined) listener.listener.DefaultActions = checkActions(call, lb, call.params.Actions, true);
      return { Rules: [defaultRule(listener)] };
    }
    if (call.params.Conditions !== undefined) rule.rule.Conditions = checkConditions(call.params.Conditions);
    if (call.params.Actions !== undefined) rule.rule.Actions = checkActions(call, lb, call.params.Actions, true);
    return { Rules: [rule.rule] };
  },

  SetRulePriorities(call) {
    const pairs = list<{ RuleArn: string; Priority: number }>(required(call.params, 'RulePriorities'));
    const found = pairs.map((p) => ({ ...findRule(call, p.RuleArn), priority: p.Priority }));
    for (const f of found) if (!f.rule) throw new SimError('OperationNotPermitted', 'The priority of the default rule cannot be changed');
    const moving = new Set(found.map((f) => f.rule!.rule.RuleArn));
    const seen = new Set<string>();
    for (const f of found) {
      const key = `${f.listener.listener.ListenerArn}|${f.priority}`;
      if (seen.has(key)) throw new SimError('PriorityInUse', `Priority '${f.priority}' is specified more than once`);
      seen.add(key);
      if (!Number.isInteger(f.priority) || f.priority < 1 || f.priority > 50000) {
        throw new SimError('ValidationError', `Priority '${f.priority}' must be between 1 and 50000`);
      }
      if (f.listener.rules.some((r) => !moving.has(r.rule.RuleArn) && r.rule.Priority === String(f.priority))) {
        throw new SimError('PriorityInUse', `Priority '${f.priority}' is currently in use`);
      }
    }
    for (const f of found) f.rule!.rule.Priority = String(f.priority);
    return { Rules: found.map((f) => f.rule!.rule) };
  },
};
