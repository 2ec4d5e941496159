/**
 * Fixture loading: YAML files or parsed objects describing simulated accounts, merged in
 * order. `accounts:` lists are merged by `id`; within an account, objects merge key by key
 * (later wins) and arrays and scalars are replaced by the later fixture's value.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FixtureAccount } from './types.js';

export interface Fixture {
  accounts: FixtureAccount[];
}

export type FixtureSource = string | Record<string, unknown>;

export function loadFixtures(sources: readonly FixtureSource[]): Fixture {
  const byId = new Map<string, FixtureAccount>();
  for (const source of sources) {
    const { data, where } = readSource(source);
    for (const account of fixtureAccounts(data, where)) {
      const existing = byId.get(account.id);
      byId.set(account.id, existing ? (deepMerge(existing, account) as FixtureAccount) : account);
    }
  }
  return { accounts: [...byId.values()] };
}

function readSource(source: FixtureSource): { data: unknown; where: string } {
  if (typeof source !== 'string') return { data: source, where: 'fixture object' };
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read simulator fixture ${source}: ${(error as Error).message}. Pass an existing YAML file.`);
  }
  try {
    return { data: parse(text), where: source };
  } catch (error) {
    throw new Error(`Simulator fixture ${source} is not valid YAML: ${(error as Error).message}`);
  }
}

function fixtureAccounts(data: unknown, where: string): FixtureAccount[] {
  if (data === null || data === undefined) return [];
  if (!isPlainObject(data)) throw new Error(`${where}: a fixture must be a mapping with an "accounts:" list.`);
  const accounts = data['accounts'];
  if (accounts === undefined) return [];
  if (!Array.isArray(accounts)) throw new Error(`${where}: "accounts" must be a list of accounts, each with an "id".`);
  return accounts.map((entry, index) => {
    if (!isPlainObject(entry)) throw new Error(`${where}: accounts[${index}] must be a mapping with an "id".`);
    return { ...entry, id: accountId(entry['id'], `${where}: accounts[${index}].id`) };
  });
}

/** Account ids are 12 digits; YAML reads an unquoted id as a number, so pad it back. */
export function accountId(value: unknown, where: string): string {
  const id = typeof value === 'number' ? String(value).padStart(12, '0') : value;
  if (typeof id !== 'string' || !/^\d{12}$/.test(id)) {
    throw new Error(`${where} must be a 12-digit AWS account id (quote it in YAML), got ${JSON.stringify(value)}.`);
  }
  return id;
}

export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
