/**
 * What ELBv2 gives a resource it does not say otherwise: the default load balancer and
 * target group attributes per type, and the protocols, actions and conditions it accepts.
 */
import type { LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';

export type LbType = 'application' | 'network';

export const DEFAULT_LB_ATTRIBUTES: Record<LbType, Record<string, string>> = {
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

export const DEFAULT_TG_ATTRIBUTES: Record<'http' | 'tcp', Record<string, string>> = {
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

export const LISTENER_PROTOCOLS: Record<LbType, Set<string>> = {
  application: new Set(['HTTP', 'HTTPS']),
  network: new Set(['TCP', 'TLS', 'UDP', 'TCP_UDP']),
};
export const ACTION_TYPES = new Set(['forward', 'redirect', 'fixed-response', 'authenticate-oidc', 'authenticate-cognito', 'jwt-validation']);
export const CONDITION_FIELDS = new Set(['host-header', 'path-pattern', 'http-header', 'http-request-method', 'query-string', 'source-ip']);

export function attributeList(values: Record<string, string>, overrides: { Key?: string; Value?: string }[] = []): { Key: string; Value: string }[] {
  const merged = new Map(Object.entries(values));
  for (const o of overrides) merged.set(o.Key!, o.Value ?? '');
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}

export function tgFamily(protocol: string | undefined): 'http' | 'tcp' {
  return protocol === 'HTTP' || protocol === 'HTTPS' || protocol === undefined ? 'http' : 'tcp';
}

export function lbType(lb: LoadBalancer): LbType {
  return lb.Type === 'network' ? 'network' : 'application';
}
