/**
 * Reads Route 53 Change History (ListHostedZoneChangeBatches) of the zones that have it, from
 * the window start to now. One listing per zone, up to 1,000 batches a page (the API's
 * maximum); the client's rate budget keeps to the operation's bucket (the documented default,
 * 50 burst / 10 per second, on top of the account's). Decisions are change-history-feed.ts's.
 */
import { ListHostedZoneChangeBatchesCommand, type HostedZone, type Route53Client } from '@aws-sdk/client-route-53';
import { awsErrorCode, describeAwsError } from '../aws/errors.js';
import { listAll, paginate } from '../aws/paginate.js';
import { mapSettled } from '../util/concurrency.js';
import {
  batchChanges,
  CHANGED_PER_HISTORY,
  isZoneError,
  planHistoryReads,
  unusableHistory,
  type ChangeHistoryReading,
} from './change-history-feed.js';

const BATCHES_PER_PAGE = 1000;
const OPERATION = 'ListHostedZoneChangeBatches';

export async function readChangeHistory(
  client: Route53Client,
  zones: readonly HostedZone[],
  windowStart: Date,
  concurrency: number,
): Promise<ChangeHistoryReading> {
  const { ask, relist } = planHistoryReads(zones, windowStart);
  const reading: ChangeHistoryReading = { changes: [], relist, read: 0 };
  await mapSettled(ask, concurrency, async ({ zone, id, since }) => {
    if (reading.sweep !== undefined) return; // an account-wide failure: asking on would only fail again
    const listing = await listAll(
      paginate(
        (NextToken: string | undefined) =>
          client.send(
            new ListHostedZoneChangeBatchesCommand({
              HostedZoneId: id,
              SubmittedAfter: since.toISOString(),
              MaxResults: BATCHES_PER_PAGE,
              ...(NextToken ? { NextToken } : {}),
            }),
          ),
        (page) => page.NextToken,
      ),
      (page) => page.ChangeBatchSummaries,
    );
    if (!listing.complete) {
      const code = awsErrorCode(listing.error);
      const error = describeAwsError(listing.error, { family: 'route53', operation: OPERATION, resource: `zone ${zone.Name} (${id})` });
      if (isZoneError(code)) relist.set(id, unusableHistory(error.replace(/\.$/, '')));
      else reading.sweep ??= error.replace(/\.$/, '');
      return;
    }
    reading.read += 1;
    if (listing.items.length === 0) return;
    reading.changes.push(...batchChanges(id, listing.items));
    relist.set(id, CHANGED_PER_HISTORY);
  });
  return reading;
}
