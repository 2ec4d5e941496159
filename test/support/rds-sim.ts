/**
 * What the simulated RDS's tests share: a simulator over the sample-snapshots fixture with fast
 * RDS timings, an SDK client for its account, a DB snapshot's status and ARN, the DR region's key.
 */
import { DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { rdsHandler } from '../sim/rds.js';
import type { RdsOptions } from '../sim/rds-state.js';
import type { Sim, SimOptions } from '../sim/server.js';
import { ACCOUNT, withFixtureSim } from './sample-snapshots-sim.js';

export { ACCOUNT } from './sample-snapshots-sim.js';

export const DAY = 86_400_000;
export const DR_KEY_ARN = `arn:aws:kms:us-west-2:${ACCOUNT}:key/2b2b2b2b-2222-4222-8222-222222222222`;

/** Snapshots take 1 s + 10 ms per GiB (orders-db, 200 GiB: 3 s; its copy 9 s); creates 2 s. */
export const FAST: RdsOptions = { snapshotBaseMs: 1000, snapshotMsPerGiB: 10, copyDurationFactor: 3, createMs: 2000, deleteMs: 1000 };

export async function withSim<T>(fn: (sim: Sim) => Promise<T>, rds: RdsOptions = FAST, extra: Partial<SimOptions> = {}): Promise<T> {
  return withFixtureSim(rdsHandler, rds, fn, extra);
}

export const client = (sim: Sim, region = 'us-east-1') =>
  new RDSClient({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

export async function snapshotStatus(sim: Sim, id: string, region = 'us-east-1'): Promise<string | undefined> {
  const out = await client(sim, region).send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: id }));
  return out.DBSnapshots![0]!.Status;
}

export const sourceArn = (id: string) => `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}`;
