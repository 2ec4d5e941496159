/**
 * Field mapping between the Elastic Load Balancing APIs and the exported YAML documents.
 *
 * The documents keep AWS's own field names and shapes (the inputs of the Create/Modify calls a
 * restore makes), so the mapping is reversible by construction; the few places that differ are
 * listed here with their inverse:
 * - key/value lists (attributes, tags) become maps sorted by key → `keyValueList`;
 * - actions carry `TargetGroupName` next to every `TargetGroupArn`, so a restore can re-link
 *   re-created target groups by name → `actionsToApi`;
 * - rule priorities are numbers and the default rule is the listener's `DefaultActions`;
 * - redundant legacy condition `Values` are dropped when the condition's config holds them.
 * Volatile fields (CreatedTime, State, health) are dropped; unknown fields AWS adds later are
 * kept (keys sorted) so nothing is silently lost. Lists whose order AWS does not define are
 * sorted; lists whose order matters (actions by Order, rule transforms) keep it.
 */
import type * as Elb from '@aws-sdk/client-elastic-load-balancing';
import type * as Elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';

export const LB_EXPORT_ROOT = 'load-balancers';
export type LoadBalancerV2Type = 'application' | 'network' | 'gateway';
export const LOAD_BALANCER_V2_TYPES: readonly LoadBalancerV2Type[] = ['application', 'network', 'gateway'];

export function classicFolder(region: string): string {
  return `${LB_EXPORT_ROOT}/${region}/classic/`;
}
export function classicLoadBalancerPath(region: string, name: string): string {
  return `${classicFolder(region)}${name}.yaml`;
}
export function loadBalancerV2Folder(region: string, type: LoadBalancerV2Type): string {
  return `${LB_EXPORT_ROOT}/${region}/${type}/`;
}
export function loadBalancerV2Path(region: string, type: LoadBalancerV2Type, name: string): string {
  return `${loadBalancerV2Folder(region, type)}${name}.yaml`;
}

// ---------------------------------------------------------------------------------------------
// Generic helpers

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedStrings(values: readonly string[] | undefined): string[] | undefined {
  return values ? [...values].sort(compareText) : undefined;
}

/** Deep copy with object keys sorted and undefined values dropped; arrays keep their order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareText)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** Sort key for lists of objects whose order AWS does not define. */
function canonicalKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function sortByCanonical<T>(values: readonly T[]): T[] {
  return values
    .map((v) => ({ v, k: canonicalKey(v) }))
    .sort((a, b) => compareText(a.k, b.k))
    .map((e) => e.v);
}

/**
 * Copies `source` with the `first` keys in that order, then any other keys (fields AWS may add
 * later) sorted, minus `omit`. Values of listed keys are taken as they are (callers shape them);
 * values of other keys are made canonical.
 */
function ordered(
  source: object,
  first: readonly string[],
  omit: readonly string[] = [],
): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of first) {
    if (record[key] !== undefined) out[key] = record[key];
  }
  for (const key of Object.keys(record).sort(compareText)) {
    if (first.includes(key) || omit.includes(key) || record[key] === undefined) continue;
    out[key] = canonical(record[key]);
  }
  return out;
}

/** `[{Key, Value}]` → `{Key: Value}` sorted by key (attributes and tags). */
export function keyValueMap(
  entries: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const sorted = [...(entries ?? [])].sort((a, b) => compareText(a.Key ?? '', b.Key ?? ''));
  for (const entry of sorted) {
    if (entry.Key !== undefined) out[entry.Key] = entry.Value ?? '';
  }
  return out;
}

/** Inverse of `keyValueMap`: the list shape Modify*Attributes and AddTags take. */
export function keyValueList(map: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.keys(map)
    .sort(compareText)
    .map((Key) => ({ Key, Value: map[Key] as string }));
}

// ---------------------------------------------------------------------------------------------
// Classic load balancers

export interface ClassicPolicyDocument {
  PolicyName: string;
  PolicyTypeName?: string;
  /** As CreateLoadBalancerPolicy takes them (DescribeLoadBalancerPolicies calls them PolicyAttributeDescriptions). */
  PolicyAttributes: { AttributeName?: string; AttributeValue?: string }[];
}

