/**
 * Ownership tags cannot be forged. Every delete the roles may make is conditioned on the
 * tool's tags (or drill names), so the question is whether any role, or all of them together,
 * can put those tags on a resource the tool did not create. Checked with a small IAM
 * evaluator (evaluator.ts) against the generated policies: tagging foreign resources and
 * deleting untagged ones is denied; the tool's own calls are allowed.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/load.js';
import { generateIamPolicies, policyDocument, type Duty } from '../../src/iam/index.js';
import type { ScopeContext } from '../../src/iam/statements.js';
import { CREATED_BY, TAG } from '../../src/snapshots/tags.js';
import { RESTORE_TAG } from '../../src/restore/snapshot-source.js';
import { rdsSnapshotName } from '../../src/snapshots/drivers.js';
import { scratchName } from '../../src/restore/drill.js';
import { PROJECT_ROOT } from '../support/action.js';
import { allows, evaluate, wildcardMatch, type Policy, type Request } from './evaluator.js';
import { allowedActions } from './support.js';

const ACCOUNT = '111111111111';
const VAULT = '999999999999';
const config = parseConfig(await readFile(join(PROJECT_ROOT, 'test/iam/fixtures/all-features.yml'), 'utf8'), 'aws-backup.yml');
const roles = generateIamPolicies(config, { repository: 'example-team/aws-backup', branch: 'main', accountId: ACCOUNT });
const GITHUB_ROLES = ['plan', 'run', 'restore', 'drill'] as const;
const policyOf = (duty: (typeof GITHUB_ROLES)[number]) => roles[duty].policy;
/** A principal holding every role at once: the roles together cannot do it either. */
const ALL: Policy[] = GITHUB_ROLES.map(policyOf);

const ec2 = (type: string, id: string, region = 'us-east-1') => `arn:aws:ec2:${region}:${type === 'snapshot' ? '' : ACCOUNT}:${type}/${id}`;
const rds = (type: string, id: string, region = 'us-east-1', account = ACCOUNT) => `arn:aws:rds:${region}:${account}:${type}:${id}`;
const tagging = (keys: string[]): Record<string, string | string[]> => ({
  'aws:TagKeys': keys,
  ...Object.fromEntries(keys.map((k) => [`aws:RequestTag/${k}`, k === TAG.createdBy ? CREATED_BY : 'true'])),
});
const OWNERSHIP = [[TAG.createdBy], [RESTORE_TAG.drill], [TAG.createdBy, TAG.policy, TAG.source, TAG.sourceRegion]];

/** Resources somebody else made: production databases, their manual and automated snapshots, volumes. */
const FOREIGN = {
  ec2: [ec2('snapshot', 'snap-0manual0000000001'), ec2('snapshot', 'snap-0manual0000000002', 'us-west-2'), ec2('volume', 'vol-0prod000000000001')],
  rds: [
    rds('db', 'orders-db'),
    rds('cluster', 'inventory'),
    rds('snapshot', 'orders-db-before-migration'),
    rds('snapshot', 'rds:orders-db-2026-01-01-03-00'),
    rds('cluster-snapshot', 'inventory-manual'),
    rds('snapshot', 'orders-db-manual', 'us-west-2'),
  ],
};

