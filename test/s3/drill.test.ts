/**
 * The S3 restore drill in the simulator, through the real SDK: a sample of the replicated keys
 * is restored from the vault replica (another account and region) into the bucket's scratch
 * prefix, compared by SHA-256 with the source (stored checksums, or the bytes), and the
 * scratch versions are deleted; a replica that differs or lost a version fails the drill;
 * nothing is left behind in the bucket nor carried into the replica; the drill role's policy
 * allows exactly the S3 calls the drill makes.
 */
import { randomBytes } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { generateIamPolicies } from '../../src/iam/policy.js';
import { applyPlan } from '../../src/plan/apply.js';
import { planDrill } from '../../src/restore/drill.js';
import { S3_DRILL_PREFIX } from '../../src/s3/drill.js';
import { mapLimit } from '../../src/util/concurrency.js';
import { allows } from '../iam/evaluator.js';
import { allowedActions } from '../iam/support.js';
import { s3Handler, s3State } from '../sim/s3.js';
import { startSim, type Sim } from '../sim/server.js';
import { stsHandler } from '../sim/sts.js';
import { BUCKET, REPLICA, SOURCE, VAULT, protectedBucketsFixture, rawClient, replicateToVault, toolClients } from './fixture.js';

const CONFIG = `version: 1
regions: [eu-west-1]
dr-region: eu-north-1
accounts:
  - { name: prod, id: "${SOURCE}" }
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { eu-north-1: alias/vault-backup }
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
lifecycle:
  buckets:
    - name: ${BUCKET}
      region: eu-west-1
      versioning: enabled
      replication:
        role: arn:aws:iam::${SOURCE}:role/app-data-replication
        rules:
          - id: to-vault
            destination: { bucket: ${REPLICA}, account: vault, region: eu-north-1, replica-owner: destination }
`;
const config = parseConfig(CONFIG, 'aws-backup.yml');
const KEYS = 40;
const key = (i: number) => `data/${String(i).padStart(3, '0')}.bin`;

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fixtures: [protectedBucketsFixture()], handlers: [s3Handler, stsHandler], clock: { frozen: true } });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  const s3 = rawClient(sim, SOURCE, 'eu-west-1');
  await replicateToVault(s3);
  // Half uploaded with a SHA-256 checksum (compared as stored), half without (hashed from the bytes).
  await mapLimit(Array.from({ length: KEYS }, (_, i) => i), 16, (i) =>
    s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key(i), Body: randomBytes(2000 + i), ...(i % 2 === 0 && { ChecksumAlgorithm: 'SHA256' as const }) })),
  );
  sim.advance(1000);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sim.close();
});

const source = () => s3State(sim.ctx, SOURCE).buckets.get(BUCKET)!;
const replica = () => s3State(sim.ctx, VAULT).buckets.get(REPLICA)!;
const scratchLeft = () => [...source().versions.keys(), ...replica().versions.keys()].filter((k) => k.startsWith(S3_DRILL_PREFIX));

async function drill() {
  const clients = toolClients(sim);
  const lines: string[] = [];
  const plan = await planDrill({ config, accounts: resolveAccounts(config), clientsFor: () => clients, repoRoot: '.', now: new Date(sim.ctx.now()), log: (l) => lines.push(l) });
  sim.resetStats();
  const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
  clients.destroy();
  return { plan, results, lines };
}

