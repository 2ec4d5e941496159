import { HeadObjectCommand, ListObjectVersionsCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyPlan } from '../../src/plan/apply.js';
import type { RestoreRequest } from '../../src/restore/types.js';
import { planS3PrefixRestore } from '../../src/s3/restore.js';
import { s3Handler } from '../sim/s3.js';
import { startSim, type Sim } from '../sim/server.js';
import { stsHandler } from '../sim/sts.js';
import type { Config } from '../../src/config/schema.js';
import { BUCKET, REPLICA, SOURCE, VAULT, body, contentInSim, protectedBucketsFixture, rawClient, read, replicateToVault, restoreContext, toolClients, writeInSim } from './fixture.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fixtures: [protectedBucketsFixture()], handlers: [s3Handler, stsHandler], clock: { frozen: true } });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  await replicateToVault(rawClient(sim, SOURCE, 'eu-west-1'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sim.close();
});

const request = (prefix: string, t: Date, extra: Partial<RestoreRequest> = {}): RestoreRequest => ({
  kind: 's3-prefix',
  source: `${BUCKET}/${prefix}`,
  pointInTime: t.toISOString(),
  force: false,
  options: {},
  ...extra,
});

async function plan(req: RestoreRequest) {
  const clients = toolClients(sim);
  return planS3PrefixRestore(req, restoreContext(sim, clients));
}

/**
 * The ransomware drill: 1,150 keys at T; afterwards 1,000 overwritten, 100 deleted and 50
 * new keys written. Returns each key's content at T (null: absent at T).
 */
async function attack(prefix: string): Promise<{ t: Date; atT: Map<string, Buffer | null> }> {
  const key = (i: number) => `${prefix}${String(i).padStart(5, '0')}.bin`;
  const atT = new Map<string, Buffer | null>();
  const first: [string, Buffer][] = [];
  for (let i = 0; i < 1150; i++) first.push([key(i), body()]);
  writeInSim(sim, first.map(([k]) => [k, body()])); // older history, before the state at T
  sim.advance(5000);
  writeInSim(sim, first);
  for (const [k, b] of first) atT.set(k, b);
  sim.advance(5000);
  const t = new Date(sim.ctx.now());
  sim.advance(5000);
  const after: [string, Buffer | null][] = [];
  for (let i = 0; i < 1000; i++) after.push([key(i), Buffer.from(`encrypted by the attacker ${i}`)]);
  for (let i = 1000; i < 1100; i++) after.push([key(i), null]);
  for (let i = 0; i < 50; i++) {
    after.push([`${prefix}ransom-note-${i}.txt`, Buffer.from('pay up')]);
    atT.set(`${prefix}ransom-note-${i}.txt`, null);
  }
  writeInSim(sim, after);
  sim.advance(5000);
  return { t, atT };
}

async function expectBackAtT(atT: Map<string, Buffer | null>): Promise<void> {
  const wrong: string[] = [];
  for (const [key, expected] of atT) {
    const actual = contentInSim(sim, key);
    if (expected === null ? actual !== null : actual === null || !actual.equals(expected)) wrong.push(key);
  }
  expect(wrong).toEqual([]);
  // And through the API, for a sample: GetObject returns the same bytes.
  const s3 = rawClient(sim, SOURCE, 'eu-west-1');
  for (const [key, expected] of [...atT].filter((_, i) => i % 97 === 0)) {
    const actual = await read(s3, key);
    expect(expected === null ? actual : actual?.equals(expected), key).toBe(expected === null ? null : true);
  }
}

