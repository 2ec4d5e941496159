import type { HostedZone } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { classifyEvent, describeAuthors, readFeed, type LookupEvent } from '../../src/export/route53-feed.js';
import {
  decideExportMode,
  formatStateTrailer,
  nextState,
  parseStateTrailer,
  type CommittedState,
} from '../../src/export/export-mode.js';
import { scanCommittedZones, selectZones } from '../../src/export/route53-incremental.js';
import { renderZoneFile } from '../../src/export/route53-format.js';
import { incrementalSchema } from '../../src/config/incremental-schema.js';

const ALICE = 'arn:aws:iam::111111111111:user/alice';
const at = (iso: string) => new Date(iso);

function event(name: string, detail: Record<string, unknown>, extra: Partial<LookupEvent> = {}): LookupEvent {
  return {
    EventName: name,
    EventTime: at('2026-05-01T10:00:00Z'),
    EventSource: 'route53.amazonaws.com',
    ReadOnly: 'false',
    Username: 'alice',
    CloudTrailEvent: JSON.stringify({ userIdentity: { arn: ALICE }, ...detail }),
    ...extra,
  };
}

describe('the CloudTrail feed', () => {
  it('places each Route 53 write on its zone or on the health checks, with who and when', () => {
    const cases: [LookupEvent, string | undefined, boolean][] = [
      [event('ChangeResourceRecordSets', { requestParameters: { hostedZoneId: 'Z1' } }), 'Z1', false],
      [event('CreateHostedZone', { requestParameters: {}, responseElements: { hostedZone: { id: '/hostedzone/Z2' } } }), 'Z2', false],
      [event('DeleteHostedZone', { requestParameters: { id: 'Z3' } }), 'Z3', false],
      [event('UpdateHostedZoneComment', { requestParameters: { id: 'Z4' } }), 'Z4', false],
      [event('AssociateVPCWithHostedZone', { requestParameters: { hostedZoneId: 'Z5' } }), 'Z5', false],
      [event('ChangeTagsForResource', { requestParameters: { resourceType: 'hostedzone', resourceId: 'Z6' } }), 'Z6', false],
      [event('ChangeTagsForResource', { requestParameters: { resourceType: 'healthcheck', resourceId: 'h-1' } }), undefined, true],
      [event('UpdateHealthCheck', { requestParameters: { healthCheckId: 'h-1' } }), undefined, true],
      [event('CreateHealthCheck', { requestParameters: {}, responseElements: { healthCheck: { id: 'h-2' } } }), undefined, true],
    ];
    for (const [input, zoneId, healthCheck] of cases) {
      const classified = classifyEvent(input);
      expect(classified.kind, input.EventName).toBe('change');
      if (classified.kind !== 'change') continue;
      expect(classified.change.zoneId).toBe(zoneId);
      expect(classified.change.healthCheck).toBe(healthCheck);
      expect(classified.change.principal).toBe(ALICE);
    }
  });

  it('ignores reads, other services, failed calls and writes that change no export', () => {
    expect(classifyEvent(event('ListHostedZones', {}, { ReadOnly: 'true' })).kind).toBe('ignored');
    expect(classifyEvent(event('RunInstances', {}, { EventSource: 'ec2.amazonaws.com' })).kind).toBe('ignored');
    expect(classifyEvent(event('ChangeResourceRecordSets', { errorCode: 'InvalidChangeBatch' })).kind).toBe('ignored');
    expect(classifyEvent(event('CreateQueryLoggingConfig', { requestParameters: {} })).kind).toBe('ignored');
  });

  it('refuses to be trusted when a write names nothing it can place', () => {
    const reading = readFeed([
      event('ChangeResourceRecordSets', { requestParameters: { hostedZoneId: 'Z1' } }),
      event('UpdateTrafficPolicyInstance', { requestParameters: { id: 'tpi-1' } }),
    ]);
    expect(reading).toEqual({ ok: false, reason: expect.stringContaining('UpdateTrafficPolicyInstance') });
  });

  it('names each principal once, at its latest change, oldest first', () => {
    const change = (principal: string, time: string) => ({ principal, time: at(time), operation: 'X', healthCheck: false });
    expect(
      describeAuthors([change('bob', '2026-05-01T10:00:00Z'), change('alice', '2026-05-01T09:00:00Z'), change('bob', '2026-05-01T08:00:00Z')]),
    ).toBe('alice at 2026-05-01T09:00:00Z, bob at 2026-05-01T10:00:00Z');
  });
});

