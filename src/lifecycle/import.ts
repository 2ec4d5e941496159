/**
 * `import`: the live lifecycle rules of some buckets, written as the config's `lifecycle:`
 * section, so a team adopts the tool without retyping its rules. The YAML goes through the
 * same normal form the plan compares with, so a plan right after an import shows no changes.
 */
import { stringify } from 'yaml';
import type { AwsClients } from '../aws/clients.js';
import { mapSettled } from '../util/concurrency.js';
import type { LifecycleBucketConfig } from '../config/lifecycle-schema.js';
import { readLiveLifecycle, readProblem } from './apply.js';
import { toConfigRule } from './normalize.js';

export interface ImportBucket {
  name: string;
  region: string;
}

/**
 * The `lifecycle:` YAML for `buckets`, in the order given. Throws one Error naming every
 * bucket that could not be read (after trying them all).
 */
export async function importLifecycle(clients: AwsClients, buckets: readonly ImportBucket[]): Promise<string> {
  const read = await mapSettled(buckets, 4, (b) => readLiveLifecycle(clients.s3(b.region), b.name));
  const failures = read.flatMap((r, i) => {
    if (r.ok) return [];
    const b = buckets[i]!;
    return [`s3://${b.name}: ${readProblem(r.error, { bucket: b.name, region: b.region, account: clients.account, listedIn: 'the import list' })}`];
  });
  if (failures.length > 0) throw new Error(`Could not import the lifecycle rules of ${failures.length} bucket(s):\n${failures.join('\n')}`);

  const entries = buckets.map((b, i) => {
    const live = (read[i] as { ok: true; value: Awaited<ReturnType<typeof readLiveLifecycle>> }).value;
    return { name: b.name, region: b.region, rules: live.rules.map(toConfigRule) } as Partial<LifecycleBucketConfig>;
  });
  return stringify({ lifecycle: { buckets: entries } }, { lineWidth: 0 });
}
