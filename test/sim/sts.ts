/**
 * STS (query protocol, 2011-06-15) and the simulator's access keys. Each fixture account has
 * one deterministic long-term key; AssumeRole into another fixture account issues temporary
 * keys that act in that account.
 */
import { SimError, type ServiceHandler, type SimContext, type SimCredentials, type SimKeyStore, type SimPrincipal, type SimRequest } from './types.js';
import { errorResponse, queryParams, queryResponse } from './xml.js';

const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** The long-term key of a fixture account: `AKIASIMK<account>` (20 characters, like AWS's). */
export function fixtureCredentials(account: string): SimCredentials {
  return {
    accessKeyId: `AKIASIMK${account}`,
    secretAccessKey: `SimSecretKeyForAccount${account}`.padEnd(40, '0'),
  };
}

export function createKeyStore(now: () => number): SimKeyStore & { addFixtureAccount(account: string): void } {
  const principals = new Map<string, SimPrincipal>();
  let issued = 0;
  return {
    addFixtureAccount(account) {
      const credentials = fixtureCredentials(account);
      principals.set(credentials.accessKeyId, {
        account,
        arn: `arn:aws:iam::${account}:user/sim-user`,
        userId: `AIDASIM${account}`,
        credentials,
      });
    },
    lookup(accessKeyId) {
      return principals.get(accessKeyId);
    },
    issueTemporary(account, arn, userId, expiresAt) {
      issued += 1;
      const n = String(issued).padStart(13, '0');
      const principal: SimPrincipal = {
        account,
        arn,
        userId,
        credentials: {
          accessKeyId: `ASIASIM${n}`,
          secretAccessKey: `SimTemporarySecret${n}`.padEnd(40, '0'),
          sessionToken: `SimSessionToken${n}${now()}`,
        },
        expiresAt,
      };
      principals.set(principal.credentials.accessKeyId, principal);
      return principal;
    },
  };
}

const OPERATIONS = new Set(['GetCallerIdentity', 'AssumeRole']);

export const stsHandler: ServiceHandler = {
  service: 'sts',
  throttleError: { code: 'Throttling', status: 400, message: 'Rate exceeded' },

  operation(req) {
    const action = queryParams(req.query, req.body).get('Action') ?? undefined;
    return action && OPERATIONS.has(action) ? action : undefined;
  },

  handle(req, sim) {
    const params = queryParams(req.query, req.body);
    const caller = sim.keys?.lookup(req.accessKeyId);
    if (!caller) throw new SimError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
    if (req.operation === 'GetCallerIdentity') {
      return queryResponse('GetCallerIdentity', XMLNS, { Arn: caller.arn, UserId: caller.userId, Account: caller.account });
    }
    return assumeRole(req, params, caller, sim);
  },

  error(_req, err) {
    return errorResponse(err, XMLNS);
  },
};

function assumeRole(req: SimRequest, params: URLSearchParams, caller: SimPrincipal, sim: SimContext) {
  const roleArn = params.get('RoleArn') ?? '';
  const session = params.get('RoleSessionName') ?? '';
  const match = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/.exec(roleArn);
  if (!match) {
    throw new SimError('ValidationError', `RoleArn "${roleArn}" is not a role ARN like arn:aws:iam::123456789012:role/Name.`);
  }
  if (!/^[\w+=,.@-]{2,64}$/.test(session)) {
    throw new SimError('ValidationError', `RoleSessionName "${session}" must be 2-64 characters of [\\w+=,.@-].`);
  }
  const durationSeconds = Number(params.get('DurationSeconds') ?? 3600);
  if (!Number.isInteger(durationSeconds) || durationSeconds < 900 || durationSeconds > 43200) {
    throw new SimError('ValidationError', `DurationSeconds ${params.get('DurationSeconds')} must be between 900 and 43200.`);
  }
  const [, account, roleName] = match as unknown as [string, string, string];
  if (!sim.state.accounts[account] || !sim.keys) {
    throw new SimError(
      'AccessDenied',
      `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      403,
    );
  }
  const roleId = `AROASIM${account}${roleName.length}`;
  const assumed = sim.keys.issueTemporary(
    account,
    `arn:aws:sts::${account}:assumed-role/${roleName}/${session}`,
    `${roleId}:${session}`,
    sim.now() + durationSeconds * 1000,
  );
  sim.log.push({ operation: 'AssumeRole', service: 'sts', region: req.region, account: req.account, params: { roleArn, session } });
  return queryResponse('AssumeRole', XMLNS, {
    Credentials: {
      AccessKeyId: assumed.credentials.accessKeyId,
      SecretAccessKey: assumed.credentials.secretAccessKey,
      SessionToken: assumed.credentials.sessionToken,
      // The SDK caches credentials against the real clock, so Expiration is real time; the
      // simulator itself expires the key by simulated time (`expiresAt`).
      Expiration: new Date(Date.now() + durationSeconds * 1000),
    },
    AssumedRoleUser: { AssumedRoleId: `${roleId}:${session}`, Arn: assumed.arn },
  });
}