describe('S3 restore drill', () => {
  it('restores a sample from the vault replica into a scratch prefix, finds it equal to the source, and deletes every scratch version', async () => {
    const versionsBefore = [...source().versions.values()].reduce((n, v) => n + v.length, 0);
    const { plan, results } = await drill();
    expect(plan.errors).toEqual([]);
    expect(plan.actions.map((a) => a.target)).toEqual([`s3://${BUCKET}/ (eu-west-1) ← replica s3://${REPLICA} (vault, eu-north-1)`]);
    expect(results[0]!.status).toBe('applied');
    expect(results[0]!.status === 'applied' && results[0]!.note).toMatch(
      /^10 key\(s\) restored from the replica s3:\/\/app-data-vault \(eu-north-1\) and equal to the source \(SHA-256\); scratch copies deleted \(10 version\(s\)\)$/,
    );
    const calls = sim.stats.calls;
    expect(Object.keys(calls).sort()).toEqual(['s3:CopyObject', 's3:DeleteObject', 's3:GetObject', 's3:HeadObject', 's3:ListObjectVersions', 's3:ListObjectsV2']);
    expect([calls['s3:CopyObject'], calls['s3:DeleteObject']]).toEqual([10, 10]);
    // Keys stored without a SHA-256 were hashed from their bytes, the others compared as stored.
    expect(calls['s3:GetObject']).toBeGreaterThan(0);
    expect(calls['s3:GetObject']).toBeLessThan(10);
    expect(scratchLeft()).toEqual([]);
    expect([...source().versions.values()].reduce((n, v) => n + v.length, 0)).toBe(versionsBefore);
  });

  it('fails when the replica differs from the source or lost a version, names those keys, and still cleans up', async () => {
    // Leftovers of an interrupted earlier drill (written as the drill writes: SSE-KMS, so not replicated) are deleted too.
    await rawClient(sim, SOURCE, 'eu-west-1').send(new PutObjectCommand({ Bucket: BUCKET, Key: `${S3_DRILL_PREFIX}20260101-dead/data/000.bin`, Body: 'left over', ServerSideEncryption: 'aws:kms' }));
    const tampered: string[] = [];
    const lost: string[] = [];
    for (let i = 0; i < KEYS; i++) {
      const versions = replica().versions.get(key(i))!;
      if (i % 3 === 0) {
        versions[0]!.Body = Buffer.from(`bit rot in ${key(i)}`);
        tampered.push(key(i));
      } else if (i % 3 === 1) {
        replica().versions.delete(key(i));
        replica().objects.delete(key(i));
        lost.push(key(i));
      }
    }
    const { results, lines } = await drill();
    const result = results[0]!;
    expect(result.status).toBe('failed');
    const error = result.status === 'failed' ? result.error : '';
    expect(error).toMatch(/^\d+ of 10 sampled key\(s\) do not match the replica s3:\/\/app-data-vault \(eu-north-1\): /);
    expect(error).toMatch(/differs from the source \(SHA-256 /);
    expect(error).toMatch(/is missing from the replica/);
    expect(error).toMatch(/scratch copies deleted \(\d+ version\(s\)\)$/);
    const named = [...error.matchAll(/(data\/\d{3}\.bin)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const k of named) expect([...tampered, ...lost]).toContain(k);
    expect(lines.join('\n')).toMatch(/S3 drill s3:\/\/app-data\/: /);
    expect(scratchLeft()).toEqual([]);
  });

  it('the drill role allows exactly the S3 calls of the drill, and deletes versions only under the scratch prefix', () => {
    const drillRole = generateIamPolicies(config, { repository: 'example-team/aws-backup', branch: 'main', accountId: SOURCE }).drill!.policy;
    const s3Actions = [...allowedActions(drillRole)].filter((a) => a.startsWith('s3:')).sort();
    expect(s3Actions).toEqual(['s3:DeleteObjectVersion', 's3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions', 's3:PutObject']);
    const object = (bucket: string, k: string) => `arn:aws:s3:::${bucket}/${k}`;
    const scratch = object(BUCKET, `${S3_DRILL_PREFIX}20260101-abcd/data/001.bin`);
    // What the drill does: list, head and read the source, copy the replica's version into the scratch prefix, delete it.
    expect(allows(drillRole, { action: 's3:ListBucket', resource: `arn:aws:s3:::${BUCKET}` })).toBe(true);
    expect(allows(drillRole, { action: 's3:ListBucketVersions', resource: `arn:aws:s3:::${BUCKET}` })).toBe(true);
    expect(allows(drillRole, { action: 's3:GetObject', resource: object(BUCKET, 'data/001.bin') })).toBe(true);
    expect(allows(drillRole, { action: 's3:GetObjectVersion', resource: object(BUCKET, 'data/001.bin') })).toBe(true);
    expect(allows(drillRole, { action: 's3:GetObjectVersion', resource: object(REPLICA, 'data/001.bin') })).toBe(true);
    expect(allows(drillRole, { action: 's3:PutObject', resource: scratch })).toBe(true);
    expect(allows(drillRole, { action: 's3:DeleteObjectVersion', resource: scratch })).toBe(true);
    // Nothing else: no write or delete outside the scratch prefix, nothing in the replica.
    expect(allows(drillRole, { action: 's3:PutObject', resource: object(BUCKET, 'data/001.bin') })).toBe(false);
    expect(allows(drillRole, { action: 's3:DeleteObjectVersion', resource: object(BUCKET, 'data/001.bin') })).toBe(false);
    expect(allows(drillRole, { action: 's3:DeleteObjectVersion', resource: object(REPLICA, `${S3_DRILL_PREFIX}x`) })).toBe(false);
    expect(allows(drillRole, { action: 's3:PutObject', resource: object(REPLICA, `${S3_DRILL_PREFIX}x`) })).toBe(false);
    // The other roles never delete a version.
    const roles = generateIamPolicies(config, { repository: 'example-team/aws-backup', branch: 'main', accountId: SOURCE });
    for (const duty of ['plan', 'run', 'restore'] as const) expect(allowedActions(roles[duty]!.policy).has('s3:DeleteObjectVersion'), duty).toBe(false);
  });
});
