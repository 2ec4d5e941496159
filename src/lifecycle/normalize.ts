/**
 * One canonical form for a lifecycle rule, whether it was declared in the config or read
 * from S3, so that AWS's equivalent spellings compare equal: an empty filter and prefix "",
 * the legacy top-level Prefix and Filter.Prefix, an And holding one condition, Status in any
 * case, rules and tags in any order, dates as the day at midnight UTC.
 */
import type { LifecycleRule, LifecycleRuleFilter, Tag } from '@aws-sdk/client-s3';
import type { LifecycleRuleConfig, LifecycleRuleInput } from '../config/lifecycle-rule-schema.js';
import { dateToDay, dayToDate, parseLifecycleDate } from './dates.js';
import type { StorageClass } from './storage-classes.js';

export interface NormalFilter {
  /** '' matches every key. */
  prefix: string;
  /** Sorted by key. */
  tags: [string, string][];
  sizeGreaterThan?: number;
  sizeLessThan?: number;
}

/** Exactly one of `days` and `day` (YYYY-MM-DD). */
export interface NormalTransition {
  storageClass: StorageClass;
  days?: number;
  day?: string;
}

export interface NormalNoncurrentTransition {
  storageClass: StorageClass;
  noncurrentDays: number;
  newerNoncurrentVersions?: number;
}

export interface NormalExpiration {
  days?: number;
  day?: string;
  expiredObjectDeleteMarker?: true;
}

export interface NormalRule {
  id: string;
  enabled: boolean;
  filter: NormalFilter;
  /** In time order. */
  transitions: NormalTransition[];
  expiration?: NormalExpiration;
  /** In time order. */
  noncurrentTransitions: NormalNoncurrentTransition[];
  noncurrentExpiration?: { noncurrentDays?: number; newerNoncurrentVersions?: number };
  abortAfterDays?: number;
}