describe('the evaluator is a real one', () => {
  const policy: Policy = {
    Statement: [
      { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
      { Effect: 'Allow', Action: 'ec2:DeleteVolume', Resource: 'arn:aws:ec2:*:*:volume/*', Condition: { StringEquals: { 'ec2:ResourceTag/owner': 'me' } } },
      { Effect: 'Deny', Action: 'ec2:DescribeVolumes', Resource: '*', Condition: { Null: { 'aws:MultiFactorAuthAge': 'true' } } },
      { Effect: 'Allow', Action: 'rds:AddTagsToResource', Resource: 'arn:aws:rds:*:*:db:app-?', Condition: { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['owner'] } } },
    ],
  };
  it.each<[Request, string]>([
    [{ action: 'EC2:describeinstances', resource: '*' }, 'allow'],
    [{ action: 'ec2:DescribeVolumes', resource: '*' }, 'explicit-deny'],
    [{ action: 'ec2:DescribeVolumes', resource: '*', context: { 'aws:MultiFactorAuthAge': '10' } }, 'allow'],
    [{ action: 'ec2:DeleteVolume', resource: 'arn:aws:ec2:us-east-1:1:volume/vol-1' }, 'implicit-deny'],
    [{ action: 'ec2:DeleteVolume', resource: 'arn:aws:ec2:us-east-1:1:volume/vol-1', context: { 'ec2:ResourceTag/owner': 'me' } }, 'allow'],
    [{ action: 'ec2:DeleteVolume', resource: 'arn:aws:ec2:us-east-1:1:volume/vol-1', context: { 'ec2:ResourceTag/owner': 'Me' } }, 'implicit-deny'],
    [{ action: 'rds:AddTagsToResource', resource: 'arn:aws:rds:us-east-1:1:db:app-1' }, 'allow'],
    [{ action: 'rds:AddTagsToResource', resource: 'arn:aws:rds:us-east-1:1:db:app-12', context: { 'aws:TagKeys': ['x'] } }, 'implicit-deny'],
    [{ action: 'rds:AddTagsToResource', resource: 'arn:aws:rds:us-east-1:1:db:app-1', context: { 'aws:TagKeys': ['x', 'owner'] } }, 'implicit-deny'],
  ])('%j → %s', (request, decision) => expect(evaluate(policy, request)).toBe(decision));

  it('refuses what it does not understand instead of guessing', () => {
    const odd: Policy = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { DateGreaterThan: { 'aws:CurrentTime': '2026-01-01' } } }] };
    expect(() => evaluate(odd, { action: 'a:b', resource: '*' })).toThrow(/not supported/);
    expect(wildcardMatch('arn:aws:rds:*:1:snapshot:abg-*', 'arn:aws:rds:us-east-1:1:snapshot:abg-x')).toBe(true);
  });
});

describe('no role can put the tool\'s ownership tags on a resource it did not create', () => {
  it.each(GITHUB_ROLES)('%s: tagging existing foreign EC2 and RDS resources is denied', (duty) => {
    for (const keys of OWNERSHIP) {
      for (const resource of FOREIGN.ec2) expect(allows(policyOf(duty), { action: 'ec2:CreateTags', resource, context: tagging(keys) }), `${resource} ${keys}`).toBe(false);
      for (const resource of FOREIGN.rds) expect(allows(policyOf(duty), { action: 'rds:AddTagsToResource', resource, context: tagging(keys) }), `${resource} ${keys}`).toBe(false);
    }
  });

  it('not even all the roles together: the old chain (tag a production database as drill, then delete it) is closed', () => {
    for (const keys of OWNERSHIP) for (const resource of FOREIGN.rds) expect(allows(ALL, { action: 'rds:AddTagsToResource', resource, context: tagging(keys) })).toBe(false);
    // And deleting it, even if it carried the drill tag, is refused by its name.
    expect(allows(ALL, { action: 'rds:DeleteDBInstance', resource: rds('db', 'orders-db'), context: { [`rds:db-tag/${RESTORE_TAG.drill}`]: 'true' } })).toBe(false);
    expect(allows(ALL, { action: 'rds:DeleteDBCluster', resource: rds('cluster', 'inventory'), context: { [`rds:cluster-tag/${RESTORE_TAG.drill}`]: 'true' } })).toBe(false);
  });

  it('EC2 tags only at creation: CreateTags needs ec2:CreateAction, which only a create or copy carries', () => {
    const run = policyOf('run');
    const snapshot = ec2('snapshot', 'snap-0new00000000000001');
    expect(allows(run, { action: 'ec2:CreateTags', resource: snapshot, context: { ...tagging([TAG.createdBy]), 'ec2:CreateAction': 'CreateSnapshot' } })).toBe(true);
    expect(allows(run, { action: 'ec2:CreateTags', resource: snapshot, context: { ...tagging([TAG.createdBy]), 'ec2:CreateAction': 'CreateVolume' } })).toBe(false);
    expect(allows(run, { action: 'ec2:CreateTags', resource: snapshot, context: tagging([TAG.createdBy]) })).toBe(false);
  });
});

