/**
 * Pagination as Route 53's list calls do it: Marker/MaxItems pages and the NextToken pages of
 * the CIDR APIs, shared by every operation group that lists.
 */
import { SimError, type SimRequest } from './types.js';

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pageSize(raw: string | null, fallback: number, max: number): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new SimError('InvalidInput', `The input is not valid: maxitems "${raw}" must be a positive integer.`);
  return Math.min(n, max);
}

export function paginate<T>(items: readonly T[], start: number, size: number): { page: T[]; next: T | undefined } {
  const from = start < 0 ? items.length : start;
  return { page: items.slice(from, from + size), next: items[from + size] };
}

/** NextToken pagination (CIDR APIs): the token is the index of the next item. */
export function tokenPage<T>(items: readonly T[], req: SimRequest): { page: T[]; nextToken?: string } {
  const size = Number(req.query.get('maxresults') ?? 100);
  const token = req.query.get('nexttoken');
  const start = token === null ? 0 : Number(token);
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(size) || size < 1) {
    throw new SimError('InvalidInput', 'The input is not valid: bad nexttoken or maxresults.');
  }
  const next = start + size;
  return { page: items.slice(start, next), nextToken: next < items.length ? String(next) : undefined };
}
