/**
 * The one renderer of a Report: Markdown for the job summary and the sticky PR comment, and a
 * plain-text variant for terminals. Pure: report in, string out.
 *
 * Output that would exceed `maxLength` is shortened block by block — failures are kept
 * first, then warnings, then section tables in plan order — and each cut table or list says
 * how many rows it left out, so the Markdown stays valid and nothing disappears silently.
 */
import { compareKinds } from '../plan/plan.js';
import type { DetailValue, PlanIssue } from '../plan/plan.js';
import type { Failure, Report, ReportAction, ReportSection } from './report.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** GitHub's limit for an issue or pull-request comment body. */
export const GITHUB_COMMENT_MAX_LENGTH = 65_536;
/** GitHub's limit for the job summary of one step (1 MiB). */
export const JOB_SUMMARY_MAX_LENGTH = 1024 * 1024;

export interface RenderOptions {
  /**
   * Upper bound for the output, counted in UTF-8 bytes — never fewer than characters, so the
   * bound also holds for limits counted in characters.
   */
  maxLength?: number;
  /** Sections with more actions than this collapse into `<details>`. Default 20. */
  collapseAbove?: number;
  /** Heading text. Default `aws-backup-gitops`. */
  title?: string;
}

const DEFAULT_COLLAPSE_ABOVE = 20;
const DEFAULT_TITLE = 'aws-backup-gitops';

// ---- escaping -------------------------------------------------------------------------

const oneLine = (text: string): string => text.replace(/\s*\r?\n\s*/g, ' ').trim();

