import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { renderReplicationIam } from '../../src/s3/replication-iam.js';

const config = configSchema.parse({
  version: 1,
  regions: ['eu-west-1'],
  'dr-region': 'eu-north-1',
  accounts: [
    { name: 'prod', id: '111111111111' },
    { name: 'vault', id: '222222222222' },
  ],
  lifecycle: {
    buckets: [
      {
        name: 'app-data',
        account: 'prod',
        versioning: 'enabled',
        replication: {
          role: 'arn:aws:iam::111111111111:role/app-data-replication',
          rules: [
            { id: 'dr', destination: { bucket: 'app-data-dr' } },
            { id: 'vault', destination: { bucket: 'app-data-vault', account: 'vault', 'replica-owner': 'destination', 'kms-key': 'arn:aws:kms:eu-north-1:222222222222:key/k1' } },
          ],
        },
      },
    ],
  },
});

describe('replication IAM', () => {
  const files = renderReplicationIam(config);
  const parse = (name: string) => JSON.parse(files[name]!) as { Statement: Record<string, unknown>[] };

  it('writes the replication role, trusted by S3 for the source account only', () => {
    expect(Object.keys(files).sort()).toEqual(['bucket-policy-app-data-vault.json', 'replication-role-app-data-replication-trust.json', 'replication-role-app-data-replication.json']);
    expect(parse('replication-role-app-data-replication-trust.json').Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } } },
    ]);
    const role = parse('replication-role-app-data-replication.json').Statement;
    expect(role.find((s) => s.Sid === 'WriteReplicas')).toMatchObject({
      Action: ['s3:ReplicateDelete', 's3:ReplicateObject', 's3:ReplicateTags', 's3:ObjectOwnerOverrideToBucketOwner'],
      Resource: ['arn:aws:s3:::app-data-dr/*', 'arn:aws:s3:::app-data-vault/*'],
    });
    expect(role.find((s) => s.Sid === 'EncryptReplicas')).toMatchObject({ Action: ['kms:Encrypt'], Resource: ['arn:aws:kms:eu-north-1:222222222222:key/k1'] });
  });

  it('writes a bucket policy only for the destination in another account, with no delete', () => {
    const policy = parse('bucket-policy-app-data-vault.json').Statement;
    const actions = policy.flatMap((s) => s.Action as string[]);
    expect(actions).toContain('s3:ReplicateObject');
    expect(actions).toContain('s3:GetObjectVersion');
    expect(actions.filter((a) => /Delete(Object|Bucket)|PutBucketPolicy|PutLifecycle/.test(a))).toEqual([]);
    expect(policy.every((s) => JSON.stringify(s.Principal).includes('111111111111'))).toBe(true);
  });
});
