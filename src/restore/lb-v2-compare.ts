/**
 * How a restore tells whether live listener actions and rule conditions already match an
 * export: AWS's stored shapes and the document's differ in ways that mean nothing.
 */
import type { Action, RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2';
import { canonical } from '../export/lb-format.js';

export function key(value: unknown): string {
  return JSON.stringify(canonical(value ?? null));
}

/** Actions as AWS stores them: a forward lists its groups (weight 1 by default) in ForwardConfig. */
function normalisedActions(actions: readonly Action[]): unknown {
  return [...actions]
    .sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0))
    .map((a) => {
      if (a.Type !== 'forward') return canonical(a);
      const groups = a.ForwardConfig?.TargetGroups ?? (a.TargetGroupArn ? [{ TargetGroupArn: a.TargetGroupArn }] : []);
      const { TargetGroupArn: _single, ForwardConfig: _config, ...rest } = a;
      return canonical({
        ...rest,
        groups: groups.map((g) => `${g.TargetGroupArn}=${g.Weight ?? 1}`).sort(),
        stickiness: a.ForwardConfig?.TargetGroupStickinessConfig ?? { Enabled: false },
      });
    });
}

export function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  return JSON.stringify(normalisedActions(a)) === JSON.stringify(normalisedActions(b));
}

/** Conditions compare as sets; a legacy `Values` copy of the config's values does not count. */
export function sameConditions(a: readonly RuleCondition[], b: readonly RuleCondition[]): boolean {
  const norm = (conditions: readonly RuleCondition[]) =>
    conditions
      .map((c) => {
        const config = c.HostHeaderConfig ?? c.PathPatternConfig;
        const { Values, ...rest } = c;
        const keepValues = Values && !(config && key([...(config.Values ?? [])].sort()) === key([...Values].sort()));
        return key(sortConditionValues({ ...rest, ...(keepValues ? { Values } : {}) }));
      })
      .sort();
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

function sortConditionValues(c: RuleCondition): RuleCondition {
  const out: Record<string, unknown> = { ...c };
  for (const [k, v] of Object.entries(c)) {
    const values = (v as { Values?: unknown[] } | undefined)?.Values;
    if (k.endsWith('Config') && Array.isArray(values)) out[k] = { ...(v as object), Values: [...values].map((x) => key(x)).sort() };
  }
  if (Array.isArray(c.Values)) out.Values = [...c.Values].sort();
  return out as RuleCondition;
}