export interface ClassicLoadBalancerDocument {
  Kind: 'elb';
  Region: string;
  LoadBalancer: Omit<
    Elb.LoadBalancerDescription,
    'CreatedTime' | 'Instances' | 'ListenerDescriptions' | 'Policies' | 'BackendServerDescriptions'
  >;
  /** Listener fields plus the names of the policies attached to it. */
  Listeners: (Elb.Listener & { PolicyNames?: string[] })[];
  BackendServerDescriptions: Elb.BackendServerDescription[];
  /** ModifyLoadBalancerAttributes shape, except AdditionalAttributes as a map. */
  Attributes: Omit<Elb.LoadBalancerAttributes, 'AdditionalAttributes'> & {
    AdditionalAttributes?: Record<string, string>;
  };
  Policies: ClassicPolicyDocument[];
  Tags: Record<string, string>;
  /** Registered instance ids, only when targets are included. */
  Instances?: string[];
}

export interface ClassicLoadBalancerSource {
  region: string;
  description: Elb.LoadBalancerDescription;
  attributes: Elb.LoadBalancerAttributes | undefined;
  policies: readonly Elb.PolicyDescription[];
  tags: readonly Elb.Tag[];
  includeInstances: boolean;
}

/**
 * AWS's predefined policies (security policies, samples). They show up among a load balancer's
 * policies once referenced; they are worth keeping only while something uses them.
 */
const PREDEFINED_CLASSIC_POLICY = /^(ELBSecurityPolicy-|ELBSample-)/;

export function classicLoadBalancerDocument(src: ClassicLoadBalancerSource): ClassicLoadBalancerDocument {
  const d = src.description;
  const listeners = [...(d.ListenerDescriptions ?? [])]
    .map((ld) => ({
      ...ordered(ld.Listener ?? {}, ['Protocol', 'LoadBalancerPort', 'InstanceProtocol', 'InstancePort', 'SSLCertificateId']),
      ...(ld.PolicyNames ? { PolicyNames: sortedStrings(ld.PolicyNames) } : {}),
    }) as ClassicLoadBalancerDocument['Listeners'][number])
    .sort(
      (a, b) =>
        Number(a.LoadBalancerPort ?? 0) - Number(b.LoadBalancerPort ?? 0) ||
        compareText(String(a.Protocol ?? ''), String(b.Protocol ?? '')),
    );

  const backends = [...(d.BackendServerDescriptions ?? [])]
    .map((b) => ordered({ ...b, PolicyNames: sortedStrings(b.PolicyNames) }, ['InstancePort', 'PolicyNames']))
    .sort((a, b) => Number(a.InstancePort ?? 0) - Number(b.InstancePort ?? 0)) as Elb.BackendServerDescription[];

  const attached = new Set<string>([
    ...listeners.flatMap((l) => l.PolicyNames ?? []),
    ...backends.flatMap((b) => b.PolicyNames ?? []),
  ]);
  const policies = src.policies
    .filter((p) => p.PolicyName !== undefined)
    .filter((p) => !PREDEFINED_CLASSIC_POLICY.test(p.PolicyName as string) || attached.has(p.PolicyName as string))
    .map((p) => classicPolicyDocument(p))
    .sort((a, b) => compareText(a.PolicyName, b.PolicyName));

  const loadBalancer = ordered(
    {
      ...d,
      AvailabilityZones: sortedStrings(d.AvailabilityZones),
      Subnets: sortedStrings(d.Subnets),
      SecurityGroups: sortedStrings(d.SecurityGroups),
      SourceSecurityGroup: d.SourceSecurityGroup && canonical(d.SourceSecurityGroup),
      HealthCheck: d.HealthCheck && ordered(d.HealthCheck, ['Target', 'Interval', 'Timeout', 'UnhealthyThreshold', 'HealthyThreshold']),
    },
    [
      'LoadBalancerName',
      'Scheme',
      'VPCId',
      'AvailabilityZones',
      'Subnets',
      'SecurityGroups',
      'SourceSecurityGroup',
      'HealthCheck',
      'DNSName',
      'CanonicalHostedZoneName',
      'CanonicalHostedZoneNameID',
    ],
    ['CreatedTime', 'Instances', 'ListenerDescriptions', 'Policies', 'BackendServerDescriptions'],
  );

  const attrs = src.attributes ?? {};
  const attributes = ordered(
    {
      ...attrs,
      CrossZoneLoadBalancing: attrs.CrossZoneLoadBalancing && canonical(attrs.CrossZoneLoadBalancing),
      AccessLog: attrs.AccessLog && canonical(attrs.AccessLog),
      ConnectionDraining: attrs.ConnectionDraining && canonical(attrs.ConnectionDraining),
      ConnectionSettings: attrs.ConnectionSettings && canonical(attrs.ConnectionSettings),
      AdditionalAttributes: attrs.AdditionalAttributes && keyValueMap(attrs.AdditionalAttributes),
    },
    ['CrossZoneLoadBalancing', 'AccessLog', 'ConnectionDraining', 'ConnectionSettings', 'AdditionalAttributes'],
  );

  const doc: ClassicLoadBalancerDocument = {
    Kind: 'elb',
    Region: src.region,
    LoadBalancer: loadBalancer as ClassicLoadBalancerDocument['LoadBalancer'],
    Listeners: listeners,
    BackendServerDescriptions: backends,
    Attributes: attributes as ClassicLoadBalancerDocument['Attributes'],
    Policies: policies,
    Tags: keyValueMap(src.tags),
  };
  if (src.includeInstances) {
    doc.Instances = (d.Instances ?? [])
      .map((i) => i.InstanceId)
      .filter((id): id is string => id !== undefined)
      .sort(compareText);
  }
  return doc;
}

