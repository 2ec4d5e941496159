/**
 * Plans the `snapshots:` section: reads every configured region (read-only calls), decides
 * per resource what is due, which DR copies are missing and what retention deletes or
 * archives, and returns a Plan (sections `snapshots:<policy>`) whose actions do the AWS
 * calls, plus the coverage report. The decisions themselves are the pure modules (selection,
 * due, retention, coverage); this file gathers their inputs and turns decisions into actions.
 */
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError } from '../aws/errors.js';
import type { CopyConfig, RetentionRules, SnapshotPolicy, SnapshotsConfig } from '../config/snapshots-schema.js';
import type { Config, ResolvedAccount } from '../config/schema.js';
import { planAction, type Plan, type PlanAction, type PlanIssue } from '../plan/plan.js';
import { mapSettled } from '../util/concurrency.js';
import { copyApply, deleteApply, archiveApply, snapshotApply, type SnapshotHandle } from './actions.js';
import { buildCoverage, renderCoverageMarkdown, resourceRef, type CoverageRow } from './coverage.js';
import { DRIVERS, rdsSnapshotName, type SourceSnapshot } from './drivers.js';
import { copyDue, snapshotDue } from './due.js';
import { listAmiSnapshots, listEbsResources, listEbsSnapshots } from './ec2-inventory.js';
import {
  chainKey,
  chainKeyOf,
  isCopy,
  pointInTime,
  SNAPSHOT_KIND_OF,
  type RegionInventory,
  type SnapshotKind,
  type SnapshotRecord,
  type SourceResource,
} from './inventory.js';
import { checkCopyKey, type KeyCheck } from './kms.js';
import { listRdsResources, listRdsSnapshots, readRdsQuotas } from './rds-inventory.js';
import { planRetention, type RetentionDecision, type RetentionItem } from './retention.js';
import { SnapshotRuntime, type CopyClass } from './runtime.js';
import { instanceVolumes, selectResources, TYPE_LABEL, type Selection } from './selection.js';
import { isToolOwned, mergeTags, TAG, toolTags, userTags, type Tags } from './tags.js';

export const SNAPSHOTS_SECTION = 'snapshots';
export const policySection = (policy: string) => `${SNAPSHOTS_SECTION}:${policy}`;

/** Actions that mostly wait (snapshots, copies): the apply loop should run this many at once. */
export const SNAPSHOT_APPLY_CONCURRENCY = 512;

export interface PlanSnapshotsInput {
  config: Config;
  accounts: ResolvedAccount[];
  clientsFor(account: ResolvedAccount): AwsClients;
  now: Date;
  log(line: string): void;
  /** How long apply waits for snapshots and copies; default `snapshots.wait-minutes`. */
  waitBudgetMs?: number;
  /** Between status polls (default 15 s); tests and the benchmark use less. */
  pollMs?: number;
  /** Between progress lines while waiting (default 60 s). */
  progressEveryMs?: number;
  /** First back-off on copy-limit and quota errors (default 30 s). */
  limitDelayMs?: number;
  copyLimits?: Partial<Record<CopyClass, number>>;
}

export interface SnapshotPlanResult {
  plan: Plan;
  coverage: CoverageRow[];
  coverageMarkdown: string;
  /** Shared by the plan's actions; exposes the peak copies in progress per destination. */
  runtime: SnapshotRuntime;
}

/** The top-level config as far as this module reads it (the key is added to the schema by the lead). */
type ConfigWithSnapshots = Config & { snapshots?: SnapshotsConfig };

export async function planSnapshots(input: PlanSnapshotsInput): Promise<SnapshotPlanResult> {
  const section = (input.config as ConfigWithSnapshots).snapshots;
  const runtime = new SnapshotRuntime({
    waitBudgetMs: input.waitBudgetMs ?? (section?.['wait-minutes'] ?? 20) * 60_000,
    pollMs: input.pollMs ?? 15_000,
    progressEveryMs: input.progressEveryMs ?? 60_000,
    limitDelayMs: input.limitDelayMs ?? 30_000,
    log: input.log,
    ...(input.copyLimits && { copyLimits: input.copyLimits }),
  });
  if (!section) return { plan: { actions: [], warnings: [], errors: [] }, coverage: [], coverageMarkdown: '', runtime };

  const now = input.now.getTime();
  const planner = new Planner(section, input, runtime, now);
  const accounts = await mapSettled(input.accounts, 4, (account) => planner.planAccount(account));
  accounts.forEach((result, i) => {
    if (!result.ok) planner.error(SNAPSHOTS_SECTION, `account ${input.accounts[i]!.name}`, `planning failed: ${describeAwsError(result.error)}`);
  });
  return planner.finish();
}

