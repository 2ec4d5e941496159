/**
 * Vault benchmark: 2,000 EBS volumes and 200 DB instances in us-east-1 of the source account,
 * each snapshotted and copied into the vault account in eu-west-1 (shared for the copy,
 * copied by the vault, EBS copies locked, share taken back), through the real SDK clients
 * against the simulator's two accounts with EC2/RDS token buckets per account and region.
 * Wall time against the floor (the busiest bucket's minimum calls ÷ its rate, or the copy
 * pipeline), API calls against the minimum. Follows bench/snapshots.ts.
 */
import { loadAwsServices } from '../src/aws/aws-services.js';
import { createAwsClients } from '../src/aws/clients.js';
import { RateBudgets } from '../src/aws/rate-budget.js';
import { parseConfig } from '../src/config/load.js';
import { resolveAccounts } from '../src/config/schema.js';
import { applyPlan } from '../src/plan/apply.js';
import { planSnapshots, SNAPSHOT_APPLY_CONCURRENCY } from '../src/snapshots/plan.js';
import { COPY_LIMITS } from '../src/snapshots/runtime.js';
import { ec2Region } from '../test/sim/ec2-state.js';
import { rdsRegion } from '../test/sim/rds-state.js';
import { startSim } from '../test/sim/server.js';

const SOURCE_ACCOUNT = '111111111111';
const VAULT_ACCOUNT = '222222222222';
const SOURCE = 'us-east-1';
const VAULT = 'eu-west-1';
const VOLUMES = 2000;
const DATABASES = 200;
const EC2_RATE = 100;
const RDS_RATE = 50;
const LATENCY_MS = 5;
const SIM_BURST = 10;
const CLIENT_BURST = 5;
const SNAPSHOT_MS = 50;
const POLL_MS = 200;

function fixture() {
  const volumes = Array.from({ length: VOLUMES }, (_, i) => ({ VolumeId: `vol-${String(i).padStart(17, '0')}`, Size: 10, AvailabilityZone: `${SOURCE}a`, Tags: [{ Key: 'backup', Value: 'vault' }] }));
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
    TagList: [{ Key: 'backup', Value: 'vault' }],
  }));
  return {
    accounts: [
      { id: SOURCE_ACCOUNT, regions: { [SOURCE]: { ec2: { volumes }, rds: { 'db-instances': dbs } } } },
      { id: VAULT_ACCOUNT, regions: { [VAULT]: { kms: { keys: [{ KeyId: '8d8d8d8d-2222-4222-8222-222222222222', Aliases: ['alias/vault-backup'] }] } } } },
    ],
  };
}

const CONFIG = `version: 1
regions: [${SOURCE}]
vault:
  id: "${VAULT_ACCOUNT}"
  role-arn: arn:aws:iam::${VAULT_ACCOUNT}:role/aws-backup-vault
  kms-keys: { ${VAULT}: alias/vault-backup }
snapshots:
  policies:
    - name: volumes
      resources: { type: ebs-volume, tags: { backup: vault } }
      retention: { daily: 7 }
      copies: [{ account: vault, region: ${VAULT}, retention: { daily: 14 }, lock: { mode: governance } }]
    - name: databases
      resources: { type: rds-instance, tags: { backup: vault } }
      retention: { daily: 7 }
      copies: [{ account: vault, region: ${VAULT} }]
`;

/**
 * Every listing page (the vault's own, and the DB snapshots shared with it in the source region,
 * where a killed run's share would show), per resource one create, share, copy, (EBS) lock and
 * unshare, one status look per region and kind.
 */
function minimumCalls() {
  const ec2Source = Math.ceil(VOLUMES / 500) + 1 /* instances */ + 1 /* snapshots */ + 1 /* images */ + 1 /* open shares */ + VOLUMES * 3 + 1;
  const ec2Vault = 1 /* snapshots */ + 1 /* locks */ + VOLUMES * 2 + 1;
  const rdsSource = Math.ceil(DATABASES / 100) + 1 /* clusters */ + 2 /* snapshot listings */ + 1 /* quotas */ + DATABASES * 3 + 1;
  const rdsVault = 2 + 1 /* shared with the vault */ + DATABASES + 1;
  const kms = 1;
  return { ec2Source, ec2Vault, rdsSource, rdsVault, total: ec2Source + ec2Vault + rdsSource + rdsVault + kms };
}

