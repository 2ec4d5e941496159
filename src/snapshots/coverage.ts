/**
 * The coverage report: every volume, instance, DB instance and cluster in the configured
 * regions, which policy protects it, and how old its newest snapshot and newest DR copy are.
 * Pure; unprotected and stale resources come back as warnings.
 */
import type { ResourceType } from '../config/snapshots-schema.js';
import { isCopy, type SnapshotRecord, type SourceResource } from './inventory.js';
import { instanceVolumes, TYPE_LABEL, type SelectionResult } from './selection.js';
import { TAG } from './tags.js';

export type CoverageStatus = 'protected' | 'stale' | 'unprotected' | 'conflict' | 'excluded' | 'skipped';

export interface CoverageRow {
  account: string;
  region: string;
  type: ResourceType;
  id: string;
  name?: string;
  /** Policies that snapshot it (a volume: also through its instance; an Aurora member: its cluster's). */
  policies: string[];
  status: CoverageStatus;
  newestSnapshotAgeHours?: number;
  newestCopyAgeHours?: number;
  /** What needs attention, in words. */
  notes: string[];
}

export interface CoverageInput {
  resources: readonly SourceResource[];
  selection: SelectionResult;
  /** Snapshots of every region read (source and DR). */
  snapshots: readonly SnapshotRecord[];
  /** `account|region|id` of resources getting a snapshot / a DR copy in this run. */
  snapshotPlanned: ReadonlySet<string>;
  copyPlanned: ReadonlySet<string>;
  /** Policy name → whether it makes DR copies. */
  policyCopies: ReadonlyMap<string, boolean>;
  staleAfterHours: number;
  now: number;
}

export interface CoverageResult {
  rows: CoverageRow[];
  warnings: { item: string; message: string }[];
}

export const resourceRef = (account: string, region: string, id: string) => `${account}|${region}|${id}`;

const HOUR_MS = 3_600_000;

