/**
 * What an export file holds that a load-balancer restore does not put back, as "not restored"
 * notes for the plan: registered instances and targets (the deployment registers them), what
 * belongs to the export's region (Elastic IPs, fixed private addresses, a customer-owned
 * address pool) in a restore into another region, and fields this version does not know.
 */
import { TARGET_GROUP_HEALTH_CHECK_FIELDS, type ClassicLoadBalancerDocument, type LoadBalancerV2Document } from '../export/lb-format.js';
import { notRestored, unknownFields, unknownFieldsNote } from './lb-not-restored.js';

const known = (...keys: readonly string[]): ReadonlySet<string> => new Set(keys);

const CLASSIC = {
  top: known('Kind', 'Region', 'LoadBalancer', 'Listeners', 'BackendServerDescriptions', 'Attributes', 'Policies', 'Tags', 'Instances'),
  // SourceSecurityGroup, DNSName and the canonical zone are AWS's answer, not settings.
  loadBalancer: known(
    'LoadBalancerName', 'Scheme', 'VPCId', 'AvailabilityZones', 'Subnets', 'SecurityGroups', 'SourceSecurityGroup', 'HealthCheck',
    'DNSName', 'CanonicalHostedZoneName', 'CanonicalHostedZoneNameID',
  ),
  listener: known('Protocol', 'LoadBalancerPort', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId', 'PolicyNames'),
  policy: known('PolicyName', 'PolicyTypeName', 'PolicyAttributes'),
  backend: known('InstancePort', 'PolicyNames'),
};

const V2 = {
  top: known('Kind', 'Region', 'LoadBalancer', 'Attributes', 'Tags', 'Listeners', 'TargetGroups'),
  loadBalancer: known(
    'LoadBalancerName', 'LoadBalancerArn', 'Type', 'Scheme', 'IpAddressType', 'VpcId', 'AvailabilityZones', 'SecurityGroups',
    'CustomerOwnedIpv4Pool', 'DNSName', 'CanonicalHostedZoneId',
  ),
  zone: known('ZoneName', 'SubnetId', 'OutpostId', 'LoadBalancerAddresses'),
  listener: known('ListenerArn', 'Port', 'Protocol', 'SslPolicy', 'Certificates', 'AdditionalCertificates', 'AlpnPolicy', 'MutualAuthentication', 'DefaultActions', 'Rules'),
  rule: known('Priority', 'RuleArn', 'Conditions', 'Actions', 'Transforms'),
  targetGroup: known(
    'TargetGroupName', 'TargetGroupArn', 'TargetType', 'Protocol', 'ProtocolVersion', 'Port', 'VpcId', 'IpAddressType',
    ...TARGET_GROUP_HEALTH_CHECK_FIELDS, 'Attributes', 'Tags', 'Targets',
  ),
};

export interface AuditTarget {
  targetRegion: string;
  crossRegion: boolean;
}

export function classicNotes(doc: ClassicLoadBalancerDocument, target: AuditTarget): string[] {
  const notes = [
    ...unknownFieldsNote('file fields', unknownFields(doc, CLASSIC.top)),
    ...unknownFieldsNote('LoadBalancer fields', unknownFields(doc.LoadBalancer, CLASSIC.loadBalancer)),
    ...doc.Listeners.flatMap((l) => unknownFieldsNote(`listener ${l.Protocol}:${l.LoadBalancerPort} fields`, unknownFields(l, CLASSIC.listener))),
    ...doc.Policies.flatMap((p) => unknownFieldsNote(`policy ${p.PolicyName} fields`, unknownFields(p, CLASSIC.policy))),
    ...doc.BackendServerDescriptions.flatMap((b) => unknownFieldsNote(`back-end port ${b.InstancePort} fields`, unknownFields(b, CLASSIC.backend))),
  ];
  const instances = doc.Instances ?? [];
  if (instances.length) {
    notes.push(
      notRestored(
        `registered instances ${instances.join(', ')}`,
        target.crossRegion
          ? `they run in ${doc.Region}; register the ${target.targetRegion} instances (RegisterInstancesWithLoadBalancer or your deployment)`
          : 'a restore does not register instances; your deployment does (or RegisterInstancesWithLoadBalancer)',
      ),
    );
  }
  return notes;
}

export function v2Notes(doc: LoadBalancerV2Document, target: AuditTarget): string[] {
  const lb = doc.LoadBalancer;
  const notes = [
    ...unknownFieldsNote('file fields', unknownFields(doc, V2.top)),
    ...unknownFieldsNote('LoadBalancer fields', unknownFields(lb, V2.loadBalancer)),
    ...(lb.AvailabilityZones ?? []).flatMap((z) => unknownFieldsNote(`zone ${z.ZoneName} fields`, unknownFields(z, V2.zone))),
  ];
  for (const l of doc.Listeners) {
    const where = `listener ${l.Protocol}:${l.Port}`;
    notes.push(...unknownFieldsNote(`${where} fields`, unknownFields(l, V2.listener)));
    for (const r of l.Rules) notes.push(...unknownFieldsNote(`${where} rule ${r.Priority} fields`, unknownFields(r, V2.rule)));
  }
  for (const tg of doc.TargetGroups) {
    const name = tg.TargetGroupName ?? '';
    notes.push(...unknownFieldsNote(`target group ${name} fields`, unknownFields(tg, V2.targetGroup)));
    if (tg.Targets?.length) {
      notes.push(
        notRestored(
          `registered targets of target group ${name} (${tg.Targets.map((t) => (t.Port ? `${t.Id}:${t.Port}` : t.Id)).join(', ')})`,
          'a restore does not register targets; your deployment does (or RegisterTargets)',
        ),
      );
    }
  }
  if (target.crossRegion) notes.push(...regionBound(doc, target.targetRegion));
  return notes;
}

/** What an ALB/NLB holds of the export's region: AWS gives the copy its own. */
function regionBound(doc: LoadBalancerV2Document, targetRegion: string): string[] {
  const notes: string[] = [];
  const addresses = (doc.LoadBalancer.AvailabilityZones ?? []).flatMap((z) => (z.LoadBalancerAddresses ?? []).map((a) => ({ zone: z.ZoneName, ...a })));
  const eips = addresses.filter((a) => a.AllocationId).map((a) => `${a.AllocationId} (${a.zone})`);
  if (eips.length) {
    notes.push(
      notRestored(
        `Elastic IPs ${eips.join(', ')}`,
        `Elastic IPs belong to ${doc.Region}; the copy gets addresses from AWS: to fix them, allocate Elastic IPs in ${targetRegion} and set them with SetSubnets (SubnetMappings)`,
      ),
    );
  }
  const fixed = addresses.filter((a) => !a.AllocationId && (a.PrivateIPv4Address || a.IPv6Address)).map((a) => `${a.PrivateIPv4Address ?? a.IPv6Address} (${a.zone})`);
  if (fixed.length) {
    notes.push(
      notRestored(
        `private addresses ${fixed.join(', ')}`,
        `they are addresses of ${doc.Region}'s subnets; the copy gets addresses of the mapped subnets in ${targetRegion}`,
      ),
    );
  }
  if (doc.LoadBalancer.CustomerOwnedIpv4Pool) {
    notes.push(
      notRestored(
        `customer-owned address pool ${doc.LoadBalancer.CustomerOwnedIpv4Pool}`,
        `it belongs to an Outpost of ${doc.Region}; create the load balancer on an Outpost of ${targetRegion} by hand if it needs one`,
      ),
    );
  }
  return notes;
}
