/**
 * Checks that the credentials of an account are really that account's before anything is
 * read or written: a workflow pointed at the wrong role would otherwise export (or snapshot,
 * or restore into) another account under this one's name.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from './clients.js';
import { describeAwsError } from './errors.js';

export class AccountMismatchError extends Error {
  override name = 'AccountMismatchError';
}

export async function verifyAccount(clients: AwsClients, expectedId: string, region: string): Promise<void> {
  let actual: string | undefined;
  try {
    actual = (await clients.sts(region).send(new GetCallerIdentityCommand({}))).Account;
  } catch (error) {
    throw new AccountMismatchError(`account "${clients.account}": could not check the credentials: ${describeAwsError(error)}`);
  }
  if (actual !== expectedId) {
    throw new AccountMismatchError(
      `account "${clients.account}": the credentials are for AWS account ${actual ?? 'unknown'}, but the config says ${expectedId}. ` +
        'Check the role the workflow assumes (configure-aws-credentials role-to-assume) or this account\'s role-arn and id in the config.',
    );
  }
}
