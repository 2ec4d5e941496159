/**
 * The query-protocol plumbing both ELB APIs (classic 2012-06-01, v2 2015-12-01) share: the
 * call an operation receives, required-parameter checks, and the handler that serves one API
 * version's operations against its per-region state. Each API keeps only its own operations.
 */
import { parseQueryBody, queryResult, typed } from './query.js';
import type { QueryTypes } from './query.js';
import { SimError } from './types.js';
import type { ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { errorResponse } from './xml.js';

/** What one operation gets: typed parameters and the state of the region it was called in. */
export interface ElbCall<Region> {
  params: Record<string, unknown>;
  region: Region;
  regionName: string;
  account: string;
  sim: SimContext;
}
export type ElbOperation<Region> = (call: ElbCall<Region>) => Record<string, unknown> | void;

export function required(params: Record<string, unknown>, name: string): unknown {
  const value = params[name];
  if (value === undefined || value === '') {
    throw new SimError('ValidationError', `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

export interface ElbApi<Region> {
  version: string;
  xmlns: string;
  types: QueryTypes;
  /** Fields rendered as key/value maps rather than member lists. */
  mapFields?: ReadonlySet<string>;
  operations: Record<string, ElbOperation<Region>>;
  regionState(sim: SimContext, account: string, region: string): Region;
  seed: NonNullable<ServiceHandler['seed']>;
}

/** A handler serving one ELB API version; the other version's requests are left to its own handler. */
export function elbQueryHandler<Region>(api: ElbApi<Region>): ServiceHandler {
  return {
    service: 'elasticloadbalancing',
    throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },

    operation(req) {
      const { action, version } = parseQueryBody(req.body);
      return version === api.version ? (action ?? 'Unknown') : undefined;
    },

    handle(req: SimRequest, sim: SimContext): SimResponse {
      const { action, params } = parseQueryBody(req.body);
      const op = action ? api.operations[action] : undefined;
      if (!op) throw new SimError('InvalidAction', `Could not find operation ${String(action)} for version ${api.version}`);
      const typedParams = typed(params, api.types);
      sim.log.push({ operation: action!, service: req.service, region: req.region, account: req.account, params: typedParams });
      const result = op({ params: typedParams, region: api.regionState(sim, req.account, req.region), regionName: req.region, account: req.account, sim });
      return queryResult(action!, api.xmlns, result ?? {}, api.mapFields);
    },

    error(_req: SimRequest, err: SimError): SimResponse {
      return errorResponse(err);
    },

    seed: api.seed,
  };
}
