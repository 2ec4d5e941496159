/**
 * Route 53 in the simulator, through the real SDK client: ChangeResourceRecordSets batches, their
 * validation and their limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeResourceRecordSetsCommand, Route53Client, type Change, type ResourceRecordSet } from '@aws-sdk/client-route-53';
import { startSim, type Sim } from './server.js';
import { SAMPLE, PUBLIC, client, allRecords, caught, a } from '../support/route53-sim.js';

describe('ChangeResourceRecordSets', () => {
  let sim: Sim;
  let r53: Route53Client;
  beforeAll(async () => {
    sim = await startSim({ fixtures: [SAMPLE] });
    r53 = client(sim);
  });
  afterAll(() => sim.close());

  const change = (Action: Change['Action'], ResourceRecordSet: ResourceRecordSet): Change => ({ Action, ResourceRecordSet });
  const send = (zone: string, changes: Change[]) =>
    r53.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: zone, ChangeBatch: { Changes: changes } }));

  it('applies CREATE, UPSERT and DELETE, normalising names', async () => {
    await send(PUBLIC, [change('CREATE', a('New.Example.com', '192.0.2.200')), change('CREATE', a('*.dev.example.com', '192.0.2.201'))]);
    await send(PUBLIC, [change('UPSERT', a('new.example.com.', '192.0.2.202'))]);
    const { records } = await allRecords(r53, PUBLIC);
    expect(records.find((r) => r.Name === 'new.example.com.')?.ResourceRecords).toEqual([{ Value: '192.0.2.202' }]);
    expect(records.some((r) => r.Name === '\\052.dev.example.com.')).toBe(true);
    await send(PUBLIC, [change('DELETE', a('new.example.com.', '192.0.2.202')), change('DELETE', a('\\052.dev.example.com.', '192.0.2.201'))]);
    const after = await allRecords(r53, PUBLIC);
    expect(after.records.some((r) => r.Name === 'new.example.com.' || r.Name === '\\052.dev.example.com.')).toBe(false);
  });

  it('rejects the whole batch when one change is invalid, naming every problem', async () => {
    const before = (await allRecords(r53, PUBLIC)).records;
    const error = await caught(
      send(PUBLIC, [
        change('CREATE', a('fresh.example.com.', '192.0.2.1')),
        change('CREATE', a('www.example.com.', '192.0.2.10')),
        change('DELETE', a('missing.example.com.', '192.0.2.1')),
        change('DELETE', { Name: 'www.example.com.', Type: 'AAAA', TTL: 300, ResourceRecords: [{ Value: '2001:db8::99' }] }),
      ]),
    );
    expect(error.name).toBe('InvalidChangeBatch');
    expect(error.message).toBe(
      "[Tried to create resource record set [name='www.example.com.', type='A'] but it already exists, " +
        "Tried to delete resource record set [name='missing.example.com.', type='A'] but it was not found, " +
        "Tried to delete resource record set [name='www.example.com.', type='AAAA'] but the values provided do not match the current values]",
    );
    expect((await allRecords(r53, PUBLIC)).records).toEqual(before);
  });

  it('rejects a CNAME beside other records, an alias to a missing target and a record outside the zone', async () => {
    const cname = await caught(send(PUBLIC, [change('CREATE', { Name: 'www.example.com.', Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'x.example.net.' }] })]));
    expect(cname.message).toContain('conflicts with other records');
    const alias = await caught(
      send(PUBLIC, [change('CREATE', { Name: 'x.example.com.', Type: 'A', AliasTarget: { HostedZoneId: PUBLIC, DNSName: 'nothing.example.com.', EvaluateTargetHealth: false } })]),
    );
    expect(alias.message).toContain('but that target was not found');
    const outside = await caught(send(PUBLIC, [change('CREATE', a('www.example.org.', '192.0.2.1'))]));
    expect(outside.message).toBe('[RRSet with DNS name www.example.org. is not permitted in zone example.com.]');
    const noSetId = await caught(send(PUBLIC, [change('CREATE', a('w.example.com.', '192.0.2.1', { Weight: 1 }))]));
    expect(noSetId.name).toBe('InvalidInput');
  });

  it('keeps TXT values exactly as given and rejects a character string over 255', async () => {
    const value = `"${'a'.repeat(255)}" "b \\"quoted\\""`;
    await send(PUBLIC, [change('CREATE', { Name: 'txt.example.com.', Type: 'TXT', TTL: 60, ResourceRecords: [{ Value: value }] })]);
    const { records } = await allRecords(r53, PUBLIC);
    expect(records.find((r) => r.Name === 'txt.example.com.')?.ResourceRecords).toEqual([{ Value: value }]);
    const error = await caught(send(PUBLIC, [change('CREATE', { Name: 'long.example.com.', Type: 'TXT', TTL: 60, ResourceRecords: [{ Value: `"${'a'.repeat(256)}"` }] })]));
    expect(error.message).toContain('TXTRDATATooLong');
  });

  it('enforces 1000 ResourceRecord elements and 32,000 characters per batch, UPSERT counting twice', async () => {
    const records = (n: number, prefix: string, value = (i: number) => `10.9.${Math.floor(i / 250)}.${i % 250}`) =>
      Array.from({ length: n }, (_, i) => a(`${prefix}-${i}.example.com.`, value(i)));
    sim.ctx.log.length = 0;
    await send(PUBLIC, records(1000, 'c').map((r) => change('CREATE', r)));
    const tooMany = await caught(send(PUBLIC, records(1001, 'd').map((r) => change('CREATE', r))));
    expect(tooMany.name).toBe('InvalidChangeBatch');
    expect(tooMany.message).toBe('[Number of records limit of 1000 exceeded.]');
    const upserts = await caught(send(PUBLIC, records(501, 'c').map((r) => change('UPSERT', r))));
    expect(upserts.message).toBe('[Number of records limit of 1000 exceeded.]');
    await send(PUBLIC, records(500, 'c').map((r) => change('UPSERT', r)));
    // 300 values of 107 characters = 32,100 characters.
    const long = (i: number) => `"${String(i).padStart(105, 'x')}"`;
    const tooLong = await caught(send(PUBLIC, records(300, 't', long).map((r) => change('CREATE', { ...r, Type: 'TXT' }))));
    expect(tooLong.message).toBe('[RDATA character limit of 32000 exceeded.]');
    const logged = sim.ctx.log.filter((e) => e.operation === 'ChangeResourceRecordSets').map((e) => e.params);
    expect(logged).toEqual([
      expect.objectContaining({ resourceRecords: 1000, accepted: true }),
      expect.objectContaining({ resourceRecords: 1001, accepted: false, error: 'InvalidChangeBatch' }),
      expect.objectContaining({ resourceRecords: 1002, accepted: false }),
      expect.objectContaining({ resourceRecords: 1000, accepted: true }),
      expect.objectContaining({ characters: 32100, accepted: false }),
    ]);
  });
});
