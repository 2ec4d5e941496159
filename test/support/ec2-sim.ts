/**
 * What the simulated EC2's tests share: a simulator over the sample-snapshots fixture, fast EBS
 * timings, an SDK client for its account, and one snapshot as DescribeSnapshots gives it.
 */
import { DescribeSnapshotsCommand, EC2Client, type Snapshot } from '@aws-sdk/client-ec2';
import { ec2Handler } from '../sim/ec2.js';
import type { Ec2Options } from '../sim/ec2-state.js';
import type { Sim, SimOptions } from '../sim/server.js';
import { ACCOUNT, withFixtureSim } from './sample-snapshots-sim.js';

export { ACCOUNT, FIXTURE } from './sample-snapshots-sim.js';

export async function withSim<T>(fn: (sim: Sim) => Promise<T>, ec2: Ec2Options = {}, extra: Partial<SimOptions> = {}): Promise<T> {
  return withFixtureSim(ec2Handler, ec2, fn, extra);
}

export const client = (sim: Sim, region = 'us-east-1') =>
  new EC2Client({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

export async function snapshot(sim: Sim, id: string, region = 'us-east-1'): Promise<Snapshot> {
  const out = await client(sim, region).send(new DescribeSnapshotsCommand({ SnapshotIds: [id] }));
  return out.Snapshots![0]!;
}

/** 1 s + 10 ms per GiB: a 100 GiB snapshot takes 2 s, its copy 6 s. */
export const FAST: Ec2Options = { snapshotBaseMs: 1000, snapshotMsPerGiB: 10, copyDurationFactor: 3, volumeCreateMs: 500, archiveMs: 10_000 };
