/**
 * Application, network and gateway load balancers (Elastic Load Balancing v2 API) → the
 * exported `Kind: elbv2` document with its listeners, rules and target groups; see
 * lb-format.ts for the mapping rules.
 */
import type * as Elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import { canonical, canonicalKey, compareText, keyValueMap, ordered, sortByCanonical, sortedStrings } from './lb-canonical.js';
import { actionDocuments, type ActionDocument } from './lb-format-actions.js';

export interface RuleDocument {
  Priority: number;
  RuleArn?: string;
  Conditions: Elbv2.RuleCondition[];
  Actions: ActionDocument[];
  Transforms?: Elbv2.RuleTransform[];
}

export type ListenerDocument = Omit<Elbv2.Listener, 'LoadBalancerArn' | 'DefaultActions'> & {
  DefaultActions: ActionDocument[];
  /** The certificate list (DescribeListenerCertificates without the IsDefault entry; may hold the default ARN too). */
  AdditionalCertificates?: { CertificateArn: string }[];
  /** Non-default rules in priority order; the default rule is `DefaultActions`. */
  Rules: RuleDocument[];
};

export type TargetGroupDocument = Omit<Elbv2.TargetGroup, 'LoadBalancerArns'> & {
  Attributes: Record<string, string>;
  Tags: Record<string, string>;
  /** Registered targets, only when targets are included. */
  Targets?: { Id: string; Port?: number; AvailabilityZone?: string }[];
};

export interface LoadBalancerV2Document {
  Kind: 'elbv2';
  Region: string;
  LoadBalancer: Omit<Elbv2.LoadBalancer, 'CreatedTime' | 'State'>;
  Attributes: Record<string, string>;
  Tags: Record<string, string>;
  Listeners: ListenerDocument[];
  TargetGroups: TargetGroupDocument[];
}

export interface ListenerSource {
  listener: Elbv2.Listener;
  rules: readonly Elbv2.Rule[];
  /** From DescribeListenerCertificates (the default one included, as AWS reports it). */
  certificates: readonly Elbv2.Certificate[];
}

export interface TargetGroupSource {
  targetGroup: Elbv2.TargetGroup;
  attributes: readonly Elbv2.TargetGroupAttribute[];
  tags: readonly Elbv2.Tag[];
  /** Present only when targets are included. */
  targets?: readonly Elbv2.TargetDescription[];
}

export interface LoadBalancerV2Source {
  region: string;
  loadBalancer: Elbv2.LoadBalancer;
  attributes: readonly Elbv2.LoadBalancerAttribute[];
  tags: readonly Elbv2.Tag[];
  listeners: readonly ListenerSource[];
  targetGroups: readonly TargetGroupSource[];
  /** Target group name by ARN for every group in the region, to name action references. */
  targetGroupNames: ReadonlyMap<string, string>;
}

export function loadBalancerV2Document(src: LoadBalancerV2Source): LoadBalancerV2Document {
  const lb = src.loadBalancer;
  const loadBalancer = ordered(
    {
      ...lb,
      AvailabilityZones:
        lb.AvailabilityZones &&
        sortAvailabilityZones(
          lb.AvailabilityZones.map((az) =>
            ordered(
              {
                ...az,
                LoadBalancerAddresses: az.LoadBalancerAddresses && sortByCanonical(az.LoadBalancerAddresses.map(canonical)),
                SourceNatIpv6Prefixes: sortedStrings(az.SourceNatIpv6Prefixes),
              },
              ['ZoneName', 'SubnetId', 'OutpostId', 'LoadBalancerAddresses', 'SourceNatIpv6Prefixes'],
            ),
          ),
        ),
      SecurityGroups: sortedStrings(lb.SecurityGroups),
    },
    [
      'LoadBalancerName',
      'LoadBalancerArn',
      'Type',
      'Scheme',
      'IpAddressType',
      'VpcId',
      'AvailabilityZones',
      'SecurityGroups',
      'CustomerOwnedIpv4Pool',
      'DNSName',
      'CanonicalHostedZoneId',
    ],
    ['CreatedTime', 'State'],
  );

  const listeners = src.listeners
    .map((l) => listenerDocument(l, src.targetGroupNames))
    .sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0) || compareText(a.Protocol ?? '', b.Protocol ?? ''));

  const targetGroups = src.targetGroups
    .map((tg) => targetGroupDocument(tg))
    .sort(
      (a, b) =>
        compareText(a.TargetGroupName ?? '', b.TargetGroupName ?? '') ||
        compareText(a.TargetGroupArn ?? '', b.TargetGroupArn ?? ''),
    );

  return {
    Kind: 'elbv2',
    Region: src.region,
    LoadBalancer: loadBalancer as LoadBalancerV2Document['LoadBalancer'],
    Attributes: keyValueMap(src.attributes),
    Tags: keyValueMap(src.tags),
    Listeners: listeners,
    TargetGroups: targetGroups,
  };
}

