/**
 * The write side of the simulated Classic Load Balancing: create and delete, listeners,
 * health check, attributes, policies, tags and instances — what a restore calls.
 */
import type { HealthCheck, Instance, Listener, LoadBalancerAttributes, PolicyAttribute, Tag } from '@aws-sdk/client-elastic-load-balancing';
import { checkCertificateRegion } from './elb-certificates.js';
import { addListeners, checkHealthCheck, checkPolicyNames, findLb, POLICY_TYPES } from './elb-classic-checks.js';
import { classicDnsName, DEFAULT_ATTRIBUTES } from './elb-classic-state.js';
import type { ClassicLoadBalancer, Operation } from './elb-classic-state.js';
import { checkLogBucket } from './elb-logs.js';
import { canonicalZoneId, checkSecurityGroups, checkSubnets } from './elb-network.js';
import { required } from './elb-query.js';
import { checkTagKeys, mergeTags } from './elb-tags.js';
import { listParam as list } from './query.js';
import { SimError } from './types.js';

export const changeOperations: Record<string, Operation> = {
  CreateLoadBalancer(call) {
    const name = String(required(call.params, 'LoadBalancerName'));
    if (!/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/.test(name)) {
      throw new SimError('ValidationError', `LoadBalancerName '${name}' must be 1-32 letters, digits or hyphens and must not begin or end with a hyphen`);
    }
    if (call.region.loadBalancers.some((l) => l.description.LoadBalancerName === name)) {
      throw new SimError('DuplicateLoadBalancerName', `Load Balancer named '${name}' already exists`);
    }
    const subnets = checkSubnets(call.region.network, list<string>(call.params.Subnets), 'SubnetNotFound');
    const groups = checkSecurityGroups(call.region.network, list<string>(call.params.SecurityGroups), 'InvalidSecurityGroup');
    const zones = list<string>(call.params.AvailabilityZones);
    if (!subnets.length && !zones.length) {
      throw new SimError('ValidationError', 'Either AvailabilityZones or SubnetIds must be specified');
    }
    const vpcs = new Set(subnets.map((s) => s.VpcId).filter(Boolean));
    if (vpcs.size > 1) throw new SimError('InvalidConfigurationRequest', 'All subnets must belong to the same VPC');
    const scheme = (call.params.Scheme as string | undefined) ?? 'internet-facing';
    if (scheme !== 'internet-facing' && scheme !== 'internal') throw new SimError('InvalidScheme', `Invalid scheme '${scheme}'`);
    const tags = list<Tag>(call.params.Tags);
    checkTagKeys(tags);
    const dnsName = classicDnsName(call.sim, name, call.regionName, scheme);
    const listeners = list<Listener>(required(call.params, 'Listeners'));
    const lb: ClassicLoadBalancer = {
      description: {
        LoadBalancerName: name,
        DNSName: dnsName,
        CanonicalHostedZoneName: dnsName,
        CanonicalHostedZoneNameID: canonicalZoneId(call.regionName, 'classic'),
        ListenerDescriptions: [],
        BackendServerDescriptions: [],
        AvailabilityZones: subnets.length ? [...new Set(subnets.map((s) => s.AvailabilityZone ?? `${call.regionName}a`))] : zones,
        Subnets: subnets.map((s) => s.SubnetId),
        ...(vpcs.size ? { VPCId: [...vpcs][0] } : {}),
        Instances: [],
        HealthCheck: {
          Target: `TCP:${listeners[0]?.InstancePort ?? 80}`,
          Interval: 30,
          Timeout: 5,
          UnhealthyThreshold: 2,
          HealthyThreshold: 10,
        },
        SourceSecurityGroup: { OwnerAlias: call.account, GroupName: groups[0]?.GroupName ?? 'default' },
        SecurityGroups: groups.map((g) => g.GroupId),
        CreatedTime: new Date(call.sim.now()),
        Scheme: scheme,
      },
      attributes: structuredClone(DEFAULT_ATTRIBUTES),
      tags: mergeTags([], tags, 50, name),
      policies: [],
      instanceStates: [],
    };
    addListeners(lb, listeners, call.regionName);
    call.region.loadBalancers.push(lb);
    return { DNSName: dnsName };
  },

  DeleteLoadBalancer(call) {
    const name = required(call.params, 'LoadBalancerName');
    // Deleting a load balancer that does not exist succeeds, like AWS.
    call.region.loadBalancers = call.region.loadBalancers.filter((l) => l.description.LoadBalancerName !== name);
  },

  ConfigureHealthCheck(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    lb.description.HealthCheck = checkHealthCheck(required(call.params, 'HealthCheck') as HealthCheck);
    return { HealthCheck: lb.description.HealthCheck };
  },

  ModifyLoadBalancerAttributes(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const changes = required(call.params, 'LoadBalancerAttributes') as LoadBalancerAttributes;
    if (changes.AccessLog?.Enabled && !changes.AccessLog.S3BucketName) {
      throw new SimError('InvalidConfigurationRequest', 'AccessLog requires S3BucketName when enabled');
    }
    if (changes.AccessLog?.Enabled) checkLogBucket(call.sim, call.account, call.regionName, changes.AccessLog.S3BucketName);
    if (changes.AdditionalAttributes) {
      const merged = new Map((lb.attributes.AdditionalAttributes ?? []).map((a) => [a.Key, a]));
      for (const a of list<{ Key: string; Value: string }>(changes.AdditionalAttributes)) merged.set(a.Key, a);
      lb.attributes.AdditionalAttributes = [...merged.values()];
    }
    const { AdditionalAttributes: _ignored, ...rest } = changes;
    Object.assign(lb.attributes, rest);
    return { LoadBalancerName: lb.description.LoadBalancerName, LoadBalancerAttributes: changes };
  },

  CreateLoadBalancerPolicy(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const policyName = String(required(call.params, 'PolicyName'));
    const type = String(required(call.params, 'PolicyTypeName'));
    if (!POLICY_TYPES.has(type)) throw new SimError('PolicyTypeNotFound', `There is no policy type named '${type}'`);
    if (lb.policies.some((p) => p.PolicyName === policyName)) {
      throw new SimError('DuplicatePolicyName', `Policy with name '${policyName}' already exists for load balancer ${lb.description.LoadBalancerName}`);
    }
    lb.policies.push({
      PolicyName: policyName,
      PolicyTypeName: type,
      PolicyAttributeDescriptions: list<PolicyAttribute>(call.params.PolicyAttributes).map((a) => ({
        AttributeName: a.AttributeName,
        AttributeValue: a.AttributeValue,
      })),
    });
  },

  SetLoadBalancerPoliciesOfListener(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const port = Number(required(call.params, 'LoadBalancerPort'));
    const listener = lb.description.ListenerDescriptions?.find((d) => d.Listener?.LoadBalancerPort === port);
    if (!listener) throw new SimError('ListenerNotFound', `There is no listener on port ${port} for load balancer ${lb.description.LoadBalancerName}`);
    listener.PolicyNames = checkPolicyNames(lb, list<string>(call.params.PolicyNames));
  },

  SetLoadBalancerListenerSSLCertificate(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const port = Number(required(call.params, 'LoadBalancerPort'));
    const certificate = String(required(call.params, 'SSLCertificateId'));
    const listener = lb.description.ListenerDescriptions?.find((d) => d.Listener?.LoadBalancerPort === port)?.Listener;
    if (!listener) throw new SimError('ListenerNotFound', `There is no listener on port ${port} for load balancer ${lb.description.LoadBalancerName}`);
    if (listener.Protocol !== 'HTTPS' && listener.Protocol !== 'SSL') {
      throw new SimError('UnsupportedProtocol', `The listener on port ${port} uses ${listener.Protocol}; only HTTPS and SSL listeners have a certificate`);
    }
    checkCertificateRegion(certificate, call.regionName);
    listener.SSLCertificateId = certificate;
  },

  SetLoadBalancerPoliciesForBackendServer(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const port = Number(required(call.params, 'InstancePort'));
    const names = checkPolicyNames(lb, list<string>(call.params.PolicyNames));
    const backends = (lb.description.BackendServerDescriptions ?? []).filter((b) => b.InstancePort !== port);
    if (names.length) backends.push({ InstancePort: port, PolicyNames: names });
    lb.description.BackendServerDescriptions = backends.sort((a, b) => (a.InstancePort ?? 0) - (b.InstancePort ?? 0));
  },

  AddTags(call) {
    const names = list<string>(required(call.params, 'LoadBalancerNames'));
    const tags = list<Tag>(required(call.params, 'Tags'));
    checkTagKeys(tags);
    for (const name of names) {
      const lb = findLb(call, name);
      lb.tags = mergeTags(lb.tags, tags, 50, name);
    }
  },

  RegisterInstancesWithLoadBalancer(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const instances = (lb.description.Instances ??= []);
    for (const { InstanceId } of list<Instance>(required(call.params, 'Instances'))) {
      if (!InstanceId || !/^i-[0-9a-f]{8,17}$/.test(InstanceId)) {
        throw new SimError('InvalidInstance', `EC2 instance ${String(InstanceId)} is not valid`);
      }
      if (instances.some((i) => i.InstanceId === InstanceId)) continue;
      instances.push({ InstanceId });
      lb.instanceStates.push({ InstanceId, State: 'OutOfService', ReasonCode: 'ELB', Description: 'Instance registration is still in progress.' });
    }
    return { Instances: instances };
  },

  CreateLoadBalancerListeners(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    addListeners(lb, list<Listener>(required(call.params, 'Listeners')), call.regionName);
  },

  DeleteLoadBalancerListeners(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerName'));
    const ports = new Set(list<number>(required(call.params, 'LoadBalancerPorts')));
    lb.description.ListenerDescriptions = (lb.description.ListenerDescriptions ?? []).filter(
      (d) => !ports.has(d.Listener?.LoadBalancerPort ?? -1),
    );
  },
};