function classicPolicyDocument(p: Elb.PolicyDescription): ClassicPolicyDocument {
  // Sorted by name; a stable sort keeps repeated names (e.g. PublicKeyPolicyName) in AWS order.
  const attributes = [...(p.PolicyAttributeDescriptions ?? [])]
    .map((a) => ordered(a, ['AttributeName', 'AttributeValue']))
    .sort((a, b) => compareText(String(a.AttributeName ?? ''), String(b.AttributeName ?? '')));
  return {
    PolicyName: p.PolicyName as string,
    ...(p.PolicyTypeName !== undefined ? { PolicyTypeName: p.PolicyTypeName } : {}),
    PolicyAttributes: attributes,
  };
}

// ---------------------------------------------------------------------------------------------
// ALB / NLB / GWLB

export type TargetGroupReference = { TargetGroupArn?: string; TargetGroupName?: string };

export type ActionDocument = Omit<Elbv2.Action, 'ForwardConfig'> & {
  TargetGroupName?: string;
  ForwardConfig?: Omit<Elbv2.ForwardActionConfig, 'TargetGroups'> & {
    TargetGroups?: (Elbv2.TargetGroupTuple & { TargetGroupName?: string })[];
  };
};

export interface RuleDocument {
  Priority: number;
  RuleArn?: string;
  Conditions: Elbv2.RuleCondition[];
  Actions: ActionDocument[];
  Transforms?: Elbv2.RuleTransform[];
}

