/**
 * ELBv2 target group changes: create (AWS's defaults per protocol, an identical repeat
 * answered with the existing group) and delete, health check and attributes, targets.
 */
import type { Tag, TargetDescription, TargetGroup, TargetGroupAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import { required } from './elb-query.js';
import { checkTagKeys, mergeTags } from './elb-tags.js';
import { checkAttributes, checkTgHealth, TG_HEALTH_FIELDS } from './elbv2-checks.js';
import { attributeList, DEFAULT_TG_ATTRIBUTES, tgFamily } from './elbv2-defaults.js';
import { NAME_PATTERN, newTgArn } from './elbv2-names.js';
import { describeTg, findTg, lbsOfTg } from './elbv2-lookups.js';
import type { Operation, V2TargetGroup } from './elbv2-state.js';
import { listParam as list } from './query.js';
import { SimError } from './types.js';

export const targetGroupOperations: Record<string, Operation> = {
  CreateTargetGroup(call) {
    const name = String(required(call.params, 'Name'));
    if (!NAME_PATTERN.test(name)) throw new SimError('ValidationError', `Target group name '${name}' must be 1-32 letters, digits or hyphens and must not begin or end with a hyphen`);
    const targetType = (call.params.TargetType as string | undefined) ?? 'instance';
    const protocol = call.params.Protocol as string | undefined;
    if (targetType !== 'lambda' && (!protocol || call.params.Port === undefined || !call.params.VpcId)) {
      throw new SimError('ValidationError', `A target group with target type '${targetType}' needs Protocol, Port and VpcId`);
    }
    const vpcs = call.region.network.subnets ? new Set([...call.region.network.subnets.values()].map((s) => s.VpcId)) : undefined;
    if (vpcs && call.params.VpcId && !vpcs.has(call.params.VpcId as string)) {
      throw new SimError('ValidationError', `The VPC ID '${String(call.params.VpcId)}' is not found`);
    }
    const http = tgFamily(protocol) === 'http';
    const p = call.params as Partial<TargetGroup>;
    const tg: Omit<TargetGroup, 'LoadBalancerArns'> = {
      TargetGroupArn: newTgArn(call.sim, call.regionName, call.account, name),
      TargetGroupName: name,
      ...(protocol ? { Protocol: protocol as TargetGroup['Protocol'] } : {}),
      ...(p.Port !== undefined ? { Port: p.Port } : {}),
      ...(p.VpcId ? { VpcId: p.VpcId } : {}),
      HealthCheckProtocol: p.HealthCheckProtocol ?? (http ? (protocol as TargetGroup['Protocol']) ?? 'HTTP' : 'TCP'),
      HealthCheckPort: p.HealthCheckPort ?? 'traffic-port',
      HealthCheckEnabled: p.HealthCheckEnabled ?? true,
      HealthCheckIntervalSeconds: p.HealthCheckIntervalSeconds ?? 30,
      HealthCheckTimeoutSeconds: p.HealthCheckTimeoutSeconds ?? (http ? 5 : 10),
      HealthyThresholdCount: p.HealthyThresholdCount ?? 5,
      UnhealthyThresholdCount: p.UnhealthyThresholdCount ?? 2,
      ...((p.HealthCheckProtocol ?? (http ? 'HTTP' : 'TCP')).startsWith('HTTP') ? { HealthCheckPath: p.HealthCheckPath ?? '/', Matcher: p.Matcher ?? { HttpCode: '200' } } : {}),
      TargetType: targetType as TargetGroup['TargetType'],
      ...(http && protocol ? { ProtocolVersion: p.ProtocolVersion ?? 'HTTP1' } : {}),
      IpAddressType: p.IpAddressType ?? 'ipv4',
    };
    checkTgHealth(tg);
    const existing = call.region.targetGroups.find((t) => t.targetGroup.TargetGroupName === name);
    if (existing) {
      const { TargetGroupArn: _a, ...a } = existing.targetGroup;
      const { TargetGroupArn: _b, ...b } = tg;
      // Identical settings: AWS returns the existing group.
      if (JSON.stringify(a) === JSON.stringify(b)) return { TargetGroups: [describeTg(call.region, existing)] };
      throw new SimError('DuplicateTargetGroupName', `A target group with the same name '${name}' exists, but with different settings`);
    }
    const tags = list<Tag>(call.params.Tags);
    checkTagKeys(tags);
    const created: V2TargetGroup = {
      targetGroup: tg,
      attributes: attributeList(DEFAULT_TG_ATTRIBUTES[tgFamily(protocol)]),
      tags: mergeTags([], tags, 50, tg.TargetGroupArn!),
      targets: [],
    };
    call.region.targetGroups.push(created);
    return { TargetGroups: [describeTg(call.region, created)] };
  },

  DeleteTargetGroup(call) {
    const tg = findTg(call, required(call.params, 'TargetGroupArn'));
    const arn = tg.targetGroup.TargetGroupArn!;
    if (lbsOfTg(call.region, arn).length) throw new SimError('ResourceInUse', `Target group '${arn}' is currently in use by a listener or a rule`);
    call.region.targetGroups = call.region.targetGroups.filter((t) => t !== tg);
  },

  ModifyTargetGroup(call) {
    const tg = findTg(call, required(call.params, 'TargetGroupArn'));
    const next = { ...tg.targetGroup };
    for (const field of TG_HEALTH_FIELDS) {
      if (call.params[field] !== undefined) (next as Record<string, unknown>)[field] = call.params[field];
    }
    checkTgHealth(next);
    tg.targetGroup = next;
    return { TargetGroups: [describeTg(call.region, tg)] };
  },

  ModifyTargetGroupAttributes(call) {
    const tg = findTg(call, required(call.params, 'TargetGroupArn'));
    const changes = list<TargetGroupAttribute>(required(call.params, 'Attributes'));
    const known = new Set([
      ...Object.keys(DEFAULT_TG_ATTRIBUTES[tgFamily(tg.targetGroup.Protocol)]),
      'stickiness.app_cookie.cookie_name',
      'stickiness.app_cookie.duration_seconds',
      'load_balancing.algorithm.anomaly_mitigation',
      'target_group_health.dns_failover.minimum_healthy_targets.count',
      'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count',
    ]);
    checkAttributes(known, changes);
    const merged = new Map(tg.attributes.map((a) => [a.Key!, a.Value ?? '']));
    for (const c of changes) merged.set(c.Key!, c.Value ?? '');
    tg.attributes = [...merged].map(([Key, Value]) => ({ Key, Value }));
    return { Attributes: tg.attributes };
  },

  RegisterTargets(call) {
    const tg = findTg(call, required(call.params, 'TargetGroupArn'));
    const targets = list<TargetDescription>(required(call.params, 'Targets'));
    const type = tg.targetGroup.TargetType ?? 'instance';
    const inUse = lbsOfTg(call.region, tg.targetGroup.TargetGroupArn!).length > 0;
    for (const t of targets) {
      const valid =
        type === 'instance' ? /^i-[0-9a-f]{8,17}$/.test(t.Id ?? '') : type === 'ip' ? /^[0-9a-fA-F.:]+$/.test(t.Id ?? '') : Boolean(t.Id);
      if (!valid) throw new SimError('InvalidTarget', `The target '${String(t.Id)}' is not a valid ${type} target`);
      const port = t.Port ?? tg.targetGroup.Port;
      if (tg.targets.some((r) => r.Target?.Id === t.Id && r.Target?.Port === port)) continue;
      tg.targets.push({
        Target: { Id: t.Id, ...(port !== undefined ? { Port: port } : {}), ...(t.AvailabilityZone ? { AvailabilityZone: t.AvailabilityZone } : {}) },
        HealthCheckPort: tg.targetGroup.HealthCheckPort === 'traffic-port' ? String(port) : tg.targetGroup.HealthCheckPort,
        TargetHealth: inUse
          ? { State: 'initial', Reason: 'Elb.RegistrationInProgress', Description: 'Target registration is in progress' }
          : { State: 'unused', Reason: 'Target.NotInUse', Description: 'Target group is not configured to receive traffic from the load balancer' },
      });
    }
  },
};
