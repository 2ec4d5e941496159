/**
 * The VPC associations of an existing private zone in a restore. VPCs the export lists (or the
 * `vpcs` option names) that are no longer associated are associated again, one at a time
 * (AssociateVPCWithHostedZone has a low per-operation budget, 5 per second, and each waits
 * for INSYNC). VPCs associated now but not in the export are only reported, unless the
 * restore is forced: disassociating cuts the VPC off from the zone's records, so it is a
 * destructive action, planned after every association so the zone never loses its last VPC
 * (Route 53 refuses that anyway: LastVPCAssociation). A zone created by another AWS service
 * (it carries LinkedService) is never disassociated: Route 53 does not allow it.
 */
import {
  AssociateVPCWithHostedZoneCommand,
  DisassociateVPCFromHostedZoneCommand,
  type GetHostedZoneCommandOutput,
  type Route53Client,
  type VPC,
} from '@aws-sdk/client-route-53';
import type { PlanBuilder } from '../plan/plan.js';
import { waitForInsync, type WaitOptions } from './route53-apply.js';

const key = (vpc: VPC): string => `${vpc.VPCRegion ?? ''}:${vpc.VPCId ?? ''}`;

/** What to associate and what is associated beyond the wanted VPCs, in the order given. */
export function diffVpcs(live: readonly VPC[], wanted: readonly VPC[]): { missing: VPC[]; extra: VPC[] } {
  const liveKeys = new Set(live.map(key));
  const wantedKeys = new Set(wanted.map(key));
  return { missing: wanted.filter((v) => !liveKeys.has(key(v))), extra: live.filter((v) => !wantedKeys.has(key(v))) };
}

export async function planZoneVpcs(
  builder: PlanBuilder,
  client: Route53Client,
  zone: { id: string; name: string },
  /** The zone's GetHostedZone answer (VPC associations are only there), read once by the restore. */
  hosted: GetHostedZoneCommandOutput,
  wanted: readonly VPC[],
  label: string,
  options: { force: boolean; wait: WaitOptions },
): Promise<void> {
  const { missing, extra } = diffVpcs(hosted.VPCs ?? [], wanted);
  let previous: string | undefined;
  for (const vpc of missing) {
    previous = builder.add({
      id: `route53/${zone.name}/vpc/${key(vpc)}`,
      kind: 'create',
      target: `${label} VPC association ${key(vpc)}`,
      reason: 'the export lists this VPC but it is no longer associated with the zone: associated again',
      ...(previous ? { dependsOn: [previous] } : {}),
      apply: async () => {
        const out = await client.send(new AssociateVPCWithHostedZoneCommand({ HostedZoneId: zone.id, VPC: vpc }));
        if (out.ChangeInfo?.Id && out.ChangeInfo.Status !== 'INSYNC') await waitForInsync(client, out.ChangeInfo.Id, options.wait);
        return `${key(vpc)} associated`;
      },
    });
  }
  const owner = hosted.HostedZone?.LinkedService?.ServicePrincipal;
  for (const vpc of extra) {
    const item = `${label} VPC association ${key(vpc)}`;
    if (owner) {
      builder.warn(item, `associated with the zone but not in the export; the zone belongs to ${owner}, which Route 53 lets no one else disassociate, so it stays`);
    } else if (!options.force) {
      builder.warn(item, 'associated with the zone but not in the export; left associated (disassociating cuts this VPC off from the zone): run with force: true to disassociate it');
    } else {
      previous = builder.add({
        id: `route53/${zone.name}/vpc/${key(vpc)}/disassociate`,
        kind: 'delete',
        target: item,
        reason: 'associated with the zone but not in the export (forced): disassociated after the export\'s VPCs are associated, so the zone keeps at least one VPC',
        destructive: true,
        // Chained after every association (and the disassociation before it): one change at a time.
        ...(previous ? { dependsOn: [previous] } : {}),
        apply: async () => {
          const out = await client.send(new DisassociateVPCFromHostedZoneCommand({ HostedZoneId: zone.id, VPC: vpc }));
          if (out.ChangeInfo?.Id && out.ChangeInfo.Status !== 'INSYNC') await waitForInsync(client, out.ChangeInfo.Id, options.wait);
          return `${key(vpc)} disassociated`;
        },
      });
    }
  }
}
