import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ExportResult, ExportedFile } from '../../src/export/types.js';
import { buildCommitMessage, compareRecords } from '../../src/git/commit-message.js';
import { planExportFiles } from '../../src/git/write-exports.js';

interface Rec {
  name: string;
  type: string;
  'set-identifier'?: string;
  ttl?: number;
  values?: string[];
  weight?: number;
}

const zoneYaml = (name: string, records: Rec[], extra: Record<string, unknown> = {}, isPrivate = false): string =>
  stringify({ zone: { name, id: 'Z1', private: isPrivate, ...extra }, records });

const zoneFile = (name: string, records: Rec[], isPrivate = false, extra: Record<string, unknown> = {}): ExportedFile => ({
  path: `route53/zones/${name.replace(/\.$/, '')}${isPrivate ? '.private' : ''}.yaml`,
  content: zoneYaml(name, records, extra, isPrivate),
  kind: 'route53-zone',
  label: `${name} (${isPrivate ? 'private' : 'public'})`,
});

const a = (name: string, value: string, extra: Partial<Rec> = {}): Rec => ({ name, type: 'A', ttl: 300, values: [value], ...extra });

function plan(existing: Record<string, string>, partial: Partial<ExportResult>) {
  return planExportFiles(new Map(Object.entries(existing)), {
    files: [],
    failures: [],
    completeScopes: [],
    ...partial,
  });
}

