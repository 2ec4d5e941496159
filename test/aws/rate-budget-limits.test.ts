/**
 * Rate limits as configured: the documented defaults, what a bare number or a mapping sets, and
 * the messages for a config that cannot be right. No AWS calls here.
 */
import { describe, expect, it } from 'vitest';
import { RateBudgets } from '../../src/aws/rate-budget.js';
import { DOCUMENTED_RATE_LIMITS, resolveRateLimits } from '../../src/aws/rate-limits.js';

describe('rate limits', () => {
  it('are the documented Route 53 buckets by default', () => {
    const r53 = resolveRateLimits().route53;
    expect(r53.shared).toEqual({ burst: 50, rate: 10 });
    expect(r53.operation('ListResourceRecordSets')).toEqual({ burst: 50, rate: 10 });
    expect(r53.operation('CreateHealthCheck')).toEqual({ burst: 50, rate: 0.5 });
    expect(r53.operation('CreateHostedZone')).toEqual({ burst: 40, rate: 2 });
    expect(r53.operation('AssociateVPCWithHostedZone')).toEqual({ burst: 20, rate: 5 });
    expect(r53.changes).toEqual(DOCUMENTED_RATE_LIMITS.route53.changes);
    expect(resolveRateLimits().ec2.shared).toEqual({ rate: 20, burst: 20 });
  });

  it('gives S3 object calls S3\'s per-prefix request rates, writes sharing one bucket, apart from bucket configuration calls', () => {
    const s3 = resolveRateLimits().s3;
    expect(s3.shared).toBeUndefined();
    expect(s3.operation('CopyObject')).toEqual({ rate: 3500, burst: 3500 });
    expect(s3.operation('HeadObject')).toEqual({ rate: 5500, burst: 5500 });
    expect(s3.operation('PutBucketReplication')).toEqual({ rate: 50, burst: 50 });
    const budgets = new RateBudgets();
    const scope = { family: 's3' as const, account: 'a', region: 'eu-west-1' };
    expect(budgets.operationBucket(scope, 'DeleteObject')).toBe(budgets.operationBucket(scope, 'CopyObject'));
    expect(budgets.operationBucket(scope, 'UploadPartCopy')).toBe(budgets.operationBucket(scope, 'CopyObject'));
    expect(budgets.operationBucket(scope, 'ListObjectVersions')).toBe(budgets.operationBucket(scope, 'GetObject'));
    expect(budgets.operationBucket(scope, 'GetObject')).not.toBe(budgets.operationBucket(scope, 'CopyObject'));
    expect(budgets.operationBucket(scope, 'PutBucketVersioning')).toBe(budgets.operationBucket(scope, 'PutBucketReplication'));
    // Lowered in the config: a number is one budget for every S3 call; an operation of its own leaves its group.
    expect(resolveRateLimits({ s3: 20 }).s3.shared).toEqual({ rate: 20, burst: 20 });
    const lowered = new RateBudgets({ limits: { s3: { operations: { DeleteObject: 5 } } } });
    expect(lowered.operationBucket(scope, 'DeleteObject')).not.toBe(lowered.operationBucket(scope, 'CopyObject'));
    expect(lowered.operationBucket(scope, 'DeleteObject')!.rate).toBe(5);
  });

  it('a bare number sets the rate and caps the burst at one second\'s worth (the old meaning)', () => {
    const limits = resolveRateLimits({ route53: 3, ec2: 100 });
    expect(limits.route53.shared).toEqual({ rate: 3, burst: 3 });
    expect(limits.route53.operation('CreateHealthCheck')).toEqual({ burst: 50, rate: 0.5 });
    expect(limits.ec2.shared).toEqual({ rate: 100, burst: 20 });
    expect(resolveRateLimits({ route53: 0.5 }).route53.shared).toEqual({ rate: 0.5, burst: 1 });
  });

  it('takes rate, burst, per-operation buckets and the change budget', () => {
    const r53 = resolveRateLimits({
      route53: { rate: 5, operations: { ListResourceRecordSets: 2, CreateHealthCheck: { burst: 5 } }, changes: { rate: 20, burst: 200 } },
    }).route53;
    expect(r53.shared).toEqual({ rate: 5, burst: 5 });
    expect(r53.operation('ListResourceRecordSets')).toEqual({ rate: 2, burst: 2 });
    expect(r53.operation('CreateHealthCheck')).toEqual({ rate: 0.5, burst: 5 });
    expect(r53.operation('GetChange')).toEqual({ burst: 50, rate: 10 });
    expect(r53.changes).toEqual({ rate: 20, burst: 200 });
    expect(resolveRateLimits({ route53: { burst: 10 } }).route53.shared).toEqual({ rate: 10, burst: 10 });
  });

  it('rejects unknown families, bad values and misplaced keys with a clear message', () => {
    expect(() => resolveRateLimits({ route35: 3 })).toThrow(/Unknown API family "route35".*route53/);
    expect(() => resolveRateLimits({ ec2: 0 })).toThrow('Rate limit for ec2 must be a positive number');
    expect(() => resolveRateLimits({ route53: { burst: 0.5 } })).toThrow('Burst for route53 must be at least 1');
    expect(() => resolveRateLimits({ ec2: { changes: 5 } })).toThrow('applies to route53 only');
    expect(() => new RateBudgets({ reserve: -1 })).toThrow('reserve must be zero or more');
    expect(() => new RateBudgets({ reserveMs: -1 })).toThrow('reserveMs must be zero or more');
  });

  it('keys buckets per account for Route 53 and per account and region otherwise', () => {
    const budgets = new RateBudgets();
    const r53 = budgets.bucket({ family: 'route53', account: 'a', region: 'us-east-1' });
    expect(budgets.bucket({ family: 'route53', account: 'a', region: 'eu-west-1' })).toBe(r53);
    expect(budgets.bucket({ family: 'route53', account: 'b', region: 'us-east-1' })).not.toBe(r53);
    expect(budgets.operationBucket({ family: 'route53', account: 'a', region: 'eu-west-1' }, 'GetChange')).toBe(
      budgets.operationBucket({ family: 'route53', account: 'a', region: 'us-east-1' }, 'GetChange'),
    );
    const ec2 = budgets.bucket({ family: 'ec2', account: 'a', region: 'us-east-1' });
    expect(budgets.bucket({ family: 'ec2', account: 'a', region: 'eu-west-1' })).not.toBe(ec2);
    expect(budgets.bucket({ family: 'rds', account: 'a', region: 'us-east-1' })).not.toBe(ec2);
    expect(ec2!.rate).toBe(20);
  });
});
