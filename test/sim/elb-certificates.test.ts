/**
 * Server certificates in the simulated Elastic Load Balancing, as the API reference documents
 * them: an ACM certificate only in its own region (CertificateNotFound), one certificate per
 * Add/RemoveListenerCertificates call, and the default certificate shown twice by
 * DescribeListenerCertificates when it is in the certificate list too; mutual TLS on HTTPS
 * listeners only, with a trust store of the listener's region.
 */
import {
  CreateLoadBalancerCommand as CreateClassicCommand,
  CreateLoadBalancerListenersCommand,
  DescribeLoadBalancersCommand as DescribeClassicCommand,
  ElasticLoadBalancingClient,
  SetLoadBalancerListenerSSLCertificateCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import {
  AddListenerCertificatesCommand,
  CreateListenerCommand,
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  RemoveListenerCertificatesCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../support/rejection.js';
import { classicElbHandler } from './elb.js';
import { elbv2Handler } from './elbv2.js';
import { startSim, type Sim } from './server.js';

const ACCOUNT = '111111111111';
const HTTPS_LISTENER = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/my-alb/50dc6c495c0c9188/0467ef3c8400ae65';
const ALB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/my-alb/50dc6c495c0c9188';
const DEFAULT_CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const LISTED_CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4';
const EAST_EXTRA = 'arn:aws:acm:us-east-1:111111111111:certificate/extra-1';
const EAST_EXTRA2 = 'arn:aws:acm:us-east-1:111111111111:certificate/extra-2';
const WEST_CERT = 'arn:aws:acm:us-west-2:111111111111:certificate/west-1';
const IAM_CERT = 'arn:aws:iam::111111111111:server-certificate/legacy';

let sim: Sim;
const v2 = () => new ElasticLoadBalancingV2Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });
const classic = (region: string) =>
  new ElasticLoadBalancingClient({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

beforeAll(async () => {
  sim = await startSim({ fixtures: ['test/fixtures/sample-load-balancers.yaml'], handlers: [classicElbHandler, elbv2Handler] });
});
afterAll(() => sim.close());

const listed = async (c: ElasticLoadBalancingV2Client) =>
  (await c.send(new DescribeListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER }))).Certificates;

describe('listener certificate list (v2)', () => {
  it('takes one certificate per call, lists the default twice when it is also in the list, and removes one per call', async () => {
    const c = v2();
    const two = await rejection(
      c.send(new AddListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: EAST_EXTRA }, { CertificateArn: EAST_EXTRA2 }] })),
    );
    expect(two.name).toBe('ValidationError');
    await c.send(new AddListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: DEFAULT_CERT }] }));
    await c.send(new AddListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: EAST_EXTRA }] }));
    // Already listed: accepted, not added again.
    await c.send(new AddListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: EAST_EXTRA }] }));
    expect(await listed(c)).toEqual([
      { CertificateArn: DEFAULT_CERT, IsDefault: true },
      { CertificateArn: LISTED_CERT, IsDefault: false },
      { CertificateArn: DEFAULT_CERT, IsDefault: false },
      { CertificateArn: EAST_EXTRA, IsDefault: false },
    ]);
    await c.send(new RemoveListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: DEFAULT_CERT }] }));
    await c.send(new RemoveListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: EAST_EXTRA }] }));
    expect(await listed(c)).toEqual([
      { CertificateArn: DEFAULT_CERT, IsDefault: true },
      { CertificateArn: LISTED_CERT, IsDefault: false },
    ]);
    c.destroy();
  });

  it('refuses an ACM certificate of another region on listeners and in the list', async () => {
    const c = v2();
    const add = await rejection(c.send(new AddListenerCertificatesCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: WEST_CERT }] })));
    expect(add.name).toBe('CertificateNotFoundException');
    const modify = await rejection(c.send(new ModifyListenerCommand({ ListenerArn: HTTPS_LISTENER, Certificates: [{ CertificateArn: WEST_CERT }] })));
    expect(modify.name).toBe('CertificateNotFoundException');
    const create = await rejection(
      c.send(
        new CreateListenerCommand({
          LoadBalancerArn: ALB_ARN,
          Port: 8443,
          Protocol: 'HTTPS',
          Certificates: [{ CertificateArn: WEST_CERT }],
          DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
        }),
      ),
    );
    expect(create.name).toBe('CertificateNotFoundException');
    c.destroy();
  });
});

