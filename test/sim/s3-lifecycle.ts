/**
 * Simulated S3 lifecycle configuration: the rules as the SDK shapes them, S3's checks with its
 * error codes, and the three bucket operations.
 */
import type { LifecycleRule, LifecycleRuleFilter, NoncurrentVersionTransition, Tag, Transition } from '@aws-sdk/client-s3';
import { S3Error, defined, malformedXml, num, ok, payload, requireIntegrity, xmlBody } from './s3-core.js';
import type { Operation } from './s3-core.js';
import { isRecord, list, parseXmlBody, text } from './xml.js';

const TRANSITION_MINIMUM = 'all_storage_classes_128K';

function tagFromXml(node: unknown): Tag {
  const n = isRecord(node) ? node : {};
  return { Key: text(n.Key), Value: text(n.Value) ?? '' };
}

function filterFromXml(node: unknown): LifecycleRuleFilter {
  const n = isRecord(node) ? node : {};
  const and = isRecord(n.And) ? n.And : undefined;
  return defined({
    Prefix: text(n.Prefix),
    Tag: n.Tag !== undefined ? tagFromXml(n.Tag) : undefined,
    ObjectSizeGreaterThan: num(n.ObjectSizeGreaterThan),
    ObjectSizeLessThan: num(n.ObjectSizeLessThan),
    And: and
      ? defined({
          Prefix: text(and.Prefix),
          Tags: and.Tag !== undefined ? list(and.Tag).map(tagFromXml) : undefined,
          ObjectSizeGreaterThan: num(and.ObjectSizeGreaterThan),
          ObjectSizeLessThan: num(and.ObjectSizeLessThan),
        })
      : undefined,
  });
}

/** One `<Rule>` of a PutBucketLifecycleConfiguration body in the SDK's LifecycleRule shape. */
export function lifecycleRuleFromXml(node: unknown): LifecycleRule {
  if (!isRecord(node)) throw malformedXml();
  const expiration = isRecord(node.Expiration) ? node.Expiration : undefined;
  const nve = isRecord(node.NoncurrentVersionExpiration) ? node.NoncurrentVersionExpiration : undefined;
  const abort = isRecord(node.AbortIncompleteMultipartUpload) ? node.AbortIncompleteMultipartUpload : undefined;
  return defined({
    ID: text(node.ID),
    Prefix: text(node.Prefix),
    Filter: node.Filter !== undefined ? filterFromXml(node.Filter) : undefined,
    Status: text(node.Status) as LifecycleRule['Status'],
    Expiration: expiration
      ? defined({
          Date: text(expiration.Date) !== undefined ? new Date(text(expiration.Date)!) : undefined,
          Days: num(expiration.Days),
          ExpiredObjectDeleteMarker: text(expiration.ExpiredObjectDeleteMarker) !== undefined ? text(expiration.ExpiredObjectDeleteMarker) === 'true' : undefined,
        })
      : undefined,
    Transitions:
      node.Transition !== undefined
        ? list<Record<string, unknown>>(node.Transition).map(
            (t): Transition =>
              defined({
                Date: text(t.Date) !== undefined ? new Date(text(t.Date)!) : undefined,
                Days: num(t.Days),
                StorageClass: text(t.StorageClass) as Transition['StorageClass'],
              }),
          )
        : undefined,
    NoncurrentVersionTransitions:
      node.NoncurrentVersionTransition !== undefined
        ? list<Record<string, unknown>>(node.NoncurrentVersionTransition).map(
            (t): NoncurrentVersionTransition =>
              defined({
                NoncurrentDays: num(t.NoncurrentDays),
                StorageClass: text(t.StorageClass) as NoncurrentVersionTransition['StorageClass'],
                NewerNoncurrentVersions: num(t.NewerNoncurrentVersions),
              }),
          )
        : undefined,
    NoncurrentVersionExpiration: nve
      ? defined({ NoncurrentDays: num(nve.NoncurrentDays), NewerNoncurrentVersions: num(nve.NewerNoncurrentVersions) })
      : undefined,
    AbortIncompleteMultipartUpload: abort ? defined({ DaysAfterInitiation: num(abort.DaysAfterInitiation) }) : undefined,
  });
}