export function buildCoverage(input: CoverageInput): CoverageResult {
  const { selection, now } = input;
  const newestOwn = new Map<string, number>(); // resource → newest snapshot in its region (any creator)
  const newestCopy = new Map<string, number>(); // resource → newest tool copy in another region
  const bump = (map: Map<string, number>, key: string, at: number) => {
    if ((map.get(key) ?? -Infinity) < at) map.set(key, at);
  };
  for (const s of input.snapshots) {
    if (s.state === 'failed') continue;
    const source = s.tags[TAG.source];
    const sourceRegion = s.tags[TAG.sourceRegion];
    if (isCopy(s)) {
      if (source && sourceRegion) {
        bump(newestCopy, resourceRef(s.account, sourceRegion, source), s.createdAt);
        const volume = s.tags[TAG.volume];
        if (volume) bump(newestCopy, resourceRef(s.account, sourceRegion, volume), s.createdAt);
      }
      continue;
    }
    if (s.resourceId) bump(newestOwn, resourceRef(s.account, s.region, s.resourceId), s.createdAt);
    if (source && sourceRegion === s.region && source !== s.resourceId) bump(newestOwn, resourceRef(s.account, s.region, source), s.createdAt);
  }

  const policiesOf = new Map<string, string[]>();
  const add = (key: string, policy: string) => policiesOf.set(key, [...new Set([...(policiesOf.get(key) ?? []), policy])]);
  const excludedBoot = new Map<string, string>();
  for (const s of selection.selected) {
    const r = s.resource;
    add(resourceRef(r.account, r.region, r.id), s.policy.name);
    if (r.type === 'ec2-instance') {
      const included = new Set(instanceVolumes(s).map((v) => v.id));
      for (const v of r.volumes ?? []) {
        if (included.has(v.id)) add(resourceRef(r.account, r.region, v.id), s.policy.name);
        else excludedBoot.set(resourceRef(r.account, r.region, v.id), `boot volume of ${r.id}, excluded by policy ${s.policy.name}`);
      }
    }
  }
  const conflicts = new Map(selection.conflicts.map((c) => [resourceRef(c.resource.account, c.resource.region, c.resource.id), c.policies]));
  const skipped = new Map(selection.skipped.map((s) => [resourceRef(s.resource.account, s.resource.region, s.resource.id), s]));

  const rows: CoverageRow[] = [];
  const warnings: CoverageResult['warnings'] = [];
  const sorted = [...input.resources].sort((a, b) =>
    `${a.account}|${a.region}|${a.type}|${a.id}` < `${b.account}|${b.region}|${b.type}|${b.id}` ? -1 : 1,
  );
  for (const r of sorted) {
    const key = resourceRef(r.account, r.region, r.id);
    // An Aurora member is protected (or not) by its cluster, and reported there.
    const viaCluster = r.type === 'rds-instance' && r.clusterId ? resourceRef(r.account, r.region, r.clusterId) : undefined;
    const policies = policiesOf.get(viaCluster ?? key) ?? [];
    const ownAt = newestOwn.get(viaCluster ?? key) ?? instanceFallback(r, newestOwn);
    const copyAt = newestCopy.get(viaCluster ?? key);
    const row: CoverageRow = {
      account: r.account,
      region: r.region,
      type: r.type,
      id: r.id,
      policies,
      status: 'protected',
      notes: [],
    };
    if (r.tags.Name) row.name = r.tags.Name;
    if (ownAt !== undefined) row.newestSnapshotAgeHours = round1((now - ownAt) / HOUR_MS);
    if (copyAt !== undefined) row.newestCopyAgeHours = round1((now - copyAt) / HOUR_MS);
    const label = `${TYPE_LABEL[r.type]} ${r.id} (${r.region}${r.account === 'default' ? '' : `, account ${r.account}`})`;
    const conflict = conflicts.get(key);
    const skip = skipped.get(key);
    if (conflict) {
      row.status = 'conflict';
      row.notes.push(`selected by ${conflict.length} policies (${conflict.join(', ')})`);
    } else if (viaCluster) {
      row.status = policies.length > 0 ? 'protected' : 'unprotected';
      row.notes.push(`member of cluster ${r.clusterId}; reported with the cluster`);
      if (skip) {
        // An rds-instance policy matched the member: say so, and point to the cluster.
        const cluster = `${r.engine?.startsWith('aurora') ? 'Aurora' : 'DB'} cluster ${r.clusterId}`;
        const clusterState = policies.length > 0 ? `the cluster is protected by policy ${policies.join(', ')}` : 'no policy protects the cluster';
        row.notes.push(`matched by policy ${skip.policy}, which cannot snapshot a cluster member`);
        warnings.push({
          item: label,
          message: `policy ${skip.policy} matches it, but it is a member of ${cluster}, whose data is snapshotted only as a whole (${clusterState}): select the cluster with a policy of type rds-cluster, and narrow policy ${skip.policy} so it no longer matches the member`,
        });
      }
    } else if (skip) {
      row.status = 'skipped';
      row.notes.push(`policy ${skip.policy}: ${skip.reason}`);
      warnings.push({ item: label, message: `matched by policy ${skip.policy} but ${skip.reason}` });
    } else if (policies.length === 0) {
      const excluded = excludedBoot.get(key);
      if (excluded) {
        row.status = 'excluded';
        row.notes.push(excluded);
      } else {
        row.status = 'unprotected';
        row.notes.push('no policy selects it');
        warnings.push({ item: label, message: 'unprotected: no snapshot policy selects it; tag it for a policy (e.g. Backup: daily) or list its id' });
      }
    } else {
      const limitH = input.staleAfterHours;
      const staleOwn = !input.snapshotPlanned.has(key) && (ownAt === undefined || now - ownAt > limitH * HOUR_MS);
      const wantsCopy = policies.some((p) => input.policyCopies.get(p));
      const staleCopy = wantsCopy && !input.copyPlanned.has(key) && !input.snapshotPlanned.has(key) && (copyAt === undefined || now - copyAt > limitH * HOUR_MS);
      if (staleOwn) row.notes.push(ownAt === undefined ? 'no snapshot yet and none planned in this run' : `newest snapshot is ${row.newestSnapshotAgeHours} h old (stale after ${limitH} h)`);
      if (staleCopy) row.notes.push(copyAt === undefined ? 'no DR copy yet and none planned in this run' : `newest DR copy is ${row.newestCopyAgeHours} h old (stale after ${limitH} h)`);
      if (staleOwn || staleCopy) {
        row.status = 'stale';
        warnings.push({ item: label, message: `stale: ${row.notes.join('; ')} — check earlier runs for failures` });
      }
    }
    if (!viaCluster && r.backupRetentionDays === 0) {
      row.notes.push('automated backups are off (retention 0 days)');
      warnings.push({ item: label, message: 'RDS automated backups are off (backup retention 0 days): no point-in-time restore; set a backup retention period of at least 1 day' });
    }
    rows.push(row);
  }
  return { rows, warnings };
}

