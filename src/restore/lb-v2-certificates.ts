/**
 * A listener's certificate list (the certificates beyond the default one, used with SNI) in an
 * ALB/NLB restore: put back from the export's `AdditionalCertificates`, mapped to the target
 * region's ARNs. AddListenerCertificates and RemoveListenerCertificates take one certificate
 * per call (API reference), so each certificate is its own call.
 */
import {
  AddListenerCertificatesCommand,
  DescribeListenerCertificatesCommand,
  RemoveListenerCertificatesCommand,
  type ElasticLoadBalancingV2Client,
  type Listener,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { collectMarkerPages, LB_PAGE_SIZE } from '../export/elb.js';
import { listedCertificates, type ListenerDocument } from '../export/lb-format.js';
import type { PlanBuilder } from '../plan/plan.js';
import type { LoadBalancerSource } from './lb-source.js';

/** The export's certificate list, as ARNs of the target region. */
export function additionalCertificates(listener: ListenerDocument, source: LoadBalancerSource): string[] {
  return [...new Set((listener.AdditionalCertificates ?? []).map((c) => source.certificates.get(c.CertificateArn) ?? c.CertificateArn))];
}

export async function addCertificates(client: ElasticLoadBalancingV2Client, listenerArn: string, arns: readonly string[]): Promise<void> {
  for (const CertificateArn of arns) {
    await client.send(new AddListenerCertificatesCommand({ ListenerArn: listenerArn, Certificates: [{ CertificateArn }] }));
  }
}

/** An existing listener: certificates missing from its list are added, those the export lacks removed. */
export async function planCertificateDrift(
  builder: PlanBuilder,
  client: ElasticLoadBalancingV2Client,
  where: string,
  listener: ListenerDocument,
  live: Listener,
  source: LoadBalancerSource,
): Promise<void> {
  if (live.Protocol !== 'HTTPS' && live.Protocol !== 'TLS') return;
  const arn = live.ListenerArn as string;
  const wanted = additionalCertificates(listener, source);
  const certs = await collectMarkerPages(
    (Marker) => client.send(new DescribeListenerCertificatesCommand({ ListenerArn: arn, Marker, PageSize: LB_PAGE_SIZE })),
    (page) => page.Certificates,
  );
  const present = new Set(listedCertificates(certs, live.Certificates ?? []));
  const missing = wanted.filter((c) => !present.has(c));
  const extra = [...present].filter((c) => !wanted.includes(c)).sort();
  if (missing.length) {
    builder.add({
      kind: 'update',
      target: `${where} certificates`,
      reason: `missing from the listener's certificate list: ${missing.join(', ')}`,
      apply: () => addCertificates(client, arn, missing),
    });
  }
  if (extra.length) {
    builder.add({
      kind: 'remove',
      target: `${where} certificates ${extra.join(', ')}`,
      reason: "in the live listener's certificate list, not in the export",
      apply: async () => {
        for (const CertificateArn of extra) {
          await client.send(new RemoveListenerCertificatesCommand({ ListenerArn: arn, Certificates: [{ CertificateArn }] }));
        }
      },
    });
  }
}
