/**
 * Checks a DR copy's KMS key in its destination region before any copy is planned: it must
 * exist there, be enabled and be a symmetric encryption key. One clear message otherwise.
 */
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import type { AwsClients } from '../aws/clients.js';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';

export type KeyCheck = { ok: true; arn: string } | { ok: false; message: string };

export async function checkCopyKey(clients: AwsClients, region: string, keyId: string): Promise<KeyCheck> {
  try {
    const answer = await clients.kms(region).send(new DescribeKeyCommand({ KeyId: keyId }));
    const key = answer.KeyMetadata;
    if (!key?.Arn) return { ok: false, message: `KMS key ${keyId} in ${region}: DescribeKey returned no key` };
    if (key.KeyState !== 'Enabled') {
      return { ok: false, message: `KMS key ${keyId} in ${region} is ${key.KeyState ?? 'not enabled'}; enable it (or cancel its deletion) or configure another kms-key` };
    }
    if (key.KeyUsage && key.KeyUsage !== 'ENCRYPT_DECRYPT') {
      return { ok: false, message: `KMS key ${keyId} in ${region} is for ${key.KeyUsage}, not encryption; use a symmetric encryption key` };
    }
    const spec = key.KeySpec ?? key.CustomerMasterKeySpec;
    if (spec && spec !== 'SYMMETRIC_DEFAULT') {
      return { ok: false, message: `KMS key ${keyId} in ${region} is ${spec}; EBS and RDS need a symmetric encryption key (SYMMETRIC_DEFAULT)` };
    }
    return { ok: true, arn: key.Arn };
  } catch (error) {
    if (awsErrorCode(error) === 'NotFoundException') {
      return {
        ok: false,
        message: `KMS key ${keyId} does not exist in ${region}; KMS keys are regional, so create the key (or alias) in ${region} or fix kms-key`,
      };
    }
    return { ok: false, message: describeAwsError(error, { resource: `KMS key ${keyId}`, region }) };
  }
}
