/**
 * The IAM side of replication, generated from the config like the run and plan policies: per
 * replicating bucket the role S3 assumes (its trust: s3.amazonaws.com, for this account only)
 * and its permissions, and per destination in another account (the vault) the bucket policy
 * that lets that role replicate into it and the source account read its versions for a
 * restore. Pure: config in, file name → JSON document out.
 */
import { partitionOf } from '../config/regions.js';
import type { Config } from '../config/schema.js';
import { resolveAccounts } from '../config/schema.js';
import { vaultAccount } from '../config/vault-account.js';

type Statement = Record<string, unknown>;
const doc = (statements: Statement[]) => ({ Version: '2012-10-17', Statement: statements });
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function renderReplicationIam(config: Config): Record<string, string> {
  const files: Record<string, string> = {};
  const accounts = resolveAccounts(config);
  const vault = vaultAccount(config);
  const idOf = (name: string | undefined): string | undefined =>
    name === 'vault' && vault ? vault.accountId : (name === undefined ? accounts[0] : accounts.find((a) => a.name === name))?.accountId;
  const bucketPolicies = new Map<string, Statement[]>();

  for (const bucket of config.lifecycle?.buckets ?? []) {
    const replication = bucket.replication;
    if (!replication) continue;
    const p = partitionOf(bucket.region ?? config.regions[0]!);
    const source = `arn:${p}:s3:::${bucket.name}`;
    const sourceAccount = idOf(bucket.account);
    const destinations = replication.rules.map((r) => r.destination);
    const kmsKeys = destinations.flatMap((d) => (d['kms-key'] ? [d['kms-key']] : []));
    const ownerOverride = destinations.some((d) => d['replica-owner'] === 'destination');
    const replicate = ['s3:ReplicateDelete', 's3:ReplicateObject', 's3:ReplicateTags', ...(ownerOverride ? ['s3:ObjectOwnerOverrideToBucketOwner'] : [])];
    const statements: Statement[] = [
      { Sid: 'ReadSourceConfiguration', Effect: 'Allow', Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'], Resource: [source] },
      { Sid: 'ReadSourceVersions', Effect: 'Allow', Action: ['s3:GetObjectVersionAcl', 's3:GetObjectVersionForReplication', 's3:GetObjectVersionTagging'], Resource: [`${source}/*`] },
      { Sid: 'WriteReplicas', Effect: 'Allow', Action: replicate, Resource: [...new Set(destinations.map((d) => `arn:${p}:s3:::${d.bucket}/*`))].sort() },
    ];
    if (kmsKeys.length > 0) {
      // SSE-KMS objects: decrypt at the source through S3 only, re-encrypt with the replica keys.
      statements.push(
        { Sid: 'DecryptSourceObjects', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*', Condition: { StringLike: { 'kms:ViaService': `s3.*.amazonaws.com`, 'kms:EncryptionContext:aws:s3:arn': `${source}/*` } } },
        { Sid: 'EncryptReplicas', Effect: 'Allow', Action: ['kms:Encrypt'], Resource: [...new Set(kmsKeys)].sort() },
      );
    }
    const roleName = replication.role.split('/').pop()!;
    files[`replication-role-${roleName}.json`] = json(doc(statements));
    files[`replication-role-${roleName}-trust.json`] = json(
      doc([
        {
          Effect: 'Allow',
          Principal: { Service: 's3.amazonaws.com' },
          Action: 'sts:AssumeRole',
          ...(sourceAccount && { Condition: { StringEquals: { 'aws:SourceAccount': sourceAccount } } }),
        },
      ]),
    );
    for (const d of destinations) {
      const destAccount = idOf(d.account ?? bucket.account);
      if (!d.account || destAccount === sourceAccount) continue;
      const dest = `arn:${p}:s3:::${d.bucket}`;
      const list = bucketPolicies.get(d.bucket) ?? [];
      list.push(
        { Sid: `Replicate${list.length}`, Effect: 'Allow', Principal: { AWS: replication.role }, Action: replicate, Resource: `${dest}/*` },
        { Sid: `CheckVersioning${list.length}`, Effect: 'Allow', Principal: { AWS: replication.role }, Action: ['s3:GetBucketVersioning', 's3:ListBucket'], Resource: dest },
      );
      if (sourceAccount) {
        // Restores from the replica read its versions with the source account's restore role.
        list.push(
          { Sid: `RestoreList${list.length}`, Effect: 'Allow', Principal: { AWS: `arn:${p}:iam::${sourceAccount}:root` }, Action: ['s3:GetBucketVersioning', 's3:ListBucket', 's3:ListBucketVersions'], Resource: dest },
          { Sid: `RestoreRead${list.length}`, Effect: 'Allow', Principal: { AWS: `arn:${p}:iam::${sourceAccount}:root` }, Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: `${dest}/*` },
        );
      }
      bucketPolicies.set(d.bucket, list);
    }
  }
  for (const [bucket, statements] of bucketPolicies) files[`bucket-policy-${bucket}.json`] = json(doc(statements));
  return files;
}
