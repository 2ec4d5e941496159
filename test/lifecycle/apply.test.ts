/**
 * The lifecycle plan against the simulated account, through real S3Clients: declared rules
 * applied, read back and planned again with no changes; import then plan; drift restored;
 * one missing bucket failing alone.
 */
import { GetBucketLifecycleConfigurationCommand, PutBucketLifecycleConfigurationCommand } from '@aws-sdk/client-s3';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import { parseConfig } from '../../src/config/load.js';
import { planLifecycle } from '../../src/lifecycle/apply.js';
import { importLifecycle } from '../../src/lifecycle/import.js';
import { resolveLifecycleBuckets } from '../../src/lifecycle/resolve.js';
import { applyPlan } from '../../src/plan/apply.js';
import type { Plan } from '../../src/plan/plan.js';
import { s3Handler, s3State } from '../sim/s3.js';
import { startSim, type Sim } from '../sim/server.js';

const ACCOUNT = '111111111111';
const LOGS = 'logs-111111111111';
const ARCHIVE = 'archive-111111111111';
const PLAIN = 'plain-111111111111';

let sim: Sim;
let clients: AwsClients;

const fixture = () => ({
  accounts: [
    {
      id: ACCOUNT,
      s3: {
        buckets: [
          { Name: LOGS, BucketRegion: 'eu-west-1', Versioning: { Status: 'Enabled' } },
          {
            Name: ARCHIVE,
            BucketRegion: 'eu-west-1',
            Versioning: { Status: 'Enabled' },
            // Set by hand in the console: legacy Prefix form, lower-case days only.
            LifecycleRules: [{ ID: 'console-rule', Prefix: '', Status: 'Enabled', Expiration: { Days: 30 } }],
          },
          { Name: PLAIN, BucketRegion: 'eu-west-1' },
        ],
      },
    },
  ],
});

const CONFIG = `version: 1
regions: [eu-west-1]
lifecycle:
  buckets:
    - name: ${LOGS}
      rules:
        - id: logs-to-glacier
          filter:
            prefix: logs/
            tags: [{ key: team, value: ops }, { key: retain, value: "yes" }]
          transitions:
            - { days: 30, storage-class: STANDARD_IA }
            - { days: 90, storage-class: GLACIER }
            - { days: 180, storage-class: DEEP_ARCHIVE }
          expiration: { days: 365 }
        - id: old-versions
          noncurrent-version-transitions:
            - { noncurrent-days: 30, storage-class: GLACIER_IR, newer-noncurrent-versions: 2 }
          noncurrent-version-expiration: { noncurrent-days: 120 }
        - id: uploads
          abort-incomplete-multipart-upload: { days-after-initiation: 7 }
        - id: markers
          status: disabled
          expiration: { expired-object-delete-marker: true }
        - id: on-a-date
          filter: { object-size-greater-than: 1024 }
          transitions: [{ date: 2030-01-01, storage-class: INTELLIGENT_TIERING }]
    - name: ${ARCHIVE}
      rules: []
`;

async function buckets(text: string) {
  return resolveLifecycleBuckets(parseConfig(text, 'aws-backup.yml'), 'aws-backup.yml');
}

async function plan(text = CONFIG, scheduled = false): Promise<Plan> {
  return planLifecycle(await buckets(text), () => clients, { scheduled });
}

async function apply(p: Plan) {
  return applyPlan(p, { dryRun: false, concurrency: 4 });
}

beforeAll(async () => {
  sim = await startSim({ handlers: [s3Handler], fixtures: [fixture()] });
});
afterAll(() => sim.close());

beforeEach(() => {
  vi.stubEnv('AWS_ENDPOINT_URL', sim.url);
  clients = createAwsClients({ account: 'default', credentials: sim.credentialsFor(ACCOUNT), env: { AWS_ENDPOINT_URL: sim.url }, maxAttempts: 2 });
  // Fresh buckets for every test.
  const state = s3State(sim.ctx, ACCOUNT);
  state.buckets.clear();
  for (const b of fixture().accounts[0]!.s3.buckets) {
    state.buckets.set(b.Name, {
      Name: b.Name,
      BucketRegion: b.BucketRegion,
      CreationDate: new Date(0),
      versions: new Map(),
      ...(b.Versioning ? { Versioning: b.Versioning as { Status: 'Enabled' } } : {}),
      ...('LifecycleRules' in b ? { LifecycleRules: structuredClone(b.LifecycleRules) as never } : {}),
      objects: new Map(),
    });
  }
});
afterEach(() => {
  clients.destroy();
  vi.unstubAllEnvs();
});

