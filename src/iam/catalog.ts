/**
 * Every AWS API call the code makes, with the IAM action that authorises it, the roles
 * (duties) whose commands make it, the config feature that makes the code call it, and how
 * far AWS lets the permission be narrowed. This table is the one source of the generated
 * policies; a test keeps it equal to the `new …Command(` calls under src/, so a new call fails
 * the build until it is mapped here (in the calls-*.ts module of its area).
 */
import { BACKUP_CALLS, BACKUP_DEPENDENT_ACTIONS } from './calls-backup.js';
import { RESTORE_CALLS, RESTORE_DEPENDENT_ACTIONS } from './calls-restore.js';
import { S3_DRILL_CALLS, S3_DRILL_DEPENDENT_ACTIONS } from './calls-s3-drill.js';
import { VAULT_CALLS, VAULT_DEPENDENT_ACTIONS } from './calls-vault.js';
import { MIRROR_CALLS } from './calls-mirror.js';
import type { AwsCall, AwsClientName, DependentAction } from './catalog-types.js';

export type { AwsCall, AwsClientName, DependentAction, Duty, Feature, Scope } from './catalog-types.js';
export { DUTIES, DUTY_COMMANDS } from './catalog-types.js';

export const AWS_CALLS: readonly AwsCall[] = [...BACKUP_CALLS, ...MIRROR_CALLS, ...RESTORE_CALLS, ...VAULT_CALLS, ...S3_DRILL_CALLS];

export const DEPENDENT_ACTIONS: readonly DependentAction[] = [...BACKUP_DEPENDENT_ACTIONS, ...RESTORE_DEPENDENT_ACTIONS, ...VAULT_DEPENDENT_ACTIONS, ...S3_DRILL_DEPENDENT_ACTIONS];

/** The IAM action for a call as the simulator counts it (`<signing name>:<Operation>`). */
export function iamActionForCall(signingName: string, operation: string): string | undefined {
  const clients: Record<string, AwsClientName[]> = {
    route53: ['route53'],
    elasticloadbalancing: ['elb', 'elbv2'],
    s3: ['s3'],
    ec2: ['ec2'],
    rds: ['rds'],
    kms: ['kms'],
    sts: ['sts'],
  };
  const names = clients[signingName] ?? [];
  return AWS_CALLS.find((c) => names.includes(c.client) && c.operation === operation)?.action;
}
