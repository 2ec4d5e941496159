/**
 * Restore drills: for every resource a snapshot policy protects, restore its newest backup
 * (in the resource's region) to a scratch resource `drill-<source>-<yyyymmdd>` tagged
 * `aws-backup-gitops:drill=true`, check it (volume available, database available), record
 * how long that took (the recovery time), and delete the scratch resource again — always,
 * also when the check failed. Only resources carrying the drill tag and the drill's own token
 * are ever deleted; scratch left by an interrupted earlier drill is swept first. A Route 53
 * drill exports the live zones and compares them byte for byte with the committed files.
 *
 * Drills go through the same resolvers as restores (ebs.ts, rds.ts), so a drill also proves
 * that a restore's inputs can be satisfied.
 */
import { join } from 'node:path';
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError } from '../aws/errors.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import type { ResourceType } from '../config/snapshots-schema.js';
import { exportRoute53 } from '../export/route53.js';
import { planS3Drills } from '../s3/drill.js';
import { HEALTH_CHECKS_PATH } from '../export/health-checks.js';
import { ZONES_FOLDER } from '../export/route53-format.js';
import { zoneCheckNote } from './drill-route53.js';
import { readExportFolder } from '../git/write-exports.js';
import { PlanBuilder, type Plan, type PlanAction } from '../plan/plan.js';
import { listEbsResources, listEbsSnapshots } from '../snapshots/ec2-inventory.js';
import type { SnapshotRecord, SourceResource } from '../snapshots/inventory.js';
import { listRdsResources, listRdsSnapshots } from '../snapshots/rds-inventory.js';
import { selectResources, TYPE_LABEL } from '../snapshots/selection.js';
import { drillTargets, type DrillTarget } from './drill-targets.js';
import { mapSettled } from '../util/concurrency.js';
import { availabilityZones, deleteVolume, volumeProbe, resolveEbsRestore } from './ebs.js';
import { resolveRdsClusterRestore, resolveRdsInstanceRestore } from './rds.js';
import { deleteDbCluster, deleteDbInstance } from './rds-calls.js';
import { DRILL_TAGS, drillDbCluster, drillDbInstance, drillEbs, isDrillScratch, rtoRecorder, scratchName, scratchTags } from './drill-run.js';
import { planVaultCopySweep, planVaultDrills } from './drill-vault.js';
import { isToolSnapshotOf, RESTORE_TAG, takenAt } from './snapshot-source.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';
import { waitOrThrow, waitTiming, type WaitTiming } from './wait.js';

export { scratchName } from './drill-run.js';

export const DRILL_SECTION = 'drill';
/** Drills mostly wait; they are independent of each other. */
export const DRILL_APPLY_CONCURRENCY = 16;

export interface PlanDrillInput {
  config: Config;
  accounts: ResolvedAccount[];
  clientsFor(account: ResolvedAccount): AwsClients;
  repoRoot: string;
  now: Date;
  log(line: string): void;
  /** Clients of the vault role (`vault:`): vault copies are drilled too (drill-vault.ts). */
  vaultClients?: () => AwsClients;
  /** Wait budgets and poll intervals (tests use small ones); defaults: DEFAULT_WAIT_TIMING. */
  timing?: Partial<WaitTiming>;
}

interface RegionRead {
  region: string;
  resources: SourceResource[];
  snapshots: SnapshotRecord[];
}

export async function planDrill(input: PlanDrillInput): Promise<Plan> {
  const plan = new PlanBuilder(DRILL_SECTION);
  const timing = waitTiming(input.timing);
  const holders = new Map<string, { action?: PlanAction }>();
  const multi = input.accounts.length > 1;
  const settled = await mapSettled(input.accounts, 4, (account) => planAccount(input, account, plan, timing, holders, multi));
  settled.forEach((result, i) => {
    if (!result.ok) plan.error(`account ${input.accounts[i]!.name}`, `drill planning failed: ${describeAwsError(result.error)}`);
  });
  const built = plan.build();
  // Apply functions record the measured recovery time on their own action's details.
  for (const action of built.actions) {
    const holder = holders.get(action.id);
    if (holder) holder.action = action;
  }
  return built;
}