/** An instance without snapshots of its own: the oldest of its volumes' newest snapshots. */
function instanceFallback(r: SourceResource, newestOwn: ReadonlyMap<string, number>): number | undefined {
  if (r.type !== 'ec2-instance' || !r.volumes?.length) return undefined;
  const times = r.volumes.map((v) => newestOwn.get(resourceRef(r.account, r.region, v.id)));
  return times.every((t) => t !== undefined) ? Math.min(...(times as number[])) : undefined;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

const STATUS_ORDER: CoverageStatus[] = ['unprotected', 'conflict', 'stale', 'skipped', 'excluded', 'protected'];

/** Markdown: counts per region and type, then the rows that need attention (at most `maxRows`). */
export function renderCoverageMarkdown(rows: readonly CoverageRow[], maxRows = 100): string {
  if (rows.length === 0) return '### Snapshot coverage\n\nNo EBS volumes, EC2 instances, DB instances or DB clusters found in the configured regions.\n';
  const groups = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    const key = `${row.account}|${row.region}|${row.type}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const lines = [
    '### Snapshot coverage',
    '',
    '| Account | Region | Type | Total | Protected | Unprotected | Stale | Other |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [key, group] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [account, region, type] = key.split('|') as [string, string, ResourceType];
    const n = (s: CoverageStatus) => group.filter((r) => r.status === s).length;
    const other = group.length - n('protected') - n('unprotected') - n('stale');
    lines.push(`| ${account} | ${region} | ${TYPE_LABEL[type]} | ${group.length} | ${n('protected')} | ${n('unprotected')} | ${n('stale')} | ${other} |`);
  }
  const attention = rows
    .filter((r) => r.status !== 'protected' && r.status !== 'excluded')
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  if (attention.length > 0) {
    lines.push('', '| Status | Resource | Region | Policies | Newest snapshot | Newest DR copy | Notes |', '| --- | --- | --- | --- | ---: | ---: | --- |');
    for (const r of attention.slice(0, maxRows)) {
      const name = r.name ? ` (${escapeCell(r.name)})` : '';
      lines.push(
        `| ${r.status} | ${TYPE_LABEL[r.type]} \`${r.id}\`${name} | ${r.region} | ${r.policies.join(', ') || '—'} | ${age(r.newestSnapshotAgeHours)} | ${age(r.newestCopyAgeHours)} | ${escapeCell(r.notes.join('; '))} |`,
      );
    }
    if (attention.length > maxRows) lines.push('', `…and ${attention.length - maxRows} more resources that need attention.`);
  }
  return `${lines.join('\n')}\n`;
}

function age(hours: number | undefined): string {
  if (hours === undefined) return 'none';
  return hours >= 48 ? `${Math.floor(hours / 24)} d` : `${hours} h`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
