/**
 * A config that is not readable YAML, or not one mapping of keys, is rejected with where and why.
 */
import { describe, it } from 'vitest';
import { BASE, rejectedAsRow, yaml, type Row } from '../support/config-rows.js';

const yamlRows: Row[] = [
  {
    name: 'YAML syntax: nested mapping in a compact value',
    text: yaml('version: 1', 'regions: us-east-1: eu-west-1'),
    line: 2, column: 10, path: 'regions',
    says: ['YAML syntax error', 'Nested mappings are not allowed'],
  },
  {
    name: 'YAML syntax: unclosed quote',
    text: yaml(...BASE, 'export:', '  path: "exports'),
    line: 5, column: 1, path: 'export.path',
    says: ['YAML syntax error', 'Missing closing "quote'],
  },
  {
    name: 'YAML syntax: unclosed { is reported where it opened',
    text: yaml(...BASE, 'export:', '  route53: { enabled: true', '  load-balancers: { enabled: false }'),
    line: 4, column: 12, path: 'export.route53',
    says: ['YAML syntax error', 'the "{" opened here is never closed', 'end it with "}" on this line'],
  },
  {
    name: 'YAML syntax: unclosed [ is reported where it opened',
    text: yaml('version: 1', 'regions: [us-east-1, "eu-west-1"', 'export:', '  route53: {}'),
    line: 2, column: 10, path: 'regions',
    says: ['the "[" opened here is never closed', 'end it with "]"'],
  },
  {
    name: 'tab indentation',
    text: yaml(...BASE, 'export:', '  route53:', '  \tenabled: true'),
    line: 5, column: 3, path: 'export.enabled',
    says: ['a tab is used for indentation', 'replace the tab with spaces'],
  },
  {
    name: 'duplicate top-level key',
    text: yaml(...BASE, 'regions: [eu-west-1]'),
    line: 3, column: 1, path: 'regions',
    says: ['duplicate key "regions" (first at line 2)', 'merge or remove one'],
  },
  {
    name: 'duplicate nested key',
    text: yaml(...BASE, 'export:', '  route53:', '    enabled: true', '    enabled: false'),
    line: 6, column: 5, path: 'export.route53.enabled',
    says: ['duplicate key "enabled" (first at line 5)'],
  },
  {
    name: 'more than one YAML document',
    text: yaml(...BASE, '---', 'version: 1'),
    line: 3, column: 1, path: '',
    says: ['more than one YAML document', 'keep a single document'],
  },
  {
    name: 'alias without anchor',
    text: yaml('version: 1', 'regions: *primary'),
    line: 2, column: 10, path: 'regions',
    says: ['alias "*primary" refers to no anchor "&primary"'],
  },
  {
    name: 'aliases expanding exponentially (billion laughs)',
    text: yaml(
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 8 }, (_, i) => {
        const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
        return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`;
      }),
    ),
    line: 1, column: 1, path: '',
    says: ['cannot read the YAML', 'simplify the anchors and aliases'],
  },
  {
    name: 'empty file',
    text: '',
    line: 1, column: 1, path: '',
    says: ['the file is empty', 'version: 1'],
  },
  {
    name: 'file with only comments',
    text: yaml('# aws-backup config', '# todo'),
    line: 1, column: 1, path: '',
    says: ['the file is empty'],
  },
  {
    name: 'a list at the top level',
    text: yaml('- version: 1', '- regions: [us-east-1]'),
    line: 1, column: 1, path: '',
    says: ['the top level must be a mapping of keys', 'found a list'],
  },
  {
    name: 'a plain word at the top level',
    text: yaml('aws-backup'),
    line: 1, column: 1, path: '',
    says: ['the top level must be a mapping of keys', 'found "aws-backup"'],
  },
];

describe('parseConfig rejects malformed configs with file:line:column, key path and a fix', () => {
  it.each(yamlRows)('$name', rejectedAsRow);
});
