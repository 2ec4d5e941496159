/**
 * Warnings and failures as annotations on the workflow run (GitHub Actions) or as prefixed
 * lines on stderr (the CLI), behind one small interface.
 */
import * as runtime from '../github/actions-runtime.js';
import type { Report } from './report.js';

export interface Annotator {
  warning(message: string, title: string): void;
  error(message: string, title: string): void;
}

/** GitHub shows at most 10 warning and 10 error annotations per step; the rest are dropped silently. */
export const GITHUB_ANNOTATIONS_PER_KIND = 10;

export const actionsAnnotator: Annotator = {
  warning: (message, title) => runtime.warning(message, { title }),
  error: (message, title) => runtime.error(message, { title }),
};

export function streamAnnotator(stream: { write(chunk: string): unknown }): Annotator {
  const line = (level: string, message: string, title: string): void => {
    stream.write(`${level}: ${title} — ${message.replace(/\s*\r?\n\s*/g, ' ')}\n`);
  };
  return {
    warning: (message, title) => line('warning', message, title),
    error: (message, title) => line('error', message, title),
  };
}

export interface AnnotateOptions {
  /**
   * Most annotations per kind. When there are more, the last slot says how many were left
   * out instead of letting GitHub drop them silently. Default: GitHub's limit, minus one
   * error slot kept for the `setFailed` message that ends a failed run.
   */
  limit?: number;
}

function emit(
  entries: readonly { title: string; message: string }[],
  send: (message: string, title: string) => void,
  noun: string,
  limit: number,
): void {
  const overflow = entries.length > limit;
  const shown = overflow ? entries.slice(0, Math.max(0, limit - 1)) : entries;
  for (const entry of shown) send(entry.message, entry.title);
  if (overflow) {
    const rest = entries.length - shown.length;
    send(`${rest} more ${noun} not annotated here; the job summary and the JSON report list them all.`, `${rest} more ${noun}`);
  }
}

/** Warnings → warning annotations, failures → error annotations, titled by the item. */
export function annotateReport(report: Report, annotator: Annotator, options: AnnotateOptions = {}): void {
  emit(
    report.warnings.map((w) => ({ title: w.item, message: w.message })),
    (m, t) => annotator.warning(m, t),
    'warnings',
    options.limit ?? GITHUB_ANNOTATIONS_PER_KIND,
  );
  emit(
    report.failures.map((f) => ({ title: f.item, message: f.reason })),
    (m, t) => annotator.error(m, t),
    'failures',
    options.limit ?? GITHUB_ANNOTATIONS_PER_KIND - 1,
  );
}