describe('deletes without the tool\'s tags are denied for every role', () => {
  const deletes: [string, string, Record<string, string>, Duty][] = [
    ['ec2:DeleteSnapshot', ec2('snapshot', 'snap-0manual0000000001'), { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY }, 'run'],
    ['ec2:ModifySnapshotTier', ec2('snapshot', 'snap-0manual0000000001'), { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY }, 'run'],
    ['ec2:DeleteVolume', ec2('volume', 'vol-0prod000000000001'), { [`ec2:ResourceTag/${RESTORE_TAG.drill}`]: 'true' }, 'drill'],
    ['rds:DeleteDBSnapshot', rds('snapshot', 'orders-db-before-migration'), { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY }, 'run'],
    ['rds:DeleteDBClusterSnapshot', rds('cluster-snapshot', 'inventory-manual'), { [`rds:cluster-snapshot-tag/${TAG.createdBy}`]: CREATED_BY }, 'run'],
    ['rds:DeleteDBInstance', rds('db', 'drill-orders-db-20260101'), { [`rds:db-tag/${RESTORE_TAG.drill}`]: 'true' }, 'drill'],
    ['rds:DeleteDBCluster', rds('cluster', 'drill-inventory-20260101'), { [`rds:cluster-tag/${RESTORE_TAG.drill}`]: 'true' }, 'drill'],
  ];
  it.each(deletes)('%s of an untagged resource', (action, resource, ownTags, owner) => {
    for (const duty of GITHUB_ROLES) expect(allows(policyOf(duty), { action, resource }), `${duty}`).toBe(false);
    // The one role whose job it is may, once the resource carries the tool's tag.
    expect(GITHUB_ROLES.filter((duty) => allows(policyOf(duty), { action, resource, context: ownTags }))).toEqual([owner]);
  });

  it('every delete statement of every role carries a tag condition (load-balancer listeners and rules of a restore, and S3 delete markers, aside)', () => {
    for (const duty of GITHUB_ROLES) {
      for (const s of policyOf(duty).Statement) {
        // s3:DeleteObject (S3 point-in-time restores) names no version: in the versioned bucket a
        // restore needs, it only adds a delete marker; the permanent s3:DeleteObjectVersion is never held.
        const deletes = s.Action.filter((a) => /:(Delete|ModifySnapshotTier)/.test(a) && !a.startsWith('elasticloadbalancing:') && a !== 's3:DeleteObject');
        expect(s.Action, `${duty} may delete object versions`).not.toContain('s3:DeleteObjectVersion');
        if (deletes.length > 0) expect(JSON.stringify(s.Condition ?? {}), `${duty} ${deletes}`).toMatch(/ResourceTag|snapshot-tag|db-tag|cluster-tag/);
      }
    }
  });
});

