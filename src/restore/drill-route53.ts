/**
 * What a drill's Route 53 check says when it passes: which zones matched the committed files
 * and how many record sets they hold, so the summary reads as a check, not as a change.
 */
import { HEALTH_CHECKS_PATH } from '../export/health-checks.js';
import { ZONES_FOLDER } from '../export/route53-format.js';
import type { ExportedFile } from '../export/types.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `2 live zones match their committed files byte for byte (57 record sets); so do the health checks (3)`. */
export function zoneCheckNote(compared: readonly ExportedFile[]): string {
  const zones = compared.filter((f) => f.path.startsWith(ZONES_FOLDER));
  const records = zones.reduce((sum, f) => sum + (f.items ?? 0), 0);
  const checks = compared.find((f) => f.path === HEALTH_CHECKS_PATH);
  const verb = zones.length === 1 ? 'matches its committed file' : 'match their committed files';
  const healthChecks = checks ? `; so do the health checks${checks.items === undefined ? '' : ` (${checks.items})`}` : '';
  return `${plural(zones.length, 'live zone')} ${verb} byte for byte (${plural(records, 'record set')})${healthChecks}`;
}
