/**
 * Snapshot benchmark: 2,000 EBS volumes and 200 DB instances in us-east-1, each snapshotted
 * and copied to us-west-2, through the real SDK clients against the simulator, which applies
 * EC2/RDS token buckets per region and takes time to finish snapshots and copies. Measures
 * wall time against the floor — the busiest rate bucket's minimum calls ÷ its rate, or the
 * copy pipeline (copies × copy duration ÷ copy limit) if that is slower — and API calls
 * against the minimum. Prints nothing; `bench/run.ts` prints the figures.
 */
import { loadAwsServices } from '../src/aws/aws-services.js';
import { createAwsClients } from '../src/aws/clients.js';
import { RateBudgets } from '../src/aws/rate-budget.js';
import { parseConfig } from '../src/config/load.js';
import { resolveAccounts } from '../src/config/schema.js';
import { applyPlan } from '../src/plan/apply.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../src/snapshots/plan.js';
import { COPY_LIMITS } from '../src/snapshots/runtime.js';
import { ec2Handler } from '../test/sim/ec2.js';
import { ec2Region } from '../test/sim/ec2-state.js';
import { kmsHandler } from '../test/sim/kms.js';
import { rdsHandler } from '../test/sim/rds.js';
import { rdsRegion } from '../test/sim/rds-state.js';
import { startSim } from '../test/sim/server.js';

const ACCOUNT = '111111111111';
const SOURCE = 'us-east-1';
const DR = 'us-west-2';
const VOLUMES = 2000;
const DATABASES = 200;
/** Requests per second per region, enforced by the simulator and spent by the client budgets alike. */
const EC2_RATE = 100;
const RDS_RATE = 50;
const LATENCY_MS = 5;
/** AWS buckets hold a burst; with none, client and server clocks drifting apart would cause throttling. */
const SIM_BURST = 10;
const CLIENT_BURST = 5;
/** Simulated durations: a snapshot takes SNAPSHOT_MS, a copy COPY_FACTOR times as long. */
const SNAPSHOT_MS = 50;
const COPY_FACTOR = 1;
const POLL_MS = 200;

function fixture() {
  const volumes = Array.from({ length: VOLUMES }, (_, i) => ({
    VolumeId: `vol-${String(i).padStart(17, '0')}`,
    Size: 10,
    AvailabilityZone: `${SOURCE}a`,
    Tags: [{ Key: 'backup', Value: 'daily' }, { Key: 'Name', Value: `data-${i}` }],
  }));
  const dbs = Array.from({ length: DATABASES }, (_, i) => ({
    DBInstanceIdentifier: `db-${String(i).padStart(4, '0')}`,
    DBInstanceClass: 'db.t4g.medium',
    Engine: 'postgres',
    EngineVersion: '16.4',
    AllocatedStorage: 20,
    MasterUsername: 'app',
    BackupRetentionPeriod: 0,
    StorageEncrypted: false,
    OptionGroupName: 'default:postgres-16',
    TagList: [{ Key: 'backup', Value: 'daily' }],
  }));
  return { accounts: [{ id: ACCOUNT, regions: { [SOURCE]: { ec2: { volumes }, rds: { 'db-instances': dbs } }, [DR]: {} } }] };
}

const CONFIG = `version: 1
regions: [${SOURCE}]
snapshots:
  policies:
    - name: volumes
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7, weekly: 4, monthly: 12 }
      copies: [{ region: ${DR}, retention: { daily: 3 } }]
    - name: databases
      resources: { type: rds-instance, tags: { backup: daily } }
      retention: { daily: 7 }
      copies: [{ region: ${DR} }]
`;

/**
 * The fewest calls the job can be done with: every listing page, one create and one copy per
 * resource, and one status call per region and kind (at least one look is needed to know a
 * snapshot or copy completed).
 */
function minimumCalls() {
  const ec2Source = Math.ceil(VOLUMES / 500) + 1 /* instances */ + 1 /* snapshots */ + 1 /* images */ + VOLUMES + 1;
  const ec2Dr = 1 + 1 + VOLUMES + 1;
  const rdsSource = Math.ceil(DATABASES / 100) + 1 /* clusters */ + 2 /* snapshot listings */ + 1 /* quotas */ + DATABASES + 1;
  const rdsDr = 2 + 1 + DATABASES + 1;
  return { ec2Source, ec2Dr, rdsSource, rdsDr, total: ec2Source + ec2Dr + rdsSource + rdsDr };
}