async function planAccount(
  input: PlanDrillInput,
  account: ResolvedAccount,
  plan: PlanBuilder,
  timing: WaitTiming,
  holders: Map<string, { action?: PlanAction }>,
  multi: boolean,
): Promise<void> {
  const clients = input.clientsFor(account);
  const ctx: RestoreContext = { config: input.config, account, clients, repoRoot: input.repoRoot, now: input.now, log: input.log, ...(input.vaultClients && { vaultClients: input.vaultClients }) };
  const where = (region: string) => (multi ? `${account.name}/${region}` : region);

  if (input.config.export.route53.enabled) planRoute53Drill(input, account, clients, plan, multi);
  planS3Drills(input.config, account, input.accounts[0]!.name, clients, plan, input.now, input.log);
  const policies = input.config.snapshots?.policies ?? [];
  if (policies.length === 0) return;

  const reads = await mapSettled(account.regions, account.regions.length, async (region): Promise<RegionRead> => {
    const ec2 = clients.ec2(region);
    const rds = clients.rds(region);
    const now = input.now.getTime();
    const [ebsResources, ebsSnapshots, rdsResources, rdsSnapshots] = await Promise.all([
      listEbsResources(ec2, account.name, region),
      listEbsSnapshots(ec2, account.name, region, now),
      listRdsResources(rds, account.name, region),
      listRdsSnapshots(rds, account.name, region, now),
    ]);
    return { region, resources: [...ebsResources, ...rdsResources], snapshots: [...ebsSnapshots, ...rdsSnapshots] };
  });
  const regions: RegionRead[] = [];
  reads.forEach((read, i) => {
    if (read.ok) regions.push(read.value);
    else plan.error(`EC2/RDS in ${where(account.regions[i]!)}`, `cannot list resources and snapshots: ${describeAwsError(read.error)}; no drill runs there`);
  });

  for (const read of regions) planSweep(read, clients, plan, timing, where(read.region));

  // Scratch resources of earlier drills are never drilled themselves.
  const resources = regions.flatMap((r) => r.resources).filter((r) => !isDrillScratch(r.tags));
  const targets = drillTargets(selectResources(policies, resources).selected);
  for (const target of targets) {
    const read = regions.find((r) => r.region === target.region) as RegionRead;
    const item = `${TYPE_LABEL[target.type]} ${target.id} (${where(target.region)})`;
    try {
      await planResourceDrill(input, ctx, target, read, plan, timing, holders, item);
    } catch (error) {
      plan.error(item, error instanceof RestoreInputError ? `the drill cannot run: ${error.message}` : `drill planning failed: ${describeAwsError(error)}`);
    }
  }
  if (input.config.vault && input.vaultClients) {
    const d = { ctx, plan, timing, now: input.now, where, hold: (id: string) => rtoRecorder(holders, id) };
    for (const read of regions) planVaultCopySweep(d, read.snapshots, read.region);
    await planVaultDrills(d, targets);
  }
}

/** The newest completed snapshot the tool made of a resource, in its region. */
function newestSnapshot(read: RegionRead, type: ResourceType, id: string): SnapshotRecord | undefined {
  const kind = type === 'ebs-volume' ? 'ebs' : type;
  return read.snapshots
    .filter((s) => s.kind === kind && s.state === 'completed' && !s.automated && isToolSnapshotOf(s.tags, id, s.resourceId))
    .sort((a, b) => takenAt(b.tags, new Date(b.createdAt)) - takenAt(a.tags, new Date(a.createdAt)))[0];
}

async function planResourceDrill(
  input: PlanDrillInput,
  ctx: RestoreContext,
  target: DrillTarget,
  read: RegionRead,
  plan: PlanBuilder,
  timing: WaitTiming,
  holders: Map<string, { action?: PlanAction }>,
  item: string,
): Promise<void> {
  const snapshot = newestSnapshot(read, target.type, target.id);
  if (!snapshot) {
    plan.error(item, `no completed snapshot made by aws-backup-gitops (policy ${target.policy}) to drill with; the next snapshot run makes one`);
    return;
  }
  const scratch = scratchName(target.id, input.now, target.type === 'rds-cluster' ? 60 : 63);
  const request: RestoreRequest = { kind: target.type === 'rds-instance' || target.type === 'rds-cluster' ? target.type : 'ebs-volume', source: snapshot.id, region: target.region, target: scratch, force: false, options: {} };
  const details = { account: ctx.account.name, region: target.region, resource: target.id, policy: target.policy, snapshot: snapshot.id, backupTakenAt: new Date(takenAt(snapshot.tags, new Date(snapshot.createdAt))).toISOString(), scratch };
  const holder: { action?: PlanAction } = {};
  const record = (rtoMs: number) => {
    if (holder.action) holder.action.details = { ...holder.action.details, rtoSeconds: Math.round(rtoMs / 100) / 10 };
  };
  let apply: () => Promise<string>;
  if (target.type === 'ebs-volume') {
    const zone = (await availabilityZones(ctx.clients.ec2(target.region)))[0];
    if (!zone) throw new RestoreInputError(`${target.region} reports no available availability zone`);
    request.options = { 'availability-zone': zone };
    const spec = await resolveEbsRestore(request, ctx, DRILL_TAGS);
    spec.tags = scratchTags(spec.tags, scratch);
    apply = () => drillEbs(ctx, spec, timing, record);
  } else if (target.type === 'rds-instance') {
    const resolved = await resolveRdsInstanceRestore(request, ctx, DRILL_TAGS);
    if (resolved.existing) throw new RestoreInputError(`scratch DB instance ${scratch} of an earlier drill still exists (${resolved.existing.status}); this run deletes it — drill again afterwards`);
    resolved.spec.tags = scratchTags(resolved.spec.tags, scratch);
    apply = () => drillDbInstance(ctx, resolved.spec, timing, record);
  } else {
    const resolved = await resolveRdsClusterRestore(request, ctx, DRILL_TAGS);
    if (resolved.existing) throw new RestoreInputError(`scratch DB cluster ${scratch} of an earlier drill still exists (${resolved.existing.status}); this run deletes it — drill again afterwards`);
    resolved.spec.tags = scratchTags(resolved.spec.tags, scratch);
    apply = () => drillDbCluster(ctx, resolved.spec, timing, record);
  }
  const id = plan.add({
    kind: 'restore',
    target: `${TYPE_LABEL[target.type]} ${target.id} (${target.region}) → ${scratch}`,
    reason: `restore drill: restore ${snapshot.id}, check it, measure the recovery time, delete the scratch ${target.type === 'ebs-volume' ? 'volume' : 'database'}`,
    details,
    apply,
  });
  holders.set(id, holder);
}

