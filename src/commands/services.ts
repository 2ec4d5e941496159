/**
 * Which AWS services a command will call, from the command and the config, so exactly their
 * SDK packages are loaded before the first call (aws-services.ts). A feature that starts
 * calling another service adds it here; using a service that was not loaded fails at once
 * with a message naming this file.
 */
import { SERVICE_NAMES, type ServiceName } from '../aws/aws-services.js';
import { resolveAccounts, type Config } from '../config/schema.js';
import type { RestoreKind } from '../restore/types.js';
import { restoreServices } from './restore.js';
import type { CommandName } from './context.js';

export function servicesFor(command: CommandName, config: Config, restoreKind?: RestoreKind): ServiceName[] {
  // A drill, or a restore of an unknown kind, may touch any kind of resource.
  if (command === 'drill') return [...SERVICE_NAMES];
  if (command === 'restore') return restoreKind ? [...new Set([...restoreServices(restoreKind), ...identityChecks(config)])] : [...SERVICE_NAMES];
  const services = new Set<ServiceName>(identityChecks(config));
  if (config.export.route53.enabled) services.add('route53');
  // Incremental exports read the change feed (CloudTrail event history).
  if (config.export.incremental.enabled) services.add('cloudtrail');
  if (config.export['load-balancers'].enabled) {
    services.add('elb');
    services.add('elbv2');
  }
  if (config.export.mirror) services.add('s3');
  if (command !== 'export') {
    if (config.lifecycle) services.add('s3');
    if (config.snapshots) for (const s of ['ec2', 'rds', 'kms'] as const) services.add(s);
  }
  return [...services];
}

/** Accounts with an id, and the vault account, are checked with STS GetCallerIdentity first. */
function identityChecks(config: Config): ServiceName[] {
  return resolveAccounts(config).some((a) => a.accountId !== undefined) || config.vault ? ['sts'] : [];
}