class Planner {
  /** Each snapshot followed by its copies: the apply loop starts in plan order, so copies pipeline behind their snapshot. */
  private readonly creates: PlanAction[] = [];
  private readonly archives: PlanAction[] = [];
  private readonly deletes: PlanAction[] = [];
  private readonly warnings: PlanIssue[] = [];
  private readonly errors: PlanIssue[] = [];
  private readonly resources: SourceResource[] = [];
  private readonly allSnapshots: SnapshotRecord[] = [];
  private readonly snapshotPlanned = new Set<string>();
  private readonly copyPlanned = new Set<string>();
  private readonly selection = { selected: [], conflicts: [], skipped: [], overlaps: [] } as ReturnType<typeof selectResources>;
  private readonly multiAccount: boolean;

  constructor(
    private readonly config: SnapshotsConfig,
    private readonly input: PlanSnapshotsInput,
    private readonly runtime: SnapshotRuntime,
    private readonly now: number,
  ) {
    this.multiAccount = input.accounts.length > 1;
  }

  warn(section: string, item: string, message: string): void {
    this.warnings.push({ section, item, message });
  }

  error(section: string, item: string, message: string): void {
    this.errors.push({ section, item, message });
  }

  private where(account: string, region: string): string {
    return this.multiAccount ? `${account}/${region}` : region;
  }

  async planAccount(account: ResolvedAccount): Promise<void> {
    const clients = this.input.clientsFor(account);
    const policies = this.config.policies;
    const sourceRegions: string[] = [...account.regions];
    const copyRegions = (kinds: SnapshotKind[]) =>
      new Set(policies.filter((p) => kinds.includes(SNAPSHOT_KIND_OF[p.resources.type])).flatMap((p) => p.copies.map((c) => c.region as string)));
    const ebsDest = copyRegions(['ebs']);
    const rdsDest = copyRegions(['rds-instance', 'rds-cluster']);
    const regions = [...new Set([...sourceRegions, ...ebsDest, ...rdsDest])];

    const [inventories, keys] = await Promise.all([
      Promise.all(regions.map((region) => this.readRegion(clients, account.name, region, sourceRegions.includes(region), ebsDest.has(region), rdsDest.has(region)))),
      this.checkKeys(clients, account.name),
    ]);
    const byRegion = new Map(inventories.map((inv) => [inv.region, inv]));
    for (const inv of inventories) {
      this.resources.push(...inv.resources);
      this.allSnapshots.push(...inv.snapshots);
      for (const failure of inv.failures) {
        this.error(SNAPSHOTS_SECTION, `${failure.what === 'ebs' ? 'EC2/EBS' : 'RDS'} in ${this.where(account.name, inv.region)}`, `${failure.message}; nothing is snapshotted, copied or deleted there in this run`);
      }
    }

    const selection = selectResources(policies, inventories.flatMap((inv) => inv.resources));
    this.selection.selected.push(...selection.selected);
    this.selection.conflicts.push(...selection.conflicts);
    this.selection.skipped.push(...selection.skipped);
    for (const c of selection.conflicts) {
      this.error(
        SNAPSHOTS_SECTION,
        `${TYPE_LABEL[c.resource.type]} ${c.resource.id} (${this.where(account.name, c.resource.region)})`,
        `selected by ${c.policies.length} policies of type ${c.resource.type} (${c.policies.join(' and ')}); it is not snapshotted until exactly one policy selects it — narrow the tags or ids of one policy`,
      );
    }
    for (const o of selection.overlaps) {
      this.warn(
        policySection(o.instancePolicy),
        `EBS volume ${o.volume} (${this.where(account.name, o.region)})`,
        `snapshotted twice: by policy ${o.volumePolicy} (ebs-volume) and with instance ${o.instance} by policy ${o.instancePolicy}; select it in one of them only`,
      );
    }

    // Tool snapshots per side and chain.
    const chains = new Map<string, SnapshotRecord[]>();
    const orphans = new Map<string, number>();
    const known = new Set(policies.map((p) => p.name));
    for (const inv of inventories) {
      for (const s of inv.snapshots) {
        if (!isToolOwned(s.tags) || s.automated) continue;
        if (!known.has(s.tags[TAG.policy]!)) {
          orphans.set(s.tags[TAG.policy]!, (orphans.get(s.tags[TAG.policy]!) ?? 0) + 1);
          continue;
        }
        const key = `${s.region}|${chainKey(s)}`;
        chains.set(key, [...(chains.get(key) ?? []), s]);
      }
    }
    for (const [policy, count] of [...orphans.entries()].sort()) {
      this.warn(SNAPSHOTS_SECTION, `policy ${policy}${this.multiAccount ? ` (account ${account.name})` : ''}`, `${count} snapshot(s) carry policy "${policy}", which is not in the config; they are kept untouched — add the policy back to manage them, or delete them by hand`);
    }

    const handled = new Set<string>();
    for (const sel of selection.selected) this.planResource(clients, account, sel, chains, byRegion, keys, handled);
    this.planLeftoverChains(clients, account, chains, byRegion, handled);
    this.checkQuotas(account.name, inventories);
  }

