/**
 * "Replication failing" in the coverage report, against the simulator: when the vault's bucket
 * policy stops letting the replication role in, S3 marks new versions FAILED
 * (`x-amz-replication-status`), and the plan warns and shows it in the S3 coverage table; once
 * replication works again, the newest objects are COMPLETED and the warning goes away.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { planProtection } from '../../src/s3/protection-plan.js';
import { resolveProtectedBuckets } from '../../src/s3/resolve.js';
import { s3Handler, s3State } from '../sim/s3.js';
import { startSim, type Sim } from '../sim/server.js';
import { stsHandler } from '../sim/sts.js';
import { BUCKET, REPLICA, SOURCE, VAULT, body, protectedBucketsFixture, rawClient, replicateToVault, toolClients, writeInSim } from './fixture.js';

const config = parseConfig(
  `version: 1
regions: [eu-west-1]
dr-region: eu-north-1
accounts:
  - { name: prod, id: "${SOURCE}" }
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { eu-north-1: alias/vault-backup }
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
            copy-existing: false
`,
  'aws-backup.yml',
);

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

async function plan(from = config) {
  const buckets = (await resolveProtectedBuckets(from, 'aws-backup.yml')).filter((b) => b.name === BUCKET);
  const clients = toolClients(sim);
  return planProtection(buckets, () => clients, { now: new Date(sim.ctx.now()), log: () => undefined });
}

async function put(keys: string[]): Promise<void> {
  const s3 = rawClient(sim, SOURCE, 'eu-west-1');
  for (const key of keys) {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: key }));
    sim.advance(1000);
  }
}

describe('coverage: replication failing', () => {
  it('warns when the newest objects failed to replicate, and stops once they replicate again', async () => {
    const replica = s3State(sim.ctx, VAULT).buckets.get(REPLICA)!;
    const policy = replica.Policy;
    delete replica.Policy; // the vault's bucket policy no longer lets the replication role write
    await put(['a.txt', 'b.txt']);
    const failing = await plan();
    expect(failing.plan.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^replication is failing \(status FAILED for (a\.txt, b\.txt|b\.txt, a\.txt)\); check the replication role and the destination bucket policy$/));
    expect(failing.coverageMarkdown).toContain('⚠️ 2 failed');

    replica.Policy = policy;
    await put(['c.txt', 'd.txt', 'e.txt']);
    const healthy = await plan();
    expect(healthy.plan.warnings.map((w) => w.message).filter((m) => /failing/.test(m))).toEqual([]);
    expect(healthy.coverageMarkdown).toMatch(/\| app-data \(eu-west-1\) \| ✅ Enabled \| ✅ \| ✅ \| — \| ✅ \|/);
  });

  it('finds the newest objects beyond the first page of the listing', async () => {
    // 1,500 older keys, then the newest one last in key order: on the second page.
    writeInSim(sim, Array.from({ length: 1500 }, (_, i) => [`bulk/${String(i).padStart(5, '0')}`, body()]));
    sim.advance(60_000);
    await plan(); // the simulator replicates the bulk keys on its next call
    const replica = s3State(sim.ctx, VAULT).buckets.get(REPLICA)!;
    const policy = replica.Policy;
    delete replica.Policy;
    await put(['zz-newest.txt']);
    const failing = await plan();
    replica.Policy = policy;
    expect(failing.plan.warnings.map((w) => w.message).filter((m) => /failing/.test(m))).toEqual([
      'replication is failing (status FAILED for zz-newest.txt); check the replication role and the destination bucket policy',
    ]);
  });

  it('counts a replication rule set up outside the repository: no false "no replication" warning', async () => {
    const versioningOnly = parseConfig(
      `version: 1\nregions: [eu-west-1]\naccounts:\n  - { name: prod, id: "${SOURCE}" }\nlifecycle:\n  buckets:\n    - { name: ${BUCKET}, region: eu-west-1, versioning: enabled }\n`,
      'aws-backup.yml',
    );
    await put(['f.txt', 'g.txt', 'h.txt']); // replicated: the newest objects are fine again
    const { plan: planned, coverageMarkdown } = await plan(versioningOnly);
    expect(planned.warnings.map((w) => w.message).filter((m) => /replication|outside this account/.test(m))).toEqual([]);
    expect(planned.actions).toEqual([]);
    expect(coverageMarkdown).toMatch(/\| app-data \(eu-west-1\) \| ✅ Enabled \| ✅ \| ✅ \|/);
  });
});
