/**
 * Calls vs policy, per role: each duty's commands run with every feature of the config on,
 * against the simulated account. Every AWS call the simulator served must be in the policy
 * generated for that duty's role, and the role must hold no action its commands never call
 * (the few code paths this scenario cannot reach are named, with the reason, below).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startSim, type Sim } from '../sim/server.js';
import { classicElbState } from '../sim/elb.js';
import { elbv2State } from '../sim/elbv2.js';
import { route53Slice } from '../sim/route53-state.js';
import { createWorkspace, PROJECT_ROOT, type Workspace } from '../support/action.js';
import { runCommand } from '../../src/commands/run.js';
import { parseConfig } from '../../src/config/load.js';
import { AWS_CALLS, generateIamPolicies, iamActionForCall, type Duty } from '../../src/iam/index.js';
import { allowedActions } from './support.js';
import type { RestoreRequest } from '../../src/restore/types.js';
import { EC2Client, CreateSnapshotCommand } from '@aws-sdk/client-ec2';
import { RDSClient, CreateDBSnapshotCommand, CreateDBClusterSnapshotCommand } from '@aws-sdk/client-rds';
import { tagList, toolTags } from '../../src/snapshots/tags.js';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const FIXTURES = ['sample-route53.yaml', 'sample-load-balancers.yaml', 'sample-snapshots.yaml'].map((f) => join(PROJECT_ROOT, 'test/fixtures', f));
const BUCKETS = {
  accounts: [
    {
      id: '111111111111',
      s3: {
        buckets: [
          { Name: 'team-backups', BucketRegion: 'us-east-1', Versioning: { Status: 'Enabled' } },
          { Name: 'team-logs', BucketRegion: 'us-east-1' },
          { Name: 'dr-mirror-111111111111', BucketRegion: 'us-west-2' },
        ],
      },
    },
  ],
};

const FAST = {
  ec2: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, volumeCreateMs: 20 },
  rds: { snapshotBaseMs: 20, snapshotMsPerGiB: 0, copyDurationFactor: 1, createMs: 20, deleteMs: 20 },
};

/**
 * Actions a role holds for code paths this scenario does not reach, each with the path.
 * Everything else a role holds must have been called by its commands here.
 */
const UNREACHED: Partial<Record<Duty, Record<string, string>>> = {
  plan: {},
  run: {
    // One key for every copy; a copy re-encrypted with it is made but not with this account's default.
  },
  restore: {
    'route53:ListReusableDelegationSets': 'a zone exported with a reusable delegation set',
    'ec2:AttachVolume': 'a restored volume attached to an instance (option instance=)',
    'ec2:DescribeInstances': 'the instance a restored volume is attached to (option instance=)',
    'route53:DisassociateVPCFromHostedZone': 'a forced restore of a private zone with a VPC association its export does not have (test/restore/route53-drift.sim.test.ts)',
    'rds:RestoreDBInstanceToPointInTime': 'a point-in-time restore',
    'rds:RestoreDBClusterToPointInTime': 'an Aurora point-in-time restore (covered by test/e2e/restore.e2e.test.ts)',
    'elasticloadbalancing:ApplySecurityGroupsToLoadBalancer': 'an existing classic load balancer whose security groups drifted',
    'elasticloadbalancing:CreateLoadBalancerListeners': 'an existing classic load balancer that lost a listener',
    'elasticloadbalancing:DescribeLoadBalancerPolicies': 'an existing classic load balancer whose policies drifted',
    'elasticloadbalancing:SetLoadBalancerListenerSSLCertificate': 'an existing classic load balancer whose listener certificate drifted',
    'elasticloadbalancing:DeleteListener': 'an existing ALB/NLB with a listener the export does not have',
    'elasticloadbalancing:DeleteLoadBalancerListeners': 'an existing classic load balancer with a listener the export does not have',
    'elasticloadbalancing:DeleteRule': 'an existing ALB with a rule the export does not have',
    'elasticloadbalancing:RemoveListenerCertificates': 'an existing ALB/NLB listener whose certificate list holds one the export does not',
    'elasticloadbalancing:ModifyTargetGroup': 'a target group whose health check drifted',
    's3:ListBucket': 'an S3 point-in-time restore from the replica (the target\'s current objects are listed)',
    's3:GetObjectVersion': 'an S3 point-in-time restore from the replica (HeadObject of a replica version)',
    's3:AbortMultipartUpload': 'an S3 point-in-time restore of an object over 5 GB (UploadPartCopy) that fails part-way',
    'kms:DescribeKey': 'a restore from a vault copy naming kms-key (this config has no vault; test/vault/restore-rds.sim.test.ts)',
  },
  drill: {},
};

