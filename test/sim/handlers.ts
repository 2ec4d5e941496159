/**
 * The service handlers the simulator loads by default. A handler serves one signing name;
 * several may share one (ELB classic and v2 both sign as `elasticloadbalancing`) and the
 * server asks each in turn whose `operation()` recognises the request.
 */
import { classicElbHandler } from './elb.js';
import { cloudTrailHandler } from './cloudtrail.js';
import { ec2Handler } from './ec2.js';
import { kmsHandler } from './kms.js';
import { rdsHandler } from './rds.js';
import { elbv2Handler } from './elbv2.js';
import { route53Handler } from './route53.js';
import { s3Handler } from './s3.js';
import { stsHandler } from './sts.js';
import type { ServiceHandler } from './types.js';

export const defaultHandlers: readonly ServiceHandler[] = [
  route53Handler,
  stsHandler,
  elbv2Handler,
  classicElbHandler,
  s3Handler,
  ec2Handler,
  rdsHandler,
  kmsHandler,
  cloudTrailHandler,
];