/** Scratch left by an earlier, interrupted drill: deleted before the drills run again. */
function planSweep(read: RegionRead, clients: AwsClients, plan: PlanBuilder, timing: WaitTiming, where: string): void {
  const reason = `scratch resource left by an earlier restore drill (tagged ${RESTORE_TAG.drill}=true)`;
  const leftovers = read.resources.filter((r) => isDrillScratch(r.tags));
  const memberDeletes = new Map<string, string[]>();
  for (const r of leftovers.filter((x) => x.type === 'ebs-volume' || x.type === 'rds-instance')) {
    const ec2 = clients.ec2(read.region);
    const rds = clients.rds(read.region);
    const id = plan.add({
      kind: 'delete',
      target: `${TYPE_LABEL[r.type]} ${r.id} (${where})`,
      reason,
      apply: async () => {
        if (r.type === 'ebs-volume') {
          await deleteVolume(ec2, r.id);
          await waitOrThrow(volumeProbe(ec2, r.id, 'gone'), { label: `volume ${r.id}`, goal: 'deleted', timing, log: () => {} });
        } else {
          await deleteDbInstance(rds, r.id, timing);
        }
        return `${r.id} deleted`;
      },
    });
    if (r.clusterId) memberDeletes.set(r.clusterId, [...(memberDeletes.get(r.clusterId) ?? []), id]);
  }
  for (const r of leftovers.filter((x) => x.type === 'rds-cluster')) {
    const rds = clients.rds(read.region);
    const dependsOn = memberDeletes.get(r.id);
    plan.add({
      kind: 'delete',
      target: `${TYPE_LABEL[r.type]} ${r.id} (${where})`,
      reason,
      ...(dependsOn && { dependsOn }),
      apply: async () => {
        await deleteDbCluster(rds, r.id, timing);
        return `${r.id} deleted`;
      },
    });
  }
}

/** Live zones exported now must equal, byte for byte, the zone files committed for the account. */
function planRoute53Drill(input: PlanDrillInput, account: ResolvedAccount, clients: AwsClients, plan: PlanBuilder, multi: boolean): void {
  const folder = join(input.config.export.path, account.name);
  const route53 = input.config.export.route53;
  plan.add({
    kind: 'restore',
    target: `Route 53 zones${multi ? ` of ${account.name}` : ''} = ${input.config.export.path}/${account.name}/${ZONES_FOLDER}`,
    reason: 'restore drill: the live zones must equal the committed export, or a restore from it would change them',
    details: { account: account.name },
    apply: async () => {
      const committed = await readExportFolder(join(input.repoRoot, folder));
      const compared = (path: string) => path.startsWith(ZONES_FOLDER) || (route53['health-checks'] && path === HEALTH_CHECKS_PATH);
      const committedFiles = [...committed.keys()].filter(compared);
      if (!committedFiles.some((p) => p.startsWith(ZONES_FOLDER))) {
        throw new Error(`no zone files are committed under ${input.config.export.path}/${account.name}/${ZONES_FOLDER}; run the export first, then drill`);
      }
      const live = await exportRoute53(clients.route53(), { zones: route53.zones, healthChecks: route53['health-checks'] });
      if (live.failures.length > 0) throw new Error(`the live export failed: ${live.failures.map((f) => `${f.item}: ${f.error}`).join('; ')}`);
      const liveFiles = new Map(live.files.filter((f) => compared(f.path)).map((f) => [f.path, f.content]));
      const problems: string[] = [];
      for (const [path, content] of liveFiles) {
        const saved = committed.get(path);
        if (saved === undefined) problems.push(`${path} is live but not in the export`);
        else if (saved !== content) problems.push(`${path} differs from the export`);
      }
      for (const path of committedFiles) if (!liveFiles.has(path)) problems.push(`${path} is in the export but not live (zone deleted?)`);
      if (problems.length > 0) throw new Error(`${problems.length} difference${problems.length === 1 ? '' : 's'}: ${problems.join('; ')} — run the export to see the change, or restore the zone from the export`);
      return zoneCheckNote(live.files.filter((f) => compared(f.path)));
    },
  });
}

