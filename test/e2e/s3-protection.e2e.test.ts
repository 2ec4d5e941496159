/**
 * End to end through dist: a bucket with versioning and replication to an Object-Locked
 * bucket in another account and region — planned in the sticky PR comment, applied on the
 * default branch, quiet on an immediate re-run, a console change to the replication rule
 * reported as drift and put back; invalid setups each one located error.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetBucketReplicationCommand, GetBucketVersioningCommand, GetObjectLockConfigurationCommand, HeadObjectCommand, PutBucketReplicationCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubSim, type GitHubSim } from '../sim/github.js';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';
import { reportSchemaErrors } from '../support/report-schema.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const ROLE = `arn:aws:iam::${SOURCE}:role/app-data-replication`;

const FIXTURE = {
  accounts: [
    {
      id: SOURCE,
      s3: {
        buckets: [
          { Name: 'app-data', BucketRegion: 'eu-west-1', Objects: [{ Key: 'old/a.txt', Body: 'a' }, { Key: 'old/b.txt', Body: 'b' }] },
          { Name: 'plain-dest', BucketRegion: 'eu-north-1' },
        ],
      },
    },
    {
      id: VAULT,
      s3: {
        buckets: [
          {
            Name: 'app-data-vault',
            BucketRegion: 'eu-north-1',
            ObjectLockEnabled: true,
            Policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ObjectOwnerOverrideToBucketOwner'] }] },
          },
        ],
      },
    },
  ],
};

const CONFIG = `version: 1
regions: [eu-west-1]
dr-region: eu-north-1
accounts:
  - { name: prod, id: "${SOURCE}" }
  - { name: vault, id: "${VAULT}", role-arn: "arn:aws:iam::${VAULT}:role/aws-backup-vault" }
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
lifecycle:
  buckets:
    - name: app-data
      account: prod
      region: eu-west-1
      versioning: enabled
      replication:
        role: ${ROLE}
        rules:
          - id: to-vault
            destination:
              bucket: app-data-vault
              account: vault
              region: eu-north-1
              storage-class: GLACIER_IR
              replica-owner: destination
    - name: app-data-vault
      account: vault
      region: eu-north-1
      versioning: enabled
      object-lock: { mode: compliance, days: 30 }
`;

describe('bucket protection through the bundled action', () => {
  let sim: Sim;
  let github: GitHubSim;
  let ws: Workspace;
  let source: S3Client;
  let vault: S3Client;

  beforeEach(async () => {
    sim = await startSim({ fixtures: [FIXTURE] });
    github = await startGitHubSim();
    github.addRepo('example-team/aws-backup', { defaultBranch: 'main' });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    source = new S3Client({ region: 'eu-west-1', endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor(SOURCE) });
    vault = new S3Client({ region: 'eu-north-1', endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor(VAULT) });
  });
  afterEach(async () => {
    source.destroy();
    vault.destroy();
    await sim.close();
    await github.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const run = (event: string) => runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(SOURCE), env: { GITHUB_EVENT_NAME: event } });

  it('plans on the pull request, applies on main, then changes nothing; copies existing objects; puts a console change back', async () => {
    const pr = github.addPullRequest('example-team/aws-backup', { title: 'protect app-data', head: 'protect', base: 'main' });
    const eventPath = join(ws.root, 'event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: pr.number } }));
    const plan = await runAction({
      workspace: ws,
      inputs: { command: 'plan', 'github-token': 'ghs_test' },
      awsEnv: sim.env(SOURCE),
      env: { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REF: `refs/pull/${pr.number}/merge` },
    });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const comment = github.state.repos.get('example-team/aws-backup')!.comments[0]!.body;
    expect(comment).toContain('s3://app-data versioning');
    expect(comment).toMatch(/turn on replication: "to-vault" → s3:\/\/app-data-vault \(vault, eu-north-1\)/);
    expect(comment).toMatch(/0 of 2 objects that existed before rule "to-vault"/);
    expect(comment).toMatch(/s3:\/\/app-data-vault object-lock.*COMPLIANCE for 30 day/);
    expect((await source.send(new GetBucketVersioningCommand({ Bucket: 'app-data' }))).Status).toBeUndefined();

    const applied = await run('push');
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.summary).toContain('### S3 bucket coverage');
    expect(applied.summary).toMatch(/\| app-data \(eu-west-1\) \| ✅ Enabled \| ✅ \| ✅ \|/);
    // The same coverage, row by row, in the JSON report for monitoring.
    expect(reportSchemaErrors(applied.report)).toEqual([]);
    expect(applied.report.bucketCoverage).toEqual([
      { account: 'prod', region: 'eu-west-1', bucket: 'app-data', versioning: 'Enabled', replicates: true, offAccount: true, objectLock: false, receivesReplicas: false, failedKeys: [], notes: [] },
      { account: 'vault', region: 'eu-north-1', bucket: 'app-data-vault', versioning: 'Enabled', replicates: false, offAccount: false, objectLock: true, receivesReplicas: true, failedKeys: [], notes: [] },
    ]);
    expect((await source.send(new GetBucketVersioningCommand({ Bucket: 'app-data' }))).Status).toBe('Enabled');
    const rule = (await source.send(new GetBucketReplicationCommand({ Bucket: 'app-data' }))).ReplicationConfiguration!.Rules![0]!;
    expect(rule.Destination).toMatchObject({ Bucket: 'arn:aws:s3:::app-data-vault', Account: VAULT, StorageClass: 'GLACIER_IR', AccessControlTranslation: { Owner: 'Destination' } });
    expect((await vault.send(new GetObjectLockConfigurationCommand({ Bucket: 'app-data-vault' }))).ObjectLockConfiguration!.Rule).toEqual({
      DefaultRetention: { Mode: 'COMPLIANCE', Days: 30 },
    });
    // The objects from before the rule reached the locked vault too.
    const replica = await vault.send(new HeadObjectCommand({ Bucket: 'app-data-vault', Key: 'old/a.txt' }));
    expect([replica.ReplicationStatus, replica.ObjectLockMode]).toEqual(['REPLICA', 'COMPLIANCE']);

    const again = await run('push');
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.report.sections.flatMap((s: { actions: unknown[] }) => s.actions)).toEqual([]);

    await source.send(
      new PutBucketReplicationCommand({
        Bucket: 'app-data',
        ReplicationConfiguration: { Role: ROLE, Rules: [{ ...rule, DeleteMarkerReplication: { Status: 'Enabled' }, Destination: { ...rule.Destination!, StorageClass: 'STANDARD' } }] },
      }),
    );
    const scheduled = await run('schedule');
    expect(scheduled.code, scheduled.stdout + scheduled.stderr).toBe(0);
    expect(scheduled.summary).toMatch(/drift.*change rule "to-vault"/);
    const back = (await source.send(new GetBucketReplicationCommand({ Bucket: 'app-data' }))).ReplicationConfiguration!.Rules![0]!;
    expect([back.Destination!.StorageClass, back.DeleteMarkerReplication!.Status]).toEqual(['GLACIER_IR', 'Disabled']);
  });

  /** Runs a plan with `config`: it must fail with exactly one error annotation located in the config. */
  const located = async (config: string, pattern: RegExp) => {
    await writeFile(join(ws.repo, 'aws-backup.yml'), config);
    const out = await runAction({ workspace: ws, inputs: { command: 'plan' }, awsEnv: sim.env(SOURCE) });
    expect(out.code).toBe(1);
    // Config errors are annotated at their file, line and column; plan errors name them in the message.
    const errors = out.stdout.split('\n').filter((l) => l.startsWith('::error title='));
    expect(errors, out.stdout + out.stderr).toHaveLength(1);
    expect(errors[0]).toMatch(pattern);
    return out;
  };

  it('replication into a destination without versioning: one located error', async () => {
    const declared = CONFIG.replace('      versioning: enabled\n      object-lock: { mode: compliance, days: 30 }\n', '      versioning: suspended\n');
    await located(declared, /aws-backup\.yml(:|,line=)21(:|,col=)23.*destination bucket "app-data-vault" has no versioning: enabled/);
    // Declared nowhere: the plan reads it and says the same, located.
    const elsewhere = CONFIG.replace('bucket: app-data-vault', 'bucket: plain-dest').replace('account: vault\n              region', 'account: prod\n              region').replace('              replica-owner: destination\n', '');
    await located(elsewhere, /aws-backup\.yml(:|,line=)21(:|,col=)23.*destination bucket "plain-dest" .* has versioning off/);
  });

  it('Object Lock on an existing bucket, and a destination that is the bucket itself: each one located error', async () => {
    const lockOnSource = CONFIG.replace('    - name: app-data\n      account: prod\n      region: eu-west-1\n      versioning: enabled\n', '    - name: app-data\n      account: prod\n      region: eu-west-1\n      versioning: enabled\n      object-lock: { mode: governance, days: 1 }\n');
    await located(lockOnSource, /aws-backup\.yml(:|,line=)16(:|,col=)20.*"app-data" was not created with Object Lock/);
    sim.resetStats();
    const self = CONFIG.replace('bucket: app-data-vault', 'bucket: app-data').replace('account: vault\n              region', 'account: prod\n              region');
    const out = await located(self, /aws-backup\.yml(:|,line=)21(:|,col=)23.*the destination is the bucket itself/);
    expect(sim.stats.total).toBe(0);
    expect(out.stdout).not.toMatch(/turn on replication/);
  });
});
