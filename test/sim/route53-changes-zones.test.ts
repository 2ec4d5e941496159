/**
 * Route 53 in the simulator, through the real SDK client: change status, PriorRequestNotComplete,
 * and creating and changing zones, health checks and tags.
 */
import { describe, expect, it } from 'vitest';
import {
  AssociateVPCWithHostedZoneCommand,
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateHealthCheckCommand,
  CreateHostedZoneCommand,
  DeleteHealthCheckCommand,
  DeleteHostedZoneCommand,
  DisassociateVPCFromHostedZoneCommand,
  GetChangeCommand,
  GetHealthCheckCommand,
  GetHostedZoneCommand,
  ListTagsForResourceCommand,
  ListTagsForResourcesCommand,
  UpdateHealthCheckCommand,
  UpdateHostedZoneCommentCommand,
} from '@aws-sdk/client-route-53';
import { startSim } from './server.js';
import { SAMPLE, PUBLIC, PRIVATE, client, allRecords, caught, a } from '../support/route53-sim.js';

describe('changes and zones', () => {
  it('reports a change PENDING, then INSYNC once its delay of simulated time has passed', async () => {
    const sim = await startSim({ fixtures: [SAMPLE], clock: { frozen: true }, serviceOptions: { route53: { changeSyncMs: 5000 } } });
    try {
      const r53 = client(sim);
      const { ChangeInfo } = await r53.send(
        new ChangeResourceRecordSetsCommand({ HostedZoneId: PUBLIC, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: a('x.example.com.', '192.0.2.1') }] } }),
      );
      expect(ChangeInfo?.Status).toBe('PENDING');
      expect(ChangeInfo?.SubmittedAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
      sim.advance(4999);
      expect((await r53.send(new GetChangeCommand({ Id: ChangeInfo?.Id }))).ChangeInfo?.Status).toBe('PENDING');
      sim.advance(1);
      expect((await r53.send(new GetChangeCommand({ Id: ChangeInfo?.Id }))).ChangeInfo?.Status).toBe('INSYNC');
    } finally {
      await sim.close();
    }
  });

  it('answers PriorRequestNotComplete while the previous change of the zone is pending within the window', async () => {
    const sim = await startSim({
      fixtures: [SAMPLE],
      clock: { frozen: true },
      serviceOptions: { route53: { changeSyncMs: 10_000, priorRequestWindowMs: 3000 } },
    });
    try {
      const r53 = client(sim);
      const upsert = (value: string) =>
        r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: PUBLIC, ChangeBatch: { Changes: [{ Action: 'UPSERT', ResourceRecordSet: a('x.example.com.', value) }] } }));
      await upsert('192.0.2.1');
      const error = await caught(upsert('192.0.2.2'));
      expect(error.name).toBe('PriorRequestNotComplete');
      expect(error.$metadata?.httpStatusCode).toBe(400);
      sim.advance(3000);
      await expect(upsert('192.0.2.3')).resolves.toBeDefined();
    } finally {
      await sim.close();
    }
  });

  it('creates, comments, associates and deletes zones the way Route 53 allows', async () => {
    const sim = await startSim({ fixtures: [SAMPLE] });
    try {
      const r53 = client(sim);
      const created = await r53.send(
        new CreateHostedZoneCommand({ Name: 'internal.test', CallerReference: 'ref-1', VPC: { VPCRegion: 'us-east-1', VPCId: 'vpc-0123456789abcdef0' } }),
      );
      const id = created.HostedZone?.Id as string;
      expect(created.HostedZone).toMatchObject({ Name: 'internal.test.', Config: { PrivateZone: true }, ResourceRecordSetCount: 2 });
      expect(created.Location).toContain(id.replace('/hostedzone/', ''));
      const again = await caught(r53.send(new CreateHostedZoneCommand({ Name: 'other.test', CallerReference: 'ref-1' })));
      expect(again.name).toBe('HostedZoneAlreadyExists');
      const { records } = await allRecords(r53, id);
      expect(records.map((r) => r.Type)).toEqual(['NS', 'SOA']);

      await r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: id, VPC: { VPCRegion: 'eu-west-1', VPCId: 'vpc-0fedcba9876543210' } }));
      await r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: id, VPC: { VPCRegion: 'us-east-1', VPCId: 'vpc-0123456789abcdef0' } }));
      const last = await caught(r53.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: id, VPC: { VPCRegion: 'eu-west-1', VPCId: 'vpc-0fedcba9876543210' } })));
      expect(last.name).toBe('LastVPCAssociation');
      const publicVpc = await caught(r53.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: PUBLIC, VPC: { VPCRegion: 'us-east-1', VPCId: 'vpc-0123456789abcdef0' } })));
      expect(publicVpc.name).toBe('PublicZoneVPCAssociation');
      await r53.send(new UpdateHostedZoneCommentCommand({ Id: id, Comment: 'now commented' }));
      expect((await r53.send(new GetHostedZoneCommand({ Id: id }))).HostedZone?.Config?.Comment).toBe('now commented');

      const notEmpty = await caught(r53.send(new DeleteHostedZoneCommand({ Id: PUBLIC })));
      expect(notEmpty.name).toBe('HostedZoneNotEmpty');
      await r53.send(new DeleteHostedZoneCommand({ Id: id }));
      const gone = await caught(r53.send(new GetHostedZoneCommand({ Id: id })));
      expect(gone.name).toBe('NoSuchHostedZone');
    } finally {
      await sim.close();
    }
  });

  it('creates health checks idempotently by CallerReference and versions updates', async () => {
    const sim = await startSim({ fixtures: [SAMPLE] });
    try {
      const r53 = client(sim);
      const config = { Type: 'HTTP' as const, IPAddress: '192.0.2.9', ResourcePath: '/up' };
      const first = await r53.send(new CreateHealthCheckCommand({ CallerReference: 'hc-ref', HealthCheckConfig: config }));
      const retry = await r53.send(new CreateHealthCheckCommand({ CallerReference: 'hc-ref', HealthCheckConfig: config }));
      expect(retry.HealthCheck?.Id).toBe(first.HealthCheck?.Id);
      expect(first.HealthCheck?.HealthCheckConfig).toMatchObject({ Port: 80, RequestInterval: 30, FailureThreshold: 3 });
      const different = await caught(r53.send(new CreateHealthCheckCommand({ CallerReference: 'hc-ref', HealthCheckConfig: { ...config, Port: 81 } })));
      expect(different.name).toBe('HealthCheckAlreadyExists');
      const id = first.HealthCheck?.Id as string;
      const updated = await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, HealthCheckVersion: 1, FailureThreshold: 5, ResetElements: ['ResourcePath'] }));
      expect(updated.HealthCheck?.HealthCheckVersion).toBe(2);
      expect(updated.HealthCheck?.HealthCheckConfig?.FailureThreshold).toBe(5);
      expect(updated.HealthCheck?.HealthCheckConfig?.ResourcePath).toBeUndefined();
      const stale = await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, HealthCheckVersion: 1, Port: 8080 })));
      expect(stale.name).toBe('HealthCheckVersionMismatch');
      // What UpdateHealthCheck cannot do: add an IP address, give a calculated check a port, fewer than 3 regions.
      const byName = await r53.send(new CreateHealthCheckCommand({ CallerReference: 'fqdn-only', HealthCheckConfig: { Type: 'HTTPS', FullyQualifiedDomainName: 'a.example.com' } }));
      expect((await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: byName.HealthCheck!.Id!, IPAddress: '192.0.2.1' })))).name).toBe('InvalidInput');
      expect((await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: '11111111-aaaa-4bbb-8ccc-000000000003', Port: 80 })))).name).toBe('InvalidInput');
      expect((await caught(r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, Regions: ['us-east-1', 'eu-west-1'] })))).name).toBe('InvalidInput');
      const moved = await r53.send(new UpdateHealthCheckCommand({ HealthCheckId: id, IPAddress: '192.0.2.10', Regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] }));
      expect(moved.HealthCheck?.HealthCheckConfig).toMatchObject({ IPAddress: '192.0.2.10', Regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'] });
      expect(moved.HealthCheck?.HealthCheckVersion).toBe(3);
      await r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: id, AddTags: [{ Key: 'Name', Value: 'new' }] }));
      expect((await r53.send(new ListTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: id }))).ResourceTagSet?.Tags).toEqual([{ Key: 'Name', Value: 'new' }]);
      const inUse = await caught(r53.send(new DeleteHealthCheckCommand({ HealthCheckId: '11111111-aaaa-4bbb-8ccc-000000000001' })));
      expect(inUse.name).toBe('HealthCheckInUse');
      await r53.send(new DeleteHealthCheckCommand({ HealthCheckId: id }));
      expect((await caught(r53.send(new GetHealthCheckCommand({ HealthCheckId: id })))).name).toBe('NoSuchHealthCheck');
    } finally {
      await sim.close();
    }
  });

  it('limits ListTagsForResources to 10 ids and ChangeTagsForResource to 10 tags', async () => {
    const sim = await startSim({ fixtures: [SAMPLE] });
    try {
      const r53 = client(sim);
      const eleven = Array.from({ length: 11 }, () => PUBLIC);
      expect((await caught(r53.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: eleven })))).name).toBe('InvalidInput');
      const tags = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
      expect((await caught(r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: PUBLIC, AddTags: tags })))).name).toBe('InvalidInput');
      await r53.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: PUBLIC, AddTags: [{ Key: 'Owner', Value: 'dns' }], RemoveTagKeys: ['Environment'] }));
      const set = await r53.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: [PUBLIC, PRIVATE] }));
      expect(set.ResourceTagSets?.map((s) => s.Tags)).toEqual([[{ Key: 'Owner', Value: 'dns' }], [{ Key: 'Environment', Value: 'production' }]]);
    } finally {
      await sim.close();
    }
  });
});
