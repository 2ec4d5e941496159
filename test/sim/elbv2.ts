/**
 * Simulated Elastic Load Balancing v2 (ALB, NLB; API 2015-12-01, query protocol). State is
 * kept in the API's own shapes; ARNs, DNS names and hosted zone ids follow AWS's formats,
 * with deterministic ids from the sim's id sequence. This module wires the handler; state,
 * seed and the operation groups live in elbv2-*.ts.
 */
import { elbQueryHandler } from './elb-query.js';
import { describeOperations } from './elbv2-describe.js';
import { listenerOperations } from './elbv2-listeners.js';
import { loadBalancerOperations } from './elbv2-load-balancers.js';
import { ruleOperations } from './elbv2-rules.js';
import { seedElbv2 } from './elbv2-seed.js';
import { regionState } from './elbv2-state.js';
import { taggingOperations } from './elbv2-tagging.js';
import { targetGroupOperations } from './elbv2-target-groups.js';
import type { QueryTypes } from './query.js';
import type { ServiceHandler } from './types.js';

export { seedElbv2 } from './elbv2-seed.js';
export type { Elbv2Fixture } from './elbv2-seed.js';
export { elbv2State } from './elbv2-state.js';
export type { Elbv2State, V2Listener, V2LoadBalancer, V2Region, V2Rule, V2TargetGroup } from './elbv2-state.js';

export const ELBV2_VERSION = '2015-12-01';
const XMLNS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

const TYPES: QueryTypes = {
  numbers: new Set([
    'PageSize', 'Port', 'Priority', 'HealthCheckIntervalSeconds', 'HealthCheckTimeoutSeconds', 'HealthyThresholdCount',
    'UnhealthyThresholdCount', 'Weight', 'DurationSeconds', 'SessionTimeout', 'TargetControlPort', 'Order',
  ]),
  booleans: new Set(['HealthCheckEnabled', 'IsDefault', 'Enabled', 'UseExistingClientSecret', 'ResetTransforms', 'IgnoreClientCertificateExpiry']),
  // RedirectConfig.Port is a string ("#{port}" or "443").
  stringsUnder: new Set(['RedirectConfig']),
};

const MAP_FIELDS = new Set(['AuthenticationRequestExtraParams']);

export const elbv2Handler: ServiceHandler = elbQueryHandler({
  version: ELBV2_VERSION,
  xmlns: XMLNS,
  types: TYPES,
  mapFields: MAP_FIELDS,
  operations: {
    ...describeOperations,
    ...taggingOperations,
    ...loadBalancerOperations,
    ...targetGroupOperations,
    ...listenerOperations,
    ...ruleOperations,
  },
  regionState,
  seed: seedElbv2,
});
