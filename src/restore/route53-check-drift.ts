/**
 * How a live health check differs from the health-check file, sorted by what UpdateHealthCheck
 * can do about it (Route 53 API reference, UpdateHealthCheck):
 * - it can set IPAddress (only on a check that has one: it can neither add nor remove it),
 *   Port, ResourcePath, FullyQualifiedDomainName, SearchString, FailureThreshold, Inverted,
 *   Disabled, HealthThreshold, ChildHealthChecks, EnableSNI, Regions, AlarmIdentifier and
 *   InsufficientDataHealthStatus;
 * - ResetElements clears FullyQualifiedDomainName, ResourcePath and ChildHealthChecks and puts
 *   Regions back to the default set: how a setting the file does not have is removed;
 * - Type, RequestInterval, MeasureLatency and RoutingControlArn are set when the check is
 *   created and cannot change afterwards.
 * Pure: takes the file's check and the live one (both as the file reads them), returns data.
 */
import type { HealthCheckConfig, ResettableElementName } from '@aws-sdk/client-route-53';
import { HEALTH_CHECK_CONFIG_KEYS, type NamedHealthCheck } from '../export/health-checks.js';
import { canonicalJson as canonical } from '../util/canonical-json.js';

type ConfigKey = keyof HealthCheckConfig;

const UPDATABLE: ReadonlySet<ConfigKey> = new Set<ConfigKey>([
  'IPAddress',
  'Port',
  'ResourcePath',
  'FullyQualifiedDomainName',
  'SearchString',
  'FailureThreshold',
  'Inverted',
  'Disabled',
  'HealthThreshold',
  'ChildHealthChecks',
  'EnableSNI',
  'Regions',
  'AlarmIdentifier',
  'InsufficientDataHealthStatus',
]);

const RESETTABLE: ReadonlySet<ConfigKey> = new Set<ConfigKey>(['FullyQualifiedDomainName', 'Regions', 'ResourcePath', 'ChildHealthChecks']);

export interface CheckDrift {
  /** The export's values of the drifted settings UpdateHealthCheck takes (children as the file writes them). */
  update: Partial<HealthCheckConfig>;
  /** Settings the file does not have, cleared with ResetElements. */
  reset: ResettableElementName[];
  /** One entry per difference that can be put back: `failure-threshold 5 → 3`. */
  changes: string[];
  /** Differences an existing check cannot take, with the reason. */
  fixed: string[];
}

/** The file's name of a setting, e.g. `failure-threshold`. */
function keyOf(field: ConfigKey): string {
  return HEALTH_CHECK_CONFIG_KEYS[field]?.[0] ?? field;
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'object' && value !== null) return canonical(value);
  return String(value);
}

export function healthCheckDrift(file: NamedHealthCheck, live: NamedHealthCheck): CheckDrift {
  const want = (file.healthCheck.HealthCheckConfig ?? {}) as Record<string, unknown>;
  const have = (live.healthCheck.HealthCheckConfig ?? {}) as Record<string, unknown>;
  const drift: CheckDrift = { update: {}, reset: [], changes: [], fixed: [] };
  const fields = [...new Set([...Object.keys(HEALTH_CHECK_CONFIG_KEYS), ...Object.keys(want), ...Object.keys(have)])] as ConfigKey[];
  for (const field of fields) {
    const wanted = want[field];
    const current = have[field];
    if (canonical(wanted) === canonical(current)) continue;
    const line = `${keyOf(field)} ${show(current)} → ${show(wanted)}`;
    if (!UPDATABLE.has(field)) {
      drift.fixed.push(`${line} (set when a health check is created; UpdateHealthCheck cannot change it)`);
    } else if (field === 'IPAddress' && (wanted === undefined || current === undefined)) {
      drift.fixed.push(`${line} (UpdateHealthCheck can change an IP address but not add or remove one)`);
    } else if (wanted === undefined) {
      if (RESETTABLE.has(field)) {
        drift.reset.push(field as ResettableElementName);
        drift.changes.push(line);
      } else {
        drift.fixed.push(`${line} (UpdateHealthCheck cannot remove it)`);
      }
    } else {
      (drift.update as Record<string, unknown>)[field] = wanted;
      drift.changes.push(line);
    }
  }
  return drift;
}
