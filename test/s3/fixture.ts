/** A source bucket replicated to an Object-Locked vault bucket in another account and region. */
import { randomBytes } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutBucketReplicationCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { configSchema } from '../../src/config/schema.js';
import type { RestoreContext } from '../../src/restore/types.js';
import { mapLimit } from '../../src/util/concurrency.js';
import type { Sim } from '../sim/server.js';
import { newObject } from '../sim/s3-core.js';
import type { Call } from '../sim/s3-core.js';
import { enqueueReplication } from '../sim/s3-replication.js';
import { s3State } from '../sim/s3.js';
import { storeVersion } from '../sim/s3-versions.js';

export const SOURCE = '111111111111';
export const VAULT = '222222222222';
export const BUCKET = 'app-data';
export const REPLICA = 'app-data-vault';
export const REPLICATION_ROLE = `arn:aws:iam::${SOURCE}:role/app-data-replication`;

export function protectedBucketsFixture() {
  return {
    accounts: [
      { id: SOURCE, s3: { buckets: [{ Name: BUCKET, BucketRegion: 'eu-west-1', Versioning: { Status: 'Enabled' } }] } },
      {
        id: VAULT,
        s3: {
          buckets: [
            {
              Name: REPLICA,
              BucketRegion: 'eu-north-1',
              ObjectLockEnabled: true,
              ObjectLockRule: { Mode: 'COMPLIANCE', Days: 30 },
              Policy: {
                Statement: [
                  { Effect: 'Allow', Principal: { AWS: REPLICATION_ROLE }, Action: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ObjectOwnerOverrideToBucketOwner'] },
                  { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${SOURCE}:root` }, Action: ['s3:GetObjectVersion', 's3:ListBucketVersions', 's3:ListBucket'] },
                ],
              },
            },
          ],
        },
      },
    ],
  };
}

export function rawClient(sim: Sim, account: string, region: string): S3Client {
  return new S3Client({ endpoint: sim.url, region, forcePathStyle: true, credentials: sim.credentialsFor(account), maxAttempts: 1 });
}

export function toolClients(sim: Sim, account = SOURCE): AwsClients {
  return createAwsClients({ account: 'default', credentials: sim.credentialsFor(account), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts: 2, rateLimits: { s3: 5000 } });
}

export function restoreContext(sim: Sim, clients: AwsClients, log: string[] = []): RestoreContext {
  const config = configSchema.parse({ version: 1, regions: ['eu-west-1'], 'dr-region': 'eu-north-1' });
  return { config, account: { name: 'default', regions: ['eu-west-1'] }, clients, repoRoot: '.', now: new Date(sim.ctx.now()), log: (l) => log.push(l) };
}

export async function replicateToVault(s3: S3Client): Promise<void> {
  await s3.send(
    new PutBucketReplicationCommand({
      Bucket: BUCKET,
      ReplicationConfiguration: {
        Role: REPLICATION_ROLE,
        Rules: [
          {
            ID: 'to-vault',
            Priority: 1,
            Status: 'Enabled',
            Filter: { Prefix: '' },
            DeleteMarkerReplication: { Status: 'Disabled' },
            Destination: { Bucket: `arn:aws:s3:::${REPLICA}`, Account: VAULT, AccessControlTranslation: { Owner: 'Destination' } },
          },
        ],
      },
    }),
  );
}

/** Writes (or deletes, for `null`) keys 32 at a time through the S3 API. */
export async function write(s3: S3Client, entries: [string, Buffer | null][]): Promise<void> {
  await mapLimit(entries, 32, async ([key, body]) => {
    if (body === null) await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    else await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: 'application/octet-stream', Metadata: { origin: 'app' } }));
  });
}

/**
 * The same writes straight into the simulator's state (as PutObject / DeleteObject would make
 * them, replication queued alike): the application's side of a drill, thousands of keys fast.
 */
export function writeInSim(sim: Sim, entries: [string, Buffer | null][]): void {
  const bucket = s3State(sim.ctx, SOURCE).buckets.get(BUCKET)!;
  const written = entries.map(([key, body]) => {
    const o = newObject(key, body ?? Buffer.alloc(0), 'application/octet-stream', body === null ? {} : { origin: 'app' }, {}, new Date(sim.ctx.now()));
    if (body === null) o.IsDeleteMarker = true;
    return storeVersion(sim.ctx, bucket, o);
  });
  enqueueReplication({ req: { account: SOURCE } as Call['req'], sim: sim.ctx, bucket, key: '', written });
}

/** The current content of a key in the simulator (null: no current object). */
export function contentInSim(sim: Sim, key: string): Buffer | null {
  return s3State(sim.ctx, SOURCE).buckets.get(BUCKET)!.objects.get(key)?.Body ?? null;
}

export const body = (): Buffer => randomBytes(48);

export async function read(s3: S3Client, key: string): Promise<Buffer | null> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return Buffer.from(await out.Body!.transformToByteArray());
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null;
    throw error;
  }
}
