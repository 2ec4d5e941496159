/**
 * ELBv2 listener changes: create, modify and delete, and the listener's extra certificates
 * (default certificate, SSL policy and mutual TLS as AWS sets them).
 */
import type { Certificate, Listener, MutualAuthenticationAttributes, Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { addListenerCertificate, checkCertificateRegion, checkMutualAuthentication, removeListenerCertificate } from './elb-certificates.js';
import { required } from './elb-query.js';
import { checkTagKeys, mergeTags } from './elb-tags.js';
import { checkActions, checkListenerSettings } from './elbv2-checks.js';
import { lbType } from './elbv2-defaults.js';
import { newListenerArn, newRuleArn } from './elbv2-names.js';
import { findLb, findListener, lbOfListener } from './elbv2-lookups.js';
import type { Operation, V2Listener } from './elbv2-state.js';
import { listParam as list } from './query.js';
import { SimError } from './types.js';

export const listenerOperations: Record<string, Operation> = {
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

  AddListenerCertificates(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    return { Certificates: addListenerCertificate(listener.extraCertificates, list<Certificate>(required(call.params, 'Certificates')), call.regionName) };
  },

  RemoveListenerCertificates(call) {
    const listener = findListener(call, required(call.params, 'ListenerArn'));
    listener.extraCertificates = removeListenerCertificate(listener.extraCertificates, list<Certificate>(required(call.params, 'Certificates')));
  },
};
