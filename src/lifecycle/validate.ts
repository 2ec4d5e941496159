/**
 * The checks S3 makes on a lifecycle configuration across fields, made before any call so a
 * pull request shows them as config errors. Pure: rules in, problems out. Each problem has a
 * path relative to the rule list and says which bucket and rule, what is wrong and the fix.
 */
import type { LifecycleRuleConfig } from '../config/lifecycle-rule-schema.js';
import { daysBetween, parseLifecycleDate } from './dates.js';
import { ALLOWED_NEXT, MAX_RULES, MIN_DAYS_BEFORE_NEXT, MIN_TRANSITION_DAYS, STORAGE_CLASSES } from './storage-classes.js';
import type { StorageClass } from './storage-classes.js';

export interface Problem {
  path: (string | number)[];
  message: string;
}

const WATERFALL = STORAGE_CLASSES.join(' → ');

export function duplicateBucketProblems(buckets: readonly { name: string }[]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  buckets.forEach((bucket, index) => {
    const seen = first.get(bucket.name);
    if (seen === undefined) first.set(bucket.name, index);
    else {
      problems.push({
        path: [index, 'name'],
        message: `bucket "${bucket.name}" is listed twice (first as entry ${seen + 1}); a bucket has one lifecycle configuration, so merge the rules into one entry`,
      });
    }
  });
  return problems;
}

export function ruleSetProblems(rules: readonly LifecycleRuleConfig[], bucket: string): Problem[] {
  const problems: Problem[] = [];
  if (rules.length > MAX_RULES) {
    problems.push({
      path: [],
      message: `bucket "${bucket}" has ${rules.length} rules; S3 allows at most ${MAX_RULES} per bucket, so merge rules that share a filter`,
    });
  }
  const firstId = new Map<string, number>();
  rules.forEach((rule, index) => {
    const seen = firstId.get(rule.id);
    if (seen === undefined) firstId.set(rule.id, index);
    else {
      problems.push({
        path: [index, 'id'],
        message: `bucket "${bucket}": rule id "${rule.id}" is used twice (first by rule ${seen + 1}); S3 needs unique ids, so rename one`,
      });
    }
    for (const p of ruleProblems(rule, `bucket "${bucket}", rule "${rule.id}"`)) problems.push({ path: [index, ...p.path], message: p.message });
  });
  return problems;
}

/** One point on a rule's timeline: a transition after some days or on a date. */
interface Step {
  index: number;
  storageClass: StorageClass;
  days?: number;
  day?: string;
}

