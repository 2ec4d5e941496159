/**
 * The JSON report against its documented schema (schema/report.schema.json): reports of real
 * runs of the bundled action — applied, planned, failed — validate, and each carries the
 * version of the tool, as does the job summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type ActionRun, type Workspace } from '../support/action.js';
import { REPORT_SCHEMA, reportSchemaErrors } from '../support/report-schema.js';
import { ACTION_KINDS } from '../../src/plan/plan.js';
import { COMMANDS } from '../../src/commands/context.js';
import packageJson from '../../package.json' with { type: 'json' };

const FIXTURES = ['test/fixtures/sample-route53.yaml', 'test/fixtures/sample-load-balancers.yaml', 'test/fixtures/sample-snapshots.yaml'];

// Exports with the mirror, and a snapshot policy with a DR copy: most sections in one report.
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
snapshots:
  wait-minutes: 0
  policies:
    - name: daily-ebs
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7, weekly: 4, monthly: 12 }
      copies:
        - region: us-west-2
          kms-key: alias/backup-dr
          retention: { daily: 3, weekly: 4 }
`;

const FAST = { ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 } };

function expectConforming(run: ActionRun): void {
  expect(run.report, run.stdout + run.stderr).toBeDefined();
  expect(reportSchemaErrors(run.report)).toEqual([]);
  expect(run.report.tool).toEqual({ name: 'aws-backup-gitops', version: packageJson.version });
  expect(run.summary).toContain(`aws-backup-gitops ${packageJson.version}`);
}

describe('JSON reports of real runs against schema/report.schema.json', () => {
  let sim: Sim;
  let ws: Workspace;

  beforeAll(async () => {
    // The action plans with the real clock, so the simulated one starts at the real now.
    sim = await startSim({ fixtures: FIXTURES, serviceOptions: FAST, clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterAll(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const action = (command: string) => runAction({ workspace: ws, inputs: { command }, awsEnv: sim.env() });

  it('an applied run: exports, mirror, commit, snapshots and copies', async () => {
    const run = await action('run');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expectConforming(run);
    const sections = run.report.sections.map((s: { name: string }) => s.name);
    expect(sections).toEqual(expect.arrayContaining(['route53', 'load-balancers', 'snapshots:daily-ebs', 'git']));
    expect(run.report.counts.applied).toBeGreaterThan(0);
    expect(run.report.apiCalls.calls).toBeGreaterThan(0);
  });

  it('a plan: every action skipped as a dry run', async () => {
    const run = await action('plan');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expectConforming(run);
    expect(run.report.dryRun).toBe(true);
    // The first run's zero wait left the DR copies to the next run: planned, not made.
    const outcomes = run.report.sections.flatMap((s: { actions: { outcome: unknown }[] }) => s.actions.map((a) => a.outcome));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(new Set(outcomes.map((o: unknown) => JSON.stringify(o)))).toEqual(new Set([JSON.stringify({ status: 'skipped', skipped: 'dry-run' })]));
  });

  it('a failed run: planning errors and failures', async () => {
    sim.addFault({ service: 'route53', operation: 'ListResourceRecordSets', kind: { code: 'AccessDenied', status: 403, message: 'not authorized' }, times: Infinity });
    const run = await action('run');
    expect(run.code).toBe(1);
    expectConforming(run);
    expect(run.report.exitCode).toBe(1);
    expect(run.report.failures.length).toBeGreaterThan(0);
  });
});

describe('the report schema', () => {
  it('names exactly the action kinds and commands the tool has', () => {
    expect([...REPORT_SCHEMA.definitions.action.properties.kind.enum].sort()).toEqual([...ACTION_KINDS].sort());
    expect(REPORT_SCHEMA.properties['command']?.enum).toEqual([...COMMANDS]);
  });

  it('is a real check: it names what a malformed report gets wrong', () => {
    const report = {
      version: 1,
      tool: { name: 'aws-backup-gitops', version: '1.0.0' },
      command: 'run',
      dryRun: false,
      startedAt: '2026-01-01T02:00:00.000Z',
      finishedAt: '2026-01-01T02:00:01.000Z',
      changed: true,
      exitCode: 0,
      counts: { planned: 1, destructive: 0, applied: 1, failed: 0, skipped: 0, warnings: 0, planningErrors: 0 },
      failures: [],
      warnings: [],
      sections: [{ name: 'git', actions: [{ id: 'git/commit', kind: 'commit', target: 'main', reason: 'files changed', destructive: false, outcome: { status: 'applied' } }], warnings: [], errors: [] }],
    };
    expect(reportSchemaErrors(report)).toEqual([]);
    const broken = structuredClone(report) as Record<string, any>;
    broken['sections'][0].actions[0].kind = 'obliterate';
    broken['sections'][0].actions[0].outcome = { status: 'skipped' };
    delete broken['counts'].planned;
    broken['startedAt'] = 'yesterday';
    const errors = reportSchemaErrors(broken).join('\n');
    expect(errors).toMatch(/\/sections\/0\/actions\/0\/kind: must be equal to one of the allowed values/);
    expect(errors).toMatch(/\/sections\/0\/actions\/0\/outcome: must match exactly one schema/);
    expect(errors).toMatch(/\/counts: must have required property 'planned'/);
    expect(errors).toMatch(/\/startedAt: must match pattern/);
  });
});