/** A LifecycleRule as the `<Rule>` element of GetBucketLifecycleConfiguration (flattened lists renamed). */
function lifecycleRuleToXml(rule: LifecycleRule): Record<string, unknown> {
  const filter = rule.Filter
    ? defined({
        Prefix: rule.Filter.Prefix,
        Tag: rule.Filter.Tag,
        ObjectSizeGreaterThan: rule.Filter.ObjectSizeGreaterThan,
        ObjectSizeLessThan: rule.Filter.ObjectSizeLessThan,
        And: rule.Filter.And
          ? defined({
              Prefix: rule.Filter.And.Prefix,
              Tag: rule.Filter.And.Tags,
              ObjectSizeGreaterThan: rule.Filter.And.ObjectSizeGreaterThan,
              ObjectSizeLessThan: rule.Filter.And.ObjectSizeLessThan,
            })
          : undefined,
      })
    : undefined;
  return defined({
    Expiration: rule.Expiration,
    ID: rule.ID,
    Prefix: rule.Prefix,
    Filter: filter,
    Status: rule.Status,
    Transition: rule.Transitions,
    NoncurrentVersionTransition: rule.NoncurrentVersionTransitions,
    NoncurrentVersionExpiration: rule.NoncurrentVersionExpiration,
    AbortIncompleteMultipartUpload: rule.AbortIncompleteMultipartUpload,
  });
}

const MIN_TRANSITION_DAYS: Record<string, number> = { STANDARD_IA: 30, ONEZONE_IA: 30 };

/** The checks S3 makes on a lifecycle configuration, with its error codes. */
export function checkLifecycleRules(rules: LifecycleRule[]): void {
  if (!rules.length || rules.length > 1000) throw malformedXml();
  const ids = new Set<string>();
  for (const rule of rules) {
    const where = rule.ID ? `rule '${rule.ID}'` : 'a rule';
    if (rule.ID !== undefined) {
      if (rule.ID.length > 255) throw new S3Error('InvalidArgument', 'ID length should not exceed allowed limit of 255', 400);
      if (ids.has(rule.ID)) throw new S3Error('InvalidArgument', 'Rule ID must be unique. Found same ID for more than one rule', 400);
      ids.add(rule.ID);
    }
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
    if ((rule.Filter === undefined) === (rule.Prefix === undefined)) throw malformedXml();
    const hasAction =
      rule.Expiration || rule.Transitions?.length || rule.NoncurrentVersionTransitions?.length || rule.NoncurrentVersionExpiration || rule.AbortIncompleteMultipartUpload;
    if (!hasAction) throw new S3Error('InvalidRequest', `At least one action needs to be specified in ${where}`, 400);
    for (const t of rule.Transitions ?? []) {
      const min = MIN_TRANSITION_DAYS[t.StorageClass ?? ''];
      if (min !== undefined && t.Days !== undefined && t.Days < min) {
        throw new S3Error('InvalidArgument', `'Days' in Transition action must be greater than or equal to ${min} for storageClass '${t.StorageClass}'`, 400);
      }
      if (rule.Expiration?.Days !== undefined && t.Days !== undefined && rule.Expiration.Days <= t.Days) {
        throw new S3Error('InvalidArgument', `'Days' in the Expiration action for ${where} must be greater than 'Days' in the Transition action`, 400);
      }
    }
    const tagged = rule.Filter?.Tag !== undefined || (rule.Filter?.And?.Tags?.length ?? 0) > 0;
    if (tagged && rule.Expiration?.ExpiredObjectDeleteMarker) {
      throw new S3Error('InvalidArgument', 'ExpiredObjectDeleteMarker cannot be specified with tags.', 400);
    }
    if (tagged && rule.AbortIncompleteMultipartUpload) {
      throw new S3Error('InvalidRequest', 'AbortIncompleteMultipartUpload cannot be specified with Tags.', 400);
    }
  }
}


export const lifecycleOperations: Record<string, Operation> = {
  GetBucketLifecycleConfiguration: (call) => {
    const rules = call.bucket.LifecycleRules;
    if (!rules) {
      throw new S3Error('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', 404, { BucketName: call.bucket.Name });
    }
    return xmlBody('LifecycleConfiguration', { Rule: rules.map(lifecycleRuleToXml) }, { 'x-amz-transition-default-minimum-object-size': TRANSITION_MINIMUM });
  },

  PutBucketLifecycleConfiguration: (call) => {
    const { data, checksums } = payload(call.req);
    requireIntegrity(call.req, checksums);
    let parsed: ReturnType<typeof parseXmlBody>;
    try {
      parsed = parseXmlBody(data);
    } catch {
      throw malformedXml();
    }
    if (parsed.root !== 'LifecycleConfiguration') throw malformedXml();
    const rules = list(parsed.content.Rule).map(lifecycleRuleFromXml);
    checkLifecycleRules(rules);
    call.bucket.LifecycleRules = rules;
    return ok({ 'x-amz-transition-default-minimum-object-size': TRANSITION_MINIMUM });
  },

  DeleteBucketLifecycle: (call) => {
    delete call.bucket.LifecycleRules;
    return ok({}, 204);
  },
};
