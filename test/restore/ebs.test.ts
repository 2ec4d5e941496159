/**
 * EBS restores end to end through the real EC2 client against the simulated account
 * (sample-snapshots.yaml: us-east-1 primary, us-west-2 DR): from the latest tool snapshot in
 * the source region and from its DR copy, attached to an instance, idempotent, and every
 * unsatisfiable input refused before any change.
 */
import { CopySnapshotCommand, CreateSnapshotCommand, DescribeVolumesCommand, type EC2Client } from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { applyPlan } from '../../src/plan/apply.js';
import { createEbsRestorePlanner } from '../../src/restore/ebs.js';
import { RESTORE_TAG } from '../../src/restore/snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from '../../src/restore/types.js';
import { tagList, tagRecord, toolTags } from '../../src/snapshots/tags.js';
import { ec2Handler } from '../sim/ec2.js';
import { ec2Region } from '../sim/ec2-state.js';
import { kmsHandler } from '../sim/kms.js';
import { rdsHandler } from '../sim/rds.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const DATA_VOLUME = 'vol-0a1b2c3d4e5f60002';
const WEB_1 = 'i-0a1b2c3d4e5f60001'; // us-east-1a
const MINUTE = 60_000;

const planEbs = createEbsRestorePlanner({ pollMs: 5, progressEveryMs: 60_000, budgetMs: 10_000 });

let sim: Sim | undefined;
let clients: AwsClients | undefined;
afterEach(async () => {
  clients?.destroy();
  await sim?.close();
  sim = undefined;
  clients = undefined;
  vi.unstubAllEnvs();
});

const CONFIG = parseConfig(
  `version: 1
regions: [us-east-1]
dr-region: us-west-2
snapshots:
  policies:
    - name: daily-ebs
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7 }
      copies: [{ region: us-west-2, kms-key: alias/backup-dr }]
`,
  'aws-backup.yml',
);

interface Setup {
  sim: Sim;
  ctx: RestoreContext;
  lines: string[];
  /** The tool's snapshot of the data volume in us-east-1 and its copy in us-west-2. */
  snapshot: string;
  copy: string;
}

async function setup(): Promise<Setup> {
  sim = await startSim({
    fixtures: ['test/fixtures/sample-snapshots.yaml'],
    handlers: [ec2Handler, rdsHandler, kmsHandler],
    serviceOptions: { ec2: { snapshotBaseMs: 1000, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 } },
  });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts: 2, rateLimits: { ec2: 1000, rds: 1000 } });
  const tags = { ...toolTags({ policy: 'daily-ebs', tier: 'daily', source: DATA_VOLUME, sourceRegion: 'us-east-1' }), team: 'web', Name: 'web-1-data' };
  const created = await clients.ec2('us-east-1').send(
    new CreateSnapshotCommand({ VolumeId: DATA_VOLUME, TagSpecifications: [{ ResourceType: 'snapshot', Tags: tagList(tags) }] }),
  );
  sim.advance(10 * MINUTE);
  const copied = await clients.ec2('us-west-2').send(
    new CopySnapshotCommand({
      SourceRegion: 'us-east-1',
      SourceSnapshotId: created.SnapshotId,
      Encrypted: true,
      KmsKeyId: 'alias/backup-dr',
      TagSpecifications: [{ ResourceType: 'snapshot', Tags: tagList({ ...tags, 'aws-backup-gitops:source-snapshot': created.SnapshotId! }) }],
    }),
  );
  sim.advance(10 * MINUTE);
  const lines: string[] = [];
  const ctx: RestoreContext = { config: CONFIG, account: resolveAccounts(CONFIG)[0]!, clients, repoRoot: '.', now: new Date(sim.ctx.now()), log: (l) => lines.push(l) };
  return { sim, ctx, lines, snapshot: created.SnapshotId!, copy: copied.SnapshotId! };
}

const request = (fields: Partial<RestoreRequest>): RestoreRequest => ({ kind: 'ebs-volume', source: `latest:${DATA_VOLUME}`, force: false, options: {}, ...fields });

