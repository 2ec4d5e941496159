/**
 * Simulated EC2 (EBS side), EC2 query protocol 2016-11-15: volumes, instances, snapshots
 * (create, multi-volume crash-consistent, cross-region copy, delete, archive tier), AMIs as
 * far as a snapshot in use needs them, tags, and the network lookups a restore needs.
 * Requests and responses are (de)serialised from the SDK's own schemas (ec2-codec.ts). This
 * module is the handler; the actions live one group per module (ec2-volumes, -snapshot-create,
 * -snapshots, -tiering, -tags, -network, -images).
 */
import * as sdk from '@aws-sdk/client-ec2';
import { decodeInput, encodeOutput, operationSchemas } from './ec2-codec.js';
import type { Operation } from './ec2-helpers.js';
import { imageOperations } from './ec2-images.js';
import { networkOperations } from './ec2-network.js';
import { snapshotCreateOperations } from './ec2-snapshot-create.js';
import { snapshotOperations } from './ec2-snapshots.js';
import { ec2Region, seedEc2, tick } from './ec2-state.js';
import { tagOperations } from './ec2-tags.js';
import { tieringOperations } from './ec2-tiering.js';
import { volumeOperations } from './ec2-volumes.js';
import { SimError } from './types.js';
import type { ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { escapeXml, newRequestId, queryParams, xmlDocument, xmlResponse } from './xml.js';

export const EC2_VERSION = '2016-11-15';
const XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/** Every action the simulator implements, by name; each module holds one group of them. */
const operations: Record<string, Operation> = {
  ...snapshotOperations,
  ...tieringOperations,
  ...volumeOperations,
  ...snapshotCreateOperations,
  ...tagOperations,
  ...networkOperations,
  ...imageOperations,
};

export const ec2Handler: ServiceHandler = {
  service: 'ec2',
  throttleError: { code: 'RequestLimitExceeded', status: 503, message: 'Request limit exceeded.' },

  operation(req) {
    const params = queryParams(req.query, req.body);
    return params.get('Version') === EC2_VERSION ? (params.get('Action') ?? 'Unknown') : undefined;
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const op = operations[req.operation];
    const schemas = operationSchemas(sdk as unknown as Record<string, unknown>, req.operation);
    if (!op || !schemas) throw new SimError('InvalidAction', `The action ${req.operation} is not valid for this web service (the simulator does not implement it).`);
    const input = decodeInput('ec2', schemas.input, queryParams(req.query, req.body));
    sim.log.push({ operation: req.operation, service: 'ec2', region: req.region, account: req.account, params: input });
    if (input.DryRun) throw new SimError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
    const region = ec2Region(sim, req.account, req.region);
    tick(region, sim.now());
    const result = op({ input, region, regionName: req.region, account: req.account, sim });
    const requestId = newRequestId();
    const body = xmlDocument(`${req.operation}Response`, XMLNS, `<requestId>${requestId}</requestId>${encodeOutput('ec2', schemas.output, result)}`);
    return xmlResponse(200, body, requestId);
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    const requestId = newRequestId();
    const body = xmlDocument(
      'Response',
      undefined,
      `<Errors><Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID>`,
    );
    return xmlResponse(err.status, body, requestId);
  },

  seed: seedEc2,
};
