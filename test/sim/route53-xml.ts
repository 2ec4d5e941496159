/**
 * Route 53's REST-XML wire format: request bodies into the API's shapes, responses and
 * errors out of them (namespace 2013-04-01, lists with named members).
 */
import { SimError, type SimResponse } from './types.js';
import { element, errorResponse, isRecord, newRequestId, parseXmlBody, toXml, xmlDocument, xmlResponse } from './xml.js';

export const ROUTE53_XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';

/** List element → member element name, as the Route 53 model names them. */
const LIST_MEMBERS: Record<string, string> = {
  HostedZones: 'HostedZone',
  ResourceRecordSets: 'ResourceRecordSet',
  ResourceRecords: 'ResourceRecord',
  Changes: 'Change',
  ChangeBatchSummaries: 'ChangeBatchSummary',
  VPCs: 'VPC',
  NameServers: 'NameServer',
  HealthChecks: 'HealthCheck',
  ChildHealthChecks: 'ChildHealthCheck',
  Regions: 'Region',
  Dimensions: 'Dimension',
  Tags: 'Tag',
  AddTags: 'Tag',
  RemoveTagKeys: 'Key',
  ResourceIds: 'ResourceId',
  ResourceTagSets: 'ResourceTagSet',
  ResetElements: 'ResettableElementName',
  DelegationSets: 'DelegationSet',
  // CIDR collection lists have no member names in the model, so they use `member`.
  CidrCollections: 'member',
  CidrLocations: 'member',
  CidrBlocks: 'member',
  CidrList: 'Cidr',
};

const NUMBERS = new Set(['TTL', 'Weight', 'Bias', 'Port', 'RequestInterval', 'FailureThreshold', 'HealthThreshold', 'HealthCheckVersion', 'CollectionVersion']);
const BOOLEANS = new Set(['DryRun', 'EvaluateTargetHealth', 'MultiValueAnswer', 'PrivateZone', 'MeasureLatency', 'Inverted', 'Disabled', 'EnableSNI']);

/** A parsed request body in the API's shapes: numbers, booleans and lists typed. */
export function readRequest<T = Record<string, unknown>>(body: Buffer): T {
  let content: Record<string, unknown>;
  try {
    content = parseXmlBody(body).content;
  } catch (error) {
    throw new SimError('InvalidInput', `Invalid XML ; ${(error as Error).message}`);
  }
  return typed(content) as T;
}

function typed(value: unknown, key = ''): unknown {
  if (Object.hasOwn(LIST_MEMBERS, key)) {
    const member = LIST_MEMBERS[key] as string;
    const items = isRecord(value) ? value[member] : undefined;
    const list = items === undefined || items === '' ? [] : Array.isArray(items) ? items : [items];
    return list.map((item) => typed(item, member));
  }
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '#text').map(([k, v]) => [k, typed(v, k)]));
  }
  if (typeof value !== 'string') return value;
  if (NUMBERS.has(key)) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new SimError('InvalidInput', `Invalid request: ${key} "${value}" is not a number.`);
    return n;
  }
  if (BOOLEANS.has(key)) return value.trim() === 'true';
  return value;
}

/** A response document `<{Operation}Response xmlns>…</…>` built from an object in API shapes. */
export function route53Response(operation: string, content: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): SimResponse {
  const requestId = newRequestId();
  const body = xmlDocument(`${operation}Response`, ROUTE53_XMLNS, toXml(content, { itemName: listMember }));
  const response = xmlResponse(status, body, requestId);
  response.headers = { ...response.headers, ...headers };
  return response;
}

function listMember(listName: string): string {
  return Object.hasOwn(LIST_MEMBERS, listName) ? (LIST_MEMBERS[listName] as string) : 'member';
}

/** One element in Route 53's list conventions (exported for tests of the XML shapes). */
export function route53Element(name: string, value: unknown): string {
  return element(name, value, { itemName: listMember });
}

export function route53Error(err: SimError): SimResponse {
  return errorResponse(err, ROUTE53_XMLNS);
}
