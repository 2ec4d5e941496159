/**
 * What a call that changes something leaves behind: a change whose status turns PENDING →
 * INSYNC on the simulated clock (GetChange), and an entry in the simulator's log for the tests.
 */
import type { SimContext, SimRequest } from './types.js';
import { route53Options, type Route53Slice } from './route53-state.js';

export function newChange(slice: Route53Slice, sim: SimContext, comment?: string) {
  const id = sim.newId('C');
  const now = sim.now();
  const change = { Id: `/change/${id}`, SubmittedAt: now, Comment: comment, syncAt: now + route53Options(sim).changeSyncMs };
  slice.changes.set(id, change);
  return changeInfoShape(change, sim);
}

export function changeInfoShape(change: { Id: string; SubmittedAt: number; Comment?: string; syncAt: number }, sim: SimContext) {
  return {
    Id: change.Id,
    Status: sim.now() >= change.syncAt ? 'INSYNC' : 'PENDING',
    SubmittedAt: new Date(change.SubmittedAt),
    Comment: change.Comment,
  };
}

export function logMutation(req: SimRequest, sim: SimContext, params: Record<string, unknown>): void {
  sim.log.push({ operation: req.operation, service: req.service, region: req.region, account: req.account, params });
}
