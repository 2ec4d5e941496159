/**
 * Route 53 (REST-XML, API 2013-04-01) as the SDK client calls it: hosted zones, record sets,
 * changes, health checks, tags, reusable delegation sets and CIDR collections.
 * This module routes a request to its operation; each group of operations has its own module.
 */
import { SimError, type ServiceHandler } from './types.js';
import { route53Slice, seedRoute53 } from './route53-state.js';
import { route53Error } from './route53-xml.js';
import { recordRoute53Event } from './route53-trail.js';
import { route, type Operation } from './route53-routes.js';
import { zoneOperations } from './route53-zone-ops.js';
import { recordOperations } from './route53-record-ops.js';
import { healthCheckOperations } from './route53-health-check-ops.js';
import { tagOperations } from './route53-tag-ops.js';
import { delegationCidrOperations } from './route53-delegation-cidr-ops.js';

const OPERATIONS: Record<string, Operation> = {
  ...zoneOperations,
  ...recordOperations,
  ...healthCheckOperations,
  ...tagOperations,
  ...delegationCidrOperations,
};

export const route53Handler: ServiceHandler = {
  service: 'route53',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
  operation: (req) => route(req)?.operation,
  handle(req, sim) {
    const routed = route(req);
    const op = routed && OPERATIONS[routed.operation];
    if (!routed || !op) throw new SimError('InvalidAction', `Route 53 operation ${req.method} ${req.path} is not simulated.`);
    const response = op(req, route53Slice(sim, req.account), sim, routed.labels);
    recordRoute53Event(sim, req, routed.labels, response);
    return response;
  },
  error: (_req, err) => route53Error(err),
  seed: seedRoute53,
};
