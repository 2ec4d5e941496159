/**
 * The record-set side of a Route 53 restore: how each change reads in the plan (what
 * differs), and applying the batches — the first action of a batch sends it, the others
 * share its outcome — with what only apply knows filled in.
 */
import type { Change, ResourceRecordSet, Route53Client } from '@aws-sdk/client-route-53';
import { describeAwsError } from '../aws/errors.js';
import { bareZoneId } from '../export/route53-format.js';
import { normalName } from './change-batches.js';
import { submitChangeBatch, type WaitOptions } from './route53-apply.js';
import { recordIdentity } from './route53-diff.js';
import { pendingChecks, type ApplyState } from './route53-checks.js';

export function isApex(change: Change, zoneName: string): boolean {
  const r = change.ResourceRecordSet;
  return (r?.Type === 'NS' || r?.Type === 'SOA') && r.SetIdentifier === undefined && normalName(r.Name ?? '') === zoneName;
}

export function describeRecord(record: ResourceRecordSet): string {
  const name = (record.Name ?? '').replaceAll('\\052', '*');
  return `${name} ${record.Type}${record.SetIdentifier !== undefined ? ` (${record.SetIdentifier})` : ''}`;
}

export function reasonFor(change: Change, liveById: ReadonlyMap<string, ResourceRecordSet>): string {
  if (change.Action === 'CREATE') return 'in the export, missing from the live zone';
  if (change.Action === 'DELETE') return 'in the live zone but not in the export';
  const record = change.ResourceRecordSet as ResourceRecordSet;
  const current = liveById.get(recordIdentity(record));
  if (!current) return 'put back as exported';
  const fields = differingFields(current, record);
  return `differs from the export (${fields.join(', ') || 'settings'}); put back as exported`;
}

const FIELD_NAMES: Record<string, string> = {
  ResourceRecords: 'values',
  TTL: 'ttl',
  AliasTarget: 'alias',
  HealthCheckId: 'health check',
  Weight: 'weight',
  Region: 'region',
  Failover: 'failover',
  GeoLocation: 'geolocation',
  GeoProximityLocation: 'geoproximity',
  CidrRoutingConfig: 'cidr-routing',
  MultiValueAnswer: 'multivalue-answer',
};

function differingFields(a: ResourceRecordSet, b: ResourceRecordSet): string[] {
  const norm = (r: ResourceRecordSet, key: string): string => {
    const value = (r as unknown as Record<string, unknown>)[key];
    if (key === 'ResourceRecords') return JSON.stringify((value as { Value?: string }[] | undefined)?.map((v) => v.Value).sort());
    return JSON.stringify(value ?? null);
  };
  return Object.keys(FIELD_NAMES).filter((key) => norm(a, key) !== norm(b, key)).map((key) => FIELD_NAMES[key] as string);
}


/**
 * One promise per batch: the first record action of a batch sends it, the others share the
 * outcome, so a batch stays atomic while the plan lists each record set.
 */
export function batchRunner(
  client: Route53Client,
  batches: readonly Change[][],
  state: ApplyState,
  exportedZoneId: string,
  newZone: boolean,
  wait: WaitOptions,
  label: string,
): (index: number) => Promise<string> {
  const running = new Map<number, Promise<string>>();
  return (index) => {
    let promise = running.get(index);
    if (!promise) {
      promise = (async () => {
        const zoneId = state.zoneId;
        if (!zoneId) throw new Error(`zone ${label} does not exist yet`);
        const changes = (batches[index] as Change[]).map((change) => resolveChange(change, state, newZone ? exportedZoneId : undefined));
        const comment = `aws-backup-gitops restore, batch ${index + 1} of ${batches.length}`;
        try {
          const changeId = await submitChangeBatch(client, zoneId, changes, comment, wait);
          return `batch ${index + 1}/${batches.length} INSYNC (${bareZoneId(changeId).replace(/^\/change\//, '')})`;
        } catch (error) {
          throw new Error(describeAwsError(error, { family: 'route53', operation: 'ChangeResourceRecordSets', resource: `zone ${label} (${zoneId})` }), { cause: error });
        }
      })();
      running.set(index, promise);
    }
    return promise;
  };
}

/** Fills in what only apply knows: re-created health-check ids, a new zone's id for its own aliases. */
function resolveChange(change: Change, state: ApplyState, exportedZoneId: string | undefined): Change {
  let record = change.ResourceRecordSet as ResourceRecordSet;
  const pending = pendingChecks(record)[0];
  if (pending !== undefined) {
    const id = state.checkIds.get(pending);
    if (!id) throw new Error(`health check "${pending}" was not re-created`);
    record = { ...record, HealthCheckId: id };
  }
  if (exportedZoneId !== undefined && record.AliasTarget?.HostedZoneId === exportedZoneId) {
    record = { ...record, AliasTarget: { ...record.AliasTarget, HostedZoneId: state.zoneId as string } };
  }
  return { Action: change.Action, ResourceRecordSet: record };
}