export type ListenerDocument = Omit<Elbv2.Listener, 'LoadBalancerArn' | 'DefaultActions'> & {
  DefaultActions: ActionDocument[];
  /** Certificates beyond the default one (DescribeListenerCertificates without IsDefault). */
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
  const defaultArns = new Set((l.Certificates ?? []).map((c) => c.CertificateArn));
  const additional = src.certificates
    .filter((c) => !c.IsDefault && c.CertificateArn !== undefined && !defaultArns.has(c.CertificateArn))
    .map((c) => c.CertificateArn as string);
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

/** Actions run in `Order`: sorted by it, never alphabetically. */
export function actionDocuments(actions: readonly Elbv2.Action[], names: ReadonlyMap<string, string>): ActionDocument[] {
  return [...actions]
    .map((action, index) => ({ action, index }))
    .sort((a, b) => (a.action.Order ?? Infinity) - (b.action.Order ?? Infinity) || a.index - b.index)
    .map(({ action }) => actionDocument(action, names));
}

function actionDocument(a: Elbv2.Action, names: ReadonlyMap<string, string>): ActionDocument {
  const forward = a.ForwardConfig;
  const forwardDoc =
    forward &&
    ordered(
      {
        ...forward,
        TargetGroups:
          forward.TargetGroups &&
          forward.TargetGroups.map((t) =>
            ordered({ ...t, TargetGroupName: t.TargetGroupArn && names.get(t.TargetGroupArn) }, ['TargetGroupName', 'TargetGroupArn', 'Weight']),
          ).sort(
            (x, y) =>
              compareText(String(x.TargetGroupName ?? ''), String(y.TargetGroupName ?? '')) ||
              compareText(String(x.TargetGroupArn ?? ''), String(y.TargetGroupArn ?? '')),
          ),
        TargetGroupStickinessConfig: forward.TargetGroupStickinessConfig && canonical(forward.TargetGroupStickinessConfig),
      },
      ['TargetGroups', 'TargetGroupStickinessConfig'],
    );
  const jwt = a.JwtValidationConfig;
  return ordered(
    {
      ...a,
      TargetGroupName: a.TargetGroupArn && names.get(a.TargetGroupArn),
      ForwardConfig: forwardDoc,
      JwtValidationConfig:
        jwt &&
        canonical({
          ...jwt,
          AdditionalClaims: jwt.AdditionalClaims && [...jwt.AdditionalClaims].sort((x, y) => compareText(x.Name ?? '', y.Name ?? '')),
        }),
    },
    ['Type', 'Order', 'TargetGroupName', 'TargetGroupArn', 'ForwardConfig'],
  ) as ActionDocument;
}

/**
 * Inverse of `actionDocuments` for a restore: drops the `TargetGroupName` fields and points
 * each reference at the ARN `resolve` returns for it (e.g. the re-created group with that
 * name); when `resolve` returns undefined the exported ARN is kept.
 */
export function actionsToApi(
  actions: readonly ActionDocument[],
  resolve: (ref: TargetGroupReference) => string | undefined = () => undefined,
): Elbv2.Action[] {
  const relink = (ref: TargetGroupReference): string | undefined => resolve(ref) ?? ref.TargetGroupArn;
  return actions.map((doc) => {
    const { TargetGroupName, ForwardConfig, ...rest } = doc;
    const action: Elbv2.Action = { ...rest };
    if (doc.TargetGroupArn !== undefined || TargetGroupName !== undefined) {
      action.TargetGroupArn = relink({ TargetGroupArn: doc.TargetGroupArn, TargetGroupName });
    }
    if (ForwardConfig) {
      const { TargetGroups, ...forwardRest } = ForwardConfig;
      action.ForwardConfig = { ...forwardRest };
      if (TargetGroups) {
        action.ForwardConfig.TargetGroups = TargetGroups.map(({ TargetGroupName: name, ...tuple }) => ({
          ...tuple,
          TargetGroupArn: relink({ TargetGroupArn: tuple.TargetGroupArn, TargetGroupName: name }),
        }));
      }
    }
    return action;
  });
}

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
      'HealthCheckEnabled',
      'HealthCheckProtocol',
      'HealthCheckPort',
      'HealthCheckPath',
      'HealthCheckIntervalSeconds',
      'HealthCheckTimeoutSeconds',
      'HealthyThresholdCount',
      'UnhealthyThresholdCount',
      'Matcher',
      'Attributes',
      'Tags',
      'Targets',
    ],
    // Which load balancers use a group changes with other load balancers: not part of this one.
    ['LoadBalancerArns'],
  );
  return doc as TargetGroupDocument;
}

/** Every target group ARN an action list refers to. */
export function referencedTargetGroupArns(actions: readonly Elbv2.Action[]): string[] {
  const arns: string[] = [];
  for (const a of actions) {
    if (a.TargetGroupArn) arns.push(a.TargetGroupArn);
    for (const t of a.ForwardConfig?.TargetGroups ?? []) if (t.TargetGroupArn) arns.push(t.TargetGroupArn);
  }
  return arns;
}
