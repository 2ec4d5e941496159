/**
 * The simulated KMS through the real SDK client: keys per region by id, ARN, alias or alias
 * ARN; disabled keys; a key of another region is not found; aliases list and page.
 */
import { DescribeKeyCommand, KMSClient, ListAliasesCommand, paginateListAliases } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kmsHandler } from './kms.js';
import { startSim, type Sim } from './server.js';
import { rejection } from '../support/rejection.js';

const ACCOUNT = '111111111111';
const DR_KEY = '2b2b2b2b-2222-4222-8222-222222222222';
const DR_KEY_ARN = `arn:aws:kms:us-west-2:${ACCOUNT}:key/${DR_KEY}`;

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ fixtures: ['test/fixtures/sample-snapshots.yaml'], handlers: [kmsHandler], clock: { frozen: true } });
});
afterAll(() => sim.close());

const kms = (region: string) => new KMSClient({ endpoint: sim.url, region, credentials: sim.credentialsFor(ACCOUNT), maxAttempts: 1 });

describe('DescribeKey', () => {
  it('finds a key by alias, alias ARN, key id and key ARN in its region', async () => {
    for (const ref of ['alias/backup-dr', `arn:aws:kms:us-west-2:${ACCOUNT}:alias/backup-dr`, DR_KEY, DR_KEY_ARN]) {
      const out = await kms('us-west-2').send(new DescribeKeyCommand({ KeyId: ref }));
      expect(out.KeyMetadata).toMatchObject({
        KeyId: DR_KEY,
        Arn: DR_KEY_ARN,
        AWSAccountId: ACCOUNT,
        Enabled: true,
        KeyState: 'Enabled',
        KeyManager: 'CUSTOMER',
        Description: 'Disaster-recovery backup key',
        CreationDate: new Date('2024-01-10T08:00:00.000Z'),
      });
    }
  });

  it('reports a disabled key as such', async () => {
    const out = await kms('us-west-2').send(new DescribeKeyCommand({ KeyId: 'alias/backup-dr-old' }));
    expect(out.KeyMetadata).toMatchObject({ Enabled: false, KeyState: 'Disabled' });
  });

  it('does not find a key of another region, nor an unknown alias', async () => {
    const byAlias = await rejection(kms('us-west-2').send(new DescribeKeyCommand({ KeyId: 'alias/backup-primary' })));
    expect(byAlias).toMatchObject({ name: 'NotFoundException', status: 400, message: `Alias arn:aws:kms:us-west-2:${ACCOUNT}:alias/backup-primary is not found.` });
    const byArn = await rejection(kms('us-east-1').send(new DescribeKeyCommand({ KeyId: DR_KEY_ARN })));
    expect(byArn.name).toBe('NotFoundException');
    const byId = await rejection(kms('us-east-1').send(new DescribeKeyCommand({ KeyId: DR_KEY })));
    expect(byId.message).toBe(`Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${DR_KEY}' does not exist`);
  });

  it('has the AWS managed EBS and RDS keys in every region', async () => {
    const out = await kms('eu-west-1').send(new DescribeKeyCommand({ KeyId: 'alias/aws/ebs' }));
    expect(out.KeyMetadata).toMatchObject({ KeyManager: 'AWS', KeyState: 'Enabled' });
  });
});

describe('ListAliases', () => {
  it('lists the region aliases sorted, filters by key, and pages', async () => {
    const all = await kms('us-west-2').send(new ListAliasesCommand({}));
    expect(all.Aliases!.map((a) => a.AliasName)).toEqual(['alias/aws/ebs', 'alias/aws/rds', 'alias/backup-dr', 'alias/backup-dr-old']);
    const forKey = await kms('us-west-2').send(new ListAliasesCommand({ KeyId: DR_KEY }));
    expect(forKey.Aliases).toEqual([{ AliasName: 'alias/backup-dr', AliasArn: `arn:aws:kms:us-west-2:${ACCOUNT}:alias/backup-dr`, TargetKeyId: DR_KEY }]);
    const pages: number[] = [];
    for await (const page of paginateListAliases({ client: kms('us-west-2'), pageSize: 3 }, {})) pages.push(page.Aliases!.length);
    expect(pages).toEqual([3, 1]);
  });
});
