/**
 * Where the rendered report goes: the job summary in GitHub Actions, stdout in a terminal.
 * Both take the one renderer's output, so the summary, the PR comment and the CLI agree.
 */
import { stat } from 'node:fs/promises';
import { appendSummary } from '../github/actions-runtime.js';
import { errorMessage } from '../util/concurrency.js';
import { JOB_SUMMARY_MAX_LENGTH, renderMarkdown, renderText } from './render.js';
import type { RenderOptions } from './render.js';
import type { Report } from './report.js';

export const STEP_SUMMARY_ENV = 'GITHUB_STEP_SUMMARY';

export interface SummarySink {
  write(report: Report): Promise<void>;
}

/** Bytes already in this step's summary file: they count against the 1 MiB step limit. */
async function usedSummaryBytes(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/**
 * Appends the report to the job summary when `GITHUB_STEP_SUMMARY` is set; returns whether it
 * wrote anything. Output is shortened to what is left of the step's 1 MiB.
 */
export async function writeJobSummary(
  report: Report,
  options: Omit<RenderOptions, 'maxLength'> & {
    /** More Markdown after the report (e.g. the snapshot coverage table), within the same room; dropped when it does not fit. */
    extras?: readonly string[];
  } = {},
): Promise<boolean> {
  const path = process.env[STEP_SUMMARY_ENV];
  if (!path) return false;
  const { extras = [], ...renderOptions } = options;
  let room = JOB_SUMMARY_MAX_LENGTH - (await usedSummaryBytes(path)) - 2; // the trailing EOL
  const fitting: string[] = [];
  for (const extra of extras) {
    const size = Buffer.byteLength(extra) + 2;
    // The report itself keeps at least half of the room.
    if (size <= room / 2) {
      fitting.push(extra);
      room -= size;
    }
  }
  const markdown = [renderMarkdown(report, { ...renderOptions, maxLength: Math.max(0, room) }), ...fitting].join('\n\n');
  try {
    await appendSummary(path, markdown);
  } catch (error) {
    throw new Error(`Could not write the job summary ($${STEP_SUMMARY_ENV}=${path}): ${errorMessage(error)}`);
  }
  return true;
}

/** The action's sink: the job summary (nothing when not running in GitHub Actions). */
export function jobSummarySink(options: Omit<RenderOptions, 'maxLength'> = {}): SummarySink {
  return {
    write: async (report) => {
      await writeJobSummary(report, options);
    },
  };
}

/** The CLI's sink: Markdown (to paste or pipe) or plain text, written to a stream. */
export function streamSummarySink(
  stream: { write(chunk: string): unknown },
  format: 'markdown' | 'text',
  options: Omit<RenderOptions, 'maxLength'> = {},
): SummarySink {
  return {
    write: async (report) => {
      stream.write(format === 'markdown' ? renderMarkdown(report, options) : renderText(report, options));
    },
  };
}
