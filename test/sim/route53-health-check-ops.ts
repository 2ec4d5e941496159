/**
 * Route 53 health check operations: list, count, get, create (idempotent by CallerReference),
 * versioned update and delete, with the checks Route 53 makes on a new check's settings.
 */
import type { HealthCheck, HealthCheckConfig } from '@aws-sdk/client-route-53';
import { SimError, type SimResponse } from './types.js';
import { HEALTH_CHECK_DEFAULTS, canonicalHealthCheckConfig, checkedHealthCheckUpdate, uuidFrom } from './route53-state.js';
import { readRequest, route53Response } from './route53-xml.js';
import { API, type Operation } from './route53-routes.js';
import { compare, pageSize, paginate } from './route53-paging.js';
import { getHealthCheck } from './route53-lookup.js';
import { logMutation } from './route53-mutations.js';

export const healthCheckOperations: Record<string, Operation> = {
  ListHealthChecks(req, slice) {
    const maxItems = pageSize(req.query.get('maxitems'), 100, 1000);
    const checks = [...slice.healthChecks.values()].sort((a, b) => compare(a.Id as string, b.Id as string));
    const marker = req.query.get('marker') ?? undefined;
    const { page, next } = paginate(checks, marker === undefined ? 0 : checks.findIndex((c) => (c.Id as string) >= marker), maxItems);
    return route53Response('ListHealthChecks', {
      HealthChecks: page,
      Marker: marker,
      IsTruncated: next !== undefined,
      NextMarker: next?.Id,
      MaxItems: maxItems,
    });
  },

  GetHealthCheckCount(_req, slice) {
    return route53Response('GetHealthCheckCount', { HealthCheckCount: slice.healthChecks.size });
  },

  GetHealthCheck(_req, slice, _sim, [id]) {
    return route53Response('GetHealthCheck', { HealthCheck: getHealthCheck(slice, id) });
  },

  CreateHealthCheck(req, slice, sim) {
    const body = readRequest<{ CallerReference?: string; HealthCheckConfig?: HealthCheckConfig }>(req.body);
    if (!body.CallerReference) throw new SimError('InvalidInput', 'Invalid request: CallerReference is required.');
    const config = checkedHealthCheckConfig(body.HealthCheckConfig);
    const existingId = slice.usedHealthCheckReferences.get(body.CallerReference);
    if (existingId !== undefined) {
      const existing = slice.healthChecks.get(existingId);
      // Same reference and same settings: Route 53 returns the existing check (idempotent retry).
      if (existing && JSON.stringify(existing.HealthCheckConfig) === JSON.stringify(config)) {
        return healthCheckCreated(existing);
      }
      throw new SimError(
        'HealthCheckAlreadyExists',
        `A health check with the CallerReference ${body.CallerReference} already exists with different settings (or was deleted); use a new CallerReference.`,
        409,
      );
    }
    const id = uuidFrom(sim.newId('hc'));
    const check: HealthCheck = { Id: id, CallerReference: body.CallerReference, HealthCheckConfig: config, HealthCheckVersion: 1 };
    slice.healthChecks.set(id, check);
    slice.usedHealthCheckReferences.set(body.CallerReference, id);
    logMutation(req, sim, { healthCheckId: id });
    return healthCheckCreated(check);
  },

  UpdateHealthCheck(req, slice, sim, [id]) {
    const check = getHealthCheck(slice, id);
    const body = readRequest<Partial<HealthCheckConfig> & { HealthCheckVersion?: number; ResetElements?: string[] }>(req.body);
    if (body.HealthCheckVersion !== undefined && body.HealthCheckVersion !== check.HealthCheckVersion) {
      throw new SimError(
        'HealthCheckVersionMismatch',
        `The HealthCheckVersion ${body.HealthCheckVersion} does not match the current version ${check.HealthCheckVersion}; get the health check again and retry.`,
        409,
      );
    }
    const { HealthCheckVersion: _version, ResetElements: reset = [], ...fields } = body;
    checkedHealthCheckUpdate(check.HealthCheckConfig as HealthCheckConfig, fields);
    const next = { ...check.HealthCheckConfig, ...fields } as Record<string, unknown>;
    for (const element of reset) {
      if (!['FullyQualifiedDomainName', 'Regions', 'ResourcePath', 'ChildHealthChecks'].includes(element)) {
        throw new SimError('InvalidInput', `Invalid request: ResetElements value "${element}" is not resettable.`);
      }
      delete next[element];
    }
    check.HealthCheckConfig = canonicalHealthCheckConfig(next as unknown as HealthCheckConfig);
    check.HealthCheckVersion = (check.HealthCheckVersion ?? 1) + 1;
    logMutation(req, sim, { healthCheckId: check.Id });
    return route53Response('UpdateHealthCheck', { HealthCheck: check });
  },

  DeleteHealthCheck(req, slice, sim, [id]) {
    const check = getHealthCheck(slice, id);
    const inUse = [...slice.zones.values()].some((z) => z.records.some((r) => r.HealthCheckId === check.Id));
    if (inUse) throw new SimError('HealthCheckInUse', `The health check ${check.Id} is still referenced by resource record sets.`);
    slice.healthChecks.delete(check.Id as string);
    slice.tags.delete(`healthcheck/${check.Id}`);
    logMutation(req, sim, { healthCheckId: check.Id });
    return route53Response('DeleteHealthCheck', {});
  },
};

function checkedHealthCheckConfig(config: HealthCheckConfig | undefined): HealthCheckConfig {
  const type = config?.Type;
  if (!config || !type || !(type in HEALTH_CHECK_DEFAULTS)) {
    throw new SimError('InvalidInput', `Invalid request: HealthCheckConfig.Type "${type ?? ''}" must be one of ${Object.keys(HEALTH_CHECK_DEFAULTS).join(', ')}.`);
  }
  const endpoint = ['HTTP', 'HTTPS', 'HTTP_STR_MATCH', 'HTTPS_STR_MATCH', 'TCP'].includes(type);
  if (endpoint && !config.IPAddress && !config.FullyQualifiedDomainName) {
    throw new SimError('InvalidInput', `Invalid request: a ${type} health check needs IPAddress or FullyQualifiedDomainName.`);
  }
  if (type.endsWith('STR_MATCH') && !config.SearchString) {
    throw new SimError('InvalidInput', `Invalid request: a ${type} health check needs SearchString.`);
  }
  if (type === 'CALCULATED' && !config.ChildHealthChecks?.length) {
    throw new SimError('InvalidInput', 'Invalid request: a CALCULATED health check needs ChildHealthChecks.');
  }
  return canonicalHealthCheckConfig(config);
}

function healthCheckCreated(check: HealthCheck): SimResponse {
  return route53Response('CreateHealthCheck', { HealthCheck: check }, 201, {
    location: `https://route53.amazonaws.com${API}/healthcheck/${check.Id}`,
  });
}
