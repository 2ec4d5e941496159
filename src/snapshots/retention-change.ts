/**
 * A pull request that shortens a snapshot retention deletes snapshots the base branch keeps.
 * The plan deletes them like any retention delete (destructive); this module finds which of
 * those deletions the change itself causes, by planning the same chain with the base branch's
 * rules. Pure.
 */
import type { RetentionRules, SnapshotsConfig } from '../config/snapshots-schema.js';
import { describeRules, planRetention, type RetentionDecision, type RetentionInput } from './retention.js';

export interface ChainRules {
  policy: string;
  /** The copies side: the copy entry's rules (or the policy's). */
  copySide: boolean;
  /** Where the chain lives: a copy's destination region. */
  region: string;
  vault: boolean;
}

/** The rules the base branch applies to this chain; undefined when it has no such policy or copy. */
export function baseRules(base: SnapshotsConfig | undefined, chain: ChainRules): RetentionRules | undefined {
  const policy = base?.policies.find((p) => p.name === chain.policy);
  if (!policy) return undefined;
  if (!chain.copySide) return policy.retention;
  const copy = policy.copies.find((c) => c.region === chain.region && (c.account === 'vault') === chain.vault);
  return copy ? (copy.retention ?? policy.retention) : undefined;
}

const same = (a: RetentionRules, b: RetentionRules) => describeRules(a) === describeRules(b);

/**
 * Snapshot id → why its deletion is the change's doing, for the deletions `decisions` (planned
 * with `input.rules`) makes that the base rules would not.
 */
export function shortenedBy(input: RetentionInput, decisions: readonly RetentionDecision[], base: RetentionRules | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!base || same(base, input.rules)) return out;
  const keptByBase = new Set(planRetention({ ...input, rules: base }).filter((d) => d.action !== 'delete').map((d) => d.id));
  for (const d of decisions) {
    if (d.action === 'delete' && keptByBase.has(d.id)) {
      out.set(d.id, `retention shortened by this change (base branch: ${describeRules(base)}; now: ${describeRules(input.rules)}): deleted only because of it`);
    }
  }
  return out;
}