describe('point-in-time restore of a prefix (ransomware drill)', () => {
  it('puts every key back to its content at T from the bucket’s own versions; a second plan is empty', async () => {
    const { t, atT } = await attack('own/');
    const refused = await plan(request('own/', t));
    expect(refused.actions).toEqual([]);
    expect(refused.errors[0]!.message).toMatch(/would overwrite or hide 1050 of the 1100 live keys \(95%\), more than the 30%/);

    const planned = await plan(request('own/', t, { force: true }));
    expect(planned.errors).toEqual([]);
    expect(planned.actions).toHaveLength(1);
    expect(planned.actions[0]!.details).toMatchObject({ keys: 1150, overwritten: 1000, restored: 100, hidden: 50, bytes: 1100 * 48 });
    expect(planned.actions[0]!.destructive).toBe(false);
    expect(planned.actions[0]!.reason).toMatch(/e\.g\. own\/00000\.bin \(version s3-version-/);
    const [result] = await applyPlan(planned, { dryRun: false, concurrency: 1 });
    expect(result!.status).toBe('applied');

    await expectBackAtT(atT);
    // Content type and user metadata come back with the content.
    const head = await rawClient(sim, SOURCE, 'eu-west-1').send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'own/00001.bin' }));
    expect([head.ContentType, head.Metadata]).toEqual(['application/octet-stream', { origin: 'app' }]);
    // Nothing was deleted for good: the attacker's versions are still there, behind the restored ones.
    const versions = await rawClient(sim, SOURCE, 'eu-west-1').send(new ListObjectVersionsCommand({ Bucket: BUCKET, Prefix: 'own/00001.bin' }));
    expect(versions.Versions).toHaveLength(4);

    sim.advance(1000);
    const again = await plan(request('own/', t, { force: true }));
    expect([again.actions, again.errors, again.warnings]).toEqual([[], [], []]);
  });

  it('does the same from the replica in the vault account and DR region', async () => {
    const { t, atT } = await attack('rep/');
    const req = request('rep/', t, { force: true, options: { from: REPLICA, 'from-region': 'eu-north-1' } });
    const planned = await plan(req);
    expect(planned.errors).toEqual([]);
    expect(planned.actions[0]!.details).toMatchObject({ keys: 1150, overwritten: 1000, restored: 100, hidden: 50 });
    expect(planned.actions[0]!.reason).toMatch(/from the replica s3:\/\/app-data-vault \(eu-north-1\)/);
    const [result] = await applyPlan(planned, { dryRun: false, concurrency: 1 });
    expect(result!.status).toBe('applied');
    await expectBackAtT(atT);
    sim.advance(1000);
    const again = await plan(req);
    expect([again.actions, again.errors]).toEqual([[], []]);
  });

  it('resumes an interrupted restore: keys already back at T are skipped', async () => {
    const { t, atT } = await attack('cut/');
    sim.addFault({ service: 's3', operation: 'CopyObject', kind: { code: 'AccessDenied', status: 403, message: 'Access Denied' }, after: 400, times: 600 });
    const first = await plan(request('cut/', t, { force: true }));
    const [failed] = await applyPlan(first, { dryRun: false, concurrency: 1 });
    expect(failed!.status).toBe('failed');
    expect(failed!.status === 'failed' && failed!.error).toMatch(/600 of 1150 keys failed .*run the restore again/);
    sim.advance(1000);
    const rest = await plan(request('cut/', t, { force: true }));
    expect(rest.actions[0]!.details!.keys).toBe(600);
    const [done] = await applyPlan(rest, { dryRun: false, concurrency: 1 });
    expect(done!.status).toBe('applied');
    await expectBackAtT(atT);
  });

  it('keep-new=true leaves the keys created after T as they are, and says how many', async () => {
    const { t, atT } = await attack('keep/');
    const planned = await plan(request('keep/', t, { force: true, options: { 'keep-new': 'true' } }));
    expect(planned.errors).toEqual([]);
    expect(planned.warnings.map((w) => w.message)).toEqual([`50 key(s) created after ${t.toISOString()} stay (keep-new=true)`]);
    expect(planned.actions[0]!.details).toMatchObject({ keys: 1100, overwritten: 1000, restored: 100, hidden: 0 });
    const [result] = await applyPlan(planned, { dryRun: false, concurrency: 1 });
    expect(result!.status).toBe('applied');
    const notes = [...atT.keys()].filter((k) => k.includes('ransom-note'));
    for (const key of notes) expect(contentInSim(sim, key)?.toString(), key).toBe('pay up');
    await expectBackAtT(new Map([...atT].filter(([k]) => !notes.includes(k))));
  });

  it('refuses a bucket without versioning, and an instant in the future', async () => {
    await expect(plan(request('x/', new Date(sim.ctx.now() + 86_400_000)))).rejects.toThrow(/is in the future/);
    await expect(plan({ ...request('x/', new Date()), pointInTime: 'yesterday' })).rejects.toThrow(/not an ISO 8601 instant/);
    const s3 = rawClient(sim, SOURCE, 'eu-west-1');
    await s3.send(new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Suspended' } }));
    try {
      const refused = await plan(request('own/', new Date(sim.ctx.now() - 1000), { force: true }));
      expect(refused.actions).toEqual([]);
      expect(refused.errors.map((e) => e.message)).toEqual([
        "versioning is Suspended on the bucket: restoring would overwrite today's objects for good; enable versioning on it first, then restore",
      ]);
    } finally {
      await s3.send(new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } }));
    }
  });
});

it('refuses an s3-prefix restore into a bucket of the vault: the vault role does not rewrite its copies', async () => {
  const clients = toolClients(sim);
  const ctx = restoreContext(sim, clients);
  const vault = { id: VAULT, 'role-arn': `arn:aws:iam::${VAULT}:role/aws-backup-vault`, 'kms-keys': { 'eu-north-1': 'alias/vault-backup' } };
  const inVault = { ...ctx, config: { ...ctx.config, vault } as Config, account: { name: 'vault', regions: ['eu-north-1' as const] } };
  const start = sim.ctx.log.length;
  await expect(planS3PrefixRestore({ ...request('', new Date(sim.ctx.now())), source: REPLICA }, inVault)).rejects.toThrow(
    /^account vault: an s3-prefix restore writes into a bucket of a backed-up account.*from=app-data-vault from-region=/,
  );
  expect(sim.ctx.log.length).toBe(start);
  clients.destroy();
});
