/**
 * Splits a Route 53 restore's record changes into ChangeResourceRecordSets batches. Pure: takes
 * changes, returns batches.
 *
 * Limits per request (Route 53 quotas): at most 1,000 ResourceRecord elements and 32,000
 * characters in all Value elements, an UPSERT counting twice for both. Batches are applied one
 * after another, each atomically, so every state in between must be valid too:
 * - all changes of one DNS name go in the same batch, so a CNAME replaced by an A record, or a
 *   simple record replaced by weighted ones, happens in one step;
 * - an alias is created only in or after the batch that creates its target (inside the zone);
 * - an alias is deleted in or before the batch that deletes its target.
 * Names that depend on each other both ways are kept in one batch.
 */
import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { MinHeap } from '../util/min-heap.js';

export const MAX_RECORDS_PER_BATCH = 1000;
export const MAX_CHARACTERS_PER_BATCH = 32_000;
/** Not a documented limit any more; keeps alias-only batches (no values) to a sane size. */
export const MAX_CHANGES_PER_BATCH = 1000;

export interface BatchLimits {
  records: number;
  characters: number;
  changes: number;
}

export const ROUTE53_LIMITS: BatchLimits = {
  records: MAX_RECORDS_PER_BATCH,
  characters: MAX_CHARACTERS_PER_BATCH,
  changes: MAX_CHANGES_PER_BATCH,
};

export interface BatchSize {
  /** ResourceRecord elements, an UPSERT counted twice. */
  records: number;
  /** Characters of all Value elements, an UPSERT counted twice. */
  characters: number;
  changes: number;
}

/** What one change adds to its batch, counted the way Route 53 counts. */
export function changeSize(change: Change): BatchSize {
  const factor = change.Action === 'UPSERT' ? 2 : 1;
  const values = change.ResourceRecordSet?.ResourceRecords ?? [];
  const characters = values.reduce((sum, value) => sum + (value.Value ?? '').length, 0);
  return { records: values.length * factor, characters: characters * factor, changes: 1 };
}

export function batchSize(changes: readonly Change[]): BatchSize {
  const total: BatchSize = { records: 0, characters: 0, changes: 0 };
  for (const change of changes) add(total, changeSize(change));
  return total;
}

function add(into: BatchSize, size: BatchSize): void {
  into.records += size.records;
  into.characters += size.characters;
  into.changes += size.changes;
}

function fits(size: BatchSize, limits: BatchLimits): boolean {
  return size.records <= limits.records && size.characters <= limits.characters && size.changes <= limits.changes;
}

/** A change no batch can hold: the user has to split the record set by hand. */
export class ChangeTooLargeError extends Error {
  override name = 'ChangeTooLargeError';
}

export interface BatchOptions {
  /** Id of the zone the changes go to: aliases with this HostedZoneId point inside it. */
  zoneId: string;
  limits?: BatchLimits;
}

/** Lower-case name with a trailing dot, the form Route 53 compares names in. */
export function normalName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
}

/**
 * Orders and splits `changes` into batches within the limits. Throws ChangeTooLargeError when
 * one change alone exceeds them.
 */
export function planChangeBatches(changes: readonly Change[], options: BatchOptions): Change[][] {
  const limits = options.limits ?? ROUTE53_LIMITS;
  for (const change of changes) {
    if (!fits(changeSize(change), limits)) {
      const r: ResourceRecordSet = change.ResourceRecordSet ?? ({} as ResourceRecordSet);
      const size = changeSize(change);
      throw new ChangeTooLargeError(
        `${change.Action} ${r.Name} ${r.Type}${r.SetIdentifier ? ` (${r.SetIdentifier})` : ''} counts ${size.records} values ` +
          `and ${size.characters} characters, more than one Route 53 change batch may hold ` +
          `(${limits.records} values, ${limits.characters} characters, an UPSERT counting twice); split the record set`,
      );
    }
  }
  const groups = orderedGroups(changes, options.zoneId);
  const batches: Change[][] = [];
  let current: Change[] = [];
  let size: BatchSize = { records: 0, characters: 0, changes: 0 };
  const flush = () => {
    if (current.length > 0) batches.push(current);
    current = [];
    size = { records: 0, characters: 0, changes: 0 };
  };
  for (const group of groups) {
    const groupSize = batchSize(group);
    if (fits(groupSize, limits)) {
      const together = { ...size };
      add(together, groupSize);
      if (!fits(together, limits)) flush();
      current.push(...group);
      add(size, groupSize);
      continue;
    }
    // A name too large for one batch: its deletes go first, then the rest, as few batches as fit.
    flush();
    for (const change of sortedByAction(group)) {
      const together = { ...size };
      add(together, changeSize(change));
      if (!fits(together, limits)) flush();
      current.push(change);
      add(size, changeSize(change));
    }
    flush();
  }
  flush();
  return batches;
}

