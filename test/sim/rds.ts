/**
 * Simulated RDS (AWS query protocol 2014-10-31): DB instances, Aurora clusters, manual and
 * automated snapshots, cross-region copies with AWS's concurrency limits and manual-snapshot
 * quota, tags, and the restores (from a snapshot, to a point in time, cluster from a cluster
 * snapshot plus CreateDBInstance for its members). Wire (de)serialisation comes from the
 * SDK's own schemas (ec2-codec.ts, `query` flavour). This module is the handler; the actions
 * live one group per module (rds-describe, -snapshots, -copies, -tags, -restores, -lifecycle, -sharing).
 */
import * as sdk from '@aws-sdk/client-rds';
import { decodeInput, encodeOutput, operationSchemas } from './ec2-codec.js';
import { copyOperations } from './rds-copies.js';
import { describeOperations } from './rds-describe.js';
import type { Operation } from './rds-helpers.js';
import { lifecycleOperations } from './rds-lifecycle.js';
import { restoreOperations } from './rds-restores.js';
import { rdsSharingOperations } from './rds-sharing.js';
import { snapshotOperations } from './rds-snapshots.js';
import { rdsRegion, seedRds, tickRds } from './rds-state.js';
import { tagOperations } from './rds-tags.js';
import { SimError } from './types.js';
import type { ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { errorResponse, queryParams, queryResponse } from './xml.js';

export const RDS_VERSION = '2014-10-31';
const XMLNS = 'http://rds.amazonaws.com/doc/2014-10-31/';

/** Every action the simulator implements, by name; each module holds one group of them. */
const operations: Record<string, Operation> = {
  ...rdsSharingOperations,
  ...describeOperations,
  ...snapshotOperations,
  ...copyOperations,
  ...tagOperations,
  ...restoreOperations,
  ...lifecycleOperations,
};

export const rdsHandler: ServiceHandler = {
  service: 'rds',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const params = queryParams(req.query, req.body);
    return params.get('Version') === RDS_VERSION ? (params.get('Action') ?? 'Unknown') : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const op = operations[req.operation];
    const schemas = operationSchemas(sdk as unknown as Record<string, unknown>, req.operation);
    if (!op || !schemas) throw new SimError('InvalidAction', `Could not find operation ${req.operation} for version ${RDS_VERSION} (the simulator does not implement it).`);
    const input = decodeInput('query', schemas.input, queryParams(req.query, req.body));
    sim.log.push({ operation: req.operation, service: 'rds', region: req.region, account: req.account, params: input });
    const region = rdsRegion(sim, req.account, req.region);
    tickRds(sim, req.account, region, sim.now());
    const result = op({ input, region, account: req.account, sim });
    return queryResponse(req.operation, XMLNS, encodeOutput('query', schemas.output, result));
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    return errorResponse(err, XMLNS);
  },

  seed: seedRds,
};
