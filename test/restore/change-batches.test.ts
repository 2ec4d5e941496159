import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { describe, expect, it } from 'vitest';
import {
  batchSize,
  ChangeTooLargeError,
  changeSize,
  MAX_CHARACTERS_PER_BATCH,
  MAX_RECORDS_PER_BATCH,
  planChangeBatches,
  type BatchLimits,
} from '../../src/restore/change-batches.js';

const ZONE = 'ZSELF';

function values(name: string, type: string, vals: string[], action: Change['Action'] = 'CREATE', setId?: string): Change {
  const record: ResourceRecordSet = { Name: name, Type: type as ResourceRecordSet['Type'], TTL: 60, ResourceRecords: vals.map((Value) => ({ Value })) };
  if (setId) Object.assign(record, { SetIdentifier: setId, Weight: 1 });
  return { Action: action, ResourceRecordSet: record };
}

function alias(name: string, target: string, action: Change['Action'] = 'CREATE', zoneId = ZONE): Change {
  return {
    Action: action,
    ResourceRecordSet: { Name: name, Type: 'A', AliasTarget: { HostedZoneId: zoneId, DNSName: target, EvaluateTargetHealth: false } },
  };
}

/** Which batch each change ended up in, by `action name type`. */
function positions(batches: Change[][]): Map<string, number> {
  const out = new Map<string, number>();
  batches.forEach((batch, i) => {
    for (const c of batch) out.set(`${c.Action} ${c.ResourceRecordSet?.Name} ${c.ResourceRecordSet?.Type}`, i);
  });
  return out;
}

describe('changeSize', () => {
  it('counts values and their characters, an UPSERT twice', () => {
    expect(changeSize(values('a.', 'TXT', ['"abc"', '"de"']))).toEqual({ records: 2, characters: 9, changes: 1 });
    expect(changeSize(values('a.', 'TXT', ['"abc"', '"de"'], 'UPSERT'))).toEqual({ records: 4, characters: 18, changes: 1 });
    expect(changeSize(alias('a.', 'b.'))).toEqual({ records: 0, characters: 0, changes: 1 });
  });
});

describe('planChangeBatches', () => {
  it('keeps every change of one name in one batch (a CNAME replaced by an A record)', () => {
    const limits: BatchLimits = { records: 2, characters: 1000, changes: 100 };
    const changes = [
      values('a.example.', 'A', ['192.0.2.1']),
      values('b.example.', 'CNAME', ['x.example.'], 'DELETE'),
      values('b.example.', 'A', ['192.0.2.2']),
      values('c.example.', 'A', ['192.0.2.3']),
    ];
    const batches = planChangeBatches(changes, { zoneId: ZONE, limits });
    const at = positions(batches);
    expect(at.get('DELETE b.example. CNAME')).toBe(at.get('CREATE b.example. A'));
    expect(batches.flat()).toHaveLength(4);
  });

  it('creates alias targets no later than the aliases, and deletes aliases no later than their targets', () => {
    const limits: BatchLimits = { records: 1, characters: 1000, changes: 1 };
    const changes = [
      alias('apex.example.', 'www.example.'),
      values('www.example.', 'A', ['192.0.2.1']),
      values('gone.example.', 'A', ['192.0.2.9'], 'DELETE'),
      alias('old.example.', 'gone.example.', 'DELETE'),
      // An alias to another zone imposes no order.
      alias('elb.example.', 'dualstack.lb.amazonaws.com.', 'CREATE', 'Z35SXDOTRQ7X7K'),
    ];
    const at = positions(planChangeBatches(changes, { zoneId: ZONE, limits }));
    expect(at.get('CREATE www.example. A')!).toBeLessThan(at.get('CREATE apex.example. A')!);
    expect(at.get('DELETE old.example. A')!).toBeLessThan(at.get('DELETE gone.example. A')!);
    expect(at.get('CREATE elb.example. A')).toBe(4);
  });

  it('puts names that depend on each other both ways in one batch', () => {
    const limits: BatchLimits = { records: 1, characters: 1000, changes: 1 };
    const changes = [
      { Action: 'CREATE', ResourceRecordSet: { Name: 'a.example.', Type: 'A', AliasTarget: { HostedZoneId: ZONE, DNSName: 'b.example.', EvaluateTargetHealth: false } } },
      { Action: 'CREATE', ResourceRecordSet: { Name: 'b.example.', Type: 'A', AliasTarget: { HostedZoneId: ZONE, DNSName: 'a.example.', EvaluateTargetHealth: false } } },
    ] as Change[];
    const batches = planChangeBatches(changes, { zoneId: ZONE, limits: { ...limits, changes: 2 } });
    expect(batches).toHaveLength(1);
  });

  it('rejects a single record set no batch can hold', () => {
    const huge = values('big.example.', 'TXT', Array.from({ length: 600 }, (_, i) => `"${i}"`), 'UPSERT');
    expect(() => planChangeBatches([huge], { zoneId: ZONE })).toThrow(ChangeTooLargeError);
    expect(() => planChangeBatches([huge], { zoneId: ZONE })).toThrow(/1200 values.*split the record set/);
  });

  it('random batches: every change exactly once, every batch within the limits, order constraints kept', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 60; round++) {
      const changes: Change[] = [];
      const names = Array.from({ length: 20 + Math.floor(random() * 200) }, (_, i) => `n${i}.example.`);
      const actions: Change['Action'][] = ['CREATE', 'UPSERT', 'DELETE'];
      for (const name of names) {
        if (random() < 0.15 && changes.length > 0) {
          const target = changes[Math.floor(random() * changes.length)]!.ResourceRecordSet!;
          if (target.Type === 'A' && !target.AliasTarget) {
            changes.push(alias(name, target.Name!, actions[Math.floor(random() * 3)]));
            continue;
          }
        }
        const count = 1 + Math.floor(random() * 40);
        const length = 1 + Math.floor(random() * (7000 / count));
        const type = random() < 0.5 ? 'A' : 'TXT';
        changes.push(values(name, type, Array.from({ length: count }, (_, i) => `${i}${'x'.repeat(length)}`), actions[Math.floor(random() * 3)]));
      }
      const batches = planChangeBatches(changes, { zoneId: ZONE });
      const flat = batches.flat();
      expect(flat).toHaveLength(changes.length);
      expect(new Set(flat)).toEqual(new Set(changes));
      for (const batch of batches) {
        const size = batchSize(batch);
        expect(size.records).toBeLessThanOrEqual(MAX_RECORDS_PER_BATCH);
        expect(size.characters).toBeLessThanOrEqual(MAX_CHARACTERS_PER_BATCH);
        expect(batch.length).toBeGreaterThan(0);
      }
      const batchOf = new Map<Change, number>();
      batches.forEach((b, i) => b.forEach((c) => batchOf.set(c, i)));
      for (const c of changes) {
        const target = c.ResourceRecordSet?.AliasTarget?.DNSName;
        if (!target) continue;
        for (const t of changes.filter((x) => x.ResourceRecordSet?.Name === target && x.ResourceRecordSet?.Type === 'A')) {
          if (c.Action !== 'DELETE' && t.Action !== 'DELETE') expect(batchOf.get(t)!).toBeLessThanOrEqual(batchOf.get(c)!);
          if (c.Action === 'DELETE' && t.Action === 'DELETE') expect(batchOf.get(c)!).toBeLessThanOrEqual(batchOf.get(t)!);
        }
      }
    }
  });
});
