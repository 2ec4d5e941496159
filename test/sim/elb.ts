/**
 * Simulated Classic Load Balancing (API 2012-06-01, query protocol). State is kept in the
 * API's own shapes so the fixture YAML, the describe calls and the create calls agree.
 * This module wires the handler; state, reads and writes live in elb-classic-*.ts, and what
 * classic and v2 share in elb-network.ts, elb-tags.ts and elb-query.ts.
 */
import { changeOperations } from './elb-classic-changes.js';
import { describeOperations } from './elb-classic-describe.js';
import { regionState, seedClassicElb } from './elb-classic-state.js';
import { elbQueryHandler } from './elb-query.js';
import type { QueryTypes } from './query.js';
import type { ServiceHandler } from './types.js';

export { classicElbState, seedClassicElb } from './elb-classic-state.js';
export type { ClassicElbState, ClassicFixtureLoadBalancer, ClassicLoadBalancer, ClassicRegion } from './elb-classic-state.js';

export const ELB_VERSION = '2012-06-01';
const XMLNS = 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/';

const TYPES: QueryTypes = {
  numbers: new Set([
    'PageSize', 'LoadBalancerPort', 'InstancePort', 'Interval', 'Timeout', 'UnhealthyThreshold',
    'HealthyThreshold', 'EmitInterval', 'CookieExpirationPeriod', 'IdleTimeout', 'LoadBalancerPorts',
  ]),
  booleans: new Set(['Enabled']),
};

export const classicElbHandler: ServiceHandler = elbQueryHandler({
  version: ELB_VERSION,
  xmlns: XMLNS,
  types: TYPES,
  operations: { ...describeOperations, ...changeOperations },
  regionState,
  seed: seedClassicElb,
});
