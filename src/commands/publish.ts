/**
 * The git phase of an export: one commit for every account's changed files, pushed to the
 * current branch or proposed as one pull request. Planned after the files, applied after them.
 */
import { posix } from 'node:path';
import { buildCommitMessage } from '../git/commit-message.js';
import { publishExports } from '../git/publish.js';
import { Git } from '../git/git.js';
import { hasFileChanges } from '../git/write-exports.js';
import { PlanBuilder, type Plan } from '../plan/plan.js';
import type { AccountExport } from './export.js';
import { attributeChanges } from './export-mode.js';
import { formatStateTrailer } from '../export/export-mode.js';
import type { CommandContext } from './context.js';

export async function planPublish(ctx: CommandContext, exports: readonly AccountExport[]): Promise<Plan> {
  const builder = new PlanBuilder('git');
  const changed = exports.filter((e) => hasFileChanges(e.changes));
  if (changed.length === 0 || ctx.config.commit.mode === 'none') return builder.build();

  const { commit } = ctx.config;
  const message = buildCommitMessage(
    changed.map((e) => ({
      account: e.account.name,
      changes: e.changes,
      authors: attributeChanges(e.mode, e.changes, e.committedZones),
      trailers: e.state ? [formatStateTrailer(e.account.name, e.state)] : [],
    })),
    commit.message,
  );
  const planned = changed.flatMap((e) =>
    [...e.changes.added, ...e.changes.changed, ...e.changes.removed].map((p) => posix.join(e.folder, p)),
  );
  const mode = commit.mode as Exclude<typeof commit.mode, 'none'>;
  const branch = mode === 'pull-request' ? commit.branch : ((await new Git(ctx.repoRoot, ctx.env).currentBranch()) ?? 'HEAD');
  builder.add({
    id: 'git/publish',
    kind: mode === 'pull-request' ? 'pull-request' : 'push',
    target: branch,
    reason: message.subject,
    details: { files: planned.length },
    apply: async () => {
      const result = await publishExports({
        repoRoot: ctx.repoRoot,
        paths: [ctx.config.export.path],
        message,
        mode,
        branch: commit.branch,
        dryRun: false,
        ...(ctx.github ? { github: await ctx.github() } : {}),
        ...(ctx.env ? { env: ctx.env } : {}),
        log: ctx.log,
      });
      if (!result.changed) return 'nothing to commit';
      const pr = result.pullRequest;
      if (pr) return `${pr.created ? 'opened' : 'updated'} pull request #${pr.number} (${result.commit?.slice(0, 7)})`;
      return `committed ${result.commit?.slice(0, 7)} and pushed to ${result.branch}`;
    },
  });
  return builder.build();
}
