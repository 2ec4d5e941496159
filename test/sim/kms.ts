/**
 * Simulated KMS (JSON 1.1, `X-Amz-Target: TrentService.<Operation>`): the keys and aliases of
 * each region, enough for DescribeKey / ListAliases / ListKeys and for EC2 and RDS to check
 * the key a copy is encrypted with. Keys are regional: an ARN of another region is not found.
 */
import type { AliasListEntry, KeyMetadata } from '@aws-sdk/client-kms';
import { fixtureRegions, serviceSlice, toDate } from './service-state.js';
import { defaultKeyPolicy, managedKeyPolicy, type KmsPolicies } from './kms-policy.js';
import { SimError } from './types.js';
import type { FixtureAccount, ServiceHandler, SimContext, SimRequest, SimResponse } from './types.js';
import { newRequestId } from './xml.js';

export interface KmsRegion extends KmsPolicies {
  keys: KeyMetadata[];
  aliases: AliasListEntry[];
}
export interface KmsState {
  regions: Record<string, KmsRegion>;
}

/**
 * One entry of `regions.<region>.kms.keys` in the fixture: KeyMetadata fields (KeyId is
 * required; `Enabled: false` makes the key Disabled) plus the `Aliases` pointing at it.
 */
export type KmsFixtureKey = Partial<Omit<KeyMetadata, 'CreationDate'>> & { KeyId: string; CreationDate?: string; Aliases?: string[]; Policy?: string | object };

export function kmsState(sim: SimContext, account: string): KmsState {
  return serviceSlice(sim, account, 'kms', () => ({ regions: {} }));
}

function kmsRegion(sim: SimContext, account: string, region: string): KmsRegion {
  const state = kmsState(sim, account);
  return (state.regions[region] ??= withManagedKeys(account, region, sim));
}

/** Every region has the AWS managed keys EBS and RDS encrypt with by default. */
function withManagedKeys(account: string, region: string, sim: SimContext): KmsRegion {
  const region_: KmsRegion = { keys: [], aliases: [], policies: new Map() };
  for (const [service, id] of [
    ['ebs', '00000000-0000-4000-8000-0000000000eb'],
    ['rds', '00000000-0000-4000-8000-0000000000db'],
  ] as const) {
    const Policy = managedKeyPolicy(account, service, region);
    addKey(region_, account, region, { KeyId: id, KeyManager: 'AWS', Description: `Default key that protects my ${service.toUpperCase()} data when no other key is defined`, Aliases: [`alias/aws/${service}`], Policy }, sim.now());
  }
  return region_;
}

function addKey(state: KmsRegion, account: string, region: string, key: KmsFixtureKey, now: number): KeyMetadata {
  const { Aliases, CreationDate, Policy, ...fields } = key;
  state.policies.set(key.KeyId, Policy === undefined ? defaultKeyPolicy(account) : typeof Policy === 'string' ? Policy : JSON.stringify(Policy));
  const enabled = fields.Enabled ?? true;
  const metadata: KeyMetadata = {
    AWSAccountId: account,
    Arn: `arn:aws:kms:${region}:${account}:key/${key.KeyId}`,
    CreationDate: toDate(CreationDate, now),
    Enabled: enabled,
    Description: '',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: enabled ? 'Enabled' : 'Disabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
    ...fields,
  };
  state.keys.push(metadata);
  for (const alias of Aliases ?? []) {
    if (!alias.startsWith('alias/')) throw new Error(`KMS fixture: alias "${alias}" of key ${key.KeyId} in ${region} must start with "alias/".`);
    state.aliases.push({ AliasName: alias, AliasArn: `arn:aws:kms:${region}:${account}:${alias}`, TargetKeyId: key.KeyId });
  }
  return metadata;
}

export function seedKms(account: string, fixture: FixtureAccount, sim: SimContext): void {
  for (const [region, data] of fixtureRegions(fixture)) {
    const state = kmsRegion(sim, account, region);
    const kms = (data.kms ?? {}) as { keys?: KmsFixtureKey[] };
    for (const key of kms.keys ?? []) addKey(state, account, region, key, sim.now());
  }
}

/**
 * Finds the key `keyRef` names in `region`: a key id, key ARN, alias name (`alias/x`) or alias
 * ARN. Undefined when it does not exist there (including an ARN of another region or account).
 */
