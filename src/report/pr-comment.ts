/**
 * The one sticky pull-request comment that shows a run's plan: found by its hidden marker and
 * edited in place on every push, never a new comment per run. Every section (exports,
 * snapshots, lifecycle) shares it, and its text comes from the same renderer as the job
 * summary, cut to GitHub's comment limit.
 */
import type { CommentInfo, GitHubClient } from '../github/client.js';
import { stickyMarker } from '../github/client.js';
import { GITHUB_COMMENT_MAX_LENGTH, renderMarkdown } from './render.js';
import type { RenderOptions } from './render.js';
import type { Report } from './report.js';

/** The marker of the plan comment: `<!-- aws-backup-gitops:plan -->`. */
export const PLAN_COMMENT_MARKER = 'plan';

/** The comment body without the marker, within what GitHub accepts once the marker is added. */
export function planCommentBody(report: Report, options: Omit<RenderOptions, 'maxLength'> = {}): string {
  const room = GITHUB_COMMENT_MAX_LENGTH - Buffer.byteLength(`${stickyMarker(PLAN_COMMENT_MARKER)}\n`, 'utf8');
  return renderMarkdown(report, { ...options, maxLength: room });
}

export async function postPlanComment(
  github: Pick<GitHubClient, 'upsertStickyComment'>,
  prNumber: number,
  report: Report,
  options: Omit<RenderOptions, 'maxLength'> = {},
): Promise<CommentInfo & { created: boolean }> {
  return github.upsertStickyComment(prNumber, PLAN_COMMENT_MARKER, planCommentBody(report, options));
}
