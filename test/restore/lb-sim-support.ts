/**
 * Shared set-up of the load-balancer restore tests: the simulated account with the sample load
 * balancers, the restore context, an export of a region written into the repository, and the
 * comparison of export files without what a re-created resource gets anew.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, vi } from 'vitest';
import { parse } from 'yaml';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { resolveAccounts } from '../../src/config/schema.js';
import { exportClassicLoadBalancers } from '../../src/export/elb.js';
import { exportLoadBalancersV2 } from '../../src/export/elbv2.js';
import type { ExportResult } from '../../src/export/types.js';
import { applyPlan } from '../../src/plan/apply.js';
import type { Plan } from '../../src/plan/plan.js';
import type { RestoreContext, RestoreRequest } from '../../src/restore/types.js';
import { startSim, type Sim } from '../sim/server.js';

export const SAMPLE = 'test/fixtures/sample-load-balancers.yaml';
export const ACCOUNT = '111111111111';
export const EAST = 'us-east-1';
export const WEST = 'us-west-2';
export const ALB_FILE = 'exports/main/load-balancers/us-east-1/application/my-alb.yaml';
export const CERT = 'arn:aws:acm:us-east-1:111111111111:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
export const CERT2 = 'arn:aws:acm:us-east-1:111111111111:certificate/9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4';
export const WEST_CERTS = `${CERT}=arn:aws:acm:us-west-2:111111111111:certificate/west-1,${CERT2}=arn:aws:acm:us-west-2:111111111111:certificate/west-2`;

export interface LbSim {
  sim: Sim;
  clients: AwsClients;
  ctx: RestoreContext;
  repo: string;
}

let current: LbSim | undefined;

export async function startLbSim(): Promise<LbSim> {
  const sim = await startSim({ fixtures: [SAMPLE] });
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  const clients = createAwsClients({
    account: 'main',
    credentials: sim.credentialsFor(ACCOUNT),
    env: { AWS_ENDPOINT_URL: sim.url },
    maxAttempts: 1,
    rateLimits: { elasticloadbalancing: 1000, ec2: 1000 },
  });
  const repo = await mkdtemp(join(tmpdir(), 'abg-lb-restore-'));
  const config = parseConfig('version: 1\nregions: [us-east-1]\ndr-region: us-west-2\naccounts:\n  - name: main\n', 'aws-backup.yml');
  const ctx: RestoreContext = { config, account: resolveAccounts(config)[0]!, clients, repoRoot: repo, now: new Date(), log: () => {} };
  current = { sim, clients, ctx, repo };
  return current;
}

/** For afterEach: closes what startLbSim opened. */
export async function stopLbSim(): Promise<void> {
  if (!current) return;
  const { sim, clients, repo } = current;
  current = undefined;
  clients.destroy();
  await sim.close();
  await rm(repo, { recursive: true, force: true });
  vi.unstubAllEnvs();
}

export async function exportRegion(c: AwsClients, region: string, root?: string, includeTargets = false): Promise<ExportResult> {
  const v2 = await exportLoadBalancersV2(c.elbv2(region), region, { includeTargets });
  const classic = await exportClassicLoadBalancers(c.elb(region), region, { includeTargets });
  const result: ExportResult = { files: [...v2.files, ...classic.files], failures: [...v2.failures, ...classic.failures], completeScopes: [] };
  expect(result.failures).toEqual([]);
  if (root) {
    for (const file of result.files) {
      const path = join(root, 'exports/main', file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
  }
  return result;
}

const VOLATILE = new Set(['LoadBalancerArn', 'ListenerArn', 'RuleArn', 'TargetGroupArn', 'DNSName', 'CanonicalHostedZoneName']);

/** An export file's content without what a re-created resource gets anew (ARNs, DNS name). */
export function stable(content: string | undefined, replace: Record<string, string> = {}): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([k]) => !VOLATILE.has(k)).map(([k, v]) => [k, strip(v)]));
    }
    return typeof value === 'string' ? (replace[value] ?? value) : value;
  };
  return strip(parse(content ?? 'null'));
}

export function file(result: ExportResult, path: string): string | undefined {
  return result.files.find((f) => f.path === path)?.content;
}

export function request(overrides: Partial<RestoreRequest> = {}): RestoreRequest {
  return { kind: 'load-balancer', source: 'my-alb', force: false, options: {}, ...overrides };
}

export async function apply(plan: Plan): Promise<void> {
  const results = await applyPlan(plan, { dryRun: false, concurrency: 4 });
  expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
}

export function creates(s: Sim): string[] {
  return s.ctx.log.filter((e) => /^(Create|Modify|Set|Add|Register|Configure|Apply)/.test(e.operation)).map((e) => e.operation);
}
