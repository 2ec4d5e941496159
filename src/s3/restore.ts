/**
 * `restore --kind s3-prefix --source BUCKET[/PREFIX] --point-in-time T`: puts every key under
 * the prefix back to its state at T, from the bucket's own versions or (option
 * `from=REPLICA-BUCKET`, `from-region=R`) from its replica in the DR region or the vault. The
 * plan says how many keys come back, are overwritten or get a delete marker, how many bytes
 * are copied, and names a few keys; nothing is ever deleted for good. More than 30% of the
 * live keys changed is refused unless forced, as for zone restores.
 */
import { GetBucketVersioningCommand } from '@aws-sdk/client-s3';
import { bucketNameProblem } from '../config/schema.js';
import { PlanBuilder } from '../plan/plan.js';
import type { Plan } from '../plan/plan.js';
import { CHANGE_THRESHOLD, THRESHOLD_MIN_RECORDS } from '../restore/route53-diff.js';
import { RestoreInputError } from '../restore/types.js';
import type { RestoreContext, RestoreRequest } from '../restore/types.js';
import { HistoryFolder, atTOnly, currentAsState, decide } from './point-in-time.js';
import type { KeyAction, KeyState } from './point-in-time.js';
import { applyKeyActions } from './restore-apply.js';
import { vaultAccount } from '../config/vault-account.js';
import { listCurrentObjects, listVersionEntries } from './versions.js';

export const S3_RESTORE_SECTION = 'restore:s3';
/** Keys copied at once; S3 takes thousands of requests a second per prefix. */
export const S3_RESTORE_CONCURRENCY = 64;
const SAMPLE = 5;

export function parseBucketSource(source: string): { bucket: string; prefix: string } {
  const slash = source.indexOf('/');
  const bucket = slash < 0 ? source : source.slice(0, slash);
  const prefix = slash < 0 ? '' : source.slice(slash + 1);
  const problem = bucketNameProblem(bucket);
  if (problem) throw new RestoreInputError(`source "${source}": ${problem}; give BUCKET or BUCKET/PREFIX`);
  return { bucket, prefix };
}