  private async readRegion(clients: AwsClients, account: string, region: string, source: boolean, ebsDest: boolean, rdsDest: boolean): Promise<RegionInventory> {
    const inv: RegionInventory = { account, region, resources: [], snapshots: [], quotas: {}, failures: [] };
    const ebs = async () => {
      if (!source && !ebsDest) return;
      const ec2 = clients.ec2(region);
      try {
        const [resources, snapshots, amis] = await Promise.all([
          source ? listEbsResources(ec2, account, region) : Promise.resolve([]),
          listEbsSnapshots(ec2, account, region, this.now),
          listAmiSnapshots(ec2),
        ]);
        for (const s of snapshots) {
          const ami = amis.get(s.id);
          if (ami) s.inUse = `registered to AMI ${ami}`;
        }
        inv.resources.push(...resources);
        inv.snapshots.push(...snapshots);
      } catch (error) {
        inv.failures.push({ what: 'ebs', message: describeAwsError(error, { region }) });
      }
    };
    const rds = async () => {
      if (!source && !rdsDest) return;
      const client = clients.rds(region);
      try {
        const [resources, snapshots] = await Promise.all([
          source ? listRdsResources(client, account, region) : Promise.resolve([]),
          listRdsSnapshots(client, account, region, this.now),
        ]);
        inv.resources.push(...resources);
        inv.snapshots.push(...snapshots);
      } catch (error) {
        inv.failures.push({ what: 'rds', message: describeAwsError(error, { region }) });
        return;
      }
      try {
        inv.quotas = await readRdsQuotas(client);
      } catch (error) {
        this.warn(SNAPSHOTS_SECTION, `RDS quotas in ${this.where(account, region)}`, `cannot check the manual snapshot quota: ${describeAwsError(error, { region })}`);
      }
    };
    await Promise.all([ebs(), rds()]);
    return inv;
  }

  /** DescribeKey once per (region, key) before any copy is planned. */
  private async checkKeys(clients: AwsClients, account: string): Promise<Map<string, KeyCheck>> {
    const wanted = new Set<string>();
    for (const p of this.config.policies) for (const c of p.copies) if (c['kms-key']) wanted.add(`${c.region}|${c['kms-key']}`);
    const checks = new Map<string, KeyCheck>();
    await Promise.all(
      [...wanted].map(async (key) => {
        const [region, keyId] = key.split('|') as [string, string];
        checks.set(key, await checkCopyKey(clients, region, keyId));
      }),
    );
    const reported = new Set<string>();
    for (const p of this.config.policies) {
      p.copies.forEach((c, i) => {
        const check = c['kms-key'] ? checks.get(`${c.region}|${c['kms-key']}`) : undefined;
        const id = `${p.name}|${c.region}`;
        if (check && !check.ok && !reported.has(id)) {
          reported.add(id);
          this.error(
            policySection(p.name),
            `copies to ${c.region}${this.multiAccount ? ` (account ${account})` : ''}`,
            `${check.message} (snapshots.policies.${p.name}.copies[${i}].kms-key); no copies to ${c.region} are made for this policy until it is fixed`,
          );
        }
      });
    }
    return checks;
  }