export function findKmsKey(sim: SimContext, account: string, region: string, keyRef: string): KeyMetadata | undefined {
  const state = kmsRegion(sim, account, region);
  const arn = /^arn:aws:kms:([^:]+):(\d{12}):(key\/.+|alias\/.+)$/.exec(keyRef);
  if (arn && (arn[1] !== region || arn[2] !== account)) return undefined;
  const ref = arn ? arn[3]! : keyRef;
  const keyId = ref.startsWith('alias/') ? state.aliases.find((a) => a.AliasName === ref)?.TargetKeyId : ref.replace(/^key\//, '');
  return state.keys.find((k) => k.KeyId === keyId);
}

/** The ARN AWS reports for an unknown key reference, used in NotFound messages. */
function describedRef(keyRef: string, account: string, region: string): string {
  if (keyRef.startsWith('arn:')) return keyRef;
  return keyRef.startsWith('alias/') ? `arn:aws:kms:${region}:${account}:${keyRef}` : `arn:aws:kms:${region}:${account}:key/${keyRef}`;
}

// ---------------------------------------------------------------- operations

interface Call {
  input: Record<string, unknown>;
  state: KmsRegion;
  sim: SimContext;
  account: string;
  region: string;
}

function keyIdParam(input: Record<string, unknown>): string {
  const keyId = input.KeyId;
  if (typeof keyId !== 'string' || keyId === '') {
    throw new SimError('ValidationException', "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
  }
  return keyId;
}

/** Limit/Marker paging of the List* calls (Limit 1..1000, default 100). */
function pageOf<T>(items: T[], input: Record<string, unknown>): { items: T[]; NextMarker?: string; Truncated: boolean } {
  const limit = input.Limit === undefined ? 100 : Number(input.Limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new SimError('ValidationException', `1 validation error detected: Value '${String(input.Limit)}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 1000`);
  }
  const start = typeof input.Marker === 'string' ? Number(Buffer.from(input.Marker, 'base64').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0) throw new SimError('InvalidMarkerException', 'The marker is not valid.');
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return more ? { items: slice, NextMarker: Buffer.from(String(start + limit)).toString('base64'), Truncated: true } : { items: slice, Truncated: false };
}

const operations: Record<string, (call: Call) => Record<string, unknown>> = {
  DescribeKey({ input, sim, account, region }) {
    const ref = keyIdParam(input);
    const key = findKmsKey(sim, account, region, ref);
    if (!key) {
      const what = ref.includes('alias/') ? `Alias ${describedRef(ref, account, region)} is not found.` : `Key '${describedRef(ref, account, region)}' does not exist`;
      throw new SimError('NotFoundException', what);
    }
    return { KeyMetadata: jsonKey(key) };
  },

  ListAliases({ input, state, sim, account, region }) {
    let aliases = state.aliases;
    if (input.KeyId !== undefined) {
      const key = findKmsKey(sim, account, region, keyIdParam(input));
      if (!key) throw new SimError('NotFoundException', `Key '${describedRef(String(input.KeyId), account, region)}' does not exist`);
      aliases = aliases.filter((a) => a.TargetKeyId === key.KeyId);
    }
    const sorted = [...aliases].sort((a, b) => (a.AliasName! < b.AliasName! ? -1 : 1));
    const { items, ...rest } = pageOf(sorted, input);
    return { Aliases: items, ...rest };
  },

  GetKeyPolicy({ input, state, sim, account, region }) {
    const ref = keyIdParam(input);
    const key = findKmsKey(sim, account, region, ref);
    if (!key) throw new SimError('NotFoundException', `Key '${describedRef(ref, account, region)}' does not exist`);
    const name = input.PolicyName ?? 'default';
    if (name !== 'default') throw new SimError('NotFoundException', `No such policy exists: ${String(name)}`);
    return { Policy: state.policies.get(key.KeyId!), PolicyName: 'default' };
  },

  ListKeys({ input, state }) {
    const { items, ...rest } = pageOf(state.keys, input);
    return { Keys: items.map((k) => ({ KeyId: k.KeyId, KeyArn: k.Arn })), ...rest };
  },
};

/** JSON timestamps are epoch seconds. */
function jsonKey(key: KeyMetadata): Record<string, unknown> {
  return { ...key, CreationDate: (key.CreationDate?.getTime() ?? 0) / 1000 };
}

function jsonResponse(status: number, body: unknown): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': newRequestId() },
    body: JSON.stringify(body),
  };
}

export const kmsHandler: ServiceHandler = {
  service: 'kms',
  throttleError: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const target = req.headers['x-amz-target'];
    const match = typeof target === 'string' ? /^TrentService\.(\w+)$/.exec(target) : null;
    return match?.[1];
  },

  handle(req: SimRequest, sim: SimContext): SimResponse {
    const op = operations[req.operation];
    if (!op) throw new SimError('UnknownOperationException', `The simulator does not implement KMS ${req.operation}.`);
    let input: Record<string, unknown>;
    try {
      input = req.body.length ? (JSON.parse(req.body.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      throw new SimError('SerializationException', 'The request body is not valid JSON.');
    }
    sim.log.push({ operation: req.operation, service: 'kms', region: req.region, account: req.account, params: input });
    const state = kmsRegion(sim, req.account, req.region);
    return jsonResponse(200, op({ input, state, sim, account: req.account, region: req.region }));
  },

  error(_req: SimRequest, err: SimError): SimResponse {
    return jsonResponse(err.status, { __type: err.code, message: err.message });
  },

  seed: seedKms,
};
