/**
 * The demo: the bundled action, on its embedded default, against a simulated AWS account.
 * A fresh copy of template/ becomes a git repository in demo-output/ (origin: a local bare
 * repository); the scheduled run exports every zone and load balancer and commits them; then
 * somebody "edits a record in the console" and the next run commits just that change; the
 * team turns on snapshot policies; and the hot-fix record is rolled back with a restore.
 */
import { appendFile, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { startSim } from '../test/sim/server.js';
import { createWorkspace, git, runAction, PROJECT_ROOT } from '../test/support/action.js';

const OUTPUT = join(PROJECT_ROOT, 'demo-output');
const FIXTURES = ['sample-route53.yaml', 'sample-load-balancers.yaml', 'sample-snapshots.yaml'].map((f) =>
  join(PROJECT_ROOT, 'test/fixtures', f),
);

/** What the team adds to aws-backup.yml in step 4. */
const SNAPSHOT_POLICIES = `
snapshots:
  policies:
    - name: daily-ebs
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7, weekly: 4, monthly: 12 }
      copies:
        - region: us-west-2
          kms-key: alias/backup-dr
          retention: { daily: 3, weekly: 4 }
    - name: databases
      resources: { type: rds-instance, tags: { backup: daily } }
      retention: { daily: 7, weekly: 4 }
      copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
`;

/** Simulated snapshots and copies finish in milliseconds, so the demo does not wait. */
const FAST = {
  ec2: { snapshotBaseMs: 50, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 50, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};

function section(title: string): void {
  process.stdout.write(`\n=== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}\n\n`);
}

async function main(): Promise<void> {
  // The action runs on node24; on an older Node the SDK would warn on every client.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  await rm(OUTPUT, { recursive: true, force: true });
  await mkdir(OUTPUT, { recursive: true });
  // The action plans with the real clock, so the simulated one starts at the real now.
  const sim = await startSim({ fixtures: FIXTURES, latencyMs: 5, serviceOptions: FAST, clock: { start: Date.now() } });
  try {
    const ws = await createWorkspace({}, { root: OUTPUT, templateDir: join(PROJECT_ROOT, 'template') });
    const awsEnv = sim.env();

    section('1. Scheduled run: export Route 53 and load balancers, commit, push');
    const first = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv });
    process.stdout.write(first.summary);
    if (first.code !== 0) throw new Error(`the action failed:\n${first.stdout}\n${first.stderr}`);
    process.stdout.write(`\n${await git(ws.repo, ['log', '-1', '--stat', '--format=commit %h by %an%n%n%B'], ws.env)}\n`);
    const lastGood = await git(ws.repo, ['rev-parse', 'HEAD'], ws.env);

    section('2. Somebody edits a record in the console; the next run commits only that');
    const creds = sim.credentialsFor(sim.accounts[0]!);
    const route53 = new Route53Client({ region: 'us-east-1', endpoint: sim.url, credentials: creds });
    await route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: 'Z01EXAMPLEPUBLIC',
        ChangeBatch: {
          Changes: [
            {
              Action: 'CREATE',
              ResourceRecordSet: { Name: 'hotfix.example.com.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.123' }] },
            },
          ],
        },
      }),
    );
    route53.destroy();
    const second = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv });
    process.stdout.write(second.summary);
    if (second.code !== 0) throw new Error(`the action failed:\n${second.stdout}\n${second.stderr}`);
    process.stdout.write(`\n${await git(ws.repo, ['log', '-1', '-p', '--format=commit %h by %an%n%n%B'], ws.env)}\n`);

    section('3. Nothing changed: the run stays quiet (no commit)');
    const third = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv });
    process.stdout.write(`changed=${third.outputs.changed}, exit code ${third.code}\n`);

    section('4. The team turns on snapshot policies: snapshots, DR copies, coverage report');
    await appendFile(join(ws.repo, 'aws-backup.yml'), SNAPSHOT_POLICIES);
    await git(ws.repo, ['-c', 'user.name=Team', '-c', 'user.email=team@example.invalid', 'commit', '-qam', 'Turn on snapshots'], ws.env);
    const fourth = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv });
    process.stdout.write(fourth.summary);
    if (fourth.code !== 0) throw new Error(`the action failed:\n${fourth.stdout}\n${fourth.stderr}`);

    section('5. The hot-fix record was a mistake: restore the zone from the export — plan, then apply');
    // The export of step 1 (before the hot-fix) is the last good state: restore from that commit
    // (the restore workflow's `ref` input does the same).
    await git(ws.repo, ['checkout', '-q', lastGood, '--', 'exports'], ws.env);
    const restore = { command: 'restore', 'restore-kind': 'route53-zone', 'restore-source': 'example.com.', 'restore-options': 'private=false' };
    const plan = await runAction({ workspace: ws, inputs: restore, awsEnv });
    process.stdout.write(plan.summary);
    const applied = await runAction({ workspace: ws, inputs: { ...restore, apply: 'true' }, awsEnv });
    await git(ws.repo, ['checkout', '-q', 'HEAD', '--', 'exports'], ws.env);
    process.stdout.write(`\napplied: exit code ${applied.code}, ${applied.report?.counts.applied ?? 0} change(s)\n`);
    if (applied.code !== 0) throw new Error(`the restore failed:\n${applied.stdout}\n${applied.stderr}`);

    section('Result');
    process.stdout.write(
      `The repository is in demo-output/repo (origin: demo-output/remote.git).\n` +
        `  git -C demo-output/repo log --stat\n` +
        `  ls demo-output/repo/exports/default/route53/zones\n`,
    );
  } finally {
    await sim.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