describe('the tool\'s own calls are allowed', () => {
  const now = Date.parse('2026-03-04T05:06:07Z');
  it('run: snapshots tagged at creation, RDS snapshots by their abg- name, in the source and DR regions; own deletes', () => {
    const run = policyOf('run');
    const name = rdsSnapshotName('rds-instance', 'orders-db', 'databases', now);
    const cluster = rdsSnapshotName('rds-cluster', 'inventory', 'aurora', now);
    const own = tagging([TAG.createdBy, TAG.policy, TAG.source, TAG.sourceRegion]);
    for (const region of ['us-east-1', 'us-west-2']) {
      expect(allows(run, { action: 'rds:AddTagsToResource', resource: rds('snapshot', name, region), context: own })).toBe(true);
      expect(allows(run, { action: 'rds:AddTagsToResource', resource: rds('cluster-snapshot', cluster, region), context: own })).toBe(true);
    }
    expect(allows(run, { action: 'rds:CreateDBSnapshot', resource: rds('db', 'orders-db') })).toBe(true);
    expect(allows(run, { action: 'rds:CopyDBSnapshot', resource: rds('snapshot', name, 'us-west-2') })).toBe(true);
    expect(allows(run, { action: 'ec2:CreateSnapshot', resource: ec2('volume', 'vol-1') })).toBe(true);
    expect(allows(run, { action: 'ec2:DeleteSnapshot', resource: ec2('snapshot', 'snap-1', 'us-west-2'), context: { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY } })).toBe(true);
    expect(allows(run, { action: 'rds:DeleteDBSnapshot', resource: rds('snapshot', 'orders-db-daily-20250101-0000'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(true);
  });

  it('restore: creates and tags restored resources, but never with the drill or ownership tags', () => {
    const restore = policyOf('restore');
    const restoreTags = tagging([RESTORE_TAG.restoredFrom, RESTORE_TAG.token, 'team']);
    expect(allows(restore, { action: 'rds:RestoreDBInstanceFromDBSnapshot', resource: rds('db', 'orders-restored') })).toBe(true);
    expect(allows(restore, { action: 'rds:AddTagsToResource', resource: rds('db', 'orders-restored'), context: restoreTags })).toBe(true);
    for (const keys of OWNERSHIP) expect(allows(restore, { action: 'rds:AddTagsToResource', resource: rds('db', 'orders-restored'), context: tagging([RESTORE_TAG.token, ...keys]) })).toBe(false);
    expect(allows(restore, { action: 'ec2:CreateVolume', resource: ec2('volume', 'vol-new') })).toBe(true);
    expect(allows(restore, { action: 'ec2:CreateTags', resource: ec2('volume', 'vol-new'), context: { ...restoreTags, 'ec2:CreateAction': 'CreateVolume' } })).toBe(true);
    expect(allows(restore, { action: 'route53:ChangeResourceRecordSets', resource: 'arn:aws:route53:::hostedzone/Z1' })).toBe(true);
  });

  it('drill: scratch volumes only with the drill tag, scratch databases only by their drill- name', () => {
    const drill = policyOf('drill');
    const scratch = scratchName('orders-db', new Date(now));
    const drillTag = tagging([RESTORE_TAG.drill]);
    expect(allows(drill, { action: 'ec2:CreateVolume', resource: ec2('volume', 'vol-new'), context: drillTag })).toBe(true);
    expect(allows(drill, { action: 'ec2:CreateVolume', resource: ec2('volume', 'vol-new') })).toBe(false);
    expect(allows(drill, { action: 'ec2:CreateVolume', resource: ec2('snapshot', 'snap-1') })).toBe(true);
    expect(allows(drill, { action: 'ec2:DeleteVolume', resource: ec2('volume', 'vol-new'), context: { [`ec2:ResourceTag/${RESTORE_TAG.drill}`]: 'true' } })).toBe(true);
    for (const action of ['rds:RestoreDBInstanceFromDBSnapshot', 'rds:AddTagsToResource']) {
      expect(allows(drill, { action, resource: rds('db', scratch), context: drillTag }), action).toBe(true);
      expect(allows(drill, { action, resource: rds('db', 'orders-db'), context: drillTag }), action).toBe(false);
    }
    expect(allows(drill, { action: 'rds:RestoreDBInstanceFromDBSnapshot', resource: rds('snapshot', 'abg-orders-db-databases-20260304-0506') })).toBe(true);
    expect(allows(drill, { action: 'rds:DeleteDBInstance', resource: rds('db', scratch), context: { [`rds:db-tag/${RESTORE_TAG.drill}`]: 'true' } })).toBe(true);
  });
});

describe('the run role changes no DNS, load balancer or database and deletes no volume or database', () => {
  it('holds none of those actions', () => {
    const held = [...allowedActions(policyOf('run'))];
    expect(held.filter((a) => /^route53:Change|^route53:Create|^elasticloadbalancing:(Create|Modify|Delete|Set|Add|Remove)|^rds:Restore|^rds:Delete(DBInstance|DBCluster)$|^ec2:DeleteVolume$/.test(a))).toEqual([]);
    for (const action of ['route53:ChangeResourceRecordSets', 'elasticloadbalancing:CreateLoadBalancer', 'rds:RestoreDBInstanceFromDBSnapshot', 'rds:DeleteDBInstance', 'ec2:DeleteVolume']) {
      expect(allows(policyOf('run'), { action, resource: '*' }), action).toBe(false);
    }
  });

  it('and the plan role changes nothing at all', () => {
    for (const action of allowedActions(policyOf('plan'))) expect(action).toMatch(/:(List|Get|Describe)[A-Za-z]+$/);
  });
});

describe('vault scopes (the vault role, in the vault account)', () => {
  const ctx: ScopeContext = { partition: 'aws', account: VAULT, regions: ['us-east-1'], copyRegions: [], lifecycleBuckets: [], roleArns: [], vault: { account: VAULT, regions: ['eu-west-1'] } };
  const grant = (action: string, scope: Parameters<typeof policyDocument>[0][number]['scope']) => ({ action, scope, access: 'write' as const });
  const vault = policyDocument(
    [
      grant('ec2:CopySnapshot', 'vault-ec2-snapshot'),
      grant('ec2:CreateTags', 'vault-ec2-tag-on-create'),
      grant('ec2:DeleteSnapshot', 'vault-ec2-own-snapshot'),
      grant('ec2:LockSnapshot', 'vault-ec2-own-snapshot'),
      grant('rds:CopyDBSnapshot', 'vault-rds-snapshot-copy'),
      grant('rds:AddTagsToResource', 'vault-rds-tag-own-snapshot-name'),
      grant('rds:DeleteDBSnapshot', 'vault-rds-own-snapshot'),
    ],
    ctx,
  );
  const vrds = (type: string, id: string) => rds(type, id, 'eu-west-1', VAULT);

  it('tags copies only as they are made, and RDS copies only by the tool\'s name', () => {
    expect(allows(vault, { action: 'ec2:CreateTags', resource: ec2('snapshot', 'snap-copy', 'eu-west-1'), context: { ...tagging([TAG.createdBy]), 'ec2:CreateAction': 'CopySnapshot' } })).toBe(true);
    expect(allows(vault, { action: 'ec2:CreateTags', resource: ec2('snapshot', 'snap-other', 'eu-west-1'), context: tagging([TAG.createdBy]) })).toBe(false);
    expect(allows(vault, { action: 'rds:AddTagsToResource', resource: vrds('snapshot', 'abg-orders-db-databases-20260304-0506'), context: tagging([TAG.createdBy]) })).toBe(true);
    expect(allows(vault, { action: 'rds:AddTagsToResource', resource: vrds('snapshot', 'someone-elses'), context: tagging([TAG.createdBy]) })).toBe(false);
  });

  it('deletes and locks only its own copies, and nothing in the source account', () => {
    const own = { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY };
    expect(allows(vault, { action: 'ec2:DeleteSnapshot', resource: ec2('snapshot', 'snap-copy', 'eu-west-1'), context: own })).toBe(true);
    expect(allows(vault, { action: 'ec2:DeleteSnapshot', resource: ec2('snapshot', 'snap-copy', 'eu-west-1') })).toBe(false);
    expect(allows(vault, { action: 'rds:DeleteDBSnapshot', resource: vrds('snapshot', 'abg-x'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(true);
    expect(allows(vault, { action: 'rds:DeleteDBSnapshot', resource: rds('snapshot', 'abg-x', 'eu-west-1'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(false);
    expect(allows(vault, { action: 'rds:AddTagsToResource', resource: rds('snapshot', 'abg-x', 'eu-west-1'), context: tagging([TAG.createdBy]) })).toBe(false);
  });
});

describe('the vault role of a config with a vault account', () => {
  const WITH_VAULT = `version: 1
regions: [us-east-1]
accounts: [{ name: prod, id: "${ACCOUNT}" }]
vault:
  id: "${VAULT}"
  role-arn: arn:aws:iam::${VAULT}:role/aws-backup-vault
  plan-role-arn: arn:aws:iam::${VAULT}:role/aws-backup-gitops-vault-plan
  kms-keys: { eu-west-1: alias/vault-backup }
snapshots:
  policies:
    - name: databases
      resources: { type: rds-instance, tags: { backup: daily } }
      retention: { daily: 7 }
      copies: [{ account: vault, region: eu-west-1 }]
    - name: volumes
      resources: { type: ebs-volume, tags: { backup: daily } }
      retention: { daily: 7 }
      copies: [{ account: vault, region: eu-west-1, lock: { mode: compliance } }]
`;
  const withVault = parseConfig(WITH_VAULT, 'aws-backup.yml');
  const generated = generateIamPolicies(withVault, { repository: 'example-team/aws-backup', branch: 'main', accountId: ACCOUNT });
  const vault = generated.vault!.policy;
  const vrds = (type: string, id: string) => rds(type, id, 'eu-west-1', VAULT);

  it('is trusted only by the source account\'s run, restore and drill roles', () => {
    expect(generated.vault!.trust.Statement).toEqual([
      expect.objectContaining({ Action: 'sts:AssumeRole', Principal: { AWS: (['run', 'restore', 'drill'] as const).map((d) => `arn:aws:iam::${ACCOUNT}:role/aws-backup-gitops-${d}`) } }),
    ]);
    expect(roles.vault).toBeUndefined();
  });

  it('copies, tags only as copies are made or by the abg- name, locks and deletes only its own copies', () => {
    const own = { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY };
    expect(allows(vault, { action: 'ec2:CopySnapshot', resource: ec2('snapshot', 'snap-copy', 'eu-west-1') })).toBe(true);
    expect(allows(vault, { action: 'ec2:CreateTags', resource: ec2('snapshot', 'snap-copy', 'eu-west-1'), context: { ...tagging([TAG.createdBy]), 'ec2:CreateAction': 'CopySnapshot' } })).toBe(true);
    expect(allows(vault, { action: 'ec2:CreateTags', resource: ec2('snapshot', 'snap-other', 'eu-west-1'), context: tagging([TAG.createdBy]) })).toBe(false);
    expect(allows(vault, { action: 'rds:AddTagsToResource', resource: vrds('snapshot', 'abg-orders-db-databases-20260304-0506'), context: tagging([TAG.createdBy]) })).toBe(true);
    expect(allows(vault, { action: 'rds:AddTagsToResource', resource: vrds('snapshot', 'someone-elses'), context: tagging([TAG.createdBy]) })).toBe(false);
    expect(allows(vault, { action: 'ec2:LockSnapshot', resource: ec2('snapshot', 'snap-copy', 'eu-west-1'), context: own })).toBe(true);
    expect(allows(vault, { action: 'ec2:DeleteSnapshot', resource: ec2('snapshot', 'snap-copy', 'eu-west-1'), context: own })).toBe(true);
    expect(allows(vault, { action: 'ec2:DeleteSnapshot', resource: ec2('snapshot', 'snap-copy', 'eu-west-1') })).toBe(false);
    expect(allows(vault, { action: 'rds:DeleteDBSnapshot', resource: vrds('snapshot', 'abg-x'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(true);
    expect(allows(vault, { action: 'rds:DeleteDBSnapshot', resource: vrds('snapshot', 'abg-x') })).toBe(false);
  });

  it('the vault plan role only reads, and only the plan role may assume it; the plan role cannot assume the vault role', () => {
    const vaultRole = `arn:aws:iam::${VAULT}:role/aws-backup-vault`;
    const planRole = `arn:aws:iam::${VAULT}:role/aws-backup-gitops-vault-plan`;
    const sourceRole = (duty: Duty) => `arn:aws:iam::${ACCOUNT}:role/aws-backup-gitops-${duty}`;
    const plan = generated['vault-plan']!;
    expect(plan.trust.Statement).toEqual([expect.objectContaining({ Action: 'sts:AssumeRole', Principal: { AWS: sourceRole('plan') } })]);
    expect(generated.vault!.trust.Statement.flatMap((t) => ('AWS' in t.Principal ? [t.Principal.AWS].flat() : []))).not.toContain(sourceRole('plan'));
    // Exactly the reads a plan makes in the vault (src/snapshots/vault-read.ts), nothing that changes it.
    expect([...allowedActions(plan.policy)].sort()).toEqual(['ec2:DescribeLockedSnapshots', 'ec2:DescribeSnapshots', 'kms:DescribeKey', 'rds:DescribeDBClusterSnapshots', 'rds:DescribeDBSnapshots']);
    const own = { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY };
    for (const action of ['ec2:DeleteSnapshot', 'ec2:CopySnapshot', 'ec2:ModifySnapshotAttribute', 'ec2:LockSnapshot', 'ec2:CreateTags']) {
      expect(allows(plan.policy, { action, resource: ec2('snapshot', 'snap-copy', 'eu-west-1'), context: own }), action).toBe(false);
    }
    expect(allows(plan.policy, { action: 'rds:DeleteDBSnapshot', resource: vrds('snapshot', 'abg-x'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(false);
    // Who may assume what: the plan only the plan role of the vault, the others only the vault role.
    expect(allows(generated.plan.policy, { action: 'sts:AssumeRole', resource: planRole })).toBe(true);
    expect(allows(generated.plan.policy, { action: 'sts:AssumeRole', resource: vaultRole })).toBe(false);
    for (const duty of ['run', 'restore', 'drill'] as const) {
      expect(allows(generated[duty].policy, { action: 'sts:AssumeRole', resource: vaultRole }), duty).toBe(true);
      expect(allows(generated[duty].policy, { action: 'sts:AssumeRole', resource: planRole }), duty).toBe(false);
    }
  });

  it('without vault.plan-role-arn the plan role may assume no role of the vault; the vault plan role is still written to be created', () => {
    const without = generateIamPolicies(parseConfig(WITH_VAULT.replace(/^ {2}plan-role-arn: .*\n/m, ''), 'aws-backup.yml'), { repository: 'example-team/aws-backup', branch: 'main', accountId: ACCOUNT });
    expect(allowedActions(without.plan.policy).has('sts:AssumeRole')).toBe(false);
    expect(without['vault-plan']?.trust.Statement).toEqual([expect.objectContaining({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/aws-backup-gitops-plan` } })]);
  });

  it('can do nothing in the source account, and the source roles nothing in the vault', () => {
    for (const keys of OWNERSHIP) for (const resource of FOREIGN.rds) expect(allows(vault, { action: 'rds:AddTagsToResource', resource, context: tagging(keys) })).toBe(false);
    expect(allows(vault, { action: 'rds:DeleteDBSnapshot', resource: rds('snapshot', 'abg-x', 'eu-west-1'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(false);
    // The run role shares its own snapshots with the vault (tag condition) and nothing more there.
    const run = generated.run.policy;
    expect(allows(run, { action: 'ec2:ModifySnapshotAttribute', resource: ec2('snapshot', 'snap-1'), context: { [`ec2:ResourceTag/${TAG.createdBy}`]: CREATED_BY } })).toBe(true);
    expect(allows(run, { action: 'ec2:ModifySnapshotAttribute', resource: ec2('snapshot', 'snap-1') })).toBe(false);
    expect(allows(run, { action: 'rds:DeleteDBSnapshot', resource: vrds('snapshot', 'abg-x'), context: { [`rds:snapshot-tag/${TAG.createdBy}`]: CREATED_BY } })).toBe(false);
  });
});