describe('planLifecycle', () => {
  it('plans, applies, reads back and then plans no changes', async () => {
    const first = await plan();
    expect(first.errors).toEqual([]);
    expect(first.actions.map((a) => [a.kind, a.target, a.destructive])).toEqual([
      // New expirations delete objects that are kept today: destructive, as a deletion is.
      ['update', `s3://${LOGS} (eu-west-1)`, true],
      ['delete', `s3://${ARCHIVE} (eu-west-1)`, true],
    ]);
    expect(first.actions[0]!.reason).toMatch(
      /^rule "logs-to-glacier" added; rule "markers" added; rule "old-versions" added; rule "on-a-date" added; rule "uploads" added — S3 will delete sooner: rule "logs-to-glacier" \(prefix "logs\/", tag retain=yes, tag team=ops\) expires objects after 365 days \(was never\)/,
    );
    expect(first.actions[0]!.details).toMatchObject({ added: 5, changed: 0, removed: 0, rules: 5, 'expires-sooner': expect.any(Number) });
    expect(first.actions[1]!.reason).toBe('rule "console-rule" removed');

    const results = await apply(first);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);

    // What S3 now holds, in its own shapes: And for several conditions, Date at midnight.
    const live = await clients.s3('eu-west-1').send(new GetBucketLifecycleConfigurationCommand({ Bucket: LOGS }));
    const byId = new Map(live.Rules!.map((r) => [r.ID, r]));
    expect(byId.get('logs-to-glacier')!.Filter).toEqual({
      And: { Prefix: 'logs/', Tags: [{ Key: 'retain', Value: 'yes' }, { Key: 'team', Value: 'ops' }] },
    });
    expect(byId.get('on-a-date')!.Transitions).toEqual([{ Date: new Date('2030-01-01T00:00:00.000Z'), StorageClass: 'INTELLIGENT_TIERING' }]);
    expect(byId.get('markers')!.Status).toBe('Disabled');
    expect(s3State(sim.ctx, ACCOUNT).buckets.get(ARCHIVE)!.LifecycleRules).toBeUndefined();

    const second = await plan();
    expect(second).toEqual({ actions: [], warnings: [], errors: [] });
  });

  it('reports a changed field, a removed rule and the bucket owned by the repo', async () => {
    await apply(await plan());
    const changed = CONFIG.replace('{ days: 365 }', '{ days: 400 }').replace(/        - id: uploads\n.*\n/, '');
    const p = await plan(changed);
    expect(p.actions).toHaveLength(1);
    expect(p.actions[0]!.reason).toBe('rule "logs-to-glacier" changed: expiration after 365 days → after 400 days; rule "uploads" removed');
    expect(p.actions[0]!.destructive).toBe(true);
    expect(p.actions[0]!.details).toMatchObject({ changed: 1, removed: 1 });
  });

  it('marks a shortened expiration destructive, naming the rule and prefix; a longer one is not', async () => {
    await apply(await plan());
    const shorter = await plan(CONFIG.replace('{ days: 365 }', '{ days: 200 }'));
    expect(shorter.actions[0]!.destructive).toBe(true);
    expect(shorter.actions[0]!.reason).toContain('S3 will delete sooner: rule "logs-to-glacier" (prefix "logs/", tag retain=yes, tag team=ops) expires objects after 200 days (was 365 days)');
    const longer = await plan(CONFIG.replace('{ days: 365 }', '{ days: 400 }'));
    expect(longer.actions[0]!.destructive).toBe(false);
    expect(longer.actions[0]!.reason).not.toContain('delete sooner');
  });

  it('treats rules written in AWS’s other spellings as equal', async () => {
    const s3 = clients.s3('eu-west-1');
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: PLAIN,
        LifecycleConfiguration: {
          Rules: [
            { ID: 'b', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 10 } },
            { ID: 'a', Status: 'Enabled', Filter: { And: { Prefix: 'x/' } }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 3 } },
          ],
        },
      }),
    );
    const config = `version: 1
regions: [eu-west-1]
lifecycle:
  buckets:
    - name: ${PLAIN}
      rules:
        - { id: a, filter: { prefix: x/ }, abort-incomplete-multipart-upload: { days-after-initiation: 3 } }
        - { id: b, filter: {}, expiration: { days: 10 } }
`;
    expect((await plan(config)).actions).toEqual([]);
  });

  it('reports drift on a scheduled run and puts the declared rules back', async () => {
    await apply(await plan());
    // Someone edits the bucket in the console.
    const state = s3State(sim.ctx, ACCOUNT).buckets.get(LOGS)!;
    state.LifecycleRules = state.LifecycleRules!.map((r) => (r.ID === 'uploads' ? { ...r, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 30 } } : r));
    state.LifecycleRules.push({ ID: 'console-extra', Status: 'Enabled', Filter: {}, Expiration: { Days: 5 } });

    const drifted = await plan(CONFIG, true);
    expect(drifted.actions).toHaveLength(1);
    expect(drifted.actions[0]!.reason).toBe(
      'drift: changed outside the repo — rule "console-extra" removed; rule "uploads" changed: abort-incomplete-multipart-upload after 30 days → after 7 days',
    );
    expect(drifted.warnings).toEqual([
      expect.objectContaining({ section: 'lifecycle', item: `s3://${LOGS}`, message: expect.stringMatching(/^drift: the live lifecycle rules were changed outside the repo/) }),
    ]);
    await apply(drifted);
    expect(await plan(CONFIG, true)).toEqual({ actions: [], warnings: [], errors: [] });
  });

  it('a missing bucket is one error naming it; the other buckets still apply', async () => {
    const config = CONFIG.replace(`    - name: ${ARCHIVE}\n      rules: []\n`, `    - name: no-such-bucket-111\n      rules: []\n    - name: ${ARCHIVE}\n      rules: []\n`);
    const p = await plan(config);
    expect(p.errors).toEqual([
      {
        section: 'lifecycle',
        item: 's3://no-such-bucket-111',
        message: 'bucket does not exist (account default, region eu-west-1); create it, correct its name, or remove it from lifecycle.buckets (aws-backup.yml)',
      },
    ]);
    expect(p.actions.map((a) => a.target)).toEqual([`s3://${LOGS} (eu-west-1)`, `s3://${ARCHIVE} (eu-west-1)`]);
    expect((await apply(p)).every((r) => r.status === 'applied')).toBe(true);
  });

  it('a bucket in another region: the error says which region to set', async () => {
    const config = `version: 1
regions: [us-east-1]
lifecycle:
  buckets:
    - { name: ${PLAIN}, rules: [] }
`;
    const p = await plan(config);
    expect(p.errors.map((e) => e.message)).toEqual([
      'the bucket is in region eu-west-1, not us-east-1; give region eu-west-1 for it in lifecycle.buckets (aws-backup.yml)',
    ]);
  });

  it('warns when noncurrent-version rules meet an unversioned bucket', async () => {
    const config = `version: 1
regions: [eu-west-1]
lifecycle:
  buckets:
    - name: ${PLAIN}
      rules:
        - { id: nv, noncurrent-version-expiration: { noncurrent-days: 30 } }
`;
    const p = await plan(config);
    expect(p.warnings).toEqual([
      {
        section: 'lifecycle',
        item: `s3://${PLAIN}`,
        message: 'versioning is not enabled, so the noncurrent-version actions of rule "nv" never apply; enable versioning on the bucket or remove those actions',
      },
    ]);
    expect(p.actions).toHaveLength(1);
  });
});

