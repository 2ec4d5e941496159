/**
 * Drills over vault copies: for every drilled resource whose policy sends copies to the vault,
 * the newest vault copy (found with the vault role, by the tool's tags and the source account)
 * is restored into a scratch resource of the source account, in the copy's region, exactly as
 * a `from=vault` restore does it: the vault shares the copy only around the calls that read it
 * (vault-share.ts), a DB instance goes through a `vault-restore-<scratch>` copy. The scratch
 * resource and that copy are deleted afterwards, also when the check failed, and the share is
 * always taken back, so the drill leaves nothing behind in either account.
 */
import type { PlanBuilder } from '../plan/plan.js';
import { listEbsSnapshots } from '../snapshots/ec2-inventory.js';
import type { SnapshotRecord } from '../snapshots/inventory.js';
import { listRdsSnapshots } from '../snapshots/rds-inventory.js';
import { TYPE_LABEL } from '../snapshots/selection.js';
import { TAG, type Tags } from '../snapshots/tags.js';
import { describeAwsError } from '../aws/errors.js';
import { availabilityZones, locateSnapshot, resolveEbsFrom } from './ebs.js';
import { createClusterMember, dbInstanceProbe } from './rds-calls.js';
import type { DrillTarget } from './drill-targets.js';
import { deleteScratchCluster, deleteScratchInstance, DRILL_TAGS, drillEbs, drillRun, scratchName, scratchTags } from './drill-run.js';
import { isToolSnapshotOf, RESTORE_TAG, takenAt } from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';
import { accountIdOf, checkVaultKey, vaultContext } from './vault-restore.js';
import { resolveVaultDbRestore, restoreClusterFromVault, restoreInstanceFromVault, VAULT_FROM_TAG } from './vault-rds.js';
import { deleteVaultCopy, VAULT_COPY_PREFIX, whileShared } from './vault-share.js';
import { waitOrThrow, type WaitTiming } from './wait.js';

export interface VaultDrillContext {
  ctx: RestoreContext;
  plan: PlanBuilder;
  timing: WaitTiming;
  /** Registers an action's RTO holder (drill.ts records the measured time on it). */
  hold(id: string): (rtoMs: number) => void;
  where(region: string): string;
  now: Date;
}

/** The vault regions a resource's policies copy into. */
function vaultRegions(ctx: RestoreContext, target: DrillTarget): string[] {
  const names = target.policy.split(', ');
  const policies = (ctx.config.snapshots?.policies ?? []).filter((p) => names.includes(p.name));
  return [...new Set(policies.flatMap((p) => p.copies.filter((c) => c.account === 'vault').map((c) => c.region)))];
}

/** The vault's copies in each region, read once per region with the vault role. */
function vaultReader(d: VaultDrillContext): (region: string) => Promise<SnapshotRecord[]> {
  const vault = vaultContext(d.ctx).clients;
  const cache = new Map<string, Promise<SnapshotRecord[]>>();
  return (region) => {
    let read = cache.get(region);
    if (!read) {
      const now = d.now.getTime();
      read = Promise.all([listEbsSnapshots(vault.ec2(region), 'vault', region, now), listRdsSnapshots(vault.rds(region), 'vault', region, now)]).then(([a, b]) => [...a, ...b]);
      cache.set(region, read);
    }
    return read;
  };
}

function newestCopy(copies: SnapshotRecord[], target: DrillTarget, account: string): SnapshotRecord | undefined {
  const kind = target.type === 'ebs-volume' ? 'ebs' : target.type;
  return copies
    .filter((s) => s.kind === kind && s.state === 'completed' && s.tags[TAG.sourceAccount] === account && isToolSnapshotOf(s.tags, target.id, s.resourceId))
    .sort((a, b) => takenAt(b.tags, new Date(b.createdAt)) - takenAt(a.tags, new Date(a.createdAt)))[0];
}

/** Adds one drill per vault copy region of each target; a target that cannot be drilled is a plan error, the others still run. */
export async function planVaultDrills(d: VaultDrillContext, targets: readonly DrillTarget[]): Promise<void> {
  const read = vaultReader(d);
  for (const target of targets) {
    for (const region of vaultRegions(d.ctx, target)) {
      const item = `${TYPE_LABEL[target.type]} ${target.id} (${d.where(target.region)}) from its vault copy in ${region}`;
      try {
        const copy = newestCopy(await read(region), target, d.ctx.account.name);
        if (!copy) {
          d.plan.error(item, `no completed vault copy made by aws-backup-gitops (policy ${target.policy}) to drill with; the next run makes one`);
          continue;
        }
        await planOne(d, target, region, copy);
      } catch (error) {
        d.plan.error(item, error instanceof RestoreInputError ? `the drill cannot run: ${error.message}` : `drill planning failed: ${describeAwsError(error)}`);
      }
    }
  }
}

