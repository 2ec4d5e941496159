/**
 * The commit message (and pull-request title/body) describing export changes. Pure.
 *
 *   chore(aws-backup): export: 2 zones, 1 load balancer changed
 *
 *   route53 example.com. (public): records +3 −1 ~2
 *   route53 example.com. (private) added (42 records)
 *   route53 health checks: +1 −0 ~1
 *   load balancer us-east-1/application/my-alb changed
 *
 * Records are identified by (name, type, set-identifier); "~" counts records with the same
 * identity whose other fields differ. Health checks are identified by `name`.
 */
import { parse } from 'yaml';
import { hasFileChanges, type ExportFileChanges } from './write-exports.js';
import { canonicalJson as canonical } from '../util/canonical-json.js';

export const DEFAULT_COMMIT_PREFIX = 'chore(aws-backup): export';

const ZONES_DIR = 'route53/zones/';
const HEALTH_CHECKS_FILE = 'route53/health-checks.yaml';
const LOAD_BALANCER_PATH = /^load-balancers\/([^/]+)\/([^/]+)\/([^/]+)\.yaml$/;

export interface AccountExportChanges {
  /** Account name from the config; shown before each line when more than one account changed. */
  account: string;
  changes: ExportFileChanges;
  /** Who changed a file, by path ("arn… at 2026-…Z"), when the change feed said so. */
  authors?: ReadonlyMap<string, string>;
  /** Git trailers for this account (the export state), after the body. */
  trailers?: string[];
}

export interface CommitMessage {
  /** First line. */
  subject: string;
  /** One line per changed item. */
  lines: string[];
  /** subject + blank line + lines, as passed to `git commit -m`. */
  text: string;
}

export interface ItemCounts {
  added: number;
  removed: number;
  changed: number;
}

type Status = 'added' | 'changed' | 'removed';
export type ChangeCategory = 'zone' | 'health-checks' | 'load-balancer' | 'other';
type Category = ChangeCategory;

/** One line of the message body. */
export interface ChangeLine {
  /** The file this line describes, relative to the account's export folder. */
  path: string;
  category: Category;
  line: string;
  sortKey: string;
}

export function buildCommitMessage(
  accounts: readonly AccountExportChanges[],
  prefix: string = DEFAULT_COMMIT_PREFIX,
): CommitMessage {
  const changed = accounts.filter(({ changes }) => hasFileChanges(changes));
  const showAccount = changed.length > 1;
  const counts: Record<Category, number> = { zone: 0, 'health-checks': 0, 'load-balancer': 0, other: 0 };
  const lines: string[] = [];
  for (const { account, changes, authors } of changed) {
    const items = describeChanges(changes);
    for (const item of items) {
      counts[item.category]++;
      const by = authors?.get(item.path);
      const line = by ? `${item.line} — changed by ${by}` : item.line;
      lines.push(showAccount ? `${account}: ${line}` : line);
    }
  }
  const trailers = changed.flatMap((a) => a.trailers ?? []);
  const parts: string[] = [];
  if (counts.zone) parts.push(plural(counts.zone, 'zone'));
  if (counts['load-balancer']) parts.push(plural(counts['load-balancer'], 'load balancer'));
  if (counts['health-checks']) parts.push('health checks');
  if (counts.other) parts.push(plural(counts.other, 'other file'));
  const subject = `${prefix}: ${parts.length ? `${parts.join(', ')} changed` : 'no changes'}`;
  const body = lines.length ? `${subject}\n\n${lines.join('\n')}\n` : `${subject}\n`;
  const text = trailers.length ? `${body}\n${trailers.join('\n')}\n` : body;
  return { subject, lines, text };
}

const described = new WeakMap<ExportFileChanges, ChangeLine[]>();

/** One line per changed file of one account, zones first, then health checks, load balancers, others. */
export function describeChanges(changes: ExportFileChanges): ChangeLine[] {
  // The plan and the commit message both describe the same changes: parse the YAML once.
  const cached = described.get(changes);
  if (cached) return cached;
  const items: ChangeLine[] = [];
  const add = (path: string, status: Status): void => {
    items.push({ path, ...describeFile(path, status, changes) });
  };
  for (const path of changes.added) add(path, 'added');
  for (const path of changes.changed) add(path, 'changed');
  for (const path of changes.removed) add(path, 'removed');
  const order: Category[] = ['zone', 'health-checks', 'load-balancer', 'other'];
  items.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || compare(a.sortKey, b.sortKey));
  described.set(changes, items);
  return items;
}

