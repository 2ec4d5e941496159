import type { HealthCheck, Tag } from '@aws-sdk/client-route-53';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  assignHealthCheckNames,
  canonicalHealthChecks,
  HEALTH_CHECK_CONFIG_KEYS,
  healthCheckIdsByName,
  healthCheckSlug,
  parseHealthChecksFile,
  renderHealthChecksFile,
  type LiveHealthCheck,
} from '../../src/export/health-checks.js';
import { ExportFileError } from '../../src/export/route53-format.js';

const check = (Id: string, config: HealthCheck['HealthCheckConfig'], extra: Partial<HealthCheck> = {}): HealthCheck => ({
  Id,
  CallerReference: `ref-${Id}-2026-01-01T00:00:00Z`,
  HealthCheckVersion: 7,
  HealthCheckConfig: config,
  ...extra,
});

const CHECKS: { healthCheck: HealthCheck; tags: Tag[] }[] = [
  {
    healthCheck: check('hc-https', {
      Type: 'HTTPS_STR_MATCH',
      FullyQualifiedDomainName: 'api.example.com',
      Port: 443,
      ResourcePath: '/health?full=yes',
      SearchString: '"status": "ok"',
      EnableSNI: true,
      RequestInterval: 30,
      FailureThreshold: 3,
      MeasureLatency: true,
      Inverted: false,
      Disabled: false,
      Regions: ['us-west-1', 'eu-west-1', 'us-east-1'],
    }),
    tags: [{ Key: 'Name', Value: 'api' }, { Key: 'team', Value: 'web' }],
  },
  { healthCheck: check('hc-tcp', { Type: 'TCP', IPAddress: '192.0.2.10', Port: 5432 }), tags: [] },
  {
    healthCheck: check('hc-calc', { Type: 'CALCULATED', HealthThreshold: 1, ChildHealthChecks: ['hc-tcp', 'hc-https'], Inverted: true }),
    tags: [],
  },
  {
    healthCheck: check(
      'hc-cw',
      {
        Type: 'CLOUDWATCH_METRIC',
        AlarmIdentifier: { Region: 'us-east-1', Name: 'db-cpu-high' },
        InsufficientDataHealthStatus: 'LastKnownStatus',
      },
      {
        CloudWatchAlarmConfiguration: {
          EvaluationPeriods: 1,
          Threshold: 80.5,
          ComparisonOperator: 'GreaterThanThreshold',
          Period: 60,
          MetricName: 'CPUUtilization',
          Namespace: 'AWS/RDS',
          Statistic: 'Average',
          Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'db-1' }],
        },
      },
    ),
    tags: [],
  },
  {
    healthCheck: check(
      'hc-arc',
      { Type: 'RECOVERY_CONTROL', RoutingControlArn: 'arn:aws:route53-recovery-control::111122223333:controlpanel/abc/routingcontrol/rc-1' },
      { LinkedService: { ServicePrincipal: 'route53-recovery-control.amazonaws.com', Description: 'arc' } },
    ),
    tags: [],
  },
];

function named(checks = CHECKS): LiveHealthCheck[] {
  const names = assignHealthCheckNames(checks);
  return checks.map(({ healthCheck, tags }) => {
    const { CallerReference: _c, HealthCheckVersion: _v, Id, ...kept } = healthCheck;
    return { name: names.get(Id ?? '') as string, healthCheck: { ...kept, Id: Id ?? '' }, tags };
  });
}

describe('assignHealthCheckNames', () => {
  it('uses a unique Name tag, else a readable slug of what the check watches', () => {
    const names = assignHealthCheckNames(CHECKS);
    expect(Object.fromEntries(names)).toEqual({
      'hc-https': 'api',
      'hc-tcp': 'tcp-192.0.2.10-5432',
      'hc-calc': 'calculated-1-of-2',
      'hc-cw': 'cloudwatch-us-east-1-db-cpu-high',
      'hc-arc': 'recovery-control-rc-1',
    });
    expect(healthCheckSlug({ Type: 'HTTP', FullyQualifiedDomainName: 'Shop.Example.com', Port: 80, ResourcePath: '/a/b' })).toBe(
      'http-shop.example.com-80-a-b',
    );
  });

  it('falls back to slugs for shared Name tags and numbers colliding slugs independent of input order', () => {
    const same = (id: string, path: string, tag?: string) => ({
      healthCheck: check(id, { Type: 'HTTP' as const, FullyQualifiedDomainName: 'a.example.com', Port: 80, ResourcePath: path }),
      tags: tag ? [{ Key: 'Name', Value: tag }] : [],
    });
    const checks = [same('id-3', '/', 'dup'), same('id-1', '/', 'dup'), same('id-2', '/x'), same('id-4', '/'), same('id-5', '/z', 'http-a.example.com-80-x')];
    const names = assignHealthCheckNames(checks);
    expect(Object.fromEntries(names)).toEqual({
      'id-1': 'http-a.example.com-80-1',
      'id-3': 'http-a.example.com-80-2',
      'id-4': 'http-a.example.com-80-3',
      'id-2': 'http-a.example.com-80-x-1', // its slug is some other check's Name tag
      'id-5': 'http-a.example.com-80-x',
    });
    const reversed = assignHealthCheckNames([...checks].reverse());
    expect(reversed).toEqual(names);
    expect(new Set(names.values()).size).toBe(checks.length);
  });
});

