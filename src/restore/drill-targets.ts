/**
 * What a drill restores: every resource a snapshot policy selects, an instance policy
 * standing for each of its volumes. A volume selected twice — alone by a volume policy and
 * again as part of its instance — is one target (drilled once), naming both policies.
 */
import type { ResourceType } from '../config/snapshots-schema.js';
import { instanceVolumes, type Selection } from '../snapshots/selection.js';

export interface DrillTarget {
  type: Exclude<ResourceType, 'ec2-instance'>;
  id: string;
  region: string;
  /** The policies that select it, comma separated. */
  policy: string;
}

export function drillTargets(selected: readonly Selection[]): DrillTarget[] {
  const targets = new Map<string, DrillTarget>();
  const add = (type: DrillTarget['type'], id: string, region: string, policy: string) => {
    const key = `${type}|${region}|${id}`;
    const known = targets.get(key);
    if (!known) targets.set(key, { type, id, region, policy });
    else known.policy = [...new Set([...known.policy.split(', '), policy])].sort().join(', ');
  };
  for (const selection of selected) {
    const { policy, resource } = selection;
    if (resource.type === 'ec2-instance') {
      for (const volume of instanceVolumes(selection)) add('ebs-volume', volume.id, resource.region, policy.name);
    } else add(resource.type, resource.id, resource.region, policy.name);
  }
  return [...targets.values()];
}
