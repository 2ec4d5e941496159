/**
 * The few GitHub Actions runner commands the action uses (inputs, log lines, annotations,
 * outputs, the job summary), written byte for byte as @actions/core writes them. Our own,
 * because @actions/core brings an HTTP stack (undici) that takes longer to load than
 * everything else before the first AWS call.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

function write(text: string): void {
  process.stdout.write(text);
}

/** The action's input `name` as the runner passes it (INPUT_<NAME>), trimmed; '' when unset. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

// The runner reads these escapes back: data may not hold line breaks, properties not ':' or ','.
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message`, empty properties left out. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotation(kind: 'error' | 'warning', message: string, properties: AnnotationProperties): void {
  const { title, file, startLine, startColumn } = properties;
  write(workflowCommand(kind, { title, file, line: startLine, col: startColumn }, message) + EOL);
}

export function info(message: string): void {
  write(message + EOL);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  annotation('warning', message, properties);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  annotation('error', message, properties);
}

/** An error annotation, and the step fails when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** One `name<<delimiter` block in $GITHUB_OUTPUT (or the older stdout command without it). */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const path = env.GITHUB_OUTPUT;
  if (!path) {
    write(EOL + workflowCommand('set-output', { name }, value) + EOL);
    return;
  }
  appendFileSync(path, keyValueBlock(name, value) + EOL, 'utf8');
}

/** A random delimiter, so no value can end its block early. */
function keyValueBlock(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Output ${name} contains its own delimiter.`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Appends Markdown (and a line end) to the job summary file. */
export async function appendSummary(path: string, markdown: string): Promise<void> {
  await appendFile(path, markdown + EOL, 'utf8');
}