function describeFile(path: string, status: Status, changes: ExportFileChanges): Omit<ChangeLine, 'path'> {
  // Each side is parsed at most once, and only when a line needs it (zone files can be large).
  const before = lazyYaml(changes.before.get(path));
  const after = lazyYaml(changes.after.get(path));
  const label = changes.files.get(path)?.label;
  const kind = changes.files.get(path)?.kind;
  // An added file's count is known from the export; only removed files are parsed for it.
  const addedCount = status === 'added' ? changes.files.get(path)?.items : undefined;

  if (kind === 'route53-health-checks' || path === HEALTH_CHECKS_FILE) {
    const line =
      status === 'changed'
        ? `route53 health checks: ${formatCounts(compareKeyed(listOf(before(), 'health-checks'), listOf(after(), 'health-checks'), healthCheckKey))}`
        : `route53 health checks ${status} (${addedCount ?? countItems((status === 'added' ? after : before)(), 'health-checks') ?? '?'})`;
    return { category: 'health-checks', line, sortKey: path };
  }

  if (kind === 'route53-zone' || (!kind && path.startsWith(ZONES_DIR) && path.endsWith('.yaml'))) {
    const name = label ?? zoneLabel((status === 'added' ? after : before)()) ?? path.slice(ZONES_DIR.length);
    let line: string;
    if (status === 'changed') {
      const records = compareKeyed(listOf(before(), 'records'), listOf(after(), 'records'), recordKey);
      const settings = zoneSettingsChanged(before(), after());
      const recordsChanged = !records || records.added + records.removed + records.changed > 0;
      const detail = [
        recordsChanged || !settings ? `records ${formatCounts(records)}` : undefined,
        settings ? 'settings changed' : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      line = `route53 ${name}: ${detail}`;
    } else {
      const count = addedCount ?? countItems((status === 'added' ? after : before)(), 'records');
      line = `route53 ${name} ${status}${count === undefined ? '' : ` (${plural(count, 'record')})`}`;
    }
    return { category: 'zone', line, sortKey: name };
  }

  const lb = LOAD_BALANCER_PATH.exec(path);
  if (kind === 'elb' || kind === 'elbv2' || (!kind && lb)) {
    // region/type/name, as the exporters label their files: added and removed lines read alike.
    const name = label ?? (lb ? `${lb[1]}/${lb[2]}/${lb[3]}` : path);
    return { category: 'load-balancer', line: `load balancer ${name} ${status}`, sortKey: name };
  }

  return { category: 'other', line: `${path} ${status}`, sortKey: path };
}

/** Record counts between two zone files, or undefined when either cannot be read. */
export function compareRecords(before: string | undefined, after: string | undefined): ItemCounts | undefined {
  return compareKeyed(listOf(readYaml(before), 'records'), listOf(readYaml(after), 'records'), recordKey);
}

export function compareHealthChecks(before: string | undefined, after: string | undefined): ItemCounts | undefined {
  return compareKeyed(listOf(readYaml(before), 'health-checks'), listOf(readYaml(after), 'health-checks'), healthCheckKey);
}

function healthCheckKey(item: unknown): string {
  return JSON.stringify([field(item, 'name')]);
}

function recordKey(record: unknown): string {
  return JSON.stringify([field(record, 'name'), field(record, 'type'), field(record, 'set-identifier') ?? null]);
}

function compareKeyed(
  before: unknown[] | undefined,
  after: unknown[] | undefined,
  key: (item: unknown) => string,
): ItemCounts | undefined {
  if (!before || !after) return undefined;
  const old = new Map(before.map((item) => [key(item), canonical(item)]));
  const counts: ItemCounts = { added: 0, removed: 0, changed: 0 };
  const seen = new Set<string>();
  for (const item of after) {
    const id = key(item);
    seen.add(id);
    const previous = old.get(id);
    if (previous === undefined) counts.added++;
    else if (previous !== canonical(item)) counts.changed++;
  }
  for (const id of old.keys()) if (!seen.has(id)) counts.removed++;
  return counts;
}

function formatCounts(counts: ItemCounts | undefined): string {
  if (!counts) return 'changed';
  return `+${counts.added} \u2212${counts.removed} ~${counts.changed}`;
}

function zoneSettingsChanged(before: unknown, after: unknown): boolean {
  return canonical(field(before, 'zone')) !== canonical(field(after, 'zone'));
}

/** `example.com. (private)` from the file's `zone:` block (used for removed files, which have no label). */
function zoneLabel(doc: unknown): string | undefined {
  const zone = field(doc, 'zone');
  const name = field(zone, 'name');
  if (typeof name !== 'string') return undefined;
  const fqdn = name.endsWith('.') ? name : `${name}.`;
  return `${fqdn} (${field(zone, 'private') === true ? 'private' : 'public'})`;
}

function countItems(doc: unknown, key: string): number | undefined {
  return listOf(doc, key)?.length;
}

/** The list under `key` of a parsed file; undefined when the file could not be read. */
function listOf(doc: unknown, key: string): unknown[] | undefined {
  if (doc === undefined) return undefined;
  const list = field(doc, key);
  if (list === undefined || list === null) return [];
  return Array.isArray(list) ? list : undefined;
}

function lazyYaml(content: string | undefined): () => unknown {
  let parsed: { doc: unknown } | undefined;
  return () => (parsed ??= { doc: readYaml(content) }).doc;
}

function readYaml(content: string | undefined): unknown {
  if (content === undefined) return undefined;
  try {
    return parse(content);
  } catch {
    return undefined;
  }
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