const ACTION_ORDER: Record<string, number> = { DELETE: 0, UPSERT: 1, CREATE: 2 };

function sortedByAction(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => (ACTION_ORDER[a.Action ?? ''] ?? 3) - (ACTION_ORDER[b.Action ?? ''] ?? 3));
}

/**
 * Groups changes by DNS name, merges names that must change together (alias cycles), and
 * orders the groups so aliases never point at a missing record; ties keep the input order.
 */
export function orderedGroups(changes: readonly Change[], zoneId: string): Change[][] {
  const byName = new Map<string, Change[]>();
  for (const change of changes) {
    const name = normalName(change.ResourceRecordSet?.Name ?? '');
    const group = byName.get(name);
    if (group) group.push(change);
    else byName.set(name, [change]);
  }
  const names = [...byName.keys()];
  // Which names create or delete records of a (name, type).
  const writes = new Map<string, Set<number>>();
  const deletes = new Map<string, Set<number>>();
  names.forEach((name, i) => {
    for (const change of byName.get(name) as Change[]) {
      const key = `${name}|${change.ResourceRecordSet?.Type ?? ''}`;
      const table = change.Action === 'DELETE' ? deletes : writes;
      const set = table.get(key) ?? new Set<number>();
      set.add(i);
      table.set(key, set);
    }
  });
  // edges[a] holds b when group a must come no later than group b.
  const edges: Set<number>[] = names.map(() => new Set());
  names.forEach((name, i) => {
    for (const change of byName.get(name) as Change[]) {
      const target = internalAliasTarget(change.ResourceRecordSet, zoneId);
      if (!target) continue;
      if (change.Action === 'DELETE') {
        for (const j of deletes.get(target) ?? []) if (j !== i) edges[i]?.add(j);
      } else {
        for (const j of writes.get(target) ?? []) if (j !== i) edges[j]?.add(i);
      }
    }
  });
  const components = stronglyConnected(names.length, edges);
  const order = topologicalComponents(components, edges);
  return order.map((members) =>
    members
      .sort((a, b) => a - b)
      .flatMap((i) => byName.get(names[i] as string) as Change[]),
  );
}

/** `name|type` of the record an alias points to when it lies in this zone. */
function internalAliasTarget(record: ResourceRecordSet | undefined, zoneId: string): string | undefined {
  const alias = record?.AliasTarget;
  if (!alias?.HostedZoneId || !alias.DNSName) return undefined;
  if (bareId(alias.HostedZoneId) !== bareId(zoneId)) return undefined;
  return `${normalName(alias.DNSName)}|${record?.Type ?? ''}`;
}

function bareId(id: string): string {
  return id.replace(/^\/hostedzone\//, '');
}

/** Tarjan's algorithm, iterative; returns each component's members. */
function stronglyConnected(count: number, edges: readonly Set<number>[]): number[][] {
  const indexOf = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (indexOf[root] !== -1) continue;
    const work: { node: number; children: number[]; at: number }[] = [];
    const enter = (node: number) => {
      indexOf[node] = low[node] = next++;
      stack.push(node);
      onStack[node] = true;
      work.push({ node, children: [...(edges[node] ?? [])], at: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: number; children: number[]; at: number };
      if (frame.at < frame.children.length) {
        const child = frame.children[frame.at++] as number;
        if (indexOf[child] === -1) enter(child);
        else if (onStack[child]) low[frame.node] = Math.min(low[frame.node] as number, indexOf[child] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] as number, low[frame.node] as number);
      if (low[frame.node] === indexOf[frame.node]) {
        const members: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = false;
          members.push(member);
        } while (member !== frame.node);
        components.push(members);
      }
    }
  }
  return components;
}

/** Components in dependency order; among ready ones, the one holding the earliest name first. */
function topologicalComponents(components: number[][], edges: readonly Set<number>[]): number[][] {
  const componentOf = new Map<number, number>();
  components.forEach((members, c) => members.forEach((m) => componentOf.set(m, c)));
  const successors = components.map(() => new Set<number>());
  const indegree = components.map(() => 0);
  edges.forEach((targets, from) => {
    for (const to of targets) {
      const a = componentOf.get(from) as number;
      const b = componentOf.get(to) as number;
      if (a === b || successors[a]?.has(b)) continue;
      successors[a]?.add(b);
      indegree[b] = (indegree[b] as number) + 1;
    }
  });
  const first = components.map((members) => members.reduce((a, b) => Math.min(a, b)));
  const ready = new MinHeap<number>((a, b) => (first[a] as number) < (first[b] as number));
  components.forEach((_, c) => indegree[c] === 0 && ready.push(c));
  const order: number[][] = [];
  for (let c = ready.pop(); c !== undefined; c = ready.pop()) {
    order.push([...(components[c] as number[])]);
    for (const s of successors[c] ?? []) {
      indegree[s] = (indegree[s] as number) - 1;
      if (indegree[s] === 0) ready.push(s);
    }
  }
  return order;
}
