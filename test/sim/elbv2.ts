/**
 * Simulated Elastic Load Balancing v2 (ALB, NLB; API 2015-12-01, query protocol). State is
 * kept in the API's own shapes; ARNs, DNS names and hosted zone ids follow AWS's formats,
 * with deterministic ids from the sim's id sequence.
 */
import type {
  Action,
  AvailabilityZone,
  Certificate,
  Listener,
  LoadBalancer,
  LoadBalancerAttribute,
  MutualAuthenticationAttributes,
  Rule,
  RuleCondition,
  Tag,
  TargetDescription,
  TargetGroup,
  TargetGroupAttribute,
  TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  canonicalZoneId,
  checkSecurityGroups,
  checkSubnets,
  checkTagKeys,
  fixtureNetwork,
  fixtureRegions,
  hashedId,
  mergeTags,
  serviceSlice,
  toDate,
} from './elb.js';
import { addListenerCertificate, checkCertificateRegion, checkMutualAuthentication, removeListenerCertificate } from './elb-certificates.js';
import { checkLogBucket } from './elb-logs.js';
import type { RegionNetwork } from './elb.js';
import { listParam as list, page, parseQueryBody, queryResult, tooManyMembers, typed } from './query.js';
import type { QueryTypes } from './query.js';
import { SimError } from './types.js';
import type { FixtureAccount, ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { errorResponse } from './xml.js';

export const ELBV2_VERSION = '2015-12-01';
const XMLNS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

// ---------------------------------------------------------------- state

export interface V2LoadBalancer {
  loadBalancer: LoadBalancer;
  attributes: LoadBalancerAttribute[];
  tags: Tag[];
}
export interface V2Rule {
  rule: Rule;
  tags: Tag[];
}
export interface V2Listener {
  /** `Certificates` holds only the default certificate, as DescribeListeners shows it. */
  listener: Listener;
  /** Non-default certificates (AddListenerCertificates). */
  extraCertificates: Certificate[];
  defaultRuleArn: string;
  rules: V2Rule[];
  tags: Tag[];
}
export interface V2TargetGroup {
  /** `LoadBalancerArns` is derived from the listeners and rules that forward to it. */
  targetGroup: Omit<TargetGroup, 'LoadBalancerArns'>;
  attributes: TargetGroupAttribute[];
  tags: Tag[];
  targets: TargetHealthDescription[];
}
export interface V2Region {
  loadBalancers: V2LoadBalancer[];
  listeners: V2Listener[];
  targetGroups: V2TargetGroup[];
  network: RegionNetwork;
}
export interface Elbv2State {
  regions: Record<string, V2Region>;
}

export function elbv2State(sim: SimContext, account: string): Elbv2State {
  return serviceSlice(sim, account, 'elbv2', () => ({ regions: {} }));
}

function regionState(sim: SimContext, account: string, region: string): V2Region {
  const state = elbv2State(sim, account);
  return (state.regions[region] ??= { loadBalancers: [], listeners: [], targetGroups: [], network: {} });
}

// ---------------------------------------------------------------- defaults

type LbType = 'application' | 'network';

const DEFAULT_LB_ATTRIBUTES: Record<LbType, Record<string, string>> = {
  application: {
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'deletion_protection.enabled': 'false',
    'idle_timeout.timeout_seconds': '60',
    'routing.http.desync_mitigation_mode': 'defensive',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.preserve_host_header.enabled': 'false',
    'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': 'false',
    'routing.http.xff_client_port.enabled': 'false',
    'routing.http.xff_header_processing.mode': 'append',
    'routing.http2.enabled': 'true',
    'waf.fail_open.enabled': 'false',
    'client_keep_alive.seconds': '3600',
    'load_balancing.cross_zone.enabled': 'true',
  },
  network: {
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'deletion_protection.enabled': 'false',
    'load_balancing.cross_zone.enabled': 'false',
    'dns_record.client_routing_policy': 'any_availability_zone',
  },
};

const DEFAULT_TG_ATTRIBUTES: Record<'http' | 'tcp', Record<string, string>> = {
  http: {
    'deregistration_delay.timeout_seconds': '300',
    'load_balancing.algorithm.type': 'round_robin',
    'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
    'slow_start.duration_seconds': '0',
    'stickiness.enabled': 'false',
    'stickiness.type': 'lb_cookie',
    'stickiness.lb_cookie.duration_seconds': '86400',
  },
  tcp: {
    'deregistration_delay.timeout_seconds': '300',
    'deregistration_delay.connection_termination.enabled': 'false',
    'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
    'preserve_client_ip.enabled': 'true',
    'proxy_protocol_v2.enabled': 'false',
    'stickiness.enabled': 'false',
    'stickiness.type': 'source_ip',
  },
};

const LISTENER_PROTOCOLS: Record<LbType, Set<string>> = {
  application: new Set(['HTTP', 'HTTPS']),
  network: new Set(['TCP', 'TLS', 'UDP', 'TCP_UDP']),
};
const ACTION_TYPES = new Set(['forward', 'redirect', 'fixed-response', 'authenticate-oidc', 'authenticate-cognito', 'jwt-validation']);
const CONDITION_FIELDS = new Set(['host-header', 'path-pattern', 'http-header', 'http-request-method', 'query-string', 'source-ip']);

function attributeList(values: Record<string, string>, overrides: { Key?: string; Value?: string }[] = []): { Key: string; Value: string }[] {
  const merged = new Map(Object.entries(values));
  for (const o of overrides) merged.set(o.Key!, o.Value ?? '');
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}

function tgFamily(protocol: string | undefined): 'http' | 'tcp' {
  return protocol === 'HTTP' || protocol === 'HTTPS' || protocol === undefined ? 'http' : 'tcp';
}

function lbType(lb: LoadBalancer): LbType {
  return lb.Type === 'network' ? 'network' : 'application';
}

// ---------------------------------------------------------------- ARNs and names

function arnPrefix(region: string, account: string): string {
  return `arn:aws:elasticloadbalancing:${region}:${account}`;
}

function newLbArn(sim: SimContext, region: string, account: string, type: LbType, name: string): string {
  return `${arnPrefix(region, account)}:loadbalancer/${type === 'network' ? 'net' : 'app'}/${name}/${hashedId(sim, 'elbv2-lb', 16)}`;
}
function newListenerArn(sim: SimContext, lbArn: string): string {
  return lbArn.replace(':loadbalancer/', ':listener/') + `/${hashedId(sim, 'elbv2-listener', 16)}`;
}
function newRuleArn(sim: SimContext, listenerArn: string): string {
  return listenerArn.replace(':listener/', ':listener-rule/') + `/${hashedId(sim, 'elbv2-rule', 16)}`;
}
function newTgArn(sim: SimContext, region: string, account: string, name: string): string {
  return `${arnPrefix(region, account)}:targetgroup/${name}/${hashedId(sim, 'elbv2-tg', 16)}`;
}

function dnsName(sim: SimContext, type: LbType, name: string, region: string, scheme: string | undefined): string {
  const prefix = scheme === 'internal' ? 'internal-' : '';
  if (type === 'network') return `${prefix}${name}-${hashedId(sim, 'elbv2-dns', 16)}.elb.${region}.amazonaws.com`;
  return `${prefix}${name}-${hashedId(sim, 'elbv2-dns', 10, true)}.${region}.elb.amazonaws.com`;
}

const NAME_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/;

// ---------------------------------------------------------------- fixture

/**
 * `regions.<region>.elbv2` of a fixture account:
 * - `load-balancers`: LoadBalancer shapes plus `Attributes`, `Tags` and `Listeners` (Listener
 *   shapes whose `Certificates` list the default first or marked `IsDefault`, plus `Rules`
 *   (Rule shapes without the default rule) and `Tags`);
 * - `target-groups`: TargetGroup shapes plus `Attributes`, `Tags`, `TargetHealthDescriptions`.
 * ARNs may be left out (generated); a `TargetGroupArn` in an action may name the group instead.
 */
export interface Elbv2Fixture {
  'load-balancers'?: (Omit<LoadBalancer, 'CreatedTime'> & {
    CreatedTime?: string | Date;
    Attributes?: LoadBalancerAttribute[];
    Tags?: Tag[];
    Listeners?: (Listener & { Rules?: (Rule & { Tags?: Tag[] })[]; Tags?: Tag[] })[];
  })[];
  'target-groups'?: (Omit<TargetGroup, 'LoadBalancerArns'> & {
    Attributes?: TargetGroupAttribute[];
    Tags?: Tag[];
    TargetHealthDescriptions?: TargetHealthDescription[];
  })[];
}

export function seedElbv2(account: string, fixture: FixtureAccount, sim: SimContext): void {
  for (const [region, data] of fixtureRegions(fixture)) {
    const state = regionState(sim, account, region);
    state.network = fixtureNetwork(data);
    const v2 = (data.elbv2 ?? {}) as Elbv2Fixture;
    for (const { Attributes, Tags, TargetHealthDescriptions, ...tg } of v2['target-groups'] ?? []) {
      const name = tg.TargetGroupName!;
      state.targetGroups.push({
        targetGroup: { ...tg, TargetGroupArn: tg.TargetGroupArn ?? newTgArn(sim, region, account, name) },
        attributes: attributeList(DEFAULT_TG_ATTRIBUTES[tgFamily(tg.Protocol)], Attributes),
        tags: Tags ?? [],
        targets: TargetHealthDescriptions ?? [],
      });
    }
    const resolveTg = (ref: string | undefined): string | undefined => {
      if (ref === undefined || ref.startsWith('arn:')) return ref;
      const found = state.targetGroups.find((t) => t.targetGroup.TargetGroupName === ref);
      if (!found) throw new Error(`Fixture: target group '${ref}' named in a listener action is not in ${region}'s elbv2.target-groups.`);
      return found.targetGroup.TargetGroupArn;
    };
    const resolveActions = (actions: Action[] | undefined): Action[] =>
      normaliseActions(
        (actions ?? []).map((a) => ({
          ...a,
          ...(a.TargetGroupArn ? { TargetGroupArn: resolveTg(a.TargetGroupArn) } : {}),
          ...(a.ForwardConfig
            ? {
                ForwardConfig: {
                  ...a.ForwardConfig,
                  TargetGroups: (a.ForwardConfig.TargetGroups ?? []).map((t) => ({ ...t, TargetGroupArn: resolveTg(t.TargetGroupArn) })),
                },
              }
            : {}),
        })),
      );
    for (const { Attributes, Tags, Listeners, CreatedTime, ...lb } of v2['load-balancers'] ?? []) {
      const type: LbType = lb.Type === 'network' ? 'network' : 'application';
      const name = lb.LoadBalancerName!;
      const arn = lb.LoadBalancerArn ?? newLbArn(sim, region, account, type, name);
      state.loadBalancers.push({
        loadBalancer: {
          Type: type,
          Scheme: 'internet-facing',
          IpAddressType: 'ipv4',
          State: { Code: 'active' },
          AvailabilityZones: [],
          ...(type === 'application' ? { SecurityGroups: [] } : {}),
          ...lb,
          LoadBalancerArn: arn,
          DNSName: lb.DNSName ?? dnsName(sim, type, name, region, lb.Scheme),
          CanonicalHostedZoneId: lb.CanonicalHostedZoneId ?? canonicalZoneId(region, type),
          CreatedTime: toDate(CreatedTime, sim.now()),
        },
        attributes: attributeList(DEFAULT_LB_ATTRIBUTES[type], Attributes),
        tags: Tags ?? [],
      });
      for (const { Rules, Tags: listenerTags, Certificates, ...listener } of Listeners ?? []) {
        const listenerArn = listener.ListenerArn ?? newListenerArn(sim, arn);
        const certificates = Certificates ?? [];
        const defaultCert = certificates.find((c) => c.IsDefault) ?? certificates[0];
        state.listeners.push({
          listener: {
            ...listener,
            ListenerArn: listenerArn,
            LoadBalancerArn: arn,
            ...(defaultCert ? { Certificates: [{ CertificateArn: defaultCert.CertificateArn }] } : {}),
            DefaultActions: resolveActions(listener.DefaultActions),
          },
          extraCertificates: certificates.filter((c) => c !== defaultCert).map((c) => ({ CertificateArn: c.CertificateArn, IsDefault: false })),
          defaultRuleArn: newRuleArn(sim, listenerArn),
          rules: (Rules ?? []).map(({ Tags: ruleTags, ...rule }) => ({
            rule: {
              ...rule,
              RuleArn: rule.RuleArn ?? newRuleArn(sim, listenerArn),
              Priority: String(rule.Priority),
              Conditions: rule.Conditions ?? [],
              Actions: resolveActions(rule.Actions),
              IsDefault: false,
            },
            tags: ruleTags ?? [],
          })),
          tags: listenerTags ?? [],
        });
      }
    }
  }
}

// ---------------------------------------------------------------- lookups

const TYPES: QueryTypes = {
  numbers: new Set([
    'PageSize', 'Port', 'Priority', 'HealthCheckIntervalSeconds', 'HealthCheckTimeoutSeconds', 'HealthyThresholdCount',
    'UnhealthyThresholdCount', 'Weight', 'DurationSeconds', 'SessionTimeout', 'TargetControlPort', 'Order',
  ]),
  booleans: new Set(['HealthCheckEnabled', 'IsDefault', 'Enabled', 'UseExistingClientSecret', 'ResetTransforms', 'IgnoreClientCertificateExpiry']),
  // RedirectConfig.Port is a string ("#{port}" or "443").
  stringsUnder: new Set(['RedirectConfig']),
};

interface Call {
  params: Record<string, unknown>;
  region: V2Region;
  regionName: string;
  account: string;
  sim: SimContext;
}
type Operation = (call: Call) => Record<string, unknown> | void;

function required(params: Record<string, unknown>, name: string): unknown {
  const value = params[name];
  if (value === undefined || value === '') {
    throw new SimError('ValidationError', `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function findLb(call: Call, arn: unknown): V2LoadBalancer {
  const lb = call.region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerArn === arn);
  if (!lb) throw new SimError('LoadBalancerNotFound', `Load balancer '${String(arn)}' not found`);
  return lb;
}
function findListener(call: Call, arn: unknown): V2Listener {
  const listener = call.region.listeners.find((l) => l.listener.ListenerArn === arn);
  if (!listener) throw new SimError('ListenerNotFound', `Listener '${String(arn)}' not found`);
  return listener;
}
function findTg(call: Call, arn: unknown): V2TargetGroup {
  const tg = call.region.targetGroups.find((t) => t.targetGroup.TargetGroupArn === arn);
  if (!tg) throw new SimError('TargetGroupNotFound', `Target groups '${String(arn)}' not found`);
  return tg;
}
function findRule(call: Call, arn: unknown): { listener: V2Listener; rule?: V2Rule } {
  for (const listener of call.region.listeners) {
    if (listener.defaultRuleArn === arn) return { listener };
    const rule = listener.rules.find((r) => r.rule.RuleArn === arn);
    if (rule) return { listener, rule };
  }
  throw new SimError('RuleNotFound', `One or more rules not found: '${String(arn)}'`);
}

function lbOfListener(call: Call, listener: V2Listener): V2LoadBalancer {
  return findLb(call, listener.listener.LoadBalancerArn);
}

/** Target groups an action list forwards to. */
function forwardedTgs(actions: Action[] | undefined): string[] {
  const arns = new Set<string>();
  for (const a of actions ?? []) {
    if (a.TargetGroupArn) arns.add(a.TargetGroupArn);
    for (const t of a.ForwardConfig?.TargetGroups ?? []) if (t.TargetGroupArn) arns.add(t.TargetGroupArn);
  }
  return [...arns];
}

/** Load balancers whose listeners or rules forward to a target group (TargetGroup.LoadBalancerArns). */
function lbsOfTg(region: V2Region, tgArn: string): string[] {
  const lbs = new Set<string>();
  for (const l of region.listeners) {
    const actions = [l.listener.DefaultActions, ...l.rules.map((r) => r.rule.Actions)];
    if (actions.some((a) => forwardedTgs(a).includes(tgArn))) lbs.add(l.listener.LoadBalancerArn!);
  }
  return [...lbs];
}

function describeTg(region: V2Region, tg: V2TargetGroup): TargetGroup {
  return { ...tg.targetGroup, LoadBalancerArns: lbsOfTg(region, tg.targetGroup.TargetGroupArn!) };
}

function defaultRule(listener: V2Listener): Rule {
  return { RuleArn: listener.defaultRuleArn, Priority: 'default', Conditions: [], Actions: listener.listener.DefaultActions, IsDefault: true };
}

// ---------------------------------------------------------------- validation

/**
 * What AWS does with a forward action: a single target group shows both as `TargetGroupArn`
 * and as a `ForwardConfig` with weight 1; several weighted groups only as `ForwardConfig`.
 */
function normaliseActions(actions: Action[]): Action[] {
  return actions.map((a) => {
    if (a.Type !== 'forward') return a;
    const groups = a.ForwardConfig?.TargetGroups ?? (a.TargetGroupArn ? [{ TargetGroupArn: a.TargetGroupArn }] : []);
    const forwardConfig = {
      TargetGroups: groups.map((g) => ({ TargetGroupArn: g.TargetGroupArn, Weight: g.Weight ?? 1 })),
      TargetGroupStickinessConfig: a.ForwardConfig?.TargetGroupStickinessConfig ?? { Enabled: false },
    };
    const { TargetGroupArn: _single, ForwardConfig: _config, ...rest } = a;
    return {
      ...rest,
      ...(groups.length === 1 ? { TargetGroupArn: groups[0]!.TargetGroupArn } : {}),
      ForwardConfig: forwardConfig,
    };
  });
}

function checkActions(call: Call, lb: V2LoadBalancer, raw: unknown, forRule: boolean): Action[] {
  const actions = list<Action>(raw);
  if (!actions.length) throw new SimError('ValidationError', `At least one ${forRule ? 'action' : 'default action'} must be specified`);
  actions.forEach((a, i) => {
    if (!ACTION_TYPES.has(String(a.Type))) throw new SimError('ValidationError', `Action type '${String(a.Type)}' must be one of ${[...ACTION_TYPES].join(', ')}`);
    if (a.Type === 'forward') {
      if (!a.TargetGroupArn && !a.ForwardConfig?.TargetGroups?.length) {
        throw new SimError('ValidationError', 'A forward action must specify TargetGroupArn or ForwardConfig.TargetGroups');
      }
      const configured = a.ForwardConfig?.TargetGroups ?? [];
      if (a.TargetGroupArn && configured.length && (configured.length !== 1 || configured[0]!.TargetGroupArn !== a.TargetGroupArn)) {
        throw new SimError('ValidationError', 'You cannot specify both a target group ARN and a forward config with different target groups');
      }
    }
    if (a.Type === 'redirect' && !/^HTTP_30[12]$/.test(String(a.RedirectConfig?.StatusCode))) {
      throw new SimError('ValidationError', 'A redirect action needs RedirectConfig.StatusCode HTTP_301 or HTTP_302');
    }
    if (a.Type === 'fixed-response' && !/^[245]\d\d$/.test(String(a.FixedResponseConfig?.StatusCode))) {
      throw new SimError('ValidationError', 'A fixed-response action needs FixedResponseConfig.StatusCode 2XX, 4XX or 5XX');
    }
    const terminal = a.Type === 'forward' || a.Type === 'redirect' || a.Type === 'fixed-response';
    if (terminal && i !== actions.length - 1) throw new SimError('InvalidLoadBalancerAction', `The ${a.Type} action must be the last action`);
  });
  for (const arn of forwardedTgs(actions)) {
    const tg = findTg(call, arn);
    const family = lbType(lb.loadBalancer) === 'network' ? 'tcp' : 'http';
    if (tg.targetGroup.TargetType !== 'lambda' && tgFamily(tg.targetGroup.Protocol) !== family) {
      throw new SimError('IncompatibleProtocols', `The target group '${arn}' uses protocol ${tg.targetGroup.Protocol}, which a ${lb.loadBalancer.Type} load balancer cannot forward to`);
    }
    const others = lbsOfTg(call.region, arn).filter((a) => a !== lb.loadBalancer.LoadBalancerArn);
    if (others.length) {
      throw new SimError('TargetGroupAssociationLimit', `The following target groups cannot be associated with more than one load balancer: ${arn}`);
    }
  }
  return normaliseActions(actions);
}

function checkConditions(raw: unknown): RuleCondition[] {
  const conditions = list<RuleCondition>(raw);
  if (!conditions.length) throw new SimError('ValidationError', 'A rule must have at least one condition');
  for (const c of conditions) {
    if (!CONDITION_FIELDS.has(String(c.Field))) throw new SimError('ValidationError', `Condition field '${String(c.Field)}' must be one of ${[...CONDITION_FIELDS].join(', ')}`);
    const config = c.HostHeaderConfig ?? c.PathPatternConfig;
    if (c.Values && config) throw new SimError('ValidationError', `A condition cannot specify both Values and a ${c.Field} config`);
  }
  return conditions;
}

function checkPriority(listener: V2Listener, priority: number, ignoreRule?: string): void {
  if (!Number.isInteger(priority) || priority < 1 || priority > 50000) {
    throw new SimError('ValidationError', `Priority '${priority}' must be between 1 and 50000`);
  }
  if (listener.rules.some((r) => r.rule.Priority === String(priority) && r.rule.RuleArn !== ignoreRule)) {
    throw new SimError('PriorityInUse', `Priority '${priority}' is currently in use`);
  }
}

function checkListenerSettings(lb: V2LoadBalancer, protocol: string, certificates: Certificate[]): void {
  const type = lbType(lb.loadBalancer);
  if (!LISTENER_PROTOCOLS[type].has(protocol)) {
    throw new SimError('UnsupportedProtocol', `Listener protocol '${protocol}' is not supported with a load balancer of type '${type}'`);
  }
  if ((protocol === 'HTTPS' || protocol === 'TLS') && !certificates.length) {
    throw new SimError('CertificateNotFound', `A certificate must be specified for ${protocol} listeners`);
  }
  if (certificates.length > 1) throw new SimError('ValidationError', 'A listener can have only one default certificate');
}

function sortedRules(listener: V2Listener): Rule[] {
  const rules = [...listener.rules].sort((a, b) => Number(a.rule.Priority) - Number(b.rule.Priority)).map((r) => r.rule);
  return [...rules, defaultRule(listener)];
}

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

function networkOf(call: Call, subnetIds: string[], mappings: { SubnetId?: string; AllocationId?: string }[], type: LbType): AvailabilityZone[] {
  const ids = subnetIds.length ? subnetIds : mappings.map((m) => m.SubnetId!);
  const subnets = checkSubnets(call.region.network, ids);
  if (!subnets.length) throw new SimError('ValidationError', 'At least one subnet must be specified');
  const zones = subnets.map((s) => s.AvailabilityZone);
  if (new Set(zones).size !== zones.length && zones.every(Boolean)) {
    throw new SimError('InvalidConfigurationRequest', 'A load balancer cannot be attached to multiple subnets in the same Availability Zone');
  }
  if (type === 'application' && zones.every(Boolean) && call.region.network.subnets && new Set(zones).size < 2) {
    throw new SimError('ValidationError', 'At least two subnets in two different Availability Zones must be specified');
  }
  const vpcs = new Set(subnets.map((s) => s.VpcId).filter(Boolean));
  if (vpcs.size > 1) throw new SimError('InvalidConfigurationRequest', 'All subnets must belong to the same VPC');
  return subnets.map((s) => ({
    ZoneName: s.AvailabilityZone ?? `${call.regionName}a`,
    SubnetId: s.SubnetId,
    LoadBalancerAddresses: [],
  }));
}

const TG_HEALTH_FIELDS = [
  'HealthCheckProtocol', 'HealthCheckPort', 'HealthCheckPath', 'HealthCheckEnabled', 'HealthCheckIntervalSeconds',
  'HealthCheckTimeoutSeconds', 'HealthyThresholdCount', 'UnhealthyThresholdCount', 'Matcher',
] as const;

function checkTgHealth(tg: Omit<TargetGroup, 'LoadBalancerArns'>): void {
  const interval = tg.HealthCheckIntervalSeconds ?? 30;
  const timeout = tg.HealthCheckTimeoutSeconds ?? 5;
  if (interval < 5 || interval > 300) throw new SimError('ValidationError', 'HealthCheckIntervalSeconds must be between 5 and 300');
  if (timeout < 2 || timeout > 120) throw new SimError('ValidationError', 'HealthCheckTimeoutSeconds must be between 2 and 120');
  if (timeout >= interval) throw new SimError('ValidationError', 'Health check timeout must be smaller than the interval');
  for (const [field, value] of [['HealthyThresholdCount', tg.HealthyThresholdCount], ['UnhealthyThresholdCount', tg.UnhealthyThresholdCount]] as const) {
    if (value !== undefined && (value < 2 || value > 10)) throw new SimError('ValidationError', `${field} must be between 2 and 10`);
  }
}

function checkAttributes(keys: Set<string>, changes: { Key?: string; Value?: string }[]): void {
  for (const c of changes) {
    if (!c.Key || !keys.has(c.Key)) throw new SimError('ValidationError', `Attribute key '${String(c.Key)}' is not recognized`);
  }
}

// ---------------------------------------------------------------- operations

const operations: Record<string, Operation> = {
  DescribeLoadBalancers(call) {
    const arns = list<string>(call.params.LoadBalancerArns);
    const names = list<string>(call.params.Names);
    if (arns.length && names.length) throw new SimError('ValidationError', 'Load balancer names and load balancer ARNs cannot be specified at the same time');
    let lbs = call.region.loadBalancers;
    if (arns.length) lbs = arns.map((a) => findLb(call, a));
    if (names.length) {
      lbs = names.map((n) => {
        const lb = call.region.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === n);
        if (!lb) throw new SimError('LoadBalancerNotFound', `Load balancers '[${n}]' not found`);
        return lb;
      });
    }
    const { items, nextMarker } = page(lbs, call.params.Marker, call.params.PageSize);
    return { LoadBalancers: items.map((l) => l.loadBalancer), NextMarker: nextMarker };
  },

  DescribeLoadBalancerAttributes(call) {
    return { Attributes: findLb(call, required(call.params, 'LoadBalancerArn')).attributes };
  },

  DescribeListeners(call) {
    const arns = list<string>(call.params.ListenerArns);
    let listeners: V2Listener[];
    if (arns.length) listeners = arns.map((a) => findListener(call, a));
    else if (call.params.LoadBalancerArn) {
      const lb = findLb(call, call.params.LoadBalancerArn);
      listeners = call.region.listeners.filter((l) => l.listener.LoadBalancerArn === lb.loadBalancer.LoadBalancerArn);
    } else throw new SimError('ValidationError', 'You must specify either listener ARNs or a load balancer ARN');
    const { items, nextMarker } = page(listeners, call.params.Marker, call.params.PageSize);
    return { Listeners: items.map((l) => l.listener), NextMarker: nextMarker };
  },

  DescribeListenerCertificates(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    const all: Certificate[] = [
      ...(listener.listener.Certificates ?? []).map((c) => ({ CertificateArn: c.CertificateArn, IsDefault: true })),
      ...listener.extraCertificates,
    ];
    const { items, nextMarker } = page(all, call.params.Marker, call.params.PageSize);
    return { Certificates: items, NextMarker: nextMarker };
  },

  DescribeRules(call) {
    const arns = list<string>(call.params.RuleArns);
    let rules: Rule[];
    if (arns.length) {
      rules = arns.map((a) => {
        const { listener, rule } = findRule(call, a);
        return rule ? rule.rule : defaultRule(listener);
      });
    } else if (call.params.ListenerArn) {
      rules = sortedRules(findListener(call, call.params.ListenerArn));
    } else throw new SimError('ValidationError', 'You must specify either listener ARN or rule ARNs');
    const { items, nextMarker } = page(rules, call.params.Marker, call.params.PageSize);
    return { Rules: items, NextMarker: nextMarker };
  },

  DescribeTargetGroups(call) {
    const arns = list<string>(call.params.TargetGroupArns);
    const names = list<string>(call.params.Names);
    let tgs = call.region.targetGroups;
    if (arns.length) tgs = arns.map((a) => findTg(call, a));
    else if (names.length) {
      tgs = names.map((n) => {
        const tg = call.region.targetGroups.find((t) => t.targetGroup.TargetGroupName === n);
        if (!tg) throw new SimError('TargetGroupNotFound', `One or more target groups not found: '${n}'`);
        return tg;
      });
    } else if (call.params.LoadBalancerArn) {
      const lbArn = findLb(call, call.params.LoadBalancerArn).loadBalancer.LoadBalancerArn!;
      tgs = tgs.filter((t) => lbsOfTg(call.region, t.targetGroup.TargetGroupArn!).includes(lbArn));
    }
    const { items, nextMarker } = page(tgs, call.params.Marker, call.params.PageSize);
    return { TargetGroups: items.map((t) => describeTg(call.region, t)), NextMarker: nextMarker };
  },

  DescribeTargetGroupAttributes(call) {
    return { Attributes: findTg(call, required(call.params, 'TargetGroupArn')).attributes };
  },

  DescribeTargetHealth(call) {
    const tg = findTg(call, required(call.params, 'TargetGroupArn'));
    const wanted = list<TargetDescription>(call.params.Targets);
    if (!wanted.length) return { TargetHealthDescriptions: tg.targets };
    return {
      TargetHealthDescriptions: wanted.map(
        (w) =>
          tg.targets.find((t) => t.Target?.Id === w.Id && (w.Port === undefined || t.Target?.Port === w.Port)) ?? {
            Target: w,
            TargetHealth: { State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' },
          },
      ),
    };
  },

  DescribeTags(call) {
    const arns = list<string>(required(call.params, 'ResourceArns'));
    if (arns.length > 20) throw tooManyMembers('ResourceArns', arns.length, 20);
    return { TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: taggable(call, arn).tags })) };
  },

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

  CreateListener(call) {
    const lb = findLb(call, required(call.params, 'LoadBalancerArn'));
    const protocol = String(call.params.Protocol ?? (lbType(lb.loadBalancer) === 'network' ? 'TCP' : 'HTTP'));
    const port = Number(required(call.params, 'Port'));
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SimError('ValidationError', `Port '${port}' must be between 1 and 65535`);
    const certificates = list<Certificate>(call.params.Certificates);
    checkListenerSettings(lb, protocol, certificates);
    for (const c of certificates) checkCertificateRegion(c.CertificateArn, call.regionName);
    const arn = lb.loadBalancer.LoadBalancerArn!;
    if (call.region.listeners.some((l) => l.listener.LoadBalancerArn === arn && l.listener.Port === port)) {
      throw new SimError('DuplicateListener', 'A listener already exists on this port for this load balancer');
    }
    const defaultActions = checkActions(call, lb, required(call.params, 'DefaultActions'), false);
    const tags = list<Tag>(call.params.Tags);
    checkTagKeys(tags);
    const secure = protocol === 'HTTPS' || protocol === 'TLS';
    const listenerArn = newListenerArn(call.sim, arn);
    const listener: V2Listener = {
      listener: {
        ListenerArn: listenerArn,
        LoadBalancerArn: arn,
        Port: port,
        Protocol: protocol as Listener['Protocol'],
        ...(certificates.length ? { Certificates: [{ CertificateArn: certificates[0]!.CertificateArn }] } : {}),
        ...(secure ? { SslPolicy: (call.params.SslPolicy as string | undefined) ?? 'ELBSecurityPolicy-2016-08' } : {}),
        DefaultActions: defaultActions,
        ...(call.params.AlpnPolicy ? { AlpnPolicy: list<string>(call.params.AlpnPolicy) } : {}),
        ...(call.params.MutualAuthentication
          ? { MutualAuthentication: checkMutualAuthentication(call.params.MutualAuthentication as MutualAuthenticationAttributes, protocol, call.regionName) }
          : {}),
      },
      extraCertificates: [],
      defaultRuleArn: newRuleArn(call.sim, listenerArn),
      rules: [],
      tags: mergeTags([], tags, 50, listenerArn),
    };
    call.region.listeners.push(listener);
    return { Listeners: [listener.listener] };
  },

  DeleteListener(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    call.region.listeners = call.region.listeners.filter((l) => l !== listener);
  },

  ModifyListener(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    const lb = lbOfListener(call, listener);
    const l = listener.listener;
    const protocol = String(call.params.Protocol ?? l.Protocol);
    const port = call.params.Port !== undefined ? Number(call.params.Port) : l.Port!;
    const certificates = call.params.Certificates !== undefined ? list<Certificate>(call.params.Certificates) : (l.Certificates ?? []);
    checkListenerSettings(lb, protocol, certificates);
    if (call.params.Certificates !== undefined) for (const c of certificates) checkCertificateRegion(c.CertificateArn, call.regionName);
    if (port !== l.Port && call.region.listeners.some((o) => o.listener.LoadBalancerArn === l.LoadBalancerArn && o.listener.Port === port)) {
      throw new SimError('DuplicateListener', 'A listener already exists on this port for this load balancer');
    }
    const defaultActions = call.params.DefaultActions !== undefined ? checkActions(call, lb, call.params.DefaultActions, false) : l.DefaultActions;
    const secure = protocol === 'HTTPS' || protocol === 'TLS';
    listener.listener = {
      ListenerArn: l.ListenerArn,
      LoadBalancerArn: l.LoadBalancerArn,
      Port: port,
      Protocol: protocol as Listener['Protocol'],
      ...(certificates.length && secure ? { Certificates: [{ CertificateArn: certificates[0]!.CertificateArn }] } : {}),
      ...(secure ? { SslPolicy: (call.params.SslPolicy as string | undefined) ?? l.SslPolicy ?? 'ELBSecurityPolicy-2016-08' } : {}),
      DefaultActions: defaultActions,
      ...(call.params.AlpnPolicy !== undefined ? { AlpnPolicy: list<string>(call.params.AlpnPolicy) } : l.AlpnPolicy ? { AlpnPolicy: l.AlpnPolicy } : {}),
      ...(call.params.MutualAuthentication !== undefined
        ? { MutualAuthentication: checkMutualAuthentication(call.params.MutualAuthentication as MutualAuthenticationAttributes, protocol, call.regionName) }
        : l.MutualAuthentication
          ? { MutualAuthentication: l.MutualAuthentication }
          : {}),
    };
    return { Listeners: [listener.listener] };
  },

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

  AddListenerCertificates(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    return { Certificates: addListenerCertificate(listener.extraCertificates, list<Certificate>(required(call.params, 'Certificates')), call.regionName) };
  },

  RemoveListenerCertificates(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    listener.extraCertificates = removeListenerCertificate(listener.extraCertificates, list<Certificate>(required(call.params, 'Certificates')));
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

// ---------------------------------------------------------------- handler

const MAP_FIELDS = new Set(['AuthenticationRequestExtraParams']);

export const elbv2Handler: ServiceHandler = {
  service: 'elasticloadbalancing',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const { action, version } = parseQueryBody(req.body);
    return version === ELBV2_VERSION ? (action ?? 'Unknown') : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const { action, params } = parseQueryBody(req.body);
    const op = action ? operations[action] : undefined;
    if (!op) throw new SimError('InvalidAction', `Could not find operation ${String(action)} for version ${ELBV2_VERSION}`);
    const typedParams = typed(params, TYPES);
    sim.log.push({ operation: action!, service: req.service, region: req.region, account: req.account, params: typedParams });
    const result = op({ params: typedParams, region: regionState(sim, req.account, req.region), regionName: req.region, account: req.account, sim });
    return queryResult(action!, XMLNS, result ?? {}, MAP_FIELDS);
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    return errorResponse(err);
  },

  seed: seedElbv2,
};
