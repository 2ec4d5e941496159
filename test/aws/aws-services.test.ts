import { describe, expect, it, vi } from 'vitest';
import { servicesFor } from '../../src/commands/services.js';
import { parseConfig } from '../../src/config/load.js';

describe('SDK packages load on demand', () => {
  it('a client of a service nobody loaded is refused with a message naming the fix; loading makes it available', async () => {
    vi.resetModules(); // a fresh registry, whatever the setup file loaded
    const services = await import('../../src/aws/aws-services.js');
    const { createAwsClients } = await import('../../src/aws/clients.js');
    const clients = createAwsClients({ account: 'a', credentials: { accessKeyId: 'A', secretAccessKey: 's' } });
    expect(services.isServiceLoaded('ec2')).toBe(false);
    expect(() => clients.ec2('us-east-1')).toThrow(/the ec2 SDK client was used before it was loaded.*src\/commands\/services\.ts/);
    await services.loadAwsServices(['ec2']);
    expect(services.isServiceLoaded('ec2')).toBe(true);
    expect(services.isServiceLoaded('rds')).toBe(false);
    expect(clients.ec2('us-east-1').config.serviceId).toBe('EC2');
    clients.destroy();
  });
});

describe('servicesFor', () => {
  const config = (text: string) => parseConfig(`version: 1\nregions: [us-east-1]\n${text}`, 'aws-backup.yml');

  it('loads only what the config turns on', () => {
    expect(servicesFor('export', config('export:\n  load-balancers: { enabled: false }\n'))).toEqual(['route53']);
    expect(servicesFor('run', config('')).sort()).toEqual(['elb', 'elbv2', 'route53']);
    expect(servicesFor('run', config('accounts: [{ name: prod, id: "123456789012" }]\n'))).toContain('sts');
    const withSnapshots = config(
      'snapshots:\n  policies:\n    - name: d\n      resources: { type: ebs-volume, tags: { backup: daily } }\n      retention: { daily: 7 }\n',
    );
    expect(servicesFor('plan', withSnapshots)).toEqual(expect.arrayContaining(['ec2', 'rds', 'kms']));
    expect(servicesFor('export', withSnapshots)).not.toContain('ec2');
  });

  it('a restore loads what its kind calls; a drill, or a restore of no known kind, loads everything', () => {
    expect(servicesFor('restore', config(''), 'route53-zone')).toEqual(['route53']);
    expect(servicesFor('restore', config('accounts: [{ name: prod, id: "123456789012" }]\n'), 'route53-zone').sort()).toEqual(['route53', 'sts']);
    expect(servicesFor('restore', config(''), 's3-prefix')).toEqual(['s3']);
    expect(servicesFor('restore', config(''), 'load-balancer').sort()).toEqual(['ec2', 'elb', 'elbv2']);
    expect(servicesFor('restore', config(''), 'rds-cluster').sort()).toEqual(['ec2', 'kms', 'rds', 'sts']);
    expect(servicesFor('restore', config('')).sort()).toEqual(['cloudtrail', 'ec2', 'elb', 'elbv2', 'kms', 'rds', 'route53', 's3', 'sts']);
    expect(servicesFor('drill', config('')).length).toBe(9);
  });
});