export async function benchVault(): Promise<Record<string, number | string>> {
  const sim = await startSim({
    fixtures: [fixture()],
    latencyMs: LATENCY_MS,
    rateLimits: { ec2: { rate: EC2_RATE, burst: SIM_BURST }, rds: { rate: RDS_RATE, burst: SIM_BURST } },
    serviceOptions: {
      ec2: { snapshotBaseMs: SNAPSHOT_MS, snapshotMsPerGiB: 0, copyDurationFactor: 1 },
      rds: { snapshotBaseMs: SNAPSHOT_MS, snapshotMsPerGiB: 0, copyDurationFactor: 1, manualSnapshotQuota: 1000, createMs: 0 },
    },
  });
  // The planner runs in this process: load the SDK packages it calls, as the action does first.
  await loadAwsServices(['ec2', 'rds', 'kms', 'sts']);
  const previousEndpoint = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = sim.url;
  const limits = { ec2: { rate: EC2_RATE, burst: CLIENT_BURST }, rds: { rate: RDS_RATE, burst: CLIENT_BURST } };
  // Which calls were throttled (family, operation, account, region): the first thing to look at when any are.
  const throttles = new Map<string, number>();
  const logger = {
    debug: (m: string) => {
      const at = /^(\S+ \S+) throttled .* for account (\S+) in (\S+?);/.exec(m);
      if (at) throttles.set(`${at[1]} ${at[2]}/${at[3]}`, (throttles.get(`${at[1]} ${at[2]}/${at[3]}`) ?? 0) + 1);
    },
    warn: (m: string) => logger.debug(m),
  };
  const make = (account: string, id: string) =>
    createAwsClients({ account, credentials: sim.credentialsFor(id), env: { AWS_ENDPOINT_URL: sim.url }, budgets: new RateBudgets({ limits }), logger });
  const source = make('default', SOURCE_ACCOUNT);
  const vault = make('Vault', VAULT_ACCOUNT);
  try {
    const config = parseConfig(CONFIG, 'aws-backup.yml');
    const started = performance.now();
    const planned = await planSnapshots({
      config,
      accounts: resolveAccounts(config),
      clientsFor: () => source,
      now: new Date(sim.ctx.now()),
      log: () => undefined,
      pollMs: POLL_MS,
      limitDelayMs: 200,
      vault: { config: config.vault!, clients: vault },
    });
    const results = await applyPlan(planned.plan, { dryRun: false, concurrency: SNAPSHOT_APPLY_CONCURRENCY });
    const wallMs = performance.now() - started;
    const failed = results.filter((r) => r.status !== 'applied');
    if (planned.plan.errors.length > 0 || failed.length > 0) throw new Error(`vault bench run failed: ${JSON.stringify([...planned.plan.errors, ...failed.slice(0, 5)])}`);
    const minimum = minimumCalls();
    const calls = sim.stats.total;
    const floors = {
      ec2Source: (minimum.ec2Source / EC2_RATE) * 1000,
      ec2Vault: (minimum.ec2Vault / EC2_RATE) * 1000,
      rdsSource: (minimum.rdsSource / RDS_RATE) * 1000,
      rdsVault: (minimum.rdsVault / RDS_RATE) * 1000,
      ebsCopies: (VOLUMES * SNAPSHOT_MS) / COPY_LIMITS.ebs,
      rdsCopies: (DATABASES * SNAPSHOT_MS) / COPY_LIMITS.rds,
    };
    const floorMs = Math.max(...Object.values(floors));
    const copies = [...ec2Region(sim.ctx, VAULT_ACCOUNT, VAULT).snapshots.values()];
    const shared = [...ec2Region(sim.ctx, SOURCE_ACCOUNT, SOURCE).snapshots.values()].filter((s) => s.sharedWith?.size).length;
    return {
      resources: `${VOLUMES} volumes + ${DATABASES} DB instances → vault ${VAULT}`,
      'wall time (s)': round(wallMs / 1000, 2),
      'API calls': calls,
      'minimum calls': minimum.total,
      'calls / minimum': round(calls / minimum.total, 3),
      'floor (s)': round(floorMs / 1000, 2),
      'floor bound by': Object.entries(floors).find(([, v]) => v === floorMs)![0],
      'wall / floor': round(wallMs / floorMs, 3),
      'throttled (simulator)': sim.stats.throttled,
      'throttled calls': [...throttles].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none',
      'EBS copies in the vault (locked)': `${copies.length} (${copies.filter((s) => s.lock).length})`,
      'DB copies in the vault': rdsRegion(sim.ctx, VAULT_ACCOUNT, VAULT).snapshots.size,
      'shares left open': shared,
      'peak RSS (MB)': round(process.resourceUsage().maxRSS / 1024, 0),
      targets: 'wall/floor ≤ 1.25, calls ≤ 1.1 × minimum, 0 throttled',
    };
  } finally {
    source.destroy();
    vault.destroy();
    await sim.close();
    if (previousEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = previousEndpoint;
  }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