  private planResource(
    clients: AwsClients,
    account: ResolvedAccount,
    sel: Selection,
    chains: Map<string, SnapshotRecord[]>,
    byRegion: Map<string, RegionInventory>,
    keys: Map<string, KeyCheck>,
    handled: Set<string>,
  ): void {
    const { policy, resource } = sel;
    const kind = SNAPSHOT_KIND_OF[resource.type];
    const driver = DRIVERS[kind];
    const section = policySection(policy.name);
    const region = resource.region;
    const label = `${this.where(account.name, region)}/${resource.id}`;
    const ref = resourceRef(account.name, region, resource.id);
    const volumes = resource.type === 'ec2-instance' ? instanceVolumes(sel).map((v) => v.id) : [resource.id];
    const chainIds = resource.type === 'ec2-instance' ? [...new Set([...volumes, ...this.chainVolumes(chains, region, policy.name, resource.id)])] : [resource.id];
    const sourceChain = (volume: string) => (chains.get(`${region}|${chainKeyOf(policy.name, region, resource.id, volume)}`) ?? []).filter((s) => !isCopy(s));
    const existing = chainIds.flatMap(sourceChain);
    const due = snapshotDue(policy.schedule, existing.filter((s) => s.state !== 'failed').map(pointInTime), this.now);

    let snapshotId: string | undefined;
    const handle: SnapshotHandle = { snapshots: [] };
    const sourceUserTags = policy['copy-tags'] ? userTags(resource.tags) : {};
    if (due.due) {
      const own = toolTags({ policy: policy.name, tier: due.tier, source: resource.id, sourceRegion: region });
      const tags = resource.type === 'ec2-instance' ? own : mergeTags(mergeTags(own, resource.restoreSettings ?? {}), sourceUserTags);
      const rdsKind = kind === 'ebs' ? undefined : kind;
      snapshotId = `${section}/snapshot/${account.name}/${region}/${resource.id}`;
      this.snapshotPlanned.add(ref);
      this.push(
        this.creates,
        planAction(section, {
          id: snapshotId,
          kind: 'snapshot',
          target: `${TYPE_LABEL[resource.type]} ${label}${resource.type === 'ec2-instance' ? ` (${volumes.length} volume${volumes.length === 1 ? '' : 's'})` : ''}`,
          reason: due.reason,
          details: { account: account.name, region, resource: resource.id, tier: due.tier },
          apply: snapshotApply({
            runtime: this.runtime,
            clients,
            driver,
            handle,
            request: {
              resourceId: resource.id,
              region,
              ...(resource.type === 'ec2-instance' && {
                instance: { excludeBootVolume: policy.resources['exclude-boot-volume'] ?? false, copyVolumeTags: policy['copy-tags'] },
              }),
              tags,
              name: rdsKind ? rdsSnapshotName(rdsKind, resource.id, policy.name, this.now) : '',
              description: `aws-backup-gitops ${policy.name} ${resource.id}`,
              now: this.now,
            },
          }),
        }),
        kind,
      );
    }

    // Copies and DR-side retention, per destination.
    const copyIds = new Map<string, string>();
    const copiedVolumes = new Map<string, Set<string>>();
    for (const copy of policy.copies) {
      if (copy.region === region) continue;
      const dest = byRegion.get(copy.region);
      const target = `${label} → ${copy.region}`;
      if (dest?.failures.some((f) => f.what === (kind === 'ebs' ? 'ebs' : 'rds'))) continue; // reported with the listing
      const key = copy['kms-key'] ? keys.get(`${copy.region}|${copy['kms-key']}`) : undefined;
      if (key && !key.ok) continue; // one error per policy and destination, reported by checkKeys
      const problem = this.copyProblem(resource, copy);
      if (problem) {
        this.error(section, `${TYPE_LABEL[resource.type]} ${label}`, problem);
        continue;
      }
      let sources: (() => SourceSnapshot[]) | undefined;
      let reason: string;
      if (snapshotId) {
        sources = () =>
          handle.snapshots.map((s) => ({
            ...s,
            ...(resource.encrypted !== undefined && { encrypted: resource.encrypted }),
            tags: { ...sourceUserTagsFor(resource, s.volumeId, byRegion, policy), ...s.tags },
          }));
        reason = `DR copy of the new snapshot`;
      } else {
        const pending: SourceSnapshot[] = [];
        const reasons: string[] = [];
        for (const volume of chainIds) {
          const copies = (chains.get(`${copy.region}|${chainKeyOf(policy.name, region, resource.id, volume)}`) ?? []).filter(isCopy);
          const decision = copyDue(
            sourceChain(volume).map((s) => ({ id: s.id, takenAt: pointInTime(s), state: s.state })),
            copies.map((c) => ({ id: c.id, takenAt: pointInTime(c), state: c.state, ...(c.tags[TAG.sourceSnapshot] && { sourceSnapshot: c.tags[TAG.sourceSnapshot] }) })),
          );
          const record = decision.snapshot && sourceChain(volume).find((s) => s.id === decision.snapshot!.id);
          if (record) {
            copiedVolumes.set(copy.region, new Set([...(copiedVolumes.get(copy.region) ?? []), volume]));
            pending.push({
              id: record.id,
              ...(record.arn && { arn: record.arn }),
              ...(record.resourceId && { volumeId: record.resourceId }),
              takenAt: pointInTime(record),
              tags: record.tags,
              completed: record.state === 'completed',
              ...(record.encrypted !== undefined && { encrypted: record.encrypted }),
            });
            reasons.push(decision.reason);
          }
        }
        if (pending.length > 0) {
          sources = () => pending;
          reason = reasons.join('; ');
        } else reason = '';
      }
      if (sources) {
        const id = `${section}/copy/${account.name}/${copy.region}/${resource.id}`;
        copyIds.set(copy.region, id);
        this.copyPlanned.add(ref);
        this.push(
          this.creates,
          planAction(section, {
            id,
            kind: 'copy',
            target,
            reason,
            details: { account: account.name, region, destination: copy.region, resource: resource.id, ...(key?.ok && { 'kms-key': key.arn }) },
            ...(snapshotId && { dependsOn: [snapshotId] }),
            apply: copyApply({
              runtime: this.runtime,
              clients,
              driver,
              sources,
              sourceRegion: region,
              destination: copy.region,
              ...(key?.ok && { kmsKeyArn: key.arn }),
              ...(copy['option-group'] && { optionGroup: copy['option-group'] }),
              copySourceTags: policy['copy-tags'],
            }),
          }),
          kind,
        );
      }
    }

    // Retention on both sides, with the snapshots and copies this run makes counted in.
    for (const volume of chainIds) {
      const chainKeyValue = chainKeyOf(policy.name, region, resource.id, volume);
      const planned = snapshotId && volumes.includes(volume) ? snapshotId : undefined;
      handled.add(`${region}|${chainKeyValue}`);
      this.planRetention(clients, account.name, policy, kind, region, chains.get(`${region}|${chainKeyValue}`)?.filter((s) => !isCopy(s)) ?? [], policy.retention, false, planned, resource.id, policy['archive-after-days']);
      for (const copy of policy.copies) {
        if (copy.region === region) continue;
        handled.add(`${copy.region}|${chainKeyValue}`);
        const copies = (chains.get(`${copy.region}|${chainKeyValue}`) ?? []).filter(isCopy);
        const copiesVolume = snapshotId ? volumes.includes(volume) : (copiedVolumes.get(copy.region)?.has(volume) ?? false);
        const plannedCopy = copiesVolume ? copyIds.get(copy.region) : undefined;
        this.planRetention(clients, account.name, policy, kind, copy.region, copies, copy.retention ?? policy.retention, true, plannedCopy, resource.id, copy['archive-after-days'] ?? policy['archive-after-days']);
      }
    }
  }

