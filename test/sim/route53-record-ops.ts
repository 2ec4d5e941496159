/**
 * Route 53 record set operations: listing a zone's records, applying a change batch (with the
 * PriorRequestNotComplete window) and GetChange for the change it returns.
 */
import type { ChangeBatch } from '@aws-sdk/client-route-53';
import { SimError } from './types.js';
import { applyChangeBatch, batchCounts, listRecordPage } from './route53-records.js';
import { bareId, batchContext, route53Options } from './route53-state.js';
import { readRequest, route53Response } from './route53-xml.js';
import { recordBatch } from './route53-history.js';
import type { Operation } from './route53-routes.js';
import { getZone } from './route53-lookup.js';
import { changeInfoShape, newChange } from './route53-mutations.js';

export const recordOperations: Record<string, Operation> = {
  ListResourceRecordSets(req, slice, _sim, [id]) {
    const zone = getZone(slice, id);
    const maxItems = req.query.get('maxitems');
    const page = listRecordPage(zone.records, {
      StartRecordName: req.query.get('name') ?? undefined,
      StartRecordType: req.query.get('type') ?? undefined,
      StartRecordIdentifier: req.query.get('identifier') ?? undefined,
      MaxItems: maxItems === null ? undefined : Number(maxItems),
    });
    return route53Response('ListResourceRecordSets', {
      ResourceRecordSets: page.ResourceRecordSets,
      IsTruncated: page.IsTruncated,
      NextRecordName: page.NextRecordName,
      NextRecordType: page.NextRecordType,
      NextRecordIdentifier: page.NextRecordIdentifier,
      MaxItems: page.MaxItems,
    });
  },

  ChangeResourceRecordSets(req, slice, sim, [id]) {
    const zone = getZone(slice, id);
    const batch = readRequest<{ ChangeBatch?: ChangeBatch }>(req.body).ChangeBatch;
    const changes = batch?.Changes ?? [];
    const counts = batchCounts(changes);
    const entry = { operation: req.operation, service: req.service, region: req.region, account: req.account, params: { hostedZoneId: zone.id, ...counts, accepted: false, error: undefined as string | undefined } };
    sim.log.push(entry);
    const options = route53Options(sim);
    const last = zone.lastChange && slice.changes.get(bareId(zone.lastChange.id));
    if (options.priorRequestWindowMs > 0 && last && sim.now() < last.syncAt && sim.now() - last.SubmittedAt < options.priorRequestWindowMs) {
      entry.params.error = 'PriorRequestNotComplete';
      throw new SimError('PriorRequestNotComplete', 'The request was rejected because Route 53 was still processing a prior request.');
    }
    try {
      zone.records = applyChangeBatch(changes, batchContext(slice, zone));
    } catch (error) {
      entry.params.error = error instanceof SimError ? error.code : String(error);
      throw error;
    }
    entry.params.accepted = true;
    const info = newChange(slice, sim, batch?.Comment);
    zone.lastChange = { id: info.Id, submittedAt: sim.now() };
    recordBatch(zone, sim, req, { changeId: info.Id, operation: 'ChangeResourceRecordSets', comment: batch?.Comment, changes });
    return route53Response('ChangeResourceRecordSets', { ChangeInfo: info });
  },

  GetChange(_req, slice, sim, [id]) {
    const change = slice.changes.get(bareId(id as string));
    if (!change) throw new SimError('NoSuchChange', `A change with the specified change ID ${id} does not exist.`, 404);
    return route53Response('GetChange', { ChangeInfo: changeInfoShape(change, sim) });
  },
};
