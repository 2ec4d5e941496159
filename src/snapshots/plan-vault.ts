/**
 * Vault copies of one resource (`copies: [{ account: vault, … }]`): per vault region a copy
 * action that shares the source snapshot with the vault for the copy only, copies it with the
 * vault role (re-encrypted with the vault's key, tagged, EBS copies locked until retention may
 * delete them) and takes the share back; then the vault side's retention (vault role only,
 * locked copies kept) and the lock extensions of the copies retention keeps longer.
 */
import type { AwsClients } from '../aws/clients.js';
import { scheduleTier } from './periods.js';
import { planAction } from '../plan/plan.js';
import { copyApply, type CopyInto } from './actions.js';
import type { SourceSnapshot } from './drivers.js';
import { chainKeyOf, isCopy, pointInTime, type SnapshotRecord } from './inventory.js';
import type { AccountScope, PlanContext, ResourcePlan, VaultScope } from './plan-context.js';
import { copyProblem, pickSources } from './plan-copies.js';
import { planChainRetention } from './plan-retention.js';
import { TYPE_LABEL } from './selection.js';
import { TAG } from './tags.js';
import { lockEbsSnapshot, setShare } from './vault-calls.js';
import { addPeriods, lockUntil, periodStart } from './vault-lock.js';
import { planRetention } from './retention.js';
import { VAULT_LABEL, vaultChainKey } from './vault-read.js';

/** A lock shorter than this is not worth a call (and AWS wants the end in the future). */
const MIN_LOCK_MS = 60_000;

export function planVaultCopies(ctx: PlanContext, scope: AccountScope, rp: ResourcePlan, vault: VaultScope): void {
  const { clients, account } = scope;
  const { policy, resource, kind, driver, section, label, snapshotId, chainIds, volumes } = rp;
  const sourceRegion = resource.region;
  const schedule = scheduleTier(policy.schedule);
  // Undefined: a plan that did not read the vault (unreadVault said so); only the source side is checked.
  const vaultClients = vault.clients;
  let reported = false;
  for (const copy of policy.copies) {
    if (copy.account !== 'vault') continue;
    const region = copy.region;
    if (vault.failed.has(`${region}|${kind === 'ebs' ? 'ebs' : 'rds'}`)) continue; // reported with the listing
    const key = vault.keys.get(region);
    if (vaultClients && !key?.ok) continue; // reported once per region by readVault
    const problem = scope.vaultProblems.get(rp.ref) ?? copyProblem(resource, { ...copy, 'kms-key': key?.ok ? key.arn : vault.config['kms-keys'][region] });
    if (problem) {
      if (!reported) ctx.error(section, `${TYPE_LABEL[resource.type]} ${label}`, `${problem}; it is not shared with or copied into the vault (other resources are)`);
      reported = true;
      continue;
    }
    if (!vaultClients || !key?.ok) continue;
    const chainOf = (volume: string) => vault.chains.get(vaultChainKey(region, account.name, chainKeyOf(policy.name, sourceRegion, resource.id, volume))) ?? [];
    const rules = copy.retention ?? policy.retention;
    const picked = pickSources(scope, rp, 'vault copy of the new snapshot', (volume) => chainOf(volume).filter(isCopy));
    const id = `${section}/vault-copy/${account.name}/${region}/${resource.id}`;
    if (picked.sources) {
      const sources = picked.sources;
      // Existing snapshots copied now are shared by this action: the open-share clean-up leaves them.
      for (const s of picked.existing) vault.sharing.add(s.id);
      const lock = copy.lock;
      const into: CopyInto = {
        clients: vaultClients,
        tags: { [TAG.sourceAccount]: account.name },
        share: (s) => setShare(clients, kind, sourceRegion, s.id, vault.config.id, true),
        unshare: (s) => setShare(clients, kind, sourceRegion, s.id, vault.config.id, false),
        ...(lock &&
          kind === 'ebs' && {
            started: async (copyId: string, source: SourceSnapshot) => {
              // The new copy is the newest of its chain: locked until retention may first delete it.
              const done = (chain: SnapshotRecord[]) => chain.filter((c) => c.state === 'completed').map((c) => ({ id: c.id, takenAt: pointInTime(c) }));
              const chain = chainIds.flatMap((v) => done(chainOf(v)));
              const until = lockUntil({ id: copyId, takenAt: source.takenAt }, chain, rules, schedule, ctx.now);
              return until > ctx.now + MIN_LOCK_MS ? lockEbsSnapshot(vaultClients.ec2(region), copyId, lock, until, true) : undefined;
            },
          }),
      };
      ctx.copyPlanned.add(rp.ref);
      ctx.push(
        ctx.creates,
        planAction(section, {
          id,
          kind: 'copy',
          target: `${label} → vault ${vault.config.id}/${region}`,
          reason: `${picked.reason}; shared with the vault for the copy only`,
          details: { account: account.name, region: sourceRegion, destination: region, 'destination-account': vault.config.id, resource: resource.id, 'kms-key': key.arn, ...(lock && { lock: lock.mode }) },
          ...(snapshotId && { dependsOn: [snapshotId] }),
          apply: copyApply({ runtime: ctx.runtime, clients, driver, sources, sourceRegion, destination: region, kmsKeyArn: key.arn, ...(copy['option-group'] && { optionGroup: copy['option-group'] }), copySourceTags: policy['copy-tags'], into }),
        }),
        kind,
      );
    }

    // The vault side: retention with the vault role; locks of kept copies reach their new horizon.
    for (const volume of chainIds) {
      const records = chainOf(volume).filter(isCopy);
      const copiesVolume = snapshotId ? volumes.includes(volume) : picked.volumes.has(volume);
      planChainRetention(ctx, {
        clients: vaultClients,
        account: VAULT_LABEL,
        policy,
        kind,
        region,
        records,
        rules,
        copySide: true,
        plannedBy: copiesVolume && picked.sources ? id : undefined,
        source: resource.id,
        archiveAfterDays: undefined,
      });
      // A copy of an existing snapshot this run may make counts as its period's newest, so an
      // older copy it supersedes is not locked for that period (a later run extends it if not).
      const coming = picked.existing.filter((s) => (s.volumeId ?? resource.id) === volume).map((s) => ({ id: `${s.id} (copy)`, takenAt: s.takenAt }));
      if (copy.lock && kind === 'ebs') planLockExtensions(ctx, vault, vaultClients, rp, region, records, { lock: copy.lock, rules, schedule, coming, planned: copiesVolume && picked.sources !== undefined });
    }
  }
}

