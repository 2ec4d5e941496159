/** The template's aws-backup.yml: valid as shipped, and valid with its commented examples switched on. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/load.js';
import { PROJECT_ROOT } from '../support/action.js';

const TEMPLATE = join(PROJECT_ROOT, 'template/aws-backup.yml');

/** Uncomments the examples: the commented sections (accounts, snapshots, lifecycle) and keys such as `  # mirror:`. */
function withExamples(text: string): string {
  let example = false;
  return text
    .split('\n')
    .map((line) => {
      const section = /^# ((?:accounts|snapshots|lifecycle):(?:\s.*)?)$/.exec(line);
      const key = /^( +)# ([a-z][\w-]*:(?:\s.*)?)$/.exec(line);
      const continued = /^( *)#( {2,}.*)$/.exec(line);
      if (section) return (example = true), section[1];
      if (key) return (example = true), `${key[1]}${key[2]}`;
      if (example && continued) return `${continued[1]}${continued[2]}`;
      example = false;
      return line;
    })
    .join('\n');
}

describe('the template config', () => {
  it('is valid as shipped and points editors at the JSON Schema', async () => {
    const text = await readFile(TEMPLATE, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/aws-backup\.schema\.json$/);
    expect(() => parseConfig(text, 'aws-backup.yml')).not.toThrow();
  });

  it('stays valid with every commented example switched on, with a lifecycle rule per storage class', async () => {
    const config = parseConfig(withExamples(await readFile(TEMPLATE, 'utf8')), 'aws-backup.yml');
    expect(config.snapshots?.policies.map((p) => p.resources.type)).toEqual(expect.arrayContaining(['ebs-volume', 'rds-instance']));
    const classes = new Set(config.lifecycle!.buckets.flatMap((b) => (b.rules ?? []).flatMap((r) => (r.transitions ?? []).map((t) => t['storage-class']))));
    expect([...classes].sort()).toEqual(['DEEP_ARCHIVE', 'GLACIER', 'GLACIER_IR', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'STANDARD_IA']);
    expect(config.export.mirror?.bucket).toBeDefined();
  });
});
