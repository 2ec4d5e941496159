import { Readable } from 'node:stream';
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { HttpResponse } from '@smithy/core/protocols';
import type { HttpRequest } from '@smithy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { describeAwsError } from '../../src/aws/errors.js';
import {
  listAll,
  listHostedZones,
  listResourceRecordSets,
  paginate,
  paginateResourceRecordSets,
} from '../../src/aws/paginate.js';

const R53 = 'https://route53.amazonaws.com/doc/2013-04-01/';

interface FakeRecord {
  name: string;
  type: string;
  id?: string;
}

/** Route 53's listing order: name, then type, then set identifier (already sorted here). */
const zone: FakeRecord[] = [
  { name: 'example.com.', type: 'NS' },
  { name: 'example.com.', type: 'SOA' },
  { name: 'api.example.com.', type: 'A', id: 'eu' },
  { name: 'api.example.com.', type: 'A', id: 'us' },
  { name: 'www.example.com.', type: 'A', id: 'blue' },
  { name: 'www.example.com.', type: 'A', id: 'green' },
  { name: 'www.example.com.', type: 'A', id: 'red' },
  { name: 'www.example.com.', type: 'AAAA' },
];

const keyOf = (r: { name?: string | undefined; type?: string | undefined; id?: string | undefined }) =>
  `${r.name} ${r.type} ${r.id ?? '-'}`;

function recordXml(r: FakeRecord): string {
  const routing = r.id ? `<SetIdentifier>${r.id}</SetIdentifier><Weight>10</Weight>` : '';
  return `<ResourceRecordSet><Name>${r.name}</Name><Type>${r.type}</Type>${routing}<TTL>300</TTL><ResourceRecords><ResourceRecord><Value>192.0.2.1</Value></ResourceRecord></ResourceRecords></ResourceRecordSet>`;
}

