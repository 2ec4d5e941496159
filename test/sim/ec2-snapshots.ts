/**
 * Simulated EBS snapshot copies, sharing and locks across the simulator's accounts:
 * CopySnapshot (another region and/or a snapshot another account shared), DeleteSnapshot
 * (refused while locked), ModifySnapshotAttribute / DescribeSnapshotAttribute
 * (createVolumePermission; a snapshot under an AWS managed key cannot be shared),
 * LockSnapshot / UnlockSnapshot / DescribeLockedSnapshots (EC2 API reference semantics:
 * governance, compliance with an optional cooling-off period, lock duration or expiration date).
 *
 * A principal only ever reaches its own account's snapshots, plus (read, copy, create a
 * volume) those shared with it: another account's snapshot is InvalidSnapshot.NotFound for
 * deletes, tags and locks, as in AWS.
 */
import type { LockedSnapshotsInfo, Snapshot } from '@aws-sdk/client-ec2';
import { checkSnapshotLimit, checkTags, findSnapshot, newResourceId, required, type Operation } from './ec2-helpers.js';
import { applyFilters, pageByToken, type Filter } from './ec2-filters.js';
import { ec2Options, ec2Region, lockState, pendingCopies, snapshotDuration, specifiedTags, tick, type SimSnapshot, type SnapshotLock } from './ec2-state.js';
import { findKmsKey } from './kms.js';
import { keyByArn, keyUsableBy } from './kms-policy.js';
import { SimError, type SimContext } from './types.js';

const DAY = 86_400_000;

function accountsOf(sim: SimContext): string[] {
  return Object.keys(sim.state.accounts);
}

/**
 * A snapshot `account` may read in `region`: its own, or another account's shared with it.
 * `useKey`: the caller will read the data (copy, volume), so an encrypted snapshot's key
 * must let its account use it.
 */
export function readableSnapshot(sim: SimContext, account: string, region: string, id: string, useKey = false): SimSnapshot {
  const own = ec2Region(sim, account, region).snapshots.get(id);
  if (own) return own;
  for (const owner of accountsOf(sim)) {
    if (owner === account) continue;
    const r = ec2Region(sim, owner, region);
    const s = r.snapshots.get(id);
    if (!s || !s.sharedWith?.has(account)) continue;
    tick(r, sim.now());
    if (useKey && s.snapshot.Encrypted && !keyUsableBy(sim, s.snapshot.KmsKeyId, account)) {
      throw new SimError('InvalidParameter', `The KMS key ${s.snapshot.KmsKeyId} of snapshot ${id} does not grant account ${account}; its key policy must allow this account to use it.`);
    }
    return s;
  }
  return findSnapshot(ec2Region(sim, account, region), id);
}

/** DescribeSnapshots naming other owners or RestorableByUserIds: what those owners shared with the caller. */
export function snapshotsSharedWith(sim: SimContext, account: string, region: string, owners: string[] | undefined, restorableBy: string[] | undefined): Snapshot[] | undefined {
  const foreign = (owners ?? []).filter((o) => o !== 'self' && o !== account && o !== 'amazon');
  const others = (restorableBy ?? []).filter((r) => r !== 'self' && r !== account && r !== 'all');
  // The owner asking which of its snapshots another account may restore.
  if (others.length && foreign.length === 0) return [...ec2Region(sim, account, region).snapshots.values()].filter((s) => others.some((o) => s.sharedWith?.has(o))).map((s) => s.snapshot);
  const restorable = (restorableBy ?? []).some((r) => r === 'self' || r === account);
  if (foreign.length === 0 && !restorable) return undefined;
  const from = foreign.length ? foreign : accountsOf(sim).filter((a) => a !== account);
  return from.flatMap((owner) => [...ec2Region(sim, owner, region).snapshots.values()].filter((s) => s.sharedWith?.has(account)).map((s) => s.snapshot));
}

