/**
 * `init`: copies the template into an existing repository with the account id and regions
 * filled in, and says what to do next. Planning is pure (template files in, files to write
 * out); a small adapter reads the template and writes the files, never overwriting an
 * existing file unless forced.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../config/load.js';
import { isKnownRegion, unknownRegionMessage } from '../config/regions.js';

export interface InitOptions {
  accountId: string;
  regions: string[];
  drRegion?: string;
  force?: boolean;
  /** Where the template is; default: the package's own template/ folder. */
  templateDir?: string;
}

export interface InitResult {
  /** Repo-relative paths written. */
  written: string[];
  /** Repo-relative paths that existed and were left alone (no --force). */
  skipped: string[];
  nextSteps: string;
}

/** The account id and regions the template's files are written with. */
const TEMPLATE_ACCOUNT = '123456789012';
const TEMPLATE_REGION = 'us-east-1';
const TEMPLATE_DR_REGION = 'us-west-2';

/** Template files that are not copied: examples generated for another repository. */
const NOT_COPIED = /^iam\//;
/** A template file whose name would clash with the repository's own. */
const RENAMED: Record<string, string> = { 'README.md': 'AWS-BACKUP.md' };

export function initOptionsProblem(options: Pick<InitOptions, 'accountId' | 'regions' | 'drRegion'>): string | undefined {
  if (!/^\d{12}$/.test(options.accountId)) return `account id "${options.accountId}" must be exactly 12 digits, e.g. 123456789012`;
  if (options.regions.length === 0) return 'give at least one region to back up, e.g. --region us-east-1';
  for (const region of [...options.regions, ...(options.drRegion ? [options.drRegion] : [])]) {
    if (!isKnownRegion(region)) return unknownRegionMessage(region);
  }
  if (options.drRegion && options.regions.includes(options.drRegion)) {
    return `DR region ${options.drRegion} is also a backed-up region; pick a different region for the disaster-recovery copies`;
  }
  return undefined;
}

/** The config with the user's regions and account filled in. */
export function fillConfig(text: string, options: Pick<InitOptions, 'accountId' | 'regions' | 'drRegion'>): string {
  const regions = `regions: [${options.regions.join(', ')}]`;
  let out = text.replace(/^regions: .*$/m, regions);
  out = options.drRegion
    ? out.replace(/^dr-region: .*$/m, `dr-region: ${options.drRegion}`)
    : out.replace(/^dr-region: .*$/m, `# dr-region: ${TEMPLATE_DR_REGION}`);
  out = out.replace(/^# accounts:\n#   - name: default\n#     id: "\d{12}"$/m, `accounts:\n  - name: default\n    id: "${options.accountId}"`);
  if (!options.drRegion) {
    // The mirror and copies need a DR region; leave their examples commented out and say so.
    out = out.replace(/^(# The disaster-recovery region.*)$/m, '$1 Set it to enable the mirror and snapshot copies.');
  }
  return out;
}

/** Workflows: the account in role ARNs and concurrency groups, the first region for credentials. */
export function fillWorkflow(text: string, options: Pick<InitOptions, 'accountId' | 'regions'>): string {
  return text.replaceAll(TEMPLATE_ACCOUNT, options.accountId).replaceAll(`aws-region: ${TEMPLATE_REGION}`, `aws-region: ${options.regions[0]}`);
}

export interface PlannedFile {
  path: string;
  content: string;
}

/** Template files (repo-relative path → content) → the files to write, filled in. */
export function planInitFiles(template: Record<string, string>, options: Pick<InitOptions, 'accountId' | 'regions' | 'drRegion'>): PlannedFile[] {
  const problem = initOptionsProblem(options);
  if (problem) throw new Error(`init: ${problem}`);
  const files: PlannedFile[] = [];
  for (const [path, content] of Object.entries(template).sort(([a], [b]) => a.localeCompare(b))) {
    if (NOT_COPIED.test(path)) continue;
    let filled = content;
    if (path === 'aws-backup.yml') {
      filled = fillConfig(content, options);
      parseConfig(filled, 'aws-backup.yml'); // a template that no longer fills cleanly must fail here, not in the user's first run
    } else if (path.startsWith('.github/workflows/')) {
      filled = fillWorkflow(content, options);
    }
    files.push({ path: RENAMED[path] ?? path, content: filled });
  }
  return files;
}

export function nextSteps(options: Pick<InitOptions, 'accountId' | 'regions'>, written: readonly string[], skipped: readonly string[]): string {
  const lines = [
    `aws-backup-gitops is set up for account ${options.accountId} (${options.regions.join(', ')}).`,
    '',
    'Next steps:',
    `1. In account ${options.accountId}, add GitHub's OIDC identity provider once: provider URL https://token.actions.githubusercontent.com, audience sts.amazonaws.com.`,
    `2. Generate the least-privilege policies for this repository and config:`,
    `     npx aws-backup-gitops iam-policy --config aws-backup.yml --repository OWNER/REPO --branch main --environment aws-restore --account-id ${options.accountId}`,
    '   Create one role per duty, each with <duty>-policy.json and <duty>-trust-policy.json:',
    '   aws-backup-gitops-run (the schedule), aws-backup-gitops-plan (pull requests, read-only),',
    '   aws-backup-gitops-restore (restores) and aws-backup-gitops-drill (restore drills).',
    '3. In the repository settings, create the environment "aws-restore" with required reviewers: only its runs may restore.',
    '   The drill runs in the environment "aws-drill" (created on its first run; limit it to the main branch).',
    '4. Review aws-backup.yml (snapshots and lifecycle rules are commented examples), commit, push,',
    '   and start "AWS backup" from the Actions tab for the first export.',
  ];
  if (skipped.length > 0) {
    lines.push('', `Left alone because they exist (run again with --force to overwrite): ${skipped.join(', ')}`);
  }
  if (written.length > 0) lines.push('', `Written: ${written.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// File system adapter

/** The package's template/: two levels above both src/onboarding/ and the bundled dist/cli/. */
/** The package's template/: found upwards from this file (src/onboarding/ or dist/cli/). */
export function defaultTemplateDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'template', 'aws-backup.yml'))) return join(dir, 'template');
    dir = dirname(dir);
  }
  throw new Error('init: the template folder of aws-backup-gitops was not found next to the program; reinstall the package.');
}

async function readTree(root: string, dir = root): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, await readTree(root, full));
    else if (entry.isFile()) files[relative(root, full).split(sep).join(posix.sep)] = await readFile(full, 'utf8');
  }
  return files;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function initRepository(target: string, options: InitOptions): Promise<InitResult> {
  const root = resolve(target);
  if (!(await stat(root).then((s) => s.isDirectory(), () => false))) {
    throw new Error(`init: ${target} is not a folder; run init inside (or point it at) your repository checkout`);
  }
  const templateDir = options.templateDir ?? defaultTemplateDir();
  const planned = planInitFiles(await readTree(templateDir), options);
  const written: string[] = [];
  const skipped: string[] = [];
  for (const file of planned) {
    const destination = join(root, ...file.path.split('/'));
    if (!options.force && (await exists(destination))) {
      skipped.push(file.path);
      continue;
    }
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, file.content);
    written.push(file.path);
  }
  return { written, skipped, nextSteps: nextSteps(options, written, skipped) };
}
