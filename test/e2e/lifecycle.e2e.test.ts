/**
 * End to end: S3 lifecycle rules declared in the repo — planned in one sticky pull-request
 * comment, applied on the default branch, drift reported and put back by the scheduled run.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetBucketLifecycleConfigurationCommand, PutBucketLifecycleConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import { startSim, type Sim } from '../sim/server.js';
import { startGitHubSim, type GitHubSim } from '../sim/github.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';

const FIXTURE = {
  accounts: [
    {
      id: '111111111111',
      s3: {
        buckets: [
          { Name: 'team-backups', BucketRegion: 'us-east-1', Versioning: { Status: 'Enabled' } },
          { Name: 'team-logs', BucketRegion: 'us-east-1' },
        ],
      },
    },
  ],
};

const CONFIG = `version: 1
regions: [us-east-1]
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
lifecycle:
  buckets:
    - name: team-backups
      rules:
        - id: database-dumps
          filter: { prefix: db/ }
          transitions:
            - { days: 30, storage-class: STANDARD_IA }
            - { days: 90, storage-class: GLACIER }
            - { days: 180, storage-class: DEEP_ARCHIVE }
          expiration: { days: 400 }
          noncurrent-version-expiration: { noncurrent-days: 30 }
        - id: multipart
          abort-incomplete-multipart-upload: { days-after-initiation: 7 }
    - name: team-logs
      rules:
        - id: expire-logs
          expiration: { days: 60 }
`;

describe('lifecycle rules through the bundled action', () => {
  let sim: Sim;
  let github: GitHubSim;
  let ws: Workspace;
  let s3: S3Client;

  beforeEach(async () => {
    sim = await startSim({ fixtures: [FIXTURE] });
    github = await startGitHubSim();
    github.addRepo('example-team/aws-backup', { defaultBranch: 'main' });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    s3 = new S3Client({ region: 'us-east-1', endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor('111111111111') });
  });
  afterEach(async () => {
    s3.destroy();
    await sim.close();
    await github.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const liveRules = async (bucket: string) => {
    try {
      return (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket }))).Rules ?? [];
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchLifecycleConfiguration') return [];
      throw error;
    }
  };

  async function pullRequestRun(number: number) {
    const eventPath = join(ws.root, 'event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number } }));
    return runAction({
      workspace: ws,
      inputs: { command: 'plan', 'github-token': 'ghs_test' },
      awsEnv: sim.env(),
      env: { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REF: `refs/pull/${number}/merge` },
    });
  }

  it('plans on the pull request in one sticky comment, applies on main, then says no changes', async () => {
    const pr = github.addPullRequest('example-team/aws-backup', { title: 'lifecycle', head: 'rules', base: 'main' });
    const first = await pullRequestRun(pr.number);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const repo = github.state.repos.get('example-team/aws-backup')!;
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toContain('team-backups');
    expect(repo.comments[0]!.body).toContain('database-dumps');
    expect(await liveRules('team-backups')).toEqual([]); // a plan changes nothing

    const second = await pullRequestRun(pr.number);
    expect(second.code).toBe(0);
    expect(repo.comments).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1);

    const apply = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'push' } });
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.outputs.changed).toBe('true');
    const rules = await liveRules('team-backups');
    expect(rules.map((r) => r.ID).sort()).toEqual(['database-dumps', 'multipart']);
    expect(rules.find((r) => r.ID === 'database-dumps')!.Transitions!.map((t) => t.StorageClass)).toEqual([
      'STANDARD_IA',
      'GLACIER',
      'DEEP_ARCHIVE',
    ]);
    expect((await liveRules('team-logs')).map((r) => r.Expiration?.Days)).toEqual([60]);

    const third = await pullRequestRun(pr.number);
    expect(third.code).toBe(0);
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]!.body).toMatch(/No changes/i);
  });

  it('reports a rule changed in the console as drift and puts it back on the scheduled run', async () => {
    expect((await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'push' } })).code).toBe(0);
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'team-logs',
        LifecycleConfiguration: { Rules: [{ ID: 'expire-logs', Status: 'Enabled', Filter: {}, Expiration: { Days: 5 } }] },
      }),
    );
    const scheduled = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'schedule' } });
    expect(scheduled.code, scheduled.stdout + scheduled.stderr).toBe(0);
    expect(scheduled.summary).toMatch(/drift/i);
    expect(scheduled.summary).toContain('team-logs');
    expect(scheduled.stdout).toMatch(/::warning.*team-logs/);
    expect((await liveRules('team-logs')).map((r) => r.Expiration?.Days)).toEqual([60]);
    // team-backups was untouched: nothing to put back there.
    expect(scheduled.summary).not.toMatch(/update.*team-backups/);
  });

  it('rejects an invalid rule before any AWS call, with file:line:column', async () => {
    await writeFile(join(ws.repo, 'aws-backup.yml'), CONFIG.replace('{ days: 30, storage-class: STANDARD_IA }', '{ days: 10, storage-class: STANDARD_IA }'));
    const run = await runAction({ workspace: ws, inputs: { command: 'plan' }, awsEnv: sim.env() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/aws-backup\.yml:\d+:\d+: .*STANDARD_IA.*30/);
    expect(sim.stats.total).toBe(0);
  });
});
