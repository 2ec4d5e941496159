/** The export mode of each account, for the JSON report and the job summary. */
import type { AccountExport } from './export.js';

export interface ExportModeRow {
  account: string;
  mode: 'full' | 'incremental';
  reason: string;
}

export function exportModeRows(exports: readonly AccountExport[]): ExportModeRow[] {
  return exports.map((e) => ({ account: e.account.name, mode: e.mode.mode.mode, reason: e.modeText }));
}

export function exportModeMarkdown(rows: readonly ExportModeRow[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    '### Export mode',
    '',
    '| Account | Mode | Why |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${cell(r.account)} | ${r.mode} | ${cell(r.reason)} |`),
  ].join('\n');
}
