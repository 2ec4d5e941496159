/**
 * Route 53 record ordering, names and change-batch rules as pure functions.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { compareRecords, normalizeName, reversedName } from './route53-names.js';
import { applyChangeBatch, batchCounts, listRecordPage, txtStrings, type BatchContext } from './route53-records.js';
import { apexRecords } from './route53-state.js';

const rec = (Name: string, Type: ResourceRecordSet['Type'] = 'A', SetIdentifier?: string): ResourceRecordSet => ({
  Name,
  Type,
  ...(SetIdentifier ? { SetIdentifier, Weight: 1 } : {}),
  TTL: 60,
  ResourceRecords: [{ Value: '192.0.2.1' }],
});

function zone(records: ResourceRecordSet[]): BatchContext {
  return {
    zone: { id: 'ZT', name: 'example.com.', records: [...apexRecords('example.com.', ['ns-1.awsdns-01.com']), ...records].sort(compareRecords) },
    zoneById: () => undefined,
    healthCheckExists: () => true,
  };
}

describe('names', () => {
  it('normalises to Route 53 form: lower case, absolute, octal escapes', () => {
    expect(normalizeName('*.Example.COM')).toBe('\\052.example.com.');
    expect(normalizeName('\\052.example.com.')).toBe('\\052.example.com.');
    expect(normalizeName('_sip._tcp.example.com')).toBe('_sip._tcp.example.com.');
    expect(normalizeName('a b.example.com')).toBe('a\\040b.example.com.');
  });

  it('sorts by reversed labels with the trailing dot, then type, then set identifier', () => {
    expect(reversedName('www.example.com.')).toBe('com.example.www.');
    const names = ['b.example.com.', 'a.example.com.', 'a-b.example.com.', 'x.a.example.com.', 'example.com.'];
    const sorted = names.map((n) => rec(n)).sort(compareRecords).map((r) => r.Name);
    // '-' (45) sorts before '.' (46): "com.example.a-b." < "com.example.a." < "com.example.a.x."
    expect(sorted).toEqual(['example.com.', 'a-b.example.com.', 'a.example.com.', 'x.a.example.com.', 'b.example.com.']);
    const sets = [rec('w.example.com.', 'A', 'b'), rec('w.example.com.', 'AAAA'), rec('w.example.com.', 'A', 'a')].sort(compareRecords);
    expect(sets.map((r) => `${r.Type}/${r.SetIdentifier ?? ''}`)).toEqual(['A/a', 'A/b', 'AAAA/']);
  });
});

describe('listRecordPage', () => {
  const records = [rec('a.example.com.'), rec('b.example.com.', 'A', 's1'), rec('b.example.com.', 'A', 's2'), rec('b.example.com.', 'TXT'), rec('c.example.com.')].sort(compareRecords);

  it('starts at a name, a name and type, or a name, type and set identifier', () => {
    const names = (p: { ResourceRecordSets: ResourceRecordSet[] }) => p.ResourceRecordSets.map((r) => `${r.Name}${r.Type}${r.SetIdentifier ?? ''}`);
    expect(names(listRecordPage(records, { StartRecordName: 'b.example.com' }))).toEqual(['b.example.com.As1', 'b.example.com.As2', 'b.example.com.TXT', 'c.example.com.A']);
    expect(names(listRecordPage(records, { StartRecordName: 'b.example.com.', StartRecordType: 'TXT' }))).toEqual(['b.example.com.TXT', 'c.example.com.A']);
    expect(names(listRecordPage(records, { StartRecordName: 'b.example.com.', StartRecordType: 'A', StartRecordIdentifier: 's2' }))[0]).toBe('b.example.com.As2');
    // A name between existing names starts at the next one.
    expect(names(listRecordPage(records, { StartRecordName: 'bb.example.com.' }))).toEqual(['c.example.com.A']);
  });

  it('reports the next record including its set identifier', () => {
    const page = listRecordPage(records, { MaxItems: 2 });
    expect(page).toMatchObject({ IsTruncated: true, NextRecordName: 'b.example.com.', NextRecordType: 'A', NextRecordIdentifier: 's2' });
    expect(listRecordPage(records, { MaxItems: 5 }).IsTruncated).toBe(false);
  });

  it('rejects a type without a name and a non-positive MaxItems', () => {
    expect(() => listRecordPage(records, { StartRecordType: 'A' })).toThrow(/requires StartRecordName/);
    expect(() => listRecordPage(records, { MaxItems: 0 })).toThrow(/positive integer/);
  });
});

describe('change batches', () => {
  it('counts ResourceRecord elements and value characters, UPSERT twice', () => {
    expect(
      batchCounts([
        { Action: 'CREATE', ResourceRecordSet: { Name: 'a', Type: 'A', ResourceRecords: [{ Value: '1234' }, { Value: '56' }] } },
        { Action: 'UPSERT', ResourceRecordSet: { Name: 'b', Type: 'A', ResourceRecords: [{ Value: '123' }] } },
        { Action: 'DELETE', ResourceRecordSet: { Name: 'c', Type: 'A', AliasTarget: { HostedZoneId: 'Z', DNSName: 'x', EvaluateTargetHealth: false } } },
      ]),
    ).toEqual({ changes: 3, resourceRecords: 4, characters: 12 });
  });

  it('splits TXT values into character strings', () => {
    expect(txtStrings('"a b" "c\\"d"')).toEqual(['a b', 'c"d']);
    expect(txtStrings('plain')).toEqual(['plain']);
  });

  it('requires the whole batch to be valid and keeps apex SOA and NS', () => {
    const ctx = zone([rec('www.example.com.')]);
    expect(() => applyChangeBatch([{ Action: 'DELETE', ResourceRecordSet: ctx.zone.records.find((r) => r.Type === 'SOA') }], ctx)).toThrow(/exactly one SOA/);
    expect(() =>
      applyChangeBatch([{ Action: 'CREATE', ResourceRecordSet: rec('api.example.com.', 'A', 'blue') }, { Action: 'CREATE', ResourceRecordSet: rec('api.example.com.') }], ctx),
    ).toThrow(/cannot be combined with routing-policy sets/);
    const next = applyChangeBatch([{ Action: 'DELETE', ResourceRecordSet: rec('www.example.com.') }, { Action: 'CREATE', ResourceRecordSet: rec('www.example.com.', 'A', 'blue') }], ctx);
    expect(next.map((r) => `${r.Name}${r.SetIdentifier ?? ''}`)).toEqual(['example.com.', 'example.com.', 'www.example.com.blue']);
    expect(ctx.zone.records.some((r) => r.SetIdentifier === 'blue')).toBe(false);
  });
});