function isAwsManagedKey(sim: SimContext, arn: string | undefined): boolean {
  return !!arn && keyByArn(sim, arn)?.key.KeyManager === 'AWS';
}

function lockInfo(s: SimSnapshot, now: number): LockedSnapshotsInfo {
  const l = s.lock!;
  return {
    OwnerId: s.snapshot.OwnerId,
    SnapshotId: s.snapshot.SnapshotId,
    LockState: lockState(l, now),
    ...(l.durationDays !== undefined && { LockDuration: l.durationDays }),
    ...(l.coolOffHours !== undefined && { CoolOffPeriod: l.coolOffHours, CoolOffPeriodExpiresOn: new Date(l.coolOffExpiresOn!) }),
    LockCreatedOn: new Date(l.createdOn),
    LockDurationStartTime: new Date(l.durationStart),
    LockExpiresOn: new Date(l.expiresOn),
  };
}

export const snapshotOperations: Record<string, Operation> = {
  CopySnapshot(call) {
    const sourceRegionName = required<string>(call.input, 'SourceRegion');
    const sourceId = required<string>(call.input, 'SourceSnapshotId');
    tick(ec2Region(call.sim, call.account, sourceRegionName), call.sim.now());
    const source = readableSnapshot(call.sim, call.account, sourceRegionName, sourceId);
    if (source.snapshot.State !== 'completed') {
      throw new SimError('IncorrectState', `Snapshot ${sourceId} is in state '${source.snapshot.State}'; only completed snapshots can be copied.`);
    }
    if (source.snapshot.StorageTier === 'archive') {
      throw new SimError('IncorrectState', `Snapshot ${sourceId} is in the archive tier; restore it before copying.`);
    }
    const options = ec2Options(call.sim);
    const copies = call.region.copies;
    if (pendingCopies(call.region) >= options.concurrentCopyLimit) {
      copies.refused += 1;
      throw new SimError('ResourceLimitExceeded', `Too many snapshot copies in progress. The limit is ${options.concurrentCopyLimit} for this destination region.`);
    }
    checkSnapshotLimit(call, 1);
    const encrypted = call.input.Encrypted === true || source.snapshot.Encrypted === true;
    let kmsKeyId: string | undefined;
    let failure: string | undefined;
    if (encrypted) {
      const keyRef: string = call.input.KmsKeyId ?? 'alias/aws/ebs';
      const key = findKmsKey(call.sim, call.account, call.regionName, keyRef);
      if (!key) failure = `The KMS key '${keyRef}' does not exist in ${call.regionName}.`;
      else if (key.KeyState !== 'Enabled') failure = `The KMS key '${key.Arn}' is not enabled (${key.KeyState}).`;
      kmsKeyId = key?.Arn ?? keyRef;
      // Another account's snapshot: its key must let this account decrypt it.
      if (source.snapshot.Encrypted && source.snapshot.OwnerId !== call.account && !keyUsableBy(call.sim, source.snapshot.KmsKeyId, call.account)) {
        failure = `The KMS key ${source.snapshot.KmsKeyId} of the source snapshot does not grant account ${call.account}.`;
      }
    } else if (call.input.KmsKeyId) {
      throw new SimError('InvalidParameterDependency', 'The parameter KmsKeyId requires the parameter Encrypted to be set.');
    }
    const now = call.sim.now();
    const tags = checkTags(specifiedTags(call.input.TagSpecifications, 'snapshot'));
    const snapshot: Snapshot = {
      SnapshotId: newResourceId(call.sim, 'snap'),
      // Copies report a placeholder volume id, like AWS.
      VolumeId: 'vol-ffffffff',
      VolumeSize: source.snapshot.VolumeSize,
      State: 'pending',
      Progress: '0%',
      StartTime: new Date(now),
      OwnerId: call.account,
      Description: call.input.Description ?? `[Copied ${sourceId} from ${sourceRegionName}]`,
      Encrypted: encrypted,
      ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
      StorageTier: 'standard',
      // CopySnapshot does not copy the source's tags; only TagSpecifications apply.
      Tags: tags,
    };
    const duration = snapshotDuration(options, source.snapshot.VolumeSize ?? 0, true);
    call.region.snapshots.set(snapshot.SnapshotId!, { snapshot, startedAt: now, completesAt: now + duration, isCopy: true, failure });
    copies.started += 1;
    copies.peak = Math.max(copies.peak, pendingCopies(call.region));
    return { SnapshotId: snapshot.SnapshotId, Tags: tags.length ? tags : undefined };
  },

  DeleteSnapshot({ input, region, sim }) {
    const id = required<string>(input, 'SnapshotId');
    const s = findSnapshot(region, id);
    if (s.lock && lockState(s.lock, sim.now()) !== 'expired') {
      throw new SimError('SnapshotLocked', `The snapshot ${id} is locked (${lockState(s.lock, sim.now())} until ${new Date(s.lock.expiresOn).toISOString()}) and can't be deleted.`);
    }
    const image = [...region.images.values()].find((i) => i.BlockDeviceMappings?.some((m) => m.Ebs?.SnapshotId === id));
    if (image) throw new SimError('InvalidSnapshot.InUse', `The snapshot ${id} is currently in use by ${image.ImageId}`);
    region.snapshots.delete(id);
    return {};
  },

  ModifySnapshotAttribute({ input, region, sim }) {
    const id = required<string>(input, 'SnapshotId');
    const s = findSnapshot(region, id);
    const attribute = input.Attribute ?? 'createVolumePermission';
    if (attribute !== 'createVolumePermission') throw new SimError('InvalidParameterValue', `Attribute '${attribute}' cannot be modified; only createVolumePermission can.`);
    const perms = input.CreateVolumePermission as { Add?: { UserId?: string; Group?: string }[]; Remove?: { UserId?: string; Group?: string }[] } | undefined;
    const op: string | undefined = input.OperationType;
    const add = [...(perms?.Add ?? []), ...(op === 'add' ? (input.UserIds ?? []).map((UserId: string) => ({ UserId })) : [])];
    const remove = [...(perms?.Remove ?? []), ...(op === 'remove' ? (input.UserIds ?? []).map((UserId: string) => ({ UserId })) : [])];
    if (add.length && remove.length) throw new SimError('InvalidParameterCombination', 'You cannot add and remove create volume permissions in one request.');
    if (add.length + remove.length > 500) throw new SimError('InvalidParameterValue', 'You can make up to 500 modifications to a snapshot in one request.');
    if (add.some((p) => p.Group === 'all') && s.snapshot.Encrypted) throw new SimError('InvalidParameter', 'Encrypted snapshots cannot be made public.');
    if (add.length && s.snapshot.Encrypted && isAwsManagedKey(sim, s.snapshot.KmsKeyId)) {
      throw new SimError('InvalidParameter', "Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot.");
    }
    for (const p of add) {
      if (p.UserId && !/^\d{12}$/.test(p.UserId)) throw new SimError('InvalidParameterValue', `Invalid user id: '${p.UserId}'`);
      if (p.UserId) (s.sharedWith ??= new Set()).add(p.UserId);
    }
    for (const p of remove) if (p.UserId) s.sharedWith?.delete(p.UserId);
    return {};
  },

  DescribeSnapshotAttribute({ input, region }) {
    const id = required<string>(input, 'SnapshotId');
    const s = findSnapshot(region, id);
    const attribute = required<string>(input, 'Attribute');
    if (attribute !== 'createVolumePermission') return { SnapshotId: id, ProductCodes: [] };
    return { SnapshotId: id, CreateVolumePermissions: [...(s.sharedWith ?? [])].sort().map((UserId) => ({ UserId })) };
  },

  LockSnapshot({ input, region, sim }) {
    const id = required<string>(input, 'SnapshotId');
    const s = findSnapshot(region, id);
    const mode = required<string>(input, 'LockMode');
    if (mode !== 'compliance' && mode !== 'governance') throw new SimError('InvalidParameterValue', `LockMode '${mode}' is not valid; use compliance or governance.`);
    if (s.snapshot.State !== 'pending' && s.snapshot.State !== 'completed') throw new SimError('IncorrectState', `Snapshot ${id} is ${s.snapshot.State}; only pending or completed snapshots can be locked.`);
    const now = sim.now();
    const days: number | undefined = input.LockDuration;
    const until: Date | undefined = input.ExpirationDate;
    if ((days === undefined) === (until === undefined)) throw new SimError('InvalidParameterCombination', 'Specify exactly one of LockDuration and ExpirationDate.');
    if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 36500)) throw new SimError('InvalidParameterValue', 'LockDuration must be 1 to 36500 days.');
    const cool: number | undefined = input.CoolOffPeriod;
    if (cool !== undefined && (mode !== 'compliance' || cool < 1 || cool > 72)) throw new SimError('InvalidParameterValue', 'CoolOffPeriod is 1 to 72 hours and applies to compliance mode only.');
    const expiresOn = days !== undefined ? now + days * DAY : new Date(until!).getTime();
    if (expiresOn <= now) throw new SimError('InvalidParameterValue', 'The lock expiration date must be in the future.');
    const existing = s.lock && lockState(s.lock, now) !== 'expired' ? s.lock : undefined;
    if (existing && lockState(existing, now) === 'compliance') {
      // After the cooling-off period a compliance lock can only be extended.
      if (mode !== 'compliance' || cool !== undefined || expiresOn < existing.expiresOn) {
        throw new SimError('InvalidParameterValue', `Snapshot ${id} is locked in compliance mode and its cooling-off period has ended; the lock can only be extended.`);
      }
    }
    const lock: SnapshotLock = {
      mode,
      createdOn: existing?.createdOn ?? now,
      durationStart: now,
      expiresOn,
      ...(days !== undefined && { durationDays: days }),
      ...(existing?.coolOffHours !== undefined && !cool ? { coolOffHours: existing.coolOffHours, coolOffExpiresOn: existing.coolOffExpiresOn! } : {}),
      ...(cool !== undefined && { coolOffHours: cool, coolOffExpiresOn: now + cool * 3600_000 }),
    };
    s.lock = lock;
    const info = lockInfo(s, now);
    return { SnapshotId: id, LockState: info.LockState, LockDuration: info.LockDuration, CoolOffPeriod: info.CoolOffPeriod, CoolOffPeriodExpiresOn: info.CoolOffPeriodExpiresOn, LockCreatedOn: info.LockCreatedOn, LockExpiresOn: info.LockExpiresOn, LockDurationStartTime: info.LockDurationStartTime };
  },

  UnlockSnapshot({ input, region, sim }) {
    const id = required<string>(input, 'SnapshotId');
    const s = findSnapshot(region, id);
    if (!s.lock || lockState(s.lock, sim.now()) === 'expired') throw new SimError('IncorrectState', `Snapshot ${id} is not locked.`);
    if (lockState(s.lock, sim.now()) === 'compliance') throw new SimError('IncorrectState', `Snapshot ${id} is locked in compliance mode after its cooling-off period; it cannot be unlocked.`);
    delete s.lock;
    return { SnapshotId: id };
  },

  DescribeLockedSnapshots({ input, region, sim }) {
    const now = sim.now();
    const ids: string[] | undefined = input.SnapshotIds;
    const locked = ids?.length ? ids.map((id) => findSnapshot(region, id)).filter((s) => s.lock) : [...region.snapshots.values()].filter((s) => s.lock);
    const infos = locked.map((s) => lockInfo(s, now));
    const filtered = applyFilters(infos, input.Filters as Filter[], (i) => (name) => (name === 'lock-state' ? [i.LockState] : undefined));
    const { items, NextToken } = pageByToken(filtered, input.MaxResults, input.NextToken);
    return { Snapshots: items, NextToken };
  },
};