/** Text as literal Markdown: punctuation that could start markup is backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~&@#!]/g, (c) => `\\${c}`);
}

/** Inline code for a table cell (targets, ids): shown verbatim, no markup or mentions inside. */
function codeCell(text: string): string {
  // GFM splits rows on `|` even inside code spans; `\|` there still shows as `|`.
  const flat = oneLine(text).replace(/\|/g, '\\|');
  if (flat === '') return '';
  const fence = flat.includes('`') ? '``' : '`';
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** For HTML contexts (`<summary>`), where Markdown escapes would show literally. */
function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** Cells must already be escaped (escapeMarkdown escapes `|`, codeCell too). */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

// ---- wording --------------------------------------------------------------------------

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What was done: changes, or for a drill its checks (restore, verify, clean up) and any other changes. */
function progressPhrase(report: Report): string {
  const c = report.counts;
  if (report.command !== 'drill') return report.dryRun ? `${plural(c.planned, 'change')} planned` : `${plural(c.applied, 'change')} applied`;
  const actions = report.sections.flatMap((s) => s.actions);
  const checks = actions.filter((a) => a.kind === 'restore');
  const others = actions.filter((a) => a.kind !== 'restore');
  const done = (list: typeof actions) => list.filter((a) => a.outcome.status === 'applied').length;
  const parts = report.dryRun
    ? [checks.length > 0 && `${plural(checks.length, 'check')} planned`, others.length > 0 && `${plural(others.length, 'change')} planned`]
    : [checks.length > 0 && `${plural(done(checks), 'check')} passed`, others.length > 0 && `${plural(done(others), 'change')} applied`];
  return parts.filter(Boolean).join(', ');
}

function resultPhrase(report: Report): string {
  const c = report.counts;
  const failed = report.failures.length;
  const changes = progressPhrase(report);
  if (failed > 0) return `❌ ${plural(failed, 'failure')}` + (c.planned > 0 ? `, ${changes}` : '');
  if (c.planned === 0) return '✅ No changes';
  return `${report.dryRun ? '📝' : '✅'} ${changes}`;
}

function headline(report: Report, title: string): string {
  const mode = report.dryRun ? ' (dry run)' : '';
  return `## ${escapeMarkdown(title)}: ${escapeMarkdown(report.command)}${mode} — ${resultPhrase(report)}\n`;
}

function timing(report: Report): string {
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  const took = Number.isFinite(seconds) ? ` · took ${seconds.toFixed(1)} s` : '';
  // The version that wrote it: a summary or comment read weeks later says which release ran.
  return `<sub>Started ${report.startedAt}${took} · ${TOOL_NAME} ${TOOL_VERSION}</sub>\n`;
}

function details(values: Record<string, DetailValue> | undefined): string {
  if (!values) return '';
  return Object.entries(values)
    .map(([key, value]) => `${escapeMarkdown(key)}: ${escapeMarkdown(String(value))}`)
    .join(', ');
}

function kindCell(action: ReportAction): string {
  return action.destructive ? `**⚠️ ${escapeMarkdown(action.kind)}**` : escapeMarkdown(action.kind);
}

function resultCell(action: ReportAction): string {
  const o = action.outcome;
  if (o.status === 'applied') return o.note ? `✅ applied: ${escapeMarkdown(o.note)}` : '✅ applied';
  if (o.status === 'failed') return `❌ failed: ${escapeMarkdown(o.error)}`;
  if (o.skipped === 'dry-run') return '⏸️ dry run';
  return `⏭️ skipped: ${escapeMarkdown(o.error)}`;
}

// ---- blocks ---------------------------------------------------------------------------

/** A piece of the document that is always shown whole. */
interface TextBlock {
  type: 'text';
  text: string;
}

/**
 * A table or list that may lose rows from the end. `heading` comes before, `tableHead`
 * (column headers, '' for lists) only when at least one row is shown, `tail` after.
 */
interface RowsBlock {
  type: 'rows';
  heading: string;
  tableHead: string;
  rows: string[];
  tail: string;
  /** What a row is, for the notes: `action`, `warning`, `failure`. */
  unit: 'action' | 'warning' | 'failure';
}

type Block = TextBlock | RowsBlock;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

function omittedNote(block: RowsBlock, hidden: number, shown: number): string {
  return shown === 0
    ? `_${plural(hidden, block.unit)} not shown (output limit)._\n`
    : `\n_…and ${plural(hidden, `more ${block.unit}`)} not shown (output limit)._\n`;
}

function renderRows(block: RowsBlock, shown: number): string {
  const hidden = block.rows.length - shown;
  if (shown === 0) return block.heading + (hidden > 0 ? omittedNote(block, hidden, 0) : '') + block.tail;
  const rows = block.rows.slice(0, shown).join('');
  return block.heading + block.tableHead + rows + (hidden > 0 ? omittedNote(block, hidden, shown) : '') + block.tail;
}

function issueList(title: string, unit: 'warning' | 'failure', issues: readonly { item: string; text: string }[]): RowsBlock {
  return {
    type: 'rows',
    heading: `### ${title} (${issues.length})\n\n`,
    tableHead: '',
    rows: issues.map((i) => `- **${escapeMarkdown(i.item)}** — ${escapeMarkdown(i.text)}\n`),
    tail: '',
    unit,
  };
}

function summaryTable(report: Report): string {
  const withActions = report.sections.filter((s) => s.actions.length > 0);
  const kinds = [...new Set(withActions.flatMap((s) => s.actions.map((a) => a.kind)))].sort(compareKinds);
  const countRow = (label: string, actions: readonly ReportAction[]): string => {
    const destructive = actions.filter((a) => a.destructive).length;
    return tableRow([
      label,
      ...kinds.map((k) => {
        const n = actions.filter((a) => a.kind === k).length;
        return n === 0 ? '' : String(n);
      }),
      destructive === 0 ? '' : `⚠️ ${destructive}`,
      String(actions.length),
    ]);
  };
  let table = tableRow(['Section', ...kinds.map(escapeMarkdown), 'Destructive', 'Total']);
  table += `|:--|${kinds.map(() => '--:|').join('')}--:|--:|\n`;
  for (const section of withActions) table += countRow(escapeMarkdown(section.name), section.actions);
  if (withActions.length > 1) table += countRow('**Total**', withActions.flatMap((s) => s.actions));
  if (!report.dryRun) {
    const c = report.counts;
    table += `\nApplied ${c.applied} · failed ${c.failed} · skipped ${c.skipped}\n`;
  }
  return table;
}

function sectionBlock(section: ReportSection, report: Report, collapseAbove: number): RowsBlock {
  const { actions } = section;
  const destructive = actions.filter((a) => a.destructive).length;
  const counts = plural(actions.length, 'action') + (destructive > 0 ? `, ⚠️ ${destructive} destructive` : '');
  const withDetails = actions.some((a) => a.details && Object.keys(a.details).length > 0);
  const withResult = !report.dryRun || actions.some((a) => a.outcome.status === 'failed');
  const columns = ['Kind', 'Target', 'Reason', ...(withDetails ? ['Details'] : []), ...(withResult ? ['Result'] : [])];
  const tableHead = tableRow(columns) + `|${columns.map(() => '---|').join('')}\n`;
  const rows = actions.map((a) =>
    tableRow([
      kindCell(a),
      codeCell(a.target),
      escapeMarkdown(a.reason),
      ...(withDetails ? [details(a.details)] : []),
      ...(withResult ? [resultCell(a)] : []),
    ]),
  );
  if (actions.length > collapseAbove) {
    return {
      type: 'rows',
      heading: `<details>\n<summary><b>${escapeHtml(section.name)}</b> — ${counts}</summary>\n\n`,
      tableHead,
      rows,
      tail: '\n</details>\n',
      unit: 'action',
    };
  }
  return { type: 'rows', heading: `### ${escapeMarkdown(section.name)} — ${counts}\n\n`, tableHead, rows, tail: '', unit: 'action' };
}

function buildBlocks(report: Report, options: RenderOptions): Block[] {
  const blocks: Block[] = [{ type: 'text', text: headline(report, options.title ?? DEFAULT_TITLE) + timing(report) }];
  if (report.counts.planned === 0) {
    blocks.push({ type: 'text', text: '**No changes.** Nothing to create, copy, delete or write.\n' });
  } else {
    blocks.push({ type: 'text', text: summaryTable(report) });
  }
  if (report.failures.length > 0) {
    blocks.push(issueList('❌ Failures', 'failure', report.failures.map((f: Failure) => ({ item: f.item, text: f.reason }))));
  }
  if (report.warnings.length > 0) {
    blocks.push(issueList('⚠️ Warnings', 'warning', report.warnings.map((w: PlanIssue) => ({ item: w.item, text: w.message }))));
  }
  const collapseAbove = options.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE;
  for (const section of report.sections) {
    if (section.actions.length > 0) blocks.push(sectionBlock(section, report, collapseAbove));
  }
  return blocks;
}

// ---- fitting under maxLength ----------------------------------------------------------

const UNITS = ['failure', 'warning', 'action'] as const;

function truncationNote(maxLength: number, hidden: Record<RowsBlock['unit'], number>, totals: Record<RowsBlock['unit'], number>): string {
  const parts = UNITS.filter((u) => hidden[u] > 0).map((u) => `${hidden[u]} of ${plural(totals[u], u)}`);
  return `> [!NOTE]\n> Shortened to fit ${maxLength} characters; not shown: ${parts.join(', ')}. The JSON report and the run log have everything.\n`;
}

/** Rows every table and list gets before any one of them takes the rest of the room. */
const FAIR_SHARE = 5;

/**
 * How many rows of each block fit; null when not even every block's minimum does. Failures
 * come first in full; then each warning list and section gets a few rows so a huge first
 * section cannot crowd out the others; then the rest of the room fills blocks in order.
 */
function fitRows(blocks: readonly Block[], budget: number): number[] | null {
  const cost = (block: Block, shown: number): number => bytes(block.type === 'text' ? block.text : renderRows(block, shown));
  let remaining = budget - blocks.reduce((sum, b) => sum + cost(b, 0), 0);
  if (remaining < 0) return null;
  const shown = blocks.map(() => 0);
  const grow = (index: number, cap: number): void => {
    const block = blocks[index] as Block;
    if (block.type === 'text') return;
    const current = shown[index] as number;
    const before = cost(block, current);
    let rowBytes = block.rows.slice(0, current).reduce((sum, row) => sum + bytes(row), 0);
    const fixed = bytes(block.heading + block.tableHead + block.tail);
    const limit = Math.min(block.rows.length, cap);
    for (let next = current + 1; next <= limit; next++) {
      rowBytes += bytes(block.rows[next - 1] as string);
      const hidden = block.rows.length - next;
      const extra = fixed + rowBytes + (hidden > 0 ? bytes(omittedNote(block, hidden, next)) : 0) - before;
      if (extra > remaining) break;
      shown[index] = next;
    }
    remaining -= cost(block, shown[index] as number) - before;
  };
  blocks.forEach((b, i) => grow(i, b.type === 'rows' && b.unit === 'failure' ? Infinity : FAIR_SHARE));
  blocks.forEach((_, i) => grow(i, Infinity));
  return shown;
}

/** Cuts at a character boundary; for absurdly small limits only. */
function hardCut(text: string, maxLength: number): string {
  let out = '';
  for (const char of text) {
    if (bytes(out + char) > maxLength) break;
    out += char;
  }
  return out;
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const blocks = buildBlocks(report, options);
  const join = (parts: string[]): string => parts.join('\n');
  const full = join(blocks.map((b) => (b.type === 'text' ? b.text : renderRows(b, b.rows.length))));
  const maxLength = options.maxLength;
  if (maxLength === undefined || bytes(full) <= maxLength) return full;

  const totals = { failure: 0, warning: 0, action: 0 };
  for (const b of blocks) if (b.type === 'rows') totals[b.unit] += b.rows.length;
  // Reserve the note at its longest (every row hidden); the real one is never longer.
  const separators = bytes('\n') * blocks.length; // one between blocks + the note's own
  const reserve = bytes(truncationNote(maxLength, totals, totals)) + separators;
  const shown = fitRows(blocks, maxLength - reserve);
  const [first] = blocks;
  if (shown === null || first === undefined || first.type !== 'text') {
    const note = `> [!NOTE]\n> This report is too large to show within ${maxLength} characters. The JSON report and the run log have everything.\n`;
    const headOnly = `${headline(report, options.title ?? DEFAULT_TITLE)}\n${note}`;
    return bytes(headOnly) <= maxLength ? headOnly : hardCut(headOnly, maxLength);
  }
  const hidden = { failure: 0, warning: 0, action: 0 };
  const parts = blocks.map((b, i) => {
    if (b.type === 'text') return b.text;
    const count = shown[i] as number;
    hidden[b.unit] += b.rows.length - count;
    return renderRows(b, count);
  });
  parts.splice(1, 0, truncationNote(maxLength, hidden, totals));
  return join(parts);
}

// ---- plain text for terminals ----------------------------------------------------------

function outcomeText(action: ReportAction): string {
  const o = action.outcome;
  if (o.status === 'applied') return o.note ? `applied: ${o.note}` : 'applied';
  if (o.status === 'failed') return `FAILED: ${o.error}`;
  if (o.skipped === 'dry-run') return 'dry run';
  return `skipped: ${o.error}`;
}

/** The same report for a terminal: one line per action, `!` marks destructive ones. */
export function renderText(report: Report, options: Pick<RenderOptions, 'title'> = {}): string {
  const title = options.title ?? DEFAULT_TITLE;
  const mode = report.dryRun ? ' (dry run)' : '';
  const result = resultPhrase(report).replace(/^\S+ /, '');
  const lines = [`${title}: ${report.command}${mode} — ${result}`];
  for (const section of report.sections) {
    if (section.actions.length === 0) continue;
    lines.push('', `${section.name}:`);
    const width = Math.max(...section.actions.map((a) => a.kind.length));
    for (const a of section.actions) {
      const status = report.dryRun && a.outcome.status === 'skipped' ? '' : ` [${outcomeText(a)}]`;
      lines.push(`  ${a.destructive ? '!' : ' '} ${a.kind.padEnd(width)}  ${oneLine(a.target)} — ${oneLine(a.reason)}${status}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('', `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  - ${oneLine(w.item)} — ${oneLine(w.message)}`));
  }
  if (report.failures.length > 0) {
    lines.push('', `Failures (${report.failures.length}):`, ...report.failures.map((f) => `  - ${oneLine(f.item)} — ${oneLine(f.reason)}`));
  }
  return `${lines.join('\n')}\n`;
}
