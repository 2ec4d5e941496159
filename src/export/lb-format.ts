/**
 * Field mapping between the Elastic Load Balancing APIs and the exported YAML documents.
 *
 * The documents keep AWS's own field names and shapes (the inputs of the Create/Modify calls a
 * restore makes), so the mapping is reversible by construction; the few places that differ are
 * listed here with their inverse:
 * - key/value lists (attributes, tags) become maps sorted by key → `keyValueList`;
 * - actions carry `TargetGroupName` next to every `TargetGroupArn`, so a restore can re-link
 *   re-created target groups by name → `actionsToApi`;
 * - rule priorities are numbers and the default rule is the listener's `DefaultActions`;
 * - redundant legacy condition `Values` are dropped when the condition's config holds them.
 * Volatile fields (CreatedTime, State, health) are dropped; unknown fields AWS adds later are
 * kept (keys sorted) so nothing is silently lost. Lists whose order AWS does not define are
 * sorted; lists whose order matters (actions by Order, rule transforms) keep it.
 *
 * This module holds the paths; the documents are built in lb-format-classic.ts and
 * lb-format-v2.ts (actions in lb-format-actions.ts), on the canonical forms of lb-canonical.ts.
 */
export * from './lb-canonical.js';
export * from './lb-format-actions.js';
export * from './lb-format-classic.js';
export * from './lb-format-v2.js';

export const LB_EXPORT_ROOT = 'load-balancers';
export type LoadBalancerV2Type = 'application' | 'network' | 'gateway';
export const LOAD_BALANCER_V2_TYPES: readonly LoadBalancerV2Type[] = ['application', 'network', 'gateway'];

export function classicFolder(region: string): string {
  return `${LB_EXPORT_ROOT}/${region}/classic/`;
}
export function classicLoadBalancerPath(region: string, name: string): string {
  return `${classicFolder(region)}${name}.yaml`;
}
export function loadBalancerV2Folder(region: string, type: LoadBalancerV2Type): string {
  return `${LB_EXPORT_ROOT}/${region}/${type}/`;
}
export function loadBalancerV2Path(region: string, type: LoadBalancerV2Type, name: string): string {
  return `${loadBalancerV2Folder(region, type)}${name}.yaml`;
}
