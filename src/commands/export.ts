/**
 * The export command's planning: run every enabled exporter for every account, compare with
 * the files in the repository, and turn the difference into plan actions (write, remove,
 * mirror). Exporters never touch files; only the plan's actions do.
 */
import { join, posix } from 'node:path';
import { rm } from 'node:fs/promises';
import { resolveAccounts, type Config, type ResolvedAccount } from '../config/schema.js';
import { exportRoute53 } from '../export/route53.js';
import type { ExportedFile, ExportResult } from '../export/types.js';
import { planExportFiles, readExportFolder, type ExportFileChanges } from '../git/write-exports.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { describeChanges } from '../git/commit-message.js';
import { describeAwsError } from '../aws/errors.js';
import { mapSettled } from '../util/concurrency.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import type { AwsClients } from '../aws/clients.js';
import type { CommandContext } from './context.js';
import type { ExportState } from '../export/export-mode.js';
import { scanCommittedZones, type CommittedZone, type Route53Incremental } from '../export/route53-incremental.js';
import { absorbChangeHistory, describeMode, prepareExportMode, stateAfter, type AccountExportMode } from './export-mode.js';
import type { MirrorCheck } from './mirror.js';

export interface AccountExport {
  account: ResolvedAccount;
  /** Repo-relative folder of this account's export files. */
  folder: string;
  result: ExportResult;
  changes: ExportFileChanges;
  /** Full or incremental, why, and the change feed. */
  mode: AccountExportMode;
  /** One sentence for the summary and the report. */
  modeText: string;
  /** What the export commit records (none after a Route 53 failure without an earlier state). */
  state?: ExportState;
  /** The zone files committed before this run, by zone id (to say who changed a removed zone). */
  committedZones: Map<string, CommittedZone>;
}

/** Runs the exporters of one account side by side; an exporter that throws becomes a failure. */
export async function exportAccount(
  config: Config,
  account: ResolvedAccount,
  clients: AwsClients,
  incremental?: Route53Incremental,
): Promise<ExportResult> {
  const jobs: { item: string; run: () => Promise<ExportResult> }[] = [];
  const { route53, 'load-balancers': lbs } = config.export;
  if (route53.enabled) {
    jobs.push({
      item: 'route53',
      run: () =>
        exportRoute53(clients.route53(), {
          zones: route53.zones,
          healthChecks: route53['health-checks'],
          ...(incremental ? { incremental } : {}),
        }),
    });
  }
  if (lbs.enabled) {
    const includeTargets = lbs['include-targets'];
    for (const region of account.regions) {
      if (lbs.classic) {
        // Each exporter (and its SDK package) is loaded only when its export is on.
        jobs.push({
          item: `elb ${region}`,
          run: async () => (await import('../export/elb.js')).exportClassicLoadBalancers(clients.elb(region), region, { includeTargets }),
        });
      }
      if (lbs.v2) {
        jobs.push({
          item: `elbv2 ${region}`,
          run: async () => (await import('../export/elbv2.js')).exportLoadBalancersV2(clients.elbv2(region), region, { includeTargets }),
        });
      }
    }
  }
  const settled = await mapSettled(jobs, jobs.length, (job) => job.run());
  const merged: ExportResult = { files: [], failures: [], completeScopes: [] };
  settled.forEach((outcome, i) => {
    if (outcome.ok) {
      merged.files.push(...outcome.value.files);
      merged.failures.push(...outcome.value.failures);
      merged.completeScopes.push(...outcome.value.completeScopes);
      if (outcome.value.kept) (merged.kept ??= []).push(...outcome.value.kept);
      if (outcome.value.relisted) merged.relisted = outcome.value.relisted;
      if (outcome.value.changeHistory) merged.changeHistory = outcome.value.changeHistory;
    } else {
      // Nothing is known about this exporter's files: no scope is complete, nothing is removed.
      merged.failures.push({ item: jobs[i]!.item, error: describeAwsError(outcome.error), keepPaths: [] });
    }
  });
  return merged;
}

/** The account's folder inside the repository, e.g. `exports/prod`. */
export function accountFolder(config: Config, account: ResolvedAccount): string {
  return posix.join(config.export.path, account.name);
}

