/**
 * A pull request that shortens a snapshot retention: its plan (against the simulator, the
 * config read from git at the pull request's base) marks the deletions the change itself
 * causes — destructive, with the base branch's rules in the reason — and names those
 * snapshots in a warning; deletions the base retention makes anyway are not blamed on it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateSnapshotCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, git, PROJECT_ROOT, type Workspace } from '../support/action.js';
import { runCommand } from '../../src/commands/run.js';
import { tagList, toolTags } from '../../src/snapshots/tags.js';

const ACCOUNT = '111111111111';
const VOLUME = 'vol-0a1b2c3d4e5f60002';
const DAY = 86_400_000;
const config = (daily: number) => `version: 1
regions: [us-east-1]
export: { route53: { enabled: false }, load-balancers: { enabled: false } }
snapshots:
  policies:
    - name: daily-ebs
      resources: { type: ebs-volume, ids: [${VOLUME}] }
      retention: { daily: ${daily} }
`;

let sim: Sim | undefined;
let ws: Workspace | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await sim?.close();
  if (ws) await rm(ws.root, { recursive: true, force: true });
  sim = undefined;
  ws = undefined;
});

describe('a pull request that shortens a snapshot retention', () => {
  it('shows which snapshots the change deletes, marked destructive, and blames nothing else on it', async () => {
    // One snapshot a day for ten days, the newest today (the plan runs on the real clock).
    sim = await startSim({ fixtures: [join(PROJECT_ROOT, 'test/fixtures/sample-snapshots.yaml')], serviceOptions: { ec2: { snapshotBaseMs: 1, snapshotMsPerGiB: 0 } }, clock: { start: Date.now() - 9 * DAY } });
    const ec2 = new EC2Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(ACCOUNT) });
    const byAge: string[] = [];
    for (let day = 0; day < 10; day++) {
      if (day > 0) sim.advance(DAY);
      const tags = tagList(toolTags({ policy: 'daily-ebs', tier: 'daily', source: VOLUME, sourceRegion: 'us-east-1' }));
      byAge.unshift((await ec2.send(new CreateSnapshotCommand({ VolumeId: VOLUME, TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] }))).SnapshotId!);
    }
    ec2.destroy();
    await new Promise((r) => setTimeout(r, 20));

    // main keeps 7 daily; the pull request's branch keeps 3.
    ws = await createWorkspace({ 'aws-backup.yml': config(7) });
    const baseSha = await git(ws.repo, ['rev-parse', 'HEAD'], ws.env);
    await git(ws.repo, ['checkout', '-q', '-b', 'shorter'], ws.env);
    await writeFile(join(ws.repo, 'aws-backup.yml'), config(3));
    await git(ws.repo, ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.invalid', 'commit', '-qam', 'Keep 3 days'], ws.env);
    const eventPath = join(ws.root, 'event.json');
    await writeFile(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: baseSha } } }));
    for (const [k, v] of Object.entries(sim.env(ACCOUNT))) vi.stubEnv(k, v);

    const plan = async (env: NodeJS.ProcessEnv) =>
      (await runCommand({ command: 'plan', configPath: 'aws-backup.yml', repoRoot: ws!.repo, dryRun: true, log: () => undefined, env: { ...ws!.env, ...sim!.env(ACCOUNT), ...env } })).report;

    const report = await plan({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath });
    expect(report.failures).toEqual([]);
    const deletes = report.sections.flatMap((s) => s.actions).filter((a) => a.kind === 'delete');
    expect(deletes.map((a) => a.details!.snapshot).sort()).toEqual(byAge.slice(3).sort());
    expect(deletes.every((a) => a.destructive)).toBe(true);
    const blamed = deletes.filter((a) => a.details!['retention-shortened'] === true);
    // Days 4–7 back: kept by 7 daily, deleted by 3 daily. Days 8–10 back go under either rule.
    expect(blamed.map((a) => a.details!.snapshot).sort()).toEqual(byAge.slice(3, 7).sort());
    for (const a of blamed) expect(a.reason).toContain('retention shortened by this change (base branch: 7 daily; now: 3 daily)');
    for (const a of deletes.filter((x) => !blamed.includes(x))) expect(a.reason).not.toContain('shortened');
    const warning = report.warnings.find((w) => w.message.startsWith('shortened by this change'))!;
    expect(warning.message).toBe(`shortened by this change: deletes ${byAge.slice(3, 7).sort().join(', ')}, which the base branch's retention (7 daily) keeps`);

    // Not a pull request (a scheduled plan): the same deletions, none blamed on a change.
    const scheduled = await plan({ GITHUB_EVENT_NAME: 'schedule' });
    const plain = scheduled.sections.flatMap((s) => s.actions).filter((a) => a.kind === 'delete');
    expect(plain).toHaveLength(7);
    expect(plain.some((a) => a.details!['retention-shortened'] !== undefined)).toBe(false);
  });

  it('says so when the base branch cannot be read (a shallow checkout), instead of guessing', async () => {
    sim = await startSim({ fixtures: [join(PROJECT_ROOT, 'test/fixtures/sample-snapshots.yaml')] });
    ws = await createWorkspace({ 'aws-backup.yml': config(3) });
    const eventPath = join(ws.root, 'event.json');
    await writeFile(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: 'f'.repeat(40) } } }));
    for (const [k, v] of Object.entries(sim.env(ACCOUNT))) vi.stubEnv(k, v);
    const { report } = await runCommand({ command: 'plan', configPath: 'aws-backup.yml', repoRoot: ws.repo, dryRun: true, log: () => undefined, env: { ...ws.env, ...sim.env(ACCOUNT), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath } });
    expect(report.warnings).toContainEqual({ section: 'snapshots', item: 'retention changes', message: expect.stringContaining('cannot read aws-backup.yml at the base of the pull request (ffffffffffff); check out with fetch-depth: 2') });
  });
});
