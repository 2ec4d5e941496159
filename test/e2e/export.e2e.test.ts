/**
 * End to end: the bundled action against the simulated account, in a real git checkout with a
 * bare origin — the scheduled export as users run it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startSim, type Sim } from '../sim/server.js';
import { startGitHubSim } from '../sim/github.js';
import { createWorkspace, git, runAction, type Workspace } from '../support/action.js';

const FIXTURES = ['test/fixtures/sample-route53.yaml', 'test/fixtures/sample-load-balancers.yaml'];

const CONFIG = `version: 1
regions: [us-east-1]
dr-region: us-west-2
export:
  path: exports
  mirror:
    bucket: dr-mirror-111111111111
    prefix: aws-backup/
commit:
  mode: push
`;

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

function sdkConfig(sim: Sim) {
  const env = sim.env();
  return {
    region: 'us-east-1',
    endpoint: sim.url,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
  };
}

describe('scheduled export through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;

  beforeEach(async () => {
    sim = await startSim({ fixtures: FIXTURES });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterEach(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const exportRun = (inputs: Record<string, string> = {}) =>
    runAction({ workspace: ws, inputs: { command: 'run', ...inputs }, awsEnv: sim.env() });

  it('commits every zone and load balancer, mirrors them, then stays quiet when nothing changed', async () => {
    const first = await exportRun();
    expect(first.stderr).toBe('');
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.changed).toBe('true');

    const files = await listFiles(join(ws.repo, 'exports'));
    expect(files).toEqual(
      expect.arrayContaining([
        'default/route53/health-checks.yaml',
        'default/route53/zones/example.com.yaml',
        'default/route53/zones/example.com.private.yaml',
        'default/load-balancers/us-east-1/application/my-alb.yaml',
        'default/load-balancers/us-east-1/classic/my-classic-elb.yaml',
      ]),
    );
    // Committed as the bot and pushed to origin.
    const remoteLog = await git(ws.remote, ['log', '-1', '--format=%an <%ae>%n%B', 'main'], ws.env);
    expect(remoteLog).toContain('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(remoteLog).toMatch(/route53 example\.com\. \(public\) added \(\d+ records\)/);
    expect(remoteLog).toContain('load balancer us-east-1/application/my-alb added');
    const tracked = await git(ws.remote, ['ls-tree', '-r', '--name-only', 'main'], ws.env);
    expect(tracked.split('\n').filter((p) => p.startsWith('exports/')).sort()).toEqual(files.map((f) => `exports/${f}`));

    // Mirrored into the DR bucket, byte for byte.
    const s3 = new S3Client({ ...sdkConfig(sim), region: 'us-west-2', forcePathStyle: true });
    const object = await s3.send(
      new GetObjectCommand({ Bucket: 'dr-mirror-111111111111', Key: 'aws-backup/exports/default/route53/zones/example.com.yaml' }),
    );
    expect(await object.Body!.transformToString()).toBe(
      await readFile(join(ws.repo, 'exports/default/route53/zones/example.com.yaml'), 'utf8'),
    );

    // The summary and the JSON report say what happened.
    expect(first.summary).toContain('example.com.');
    expect(first.report.command).toBe('run');
    expect(first.report.counts.failed).toBe(0);

    const head = await git(ws.remote, ['rev-parse', 'main'], ws.env);
    const before = await Promise.all(files.map((f) => readFile(join(ws.repo, 'exports', f), 'utf8')));
    const second = await exportRun();
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs.changed).toBe('false');
    expect(await git(ws.remote, ['rev-parse', 'main'], ws.env)).toBe(head);
    const after = await Promise.all(files.map((f) => readFile(join(ws.repo, 'exports', f), 'utf8')));
    expect(after).toEqual(before);
  });

  it('turns a change made in the console into one commit that counts the records', async () => {
    expect((await exportRun()).code).toBe(0);
    const route53 = new Route53Client(sdkConfig(sim));
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: 'Z01EXAMPLEPUBLIC',
        ChangeBatch: {
          Changes: [
            { Action: 'UPSERT', ResourceRecordSet: { Name: 'blog.example.com.', Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'new-blog.example.net' }] } },
            { Action: 'CREATE', ResourceRecordSet: { Name: 'new.example.com.', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.99' }] } },
          ],
        },
      }),
    );
    const run = await exportRun();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.changed).toBe('true');
    const message = await git(ws.remote, ['log', '-1', '--format=%B', 'main'], ws.env);
    expect(message).toContain('route53 example.com. (public): records +1 −0 ~1');
    const diff = await git(ws.remote, ['show', '--stat', '--format=', 'main'], ws.env);
    expect(diff).toContain('exports/default/route53/zones/example.com.yaml');
    expect(diff.trim().split('\n')).toHaveLength(2); // one file + the summary line
  });

  it('keeps a zone file byte for byte when its listing fails, exports the rest and fails naming the zone', async () => {
    expect((await exportRun()).code).toBe(0);
    const zonePath = join(ws.repo, 'exports/default/route53/zones/example.com.yaml');
    const before = await readFile(zonePath, 'utf8');
    const route53 = new Route53Client(sdkConfig(sim));
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: 'Z01EXAMPLEPUBLIC',
        ChangeBatch: { Changes: [{ Action: 'DELETE', ResourceRecordSet: { Name: 'blog.example.com.', Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: 'example.github.io' }] } }] },
      }),
    ).catch(() => undefined);
    sim.addFault({
      service: 'route53',
      operation: 'ListResourceRecordSets',
      match: (req) => req.path.includes('Z01EXAMPLEPUBLIC'),
      kind: { code: 'InternalError', status: 400, message: 'simulated failure' },
      times: Infinity,
    });
    const run = await exportRun();
    expect(run.code).toBe(1);
    expect(await readFile(zonePath, 'utf8')).toBe(before);
    expect(run.stdout).toMatch(/::error::.*example\.com\..*Z01EXAMPLEPUBLIC/s);
    expect(run.summary).toContain('Z01EXAMPLEPUBLIC');
    expect(run.report.failures.some((f: { item: string }) => f.item.includes('example.com.'))).toBe(true);
  });

  it('reports a malformed config once, with file:line:column, and touches nothing', async () => {
    await rm(join(ws.repo, 'aws-backup.yml'));
    const bad = CONFIG.replace('  mirror:', '  mirrror:');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(ws.repo, 'aws-backup.yml'), bad);
    const run = await exportRun();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/aws-backup\.yml:6:3: export\.mirrror: unknown key "mirrror"/);
    expect(sim.stats.total).toBe(0);
  });

  it('refuses credentials of another account before reading or writing anything', async () => {
    const { writeFile } = await import('node:fs/promises');
    const withId = (id: string) => CONFIG.replace('dr-region: us-west-2\n', `dr-region: us-west-2\naccounts:\n  - name: default\n    id: "${id}"\n`);
    await writeFile(join(ws.repo, 'aws-backup.yml'), withId('999999999999'));
    const wrong = await exportRun();
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/credentials are for AWS account 111111111111, but the config says 999999999999/);
    expect(Object.keys(sim.stats.calls)).toEqual(['sts:GetCallerIdentity']);
    await expect(readdir(join(ws.repo, 'exports'))).rejects.toThrow();

    await writeFile(join(ws.repo, 'aws-backup.yml'), withId('111111111111'));
    const right = await exportRun();
    expect(right.code, right.stdout).toBe(0);
    expect(right.outputs.changed).toBe('true');
  });

  it('commit mode none writes the files and leaves git to a later job', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(ws.repo, 'aws-backup.yml'), CONFIG.replace('mode: push', 'mode: none'));
    const head = await git(ws.remote, ['rev-parse', 'main'], ws.env);
    const run = await exportRun({ command: 'export' });
    expect(run.code, run.stdout).toBe(0);
    expect(await readFile(join(ws.repo, 'exports/default/route53/zones/example.com.yaml'), 'utf8')).toContain('example.com.');
    expect(await git(ws.remote, ['rev-parse', 'main'], ws.env)).toBe(head);
    expect(await git(ws.repo, ['status', '--porcelain', '--', 'exports'], ws.env)).toContain('exports/');
  });

  it('pull-request mode opens one pull request and updates it on the next change', async () => {
    const github = await startGitHubSim();
    try {
      await rm(join(ws.repo, 'aws-backup.yml'));
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(ws.repo, 'aws-backup.yml'), CONFIG.replace('mode: push', 'mode: pull-request'));
      await git(ws.repo, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qam', 'pr mode'], ws.env);
      await git(ws.repo, ['push', '-q', 'origin', 'main'], ws.env);
      github.addRepo('example-team/aws-backup', { defaultBranch: 'main' });
      const env = { GITHUB_API_URL: github.url };
      const first = await runAction({ workspace: ws, inputs: { command: 'run', 'github-token': 'ghs_test' }, awsEnv: sim.env(), env });
      expect(first.code, first.stdout + first.stderr).toBe(0);
      expect(await git(ws.remote, ['ls-tree', '-r', '--name-only', 'aws-backup/export'], ws.env)).toContain(
        'exports/default/route53/zones/example.com.yaml',
      );
      const route53 = new Route53Client(sdkConfig(sim));
      await route53.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: 'Z01EXAMPLEPUBLIC',
          ChangeBatch: { Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: 'pr.example.com.', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.7' }] } }] },
        }),
      );
      const second = await runAction({ workspace: ws, inputs: { command: 'run', 'github-token': 'ghs_test' }, awsEnv: sim.env(), env });
      expect(second.code, second.stdout + second.stderr).toBe(0);
      const pulls = github.state.repos.get('example-team/aws-backup')!.pulls;
      expect(pulls).toHaveLength(1);
      expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls'))).toHaveLength(1);
      expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
      expect(await git(ws.repo, ['rev-parse', '--abbrev-ref', 'HEAD'], ws.env)).toBe('main');
    } finally {
      await github.close();
    }
  });
});