const xmlError = (code: string, message: string) =>
  `<ErrorResponse xmlns="${R53}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;

/**
 * Serves ListResourceRecordSets the way Route 53 does: a page starts at (name, type) and,
 * within a routing-policy set, at the identifier; Next* name the first record not sent.
 */
function recordSetsReply(query: URLSearchParams, records: FakeRecord[]): string {
  const maxItems = Number(query.get('maxitems') ?? 300);
  const name = query.get('name');
  const type = query.get('type');
  const id = query.get('identifier');
  let start = 0;
  if (name) {
    start = records.findIndex((r) => r.name === name && (!type || r.type === type) && (!id || r.id === id));
    if (start < 0) throw new Error(`test zone has no record ${name} ${type} ${id}`);
  }
  const page = records.slice(start, start + maxItems);
  const next = records[start + maxItems];
  const tail = next
    ? `<IsTruncated>true</IsTruncated><NextRecordName>${next.name}</NextRecordName><NextRecordType>${next.type}</NextRecordType>` +
      (next.id ? `<NextRecordIdentifier>${next.id}</NextRecordIdentifier>` : '')
    : '<IsTruncated>false</IsTruncated>';
  return `<ListResourceRecordSetsResponse xmlns="${R53}"><ResourceRecordSets>${page.map(recordXml).join('')}</ResourceRecordSets>${tail}<MaxItems>${maxItems}</MaxItems></ListResourceRecordSetsResponse>`;
}

function fakeRoute53(options: { failOnPage?: number; failWith?: [number, string, string] } = {}) {
  const queries: URLSearchParams[] = [];
  const handler = {
    async handle(request: HttpRequest) {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(request.query ?? {})) {
        for (const value of Array.isArray(v) ? v : v == null ? [] : [v]) query.append(k, value);
      }
      queries.push(query);
      let status = 200;
      let body: string;
      if (options.failOnPage === queries.length) {
        const [s, code, message] = options.failWith ?? [404, 'NoSuchHostedZone', 'No hosted zone found with ID: Z1'];
        status = s;
        body = xmlError(code, message);
      } else if (request.path.endsWith('/rrset')) {
        body = recordSetsReply(query, zone);
      } else {
        body = hostedZonesReply(query);
      }
      return {
        response: new HttpResponse({
          statusCode: status,
          headers: { 'content-type': 'text/xml' },
          body: Readable.from([Buffer.from(body)]),
        }),
      };
    },
  };
  return { queries, handler };
}

const zoneIds = ['Z1', 'Z2', 'Z3', 'Z4', 'Z5'];
function hostedZonesReply(query: URLSearchParams): string {
  const maxItems = Number(query.get('maxitems') ?? 100);
  const start = query.get('marker') ? zoneIds.indexOf(query.get('marker')!) : 0;
  const page = zoneIds.slice(start, start + maxItems);
  const next = zoneIds[start + maxItems];
  const zones = page
    .map((id) => `<HostedZone><Id>/hostedzone/${id}</Id><Name>${id.toLowerCase()}.example.</Name><CallerReference>c</CallerReference><ResourceRecordSetCount>2</ResourceRecordSetCount></HostedZone>`)
    .join('');
  const tail = next ? `<IsTruncated>true</IsTruncated><NextMarker>${next}</NextMarker>` : '<IsTruncated>false</IsTruncated>';
  return `<ListHostedZonesResponse xmlns="${R53}"><HostedZones>${zones}</HostedZones><Marker>${query.get('marker') ?? ''}</Marker>${tail}<MaxItems>${maxItems}</MaxItems></ListHostedZonesResponse>`;
}

const created: AwsClients[] = [];
function route53(handler: ReturnType<typeof fakeRoute53>['handler']) {
  const c = createAwsClients({
    account: 'prod',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 's' },
    requestHandler: handler,
    rateLimits: { route53: 1000 },
  });
  created.push(c);
  return c.route53();
}

afterEach(() => {
  for (const c of created.splice(0)) c.destroy();
});

const recordKey = (r: ResourceRecordSet) => keyOf({ name: r.Name, type: r.Type, id: r.SetIdentifier });

describe('Route 53 record-set pagination', () => {
  it('lists every record exactly once across pages that split routing-policy sets', async () => {
    const fake = fakeRoute53();
    const listing = await listResourceRecordSets(route53(fake.handler), 'Z1', { maxItems: 3 });
    expect(listing.complete).toBe(true);
    expect(listing.items.map(recordKey)).toEqual(zone.map(keyOf));
    expect(listing.pages).toBe(3);
    // Page 2 starts inside the api A set, page 3 inside the www A set: identifiers were sent back.
    expect(fake.queries.map((q) => [q.get('name'), q.get('type'), q.get('identifier'), q.get('maxitems')])).toEqual([
      [null, null, null, '3'],
      ['api.example.com.', 'A', 'us', '3'],
      ['www.example.com.', 'A', 'red', '3'],
    ]);
  });

  it('asks for 300 records per page by default and can start mid-zone', async () => {
    const fake = fakeRoute53();
    const pages = [];
    for await (const page of paginateResourceRecordSets(route53(fake.handler), 'Z1', {
      start: { name: 'www.example.com.', type: 'A', identifier: 'green' },
    })) {
      pages.push(page);
    }
    expect(fake.queries[0]!.get('maxitems')).toBe('300');
    expect(fake.queries[0]!.get('identifier')).toBe('green');
    expect(pages.flatMap((p) => p.ResourceRecordSets ?? []).map(recordKey)).toEqual(zone.slice(5).map(keyOf));
  });

  it('reports a listing that failed part-way as incomplete, with what it saw and why', async () => {
    const fake = fakeRoute53({ failOnPage: 2 });
    const listing = await listResourceRecordSets(route53(fake.handler), 'Z1', { maxItems: 3 });
    expect(listing.complete).toBe(false);
    expect(listing.items.map(recordKey)).toEqual(zone.slice(0, 3).map(keyOf));
    if (listing.complete) throw new Error('unreachable');
    expect(describeAwsError(listing.error)).toBe(
      'route53 ListResourceRecordSets (account prod) failed: NoSuchHostedZone: No hosted zone found with ID: Z1',
    );
  });

  it('rejects page sizes Route 53 does not allow', () => {
    const client = route53(fakeRoute53().handler);
    expect(() => paginateResourceRecordSets(client, 'Z1', { maxItems: 301 })).toThrow(
      'ListResourceRecordSets page size must be a whole number from 1 to 300, got 301.',
    );
    expect(() => listHostedZones(client, { maxItems: 0 })).toThrow(/ListHostedZones page size .* 1 to 100, got 0/);
  });
});

describe('hosted-zone pagination', () => {
  it('follows NextMarker until the listing ends', async () => {
    const fake = fakeRoute53();
    const listing = await listHostedZones(route53(fake.handler), { maxItems: 2 });
    expect(listing).toMatchObject({ complete: true, pages: 3 });
    expect(listing.items.map((z) => z.Id)).toEqual(zoneIds.map((id) => `/hostedzone/${id}`));
    expect(fake.queries.map((q) => q.get('marker'))).toEqual([null, 'Z3', 'Z5']);
  });
});

describe('generic pagination', () => {
  /** A token-paginated source of 7 items, 3 per page, that can fail on a given page. */
  function source(failOnPage?: number) {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const tokens: (string | undefined)[] = [];
    const fetchPage = async (token: string | undefined) => {
      tokens.push(token);
      if (tokens.length === failOnPage) throw new Error('connection reset');
      const start = token ? Number(token) : 0;
      const next = start + 3 < items.length ? String(start + 3) : undefined;
      return { Items: items.slice(start, start + 3), NextToken: next };
    };
    return { fetchPage, tokens };
  }

  it('yields every page, passing each next token back', async () => {
    const s = source();
    const listing = await listAll(paginate(s.fetchPage, (p) => p.NextToken), (p) => p.Items);
    expect(listing).toEqual({ complete: true, items: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], pages: 3 });
    expect(s.tokens).toEqual([undefined, '3', '6']);
  });

  it('throws from the iterator when a page fails, and listAll turns that into complete: false', async () => {
    const pages: string[][] = [];
    await expect(async () => {
      for await (const page of paginate(source(2).fetchPage, (p) => p.NextToken)) pages.push(page.Items);
    }).rejects.toThrow('connection reset');
    expect(pages).toEqual([['a', 'b', 'c']]);

    const listing = await listAll(paginate(source(3).fetchPage, (p) => p.NextToken), (p) => p.Items);
    expect(listing.complete).toBe(false);
    expect(listing.items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('treats an empty token as the end and a repeated token as an error', async () => {
    const once = await listAll(
      paginate(async () => ({ Items: [1], NextToken: '' }), (p) => p.NextToken),
      (p) => p.Items,
    );
    expect(once).toEqual({ complete: true, items: [1], pages: 1 });

    let n = 0;
    const stuck = await listAll(
      paginate(async () => ({ Items: [n++], NextToken: 'same' }), (p) => p.NextToken),
      (p) => p.Items,
    );
    expect(stuck.complete).toBe(false);
    if (stuck.complete) throw new Error('unreachable');
    expect(String(stuck.error)).toMatch(/Pagination did not advance/);
    expect(stuck.items).toEqual([0, 1]);
  });
});
