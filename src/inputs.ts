/**
 * The action's inputs, read and checked in one place: a wrong value is one clear error naming
 * the input, what was given and what is allowed — before anything else runs.
 */
import { closest } from './config/errors.js';
import { COMMANDS, type CommandName } from './commands/context.js';
import { RESTORE_KINDS, type RestoreKind, type RestoreRequest } from './restore/types.js';

export interface ActionInputs {
  command: CommandName;
  config: string;
  dryRun: boolean;
  githubToken: string;
  reportPath: string;
  workingDirectory: string;
  /** Only for `command: restore`. */
  restore?: RestoreRequest;
  /** restore: false (the default) only plans. */
  apply: boolean;
  /** export/run/plan: list everything even when incremental exports are on. */
  fullExport: boolean;
}

export class InputError extends Error {
  override name = 'InputError';
}

const TRUE = ['true', 'True', 'TRUE', 'yes', 'on', '1'];
const FALSE = ['false', 'False', 'FALSE', 'no', 'off', '0', ''];

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim();
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new InputError(`Input '${name}' is '${value}': it must be true or false.`);
}

export function parseCommand(value: string, source = "Input 'command'"): CommandName {
  const v = value.trim() || 'run';
  if ((COMMANDS as readonly string[]).includes(v)) return v as CommandName;
  const hint = closest(v, COMMANDS);
  throw new InputError(
    `${source} is '${value}': allowed are ${COMMANDS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}.`,
  );
}

/** `key=value` pairs separated by new lines or spaces (values may hold commas). */
export function parseRestoreOptions(text: string, source = "Input 'restore-options'"): Record<string, string> {
  const options: Record<string, string> = {};
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new InputError(`${source}: '${pair}' is not key=value (e.g. availability-zone=us-east-1a).`);
    const key = pair.slice(0, at);
    if (key in options) throw new InputError(`${source}: '${key}' is given twice.`);
    options[key] = pair.slice(at + 1);
  }
  return options;
}

export function parseRestoreKind(value: string, source = "Input 'restore-kind'"): RestoreKind {
  const v = value.trim();
  if ((RESTORE_KINDS as readonly string[]).includes(v)) return v as RestoreKind;
  const hint = closest(v, RESTORE_KINDS);
  throw new InputError(
    `${source} is '${value}': allowed are ${RESTORE_KINDS.join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}.`,
  );
}

/** The restore request from the restore-* inputs; `getInput` as for readActionInputs. */
export function readRestoreRequest(getInput: (name: string) => string): RestoreRequest {
  const kind = getInput('restore-kind');
  const source = getInput('restore-source');
  if (!kind || !source) {
    throw new InputError(
      "command 'restore' needs the inputs restore-kind (what to restore) and restore-source (an export file or name, a snapshot id, or latest:<resource id>).",
    );
  }
  const optional = (name: string, key: keyof RestoreRequest) => (getInput(name) ? { [key]: getInput(name) } : {});
  return {
    kind: parseRestoreKind(kind),
    source,
    ...optional('restore-region', 'region'),
    ...optional('restore-target', 'target'),
    ...optional('restore-point-in-time', 'pointInTime'),
    ...optional('restore-account', 'account'),
    force: parseBoolean('force', getInput('force')),
    options: parseRestoreOptions(getInput('restore-options')),
  };
}

/** `getInput` is @actions/core's (trimmed value, '' when unset). */
export function readActionInputs(getInput: (name: string) => string): ActionInputs {
  const command = parseCommand(getInput('command'));
  return {
    command,
    config: getInput('config') || 'aws-backup.yml',
    dryRun: parseBoolean('dry-run', getInput('dry-run')),
    githubToken: getInput('github-token'),
    reportPath: getInput('report-path'),
    workingDirectory: getInput('working-directory') || '.',
    apply: parseBoolean('apply', getInput('apply')),
    fullExport: parseBoolean('full-export', getInput('full-export')),
    ...(command === 'restore' ? { restore: readRestoreRequest(getInput) } : {}),
  };
}

/** Dry-run as asked, and a restore only plans unless `apply` says otherwise. */
export function effectiveDryRun(command: CommandName, dryRun: boolean, apply: boolean): boolean {
  return dryRun || (command === 'restore' && !apply);
}