  /** Volumes an instance's existing snapshots were taken of (volumes may have been detached since). */
  private chainVolumes(chains: Map<string, SnapshotRecord[]>, region: string, policy: string, instance: string): string[] {
    const prefix = `${region}|${chainKeyOf(policy, region, instance, '')}`;
    return [...chains.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).filter(Boolean);
  }

  private copyProblem(resource: SourceResource, copy: CopyConfig): string | undefined {
    if (resource.type === 'rds-instance' && resource.optionGroup && !copy['option-group']) {
      return `uses option group ${resource.optionGroup}, so its snapshot copies to ${copy.region} need an option group there: set copies option-group for ${copy.region} (e.g. an option group created in ${copy.region} for ${resource.engine ?? 'the engine'})`;
    }
    if ((resource.type === 'rds-instance' || resource.type === 'rds-cluster') && resource.encrypted && !copy['kms-key']) {
      return `is encrypted, and RDS copies encrypted snapshots across regions only with a KMS key of the destination: set kms-key for the copies to ${copy.region}`;
    }
    return undefined;
  }

  /** Chains of tool snapshots whose resource is gone or no longer selected: retention still applies. */
  private planLeftoverChains(clients: AwsClients, account: ResolvedAccount, chains: Map<string, SnapshotRecord[]>, byRegion: Map<string, RegionInventory>, handled: Set<string>): void {
    const policies = new Map(this.config.policies.map((p) => [p.name, p]));
    const conflicted = new Set(this.selection.conflicts.map((c) => resourceRef(c.resource.account, c.resource.region, c.resource.id)));
    for (const key of [...chains.keys()].sort()) {
      if (handled.has(key)) continue;
      const records = chains.get(key)!;
      const first = records[0]!;
      const policy = policies.get(first.tags[TAG.policy]!)!;
      const sourceRegion = first.tags[TAG.sourceRegion]!;
      const source = first.tags[TAG.source]!;
      // A resource selected by two policies is an error; its snapshots are left alone until resolved.
      if (conflicted.has(resourceRef(account.name, sourceRegion, source))) continue;
      if (!byRegion.has(first.region)) continue;
      const side = isCopy(first);
      const copy = policy.copies.find((c) => c.region === first.region);
      if (side && !copy) {
        // Copies in a region the policy no longer copies to: kept, but keep the newest.
        this.planRetention(clients, account.name, policy, first.kind, first.region, records.filter(isCopy), policy.retention, true, undefined, source, undefined);
        continue;
      }
      const rules: RetentionRules = side ? (copy?.retention ?? policy.retention) : policy.retention;
      const archive = side ? (copy?.['archive-after-days'] ?? policy['archive-after-days']) : policy['archive-after-days'];
      this.planRetention(clients, account.name, policy, first.kind, first.region, records.filter((r) => isCopy(r) === side), rules, side, undefined, source, archive);
    }
  }

