/**
 * The planner's read-only inputs per account: each region's resources, snapshots and RDS
 * quotas, and the copy destinations' KMS keys (DescribeKey once per region and key).
 */
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError } from '../aws/errors.js';
import { listAmiSnapshots, listEbsResources, listEbsSnapshots, listTieringSnapshots } from './ec2-inventory.js';
import type { RegionInventory } from './inventory.js';
import { checkCopyKey, type KeyCheck } from './kms.js';
import { policySection, SNAPSHOTS_SECTION, type PlanContext } from './plan-context.js';
import { listRdsResources, listRdsSnapshots, readRdsQuotas } from './rds-inventory.js';

export interface ReadSides {
  /** Resources are listed (the account's own regions). */
  source: boolean;
  /** EBS / RDS snapshots are listed because copies go there. */
  ebsDest: boolean;
  rdsDest: boolean;
}

export async function readRegion(ctx: PlanContext, clients: AwsClients, account: string, region: string, sides: ReadSides): Promise<RegionInventory> {
  const { source, ebsDest, rdsDest } = sides;
  const inv: RegionInventory = { account, region, resources: [], snapshots: [], quotas: {}, failures: [] };
  const ebs = async () => {
    if (!source && !ebsDest) return;
    const ec2 = clients.ec2(region);
    try {
      const [resources, snapshots, amis, tiering] = await Promise.all([
        source ? listEbsResources(ec2, account, region) : Promise.resolve([]),
        listEbsSnapshots(ec2, account, region, ctx.now),
        listAmiSnapshots(ec2),
        // Only a config that archives needs to know which snapshots are being archived already.
        archives(ctx) ? listTieringSnapshots(ec2) : Promise.resolve(new Map<string, string>()),
      ]);
      for (const s of snapshots) {
        const ami = amis.get(s.id);
        if (ami) s.inUse = `registered to AMI ${ami}`;
        const busy = tiering.get(s.id);
        if (busy) s.tiering = busy;
      }
      inv.resources.push(...resources);
      inv.snapshots.push(...snapshots);
    } catch (error) {
      inv.failures.push({ what: 'ebs', message: describeAwsError(error, { region }) });
    }
  };
  const rds = async () => {
    if (!source && !rdsDest) return;
    const client = clients.rds(region);
    try {
      const [resources, snapshots] = await Promise.all([
        source ? listRdsResources(client, account, region) : Promise.resolve([]),
        listRdsSnapshots(client, account, region, ctx.now),
      ]);
      inv.resources.push(...resources);
      inv.snapshots.push(...snapshots);
    } catch (error) {
      inv.failures.push({ what: 'rds', message: describeAwsError(error, { region }) });
      return;
    }
    try {
      inv.quotas = await readRdsQuotas(client);
    } catch (error) {
      ctx.warn(SNAPSHOTS_SECTION, `RDS quotas in ${ctx.where(account, region)}`, `cannot check the manual snapshot quota: ${describeAwsError(error, { region })}`);
    }
  };
  await Promise.all([ebs(), rds()]);
  return inv;
}

function archives(ctx: PlanContext): boolean {
  return ctx.config.policies.some((p) => p['archive-after-days'] !== undefined || p.copies.some((c) => c['archive-after-days'] !== undefined));
}

/** DescribeKey once per (region, key) before any copy is planned. */
export async function checkKeys(ctx: PlanContext, clients: AwsClients, account: string): Promise<Map<string, KeyCheck>> {
  const wanted = new Set<string>();
  for (const p of ctx.config.policies) for (const c of p.copies) if (c['kms-key'] && c.account !== 'vault') wanted.add(`${c.region}|${c['kms-key']}`);
  const checks = new Map<string, KeyCheck>();
  await Promise.all(
    [...wanted].map(async (key) => {
      const [region, keyId] = key.split('|') as [string, string];
      checks.set(key, await checkCopyKey(clients, region, keyId));
    }),
  );
  const reported = new Set<string>();
  for (const p of ctx.config.policies) {
    p.copies.forEach((c, i) => {
      const check = c['kms-key'] ? checks.get(`${c.region}|${c['kms-key']}`) : undefined;
      const id = `${p.name}|${c.region}`;
      if (check && !check.ok && !reported.has(id)) {
        reported.add(id);
        ctx.error(
          policySection(p.name),
          `copies to ${c.region}${ctx.multiAccount ? ` (account ${account})` : ''}`,
          `${check.message} (snapshots.policies.${p.name}.copies[${i}].kms-key); no copies to ${c.region} are made for this policy until it is fixed`,
        );
      }
    });
  }
  return checks;
}
