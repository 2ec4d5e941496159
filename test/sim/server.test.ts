/**
 * The simulator's server core: identity from SigV4, rate limits, fault injection, latency,
 * stats, fixture merging and the standalone CLI.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { GetHostedZoneCommand, ListHostedZonesCommand, ListResourceRecordSetsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { parseCliArgs } from './cli.js';
import { loadFixtures } from './fixture.js';
import { parseCredentialScope, startSim, type Sim } from './server.js';

const SAMPLE = 'test/fixtures/sample-route53.yaml';

function client(sim: Sim, account = '111111111111', maxAttempts = 1): Route53Client {
  return new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: sim.credentialsFor(account), maxAttempts });
}

async function caught(promise: Promise<unknown>): Promise<Error & { code?: string; $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

async function withSim<T>(options: Parameters<typeof startSim>[0], fn: (sim: Sim) => Promise<T>): Promise<T> {
  const sim = await startSim(options);
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}

describe('identity', () => {
  it('reads service, region and access key from the credential scope', () => {
    const scope = parseCredentialScope(
      'AWS4-HMAC-SHA256 Credential=AKIASIMK111111111111/20260101/eu-west-1/elasticloadbalancing/aws4_request, SignedHeaders=host, Signature=abc',
      new URLSearchParams(),
    );
    expect(scope).toEqual({ accessKeyId: 'AKIASIMK111111111111', region: 'eu-west-1', service: 'elasticloadbalancing' });
    const presigned = new URLSearchParams({ 'X-Amz-Credential': 'AKIASIMK111111111111/20260101/us-west-2/s3/aws4_request' });
    expect(parseCredentialScope(undefined, presigned)?.service).toBe('s3');
    expect(parseCredentialScope(undefined, new URLSearchParams())).toBeUndefined();
  });

  it('rejects an unknown access key with InvalidClientTokenId (403)', async () => {
    await withSim({ fixtures: [SAMPLE] }, async (sim) => {
      const stranger = new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }, maxAttempts: 1 });
      const error = await caught(stranger.send(new ListHostedZonesCommand({})));
      expect(error.name).toBe('InvalidClientTokenId');
      expect(error.$metadata?.httpStatusCode).toBe(403);
    });
  });

  it('keeps accounts apart by access key and gives deterministic keys and env', async () => {
    await withSim({ fixtures: [SAMPLE] }, async (sim) => {
      expect(sim.accounts).toEqual(['111111111111', '222222222222']);
      const second = await client(sim, '222222222222').send(new ListHostedZonesCommand({}));
      expect(second.HostedZones?.map((z) => z.Name)).toEqual(['team.example.org.']);
      expect(sim.env('222222222222')).toEqual({
        AWS_ENDPOINT_URL: sim.url,
        AWS_ACCESS_KEY_ID: 'AKIASIMK222222222222',
        AWS_SECRET_ACCESS_KEY: sim.credentialsFor('222222222222').secretAccessKey,
        AWS_REGION: 'us-east-1',
        AWS_EC2_METADATA_DISABLED: 'true',
      });
      expect(sim.env().AWS_ACCESS_KEY_ID).toBe('AKIASIMK111111111111');
      expect(() => sim.credentialsFor('999999999999')).toThrow(/not in the simulator's fixture/);
    });
  });
});

describe('rate limits', () => {
  it('answers over-limit calls with Route 53 Throttling (400, "Rate exceeded"), per account', async () => {
    await withSim({ fixtures: [SAMPLE], rateLimits: { route53: { rate: 0.5, burst: 2 } } }, async (sim) => {
      const r53 = client(sim);
      await r53.send(new ListHostedZonesCommand({}));
      await r53.send(new ListHostedZonesCommand({}));
      const error = await caught(r53.send(new ListHostedZonesCommand({})));
      expect(error.name).toBe('Throttling');
      expect(error.message).toBe('Rate exceeded');
      expect(error.$metadata?.httpStatusCode).toBe(400);
      // The other account has its own bucket.
      await expect(client(sim, '222222222222').send(new ListHostedZonesCommand({}))).resolves.toBeDefined();
      expect(sim.stats.throttled).toBe(1);
      expect(sim.stats.calls['route53:ListHostedZones']).toBe(4);
    });
  });

  it('is recognised by the SDK as throttling: the standard retry strategy retries it and succeeds', async () => {
    await withSim({ fixtures: [SAMPLE], rateLimits: { route53: { rate: 5, burst: 1 } } }, async (sim) => {
      const r53 = client(sim, '111111111111', 5);
      await r53.send(new ListHostedZonesCommand({}));
      const second = await r53.send(new ListHostedZonesCommand({}));
      expect(second.$metadata.attempts).toBeGreaterThan(1);
      expect(sim.stats.throttled).toBeGreaterThanOrEqual(1);
      // A non-throttling client error is not retried (wait for a token so the call is not throttled).
      await new Promise((resolve) => setTimeout(resolve, 300));
      const notFound = await caught(r53.send(new GetHostedZoneCommand({ Id: 'ZMISSING' })));
      expect((notFound as { $metadata?: { attempts?: number } }).$metadata?.attempts).toBe(1);
    });
  });
});

describe('faults', () => {
  const fixture = {
    accounts: [
      {
        id: '111111111111',
        route53: {
          hostedZones: [
            { Id: 'ZF', Name: 'f.test.', ResourceRecordSets: Array.from({ length: 8 }, (_, i) => ({ Name: `r${i}.f.test.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: `10.0.0.${i}` }] })) },
          ],
        },
      },
    ],
  };

  it('fails page N of a listing (after: N-1) the given number of times', async () => {
    await withSim({ fixtures: [fixture] }, async (sim) => {
      sim.addFault({ service: 'route53', operation: 'ListResourceRecordSets', after: 1, kind: 'http500' });
      const r53 = client(sim);
      const page1 = await r53.send(new ListResourceRecordSetsCommand({ HostedZoneId: 'ZF', MaxItems: 4 }));
      const start = { HostedZoneId: 'ZF', MaxItems: 4, StartRecordName: page1.NextRecordName, StartRecordType: page1.NextRecordType };
      const error = await caught(r53.send(new ListResourceRecordSetsCommand(start)));
      expect(error.name).toBe('InternalFailure');
      expect(error.$metadata?.httpStatusCode).toBe(500);
      const page2 = await r53.send(new ListResourceRecordSetsCommand(start));
      expect(page2.ResourceRecordSets).toHaveLength(4);
      expect(sim.stats.faultsInjected).toBe(1);
    });
  });

  it('drops the connection without a response, and the next call works', async () => {
    await withSim({ fixtures: [fixture], faults: [{ operation: 'ListHostedZones', kind: 'drop' }] }, async (sim) => {
      const r53 = client(sim);
      const error = await caught(r53.send(new ListHostedZonesCommand({})));
      expect(`${error.name} ${error.code ?? ''} ${error.message}`).toMatch(/ECONNRESET|socket hang up/);
      await expect(r53.send(new ListHostedZonesCommand({}))).resolves.toBeDefined();
    });
  });

  it('injects a given error for matching requests only, as often as asked', async () => {
    await withSim({ fixtures: [SAMPLE] }, async (sim) => {
      sim.addFault({
        account: '222222222222',
        match: (req) => req.method === 'GET',
        kind: { code: 'AccessDenied', status: 403, message: 'not allowed' },
        times: Infinity,
      });
      await expect(client(sim).send(new ListHostedZonesCommand({}))).resolves.toBeDefined();
      for (let i = 0; i < 3; i++) {
        const error = await caught(client(sim, '222222222222').send(new ListHostedZonesCommand({})));
        expect([error.name, error.message, error.$metadata?.httpStatusCode]).toEqual(['AccessDenied', 'not allowed', 403]);
      }
      expect(sim.stats.faultsInjected).toBe(3);
      sim.resetStats();
      expect(sim.stats).toEqual({ calls: {}, throttled: 0, faultsInjected: 0, total: 0 });
    });
  });
});

describe('latency and clock', () => {
  it('adds latency to every response', async () => {
    await withSim({ fixtures: [SAMPLE], latencyMs: 60 }, async (sim) => {
      const started = performance.now();
      await client(sim).send(new ListHostedZonesCommand({}));
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    });
  });

  it('starts simulated time at 2026-01-01 and moves it with advance()', async () => {
    await withSim({ clock: { frozen: true } }, async (sim) => {
      expect(new Date(sim.ctx.now()).toISOString()).toBe('2026-01-01T00:00:00.000Z');
      sim.advance(40 * 24 * 3600 * 1000);
      expect(new Date(sim.ctx.now()).toISOString()).toBe('2026-02-10T00:00:00.000Z');
      expect(sim.accounts).toEqual(['111111111111']);
    });
  });
});

describe('fixtures', () => {
  it('merges accounts by id and deep-merges their keys, later fixtures winning', () => {
    const merged = loadFixtures([
      { accounts: [{ id: '111111111111', route53: { hostedZones: [{ Name: 'a.' }] }, s3: { buckets: ['x'] } }] },
      { accounts: [{ id: 111111111111, route53: { healthChecks: [] } }, { id: '333333333333' }] },
      { accounts: [{ id: '111111111111', s3: { buckets: ['y'] } }] },
    ]);
    expect(merged.accounts).toEqual([
      { id: '111111111111', route53: { hostedZones: [{ Name: 'a.' }], healthChecks: [] }, s3: { buckets: ['y'] } },
      { id: '333333333333' },
    ]);
  });

  it('explains a bad fixture', () => {
    expect(() => loadFixtures([{ accounts: [{ id: '12' }] }])).toThrow(/accounts\[0\]\.id must be a 12-digit AWS account id/);
    expect(() => loadFixtures(['test/fixtures/no-such-file.yaml'])).toThrow(/Cannot read simulator fixture/);
  });

  it('names the zone of an invalid fixture record', async () => {
    const bad = { accounts: [{ id: '111111111111', route53: { hostedZones: [{ Name: 'x.test.', ResourceRecordSets: [{ Name: 'www.other.test.', Type: 'A', TTL: 1, ResourceRecords: [{ Value: '1.2.3.4' }] }] }] } }] };
    await expect(startSim({ fixtures: [bad] })).rejects.toThrow(/hostedZones\[0\] \(x\.test\.\).*not permitted in zone x\.test\./);
  });
});

describe('cli', () => {
  it('parses its options', () => {
    expect(parseCliArgs(['--', '--fixture', 'a.yaml', '--latency', '30', '--rate', 'route53=5:10', '--rate', 'ec2=20:50'])).toEqual({
      fixtures: ['a.yaml'],
      latencyMs: 30,
      rateLimits: { route53: { rate: 5, burst: 10 }, ec2: { rate: 20, burst: 50 } },
    });
    expect(() => parseCliArgs(['--rate', 'route53'])).toThrow(/service=rate:burst/);
    expect(() => parseCliArgs(['--nope', '1'])).toThrow(/Unknown option --nope/);
  });

  it('runs standalone and prints the endpoint and account keys', async () => {
    // vite-node's own entry, so the process we kill is the one serving.
    const child = spawn(process.execPath, ['node_modules/vite-node/vite-node.mjs', 'test/sim/cli.ts', '--', '--fixture', SAMPLE, '--latency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`cli exited with ${code}`)));
      });
      const info = JSON.parse(line) as { url: string; accounts: Record<string, { accessKeyId: string; secretAccessKey: string }> };
      expect(Object.keys(info.accounts)).toEqual(['111111111111', '222222222222']);
      const r53 = new Route53Client({ endpoint: info.url, region: 'us-east-1', credentials: info.accounts['222222222222']!, maxAttempts: 1 });
      const zones = await r53.send(new ListHostedZonesCommand({}));
      expect(zones.HostedZones?.map((z) => z.Name)).toEqual(['team.example.org.']);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