export async function benchSnapshots(): Promise<Record<string, number | string>> {
  const sim = await startSim({
    fixtures: [fixture()],
    handlers: [ec2Handler, rdsHandler, kmsHandler],
    latencyMs: LATENCY_MS,
    rateLimits: { ec2: { rate: EC2_RATE, burst: SIM_BURST }, rds: { rate: RDS_RATE, burst: SIM_BURST } },
    serviceOptions: {
      ec2: { snapshotBaseMs: SNAPSHOT_MS, snapshotMsPerGiB: 0, copyDurationFactor: COPY_FACTOR },
      rds: { snapshotBaseMs: SNAPSHOT_MS, snapshotMsPerGiB: 0, copyDurationFactor: COPY_FACTOR, manualSnapshotQuota: 1000, createMs: 0 },
    },
  });
  // The planner runs in this process: load the SDK packages it calls, as the action does first.
  await loadAwsServices(['ec2', 'rds', 'kms', 'sts']);
  const previousEndpoint = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = sim.url;
  const clients = createAwsClients({
    account: 'default',
    credentials: sim.credentialsFor(ACCOUNT),
    env: { AWS_ENDPOINT_URL: sim.url },
    // A small client burst lets the budget make up for timer lateness, still under the simulator's burst.
    budgets: new RateBudgets({ limits: { ec2: { rate: EC2_RATE, burst: CLIENT_BURST }, rds: { rate: RDS_RATE, burst: CLIENT_BURST } } }),
  });
  try {
    const config = parseConfig(CONFIG, 'aws-backup.yml');
    const log: string[] = [];
    const started = performance.now();
    const planned = await planSnapshots({
      config,
      accounts: resolveAccounts(config),
      clientsFor: () => clients,
      now: new Date(sim.ctx.now()),
      log: (line) => log.push(line),
      pollMs: POLL_MS,
      limitDelayMs: 200,
    });
    const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY });
    const wallMs = performance.now() - started;
    const failed = results.filter((r) => r.status !== 'applied');
    if (planned.plan.errors.length > 0 || failed.length > 0) {
      throw new Error(`snapshot bench run failed: ${JSON.stringify([...planned.plan.errors, ...failed.slice(0, 5)])}`);
    }
    const minimum = minimumCalls();
    const calls = sim.stats.total;
    const copyMs = SNAPSHOT_MS * COPY_FACTOR;
    const floors = {
      ec2Source: (minimum.ec2Source / EC2_RATE) * 1000,
      ec2Dr: (minimum.ec2Dr / EC2_RATE) * 1000,
      rdsSource: (minimum.rdsSource / RDS_RATE) * 1000,
      rdsDr: (minimum.rdsDr / RDS_RATE) * 1000,
      ebsCopies: (VOLUMES * copyMs) / COPY_LIMITS.ebs,
      rdsCopies: (DATABASES * copyMs) / COPY_LIMITS.rds,
    };
    const floorMs = Math.max(...Object.values(floors));
    const binding = Object.entries(floors).find(([, v]) => v === floorMs)![0];
    const ebsCopies = ec2Region(sim.ctx, ACCOUNT, DR).copies;
    const rdsCopies = rdsRegion(sim.ctx, ACCOUNT, DR).copies.instance;
    return {
      resources: `${VOLUMES} volumes + ${DATABASES} DB instances → ${DR}`,
      'wall time (s)': round(wallMs / 1000, 2),
      'API calls': calls,
      'minimum calls': minimum.total,
      'calls / minimum': round(calls / minimum.total, 3),
      'floor (s)': round(floorMs / 1000, 2),
      'floor bound by': binding,
      'wall / floor': round(wallMs / floorMs, 3),
      'throttled (simulator)': sim.stats.throttled,
      'peak EBS copies in progress': ebsCopies.peak,
      'peak RDS copies in progress': rdsCopies.peak,
      'copies refused': ebsCopies.refused + rdsCopies.refused,
      'peak RSS (MB)': round(process.resourceUsage().maxRSS / 1024, 0),
      targets: 'wall/floor ≤ 1.25, calls ≤ 1.1 × minimum',
    };
  } finally {
    clients.destroy();
    await sim.close();
    if (previousEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = previousEndpoint;
  }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
