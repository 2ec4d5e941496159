/**
 * The apply functions behind snapshot plan actions. A snapshot action creates and then waits
 * (logging progress) within the run's budget; its copy actions (which depend on it) read the
 * created ids from a shared handle, queue for a per-destination copy slot, copy, and hold the
 * slot until the copy completed (sharing, locking and unsharing of vault copies happen outside it). What is still pending at the deadline is reported in the
 * action's note and finished by the next run.
 */
import type { AwsClients } from '../aws/clients.js';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import { archiveEbsSnapshot, type CreateRequest, type SnapshotDriver, type SourceSnapshot } from './drivers.js';
import { ResourceGoneError } from '../plan/plan.js';
import { copyClassOf, isResourceGone, isSnapshotNotFound, isWaitableLimit, type SnapshotRuntime } from './runtime.js';
import { TAG, mergeTags, userTags, type Tags } from './tags.js';
import { waitOutLimits, type WaitOutcome } from './waiting.js';

const familyOf = (driver: SnapshotDriver) => (driver.kind === 'ebs' ? 'ec2' : 'rds');

/** Filled by a snapshot action, read by the copy actions that depend on it. */
export interface SnapshotHandle {
  snapshots: SourceSnapshot[];
}

function describeWait(id: string, outcome: WaitOutcome): string {
  if (outcome.outcome === 'timeout') {
    const at = [outcome.status, outcome.progress].filter(Boolean).join(' ');
    return `${id} still in progress${at ? ` (${at})` : ''} when the wait budget ran out`;
  }
  if (outcome.outcome === 'gone') return `${id} disappeared`;
  return `${id} ${outcome.status}`;
}

export function snapshotApply(options: {
  runtime: SnapshotRuntime;
  clients: AwsClients;
  driver: SnapshotDriver;
  request: CreateRequest;
  handle: SnapshotHandle;
}): () => Promise<string> {
  const { runtime, clients, driver, request, handle } = options;
  return async () => {
    let created: SourceSnapshot[];
    try {
      created = await waitOutLimits(() => runtime.call(clients, request.region, familyOf(driver), () => driver.create(clients, request)), {
        isLimit: isWaitableLimit,
        deadline: runtime.deadline(),
        firstDelayMs: runtime.options.limitDelayMs,
        onWait: (error, ms) => runtime.options.log(`${request.resourceId}: ${describeAwsError(error)}; retrying in ${Math.round(ms / 1000)} s`),
      });
    } catch (error) {
      if (isResourceGone(error)) {
        // Deleted since the inventory: nothing left to back up, so not a failure (and no retry).
        const said = `${awsErrorCode(error)}: ${(error as Error).message.replace(/\.$/, '')}`;
        throw new ResourceGoneError(`${request.resourceId} was deleted after this run listed it (${said}); nothing to snapshot, and it leaves the coverage report with the next run`);
      }
      throw new Error(describeAwsError(error, { resource: request.resourceId, region: request.region }));
    }
    if (created.length === 0) throw new Error(`no snapshot was created for ${request.resourceId}: the instance has no volumes left to snapshot`);
    handle.snapshots = created;
    const watcher = runtime.watcher(clients, request.region, driver.kind);
    const outcomes = await Promise.all(created.map((s) => watcher.wait(s.id, runtime.deadline())));
    const failed = outcomes.findIndex((o) => o.outcome === 'gone' || (o.outcome === 'done' && o.state === 'failed'));
    if (failed >= 0) throw new Error(`snapshot ${describeWait(created[failed]!.id, outcomes[failed]!)}`);
    created.forEach((s, i) => {
      if (outcomes[i]!.outcome === 'done') s.completed = true;
    });
    const pending = created.filter((s) => !s.completed);
    const ids = created.map((s) => s.id).join(', ');
    if (pending.length === 0) return `${ids} completed`;
    return `${pending.map((s) => describeWait(s.id, outcomes[created.indexOf(s)]!)).join('; ')}; the next run copies it`;
  };
}