  private planRetention(
    clients: AwsClients,
    account: string,
    policy: SnapshotPolicy,
    kind: SnapshotKind,
    region: string,
    records: readonly SnapshotRecord[],
    rules: RetentionRules,
    copySide: boolean,
    plannedBy: string | undefined,
    source: string,
    archiveAfterDays: number | undefined,
  ): void {
    if (records.length === 0) return;
    const section = policySection(policy.name);
    const items: RetentionItem[] = records.map((s) => ({
      id: s.id,
      takenAt: pointInTime(s),
      state: s.state,
      owned: isToolOwned(s.tags),
      ...(s.inUse && { inUse: s.inUse }),
      ...(s.storageTier && { storageTier: s.storageTier }),
    }));
    const archive = kind === 'ebs' ? archiveAfterDays : undefined;
    const common = { rules, now: this.now, keepNewestCompleted: copySide, ...(archive !== undefined && { archiveAfterDays: archive }) };
    const baseline = planRetention({ ...common, items });
    let decisions: RetentionDecision[] = baseline;
    if (plannedBy) {
      // The snapshot made in this run counts too; what it pushes out is deleted only once it exists.
      const NEW = '\u0000new';
      decisions = planRetention({ ...common, items: [...items, { id: NEW, takenAt: this.now, state: 'completed', owned: true }] }).filter((d) => d.id !== NEW);
    }
    const deletedBefore = new Set(baseline.filter((d) => d.action === 'delete').map((d) => d.id));
    const byId = new Map(records.map((r) => [r.id, r]));
    const driver = DRIVERS[kind];
    for (const d of decisions) {
      const record = byId.get(d.id)!;
      const target = `${this.where(account, region)}/${d.id} (${source})`;
      const details = { account, region, snapshot: d.id, resource: source, 'taken-at': new Date(pointInTime(record)).toISOString() };
      if (d.action === 'delete') {
        this.push(
          this.deletes,
          planAction(section, {
            id: `${section}/delete/${account}/${region}/${d.id}`,
            kind: 'delete',
            target,
            reason: `${copySide ? 'DR copy ' : ''}${d.reason}`,
            details,
            ...(plannedBy && !deletedBefore.has(d.id) && { dependsOn: [plannedBy] }),
            apply: deleteApply(this.runtime, clients, driver, region, d.id),
          }),
          kind,
        );
      } else if (d.action === 'archive') {
        this.push(
          this.archives,
          planAction(section, {
            id: `${section}/archive/${account}/${region}/${d.id}`,
            kind: 'archive',
            target,
            reason: d.reason,
            details,
            apply: archiveApply(this.runtime, clients, region, d.id),
          }),
          kind,
        );
      } else if (d.protectedBy === 'in-use') {
        this.warn(section, `snapshot ${d.id} (${this.where(account, region)})`, d.reason);
      }
      if (record.state === 'failed' && record.tags[TAG.createdBy]) {
        this.warn(section, `snapshot ${d.id} (${this.where(account, region)})`, `is in state ${record.status}; it is kept for inspection — delete it by hand once the cause is known`);
      }
    }
  }

