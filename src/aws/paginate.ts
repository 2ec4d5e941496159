/**
 * Pagination for token/marker listings, and Route 53's record-set listing (which pages by
 * name, type and set identifier). A listing that fails part-way must stay detectable, so a
 * caller never treats what it did not see as deleted: `paginate` rethrows, `listAll`
 * returns `complete: false` with the error and the items seen so far.
 */
import {
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  type HostedZone,
  type ListHostedZonesCommandOutput,
  type ListResourceRecordSetsCommandInput,
  type ListResourceRecordSetsCommandOutput,
  type ResourceRecordSet,
  type Route53Client,
  type RRType,
} from '@aws-sdk/client-route-53';

/** Route 53 page-size limits. */
export const ROUTE53_MAX_RECORD_SETS_PER_PAGE = 300;
export const ROUTE53_MAX_ZONES_PER_PAGE = 100;

export type Listing<T> =
  | { complete: true; items: T[]; pages: number }
  | { complete: false; items: T[]; pages: number; error: unknown };

/**
 * Yields pages until `nextToken` returns undefined (or an empty string), starting at
 * `start` (undefined: the beginning). Throws if a call fails, or if a service hands back a
 * token it already gave (a listing that would never end).
 */
export async function* paginate<Page, Token>(
  fetchPage: (token: Token | undefined) => Promise<Page>,
  nextToken: (page: Page) => Token | undefined,
  start?: Token,
): AsyncGenerator<Page, void, undefined> {
  let token: Token | undefined = start;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(token);
    yield page;
    const next = nextToken(page);
    if (next === undefined || next === null || next === '') return;
    const key = JSON.stringify(next);
    if (seen.has(key)) {
      throw new Error(`Pagination did not advance: the service returned the same next token twice (${key}).`);
    }
    seen.add(key);
    token = next;
  }
}

/** Collects every item, and whether the whole listing was seen. Never throws. */
export async function listAll<Page, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => readonly Item[] | undefined,
): Promise<Listing<Item>> {
  const items: Item[] = [];
  let count = 0;
  try {
    for await (const page of pages) {
      count += 1;
      items.push(...(itemsOf(page) ?? []));
    }
    return { complete: true, items, pages: count };
  } catch (error) {
    return { complete: false, items, pages: count, error };
  }
}

/** Where a record-set page starts: Route 53's StartRecordName/Type/Identifier. */
export interface RecordSetPosition {
  name: string;
  type: RRType;
  /** Only for records with a routing policy (weighted, latency, failover, ...). */
  identifier?: string;
}

export interface RecordSetPageOptions {
  /** Records per page, 1–300 (default 300). */
  maxItems?: number;
  /** Start here instead of at the beginning of the zone. */
  start?: RecordSetPosition;
}

function pageSize(value: number | undefined, max: number, what: string): number {
  const size = value ?? max;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new RangeError(`${what} page size must be a whole number from 1 to ${max}, got ${value}.`);
  }
  return size;
}

/**
 * The next position after a record-set page. Route 53 sends NextRecordIdentifier only when
 * the next record shares the last name and type and has a set identifier; it must be sent
 * back with them, or records of that name and type would be skipped or repeated.
 */
export function nextRecordSetPosition(page: ListResourceRecordSetsCommandOutput): RecordSetPosition | undefined {
  if (!page.IsTruncated) return undefined;
  if (!page.NextRecordName || !page.NextRecordType) {
    throw new Error('Route 53 said the record-set listing is truncated but sent no NextRecordName/NextRecordType.');
  }
  const position: RecordSetPosition = { name: page.NextRecordName, type: page.NextRecordType };
  if (page.NextRecordIdentifier) position.identifier = page.NextRecordIdentifier;
  return position;
}

/** Pages of one hosted zone's record sets (the SDK ships no paginator for this call). */
export function paginateResourceRecordSets(
  client: Route53Client,
  hostedZoneId: string,
  options: RecordSetPageOptions = {},
): AsyncGenerator<ListResourceRecordSetsCommandOutput, void, undefined> {
  const maxItems = pageSize(options.maxItems, ROUTE53_MAX_RECORD_SETS_PER_PAGE, 'ListResourceRecordSets');
  const fetchPage = (position: RecordSetPosition | undefined) => {
    const input: ListResourceRecordSetsCommandInput = { HostedZoneId: hostedZoneId, MaxItems: maxItems };
    if (position) {
      input.StartRecordName = position.name;
      input.StartRecordType = position.type;
      if (position.identifier) input.StartRecordIdentifier = position.identifier;
    }
    return client.send(new ListResourceRecordSetsCommand(input));
  };
  return paginate(fetchPage, nextRecordSetPosition, options.start);
}

export function listResourceRecordSets(
  client: Route53Client,
  hostedZoneId: string,
  options: RecordSetPageOptions = {},
): Promise<Listing<ResourceRecordSet>> {
  return listAll(paginateResourceRecordSets(client, hostedZoneId, options), (page) => page.ResourceRecordSets);
}

/** Pages of the account's hosted zones (Marker/NextMarker, at most 100 per page). */
export function paginateHostedZones(
  client: Route53Client,
  options: { maxItems?: number } = {},
): AsyncGenerator<ListHostedZonesCommandOutput, void, undefined> {
  const maxItems = pageSize(options.maxItems, ROUTE53_MAX_ZONES_PER_PAGE, 'ListHostedZones');
  return paginate(
    (marker: string | undefined) =>
      client.send(new ListHostedZonesCommand(marker ? { MaxItems: maxItems, Marker: marker } : { MaxItems: maxItems })),
    (page) => {
      if (!page.IsTruncated) return undefined;
      if (!page.NextMarker) throw new Error('Route 53 said the hosted-zone listing is truncated but sent no NextMarker.');
      return page.NextMarker;
    },
  );
}

export function listHostedZones(client: Route53Client, options: { maxItems?: number } = {}): Promise<Listing<HostedZone>> {
  return listAll(paginateHostedZones(client, options), (page) => page.HostedZones);
}

/** Every item of every page; a page that fails rejects the whole listing. */
export async function collectItems<Page, Item>(pages: AsyncIterable<Page>, items: (page: Page) => readonly Item[] | undefined): Promise<Item[]> {
  const out: Item[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}
