import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { checkChangeThreshold, diffZoneRecords, remapSelfAliases, renameZoneRecords } from '../../src/restore/route53-diff.js';

const a = (name: string, value: string, extra: Partial<ResourceRecordSet> = {}): ResourceRecordSet => ({
  Name: name,
  Type: 'A',
  TTL: 60,
  ResourceRecords: [{ Value: value }],
  ...extra,
});
const apexNs: ResourceRecordSet = { Name: 'example.com.', Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-00.com.' }] };

describe('diffZoneRecords', () => {
  it('creates what is missing, upserts what differs, deletes strays; value and key order do not count', () => {
    const desired = [a('www.example.com.', '192.0.2.1'), a('api.example.com.', '192.0.2.2'), { ...a('two.example.com.', 'x'), ResourceRecords: [{ Value: '1' }, { Value: '2' }] }];
    const live = [
      { TTL: 60, Type: 'A', Name: 'www.example.com.', ResourceRecords: [{ Value: '192.0.2.1' }] } as ResourceRecordSet,
      a('api.example.com.', '192.0.2.99'),
      { ...a('two.example.com.', 'x'), ResourceRecords: [{ Value: '2' }, { Value: '1' }] },
      a('stray.example.com.', '192.0.2.3'),
    ];
    const diff = diffZoneRecords(desired, live, { zoneName: 'example.com.', force: false });
    expect(diff.changes.map((c) => `${c.Action} ${c.ResourceRecordSet?.Name}`)).toEqual([
      'UPSERT api.example.com.',
      'DELETE stray.example.com.',
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it('tells routing-policy sets apart by set identifier', () => {
    const blue = a('api.example.com.', '192.0.2.1', { SetIdentifier: 'blue', Weight: 70 });
    const green = a('api.example.com.', '192.0.2.2', { SetIdentifier: 'green', Weight: 30 });
    const diff = diffZoneRecords([blue, green], [{ ...blue, Weight: 10 }], { zoneName: 'example.com.', force: false });
    expect(diff.changes.map((c) => `${c.Action} ${c.ResourceRecordSet?.SetIdentifier}`)).toEqual(['UPSERT blue', 'CREATE green']);
  });

  it('skips apex NS/SOA unless forced, and never deletes them', () => {
    const changed = { ...apexNs, TTL: 60 };
    const unforced = diffZoneRecords([apexNs], [changed], { zoneName: 'example.com.', force: false });
    expect(unforced.changes).toEqual([]);
    expect(unforced.skippedApex).toEqual([apexNs]);
    const forced = diffZoneRecords([apexNs], [changed], { zoneName: 'example.com.', force: true });
    expect(forced.changes).toEqual([{ Action: 'UPSERT', ResourceRecordSet: apexNs }]);
    expect(diffZoneRecords([], [apexNs], { zoneName: 'example.com.', force: true }).changes).toEqual([]);
    // A delegation NS below the apex is an ordinary record.
    const sub = { ...apexNs, Name: 'sub.example.com.' };
    expect(diffZoneRecords([], [sub], { zoneName: 'example.com.', force: false }).changes).toEqual([{ Action: 'DELETE', ResourceRecordSet: sub }]);
  });
});

describe('checkChangeThreshold', () => {
  const record = a('x.example.com.', '192.0.2.1');
  const upserts = (n: number): Change[] => Array.from({ length: n }, () => ({ Action: 'UPSERT', ResourceRecordSet: record }));
  it('refuses more than 30% updates and deletes of a zone of 10 or more records', () => {
    expect(checkChangeThreshold(upserts(3), 10).exceeded).toBe(false);
    expect(checkChangeThreshold(upserts(4), 10).exceeded).toBe(true);
    expect(checkChangeThreshold(upserts(9), 9).exceeded).toBe(false);
    expect(checkChangeThreshold([...upserts(3), { Action: 'CREATE', ResourceRecordSet: record }], 10).exceeded).toBe(false);
  });
});

describe('moving records', () => {
  it('remaps aliases into the zone itself and renames the zone', () => {
    const aliasRecord: ResourceRecordSet = { Name: 'example.com.', Type: 'A', AliasTarget: { HostedZoneId: 'ZOLD', DNSName: 'www.example.com.', EvaluateTargetHealth: false } };
    const outside: ResourceRecordSet = { Name: 'app.example.com.', Type: 'A', AliasTarget: { HostedZoneId: 'Z35SXDOTRQ7X7K', DNSName: 'lb.example.com.', EvaluateTargetHealth: true } };
    expect(remapSelfAliases([aliasRecord, outside], 'ZOLD', 'ZNEW').map((r) => r.AliasTarget?.HostedZoneId)).toEqual(['ZNEW', 'Z35SXDOTRQ7X7K']);
    const renamed = renameZoneRecords([aliasRecord, outside], 'example.com.', 'drill.example.org.', 'ZOLD');
    expect(renamed.map((r) => [r.Name, r.AliasTarget?.DNSName])).toEqual([
      ['drill.example.org.', 'www.drill.example.org.'],
      ['app.drill.example.org.', 'lb.example.com.'],
    ]);
  });
});
