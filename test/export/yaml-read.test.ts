import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { readCanonicalYaml } from '../../src/export/yaml-read.js';
import { renderYaml, type YamlValue } from '../../src/export/yaml.js';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const PIECES = [
  'a', 'z', 'Z', '0', '7', '.', '-', '_', ' ', ':', ': ', '#', ' #', "'", '"', '\\', '/', '@', '*', '&', '!', '%',
  '[', ']', '{', '}', ',', '?', '|', '>', '=', '~', 'yes', 'no', 'null', 'true', 'False', '0x1F', '1e3', '12:30',
  '2024-01-01', '...', '.inf', '\t', '\n', '\u0001', '\u2028', 'é', '日本', '😀', 'v=spf1 include:_spf.example.net ~all',
  '10.0.0.1', 'ns-1.awsdns-00.com.', '*.example.com.', '',
];

function randomString(random: () => number): string {
  const n = Math.floor(random() * 4);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(random() * PIECES.length)];
  return s;
}

function randomScalar(random: () => number): YamlValue {
  const r = random();
  if (r < 0.05) return null;
  if (r < 0.1) return random() < 0.5;
  if (r < 0.2) return Math.floor(random() * 100000) - 50;
  if (r < 0.25) return [0.5, 1e21, 1e-7, 172800, 3.25, -0.125][Math.floor(random() * 6)]!;
  return randomString(random);
}

function randomValue(random: () => number, depth: number): YamlValue {
  const r = random();
  if (depth > 3 || r < 0.5) return randomScalar(random);
  if (r < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  return randomMap(random, depth + 1);
}

function randomMap(random: () => number, depth: number): Map<string, YamlValue> {
  const map = new Map<string, YamlValue>();
  const n = Math.floor(random() * 4) + (depth === 0 ? 1 : 0);
  for (let i = 0; i < n; i++) map.set(random() < 0.7 ? ['name', 'type', 'ttl', 'values', 'aws:tag', 'a b'][Math.floor(random() * 6)]! : randomString(random), randomValue(random, depth));
  return map;
}

/** Walks both trees together: same kinds, same values, nodes starting on the same line. */
function sameTree(fast: YamlNode | null, slow: YamlNode | null, fastLines: LineCounter, slowLines: LineCounter, path = '$'): void {
  if (slow === null) return expect(fast, path).toBeNull();
  expect(fast, path).not.toBeNull();
  const line = (n: YamlNode, lines: LineCounter) => lines.linePos(n.range![0]).line;
  expect([path, line(fast!, fastLines)]).toEqual([path, line(slow, slowLines)]);
  if (isScalar(slow)) {
    expect(isScalar(fast), path).toBe(true);
    expect((fast as typeof slow).value, path).toStrictEqual(slow.value);
  } else if (isSeq(slow)) {
    expect(isSeq(fast), path).toBe(true);
    const items = (fast as typeof slow).items as YamlNode[];
    expect(items.length, path).toBe(slow.items.length);
    slow.items.forEach((item, i) => sameTree(items[i]!, item as YamlNode, fastLines, slowLines, `${path}[${i}]`));
  } else if (isMap(slow)) {
    expect(isMap(fast), path).toBe(true);
    const pairs = (fast as typeof slow).items;
    expect(pairs.length, path).toBe(slow.items.length);
    slow.items.forEach((pair, i) => {
      sameTree(pairs[i]!.key as YamlNode, pair.key as YamlNode, fastLines, slowLines, `${path}.key${i}`);
      sameTree(pairs[i]!.value as YamlNode, pair.value as YamlNode, fastLines, slowLines, `${path}.${String((pair.key as { value: unknown }).value)}`);
    });
  } else throw new Error(`unexpected node at ${path}`);
}

function bothWays(text: string): { fast: YamlNode | null | undefined; fastLines: LineCounter; slow: YamlNode | null; slowLines: LineCounter; errors: number } {
  const fastLines = new LineCounter();
  const slowLines = new LineCounter();
  const fast = readCanonicalYaml(text, fastLines);
  const doc = parseDocument(text, { lineCounter: slowLines, uniqueKeys: true });
  return { fast, fastLines, slow: doc.contents as YamlNode | null, slowLines, errors: doc.errors.length };
}

describe('readCanonicalYaml', () => {
  it('reads whatever the writer writes exactly as the yaml package does: values, types, node kinds and lines', () => {
    const random = rng(20261206);
    for (let run = 0; run < 400; run++) {
      const text = renderYaml(randomMap(random, 0), { header: ['exported by aws-backup-gitops', ''] });
      const { fast, fastLines, slow, slowLines, errors } = bothWays(text);
      expect(errors, text).toBe(0);
      expect(fast, `declined canonical output:\n${text}`).not.toBeUndefined();
      sameTree(fast!, slow, fastLines, slowLines);
    }
  });

  it('reads an empty document and a zone-shaped file', () => {
    expect(bothWays(renderYaml({})).fast).toMatchObject({ items: [] });
    const zone = renderYaml(
      {
        zone: { name: 'example.com.', id: 'Z0123', private: false, tags: {} },
        records: [
          { name: 'example.com.', type: 'TXT', ttl: 300, values: ['"v=spf1 include:_spf.example.net ~all"'] },
          { name: '*.example.com.', type: 'CNAME', ttl: 60, values: ['www.example.com.'] },
          { name: 'api.example.com.', type: 'A', alias: { 'dns-name': 'x.elb.amazonaws.com.', 'evaluate-target-health': true } },
        ],
      },
      { header: ['Route 53 hosted zone'] },
    );
    const { fast, fastLines, slow, slowLines } = bothWays(zone);
    sameTree(fast!, slow, fastLines, slowLines);
    expect((fast as unknown as { toJSON(): unknown }).toJSON()).toEqual((slow as unknown as { toJSON(): unknown }).toJSON());
  });

  it('declines anything the writer would not have written, leaving it to the yaml package', () => {
    const base = renderYaml({ zone: { name: 'example.com.', ttl: 300 }, records: [{ name: 'a.example.com.', values: ['10.0.0.1'] }] });
    expect(bothWays(base).fast).not.toBeUndefined();
    const edited = [
      base.replace('ttl: 300', 'ttl: 300 # five minutes'),
      base.replace('ttl: 300', 'ttl: 0x12C'),
      base.replace('ttl: 300', 'ttl: yes'),
      base.replace('ttl: 300', 'ttl: ~'),
      base.replace('ttl: 300', 'ttl:  300'),
      base.replace('ttl: 300', 'ttl: 300\n  ttl: 60'),
      base.replace('ttl: 300', 'ttl: &t 300'),
      base.replace("values:\n      - 10.0.0.1", 'values: [10.0.0.1]'),
      base.replace('records:', '\nrecords:'),
      base.replace('records:', '# edited by hand\nrecords:'),
      base.replace('  name: example.com.', '    name: example.com.'),
      base.replace('example.com.', '"exa\\mple.com."'),
      base.replaceAll('\n', '\r\n'),
      base.slice(0, -1),
    ];
    for (const text of edited) expect(bothWays(text).fast, text).toBeUndefined();
  });
});
