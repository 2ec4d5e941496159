/**
 * Turns an ExportResult into file changes in an account's export folder.
 *
 * Paths: every path in `ExportFileChanges` is posix and relative to the account's export
 * folder (`<export.path>/<account>/`), exactly like `ExportedFile.path`. Callers that need
 * repository paths (git, the commit message) join them with that folder's repo-relative path.
 *
 * Rules ("nothing lost"):
 * - a file of the result is written only when its bytes differ (identical files are not touched);
 * - an existing file is removed only when it lies directly in a complete scope's folder, its name
 *   matches the scope's pattern, it is not among the result's files and no failure keeps it;
 * - anything else in the folder (a README, files of failed listings) is left alone.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { mapLimit } from '../util/concurrency.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { join, posix } from 'node:path';
import type { CompleteScope, ExportResult, ExportedFile } from '../export/types.js';

export interface ExportFileChanges {
  /** Paths (relative to the export folder) of files the result adds. */
  added: string[];
  /** Files whose content differs from the existing file. */
  changed: string[];
  /** Existing files that belong to something gone (complete scope, not kept). */
  removed: string[];
  /** Result files that are byte-identical to the existing file (never rewritten). */
  unchanged: string[];
  /** Old content of every changed and removed file, by path. */
  before: Map<string, string>;
  /** New content of every added and changed file, by path. */
  after: Map<string, string>;
  /** The result's files by path (kind and label for summaries). */
  files: Map<string, ExportedFile>;
}

export function hasFileChanges(changes: ExportFileChanges): boolean {
  return changes.added.length + changes.changed.length + changes.removed.length > 0;
}

/** Pure planning: compares the existing files (path → content) with the export result. */
export function planExportFiles(
  existing: ReadonlyMap<string, string>,
  result: ExportResult,
): ExportFileChanges {
  const changes: ExportFileChanges = {
    added: [],
    changed: [],
    removed: [],
    unchanged: [],
    before: new Map(),
    after: new Map(),
    files: new Map(),
  };
  for (const file of result.files) {
    assertSafeRelativePath(file.path);
    if (changes.files.has(file.path)) {
      throw new Error(`export result lists the file ${file.path} twice`);
    }
    changes.files.set(file.path, file);
    const old = existing.get(file.path);
    if (old === undefined) {
      changes.added.push(file.path);
      changes.after.set(file.path, file.content);
    } else if (old === file.content) {
      changes.unchanged.push(file.path);
    } else {
      changes.changed.push(file.path);
      changes.before.set(file.path, old);
      changes.after.set(file.path, file.content);
    }
  }

  const kept = new Set([...result.failures.flatMap((failure) => failure.keepPaths), ...(result.kept ?? [])]);
  for (const [path, content] of existing) {
    if (changes.files.has(path) || kept.has(path)) continue;
    if (!result.completeScopes.some((scope) => isManagedBy(scope, path))) continue;
    changes.removed.push(path);
    changes.before.set(path, content);
  }

  for (const list of [changes.added, changes.changed, changes.removed, changes.unchanged]) list.sort();
  return changes;
}

/**
 * A scope manages the files directly in its folder whose name matches its pattern. Subfolders
 * are not included on purpose: the `route53/` scope (health checks) must never reach into
 * `route53/zones/`, whose listing may have failed.
 */
export function isManagedBy(scope: CompleteScope, path: string): boolean {
  if (!path.startsWith(scope.prefix)) return false;
  const name = path.slice(scope.prefix.length);
  if (name === '' || name.includes('/')) return false;
  if (!scope.pattern) return true;
  // A copy without g/y flags: RegExp.test on those keeps state between calls.
  return new RegExp(scope.pattern.source, scope.pattern.flags.replace(/[gy]/g, '')).test(name);
}

function assertSafeRelativePath(path: string): void {
  const normalised = posix.normalize(path);
  if (path === '' || path.startsWith('/') || normalised !== path || path.split('/').includes('..')) {
    throw new Error(`export file path "${path}" must be a normalised relative posix path`);
  }
}

/**
 * Files read at once. Two leave the thread pool's other threads to the SDK, which reads its own
 * config files before the first request; more do not read 500 files any faster.
 */
const READ_CONCURRENCY = 2;

/**
 * Reads every file below `root` (recursively) as UTF-8; a missing folder is empty. The reads
 * go through the thread pool, so an export lists Route 53 while its committed files are read
 * (500 zone files take longer to read than the first request takes to go out).
 */
export async function readExportFolder(root: string): Promise<Map<string, string>> {
  const paths: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(root, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && relative === '') return;
      throw error;
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) paths.push(path);
    }
  };
  await walk('');
  const contents = await mapLimit(paths, READ_CONCURRENCY, (path) => readFile(join(root, path), 'utf8'));
  return new Map(paths.map((path, i) => [path, contents[i]!]));
}

/** Plans the changes for the export folder `root` and, unless dry-run, performs them. */
export async function applyExportFiles(
  root: string,
  result: ExportResult,
  options: { dryRun: boolean },
): Promise<ExportFileChanges> {
  const changes = planExportFiles(await readExportFolder(root), result);
  if (options.dryRun) return changes;
  for (const [path, content] of changes.after) await writeFileAtomic(join(root, path), content);
  for (const path of changes.removed) await rm(join(root, path));
  return changes;
}