describe('mutual TLS (v2)', () => {
  it('is kept on HTTPS listeners, needs a trust store of the region to verify, and is refused elsewhere', async () => {
    const c = v2();
    const EAST_STORE = 'arn:aws:elasticloadbalancing:us-east-1:111111111111:truststore/clients/0123456789abcdef';
    const verify = { Mode: 'verify', TrustStoreArn: EAST_STORE };
    await c.send(new ModifyListenerCommand({ ListenerArn: HTTPS_LISTENER, MutualAuthentication: verify }));
    const listener = (await c.send(new DescribeListenersCommand({ ListenerArns: [HTTPS_LISTENER] }))).Listeners![0]!;
    expect(listener.MutualAuthentication).toEqual({ ...verify, IgnoreClientCertificateExpiry: false });
    const west = { Mode: 'verify', TrustStoreArn: EAST_STORE.replace('us-east-1', 'us-west-2') };
    expect((await rejection(c.send(new ModifyListenerCommand({ ListenerArn: HTTPS_LISTENER, MutualAuthentication: west })))).name).toBe('TrustStoreNotFoundException');
    expect((await rejection(c.send(new ModifyListenerCommand({ ListenerArn: HTTPS_LISTENER, MutualAuthentication: { Mode: 'verify' } })))).name).toBe('ValidationError');
    const http = await rejection(
      c.send(
        new CreateListenerCommand({
          LoadBalancerArn: ALB_ARN,
          Port: 8080,
          Protocol: 'HTTP',
          MutualAuthentication: { Mode: 'passthrough' },
          DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
        }),
      ),
    );
    expect(http.name).toBe('InvalidConfigurationRequestException');
    await c.send(new ModifyListenerCommand({ ListenerArn: HTTPS_LISTENER, MutualAuthentication: { Mode: 'off' } }));
    expect((await c.send(new DescribeListenersCommand({ ListenerArns: [HTTPS_LISTENER] }))).Listeners![0]!.MutualAuthentication).toEqual({ Mode: 'off' });
    c.destroy();
  });
});

describe('classic listeners', () => {
  it('take an IAM server certificate anywhere and an ACM certificate only in its region, also when set in place', async () => {
    const west = classic('us-west-2');
    const https = (SSLCertificateId: string, LoadBalancerPort = 443) => ({ Protocol: 'HTTPS', LoadBalancerPort, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId });
    const subnets = ['subnet-0d2a2a2a2a2a2a2a2'];
    const wrong = await rejection(west.send(new CreateClassicCommand({ LoadBalancerName: 'dr-classic', Listeners: [https(DEFAULT_CERT)], Subnets: subnets })));
    expect(wrong.name).toBe('CertificateNotFoundException');
    await west.send(new CreateClassicCommand({ LoadBalancerName: 'dr-classic', Listeners: [https(WEST_CERT)], Subnets: subnets }));
    await west.send(new CreateLoadBalancerListenersCommand({ LoadBalancerName: 'dr-classic', Listeners: [https(IAM_CERT, 8443)] }));
    const listener = await rejection(west.send(new CreateLoadBalancerListenersCommand({ LoadBalancerName: 'dr-classic', Listeners: [https(DEFAULT_CERT, 9443)] })));
    expect(listener.name).toBe('CertificateNotFoundException');

    const setCertificate = (LoadBalancerPort: number, SSLCertificateId: string) =>
      west.send(new SetLoadBalancerListenerSSLCertificateCommand({ LoadBalancerName: 'dr-classic', LoadBalancerPort, SSLCertificateId }));
    await setCertificate(443, `${WEST_CERT}-renewed`);
    expect((await rejection(setCertificate(443, DEFAULT_CERT))).name).toBe('CertificateNotFoundException');
    expect((await rejection(setCertificate(9999, WEST_CERT))).name).toBe('ListenerNotFoundException');
    await west.send(new CreateLoadBalancerListenersCommand({ LoadBalancerName: 'dr-classic', Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }] }));
    expect((await rejection(setCertificate(80, WEST_CERT))).name).toBe('UnsupportedProtocolException');
    const described = (await west.send(new DescribeClassicCommand({ LoadBalancerNames: ['dr-classic'] }))).LoadBalancerDescriptions![0]!;
    expect(described.ListenerDescriptions!.find((d) => d.Listener!.LoadBalancerPort === 443)!.Listener!.SSLCertificateId).toBe(`${WEST_CERT}-renewed`);
    west.destroy();
  });
});