const byKey = (a: [string, string], b: [string, string]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function transitionOrder(a: { days?: number; day?: string; storageClass: string }, b: typeof a): number {
  const time = (t: typeof a): number => t.days ?? Date.parse(t.day ?? '') / 86_400_000;
  return time(a) - time(b) || (a.storageClass < b.storageClass ? -1 : a.storageClass > b.storageClass ? 1 : 0);
}

/** Rules sorted by id, so the order they were written or returned in does not matter. */
export function sortRules(rules: readonly NormalRule[]): NormalRule[] {
  return [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------
// Declared (config) → normal

function declaredDay(text: string): string {
  const parsed = parseLifecycleDate(text);
  // The schema rejects bad dates before this runs.
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.day;
}

export function normalizeDeclared(rule: LifecycleRuleConfig): NormalRule {
  const normal: NormalRule = {
    id: rule.id,
    enabled: rule.status !== 'disabled',
    filter: {
      prefix: rule.filter?.prefix ?? '',
      tags: (rule.filter?.tags ?? []).map((t): [string, string] => [t.key, t.value]).sort(byKey),
      ...(rule.filter?.['object-size-greater-than'] !== undefined && { sizeGreaterThan: rule.filter['object-size-greater-than'] }),
      ...(rule.filter?.['object-size-less-than'] !== undefined && { sizeLessThan: rule.filter['object-size-less-than'] }),
    },
    transitions: (rule.transitions ?? [])
      .map((t) => ({
        storageClass: t['storage-class'],
        ...(t.days !== undefined ? { days: t.days } : { day: declaredDay(t.date!) }),
      }))
      .sort(transitionOrder),
    noncurrentTransitions: (rule['noncurrent-version-transitions'] ?? [])
      .map((t) => ({
        storageClass: t['storage-class'],
        noncurrentDays: t['noncurrent-days'],
        ...(t['newer-noncurrent-versions'] !== undefined && { newerNoncurrentVersions: t['newer-noncurrent-versions'] }),
      }))
      .sort((a, b) => transitionOrder({ ...a, days: a.noncurrentDays }, { ...b, days: b.noncurrentDays })),
  };
  const e = rule.expiration;
  if (e) {
    normal.expiration = {
      ...(e.days !== undefined && { days: e.days }),
      ...(e.date !== undefined && { day: declaredDay(e.date) }),
      ...(e['expired-object-delete-marker'] && { expiredObjectDeleteMarker: true as const }),
    };
  }
  const ne = rule['noncurrent-version-expiration'];
  if (ne) {
    normal.noncurrentExpiration = {
      noncurrentDays: ne['noncurrent-days'],
      ...(ne['newer-noncurrent-versions'] !== undefined && { newerNoncurrentVersions: ne['newer-noncurrent-versions'] }),
    };
  }
  const abort = rule['abort-incomplete-multipart-upload'];
  if (abort) normal.abortAfterDays = abort['days-after-initiation'];
  return normal;
}

// ---------------------------------------------------------------------------------------
// Live (S3) → normal

const positive = (n: number | undefined): number | undefined => (n === undefined || n === null || n <= 0 ? undefined : n);

function liveFilter(rule: LifecycleRule): NormalFilter {
  const f: LifecycleRuleFilter = rule.Filter ?? {};
  const and = f.And;
  const tags: Tag[] = [...(f.Tag ? [f.Tag] : []), ...(and?.Tags ?? [])];
  const greater = f.ObjectSizeGreaterThan ?? and?.ObjectSizeGreaterThan;
  const less = f.ObjectSizeLessThan ?? and?.ObjectSizeLessThan;
  return {
    prefix: rule.Prefix ?? f.Prefix ?? and?.Prefix ?? '',
    tags: tags.map((t): [string, string] => [t.Key ?? '', t.Value ?? '']).sort(byKey),
    ...(greater !== undefined && greater !== null && { sizeGreaterThan: Number(greater) }),
    ...(less !== undefined && less !== null && { sizeLessThan: Number(less) }),
  };
}

/** `fallbackId` names a rule S3-compatible stores may return without an ID. */
export function normalizeLive(rule: LifecycleRule, fallbackId: string): NormalRule {
  const normal: NormalRule = {
    id: rule.ID ?? fallbackId,
    enabled: (rule.Status ?? '').toLowerCase() === 'enabled',
    filter: liveFilter(rule),
    transitions: (rule.Transitions ?? [])
      .map((t) => ({
        storageClass: t.StorageClass as StorageClass,
        ...(t.Date !== undefined ? { day: dateToDay(t.Date) } : { days: t.Days ?? 0 }),
      }))
      .sort(transitionOrder),
    noncurrentTransitions: (rule.NoncurrentVersionTransitions ?? [])
      .map((t) => ({
        storageClass: t.StorageClass as StorageClass,
        noncurrentDays: t.NoncurrentDays ?? 0,
        ...(positive(t.NewerNoncurrentVersions) !== undefined && { newerNoncurrentVersions: t.NewerNoncurrentVersions! }),
      }))
      .sort((a, b) => transitionOrder({ ...a, days: a.noncurrentDays }, { ...b, days: b.noncurrentDays })),
  };
  const e = rule.Expiration;
  if (e) {
    const expiration: NormalExpiration = {
      ...(e.Days !== undefined && { days: e.Days }),
      ...(e.Date !== undefined && { day: dateToDay(e.Date) }),
      ...(e.ExpiredObjectDeleteMarker === true && { expiredObjectDeleteMarker: true as const }),
    };
    // `<ExpiredObjectDeleteMarker>false</…>` alone is no action at all.
    if (Object.keys(expiration).length > 0) normal.expiration = expiration;
  }
  const ne = rule.NoncurrentVersionExpiration;
  if (ne && (ne.NoncurrentDays !== undefined || positive(ne.NewerNoncurrentVersions) !== undefined)) {
    normal.noncurrentExpiration = {
      ...(ne.NoncurrentDays !== undefined && { noncurrentDays: ne.NoncurrentDays }),
      ...(positive(ne.NewerNoncurrentVersions) !== undefined && { newerNoncurrentVersions: ne.NewerNoncurrentVersions! }),
    };
  }
  const abort = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
  if (abort !== undefined) normal.abortAfterDays = abort;
  return normal;
}

export function normalizeLiveRules(rules: readonly LifecycleRule[]): NormalRule[] {
  return sortRules(rules.map((rule, index) => normalizeLive(rule, `(rule ${index + 1} without id)`)));
}

// ---------------------------------------------------------------------------------------
// Normal → S3 (PutBucketLifecycleConfiguration)

function awsFilter(filter: NormalFilter): LifecycleRuleFilter {
  const tags: Tag[] = filter.tags.map(([Key, Value]) => ({ Key, Value }));
  const conditions =
    (filter.prefix !== '' ? 1 : 0) + tags.length + (filter.sizeGreaterThan !== undefined ? 1 : 0) + (filter.sizeLessThan !== undefined ? 1 : 0);
  if (conditions === 0) return {};
  if (conditions > 1) {
    // S3 wants And for two or more conditions, and only then.
    return {
      And: {
        ...(filter.prefix !== '' && { Prefix: filter.prefix }),
        ...(tags.length > 0 && { Tags: tags }),
        ...(filter.sizeGreaterThan !== undefined && { ObjectSizeGreaterThan: filter.sizeGreaterThan }),
        ...(filter.sizeLessThan !== undefined && { ObjectSizeLessThan: filter.sizeLessThan }),
      },
    };
  }
  if (filter.prefix !== '') return { Prefix: filter.prefix };
  if (tags.length === 1) return { Tag: tags[0]! };
  if (filter.sizeGreaterThan !== undefined) return { ObjectSizeGreaterThan: filter.sizeGreaterThan };
  return { ObjectSizeLessThan: filter.sizeLessThan! };
}

export function toAwsRule(rule: NormalRule): LifecycleRule {
  const aws: LifecycleRule = {
    ID: rule.id,
    Status: rule.enabled ? 'Enabled' : 'Disabled',
    Filter: awsFilter(rule.filter),
  };
  if (rule.transitions.length > 0) {
    aws.Transitions = rule.transitions.map((t) => ({
      StorageClass: t.storageClass,
      ...(t.days !== undefined ? { Days: t.days } : { Date: dayToDate(t.day!) }),
    }));
  }
  if (rule.expiration) {
    const e = rule.expiration;
    aws.Expiration = {
      ...(e.days !== undefined && { Days: e.days }),
      ...(e.day !== undefined && { Date: dayToDate(e.day) }),
      ...(e.expiredObjectDeleteMarker && { ExpiredObjectDeleteMarker: true }),
    };
  }
  if (rule.noncurrentTransitions.length > 0) {
    aws.NoncurrentVersionTransitions = rule.noncurrentTransitions.map((t) => ({
      StorageClass: t.storageClass,
      NoncurrentDays: t.noncurrentDays,
      ...(t.newerNoncurrentVersions !== undefined && { NewerNoncurrentVersions: t.newerNoncurrentVersions }),
    }));
  }
  if (rule.noncurrentExpiration) {
    const ne = rule.noncurrentExpiration;
    aws.NoncurrentVersionExpiration = {
      ...(ne.noncurrentDays !== undefined && { NoncurrentDays: ne.noncurrentDays }),
      ...(ne.newerNoncurrentVersions !== undefined && { NewerNoncurrentVersions: ne.newerNoncurrentVersions }),
    };
  }
  if (rule.abortAfterDays !== undefined) aws.AbortIncompleteMultipartUpload = { DaysAfterInitiation: rule.abortAfterDays };
  return aws;
}

// ---------------------------------------------------------------------------------------
// Normal → config (import); defaults left out so the YAML stays short

export function toConfigRule(rule: NormalRule): LifecycleRuleInput {
  const out: LifecycleRuleInput = { id: rule.id };
  if (!rule.enabled) out.status = 'disabled';
  const f = rule.filter;
  if (f.prefix !== '' || f.tags.length > 0 || f.sizeGreaterThan !== undefined || f.sizeLessThan !== undefined) {
    out.filter = {
      ...(f.prefix !== '' && { prefix: f.prefix }),
      ...(f.tags.length > 0 && { tags: f.tags.map(([key, value]) => ({ key, value })) }),
      ...(f.sizeGreaterThan !== undefined && { 'object-size-greater-than': f.sizeGreaterThan }),
      ...(f.sizeLessThan !== undefined && { 'object-size-less-than': f.sizeLessThan }),
    };
  }
  if (rule.transitions.length > 0) {
    out.transitions = rule.transitions.map((t) => ({
      ...(t.days !== undefined ? { days: t.days } : { date: t.day! }),
      'storage-class': t.storageClass,
    }));
  }
  if (rule.expiration) {
    const e = rule.expiration;
    out.expiration = {
      ...(e.days !== undefined && { days: e.days }),
      ...(e.day !== undefined && { date: e.day }),
      ...(e.expiredObjectDeleteMarker && { 'expired-object-delete-marker': true as const }),
    };
  }
  if (rule.noncurrentTransitions.length > 0) {
    out['noncurrent-version-transitions'] = rule.noncurrentTransitions.map((t) => ({
      'noncurrent-days': t.noncurrentDays,
      ...(t.newerNoncurrentVersions !== undefined && { 'newer-noncurrent-versions': t.newerNoncurrentVersions }),
      'storage-class': t.storageClass,
    }));
  }
  if (rule.noncurrentExpiration) {
    const ne = rule.noncurrentExpiration;
    out['noncurrent-version-expiration'] = {
      'noncurrent-days': ne.noncurrentDays ?? 0,
      ...(ne.newerNoncurrentVersions !== undefined && { 'newer-noncurrent-versions': ne.newerNoncurrentVersions }),
    };
  }
  if (rule.abortAfterDays !== undefined) out['abort-incomplete-multipart-upload'] = { 'days-after-initiation': rule.abortAfterDays };
  return out;
}
