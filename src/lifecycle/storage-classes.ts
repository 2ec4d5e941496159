/**
 * What S3 allows for lifecycle transitions, from the S3 user guide ("Transitioning objects
 * using Amazon S3 Lifecycle": supported transitions and constraints) and the API reference
 * (Transition, NoncurrentVersionTransition).
 */

/** Storage classes a lifecycle rule can transition to, in waterfall order (warmest first). */
export const STORAGE_CLASSES = [
  'STANDARD_IA',
  'INTELLIGENT_TIERING',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
] as const;

export type StorageClass = (typeof STORAGE_CLASSES)[number];

export const STORAGE_CLASS_NAMES: Record<StorageClass, string> = {
  STANDARD_IA: 'S3 Standard-IA',
  INTELLIGENT_TIERING: 'S3 Intelligent-Tiering',
  ONEZONE_IA: 'S3 One Zone-IA',
  GLACIER_IR: 'S3 Glacier Instant Retrieval',
  GLACIER: 'S3 Glacier Flexible Retrieval',
  DEEP_ARCHIVE: 'S3 Glacier Deep Archive',
};

/**
 * Days an object must have existed (or, for noncurrent transitions, been noncurrent) before
 * S3 accepts a transition to the class. Classes not listed accept 0.
 */
export const MIN_TRANSITION_DAYS: Partial<Record<StorageClass, number>> = { STANDARD_IA: 30, ONEZONE_IA: 30 };

/** Where a later transition of the same rule may go from each class ("supported lifecycle transitions"). */
export const ALLOWED_NEXT: Record<StorageClass, readonly StorageClass[]> = {
  STANDARD_IA: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  INTELLIGENT_TIERING: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  ONEZONE_IA: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER_IR: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER: ['DEEP_ARCHIVE'],
  DEEP_ARCHIVE: [],
};

/**
 * Standard-IA and One Zone-IA carry a 30-day minimum storage charge, so S3 rejects a rule
 * whose next transition follows them sooner than this.
 */
export const MIN_DAYS_BEFORE_NEXT: Partial<Record<StorageClass, number>> = { STANDARD_IA: 30, ONEZONE_IA: 30 };

/** S3's limits on one lifecycle configuration ("Lifecycle configuration elements"). */
export const MAX_RULES = 1000;
export const MAX_RULE_ID_LENGTH = 255;
export const MAX_NEWER_NONCURRENT_VERSIONS = 100;