/** Tags of a copy: the tool's (with where it came from) plus, if asked, the source's own. */
export function copyTags(source: SourceSnapshot, sourceRegion: string, copySourceTags: boolean): Tags {
  const own: Tags = {};
  for (const key of [TAG.policy, TAG.tier, TAG.source, TAG.sourceRegion, TAG.createdBy]) {
    const value = source.tags[key];
    if (value !== undefined) own[key] = value;
  }
  own[TAG.sourceRegion] ??= sourceRegion;
  own[TAG.sourceSnapshot] = source.id;
  own[TAG.takenAt] = new Date(source.takenAt).toISOString();
  const volume = source.tags[TAG.volume] ?? source.volumeId;
  if (volume && source.tags[TAG.source]?.startsWith('i-')) own[TAG.volume] = volume;
  return mergeTags(own, copySourceTags ? userTags(source.tags) : {});
}

export function copyApply(options: {
  runtime: SnapshotRuntime;
  clients: AwsClients;
  driver: SnapshotDriver;
  /** The snapshots to copy: from the snapshot action's handle, or existing ones. */
  sources: () => SourceSnapshot[];
  sourceRegion: string;
  destination: string;
  kmsKeyArn?: string;
  optionGroup?: string;
  copySourceTags: boolean;
  /** Tags the source snapshot gets from its volume (instance sets, CopyTagsFromSource). */
  volumeTags?: (volumeId: string | undefined) => Tags;
  /** A copy into another account (the vault): shared for the copy only, made there. */
  into?: CopyInto;
}): () => Promise<string> {
  const { runtime, clients, driver, sourceRegion, destination } = options;
  const log = runtime.options.log;
  const copyOne = async (source: SourceSnapshot): Promise<string> => {
    if (!source.completed) {
      const outcome = await runtime.watcher(clients, sourceRegion, driver.kind).wait(source.id, runtime.deadline());
      if (outcome.outcome === 'gone') throw new Error(`source snapshot ${source.id} disappeared before it could be copied`);
      if (outcome.outcome === 'done' && outcome.state === 'failed') throw new Error(`source snapshot ${source.id} failed (${outcome.status}); nothing to copy`);
      if (outcome.outcome !== 'done' || Date.now() >= runtime.deadline()) {
        const late = outcome.outcome === 'done' ? `${source.id}: not copied, the wait budget ran out` : `${describeWait(source.id, outcome)}; not copied yet`;
        // The destination still gets the newest completed snapshot it lacks; this one follows next run.
        if (source.fallback) return `${late}; copied the newest completed snapshot instead: ${await copyOne(source.fallback)}`;
        return `${late}, the next run copies it`;
      }
    }
    // A snapshot that was already complete is copied whatever the budget: starting a copy
    // costs one call, and a zero budget must not leave catch-up copies undone forever.
    const into = options.into;
    if (!into) return copyStarted(source);
    // The share is taken back once the copy is done or failed (also when it could not start).
    // Sharing and unsharing happen outside the copy slot: only copies in progress count
    // against AWS's limit, and holding a slot through the source's calls (queued behind that
    // account's snapshot creates) would starve the copy pipeline.
    await runtime.call(clients, sourceRegion, familyOf(driver), () => into.share(source));
    try {
      return await copyStarted(source);
    } finally {
      await runtime.call(clients, sourceRegion, familyOf(driver), () => into.unshare(source));
    }
  };
  /** Holds a copy slot from the copy call until the copy completed (AWS's in-progress limit). */
  const copyStarted = async (source: SourceSnapshot): Promise<string> => {
    const into = options.into;
    const target = into?.clients ?? clients;
    const withVolume = { ...source, tags: { ...(options.volumeTags?.(source.volumeId) ?? {}), ...source.tags } };
    const release = await runtime.copySlots(target.account, destination, copyClassOf(driver.kind)).acquire();
    let copyId: string;
    try {
      copyId = await waitOutLimits(
        () =>
          runtime.call(target, destination, familyOf(driver), () => driver.copy(target, {
            source,
            sourceRegion,
            destination,
            ...(options.kmsKeyArn && { kmsKeyArn: options.kmsKeyArn }),
            ...(options.optionGroup && { optionGroup: options.optionGroup }),
            tags: { ...copyTags(withVolume, sourceRegion, options.copySourceTags), ...into?.tags },
            description: `aws-backup-gitops copy of ${source.id} from ${sourceRegion}`,
          })),
        {
          isLimit: isWaitableLimit,
          deadline: runtime.deadline(),
          firstDelayMs: runtime.options.limitDelayMs,
          onWait: (error, ms) => log(`copy of ${source.id} to ${destination}: ${describeAwsError(error)}; waiting ${Math.round(ms / 1000)} s`),
        },
      );
    } catch (error) {
      release();
      throw new Error(describeAwsError(error, { resource: `copy of ${source.id} to ${destination}` }));
    }
    // The lock (a call in the destination) runs while the copy is in progress, not in its slot.
    const locking = into?.started ? runtime.call(target, destination, familyOf(driver), () => into.started!(copyId, source)) : Promise.resolve(undefined);
    locking.catch(() => undefined); // awaited below, after the wait
    let outcome: WaitOutcome;
    try {
      outcome = await runtime.watcher(target, destination, driver.kind).wait(copyId, runtime.deadline());
    } finally {
      release();
    }
    const locked = await locking;
    if (outcome.outcome === 'gone' || (outcome.outcome === 'done' && outcome.state === 'failed')) {
      throw new Error(`copy ${describeWait(copyId, outcome)} (from ${source.id})`);
    }
    const note = locked ? ` (${locked})` : '';
    return outcome.outcome === 'done' ? `${source.id} → ${copyId} completed${note}` : `${source.id} → ${describeWait(copyId, outcome)}${note}`;
  };
  return async () => {
    const sources = options.sources();
    if (sources.length === 0) throw new Error('no source snapshot to copy (the snapshot action recorded none)');
    const notes = await Promise.allSettled(sources.map(copyOne));
    const failures = notes.filter((n): n is PromiseRejectedResult => n.status === 'rejected');
    if (failures.length > 0) throw new Error(failures.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))).join('; '));
    return notes.map((n) => (n as PromiseFulfilledResult<string>).value).join('; ');
  };
}