/** By zone, then subnet (an Outpost zone may repeat); the rest only breaks ties. */
function sortAvailabilityZones(zones: Record<string, unknown>[]): Record<string, unknown>[] {
  const key = (z: Record<string, unknown>): string[] => [String(z.ZoneName ?? ''), String(z.SubnetId ?? ''), canonicalKey(z)];
  return [...zones].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return compareText(ka[0]!, kb[0]!) || compareText(ka[1]!, kb[1]!) || compareText(ka[2]!, kb[2]!);
  });
}

function listenerDocument(src: ListenerSource, names: ReadonlyMap<string, string>): ListenerDocument {
  const l = src.listener;
  const additional = listedCertificates(src.certificates, l.Certificates ?? []);
  const rules = src.rules
    .filter((r) => !r.IsDefault && r.Priority !== 'default')
    .map((r) => ruleDocument(r, names))
    .sort((a, b) => a.Priority - b.Priority);
  const doc = ordered(
    {
      ...l,
      Certificates: l.Certificates && sortByCanonical(l.Certificates.map(canonical)),
      MutualAuthentication: l.MutualAuthentication && ordered(l.MutualAuthentication, [], ['TrustStoreAssociationStatus']),
      DefaultActions: actionDocuments(l.DefaultActions ?? [], names),
      AdditionalCertificates: additional.length
        ? [...new Set(additional)].sort(compareText).map((CertificateArn) => ({ CertificateArn }))
        : undefined,
      Rules: rules,
    },
    [
      'ListenerArn',
      'Port',
      'Protocol',
      'SslPolicy',
      'Certificates',
      'AdditionalCertificates',
      'AlpnPolicy',
      'MutualAuthentication',
      'DefaultActions',
      'Rules',
    ],
    ['LoadBalancerArn'],
  );
  return doc as ListenerDocument;
}

/**
 * The listener's certificate list: DescribeListenerCertificates without its default entry.
 * The default certificate may be in the list as well (the console adds it there); AWS then
 * shows it twice, once with IsDefault false, and only that explicit entry counts as listed.
 */
export function listedCertificates(certificates: readonly Elbv2.Certificate[], defaults: readonly Elbv2.Certificate[]): string[] {
  const defaultArns = new Set(defaults.map((c) => c.CertificateArn));
  return certificates
    .filter((c) => c.IsDefault !== true && c.CertificateArn !== undefined && (c.IsDefault === false || !defaultArns.has(c.CertificateArn)))
    .map((c) => c.CertificateArn as string);
}

