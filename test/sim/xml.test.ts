/**
 * The simulator's XML helpers, checked against the SDK's expectations.
 */
import { describe, expect, it } from 'vitest';
import { decodeQueryParams, element, errorResponse, escapeXml, list, parseXmlBody, queryResponse, toXml } from './xml.js';
import { SimError } from './types.js';

describe('xml helpers', () => {
  it('escapes text', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('builds elements from objects, naming list members per protocol', () => {
    const value = { Name: 'a&b', Tags: [{ Key: 'k', Value: 'v' }], Count: 2, On: false, Skip: undefined, At: new Date(0) };
    expect(toXml(value)).toBe('<Name>a&amp;b</Name><Tags><member><Key>k</Key><Value>v</Value></member></Tags><Count>2</Count><On>false</On><At>1970-01-01T00:00:00.000Z</At>');
    expect(element('Items', ['x', 'y'], { itemName: 'item' })).toBe('<Items><item>x</item><item>y</item></Items>');
    expect(element('VPCs', [{ VPCId: 'vpc-1' }], { itemName: (l) => (l === 'VPCs' ? 'VPC' : 'member') })).toBe('<VPCs><VPC><VPCId>vpc-1</VPCId></VPC></VPCs>');
  });

  it('parses request bodies keeping text as sent', () => {
    const { root, content } = parseXmlBody('<?xml version="1.0"?><R xmlns="ns"><V>007</V><T>&quot;a&quot;</T><L><I>1</I></L><L><I>2</I></L></R>');
    expect(root).toBe('R');
    expect(content['V']).toBe('007');
    expect(content['T']).toBe('"a"');
    expect(list(content['L'])).toHaveLength(2);
    expect(list(undefined)).toEqual([]);
  });

  it('decodes query-protocol parameters into nested lists', () => {
    const params = new URLSearchParams('Action=X&Tags.member.1.Key=a&Tags.member.1.Value=1&Tags.member.2.Key=b&Filter.1.Name=n&Filter.1.Value.1=v&Names.member.1=z');
    expect(decodeQueryParams(params)).toEqual({
      Action: 'X',
      Tags: [{ Key: 'a', Value: '1' }, { Key: 'b' }],
      Filter: [{ Name: 'n', Value: ['v'] }],
      Names: ['z'],
    });
  });

  it('wraps query responses and errors in the standard envelopes', () => {
    const ok = queryResponse('DescribeThings', 'https://example/doc/', { Things: ['a'] }, { requestId: 'rid' });
    expect(ok.body).toContain('<DescribeThingsResponse xmlns="https://example/doc/"><DescribeThingsResult><Things><member>a</member></Things></DescribeThingsResult><ResponseMetadata><RequestId>rid</RequestId></ResponseMetadata></DescribeThingsResponse>');
    const err = errorResponse(new SimError('Throttling', 'Rate exceeded', 400), undefined, 'rid');
    expect(err.status).toBe(400);
    expect(err.body).toContain('<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>rid</RequestId></ErrorResponse>');
  });
});
