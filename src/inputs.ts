/**
 * The action's inputs, read and checked in one place: a wrong value is one clear error naming
 * the input, what was given and what is allowed — before anything else runs.
 */
import { closest } from './config/errors.js';
import { COMMANDS, type CommandName } from './commands/context.js';

export interface ActionInputs {
  command: CommandName;
  config: string;
  dryRun: boolean;
  githubToken: string;
  reportPath: string;
  workingDirectory: string;
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

/** `getInput` is @actions/core's (trimmed value, '' when unset). */
export function readActionInputs(getInput: (name: string) => string): ActionInputs {
  return {
    command: parseCommand(getInput('command')),
    config: getInput('config') || 'aws-backup.yml',
    dryRun: parseBoolean('dry-run', getInput('dry-run')),
    githubToken: getInput('github-token'),
    reportPath: getInput('report-path'),
    workingDirectory: getInput('working-directory') || '.',
  };
}
