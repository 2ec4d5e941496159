/**
 * How CreateDBInstance and the instance restores add a DB instance: the settings they take from
 * the call's input, in the Create-style form newDbInstance reads, and the checks every new one passes.
 */
import type { DBInstance } from '@aws-sdk/client-rds';
import { checkIdentifier, checkSubnetGroup, type Call } from './rds-helpers.js';
import { rdsOptions } from './rds-model.js';
import { newDbInstance } from './rds-shapes.js';
import { SimError } from './types.js';

export function instanceSettings(call: Call, input: Record<string, any>): Partial<DBInstance> {
  const out: Partial<DBInstance> = {};
  checkSubnetGroup(call, input.DBSubnetGroupName);
  for (const key of ['DBInstanceClass', 'MultiAZ', 'AvailabilityZone', 'StorageType', 'CopyTagsToSnapshot', 'DeletionProtection', 'PubliclyAccessible'] as const) {
    if (input[key] !== undefined) (out as Record<string, unknown>)[key] = input[key];
  }
  return out;
}

/** Fields a new instance takes from Create/Restore inputs, in the fixture's Create-style form. */
export function createStyle(input: Record<string, any>): { DBSubnetGroupName?: string; VpcSecurityGroupIds?: string[]; DBParameterGroupName?: string; OptionGroupName?: string } {
  return {
    DBSubnetGroupName: input.DBSubnetGroupName,
    VpcSecurityGroupIds: input.VpcSecurityGroupIds,
    DBParameterGroupName: input.DBParameterGroupName,
    OptionGroupName: input.OptionGroupName,
  };
}

/** The input's given fields only, so they override defaults spread before them and no more. */
export function withoutUndefined(input: Record<string, unknown>): Record<string, any> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

export function addInstance(call: Call, fields: Parameters<typeof newDbInstance>[3]): DBInstance {
  const id = checkIdentifier(fields.DBInstanceIdentifier!, 'DBInstanceIdentifier');
  if (call.region.instances.has(id)) throw new SimError('DBInstanceAlreadyExists', `DB instance already exists`);
  const now = call.sim.now();
  const instance = newDbInstance(call.sim, call.region, call.account, fields, new Date(now));
  call.region.instances.set(id, { instance, readyAt: now + rdsOptions(call.sim).createMs });
  return instance;
}