describe('compareRecords', () => {
  it('identifies records by name, type and set identifier', () => {
    const before = zoneYaml('example.com.', [
      a('www.example.com.', '1.1.1.1'),
      a('api.example.com.', '2.2.2.2', { 'set-identifier': 'blue', weight: 50 }),
      a('api.example.com.', '3.3.3.3', { 'set-identifier': 'green', weight: 50 }),
      { name: 'old.example.com.', type: 'CNAME', ttl: 60, values: ['x.'] },
    ]);
    const after = zoneYaml('example.com.', [
      a('www.example.com.', '1.1.1.1'),
      a('api.example.com.', '2.2.2.2', { 'set-identifier': 'blue', weight: 90 }),
      a('api.example.com.', '3.3.3.3', { 'set-identifier': 'green', weight: 50 }),
      a('api.example.com.', '4.4.4.4', { 'set-identifier': 'canary', weight: 10 }),
      { name: 'www.example.com.', type: 'AAAA', ttl: 300, values: ['::1'] },
    ]);
    expect(compareRecords(before, after)).toEqual({ added: 2, removed: 1, changed: 1 });
  });

  it('does not count a different key order as a change', () => {
    const before = 'records:\n  - name: a.\n    type: A\n    ttl: 1\n    values: [x]\n';
    const after = 'records:\n  - type: A\n    name: a.\n    values: [x]\n    ttl: 1\n';
    expect(compareRecords(before, after)).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('gives up (undefined) on a file that is not valid YAML', () => {
    expect(compareRecords('records: [', 'records: []')).toBeUndefined();
  });
});

describe('buildCommitMessage', () => {
  it('summarises zones, health checks and load balancers with per-item lines', () => {
    const oldZone = zoneFile('example.com.', [a('a.example.com.', '1.1.1.1'), a('b.example.com.', '2.2.2.2')]);
    const newZone = zoneFile('example.com.', [
      a('a.example.com.', '9.9.9.9'),
      a('c.example.com.', '3.3.3.3'),
      a('d.example.com.', '4.4.4.4'),
    ]);
    const privateZone = zoneFile('example.com.', [a('db.example.com.', '10.0.0.1'), a('cache.example.com.', '10.0.0.2')], true);
    const goneZone = zoneFile('gone.org.', [a('gone.org.', '5.5.5.5')]);
    const hc = (checks: { name: string; port: number }[]) => stringify({ 'health-checks': checks });
    const changes = plan(
      {
        [oldZone.path]: oldZone.content,
        [goneZone.path]: goneZone.content,
        'route53/health-checks.yaml': hc([{ name: 'web', port: 80 }, { name: 'api', port: 443 }]),
        'load-balancers/us-east-1/application/web.yaml': 'old',
        'load-balancers/eu-west-1/classic/legacy.yaml': 'old',
      },
      {
        files: [
          newZone,
          privateZone,
          {
            path: 'route53/health-checks.yaml',
            kind: 'route53-health-checks',
            label: 'health checks',
            content: hc([{ name: 'web', port: 8080 }, { name: 'db', port: 5432 }]),
          },
          { path: 'load-balancers/us-east-1/application/web.yaml', kind: 'elbv2', label: 'us-east-1/application/web', content: 'new' },
        ],
        completeScopes: [
          { prefix: 'route53/zones/', pattern: /\.yaml$/ },
          { prefix: 'load-balancers/eu-west-1/classic/', pattern: /\.yaml$/ },
        ],
      },
    );

    const message = buildCommitMessage([{ account: 'prod', changes }]);
    expect(message.subject).toBe('chore(aws-backup): export: 3 zones, 2 load balancers, health checks changed');
    expect(message.lines).toEqual([
      'route53 example.com. (private) added (2 records)',
      'route53 example.com. (public): records +2 \u22121 ~1',
      'route53 gone.org. (public) removed (1 record)',
      'route53 health checks: +1 \u22121 ~1',
      'load balancer eu-west-1/classic/legacy removed',
      'load balancer us-east-1/application/web changed',
    ]);
    expect(message.text).toBe(`${message.subject}\n\n${message.lines.join('\n')}\n`);
  });

  it('names an added and a removed load balancer alike: region/type/name', () => {
    // The exporters label a file region/type/name; a removed file has only its path.
    const changes = plan(
      { 'load-balancers/us-east-1/application/old-alb.yaml': 'old' },
      {
        files: [{ path: 'load-balancers/us-east-1/application/new-alb.yaml', kind: 'elbv2', label: 'us-east-1/application/new-alb', content: 'new' }],
        completeScopes: [{ prefix: 'load-balancers/us-east-1/application/', pattern: /\.yaml$/ }],
      },
    );
    expect(buildCommitMessage([{ account: 'prod', changes }]).lines).toEqual([
      'load balancer us-east-1/application/new-alb added',
      'load balancer us-east-1/application/old-alb removed',
    ]);
  });

  it('uses the configured prefix and names accounts when several changed', () => {
    const one = plan({}, { files: [zoneFile('a.com.', [a('a.com.', '1.1.1.1')])] });
    const two = plan({}, { files: [zoneFile('b.com.', [])] });
    const none = plan({}, {});
    const message = buildCommitMessage(
      [
        { account: 'prod', changes: one },
        { account: 'staging', changes: two },
        { account: 'dev', changes: none },
      ],
      'backup',
    );
    expect(message.subject).toBe('backup: 2 zones changed');
    expect(message.lines).toEqual(['prod: route53 a.com. (public) added (1 record)', 'staging: route53 b.com. (public) added (0 records)']);
  });

  it('reports zone settings changes apart from records', () => {
    const before = zoneFile('a.com.', [a('a.com.', '1.1.1.1')], false, { comment: 'old' });
    const after = zoneFile('a.com.', [a('a.com.', '1.1.1.1')], false, { comment: 'new' });
    const message = buildCommitMessage([{ account: 'x', changes: plan({ [before.path]: before.content }, { files: [after] }) }]);
    expect(message.lines).toEqual(['route53 a.com. (public): settings changed']);
  });

  it('says "no changes" when nothing changed', () => {
    const file = zoneFile('a.com.', []);
    const changes = plan({ [file.path]: file.content }, { files: [file] });
    expect(buildCommitMessage([{ account: 'x', changes }]).text).toBe('chore(aws-backup): export: no changes\n');
  });
});

describe('counts of added files', () => {
  it('come from the exporter when it knows them, without parsing the file again', () => {
    const file: ExportedFile = { ...zoneFile('big.example.', [a('x.big.example.', '1.1.1.1')]), items: 4321 };
    const changes = plan({}, { files: [{ ...file, content: 'records: [this is not: valid yaml' }] });
    expect(buildCommitMessage([{ account: 'default', changes }]).text).toContain('route53 big.example. (public) added (4321 records)');
  });
});
