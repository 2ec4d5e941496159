/**
 * Action lists as ELBv2 keeps them: how AWS shows a forward action, and which target groups
 * an action list forwards to. Pure, so both the fixture seed and the operations use it.
 */
import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';

/** Target groups an action list forwards to. */
export function forwardedTgs(actions: Action[] | undefined): string[] {
  const arns = new Set<string>();
  for (const a of actions ?? []) {
    if (a.TargetGroupArn) arns.add(a.TargetGroupArn);
    for (const t of a.ForwardConfig?.TargetGroups ?? []) if (t.TargetGroupArn) arns.add(t.TargetGroupArn);
  }
  return [...arns];
}

/**
 * What AWS does with a forward action: a single target group shows both as `TargetGroupArn`
 * and as a `ForwardConfig` with weight 1; several weighted groups only as `ForwardConfig`.
 */
export function normaliseActions(actions: Action[]): Action[] {
  return actions.map((a) => {
    if (a.Type !== 'forward') return a;
    const groups = a.ForwardConfig?.TargetGroups ?? (a.TargetGroupArn ? [{ TargetGroupArn: a.TargetGroupArn }] : []);
    const forwardConfig = {
      TargetGroups: groups.map((g) => ({ TargetGroupArn: g.TargetGroupArn, Weight: g.Weight ?? 1 })),
      TargetGroupStickinessConfig: a.ForwardConfig?.TargetGroupStickinessConfig ?? { Enabled: false },
    };
    const { TargetGroupArn: _single, ForwardConfig: _config, ...rest } = a;
    return {
      ...rest,
      ...(groups.length === 1 ? { TargetGroupArn: groups[0]!.TargetGroupArn } : {}),
      ForwardConfig: forwardConfig,
    };
  });
}