function ruleDocument(r: Elbv2.Rule, names: ReadonlyMap<string, string>): RuleDocument {
  const priority = Number(r.Priority);
  if (!Number.isInteger(priority)) {
    throw new Error(`rule ${r.RuleArn ?? '(no ARN)'} has an unexpected priority ${JSON.stringify(r.Priority)}`);
  }
  return ordered(
    {
      ...r,
      Priority: priority,
      Conditions: sortByCanonical((r.Conditions ?? []).map(conditionDocument)),
      Actions: actionDocuments(r.Actions ?? [], names),
      // Transforms apply in order: kept as AWS lists them.
      Transforms: r.Transforms && r.Transforms.length ? canonical(r.Transforms) : undefined,
    },
    ['Priority', 'RuleArn', 'Conditions', 'Actions', 'Transforms'],
    ['IsDefault'],
  ) as unknown as RuleDocument;
}

const CONDITION_CONFIG_KEYS = [
  'HostHeaderConfig',
  'PathPatternConfig',
  'HttpHeaderConfig',
  'QueryStringConfig',
  'HttpRequestMethodConfig',
  'SourceIpConfig',
] as const;

/** Values within a condition are alternatives (OR): sorted. */
function conditionDocument(c: Elbv2.RuleCondition): Elbv2.RuleCondition {
  const out: Record<string, unknown> = { ...c };
  for (const key of CONDITION_CONFIG_KEYS) {
    const config = c[key] as { Values?: unknown[]; RegexValues?: string[] } | undefined;
    if (!config) continue;
    const values =
      key === 'QueryStringConfig'
        ? config.Values && sortByCanonical(config.Values.map(canonical))
        : sortedStrings(config.Values as string[] | undefined);
    out[key] = canonical({ ...config, Values: values, RegexValues: sortedStrings(config.RegexValues) });
  }
  // AWS echoes host-header/path-pattern values both in `Values` and in the config; the config
  // is the current form, so the legacy copy is dropped when it holds the same values.
  const legacy = sortedStrings(c.Values);
  const configValues = CONDITION_CONFIG_KEYS.map((k) => (out[k] as { Values?: unknown } | undefined)?.Values).find(
    (v) => v !== undefined,
  );
  out.Values = legacy && canonicalKey(legacy) === canonicalKey(configValues) ? undefined : legacy;
  out.RegexValues = sortedStrings(c.RegexValues);
  return ordered(out, ['Field', 'Values', 'RegexValues', ...CONDITION_CONFIG_KEYS]) as Elbv2.RuleCondition;
}

/** A target group's health-check settings: exported in this order, put back by ModifyTargetGroup. */
export const TARGET_GROUP_HEALTH_CHECK_FIELDS = [
  'HealthCheckEnabled',
  'HealthCheckProtocol',
  'HealthCheckPort',
  'HealthCheckPath',
  'HealthCheckIntervalSeconds',
  'HealthCheckTimeoutSeconds',
  'HealthyThresholdCount',
  'UnhealthyThresholdCount',
  'Matcher',
] as const;

function targetGroupDocument(src: TargetGroupSource): TargetGroupDocument {
  const tg = src.targetGroup;
  const doc = ordered(
    {
      ...tg,
      Matcher: tg.Matcher && canonical(tg.Matcher),
      Attributes: keyValueMap(src.attributes),
      Tags: keyValueMap(src.tags),
      Targets:
        src.targets &&
        src.targets
          .filter((t) => t.Id !== undefined)
          .map((t) => ordered({ Id: t.Id, Port: t.Port, AvailabilityZone: t.AvailabilityZone }, ['Id', 'Port', 'AvailabilityZone']))
          .sort(
            (a, b) => compareText(String(a.Id), String(b.Id)) || Number(a.Port ?? 0) - Number(b.Port ?? 0),
          ),
    },
    [
      'TargetGroupName',
      'TargetGroupArn',
      'TargetType',
      'Protocol',
      'ProtocolVersion',
      'Port',
      'VpcId',
      'IpAddressType',
      ...TARGET_GROUP_HEALTH_CHECK_FIELDS,
      'Attributes',
      'Tags',
      'Targets',
    ],
    // Which load balancers use a group changes with other load balancers: not part of this one.
    ['LoadBalancerArns'],
  );
  return doc as TargetGroupDocument;
}