function ruleProblems(rule: LifecycleRuleConfig, who: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string): void => {
    problems.push({ path, message: `${who}: ${message}` });
  };
  const tags = rule.filter?.tags ?? [];
  const tagged = tags.length > 0;
  const sized = rule.filter?.['object-size-greater-than'] !== undefined || rule.filter?.['object-size-less-than'] !== undefined;

  const hasAction =
    (rule.transitions?.length ?? 0) > 0 ||
    rule.expiration !== undefined ||
    (rule['noncurrent-version-transitions']?.length ?? 0) > 0 ||
    rule['noncurrent-version-expiration'] !== undefined ||
    rule['abort-incomplete-multipart-upload'] !== undefined;
  if (!hasAction) {
    add([], 'the rule has no action; add transitions, expiration, noncurrent-version-transitions, noncurrent-version-expiration or abort-incomplete-multipart-upload, or remove the rule');
  }

  const firstTag = new Map<string, number>();
  tags.forEach((tag, index) => {
    const seen = firstTag.get(tag.key);
    if (seen === undefined) firstTag.set(tag.key, index);
    else add(['filter', 'tags', index, 'key'], `tag key "${tag.key}" appears twice in the filter (first as tag ${seen + 1}); S3 needs unique tag keys, so remove one`);
  });

  const greater = rule.filter?.['object-size-greater-than'];
  const less = rule.filter?.['object-size-less-than'];
  if (greater !== undefined && less !== undefined && less <= greater) {
    add(['filter', 'object-size-less-than'], `object-size-less-than (${less}) must be greater than object-size-greater-than (${greater}), or no object matches; fix the range`);
  }

  // Current-version transitions: each by days or by date.
  const steps: Step[] = [];
  (rule.transitions ?? []).forEach((t, index) => {
    const cls = t['storage-class'];
    if (t.days === undefined && t.date === undefined) {
      add(['transitions', index], `the transition to ${cls} needs days (after creation) or date; add one`);
      return;
    }
    if (t.days !== undefined && t.date !== undefined) {
      add(['transitions', index, 'date'], `the transition to ${cls} has both days and date; keep one`);
      return;
    }
    const day = t.date === undefined ? undefined : parseLifecycleDate(t.date);
    if (day && !day.ok) return; // reported by the schema
    steps.push({ index, storageClass: cls, ...(t.days !== undefined ? { days: t.days } : {}), ...(day?.ok ? { day: day.day } : {}) });
  });

  const expiration = rule.expiration;
  const expirationDay = expiration?.date === undefined ? undefined : parseLifecycleDate(expiration.date);
  if (expiration) {
    const given = (['days', 'date', 'expired-object-delete-marker'] as const).filter((k) => expiration[k] !== undefined);
    if (given.length === 0) {
      add(['expiration'], 'expiration needs days, date or expired-object-delete-marker: true; add one or remove expiration');
    } else if (given.length > 1) {
      add(['expiration', given[1]!], `expiration has ${given.join(' and ')}; S3 takes only one of days, date and expired-object-delete-marker, so keep one (put the other in a second rule)`);
    }
    if (expiration['expired-object-delete-marker'] && tagged) {
      add(['expiration', 'expired-object-delete-marker'], 'S3 does not allow expired-object-delete-marker in a rule filtered by tags (delete markers have no tags); move it into a rule without tags in its filter');
    }
  }

  const byDays = steps.filter((s) => s.days !== undefined);
  const byDate = steps.filter((s) => s.day !== undefined);
  const expirationByDays = expiration?.days !== undefined;
  const expirationByDate = expirationDay?.ok === true;
  const mixed = (byDays.length > 0 || expirationByDays) && (byDate.length > 0 || expirationByDate);
  if (mixed) {
    const firstDate = byDate[0];
    add(
      firstDate ? ['transitions', firstDate.index, 'date'] : ['expiration', 'date'],
      'the rule mixes days and dates in its transitions and expiration; S3 rejects that, so use days everywhere or dates everywhere (or split it into two rules)',
    );
  } else {
    problems.push(...timelineProblems(steps, 'transitions', 'days', who));
    const last = [...steps].sort(compareSteps).at(-1);
    if (last && expirationByDays && last.days !== undefined && expiration.days! <= last.days) {
      add(['expiration', 'days'], `expiration after ${expiration.days} days is not after the last transition (${last.storageClass} after ${last.days} days); S3 requires it to come later, so raise expiration days above ${last.days} or drop the transition`);
    }
    if (last && expirationDay?.ok && last.day !== undefined && expirationDay.day <= last.day) {
      add(['expiration', 'date'], `expiration on ${expirationDay.day} is not after the last transition (${last.storageClass} on ${last.day}); S3 requires it to come later, so pick a later date`);
    }
  }

  for (const t of steps) {
    const min = MIN_TRANSITION_DAYS[t.storageClass];
    if (min !== undefined && t.days !== undefined && t.days < min) {
      add(['transitions', t.index, 'days'], `a transition to ${t.storageClass} after ${t.days} days is too early: S3 moves objects to ${t.storageClass} only once they are at least ${min} days old, so set days to ${min} or more (or use INTELLIGENT_TIERING or GLACIER_IR)`);
    }
  }

  // Noncurrent versions: always counted in days since the version became noncurrent.
  const noncurrent: Step[] = (rule['noncurrent-version-transitions'] ?? []).map((t, index) => ({
    index,
    storageClass: t['storage-class'],
    days: t['noncurrent-days'],
  }));
  for (const t of noncurrent) {
    const min = MIN_TRANSITION_DAYS[t.storageClass];
    if (min !== undefined && t.days! < min) {
      add(['noncurrent-version-transitions', t.index, 'noncurrent-days'], `noncurrent versions move to ${t.storageClass} only once they have been noncurrent for at least ${min} days; set noncurrent-days to ${min} or more`);
    }
  }
  problems.push(...timelineProblems(noncurrent, 'noncurrent-version-transitions', 'noncurrent-days', who));
  const lastNoncurrent = [...noncurrent].sort(compareSteps).at(-1);
  const noncurrentExpiration = rule['noncurrent-version-expiration'];
  if (lastNoncurrent && noncurrentExpiration && noncurrentExpiration['noncurrent-days'] <= lastNoncurrent.days!) {
    add(
      ['noncurrent-version-expiration', 'noncurrent-days'],
      `noncurrent versions expire after ${noncurrentExpiration['noncurrent-days']} days, not after their last transition (${lastNoncurrent.storageClass} after ${lastNoncurrent.days} days); S3 requires expiration to come later, so raise noncurrent-days above ${lastNoncurrent.days}`,
    );
  }

  if (rule['abort-incomplete-multipart-upload']) {
    if (tagged) {
      add(['abort-incomplete-multipart-upload'], 'S3 does not allow abort-incomplete-multipart-upload in a rule filtered by tags (an upload has no tags yet); move it into a rule filtered by prefix only');
    } else if (sized) {
      add(['abort-incomplete-multipart-upload'], 'S3 does not allow abort-incomplete-multipart-upload in a rule filtered by object size (an upload has no size yet); move it into a rule filtered by prefix only');
    }
  }
  return problems;
}