describe('importLifecycle', () => {
  it('writes the live rules as config that then plans no changes', async () => {
    await apply(await plan());
    // A rule in the legacy shape, as older tools wrote them.
    s3State(sim.ctx, ACCOUNT).buckets.get(ARCHIVE)!.LifecycleRules = [
      { ID: 'legacy', Prefix: 'old/', Status: 'Enabled', Transitions: [{ Days: 0, StorageClass: 'GLACIER' }] },
    ];
    const yaml = await importLifecycle(clients, [
      { name: LOGS, region: 'eu-west-1' },
      { name: ARCHIVE, region: 'eu-west-1' },
    ]);
    const imported = parse(yaml) as { lifecycle: { buckets: { name: string; rules: { id: string }[] }[] } };
    expect(imported.lifecycle.buckets.map((b) => [b.name, b.rules.map((r) => r.id)])).toEqual([
      [LOGS, ['logs-to-glacier', 'markers', 'old-versions', 'on-a-date', 'uploads']],
      [ARCHIVE, ['legacy']],
    ]);
    expect(imported.lifecycle.buckets[1]!.rules[0]).toEqual({ id: 'legacy', filter: { prefix: 'old/' }, transitions: [{ days: 0, 'storage-class': 'GLACIER' }] });

    const config = `version: 1\nregions: [eu-west-1]\n${yaml}`;
    expect(await plan(config)).toEqual({ actions: [], warnings: [], errors: [] });
  });

  it('names every bucket it could not read', async () => {
    await expect(importLifecycle(clients, [{ name: 'missing-bucket-1', region: 'eu-west-1' }, { name: LOGS, region: 'eu-west-1' }])).rejects.toThrow(
      'Could not import the lifecycle rules of 1 bucket(s):\ns3://missing-bucket-1: bucket does not exist (account default, region eu-west-1)',
    );
  });
});
