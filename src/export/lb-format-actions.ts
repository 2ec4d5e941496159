/**
 * Listener and rule actions of ALB/NLB/GWLB documents: exported with a `TargetGroupName` next
 * to every target-group ARN, and turned back into API actions re-linked by name for a restore.
 */
import type * as Elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import { canonical, compareText, ordered } from './lb-canonical.js';

export type TargetGroupReference = { TargetGroupArn?: string; TargetGroupName?: string };

export type ActionDocument = Omit<Elbv2.Action, 'ForwardConfig'> & {
  TargetGroupName?: string;
  ForwardConfig?: Omit<Elbv2.ForwardActionConfig, 'TargetGroups'> & {
    TargetGroups?: (Elbv2.TargetGroupTuple & { TargetGroupName?: string })[];
  };
};

/** Actions run in `Order`: sorted by it, never alphabetically. */
export function actionDocuments(actions: readonly Elbv2.Action[], names: ReadonlyMap<string, string>): ActionDocument[] {
  return [...actions]
    .map((action, index) => ({ action, index }))
    .sort((a, b) => (a.action.Order ?? Infinity) - (b.action.Order ?? Infinity) || a.index - b.index)
    .map(({ action }) => actionDocument(action, names));
}

function actionDocument(a: Elbv2.Action, names: ReadonlyMap<string, string>): ActionDocument {
  const forward = a.ForwardConfig;
  const forwardDoc =
    forward &&
    ordered(
      {
        ...forward,
        TargetGroups:
          forward.TargetGroups &&
          forward.TargetGroups.map((t) =>
            ordered({ ...t, TargetGroupName: t.TargetGroupArn && names.get(t.TargetGroupArn) }, ['TargetGroupName', 'TargetGroupArn', 'Weight']),
          ).sort(
            (x, y) =>
              compareText(String(x.TargetGroupName ?? ''), String(y.TargetGroupName ?? '')) ||
              compareText(String(x.TargetGroupArn ?? ''), String(y.TargetGroupArn ?? '')),
          ),
        TargetGroupStickinessConfig: forward.TargetGroupStickinessConfig && canonical(forward.TargetGroupStickinessConfig),
      },
      ['TargetGroups', 'TargetGroupStickinessConfig'],
    );
  const jwt = a.JwtValidationConfig;
  return ordered(
    {
      ...a,
      TargetGroupName: a.TargetGroupArn && names.get(a.TargetGroupArn),
      ForwardConfig: forwardDoc,
      JwtValidationConfig:
        jwt &&
        canonical({
          ...jwt,
          AdditionalClaims: jwt.AdditionalClaims && [...jwt.AdditionalClaims].sort((x, y) => compareText(x.Name ?? '', y.Name ?? '')),
        }),
    },
    ['Type', 'Order', 'TargetGroupName', 'TargetGroupArn', 'ForwardConfig'],
  ) as ActionDocument;
}

/**
 * Inverse of `actionDocuments` for a restore: drops the `TargetGroupName` fields and points
 * each reference at the ARN `resolve` returns for it (e.g. the re-created group with that
 * name); when `resolve` returns undefined the exported ARN is kept.
 */
export function actionsToApi(
  actions: readonly ActionDocument[],
  resolve: (ref: TargetGroupReference) => string | undefined = () => undefined,
): Elbv2.Action[] {
  const relink = (ref: TargetGroupReference): string | undefined => resolve(ref) ?? ref.TargetGroupArn;
  return actions.map((doc) => {
    const { TargetGroupName, ForwardConfig, ...rest } = doc;
    const action: Elbv2.Action = { ...rest };
    if (doc.TargetGroupArn !== undefined || TargetGroupName !== undefined) {
      action.TargetGroupArn = relink({ TargetGroupArn: doc.TargetGroupArn, TargetGroupName });
    }
    if (ForwardConfig) {
      const { TargetGroups, ...forwardRest } = ForwardConfig;
      action.ForwardConfig = { ...forwardRest };
      if (TargetGroups) {
        action.ForwardConfig.TargetGroups = TargetGroups.map(({ TargetGroupName: name, ...tuple }) => ({
          ...tuple,
          TargetGroupArn: relink({ TargetGroupArn: tuple.TargetGroupArn, TargetGroupName: name }),
        }));
      }
    }
    return action;
  });
}

/** Every target group ARN an action list refers to. */
export function referencedTargetGroupArns(actions: readonly Elbv2.Action[]): string[] {
  const arns: string[] = [];
  for (const a of actions) {
    if (a.TargetGroupArn) arns.push(a.TargetGroupArn);
    for (const t of a.ForwardConfig?.TargetGroups ?? []) if (t.TargetGroupArn) arns.push(t.TargetGroupArn);
  }
  return arns;
}