const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const CERT2 = 'arn:aws:acm:us-east-1:111111111111:certificate/9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4';
/** The ALB restored into the DR region: its subnets, security group and certificates there. */
const WEST_ALB = {
  subnets: 'subnet-0d2a2a2a2a2a2a2a2,subnet-0d2b2b2b2b2b2b2b2',
  'security-groups': 'sg-0d3a3a3a3a3a3a3a3',
  certificates: `${CERT}=arn:aws:acm:us-west-2:111111111111:certificate/west-1,${CERT2}=arn:aws:acm:us-west-2:111111111111:certificate/west-2`,
};

/**
 * What the restores put back, broken in the simulated account behind the export's back: the
 * public zone and a health check deleted, the private zone's comment changed and a VPC disassociated, the
 * NLB's attributes and tags and the ALB's security groups, listener and rules drifted, the
 * classic load balancer deleted.
 */
function breakThingsToRestore(s: Sim): void {
  const account = '111111111111';
  const route53 = route53Slice(s.ctx, account);
  route53.zones.delete('Z01EXAMPLEPUBLIC');
  const checks = [...route53.healthChecks.keys()];
  route53.healthChecks.delete(checks[0]!);
  const drifted = route53.healthChecks.get(checks[1]!)!;
  drifted.HealthCheckConfig = { ...drifted.HealthCheckConfig!, FailureThreshold: (drifted.HealthCheckConfig!.FailureThreshold ?? 3) + 2 };
  const privateZone = route53.zones.get('Z02EXAMPLEPRIVATE')!;
  privateZone.HostedZone.Config = { ...privateZone.HostedZone.Config, Comment: 'changed by hand' };
  privateZone.VPCs = privateZone.VPCs.slice(0, 1);

  const east = elbv2State(s.ctx, account).regions['us-east-1']!;
  const nlb = east.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-nlb')!;
  nlb.attributes = nlb.attributes.map((a) => (a.Key === 'load_balancing.cross_zone.enabled' ? { ...a, Value: 'false' } : a));
  nlb.tags = [{ Key: 'Name', Value: 'renamed' }, { Key: 'extra', Value: 'x' }];
  const alb = east.loadBalancers.find((l) => l.loadBalancer.LoadBalancerName === 'my-alb')!;
  alb.loadBalancer.SecurityGroups = ['sg-0b2b2b2b2b2b2b2b2'];
  const https = east.listeners.find((l) => l.listener.LoadBalancerArn === alb.loadBalancer.LoadBalancerArn && l.listener.Port === 443)!;
  https.listener.DefaultActions = [{ Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '503' } }];
  https.rules = https.rules.filter((r) => r.rule.Priority !== '40');
  https.rules.find((r) => r.rule.Priority === '10')!.rule.Conditions = [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/other/*'] } }];

  const classic = classicElbState(s.ctx, account).regions['us-east-1']!;
  classic.loadBalancers = classic.loadBalancers.filter((l) => l.description.LoadBalancerName !== 'my-classic-elb');
}

const DAY = 86_400_000;

/**
 * Snapshots the tool took long ago, from the simulated start 200 days back to now: two an hour
 * apart on the first day of each policy (retention deletes the older one), and for the volume
 * one every ten days after, so the first day's newest is kept only as a monthly (archived).
 */
async function seedOldSnapshots(s: Sim): Promise<void> {
  const config = { endpoint: s.env().AWS_ENDPOINT_URL, region: 'us-east-1', credentials: { accessKeyId: s.env().AWS_ACCESS_KEY_ID, secretAccessKey: s.env().AWS_SECRET_ACCESS_KEY } };
  const ec2 = new EC2Client(config);
  const rds = new RDSClient(config);
  const tags = (policy: string, source: string) => tagList(toolTags({ policy, tier: 'daily', source, sourceRegion: 'us-east-1' }));
  const volume = () => ec2.send(new CreateSnapshotCommand({ VolumeId: 'vol-0a1b2c3d4e5f60002', TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags('daily-ebs', 'vol-0a1b2c3d4e5f60002') }] }));
  for (const n of [1, 2]) {
    await volume();
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: `abg-orders-db-databases-old${n}`, Tags: tags('databases', 'orders-db') }));
    await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'inventory', DBClusterSnapshotIdentifier: `abg-inventory-aurora-old${n}`, Tags: tags('aurora', 'inventory') }));
    s.advance(3_600_000);
  }
  for (let i = 0; i < 7; i++) {
    s.advance(10 * DAY);
    await volume();
  }
  s.advance(Date.now() - s.ctx.now());
  ec2.destroy();
  rds.destroy();
}