function planLockExtensions(
  ctx: PlanContext,
  vault: VaultScope,
  clients: AwsClients,
  rp: ResourcePlan,
  region: string,
  records: SnapshotRecord[],
  settings: {
    lock: NonNullable<ResourcePlan['policy']['copies'][number]['lock']>;
    rules: ResourcePlan['policy']['retention'];
    schedule: ReturnType<typeof scheduleTier>;
    /** Copies of existing snapshots this run may add, counted as made (with their source's time). */
    coming: { id: string; takenAt: number }[];
    /** This run makes a copy of this chain. */
    planned: boolean;
  },
): void {
  // lockUntil is the earliest instant retention may delete a copy, assuming each period gets its
  // copy in time. A copy this run's retention still keeps (planChainRetention: the copy it makes
  // counted in) because the next one is late stays locked at least until the next period begins.
  const own = records.filter((r) => r.state === 'completed').map((r) => ({ id: r.id, takenAt: pointInTime(r) }));
  const counted = [...own, ...(settings.planned ? [{ id: '\u0000new', takenAt: ctx.now }] : [])];
  const keeps = planRetention({ rules: settings.rules, now: ctx.now, keepNewestCompleted: true, items: counted.map((d) => ({ ...d, state: 'completed' as const, owned: true })) });
  const kept = new Set(keeps.filter((d) => d.action === 'keep').map((d) => d.id));
  const nextPeriod = addPeriods(settings.schedule, periodStart(settings.schedule, ctx.now), 1);
  const done = [...own, ...settings.coming];
  for (const record of records) {
    if (record.state !== 'completed' || record.tags[TAG.createdBy] === undefined) continue;
    const earliest = lockUntil({ id: record.id, takenAt: pointInTime(record) }, done, settings.rules, settings.schedule, ctx.now);
    const until = kept.has(record.id) ? Math.max(earliest, nextPeriod) : earliest;
    if (until <= ctx.now + MIN_LOCK_MS || (record.lockedUntil ?? 0) >= until - MIN_LOCK_MS) continue;
    ctx.push(
      ctx.creates,
      planAction(rp.section, {
        id: `${rp.section}/vault-lock/${region}/${record.id}`,
        kind: 'update',
        target: `vault ${vault.config.id}/${region}/${record.id} (${rp.resource.id})`,
        reason: record.lockedUntil === undefined ? `not locked yet; retention keeps it until at least ${new Date(until).toISOString()}` : `retention now keeps it until at least ${new Date(until).toISOString()}, past its lock (${new Date(record.lockedUntil).toISOString()})`,
        details: { account: VAULT_LABEL, region, snapshot: record.id, resource: rp.resource.id, lock: settings.lock.mode, until: new Date(until).toISOString() },
        apply: () => ctx.runtime.call(clients, region, 'ec2', () => lockEbsSnapshot(clients.ec2(region), record.id, settings.lock, until, record.lockedUntil === undefined)),
      }),
      'ebs',
    );
  }
}