function timeOf(step: Step): number {
  return step.days ?? Date.parse(step.day!) / 86_400_000;
}

function compareSteps(a: Step, b: Step): number {
  return timeOf(a) - timeOf(b) || a.index - b.index;
}

function when(step: Step): string {
  return step.days !== undefined ? `after ${step.days} days` : `on ${step.day}`;
}

/** Duplicates, order along S3's storage-class waterfall, and the gap after the IA classes. */
function timelineProblems(steps: readonly Step[], list: string, dayKey: string, who: string): Problem[] {
  const problems: Problem[] = [];
  const add = (step: Step, field: string, message: string): void => {
    problems.push({ path: [list, step.index, field], message: `${who}: ${message}` });
  };
  const timeKey = (s: Step): string => (s.days !== undefined ? dayKey : 'date');
  const firstOfClass = new Map<StorageClass, Step>();
  const unique: Step[] = [];
  for (const step of steps) {
    const earlier = firstOfClass.get(step.storageClass);
    if (earlier) {
      add(step, 'storage-class', `${list} has ${step.storageClass} twice (entries ${earlier.index + 1} and ${step.index + 1}); S3 allows one transition per storage class in a rule, so remove one`);
    } else {
      firstOfClass.set(step.storageClass, step);
      unique.push(step);
    }
  }
  const ordered = [...unique].sort(compareSteps);
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1]!;
    const b = ordered[i]!;
    const gap = b.days !== undefined && a.days !== undefined ? b.days - a.days : daysBetween(a.day!, b.day!);
    if (gap === 0) {
      add(b, timeKey(b), `the transitions to ${a.storageClass} and ${b.storageClass} are both ${when(b)}; an object moves once at a time, so give ${b.storageClass} a later ${timeKey(b)}`);
      continue;
    }
    const allowed = ALLOWED_NEXT[a.storageClass];
    if (!allowed.includes(b.storageClass)) {
      const from = allowed.length > 0 ? `from ${a.storageClass} only to ${allowed.join(', ')}` : `nothing leaves ${a.storageClass}`;
      add(b, 'storage-class', `S3 cannot move objects from ${a.storageClass} (${when(a)}) to ${b.storageClass} (${when(b)}): transitions follow ${WATERFALL}, and ${from}; reorder the ${timeKey(b)} or drop one transition`);
      continue;
    }
    const minGap = MIN_DAYS_BEFORE_NEXT[a.storageClass];
    if (minGap !== undefined && gap < minGap) {
      const fix = a.days !== undefined ? `set ${dayKey} to ${a.days + minGap} or more` : `pick a date at least ${minGap} days after ${a.day}`;
      add(b, timeKey(b), `the transition to ${b.storageClass} (${when(b)}) comes only ${gap} days after the one to ${a.storageClass} (${when(a)}); ${a.storageClass} has a ${minGap}-day minimum storage charge and S3 needs at least ${minGap} days between them, so ${fix}`);
    }
  }
  return problems;
}