/** `service:Operation` → IAM action; an unmapped call shows as UNMAPPED and fails the test. */
function actionsOf(calls: Record<string, number>): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of Object.keys(calls)) {
    const [service, operation] = key.split(':') as [string, string];
    out.set(key, iamActionForCall(service, operation) ?? `UNMAPPED ${key}`);
  }
  return out;
}

describe('each role allows exactly the calls its commands make', () => {
  let sim: Sim;
  let ws: Workspace;
  let configText: string;
  const observed = new Map<Duty, Map<string, string>>();

  beforeAll(async () => {
    configText = await readFile(join(PROJECT_ROOT, 'test/iam/fixtures/all-features.yml'), 'utf8');
    // Snapshots complete in milliseconds; the commands plan with the real clock, so the simulated one starts now.
    // The simulated clock starts 200 days ago: the old snapshots seeded then are due for
    // retention and archiving once it is moved to now (the commands plan with the real clock).
    // It starts at 01:00 UTC, so the first day's pair an hour apart falls on one day at whatever
    // hour the tests run (from 23:00 on, the pair straddled midnight and retention kept both).
    const start = Math.floor((Date.now() - 200 * DAY) / DAY) * DAY + 3_600_000;
    sim = await startSim({ fixtures: [...FIXTURES, BUCKETS], serviceOptions: FAST, clock: { start } });
    await seedOldSnapshots(sim);
    ws = await createWorkspace({ 'aws-backup.yml': configText });
    for (const [k, v] of Object.entries(sim.env())) vi.stubEnv(k, v);
    vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await sim?.close();
    if (ws) await rm(ws.root, { recursive: true, force: true });
  });

  const run = (command: 'run' | 'plan' | 'restore' | 'drill', restore?: RestoreRequest) =>
    runCommand({
      command,
      ...(restore ? { restore } : {}),
      configPath: 'aws-backup.yml',
      repoRoot: ws.repo,
      dryRun: false,
      log: () => undefined,
      env: { ...ws.env, ...sim.env(), GITHUB_EVENT_NAME: 'push' },
      // Restores to an instant read it on the simulator's clock, which runs ahead of this one.
      ...(command === 'restore' ? { now: () => new Date(sim.ctx.now()) } : {}),
    });

  const roles = () => generateIamPolicies(parseConfig(configText, 'aws-backup.yml'), { repository: 'example-team/aws-backup', branch: 'main', accountId: '111111111111' });

  /** The calls served since the last reset, checked against the duty's role. */
  function check(duty: Duty): Map<string, string> {
    const calls = actionsOf(sim.stats.calls);
    observed.set(duty, calls);
    const allowed = allowedActions(roles()[duty]!.policy);
    const denied = [...calls].filter(([, action]) => !allowed.has(action)).map(([key, action]) => `${key} → ${action}`);
    expect(denied, `${duty}: calls its role does not allow`).toEqual([]);
    return calls;
  }

  it('run: exports, mirror, lifecycle, snapshots and copies', async () => {
    sim.resetStats();
    await run('run');
    // The second run copies the snapshots the first one took (its wait budget is zero).
    await new Promise((r) => setTimeout(r, 100));
    await run('run');
    const calls = check('run');
    // The features really ran: uploads, lifecycle writes, snapshots, copies, retention and archive.
    expect([...calls.keys()]).toEqual(
      expect.arrayContaining([
        's3:PutObject',
        's3:PutBucketLifecycleConfiguration',
        'route53:ListResourceRecordSets',
        'ec2:CreateSnapshot',
        'ec2:CreateSnapshots',
        'ec2:CopySnapshot',
        'ec2:DeleteSnapshot',
        'ec2:ModifySnapshotTier',
        'rds:CreateDBSnapshot',
        'rds:DeleteDBSnapshot',
        'rds:DeleteDBClusterSnapshot',
        'kms:DescribeKey',
      ]),
    );
  }, 120_000);

  it('plan: only reads', async () => {
    sim.resetStats();
    const { report } = await run('plan');
    expect(report.command).toBe('plan');
    expect(check('plan').size).toBeGreaterThan(10);
  });

  it('drill: scratch restores, checks and deletes', async () => {
    sim.resetStats();
    await run('drill');
    const calls = check('drill');
    expect([...calls.keys()]).toEqual(expect.arrayContaining(['ec2:CreateVolume', 'ec2:DeleteVolume', 'rds:DeleteDBInstance']));
  }, 120_000);

  it('restore: zones, load balancers, volumes, databases and clusters', async () => {
    breakThingsToRestore(sim);
    sim.resetStats();
    const restores: RestoreRequest[] = [
      { kind: 'route53-zone', source: 'example.com.', force: false, options: { private: 'false' } },
      { kind: 'route53-zone', source: 'example.com.', force: false, options: { private: 'true', 'zone-id': 'Z02EXAMPLEPRIVATE' } },
      { kind: 'ebs-volume', source: 'latest:vol-0a1b2c3d4e5f60002', target: 'restored-data', force: false, options: { 'availability-zone': 'us-east-1a' } },
      { kind: 'rds-instance', source: 'latest:orders-db', target: 'orders-restored', force: false, options: {} },
      { kind: 'rds-cluster', source: 'latest:inventory', target: 'inventory-restored', force: false, options: {} },
      { kind: 'load-balancer', source: 'my-alb', force: false, options: {} },
      { kind: 'load-balancer', source: 'my-nlb', force: false, options: {} },
      { kind: 'load-balancer', source: 'my-classic-elb', force: false, options: {} },
      { kind: 'load-balancer', source: 'my-alb', region: 'us-west-2', force: false, options: WEST_ALB },
      {
        kind: 'load-balancer',
        source: 'my-classic-elb',
        region: 'us-west-2',
        force: false,
        options: { ...WEST_ALB, 'security-groups': 'sg-0d4b4b4b4b4b4b4b4', certificates: `${CERT}=arn:aws:acm:us-west-2:111111111111:certificate/west-1` },
      },
    ];
    // A prefix of a versioned bucket put back to an instant: one key overwritten, one created since.
    const s3 = new S3Client({ endpoint: sim.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: sim.env().AWS_ACCESS_KEY_ID, secretAccessKey: sim.env().AWS_SECRET_ACCESS_KEY } });
    await s3.send(new PutObjectCommand({ Bucket: 'team-backups', Key: 'pit/a.txt', Body: 'before' }));
    sim.advance(60_000);
    const instant = new Date(sim.ctx.now()).toISOString();
    sim.advance(60_000);
    await s3.send(new PutObjectCommand({ Bucket: 'team-backups', Key: 'pit/a.txt', Body: 'ransomed' }));
    await s3.send(new PutObjectCommand({ Bucket: 'team-backups', Key: 'pit/new.txt', Body: 'new' }));
    s3.destroy();
    sim.resetStats();
    restores.push({ kind: 's3-prefix', source: 'team-backups/pit/', pointInTime: instant, force: true, options: {} });
    for (const request of restores) {
      const { report } = await run('restore', request);
      expect(report.failures, `${request.kind} ${request.source}`).toEqual([]);
    }
    const calls = check('restore');
    expect([...calls.keys()]).toEqual(expect.arrayContaining(['ec2:CreateVolume', 'rds:RestoreDBInstanceFromDBSnapshot', 'rds:RestoreDBClusterFromSnapshot', 's3:CopyObject', 's3:DeleteObject']));
  }, 120_000);

  it('no role holds an action its commands never call', () => {
    const extra: string[] = [];
    for (const duty of ['plan', 'run', 'restore', 'drill'] as const) {
      const calls = observed.get(duty);
      expect(calls, `${duty} ran`).toBeDefined();
      const called = new Set(calls!.values());
      // Only the actions of calls: the dependent ones (tag on create, KMS through EC2/RDS) are AWS's checks.
      const held = new Set(AWS_CALLS.filter((c) => c.duties.includes(duty)).map((c) => c.action));
      for (const action of allowedActions(roles()[duty]!.policy)) {
        if (!held.has(action)) continue;
        if (!called.has(action) && !UNREACHED[duty]?.[action]) extra.push(`${duty}: ${action}`);
        if (called.has(action) && UNREACHED[duty]?.[action]) extra.push(`${duty}: ${action} is called now; drop it from UNREACHED`);
      }
    }
    expect(extra).toEqual([]);
  });
});
