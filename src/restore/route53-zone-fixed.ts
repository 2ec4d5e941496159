/**
 * Settings of a hosted zone that a restore does not put back, said in the plan instead of
 * dropped ("not restored: <what> — <how by hand>", as for load balancers): the AWS service a
 * zone is linked to (only that service creates such a zone), accelerated recovery (a feature
 * switched on after creation), and the reusable delegation set of an existing zone (its name
 * servers are fixed when it is created).
 */
import type { GetHostedZoneCommandOutput, HostedZone } from '@aws-sdk/client-route-53';
import type { ZoneFile } from '../export/route53-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import { notRestored } from './lb-not-restored.js';
import type { LiveZone } from './route53-zone.js';

/** On while it is being turned on, and while turning it off failed. */
const recoveryOn = (status: string | undefined): boolean => status === 'ENABLED' || status === 'ENABLING' || status === 'DISABLE_FAILED';

const bareSetId = (id: string | undefined): string | undefined => id?.replace(/^\/?delegationset\//, '');

/**
 * `hosted` is the live zone's GetHostedZone answer: the listing carries neither the delegation
 * set nor, everywhere, the zone's features.
 */
export function planZoneNotRestored(
  builder: PlanBuilder,
  live: (LiveZone & { hosted: GetHostedZoneCommandOutput }) | undefined,
  file: ZoneFile,
  label: string,
): void {
  const wanted = file.zone;
  const liveZone: HostedZone | undefined = live && (live.hosted.HostedZone ?? live.zone);
  const liveSet = bareSetId(live?.hosted.DelegationSet?.Id);

  const service = wanted.LinkedService?.ServicePrincipal;
  const liveService = liveZone?.LinkedService?.ServicePrincipal;
  if (service && service !== liveService) {
    builder.warn(
      label,
      notRestored(
        `the link to ${service}`,
        live
          ? `the live zone is ${liveService ? `linked to ${liveService}` : 'not linked to a service'}, and only a service links a zone, when it creates it; records were compared as usual`
          : `only ${service} creates a zone linked to it, so this restore creates an ordinary zone the service does not manage; to have it managed, re-create the zone through the service (e.g. its Cloud Map namespace) and restore the records into it with the option zone-id`,
      ),
    );
  }

  const exportedOn = recoveryOn(wanted.AcceleratedRecoveryStatus);
  if (exportedOn !== recoveryOn(liveZone?.Features?.AcceleratedRecoveryStatus) && (exportedOn || live)) {
    const flag = exportedOn ? '--enable-accelerated-recovery' : '--no-enable-accelerated-recovery';
    builder.warn(
      label,
      notRestored(
        `accelerated recovery ${wanted.AcceleratedRecoveryStatus ?? 'DISABLED'}${live ? ` (live: ${liveZone?.Features?.AcceleratedRecoveryStatus ?? 'DISABLED'})` : ''}`,
        `set it by hand once the zone exists: aws route53 update-hosted-zone-features --hosted-zone-id ${live?.id ?? '<new zone id>'} ${flag}`,
      ),
    );
  }

  if (live && !wanted.PrivateZone && (wanted.DelegationSetId ?? '') !== (liveSet ?? '')) {
    const fixed = "a zone's name servers are fixed when it is created, so the live zone keeps its own";
    builder.warn(
      label,
      wanted.DelegationSetId
        ? notRestored(
            `reusable delegation set ${wanted.DelegationSetId} (live: ${liveSet ?? 'none, name servers of its own'})`,
            `${fixed}; make sure the registrar's delegation names them, or delete the zone and run the restore again to create it with that set`,
          )
        : notRestored(`name servers of its own (live: reusable delegation set ${liveSet})`, `${fixed}; make sure the registrar's delegation names them`),
    );
  }
}
