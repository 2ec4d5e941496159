/**
 * End to end through the bundled action: what a trial on an independent emulator found.
 * An instance policy's volumes count as planned on the run that snapshots them (first run and
 * catch-up run), instance snapshots carry their volume tag in the source region, an Aurora
 * member matched by an rds-instance policy is reported with its cluster, every coverage row is
 * in the JSON report, and a volume deleted between inventory and apply is a warning.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ec2Region } from '../sim/ec2-state.js';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type ActionRun, type Workspace } from '../support/action.js';

const ACCOUNT = '111111111111';
const HEAD = `version: 1
regions: [us-east-1]
dr-region: us-west-2
export:
  route53: { enabled: false }
  load-balancers: { enabled: false }
snapshots:
  wait-minutes: 0
  policies:
`;
const INSTANCES = `${HEAD}    - name: web-servers
      resources: { type: ec2-instance, tags: { backup: instance } }
      retention: { daily: 7 }
      copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
    - name: databases
      resources: { type: rds-instance, ids: [inventory-1] }
      retention: { daily: 7 }
`;
const VOLUMES = `${HEAD}    - name: daily-ebs
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7 }
`;
const WEB_1_VOLUMES = ['vol-0a1b2c3d4e5f60001', 'vol-0a1b2c3d4e5f60002', 'vol-0a1b2c3d4e5f60003'];

const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
};

type Issue = { section?: string; item: string; message: string };
const warningLines = (run: ActionRun) => (run.report.warnings as Issue[]).map((w) => `${w.item}: ${w.message}`);

describe('snapshot fidelity through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace | undefined;

  beforeEach(async () => {
    sim = await startSim({ fixtures: ['test/fixtures/sample-snapshots.yaml'], serviceOptions: FAST, clock: { start: Date.now() } });
  });
  afterEach(async () => {
    await sim.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
    ws = undefined;
  });

  const run = async (config: string) => {
    ws ??= await createWorkspace({ 'aws-backup.yml': config });
    const result = await runAction({ workspace: ws, inputs: { command: 'run' }, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'schedule' } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    return result;
  };
  const snapshotsOf = async (region: string, policy: string) => {
    const ec2 = new EC2Client({ region, endpoint: sim.url, credentials: sim.credentialsFor(ACCOUNT) });
    try {
      const out = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'tag:aws-backup-gitops:policy', Values: [policy] }] }));
      return (out.Snapshots ?? []).map((s) => ({ volume: s.VolumeId, tags: Object.fromEntries((s.Tags ?? []).map((t) => [t.Key, t.Value])) }));
    } finally {
      ec2.destroy();
    }
  };

  it('counts an instance set as planned, tags its snapshots by volume, reports Aurora members and every coverage row', async () => {
    const first = await run(INSTANCES);
    const staleOf = (r: ActionRun) => warningLines(r).filter((l) => /i-0a1b2c3d4e5f60001|vol-0a1b2c3d4e5f6000[123]/.test(l));
    expect(staleOf(first)).toEqual([]);

    // Instance snapshots in the source region say which volume they are of (as their copies do).
    const sources = await snapshotsOf('us-east-1', 'web-servers');
    expect(sources.map((s) => s.volume).sort()).toEqual(WEB_1_VOLUMES);
    for (const s of sources) expect(s.tags['aws-backup-gitops:volume']).toBe(s.volume);

    // Every coverage row is in the JSON report, the volumes protected through their instance.
    const rows = first.report.coverage as { id: string; type: string; status: string; policies: string[]; notes: string[] }[];
    expect(rows.length).toBe(7 + 2 + 4 + 1); // volumes, instances, DB instances, cluster
    for (const id of WEB_1_VOLUMES) expect(rows.find((r) => r.id === id)).toMatchObject({ type: 'ebs-volume', status: 'protected', policies: ['web-servers'] });

    // The Aurora member the rds-instance policy matched: reported, pointing to its cluster.
    const member = rows.find((r) => r.id === 'inventory-1')!;
    expect(member.notes.join('; ')).toContain('matched by policy databases');
    const aurora = warningLines(first).filter((l) => l.includes('inventory-1'));
    expect(aurora).toEqual([expect.stringMatching(/^DB instance inventory-1 \(us-east-1\): policy databases matches it, but it is a member of Aurora cluster inventory/)]);
    expect(aurora[0]).toContain('type rds-cluster');
    expect(first.summary).toContain('inventory-1');

    // Catch-up: the copies the zero wait budget left are made now; still nothing stale.
    const second = await run(INSTANCES);
    const copies = await snapshotsOf('us-west-2', 'web-servers');
    expect(copies.map((c) => c.tags['aws-backup-gitops:volume']).sort()).toEqual(WEB_1_VOLUMES);
    expect(staleOf(second)).toEqual([]);
  });

  it('reports a volume deleted between inventory and apply as a warning, tried once', async () => {
    const gone = 'vol-0a1b2c3d4e5f60005';
    sim.addFault({
      service: 'ec2',
      operation: 'CreateSnapshot',
      // Someone deletes the volume just before the snapshot call reaches EC2.
      match: (req) => {
        if (req.body.toString().includes(`VolumeId=${gone}`)) ec2Region(sim.ctx, ACCOUNT, 'us-east-1').volumes.delete(gone);
        return false;
      },
      kind: 'http500',
    });
    const result = await run(VOLUMES);
    expect(result.report.failures).toEqual([]);
    expect(result.outputs.changed).toBe('true');
    expect(warningLines(result)).toContainEqual(expect.stringMatching(new RegExp(`snapshot EBS volume us-east-1/${gone}.*was deleted.*InvalidVolume\\.NotFound`)));
    expect(sim.stats.calls['ec2:CreateSnapshot']).toBe(2);
    expect((await snapshotsOf('us-east-1', 'daily-ebs')).map((s) => s.volume)).toEqual(['vol-0a1b2c3d4e5f60002']);
  });
});
