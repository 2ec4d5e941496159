/**
 * An S3 point-in-time restore through the bundled action, with the inputs the restore
 * workflow passes (restore-kind s3-prefix, restore-source BUCKET/PREFIX, restore-point-in-time):
 * a dry run first that changes nothing, then the apply that puts every key back as it was.
 */
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type Sim } from '../sim/server.js';
import { createWorkspace, runAction, type Workspace } from '../support/action.js';

const ACCOUNT = '111111111111';
const FIXTURE = { accounts: [{ id: ACCOUNT, s3: { buckets: [{ Name: 'app-data', BucketRegion: 'eu-west-1', Versioning: { Status: 'Enabled' } }] } }] };
const CONFIG = 'version: 1\nregions: [eu-west-1]\nexport:\n  route53: { enabled: false }\n  load-balancers: { enabled: false }\n';

describe('S3 point-in-time restore through the bundled action', () => {
  let sim: Sim;
  let ws: Workspace;
  let s3: S3Client;

  beforeEach(async () => {
    sim = await startSim({ fixtures: [FIXTURE], clock: { start: Date.now() } });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    s3 = new S3Client({ region: 'eu-west-1', endpoint: sim.url, forcePathStyle: true, credentials: sim.credentialsFor(ACCOUNT) });
  });
  afterEach(async () => {
    s3.destroy();
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  const put = (key: string, body: string) => s3.send(new PutObjectCommand({ Bucket: 'app-data', Key: key, Body: body }));
  const read = (key: string) =>
    s3.send(new GetObjectCommand({ Bucket: 'app-data', Key: key })).then(
      (out) => out.Body!.transformToString(),
      (error: { name: string }) => error.name,
    );

  it('plans the restore of a prefix without changing it, then puts every key back as it was at T', async () => {
    await put('uploads/a.txt', 'a at T');
    await put('uploads/b.txt', 'b at T');
    await put('other/c.txt', 'c at T');
    await sleep(1100);
    const t = new Date().toISOString();
    await sleep(1100);
    await put('uploads/a.txt', 'encrypted');
    await s3.send(new DeleteObjectCommand({ Bucket: 'app-data', Key: 'uploads/b.txt' }));
    await put('uploads/ransom-note.txt', 'pay up');
    await put('other/c.txt', 'changed, but outside the prefix');

    const inputs = { command: 'restore', 'restore-kind': 's3-prefix', 'restore-source': 'app-data/uploads/', 'restore-point-in-time': t };
    const plan = await runAction({ workspace: ws, inputs, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.report.dryRun).toBe(true);
    const [action] = plan.report.sections.flatMap((s: { actions: unknown[] }) => s.actions) as { kind: string; details: Record<string, number> }[];
    expect(action).toMatchObject({ kind: 'restore', details: { keys: 3, overwritten: 1, restored: 1, hidden: 1 } });
    expect(plan.summary).toContain(`back to ${t}`);
    expect(await read('uploads/a.txt')).toBe('encrypted');

    const applied = await runAction({ workspace: ws, inputs: { ...inputs, apply: 'true' }, awsEnv: sim.env(), env: { GITHUB_EVENT_NAME: 'workflow_dispatch' } });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect([await read('uploads/a.txt'), await read('uploads/b.txt'), await read('uploads/ransom-note.txt'), await read('other/c.txt')]).toEqual([
      'a at T',
      'b at T',
      'NoSuchKey',
      'changed, but outside the prefix',
    ]);
  });
});
