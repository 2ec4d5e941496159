/**
 * End to end: snapshot policies through the bundled action — snapshots taken, copies made in
 * the DR region (caught up by the next run when the first run's wait budget ran out), and an
 * immediate re-run that creates and deletes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';

const CONFIG = `version: 1
regions: [us-east-1]
dr-region: us-west-2
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
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

const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};

describe('snapshot policies through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;

  beforeEach(async () => {
    // The action plans with the real clock, so the simulated one starts at the real now.
    sim = await startSim({ fixtures: ['test/fixtures/sample-snapshots.yaml'], serviceOptions: FAST, clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
  });
  afterEach(async () => {
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const ours = async (region: string) => {
    const ec2 = new EC2Client({ region, endpoint: sim.url, credentials: sim.credentialsFor('111111111111') });
    try {
      const out = await ec2.send(
        new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'tag:aws-backup-gitops:policy', Values: ['daily-ebs'] }] }),
      );
      return (out.Snapshots ?? []).filter((s) => s.Tags?.some((t) => t.Key === 'aws-backup-gitops:created-by'));
    } finally {
      ec2.destroy();
    }
  };
  const run = () => runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'schedule' } });

  it('snapshots every selected volume, copies to the DR region, and a re-run changes nothing', async () => {
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const sources = await ours("us-east-1");
    // The two volumes tagged backup=daily, with the tool's tags.
    expect(sources.map((s) => s.VolumeId).sort()).toEqual(['vol-0a1b2c3d4e5f60002', 'vol-0a1b2c3d4e5f60005']);
    for (const s of sources) {
      const tags = Object.fromEntries((s.Tags ?? []).map((t) => [t.Key, t.Value]));
      expect(tags['aws-backup-gitops:policy']).toBe('daily-ebs');
      expect(tags['aws-backup-gitops:tier']).toBeDefined();
      expect(tags['aws-backup-gitops:source']).toBe(s.VolumeId);
    }
    expect(first.summary).toMatch(/coverage/i);

    // The snapshots complete within milliseconds here; the next run makes the DR copies the
    // first run's zero wait budget left for it, and takes no new snapshot on the same day.
    const second = await run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const copies = await ours("us-west-2");
    expect(copies.map((c) => c.Tags?.find((t) => t.Key === 'aws-backup-gitops:source')?.Value).sort()).toEqual([
      'vol-0a1b2c3d4e5f60002',
      'vol-0a1b2c3d4e5f60005',
    ]);
    expect(await ours('us-east-1')).toHaveLength(2);

    const third = await run();
    expect(third.code, third.stdout + third.stderr).toBe(0);
    const kinds = third.report.sections.flatMap((s: { actions: { kind: string }[] }) => s.actions.map((a) => a.kind));
    expect(kinds.filter((k: string) => ['snapshot', 'copy', 'delete'].includes(k))).toEqual([]);
    expect(third.outputs.changed).toBe('false');
  });
});
