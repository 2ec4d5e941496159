/** What every exporter returns: files to write, what failed, and which listings were complete. */
import type { FeedChange } from './route53-feed.js';

export type ExportKind = 'route53-zone' | 'route53-health-checks' | 'elb' | 'elbv2';

export interface ExportedFile {
  /** Posix path relative to the account's export folder, e.g. `route53/example.com.yaml`. */
  path: string;
  content: string;
  kind: ExportKind;
  /** Human label for summaries, e.g. `example.com. (public)` or `us-east-1/my-alb`. */
  label: string;
  /**
   * How many items (records, health checks) the file holds, when the exporter knows: summaries
   * then need not parse the file again (parsing 100,000 records of YAML takes seconds).
   */
  items?: number;
  /** The AWS id of what the file describes (hosted zone id), to attribute changes to it. */
  resourceId?: string;
}

export interface ExportFailure {
  /** What failed, e.g. `route53 zone example.com. (Z123)` or `elbv2 us-east-1`. */
  item: string;
  error: string;
  /** Existing file(s) that belong to the failed item and must be kept untouched. */
  keepPaths: string[];
}

/**
 * A folder (relative path prefix ending in `/`) whose listing fully succeeded: a file in it
 * that is not among `files` and not kept by a failure belongs to something that is gone and
 * may be removed. Folders whose listing failed are simply not listed here.
 */
export interface CompleteScope {
  prefix: string;
  /** Only files whose name matches this are managed in the folder (others are left alone). */
  pattern?: RegExp;
}

export interface ExportResult {
  files: ExportedFile[];
  failures: ExportFailure[];
  completeScopes: CompleteScope[];
  /** Existing files an incremental export left as they are: nothing changed them since the last export. */
  kept?: string[];
  /** Incremental Route 53 export: the zones it re-listed, and why. */
  relisted?: { zone: string; why: string }[];
  /** Incremental Route 53 export: what Change History said (changes, zones read), or why it made the run sweep fully. */
  changeHistory?: { changes: FeedChange[]; read: number; sweptBecause?: string };
}
