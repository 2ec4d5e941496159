import type { HostedZone } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import { batchChanges, isZoneError, planHistoryReads, zoneHistory } from '../../src/export/change-history-feed.js';
import { mergeChanges } from '../../src/export/route53-feed.js';

const at = (iso: string) => new Date(iso);
const WINDOW = at('2026-05-10T10:30:00Z');
const zone = (id: string, extra: Partial<HostedZone> = {}): HostedZone => ({ Id: `/hostedzone/${id}`, Name: `${id.toLowerCase()}.com.`, CallerReference: id, ...extra });

describe('Change History as a feed', () => {
  it('reads the zones whose listing says Change History is on (Features, else the ADVANCED tier); the rest are CloudTrail\'s', () => {
    const enabled = zone('ZA', { Features: { ChangeHistory: { Status: 'ENABLED', RetentionStartsAt: at('2026-01-01T00:00:00Z') } } });
    const disabled = zone('ZB', { Features: { ChangeHistory: { Status: 'DISABLED' } }, Config: { HostedZoneTier: 'ADVANCED' } });
    const tierOnly = zone('ZC', { Config: { HostedZoneTier: 'ADVANCED' } });
    const standard = zone('ZD', { Config: { HostedZoneTier: 'STANDARD' } });
    const silent = zone('ZE');
    expect(zoneHistory(enabled, WINDOW)).toEqual({ kind: 'read', since: WINDOW });
    expect(zoneHistory(disabled, WINDOW)).toEqual({ kind: 'none' });
    expect(zoneHistory(tierOnly, WINDOW)).toEqual({ kind: 'read', since: WINDOW });
    expect(zoneHistory(standard, WINDOW)).toEqual({ kind: 'none' });
    expect(zoneHistory(silent, WINDOW)).toEqual({ kind: 'none' });
  });

  it('re-lists a zone whose history starts after the window does, without asking', () => {
    const recent = zone('ZA', { Features: { ChangeHistory: { Status: 'ENABLED', RetentionStartsAt: at('2026-05-10T11:00:00Z') } } });
    const old = zone('ZB', { Features: { ChangeHistory: { Status: 'ENABLED', RetentionStartsAt: at('2026-05-01T00:00:00Z') } } });
    const plan = planHistoryReads([recent, old], WINDOW);
    expect(plan.ask.map((a) => a.id)).toEqual(['ZB']);
    expect(plan.relist.get('ZA')).toBe('Change History unusable (it starts 2026-05-10T11:00:00Z, after the window start 2026-05-10T10:30:00Z)');
  });

  it('tells errors of one zone from errors every zone would share', () => {
    for (const code of ['FeatureNotEnabled', 'NoSuchHostedZone', 'InvalidInput']) expect(isZoneError(code), code).toBe(true);
    for (const code of ['AccessDenied', 'Throttling', 'ServiceUnavailable', undefined]) expect(isZoneError(code), String(code)).toBe(false);
  });

  it('turns change batches into feed changes naming who submitted them, and counts a change both feeds saw once', () => {
    const changes = batchChanges('ZA', [
      { ChangeId: 'C1', Operation: 'ChangeResourceRecordSets', SubmittedAt: at('2026-05-10T11:59:50Z'), SubmittedBy: 'arn:aws:sts::1:assumed-role/dns/alice', RequestId: 'r1', ChangeCount: 1 },
      { ChangeId: 'C2', Operation: 'CreateHostedZone', SubmittedAt: at('2026-05-10T11:00:00Z'), ChangeCount: 0 },
    ]);
    expect(changes).toEqual([
      { time: at('2026-05-10T11:59:50Z'), operation: 'ChangeResourceRecordSets', principal: 'arn:aws:sts::1:assumed-role/dns/alice', zoneId: 'ZA', healthCheck: false, requestId: 'r1' },
      { time: at('2026-05-10T11:00:00Z'), operation: 'CreateHostedZone', principal: 'unknown principal', zoneId: 'ZA', healthCheck: false },
    ]);
    const fromTrail = { ...changes[0]!, time: at('2026-05-10T11:59:50Z') };
    expect(mergeChanges([fromTrail], changes).map((c) => c.operation)).toEqual(['CreateHostedZone', 'ChangeResourceRecordSets']);
  });
});