async function planOne(d: VaultDrillContext, target: DrillTarget, region: string, copy: SnapshotRecord): Promise<void> {
  const { ctx } = d;
  const vault = vaultContext(ctx);
  // Its own scratch name: the drill of the account's own snapshot may restore the same resource at the same time.
  const scratch = scratchName(`${target.id}-vault`, d.now, target.type === 'rds-cluster' ? 60 : 63);
  const request: RestoreRequest = { kind: target.type, source: copy.id, region, target: scratch, force: false, options: {} };
  const tags: Tags = { ...DRILL_TAGS, [VAULT_FROM_TAG]: vault.account.accountId as string };
  const details = { account: ctx.account.name, region, resource: target.id, policy: target.policy, from: `vault ${vault.account.accountId}`, snapshot: copy.id, backupTakenAt: new Date(takenAt(copy.tags, new Date(copy.createdAt))).toISOString(), scratch };
  let apply: (record: (ms: number) => void) => Promise<string>;
  if (target.type === 'ebs-volume') {
    const zone = (await availabilityZones(ctx.clients.ec2(region)))[0];
    if (!zone) throw new RestoreInputError(`${region} reports no available availability zone`);
    request.options = { 'availability-zone': zone };
    const located = await locateSnapshot(request, vault);
    const sharedWith = await accountIdOf(ctx, region);
    if (located.snapshot.Encrypted && located.snapshot.KmsKeyId) await checkVaultKey(vault, region, located.snapshot.KmsKeyId, copy.id, sharedWith, 'create a volume from it');
    const spec = await resolveEbsFrom(request, ctx, located, tags);
    spec.tags = scratchTags(spec.tags, scratch);
    apply = (record) => drillEbs(ctx, spec, d.timing, record, (create) => whileShared(vault.clients, { kind: 'ebs', region, id: copy.id, sharedWith }, create));
  } else if (target.type === 'rds-instance') {
    const r = await resolveVaultDbRestore(request, ctx, tags);
    const spec = r.instance!.spec;
    if (r.instance!.existing) throw new RestoreInputError(`scratch DB instance ${scratch} of an earlier drill still exists (${r.instance!.existing.status}); this run deletes it — drill again afterwards`);
    spec.tags = scratchTags(spec.tags, scratch);
    const rds = ctx.clients.rds(region);
    apply = (record) =>
      drillRun(`DB instance ${scratch}`, {
        restore: async () => {
          await restoreInstanceFromVault(ctx, r, d.timing, true);
        },
        cleanup: async () => {
          await deleteScratchInstance(ctx, region, spec.target, spec.token, d.timing);
          await deleteVaultCopy(rds, r.copyId!);
        },
      }, record, ctx.log);
  } else {
    const r = await resolveVaultDbRestore(request, ctx, tags);
    const cluster = r.cluster!;
    if (cluster.existing) throw new RestoreInputError(`scratch DB cluster ${scratch} of an earlier drill still exists (${cluster.existing.status}); this run deletes it — drill again afterwards`);
    cluster.spec.tags = scratchTags(cluster.spec.tags, scratch);
    const rds = ctx.clients.rds(region);
    apply = (record) =>
      drillRun(`DB cluster ${scratch}`, {
        restore: async () => {
          await restoreClusterFromVault(ctx, r, d.timing);
          await Promise.all(cluster.spec.members.map((m) => createClusterMember(rds, cluster.spec, m)));
          await Promise.all(cluster.spec.members.map((m) => waitOrThrow(dbInstanceProbe(rds, m.id, 'available'), { label: `scratch DB instance ${m.id}`, goal: 'available', timing: d.timing, log: ctx.log })));
        },
        cleanup: () => deleteScratchCluster(ctx, cluster.spec, d.timing),
      }, record, ctx.log);
  }
  let record: (ms: number) => void = () => undefined;
  const id = d.plan.add({
    kind: 'restore',
    target: `${TYPE_LABEL[target.type]} ${target.id} (${d.where(target.region)}) ← vault copy in ${region} → ${scratch}`,
    reason: `restore drill from the vault: the vault shares ${copy.id} with account ${ctx.account.name} only while it is read, the scratch ${target.type === 'ebs-volume' ? 'volume' : 'database'} is checked, timed and deleted${target.type === 'rds-instance' ? ' with its copy' : ''}`,
    details,
    apply: () => apply(record),
  });
  record = d.hold(id);
}

/** Copies of interrupted vault drills (`vault-restore-drill-…`, tagged as drill) in the account's own snapshots. */
export function planVaultCopySweep(d: VaultDrillContext, snapshots: readonly SnapshotRecord[], region: string): void {
  for (const s of snapshots) {
    if (s.kind !== 'rds-instance' || !s.id.startsWith(`${VAULT_COPY_PREFIX}drill-`) || s.tags[RESTORE_TAG.drill] !== 'true') continue;
    const rds = d.ctx.clients.rds(region);
    d.plan.add({
      kind: 'delete',
      target: `DB snapshot ${s.id} (${d.where(region)})`,
      reason: `copy of a vault snapshot left by an earlier restore drill (tagged ${RESTORE_TAG.drill}=true)`,
      apply: async () => {
        await deleteVaultCopy(rds, s.id);
        return `${s.id} deleted`;
      },
    });
  }
}
