/**
 * The change feed: CloudTrail event history (LookupEvents) in us-east-1, where Route 53, a
 * global service, records its events. One lookup per window, `ReadOnly=false` so the
 * export's own reads are not paged through, 50 events a page (the API's maximum); the
 * client's rate budget keeps to LookupEvents' 2 requests per second.
 */
import { LookupEventsCommand, type CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { describeAwsError } from '../aws/errors.js';
import { listAll, paginate } from '../aws/paginate.js';
import { readFeed, type FeedReading } from './route53-feed.js';

export const ROUTE53_FEED_REGION = 'us-east-1';
const EVENTS_PER_PAGE = 50;

export async function lookupRoute53Changes(client: CloudTrailClient, window: { start: Date; end: Date }): Promise<FeedReading> {
  const listing = await listAll(
    paginate(
      (NextToken: string | undefined) =>
        client.send(
          new LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }],
            StartTime: window.start,
            EndTime: window.end,
            MaxResults: EVENTS_PER_PAGE,
            ...(NextToken ? { NextToken } : {}),
          }),
        ),
      (page) => page.NextToken,
    ),
    (page) => page.Events,
  );
  if (!listing.complete) {
    return {
      ok: false,
      reason: describeAwsError(listing.error, { family: 'cloudtrail', operation: 'LookupEvents', region: ROUTE53_FEED_REGION }).replace(/\.$/, ''),
    };
  }
  return readFeed(listing.items);
}