describe('full or incremental', () => {
  const config = incrementalSchema.parse({ enabled: true });
  const now = at('2026-05-10T12:00:00Z');
  const state = (asOf: string, lastFull: string): CommittedState => ({ found: true, state: { asOf: at(asOf), lastFull: at(lastFull) } });

  it('goes incremental from the last export, looking back by the feed delay', () => {
    const mode = decideExportMode({ config, forceFull: false, committed: state('2026-05-10T11:00:00Z', '2026-05-08T00:00:00Z'), now });
    expect(mode).toEqual({ mode: 'incremental', reason: expect.stringContaining('2026-05-10T10:30:00Z'), feedSince: at('2026-05-10T10:30:00Z') });
  });

  it('sweeps fully when asked, when due, without state, past the 90-day history, or when off — and says why', () => {
    const recent = state('2026-05-10T11:00:00Z', '2026-05-08T00:00:00Z');
    expect(decideExportMode({ config, forceFull: true, committed: recent, now })).toMatchObject({ mode: 'full', reason: 'a full export was asked for' });
    expect(decideExportMode({ config, forceFull: false, committed: state('2026-05-10T11:00:00Z', '2026-05-03T12:00:00Z'), now }))
      .toMatchObject({ mode: 'full', reason: expect.stringContaining('full sweep due (every 7 days') });
    expect(decideExportMode({ config, forceFull: false, committed: { found: false, reason: 'no previous export commit' }, now }))
      .toMatchObject({ mode: 'full', reason: 'no previous export commit' });
    expect(decideExportMode({ config, forceFull: false, committed: state('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), now }))
      .toMatchObject({ mode: 'full', reason: expect.stringContaining('90-day event history') });
    const off = incrementalSchema.parse({});
    expect(decideExportMode({ config: off, forceFull: false, committed: recent, now })).toMatchObject({ mode: 'full', reason: expect.stringContaining('off') });
    const daily = incrementalSchema.parse({ enabled: true, 'full-sweep': { 'every-days': 1 } });
    expect(decideExportMode({ config: daily, forceFull: false, committed: recent, now }).mode).toBe('full');
  });

  it('keeps the previous state after a Route 53 failure, and moves both instants on a clean full sweep', () => {
    const previous = { asOf: at('2026-05-09T00:00:00Z'), lastFull: at('2026-05-08T00:00:00Z') };
    const incremental = { mode: 'incremental' as const, reason: '', feedSince: at('2026-05-09T00:00:00Z') };
    expect(nextState({ mode: incremental, startedAt: now, route53Failed: true, previous })).toBe(previous);
    expect(nextState({ mode: incremental, startedAt: now, route53Failed: false, previous })).toEqual({ asOf: now, lastFull: previous.lastFull });
    expect(nextState({ mode: { mode: 'full', reason: '' }, startedAt: now, route53Failed: false })).toEqual({ asOf: now, lastFull: now });
    expect(nextState({ mode: { mode: 'full', reason: '' }, startedAt: now, route53Failed: true })).toBeUndefined();
  });

  it('round-trips the state trailer, per account', () => {
    const s = { asOf: at('2026-05-10T11:00:00.123Z'), lastFull: at('2026-05-08T00:00:00Z') };
    const message = `subject\n\nbody\n\n${formatStateTrailer('prod', s)}\n${formatStateTrailer('dev', { asOf: now, lastFull: now })}\n`;
    expect(parseStateTrailer(message, 'prod')).toEqual(s);
    expect(parseStateTrailer(message, 'dev')).toEqual({ asOf: now, lastFull: now });
    expect(parseStateTrailer(message, 'other')).toBeUndefined();
  });
});

describe('which zones an incremental export re-lists', () => {
  const file = (id: string, name: string, records: number) =>
    renderZoneFile({
      zone: { Name: name, Id: id, PrivateZone: false, Tags: [{ Key: 'id', Value: 'x' }] },
      records: Array.from({ length: records }, (_, i) => ({ Name: `r${i}.${name}`, Type: 'A' as const, TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] })),
    });
  const committed = scanCommittedZones(
    new Map([
      ['route53/zones/a.com.yaml', file('ZA', 'a.com.', 3)],
      ['route53/zones/b.com.yaml', file('ZB', 'b.com.', 2)],
      ['route53/zones/c.com.yaml', file('ZC', 'c.com.', 1)],
      ['route53/health-checks.yaml', 'health-checks: []\n'],
    ]),
  );

  it('reads zone id and record count of committed files without parsing them', () => {
    expect(committed).toEqual(
      new Map([
        ['ZA', { path: 'route53/zones/a.com.yaml', records: 3 }],
        ['ZB', { path: 'route53/zones/b.com.yaml', records: 2 }],
        ['ZC', { path: 'route53/zones/c.com.yaml', records: 1 }],
      ]),
    );
  });

  it('re-lists zones the feed names, new zones and zones whose record count disagrees; keeps the rest', () => {
    const zone = (id: string, name: string, count: number): HostedZone => ({ Id: `/hostedzone/${id}`, Name: name, CallerReference: id, ResourceRecordSetCount: count });
    const zones = [zone('ZA', 'a.com.', 3), zone('ZB', 'b.com.', 5), zone('ZC', 'c.com.', 1), zone('ZD', 'd.com.', 2)];
    const selection = selectZones(zones, (z) => `route53/zones/${z.Name!.replace(/\.$/, '')}.yaml`, {
      changedZones: new Set(['ZC']),
      healthChecksChanged: false,
      committed,
    });
    expect(selection.relist.map((z) => z.Name)).toEqual(['b.com.', 'c.com.', 'd.com.']);
    expect(selection.kept).toEqual(['route53/zones/a.com.yaml']);
    expect(selection.why.get('ZB')).toBe('record count differs (file 2, Route 53 5)');
    expect(selection.why.get('ZC')).toBe('changed according to CloudTrail');
    expect(selection.why.get('ZD')).toBe('no committed file');
  });
});
