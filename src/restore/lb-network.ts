/**
 * Checks that a load balancer's dependencies exist in the target region before anything is
 * created: its subnets and security groups (EC2 DescribeSubnets / DescribeSecurityGroups,
 * filtered by id so one missing id does not hide the others). All problems are reported
 * together, so the person on call fixes the inputs once.
 */
import { DescribeSecurityGroupsCommand, DescribeSubnetsCommand, type EC2Client } from '@aws-sdk/client-ec2';

export interface NetworkCheck {
  /** VPC of the subnets (undefined when there are no subnets or they span VPCs). */
  vpcId?: string;
  problems: string[];
}

export async function checkNetwork(
  ec2: EC2Client,
  region: string,
  subnets: readonly string[],
  securityGroups: readonly string[],
): Promise<NetworkCheck> {
  const problems: string[] = [];
  let vpcId: string | undefined;
  if (subnets.length) {
    const found = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: [...subnets] }] }));
    const known = new Map((found.Subnets ?? []).map((s) => [s.SubnetId ?? '', s]));
    const missing = subnets.filter((id) => !known.has(id));
    if (missing.length) problems.push(`subnet(s) ${missing.join(', ')} do not exist in ${region}: create them, or map others with the option subnets=…`);
    const vpcs = new Set([...known.values()].map((s) => s.VpcId).filter((v): v is string => v !== undefined));
    if (vpcs.size > 1) problems.push(`subnets ${subnets.join(', ')} belong to several VPCs (${[...vpcs].sort().join(', ')}); a load balancer needs subnets of one VPC`);
    if (vpcs.size === 1) vpcId = [...vpcs][0];
  }
  if (securityGroups.length) {
    const found = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [...securityGroups] }] }));
    const known = new Map((found.SecurityGroups ?? []).map((g) => [g.GroupId ?? '', g]));
    const missing = securityGroups.filter((id) => !known.has(id));
    if (missing.length) {
      problems.push(`security group(s) ${missing.join(', ')} do not exist in ${region}: create them, or map others with the option security-groups=…`);
    }
    const foreign = [...known.values()].filter((g) => vpcId !== undefined && g.VpcId !== undefined && g.VpcId !== vpcId);
    if (foreign.length) {
      problems.push(`security group(s) ${foreign.map((g) => g.GroupId).join(', ')} are not in the subnets' VPC ${vpcId}`);
    }
  }
  return { ...(vpcId ? { vpcId } : {}), problems };
}
