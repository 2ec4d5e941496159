/**
 * Lookups and validation the classic load balancer operations share: finding a load balancer,
 * its derived Policies, and the checks on listeners, health checks and policy names.
 */
import type { HealthCheck, Listener, LoadBalancerDescription, Policies, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';
import { checkCertificateRegion } from './elb-certificates.js';
import type { Call, ClassicLoadBalancer } from './elb-classic-state.js';
import { SimError } from './types.js';

export const POLICY_TYPES = new Set([
  'SSLNegotiationPolicyType',
  'LBCookieStickinessPolicyType',
  'AppCookieStickinessPolicyType',
  'BackendServerAuthenticationPolicyType',
  'PublicKeyPolicyType',
  'ProxyProtocolPolicyType',
]);
const LISTENER_PROTOCOLS = new Set(['HTTP', 'HTTPS', 'TCP', 'SSL']);

export function findLb(call: Call, name: unknown): ClassicLoadBalancer {
  const lb = call.region.loadBalancers.find((l) => l.description.LoadBalancerName === name);
  if (!lb) throw new SimError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${String(name)}'`);
  return lb;
}

/** Policies as DescribeLoadBalancers shows them: derived from the LB's policy descriptions. */
function derivedPolicies(lb: ClassicLoadBalancer): Policies {
  const attr = (p: PolicyDescription, name: string) => p.PolicyAttributeDescriptions?.find((a) => a.AttributeName === name)?.AttributeValue;
  const policies: Policies = { AppCookieStickinessPolicies: [], LBCookieStickinessPolicies: [], OtherPolicies: [] };
  for (const p of lb.policies) {
    if (p.PolicyTypeName === 'LBCookieStickinessPolicyType') {
      const period = attr(p, 'CookieExpirationPeriod');
      policies.LBCookieStickinessPolicies!.push({ PolicyName: p.PolicyName, ...(period ? { CookieExpirationPeriod: Number(period) } : {}) });
    } else if (p.PolicyTypeName === 'AppCookieStickinessPolicyType') {
      policies.AppCookieStickinessPolicies!.push({ PolicyName: p.PolicyName, CookieName: attr(p, 'CookieName') });
    } else {
      policies.OtherPolicies!.push(p.PolicyName!);
    }
  }
  return policies;
}

export function describe(lb: ClassicLoadBalancer): LoadBalancerDescription {
  return { ...lb.description, Policies: derivedPolicies(lb) };
}

function checkListener(listener: Listener): Listener {
  const protocol = String(listener.Protocol ?? '').toUpperCase();
  if (!LISTENER_PROTOCOLS.has(protocol)) {
    throw new SimError('ValidationError', `Invalid protocol '${listener.Protocol}': must be one of HTTP, HTTPS, TCP, SSL`);
  }
  const instanceProtocol = String(listener.InstanceProtocol ?? protocol).toUpperCase();
  if ((protocol === 'HTTPS' || protocol === 'SSL') && !listener.SSLCertificateId) {
    throw new SimError('ValidationError', `A listener with protocol ${protocol} on port ${listener.LoadBalancerPort} requires an SSLCertificateId`);
  }
  return {
    Protocol: protocol,
    LoadBalancerPort: listener.LoadBalancerPort,
    InstanceProtocol: instanceProtocol,
    InstancePort: listener.InstancePort,
    ...(listener.SSLCertificateId ? { SSLCertificateId: listener.SSLCertificateId } : {}),
  };
}

export function addListeners(lb: ClassicLoadBalancer, listeners: Listener[], region: string): void {
  const descriptions = (lb.description.ListenerDescriptions ??= []);
  for (const raw of listeners) {
    const listener = checkListener(raw);
    if (listener.SSLCertificateId) checkCertificateRegion(listener.SSLCertificateId, region);
    const existing = descriptions.find((d) => d.Listener?.LoadBalancerPort === listener.LoadBalancerPort);
    if (existing) {
      if (JSON.stringify(existing.Listener) === JSON.stringify(listener)) continue;
      throw new SimError('DuplicateListener', `A listener already exists for ${lb.description.LoadBalancerName} with LoadBalancerPort ${listener.LoadBalancerPort}, but with a different InstancePort, Protocol, or SSLCertificateId`);
    }
    descriptions.push({ Listener: listener, PolicyNames: [] });
  }
}

export function checkHealthCheck(hc: HealthCheck): HealthCheck {
  if (!/^(TCP|SSL):\d+$|^(HTTP|HTTPS):\d+\/.*$/.test(hc.Target ?? '')) {
    throw new SimError('ValidationError', `HealthCheck Target '${hc.Target}' must be PROTOCOL:PORT (TCP, SSL) or PROTOCOL:PORT/PATH (HTTP, HTTPS)`);
  }
  if ((hc.Timeout ?? 0) >= (hc.Interval ?? 0)) {
    throw new SimError('ValidationError', 'HealthCheck Timeout must be less than Interval');
  }
  return { Target: hc.Target, Interval: hc.Interval, Timeout: hc.Timeout, UnhealthyThreshold: hc.UnhealthyThreshold, HealthyThreshold: hc.HealthyThreshold };
}

export function checkPolicyNames(lb: ClassicLoadBalancer, names: string[]): string[] {
  for (const name of names) {
    if (!lb.policies.some((p) => p.PolicyName === name)) {
      throw new SimError('PolicyNotFound', `There is no policy with name ${name} for load balancer ${lb.description.LoadBalancerName}`);
    }
  }
  return names;
}
