/**
 * The demo: the bundled action, on its embedded default, against a simulated AWS account.
 * A fresh copy of template/ becomes a git repository in demo-output/ (origin: a local bare
 * repository); the scheduled run exports every zone and load balancer and commits them; then
 * somebody "edits a record in the console" and the next run commits just that change.
 */
import { rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ChangeResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { startSim } from '../test/sim/server.js';
import { createWorkspace, git, runAction, PROJECT_ROOT } from '../test/support/action.js';

const OUTPUT = join(PROJECT_ROOT, 'demo-output');
const FIXTURES = ['test/fixtures/sample-route53.yaml', 'test/fixtures/sample-load-balancers.yaml'].map((f) =>
  join(PROJECT_ROOT, f),
);

function section(title: string): void {
  process.stdout.write(`\n=== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}\n\n`);
}

async function main(): Promise<void> {
  // The action runs on node24; on an older Node the SDK would warn on every client.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  await rm(OUTPUT, { recursive: true, force: true });
  await mkdir(OUTPUT, { recursive: true });
  const sim = await startSim({ fixtures: FIXTURES, latencyMs: 5 });
  try {
    const ws = await createWorkspace({}, { root: OUTPUT, templateDir: join(PROJECT_ROOT, 'template') });
    const awsEnv = sim.env();

    section('1. Scheduled run: export Route 53 and load balancers, commit, push');
    const first = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv });
    process.stdout.write(first.summary);
    if (first.code !== 0) throw new Error(`the action failed:\n${first.stdout}\n${first.stderr}`);
    process.stdout.write(`\n${await git(ws.repo, ['log', '-1', '--stat', '--format=commit %h by %an%n%n%B'], ws.env)}\n`);

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