  /** RDS manual snapshot quota per region: warn before this run would reach it. */
  private checkQuotas(account: string, inventories: RegionInventory[]): void {
    for (const inv of inventories) {
      for (const [kind, quota, what] of [
        ['rds-instance', inv.quotas.instanceSnapshots, 'manual DB snapshots'],
        ['rds-cluster', inv.quotas.clusterSnapshots, 'manual DB cluster snapshots'],
      ] as const) {
        if (!quota) continue;
        const inRegion = (a: PlanAction) => a.details?.account === account && (a.kind === 'copy' ? a.details?.destination : a.details?.region) === inv.region;
        const ofKind = (a: PlanAction) => this.kindOfAction(a) === kind;
        const adds = this.creates.filter((a) => inRegion(a) && ofKind(a)).length;
        const removes = this.deletes.filter((a) => inRegion(a) && ofKind(a)).length;
        if (adds === 0 && quota.used < quota.max * 0.9) continue;
        const peak = quota.used + adds;
        const after = peak - removes;
        const item = `RDS quota in ${this.where(account, inv.region)}`;
        const fix = 'lower the retention counts, delete unneeded manual snapshots, or request a quota increase (Service Quotas: "Manual DB instance snapshots")';
        if (peak > quota.max) {
          this.warn(SNAPSHOTS_SECTION, item, `${quota.used} of ${quota.max} ${what} are used; this run adds ${adds} and deletes ${removes} afterwards, so it reaches the quota and new snapshots wait for deletes: ${fix}`);
        } else if (after >= quota.max * 0.9) {
          this.warn(SNAPSHOTS_SECTION, item, `${after} of ${quota.max} ${what} will be used after this run (${Math.round((after / quota.max) * 100)}%): ${fix}`);
        }
      }
    }
  }

  /** Action id → the kind of snapshot it makes or deletes (for the quota check). */
  private readonly actionKinds = new Map<string, SnapshotKind>();

  private kindOfAction(action: PlanAction): SnapshotKind | undefined {
    return this.actionKinds.get(action.id);
  }

  private push(list: PlanAction[], action: PlanAction, kind: SnapshotKind): void {
    list.push(action);
    this.actionKinds.set(action.id, kind);
  }

  finish(): SnapshotPlanResult {
    const policyCopies = new Map(this.config.policies.map((p) => [p.name, p.copies.length > 0]));
    const coverage = buildCoverage({
      resources: this.resources,
      selection: this.selection,
      snapshots: this.allSnapshots,
      snapshotPlanned: this.snapshotPlanned,
      copyPlanned: this.copyPlanned,
      policyCopies,
      staleAfterHours: this.config.coverage['stale-after-hours'],
      now: this.now,
    });
    for (const w of coverage.warnings) this.warn(SNAPSHOTS_SECTION, w.item, w.message);
    return {
      plan: { actions: [...this.creates, ...this.archives, ...this.deletes], warnings: this.warnings, errors: this.errors },
      coverage: coverage.rows,
      coverageMarkdown: renderCoverageMarkdown(coverage.rows),
      runtime: this.runtime,
    };
  }
}

/** Instance sets: a snapshot's tags include its volume's own tags (CopyTagsFromSource), so its copy gets them too. */
function sourceUserTagsFor(resource: SourceResource, volumeId: string | undefined, byRegion: Map<string, RegionInventory>, policy: SnapshotPolicy): Tags {
  if (!policy['copy-tags'] || resource.type !== 'ec2-instance' || !volumeId) return {};
  const volume = byRegion.get(resource.region)?.resources.find((r) => r.type === 'ebs-volume' && r.id === volumeId);
  return volume ? userTags(volume.tags) : {};
}
