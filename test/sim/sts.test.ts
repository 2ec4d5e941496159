/**
 * STS in the simulator through the real SDK: who am I, and AssumeRole into another account.
 */
import { describe, expect, it } from 'vitest';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ListHostedZonesCommand, Route53Client } from '@aws-sdk/client-route-53';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { startSim, type Sim } from './server.js';

const SAMPLE = 'test/fixtures/sample-route53.yaml';

async function withSim<T>(fn: (sim: Sim) => Promise<T>): Promise<T> {
  const sim = await startSim({ fixtures: [SAMPLE], clock: { frozen: true } });
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}

const sts = (sim: Sim, credentials = sim.credentialsFor('111111111111')) =>
  new STSClient({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });

describe('sts', () => {
  it('tells the caller its account', async () => {
    await withSim(async (sim) => {
      const me = await sts(sim).send(new GetCallerIdentityCommand({}));
      expect(me).toMatchObject({ Account: '111111111111', Arn: 'arn:aws:iam::111111111111:user/sim-user' });
    });
  });

  it('assumes a role in the second account, whose zones the temporary credentials then list', async () => {
    await withSim(async (sim) => {
      const credentials = fromTemporaryCredentials({
        masterCredentials: sim.credentialsFor('111111111111'),
        params: { RoleArn: 'arn:aws:iam::222222222222:role/BackupReader', RoleSessionName: 'backup' },
        clientConfig: { endpoint: sim.url, region: 'us-east-1' },
      });
      const r53 = new Route53Client({ endpoint: sim.url, region: 'us-east-1', credentials, maxAttempts: 1 });
      const zones = await r53.send(new ListHostedZonesCommand({}));
      expect(zones.HostedZones?.map((z) => z.Id)).toEqual(['/hostedzone/Z05TEAMEXAMPLEORG']);
      // The expiration is far enough ahead that the client reuses the credentials.
      await r53.send(new ListHostedZonesCommand({}));
      expect(sim.stats.calls['sts:AssumeRole']).toBe(1);
      const me = await new STSClient({ endpoint: sim.url, region: 'us-east-1', credentials }).send(new GetCallerIdentityCommand({}));
      expect(me).toMatchObject({ Account: '222222222222', Arn: 'arn:aws:sts::222222222222:assumed-role/BackupReader/backup' });
    });
  });

  it('denies a role in an account the fixture does not have, and rejects a malformed ARN', async () => {
    await withSim(async (sim) => {
      const denied = await sts(sim)
        .send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::999999999999:role/X', RoleSessionName: 's1' }))
        .catch((e: Error & { $metadata: { httpStatusCode?: number } }) => e);
      expect(denied).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
      expect((denied as Error).message).toContain('is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::999999999999:role/X');
      const malformed = await sts(sim)
        .send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::2222:role/X', RoleSessionName: 's1' }))
        .catch((e: Error) => e);
      expect(malformed).toMatchObject({ name: 'ValidationError' });
    });
  });

  it('expires temporary credentials by simulated time', async () => {
    await withSim(async (sim) => {
      const assumed = await sts(sim).send(
        new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/R', RoleSessionName: 's1', DurationSeconds: 900 }),
      );
      const creds = {
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken!,
      };
      expect((await sts(sim, creds).send(new GetCallerIdentityCommand({}))).Account).toBe('222222222222');
      sim.advance(900_000);
      const expired = await sts(sim, creds).send(new GetCallerIdentityCommand({})).catch((e: Error) => e);
      expect(expired).toMatchObject({ name: 'ExpiredToken' });
    });
  });
});
