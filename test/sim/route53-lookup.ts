/**
 * Finding a zone, health check or CIDR collection by id, answering Route 53's NoSuch* errors
 * when there is none; several operation groups look up the same resources.
 */
import type { HealthCheck } from '@aws-sdk/client-route-53';
import { SimError } from './types.js';
import { bareId, type Route53Slice, type Route53Zone } from './route53-state.js';

export function getZone(slice: Route53Slice, id: string | undefined): Route53Zone {
  const zone = slice.zones.get(bareId(id ?? ''));
  if (!zone) throw new SimError('NoSuchHostedZone', `No hosted zone found with ID: ${id}`, 404);
  return zone;
}

export function getHealthCheck(slice: Route53Slice, id: string | undefined): HealthCheck {
  const check = slice.healthChecks.get(id ?? '');
  if (!check) throw new SimError('NoSuchHealthCheck', `No health check exists with the specified ID ${id}`, 404);
  return check;
}

export function getCidrCollection(slice: Route53Slice, id: string | undefined) {
  const collection = slice.cidrCollections.get(id ?? '');
  if (!collection) throw new SimError('NoSuchCidrCollectionException', `The CIDR collection ${id} does not exist.`, 404);
  return collection;
}
