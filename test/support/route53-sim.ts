/**
 * What the simulator's Route 53 tests share: the sample fixture and its zone ids, an SDK client
 * for a simulated account, and helpers to list every record, catch a failure and write an A record.
 */
import { ListResourceRecordSetsCommand, Route53Client, type ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { Sim } from '../sim/server.js';

export const SAMPLE = 'test/fixtures/sample-route53.yaml';
export const PUBLIC = 'Z01EXAMPLEPUBLIC';
export const PRIVATE = 'Z02EXAMPLEPRIVATE';

export function client(sim: Sim, account = '111111111111', maxAttempts = 1): Route53Client {
  return new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(account), maxAttempts });
}

export async function allRecords(r53: Route53Client, zoneId: string, maxItems?: number): Promise<{ records: ResourceRecordSet[]; pages: number }> {
  const records: ResourceRecordSet[] = [];
  let start: { StartRecordName?: string; StartRecordType?: ResourceRecordSet['Type']; StartRecordIdentifier?: string } = {};
  let pages = 0;
  for (;;) {
    const page = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: zoneId, MaxItems: maxItems, ...start }));
    pages += 1;
    records.push(...(page.ResourceRecordSets ?? []));
    if (!page.IsTruncated) return { records, pages };
    start = { StartRecordName: page.NextRecordName, StartRecordType: page.NextRecordType, StartRecordIdentifier: page.NextRecordIdentifier };
  }
}

export async function caught(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

export const a = (name: string, value: string, extra: Partial<ResourceRecordSet> = {}): ResourceRecordSet => ({
  Name: name,
  Type: 'A',
  TTL: 60,
  ResourceRecords: [{ Value: value }],
  ...extra,
});
