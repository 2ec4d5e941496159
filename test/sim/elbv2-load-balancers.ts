/**
 * ELBv2 load balancer changes a restore makes: create and delete (deletion protection
 * honoured), attributes (log buckets checked), security groups and subnets.
 */
import type { LoadBalancerAttribute, Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { checkLogBucket } from './elb-logs.js';
import { canonicalZoneId, checkSecurityGroups } from './elb-network.js';
import { required } from './elb-query.js';
import { checkTagKeys, mergeTags } from './elb-tags.js';
import { checkAttributes, networkOf } from './elbv2-checks.js';
import { attributeList, DEFAULT_LB_ATTRIBUTES, lbType } from './elbv2-defaults.js';
import { dnsName, NAME_PATTERN, newLbArn } from './elbv2-names.js';
import { findLb } from './elbv2-lookups.js';
import type { Operation, V2LoadBalancer } from './elbv2-state.js';
import { listParam as list } from './query.js';
import { SimError } from './types.js';

export const loadBalancerOperations: Record<string, Operation> = {
  CreateLoadBalancer(call) {
    const name = String(required(call.params, 'Name'));
    if (!NAME_PATTERN.test(name) || name.startsWith('internal-')) {
      throw new SimError('ValidationError', `Load balancer name '${name}' must be 1-32 letters, digits or hyphens, must not begin or end with a hyphen and must not begin with 'internal-'`);
    }
    const type = (call.params.Type as string | undefined) ?? 'application';
    if (type !== 'application' && type !== 'network') throw new SimError('ValidationError', `Load balancer type '${type}' is not supported by the simulator (application, network)`);
    const scheme = (call.params.Scheme as string | undefined) ?? 'internet-facing';
    if (scheme !== 'internet-facing' && scheme !== 'internal') throw new SimError('InvalidScheme', `Invalid scheme '${scheme}'`);
    const existing = call.region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === name);
    if (existing) {
      // AWS answers a repeated create with identical settings with the existing load balancer.
      if (existing.loadBalancer.Type === type && existing.loadBalancer.Scheme === scheme) return { LoadBalancers: [existing.loadBalancer] };
      throw new SimError('DuplicateLoadBalancerName', `A load balancer with the same name '${name}' exists, but with different settings`);
    }
    const zones = networkOf(call, list<string>(call.params.Subnets), list(call.params.SubnetMappings), type);
    const groups = checkSecurityGroups(call.region.network, list<string>(call.params.SecurityGroups));
    const tags = list<Tag>(call.params.Tags);
    checkTagKeys(tags);
    const vpc = call.region.network.subnets?.get(zones[0]!.SubnetId!)?.VpcId;
    const arn = newLbArn(call.sim, call.regionName, call.account, type, name);
    const lb: V2LoadBalancer = {
      loadBalancer: {
        LoadBalancerArn: arn,
        DNSName: dnsName(call.sim, type, name, call.regionName, scheme),
        CanonicalHostedZoneId: canonicalZoneId(call.regionName, type),
        CreatedTime: new Date(call.sim.now()),
        LoadBalancerName: name,
        Scheme: scheme,
        ...(vpc ? { VpcId: vpc } : {}),
        State: { Code: 'active' },
        Type: type,
        AvailabilityZones: zones,
        ...(type === 'application' || groups.length ? { SecurityGroups: groups.map((g) => g.GroupId) } : {}),
        IpAddressType: (call.params.IpAddressType as 'ipv4' | undefined) ?? 'ipv4',
      },
      attributes: attributeList(DEFAULT_LB_ATTRIBUTES[type]),
      tags: mergeTags([], tags, 50, arn),
    };
    call.region.loadBalancers.push(lb);
    return { LoadBalancers: [lb.loadBalancer] };
  },

  DeleteLoadBalancer(call) {
    const arn = required(call.params, 'LoadBalancerArn');
    const lb = call.region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerArn === arn);
    // Deleting a load balancer that does not exist succeeds, like AWS.
    if (!lb) return;
    if (lb.attributes.some((a) => a.Key === 'deletion_protection.enabled' && a.Value === 'true')) {
      throw new SimError('OperationNotPermitted', `Load balancer '${String(arn)}' cannot be deleted because deletion protection is enabled`);
    }
    call.region.loadBalancers = call.region.loadBalancers.filter((l) => l !== lb);
    call.region.listeners = call.region.listeners.filter((l) => l.listener.LoadBalancerArn !== arn);
  },

  ModifyLoadBalancerAttributes(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerArn'));
    const changes = list<LoadBalancerAttribute>(required(call.params, 'Attributes'));
    checkAttributes(new Set(Object.keys(DEFAULT_LB_ATTRIBUTES[lbType(lb.loadBalancer)])), changes);
    const merged = new Map(lb.attributes.map((a) => [a.Key!, a.Value ?? '']));
    for (const c of changes) merged.set(c.Key!, c.Value ?? '');
    if (merged.get('access_logs.s3.enabled') === 'true' && !merged.get('access_logs.s3.bucket')) {
      throw new SimError('InvalidConfigurationRequest', 'The value of access_logs.s3.bucket cannot be empty when access logs are enabled');
    }
    for (const [key, value] of merged) {
      const kind = /^(.+)\.s3\.bucket$/.exec(key)?.[1];
      if (kind && merged.get(`${kind}.s3.enabled`) === 'true') checkLogBucket(call.sim, call.account, call.regionName, value);
    }
    lb.attributes = [...merged].map(([Key, Value]) => ({ Key, Value }));
    return { Attributes: lb.attributes };
  },

  SetSecurityGroups(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerArn'));
    const groups = checkSecurityGroups(call.region.network, list<string>(call.params.SecurityGroups));
    if (lbType(lb.loadBalancer) === 'network' && !lb.loadBalancer.SecurityGroups?.length && groups.length) {
      throw new SimError('InvalidConfigurationRequest', 'You cannot set security groups on a Network Load Balancer which was created without any security groups');
    }
    lb.loadBalancer.SecurityGroups = groups.map((g) => g.GroupId);
    return { SecurityGroupIds: lb.loadBalancer.SecurityGroups };
  },

  SetSubnets(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerArn'));
    lb.loadBalancer.AvailabilityZones = networkOf(call, list<string>(call.params.Subnets), list(call.params.SubnetMappings), lbType(lb.loadBalancer));
    return { AvailabilityZones: lb.loadBalancer.AvailabilityZones, IpAddressType: lb.loadBalancer.IpAddressType };
  },
};
