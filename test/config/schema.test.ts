import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { KNOWN_REGIONS } from '../../src/config/regions.js';
import {
  DEFAULTS,
  branchNameProblem,
  bucketNameProblem,
  configJsonSchema,
  configSchema,
  renderConfigJsonSchema,
  repoPathProblem,
} from '../../src/config/schema.js';

const COMMITTED_SCHEMA = new URL('../../schema/aws-backup.schema.json', import.meta.url);

describe('JSON Schema', () => {
  it('committed schema/aws-backup.schema.json matches the zod schema', async () => {
    const committed = await readFile(COMMITTED_SCHEMA, 'utf8').catch(() => '(missing)');
    expect(
      committed === renderConfigJsonSchema(),
      'schema/aws-backup.schema.json is stale: run `npx vite-node scripts/gen-schema.ts` and commit the result',
    ).toBe(true);
  });

  type JsonSchema = {
    type?: string;
    properties?: Record<string, JsonSchema>;
    items?: JsonSchema;
    additionalProperties?: boolean;
    description?: string;
    $ref?: string;
    allOf?: JsonSchema[];
    definitions?: Record<string, JsonSchema>;
  };
  const objects = (schema: JsonSchema, path: string): [string, JsonSchema][] => [
    ...(schema.type === 'object' ? [[path, schema] as [string, JsonSchema]] : []),
    ...Object.entries(schema.properties ?? {}).flatMap(([key, child]) => objects(child, path ? `${path}.${key}` : key)),
    ...(schema.items ? objects(schema.items, `${path}[]`) : []),
  ];

  it('rejects unknown keys in every object, so editors flag typos too', () => {
    const found = objects(configJsonSchema() as JsonSchema, '');
    expect(found.map(([path]) => path)).toEqual(
      expect.arrayContaining(['', 'accounts[]', 'export', 'export.route53.zones', 'export.mirror', 'commit', 'rate-limits']),
    );
    for (const [path, schema] of found) expect(schema.additionalProperties, path || '(top level)').toBe(false);
  });

  it('gives every key help text for editors', () => {
    for (const [path, schema] of objects(configJsonSchema() as JsonSchema, '')) {
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const text = property.description ?? property.allOf?.[0]?.description;
        expect(text, `${path ? `${path}.` : ''}${key}`).toMatch(/\w{3}/);
      }
    }
  });

  it('offers the known regions for completion', () => {
    const schema = configJsonSchema() as JsonSchema & { definitions: Record<string, { enum: string[] }> };
    expect(schema.definitions['aws-region']!.enum).toEqual([...KNOWN_REGIONS]);
  });
});

describe('DEFAULTS is where the defaults come from', () => {
  const config = parseConfig('version: 1\nregions: [us-east-1]\n', 'aws-backup.yml');

  it('fills each section from DEFAULTS', () => {
    expect(config.export.path).toBe(DEFAULTS.export.path);
    expect(config.export.route53).toEqual(DEFAULTS.export.route53);
    expect(config.export['load-balancers']).toEqual(DEFAULTS.export['load-balancers']);
    expect(config.commit).toEqual(DEFAULTS.commit);
    expect(config['rate-limits']).toEqual({});
    expect(config.accounts).toEqual([{ name: DEFAULTS.accountName }]);
  });

  it('fills a partly written section key by key', () => {
    const partial = configSchema.parse({ version: 1, regions: ['us-east-1'], 'rate-limits': { route53: 1 }, export: { route53: { enabled: false } } });
    expect(partial['rate-limits']).toEqual({ route53: 1 });
    expect(partial.export.route53).toEqual({ ...DEFAULTS.export.route53, enabled: false });
  });

  it('hands out fresh default lists, so one parse cannot change the next', () => {
    const first = configSchema.parse({ version: 1, regions: ['us-east-1'] });
    first.export.route53.zones.include.push('changed');
    first.accounts.push({ name: 'other' });
    const second = configSchema.parse({ version: 1, regions: ['us-east-1'] });
    expect(second.export.route53.zones.include).toEqual(['*']);
    expect(second.accounts).toEqual([{ name: 'default' }]);
    expect(DEFAULTS.export.route53.zones.include).toEqual(['*']);
  });
});

