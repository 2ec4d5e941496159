/**
 * What the rate budget tests share: AWS answered by a request handler, SDK clients built on it
 * and cleaned up after each test, and a clock the test moves by hand.
 */
import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/protocols';
import type { HttpRequest } from '@smithy/types';
import { vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';

/** A request handler standing in for AWS: every request goes through the real SDK stack. */
interface Seen {
  request: HttpRequest;
  at: number;
}
export type Reply = { status?: number; body: string };

export function fakeAws(reply: (request: HttpRequest, index: number) => Reply) {
  const seen: Seen[] = [];
  const handler = {
    async handle(request: HttpRequest) {
      seen.push({ request, at: performance.now() });
      const { status = 200, body } = reply(request, seen.length - 1);
      const response = new HttpResponse({
        statusCode: status,
        headers: { 'content-type': 'text/xml' },
        body: Readable.from([Buffer.from(body)]),
      });
      return { response };
    },
  };
  return { seen, handler };
}

export const R53 = 'https://route53.amazonaws.com/doc/2013-04-01/';
const zonesXml = `<ListHostedZonesResponse xmlns="${R53}"><HostedZones></HostedZones><IsTruncated>false</IsTruncated><MaxItems>100</MaxItems></ListHostedZonesResponse>`;
const volumesXml = `<DescribeVolumesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><volumeSet></volumeSet></DescribeVolumesResponse>`;

/** Any AWS reply by host: enough for ListHostedZones and DescribeVolumes. */
export function okReply(request: HttpRequest): Reply {
  return { body: request.hostname.startsWith('route53') ? zonesXml : volumesXml };
}

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const created: AwsClients[] = [];
export function clients(options: Partial<Parameters<typeof createAwsClients>[0]> & { account?: string }): AwsClients {
  const c = createAwsClients({ account: 'prod', credentials, ...options });
  created.push(c);
  return c;
}

/** Destroys the clients a test made and restores its mocks: each test file runs it afterEach. */
export function cleanUp(): void {
  for (const c of created.splice(0)) c.destroy();
  vi.restoreAllMocks();
}

/** A clock the test moves by hand: buckets refill only when it says so. */
export function manualClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

export async function settle(ms = 150): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
