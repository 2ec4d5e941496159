import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/load.js';
import { AWS_CALLS, DEPENDENT_ACTIONS, generateIamPolicies, type TrustPolicyDocument } from '../../src/iam/index.js';
import { PROJECT_ROOT } from '../support/action.js';
import { templateIamFiles, allowedActions, statementsFor } from './support.js';

const OPTIONS = { repository: 'example-team/aws-backup', branch: 'main', accountId: '123456789012' };
const config = (text: string) => parseConfig(text, 'aws-backup.yml');
const EXPORT_ONLY = config('version: 1\nregions: [us-east-1, eu-west-1]\n');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** `new XCommand(` under src/, with the SDK package it is imported from. */
async function commandsInSource(): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of await sourceFiles(join(PROJECT_ROOT, 'src'))) {
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/new ([A-Z][A-Za-z0-9]+)Command\(/g)) found.add(m[1]!);
  }
  return found;
}

describe('least-privilege policies from the config', () => {
  it('an export-only config yields a read-only policy: List, Get and Describe only', () => {
    const { run: { policy: runPolicy }, plan: { policy: planPolicy } } = generateIamPolicies(EXPORT_ONLY, OPTIONS);
    const actions = [...allowedActions(runPolicy)];
    expect(actions.length).toBeGreaterThan(5);
    for (const action of actions) expect(action).toMatch(/^[a-z0-9]+:(List|Get|Describe)[A-Za-z]+$/);
    expect(actions).toContain('route53:ListResourceRecordSets');
    expect(actions).toContain('elasticloadbalancing:DescribeLoadBalancers');
    // With nothing to change the scheduled role and the pull-request role are the same.
    expect(planPolicy).toEqual(runPolicy);
  });

  it('leaves out what a config switches off', () => {
    const noLbs = config('version: 1\nregions: [us-east-1]\nexport:\n  load-balancers: { enabled: false }\n  route53: { health-checks: false }\n');
    const actions = allowedActions(generateIamPolicies(noLbs, OPTIONS).run.policy);
    expect([...actions].some((a) => a.startsWith('elasticloadbalancing:'))).toBe(false);
    expect(actions.has('route53:ListHealthChecks')).toBe(false);
    expect(actions.has('route53:ListHostedZones')).toBe(true);
  });

  it('reads the change feed (cloudtrail:LookupEvents) only when incremental exports are on', () => {
    expect(allowedActions(generateIamPolicies(EXPORT_ONLY, OPTIONS).run.policy).has('cloudtrail:LookupEvents')).toBe(false);
    const incremental = config('version: 1\nregions: [us-east-1]\nexport:\n  incremental: { enabled: true }\n');
    const { run: { policy: runPolicy }, plan: { policy: planPolicy } } = generateIamPolicies(incremental, OPTIONS);
    expect(statementsFor(runPolicy, 'cloudtrail:LookupEvents')).toEqual([expect.objectContaining({ Sid: 'AnyRead', Resource: '*' })]);
    expect(allowedActions(planPolicy).has('cloudtrail:LookupEvents')).toBe(true);
    // Change History of the zones that have it: on the hosted zones only, and only with incremental exports.
    expect(allowedActions(runPolicy).has('route53:ListHostedZoneChangeBatches')).toBe(true);
    expect(allowedActions(planPolicy).has('route53:ListHostedZoneChangeBatches')).toBe(true);
    expect(allowedActions(generateIamPolicies(EXPORT_ONLY, OPTIONS).run.policy).has('route53:ListHostedZoneChangeBatches')).toBe(false);
    expect(allowedActions(runPolicy).has('route53:GetHostedZoneChangeBatch')).toBe(false);
    // ... and not when change-history is switched off.
    const feedOnly = config('version: 1\nregions: [us-east-1]\nexport:\n  incremental: { enabled: true, change-history: false }\n');
    const feedOnlyActions = allowedActions(generateIamPolicies(feedOnly, OPTIONS).run.policy);
    expect(feedOnlyActions.has('route53:ListHostedZoneChangeBatches')).toBe(false);
    expect(feedOnlyActions.has('cloudtrail:LookupEvents')).toBe(true);
  });

  it('allows the mirror upload only under its bucket prefix, and only to the run role', () => {
    const mirrored = config('version: 1\nregions: [us-east-1]\ndr-region: us-west-2\nexport:\n  mirror: { bucket: team-dr, prefix: aws-backup/ }\n');
    const { run: { policy: runPolicy }, plan: { policy: planPolicy } } = generateIamPolicies(mirrored, OPTIONS);
    expect(statementsFor(runPolicy, 's3:PutObject')).toEqual([
      expect.objectContaining({ Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::team-dr/aws-backup/*'] }),
    ]);
    expect(allowedActions(planPolicy).has('s3:PutObject')).toBe(false);
  });

  it('scopes lifecycle reads and writes to the listed buckets', () => {
    const withRules = config(`version: 1
regions: [us-east-1]
lifecycle:
  buckets:
    - { name: team-logs, rules: [{ id: expire, expiration: { days: 30 } }] }
    - { name: team-backups, rules: [] }
`);
    const { run: { policy: runPolicy }, plan: { policy: planPolicy } } = generateIamPolicies(withRules, OPTIONS);
    const buckets = ['arn:aws:s3:::team-backups', 'arn:aws:s3:::team-logs'];
    expect(statementsFor(runPolicy, 's3:PutLifecycleConfiguration')[0]!.Resource).toEqual(buckets);
    expect(statementsFor(planPolicy, 's3:GetLifecycleConfiguration')[0]!.Resource).toEqual(buckets);
    expect(allowedActions(planPolicy).has('s3:PutLifecycleConfiguration')).toBe(false);
  });

  it('conditions snapshot deletes and archiving on the tool\'s own tag, in the source and DR regions', async () => {
    const all = config(await readFile(join(PROJECT_ROOT, 'test/iam/fixtures/all-features.yml'), 'utf8'));
    const { run: { policy: runPolicy }, plan: { policy: planPolicy } } = generateIamPolicies(all, OPTIONS);
    for (const action of ['ec2:DeleteSnapshot', 'ec2:ModifySnapshotTier']) {
      const [statement, ...more] = statementsFor(runPolicy, action);
      expect(more).toEqual([]);
      expect(statement!.Condition).toEqual({ StringEquals: { 'ec2:ResourceTag/aws-backup-gitops:created-by': 'aws-backup-gitops' } });
      expect(statement!.Resource).toEqual(['arn:aws:ec2:us-east-1::snapshot/*', 'arn:aws:ec2:us-west-2::snapshot/*']);
    }
    expect(statementsFor(runPolicy, 'rds:DeleteDBSnapshot')[0]!.Condition).toEqual({
      StringEquals: { 'rds:snapshot-tag/aws-backup-gitops:created-by': 'aws-backup-gitops' },
    });
    expect(statementsFor(runPolicy, 'rds:DeleteDBClusterSnapshot')[0]!.Condition).toEqual({
      StringEquals: { 'rds:cluster-snapshot-tag/aws-backup-gitops:created-by': 'aws-backup-gitops' },
    });
    // Tags on create, plus only the volume tag on the tool's own snapshots (an instance set's
    // snapshots differ only in it): CreateTags cannot retag somebody else's snapshot.
    expect(statementsFor(runPolicy, 'ec2:CreateTags').map((s) => s.Condition)).toEqual(
      expect.arrayContaining([
        { StringEquals: { 'ec2:CreateAction': ['CopySnapshot', 'CreateSnapshot', 'CreateSnapshots'] } },
        {
          StringEquals: { 'ec2:ResourceTag/aws-backup-gitops:created-by': 'aws-backup-gitops' },
          'ForAllValues:StringEquals': { 'aws:TagKeys': ['aws-backup-gitops:volume'] },
        },
      ]),
    );
    expect(statementsFor(runPolicy, 'ec2:CreateTags')).toHaveLength(2);
    // KMS keys only through EC2 and RDS.
    const kms = statementsFor(runPolicy, 'kms:CreateGrant')[0]!;
    expect(kms.Condition!.StringEquals!['kms:ViaService']).toEqual(
      expect.arrayContaining(['ec2.us-east-1.amazonaws.com', 'rds.us-west-2.amazonaws.com']),
    );
    // The plan role can change nothing.
    for (const action of allowedActions(planPolicy)) expect(action).toMatch(/:(List|Get|Describe)[A-Za-z]+$/);
    // No statement allows a write on every resource without a condition.
    for (const s of runPolicy.Statement) {
      if (s.Resource === '*' && !s.Condition) for (const a of s.Action) expect(a).toMatch(/:(List|Get|Describe)/);
    }
  });

  it('allows assuming exactly the roles the accounts name', () => {
    const multi = config(`version: 1
regions: [us-east-1]
accounts:
  - { name: prod, role-arn: "arn:aws:iam::111111111111:role/aws-backup" }
  - { name: staging, role-arn: "arn:aws:iam::222222222222:role/aws-backup" }
`);
    const { run: { policy: runPolicy }, plan: { policy: planPolicy } } = generateIamPolicies(multi, OPTIONS);
    for (const policy of [runPolicy, planPolicy]) {
      expect(statementsFor(policy, 'sts:AssumeRole')[0]!.Resource).toEqual([
        'arn:aws:iam::111111111111:role/aws-backup',
        'arn:aws:iam::222222222222:role/aws-backup',
      ]);
    }
    // The ARNs of a policy shared by several accounts name none of them.
    expect(JSON.stringify(runPolicy)).not.toContain('123456789012');
  });

  it('uses the partition of the regions', () => {
    const gov = config('version: 1\nregions: [us-gov-west-1]\nexport:\n  load-balancers: { enabled: false }\n');
    const { run: { policy: runPolicy, trust: trustPolicy } } = generateIamPolicies(gov, OPTIONS);
    expect(statementsFor(runPolicy, 'route53:GetHostedZone')[0]!.Resource).toEqual(['arn:aws-us-gov:route53:::hostedzone/*']);
    expect((trustPolicy.Statement[0] as { Principal: { Federated: string } }).Principal.Federated).toBe('arn:aws-us-gov:iam::123456789012:oidc-provider/token.actions.githubusercontent.com');
  });
});

describe('trust policies: each role only for its workflow', () => {
  const sub = (doc: TrustPolicyDocument) => (doc.Statement[0] as { Condition: { StringEquals: Record<string, unknown> } }).Condition.StringEquals;
  const federated = (doc: TrustPolicyDocument) => (doc.Statement[0] as { Principal: { Federated: string } }).Principal.Federated;

  it('trusts exactly one GitHub subject per role, with the STS audience and StringEquals only', () => {
    const roles = generateIamPolicies(EXPORT_ONLY, OPTIONS);
    const subjects = {
      plan: 'repo:example-team/aws-backup:pull_request',
      run: 'repo:example-team/aws-backup:ref:refs/heads/main',
      restore: 'repo:example-team/aws-backup:environment:aws-restore',
      drill: 'repo:example-team/aws-backup:environment:aws-drill',
    } as const;
    for (const [duty, subject] of Object.entries(subjects) as [keyof typeof subjects, string][]) {
      const trust = roles[duty].trust;
      expect(trust.Statement, duty).toHaveLength(1);
      expect(trust.Statement[0]!.Action).toBe('sts:AssumeRoleWithWebIdentity');
      expect(federated(trust)).toBe('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com');
      // Nothing but these two keys, compared exactly: no pattern can match another subject.
      expect((trust.Statement[0] as { Condition: unknown }).Condition, duty).toEqual({
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': subject },
      });
      expect(JSON.stringify(trust)).not.toMatch(/[*?]/);
    }
    expect(roles.vault).toBeUndefined();
  });

  it('the restore role trusts only the restore environment: not the branch, so a push or a schedule cannot restore', () => {
    const { restore, run } = generateIamPolicies(EXPORT_ONLY, { ...OPTIONS, environment: 'prod-restore' });
    expect(sub(restore.trust)['token.actions.githubusercontent.com:sub']).toBe('repo:example-team/aws-backup:environment:prod-restore');
    expect(JSON.stringify(restore.trust)).not.toContain('refs/heads');
    expect(JSON.stringify(run.trust)).not.toContain('environment');
  });

  it('refuses one environment for both restores and drills', () => {
    expect(() => generateIamPolicies(EXPORT_ONLY, { ...OPTIONS, environment: 'aws-restore', drillEnvironment: 'aws-restore' })).toThrow(/give the drill its own/);
  });

  it.each([
    [{ repository: 'example-team/*' }, /repository "example-team\/\*" must be written OWNER\/NAME/],
    [{ repository: 'https://github.com/example-team/aws-backup' }, /OWNER\/NAME/],
    [{ repository: 'aws-backup' }, /OWNER\/NAME/],
    [{ branch: 'release/*' }, /branch "release\/\*" must be one exact branch name/],
    [{ branch: 'refs/heads/main' }, /no refs\/heads\/ prefix/],
    [{ environment: 'prod-*' }, /environment "prod-\*" must be one exact/],
    [{ accountId: '1234' }, /account id "1234" must be exactly 12 digits/],
  ])('refuses %j with a clear message', (override, message) => {
    expect(() => generateIamPolicies(EXPORT_ONLY, { ...OPTIONS, ...override })).toThrow(message);
  });

  it('asks for the account id when the config does not name exactly one', () => {
    const { accountId: _, ...withoutAccount } = OPTIONS;
    expect(() => generateIamPolicies(EXPORT_ONLY, withoutAccount)).toThrow(/--account-id 123456789012/);
    const named = config('version: 1\nregions: [us-east-1]\naccounts: [{ name: prod, id: "210987654321" }]\n');
    expect(federated(generateIamPolicies(named, withoutAccount).run.trust)).toContain(':210987654321:');
  });
});

describe('the catalog is the code', () => {
  it('maps every AWS call under src/ and lists no call the code never makes', async () => {
    const inSource = await commandsInSource();
    const mapped = new Set(AWS_CALLS.filter((c) => c.operation !== 'AssumeRole').map((c) => c.operation));
    // AssumeRole is made by the SDK credential provider (fromTemporaryCredentials), not a Command.
    expect([...inSource].filter((op) => !mapped.has(op)).sort()).toEqual([]);
    expect([...mapped].filter((op) => !inSource.has(op)).sort()).toEqual([]);
    const credentials = await readFile(join(PROJECT_ROOT, 'src/aws/credentials.ts'), 'utf8');
    expect(credentials).toContain('fromTemporaryCredentials');
  });

  it('adds no action beyond the called ones and those AWS checks on their behalf', () => {
    const known = new Set([...AWS_CALLS.map((c) => c.action), ...DEPENDENT_ACTIONS.map((d) => d.action)]);
    for (const d of DEPENDENT_ACTIONS) for (const op of d.neededBy) expect(AWS_CALLS.map((c) => c.operation)).toContain(op);
    const everything = config(`version: 1
regions: [us-east-1]
dr-region: us-west-2
accounts: [{ name: a, role-arn: "arn:aws:iam::111111111111:role/x" }]
export: { mirror: { bucket: team-dr } }
lifecycle: { buckets: [{ name: b, rules: [] }] }
`);
    for (const role of Object.values(generateIamPolicies(everything, OPTIONS))) {
      for (const action of allowedActions(role.policy)) expect(known.has(action), action).toBe(true);
    }
  });

  it('template/iam holds the policies generated for the all-features example', async () => {
    const generated = await templateIamFiles(PROJECT_ROOT);
    expect((await readdir(join(PROJECT_ROOT, 'template/iam'))).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, content] of Object.entries(generated)) {
      const committed = await readFile(join(PROJECT_ROOT, 'template/iam', name), 'utf8');
      expect(committed, `template/iam/${name} is stale: run npx vite-node scripts/gen-template-iam.ts`).toBe(content);
    }
  });
});