describe('health-check file', () => {
  it('round-trips every health-check type: parse(render(x)) == x (canonical form)', () => {
    const checks = named();
    const back = parseHealthChecksFile(renderHealthChecksFile(checks), { source: 'route53/health-checks.yaml' });
    expect(back).toEqual(canonicalHealthChecks(checks));
    const calc = back.find((c) => c.name === 'calculated-1-of-2');
    // Children by name: the file holds no ids.
    expect(calc?.healthCheck.HealthCheckConfig?.ChildHealthChecks).toEqual(['api', 'tcp-192.0.2.10-5432']);
    expect(back.every((c) => !('Id' in c.healthCheck))).toBe(true);
  });

  it('writes name, config, extras and tags; children by name; no id, nothing volatile', () => {
    const text = renderHealthChecksFile(named());
    expect(text).not.toMatch(/caller|version|2026-01-01/i);
    expect(text).not.toMatch(/\bid:|hc-(https|tcp|calc|cw|arc)/);
    const doc = parse(text) as { 'health-checks': Record<string, unknown>[] };
    expect(doc['health-checks'].map((c) => c.name)).toEqual([
      'api', 'calculated-1-of-2', 'cloudwatch-us-east-1-db-cpu-high', 'recovery-control-rc-1', 'tcp-192.0.2.10-5432',
    ]);
    const [api, calc, cw, arc] = doc['health-checks'] as Record<string, unknown>[];
    expect(Object.keys(api ?? {})).toEqual([
      'name', 'type', 'fqdn', 'port', 'resource-path', 'search-string', 'enable-sni', 'request-interval',
      'failure-threshold', 'measure-latency', 'inverted', 'disabled', 'regions', 'tags',
    ]);
    expect(api?.regions).toEqual(['eu-west-1', 'us-east-1', 'us-west-1']);
    expect(api?.tags).toEqual({ Name: 'api', team: 'web' });
    expect(calc?.['child-health-checks']).toEqual(['api', 'tcp-192.0.2.10-5432']);
    expect(cw?.alarm).toEqual({ region: 'us-east-1', name: 'db-cpu-high' });
    expect((cw?.['cloudwatch-alarm'] as Record<string, unknown>).threshold).toBe(80.5);
    expect(arc?.['linked-service']).toEqual({ 'service-principal': 'route53-recovery-control.amazonaws.com', description: 'arc' });
  });

  it('is byte-identical whatever order the checks, regions and tags come in', () => {
    const reference = renderHealthChecksFile(named());
    const scrambled = [...CHECKS].reverse().map(({ healthCheck, tags }) => ({
      healthCheck: {
        ...healthCheck,
        HealthCheckConfig: { ...healthCheck.HealthCheckConfig, Regions: healthCheck.HealthCheckConfig?.Regions?.slice().reverse() },
      } as HealthCheck,
      tags: [...tags].reverse(),
    }));
    expect(renderHealthChecksFile(named(scrambled))).toBe(reference);
  });

  it('maps names to live ids for zone-file references', () => {
    expect(healthCheckIdsByName(named()).get('api')).toBe('hc-https');
  });

  it('gives the same bytes when a check is re-created with a new id (same config and tags)', () => {
    const reference = renderHealthChecksFile(named());
    const recreated: { healthCheck: HealthCheck; tags: Tag[] }[] = CHECKS.map(({ healthCheck, tags }) => ({
      healthCheck: { ...healthCheck, Id: `new-${healthCheck.Id}`, CallerReference: 'other', HealthCheckVersion: 1 },
      tags,
    }));
    recreated[2] = {
      ...recreated[2],
      healthCheck: {
        ...(recreated[2]?.healthCheck as HealthCheck),
        HealthCheckConfig: { Type: 'CALCULATED', HealthThreshold: 1, ChildHealthChecks: ['new-hc-tcp', 'new-hc-https'], Inverted: true },
      },
      tags: [],
    };
    expect(renderHealthChecksFile(named(recreated))).toBe(reference);
  });

  it('writes children by id when one is missing, and reads that back', () => {
    const orphan = named([{ healthCheck: check('hc-calc', { Type: 'CALCULATED', HealthThreshold: 1, ChildHealthChecks: ['gone-2', 'gone-1'] }), tags: [] }]);
    const text = renderHealthChecksFile(orphan);
    expect(text).toContain('child-health-check-ids:\n      - gone-1\n      - gone-2\n');
    expect(parseHealthChecksFile(text, { source: 'h.yaml' })).toEqual(canonicalHealthChecks(orphan));
  });

  it('reports duplicate names and unknown children with file and line', () => {
    const text = renderHealthChecksFile(named());
    const dup = text.replace('name: calculated-1-of-2', 'name: api');
    expect(() => parseHealthChecksFile(dup, { source: 'h.yaml' })).toThrow(ExportFileError);
    expect(() => parseHealthChecksFile(dup, { source: 'h.yaml' })).toThrow(/h\.yaml:\d+: a second health check is named "api"/);
    const unknownChild = text.replace('      - api\n', '      - nobody\n');
    expect(() => parseHealthChecksFile(unknownChild, { source: 'h.yaml' })).toThrow(/"nobody" is not in route53\/health-checks\.yaml/);
  });

  it('documents every HealthCheckConfig key in docs/export-format.md', () => {
    const docs = readFileSync(new URL('../../docs/export-format.md', import.meta.url), 'utf8');
    for (const key of [...Object.values(HEALTH_CHECK_CONFIG_KEYS).flat(), 'cloudwatch-alarm', 'linked-service', 'metric-name', 'dimensions']) {
      expect(docs, key).toContain(`\`${key}\``);
    }
  });
});