describe('value checks', () => {
  it.each([
    ['my-dr-bucket', undefined],
    ['a.b-c.123', undefined],
    ['ab', 'must be 3 to 63 characters long (it has 2)'],
    ['x'.repeat(64), 'must be 3 to 63 characters long (it has 64)'],
    ['My-Bucket', 'may contain only lowercase letters'],
    ['-bucket', 'must begin and end with a lowercase letter or digit'],
    ['bucket.', 'must begin and end with a lowercase letter or digit'],
    ['my..bucket', 'must not contain two adjacent periods'],
    ['192.168.5.4', 'must not look like an IP address'],
    ['xn--bucket', 'reserved prefix "xn--"'],
    ['sthree-bucket', 'reserved prefix "sthree-"'],
    ['bucket--x-s3', 'reserved suffix "--x-s3"'],
    ['bucket.mrap', 'reserved suffix ".mrap"'],
  ])('bucket name %j', (name, problem) => {
    if (problem === undefined) expect(bucketNameProblem(name)).toBeUndefined();
    else expect(bucketNameProblem(name)).toContain(problem);
  });

  it.each([
    ['exports', undefined],
    ['infra/aws/exports', undefined],
    ['./exports', undefined],
    ['', 'must not be empty'],
    ['/exports', 'remove the leading "/"'],
    ['C:/exports', 'remove the leading "C:"'],
    ['exports\\aws', 'must use "/" as the separator'],
    ['../exports', 'remove the ".." segment'],
  ])('export path %j', (path, problem) => {
    if (problem === undefined) expect(repoPathProblem(path)).toBeUndefined();
    else expect(repoPathProblem(path)).toContain(problem);
  });

  it.each([
    ['aws-backup/export', undefined],
    ['backup_2024.v1', undefined],
    ['', 'must not be empty'],
    ['has space', 'no spaces'],
    ['a..b', 'no ".."'],
    ['feature//x', 'no ".."'],
    ['/leading', 'must not start with'],
    ['trailing/', 'end with'],
    ['branch.lock', '.lock'],
    ['a/.hidden', 'component starting with "."'],
    ['what?', 'no spaces or any of'],
  ])('branch name %j', (name, problem) => {
    if (problem === undefined) expect(branchNameProblem(name)).toBeUndefined();
    else expect(branchNameProblem(name)).toContain(problem);
  });
});

describe('rate-limits', () => {
  const parse = (text: string) => parseConfig(`version: 1\nregions: [us-east-1]\nrate-limits:\n${text}`, 'aws-backup.yml');

  it('takes a number, or rate, burst, per-operation buckets and (Route 53) the change budget', () => {
    const config = parse(
      [
        '  route53:',
        '    rate: 5',
        '    burst: 20',
        '    operations: { ListResourceRecordSets: 2, CreateHealthCheck: { rate: 0.2, burst: 5 } }',
        '    changes: { rate: 50, burst: 500 }',
        '  ec2: 10',
        '',
      ].join('\n'),
    );
    expect(config['rate-limits']).toEqual({
      route53: {
        rate: 5,
        burst: 20,
        operations: { ListResourceRecordSets: 2, CreateHealthCheck: { rate: 0.2, burst: 5 } },
        changes: { rate: 50, burst: 500 },
      },
      ec2: 10,
    });
  });

  it('rejects a change budget outside Route 53, a burst below 1 and a lower-case operation name', () => {
    expect(() => parse('  ec2: { changes: 5 }\n')).toThrow(/unknown key "changes"/);
    expect(() => parse('  route53: { burst: 0.5 }\n')).toThrow(/rate-limits\.route53\.burst/);
    expect(() => parse('  route53: { operations: { listZones: 1 } }\n')).toThrow(/rate-limits.route53.operations.listZones: "listZones" is not an API operation name/);
  });
});
