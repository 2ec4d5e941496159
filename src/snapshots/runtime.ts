/**
 * What the apply functions of one snapshot plan share: the run's wait deadline, one status
 * watcher per (account, region, kind) and one copy queue per (account, destination, class),
 * so the plan's apply loop may run actions concurrently while copies into a region never
 * exceed AWS's in-progress limit.
 */
import type { AwsClients } from '../aws/clients.js';
import { awsErrorCode } from '../aws/errors.js';
import { ebsStatusFetcher } from './ec2-inventory.js';
import type { SnapshotKind } from './inventory.js';
import { rdsStatusFetcher } from './rds-inventory.js';
import { SnapshotWatcher, Slots } from './waiting.js';

/** AWS's limits on copies in progress into one destination region, per account. */
export const COPY_LIMITS = { ebs: 20, rds: 20, aurora: 5 } as const;
export type CopyClass = keyof typeof COPY_LIMITS;

export function copyClassOf(kind: SnapshotKind): CopyClass {
  return kind === 'ebs' ? 'ebs' : kind === 'rds-instance' ? 'rds' : 'aurora';
}

export interface RuntimeOptions {
  /** How long the run may wait for snapshots and copies, from the first wait on. */
  waitBudgetMs: number;
  /** Between status polls of one watcher. */
  pollMs: number;
  progressEveryMs: number;
  /** First back-off when AWS says too many copies are in progress or a quota is full. */
  limitDelayMs: number;
  log: (line: string) => void;
  /** Overrides COPY_LIMITS (e.g. an account with a raised limit). */
  copyLimits?: Partial<Record<CopyClass, number>>;
}

/** Ids per status call: EC2 filters take up to 200 values; RDS filters are kept smaller. */
const STATUS_BATCH: Record<SnapshotKind, number> = { ebs: 200, 'rds-instance': 50, 'rds-cluster': 50 };

export class SnapshotRuntime {
  private startedAt: number | undefined;
  private readonly watchers = new Map<string, SnapshotWatcher>();
  private readonly slots = new Map<string, Slots>();

  constructor(readonly options: RuntimeOptions) {}

  /** Date.now() ms when waiting stops; the budget starts with the first caller. */
  deadline(): number {
    this.startedAt ??= Date.now();
    return this.startedAt + this.options.waitBudgetMs;
  }

  watcher(clients: AwsClients, region: string, kind: SnapshotKind): SnapshotWatcher {
    const key = `${clients.account}|${region}|${kind}`;
    let watcher = this.watchers.get(key);
    if (!watcher) {
      const what = kind === 'ebs' ? 'EBS snapshots' : kind === 'rds-instance' ? 'DB snapshots' : 'DB cluster snapshots';
      watcher = new SnapshotWatcher({
        label: `${what} in ${region}${clients.account === 'default' ? '' : ` (account ${clients.account})`}`,
        fetch: kind === 'ebs' ? ebsStatusFetcher(clients.ec2(region)) : rdsStatusFetcher(clients.rds(region), kind),
        pollMs: this.options.pollMs,
        batch: STATUS_BATCH[kind],
        log: this.options.log,
        progressEveryMs: this.options.progressEveryMs,
      });
      this.watchers.set(key, watcher);
    }
    return watcher;
  }

  /**
   * Changing calls (create, copy, delete, archive) in flight per (account, region, API):
   * about a quarter second of the rate budget. Without this cap thousands of calls would
   * queue for the client's token bucket, and the status polls that tell a snapshot finished
   * would wait behind all of them.
   */
  callSlots(clients: AwsClients, region: string, family: 'ec2' | 'rds'): Slots {
    const key = `calls|${clients.account}|${region}|${family}`;
    let slots = this.slots.get(key);
    if (!slots) {
      slots = new Slots(Math.max(2, Math.ceil(clients.budgets.sustainedRate(family) / 4)));
      this.slots.set(key, slots);
    }
    return slots;
  }

  /** Runs one changing call inside its region's call cap. */
  async call<T>(clients: AwsClients, region: string, family: 'ec2' | 'rds', fn: () => Promise<T>): Promise<T> {
    const release = await this.callSlots(clients, region, family).acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }

  copySlots(account: string, destination: string, copyClass: CopyClass): Slots {
    const key = `${account}|${destination}|${copyClass}`;
    let slots = this.slots.get(key);
    if (!slots) {
      slots = new Slots(this.options.copyLimits?.[copyClass] ?? COPY_LIMITS[copyClass]);
      this.slots.set(key, slots);
    }
    return slots;
  }

  /** Most copies in progress at once per `account|destination|class`. */
  peakCopies(): Record<string, number> {
    return Object.fromEntries([...this.slots.entries()].filter(([key]) => !key.startsWith('calls|')).map(([key, s]) => [key, s.peak]));
  }
}

const LIMIT_CODES = new Set([
  'ResourceLimitExceeded',
  'SnapshotQuotaExceeded',
  'SnapshotQuotaExceededFault',
  'SnapshotCreationPerVolumeRateExceeded',
  'ConcurrentSnapshotLimitExceeded',
]);

/** "Too many snapshot copies in progress", a full snapshot quota, CreateSnapshot's per-volume rate. */
export function isWaitableLimit(error: unknown): boolean {
  const code = awsErrorCode(error);
  if (code && LIMIT_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /too many snapshot copies|copies in progress|cannot copy more than/i.test(message);
}

const NOT_FOUND_CODES = new Set([
  'InvalidSnapshot.NotFound',
  'DBSnapshotNotFound',
  'DBSnapshotNotFoundFault',
  'DBClusterSnapshotNotFoundFault',
  'DBClusterSnapshotNotFound',
]);

export function isSnapshotNotFound(error: unknown): boolean {
  const code = awsErrorCode(error);
  return code !== undefined && NOT_FOUND_CODES.has(code);
}

/** The volume, instance, DB instance or cluster itself is gone (deleted after the inventory read it). */
const RESOURCE_GONE_CODES = new Set([
  'InvalidVolume.NotFound',
  'InvalidInstanceID.NotFound',
  'DBInstanceNotFound',
  'DBInstanceNotFoundFault',
  'DBClusterNotFoundFault',
  'DBClusterNotFound',
]);

export function isResourceGone(error: unknown): boolean {
  const code = awsErrorCode(error);
  return code !== undefined && RESOURCE_GONE_CODES.has(code);
}