const changingCalls = (s: Sim) => s.ctx.log.filter((l) => ['CreateVolume', 'AttachVolume', 'DeleteVolume'].includes(l.operation));

async function volumesFrom(ec2: EC2Client, snapshotId: string) {
  const answer = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'snapshot-id', Values: [snapshotId] }] }));
  return answer.Volumes ?? [];
}

describe('EBS restore', () => {
  it('restores the latest snapshot of a volume in the source region, with its tags, attached to an instance', async () => {
    const { ctx, snapshot } = await setup();
    const plan = await planEbs(request({ region: 'us-east-1', target: 'web-1-data-restored', options: { 'availability-zone': 'us-east-1a', 'attach-to': WEB_1, device: '/dev/sdh' } }), ctx);
    expect(plan.errors).toEqual([]);
    expect(plan.actions.map((a) => [a.kind, a.target])).toEqual([
      ['restore', `EBS volume from ${snapshot} in us-east-1a`],
      ['update', `attach to ${WEB_1} as /dev/sdh`],
    ]);
    expect(plan.actions[0]!.details).toMatchObject({ snapshot, region: 'us-east-1', availabilityZone: 'us-east-1a', sizeGiB: 100, encrypted: true });

    const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const [volume] = await volumesFrom(ctx.clients.ec2('us-east-1'), snapshot);
    const tags = tagRecord(volume!.Tags);
    expect(volume).toMatchObject({ AvailabilityZone: 'us-east-1a', Size: 100, Encrypted: true, State: 'in-use' });
    expect(volume!.Attachments?.[0]).toMatchObject({ InstanceId: WEB_1, Device: '/dev/sdh' });
    // The source's own tags, the requested name, and the restore's bookkeeping — never the snapshot's policy tags.
    expect(tags).toMatchObject({ team: 'web', Name: 'web-1-data-restored', [RESTORE_TAG.restoredFrom]: snapshot });
    expect(Object.keys(tags).filter((k) => k.startsWith('aws-backup-gitops:')).sort()).toEqual([RESTORE_TAG.restoredFrom, RESTORE_TAG.token].sort());
  });

  it('restores from the DR copy in us-west-2', async () => {
    const { ctx, copy, sim: s } = await setup();
    const plan = await planEbs(request({ region: 'us-west-2', options: { 'availability-zone': 'us-west-2b' } }), ctx);
    expect(plan.actions.map((a) => a.details?.snapshot)).toEqual([copy]);
    const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
    expect(results[0]).toMatchObject({ status: 'applied' });
    const [volume] = await volumesFrom(ctx.clients.ec2('us-west-2'), copy);
    expect(volume).toMatchObject({ AvailabilityZone: 'us-west-2b', State: 'available', Size: 100 });
    expect(volume!.KmsKeyId).toContain('arn:aws:kms:us-west-2:');
    expect(tagRecord(volume!.Tags)).toMatchObject({ team: 'web', Name: 'web-1-data' });
    expect(changingCalls(s).map((c) => c.region)).toEqual(['us-west-2']);
  });

  it('finds the snapshot in the DR region when no region is given and the source region has none', async () => {
    const { ctx, copy, snapshot } = await setup();
    const plan = await planEbs(request({ source: copy, options: { 'availability-zone': 'us-west-2a' } }), ctx);
    expect(plan.actions[0]!.details).toMatchObject({ region: 'us-west-2', snapshot: copy });
    const primary = await planEbs(request({ source: snapshot, options: { 'availability-zone': 'us-east-1c' } }), ctx);
    expect(primary.actions[0]!.details).toMatchObject({ region: 'us-east-1', snapshot });
  });

  it('is idempotent: the same request applied again creates nothing new', async () => {
    const { ctx, snapshot, sim: s } = await setup();
    const req = request({ region: 'us-east-1', options: { 'availability-zone': 'us-east-1b' } });
    const first = await planEbs(req, ctx);
    await applyPlan(first, { dryRun: false, concurrency: 4 });
    // Running the very same actions again: the ClientToken returns the same volume.
    await applyPlan(first, { dryRun: false, concurrency: 4 });
    const volumes = await volumesFrom(ctx.clients.ec2('us-east-1'), snapshot);
    expect(volumes).toHaveLength(1);
    expect(ec2Region(s.ctx, ACCOUNT, 'us-east-1').volumes.size).toBe(8);

    // Planning it again finds the volume by its token tag: no action at all.
    const again = await planEbs(req, ctx);
    expect(again.actions).toEqual([]);
    expect(again.warnings[0]?.message).toContain(`already restored by the same request as ${volumes[0]!.VolumeId}`);
    const creates = changingCalls(s).filter((c) => c.operation === 'CreateVolume');
    expect(creates).toHaveLength(2);
    expect(new Set(creates.map((c) => (c.params as { ClientToken: string }).ClientToken)).size).toBe(1);
  });

  describe('refuses unsatisfiable inputs before any change', () => {
    const cases: [string, (s: Setup) => Partial<RestoreRequest>, RegExp][] = [
      ['an unknown snapshot', () => ({ source: 'snap-0fffffffffffffff0', options: { 'availability-zone': 'us-east-1a' } }), /EBS snapshot snap-0fffffffffffffff0 was not found in us-east-1, us-west-2; check the id/],
      ['a snapshot in another region', (s) => ({ source: s.snapshot, region: 'us-west-2', options: { 'availability-zone': 'us-west-2a' } }), /was not found in us-west-2, but it is in us-east-1: set region to us-east-1/],
      ['a volume without tool snapshots', () => ({ source: 'latest:vol-0a1b2c3d4e5f60007', options: { 'availability-zone': 'us-east-1a' } }), /no completed snapshot made by aws-backup-gitops of volume vol-0a1b2c3d4e5f60007/],
      ['a missing availability zone', () => ({ region: 'us-east-1' }), /option availability-zone is required .* one of us-east-1a, us-east-1b, us-east-1c in us-east-1/],
      ['a zone of another region', () => ({ region: 'us-east-1', options: { 'availability-zone': 'us-west-2a' } }), /availability zone "us-west-2a" is not an available zone of us-east-1/],
      ['an instance in another zone', () => ({ region: 'us-east-1', options: { 'availability-zone': 'us-east-1b', 'attach-to': WEB_1, device: '/dev/sdh' } }), /instance i-0a1b2c3d4e5f60001 \(attach-to\) is in us-east-1a, not in us-east-1b: set availability-zone to us-east-1a/],
      ['a device already in use', () => ({ region: 'us-east-1', options: { 'availability-zone': 'us-east-1a', 'attach-to': WEB_1, device: '/dev/sdf' } }), /device \/dev\/sdf is already in use on instance/],
      ['an unknown instance', () => ({ region: 'us-east-1', options: { 'availability-zone': 'us-east-1a', 'attach-to': 'i-0fffffffffffffff0', device: '/dev/sdh' } }), /instance i-0fffffffffffffff0 \(attach-to\) was not found in us-east-1/],
      ['a target name taken by another volume', () => ({ region: 'us-east-1', target: 'web-1-logs', options: { 'availability-zone': 'us-east-1a' } }), /a volume named "web-1-logs" already exists in us-east-1 \(vol-0a1b2c3d4e5f60003\)/],
      ['an unknown option', () => ({ region: 'us-east-1', options: { 'availability-zone': 'us-east-1a', zone: 'x' } }), /unknown option "zone" for a ebs-volume restore; the options are: availability-zone, attach-to, device, wait-minutes/],
      ['an unknown region', () => ({ region: 'us-east-9', options: { 'availability-zone': 'us-east-1a' } }), /region: unknown region 'us-east-9'/],
    ];
    it.each(cases)('%s', async (_name, fields, message) => {
      const s = await setup();
      const error = await planEbs(request(fields(s)), s.ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreInputError);
      expect((error as Error).message).toMatch(message);
      expect(changingCalls(s.sim)).toEqual([]);
    });
  });
});
