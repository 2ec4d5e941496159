/**
 * Log buckets of a load balancer restored into another region. Elastic Load Balancing
 * delivers access logs (and an ALB's connection and health-check logs) only to an S3 bucket
 * in the load balancer's own region, so the exported bucket, which is in the export's region,
 * cannot serve the copy: the option `log-bucket=<bucket in the target region>` takes its
 * place. Without it logging is restored off, and the plan says so ("not restored: …").
 */
import type { ClassicLoadBalancerDocument, LoadBalancerV2Document } from '../export/lb-format.js';
import { notRestored } from './lb-not-restored.js';

type Document = ClassicLoadBalancerDocument | LoadBalancerV2Document;

export interface LogMapping<T extends Document> {
  doc: T;
  notes: string[];
}

/** The document with its log buckets replaced (or logging off), for a restore into `targetRegion`. */
export function mapLogBuckets<T extends Document>(doc: T, targetRegion: string, logBucket: string | undefined): LogMapping<T> {
  const unmapped = (what: string, bucket: string): string =>
    notRestored(
      `${what} to S3 bucket ${bucket}`,
      `ELB writes logs only to a bucket in the load balancer's own region, and ${bucket} serves ${doc.Region}; set the option log-bucket=<bucket in ${targetRegion}> (its bucket policy must let ELB deliver logs), or turn logging on by hand`,
    );
  if (doc.Kind === 'elb') {
    const log = doc.Attributes.AccessLog;
    if (!log?.Enabled || !log.S3BucketName) return { doc, notes: [] };
    const AccessLog = logBucket ? { ...log, S3BucketName: logBucket } : { Enabled: false };
    return { doc: { ...doc, Attributes: { ...doc.Attributes, AccessLog } }, notes: logBucket ? [] : [unmapped('access logs', log.S3BucketName)] };
  }
  const attributes = { ...doc.Attributes };
  const notes: string[] = [];
  for (const key of Object.keys(doc.Attributes)) {
    const kind = /^(.+)\.s3\.bucket$/.exec(key)?.[1];
    const bucket = doc.Attributes[key];
    if (!kind || !bucket || doc.Attributes[`${kind}.s3.enabled`] !== 'true') continue;
    if (logBucket) {
      attributes[key] = logBucket;
    } else {
      attributes[`${kind}.s3.enabled`] = 'false';
      attributes[key] = '';
      notes.push(unmapped(kind.replace(/_/g, ' '), bucket));
    }
  }
  return { doc: { ...doc, Attributes: attributes }, notes };
}
