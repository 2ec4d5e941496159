/**
 * Finds and reads what a Route 53 restore restores from: the zone file (named by its
 * repo-relative path or by the zone's name) and the account's health-check file, at the
 * checked-out commit. Every problem is a RestoreInputError naming the file and the fix.
 */
import { readdir, readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { parseHealthChecksFile, HEALTH_CHECKS_PATH, type NamedHealthCheck } from '../export/health-checks.js';
import { ExportFileError, ZONES_FOLDER } from '../export/route53-format.js';
import { RestoreInputError, type RestoreContext, type RestoreRequest } from './types.js';

export interface ZoneSource {
  /** Repo-relative path of the zone file. */
  path: string;
  content: string;
  /** The health-check file's checks, when the account has one. */
  healthChecks?: NamedHealthCheck[];
  /** Repo-relative path of the health-check file (whether or not it exists). */
  healthChecksPath: string;
}

/** `<export.path>/<account>` relative to the repository root. */
export function accountFolder(ctx: Pick<RestoreContext, 'config' | 'account'>): string {
  return posix.join(ctx.config.export.path, ctx.account.name);
}

export async function loadZoneSource(request: RestoreRequest, ctx: RestoreContext): Promise<ZoneSource> {
  const path = looksLikePath(request.source)
    ? checkedRepoPath(request.source)
    : await findZoneFile(request.source, request.options['private'], ctx);
  const content = await readRepoFile(ctx.repoRoot, path);
  if (content === undefined) {
    throw new RestoreInputError(
      `Route 53 restore: export file ${path} does not exist at this commit; check the path ` +
        `(zone files live under ${posix.join(accountFolder(ctx), ZONES_FOLDER)}) or name the zone instead`,
    );
  }
  const zonesAt = path.lastIndexOf(`/${ZONES_FOLDER}`);
  const folder = zonesAt >= 0 ? path.slice(0, zonesAt) : accountFolder(ctx);
  const healthChecksPath = posix.join(folder, HEALTH_CHECKS_PATH);
  const healthContent = await readRepoFile(ctx.repoRoot, healthChecksPath);
  const source: ZoneSource = { path, content, healthChecksPath };
  if (healthContent !== undefined) {
    try {
      source.healthChecks = parseHealthChecksFile(healthContent, { source: healthChecksPath });
    } catch (error) {
      if (error instanceof ExportFileError) throw new RestoreInputError(`Route 53 restore: ${error.message}`);
      throw error;
    }
  }
  return source;
}

function looksLikePath(source: string): boolean {
  return source.includes('/') || /\.ya?ml$/i.test(source);
}

function checkedRepoPath(source: string): string {
  const normal = posix.normalize(source.replace(/^\.\//, ''));
  if (posix.isAbsolute(normal) || normal.startsWith('../') || normal === '..') {
    throw new RestoreInputError(
      `Route 53 restore: source "${source}" must be a path relative to the repository root, e.g. exports/<account>/route53/zones/example.com.yaml`,
    );
  }
  return normal;
}

async function readRepoFile(repoRoot: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(posix.join(repoRoot, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The file name stem the export gives a zone name (see zoneFilePaths). */
function fileStem(zoneName: string): string {
  const name = zoneName.trim().replace(/\.$/, '').replaceAll('\\052', '_').toLowerCase();
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

async function findZoneFile(zoneName: string, privateOption: string | undefined, ctx: RestoreContext): Promise<string> {
  const folder = posix.join(accountFolder(ctx), ZONES_FOLDER);
  let names: string[];
  try {
    names = (await readdir(posix.join(ctx.repoRoot, folder))).filter((n) => n.endsWith('.yaml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new RestoreInputError(
      `Route 53 restore: there are no zone exports for account ${ctx.account.name} (${folder} does not exist at this commit); ` +
        'run an export first, or check the account name',
    );
  }
  const stem = fileStem(zoneName);
  const matches = names.filter((n) => {
    const isPrivate = n.startsWith(`${stem}.private.`) || n.startsWith(`${stem}.private-`);
    const isPublic = n === `${stem}.yaml` || (n.startsWith(`${stem}-`) && n.endsWith('.yaml'));
    if (privateOption === 'true') return isPrivate;
    if (privateOption === 'false') return isPublic;
    return isPrivate || isPublic;
  });
  if (matches.length === 1) return posix.join(folder, matches[0] as string);
  if (matches.length === 0) {
    const shown = names.slice(0, 20).map((n) => n.replace(/\.yaml$/, '')).join(', ');
    throw new RestoreInputError(
      `Route 53 restore: no export of zone "${zoneName}" in ${folder}` +
        (names.length ? `; exported zones: ${shown}${names.length > 20 ? ', …' : ''}` : ' (the folder is empty)') +
        '; name one of them, or give the file path',
    );
  }
  throw new RestoreInputError(
    `Route 53 restore: zone "${zoneName}" matches several exports (${matches.map((m) => posix.join(folder, m)).join(', ')}); ` +
      'give the file path as the source, or set the option private=true or private=false',
  );
}
