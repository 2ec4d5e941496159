/**
 * What the simulated EC2 and RDS tests share: the sample-snapshots fixture and its account, and
 * a frozen-clock simulator over it with one service's handler (plus KMS) and that service's options.
 */
import { kmsHandler } from '../sim/kms.js';
import { startSim, type Sim, type SimOptions } from '../sim/server.js';
import type { ServiceHandler } from '../sim/types.js';

export const FIXTURE = 'test/fixtures/sample-snapshots.yaml';
export const ACCOUNT = '111111111111';

/** Runs `fn` against a fresh simulator and closes it afterwards, whatever happens. */
export async function withFixtureSim<T>(handler: ServiceHandler, options: object, fn: (sim: Sim) => Promise<T>, extra: Partial<SimOptions> = {}): Promise<T> {
  const sim = await startSim({ fixtures: [FIXTURE], handlers: [handler, kmsHandler], clock: { frozen: true }, serviceOptions: { [handler.service]: { ...options } }, ...extra });
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}
