/**
 * Route 53's CloudTrail events: every successful call is recorded in us-east-1 (Route 53 is
 * global), with the caller's identity and the request parameters that name what it touched,
 * shaped like the events Route 53 logs (requestParameters in camelCase).
 */
import { recordEvent } from './cloudtrail.js';
import type { SimContext, SimRequest, SimResponse } from './types.js';

/** Calls that change nothing (POST /tags/<type> is ListTagsForResources). */
const READ_ONLY = /^(List|Get)/;

function created(response: SimResponse, element: string): string | undefined {
  const body = typeof response.body === 'string' ? response.body : response.body?.toString('utf8') ?? '';
  return new RegExp(`<${element}>\\s*<Id>([^<]+)</Id>`).exec(body)?.[1];
}

function parameters(req: SimRequest, labels: string[], response: SimResponse) {
  const [first, second] = labels;
  switch (req.operation) {
    case 'ChangeResourceRecordSets':
    case 'AssociateVPCWithHostedZone':
    case 'DisassociateVPCFromHostedZone':
      return { requestParameters: { hostedZoneId: first } };
    case 'DeleteHostedZone':
    case 'UpdateHostedZoneComment':
      return { requestParameters: { id: first } };
    case 'CreateHostedZone':
      return { requestParameters: {}, responseElements: { hostedZone: { id: created(response, 'HostedZone') } } };
    case 'CreateHealthCheck':
      return { requestParameters: {}, responseElements: { healthCheck: { id: created(response, 'HealthCheck') } } };
    case 'UpdateHealthCheck':
    case 'DeleteHealthCheck':
      return { requestParameters: { healthCheckId: first } };
    case 'ChangeTagsForResource':
      return { requestParameters: { resourceType: first, resourceId: second } };
    default:
      return { requestParameters: first === undefined ? {} : { id: first } };
  }
}

export function recordRoute53Event(sim: SimContext, req: SimRequest, labels: string[], response: SimResponse): void {
  if (response.status >= 300) return;
  const readOnly = READ_ONLY.test(req.operation);
  recordEvent(sim, req, {
    eventSource: 'route53.amazonaws.com',
    region: 'us-east-1',
    readOnly,
    ...(readOnly ? { requestParameters: null } : parameters(req, labels, response)),
  });
}