function sectionOf(file: { kind: ExportedFile['kind'] } | undefined, path: string): string {
  const kind = file?.kind;
  if (kind === 'route53-zone' || kind === 'route53-health-checks' || path.startsWith('route53/')) return 'route53';
  return 'load-balancers';
}

/** Exports every account and compares with the repository: one entry per account. */
export async function collectExports(ctx: CommandContext): Promise<AccountExport[]> {
  const accounts = resolveAccounts(ctx.config);
  const settled = await mapSettled(accounts, accounts.length, async (account): Promise<AccountExport> => {
    const folder = accountFolder(ctx.config, account);
    // Read while the first requests are out: only an incremental listing needs the files first.
    const reading = readExportFolder(join(ctx.repoRoot, folder));
    const committedZones = reading.then(scanCommittedZones);
    // Both are awaited below; this only keeps a failed read from going unhandled meanwhile.
    committedZones.catch(() => undefined);
    const mode = await prepareExportMode(ctx, account, folder, committedZones);
    const result = await exportAccount(ctx.config, account, ctx.clientsFor(account), mode.route53);
    const existing = await reading;
    absorbChangeHistory(mode, result);
    const state = stateAfter(mode, result);
    const modeText = describeMode(mode, result);
    return {
      account,
      folder,
      result,
      changes: planExportFiles(existing, result),
      mode,
      modeText,
      committedZones: await committedZones,
      ...(state ? { state } : {}),
    };
  });
  return settled.map((s) => {
    if (!s.ok) throw s.error; // only local I/O can fail here; exporter failures are in the result
    return s.value;
  });
}

/**
 * Turns the compared exports into plan actions: write/remove each file, mirror it to S3 —
 * unless the mirror bucket failed its Object Lock check (`mirrorCheck.uploads` false).
 */
export function planExportActions(ctx: CommandContext, exports: readonly AccountExport[], mirrorCheck?: MirrorCheck): Plan[] {
  const plans: Plan[] = [];
  const mirror = mirrorCheck?.uploads === false ? undefined : ctx.config.export.mirror;
  for (const { account, folder, result, changes } of exports) {
    const prefix = exports.length > 1 ? `${account.name}: ` : '';
    const lines = new Map(describeChanges(changes).map((line) => [line.path, line.line]));
    const byPath = changes.files;
    const builders = new Map<string, PlanBuilder>();
    const builder = (section: string) => {
      let b = builders.get(section);
      if (!b) builders.set(section, (b = new PlanBuilder(section)));
      return b;
    };
    const root = join(ctx.repoRoot, folder);

    for (const path of [...changes.added, ...changes.changed]) {
      const file = byPath.get(path)!;
      const added = changes.added.includes(path);
      const writeId = `export/write/${folder}/${path}`;
      builder(sectionOf(file, path)).add({
        id: writeId,
        kind: 'write',
        target: `${prefix}${file.label}`,
        reason: lines.get(path) ?? (added ? 'new in AWS' : 'changed in AWS'),
        details: { file: posix.join(folder, path) },
        apply: () => writeFileAtomic(join(root, path), file.content),
      });
      if (mirror) {
        const key = `${mirror.prefix}${posix.join(folder, path)}`;
        builder('mirror').add({
          id: `export/mirror/${folder}/${path}`,
          kind: 'mirror',
          target: `s3://${mirror.bucket}/${key}`,
          reason: `copy of ${posix.join(folder, path)} in ${mirror.region}`,
          dependsOn: [writeId],
          apply: async () => (await import('./mirror.js')).uploadMirrorCopy(ctx, account, key, file.content),
        });
      }
    }
    for (const path of changes.removed) {
      builder(sectionOf(undefined, path)).add({
        id: `export/remove/${folder}/${path}`,
        kind: 'remove',
        target: `${prefix}${posix.join(folder, path)}`,
        reason: `${lines.get(path) ?? path}: gone from AWS (its listing completed without it)`,
        details: { file: posix.join(folder, path) },
        apply: () => rm(join(root, path)),
      });
    }
    for (const failure of result.failures) {
      builder(failure.item.startsWith('route53') ? 'route53' : 'load-balancers').error(`${prefix}${failure.item}`, failure.error);
    }
    plans.push(...[...builders.values()].map((b) => b.build()));
  }
  return plans;
}
