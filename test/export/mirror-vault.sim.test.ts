/**
 * The export mirror into a bucket of the vault account, through the real SDK clients against
 * the simulator (source 111111111111 with Route 53 zones, vault 222222222222). The vault role
 * uploads; a bucket declared `object-lock: true` is checked before any upload (Object Lock
 * enabled, versioning on) and the result is said in the summary and the report; a bucket that
 * is declared locked but is not gets one error and no upload at all. Every call made with the
 * vault's credentials is allowed by the generated vault role, and the run role holds no S3 write.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startSim, type Sim } from '../sim/server.js';
import { s3State } from '../sim/s3-core.js';
import { createWorkspace, PROJECT_ROOT, type Workspace } from '../support/action.js';
import { runCommand } from '../../src/commands/run.js';
import { parseConfig } from '../../src/config/load.js';
import { generateIamPolicies, iamActionForCall } from '../../src/iam/index.js';
import { reportSchemaErrors } from '../support/report-schema.js';
import { toJson } from '../../src/report/report.js';
import { allowedActions } from '../iam/support.js';

const SOURCE = '111111111111';
const VAULT = '222222222222';
const BUCKETS = {
  accounts: [
    {
      id: VAULT,
      s3: {
        buckets: [
          { Name: 'exports-vault-locked', BucketRegion: 'eu-west-1', ObjectLockEnabled: true, ObjectLockRule: { Mode: 'COMPLIANCE', Days: 30 } },
          { Name: 'exports-vault-plain', BucketRegion: 'eu-west-1' },
        ],
      },
    },
  ],
};

const config = (bucket: string) => `version: 1
regions: [us-east-1]
accounts: [{ name: prod, id: "${SOURCE}" }]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  kms-keys: { eu-west-1: alias/vault-backup }
export:
  load-balancers: { enabled: false }
  mirror:
    bucket: ${bucket}
    region: eu-west-1
    prefix: aws-backup/
    account: vault
    object-lock: true
`;

let sim: Sim | undefined;
let ws: Workspace | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await sim?.close();
  if (ws) await rm(ws.root, { recursive: true, force: true });
  sim = undefined;
  ws = undefined;
});

async function runWith(bucket: string) {
  sim = await startSim({ fixtures: [join(PROJECT_ROOT, 'test/fixtures/vault-accounts.yaml'), join(PROJECT_ROOT, 'test/fixtures/sample-route53.yaml'), BUCKETS] });
  ws = await createWorkspace({ 'aws-backup.yml': config(bucket) });
  for (const [k, v] of Object.entries(sim.env(SOURCE))) vi.stubEnv(k, v);
  vi.stubEnv('AWS_CONFIG_FILE', join(ws.home, 'no-aws-config'));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(ws.home, 'no-aws-credentials'));
  return runCommand({ command: 'run', configPath: 'aws-backup.yml', repoRoot: ws.repo, dryRun: false, log: () => undefined, env: { ...ws.env, ...sim.env(SOURCE), GITHUB_EVENT_NAME: 'schedule' } });
}

const s3Calls = () => sim!.ctx.log.filter((l) => l.service === 's3');

describe('the export mirror in the vault account', () => {
  it('checks Object Lock and versioning before any upload, uploads with the vault role, and says so', async () => {
    const { report, summaryExtras } = await runWith('exports-vault-locked');
    expect(report.failures).toEqual([]);
    const mirrored = report.sections.find((s) => s.name === 'mirror')!.actions;
    expect(mirrored.length).toBeGreaterThan(1);
    expect(mirrored.every((a) => a.outcome.status === 'applied')).toBe(true);

    // The checks came first, every S3 call was the vault's, and the objects got the bucket's retention.
    const calls = s3Calls();
    expect(calls.slice(0, 2).map((l) => l.operation).sort()).toEqual(['GetBucketVersioning', 'GetObjectLockConfiguration']);
    expect(calls.filter((l) => l.operation === 'PutObject')).toHaveLength(mirrored.length);
    expect(calls.every((l) => l.account === VAULT && l.region === 'eu-west-1')).toBe(true);
    const bucket = s3State(sim!.ctx, VAULT).buckets.get('exports-vault-locked')!;
    expect([...bucket.versions.keys()].filter((k) => !k.startsWith('aws-backup/exports/prod/route53/'))).toEqual([]);
    for (const versions of bucket.versions.values()) expect(versions.at(-1)!.Retention?.Mode).toBe('COMPLIANCE');

    expect(report.mirror).toEqual({ bucket: 'exports-vault-locked', region: 'eu-west-1', account: 'vault', accountId: VAULT, objectLock: 'enabled', defaultRetention: { mode: 'COMPLIANCE', days: 30 }, versioning: 'Enabled', uploads: true });
    expect(summaryExtras.join('\n')).toContain(
      '`s3://exports-vault-locked` in eu-west-1, account vault (222222222222): Object Lock enabled (compliance default retention of 30 days), versioning on — ✅ checked before any upload.',
    );
    expect(reportSchemaErrors(JSON.parse(toJson(report)))).toEqual([]);
  });

  it('a bucket declared locked that is not: one clear error and no upload, the export itself still written', async () => {
    const { report } = await runWith('exports-vault-plain');
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ section: 'mirror', item: 's3://exports-vault-plain' });
    expect(report.failures[0]!.reason).toMatch(
      /^export\.mirror declares object-lock: true, but on s3:\/\/exports-vault-plain \(eu-west-1, account vault 222222222222\) Object Lock is not enabled on it .*--object-lock-enabled-for-bucket.*, and versioning is off .*; nothing is uploaded$/,
    );
    expect(s3Calls().map((l) => l.operation).sort()).toEqual(['GetBucketVersioning', 'GetObjectLockConfiguration']);
    expect(report.sections.find((s) => s.name === 'mirror')?.actions ?? []).toEqual([]);
    expect(report.sections.find((s) => s.name === 'route53')!.actions.length).toBeGreaterThan(1);
    expect(report.mirror).toMatchObject({ objectLock: 'not-enabled', versioning: 'off', uploads: false });
  });

  it('the vault role allows every call the mirror made with it; the run role holds no S3 write', async () => {
    await runWith('exports-vault-locked');
    const roles = generateIamPolicies(parseConfig(config('exports-vault-locked'), 'aws-backup.yml'), { repository: 'example-team/aws-backup', branch: 'main', accountId: SOURCE });
    const vaultAllowed = allowedActions(roles.vault!.policy);
    const made = new Set(s3Calls().map((l) => iamActionForCall('s3', l.operation)));
    expect([...made].sort()).toEqual(['s3:GetBucketObjectLockConfiguration', 's3:GetBucketVersioning', 's3:PutObject']);
    for (const action of made) expect(vaultAllowed.has(action!), action).toBe(true);
    const mirrorStatements = roles.vault!.policy.Statement.filter((s) => s.Action.some((a) => a.startsWith('s3:')));
    expect(mirrorStatements.map((s) => s.Resource).sort()).toEqual([['arn:aws:s3:::exports-vault-locked'], ['arn:aws:s3:::exports-vault-locked/aws-backup/*']]);
    expect([...allowedActions(roles.run.policy)].filter((a) => a.startsWith('s3:'))).toEqual([]);
  });
});