export function parsePointInTime(text: string | undefined, now: Date): Date {
  if (!text) throw new RestoreInputError('an s3-prefix restore needs point-in-time: the instant to go back to, e.g. 2026-03-01T12:00:00Z');
  const t = new Date(text);
  if (Number.isNaN(t.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(text)) {
    throw new RestoreInputError(`point-in-time "${text}" is not an ISO 8601 instant; write e.g. 2026-03-01T12:00:00Z`);
  }
  if (t > now) throw new RestoreInputError(`point-in-time ${t.toISOString()} is in the future; pick an instant before now (${now.toISOString()})`);
  return t;
}

function positiveInt(options: Record<string, string>, name: string, fallback: number): number {
  const text = options[name];
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new RestoreInputError(`option ${name}=${text}: expected a whole number of at least 1`);
  return n;
}

export interface KeyPlan {
  actions: KeyAction[];
  liveKeys: number;
  overwrites: number;
  comeBack: number;
  hides: number;
  kept: number;
  bytes: number;
}

/** Folds key states into the work list and its counts. */
export class KeyPlanner {
  readonly plan: KeyPlan = { actions: [], liveKeys: 0, overwrites: 0, comeBack: 0, hides: 0, kept: 0, bytes: 0 };
  constructor(private readonly keepNew: boolean) {}

  add = (state: KeyState): void => {
    if (state.now) this.plan.liveKeys += 1;
    const action = decide(state, this.keepNew);
    if (action === undefined) return;
    if (action === 'kept') {
      this.plan.kept += 1;
      return;
    }
    this.plan.actions.push(action);
    if (action.kind === 'hide') this.plan.hides += 1;
    else {
      this.plan.bytes += action.from.size;
      if (action.overwrites) this.plan.overwrites += 1;
      else this.plan.comeBack += 1;
    }
  };
}

export async function planS3PrefixRestore(request: RestoreRequest, ctx: RestoreContext): Promise<Plan> {
  const { bucket, prefix } = parseBucketSource(request.source);
  // The vault's buckets hold the copies: the vault role is given no object write there (docs/vault.md).
  if (ctx.account.name === vaultAccount(ctx.config)?.name) {
    throw new RestoreInputError(
      `account vault: an s3-prefix restore writes into a bucket of a backed-up account, never into the vault's copies; pick that account and restore its bucket from the vault replica with options from=${bucket} from-region=<the replica's region>`,
    );
  }
  const t = parsePointInTime(request.pointInTime, ctx.now);
  const declared = ctx.config.lifecycle?.buckets.find((b) => b.name === bucket);
  const region = request.region ?? declared?.region ?? ctx.account.regions[0]!;
  const from = request.options.from;
  const fromRegion = request.options['from-region'] ?? ctx.config['dr-region'] ?? region;
  const keepNew = request.options['keep-new'] === 'true';
  const concurrency = positiveInt(request.options, 'concurrency', S3_RESTORE_CONCURRENCY);
  const s3 = ctx.clients.s3(region);
  const label = `s3://${bucket}/${prefix}`;
  const builder = new PlanBuilder(S3_RESTORE_SECTION);

  const versioning = (await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status;
  if (versioning !== 'Enabled') {
    builder.error(label, `versioning is ${versioning ?? 'off'} on the bucket: restoring would overwrite today's objects for good; enable versioning on it first, then restore`);
    return builder.build();
  }

  const planner = new KeyPlanner(keepNew);
  if (from === undefined) {
    const folder = new HistoryFolder(t.getTime(), planner.add);
    for await (const page of listVersionEntries(s3, bucket, prefix)) for (const entry of page) folder.add(entry);
    folder.flush();
  } else {
    // The replica tells the state at T; the bucket itself what it holds now.
    const now = new Map<string, KeyState['now']>();
    for await (const page of listCurrentObjects(s3, bucket, prefix)) for (const o of page) now.set(o.key, currentAsState(o));
    const folder = new HistoryFolder(t.getTime(), (replicaState) => {
      const state = atTOnly(replicaState);
      const current = now.get(state.key);
      now.delete(state.key);
      planner.add(current ? { ...state, now: current } : state);
    });
    for await (const page of listVersionEntries(ctx.clients.s3(fromRegion), from, prefix)) for (const entry of page) folder.add(entry);
    folder.flush();
    for (const [key, current] of now) planner.add({ key, ...(current && { now: current }) });
  }

  const p = planner.plan;
  const changed = p.overwrites + p.hides;
  if (p.liveKeys >= THRESHOLD_MIN_RECORDS && changed > CHANGE_THRESHOLD * p.liveKeys && !request.force) {
    builder.error(
      label,
      `restoring to ${t.toISOString()} would overwrite or hide ${changed} of the ${p.liveKeys} live keys (${Math.round((100 * changed) / p.liveKeys)}%), ` +
        `more than the ${CHANGE_THRESHOLD * 100}% a restore may change unforced; nothing was planned. Check the prefix and the instant, then run again with force: true`,
    );
    return builder.build();
  }
  if (p.kept > 0) builder.warn(label, `${p.kept} key(s) created after ${t.toISOString()} stay (keep-new=true)`);
  if (p.actions.length === 0) return builder.build();

  const sample = p.actions.slice(0, SAMPLE).map((a) => (a.kind === 'hide' ? `${a.key} (delete marker)` : `${a.key} (version ${a.from.versionId})`));
  const sourceBucket = from ?? bucket;
  builder.add({
    kind: 'restore',
    target: `${label} (${region})`,
    reason:
      `back to ${t.toISOString()}${from ? ` from the replica s3://${from} (${fromRegion})` : ''}: ${p.overwrites} key(s) overwritten with their version at T, ` +
      `${p.comeBack} deleted key(s) come back, ${p.hides} key(s) created since get a delete marker; ${p.bytes} bytes copied server-side; ` +
      `e.g. ${sample.join(', ')}${p.actions.length > SAMPLE ? ', …' : ''}`,
    destructive: false,
    details: { keys: p.actions.length, overwritten: p.overwrites, restored: p.comeBack, hidden: p.hides, bytes: p.bytes, liveKeys: p.liveKeys },
    apply: async () => {
      const result = await applyKeyActions({ s3, bucket, sourceBucket }, p.actions, { concurrency, log: ctx.log });
      if (result.failed.length > 0) {
        const first = result.failed.slice(0, 5).map((f) => `${f.key}: ${f.error}`).join('; ');
        throw new Error(`${result.failed.length} of ${p.actions.length} keys failed (${first}); run the restore again: keys already back at T are skipped`);
      }
      return `copied ${result.copied} version(s) (${result.bytes} bytes), added ${result.hidden} delete marker(s)`;
    },
  });
  return builder.build();
}