/** How a copy into another account (the vault) is made: `clients` are that account's. */
export interface CopyInto {
  clients: AwsClients;
  /** Tags added to the copy (e.g. the source account). */
  tags: Tags;
  /** With the source account's clients: let the other account read the snapshot. */
  share(source: SourceSnapshot): Promise<void>;
  /** Takes the share back, once the copy is done or failed (also when it could not start). */
  unshare(source: SourceSnapshot): Promise<void>;
  /** With the other account's clients, once the copy started (e.g. lock it); returns a note. */
  started?(copyId: string, source: SourceSnapshot): Promise<string | undefined>;
}

export function deleteApply(runtime: SnapshotRuntime, clients: AwsClients, driver: SnapshotDriver, region: string, id: string): () => Promise<string> {
  return async () => {
    try {
      await runtime.call(clients, region, familyOf(driver), () => driver.remove(clients, region, id));
      return `${id} deleted`;
    } catch (error) {
      if (isSnapshotNotFound(error)) return `${id} was already gone`;
      throw new Error(describeAwsError(error, { resource: `snapshot ${id}`, region }));
    }
  };
}

export function archiveApply(runtime: SnapshotRuntime, clients: AwsClients, region: string, id: string): () => Promise<string> {
  return async () => {
    try {
      await runtime.call(clients, region, 'ec2', () => archiveEbsSnapshot(clients, region, id));
      return `${id} moving to the archive tier`;
    } catch (error) {
      throw new Error(describeAwsError(error, { resource: `snapshot ${id}`, region }));
    }
  };
}
